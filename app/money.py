"""Rupee amounts: held as whole paise (int) so sums are exact; shown in Indian digit grouping.

>>> format_inr(45_000_000)
'₹4,50,000'
>>> format_inr(12_345_678_950)
'₹12,34,56,789.50'
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

PAISE_PER_RUPEE = 100
RUPEE = "₹"
MAX_RUPEES = Decimal("100000000000")  # 10,000 crore: far beyond any hospital bill


class AmountError(ValueError):
    """The value is not a valid non-negative rupee amount; the message says what to do."""


def group_indian(whole: int) -> str:
    """Digits grouped the Indian way: last three, then pairs (12,34,56,789)."""
    sign = "-" if whole < 0 else ""
    digits = str(abs(whole))
    if len(digits) <= 3:
        return sign + digits
    head, tail = digits[:-3], digits[-3:]
    pairs: list[str] = []
    while len(head) > 2:
        pairs.insert(0, head[-2:])
        head = head[:-2]
    if head:
        pairs.insert(0, head)
    return sign + ",".join([*pairs, tail])


def format_inr(paise: int, *, symbol: bool = True, always_paise: bool = False) -> str:
    """``₹4,50,000`` (paise shown only when not zero, unless ``always_paise``)."""
    sign = "-" if paise < 0 else ""
    rupees, rest = divmod(abs(paise), PAISE_PER_RUPEE)
    text = group_indian(rupees)
    if rest or always_paise:
        text += f".{rest:02d}"
    return f"{sign}{RUPEE if symbol else ''}{text}"


# Accepted text forms: an optional ₹ / Rs / Rs. / INR before, an optional "/-" after (as on
# Indian bills), and the digits written plainly or grouped the Indian way or the international
# way (never a mixture), with at most two decimals (paise; a longer fraction matches so that the
# message can say what is wrong). ASCII digits only.
_PLAIN = r"[0-9]+"
_INDIAN = r"[1-9][0-9]?(?:,[0-9]{2})*,[0-9]{3}"      # 4,50,000  12,34,567
_INTERNATIONAL = r"[1-9][0-9]{0,2}(?:,[0-9]{3})+"     # 450,000  1,234,567
_AMOUNT_RE = re.compile(
    rf"(?:₹|Rs\.?|INR)?\s*(?P<number>(?:{_PLAIN}|{_INDIAN}|{_INTERNATIONAL})(?:\.[0-9]+)?)"
    r"\s*(?:/-)?", re.ASCII)
ACCEPTED_FORMS = ("digits with up to two decimals (450000 or 450000.50), or grouped the Indian "
                  "way (4,50,000 or 12,34,567.50) or the international way (450,000)")


def parse_rupees(value: object) -> int:
    """Rupees to paise: a JSON number (45000, 45000.5) or text in one of the accepted forms
    (``450000``, ``4,50,000.50``, ``450,000``, ``₹ 1,200``, ``Rs. 45,000/-``).

    Refuses negatives, more than two decimal places, booleans, exponents, other scripts' digits,
    misplaced commas and anything else, with a message giving the accepted forms (the caller
    names the field)."""
    if isinstance(value, bool) or value is None:
        raise AmountError(f"give an amount in rupees: {ACCEPTED_FORMS}")
    if isinstance(value, int):
        amount = Decimal(value)
    elif isinstance(value, float):
        amount = Decimal(repr(value))
    elif isinstance(value, str):
        text = value.strip()
        if not text:
            raise AmountError(f"give an amount in rupees: {ACCEPTED_FORMS}")
        if text.startswith("-") or text.startswith("−"):
            raise AmountError("the amount cannot be negative")
        m = _AMOUNT_RE.fullmatch(text)
        if m is None:
            raise AmountError(f"'{text[:20]}' is not an amount in rupees; write "
                              f"{ACCEPTED_FORMS}")
        number = m.group("number").replace(",", "")
        if len(number.partition(".")[2]) > 2:
            raise AmountError("use at most two decimal places (paise)")
        amount = Decimal(number)
    else:
        raise AmountError(f"give an amount in rupees: {ACCEPTED_FORMS}")
    if not amount.is_finite():
        raise AmountError("give a real amount in rupees")
    if amount < 0:
        raise AmountError("the amount cannot be negative")
    if amount > MAX_RUPEES:
        raise AmountError("the amount is implausibly large; check the number of digits")
    if amount != amount.quantize(Decimal("0.01")):
        raise AmountError("use at most two decimal places (paise)")
    return int((amount * PAISE_PER_RUPEE).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def paise_to_rupees_json(paise: int) -> int | float:
    """For JSON output: whole rupees as an int, otherwise a float with two decimals."""
    rupees, rest = divmod(paise, PAISE_PER_RUPEE)
    return rupees if rest == 0 else round(paise / PAISE_PER_RUPEE, 2)
