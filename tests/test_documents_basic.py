"""Basic document import: pdf/jpg/png as they are, detected by content; refused files named;
duplicates refused; all-or-nothing attach; the sent-to-payer record."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfWriter

from app import audit
from app.admission import example_admission_json
from app.cases import create_case, load_case
from app.desk import Desk
from app.documents import (
    add_document,
    attach_files,
    categories,
    documents_of,
    mark_sent,
    normalise_category,
    open_document,
    sent_records,
)
from offline.errors import BadInput, ValidationFailed
from tests.conftest import FAST_KDF


@pytest.fixture
def desk(data_dir: Path) -> Iterator[Desk]:
    d = Desk.create(data_dir, passphrase="correct horse", use_keyring=False, kdf=FAST_KDF)
    yield d
    d.close()


@pytest.fixture
def case_id(desk: Desk) -> str:
    return create_case(desk.store, example_admission_json(), actor="clerk1",
                       now=datetime(2026, 12, 3, 10, 0, tzinfo=UTC))


def png(colour: str = "white", size: int = 20) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (size, size), colour).save(buf, "PNG")
    return buf.getvalue()


def jpeg() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (30, 30), "grey").save(buf, "JPEG")
    return buf.getvalue()


def pdf(pages: int = 2) -> bytes:
    w = PdfWriter()
    for _ in range(pages):
        w.add_blank_page(width=595, height=842)
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def test_value_set_has_the_34_hcx_categories() -> None:
    cats = categories()
    assert len(cats) == 34
    assert {"POI", "POA", "FCF", "MB", "DIA", "HDS", "PHT", "PoPr"} <= set(cats)
    assert normalise_category("popr") == "PoPr" and normalise_category(" poi ") == "POI"
    with pytest.raises(BadInput, match="not an HCX document category"):
        normalise_category("XYZ")


@pytest.mark.parametrize(("data", "mime", "pages"), [
    (png(), "image/png", 1), (jpeg(), "image/jpeg", 1), (pdf(3), "application/pdf", 3)])
def test_supported_files_are_kept_as_they_are(desk: Desk, case_id: str, data: bytes, mime: str,
                                              pages: int) -> None:
    doc = add_document(desk, case_id, io.BytesIO(data), category="POI", stage="preauth",
                       filename="/scans/x.bin", actor="clerk1")
    assert (doc.mime, doc.pages, doc.size_bytes, doc.filename) == (mime, pages, len(data),
                                                                   "x.bin")
    assert open_document(desk, doc.id).read() == data
    assert audit.entries(desk.store, case_id)[-1].action == "document.added"


@pytest.mark.parametrize(("data", "words"), [
    (b"", "empty"),
    (b"GIF89a" + b"\0" * 40, "not a PDF, JPEG or PNG"),
    (b"%PDF-1.4\nthis is not a pdf", "damaged PDF"),
    (png()[:40], "damaged image"),
    (b"\xff\xd8\xff" + b"garbage" * 5, "damaged image"),
])
def test_bad_files_are_refused_by_name(desk: Desk, case_id: str, data: bytes,
                                       words: str) -> None:
    with pytest.raises(BadInput, match=words) as info:
        add_document(desk, case_id, io.BytesIO(data), category="POI", stage="preauth",
                     filename="card-scan.png", actor="clerk1")
    assert "card-scan.png" in str(info.value)
    assert documents_of(desk, case_id) == []
    assert desk.store.conn().execute("SELECT count(*) FROM blob").fetchone()[0] == 0


def test_over_the_payer_limit_is_refused(desk: Desk, case_id: str) -> None:
    big = png("white", 400)
    with pytest.raises(BadInput, match="larger than the payer's limit"):
        add_document(desk, case_id, io.BytesIO(big), category="POI", stage="preauth",
                     filename="big.png", actor="clerk1", max_bytes=len(big) - 1)
    assert documents_of(desk, case_id) == []


def test_declared_mime_must_match_content(desk: Desk, case_id: str) -> None:
    with pytest.raises(BadInput, match="not application/pdf"):
        add_document(desk, case_id, io.BytesIO(png()), category="POI", stage="preauth",
                     filename="a.pdf", mime="application/pdf", actor="clerk1")


def test_same_document_not_attached_twice(desk: Desk, case_id: str) -> None:
    add_document(desk, case_id, io.BytesIO(png()), category="POI", stage="preauth",
                 filename="a.png", actor="clerk1")
    with pytest.raises(BadInput, match="already attached"):
        add_document(desk, case_id, io.BytesIO(png()), category="POA", stage="preauth",
                     filename="copy.png", actor="clerk1")
    assert len(documents_of(desk, case_id)) == 1


def test_the_same_photo_attached_twice_is_refused_the_second_time(desk: Desk, case_id: str,
                                                                  tmp_path: Path) -> None:
    """A JPEG is turned upright, compressed and packed into a PDF before it is stored; the
    packed PDF must come out the same each time, or the duplicate check never sees it."""
    from tests.test_capture_support import photo

    first = tmp_path / "ration-card.jpg"
    photo(900, 600, seed=7).save(first, "JPEG", quality=90)
    second = tmp_path / "ration-card (copy).jpg"
    second.write_bytes(first.read_bytes())
    (doc,) = attach_files(desk, case_id, [first], category="POI", actor="clerk1")
    assert doc.mime == "application/pdf"
    with pytest.raises(ValidationFailed) as info:
        attach_files(desk, case_id, [second], category="POI", actor="clerk1")
    (error,) = info.value.errors
    assert error.path == str(second)
    assert f"already attached to case {case_id} as {doc.id}" in error.message
    assert [d.id for d in documents_of(desk, case_id)] == [doc.id]


def test_attach_is_all_or_nothing(desk: Desk, case_id: str, tmp_path: Path) -> None:
    good = tmp_path / "good.png"
    good.write_bytes(png())
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(ValidationFailed) as info:
        attach_files(desk, case_id, [good, empty, tmp_path / "missing.jpg"], category="POI",
                     actor="clerk1")
    named = {e.path for e in info.value.errors}
    assert named == {str(empty), str(tmp_path / "missing.jpg")}
    assert documents_of(desk, case_id) == []
    assert info.value.exit_code == 2
    docs = attach_files(desk, case_id, [good], category="poi", actor="clerk1")
    assert [d.stage for d in docs] == ["preauth"]  # the draft's next stage by default


def test_unknown_case_or_stage_is_refused(desk: Desk, case_id: str) -> None:
    with pytest.raises(BadInput, match="no case"):
        add_document(desk, "C-2612-9999", io.BytesIO(png()), category="POI", stage="preauth",
                     filename="a.png", actor="clerk1")
    with pytest.raises(BadInput, match="stage"):
        add_document(desk, case_id, io.BytesIO(png()), category="POI", stage="later",
                     filename="a.png", actor="clerk1")


def test_sent_record(desk: Desk, case_id: str) -> None:
    a = add_document(desk, case_id, io.BytesIO(png()), category="POI", stage="preauth",
                     filename="a.png", actor="clerk1")
    b = add_document(desk, case_id, io.BytesIO(pdf(1)), category="FCF", stage="preauth",
                     filename="b.pdf", actor="clerk1")
    at = datetime(2026, 12, 3, 10, 5, tzinfo=UTC)
    with desk.store.transaction() as c:
        mark_sent(c, [a.id, b.id], "training-tpa", "api-call-1", at)
        mark_sent(c, [a.id], "training-tpa", "api-call-1", at)  # idempotent
    records = sent_records(desk, case_id)
    assert [(r.document_id, r.message_id) for r in records] == [(a.id, "api-call-1"),
                                                                 (b.id, "api-call-1")]
    assert load_case(desk.store, case_id).documents[1].pages == 1


def test_no_attach_after_close(desk: Desk, case_id: str) -> None:
    from app import lifecycle

    with desk.store.transaction() as c:
        lifecycle.cancel(c, case_id, actor="clerk1")
    with pytest.raises(BadInput, match="cancelled"):
        add_document(desk, case_id, io.BytesIO(png()), category="POI", stage="preauth",
                     filename="a.png", actor="clerk1")


def test_document_content_is_encrypted_at_rest(desk: Desk, case_id: str) -> None:
    w = PdfWriter()
    w.add_blank_page(width=200, height=200)
    w.add_metadata({"/Title": "Zorawar Quixotic discharge summary"})
    buf = io.BytesIO()
    w.write(buf)
    assert b"Zorawar" in buf.getvalue()
    add_document(desk, case_id, io.BytesIO(buf.getvalue()), category="HDS", stage="discharge",
                 filename="hds.pdf", actor="clerk1")
    desk.store.conn().execute("PRAGMA wal_checkpoint(PASSIVE)")
    for path in desk.data_dir.rglob("*"):
        if path.is_file():
            assert b"Zorawar" not in path.read_bytes(), path.name
