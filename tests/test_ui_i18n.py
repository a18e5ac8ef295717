"""Translations scaffolding and fonts: Hindi for the main screens, Noto fonts registered."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from pytestqt.qtbot import QtBot

from ui import theme
from ui.main_window import MainWindow


@pytest.fixture
def hindi(qapp: QCoreApplication) -> Iterator[None]:
    translator = theme.install_translation(qapp, "hi")
    assert translator is not None, "resources/translations/tpadesk_hi.qm is missing"
    yield
    qapp.removeTranslator(translator)


def test_main_screens_read_in_hindi_when_chosen(qtbot: QtBot, hindi: None) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.views.item(0).text().startswith("कार्रवाई बाकी")   # Needs action
    assert window.model.headerData(1, Qt.Orientation.Horizontal) == "मरीज़"  # Patient
    assert window.form.title.text() == "नई भर्ती"                        # New admission
    banner = window.offline_banner.findChild(type(window.message), "offlineBannerText")
    assert banner.text() == "आपका काम सहेजा गया है और कनेक्शन लौटने पर भेज दिया जाएगा।"


def test_english_needs_no_translation_file(qapp: QCoreApplication) -> None:
    assert theme.install_translation(qapp, "en") is None


def test_bundled_noto_fonts_are_registered(qapp: QCoreApplication) -> None:
    families = theme.register_fonts()
    assert {"Noto Sans", "Noto Sans Devanagari"} <= set(families)
    assert "Noto Sans Devanagari" in QFontDatabase.families()

