"""Part C (request for cashless hospitalisation) read back from the PDF: the facts a TPA checks
are there and legible, pages are numbered, Devanagari names use the bundled font, and long text
flows onto further pages instead of being clipped."""

from __future__ import annotations

import io
import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase import pdfmetrics

from app.admission import Accident, Admission, Maternity, example_admission_json
from app.forms import partc
from app.forms.fonts import shaping_available
from app.forms.layout import (
    CELL_PADDING,
    CONTENT_WIDTH,
    LABEL_W,
    MARGIN_X,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    WIDE_W,
    flow_pieces,
    para,
    styles,
)
from app.forms.partc import age_at, expected_discharge, render_part_c
from tests.test_forms_support import (
    all_text,
    dark_fraction,
    embedded_fonts,
    needs_pdftoppm,
    page_texts,
    placed_text,
    printed_lines,
    rasterise,
    reader,
)

GENERATED = datetime(2026, 12, 3, 5, 15, tzinfo=UTC)  # 10:45 IST


def admission(**patient: str) -> Admission:
    data = example_admission_json()
    data["patient"].update(patient)
    # lakh-sized amounts so that Indian grouping shows: total 3,87,000
    data["estimate"].update({"ot": 200000, "professional_fees": 150000})
    return Admission.from_json(data)


def render(adm: Admission, case_id: str | None = "C-2026-000042") -> tuple[bytes, int]:
    out = io.BytesIO()
    pages = render_part_c(adm, out, case_id=case_id, payer_name=None, generated_at=GENERATED,
                          payer_helpline="1800 123 4567")
    return out.getvalue(), pages


def test_part_c_shows_patient_policy_codes_and_total_in_indian_grouping() -> None:
    data, pages = render(admission())
    text = all_text(data)
    assert data.startswith(b"%PDF-")
    assert pages == len(reader(data).pages) >= 1
    for expected in ("Asha Verma", "TRN/HL/2026/000123", "TRN-000123-02", "K35.8",
                     "Acute appendicitis", "0DTJ4ZZ", "Laparoscopic appendicectomy",
                     "8900080123456", "Sahyadri Training Hospital", "Dr. Meera Iyer",
                     "MMC-2009-12345", "Training TPA", "1800 123 4567"):
        assert expected in text, expected
    assert "₹3,87,000" in text  # the total, Indian grouping
    assert "₹2,00,000" in text and "₹1,50,000" in text  # heads too
    assert "TOTAL" in text


def test_billing_groups_show_as_codes_with_their_names_not_as_amounts() -> None:
    data, _ = render(admission())
    text = all_text(data)
    for expected in ("100000 · Room & Nursing Charges", "300000 · OT Charges",
                     "500000 · Professional Fees Charges", "900000 · Provider Package Charges"):
        assert expected in text, expected
    lines = text.splitlines()
    assert not [line for line in lines if line.strip() in ("100000", "300000", "600000")]
    # the code starts at the left of its column; amounts (with ₹) end at the right of theirs
    column_left = MARGIN_X + CONTENT_WIDTH * 0.50 + CELL_PADDING
    codes = [r for r in placed_text(data) if r.text.startswith(("100000", "300000"))]
    assert codes and all(abs(r.x - column_left) < 1.5 for r in codes), codes
    amounts = [r for r in placed_text(data) if r.text.strip() in ("₹2,00,000", "₹1,50,000")]
    assert amounts and all(r.x > column_left + CONTENT_WIDTH * 0.32 for r in amounts)


def test_the_expected_discharge_is_derived_from_the_admission_and_the_days_of_stay() -> None:
    adm = admission()
    assert adm.admission.expected_days == 3
    assert expected_discharge(adm) == date(2026, 12, 6)
    text = all_text(render(adm)[0])
    assert "Expected date of discharge 06-12-2026" in " ".join(text.split())
    late = admission()  # admitted at 23:30 India time: the India date counts, not UTC's
    late.admission.admitted_at = datetime(2026, 12, 3, 18, 0, tzinfo=UTC)
    assert expected_discharge(late) == date(2026, 12, 6)
    known = admission()
    known.admission.discharge_at = datetime(2026, 12, 5, 11, 0, tzinfo=UTC)
    assert expected_discharge(known) == date(2026, 12, 5)
    unknown = admission()
    unknown.admission.expected_days = None
    assert expected_discharge(unknown) is None
    assert "Expected date of discharge Past history of chronic" in " ".join(
        all_text(render(unknown)[0]).split())  # left blank


def test_part_c_of_a_case_carries_the_payers_helpline() -> None:
    from app.cases import Case
    from app.forms.from_case import part_c_pdf
    from app.payers import default_profiles

    profile = default_profiles()["training-tpa"]
    assert profile.helpline == "1800 555 0142"
    case = Case(id="C-2612-0042", status="draft", status_at="", payer="training-tpa",
                emergency=True, admission=admission(), requested_amount=0,
                approved_amount=None, created_at="", created_by="clerk", updated_at="")
    data, _ = part_c_pdf(case, profile, generated_at=GENERATED)
    assert "Toll-free / helpline 1800 555 0142" in " ".join(all_text(data).split())
    blank, _ = part_c_pdf(case, None, generated_at=GENERATED)
    assert "1800 555 0142" not in all_text(blank)


def test_admission_date_and_time_are_written_as_clerks_do_in_india_time() -> None:
    adm = admission()
    adm.admission.admitted_at = datetime(2026, 12, 3, 4, 0, tzinfo=UTC)  # 09:30 IST
    text = all_text(render(adm)[0])
    assert "03-12-2026" in text
    assert "09:30" in text
    assert "21-03-1984" in text  # date of birth
    assert "42 years 8 months" in text


def test_every_page_is_numbered_page_x_of_n_with_the_case_id() -> None:
    adm = admission()
    adm.clinical.past_history = "Old notes. " * 800  # force several pages
    data, pages = render(adm)
    assert pages >= 3
    for number, text in enumerate(page_texts(data), start=1):
        assert f"Page {number} of {pages}" in text
        assert "C-2026-000042" in text


def test_accident_and_maternity_blocks_are_filled_when_present() -> None:
    adm = admission()
    adm.clinical.accident = Accident(road_traffic=True, injury_date=date(2026, 12, 2),
                                     reported_to_police=True, fir_number="FIR-77/2026",
                                     how_it_occurred="Two-wheeler skidded on a wet road")
    adm.clinical.maternity = Maternity(gravida=2, para=1, living=1, abortions=0,
                                       expected_delivery=date(2027, 2, 14))
    text = all_text(render(adm)[0])
    assert "FIR-77/2026" in text
    assert "Two-wheeler skidded on a wet road" in text
    assert "02-12-2026" in text
    assert "G 2" in text and "A 0" in text
    assert "14-02-2027" in text
    assert "Not applicable" not in text


def test_absent_accident_and_maternity_say_not_applicable() -> None:
    text = all_text(render(admission())[0])
    assert "Not applicable: no injury or accident reported" in text


def test_no_latin_ligatures_so_text_searches_as_typed() -> None:
    adm = admission(name="Rafiq Khalifa")
    text = all_text(render(adm)[0])
    assert "Rafiq Khalifa" in text
    assert "\ufb01" not in text and "\ufb02" not in text


@needs_pdftoppm
def test_pages_render_to_non_blank_images(tmp_path: Path) -> None:
    data, pages = render(admission())
    images = rasterise(data, tmp_path)
    assert len(images) == pages
    for image in images:
        assert 0.01 < dark_fraction(image) < 0.5  # ink, but not a black page


def test_devanagari_name_uses_the_bundled_embedded_font_and_extracts() -> None:
    assert shaping_available(), "uharfbuzz must be installed (a declared dependency)"
    data, _ = render(admission(name="सीमा पवार"))
    fonts = embedded_fonts(data)
    assert fonts.get("NotoSansDevanagari-Bold") is True, fonts  # the name is set in bold
    assert fonts.get("NotoSans-Regular") is True, fonts
    assert all(fonts.values()), f"every font must be embedded: {fonts}"
    text = all_text(data)
    assert "सीमा" in text and "पवार" in text
    runs = [r for r in placed_text(data) if "सीमा" in r.text]
    assert runs and all(r.font == "NotoSansDevanagari-Bold" for r in runs), runs


@needs_pdftoppm
def test_devanagari_name_paints_glyphs(tmp_path: Path) -> None:
    data, _ = render(admission(name="सीमा पवार"))
    run = next(r for r in placed_text(data) if "सीमा" in r.text and r.page == 1)
    dpi = 100
    image = rasterise(data, tmp_path, dpi=dpi)[0]
    k = dpi / 72
    left, baseline = run.x * k, (PAGE_HEIGHT - run.y) * k
    glyphs = (int(left), int(baseline - run.font_size * k), int(left + 4 * run.font_size * k),
              int(baseline + 2 * k))
    assert dark_fraction(image, glyphs) > 0.08
    # the same area without the name is empty: the ink is the name, not a rule or a box
    blank, _ = render(admission(name=" "))
    (tmp_path / "blank").mkdir()
    empty = rasterise(blank, tmp_path / "blank", dpi=dpi)[0]
    assert dark_fraction(empty, glyphs) < 0.01


def test_very_long_history_flows_onto_more_pages_without_losing_or_clipping_words() -> None:
    short_data, short_pages = render(admission())
    adm = admission()
    words = [f"hx{i:04d}" for i in range(2500)]
    adm.clinical.past_history = " ".join(words)
    adm.clinical.findings = "\n".join(f"finding line {i}" for i in range(150))
    data, pages = render(adm)
    assert pages >= short_pages + 4
    tokens = set(all_text(data).split())
    missing = [w for w in words if w not in tokens]
    assert not missing, f"{len(missing)} words lost, first {missing[:5]}"
    assert all(f"line {i}" in all_text(data) for i in (0, 75, 149))
    # every run of text starts inside the page, and inside the margins
    runs = placed_text(data)
    assert runs
    for run in runs:
        assert 0 <= run.x < PAGE_WIDTH and 0 <= run.y < PAGE_HEIGHT, run
        assert 20 < run.x < PAGE_WIDTH - 20 and 20 < run.y < PAGE_HEIGHT - 20, run
    # the form still ends with its estimate and signatures after the long text
    last = page_texts(data)[-1]
    assert "Signature" in last
    assert "₹3,87,000" in all_text(data)
    del short_data


def test_a_single_very_long_word_is_broken_not_clipped() -> None:
    adm = admission()
    adm.clinical.findings = "X" * 3000
    data, _ = render(adm)
    assert all_text(data).count("X") >= 3000


def test_nothing_is_written_when_layout_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(_: Admission) -> list[object]:
        raise RuntimeError("layout failed")

    monkeypatch.setattr(partc, "_estimate", broken)
    out = io.BytesIO()
    with pytest.raises(RuntimeError):
        render_part_c(admission(), out, case_id="C1", payer_name=None, generated_at=GENERATED)
    assert out.getvalue() == b""


@pytest.mark.parametrize(("born", "on", "expected"), [
    (date(1984, 3, 21), date(2026, 12, 3), "42 years 8 months"),
    (date(2025, 12, 3), date(2026, 12, 3), "1 year 0 months"),
    (date(2026, 10, 1), date(2026, 12, 3), "2 months"),
    (date(2026, 11, 20), date(2026, 12, 3), "13 days"),
    (date(2027, 1, 1), date(2026, 12, 3), ""),
])
def test_age_is_completed_years_and_months(born: date, on: date, expected: str) -> None:
    assert age_at(born, on) == expected


@given(st.text(alphabet=st.sampled_from(list("ab \n.!xW")), max_size=2500))
@settings(max_examples=60, deadline=None)
def test_flow_pieces_keep_every_character_and_stay_short(text: str) -> None:
    whole = para(text, styles().value)
    pieces = flow_pieces(whole, 300, lines=3)
    kept = "".join(p.getPlainText() for p in pieces)
    assert "".join(kept.split()) == "".join(text.split())
    assert all(p.wrap(300, 1e9)[1] <= 3 * styles().value.leading + 0.5 for p in pieces[:-1])


WORD = re.compile(r"w\d+a*")


def test_a_long_sentence_fills_every_line_to_the_width_across_pages() -> None:
    """One sentence of 900 words: every line but the last is filled to near the width of the
    value column (no line ends early where the text was cut for page breaks), and every word
    is there once, in order."""
    adm = admission()
    words = [f"w{i}" + "a" * (i * 7 % 5) for i in range(900)]  # words of varying length
    adm.clinical.past_history = " ".join(words)
    data, pages = render(adm)
    assert pages >= 3
    lines = printed_lines(data, WORD)
    assert len(lines) > 40
    column_right = MARGIN_X + LABEL_W + WIDE_W - CELL_PADDING
    longest = max(pdfmetrics.stringWidth(f" {w}", "NotoSans", 9) for w in words)
    short = [(i, round(column_right - right)) for i, (_left, right) in enumerate(lines[:-1])
             if right < column_right - longest]
    assert short == [], f"lines ending early (line, points short): {short[:8]}"
    # inside the cell's ruled border (a glyph's overhang may use part of the padding)
    assert all(right <= column_right + CELL_PADDING - 1 for _left, right in lines), \
        "text beyond the cell"
    assert [t for t in all_text(data).split() if WORD.fullmatch(t)] == words
