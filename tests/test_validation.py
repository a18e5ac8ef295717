"""Business-rule validation: one bad-input test per rule, all errors at once, property tests for
the identifier validators, and the ICD-10 finder."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app import icd
from app.admission import EXAMPLE_NOW, Admission, example_admission_json
from app.clocks import IST
from app.validation import (
    aadhaar_check_digit,
    check_aadhaar,
    is_valid_abha_address,
    is_valid_abha_number,
    is_valid_icd10_pcs,
    is_valid_phone,
    is_valid_pin,
    validate,
    validate_json,
)
from offline.errors import ValidationFailed

NOW = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
Mutator = Callable[[dict[str, Any]], None]


def _errors(mutate: Mutator) -> dict[str, str]:
    data = copy.deepcopy(example_admission_json())
    mutate(data)
    return {e.path: e.message for e in validate(Admission.from_json(data), now=NOW)}


def test_the_example_is_valid() -> None:
    assert validate(Admission.from_json(example_admission_json()), now=NOW) == []


@settings(max_examples=60, deadline=None)
@given(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2090, 12, 31),
                    timezones=st.sampled_from([UTC, IST])))
def test_the_example_is_valid_on_any_day(now: datetime) -> None:
    data = example_admission_json(now)
    assert validate(Admission.from_json(data), now=now) == []
    admitted = datetime.fromisoformat(data["admission"]["admitted_at"])
    assert timedelta(hours=2) <= now - admitted < timedelta(hours=2, minutes=1)
    assert admitted.utcoffset() == timedelta(hours=5, minutes=30)


def test_the_library_example_is_fixed_without_a_now() -> None:
    assert example_admission_json() == example_admission_json(EXAMPLE_NOW)
    assert example_admission_json()["admission"]["admitted_at"] == "2026-12-03T09:30:00+05:30"
    with pytest.raises(ValueError):
        example_admission_json(datetime(2026, 12, 3))


def _set(path: str, value: Any) -> Mutator:
    def mutate(data: dict[str, Any]) -> None:
        keys = re.findall(r"[a-z_0-9]+|\[\d+\]", path)
        node: Any = data
        for k in keys[:-1]:
            node = node[int(k[1:-1])] if k.startswith("[") else node[k]
        node[keys[-1]] = value
    return mutate


BAD: list[tuple[str, Any, str, str]] = [
    # path to set, value, field reported, words in the message
    ("clinical.diagnoses[0].icd10", "K99.9", "clinical.diagnoses[0].icd10", "not a WHO ICD-10"),
    ("clinical.diagnoses[0].icd10", "K35-K38", "clinical.diagnoses[0].icd10", "ICD-10"),
    ("patient.aadhaar", "2345 6789 0125", "patient.aadhaar", "check digit"),
    ("patient.aadhaar", "2345 6789", "patient.aadhaar", "12 digits"),
    ("patient.aadhaar", "0345 6789 0124", "patient.aadhaar", "cannot start with 0"),
    ("patient.aadhaar_last4", "12a4", "patient.aadhaar_last4", "last 4 digits"),
    ("patient.phone", "12345", "patient.phone", "not a valid phone"),
    ("patient.relative_phone", "+91 00000 00000", "patient.relative_phone", "phone"),
    ("patient.family_physician_phone", "98765", "patient.family_physician_phone", "phone"),
    ("admission.doctor.phone", "abc", "admission.doctor.phone", "phone"),
    ("patient.abha_number", "91-1234-5678-901", "patient.abha_number", "14 digits"),
    ("patient.abha_address", "asha@gmail.com", "patient.abha_address", "name@abdm"),
    ("patient.address.pin", "011001", "patient.address.pin", "cannot start with 0"),
    ("patient.address.pin", "41100", "patient.address.pin", "6 digits"),
    ("clinical.procedure.icd10_pcs", "0DTJ4ZI", "clinical.procedure.icd10_pcs", "without I"),
    ("clinical.procedure.icd10_pcs", "0DTJ4Z", "clinical.procedure.icd10_pcs", "7 characters"),
    ("admission.hospital.rohini_id", "12345", "admission.hospital.rohini_id", "13-digit"),
    ("admission.hospital.email", "desk-at-hospital", "admission.hospital.email", "e-mail"),
    ("admission.doctor.registration_number", "#", "admission.doctor.registration_number",
     "registration number"),
    ("patient.dob", "2027-01-01", "patient.dob", "in the past"),
    ("patient.dob", "1890-01-01", "patient.dob", "over 120"),
    ("patient.name", "12345", "patient.name", "letters"),
    ("admission.admitted_at", "2026-12-05T10:00:00+05:30", "admission.admitted_at",
     "more than a day ahead"),
    ("admission.discharge_at", "2026-12-02T10:00:00+05:30", "admission.discharge_at",
     "after the admission"),
    ("clinical.first_consultation", "2026-12-10", "clinical.first_consultation",
     "after the admission"),
    ("admission.icu_days", 9, "admission.icu_days", "expected_days"),
    ("coverage.balance", 600000, "coverage.balance", "sum insured"),
    ("estimate.total", 1, "estimate.total", "add up to ₹92,000"),
    ("clinical.maternity", {"gravida": 1}, "clinical.maternity", "male"),
    ("patient.other_insurance", True, "patient.other_insurance_details", "other insurer"),
    ("billing", {"interim_bill": 1000, "interim_bill_at": "2026-12-01T10:00:00+05:30"},
     "billing.interim_bill_at", "before the admission"),
    ("billing", {"interim_bill": 1000, "interim_bill_at": "2026-12-09T10:00:00+05:30"},
     "billing.interim_bill_at", "more than a day ahead"),
    ("billing", {"interim_bill_at": "2026-12-03T10:00:00+05:30"}, "billing.interim_bill",
     "give the interim bill"),
]


@pytest.mark.parametrize(("path", "value", "field", "words"), BAD,
                         ids=[f"{b[2]}={b[1]}" for b in BAD])
def test_each_rule_refuses_bad_input(path: str, value: Any, field: str, words: str) -> None:
    mutations: list[Mutator] = [_set(path, value)]
    if field == "clinical.maternity":
        mutations.append(_set("patient.gender", "male"))
    if path == "clinical.accident.injury_date":
        mutations.append(_set("clinical.accident", {"injury_date": value}))

    def mutate(data: dict[str, Any]) -> None:
        for m in mutations:
            m(data)

    errors = _errors(mutate)
    assert field in errors, errors
    assert words in errors[field]


def test_injury_after_admission_is_refused() -> None:
    errors = _errors(_set("clinical.accident", {"injury_date": "2026-12-04"}))
    assert "after the admission" in errors["clinical.accident.injury_date"]


def test_all_errors_are_reported_at_once() -> None:
    def mutate(data: dict[str, Any]) -> None:
        for path, value, _, _ in BAD[:12]:
            if path != "patient.aadhaar" or value == "2345 6789 0125":
                _set(path, value)(data)

    assert set(_errors(mutate)) == {
        "clinical.diagnoses[0].icd10", "patient.aadhaar", "patient.aadhaar_last4",
        "patient.phone", "patient.relative_phone", "patient.family_physician_phone",
        "admission.doctor.phone", "patient.abha_number", "patient.abha_address"}


def test_messages_do_not_repeat_identifiers() -> None:
    secret_phone, secret_aadhaar = "12399", "2345 6789 0125"
    errors = _errors(lambda d: (_set("patient.phone", secret_phone)(d),
                                _set("patient.aadhaar", secret_aadhaar)(d)))
    text = " ".join(errors.values())
    assert secret_phone not in text and secret_aadhaar.replace(" ", "") not in text


def test_validation_needs_an_aware_now() -> None:
    with pytest.raises(ValueError):
        validate(Admission.from_json(example_admission_json()), now=datetime(2026, 12, 3))


def test_structural_errors_name_every_field() -> None:
    data = example_admission_json()
    data["patient"]["dob"] = "21/03/1984"
    data["admission"]["type"] = "urgent"
    data["estimate"]["ot"] = -5
    with pytest.raises(ValidationFailed) as info:
        Admission.from_json(data)
    assert {e.path for e in info.value.errors} == {"patient.dob", "admission.type",
                                                   "estimate.ot"}


def test_rules_still_run_when_the_structure_is_wrong() -> None:
    data = example_admission_json()
    data["admission"]["type"] = "urgent"          # structural
    data["patient"]["gender"] = "F"               # structural
    data["estimate"]["ot"] = -5                   # structural
    data["patient"]["phone"] = "12345"            # rule
    data["clinical"]["diagnoses"][0]["icd10"] = "K99.9"  # rule
    data["patient"]["address"]["pin"] = "011001"  # rule
    data["estimate"]["total"] = 1                 # would be a rule, but a head is unreadable
    data["clinical"]["maternity"] = {"gravida": 1}  # would be a rule, but the gender is unreadable
    adm, problems = validate_json(data, now=NOW)
    assert adm is not None
    assert [e.path for e in problems] == [
        "patient.gender", "admission.type", "estimate.ot",   # structure first, in form order
        "patient.phone", "patient.address.pin", "clinical.diagnoses[0].icd10"]


def test_billing_is_read_and_its_mistakes_named() -> None:
    data = example_admission_json()
    data["billing"] = {"interim_bill": "1,20,000.50", "interim_bill_at": "2026-12-03T10:15+05:30"}
    adm = Admission.from_json(data)
    assert adm.billing.interim_bill == 12_000_050
    assert adm.to_json()["billing"] == {"interim_bill": 120000.5,
                                        "interim_bill_at": "2026-12-03T10:15:00+05:30"}
    assert "billing" not in Admission.from_json(example_admission_json()).to_json()
    data["billing"] = {"interim_bill": "12,50", "running": 5}
    _, problems = validate_json(data, now=NOW)
    assert {e.path for e in problems} == {"billing.interim_bill", "billing.running"}


def test_a_rule_never_reports_on_an_unreadable_field() -> None:
    data = example_admission_json()
    data["patient"]["other_insurance"] = True
    data["patient"]["other_insurance_details"] = ["not", "text"]
    _, problems = validate_json(data, now=NOW)
    assert [(e.path, e.message) for e in problems] == [
        ("patient.other_insurance_details", "must be text")]


def test_validate_json_of_a_valid_file_has_no_problems() -> None:
    adm, problems = validate_json(example_admission_json(), now=NOW)
    assert problems == [] and adm is not None and adm.patient.name == "Asha Verma"
    assert validate_json([1, 2], now=NOW)[0] is None


# ---------------------------------------------------------------- properties

aadhaar_prefix = st.from_regex(r"[2-9][0-9]{10}", fullmatch=True)


@settings(max_examples=200, deadline=None)
@given(aadhaar_prefix, st.integers(0, 10), st.integers(1, 9))
def test_aadhaar_with_its_check_digit_is_valid_and_one_typo_is_caught(
        prefix: str, pos: int, delta: int) -> None:
    number = prefix + aadhaar_check_digit(prefix)
    if number == number[::-1]:  # UIDAI refuses palindromes
        return
    assert check_aadhaar(number) is None
    assert check_aadhaar(f"{number[:4]} {number[4:8]} {number[8:]}") is None
    typo = number[:pos + 1] + str((int(number[pos + 1]) + delta) % 10) + number[pos + 2:]
    assert check_aadhaar(typo) is not None  # Verhoeff catches every single-digit error


@given(st.from_regex(r"[0-9]{6}", fullmatch=True))
def test_pin_is_six_digits_not_starting_with_zero(pin: str) -> None:
    assert is_valid_pin(pin) == (pin[0] != "0")


@given(st.text(max_size=8))
def test_pin_refuses_anything_else(text: str) -> None:
    if not re.fullmatch(r"[1-9][0-9]{5}", text.strip()):
        assert not is_valid_pin(text)


@pytest.mark.parametrize("text", ["४११००१", "٤١١٠٠١", "41 1001", "4110011"])
def test_pin_refuses_other_scripts_digits_and_spacing(text: str) -> None:
    assert not is_valid_pin(text)


@given(st.from_regex(r"[0-9]{14}", fullmatch=True))
def test_abha_number_plain_and_grouped(digits: str) -> None:
    grouped = f"{digits[:2]}-{digits[2:6]}-{digits[6:10]}-{digits[10:]}"
    assert is_valid_abha_number(digits) and is_valid_abha_number(grouped)
    assert not is_valid_abha_number(digits[:-1])
    assert not is_valid_abha_number(grouped.replace("-", " ", 1))


@given(st.from_regex(r"[0-9A-Z]{7}", fullmatch=True))
def test_pcs_alphabet_excludes_i_and_o(code: str) -> None:
    assert is_valid_icd10_pcs(code) == ("I" not in code and "O" not in code)


@given(st.from_regex(r"[6-9][0-9]{9}", fullmatch=True))
def test_indian_mobile_numbers_are_valid_with_or_without_prefix(number: str) -> None:
    # phonenumbers knows which ranges are allocated; both spellings must agree
    assert is_valid_phone(number) == is_valid_phone(f"+91 {number}")
    assert is_valid_phone(f"0{number}") == is_valid_phone(number)


def test_abha_addresses() -> None:
    assert is_valid_abha_address("asha.verma@abdm")
    assert is_valid_abha_address("asha_1984@sbx")
    assert not is_valid_abha_address("asha..verma@abdm")
    assert not is_valid_abha_address(".asha@abdm")
    assert not is_valid_abha_address("asha@abdm.gov")


ALL_CODES = [c for c, _ in icd.search_icd10("A", 100_000)] + \
    [c for c, _ in icd.search_icd10("K", 100_000)]


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(ALL_CODES))
def test_every_who_code_is_accepted_dotted_undotted_and_lower_case(code: str) -> None:
    assert icd.is_valid_icd10(code)
    assert icd.is_valid_icd10(code.replace(".", ""))
    assert icd.is_valid_icd10(code.lower())
    assert icd.normalise(code.replace(".", "").lower()) == code


@pytest.mark.parametrize("code", ["", "K35-K38", "XI", "K99", "Z", "K35.88", "35.8", "KK35"])
def test_non_codes_are_refused(code: str) -> None:
    assert not icd.is_valid_icd10(code)


def test_finder_by_code_prefix_and_by_words() -> None:
    by_code = icd.search_icd10("k35", 5)
    assert by_code[0] == ("K35", "Acute appendicitis")
    assert all(c.startswith("K35") for c, _ in by_code)
    by_words = icd.search_icd10("acute appendicitis", 3)
    assert by_words[0][0] == "K35"
    assert icd.search_icd10("typhoid fever", 1)[0][0] == "A01.0"
    assert icd.search_icd10("", 5) == [] and icd.search_icd10("zzzzqqq", 5) == []
    assert len(icd.search_icd10("fracture", 7)) == 7
    assert icd.description("K358") == "Acute appendicitis, other and unspecified"


TEXT_FIELDS = ["patient.phone", "patient.aadhaar", "patient.abha_number", "patient.abha_address",
               "patient.address.pin", "admission.hospital.rohini_id",
               "clinical.diagnoses[0].icd10", "clinical.procedure.icd10_pcs",
               "admission.doctor.registration_number", "admission.hospital.email"]


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(TEXT_FIELDS), st.text(min_size=1, max_size=40).filter(str.strip))
def test_any_text_gives_field_errors_never_a_crash(path: str, value: str) -> None:
    data = copy.deepcopy(example_admission_json())
    _set(path, value)(data)
    try:
        admission = Admission.from_json(data)
    except ValidationFailed as exc:  # structural refusal is fine too, always with a path
        assert all(e.path for e in exc.errors)
        return
    for error in validate(admission, now=NOW):
        assert error.path == path or error.path.startswith(path.split("[")[0].rsplit(".", 1)[0])
        assert error.message
