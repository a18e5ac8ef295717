"""File import: decide what a file is from its content, and refuse what cannot become a document.

Accepted: JPEG, PNG, TIFF (several pages), PDF, HEIC/HEIF. The type is read from the first bytes of
the file (its "magic"), never from the extension, so ``scan.pdf`` that is really a Word file is
refused for what it is. Refused, each with a message that names the file and says what to do:
empty files, unsupported types, files or pages over the size limits (a decompression "bomb"),
damaged or cut-off images, PDFs that need a password, are damaged, or carry scripts or actions
that run on opening (JavaScript, Launch, OpenAction other than "go to a page", additional actions,
embedded files, XFA forms).

This module only reads and checks; :mod:`app.capture.process` turns the pages into the stored
document. Nothing here writes anywhere.
"""

from __future__ import annotations

import contextlib
import enum
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pillow_heif
from PIL import Image, ImageOps, ImageSequence
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject

from app.capture.errors import DocumentRefused

pillow_heif.register_heif_opener()

MiB = 1024 * 1024


class FileKind(enum.StrEnum):
    """The file types the desk accepts, detected from content."""

    JPEG = "jpeg"
    PNG = "png"
    TIFF = "tiff"
    PDF = "pdf"
    HEIC = "heic"


MIME_TYPES: dict[FileKind, str] = {
    FileKind.JPEG: "image/jpeg",
    FileKind.PNG: "image/png",
    FileKind.TIFF: "image/tiff",
    FileKind.PDF: "application/pdf",
    FileKind.HEIC: "image/heic",
}

_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"}


@dataclass(frozen=True)
class ImportLimits:
    """Limits that keep one file from exhausting memory or time. A 600 dpi A3 page is about
    70 million pixels, so ``max_page_pixels`` allows every real scan and stops pixel bombs."""

    max_file_bytes: int = 64 * MiB
    max_page_pixels: int = 80_000_000
    max_pages: int = 200
    max_pdf_objects: int = 500_000


DEFAULT_LIMITS = ImportLimits()


@dataclass(frozen=True)
class InspectedFile:
    """A file that passed the checks that need no decoding: its type, size and page count."""

    path: Path
    name: str
    kind: FileKind
    size: int
    pages: int

    @property
    def mime_type(self) -> str:
        return MIME_TYPES[self.kind]


def sniff(head: bytes) -> FileKind | None:
    """The accepted type of a file from its first bytes (at least 16, ideally 1024), or None."""
    if head.startswith(b"\xff\xd8\xff"):
        return FileKind.JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return FileKind.PNG
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return FileKind.TIFF
    if b"%PDF-" in head[:1024]:
        return FileKind.PDF
    if head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS:
        return FileKind.HEIC
    return None


_NAMED_TYPES: dict[str, str] = {
    ".jpg": "a JPEG image", ".jpeg": "a JPEG image", ".jpe": "a JPEG image",
    ".png": "a PNG image", ".tif": "a TIFF image", ".tiff": "a TIFF image", ".pdf": "a PDF",
    ".heic": "a HEIC photo", ".heif": "a HEIC photo",
}


def _looks_like_text(head: bytes) -> bool:
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return bool(text) and all(ch.isprintable() or ch in "\r\n\t\f" for ch in text)


def _unsupported_description(head: bytes) -> str:
    """Plain words for common files that are not accepted, so the clerk knows what to do."""
    if head.startswith(b"PK\x03\x04"):
        return "a ZIP archive or an Office document (Word, Excel)"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "an old Office document (Word, Excel)"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "a GIF image"
    if head.startswith(b"BM"):
        return "a BMP image"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "a WebP image"
    if head[4:8] == b"ftyp":
        return "a video or an unsupported HEIF/AVIF image"
    if head.lstrip().startswith((b"<", b"{")):
        return "a text, HTML or XML file"
    if _looks_like_text(head[:1000].rstrip(b"\x80\xbf")):
        return "a text file"
    return "a type the desk does not accept"


def _refuse(name: str, what: str) -> DocumentRefused:
    return DocumentRefused(name, f"{name}: {what}")


def inspect_file(path: Path, limits: ImportLimits = DEFAULT_LIMITS) -> InspectedFile:
    """Check ``path`` without decoding its pixels: exists, not empty, within the size limit, of an
    accepted type (by content), pages within the pixel and page limits, and for a PDF: not
    encrypted, readable, no scripts. Raises :class:`DocumentRefused` naming the file."""
    name = path.name
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise _refuse(name, "is not a file. Choose a document file instead.")
        with path.open("rb") as fh:
            head = fh.read(1024)
    except FileNotFoundError:
        raise _refuse(name, "was not found. Check the name and the folder.") from None
    except PermissionError:
        raise _refuse(name, "cannot be read (permission denied, or another program has it "
                            "open). Close that program and try again.") from None
    except OSError as exc:
        raise _refuse(name, f"cannot be read ({exc.strerror or exc}).") from None
    if size == 0:
        raise _refuse(name, "is empty (0 bytes). Scan or save the document again.")
    if size > limits.max_file_bytes:
        raise _refuse(name, f"is {size / MiB:.0f} MB, over the {limits.max_file_bytes // MiB} MB "
                            "the desk accepts for one file. Scan it again at 200 dpi, or split "
                            "it into smaller documents.")
    kind = sniff(head)
    if kind is None:
        what = _unsupported_description(head)
        named = _NAMED_TYPES.get(path.suffix.lower())
        if named is not None:  # "scan.jpg" that is not a JPEG: say so, not "a type ..."
            found = "" if what.startswith("a type") else f" (it is {what})"
            raise _refuse(name, f"its content is not {named}{found}, whatever its name says. "
                                "Open it to check what it is, or scan or save the document "
                                "again as PDF or JPEG and attach that.")
        raise _refuse(name, f"is {what}. The desk accepts PDF, JPEG, "
                            "PNG, TIFF and HEIC; save or print it as PDF and attach that.")
    if kind is FileKind.PDF:
        pages = _check_pdf(path, name, size, limits)
    else:
        pages = _check_image(path, name, limits, kind)
    return InspectedFile(path=path, name=name, kind=kind, size=size, pages=pages)


# ---------------------------------------------------------------------------------- images


@contextlib.contextmanager
def _open_image(path: Path, name: str, limits: ImportLimits) -> Iterator[Image.Image]:
    """Open an image header-only, turning Pillow's bomb warnings and parse errors into refusals."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(path)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _too_many_pixels(name, limits) from None
    except (OSError, ValueError, SyntaxError) as exc:
        if "truncated" in str(exc):
            raise _refuse(name, "is cut off (incomplete): the end of the picture is missing. "
                                "Copy or scan it again.") from None
        raise _refuse(name, "is damaged; it starts like a picture, but the rest cannot be read "
                            "as one (it may be only partly saved, or another kind of file). "
                            "Scan or save it again.") from None
    try:
        yield img
    finally:
        img.close()


def _too_many_pixels(name: str, limits: ImportLimits) -> DocumentRefused:
    return _refuse(name, f"has a page larger than {limits.max_page_pixels // 1_000_000} million "
                         "pixels, far more than a 600 dpi scan. Scan it again at 200 to 300 dpi.")


def _check_image(path: Path, name: str, limits: ImportLimits, kind: FileKind) -> int:
    with _open_image(path, name, limits) as img:
        # A phone's JPEG may carry extra pictures (MPO: previews, depth maps): one page. A HEIC
        # file's further images are likewise alternatives, not pages.
        frames = int(getattr(img, "n_frames", 1)) if kind is FileKind.TIFF else 1
        if frames > limits.max_pages:
            raise _refuse(name, f"has {frames} pages, more than the {limits.max_pages} the desk "
                                "accepts in one document. Split it into smaller documents.")
        try:
            for index, frame in enumerate(ImageSequence.Iterator(img)):
                if index >= frames:
                    break
                width, height = frame.size
                if width <= 0 or height <= 0:
                    raise _refuse(name, "has a page with no pixels. Scan it again.")
                if width * height > limits.max_page_pixels:
                    raise _too_many_pixels(name, limits)
        except (OSError, ValueError, EOFError):
            raise _refuse(name, "is damaged; one of its pages cannot be read. Scan or save it "
                                "again.") from None
    return frames


@dataclass
class PageImage:
    """One decoded page and the resolution it was scanned or rendered at (None when unknown).
    ``exact`` marks a resolution that is known for certain (a scanner's, a rendered PDF's),
    as opposed to what an image file claims (cameras write 72 dpi whatever the picture)."""

    image: Image.Image
    dpi: float | None = None
    exact: bool = False


def iter_image_pages(inspected: InspectedFile,
                     limits: ImportLimits = DEFAULT_LIMITS) -> Iterator[PageImage]:
    """Decode the pages of an inspected image file one at a time, upright (EXIF orientation
    applied). A cut-off or damaged image raises :class:`DocumentRefused` naming the file."""
    if inspected.kind is FileKind.PDF:
        raise ValueError("iter_image_pages is for images; PDFs go through app.capture.process")
    name = inspected.name
    with _open_image(inspected.path, name, limits) as img:
        for index in range(inspected.pages):
            try:
                img.seek(index)
                with warnings.catch_warnings():
                    warnings.simplefilter("error", Image.DecompressionBombWarning)
                    img.load()
                page = ImageOps.exif_transpose(img)  # always a new image, upright
            except (Image.DecompressionBombError, Image.DecompressionBombWarning):
                raise _too_many_pixels(name, limits) from None
            except (OSError, ValueError, EOFError, SyntaxError) as exc:
                detail = "cut off (incomplete)" if "truncated" in str(exc) else "damaged"
                raise _refuse(name, f"is {detail}: page {index + 1} cannot be read. Copy or "
                                    "scan it again; nothing was added.") from None
            yield PageImage(page, _image_dpi(img))


def _image_dpi(img: Image.Image) -> float | None:
    dpi = img.info.get("dpi")
    if isinstance(dpi, tuple) and dpi and isinstance(dpi[0], int | float):
        value = float(dpi[0])
        if 50 <= value <= 2400:
            return value
    return None


def exif_capture_time(path: Path) -> str | None:
    """When a photo was taken, from its EXIF data (``YYYY-MM-DDTHH:MM:SS`` with the offset when
    the camera recorded one), for proof-of-presence photos. None when the file has no such tag."""
    try:
        with Image.open(path) as img:
            exif = img.getexif()
            sub = exif.get_ifd(0x8769)
            raw = sub.get(36867) or exif.get(306)
            offset = sub.get(36881)
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return None
    if not isinstance(raw, str) or len(raw) < 19:
        return None
    stamp = raw[:10].replace(":", "-") + "T" + raw[11:19]
    if isinstance(offset, str) and len(offset) == 6:
        stamp += offset
    return stamp


# ------------------------------------------------------------------------------------- PDF

# Action types that run code, open other programs or files, or send data somewhere.
_DANGEROUS_ACTIONS = {"/JavaScript", "/Launch", "/SubmitForm", "/ImportData", "/Rendition",
                      "/GoToR", "/GoToE", "/RichMediaExecute", "/Sound", "/Movie"}
# Keys whose mere presence means something runs or is carried inside the PDF.
_DANGEROUS_KEYS = {"/JS": "JavaScript", "/JavaScript": "JavaScript",
                   "/AA": "actions that run automatically", "/XFA": "an XFA form with scripts",
                   "/EmbeddedFile": "attached files", "/EmbeddedFiles": "attached files",
                   "/RichMedia": "embedded media"}


def _check_pdf(path: Path, name: str, size: int, limits: ImportLimits) -> int:
    with path.open("rb") as fh:
        fh.seek(max(0, size - 8192))
        tail = fh.read()
    if b"%%EOF" not in tail:
        raise _refuse(name, "is an incomplete PDF (it is cut off at the end). Copy or save it "
                            "again; nothing was added.")
    try:
        reader = PdfReader(path, strict=False)
        if reader.is_encrypted:
            raise _refuse(name, "is protected by a password or encrypted. Payers cannot open "
                                "such files: print it to a new PDF without a password, or scan "
                                "the paper copy.")
        pages = len(reader.pages)
        problem = _find_active_content(reader, limits)
    except DocumentRefused:
        raise
    except Exception:  # pypdf raises many types on hostile or broken input
        raise _refuse(name, "is a damaged PDF; its contents cannot be read. Save or print it to "
                            "PDF again, or scan the paper copy.") from None
    if problem is not None:
        raise _refuse(name, f"contains {problem}, which payers refuse and which could be "
                            "harmful. Print it to a new PDF (Print > Save as PDF) or scan the "
                            "paper copy, and attach that.")
    if pages == 0:
        raise _refuse(name, "is a PDF with no pages. Save it again or scan the paper copy.")
    if pages > limits.max_pages:
        raise _refuse(name, f"has {pages} pages, more than the {limits.max_pages} the desk "
                            "accepts in one document. Split it into smaller documents.")
    return pages


def _action_words(action: object) -> str:
    if action == "/JavaScript":
        return "JavaScript"
    if action == "/Launch":
        return "a Launch action (it starts another program)"
    if isinstance(action, NameObject):
        return f"a {action[1:]} action"
    return "an action"


def _find_active_content(reader: PdfReader, limits: ImportLimits) -> str | None:
    """Walk every object reachable from the trailer (stream data is not decoded) and return a
    plain description of the first active content found, or None."""
    seen: set[tuple[int, int]] = set()
    stack: list[Any] = [reader.trailer]
    visited = 0
    while stack:
        obj = stack.pop()
        if isinstance(obj, IndirectObject):
            ref = (obj.idnum, obj.generation)
            if ref in seen:
                continue
            seen.add(ref)
            obj = obj.get_object()
        visited += 1
        if visited > limits.max_pdf_objects:
            return "more objects than any real document"
        if isinstance(obj, DictionaryObject):
            for key in obj:
                if key in _DANGEROUS_KEYS:
                    return _DANGEROUS_KEYS[key]
            opener = obj.get("/OpenAction")
            if opener is not None:
                opener = opener.get_object()
                if isinstance(opener, DictionaryObject) and opener.get("/S") != "/GoTo":
                    return f"{_action_words(opener.get('/S'))} that runs when it is opened"
            action = obj.get("/S")
            if isinstance(action, NameObject) and action in _DANGEROUS_ACTIONS:
                return _action_words(action)
            stack.extend(obj.values())
        elif isinstance(obj, ArrayObject):
            stack.extend(obj)
    return None
