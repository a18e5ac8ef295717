"""Pre-submission checks: blocking errors and warnings per leg, one test per rule."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from app import lifecycle
from app.admission import Admission, example_admission_json
from app.cases import create_case
from app.checks import check_case, check_leg, names_match, suggest_enhancement
from app.desk import Desk
from app.documents import add_document
from app.payers import Checklist, PayerProfile, get_profile
from offline.errors import ValidationFailed
from tests.conftest import FAST_KDF

PROFILE = PayerProfile(code="t", name="T", checklist={
    "preauth": Checklist(["POI"], ["FCF"]),
    "discharge": Checklist(["HDS"], ["MB"]),
    "claim": Checklist(["HDS", "MB"], []),
})
ALL_DOCS = {"POI", "FCF", "HDS", "MB"}


def adm(**changes: Any) -> Admission:
    data = copy.deepcopy(example_admission_json())
    for path, value in changes.items():
        section, _, key = path.partition("__")
        if value is None:
            data[section].pop(key, None)
        else:
            data[section][key] = value
    return Admission.from_json(data)


def paths(findings: list[Any]) -> set[str]:
    return {f.path for f in findings}


def test_example_preauth_is_clean() -> None:
    r = check_leg(adm(), "preauth", profile=PROFILE, document_categories=ALL_DOCS,
                  status="draft")
    assert r.ok and r.errors == [] and r.warnings == []
    r.raise_if_blocked()


def test_required_documents_block_and_recommended_warn() -> None:
    r = check_leg(adm(), "preauth", profile=PROFILE, document_categories=set())
    assert paths(r.errors) == {"documents.POI"}
    assert paths(r.warnings) == {"documents.FCF"}
    with pytest.raises(ValidationFailed, match=r"documents\.POI"):
        r.raise_if_blocked()


@pytest.mark.parametrize(("section", "key", "path"), [
    ("admission", "doctor", "admission.doctor.name"),
    ("admission", "hospital", "admission.hospital.rohini_id"),
    ("admission", "expected_days", "admission.expected_days"),
    ("admission", "room_category", "admission.room_category"),
    ("clinical", "complaints", "clinical.complaints"),
    ("clinical", "line_of_treatment", "clinical.line_of_treatment"),
    ("clinical", "procedure", "clinical.procedure.name"),
])
def test_part_c_completeness_for_preauth(section: str, key: str, path: str) -> None:
    r = check_leg(adm(**{f"{section}__{key}": None}), "preauth", profile=PROFILE,
                  document_categories=ALL_DOCS)
    assert path in paths(r.errors)


def test_empty_estimate_blocks_preauth() -> None:
    zero = {k: 0 for k in ("room_nursing_diet", "investigations", "ot", "professional_fees",
                           "medicines_consumables", "other")}
    r = check_leg(adm(**{f"estimate__{k}": v for k, v in zero.items()}),
                  "preauth", profile=PROFILE, document_categories=ALL_DOCS)
    assert "estimate" in paths(r.errors)


def test_fir_number_needed_when_reported_to_police() -> None:
    r = check_leg(adm(clinical__accident={"road_traffic": True, "reported_to_police": True}),
                  "preauth", profile=PROFILE, document_categories=ALL_DOCS)
    assert "clinical.accident.fir_number" in paths(r.errors)


def test_estimate_total_must_equal_heads() -> None:
    r = check_leg(adm(estimate__total=1), "preauth", profile=PROFILE,
                  document_categories=ALL_DOCS)
    assert "estimate.total" in paths(r.errors)


def test_room_rent_above_policy_limit_warns() -> None:
    r = check_leg(adm(estimate__room_rent_per_day=6000), "preauth", profile=PROFILE,
                  document_categories=ALL_DOCS)
    assert r.ok and "estimate.room_rent_per_day" in paths(r.warnings)
    assert "₹6,000" in str(r.warnings[0]) and "₹5,000" in str(r.warnings[0])


def test_estimate_above_balance_warns() -> None:
    r = check_leg(adm(coverage__balance=50000), "preauth", profile=PROFILE,
                  document_categories=ALL_DOCS)
    assert "estimate" in paths(r.warnings)


def test_claim_above_approved_blocks_and_above_balance_warns() -> None:
    a = adm(admission__discharge_at="2026-12-06T11:00:00+05:30", coverage__balance=60000)
    r = check_leg(a, "claim", profile=PROFILE, document_categories=ALL_DOCS,
                  amount=8_000_000, approved_amount=7_000_000)
    assert "amount" in paths(r.errors)
    assert any("balance" in f.message for f in r.warnings)
    fine = check_leg(a, "claim", profile=PROFILE, document_categories=ALL_DOCS,
                     amount=5_000_000, approved_amount=7_000_000)
    assert fine.ok


def test_discharge_and_claim_need_discharge_date_and_amount() -> None:
    r = check_leg(adm(), "discharge", profile=PROFILE, document_categories=ALL_DOCS)
    assert {"admission.discharge_at", "amount"} <= paths(r.errors)


def test_discharge_bill_above_approval_suggests_enhancement() -> None:
    a = adm(admission__discharge_at="2026-12-06T11:00:00+05:30")
    r = check_leg(a, "discharge", profile=PROFILE, document_categories=ALL_DOCS,
                  amount=9_000_000, approved_amount=8_000_000)
    assert r.ok and any("enhancement" in f.message for f in r.warnings)
    hint = suggest_enhancement(9_000_000, 8_000_000)
    assert hint is not None and "₹10,000" in hint.message
    assert suggest_enhancement(7_000_000, 8_000_000) is None
    assert suggest_enhancement(7_000_000, None) is None


def test_enhancement_must_ask_for_more_than_approved() -> None:
    r = check_leg(adm(), "enhancement", profile=PROFILE, document_categories=ALL_DOCS,
                  amount=7_000_000, approved_amount=8_000_000)
    assert "amount" in paths(r.errors)


def test_name_on_id_mismatch_warns_without_repeating_names() -> None:
    r = check_leg(adm(coverage__name_on_id="Rakesh Kumar Sharma"), "preauth", profile=PROFILE,
                  document_categories=ALL_DOCS)
    assert r.ok and "coverage.name_on_id" in paths(r.warnings)
    assert "Rakesh" not in str(r.warnings) and "Asha" not in str(r.warnings)


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Asha Verma", "ASHA VERMA", True),
    ("Asha Verma", "Verma Asha", True),
    ("Asha Verma", "Asha Varma", True),
    ("Asha Verma", "Rakesh Sharma", False),
])
def test_names_match(a: str, b: str, same: bool) -> None:
    assert names_match(a, b)[0] is same


def test_status_must_allow_the_leg() -> None:
    r = check_leg(adm(), "claim", profile=PROFILE, document_categories=ALL_DOCS,
                  status="draft", amount=1)
    assert "status" in paths(r.errors)


@pytest.fixture
def desk(data_dir: Path) -> Iterator[Desk]:
    d = Desk.create(data_dir, passphrase="correct horse", use_keyring=False, kdf=FAST_KDF)
    yield d
    d.close()


def test_check_stored_case_with_training_profile(desk: Desk) -> None:
    import io

    from PIL import Image

    cid = create_case(desk.store, example_admission_json(), actor="clerk1",
                      now=datetime(2026, 12, 3, 10, 0, tzinfo=UTC))
    assert get_profile(desk.store, "training-tpa").checklist_for("preauth").required == ["POI"]
    before = check_case(desk.store, cid, "preauth")
    assert paths(before.errors) == {"documents.POI"}
    buf = io.BytesIO()
    Image.new("RGB", (20, 20), "white").save(buf, "PNG")
    buf.seek(0)
    add_document(desk, cid, buf, category="POI", stage="preauth", filename="id.png",
                 actor="clerk1")
    after = check_case(desk.store, cid, "preauth")
    assert after.ok
    with desk.store.transaction() as c:
        leg = lifecycle.leg_queued(c, cid, "preauth", actor="clerk1")
        lifecycle.leg_sent(c, leg.id, api_call_id="a")
        lifecycle.answer_received(c, leg.id, decision="approved", approved_amount=8_000_000)
    r = check_case(desk.store, cid, "discharge", amount=8_500_000, interim_bill=8_500_000)
    assert any("enhancement" in f.message for f in r.warnings)


def _approved_case(desk: Desk, approved: int) -> str:
    cid = create_case(desk.store, example_admission_json(), actor="clerk1",
                      now=datetime(2026, 12, 3, 10, 0, tzinfo=UTC))
    with desk.store.transaction() as c:
        leg = lifecycle.leg_queued(c, cid, "preauth", actor="clerk1")
        lifecycle.leg_sent(c, leg.id, api_call_id="a")
        lifecycle.answer_received(c, leg.id, decision="approved", approved_amount=approved)
    return cid


def _record_interim_bill(desk: Desk, cid: str, rupees: int | str) -> list[str]:
    from app.cases import load_case, update_admission

    data = load_case(desk.store, cid, with_documents=False).admission.to_json()
    data["billing"] = {"interim_bill": rupees}
    data["estimate"].pop("total", None)
    return update_admission(desk.store, cid, data, actor="clerk1")


def test_the_recorded_interim_bill_reaches_every_check_case_caller(desk: Desk) -> None:
    cid = _approved_case(desk, 8_000_000)
    # nothing recorded: no suggestion
    assert not any(f.path == "billing.interim_bill"
                   for f in check_case(desk.store, cid, "discharge", amount=8_000_000).warnings)
    assert _record_interim_bill(desk, cid, "1,20,000") == ["billing.interim_bill",
                                                            "billing.interim_bill_at"]
    # callers that pass no interim_bill (app/service.py, ui/port.py) now get the warning
    r = check_case(desk.store, cid, "discharge", amount=8_000_000)
    (hint,) = [f for f in r.warnings if f.path == "billing.interim_bill"]
    assert "₹1,20,000 exceeds the approved ₹80,000 by ₹40,000" in hint.message
    assert "request an enhancement" in hint.message
    # an explicit figure wins over the recorded one; the enhancement leg itself is not told
    r = check_case(desk.store, cid, "discharge", amount=8_000_000, interim_bill=7_000_000)
    assert "billing.interim_bill" not in paths(r.warnings)
    r = check_case(desk.store, cid, "enhancement", amount=12_000_000)
    assert "billing.interim_bill" not in paths(r.warnings)


def test_an_interim_bill_within_the_approval_raises_no_warning(desk: Desk) -> None:
    cid = _approved_case(desk, 8_000_000)
    _record_interim_bill(desk, cid, 80000)
    r = check_case(desk.store, cid, "discharge", amount=8_000_000)
    assert "billing.interim_bill" not in paths(r.warnings)
