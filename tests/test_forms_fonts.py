"""The bundled fonts and the text markup: the four Noto files and their OFL licence ship in
resources/fonts, Devanagari runs get the Devanagari font, and whatever a clerk types (markup
characters, scripts the fonts lack) renders without breaking the PDF."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from importlib import resources

from app.admission import Admission, example_admission_json
from app.forms.fonts import (
    DEVANAGARI,
    DEVANAGARI_BOLD,
    FONT_FILES,
    LICENCE_FILE,
    has_devanagari,
    markup,
    register_fonts,
    script_runs,
)
from app.forms.partc import render_part_c
from tests.test_forms_support import all_text


def test_the_four_fonts_and_the_ofl_licence_are_bundled() -> None:
    folder = resources.files("resources") / "fonts"
    for filename in FONT_FILES.values():
        data = (folder / filename).read_bytes()
        assert data[:4] == b"\x00\x01\x00\x00", filename  # a TrueType font
        assert 100_000 < len(data) < 1_000_000, filename
    licence = (folder / LICENCE_FILE).read_text("utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    assert "Reserved Font Name" in licence or "RESERVED FONT NAME" in licence.upper()
    assert register_fonts() == register_fonts()  # idempotent


def test_script_runs_split_latin_and_devanagari() -> None:
    assert script_runs("Asha आशा वर्मा (Verma)") == [
        (False, "Asha "), (True, "आशा वर्मा "), (False, "(Verma)")]
    assert script_runs("") == []
    assert has_devanagari("सीमा") and not has_devanagari("Seema")


def test_markup_escapes_and_picks_fonts() -> None:
    assert markup("D'Souza & Sons <b>") == "D'Souza &amp; Sons &lt;b&gt;"
    assert markup("a\nb") == "a<br/>b"
    assert markup("सीमा") == f'<font name="{DEVANAGARI}">सीमा</font>'
    assert markup("सीमा", bold=True) == f'<b><font name="{DEVANAGARI_BOLD}">सीमा</font></b>'


def test_typed_markup_characters_and_unsupported_scripts_render_safely() -> None:
    data = example_admission_json()
    data["patient"]["name"] = "Anil <Kumar> & Sons 'Pvt' \"Ltd\""
    data["clinical"]["past_history"] = "Allergic to <penicillin> & sulpha; 患者 🙂 née"
    adm = Admission.from_json(data)
    out = io.BytesIO()
    render_part_c(adm, out, case_id="C-2612-0001", payer_name=None,
                  generated_at=datetime(2026, 12, 3, tzinfo=UTC))
    text = all_text(out.getvalue())
    assert "Anil <Kumar> & Sons 'Pvt' \"Ltd\"" in text
    assert "Allergic to <penicillin> & sulpha;" in text
    assert "née" in text
