"""Unfinished admission forms in the store: kept as typed, per clerk, audited without values."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import audit
from app.drafts import delete_draft, get_draft, list_drafts, save_draft
from offline.errors import BadInput
from tests.test_ui_support import make_desk


def test_a_draft_keeps_every_field_as_typed_and_belongs_to_its_clerk(data_dir: Path) -> None:
    desk = make_desk(data_dir)
    typed = {"patient.name": "Sunita Rao", "patient.dob": "31-02-19", "coverage.payer": "",
             "estimate.ot": "3,25,0"}
    draft = save_draft(desk.store, None, typed, owner="asha.clerk")
    assert draft.id.startswith("D-")
    assert get_draft(desk.store, draft.id).fields == {
        "patient.name": "Sunita Rao", "patient.dob": "31-02-19", "estimate.ot": "3,25,0"}
    assert draft.patient_name == "Sunita Rao"
    with pytest.raises(BadInput, match="another clerk"):
        save_draft(desk.store, draft.id, {"patient.name": "Someone Else"}, owner="ravi.super")
    assert get_draft(desk.store, draft.id).fields["patient.name"] == "Sunita Rao"
    assert list_drafts(desk.store, owner="ravi.super") == []
    again = save_draft(desk.store, draft.id, {"patient.name": "Sunita R. Rao"},
                       owner="asha.clerk")
    assert again.id == draft.id and again.fields == {"patient.name": "Sunita R. Rao"}
    assert [d.id for d in list_drafts(desk.store, owner="asha.clerk")] == [draft.id]


def test_the_audit_trail_names_the_draft_never_its_values(data_dir: Path) -> None:
    desk = make_desk(data_dir)
    draft = save_draft(desk.store, None, {"patient.name": "Sunita Rao"}, owner="asha.clerk")
    save_draft(desk.store, draft.id, {"patient.name": "Sunita Rao", "patient.phone": "9"},
               owner="asha.clerk")  # an autosave: not audited
    with desk.store.transaction() as conn:
        assert delete_draft(conn, draft.id, actor="asha.clerk", outcome="discarded")
    trail = [e for e in audit.entries(desk.store) if e.action.startswith("draft.")]
    assert [(e.action, e.actor) for e in trail] == [("draft.started", "asha.clerk"),
                                                    ("draft.discarded", "asha.clerk")]
    assert all("Sunita" not in str(e.details) for e in trail)
    assert list_drafts(desk.store) == []
    assert audit.verify_store(desk.store) == []
