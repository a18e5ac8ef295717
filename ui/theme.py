"""The desk's look: one calm palette, spacing and fonts, applied once to the application."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

ACCENT = "#1f5fa8"
PLURAL_FORMS = "tpadeskPluralForms"  # the object name of the English plural forms' translator
TRAINING = "#7a4b00"

STYLE = f"""
QWidget {{ font-size: 10pt; color: #1d2733; }}
QMainWindow, QWidget#page {{ background: #f5f7fa; }}
QFrame#sidebar {{ background: #ffffff; border-right: 1px solid #dde3ea; }}
QLabel#brand {{ font-size: 13pt; font-weight: 600; color: {ACCENT}; padding: 4px 2px 10px 2px; }}
QLabel#sectionTitle {{ font-size: 12pt; font-weight: 600; padding: 6px 0 2px 0; }}
QLabel#pageTitle {{ font-size: 15pt; font-weight: 600; }}
QLabel#muted {{ color: #5f6b7a; }}
QLabel#fieldError {{ color: #b3261e; font-size: 9pt; }}
QLabel#trainingMarker {{ background: #fff1d6; color: {TRAINING}; border: 1px solid #f0c36d;
    border-radius: 10px; padding: 2px 10px; font-weight: 600; letter-spacing: 1px; }}
QFrame#offlineBanner {{ background: #e8f1fb; border: 1px solid #b9d3f0; border-radius: 6px; }}
QFrame#alertBanner {{ background: #fff4e0; border: 1px solid #f0c36d; border-radius: 6px; }}
QFrame#card {{ background: #ffffff; border: 1px solid #dde3ea; border-radius: 8px; }}
QListWidget#views {{ border: none; background: transparent; outline: 0; }}
QListWidget#views::item {{ padding: 7px 8px; border-radius: 6px; margin: 1px 0; }}
QListWidget#views::item:selected {{ background: #e3edf9; color: {ACCENT}; font-weight: 600; }}
QListWidget#views::item:hover:!selected {{ background: #f0f3f7; }}
QTableView {{ background: #ffffff; border: 1px solid #dde3ea; border-radius: 6px;
    gridline-color: #eef1f5; selection-background-color: #d6e6f8; selection-color: #1d2733;
    alternate-background-color: #f9fbfd; }}
QTableView {{ outline: 0; }}
QTableView::item {{ padding: 4px 8px; }}
QHeaderView::section {{ background: #f0f3f7; border: none; border-bottom: 1px solid #dde3ea;
    padding: 6px 8px; font-weight: 600; color: #3b4653; }}
QLineEdit, QPlainTextEdit, QComboBox, QDateEdit, QDateTimeEdit, QSpinBox {{ background: #ffffff;
    border: 1px solid #c7d0da; border-radius: 5px; padding: 4px 6px; min-height: 20px; }}
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QDateEdit:focus, QDateTimeEdit:focus,
QSpinBox:focus {{ border: 1px solid {ACCENT}; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"], QDateEdit[invalid="true"],
QDateTimeEdit[invalid="true"] {{ border: 1px solid #b3261e; background: #fffafa; }}
QSpinBox {{ padding-right: 22px; }}
QSpinBox::up-button, QSpinBox::down-button {{ subcontrol-origin: border; width: 20px;
    border-left: 1px solid #dde3ea; background: #f5f7fa; }}
QSpinBox::up-button {{ subcontrol-position: top right; border-top-right-radius: 5px; }}
QSpinBox::down-button {{ subcontrol-position: bottom right; border-bottom-right-radius: 5px; }}
QSpinBox::up-button:hover, QSpinBox::down-button:hover {{ background: #e3edf9; }}
QSpinBox::up-arrow {{ image: url({{ICONS}}/chevron-up.svg); width: 10px; height: 10px; }}
QSpinBox::down-arrow {{ image: url({{ICONS}}/chevron-down.svg); width: 10px; height: 10px; }}
QSpinBox::up-arrow:disabled, QSpinBox::down-arrow:disabled {{ image: none; }}
QComboBox::drop-down {{ border: none; width: 24px; }}
QComboBox::down-arrow {{ image: url({{ICONS}}/chevron-down.svg); width: 12px; height: 12px; }}
QPushButton {{ background: #ffffff; border: 1px solid #c7d0da; border-radius: 5px;
    padding: 6px 14px; }}
QPushButton:hover {{ background: #f0f3f7; }}
QPushButton:focus {{ border: 1px solid {ACCENT}; }}
QPushButton#primary {{ background: {ACCENT}; color: #ffffff; border: 1px solid {ACCENT};
    font-weight: 600; }}
QPushButton#primary:hover {{ background: #184d89; }}
QPushButton#danger {{ background: #b3261e; color: #ffffff; border: 1px solid #b3261e;
    font-weight: 600; }}
QPushButton#danger:hover {{ background: #8f1e18; }}
QPushButton:disabled, QPushButton#danger:disabled {{ color: #9aa5b1; background: #f5f7fa; }}
QStatusBar {{ background: #ffffff; border-top: 1px solid #dde3ea; }}
QStatusBar QLabel {{ padding: 0 10px; color: #3b4653; }}
QTabWidget::pane {{ border: none; background: transparent; }}
QTabBar::tab {{ padding: 8px 18px; margin-right: 4px; border: none;
    border-bottom: 2px solid transparent; color: #5f6b7a; background: transparent; }}
QTabBar::tab:selected {{ color: {ACCENT}; border-bottom: 2px solid {ACCENT}; font-weight: 600; }}
QTabBar::tab:hover:!selected {{ color: #1d2733; border-bottom: 2px solid #c7d0da; }}
QScrollArea {{ border: none; background: transparent; }}
"""


def _resource_dir(name: str) -> Path | None:
    try:
        path = Path(str(resources.files("resources") / name))
    except (ModuleNotFoundError, TypeError):
        return None
    return path if path.is_dir() else None


def register_fonts() -> list[str]:
    """Register the bundled Noto fonts (Latin and Devanagari) with Qt; returns the families."""
    families: list[str] = []
    folder = _resource_dir("fonts")
    if folder is None:
        return families
    for ttf in sorted(folder.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(ttf))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))


def _load(app: QCoreApplication, qm: Path) -> QTranslator | None:
    translator = QTranslator(app)
    if qm.is_file() and translator.load(str(qm)):
        app.installTranslator(translator)
        return translator
    return None


def install_plural_forms(app: QCoreApplication) -> QTranslator | None:
    """The English plural forms (``tpadesk_en.qm`` holds nothing else: "1 case", "3 cases" for
    the source "%n case(s)"), installed once and before any other language, which Qt then asks
    first."""
    held = app.findChild(QTranslator, PLURAL_FORMS)
    if isinstance(held, QTranslator):
        return held
    folder = _resource_dir("translations")
    translator = _load(app, folder / "tpadesk_en.qm") if folder is not None else None
    if translator is not None:
        translator.setObjectName(PLURAL_FORMS)
    return translator


def install_translation(app: QCoreApplication, language: str | None = None) -> QTranslator | None:
    """Load ``resources/translations/tpadesk_<lang>.qm`` when it exists, above the English plural
    forms; returns it (for English: the plural forms, the only English the file has)."""
    lang = language or QLocale.system().name().split("_")[0]
    english = install_plural_forms(app)
    folder = _resource_dir("translations")
    if lang == "en" or folder is None:
        return english
    return _load(app, folder / f"tpadesk_{lang}.qm")


def style_sheet() -> str:
    """The style sheet with the bundled icons' folder filled in."""
    icons = _resource_dir("icons")
    return STYLE.replace("{ICONS}", icons.as_posix() if icons else ".")


def apply(app: QApplication, language: str | None = None) -> None:
    """Fonts, the style sheet and the translation, once per application."""
    families = register_fonts()
    if "Noto Sans" in families:
        font = QFont("Noto Sans", 10)
        # Devanagari first: Qt warns when it probes the Latin-only face for Devanagari
        font.setFamilies(["Noto Sans Devanagari", "Noto Sans"])
        app.setFont(font)
    app.setStyle("Fusion")
    app.setStyleSheet(style_sheet())
    install_translation(app, language)
