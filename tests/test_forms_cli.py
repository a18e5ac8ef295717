"""`tpadesk form` and `tpadesk report` on a real encrypted store: the PDFs carry the case's facts,
the payer's clocks show up as breaches, bad input exits 2 with nothing written, and a failure
while rendering never leaves a half-written or replaced file."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest

from app.admission import example_admission_json
from app.cases import create_case, load_case
from app.cli import main
from app.clocks import IST
from app.desk import Desk
from app.forms import from_case
from app.lifecycle import answer_received, leg_queued, leg_sent
from tests.conftest import FAST_KDF
from tests.test_forms_support import all_text

PASS = "correct horse battery staple"
# yesterday in India time, so that the day is over and its clocks are settled
DAY = datetime.now(UTC).astimezone(IST).date() - timedelta(days=1)


def at(hour: int, minute: int = 0) -> datetime:
    return datetime.combine(DAY, time(hour, minute), tzinfo=IST)


@pytest.fixture
def desk(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Desk]:
    monkeypatch.setenv("TPADESK_PASSPHRASE", PASS)
    d = Desk.create(data_dir, passphrase=PASS, use_keyring=False, kdf=FAST_KDF)
    yield d
    d.close()


def run(data_dir: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--data-dir", str(data_dir), *argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def late_preauth(desk: Desk, name: str = "Asha Verma") -> str:
    """A case whose pre-auth reached the payer at 10:00 and was never answered."""
    data = example_admission_json()
    data["patient"]["name"] = name
    cid = create_case(desk.store, data, actor="clerk", now=at(9, 40))
    with desk.store.transaction() as conn:
        leg = leg_queued(conn, cid, "preauth", amount=9_200_000, actor="clerk", at=at(9, 50))
        leg_sent(conn, leg.id, api_call_id=f"call-{cid}", at=at(10, 0))
    return cid


def approved_late(desk: Desk) -> str:
    """A case whose pre-auth was sent at 11:00 and approved at 12:30 (30 minutes late)."""
    data = example_admission_json()
    data["patient"]["name"] = "Rafiq Khalifa"
    cid = create_case(desk.store, data, actor="clerk", now=at(10, 40))
    with desk.store.transaction() as conn:
        leg = leg_queued(conn, cid, "preauth", amount=9_200_000, actor="clerk", at=at(10, 50))
        leg_sent(conn, leg.id, api_call_id=f"call-{cid}", at=at(11, 0))
        answer_received(conn, leg.id, decision="approved", approved_amount=8_500_000,
                        payer_reference="PA-77", at=at(12, 30))
    return cid


def test_form_writes_the_filled_part_c_of_a_case(desk: Desk, data_dir: Path,
                                                 tmp_path: Path) -> None:
    cid = late_preauth(desk)
    desk.close()
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "part-c.pdf"
    code, out, err = run(data_dir, "form", cid, "--out", str(target))
    assert (code, err) == (0, "")
    assert str(target) in out and "page(s)" in out
    text = all_text(target.read_bytes())
    for expected in ("Asha Verma", "TRN/HL/2026/000123", "K35.8", "₹92,000", cid,
                     "Training TPA"):
        assert expected in text, expected
    # the payer's helpline (from its profile) and the expected discharge (3 days' stay)
    assert "Toll-free / helpline 1800 555 0142" in " ".join(text.split())
    assert "Expected date of discharge 06-12-2026" in " ".join(text.split())
    assert target.stat().st_mode & 0o077 == 0  # patient data: this user only
    assert [p.name for p in folder.iterdir()] == ["part-c.pdf"]  # no temporary left


def test_form_enhancement_and_claim_cover_sheet(desk: Desk, data_dir: Path,
                                                tmp_path: Path) -> None:
    cid = approved_late(desk)
    desk.close()
    code, _, err = run(data_dir, "form", cid, "--kind", "enhancement", "--new-estimate",
                       "1,45,000", "--interim-bill", "110000.50", "--reason",
                       "Pelvic collection needing drainage", "--out", str(tmp_path / "e.pdf"))
    assert (code, err) == (0, "")
    text = all_text((tmp_path / "e.pdf").read_bytes())
    assert "₹85,000" in text and "₹1,45,000" in text and "₹60,000" in text
    assert "₹1,10,000.50" in text and "PA-77" in text
    code, _, err = run(data_dir, "form", cid, "--kind", "claim", "--final-bill", "140100",
                       "--out", str(tmp_path / "c.pdf"))
    assert (code, err) == (0, "")
    text = all_text((tmp_path / "c.pdf").read_bytes())
    assert "FINAL CLAIM SUBMISSION" in text and "₹1,40,100" in text


def test_the_cover_sheet_of_a_case_shows_a_photo_stored_as_pdf(desk: Desk, data_dir: Path,
                                                              tmp_path: Path) -> None:
    from PIL import Image

    from app.documents import attach_files

    cid = late_preauth(desk)
    photo = tmp_path / "ds.jpg"
    Image.new("RGB", (900, 1200), (250, 250, 245)).save(photo, quality=90)
    (doc,) = attach_files(desk, cid, [photo], category="HDS", stage="discharge",
                          actor="clerk", ocr=False)
    desk.close()
    target = tmp_path / "cover.pdf"
    code, _out, err = run(data_dir, "form", cid, "--kind", "discharge", "--final-bill",
                          "140100", "--out", str(target))
    assert code == 0, err
    text = " ".join(all_text(target.read_bytes()).split())
    kib = max(1, round(doc.size_bytes / 1024))
    index = text[text.index("Index of documents"):]
    assert f"PDF, {kib} KB attached as ds.jpg" in index, index[:300]


@pytest.mark.parametrize("argv", [
    ["form", "C-2612-9999", "--out", "{tmp}/x.pdf"],
    ["form", "not-a-case", "--out", "{tmp}/x.pdf"],
    ["form", "{cid}", "--kind", "enhancement", "--out", "{tmp}/x.pdf"],
    ["form", "{cid}", "--kind", "claim", "--final-bill", "-5", "--out", "{tmp}/x.pdf"],
    ["form", "{cid}", "--out", "{tmp}/no-such-folder/x.pdf"],
    ["form", "{cid}", "--out", "{tmp}"],
    ["report", "--date", "2026-02-30", "--out", "{tmp}/x.pdf"],
])
def test_bad_input_exits_2_and_writes_nothing(desk: Desk, data_dir: Path, tmp_path: Path,
                                              argv: list[str]) -> None:
    cid = late_preauth(desk)
    desk.close()
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    args = [a.format(tmp=out_dir, cid=cid) for a in argv]
    code, _, err = run(data_dir, *args)
    assert code == 2
    assert err.startswith("tpadesk: ") and len(err.splitlines()) == 1
    assert list(out_dir.iterdir()) == []


def test_a_failure_while_rendering_leaves_the_old_file_untouched(
        desk: Desk, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cid = late_preauth(desk)
    desk.close()
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "part-c.pdf"
    target.write_bytes(b"%PDF-1.4 the previous good copy")

    def broken(*_: object, **__: object) -> int:
        raise RuntimeError("renderer bug")

    monkeypatch.setattr("app.forms.partc.render_part_c", broken)
    code, _, err = run(data_dir, "form", cid, "--out", str(target))
    assert code == 1 and "internal error" in err
    assert target.read_bytes() == b"%PDF-1.4 the previous good copy"
    assert [p.name for p in folder.iterdir()] == ["part-c.pdf"]


def test_report_shows_the_days_cases_breaches_and_amounts(desk: Desk, data_dir: Path,
                                                          tmp_path: Path) -> None:
    late = late_preauth(desk)
    answered = approved_late(desk)
    desk.close()
    target = tmp_path / "report.pdf"
    code, out, err = run(data_dir, "report", "--date", DAY.isoformat(), "--out", str(target))
    assert (code, err) == (0, "")
    assert "2 case(s)" in out and "2 breach(es)" in out
    text = " ".join(all_text(target.read_bytes()).split())
    assert f"DAILY DESK REPORT · {DAY:%d-%m-%Y}" in text
    assert late in text and answered in text
    assert "₹1,84,000" in text  # requested: 92,000 twice
    assert "₹85,000" in text  # approved
    assert f"{DAY:%d-%m-%Y} 10:00" in text  # the late request reached the payer at 10:00
    assert f"{DAY:%d-%m-%Y} 12:30" in text  # the other was answered, 30 minutes late
    assert "30 min" in text
    assert "Pre-authorisation: sent, awaiting answer" in text


def test_report_of_a_quiet_day_has_no_cases(desk: Desk, data_dir: Path, tmp_path: Path) -> None:
    late_preauth(desk)
    desk.close()
    target = tmp_path / "r.pdf"
    quiet = DAY - timedelta(days=30)
    code, out, _ = run(data_dir, "report", "--date", quiet.isoformat(), "--out", str(target))
    assert code == 0 and "0 case(s)" in out
    assert "No cases for this day." in all_text(target.read_bytes())


def test_mapping_pending_breaches_and_reference(desk: Desk) -> None:
    late = load_case(desk.store, late_preauth(desk))
    done = load_case(desk.store, approved_late(desk))
    assert from_case.pending_amount(late) == 9_200_000
    assert from_case.pending_amount(done) == 0
    assert from_case.preauth_reference(done) == "PA-77"
    end_of_day = at(23, 59)
    row = from_case.report_row(late, None, now=end_of_day)
    (breach,) = row.breaches
    assert breach.started_at == at(10, 0)
    assert breach.answered_at is None and breach.due_at == at(11, 0)
    assert breach.overdue_minutes == (end_of_day - at(11, 0)).seconds // 60
    (breach,) = from_case.report_row(done, None, now=end_of_day).breaches
    assert breach.answered_at == at(12, 30) and breach.overdue_minutes == 30
    report = from_case.desk_report([late, done], lambda _: None, day=DAY,
                                   now=datetime.now(UTC))
    assert {r.case_id for r in report.rows} == {late.id, done.id}
    assert report.hospital_name == "Sahyadri Training Hospital"
