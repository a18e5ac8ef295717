"""The page editor: scanned or imported pages are checked before they are stored.

Thumbnails in icon mode (drag to reorder), rotate, delete, split into several documents, and an
HCX category and stage for each document. Pages are Pillow images held in memory (never written to
disk); rotation is applied when the pages are stored. Scanning (``app.capture.sources``) and
reading image files run off the GUI thread; "Store documents" hands :class:`DocumentPlan` objects
to the window, which turns each into a PDF with ``app.capture.process.process_pages`` and stores
them all or none.

With tesseract installed, each page's text is read (OCR) in a worker thread of its own as soon as
the page arrives (again after a turn). The text goes with the document into the encrypted store
(searchable), and the category it suggests ("Discharge Summary" -> HDS) is preselected for each
document whose category the clerk has not chosen, with a note saying so. Nothing waits for OCR:
storing before it has finished stores the documents without text; closing the editor stops it.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.capture.importer import PageImage
from app.capture.ocr import OcrCancel, OcrResult, ocr_image, propose_category, tesseract_available
from app.documents import DOCUMENT_STAGES, TextFields, categories, text_fields
from app.settings import SCANNER_MODES, SCANNER_RESOLUTIONS, ScannerDefaults
from ui.formatting import category_label, leg_label, resolution_label, scanner_mode_label
from ui.tasks import Background

THUMB = 150
PAGE_ID = Qt.ItemDataRole.UserRole
NEW_DOC = Qt.ItemDataRole.UserRole + 1
FILE_FILTER = "Pages (*.png *.jpg *.jpeg *.tif *.tiff *.heic *.heif *.pdf)"


@dataclass
class EditPage:
    """One page: the image as it came, its dpi, the turn to apply (degrees clockwise)."""

    image: Image.Image
    dpi: float | None
    source: str
    rotation: int = 0
    thumb: Image.Image | None = None
    text: str | None = None  # what OCR read on the page as it is turned now (None: not yet)

    def final(self) -> PageImage:
        """The page as it will be stored (call off the GUI thread: rotating is work)."""
        image = self.image.rotate(-self.rotation, expand=True) if self.rotation else self.image
        return PageImage(image, self.dpi)


@dataclass
class DocumentPlan:
    """Pages that become one stored document, with its category and stage."""

    pages: list[EditPage]
    category: str
    stage: str
    name: str

    def page_images(self) -> Iterable[PageImage]:
        return (p.final() for p in self.pages)

    def ocr_result(self) -> OcrResult | None:
        """The text of every page and the category it suggests; None until every page has
        been read (a document is not stored with part of its text)."""
        if not self.pages or any(p.text is None for p in self.pages):
            return None
        texts = tuple(p.text or "" for p in self.pages)
        return OcrResult(texts, propose_category("\n".join(texts)))

    def text_fields(self) -> TextFields:
        """Keywords for ``app.documents.add_document``: the searchable text, when read."""
        return text_fields(self.ocr_result())


def _thumbnail(image: Image.Image) -> Image.Image:
    thumb = image.convert("RGB")
    thumb.thumbnail((THUMB, THUMB))
    return thumb


def load_pages(paths: list[str]) -> list[EditPage]:
    """Read image files (several pages for TIFF; PDFs rendered) off the GUI thread."""
    from app.capture.importer import FileKind, inspect_file, iter_image_pages
    from app.capture.process import render_pdf_pages

    pages: list[EditPage] = []
    for path in paths:
        inspected = inspect_file(Path(path))
        if inspected.kind is FileKind.PDF:
            source: Iterable[PageImage] = render_pdf_pages(inspected.path, inspected.name,
                                                           inspected.pages, 150)
        else:
            source = iter_image_pages(inspected)
        for page in source:
            pages.append(EditPage(page.image, page.dpi, inspected.name,
                                  thumb=_thumbnail(page.image)))
    return pages


def scan_pages(device: str | None = None, resolution: int = 200, mode: str = "grey",
               count: int = 1) -> list[EditPage]:
    """Scan pages with the first (or the given) scanner, off the GUI thread."""
    from app.capture.errors import ScannerUnavailable
    from app.capture.sources import ScanSettings, default_source

    source = default_source()
    if not source.available():
        raise ScannerUnavailable(source.unavailable_reason() or QCoreApplication.translate(
            "PageEditor", "No scanner software is installed on this computer; add the pages "
                          "from files."))
    if device is None:
        devices = source.list_devices()
        if not devices:
            raise ScannerUnavailable(QCoreApplication.translate(
                "PageEditor", "No scanner was found. Check that it is switched on and "
                              "connected, or add the pages from files."))
        device = devices[0].id
    settings = ScanSettings(device=device, resolution=resolution, mode=mode,  # type: ignore[arg-type]
                            pages=count)
    return [EditPage(p.image, p.dpi, device, thumb=_thumbnail(p.image))
            for p in source.scan(settings)]


def _cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def _icon(page: EditPage) -> QIcon:
    thumb = page.thumb or _thumbnail(page.image)
    if page.rotation:
        thumb = thumb.rotate(-page.rotation, expand=True)
    raw = thumb.tobytes()
    image = QImage(raw, thumb.width, thumb.height, thumb.width * 3,
                   QImage.Format.Format_RGB888).copy()
    return QIcon(QPixmap.fromImage(image))


class _OcrState:
    """Whether the editor is gone, and the token that stops its OCR (kept apart from the
    dialog, so that it can be told while the dialog's C++ side is being destroyed)."""

    def __init__(self) -> None:
        self.closed = False
        self.cancel = OcrCancel()

    def close(self, *_: object) -> None:
        self.closed = True
        self.cancel.cancel()


class PageEditor(QDialog):
    """Emits ``store_requested(case_id, plans)``; the window stores them in the background."""

    store_requested = Signal(str, object)   # case id, list[DocumentPlan]
    pages_added = Signal(int)
    add_failed = Signal(str)
    page_read = Signal(int)                  # page id whose text OCR has read
    category_suggested = Signal(int, str)    # document row, HCX code preselected from its text
    scanner_defaults_applied = Signal(int, str)  # resolution, colour mode the next scan uses

    def __init__(self, case_id: str, *, category: str = "OTH", stage: str = "preauth",
                 parent: QWidget | None = None, ocr: bool | None = None) -> None:
        super().__init__(parent)
        self.case_id = case_id
        self.default_category = category
        self.default_stage = stage if stage in DOCUMENT_STAGES else "preauth"
        self.pages: dict[int, EditPage] = {}
        self._ids = itertools.count(1)
        self._doc_choices: list[tuple[str, str]] = []
        self.background = Background(self, max_threads=1)
        # OCR: its own single worker, so that reading text never delays a scan or a file
        self.ocr_enabled = tesseract_available() if ocr is None else ocr
        self.ocr_background = Background(self, max_threads=1)
        self._ocr = _OcrState()
        self._clerk_chose: set[int] = set()      # first page ids of documents the clerk set
        self._suggested: dict[int, str] = {}     # first page id -> code preselected from text
        self.finished.connect(self._ocr.close)
        # also when the window goes without closing the dialog first: before the workers are
        # waited for, so that a running tesseract is stopped rather than waited for
        self.destroyed.connect(self._ocr.close)
        self.setWindowTitle(self.tr("Pages for {0}").format(case_id))
        self.resize(1080, 700)
        lay = QVBoxLayout(self)
        head = QLabel(self.tr("Check the pages before they are stored: drag to reorder, turn, "
                              "delete, and start a new document where one ends."), self)
        head.setWordWrap(True)
        lay.addWidget(head)
        tools = QHBoxLayout()
        # what the next scan uses: the desk's scanner defaults (Settings) once they are read,
        # or what the clerk picks here for this editor
        self.resolution = QComboBox(self)
        for dpi in SCANNER_RESOLUTIONS:
            self.resolution.addItem(resolution_label(dpi), dpi)
        self.resolution.setAccessibleName(self.tr("Scan resolution"))
        self.colour = QComboBox(self)
        for mode in SCANNER_MODES:
            self.colour.addItem(scanner_mode_label(mode), mode)
        self.colour.setAccessibleName(self.tr("Scan colour"))
        defaults = ScannerDefaults()
        self._select(defaults.resolution, defaults.mode)
        self._scan_picked: set[str] = set()   # what the clerk picked here: resolution, colour
        self.resolution.activated.connect(lambda _i: self._scan_picked.add("resolution"))
        self.colour.activated.connect(lambda _i: self._scan_picked.add("colour"))
        self.scan_button = QPushButton(self.tr("Scan a page"), self)
        self.add_button = QPushButton(self.tr("Add from files…"), self)
        self.left_button = QPushButton(self.tr("⟲ Turn left"), self)
        self.right_button = QPushButton(self.tr("⟳ Turn right"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.earlier_button = QPushButton(self.tr("◀ Earlier"), self)
        self.earlier_button.setToolTip(self.tr("Move the selected page one place earlier "
                                               "(or drag it)"))
        self.later_button = QPushButton(self.tr("Later ▶"), self)
        self.later_button.setToolTip(self.tr("Move the selected page one place later "
                                             "(or drag it)"))
        self.split_button = QPushButton(self.tr("New document from here"), self)
        self.split_button.setToolTip(self.tr("The selected page starts a new document "
                                             "(press again to join it back)"))
        tools.addWidget(self.scan_button)
        tools.addWidget(self.resolution)  # "Scan a page" at "200 dpi" in "Grey"
        tools.addWidget(self.colour)
        tools.addSpacing(8)
        QWidget.setTabOrder(self.scan_button, self.resolution)  # Tab goes as they are seen
        QWidget.setTabOrder(self.resolution, self.colour)
        QWidget.setTabOrder(self.colour, self.add_button)
        for b in (self.add_button, self.left_button, self.right_button, self.earlier_button,
                  self.later_button, self.delete_button, self.split_button):
            tools.addWidget(b)
        tools.addStretch(1)
        lay.addLayout(tools)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Pages"))
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setGridSize(QSize(THUMB + 40, THUMB + 56))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Snap)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setWordWrap(True)
        self.list.setStyleSheet("QListWidget { background: #e9edf2; border: 1px solid #dde3ea; "
                                "border-radius: 6px; } QListWidget::item { color: #1d2733; }"
                                "QListWidget::item:selected { background: #d6e6f8; }")
        self.list.model().rowsMoved.connect(lambda *_: self.refresh())
        lay.addWidget(self.list, 3)
        docs_title = QLabel(self.tr("Documents to store"), self)
        docs_title.setObjectName("sectionTitle")
        lay.addWidget(docs_title)
        self.docs = QTableWidget(0, 3, self)
        self.docs.setAccessibleName(self.tr("Documents, their category and stage"))
        self.docs.setHorizontalHeaderLabels([self.tr("Document"), self.tr("Category"),
                                             self.tr("Stage")])
        self.docs.verticalHeader().hide()
        header = self.docs.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # headers line up with their cells, which are left-aligned
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.docs.setColumnWidth(1, 330)
        self.docs.setColumnWidth(2, 190)
        # rows as tall as a combo box plus a margin, so the boxes sit inside the row's borders
        probe = QComboBox()  # never shown: only measured
        probe.setFont(self.docs.font())
        self.docs.verticalHeader().setDefaultSectionSize(probe.sizeHint().height() + 8)
        self.docs.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        probe.deleteLater()
        lay.addWidget(self.docs, 1)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        self.progress.hide()
        lay.addWidget(self.progress)
        row = QHBoxLayout()
        self.note = QLabel("", self)
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        self.store_button = QPushButton(self.tr("Store documents"), self)
        self.store_button.setObjectName("primary")
        cancel = QPushButton(self.tr("Cancel"), self)
        row.addWidget(self.note, 1)
        row.addWidget(self.store_button)
        row.addWidget(cancel)
        lay.addLayout(row)
        self.scan_button.clicked.connect(self.scan)
        self.add_button.clicked.connect(self.choose_files)
        self.left_button.clicked.connect(lambda: self.rotate_selected(-90))
        self.right_button.clicked.connect(lambda: self.rotate_selected(90))
        self.delete_button.clicked.connect(self.delete_selected)
        self.earlier_button.clicked.connect(lambda: self.shift_selected(-1))
        self.later_button.clicked.connect(lambda: self.shift_selected(1))
        self.split_button.clicked.connect(self.split_at_selected)
        self.store_button.clicked.connect(self.request_store)
        cancel.clicked.connect(self.reject)
        self.refresh()

    # ------------------------------------------------------------------ adding pages

    def add_pages(self, pages: list[EditPage]) -> None:
        for page in pages:
            pid = next(self._ids)
            self.pages[pid] = page
            item = QListWidgetItem()
            item.setData(PAGE_ID, pid)
            item.setData(NEW_DOC, False)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
            item.setToolTip(page.source)
            self.list.addItem(item)
            self._read_text(pid)
        self.refresh()
        self.pages_added.emit(len(pages))

    # ------------------------------------------------------------------ OCR

    def _read_text(self, pid: int) -> None:
        """Read the page's text off the GUI thread (when tesseract is installed)."""
        page = self.pages.get(pid)
        state = self._ocr
        if page is None or not self.ocr_enabled or state.closed:
            return
        turn = page.rotation

        def work() -> str | None:
            return ocr_image(page.final().image, cancel=state.cancel)

        def done(text: str | None) -> None:
            if state.closed or self.pages.get(pid) is not page or page.rotation != turn:
                return  # closed, deleted or turned since: a newer reading follows
            page.text = text if text is not None else ""
            self._suggest()
            self.page_read.emit(pid)

        self.ocr_background.submit(work, done, lambda _exc: None)

    def _first_ids(self) -> list[int]:
        """The page id of each document's first page, in document order."""
        out: list[int] = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if row == 0 or bool(item.data(NEW_DOC)):
                out.append(int(item.data(PAGE_ID)))
        return out

    def _clerk_picked(self, index: int) -> None:
        firsts = self._first_ids()
        if index < len(firsts):
            self._clerk_chose.add(firsts[index])
            self._suggested.pop(firsts[index], None)
            self._show_suggestions()

    def _suggest(self) -> None:
        """Preselect the category each document's text suggests, unless the clerk chose one."""
        names = categories()
        for index, (pages, first) in enumerate(zip(self.groups(), self._first_ids(),
                                                   strict=True)):
            if first in self._clerk_chose:
                continue
            read = [p.text for p in pages if p.text is not None]
            proposal = propose_category("\n".join(t for t in read if t)) if read else None
            if proposal is None or proposal.code not in names:
                continue
            if self._suggested.get(first) != proposal.code:
                self._suggested[first] = proposal.code
                self.set_choice(index, category=proposal.code)
                self.category_suggested.emit(index, proposal.code)
        self._show_suggestions()

    def _show_suggestions(self) -> None:
        names = categories()
        lines = []
        for index, first in enumerate(self._first_ids()):
            code = self._suggested.get(first)
            combo = self.docs.cellWidget(index, 1)
            if code is None:
                if isinstance(combo, QComboBox):
                    combo.setToolTip("")
                continue
            text = self.tr("Document {0}: the category {1} ({2}) was chosen from the words on "
                           "the page; check it.").format(index + 1,
                                                          category_label(code, names.get(code, "")),
                                                          code)
            lines.append(text)
            if isinstance(combo, QComboBox):
                combo.setToolTip(self.tr("Suggested from the page's words; choose another "
                                         "category if it is wrong."))
        if not self.progress.isVisible():
            self.note.setText(" ".join(lines))

    def _busy(self, text: str) -> None:
        self.progress.show()
        self.note.setText(text)
        for b in (self.scan_button, self.add_button, self.store_button):
            b.setEnabled(False)

    def _idle(self, text: str = "") -> None:
        self.progress.hide()
        self.note.setText(text)
        for b in (self.scan_button, self.add_button):
            b.setEnabled(True)
        self.store_button.setEnabled(self.list.count() > 0)

    def _add_failed(self, exc: BaseException) -> None:
        from ui.main_window import plain_error

        text = plain_error(exc)
        self._idle(text)
        self.add_failed.emit(text)

    def choose_files(self) -> None:
        dialog = QFileDialog(self, self.tr("Add pages from files"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilter(self.tr(FILE_FILTER))
        dialog.filesSelected.connect(self.add_files)
        self.file_dialog = dialog
        dialog.open()

    def add_files(self, paths: list[str]) -> None:
        self._busy(self.tr("Reading 1 file…") if len(paths) == 1
                   else self.tr("Reading {0} files…").format(len(paths)))
        self.background.submit(lambda: load_pages(list(paths)),
                               lambda pages: (self.add_pages(pages), self._idle()),
                               self._add_failed)

    # ------------------------------------------------------------------ scanning

    def _select(self, resolution: int, mode: str, keep: frozenset[str] | set[str] = frozenset()
                ) -> None:
        for name, combo, value in (("resolution", self.resolution, resolution),
                                   ("colour", self.colour, mode)):
            index = combo.findData(value)
            if index >= 0 and name not in keep:
                combo.setCurrentIndex(index)

    def set_scanner_defaults(self, resolution: int, mode: str) -> None:
        """The desk's scanner defaults, read off the GUI thread after the editor opened: each
        is preselected unless the clerk has already picked that one here."""
        self._select(resolution, mode, keep=self._scan_picked)
        self.scanner_defaults_applied.emit(int(self.resolution.currentData()),
                                           str(self.colour.currentData()))

    def scan_settings(self) -> tuple[int, str]:
        """(resolution in dpi, colour mode) the next scan uses."""
        return int(self.resolution.currentData()), str(self.colour.currentData())

    def scan(self, device: str | None = None) -> None:
        resolution, mode = self.scan_settings()
        self._busy(self.tr("Scanning…"))
        self.background.submit(lambda: scan_pages(device or None, resolution, mode),
                               lambda pages: (self.add_pages(pages), self._idle()),
                               self._add_failed)

    # ------------------------------------------------------------------ editing

    def _selected_items(self) -> list[QListWidgetItem]:
        return sorted(self.list.selectedItems(), key=self.list.row)

    def rotate_selected(self, degrees: int) -> None:
        for item in self._selected_items():
            pid = int(item.data(PAGE_ID))
            page = self.pages[pid]
            page.rotation = (page.rotation + degrees) % 360
            page.text = None
            self._read_text(pid)  # sideways text reads as nothing: read it again upright
        self.refresh()

    def delete_selected(self) -> None:
        for item in self._selected_items():
            row = self.list.row(item)
            was_start = bool(item.data(NEW_DOC))
            self.pages.pop(int(item.data(PAGE_ID)), None)
            self.list.takeItem(row)
            nxt = self.list.item(row)
            if was_start and nxt is not None:
                nxt.setData(NEW_DOC, True)
        self.refresh()

    def split_at_selected(self) -> None:
        items = self._selected_items()
        if not items:
            self.note.setText(self.tr("Select the first page of the new document."))
            return
        item = items[0]
        if self.list.row(item) == 0:
            self.note.setText(self.tr("The first page always starts the first document."))
            return
        item.setData(NEW_DOC, not bool(item.data(NEW_DOC)))
        self.refresh()

    def move_page(self, source_row: int, target_row: int) -> None:
        """Move a page (what dragging does; also for the keyboard and tests)."""
        item = self.list.takeItem(source_row)
        self.list.insertItem(target_row, item)
        self.select_row(self.list.row(item))
        self.refresh()

    def shift_selected(self, step: int) -> None:
        items = self._selected_items()
        if not items:
            return
        row = self.list.row(items[0])
        target = row + step
        if 0 <= target < self.list.count():
            self.move_page(row, target)

    def select_row(self, row: int) -> None:
        """Select only the page at ``row``."""
        self.list.clearSelection()
        self.list.setCurrentRow(row)
        item = self.list.item(row)
        if item is not None:
            item.setSelected(True)

    # ------------------------------------------------------------------ documents

    def groups(self) -> list[list[EditPage]]:
        out: list[list[EditPage]] = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if not out or (row > 0 and bool(item.data(NEW_DOC))):
                out.append([])
            out[-1].append(self.pages[int(item.data(PAGE_ID))])
        return out

    def refresh(self) -> None:
        """Labels and icons of the pages, and one row per document with its choices."""
        doc = 0
        for row in range(self.list.count()):
            item = self.list.item(row)
            if row == 0 or bool(item.data(NEW_DOC)):
                doc += 1
            page = self.pages[int(item.data(PAGE_ID))]
            turn = f" · {self.turn_name(page.rotation)}" if page.rotation else ""
            start = "▶ " if row > 0 and bool(item.data(NEW_DOC)) else ""
            item.setText(self.tr("{0}Doc {1} · page {2}{3}").format(start, doc, row + 1, turn))
            item.setIcon(_icon(page))
        previous = self.choices()
        groups = self.groups()
        self.docs.setRowCount(len(groups))
        names = categories()
        first = 1
        for i, pages in enumerate(groups):
            last = first + len(pages) - 1
            label = (self.tr("Document {0}: page {1}").format(i + 1, first) if first == last
                     else self.tr("Document {0}: pages {1}–{2}").format(i + 1, first, last))
            self.docs.setItem(i, 0, _cell(label))
            category, stage = previous[i] if i < len(previous) else \
                (self.default_category, self.default_stage)
            combo = self.docs.cellWidget(i, 1)
            if not isinstance(combo, QComboBox):
                combo = QComboBox(self.docs)
                for code, text in names.items():
                    combo.addItem(f"{code} · {category_label(code, text)}", code)
                combo.setAccessibleName(self.tr("Category of document {0}").format(i + 1))
                combo.activated.connect(lambda _n, row=i: self._clerk_picked(row))
                self.docs.setCellWidget(i, 1, combo)
            combo.setCurrentIndex(max(combo.findData(category), 0))
            stage_box = self.docs.cellWidget(i, 2)
            if not isinstance(stage_box, QComboBox):
                stage_box = QComboBox(self.docs)
                stage_names = self.stage_names()
                for value in DOCUMENT_STAGES:
                    stage_box.addItem(stage_names.get(value) or leg_label(value), value)
                stage_box.setAccessibleName(self.tr("Stage of document {0}").format(i + 1))
                self.docs.setCellWidget(i, 2, stage_box)
            stage_box.setCurrentIndex(max(stage_box.findData(stage), 0))
            first = last + 1
        n = self.list.count()
        self.store_button.setEnabled(n > 0 and not self.progress.isVisible())
        self.store_button.setText(self.documents_text(len(groups)) if groups
                                  else self.tr("Store documents"))
        for b in (self.left_button, self.right_button, self.delete_button, self.split_button,
                  self.earlier_button, self.later_button):
            b.setEnabled(n > 0)

    # ------------------------------------------------------------------ words

    def stage_names(self) -> dict[str, str]:
        """The stages as clerks call them (the combo box keeps the code as its data)."""
        return {
            "eligibility": self.tr("Eligibility check"),
            "preauth": self.tr("Pre-authorisation"),
            "query": self.tr("Reply to a query"),
            "enhancement": self.tr("Enhancement"),
            "discharge": self.tr("Discharge"),
            "claim": self.tr("Final claim"),
            "payment": self.tr("Payment"),
        }

    def turn_name(self, degrees: int) -> str:
        """How a page was turned, in words: "turned right", "upside down", "turned left"."""
        return {90: self.tr("turned right"), 180: self.tr("upside down"),
                270: self.tr("turned left")}.get(degrees % 360, "")

    def documents_text(self, count: int) -> str:
        return (self.tr("Store 1 document") if count == 1
                else self.tr("Store {0} documents").format(count))

    def choices(self) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        for i in range(self.docs.rowCount()):
            cat = self.docs.cellWidget(i, 1)
            stage = self.docs.cellWidget(i, 2)
            if isinstance(cat, QComboBox) and isinstance(stage, QComboBox):
                out.append((str(cat.currentData()), str(stage.currentData())))
        return out

    def set_choice(self, index: int, category: str | None = None,
                   stage: str | None = None) -> None:
        cat = self.docs.cellWidget(index, 1)
        box = self.docs.cellWidget(index, 2)
        if category is not None and isinstance(cat, QComboBox):
            cat.setCurrentIndex(cat.findData(category))
        if stage is not None and isinstance(box, QComboBox):
            box.setCurrentIndex(box.findData(stage))

    def plans(self) -> list[DocumentPlan]:
        out = []
        for i, (pages, (category, stage)) in enumerate(
                zip(self.groups(), self.choices(), strict=True)):
            out.append(DocumentPlan(pages, category, stage,
                                    f"{category.lower()}-scan-{i + 1}.pdf"))
        return out

    def request_store(self) -> None:
        plans = self.plans()
        if not plans:
            self.note.setText(self.tr("Add or scan pages first."))
            return
        self._busy(self.tr("Compressing and storing 1 document…") if len(plans) == 1
                   else self.tr("Compressing and storing {0} documents…").format(len(plans)))
        self.store_requested.emit(self.case_id, plans)

    def stored(self, count: int) -> None:
        self._idle(self.tr("1 document stored.") if count == 1
                   else self.tr("{0} documents stored.").format(count))
        self.accept()

    def store_failed(self, text: str) -> None:
        self._idle(text + " " + self.tr("Nothing was stored; the pages are still here."))
