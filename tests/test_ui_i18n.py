"""Translations and fonts: with Hindi chosen the main screens read in Hindi (work queue, sidebar,
statuses and clocks, status bar, admission form, case view, outbox, wizard, settings); the Hindi
file has no unfinished message and keeps every placeholder, accelerator and file pattern of its
source; the built .qm matches the .ts; every text a view translates at run time is translated;
English is the source text, its .qm holding only the plural forms ("1 case", "3 cases"); texts
built in code read as words; the Noto fonts are registered."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from importlib import resources
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QRect, Qt, QTranslator
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetrics, QImage, QRawFont
from PySide6.QtWidgets import QFormLayout, QLabel, QWizard
from pytestqt.qtbot import QtBot

from app.lifecycle import ALL_STATUSES
from tests.test_ui_support import NOW, make_desk, open_window, row
from ui import formatting, theme
from ui.formatting import category_label, clock_text, decision_label, leg_label, status_label
from ui.main_window import MainWindow
from ui.outbox_model import OutboxModel
from ui.queue_model import COLUMNS, CaseTableModel, Column, View
from ui.training_seed import seed_cases
from ui.wizard import FirstRunWizard

TRANSLATIONS = Path(str(resources.files("resources") / "translations"))
HI_TS = TRANSLATIONS / "tpadesk_hi.ts"
HI_QM = TRANSLATIONS / "tpadesk_hi.qm"


@pytest.fixture
def hindi(qapp: QCoreApplication) -> Iterator[None]:
    translator = theme.install_translation(qapp, "hi")
    assert translator is not None, "resources/translations/tpadesk_hi.qm is missing"
    yield
    qapp.removeTranslator(translator)


def _ts_messages(path: Path = HI_TS) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [(ctx.findtext("name") or "", msg)
            for ctx in root.iter("context") for msg in ctx.iter("message")]


def _hindi_of() -> dict[tuple[str, str], str]:
    return {(ctx, msg.findtext("source") or ""): msg.findtext("translation") or ""
            for ctx, msg in _ts_messages()}


def _devanagari(text: str) -> bool:
    return any("\u0900" <= ch <= "\u097f" for ch in text)


# ---------------------------------------------------------------- the main screens in Hindi

def test_main_screens_read_in_hindi_when_chosen(qtbot: QtBot, hindi: None) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    views = [window.views.item(i).text().split("   ")[0]  # "<view>   <count>"
             for i in range(window.views.count())]
    assert views == ["कार्रवाई बाकी", "भुगतानकर्ता के उत्तर की प्रतीक्षा", "भेजने के लिए कतार में",
                     "समय-सीमा पार", "आज", "सभी"]
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "आउटबॉक्स", "सेटिंग्स"]
    headers = [window.model.headerData(i, Qt.Orientation.Horizontal) for i in range(len(COLUMNS))]
    assert headers == ["केस", "मरीज़", "भुगतानकर्ता", "वर्तमान चरण", "स्थिति", "माँगी गई राशि",
                       "स्वीकृत राशि", "समय", "संकेत"]
    assert window.new_button.text() == "+  नई भर्ती"
    assert window.search.placeholderText() == "केस, मरीज़, भुगतानकर्ता खोजें…  (Ctrl+F)"
    assert window.form.title.text() == "नई भर्ती"
    banner = window.offline_banner.findChild(QLabel, "offlineBannerText")
    assert banner.text() == "आपका काम सहेजा गया है और कनेक्शन लौटने पर भेज दिया जाएगा।"
    # the status bar before anything is known
    assert window.conn_label.text() == "● अभी जुड़ा नहीं"
    assert window.outbox_label.text() == "आउटबॉक्स: 0 बाकी"
    assert window.pull_label.text() == "आख़िरी इनबॉक्स जाँच: अभी नहीं"
    assert window.training_marker.text().startswith("प्रशिक्षण · ")


def test_statuses_legs_and_clocks_read_in_hindi(hindi: None) -> None:
    assert status_label("preauth_sent") == "प्री-ऑथ भेजा गया, जवाब की प्रतीक्षा"
    assert status_label("enhancement_queried") == "एनहांसमेंट पर भुगतानकर्ता की क्वेरी"
    assert status_label("payment_received") == "भुगतान मिला"
    assert leg_label("claim") == "क्लेम"
    assert leg_label("query") == "क्वेरी का जवाब"
    assert decision_label("partial") == "आंशिक स्वीकृत"
    assert formatting.role_label("field_staff") == "फ़ील्ड स्टाफ़"
    assert clock_text(timedelta(minutes=56), "payer") == "56 मिनट बाकी"
    assert clock_text(timedelta(minutes=-20), "payer") == "20 मिनट की देरी"
    assert clock_text(timedelta(minutes=65), "payer") == "1 घं. 05 मि. बाकी"
    assert clock_text(timedelta(hours=-30), "payer") == "1 दिन 6 घं. की देरी"
    assert clock_text(None, "hospital") == "अस्पताल की बारी"
    assert category_label("POI", "proof of identity") == "पहचान का प्रमाण"
    # every status the state machine can reach has its own Hindi sentence
    for status in ALL_STATUSES:
        assert _devanagari(status_label(status)), status


def test_the_work_queue_shows_hindi_statuses_and_clocks(hindi: None) -> None:
    model = CaseTableModel()
    model.now = NOW
    model.set_rows([row("C-2612-0001", "preauth_sent", due_in=40),
                    row("C-2612-0002", "preauth_acknowledged", due_in=-5),
                    row("C-2612-0003", "preauth_queried", waiting_on="hospital")])
    status, clock = COLUMNS.index(Column.STATUS), COLUMNS.index(Column.CLOCK)
    # the Status column leaves out the leg, which the Current leg column beside it shows
    assert model.index(0, status).data() == "भेजा गया, जवाब की प्रतीक्षा"
    assert model.index(0, clock).data() == "40 मिनट बाकी"
    assert model.index(1, clock).data() == "5 मिनट की देरी"
    assert model.index(2, status).data() == "भुगतानकर्ता की क्वेरी"
    assert model.index(2, clock).data() == "अस्पताल की बारी"
    assert model.index(0, COLUMNS.index(Column.LEG)).data() == "प्री-ऑथ"
    # the search finds a case by its Hindi status too
    assert "क्वेरी" in model.haystacks()["C-2612-0003"]


def test_the_outbox_headers_read_in_hindi(hindi: None) -> None:
    model = OutboxModel()
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert headers == ["केस", "चरण", "भुगतानकर्ता", "स्थिति", "प्रयास", "अगला प्रयास",
                       "अंतिम त्रुटि"]
    model.set_messages([{"id": "m1", "case_ref": "C-2612-0001", "leg": "discharge",
                         "payer": "training-tpa", "state": "queued", "attempts": 1}])
    assert model.index(0, 1).data() == "डिस्चार्ज"


def test_the_admission_form_sections_and_labels_read_in_hindi(qtbot: QtBot, hindi: None) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    titles = [w.text() for w in window.form.findChildren(QLabel, "sectionTitle")]
    assert titles[:6] == ["1. भुगतानकर्ता और पॉलिसी", "2. अस्पताल", "3. मरीज़",
                      "4. इलाज करने वाले डॉक्टर और बीमारी", "5. भर्ती", "6. अनुमानित खर्च (₹)"]
    names = {path: w.accessibleName() for path, w in window.form.fields.items()}
    assert names["patient.address.state"] == "राज्य"       # the state of India, not a status
    assert names["coverage.policy_number"] == "पॉलिसी नंबर"
    assert names["clinical.diagnoses[0].icd10"] == "प्रारंभिक निदान: ICD-10"
    assert names["estimate.icu"] == "ICU शुल्क"
    untranslated = [n for n in names.values() if not _devanagari(n)]
    assert untranslated == ["Rohini ID"]  # kept in English on purpose: the registry's name


def test_the_case_view_header_reads_in_hindi(qtbot: QtBot, data_dir: Path, hindi: None) -> None:
    desk = make_desk(data_dir)
    ids = seed_cases(desk.store, count=3)  # draft, pre-auth queued, pre-auth sent 12 min ago
    window = open_window(qtbot, desk)
    assert window.user_label.text() == "साइन इन: asha.clerk (क्लर्क)"  # the role in words too
    assert window.outbox_label.text().startswith("आउटबॉक्स: ")
    with qtbot.waitSignal(window.case_loaded, timeout=60_000):
        window.open_case(ids[2])
    view = window.case_view
    assert view.status.text() == "प्री-ऑथ भेजा गया, जवाब की प्रतीक्षा"
    assert view.policy.text() == "पॉलिसी TRN/HL/2026/001002 · सदस्य TRN-001002-01"
    assert view.payer.text().startswith("भुगतानकर्ता: ")
    assert view.amounts.text().startswith("माँगी गई ₹") and " · स्वीकृत " in view.amounts.text()
    assert re.fullmatch(r"भुगतानकर्ता के पास जवाब देने के लिए \d+ मिनट बाकी \(\d+ मिनट की "
                        r"समय-सीमा, \d\d-\d\d-\d{4} \d\d:\d\d तक\)।", view.clock.text()), \
        view.clock.text()
    assert view.timeline.headerItem().text(0) == "चरण"
    assert view.timeline.topLevelItem(0).text(0) == "प्री-ऑथ"
    assert view.documents.item(0).text() == "अभी कोई दस्तावेज़ नहीं"
    with qtbot.waitSignal(window.case_loaded, timeout=60_000):
        window.open_case(ids[0])
    assert view.clock.text() == ("कोई समय-सीमा नहीं चल रही: भुगतानकर्ता के जवाब का इंतज़ार "
                                 "नहीं है।")
    assert view.action_buttons["preauth"].text() == "प्री-ऑथ भेजें"


def _ink_rows(image: QImage, rect: QRect) -> list[int]:
    """The rows of ``rect`` in ``image`` with dark (text) pixels, relative to its top."""
    rows = []
    for y in range(rect.top(), rect.bottom() + 1):
        if any(QColor(image.pixel(x, y)).lightness() < 140
               for x in range(rect.left() + 24, min(rect.right(), rect.left() + 200))):
            rows.append(y - rect.top())
    return rows


@pytest.mark.parametrize("language", ["hi", "en"])
def test_both_lines_of_each_checklist_item_show(qtbot: QtBot, data_dir: Path,
                                                language: str) -> None:
    """Each item is "<mark> <document> (<code>)" over "<required>, <missing>": the row is as
    tall as both lines in the face that draws them (Devanagari is taller than Latin), and the
    second line is drawn (it used to be cut off, the first line elided, in Hindi)."""
    from tests.test_ui_support import themed_app

    restore = themed_app()
    translator = theme.install_translation(QCoreApplication.instance(), language)
    try:
        desk = make_desk(data_dir)
        ids = seed_cases(desk.store, count=3)
        window = open_window(qtbot, desk)
        window.resize(1280, 800)
        with qtbot.waitSignal(window.case_loaded, timeout=60_000):
            window.open_case(ids[2])
        checklist = window.case_view.checklist
        assert checklist.count() >= 2
        face = QFont(checklist.font())
        face.setFamilies(["Noto Sans Devanagari"] if language == "hi" else ["Noto Sans"])
        line = QFontMetrics(face).height()
        image = checklist.viewport().grab().toImage()
        for i in range(checklist.count()):
            item = checklist.item(i)
            _first, second = item.text().split("\n")
            assert _devanagari(second) == (language == "hi")
            rect = checklist.visualItemRect(item)
            assert rect.height() >= 2 * line, (item.text(), rect.height(), line)
            ink = _ink_rows(image, rect)
            bands = [y for y in ink if y - 1 not in ink]  # where each run of inked rows starts
            assert len(bands) == 2, (item.text(), ink)  # two lines of text, a gap between
            assert min(ink) >= 1 and max(ink) <= rect.height() - 2  # nothing cut at the edges
    finally:
        if translator is not None and language != "en":
            QCoreApplication.instance().removeTranslator(translator)
        restore()


def test_the_wizard_and_settings_read_in_hindi(qtbot: QtBot, hindi: None) -> None:
    wizard = FirstRunWizard(keyring_usable=False)
    qtbot.addWidget(wizard)
    assert wizard.windowTitle() == "TPA डेस्क सेट अप करें"
    assert wizard.store_page.title() == "इस डेस्क का डेटा सुरक्षित करें"
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "आगे (&N) >"
    assert wizard.button(QWizard.WizardButton.CancelButton).text() == "रद्द करें"
    window = MainWindow()
    qtbot.addWidget(window)
    settings = window.settings_view
    titles = [w.text() for w in settings.findChildren(QLabel, "sectionTitle")]
    assert {"भुगतानकर्ता प्रोफ़ाइल", "यह डेस्क", "नया भुगतानकर्ता"} <= set(titles)
    form = settings.language.parentWidget().findChild(QFormLayout)
    labels = [form.labelForField(w).text() for w in (settings.auto_lock, settings.language,
                                                     settings.scanner_dpi, settings.scanner_mode)]
    assert labels == ["खाली रहने पर लॉक", "भाषा", "स्कैनर रिज़ॉल्यूशन", "स्कैनर रंग"]
    assert settings.auto_lock.suffix() == " मिनट"


def test_the_bundled_fonts_have_every_character_the_hindi_texts_add(
        qapp: QCoreApplication) -> None:
    fonts = Path(str(resources.files("resources") / "fonts"))
    faces = [QRawFont(str(fonts / name), 10) for name in ("NotoSansDevanagari-Regular.ttf",
                                                           "NotoSans-Regular.ttf")]
    assert all(face.isValid() for face in faces)
    ts = _hindi_of()
    in_english = {ch for _ctx, source in ts for ch in source}
    added = {ch for text in ts.values() for ch in text if not ch.isspace()} - in_english
    assert "क" in added
    missing = sorted(ch for ch in added
                     if not any(face.supportsCharacter(ord(ch)) for face in faces))
    assert missing == [], "these would be drawn with a fallback font or as empty boxes"


# ---------------------------------------------------------------- the translation file

PLACEHOLDER = re.compile(r"\{\d*\}|%n|%L?\d+")
FILE_PATTERN = re.compile(r"\*\.\w+")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")
ACCEL = re.compile(r"&(?!&)(.)")  # the letter after "&" (Alt+letter); "&&" is a plain "&"


def _problems(context: str, msg: ET.Element) -> list[str]:
    source = msg.findtext("source") or ""
    tr = msg.find("translation")
    where = f"{context}: {source[:60]!r}"
    if tr is None:
        return [f"{where}: no <translation>"]
    kind = tr.get("type")
    if kind in ("unfinished", "vanished", "obsolete"):
        return [f"{where}: {kind}"]
    forms = [f.text or "" for f in tr.iter("numerusform")] if msg.get("numerus") else \
        [tr.text or ""]
    out: list[str] = []
    for text in forms:
        if not text.strip():
            out.append(f"{where}: empty translation")
            continue
        for name, pattern in (("placeholders", PLACEHOLDER), ("file patterns", FILE_PATTERN),
                              ("rich-text tags", TAG)):
            if Counter(pattern.findall(source)) != Counter(pattern.findall(text)):
                out.append(f"{where}: {name} {pattern.findall(source)} became "
                           f"{pattern.findall(text)}")
        if [k.lower() for k in ACCEL.findall(source)] != [k.lower() for k in ACCEL.findall(text)]:
            out.append(f"{where}: the keyboard accelerator {ACCEL.findall(source)} became "
                       f"{ACCEL.findall(text)} (keep the English key, e.g. 'सहेजें (&S)')")
        if source.startswith(" ") != text.startswith(" "):
            out.append(f"{where}: the leading space (a suffix) is lost")
    return out


def test_every_hindi_message_is_translated_and_keeps_its_placeholders() -> None:
    messages = _ts_messages()
    assert len(messages) > 500
    problems = [p for ctx, msg in messages for p in _problems(ctx, msg)]
    assert problems == []


def test_the_translation_check_catches_a_dropped_placeholder_and_an_unfinished_message() -> None:
    def message(source: str, translation: str, kind: str | None = None) -> ET.Element:
        msg = ET.Element("message")
        ET.SubElement(msg, "source").text = source
        tr = ET.SubElement(msg, "translation")
        tr.text = translation
        if kind:
            tr.set("type", kind)
        return msg

    assert _problems("X", message("Outbox: {0} waiting", "आउटबॉक्स: {0} बाकी")) == []
    assert _problems("X", message("Outbox: {0} waiting", "आउटबॉक्स बाकी"))
    assert _problems("X", message("{0} of {1}", "{0} में से {0}"))
    assert _problems("X", message("%n case(s)", "केस"))
    assert _problems("X", message("&Save draft", "ड्राफ़्ट सहेजें (&S)")) == []
    assert _problems("X", message("&Save draft", "ड्राफ़्ट सहेजें"))
    assert _problems("X", message("&Save draft", "ड्राफ़्ट &सहेजें"))  # no Alt+स on the keyboard
    assert _problems("X", message("Pages (*.png *.pdf)", "पन्ने (*.png)"))
    assert _problems("X", message("Done", "", "unfinished"))
    assert _problems("X", message("Done", "पूरा", "unfinished"))
    assert _problems("X", message("Done", "  "))


def _stale_in_qm(ts: Path, qm: Path) -> list[tuple[str, str]]:
    """The finished messages of ``ts`` that the built ``qm`` answers differently (a plural
    message: the set of its forms for the counts 0 to 20)."""
    translator = QTranslator()
    assert translator.load(str(qm))
    stale = []
    for ctx, msg in _ts_messages(ts):
        src, tr = msg.findtext("source") or "", msg.find("translation")
        if tr is None or tr.get("type") == "unfinished":
            continue
        if msg.get("numerus") == "yes":
            forms = {f.text or "" for f in tr.iter("numerusform")}
            if {translator.translate(ctx, src, None, n) for n in range(21)} != forms:
                stale.append((ctx, src))
        elif translator.translate(ctx, src) != (tr.text or ""):
            stale.append((ctx, src))
    return stale


def test_the_built_qm_files_match_the_ts_files() -> None:
    assert _stale_in_qm(HI_TS, HI_QM) == [], "run pyside6-lrelease (README: Translations)"
    english = TRANSLATIONS / "tpadesk_en.ts"
    assert _stale_in_qm(english, english.with_suffix(".qm")) == []


def runtime_texts() -> list[tuple[str, str]]:
    """(context, source) of every text a view keeps in a table and translates at run time."""
    from app.admission import ESTIMATE_HEADS
    from app.documents import categories
    from ui import (
        abha_prefill,
        admission_form,
        camera,
        case_view,
        checks_dialog,
        main_window,
        outbox_model,
        page_editor,
        payer_editor,
        queue_model,
    )

    out: list[tuple[str, str]] = []
    mw = "MainWindow"
    out += [(mw, v.value) for v in View] + [(mw, "Outbox"), (mw, "Settings")]
    out += [(mw, t) for t in main_window.CONNECTIVITY_TEXT.values()]
    out += [(mw, main_window.OFFLINE_TEXT), (mw, camera.NO_MULTIMEDIA), (mw, camera.NO_CAMERA)]
    out += [("CaseTableModel", c.value) for c in Column]
    out += [("CaseTableModel", t) for t in [*queue_model._FLAG_TEXT.values(), "Emergency"]]
    out += [("OutboxModel", h) for h in outbox_model.HEADERS]
    out += [("OutboxModel", t) for t in outbox_model._STATE_TEXT.values()]
    af = "AdmissionForm"
    for title, rows in admission_form.SECTIONS:
        out += [(af, title)] + [(af, label) for _path, label, _kind in rows]
    out += [(af, "Room rent per day")] + [(af, label) for _k, label, _g in ESTIMATE_HEADS]
    out += [(af, text) for choices in admission_form._CHOICES.values()
            for _v, text in choices if text != "—"]
    out += [(af, str(t)) for t in admission_form.CHOICE_TEXT.values()]
    out += [(af, label) for label in checks_dialog._EXTRA_LABELS.values()]
    out += [(mw, str(t)) for t in main_window.DONE_TEXT.values()]
    out += [("Formatting", str(t)) for t in formatting._STATE_ONLY.values()]
    out.append((af, abha_prefill.IMAGE_FILTER))
    out += [("CaseView", t) for t in case_view.ACTIONS.values()]
    out += [("CaseView", t) for t in ("Leg", "Queued", "Sent", "Answered", "Decision", "Amount",
                                      "Payer said", "Query", "Our answer", "Error", "UTR")]
    pe = "PayerEditor"
    out += [(pe, t) for _n, label, hint in payer_editor.TEXT_FIELDS for t in (label, hint) if t]
    out += [(pe, label) for _n, label, _options in payer_editor.CHOICE_FIELDS]
    out += [(pe, t) for t in payer_editor.CHOICE_TEXT.values()]
    out += [(pe, t) for t in ("Largest document", "Largest message", "Password / client secret")]
    out += [("SettingsView", "Payer profiles"), ("SettingsView", "This desk")]
    out.append(("PageEditor", page_editor.FILE_FILTER))
    out += [("DocumentCategory", d) for d in categories().values()]
    return list(dict.fromkeys(out))


def literal_tr_calls() -> list[tuple[str, str, str]]:
    """(context, source, file:line) of every ``self.tr("...")`` and
    ``QCoreApplication.translate("ctx", "...")`` with literal text in ui/, read with ``ast`` (so
    also the calls inside f-strings, which lupdate misses)."""
    out: list[tuple[str, str, str]] = []
    ui = Path(str(resources.files("ui")))
    for path in sorted(ui.glob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
            for call in [n for n in ast.walk(cls) if isinstance(n, ast.Call)]:
                f = call.func
                if (isinstance(f, ast.Attribute) and f.attr == "tr"
                        and isinstance(f.value, ast.Name) and f.value.id == "self"
                        and call.args and isinstance(call.args[0], ast.Constant)
                        and isinstance(call.args[0].value, str)):
                    out.append((cls.name, call.args[0].value, f"{path.name}:{call.lineno}"))
        for call in [n for n in ast.walk(tree) if isinstance(n, ast.Call)]:
            f = call.func
            if (isinstance(f, ast.Attribute) and f.attr == "translate" and len(call.args) >= 2
                    and all(isinstance(a, ast.Constant) and isinstance(a.value, str)
                            for a in call.args[:2])):
                out.append((str(call.args[0].value), str(call.args[1].value),
                            f"{path.name}:{call.lineno}"))
    return out


def test_every_literal_tr_text_in_ui_is_in_the_hindi_file() -> None:
    calls = literal_tr_calls()
    assert len(calls) > 250
    ts = _hindi_of()
    missing = [f"{where} {ctx}: {src!r}" for ctx, src, where in calls if (ctx, src) not in ts]
    assert missing == [], ("run pyside6-lupdate (README: Translations) and translate; a tr() "
                           "inside an f-string needs a line in ui/strings.py")


def test_every_text_translated_at_run_time_has_its_hindi(hindi: None) -> None:
    ts = _hindi_of()
    missing = [key for key in runtime_texts() if key not in ts]
    assert missing == [], "list these in ui/strings.py, run pyside6-lupdate and translate"
    untranslated = [(ctx, src) for ctx, src in runtime_texts()
                    if QCoreApplication.translate(ctx, src) == src and ts[(ctx, src)] != src]
    assert untranslated == []


# ---------------------------------------------------------------- English and fonts

def test_english_labels_are_the_source_texts() -> None:
    words = {"queued": "queued", "sent": "sent, awaiting payer",
             "acknowledged": "acknowledged by payer", "approved": "approved",
             "partial": "partly approved", "queried": "queried by payer", "rejected": "rejected"}
    whole = {"draft": "Draft", "payment_received": "Payment received", "closed": "Closed",
             "cancelled": "Cancelled"}
    for status in ALL_STATUSES:
        stage, _, state = status.partition("_")
        expected = whole.get(status) or f"{leg_label(stage)} {words[state]}"
        assert status_label(status) == expected
    assert status_label("preauth_sent") == "Pre-auth sent, awaiting payer"
    assert status_label("something_new") == "Something new"
    assert leg_label("cancel") == "Cancellation"
    assert leg_label("new_kind") == "New kind"
    assert clock_text(timedelta(minutes=56), "payer") == "56 min left"
    assert clock_text(timedelta(minutes=-65), "payer") == "overdue 1 h 05 min"
    assert clock_text(timedelta(hours=30), "payer") == "1 d 6 h left"
    assert clock_text(None, "hospital") == "with hospital"
    assert clock_text(None, "payer") == ""
    assert decision_label("partial") == "partial"
    assert formatting.role_label("field_staff") == "field staff"
    assert category_label("POI", "proof of identity") == "Proof of identity"


def test_english_loads_only_its_plural_forms(qapp: QCoreApplication) -> None:
    english = theme.install_translation(qapp, "en")
    assert english is not None and english is theme.install_plural_forms(qapp)  # installed once
    assert QCoreApplication.translate("MainWindow", "%n case(s)", None, 1) == "1 case"
    assert QCoreApplication.translate("MainWindow", "%n case(s)", None, 12) == "12 cases"
    assert english.translate("MainWindow", "Outbox: {0} waiting") == ""  # the source is used
    numerus = [msg.get("numerus") == "yes" for _ctx, msg in
               _ts_messages(TRANSLATIONS / "tpadesk_en.ts")
               if (msg.find("translation") is not None
                   and msg.find("translation").get("type") != "unfinished")]  # type: ignore[union-attr]
    assert numerus and all(numerus)  # nothing but plural forms is "translated" into English


def test_texts_built_in_code_read_as_words_in_english(qtbot: QtBot) -> None:
    from app.admission import AdmissionType, Gender, RoomCategory, Treatment
    from ui import admission_form, case_view, main_window
    from ui.payer_editor import PayerEditor

    model = CaseTableModel()
    model.now = NOW
    model.set_rows([row("C-2612-0001", "preauth_sent", due_in=40),
                    row("C-2612-0002", "enhancement_queried", waiting_on="hospital"),
                    row("C-2612-0003", "draft")])
    status = COLUMNS.index(Column.STATUS)
    assert [model.index(r, status).data() for r in range(3)] == [
        "Sent, awaiting payer", "Queried by payer", "Draft"]
    outbox = OutboxModel()
    outbox.set_messages([{"id": "m1", "case_ref": "C-2612-0001", "leg": "preauth",
                          "payer": "training-tpa", "state": "needs_attention", "attempts": 3},
                         {"id": "m2", "case_ref": "C-2612-0001", "leg": "preauth",
                          "payer": "training-tpa", "state": "new_state", "attempts": 0}])
    assert [outbox.index(r, 3).data() for r in range(2)] == ["Needs attention", "new state"]
    # every value of the form's value sets has its own words ("ICU", not "Icu")
    for values in (Gender, AdmissionType, RoomCategory, Treatment):
        assert {v.value for v in values} <= set(admission_form.CHOICE_TEXT), values
    window = MainWindow()
    qtbot.addWidget(window)
    room = window.form.fields["admission.room_category"]
    assert [room.itemText(i) for i in range(room.count())] == [  # type: ignore[union-attr]
        "—", "General ward", "Semi-private", "Private", "Deluxe", "ICU"]
    assert window.view_count.text() == "0 cases"
    # the status bar names what was done for every action a clerk can take
    keys = set(case_view.ACTIONS) - {"print", "edit"} | {"attach", "photo", "pages"}
    assert keys <= set(main_window.DONE_TEXT)
    bug = main_window.plain_error(KeyError("x"))
    assert bug.startswith("Something went wrong inside the desk. Your saved work is safe.")
    editor = PayerEditor()
    qtbot.addWidget(editor)
    labels = {label.buddy(): label.text() for label in editor.findChildren(QLabel)
              if label.buddy() is not None}
    assert labels[editor.fields["sla_minutes.preauth"]] == "Pre-auth: answer due within"
    assert labels[editor.fields["sla_minutes.discharge"]] == "Discharge: answer due within"


def test_bundled_noto_fonts_are_registered(qapp: QCoreApplication) -> None:
    families = theme.register_fonts()
    assert {"Noto Sans", "Noto Sans Devanagari"} <= set(families)
    assert "Noto Sans Devanagari" in QFontDatabase.families()


def test_the_eligibility_answer_reads_in_hindi(data_dir: Path, hindi: None) -> None:
    from tests.test_ui_admission_form import _eligibility_answered

    port, case_id, waiting = _eligibility_answered(data_dir, -2_000_000)
    assert waiting == "पात्रता जाँच भेजी गई; भुगतानकर्ता के जवाब की प्रतीक्षा है।"
    text = port.eligibility_text(case_id)  # type: ignore[attr-defined]
    assert text.startswith("पॉलिसी चालू है, बैलेंस ₹0 (")
    assert "(-₹20,000)" in text and _devanagari(text.rsplit("(", 1)[-1])
