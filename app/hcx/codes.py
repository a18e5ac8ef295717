"""The HCX / NHCX code lists and profile URLs the desk writes into FHIR and reads back.

The value sets come from the HCX specification, shipped unmodified in ``resources/hcx/`` (see its
README for the licence); they are read once from each file's ``expansion.contains``. The identifier
type codes and the profile URLs are not in those files: they are fixed here, in one place, so a
payer or exchange that wants something else is a one-line change rather than a hunt through the
builders.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from app.admission import AdmissionType, Treatment


@dataclass(frozen=True)
class Code:
    """One code of a code system: what goes into a FHIR ``Coding``."""

    system: str
    code: str
    display: str


@dataclass(frozen=True)
class ValueSet:
    """The codes of one HCX value set, by code (case-sensitive, as published)."""

    url: str
    name: str
    codes: dict[str, Code]

    def get(self, code: str) -> Code | None:
        return self.codes.get(code)

    def __contains__(self, code: object) -> bool:
        return code in self.codes


def _load(filename: str) -> ValueSet:
    text = (resources.files("resources") / "hcx" / filename).read_text("utf-8")
    data = json.loads(text)
    codes: dict[str, Code] = {}
    for entry in data.get("expansion", {}).get("contains", []):
        code = str(entry["code"])
        codes[code] = Code(str(entry["system"]), code, str(entry.get("display", code)))
    return ValueSet(str(data.get("url", "")), str(data.get("name", filename)), codes)


@cache
def supporting_info_categories() -> ValueSet:
    """The 34 HCX document categories (POI, POA, FCF, MB, DIA, HDS ...)."""
    return _load("ValueSet-claim-supporting-info-categories.json")


@cache
def billing_groups() -> ValueSet:
    """IRDAI billing groups (100000 room and nursing ... 900000 package): item categories."""
    return _load("ValueSet-claim-service-categories.json")


@cache
def claim_sub_types() -> ValueSet:
    """HCX claim sub-types (EM emergency, PL planned, ...)."""
    return _load("ValueSet-hcx-claim-sub-types.json")


@cache
def procedure_categories() -> ValueSet:
    """HCX procedure categories (MED, SUR, ICU, INV, NAT ...): the line of treatment."""
    return _load("ValueSet-hcx-procedure-categories.json")


@cache
def claim_error_codes() -> ValueSet:
    """Claim processing error codes a payer may send in ``ClaimResponse.error``."""
    return _load("ValueSet-claim-error-codes.json")


SUPPORTING_INFO_SYSTEM = "http://hcxprotocol.io/codes/claim-supporting-info-categories"
BILLING_GROUP_SYSTEM = "https://irdai.gov.in/benefit-billing-group-code"


def supporting_info_category(code: str) -> Code:
    """The HCX document category ``code`` (POI, FCF ...); KeyError names the known codes."""
    found = supporting_info_categories().get(code)
    if found is None:
        known = ", ".join(supporting_info_categories().codes)
        raise KeyError(f"'{code}' is not an HCX document category; use one of: {known}")
    return found


def billing_group(code: str) -> Code:
    """The IRDAI billing group ``code`` (100000 ... 900000)."""
    found = billing_groups().get(code)
    if found is None:
        raise KeyError(f"'{code}' is not an IRDAI billing group")
    return found


def sub_type_for(kind: AdmissionType) -> Code:
    """Claim sub-type EM for an emergency admission, PL for a planned one."""
    found = claim_sub_types().get("EM" if kind is AdmissionType.EMERGENCY else "PL")
    assert found is not None, "the shipped HCX claim sub-types lack EM or PL"
    return found


_TREATMENT_CODES = {
    Treatment.MEDICAL: "MED",
    Treatment.SURGICAL: "SUR",
    Treatment.INTENSIVE_CARE: "ICU",
    Treatment.INVESTIGATION: "INV",
    Treatment.NON_ALLOPATHIC: "NAT",
}


def procedure_category_for(treatment: Treatment) -> Code:
    """The HCX procedure category for one Part C line of treatment."""
    found = procedure_categories().get(_TREATMENT_CODES[treatment])
    assert found is not None, "the shipped HCX procedure categories lack a Part C treatment"
    return found


# ------------------------------------------------------------------ fixed code systems

ICD10_SYSTEM = "http://hl7.org/fhir/sid/icd-10"
ICD10_PCS_SYSTEM = "http://www.cms.gov/Medicare/Coding/ICD10"
CLAIM_TYPE = Code("http://terminology.hl7.org/CodeSystem/claim-type", "institutional",
                  "Institutional")
#: HCX names the claim type for a hospital admission "inpatient"; FHIR's claim-type code for it
#: is "institutional". We send FHIR's code with HCX's word as the text.
CLAIM_TYPE_TEXT = "inpatient"
PRIORITY_SYSTEM = "http://terminology.hl7.org/CodeSystem/processpriority"
DIAGNOSIS_TYPE_SYSTEM = "http://terminology.hl7.org/CodeSystem/ex-diagnosistype"
CARE_TEAM_ROLE = Code("http://terminology.hl7.org/CodeSystem/claimcareteamrole", "primary",
                      "Primary provider")
RELATED_CLAIM_PRIOR = Code("http://terminology.hl7.org/CodeSystem/ex-relatedclaimrelationship",
                           "prior", "Prior Claim")
TASK_CODE_SYSTEM = "http://terminology.hl7.org/CodeSystem/financialtaskcode"
PAYMENT_STATUS_SYSTEM = "http://terminology.hl7.org/CodeSystem/paymentstatus"
#: An extension the desk puts on Communication payloads to say which HCX document category an
#: attachment answers (R4's Communication.payload has no category of its own).
PAYLOAD_CATEGORY_EXTENSION = "urn:tpadesk:fhir:communication-payload-category"
#: Identifier systems the desk mints for its own records.
CASE_ID_SYSTEM = "urn:tpadesk:case-id"
PARTICIPANT_CODE_SYSTEM = "https://hcxprotocol.io/participant-code"

# ------------------------------------------------------------------ identifier types

V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203"
NDHM_IDENTIFIER_TYPE = "https://nrces.in/ndhm/fhir/r4/CodeSystem/ndhm-identifier-type-code"

#: Identifier types by the short code domain.md section 7 uses.
IDENTIFIER_TYPES: dict[str, Code] = {
    "ABHA": Code(NDHM_IDENTIFIER_TYPE, "ABHA", "Ayushman Bharat Health Account number"),
    "MR": Code(V2_0203, "MR", "Medical record number"),
    "NPI": Code(V2_0203, "NPI", "National provider identifier"),
    "NIIP": Code(V2_0203, "NIIP", "National Insurance Payor Identifier (Payor)"),
    "NH": Code(V2_0203, "NH", "National Health Plan Identifier"),
    "MB": Code(V2_0203, "MB", "Member Number"),
    "MD": Code(V2_0203, "MD", "Medical License number"),
    "HPIN": Code(NDHM_IDENTIFIER_TYPE, "HPIN", "Health Professional Identification Number"),
    "UTR": Code(NDHM_IDENTIFIER_TYPE, "UTR", "Unique Transaction Reference"),
}

#: Identifier systems (who issued the value).
HFR_SYSTEM = "https://facility.ndhm.gov.in"
ROHINI_SYSTEM = "https://rohini.iib.gov.in"
ABHA_SYSTEM = "https://healthid.abdm.gov.in"
HPR_SYSTEM = "https://doctor.ndhm.gov.in"

# ------------------------------------------------------------------ profiles

NRCES = "https://nrces.in/ndhm/fhir/r4/StructureDefinition/"

#: meta.profile by resource type (NRCeS NHCX profiles, FHIR R4).
PROFILES: dict[str, str] = {
    name: NRCES + name
    for name in (
        "Claim", "ClaimResponse", "CoverageEligibilityRequest", "CoverageEligibilityResponse",
        "Coverage", "Patient", "Organization", "Practitioner", "Task", "Communication",
        "CommunicationRequest", "PaymentNotice", "PaymentReconciliation",
    )
}

#: meta.profile of the Bundle by its focal resource type.
BUNDLE_PROFILES: dict[str, str] = {
    "Claim": NRCES + "ClaimBundle",
    "CoverageEligibilityRequest": NRCES + "CoverageEligibilityRequestBundle",
    "Communication": NRCES + "TaskBundle",
    "PaymentNotice": NRCES + "TaskBundle",
    "Task": NRCES + "TaskBundle",
}
