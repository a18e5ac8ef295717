"""The admission record: everything the IRDAI Part C cashless request needs (domain.md section 4).

It is also the import format for hospital information systems (``tpadesk admit --json FILE``).
Top-level keys: ``patient``, ``coverage``, ``admission``, ``clinical``, ``estimate``, and
optionally ``billing`` (the running interim bill, recorded while the patient is in).

``Admission.read_json`` does the *structural* reading: types, required fields, date formats and
amounts, collecting every problem with its field path (``patient.dob``) at once, and still gives
back what could be read (``from_json`` raises instead). The business rules (ICD-10 codes exist,
Aadhaar check digit, ages, ...) live in ``app/validation.py`` and run on that partial reading too.

Amounts are whole paise (``int``); JSON carries rupees. Aadhaar is never stored in full: only its
last four digits are kept (the validator checks the full number at input).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from app.clocks import IST
from app.money import AmountError, paise_to_rupees_json, parse_rupees
from offline.errors import FieldError, ValidationFailed


class Gender(StrEnum):
    MALE = "male"
    FEMALE = "female"
    THIRD_GENDER = "third_gender"


class AdmissionType(StrEnum):
    EMERGENCY = "emergency"
    PLANNED = "planned"


class RoomCategory(StrEnum):
    GENERAL_WARD = "general_ward"
    SEMI_PRIVATE = "semi_private"
    PRIVATE = "private"
    DELUXE = "deluxe"
    ICU = "icu"


class Treatment(StrEnum):
    MEDICAL = "medical"
    SURGICAL = "surgical"
    INTENSIVE_CARE = "intensive_care"
    INVESTIGATION = "investigation"
    NON_ALLOPATHIC = "non_allopathic"


class Chronic(StrEnum):
    DIABETES = "diabetes"
    HEART_DISEASE = "heart_disease"
    HYPERTENSION = "hypertension"
    HYPERLIPIDAEMIA = "hyperlipidaemia"
    OSTEOARTHRITIS = "osteoarthritis"
    ASTHMA_COPD = "asthma_copd_bronchitis"
    CANCER = "cancer"
    ALCOHOL_DRUG_ABUSE = "alcohol_drug_abuse"
    HIV_STD = "hiv_std"
    OTHER = "other"


# The estimate heads of Part C, in form order, with their IRDAI billing group (FHIR item category).
ESTIMATE_HEADS: tuple[tuple[str, str, str], ...] = (
    ("room_nursing_diet", "Room rent, nursing and diet", "100000"),
    ("investigations", "Investigations and diagnostics", "600000"),
    ("icu", "ICU charges", "200000"),
    ("ot", "Operation theatre charges", "300000"),
    ("professional_fees", "Professional fees (surgeon, anaesthetist, consultation)", "500000"),
    ("medicines_consumables", "Medicines, consumables and implants", "400000"),
    ("other", "Other hospital expenses", "800000"),
    ("package", "All-inclusive package", "900000"),
)


@dataclass
class Address:
    line: str = ""
    city: str = ""
    state: str = ""
    pin: str = ""


@dataclass
class Patient:
    name: str
    gender: Gender
    dob: date
    phone: str
    relative_phone: str = ""
    abha_number: str = ""
    abha_address: str = ""
    aadhaar_last4: str = ""
    mr_number: str = ""
    occupation: str = ""
    address: Address = field(default_factory=Address)
    other_insurance: bool = False
    other_insurance_details: str = ""
    family_physician: str = ""
    family_physician_phone: str = ""
    # the full Aadhaar given at input, checked by the validator and then dropped (never stored)
    aadhaar_input: str = field(default="", repr=False, compare=False)


@dataclass
class Coverage:
    payer: str
    policy_number: str
    member_id: str
    insurer: str = ""
    tpa: str = ""
    employee_id: str = ""
    corporate_name: str = ""
    policy_holder_name: str = ""
    name_on_id: str = ""
    sum_insured: int | None = None
    balance: int | None = None
    room_rent_limit_per_day: int | None = None


@dataclass
class Doctor:
    name: str = ""
    phone: str = ""
    registration_number: str = ""
    speciality: str = ""


@dataclass
class Hospital:
    name: str = ""
    address: str = ""
    rohini_id: str = ""
    hfr_id: str = ""
    email: str = ""


@dataclass
class AdmissionDetails:
    admitted_at: datetime
    type: AdmissionType
    room_category: RoomCategory | None = None
    expected_days: int | None = None
    icu_days: int = 0
    discharge_at: datetime | None = None
    doctor: Doctor = field(default_factory=Doctor)
    hospital: Hospital = field(default_factory=Hospital)


@dataclass
class Diagnosis:
    icd10: str
    text: str


@dataclass
class Procedure:
    icd10_pcs: str = ""
    name: str = ""


@dataclass
class Accident:
    road_traffic: bool = False
    injury_date: date | None = None
    reported_to_police: bool = False
    fir_number: str = ""
    substance_involved: bool = False
    test_done: bool = False
    how_it_occurred: str = ""


@dataclass
class Maternity:
    gravida: int | None = None
    para: int | None = None
    living: int | None = None
    abortions: int | None = None
    expected_delivery: date | None = None


@dataclass
class ChronicIllness:
    condition: Chronic
    since: str = ""  # as the clerk writes it: "2015", "03/2019", "5 years"
    details: str = ""


@dataclass
class Clinical:
    diagnoses: list[Diagnosis]
    complaints: str = ""
    findings: str = ""
    ailment_duration_days: int | None = None
    first_consultation: date | None = None
    past_history: str = ""
    procedure: Procedure | None = None
    line_of_treatment: list[Treatment] = field(default_factory=list)
    drug_route: str = ""
    other_treatment: str = ""
    accident: Accident | None = None
    maternity: Maternity | None = None
    chronic: list[ChronicIllness] = field(default_factory=list)


@dataclass
class Estimate:
    """Cost estimate in paise by Part C head; ``total`` is always computed, never typed in."""

    room_nursing_diet: int = 0
    investigations: int = 0
    icu: int = 0
    ot: int = 0
    professional_fees: int = 0
    medicines_consumables: int = 0
    other: int = 0
    package: int = 0
    room_rent_per_day: int | None = None
    # a total given in the input, checked against the heads by the validator
    stated_total: int | None = field(default=None, compare=False)

    @property
    def total(self) -> int:
        return sum(getattr(self, head) for head, _, _ in ESTIMATE_HEADS)

    def heads(self) -> list[tuple[str, str, str, int]]:
        """(key, label, IRDAI billing group, paise) in Part C order."""
        return [(k, label, group, getattr(self, k)) for k, label, group in ESTIMATE_HEADS]


@dataclass
class Billing:
    """The hospital's running bill while the patient is in: the interim bill (paise) and when it
    was recorded. Checked against the approved amount (an enhancement is suggested when above)."""

    interim_bill: int | None = None
    interim_bill_at: datetime | None = None


@dataclass
class Admission:
    patient: Patient
    coverage: Coverage
    admission: AdmissionDetails
    clinical: Clinical
    estimate: Estimate
    billing: Billing = field(default_factory=Billing)

    # ------------------------------------------------------------------ JSON

    @classmethod
    def from_json(cls, data: Any) -> Admission:
        """Read the admission JSON (a dict). Raises ValidationFailed naming every wrong field."""
        adm, errors = cls.read_json(data)
        if errors or adm is None:
            raise ValidationFailed(errors, "The admission")
        return adm

    @classmethod
    def read_json(cls, data: Any) -> tuple[Admission | None, list[FieldError]]:
        """Read as much of the admission JSON as can be read: the admission (with a neutral
        stand-in for every unreadable field) and every structural problem. The admission is None
        only when ``data`` is not an object at all. The business rules can still run on a
        partly read admission (``validate(..., unreadable=paths of the errors)``), so that a file
        gets all its problems reported at once."""
        r = _Reader()
        if not isinstance(data, dict):
            return None, [FieldError("(top level)", "the admission must be a JSON object with "
                                     "patient, coverage, admission, clinical and estimate")]
        for unknown in sorted(set(data) - {"patient", "coverage", "admission", "clinical",
                                           "estimate", "billing", "$schema", "source"}):
            r.error(unknown, "is not a known section; use patient, coverage, admission, "
                             "clinical, estimate and billing")
        p = r.obj(data, "patient")
        c = r.obj(data, "coverage")
        a = r.obj(data, "admission")
        cl = r.obj(data, "clinical")
        e = r.obj(data, "estimate")
        addr = r.obj(p, "patient.address", required=False)
        doctor = r.obj(a, "admission.doctor", required=False)
        hospital = r.obj(a, "admission.hospital", required=False)

        patient = Patient(
            name=r.text(p, "patient.name", required=True),
            gender=r.enum(p, "patient.gender", Gender, required=True) or Gender.MALE,
            dob=r.date(p, "patient.dob", required=True) or date.min,
            phone=r.text(p, "patient.phone", required=True),
            relative_phone=r.text(p, "patient.relative_phone"),
            abha_number=r.text(p, "patient.abha_number"),
            abha_address=r.text(p, "patient.abha_address"),
            aadhaar_last4=r.text(p, "patient.aadhaar_last4"),
            aadhaar_input=r.text(p, "patient.aadhaar"),
            mr_number=r.text(p, "patient.mr_number"),
            occupation=r.text(p, "patient.occupation"),
            address=Address(
                line=r.text(addr, "patient.address.line"),
                city=r.text(addr, "patient.address.city"),
                state=r.text(addr, "patient.address.state"),
                pin=r.text(addr, "patient.address.pin"),
            ),
            other_insurance=r.boolean(p, "patient.other_insurance"),
            other_insurance_details=r.text(p, "patient.other_insurance_details"),
            family_physician=r.text(p, "patient.family_physician"),
            family_physician_phone=r.text(p, "patient.family_physician_phone"),
        )
        if patient.aadhaar_input and not patient.aadhaar_last4:
            digits = "".join(ch for ch in patient.aadhaar_input if ch.isdigit())
            patient.aadhaar_last4 = digits[-4:]
        coverage = Coverage(
            payer=r.text(c, "coverage.payer", required=True),
            policy_number=r.text(c, "coverage.policy_number", required=True),
            member_id=r.text(c, "coverage.member_id", required=True),
            insurer=r.text(c, "coverage.insurer"),
            tpa=r.text(c, "coverage.tpa"),
            employee_id=r.text(c, "coverage.employee_id"),
            corporate_name=r.text(c, "coverage.corporate_name"),
            policy_holder_name=r.text(c, "coverage.policy_holder_name"),
            name_on_id=r.text(c, "coverage.name_on_id"),
            sum_insured=r.amount(c, "coverage.sum_insured"),
            balance=r.amount(c, "coverage.balance"),
            room_rent_limit_per_day=r.amount(c, "coverage.room_rent_limit_per_day"),
        )
        details = AdmissionDetails(
            admitted_at=r.datetime(a, "admission.admitted_at", required=True) or datetime.min,
            type=r.enum(a, "admission.type", AdmissionType, required=True)
            or AdmissionType.PLANNED,
            room_category=r.enum(a, "admission.room_category", RoomCategory),
            expected_days=r.integer(a, "admission.expected_days"),
            icu_days=r.integer(a, "admission.icu_days") or 0,
            discharge_at=r.datetime(a, "admission.discharge_at"),
            doctor=Doctor(
                name=r.text(doctor, "admission.doctor.name"),
                phone=r.text(doctor, "admission.doctor.phone"),
                registration_number=r.text(doctor, "admission.doctor.registration_number"),
                speciality=r.text(doctor, "admission.doctor.speciality"),
            ),
            hospital=Hospital(
                name=r.text(hospital, "admission.hospital.name"),
                address=r.text(hospital, "admission.hospital.address"),
                rohini_id=r.text(hospital, "admission.hospital.rohini_id"),
                hfr_id=r.text(hospital, "admission.hospital.hfr_id"),
                email=r.text(hospital, "admission.hospital.email"),
            ),
        )
        clinical = Clinical(
            diagnoses=r.diagnoses(cl),
            complaints=r.text(cl, "clinical.complaints"),
            findings=r.text(cl, "clinical.findings"),
            ailment_duration_days=r.integer(cl, "clinical.ailment_duration_days"),
            first_consultation=r.date(cl, "clinical.first_consultation"),
            past_history=r.text(cl, "clinical.past_history"),
            procedure=r.procedure(cl),
            line_of_treatment=r.enum_list(cl, "clinical.line_of_treatment", Treatment),
            drug_route=r.text(cl, "clinical.drug_route"),
            other_treatment=r.text(cl, "clinical.other_treatment"),
            accident=r.accident(cl),
            maternity=r.maternity(cl),
            chronic=r.chronic(cl),
        )
        estimate = Estimate(**{k: r.amount(e, f"estimate.{k}") or 0 for k, _, _ in ESTIMATE_HEADS},
                            room_rent_per_day=r.amount(e, "estimate.room_rent_per_day"),
                            stated_total=r.amount(e, "estimate.total"))
        for unknown in sorted(set(e) - {k for k, _, _ in ESTIMATE_HEADS}
                              - {"room_rent_per_day", "total"}):
            r.error(f"estimate.{unknown}", "is not an estimate head; use "
                    + ", ".join(k for k, _, _ in ESTIMATE_HEADS))
        b = r.obj(data, "billing", required=False)
        billing = Billing(interim_bill=r.amount(b, "billing.interim_bill"),
                          interim_bill_at=r.datetime(b, "billing.interim_bill_at"))
        for unknown in sorted(set(b) - {"interim_bill", "interim_bill_at"}):
            r.error(f"billing.{unknown}", "is not a billing field; use interim_bill (rupees) "
                                          "and interim_bill_at")
        return cls(patient, coverage, details, clinical, estimate, billing), r.errors

    def to_json(self) -> dict[str, Any]:
        """The admission JSON (the same shape ``from_json`` reads; Aadhaar only as last 4;
        ``billing`` only once an interim bill is recorded)."""
        billing = ({"billing": _plain(self.billing)}
                   if self.billing.interim_bill is not None else {})
        return {
            "patient": _plain(self.patient, drop={"aadhaar_input"}),
            "coverage": _plain(self.coverage),
            "admission": _plain(self.admission),
            "clinical": _plain(self.clinical),
            "estimate": {**{k: paise_to_rupees_json(v) for k, _, _, v in self.estimate.heads()},
                         **({"room_rent_per_day":
                             paise_to_rupees_json(self.estimate.room_rent_per_day)}
                            if self.estimate.room_rent_per_day is not None else {}),
                         "total": paise_to_rupees_json(self.estimate.total)},
            **billing,
        }

    def dumps(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def loads(cls, text: str) -> Admission:
        return cls.from_json(json.loads(text))


_AMOUNT_FIELDS = {"sum_insured", "balance", "room_rent_limit_per_day", "interim_bill"}


def _plain(obj: Any, drop: set[str] | None = None) -> Any:
    """Dataclass -> JSON-able value (dates ISO, enums by value, amounts in rupees)."""
    if obj is None or isinstance(obj, bool | int | float | str):
        return obj.value if isinstance(obj, StrEnum) else obj
    if isinstance(obj, datetime):
        return obj.isoformat()
    if isinstance(obj, date):
        return obj.isoformat()
    if isinstance(obj, list):
        return [_plain(x) for x in obj]
    out: dict[str, Any] = {}
    for f in fields(obj):
        if drop and f.name in drop:
            continue
        value = getattr(obj, f.name)
        if f.name in _AMOUNT_FIELDS and isinstance(value, int):
            out[f.name] = paise_to_rupees_json(value)
        else:
            out[f.name] = _plain(value)
    return out


class _Reader:
    """Reads typed values from nested dicts, collecting errors with their paths."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def error(self, path: str, message: str) -> None:
        self.errors.append(FieldError(path, message))

    def _get(self, d: dict[str, Any], path: str, required: bool) -> Any:
        key = path.rsplit(".", 1)[-1]
        value = d.get(key)
        if value is None or value == "":
            if required:
                self.error(path, "is required; fill it in")
            return None
        return value

    def obj(self, d: dict[str, Any], path: str, required: bool = True) -> dict[str, Any]:
        value = self._get(d, path, required)
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.error(path, "must be an object with named fields")
            return {}
        return value

    def text(self, d: dict[str, Any], path: str, required: bool = False) -> str:
        value = self._get(d, path, required)
        if value is None:
            return ""
        if isinstance(value, bool) or not isinstance(value, str | int):
            self.error(path, "must be text")
            return ""
        text = str(value).strip()
        if len(text) > 4000:
            self.error(path, "is longer than 4000 characters; shorten it")
        return text

    def boolean(self, d: dict[str, Any], path: str) -> bool:
        value = self._get(d, path, False)
        if value is None:
            return False
        if not isinstance(value, bool):
            self.error(path, "must be true or false")
            return False
        return value

    def integer(self, d: dict[str, Any], path: str) -> int | None:
        value = self._get(d, path, False)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            self.error(path, "must be a whole number, 0 or more")
            return None
        return int(value)

    def amount(self, d: dict[str, Any], path: str) -> int | None:
        value = self._get(d, path, False)
        if value is None:
            return None
        try:
            return parse_rupees(value)
        except AmountError as exc:
            self.error(path, str(exc))
            return None

    def date(self, d: dict[str, Any], path: str, required: bool = False) -> date | None:
        value = self._get(d, path, required)
        if value is None:
            return None
        if not isinstance(value, str):
            self.error(path, "must be a date written YYYY-MM-DD, for example 1984-03-21")
            return None
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            self.error(path, f"'{value}' is not a date; write it YYYY-MM-DD, for example "
                             "1984-03-21")
            return None

    def datetime(self, d: dict[str, Any], path: str, required: bool = False) -> datetime | None:
        value = self._get(d, path, required)
        if value is None:
            return None
        if not isinstance(value, str):
            self.error(path, "must be a date and time in ISO-8601, for example "
                             "2026-12-03T09:30:00+05:30")
            return None
        try:
            parsed = datetime.fromisoformat(value.strip())
        except ValueError:
            self.error(path, f"'{value}' is not a date and time; write ISO-8601, for example "
                             "2026-12-03T09:30:00+05:30")
            return None
        if parsed.tzinfo is None:
            self.error(path, "needs a time zone, for example +05:30 for India")
            return None
        return parsed

    def enum(self, d: dict[str, Any], path: str, kind: type[Any],
             required: bool = False) -> Any:
        value = self._get(d, path, required)
        if value is None:
            return None
        choices = [m.value for m in kind]
        if not isinstance(value, str) or value.strip().lower() not in choices:
            self.error(path, f"must be one of: {', '.join(choices)}")
            return None
        return kind(value.strip().lower())

    def enum_list(self, d: dict[str, Any], path: str, kind: type[Any]) -> list[Any]:
        value = self._get(d, path, False)
        if value is None:
            return []
        if not isinstance(value, list):
            self.error(path, "must be a list")
            return []
        out = []
        for i, item in enumerate(value):
            parsed = self.enum({"x": item}, f"{path}[{i}].x", kind)
            if parsed is None and self.errors and self.errors[-1].path.endswith(".x"):
                last = self.errors.pop()
                self.error(f"{path}[{i}]", last.message)
            elif parsed is not None:
                out.append(parsed)
        return out

    def diagnoses(self, cl: dict[str, Any]) -> list[Diagnosis]:
        value = self._get(cl, "clinical.diagnoses", True)
        if value is None:
            return []
        if not isinstance(value, list) or not value:
            self.error("clinical.diagnoses", "must be a list of at least one {icd10, text}")
            return []
        out = []
        for i, item in enumerate(value):
            path = f"clinical.diagnoses[{i}]"
            if not isinstance(item, dict):
                self.error(path, "must be an object with icd10 and text")
                continue
            out.append(Diagnosis(self.text(item, f"{path}.icd10", required=True).upper(),
                                 self.text(item, f"{path}.text", required=True)))
        return out

    def procedure(self, cl: dict[str, Any]) -> Procedure | None:
        d = self.obj(cl, "clinical.procedure", required=False)
        if not d:
            return None
        return Procedure(self.text(d, "clinical.procedure.icd10_pcs").upper(),
                         self.text(d, "clinical.procedure.name"))

    def accident(self, cl: dict[str, Any]) -> Accident | None:
        d = self.obj(cl, "clinical.accident", required=False)
        if not d:
            return None
        p = "clinical.accident"
        return Accident(self.boolean(d, f"{p}.road_traffic"), self.date(d, f"{p}.injury_date"),
                        self.boolean(d, f"{p}.reported_to_police"),
                        self.text(d, f"{p}.fir_number"),
                        self.boolean(d, f"{p}.substance_involved"),
                        self.boolean(d, f"{p}.test_done"), self.text(d, f"{p}.how_it_occurred"))

    def maternity(self, cl: dict[str, Any]) -> Maternity | None:
        d = self.obj(cl, "clinical.maternity", required=False)
        if not d:
            return None
        p = "clinical.maternity"
        return Maternity(self.integer(d, f"{p}.gravida"), self.integer(d, f"{p}.para"),
                         self.integer(d, f"{p}.living"), self.integer(d, f"{p}.abortions"),
                         self.date(d, f"{p}.expected_delivery"))

    def chronic(self, cl: dict[str, Any]) -> list[ChronicIllness]:
        value = self._get(cl, "clinical.chronic", False)
        if value is None:
            return []
        if not isinstance(value, list):
            self.error("clinical.chronic", "must be a list of {condition, since}")
            return []
        out = []
        for i, item in enumerate(value):
            path = f"clinical.chronic[{i}]"
            if not isinstance(item, dict):
                self.error(path, "must be an object with condition and since")
                continue
            cond = self.enum(item, f"{path}.condition", Chronic, required=True)
            if cond is not None:
                out.append(ChronicIllness(cond, self.text(item, f"{path}.since"),
                                          self.text(item, f"{path}.details")))
        return out


# The moment the library's example is written for when no ``now`` is given (fixed, so that tests
# and documentation built on it do not change from day to day): admitted two hours before.
EXAMPLE_NOW = datetime(2026, 12, 3, 11, 30, tzinfo=IST)


def example_admission_json(now: datetime | None = None) -> dict[str, Any]:
    """A complete, valid admission (synthetic patient) for ``tpadesk admit --example``.

    Its dates are relative to ``now`` (an aware datetime; default :data:`EXAMPLE_NOW`): admitted
    two hours before, in India time, first seen by a doctor the day before, so the example
    passes validation on whatever day it is printed (``admit --example`` gives the real now)."""
    when = EXAMPLE_NOW if now is None else now
    if when.tzinfo is None:
        raise ValueError("example_admission_json needs an aware 'now'")
    admitted = (when.astimezone(IST) - timedelta(hours=2)).replace(second=0, microsecond=0)
    first_seen = admitted.date() - timedelta(days=1)
    return {
        "patient": {
            "name": "Asha Verma",
            "gender": "female",
            "dob": "1984-03-21",
            "phone": "+91 98765 43210",
            "relative_phone": "+91 91234 56780",
            "abha_number": "91-1234-5678-9012",
            "abha_address": "asha.verma@abdm",
            "aadhaar": "2345 6789 0124",
            "mr_number": "MRN-2026-004512",
            "occupation": "Teacher",
            "address": {"line": "14, Gandhi Nagar", "city": "Pune", "state": "Maharashtra",
                        "pin": "411001"},
            "other_insurance": False,
            "family_physician": "Dr. R. Kulkarni",
            "family_physician_phone": "+91 99220 11223",
        },
        "coverage": {
            "payer": "training-tpa",
            "insurer": "Training General Insurance Ltd",
            "tpa": "Training TPA",
            "policy_number": "TRN/HL/2026/000123",
            "member_id": "TRN-000123-02",
            "employee_id": "",
            "corporate_name": "",
            "policy_holder_name": "Asha Verma",
            "name_on_id": "Asha Verma",
            "sum_insured": 500000,
            "balance": 450000,
            "room_rent_limit_per_day": 5000,
        },
        "admission": {
            "admitted_at": admitted.isoformat(timespec="seconds"),
            "type": "emergency",
            "room_category": "semi_private",
            "expected_days": 3,
            "icu_days": 0,
            "doctor": {"name": "Dr. Meera Iyer", "phone": "+91 98220 33445",
                       "registration_number": "MMC-2009-12345", "speciality": "General Surgery"},
            "hospital": {"name": "Sahyadri Training Hospital", "address": "Karve Road, Pune",
                         "rohini_id": "8900080123456", "hfr_id": "IN2710000123",
                         "email": "insurance.desk@example.org"},
        },
        "clinical": {
            "complaints": "Pain in the right lower abdomen for two days, fever, vomiting.",
            "findings": "Tenderness at McBurney's point; TLC 14,200; USG: inflamed appendix.",
            "ailment_duration_days": 2,
            "first_consultation": first_seen.isoformat(),
            "past_history": "No previous surgery.",
            "diagnoses": [{"icd10": "K35.8", "text": "Acute appendicitis, other and unspecified"}],
            "procedure": {"icd10_pcs": "0DTJ4ZZ", "name": "Laparoscopic appendicectomy"},
            "line_of_treatment": ["surgical"],
            "drug_route": "",
            "chronic": [{"condition": "hypertension", "since": "2019"}],
        },
        "estimate": {
            "room_nursing_diet": 12000,
            "room_rent_per_day": 4000,
            "investigations": 8000,
            "icu": 0,
            "ot": 25000,
            "professional_fees": 30000,
            "medicines_consumables": 15000,
            "other": 2000,
            "package": 0,
        },
    }
