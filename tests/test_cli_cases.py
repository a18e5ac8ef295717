"""The case commands as operators and hospital systems use them: admit, attach, cases, show;
JSON shapes, Indian formatting and exit codes."""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from app import lifecycle
from app.cli import main
from app.desk import Desk
from app.documents import open_document
from tests.conftest import FAST_KDF

PASS = "correct horse battery"


@pytest.fixture
def env(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    Desk.create(data_dir, passphrase=PASS, use_keyring=False, kdf=FAST_KDF).close()
    monkeypatch.setenv("TPADESK_PASSPHRASE", PASS)
    monkeypatch.setenv("TPADESK_DATA_DIR", str(data_dir))
    monkeypatch.setenv("TPADESK_USER", "clerk1")
    return data_dir


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def admission_file(tmp_path: Path, **patch: Any) -> Path:
    code, out, _ = run("admit", "--example")
    assert code == 0
    data = json.loads(out)  # its dates are relative to now: valid as printed
    for section_key, value in patch.items():
        section, key = section_key.split("__")
        data[section][key] = value
    path = tmp_path / "admission.json"
    path.write_text(json.dumps(data))
    return path


def count_cases(data_dir: Path) -> int:
    with Desk.open(data_dir, lambda: PASS) as desk:
        return int(desk.store.conn().execute("SELECT count(*) FROM cases").fetchone()[0])


def test_example_needs_no_store_and_is_complete() -> None:
    code, out, _ = run("admit", "--example")
    data = json.loads(out)
    assert code == 0
    assert set(data) == {"patient", "coverage", "admission", "clinical", "estimate"}
    assert data["clinical"]["diagnoses"][0]["icd10"] == "K35.8"


def test_example_is_admitted_two_hours_ago_in_india_time() -> None:
    before = datetime.now(UTC)
    code, out, _ = run("admit", "--example")
    after = datetime.now(UTC)
    data = json.loads(out)
    admitted = datetime.fromisoformat(data["admission"]["admitted_at"])
    assert code == 0 and admitted.utcoffset() == timedelta(hours=5, minutes=30)
    # whole minutes, two hours before the moment it was printed
    assert before - timedelta(hours=2, minutes=1) <= admitted <= after - timedelta(hours=2)
    first_seen = date.fromisoformat(data["clinical"]["first_consultation"])
    assert first_seen == admitted.date() - timedelta(days=1)


def test_admit_prints_the_id_and_show_reads_it(env: Path, tmp_path: Path) -> None:
    code, out, err = run("admit", "--json", str(admission_file(tmp_path)))
    assert (code, err) == (0, "")
    case_id = out.strip()
    assert re.fullmatch(r"C-\d{4}-0001", case_id)
    code, out, _ = run("show", case_id, "--json")
    shown = json.loads(out)
    assert code == 0 and shown["id"] == case_id and shown["status"] == "draft"
    assert shown["requested_amount"] == 92000 and shown["approved_amount"] is None
    assert shown["legs"] == [] and shown["documents"] == []
    assert "aadhaar" not in shown["admission"]["patient"]


def test_admit_from_stdin(env: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(admission_file(tmp_path).read_text()))
    code, out, _ = run("admit", "--json", "-")
    assert code == 0 and out.strip().endswith("-0001")


def test_bad_admission_exits_2_names_fields_and_writes_nothing(env: Path,
                                                               tmp_path: Path) -> None:
    path = admission_file(tmp_path, patient__dob="2099-01-01", patient__phone="123")
    code, out, err = run("admit", "--json", str(path))
    assert code == 2 and out == ""
    assert "patient.dob" in err and "patient.phone" in err and "nothing was saved" in err
    assert count_cases(env) == 0


def test_a_mixed_error_file_names_every_wrong_field(env: Path, tmp_path: Path) -> None:
    path = admission_file(tmp_path)
    data = json.loads(path.read_text())
    structural = {"admission.type": "urgent", "patient.gender": "F", "patient.dob": "21/03/1984",
                  "estimate.ot": -5}
    rules = {"patient.phone": "12345", "patient.relative_phone": "+91 00000 00000",
             "patient.family_physician_phone": "98765", "admission.doctor.phone": "abc",
             "patient.abha_number": "91-1234-5678-901", "patient.abha_address": "a@gmail.com",
             "patient.aadhaar": "2345 6789 0125", "admission.hospital.rohini_id": "12345",
             "admission.hospital.email": "desk-at-hospital",
             "clinical.procedure.icd10_pcs": "0DTJ4Z",
             "coverage.payer": "no-such-payer"}
    for dotted, value in {**structural, **rules}.items():
        node = data
        *parents, key = dotted.split(".")
        for name in parents:
            node = node[name]
        node[key] = value
    data["clinical"]["diagnoses"][0]["icd10"] = "K99.9"
    path.write_text(json.dumps(data))
    code, out, err = run("admit", "--json", str(path))
    assert code == 2 and out == ""
    reported = set(re.findall(r"^  - ([a-z_.\[\]0-9]+):", err, re.M))
    assert reported == set(structural) | set(rules) | {"clinical.diagnoses[0].icd10"}
    noun = "problem" if len(reported) == 1 else "problems"
    assert f"{len(reported)} {noun}; nothing was saved" in err
    assert count_cases(env) == 0


@pytest.mark.parametrize(("content", "words"), [("{not json", "not valid JSON"),
                                                 ("[1, 2]", "JSON object")])
def test_unreadable_admission_exits_2(env: Path, tmp_path: Path, content: str,
                                      words: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content)
    code, _, err = run("admit", "--json", str(path))
    assert code == 2 and words in err
    code, _, err = run("admit", "--json", str(tmp_path / "missing.json"))
    assert code == 2 and "does not exist" in err


def test_wrong_passphrase_exits_3_and_writes_nothing(env: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    path = admission_file(tmp_path)
    monkeypatch.setenv("TPADESK_PASSPHRASE", "not the passphrase")
    code, _, _ = run("admit", "--json", str(path))
    assert code == 3
    assert count_cases(env) == 0


def test_attach_and_show_documents(env: Path, tmp_path: Path) -> None:
    case_id = run("admit", "--json", str(admission_file(tmp_path)))[1].strip()
    card = tmp_path / "card.png"
    Image.new("RGB", (40, 20), "white").save(card)
    code, out, _ = run("attach", case_id, "--category", "POI", str(card))
    assert code == 0 and "D-00001" in out
    code, _, err = run("attach", case_id, "--category", "POI", str(card))
    assert code == 2 and "already attached" in err and "card.png" in err
    code, _, err = run("attach", case_id, "--category", "NOPE", str(card))
    assert code == 2 and "category" in err
    code, _, err = run("attach", "C-0000-0099", "--category", "POI", str(card))
    assert code == 2 and "no case" in err
    shown = json.loads(run("show", case_id, "--json")[1])
    (doc,) = shown["documents"]
    assert {"id", "category", "pages", "size_bytes", "sha256"} <= set(doc)
    assert doc["captured_at"] is None  # a PNG carries no camera time (a photo's EXIF would)
    # an image is packed into a one-page PDF (issue 7); what is recorded is what is stored
    assert (doc["category"], doc["pages"], doc["mime"]) == ("POI", 1, "application/pdf")
    with Desk.open(env, lambda: PASS) as desk:
        stored = open_document(desk, doc["id"]).read()
    assert stored.startswith(b"%PDF")
    assert doc["size_bytes"] == len(stored)
    assert doc["sha256"] == hashlib.sha256(stored).hexdigest()


def _png(path: Path) -> Path:
    Image.new("RGB", (40, 20), "white").save(path)
    return path


def _drop_file_override_capabilities() -> None:
    """In the child before exec: take CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH out of the
    bounding set, so that even root is refused a file its mode forbids (as any clerk is)."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    pr_capbset_drop, cap_dac_override, cap_dac_read_search = 24, 1, 2
    for cap in (cap_dac_override, cap_dac_read_search):
        if libc.prctl(pr_capbset_drop, cap, 0, 0, 0) != 0:
            os._exit(97)  # cannot drop (no CAP_SETPCAP): the parent skips the test


def test_an_unreadable_file_is_named_and_nothing_is_kept(env: Path, tmp_path: Path) -> None:
    import subprocess
    import sys

    case_id = run("admit", "--json", str(admission_file(tmp_path)))[1].strip()
    good = _png(tmp_path / "card.png")
    locked = _png(tmp_path / "locked.png")
    locked.chmod(0)
    try:
        if os.geteuid() != 0:
            code, out, err = run("attach", case_id, "--category", "POI", str(good), str(locked))
        else:  # root reads any file: run the command as root without the override
            child = subprocess.run(
                [sys.executable, "-m", "app.cli", "attach", case_id, "--category", "POI",
                 str(good), str(locked)], capture_output=True, text=True, timeout=120,
                cwd=Path(__file__).resolve().parents[1], env=dict(os.environ),
                preexec_fn=_drop_file_override_capabilities)
            if child.returncode == 97:
                pytest.skip("running as root without CAP_SETPCAP: cannot make a file "
                            "unreadable to this test")
            code, out, err = child.returncode, child.stdout, child.stderr
    finally:
        locked.chmod(0o600)
    assert code == 2 and out == "", err
    assert f"{locked}: cannot be read (permission denied" in err
    assert str(good) not in err
    assert json.loads(run("show", case_id, "--json")[1])["documents"] == []


def test_a_fifo_or_a_folder_is_refused_without_waiting(env: Path, tmp_path: Path) -> None:
    case_id = run("admit", "--json", str(admission_file(tmp_path)))[1].strip()
    fifo = tmp_path / "scanner-pipe"
    os.mkfifo(fifo)  # opening it to read would block until a writer came: it must not be opened
    folder = tmp_path / "scans"
    folder.mkdir()
    code, out, err = run("attach", case_id, "--category", "POI", str(fifo), str(folder),
                         str(_png(tmp_path / "card.png")))
    assert code == 2 and out == ""
    assert f"{fifo}: is not a file" in err and f"{folder}: is not a file" in err
    assert json.loads(run("show", case_id, "--json")[1])["documents"] == []


def _advance(data_dir: Path, case_id: str) -> None:
    with Desk.open(data_dir, lambda: PASS) as desk, desk.store.transaction() as c:
        leg = lifecycle.leg_queued(c, case_id, "preauth", amount=12_345_678_90, actor="clerk1")
        lifecycle.leg_sent(c, leg.id, api_call_id="call-1",
                           at=datetime.now(UTC) - timedelta(minutes=90))


def test_cases_json_shape_and_breached_clock(env: Path, tmp_path: Path) -> None:
    case_id = run("admit", "--json", str(admission_file(tmp_path)))[1].strip()
    _advance(env, case_id)
    code, out, _ = run("cases", "--json")
    assert code == 0
    (row,) = json.loads(out)
    assert {"id", "patient_name", "payer", "status", "requested_amount", "approved_amount",
            "clock"} <= set(row)
    assert row["status"] == "preauth_sent" and row["payer"] == "training-tpa"
    assert row["requested_amount"] == 12345678.9
    assert row["clock"]["breached"] is True and row["clock"]["due_at"].endswith("+05:30")
    assert row["clock"]["waiting_on"] == "payer"
    shown = json.loads(run("show", case_id, "--json")[1])
    (leg,) = shown["legs"]
    assert {"kind", "state", "sent_at", "answered_at", "decision"} <= set(leg)
    assert (leg["kind"], leg["state"], leg["decision"], leg["answered_at"]) == (
        "preauth", "sent", None, None)


def test_human_output_uses_indian_grouping_and_dates(env: Path, tmp_path: Path) -> None:
    case_id = run("admit", "--json", str(admission_file(tmp_path)))[1].strip()
    _advance(env, case_id)
    code, out, _ = run("cases")
    assert code == 0 and "₹1,23,45,678.90" in out and "LATE" in out
    assert re.search(r"due \d{2}-\d{2}-\d{4} \d{2}:\d{2}", out)
    code, out, _ = run("show", case_id)
    assert code == 0 and "preauth_sent" in out and "Timeline:" in out
    assert re.search(r"sent \d{2}-\d{2}-\d{4} \d{2}:\d{2}", out)


def test_empty_list_and_unknown_case(env: Path) -> None:
    assert run("cases", "--json")[:2] == (0, "[]\n")
    code, _, err = run("show", "C-2612-0404")
    assert code == 2 and "no case" in err
    code, _, err = run("show", "rubbish")
    assert code == 2 and "case ids look like" in err


def _approve(data_dir: Path, case_id: str, rupees: int) -> None:
    with Desk.open(data_dir, lambda: PASS) as desk, desk.store.transaction() as c:
        leg = lifecycle.leg_queued(c, case_id, "preauth", actor="clerk1")
        lifecycle.leg_sent(c, leg.id, api_call_id="call-approve")
        lifecycle.answer_received(c, leg.id, decision="approved",
                                  approved_amount=rupees * 100)


def test_the_interim_bill_is_recorded_shown_audited_and_checked(env: Path,
                                                                 tmp_path: Path) -> None:
    from app import audit

    case_id = run("admit", "--json", str(admission_file(tmp_path)))[1].strip()
    shown = json.loads(run("show", case_id, "--json")[1])
    assert shown["billing"] == {"interim_bill": None, "interim_bill_at": None,
                                "enhancement_suggested": False}
    _approve(env, case_id, 80000)
    before = datetime.now(UTC).replace(microsecond=0)
    code, out, err = run("update", case_id, "--interim-bill", "1,20,000")
    assert (code, err) == (0, "")
    assert "Updated billing.interim_bill, billing.interim_bill_at." in out
    assert "warning: billing.interim_bill: the interim bill ₹1,20,000 exceeds the approved " \
           "₹80,000 by ₹40,000; request an enhancement now" in out
    shown = json.loads(run("show", case_id, "--json")[1])
    assert shown["billing"]["interim_bill"] == 120000
    assert shown["billing"]["enhancement_suggested"] is True
    recorded = datetime.fromisoformat(shown["billing"]["interim_bill_at"])
    assert recorded.utcoffset() == timedelta(hours=5, minutes=30) and recorded >= before
    assert shown["admission"]["billing"]["interim_bill"] == 120000
    code, out, _ = run("show", case_id)
    assert code == 0 and "Interim bill: ₹1,20,000 (as of " in out
    assert "request an enhancement now" in out
    # audited: who and which fields, never the amount
    with Desk.open(env, lambda: PASS) as desk:
        last = audit.entries(desk.store, case_id)[-1]
    assert (last.actor, last.action) == ("clerk1", "case.updated")
    assert last.details == {"fields": ["billing.interim_bill", "billing.interim_bill_at"]}
    assert "120000" not in json.dumps(last.details)
    # the submit checks (app/service.py) see it too: --strict makes the warning blocking
    code, _, err = run("submit", case_id, "discharge", "--amount", "80000", "--strict")
    assert code == 2 and "billing.interim_bill: the interim bill ₹1,20,000 exceeds" in err
    # the same bill again changes nothing; a bill within the approval silences the warning
    assert run("update", case_id, "--set", "billing.interim_bill=120000")[1] == \
        "Nothing changed.\n"
    code, out, _ = run("update", case_id, "--interim-bill", "75000")
    assert code == 0 and "warning" not in out
    assert json.loads(run("show", case_id, "--json")[1])["billing"]["enhancement_suggested"] \
        is False


def test_answered_rounds_keep_their_due_time_in_show_json(env: Path, tmp_path: Path) -> None:
    case_id = run("admit", "--json", str(admission_file(tmp_path)))[1].strip()
    _approve(env, case_id, 80000)
    shown = json.loads(run("show", case_id, "--json")[1])
    assert shown["clock"]["waiting_on"] is None and shown["clock"]["due_at"] is None
    (answered,) = shown["clocks"]
    assert answered["waiting_on"] == "answered" and answered["breached"] is False
    started = datetime.fromisoformat(answered["started_at"])
    assert datetime.fromisoformat(answered["due_at"]) == \
        started + timedelta(minutes=answered["sla_minutes"])
    assert answered["minutes_left"] is None


def test_a_wrong_interim_bill_is_named_and_changes_nothing(env: Path, tmp_path: Path) -> None:
    case_id = run("admit", "--json", str(admission_file(tmp_path)))[1].strip()
    before = run("show", case_id, "--json")[1]
    code, out, err = run("update", case_id, "--interim-bill", "12,50")
    assert code == 2 and out == ""
    assert "billing.interim_bill: '12,50' is not an amount in rupees" in err
    assert run("show", case_id, "--json")[1] == before


def test_cases_status_filter(env: Path, tmp_path: Path) -> None:
    case_id = run("admit", "--json", str(admission_file(tmp_path)))[1].strip()
    code, out, _ = run("cases", "--status", "draft")
    assert code == 0 and case_id in out
    code, out, _ = run("cases", "--status", " Draft ", "--json")
    assert code == 0 and [c["id"] for c in json.loads(out)] == [case_id]
    code, out, _ = run("cases", "--status", "preauth_queried")
    assert code == 0 and "No cases with status preauth_queried." in out
    assert "No cases yet" not in out and case_id not in out
    assert run("cases", "--status", "closed", "--json")[:2] == (0, "[]\n")


@pytest.mark.parametrize("bogus", ["bogus", "preauth", "sent", "preauth_paid"])
def test_an_unknown_status_exits_2_naming_the_valid_ones(env: Path, tmp_path: Path,
                                                          bogus: str) -> None:
    run("admit", "--json", str(admission_file(tmp_path)))
    for extra in ([], ["--json"]):
        code, out, err = run("cases", "--status", bogus, *extra)
        assert code == 2 and out == ""
        assert f"status: '{bogus}' is not a case status" in err
        for word in ("draft", "payment_received", "closed", "cancelled", "preauth",
                     "enhancement", "discharge", "claim", "queued", "acknowledged", "partial",
                     "queried", "rejected"):
            assert word in err


def test_an_unknown_status_is_refused_before_the_store_is_unlocked(
        env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TPADESK_PASSPHRASE")
    code, _, err = run("cases", "--status", "bogus")
    assert code == 2 and "not a case status" in err


def test_attach_with_a_wrong_stage_names_the_option(env: Path, tmp_path: Path) -> None:
    case_id = run("admit", "--json", str(admission_file(tmp_path)))[1].strip()
    card = tmp_path / "card.png"
    Image.new("RGB", (40, 20), "white").save(card)
    code, _, err = run("attach", case_id, "--category", "POI", "--stage", "someday", str(card))
    assert code == 2 and "stage" in err and "someday" in err
    shown = json.loads(run("show", case_id, "--json")[1])
    assert shown["documents"] == []
