"""Rupee amounts: Indian digit grouping out, and only unambiguous amounts in (plain digits with
paise, Indian or international grouping); everything else refused with a message that says which
forms are accepted, never a crash."""

from __future__ import annotations

import copy
import doctest
import re
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import app.money
from app.admission import Admission, example_admission_json
from app.money import (
    MAX_RUPEES,
    AmountError,
    format_inr,
    group_indian,
    paise_to_rupees_json,
    parse_rupees,
)

MAX_PAISE = int(MAX_RUPEES) * 100


def test_doctests() -> None:
    assert doctest.testmod(app.money).failed == 0


@pytest.mark.parametrize(("whole", "text"), [
    (0, "0"), (999, "999"), (1000, "1,000"), (45_000, "45,000"), (450_000, "4,50,000"),
    (1_234_567, "12,34,567"), (123_456_789, "12,34,56,789"), (-450_000, "-4,50,000")])
def test_indian_grouping(whole: int, text: str) -> None:
    assert group_indian(whole) == text


@pytest.mark.parametrize(("text", "paise"), [
    ("450000", 45_000_000), ("450000.50", 45_000_050), ("450000.5", 45_000_050),
    ("0", 0), ("0.05", 5), ("0450", 45_000),
    ("4,50,000", 45_000_000), ("12,34,567.50", 123_456_750), ("1,00,00,000", 1_000_000_000),
    ("450,000", 45_000_000), ("1,234,567.25", 123_456_725), ("1,000", 100_000),
    ("₹4,50,000", 45_000_000), ("₹ 1,200", 120_000), ("Rs. 45,000/-", 4_500_000),
    ("Rs 500", 50_000), ("INR 1200", 120_000), ("  450  ", 45_000)])
def test_accepted_text_forms(text: str, paise: int) -> None:
    assert parse_rupees(text) == paise


@pytest.mark.parametrize(("value", "paise"), [(45000, 4_500_000), (45000.5, 4_500_050),
                                              (12.25, 1225), (0, 0), (100000.0, 10_000_000)])
def test_json_numbers(value: Any, paise: int) -> None:
    assert parse_rupees(value) == paise


@pytest.mark.parametrize("text", [
    "12,50", "4,5,0", "1e5", "1E5", "१२३", "٤٥٠", "１２３", "12 34", ".5", "450.", "1,00,00",
    "01,000", "12,345,67", "1,23,456,789", "4,50,000,", ",450", "4,,500", "0x1F", "NaN",
    "Infinity", "abc", "Rs", "₹", "450 rupees", "4.50.000", "+450", "45_000", "1/2"])
def test_misplaced_commas_exponents_and_other_scripts_are_refused(text: str) -> None:
    with pytest.raises(AmountError) as info:
        parse_rupees(text)
    message = str(info.value)
    assert "4,50,000" in message and "450,000" in message and "two decimals" in message


@pytest.mark.parametrize("text", ["45000.505", "4,50,000.123", "45000.500", "0.001"])
def test_more_than_two_decimals_is_refused(text: str) -> None:
    with pytest.raises(AmountError, match="at most two decimal places"):
        parse_rupees(text)


@pytest.mark.parametrize("value", [0.001, 0.1 + 0.2, 12.345])
def test_numbers_with_more_than_two_decimals_are_refused(value: float) -> None:
    with pytest.raises(AmountError, match="at most two decimal places"):
        parse_rupees(value)


@pytest.mark.parametrize(("value", "words"), [
    (True, "give an amount"), (False, "give an amount"), (None, "give an amount"),
    ([45000], "give an amount"), ({"rupees": 1}, "give an amount"), ("", "give an amount"),
    ("   ", "give an amount"), (-5, "negative"), ("-5", "negative"), ("−5", "negative"),
    (-0.5, "negative"), (float("nan"), "real amount"), (float("inf"), "real amount"),
    (10**12, "implausibly large"), ("1,00,00,00,00,00,000", "implausibly large")])
def test_booleans_text_and_nonsense_are_refused(value: Any, words: str) -> None:
    with pytest.raises(AmountError, match=words):
        parse_rupees(value)


@settings(max_examples=300, deadline=None)
@given(st.integers(0, MAX_PAISE))
def test_format_then_parse_round_trips(paise: int) -> None:
    assert parse_rupees(format_inr(paise)) == paise
    assert parse_rupees(format_inr(paise, symbol=False, always_paise=True)) == paise
    rupees, rest = divmod(paise, 100)
    assert parse_rupees(f"{rupees:,}.{rest:02d}") == paise       # international grouping
    assert parse_rupees(f"{rupees}.{rest:02d}") == paise         # plain digits
    assert parse_rupees(paise_to_rupees_json(paise)) == paise    # the JSON number we write


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(max_size=24),
                 st.text(alphabet="0123456789,.₹Rs/- ", max_size=16),
                 st.floats(allow_nan=True, allow_infinity=True),
                 st.integers(), st.booleans(), st.none()))
def test_any_input_is_an_amount_or_a_clear_message_never_a_crash(value: Any) -> None:
    try:
        paise = parse_rupees(value)
    except AmountError as exc:
        message = str(exc)
        assert message and len(message) < 300
        assert any(w in message for w in ("4,50,000", "negative", "two decimal places",
                                          "real amount", "implausibly large"))
        return
    assert isinstance(paise, int) and 0 <= paise <= MAX_PAISE
    if isinstance(value, str):  # what was accepted reads the same with its commas dropped
        number = re.sub(r"^(₹|Rs\.?|INR)", "", value.strip())
        digits = "".join(ch for ch in number if ch in "0123456789.")
        assert Decimal(digits) * 100 == paise


def test_the_admission_names_the_field_of_a_refused_amount() -> None:
    data = copy.deepcopy(example_admission_json())
    data["estimate"]["ot"] = "12,50"
    data["coverage"]["sum_insured"] = "1e5"
    data["estimate"]["icu"] = True
    _, errors = Admission.read_json(data)
    by_path = {e.path: e.message for e in errors}
    assert set(by_path) == {"coverage.sum_insured", "estimate.ot", "estimate.icu"}
    assert all("4,50,000" in m for m in by_path.values())
