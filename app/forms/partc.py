"""IRDAI Part C, "Request for cashless hospitalisation for health insurance policy", filled from
an :class:`~app.admission.Admission` (domain.md section 4 gives the fields and their order).

The form is laid out as the circulated copies are: hospital and payer header, the patient's part,
the treating doctor's part (illness, diagnosis with ICD-10, line of treatment, surgery with
ICD-10-PCS, accident and maternity blocks), the admission details with the chronic-illness history,
the cost estimate with its total, then the declarations with signature blocks. Dates are written
day-month-year and times on the 24-hour clock in India Standard Time (03-12-2026 09:30); rupees in
Indian grouping (₹4,50,000).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Table

from app.admission import (
    Accident,
    Admission,
    AdmissionType,
    Chronic,
    Gender,
    Maternity,
    RoomCategory,
    Treatment,
)
from app.forms.layout import (
    CONTENT_WIDTH,
    INK,
    IST,
    MUTED,
    RULE,
    DocMeta,
    Field,
    Story,
    build_pdf,
    checks,
    data_table,
    fmt_amount,
    fmt_date,
    fmt_time,
    gap,
    grid,
    para,
    rich,
    section,
    styles,
    table_style,
    yes_no,
)
from app.hcx.codes import billing_group

FORM_TITLE = "Request for cashless hospitalisation for health insurance policy"
RUNNING_TITLE = "Part C: request for cashless hospitalisation"

GENDER_LABELS: tuple[tuple[Gender, str], ...] = (
    (Gender.MALE, "Male"), (Gender.FEMALE, "Female"), (Gender.THIRD_GENDER, "Third gender"))

TREATMENT_LABELS: tuple[tuple[Treatment, str], ...] = (
    (Treatment.MEDICAL, "Medical management"),
    (Treatment.SURGICAL, "Surgical management"),
    (Treatment.INTENSIVE_CARE, "Intensive care"),
    (Treatment.INVESTIGATION, "Investigation"),
    (Treatment.NON_ALLOPATHIC, "Non-allopathic treatment"),
)

CHRONIC_LABELS: tuple[tuple[Chronic, str], ...] = (
    (Chronic.DIABETES, "Diabetes"),
    (Chronic.HEART_DISEASE, "Heart disease"),
    (Chronic.HYPERTENSION, "Hypertension"),
    (Chronic.HYPERLIPIDAEMIA, "Hyperlipidaemia"),
    (Chronic.OSTEOARTHRITIS, "Osteoarthritis"),
    (Chronic.ASTHMA_COPD, "Asthma / COPD / bronchitis"),
    (Chronic.CANCER, "Cancer"),
    (Chronic.ALCOHOL_DRUG_ABUSE, "Alcohol or drug abuse"),
    (Chronic.HIV_STD, "HIV / STD related ailments"),
    (Chronic.OTHER, "Any other ailment (give details)"),
)

ROOM_LABELS: dict[RoomCategory, str] = {
    RoomCategory.GENERAL_WARD: "General ward",
    RoomCategory.SEMI_PRIVATE: "Semi-private (twin sharing)",
    RoomCategory.PRIVATE: "Private (single)",
    RoomCategory.DELUXE: "Deluxe",
    RoomCategory.ICU: "ICU",
}

DOCTOR_DECLARATION = (
    "I confirm that the information above on the patient's illness, the findings, the proposed "
    "treatment and its estimated cost is true and complete to the best of my knowledge, and that "
    "the treatment is needed for the diagnosis stated.")
PATIENT_DECLARATION = (
    "I confirm that the information I have given in this form is true and complete. I allow the "
    "hospital and the treating doctor to share my medical records with the insurer / TPA for "
    "this request and the claim that follows. I understand that the request may be declined if "
    "any information is found to be false, and that I pay for expenses that my policy does not "
    "cover and for amounts beyond what is authorised.")
HOSPITAL_DECLARATION = (
    "We confirm that the patient is admitted as stated above, that the estimate follows the "
    "hospital's tariff, and that we will bill the insurer / TPA only for treatment authorised "
    "against this request. Charges not payable under the policy will be collected from the "
    "patient.")


def age_at(born: date, on: date) -> str:
    """Completed age as '42 years 8 months' (or months / days for infants)."""
    months = (on.year - born.year) * 12 + (on.month - born.month)
    if on.day < born.day:
        months -= 1
    if months < 0:
        return ""
    years, months = divmod(months, 12)
    if years == 0 and months == 0:
        return f"{(on - born).days} days"
    if years == 0:
        return f"{months} month{'s' if months != 1 else ''}"
    return f"{years} year{'s' if years != 1 else ''} {months} month{'s' if months != 1 else ''}"


def expected_discharge(admission: Admission) -> date | None:
    """The discharge date when it is known, else the date of admission (India time) plus the
    expected days of stay; None when neither is given."""
    adm = admission.admission
    if adm.discharge_at is not None:
        return adm.discharge_at.astimezone(IST).date()
    if adm.expected_days is None:
        return None
    return adm.admitted_at.astimezone(IST).date() + timedelta(days=adm.expected_days)


def _yn(value: bool | None) -> Any:
    return lambda width: yes_no(value, width)


def _text_or_dash(value: str) -> str:
    return value if value.strip() else "—"


def _header(admission: Admission, payer_name: str | None, payer_helpline: str | None) -> Story:
    s = styles()
    cov = admission.coverage
    hosp = admission.admission.hospital
    payer = payer_name or cov.tpa or cov.insurer or cov.payer
    return [
        para(FORM_TITLE.upper(), s.title),
        para("PART C (Revised) · to be filled in by the insured / patient and the hospital",
             s.subtitle),
        gap(3),
        grid([
            Field("Name of TPA / insurer", payer, bold=True),
            Field("Toll-free / helpline", payer_helpline or ""),
            Field("Insurance company", cov.insurer),
            Field("Hospital e-mail", hosp.email),
            Field("Name of the hospital", hosp.name, bold=True),
            Field("Rohini ID", hosp.rohini_id, bold=True),
            Field("Hospital address", hosp.address),
            Field("HFR ID (NHCX)", hosp.hfr_id),
        ]),
    ]


def _patient(admission: Admission) -> Story:
    p = admission.patient
    cov = admission.coverage
    admitted_on = admission.admission.admitted_at.date()
    address = ", ".join(x for x in (p.address.line, p.address.city, p.address.state) if x)
    if p.address.pin:
        address += f" - {p.address.pin}"
    policy = cov.policy_number + (f" / {cov.corporate_name}" if cov.corporate_name else "")
    name_on_id = cov.name_on_id if cov.name_on_id and cov.name_on_id != p.name else ""
    fields = [Field("Name of the patient", p.name, wide=True, bold=True)]
    if name_on_id:
        fields.append(Field("Name as on policy / ID card", name_on_id, wide=True))
    fields += [
        Field("Gender", lambda w: checks([(label, p.gender == g) for g, label in GENDER_LABELS],
                                          width=w, shares=(0.24, 0.29, 0.47))),
        Field("Age", age_at(p.dob, admitted_on)),
        Field("Date of birth", fmt_date(p.dob)),
        Field("Contact number", p.phone),
        Field("Contact number of attending relative", p.relative_phone),
        Field("Insured card ID / member ID", cov.member_id, bold=True),
        Field("Policy number / name of corporate", policy, bold=True),
        Field("Employee ID", cov.employee_id),
        Field("Policy holder", cov.policy_holder_name),
        Field("ABHA number", p.abha_number),
        Field("Other mediclaim / health insurance", _yn(p.other_insurance)),
        Field("Insurer and details", p.other_insurance_details),
        Field("Family physician", _yn(bool(p.family_physician))),
        Field("Family physician: name, contact",
              ", ".join(x for x in (p.family_physician, p.family_physician_phone) if x)),
        Field("Current address of the insured patient", address, wide=True),
        Field("Occupation", p.occupation),
        Field("Hospital MR number", p.mr_number),
    ]
    return [*section("A. Details of the insured / patient (to be filled in by the insured / "
                    "patient)"), grid(fields)]


def _diagnoses_table(admission: Admission, width: float) -> Any:
    s = styles()
    rows = [[para(d.icd10, s.cell_bold), para(d.text, s.cell)]
            for d in admission.clinical.diagnoses]
    table = Table([[para("ICD-10 code", s.head), para("Provisional diagnosis", s.head)], *rows],
                  colWidths=[24 * mm, width - 24 * mm], splitInRow=1)
    table.setStyle(table_style([
        ("INNERGRID", (0, 0), (-1, -1), 0.3, RULE),
        ("BOX", (0, 0), (-1, -1), 0.3, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return table


def _accident_fields(accident: Accident | None) -> list[Field]:
    if accident is None:
        return [Field("In case of accident", "Not applicable: no injury or accident reported",
                      wide=True)]
    return [
        Field("How did the injury occur", _text_or_dash(accident.how_it_occurred), wide=True),
        Field("Is it a road traffic accident (RTA)?", _yn(accident.road_traffic)),
        Field("Date of injury", fmt_date(accident.injury_date)),
        Field("Reported to police?", _yn(accident.reported_to_police)),
        Field("FIR number", accident.fir_number),
        Field("Injury / disease caused by substance abuse or alcohol?",
              _yn(accident.substance_involved)),
        Field("Test conducted to establish this?", _yn(accident.test_done)),
    ]


def _maternity_fields(maternity: Maternity | None) -> list[Field]:
    if maternity is None:
        return [Field("In case of maternity", "Not applicable", wide=True)]

    def n(value: int | None) -> str:
        return "—" if value is None else str(value)

    gpla = (f"G {n(maternity.gravida)}   P {n(maternity.para)}   L {n(maternity.living)}   "
            f"A {n(maternity.abortions)}")
    return [Field("Maternity: G / P / L / A", gpla),
            Field("Expected date of delivery", fmt_date(maternity.expected_delivery))]


def _doctor(admission: Admission) -> Story:
    cl = admission.clinical
    doc = admission.admission.doctor
    proc = cl.procedure
    lines = set(cl.line_of_treatment)
    duration = "" if cl.ailment_duration_days is None else (
        f"{cl.ailment_duration_days} day{'s' if cl.ailment_duration_days != 1 else ''}")
    fields = [
        Field("Name of the treating doctor", doc.name, bold=True),
        Field("Contact number", doc.phone),
        Field("Registration number with state code", doc.registration_number),
        Field("Speciality", doc.speciality),
        Field("Nature of illness / disease with presenting complaints",
              _text_or_dash(cl.complaints), wide=True),
        Field("Relevant clinical findings", _text_or_dash(cl.findings), wide=True),
        Field("Duration of the present ailment", duration),
        Field("Date of first consultation", fmt_date(cl.first_consultation)),
        Field("Past history of present ailment", _text_or_dash(cl.past_history), wide=True),
        Field("Provisional diagnosis", lambda w: _diagnoses_table(admission, w), wide=True),
        Field("Proposed line of treatment",
              lambda w: checks([(label, t in lines) for t, label in TREATMENT_LABELS],
                               columns=3, width=w), wide=True),
        Field("If investigation or medical management: route of drug administration",
              cl.drug_route, wide=True),
        Field("If surgical: name of surgery", proc.name if proc else "", bold=True),
        Field("ICD-10-PCS code", proc.icd10_pcs if proc else "", bold=True),
        Field("If other treatment: details", cl.other_treatment, wide=True),
        *_accident_fields(cl.accident),
        *_maternity_fields(cl.maternity),
    ]
    return [*section("B. To be filled in by the treating doctor / hospital"), grid(fields)]


def _admitted(admission: Admission) -> Story:
    s = styles()
    adm = admission.admission
    room = ROOM_LABELS.get(adm.room_category, "") if adm.room_category else ""
    per_day = admission.estimate.room_rent_per_day
    fields = [
        Field("Date of admission", fmt_date(adm.admitted_at), bold=True),
        Field("Time of admission", fmt_time(adm.admitted_at), bold=True),
        Field("Emergency or planned hospitalisation",
              lambda w: checks([("Emergency", adm.type == AdmissionType.EMERGENCY),
                                ("Planned", adm.type == AdmissionType.PLANNED)], width=w)),
        Field("Expected number of days of stay",
              "" if adm.expected_days is None else str(adm.expected_days)),
        Field("Days in ICU", str(adm.icu_days)),
        Field("Room type", room),
        Field("Per-day room rent + nursing + diet", fmt_amount(per_day)),
        Field("Expected date of discharge", fmt_date(expected_discharge(admission))),
    ]
    chronic = {c.condition: c for c in admission.clinical.chronic}
    cells: list[list[Any]] = []
    for condition, label in CHRONIC_LABELS:
        item = chronic.get(condition)
        since = ""
        if item is not None:
            since = "; ".join(x for x in (item.since, item.details) if x)
        cells.append([checks([(label, item is not None)]), para(since, s.cell)])
    half = (len(cells) + 1) // 2
    rows = [left + right for left, right in zip(cells[:half], cells[half:], strict=False)]
    if len(cells) % 2:
        rows.append(cells[half - 1] + ["", ""])
    cond_w, since_w = CONTENT_WIDTH * 0.30, CONTENT_WIDTH * 0.20
    history = data_table(["Past history of chronic illness", "Since (month / year)",
                          "Past history of chronic illness", "Since (month / year)"], rows,
                         [cond_w, since_w, cond_w, since_w])
    return [*section("C. Details of the patient admitted"), grid(fields), gap(2), history]


def billing_group_text(code: str) -> str:
    """``100000 · Room & Nursing Charges``: the IRDAI billing group's code with its name, so
    that the six-digit code is never read as an amount."""
    try:
        name = billing_group(code).display
    except KeyError:
        return code
    return f"{code} · {name}"


def _billing_group_cell(code: str) -> Any:
    """The group as a code: muted, smaller, left-aligned (amounts are right-aligned, with ₹)."""
    s = styles()
    text = billing_group_text(code)
    number, _, name = text.partition(" · ")
    markup_text = (f'<font color="#{MUTED.hexval()[2:]:0>6}">{escape(number)}</font>'
                   + (f" · {escape(name)}" if name else ""))
    return rich(markup_text, s.code)


def _estimate(admission: Admission) -> Story:
    est = admission.estimate
    rows: list[list[Any]] = [[str(i), label, _billing_group_cell(group), fmt_amount(paise)]
                             for i, (_, label, group, paise) in enumerate(est.heads(), start=1)]
    rows.append(["", "TOTAL expected cost of hospitalisation", "", fmt_amount(est.total)])
    table = data_table(["No.", "Estimated cost (in rupees)", "IRDAI billing group (code · name)",
                        "Amount"],
                       rows, [CONTENT_WIDTH * 0.06, CONTENT_WIDTH * 0.44, CONTENT_WIDTH * 0.32,
                              CONTENT_WIDTH * 0.18], right=(3,), total_rows=1)
    return [*section("D. Estimated cost of hospitalisation"), table]


def _signature_cell(title: str, lines: list[tuple[str, str]], width: float) -> list[Any]:
    """Who signs, their pre-filled particulars, then ruled lines for signature and date."""
    s = styles()
    content: list[Any] = [para(title, s.cell_bold)]
    for label, value in lines:
        content.append(para(f"{label}: {value}" if value else f"{label}:", s.cell))
    lines_table = Table([[para("Signature / thumb impression", s.small), "",
                          para("Date", s.small)]],
                        colWidths=[width * 0.60, width * 0.08, width * 0.32])
    lines_table.setStyle(table_style([
        ("LINEABOVE", (0, 0), (0, 0), 0.6, INK),
        ("LINEABOVE", (2, 0), (2, 0), 0.6, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    content += [gap(12), lines_table]
    return content


def _declarations(admission: Admission) -> Story:
    s = styles()
    doc = admission.admission.doctor
    hosp = admission.admission.hospital
    p = admission.patient
    signer = admission.coverage.policy_holder_name or p.name
    text_w, sign_w = CONTENT_WIDTH * 0.58, CONTENT_WIDTH * 0.42
    inner_w = sign_w - 10  # less the cell padding
    rows = [
        [rich(f"<b>Declaration by the treating doctor.</b> {DOCTOR_DECLARATION}", s.cell),
         _signature_cell("Treating doctor", [("Name", doc.name),
                                             ("Qualification / speciality", doc.speciality),
                                             ("Registration no.", doc.registration_number)],
                         inner_w)],
        [rich(f"<b>Declaration by the patient / insured.</b> {PATIENT_DECLARATION}", s.cell),
         _signature_cell("Patient / insured", [("Name", signer), ("Contact", p.phone)], inner_w)],
        [rich(f"<b>Declaration by the hospital.</b> {HOSPITAL_DECLARATION}", s.cell),
         _signature_cell("Hospital seal and authorised signatory",
                         [("Hospital", hosp.name), ("Rohini ID", hosp.rohini_id),
                          ("Name of signatory", "")], inner_w)],
    ]
    table = Table(rows, colWidths=[text_w, sign_w])
    table.setStyle(table_style([
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return [KeepTogether([*section("E. Declarations and signatures"), table])]


def part_c_story(admission: Admission, *, payer_name: str | None = None,
                 payer_helpline: str | None = None) -> Story:
    """The flowables of Part C (fresh objects on every call)."""
    return [
        *_header(admission, payer_name, payer_helpline), gap(3),
        *_patient(admission), gap(3),
        *_doctor(admission), gap(3),
        *_admitted(admission), gap(3),
        *_estimate(admission), gap(3),
        *_declarations(admission),
    ]


def render_part_c(admission: Admission, out: BinaryIO, *, case_id: str | None,
                  payer_name: str | None, generated_at: datetime,
                  payer_helpline: str | None = None) -> int:
    """Write the filled Part C as a PDF to ``out``; return the number of pages.

    ``payer_name`` defaults to the TPA (or insurer) named on the coverage; ``case_id`` and the
    generation time go in every page's footer. Nothing is written to ``out`` if layout fails."""
    meta = DocMeta(title=f"Part C - {FORM_TITLE}", running_title=RUNNING_TITLE,
                   generated_at=generated_at, case_id=case_id,
                   subject=f"Cashless request, policy {admission.coverage.policy_number}")
    return build_pdf(lambda: part_c_story(admission, payer_name=payer_name,
                                          payer_helpline=payer_helpline), meta, out)


__all__ = ["FORM_TITLE", "age_at", "part_c_story", "render_part_c"]
