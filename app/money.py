"""Rupee amounts: held as whole paise (int) so sums are exact; shown in Indian digit grouping.

>>> format_inr(45_000_000)
'₹4,50,000'
>>> format_inr(12_345_678_950)
'₹12,34,56,789.50'
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

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


def parse_rupees(value: object) -> int:
    """Rupees (number or string like "4,50,000.50" or "₹ 1,200") to paise.

    Refuses negatives, more than two decimal places, booleans and nonsense."""
    if isinstance(value, bool) or value is None:
        raise AmountError("give an amount in rupees, for example 45000 or 45000.50")
    if isinstance(value, int):
        amount = Decimal(value)
    elif isinstance(value, float):
        amount = Decimal(str(value))
    elif isinstance(value, str):
        cleaned = value.replace(RUPEE, "").replace(",", "").replace("Rs.", "").strip()
        cleaned = cleaned.replace("Rs", "").replace("INR", "").strip()
        if not cleaned:
            raise AmountError("give an amount in rupees, for example 45000 or 45000.50")
        try:
            amount = Decimal(cleaned)
        except InvalidOperation as exc:
            raise AmountError(f"'{value}' is not an amount; write rupees as digits, "
                              "for example 45000.50") from exc
    else:
        raise AmountError("give an amount in rupees, for example 45000 or 45000.50")
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
