"""The bundled fonts and the text markup: the four Noto files and their OFL licence ship in
resources/fonts, Devanagari runs get the Devanagari font, and whatever a clerk types (markup
characters, scripts the fonts lack) renders without breaking the PDF."""

from __future__ import annotations

import io
import subprocess
from datetime import UTC, datetime
from importlib import resources

import pytest
from PIL import Image

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
from app.forms.layout import MARGIN_TOP, DocMeta, build_pdf, para, styles
from app.forms.partc import render_part_c
from tests.test_forms_support import PDFTOPPM, all_text, needs_pdftoppm, placed_text


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


# ------------------------------------------------------------ punctuation next to Devanagari


@pytest.mark.parametrize("text", ["आशा, वर्मा (राम)", "शिक्षक.", "से; रक्तचाप.", "डॉ. सीमा",
                                  "वार्ड 4, बेड 12; 03-12-2026"])
def test_punctuation_and_digits_next_to_devanagari_stay_in_the_devanagari_run(text: str
                                                                              ) -> None:
    assert script_runs(text) == [(True, text)]


def test_punctuation_between_scripts_goes_with_the_text_it_belongs_to() -> None:
    assert script_runs("आशा वर्मा, policy P-1") == [(True, "आशा वर्मा, "),
                                                   (False, "policy P-1")]
    assert script_runs("Dr. Rao (सीमा)") == [(False, "Dr. Rao "), (True, "(सीमा)")]
    assert script_runs(", आशा") == [(True, ", आशा")]  # leading punctuation joins the first run
    assert script_runs("12, 13") == [(False, "12, 13")]


def test_both_fonts_have_every_character_that_does_not_switch_font() -> None:
    from reportlab.pdfbase import pdfmetrics

    from app.forms.fonts import _NEUTRAL

    register_fonts()
    for name in FONT_FILES:
        cmap = pdfmetrics.getFont(name).face.charToGlyph
        missing = sorted(ch for ch in _NEUTRAL if ord(ch) not in cmap and ch not in "\u200c\u200d")
        assert missing == [], (name, missing)


def _part_c_with(name: str, history: str, doctor: str) -> bytes:
    data = example_admission_json()
    data["patient"]["name"] = name
    data["clinical"]["past_history"] = history
    data["admission"]["doctor"]["name"] = doctor
    out = io.BytesIO()
    render_part_c(Admission.from_json(data), out, case_id="C-2612-0001", payer_name=None,
                  generated_at=datetime(2026, 12, 3, tzinfo=UTC))
    return out.getvalue()


def test_punctuation_next_to_devanagari_reads_back_as_typed() -> None:
    # words without conjuncts: those extract as typed (see app/forms/fonts.py, known limit)
    pdf = _part_c_with("आशा, सीमा (राम)", "माता: मधुमेह है; दवा जारी. पुराना रोग.", "डॉ. सीमा")
    text = all_text(pdf)
    assert "आशा, सीमा (राम)" in text
    assert "डॉ. सीमा" in text
    assert "माता: मधुमेह है; दवा जारी. पुराना रोग." in text
    runs = [r for r in placed_text(pdf) if "(राम)" in r.text]
    assert runs and all(r.font.startswith("NotoSansDevanagari") for r in runs), runs


def test_the_enhancement_subject_keeps_the_comma_after_a_devanagari_name() -> None:
    from app.forms.letters import CaseParticulars, EnhancementRequest, render_enhancement_request

    a = Admission.from_json(example_admission_json())
    p = CaseParticulars(case_id="C-2612-0042", hospital=a.admission.hospital,
                        payer_name="Training TPA", patient_name="आशा सीमा",
                        policy_number="SYN-POL-1", member_id="M-1",
                        admitted_at=a.admission.admitted_at)
    out = io.BytesIO()
    render_enhancement_request(EnhancementRequest(p, 100, 200, 150, "more days"), out,
                               generated_at=datetime(2026, 12, 3, tzinfo=UTC))
    assert "आशा सीमा, policy SYN-POL-1" in all_text(out.getvalue())


def _rendered_line(text: str, dpi: int = 200) -> Image.Image:
    """The first line of the body of a one-paragraph PDF, as pdftoppm paints it."""
    out = io.BytesIO()
    build_pdf(lambda: [para(text, styles().value)],
              DocMeta("t", "t", datetime(2026, 12, 3, tzinfo=UTC)), out)
    assert PDFTOPPM is not None
    done = subprocess.run([PDFTOPPM, "-r", str(dpi), "-f", "1", "-l", "1", "-gray",
                           "-singlefile", "-"], input=out.getvalue(), capture_output=True,
                          check=True, timeout=60)
    page = Image.open(io.BytesIO(done.stdout)).convert("L")
    top = round(MARGIN_TOP / 72 * dpi)
    return page.crop((0, top - 5, page.width, top + round(16 / 72 * dpi)))


def _words(line: Image.Image, gap: int = 4) -> list[tuple[int, int]]:
    """Runs of inked columns separated by at least ``gap`` blank columns. A Devanagari word is
    one run (its head line joins the letters); a space makes a gap."""
    width, height = line.size
    px = line.load()
    inked = [any(px[x, y] < 128 for y in range(height)) for x in range(width)]
    out: list[tuple[int, int]] = []
    start = end = -1
    blank = 0
    for x, ink in enumerate(inked):
        if ink:
            if start < 0:
                start = x
            end, blank = x, 0
        elif start >= 0:
            blank += 1
            if blank >= gap:
                out.append((start, end))
                start = -1
    if start >= 0:
        out.append((start, end))
    return out


@needs_pdftoppm
@pytest.mark.parametrize(("text", "words"), [("आशा, सीमा (राम)", 3), ("से; रक्तचाप.", 2),
                                             ("डॉ. सीमा", 2)])
def test_a_devanagari_name_with_punctuation_renders_word_by_word(text: str, words: int) -> None:
    """The space after a comma or semicolon prints as a space (it was lost with the
    punctuation), and bracketed Devanagari prints as one word, not as separate empty boxes."""
    assert len(_words(_rendered_line(text))) == words


@needs_pdftoppm
def test_devanagari_in_brackets_paints_the_same_glyphs_as_without_them() -> None:
    alone = _rendered_line("राम")
    (left, right), = _words(alone)
    glyphs = alone.crop((left, 0, right + 1, alone.height))
    bracketed = _rendered_line("(राम)")
    (b_left, b_right), = _words(bracketed)
    best = min(
        sum(abs(a - b) for a, b in zip(glyphs.tobytes(), bracketed.crop(
            (x, 0, x + glyphs.width, bracketed.height)).tobytes(), strict=True))
        / (glyphs.width * glyphs.height)
        for x in range(b_left, b_right - glyphs.width + 2))
    assert best < 8  # grey levels on average: the same letters (empty boxes differ by far more)
