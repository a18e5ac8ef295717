"""Preview and print a case's Part C.

QtPdf is not part of PySide6-Essentials, so the PDF that ``app.forms.from_case.part_c_pdf``
renders is rasterised with pypdfium2 (off the GUI thread, at print resolution) and the page images
are shown in a scrollable preview and painted onto a :class:`QPrinter`. The print dialog opens
with ``open()`` (never ``exec()``); "Save as PDF…" keeps the exact reportlab PDF.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.tasks import Background

PRINT_DPI = 200


@dataclass(frozen=True)
class RenderedPdf:
    """The PDF bytes and each page as RGB pixels (made off the GUI thread)."""

    data: bytes
    pages: list[tuple[int, int, bytes]]  # width, height, RGB bytes
    dpi: int


def rasteriser_available() -> bool:
    try:
        import pypdfium2  # noqa: F401
    except ImportError:
        return False
    return True


def rasterise(data: bytes, dpi: int = PRINT_DPI) -> RenderedPdf:
    """Every page of ``data`` as RGB pixels at ``dpi`` (call off the GUI thread)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    pages: list[tuple[int, int, bytes]] = []
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            bitmap = page.render(scale=dpi / 72)
            image = bitmap.to_pil().convert("RGB")
            pages.append((image.width, image.height, image.tobytes()))
            bitmap.close()
            page.close()
    finally:
        pdf.close()
    return RenderedPdf(data, pages, dpi)


def to_qimage(page: tuple[int, int, bytes]) -> QImage:
    width, height, raw = page
    return QImage(raw, width, height, width * 3, QImage.Format.Format_RGB888).copy()


def paint_pages(printer: QPrinter, images: list[QImage]) -> None:
    """Each image on its own sheet, as large as the printable area allows, aspect kept."""
    painter = QPainter()
    if not painter.begin(printer):
        raise RuntimeError("the printer could not be started")
    try:
        for i, image in enumerate(images):
            if i:
                printer.newPage()
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(area.x() + (area.width() - size.width()) // 2, area.y(),
                           size.width(), size.height())
            painter.drawImage(target, image)
    finally:
        painter.end()


class PartCPreview(QDialog):
    """The filled Part C, page by page, with Print… and Save as PDF…."""

    printed = Signal(int)      # pages sent to the printer
    saved = Signal(str)        # path of the saved PDF
    failed = Signal(str)

    def __init__(self, case_id: str, rendered: RenderedPdf,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case_id = case_id
        self.rendered = rendered
        self.images = [to_qimage(p) for p in rendered.pages]
        self.background = Background(self, max_threads=1)
        self.setWindowTitle(self.tr("Part C for {0}").format(case_id))
        self.resize(820, 900)
        lay = QVBoxLayout(self)
        pages = len(self.images)
        head = QLabel((self.tr("Request for cashless hospitalisation (Part C) · 1 page")
                       if pages == 1 else
                       self.tr("Request for cashless hospitalisation (Part C) · {0} pages")
                       .format(pages)), self)
        head.setObjectName("sectionTitle")
        lay.addWidget(head)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.tr("Part C preview"))
        body = QWidget(scroll)
        body.setObjectName("previewBody")
        body.setStyleSheet("QWidget#previewBody { background: #e9edf2; }")
        pages = QVBoxLayout(body)
        pages.setSpacing(14)
        self.page_labels: list[QLabel] = []
        for i, image in enumerate(self.images):
            label = QLabel(body)
            label.setPixmap(QPixmap.fromImage(image).scaledToWidth(
                720, Qt.TransformationMode.SmoothTransformation))
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setStyleSheet("background: #ffffff; border: 1px solid #c7d0da;")
            label.setAccessibleName(self.tr("Page {0}").format(i + 1))
            pages.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        pages.addStretch(1)
        scroll.setWidget(body)
        lay.addWidget(scroll, 1)
        row = QHBoxLayout()
        self.note = QLabel("", self)
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setObjectName("primary")
        close = QPushButton(self.tr("Close"), self)
        row.addWidget(self.note, 1)
        row.addWidget(self.save_button)
        row.addWidget(self.print_button)
        row.addWidget(close)
        lay.addLayout(row)
        self.print_button.clicked.connect(self.choose_printer)
        self.save_button.clicked.connect(self.choose_file)
        close.clicked.connect(self.reject)
        self.print_button.setFocus()

    def page_count(self) -> int:
        return len(self.images)

    # ------------------------------------------------------------------ print

    def choose_printer(self) -> None:
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setDocName(f"{self.case_id} Part C")
        dialog = QPrintDialog(self.printer, self)
        dialog.accepted.connect(lambda *_: self.print_to(self.printer))
        self.print_dialog = dialog
        QDialog.open(dialog)  # QPrintDialog.open() wants a receiver; the plain one is modal-less

    def print_to(self, printer: QPrinter) -> None:
        try:
            paint_pages(printer, self.images)
        except RuntimeError as exc:
            text = self.tr("Could not print: {0}. Check the printer, or save the PDF and print "
                           "it from there.").format(exc)
            self.note.setText(text)
            self.failed.emit(text)
            return
        self.note.setText(self.tr("1 page sent to the printer.") if len(self.images) == 1 else
                          self.tr("{0} pages sent to the printer.").format(len(self.images)))
        self.printed.emit(len(self.images))

    # ------------------------------------------------------------------ save

    def choose_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Save Part C as PDF"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter("PDF (*.pdf)")
        dialog.selectFile(f"{self.case_id}-part-c.pdf")
        dialog.fileSelected.connect(self.save_to)
        self.file_dialog = dialog
        dialog.open()

    def save_to(self, path: str) -> None:
        data = self.rendered.data

        def job() -> str:
            with open(path, "wb") as out:
                out.write(data)
            return path

        def failed(exc: BaseException) -> None:
            text = self.tr("Could not save the PDF ({0}). Choose another folder.").format(
                getattr(exc, "strerror", None) or exc.__class__.__name__)
            self.note.setText(text)
            self.failed.emit(text)

        def done(where: Any) -> None:
            self.note.setText(self.tr("Saved to {0}").format(where))
            self.saved.emit(str(where))

        self.background.submit(job, done, failed)
