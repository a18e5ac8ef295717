"""Shared building blocks of the desk's PDFs: page frame with header and "Page X of N" footer,
paragraph styles, section bands, label/value grids, checkboxes and amount tables.

Everything that carries data is a platypus flowable (paragraphs in tables that may split between
and inside rows), so long text wraps and flows onto new pages instead of being clipped. Only fixed,
short texts (running header and footer) are placed at fixed positions, and those too are laid out
as width-limited paragraphs.

reportlab has no type hints; the ``Any``-typed objects below are reportlab flowables.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.forms.fonts import BOLD, REGULAR, has_devanagari, markup, register_fonts
from app.money import format_inr

IST = timezone(timedelta(hours=5, minutes=30), "IST")

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 14 * mm
MARGIN_TOP = 16 * mm
MARGIN_BOTTOM = 16 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#4A4F57")
RULE = colors.HexColor("#8A9099")
BAND = colors.HexColor("#1F3A5F")
LABEL_BG = colors.HexColor("#EEF1F5")
TOTAL_BG = colors.HexColor("#DCE3EC")
ALERT = colors.HexColor("#A8201A")

Story = list[Any]

# a section starts on a new page unless this much room is left for its band and first rows
SECTION_MIN_SPACE = 32 * mm


# ------------------------------------------------------------------ text formatting


def fmt_date(value: date | None) -> str:
    """03-12-2026 (day-month-year, as Indian clerks write dates); '' for none."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone(IST).date()
    return value.strftime("%d-%m-%Y")


def fmt_time(value: datetime | None) -> str:
    """09:30 (24-hour, India Standard Time)."""
    return "" if value is None else value.astimezone(IST).strftime("%H:%M")


def fmt_datetime(value: datetime | None) -> str:
    """03-12-2026 09:30 in India Standard Time; '' for none."""
    return "" if value is None else value.astimezone(IST).strftime("%d-%m-%Y %H:%M")


def fmt_amount(paise: int | None) -> str:
    """₹4,50,000 (Indian grouping); '' for none."""
    return "" if paise is None else format_inr(paise)


def fmt_minutes(minutes: int) -> str:
    """A duration as '2 h 05 min' or '45 min'."""
    hours, rest = divmod(max(0, minutes), 60)
    if hours >= 24:
        days, hours = divmod(hours, 24)
        return f"{days} d {hours} h {rest:02d} min"
    return f"{hours} h {rest:02d} min" if hours else f"{rest} min"


# ------------------------------------------------------------------ styles


@dataclass(frozen=True)
class Styles:
    """Paragraph styles of the forms (all shaped, all Noto Sans)."""

    title: Any
    subtitle: Any
    band: Any
    label: Any
    value: Any
    value_bold: Any
    body: Any
    small: Any
    cell: Any
    cell_bold: Any
    cell_right: Any
    cell_right_bold: Any
    code: Any
    head: Any
    head_right: Any
    footer: Any
    footer_right: Any


@lru_cache(maxsize=1)
def styles() -> Styles:
    """The styles, built once (fonts registered first)."""
    register_fonts()

    def style(name: str, size: float, *, font: str = REGULAR, color: Any = INK,
              align: int = TA_LEFT, leading: float | None = None, **kw: Any) -> Any:
        return ParagraphStyle(name, fontName=font, fontSize=size,
                              leading=leading or size * 1.3, textColor=color, alignment=align,
                              splitLongWords=1, **kw)

    return Styles(
        title=style("title", 13, font=BOLD, align=TA_CENTER, leading=16),
        subtitle=style("subtitle", 8.5, color=MUTED, align=TA_CENTER),
        band=style("band", 9, font=BOLD, color=colors.white),
        label=style("label", 7.5, color=MUTED, leading=9.5),
        value=style("value", 9, leading=11.5),
        value_bold=style("value_bold", 9, font=BOLD, leading=11.5),
        body=style("body", 9, leading=12.5),
        small=style("small", 7.5, color=MUTED, leading=9.5),
        cell=style("cell", 8.5, leading=10.5),
        cell_bold=style("cell_bold", 8.5, font=BOLD, leading=10.5),
        cell_right=style("cell_right", 8.5, align=TA_RIGHT, leading=10.5),
        cell_right_bold=style("cell_right_bold", 8.5, font=BOLD, align=TA_RIGHT, leading=10.5),
        code=style("code", 7.5, leading=10.5),  # codes in a table: smaller, left-aligned
        head=style("head", 7.5, font=BOLD, color=MUTED, leading=9.5),
        head_right=style("head_right", 7.5, font=BOLD, color=MUTED, align=TA_RIGHT,
                         leading=9.5),
        footer=style("footer", 7, color=MUTED, leading=9),
        footer_right=style("footer_right", 7, color=MUTED, align=TA_RIGHT, leading=9),
    )


_shaped_styles: dict[str, Any] = {}


def shaped(style: Any) -> Any:
    """The same style with complex-script shaping on (HarfBuzz through reportlab).

    Only paragraphs that contain Devanagari are shaped: shaping Latin text would set "fi" / "fl"
    as ligature glyphs that copy and search as U+FB01 / U+FB02 instead of the letters."""
    twin = _shaped_styles.get(style.name)
    if twin is None:
        twin = _shaped_styles[style.name] = ParagraphStyle(f"{style.name}-shaped", parent=style,
                                                           shaping=1)
    return twin


def para(text: str, style: Any | None = None, *, bold: bool = False) -> Any:
    """A paragraph of plain text (escaped; Devanagari runs in the Devanagari font, shaped)."""
    chosen = style or styles().value
    bold = bold or chosen.fontName == BOLD  # Devanagari runs follow the style's weight
    if has_devanagari(text):
        chosen = shaped(chosen)
    return Paragraph(markup(text, bold=bold), chosen)


def rich(markup_text: str, style: Any | None = None) -> Any:
    """A paragraph of trusted markup (our own fixed texts with <b>, <br/>)."""
    return Paragraph(markup_text, style or styles().body)


def table_style(commands: Sequence[tuple[Any, ...]]) -> Any:
    """A TableStyle whose cells default to the bundled font (reportlab's default, Helvetica,
    would otherwise be referenced, unembedded, by empty cells)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


# ------------------------------------------------------------------ checkboxes


class CheckItem(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """A printed checkbox (ticked or empty) followed by its wrapped label."""

    BOX = 7.5
    GAP = 3.5

    def __init__(self, label: str, checked: bool) -> None:
        super().__init__()
        self.checked = checked
        self.label = para(label, styles().cell)
        self._label_h = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        _, self._label_h = self.label.wrap(max(20.0, avail_width - self.BOX - self.GAP),
                                           avail_height)
        self.width = avail_width
        self.height = max(self.BOX + 2, self._label_h)
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        top = self.height
        box_y = top - self.BOX - 1.5
        c.saveState()
        c.setStrokeColor(INK)
        c.setLineWidth(0.7)
        c.rect(0, box_y, self.BOX, self.BOX, stroke=1, fill=0)
        if self.checked:
            c.setLineWidth(1.4)
            c.setLineCap(1)
            c.setLineJoin(1)
            path = c.beginPath()
            path.moveTo(1.4, box_y + self.BOX * 0.50)
            path.lineTo(self.BOX * 0.42, box_y + 1.5)
            path.lineTo(self.BOX - 1.0, box_y + self.BOX - 1.2)
            c.drawPath(path, stroke=1, fill=0)
        c.restoreState()
        self.label.drawOn(c, self.BOX + self.GAP, top - self._label_h)


def checks(options: Sequence[tuple[str, bool]], columns: int | None = None,
           width: float | None = None, shares: Sequence[float] | None = None) -> Any:
    """Checkboxes in a borderless grid of ``columns`` (all on one row by default); ``shares``
    divides ``width`` between the columns (equal by default)."""
    cols = columns or len(options)
    rows: list[list[Any]] = []
    for start in range(0, len(options), cols):
        row: list[Any] = [CheckItem(label, on) for label, on in options[start:start + cols]]
        row += [""] * (cols - len(row))
        rows.append(row)
    widths = None
    if width is not None:
        parts = list(shares) if shares is not None else [1.0] * cols
        widths = [width * part / sum(parts) for part in parts]
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    return table


def yes_no(value: bool | None, width: float) -> Any:
    """A Yes / No pair; neither ticked when the answer is unknown (None)."""
    return checks([("Yes", value is True), ("No", value is False)], width=min(width, 90))


# ------------------------------------------------------------------ sections and grids


def section(title: str) -> list[Any]:
    """A full-width dark band with the section title, preceded by a conditional page break so
    that a band never sits alone at the foot of a page. Use as ``*section(...)``."""
    table = Table([[Paragraph(markup(title, bold=True), styles().band)]],
                  colWidths=[CONTENT_WIDTH])
    table.setStyle(table_style([
        ("BACKGROUND", (0, 0), (-1, -1), BAND),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]))
    return [CondPageBreak(SECTION_MIN_SPACE), table]


@dataclass
class Field:
    """One labelled value of a grid. ``value`` is plain text or a ready flowable; ``wide``
    fields take a whole row."""

    label: str
    value: Any = ""
    wide: bool = False
    bold: bool = False


LABEL_W = 34 * mm
VALUE_W = CONTENT_WIDTH / 2 - LABEL_W
WIDE_W = CONTENT_WIDTH - LABEL_W


def _value_cell(f: Field, width: float) -> Any:
    if isinstance(f.value, str):
        return para(f.value, styles().value_bold if f.bold else styles().value)
    if callable(f.value):
        return f.value(width - 8)
    return f.value


FLOW_LINES = 6  # a long value is cut into pieces of this many lines, so a page can end anywhere
PROMOTE_CHARS = 110  # a half-width value longer than this gets a row of its own
CELL_PADDING = 4  # left and right padding of grid cells (points)


def flow_pieces(paragraph: Any, width: float, lines: int = FLOW_LINES) -> list[Any]:
    """Cut a paragraph into pieces of at most ``lines`` lines each, exactly where the whole
    paragraph breaks its lines at ``width`` (reportlab's own split), so that every line is as
    full as in one paragraph: no line ends early at a cut. A table can then break between the
    pieces at any page end, and the text continues on the next page instead of being clipped."""
    pieces: list[Any] = []
    rest = paragraph
    height = lines * paragraph.style.leading + 0.5
    while True:
        _, needed = rest.wrap(width, 1e9)
        if needed <= height:
            pieces.append(rest)
            return pieces
        parts = rest.split(width, height)
        if len(parts) < 2:  # cannot be cut (a single line taller than the piece)
            pieces.append(rest)
            return pieces
        first, rest = parts[0], parts[1]
        pieces.append(first)


def grid(fields: Sequence[Field]) -> Any:
    """A ruled label / value grid: two fields per row, wide fields on a row of their own.

    A long text value is one paragraph cut into rows of a few full lines each
    (:func:`flow_pieces`), drawn as one cell (no rules between them), so the table can break at
    any page end and the text continues on the next page, neither clipped nor broken early."""
    s = styles()
    rows: list[list[Any]] = []
    wide_rows: set[int] = set()
    continued: set[int] = set()  # rows that continue the field of the row above
    pending: list[Field] = []

    def flush() -> None:
        if not pending:
            return
        row: list[Any] = []
        for f in pending:
            row += [para(f.label, s.label), _value_cell(f, VALUE_W)]
        if len(pending) == 1:
            row += ["", ""]
        rows.append(row)
        pending.clear()

    for f in fields:
        long_text = isinstance(f.value, str) and len(f.value) > PROMOTE_CHARS
        if f.wide or long_text:
            flush()
            if isinstance(f.value, str):
                style = s.value_bold if f.bold else s.value
                value = para(f.value, style)
                for i, piece in enumerate(flow_pieces(value, WIDE_W - 2 * CELL_PADDING)):
                    if i:
                        continued.add(len(rows))
                    wide_rows.add(len(rows))
                    rows.append([para(f.label, s.label) if i == 0 else "", piece, "", ""])
            else:
                wide_rows.add(len(rows))
                rows.append([para(f.label, s.label), _value_cell(f, WIDE_W), "", ""])
        else:
            pending.append(f)
            if len(pending) == 2:
                flush()
    flush()
    table = Table(rows, colWidths=[LABEL_W, VALUE_W, LABEL_W, VALUE_W])
    commands: list[tuple[Any, ...]] = [
        ("BOX", (0, 0), (-1, -1), 0.4, RULE),
        ("LINEAFTER", (0, 0), (0, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (0, -1), LABEL_BG),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for r in range(len(rows)):
        if r in wide_rows:
            commands.append(("SPAN", (1, r), (3, r)))
        else:
            commands += [("LINEAFTER", (1, r), (2, r), 0.4, RULE),
                         ("BACKGROUND", (2, r), (2, r), LABEL_BG)]
        if r + 1 in continued:
            commands.append(("BOTTOMPADDING", (0, r), (-1, r), 0))
        else:
            commands.append(("LINEBELOW", (0, r), (-1, r), 0.4, RULE))
        if r in continued:
            commands.append(("TOPPADDING", (0, r), (-1, r), 0))
    table.setStyle(table_style(commands))
    return table


def data_table(header: Sequence[str], rows: Sequence[Sequence[Any]], widths: Sequence[float],
               *, right: Sequence[int] = (), total_rows: int = 0) -> Any:
    """A ruled table with a repeated header row. Cells are plain text (wrapped) or flowables;
    columns in ``right`` are right-aligned (amounts); the last ``total_rows`` rows are bold on a
    shaded background."""
    s = styles()
    head = [para(h, s.head_right if i in right else s.head) for i, h in enumerate(header)]
    body: list[list[Any]] = []
    first_total = len(rows) - total_rows
    for r, row in enumerate(rows):
        is_total = r >= first_total
        cells: list[Any] = []
        for i, cell in enumerate(row):
            if isinstance(cell, str):
                if i in right:
                    style = s.cell_right_bold if is_total else s.cell_right
                else:
                    style = s.cell_bold if is_total else s.cell
                cells.append(para(cell, style))
            else:
                cells.append(cell)
        body.append(cells)
    table = Table([head, *body], colWidths=list(widths), repeatRows=1, splitInRow=1)
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), LABEL_BG),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if total_rows:
        commands.append(("BACKGROUND", (0, 1 + first_total), (-1, -1), TOTAL_BG))
    table.setStyle(table_style(commands))
    return table


def signature_blocks(blocks: Sequence[tuple[str, Sequence[tuple[str, str]]]]) -> Any:
    """Side-by-side signature boxes: (title, [(label, prefilled value)]) each, with a blank
    signature space and date line."""
    s = styles()
    width = CONTENT_WIDTH / len(blocks)
    cells: list[Any] = []
    for title, lines in blocks:
        content: list[Any] = [para(title, s.cell_bold)]
        for label, value in lines:
            content.append(para(f"{label}: {value}" if value else f"{label}:", s.cell))
        content += [Spacer(1, 16 * mm), para("Signature" + " " * 3 + "Date:", s.small)]
        cells.append(content)
    table = Table([cells], colWidths=[width] * len(blocks))
    table.setStyle(table_style([
        ("BOX", (0, 0), (-1, -1), 0.4, RULE),
        ("INNERGRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def gap(height_mm: float = 3) -> Any:
    return Spacer(1, height_mm * mm)


# ------------------------------------------------------------------ document


@dataclass
class DocMeta:
    """What the page frame shows and the PDF's metadata."""

    title: str
    running_title: str
    generated_at: datetime
    case_id: str | None = None
    subject: str = ""
    footer_note: str = ""


def _footer_text(meta: DocMeta) -> str:
    parts = []
    if meta.case_id:
        parts.append(f"Case {meta.case_id}")
    parts.append(meta.running_title)
    parts.append(f"Generated {fmt_datetime(meta.generated_at)} IST by TPA Desk")
    if meta.footer_note:
        parts.append(meta.footer_note)
    return "  ·  ".join(parts)


def _page_decorator(meta: DocMeta, total: int | None) -> Callable[[Any, Any], None]:
    s = styles()
    left = para(_footer_text(meta), s.footer)
    page_w = 32 * mm

    def decorate(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        y_rule = MARGIN_BOTTOM - 4 * mm
        canvas.line(MARGIN_X, y_rule, PAGE_WIDTH - MARGIN_X, y_rule)
        number = f"Page {doc.page} of {total}" if total else f"Page {doc.page}"
        right = Paragraph(number, s.footer_right)
        _, h = left.wrap(CONTENT_WIDTH - page_w - 4 * mm, MARGIN_BOTTOM)
        left.drawOn(canvas, MARGIN_X, y_rule - 2 - h)
        _, rh = right.wrap(page_w, MARGIN_BOTTOM)
        right.drawOn(canvas, PAGE_WIDTH - MARGIN_X - page_w, y_rule - 2 - rh)
        if doc.page > 1:  # running header on continuation pages
            head = para(meta.running_title + (f"  ·  Case {meta.case_id}"
                                              if meta.case_id else ""), s.footer)
            head.wrap(CONTENT_WIDTH, MARGIN_TOP)
            y_head = PAGE_HEIGHT - MARGIN_TOP + 3 * mm
            head.drawOn(canvas, MARGIN_X, y_head)
            canvas.line(MARGIN_X, y_head - 1.5, PAGE_WIDTH - MARGIN_X, y_head - 1.5)
        canvas.restoreState()

    return decorate


def _build_once(make_story: Callable[[], Story], meta: DocMeta, out: BinaryIO,
                total: int | None) -> int:
    doc = BaseDocTemplate(
        out, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=meta.title, author="TPA Desk",
        subject=meta.subject or meta.title, creator="TPA Desk (reportlab)",
        initialFontName=REGULAR,  # no unembedded Helvetica on the pages
    )
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, CONTENT_WIDTH, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame],
                                       onPage=_page_decorator(meta, total))])
    doc.build(make_story())
    return int(doc.page)


#: reportlab is not thread-safe: a registered TrueType font is shared by every PDF, and
#: subsetting it (ttfonts.makeSubset) seeks and reads one shared file cursor, so two threads
#: rendering at the same moment (the sync engine's workers, the desk printing) can read each
#: other's glyphs (an IndexError was seen with four parallel sends). Every form and report is
#: laid out under this lock; everything else stays parallel.
_RENDER_LOCK = threading.Lock()


def build_pdf(make_story: Callable[[], Story], meta: DocMeta, out: BinaryIO) -> int:
    """Lay out the story twice (the first pass counts pages for "Page X of N"), write the PDF to
    ``out`` and return the number of pages. ``make_story`` must build fresh flowables each call.
    Nothing is written to ``out`` unless the layout succeeded. Thread-safe (serialised)."""
    register_fonts()
    with _RENDER_LOCK:
        counting = io.BytesIO()
        pages = _build_once(make_story, meta, counting, None)
        final = io.BytesIO()
        pages_again = _build_once(make_story, meta, final, pages)
    if pages_again != pages:  # the footer never changes the body; make a mismatch loud
        raise RuntimeError(f"page count changed between passes ({pages} -> {pages_again})")
    out.write(final.getvalue())
    return pages

