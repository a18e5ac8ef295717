"""The case repository: validated creation (nothing written on error), readable ids, loading,
listing, draft updates, and no patient data in plaintext anywhere in the data folder."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from app import audit
from app.admission import example_admission_json
from app.cases import create_case, list_cases, load_case, normalise_case_id, update_draft
from app.desk import Desk
from offline.errors import BadInput, ValidationFailed
from tests.conftest import FAST_KDF

NOW = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)


@pytest.fixture
def desk(data_dir: Path) -> Iterator[Desk]:
    d = Desk.create(data_dir, passphrase="correct horse", use_keyring=False, kdf=FAST_KDF)
    yield d
    d.close()


def _count(desk: Desk, table: str) -> int:
    return int(desk.store.conn().execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_create_and_load_round_trip(desk: Desk) -> None:
    cid = create_case(desk.store, example_admission_json(), actor="clerk1", now=NOW)
    assert cid == "C-2612-0001"
    case = load_case(desk.store, cid.lower())
    assert case.status == "draft"
    assert case.payer == "training-tpa"
    assert case.emergency is True
    assert case.requested_amount == case.admission.estimate.total == 9_200_000
    assert case.approved_amount is None
    assert case.admission.patient.name == "Asha Verma"
    assert case.admission.patient.aadhaar_input == ""
    assert case.admission.patient.aadhaar_last4 == "0124"
    assert [e.action for e in audit.entries(desk.store, cid)] == ["case.created"]


def test_full_aadhaar_is_never_stored(desk: Desk) -> None:
    cid = create_case(desk.store, example_admission_json(), actor="clerk1", now=NOW)
    stored = desk.store.conn().execute("SELECT admission FROM cases WHERE id = ?",
                                       (cid,)).fetchone()[0]
    assert "234567890124" not in stored.replace(" ", "")
    assert "2345 6789 0124" not in stored


def test_ids_are_sequential_and_listed_newest_first(desk: Desk) -> None:
    ids = [create_case(desk.store, example_admission_json(), actor="c", now=NOW)
           for _ in range(3)]
    assert ids == ["C-2612-0001", "C-2612-0002", "C-2612-0003"]
    listed = list_cases(desk.store)
    assert [c.id for c in listed] == ids[::-1]
    assert listed[0].patient_name == "Asha Verma"
    assert list_cases(desk.store, status="closed") == []
    assert [c.id for c in list_cases(desk.store, status="DRAFT")] == ids[::-1]
    with pytest.raises(BadInput, match=r"not a case status.*preauth_queried"):
        list_cases(desk.store, status="bogus")


def _bad() -> dict[str, Any]:
    data = copy.deepcopy(example_admission_json())
    data["patient"]["aadhaar"] = "2345 6789 0125"  # wrong check digit
    data["clinical"]["diagnoses"][0]["icd10"] = "K99.9"
    data["coverage"]["payer"] = "no-such-payer"
    return data


def test_invalid_admission_writes_nothing_and_names_every_field(desk: Desk) -> None:
    before = {t: _count(desk, t) for t in ("cases", "audit_log")}
    with pytest.raises(ValidationFailed) as info:
        create_case(desk.store, _bad(), actor="clerk1", now=NOW)
    paths = {e.path for e in info.value.errors}
    assert paths == {"patient.aadhaar", "clinical.diagnoses[0].icd10", "coverage.payer"}
    assert info.value.exit_code == 2
    assert {t: _count(desk, t) for t in before} == before


def test_structural_errors_are_reported_before_writing(desk: Desk) -> None:
    data = example_admission_json()
    del data["patient"]["name"]
    with pytest.raises(ValidationFailed, match=r"patient\.name"):
        create_case(desk.store, data, actor="clerk1", now=NOW)
    assert _count(desk, "cases") == 0


def test_structural_and_rule_and_payer_errors_are_reported_together(desk: Desk) -> None:
    data = _bad()
    data["patient"]["gender"] = "F"         # structural: used to hide everything below
    data["admission"]["type"] = "urgent"    # structural
    with pytest.raises(ValidationFailed) as info:
        create_case(desk.store, data, actor="clerk1", now=NOW)
    assert {e.path for e in info.value.errors} == {
        "patient.gender", "admission.type", "patient.aadhaar", "clinical.diagnoses[0].icd10",
        "coverage.payer"}
    assert "5 problems" in str(info.value)
    assert _count(desk, "cases") == 0 and _count(desk, "audit_log") == 0


def test_update_draft_records_field_names_only(desk: Desk) -> None:
    cid = create_case(desk.store, example_admission_json(), actor="clerk1", now=NOW)
    data = example_admission_json()
    data["patient"]["occupation"] = "Engineer"
    data["estimate"]["ot"] = 30000
    changed = update_draft(desk.store, cid, data, actor="clerk1", now=NOW)
    assert changed == ["estimate.ot", "estimate.total", "patient.occupation"]
    case = load_case(desk.store, cid)
    assert case.requested_amount == 9_700_000
    last = audit.entries(desk.store, cid)[-1]
    assert last.action == "case.updated" and "Engineer" not in str(last.details)


def test_only_drafts_can_be_edited(desk: Desk) -> None:
    from app import lifecycle

    cid = create_case(desk.store, example_admission_json(), actor="clerk1", now=NOW)
    with desk.store.transaction() as c:
        lifecycle.leg_queued(c, cid, "preauth", actor="clerk1")
    with pytest.raises(BadInput, match="only a draft"):
        update_draft(desk.store, cid, example_admission_json(), actor="clerk1", now=NOW)


@pytest.mark.parametrize("text", ["C-2612-0042", "c-2612-0042", "C2612-0042", " c2612-0042 "])
def test_case_ids_are_forgiving(text: str) -> None:
    assert normalise_case_id(text) == "C-2612-0042"


@pytest.mark.parametrize("text", ["", "2612-0042", "C-26-1", "X-2612-0042"])
def test_bad_case_ids_are_refused(text: str) -> None:
    with pytest.raises(BadInput, match="case ids look like"):
        normalise_case_id(text)


def test_unknown_case_is_bad_input(desk: Desk) -> None:
    with pytest.raises(BadInput, match="no case"):
        load_case(desk.store, "C-2612-9999")


def test_patient_name_never_appears_in_any_file_of_the_data_folder(desk: Desk) -> None:
    data = example_admission_json()
    data["patient"]["name"] = "Zorawar Quixotic Patientname"
    create_case(desk.store, data, actor="clerk1", now=NOW)
    desk.store.conn().execute("PRAGMA wal_checkpoint(PASSIVE)")
    needles = [b"Zorawar", b"Quixotic", "Zorawar".encode("utf-16-le")]
    files = [p for p in desk.data_dir.rglob("*") if p.is_file()]
    assert files, "the data folder should hold the store"
    for path in files:
        blob = path.read_bytes()
        for needle in needles:
            assert needle not in blob, f"{needle!r} found in {path.name}"
