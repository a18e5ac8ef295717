"""The desk's main window (later issues fill it with the work queue, forms and views)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QStatusBar, QVBoxLayout, QWidget

from app.desk import Desk
from app.version import __version__


class MainWindow(QMainWindow):
    store_opened = Signal()
    store_failed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.desk: Desk | None = None
        self.setWindowTitle("TPA Desk")
        self.setObjectName("mainWindow")
        self.resize(1100, 720)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        self.message = QLabel("Opening the encrypted store…", central)
        self.message.setObjectName("storeMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Store status")
        layout.addWidget(self.message)
        self.setCentralWidget(central)
        status = QStatusBar(self)
        status.showMessage(f"TPA Desk {__version__}")
        self.setStatusBar(status)

    def show_opened(self, desk: Desk) -> None:
        self.desk = desk
        self.message.setText(f"The encrypted store in {desk.data_dir} is open.")
        self.store_opened.emit()

    def show_failed(self, text: str) -> None:
        self.message.setText(text)
        self.store_failed.emit(text)

    def closeEvent(self, event: object) -> None:
        if self.desk is not None:
            self.desk.close()
            self.desk = None
        super().closeEvent(event)  # type: ignore[arg-type]
