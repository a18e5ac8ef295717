"""Documents on a case: kept in the encrypted blob store with their HCX category and stage.

Basic import (this module) takes pdf, jpg and png files **as they are**, from a stream, and
recognises them by their content (magic bytes), not by their name. It refuses, naming the file:
empty files, unreadable ones (I/O errors, a PDF pypdf cannot parse or that is encrypted, an image
Pillow cannot read), unsupported types, and files over the payer's per-document limit
(``max_document_bytes``, 2 MB by default). A file is read into memory at most up to that limit,
never to a plaintext temporary file. The same content (SHA-256) is never attached to one case
twice.

:func:`add_document` is the single entry point: ``tpadesk attach`` uses it, and the capture
pipeline (``app/capture``: scanning, compression) calls it with its finished stream, page count
and MIME type. :func:`mark_sent` records which documents went to which payer in which message.

Categories are the 34 codes of the HCX value set ``claim-supporting-info-categories``
(``resources/hcx/supporting-info-categories.json``; for example POI, FCF, MB, DIA, HDS).
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Literal, TypedDict

from app import audit
from app.payers import get_profile
from offline.blobs import Blobs
from offline.errors import BadInput, FieldError, ValidationFailed

if TYPE_CHECKING:
    from sqlite3 import Connection

    from app.desk import Desk
    from offline.store import Store

DOCUMENT_STAGES: tuple[str, ...] = ("eligibility", "preauth", "query", "enhancement",
                                    "discharge", "claim", "payment")
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
)
MIME_ALIASES = {"image/jpg": "image/jpeg"}


@dataclass(frozen=True)
class Document:
    id: str
    case_id: str
    blob_id: str
    category: str
    stage: str
    filename: str
    mime: str
    pages: int
    size_bytes: int
    sha256: str
    added_at: str
    added_by: str
    captured_at: str | None = None  # when a photo or scan was taken (EXIF / camera), if known
    # where captured_at came from: "photo" (the file's EXIF), "camera" (the desk's camera), or
    # "unknown" for a photo (PHT, PoPr) that carries no capture time; None for other documents
    capture_source: str | None = None

    @property
    def capture_time_unknown(self) -> bool:
        return self.capture_source == CAPTURE_UNKNOWN


CAPTURE_UNKNOWN = "unknown"


@dataclass(frozen=True)
class Notice:
    """Something the clerk should know about an attachment: a ``note`` (a suggestion) or a
    ``warning`` (something is missing). ``str()`` gives ``warning: text``."""

    kind: Literal["note", "warning"]
    text: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.text}"


@dataclass(frozen=True)
class SentRecord:
    document_id: str
    payer: str
    message_id: str
    sent_at: str


@cache
def categories() -> dict[str, str]:
    """HCX supporting-document category code -> display text, in value-set order."""
    text = (resources.files("resources") / "hcx" / "supporting-info-categories.json").read_text(
        "utf-8")
    return {c["code"]: c["display"] for c in json.loads(text)["codes"]}


def normalise_category(code: str) -> str:
    """The value set's spelling of ``code`` (case-insensitive: ``popr`` -> ``PoPr``)."""
    wanted = code.strip().upper()
    for known in categories():
        if known.upper() == wanted:
            return known
    raise BadInput(f"category: '{code.strip()[:12]}' is not an HCX document category; use one "
                   f"of {', '.join(categories())}")


def sniff(head: bytes) -> str | None:
    """The MIME type from the first bytes, or None when it is not pdf, jpeg or png."""
    for magic, mime in MAGIC:
        if head.startswith(magic):
            return mime
    return None


def _read_limited(stream: BinaryIO, limit: int, name: str) -> bytes:
    try:
        data = stream.read(limit + 1)
    except OSError as exc:
        raise BadInput(f"{name}: could not be read ({exc.strerror or 'read error'}); check the "
                       "file and try again") from exc
    if len(data) > limit:
        raise BadInput(f"{name}: is larger than the payer's limit of {limit // 1024:,} KB per "
                       "document; scan it again at a lower resolution or split it")
    return bytes(data)


def _inspect(data: bytes, mime: str, name: str) -> int:
    """Check the content really is what it claims; return its page count."""
    if mime == "application/pdf":
        from pypdf import PdfReader
        from pypdf.errors import PyPdfError

        pypdf_log = logging.getLogger("pypdf")
        level = pypdf_log.level
        pypdf_log.setLevel(logging.CRITICAL)  # its repair notes would clutter the clerk's screen
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                reader = PdfReader(io.BytesIO(data), strict=False)
                if reader.is_encrypted:
                    raise BadInput(f"{name}: is a password-protected PDF; payers cannot open it. "
                                   "Save or scan it again without a password")
                pages = len(reader.pages)
        except BadInput:
            raise
        except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
            raise BadInput(f"{name}: is a damaged PDF that cannot be read; scan or save it "
                           "again") from exc
        finally:
            pypdf_log.setLevel(level)
        if pages < 1:
            raise BadInput(f"{name}: is a PDF without pages; scan or save it again")
        return pages
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(io.BytesIO(data)) as img:
                img.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise BadInput(f"{name}: is a damaged image that cannot be read; scan or photograph "
                       "it again") from exc
    return 1


def _store_of(target: Desk | Store) -> Store:
    from offline.store import Store

    return target if isinstance(target, Store) else target.store


def _capture_time(value: datetime | str | None) -> str | None:
    """A capture time as UTC ISO-8601 text (EXIF times without a zone are taken as India
    time, where the desk's cameras are)."""
    if value is None or value == "":
        return None
    when = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    if when.tzinfo is None:
        from app.clocks import IST

        when = when.replace(tzinfo=IST)
    return when.astimezone(UTC).isoformat(timespec="seconds")


def add_document(target: Desk | Store, case_id: str, stream: BinaryIO, *, category: str,
                 stage: str, filename: str, pages: int | None = None, mime: str | None = None,
                 actor: str, max_bytes: int | None = None, at: datetime | None = None,
                 captured_at: datetime | str | None = None, capture_source: str | None = None,
                 text: str | None = None, text_source: str = "ocr",
                 proposed_category: str | None = None) -> Document:
    """Attach one document to a case; joins the caller's transaction when there is one.

    ``mime`` (optional) must agree with the content; ``pages`` (optional) overrides the counted
    pages. ``max_bytes`` defaults to the case payer's ``max_document_bytes``. ``text`` is the
    document's searchable text (OCR, or a PDF's own text: ``text_source``) and
    ``proposed_category`` the category that text suggested; both are kept in the encrypted
    store with the document. ``capture_source`` says where ``captured_at`` came from ("photo"
    by default, "camera"); a photo (PHT, PoPr) without a capture time is recorded with the time
    "unknown", never an invented one. Raises BadInput naming ``filename`` when the file is
    refused; nothing is kept then."""
    from app.cases import require_case

    store = _store_of(target)
    name = Path(filename).name or "document"
    category = normalise_category(category)
    if stage not in DOCUMENT_STAGES:
        raise BadInput(f"stage: '{stage[:20]}' is not a stage; use one of "
                       f"{', '.join(DOCUMENT_STAGES)}")
    when = (at or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="microseconds")
    with store.transaction() as conn:
        case_id = require_case(conn, case_id)
        payer, status = conn.execute("SELECT payer, status FROM cases WHERE id = ?",
                                     (case_id,)).fetchone()
        payer = str(payer)
        if status in ("closed", "cancelled"):
            raise BadInput(f"case: {case_id} is {status}; documents can no longer be added")
        limit = max_bytes if max_bytes is not None else get_profile(store,
                                                                     payer).max_document_bytes
        data = _read_limited(stream, limit, name)
        if not data:
            raise BadInput(f"{name}: is empty (0 bytes); scan or save it again")
        detected = sniff(data[:16])
        if detected is None:
            raise BadInput(f"{name}: is not a PDF, JPEG or PNG file; payers accept only these. "
                           "Save or scan it as PDF or JPEG")
        if mime is not None and MIME_ALIASES.get(mime, mime) != detected:
            raise BadInput(f"{name}: its content is {detected}, not {mime}")
        counted = _inspect(data, detected, name)
        sha = hashlib.sha256(data).hexdigest()
        dup = conn.execute("SELECT id FROM case_document WHERE case_id = ? AND sha256 = ?",
                           (case_id, sha)).fetchone()
        if dup is not None:
            raise BadInput(f"{name}: the same document is already attached to case {case_id} "
                           f"as {dup[0]}")
        info = Blobs(store).put(io.BytesIO(data), max_size=limit)
        seq = int(conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM case_document"
                               ).fetchone()[0])
        taken = _capture_time(captured_at)
        source = (capture_source or "photo") if taken is not None else (
            CAPTURE_UNKNOWN if category in PHOTO_CATEGORIES else None)
        doc = Document(id=f"D-{seq:05d}", case_id=case_id, blob_id=info.id, category=category,
                       stage=stage, filename=name, mime=detected,
                       pages=pages if pages is not None and pages >= 1 else counted,
                       size_bytes=info.size, sha256=info.sha256, added_at=when, added_by=actor,
                       captured_at=taken, capture_source=source)
        conn.execute(
            "INSERT INTO case_document(id, seq, case_id, blob_id, category, stage, filename,"
            " mime, pages, size_bytes, sha256, added_at, added_by, captured_at, capture_source)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (doc.id, seq, doc.case_id, doc.blob_id, doc.category, doc.stage, doc.filename,
             doc.mime, doc.pages, doc.size_bytes, doc.sha256, doc.added_at, doc.added_by,
             doc.captured_at, doc.capture_source))
        if text is not None and text.strip():
            conn.execute("INSERT INTO document_text(document_id, text, source,"
                         " proposed_category, made_at) VALUES (?, ?, ?, ?, ?)",
                         (doc.id, text, text_source, proposed_category, when))
        audit.record(conn, actor=actor, action="document.added", case_id=case_id, at=at,
                     details={"document_id": doc.id, "category": category, "stage": stage,
                              "sha256": sha, "size_bytes": doc.size_bytes,
                              **({"captured_at": doc.captured_at or CAPTURE_UNKNOWN}
                                 if source is not None else {})})
    return doc


PHOTO_CATEGORIES = frozenset({"PHT", "PoPr", "POPR"})
AUTO_CATEGORY = "auto"


def is_auto_category(code: str) -> bool:
    """``--category auto``: the category is proposed from each document's text (OCR)."""
    return code.strip().lower() == AUTO_CATEGORY


Notes = Callable[[Notice], None]

if TYPE_CHECKING:
    from app.capture.ocr import OcrResult
    from app.capture.process import ProcessedDocument


def check_auto_category(category: str, ocr: bool | None) -> None:
    """Refuse ``--category auto`` up front when the text cannot be read on this desk."""
    if not is_auto_category(category):
        return
    from app.capture.ocr import tesseract_available

    if ocr is False or not tesseract_available():
        why = ("reading the text was switched off" if ocr is False else
               "the OCR program tesseract is not installed on this desk")
        raise BadInput(f"category: 'auto' reads the category from each document's text, but "
                       f"{why}; give the category, for example --category HDS")


def read_document_text(doc: ProcessedDocument, category: str,
                       ocr: bool | None = None) -> OcrResult | None:
    """The document's text and the category it suggests (None for photos, with ``ocr`` False,
    or when nothing could be read: capture never depends on it)."""
    if ocr is False or category in PHOTO_CATEGORIES:
        return None
    from app.capture.ocr import ocr_document

    return ocr_document(doc)


def category_from_text(category: str, read: OcrResult | None, name: str) -> str:
    """``category`` itself, or for "auto" the proposal from the text; refuses (naming the
    file) a document whose text suggests nothing."""
    if not is_auto_category(category):
        return normalise_category(category)
    if read is None or read.category is None:
        raise BadInput(f"{name}: its text suggests no category (no title such as 'Discharge "
                       "Summary' or 'Final Bill' was read); give the category, for example "
                       "--category HDS")
    return read.category.code


class TextFields(TypedDict, total=False):
    text: str | None
    text_source: str
    proposed_category: str | None


def text_fields(read: OcrResult | None) -> TextFields:
    """The keywords of :func:`add_document` that keep what was read with the document."""
    if read is None or not read.has_words:
        return {}
    return {"text": read.text, "text_source": read.source,
            "proposed_category": read.category.code if read.category is not None else None}


def notices_for(doc: Document, read: OcrResult | None, *, auto: bool) -> list[Notice]:
    """What the clerk should be told about a stored document: the category its text suggests
    (when it was chosen from it, or differs from the one given), and a photo whose capture
    time is unknown."""
    out: list[Notice] = []
    if doc.capture_time_unknown:
        out.append(Notice("warning", (
            f"{doc.id} {doc.filename}: the photo carries no capture time (no EXIF date), so "
            "when it was taken is unknown and is recorded as unknown. Proof of presence needs "
            "that time: take the photo with the desk's camera, or with a phone camera that "
            "records the date, and attach that.")))
    if read is None or read.category is None:
        return out
    proposal = read.category
    words = ", ".join(f"'{w}'" for w in proposal.matched[:3])
    if auto:
        out.append(Notice("note", f"{doc.id} {doc.filename}: category {proposal.code} "
                                  f"({proposal.display}) chosen from its text ({words})"))
    elif proposal.code != doc.category:
        out.append(Notice("note", f"{doc.id} {doc.filename}: its text reads like "
                                  f"{proposal.code} ({proposal.display}: {words}), but it was "
                                  f"attached as {doc.category}; check the category"))
    return out


def attach_files(target: Desk | Store, case_id: str, paths: Sequence[Path], *, category: str,
                 stage: str | None = None, actor: str, ocr: bool | None = None,
                 notes: Notes | None = None) -> list[Document]:
    """``tpadesk attach``: all files or none. Each file is read by content (PDF, JPEG, PNG, TIFF,
    HEIC), turned upright, compressed to fit the payer's per-document limit (app/capture), and
    stored as a stream. Every refused file is named in one ValidationFailed (exit 2) and nothing
    is kept. A photo (PHT, PoPr) without a capture time is stored with the time recorded as
    unknown, and ``notes`` gets a warning.

    Searchable text: with ``ocr`` None (the default) every document except photos is read when
    tesseract is installed (a PDF's own text needs no OCR); False skips it. The text is stored
    with the document and the category it suggests is told through ``notes``. ``category``
    "auto" takes that proposal for each file; a file whose text suggests nothing is refused by
    name (give the category instead). Capture never depends on OCR."""
    from app.capture.errors import DocumentRefused
    from app.capture.process import ProcessOptions, prepare_file
    from app.cases import require_case
    from app.payers import get_profile

    store = _store_of(target)
    errors: list[FieldError] = []
    added: list[Document] = []
    auto = is_auto_category(category)
    if not auto:
        category = normalise_category(category)
    if stage is not None and stage not in DOCUMENT_STAGES:
        raise BadInput(f"stage: '{stage[:20]}' is not a stage; use one of "
                       f"{', '.join(DOCUMENT_STAGES)}")
    check_auto_category(category, ocr)
    conn = store.conn()
    case_id = require_case(conn, case_id)
    payer = conn.execute("SELECT payer FROM cases WHERE id = ?", (case_id,)).fetchone()[0]
    options = ProcessOptions(max_bytes=get_profile(store, str(payer)).max_document_bytes,
                             colour="colour" if category in PHOTO_CATEGORIES else "auto")
    processed: list[tuple[ProcessedDocument, OcrResult | None, str]] = []
    for path in paths:  # check, compress and read every file before anything is stored
        try:
            doc = prepare_file(Path(path), options)
            read = read_document_text(doc, category, ocr)
            processed.append((doc, read, category_from_text(category, read, doc.name)))
        except (DocumentRefused, BadInput) as exc:
            name = exc.filename if isinstance(exc, DocumentRefused) else Path(path).name
            errors.append(FieldError(str(path), str(exc).removeprefix(f"{name}: ")))
    if errors:
        raise ValidationFailed(errors, "The attachment")
    with store.transaction() as conn:
        default = stage or default_stage(conn, case_id)
        for path, (doc, read, chosen) in zip(paths, processed, strict=True):
            try:
                with doc.open() as fh:
                    added.append(add_document(
                        store, case_id, fh, category=chosen, stage=default, filename=doc.name,
                        pages=doc.page_count, mime=doc.mime_type, actor=actor,
                        captured_at=doc.captured_at, **text_fields(read)))
            except FileNotFoundError:
                errors.append(FieldError(str(path), "does not exist; check the path"))
            except IsADirectoryError:
                errors.append(FieldError(str(path), "is a folder, not a file"))
            except PermissionError:
                errors.append(FieldError(str(path), "cannot be read (permission denied)"))
            except OSError as exc:
                why = exc.strerror or "I/O error"
                errors.append(FieldError(str(path), f"cannot be read ({why}); check the file"))
            except BadInput as exc:
                errors.append(FieldError(str(path),
                                         str(exc).removeprefix(f"{Path(path).name}: ")))
        if errors:
            raise ValidationFailed(errors, "The attachment")
    if notes is not None:
        for row, (_doc, read, _chosen) in zip(added, processed, strict=True):
            for notice in notices_for(row, read, auto=auto):
                notes(notice)
    return added


def default_stage(conn: Connection, case_id: str) -> str:
    """The stage a new document belongs to by default: the case's current (or next) stage."""
    status = str(conn.execute("SELECT status FROM cases WHERE id = ?", (case_id,)).fetchone()[0])
    stage = status.split("_", 1)[0]
    if status.endswith("_queried"):
        return "query"
    if stage in DOCUMENT_STAGES:
        return stage
    if status == "payment_received":
        return "claim"
    return "preauth"


_DOC_SELECT = ("SELECT id, case_id, blob_id, category, stage, filename, mime, pages, size_bytes,"
               " sha256, added_at, added_by, captured_at, capture_source FROM case_document")


def documents_of(target: Desk | Store | Connection, case_id: str) -> list[Document]:
    """The case's documents in the order they were added."""
    conn = _conn_of(target)
    rows = conn.execute(_DOC_SELECT + " WHERE case_id = ? ORDER BY seq", (case_id,)).fetchall()
    return [Document(str(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), str(r[5]), str(r[6]),
                     int(r[7]), int(r[8]), str(r[9]), str(r[10]), str(r[11]),
                     None if r[12] is None else str(r[12]),
                     None if r[13] is None else str(r[13])) for r in rows]


def _conn_of(target: Desk | Store | Connection) -> Connection:
    from offline.store import Store

    if isinstance(target, Store):
        return target.conn()
    store = getattr(target, "store", None)
    if isinstance(store, Store):
        return store.conn()
    return target  # type: ignore[return-value]


def open_document(target: Desk | Store, document_id: str) -> BinaryIO:
    """A verified read stream of the document's bytes."""
    store = _store_of(target)
    row = store.conn().execute("SELECT blob_id FROM case_document WHERE id = ?",
                               (document_id,)).fetchone()
    if row is None:
        raise BadInput(f"document: there is no document '{document_id}'")
    return Blobs(store).open(str(row[0]))


def mark_sent(conn: Connection, document_ids: Iterable[str], payer: str, message_id: str,
              at: datetime | None = None) -> None:
    """Record that these documents went to ``payer`` in message ``message_id`` (idempotent;
    call it in the transaction that marks the message sent)."""
    when = (at or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="microseconds")
    for doc_id in document_ids:
        conn.execute("INSERT OR IGNORE INTO document_sent(document_id, payer, message_id,"
                     " sent_at) VALUES (?, ?, ?, ?)", (doc_id, payer, message_id, when))


def note_attached(conn: Connection, message_id: str, document_ids: Iterable[str]) -> None:
    """Record the stored documents the message's sealed bundle carries, before it is posted.

    When the exchange's receipt is lost but the payer's answer arrives, this is how the desk
    still knows which documents went (see :func:`attached_to`). Replaces an earlier record for
    the same message (a resend is built from the case as it is then)."""
    conn.execute("DELETE FROM message_document WHERE message_id = ?", (message_id,))
    conn.executemany("INSERT OR IGNORE INTO message_document(message_id, document_id)"
                     " VALUES (?, ?)", [(message_id, d) for d in document_ids])


def attached_to(conn: Connection, message_id: str) -> list[str]:
    """The stored documents the message carried when it was last posted (see
    :func:`note_attached`)."""
    rows = conn.execute("SELECT document_id FROM message_document WHERE message_id = ?"
                        " ORDER BY document_id", (message_id,)).fetchall()
    return [str(r[0]) for r in rows]


def sent_records(target: Desk | Store | Connection, case_id: str) -> list[SentRecord]:
    """Which of the case's documents went to which payer, and when (oldest first)."""
    conn = _conn_of(target)
    rows = conn.execute(
        "SELECT s.document_id, s.payer, s.message_id, s.sent_at FROM document_sent s"
        " JOIN case_document d ON d.id = s.document_id WHERE d.case_id = ?"
        " ORDER BY s.sent_at, s.document_id", (case_id,)).fetchall()
    return [SentRecord(str(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in rows]


def document_text(target: Desk | Store | Connection, document_id: str) -> str | None:
    """The searchable text kept with a document (OCR, or a PDF's own text), or None."""
    row = _conn_of(target).execute("SELECT text FROM document_text WHERE document_id = ?",
                                   (document_id,)).fetchone()
    return None if row is None else str(row[0])


def find_documents(target: Desk | Store | Connection, case_id: str, words: str
                   ) -> list[Document]:
    """The case's documents whose searchable text contains every one of ``words``
    (case-insensitive), in the order they were added."""
    wanted = [w.casefold() for w in words.split() if w.strip()]
    if not wanted:
        return []
    conn = _conn_of(target)
    texts = dict(conn.execute(
        "SELECT t.document_id, t.text FROM document_text t JOIN case_document d"
        " ON d.id = t.document_id WHERE d.case_id = ?", (case_id,)).fetchall())
    return [d for d in documents_of(conn, case_id)
            if d.id in texts and all(w in str(texts[d.id]).casefold() for w in wanted)]
