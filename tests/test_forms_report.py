"""Daily desk report, read back from the PDF: status and payer totals, breaches with their times
and the requested / approved / pending amounts in Indian grouping."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from app.forms.report import (
    ClockBreach,
    DeskReport,
    ReportRow,
    group_totals,
    render_desk_report,
    status_label,
)
from tests.test_forms_support import all_text, dark_fraction, needs_pdftoppm, page_texts, rasterise

IST = timezone(timedelta(hours=5, minutes=30))


def at(h: int, m: int) -> datetime:
    return datetime(2026, 12, 3, h, m, tzinfo=IST)


def rows() -> list[ReportRow]:
    return [
        ReportRow("C-2612-0041", "Asha Verma", "Training TPA", "preauth_sent", 9_200_000, 0,
                  9_200_000, at(9, 30), True,
                  [ClockBreach("preauth", 60, at(9, 45), 95, due_at=at(10, 45))]),
        ReportRow("C-2612-0042", "Seema Pawar", "Star Health", "enhancement_approved",
                  14_250_000, 14_250_000, 0, at(8, 10)),
        ReportRow("C-2612-0043", "Rafiq Khalifa", "Training TPA", "discharge_approved",
                  21_000_000, 19_500_000, 0, at(7, 0), False,
                  [ClockBreach("discharge", 180, at(11, 0), 232, answered_at=at(14, 52))]),
        ReportRow("C-2612-0044", "John D'Souza", "Star Health", "preauth_sent", 5_500_000, 0,
                  5_500_000, at(12, 0), True),
    ]


def render(report: DeskReport) -> tuple[bytes, int]:
    out = io.BytesIO()
    pages = render_desk_report(report, out, generated_at=at(20, 0))
    return out.getvalue(), pages


def test_report_has_totals_per_status_and_payer_in_indian_grouping() -> None:
    data, pages = render(DeskReport(date(2026, 12, 3), rows(), "Sahyadri Training Hospital"))
    text = all_text(data)
    assert "DAILY DESK REPORT · 03-12-2026" in text
    assert "Sahyadri Training Hospital" in text
    # overall: requested 92,000 + 1,42,500 + 2,10,000 + 55,000; approved 1,42,500 + 1,95,000
    assert "₹4,99,500" in text
    assert "₹3,37,500" in text
    assert "₹1,47,000" in text  # pending 92,000 + 55,000
    # per payer: Training TPA requested 3,02,000; Star Health requested 1,97,500
    assert "₹3,02,000" in text and "₹1,97,500" in text
    assert "Pre-authorisation: sent, awaiting answer" in text
    assert "Discharge authorisation: approved" in text
    assert pages == 1 and "Page 1 of 1" in text


def test_report_lists_each_breach_with_times_and_overdue_minutes() -> None:
    # narrow cells wrap date and time onto two lines: compare with whitespace normalised
    text = " ".join(all_text(render(DeskReport(date(2026, 12, 3), rows()))[0]).split())
    assert "03-12-2026 09:45" in text  # reached the payer
    assert "still waiting (due 03-12-2026 10:45)" in text
    assert "35 min" in text  # 95 - 60
    assert "03-12-2026 14:52" in text  # answered late
    assert "52 min" in text  # 232 - 180


def test_report_without_cases_or_breaches_says_so() -> None:
    text = all_text(render(DeskReport(date(2026, 12, 3), []))[0])
    assert "No clock breaches." in text
    assert "No cases for this day." in text


def test_group_totals_add_up() -> None:
    groups = group_totals(rows(), lambda r: r.payer_name)
    assert list(groups) == ["Star Health", "Training TPA"]
    assert groups["Star Health"].requested == 19_750_000
    assert groups["Training TPA"].breaches == 2
    assert sum(g.cases for g in groups.values()) == 4


def test_status_labels_are_words_for_clerks() -> None:
    assert status_label("enhancement_queried") == "Enhancement: queried"
    assert status_label("payment_received") == "Payment received"
    assert status_label("something_new") == "something new"


def test_a_busy_day_spans_pages_with_every_case() -> None:
    many = [ReportRow(f"C-2612-{i:04d}", f"Patient {i}", f"Payer {i % 7}", "preauth_sent",
                      1_000_000 + i, 0, 1_000_000 + i) for i in range(1, 151)]
    data, pages = render(DeskReport(date(2026, 12, 3), many))
    assert pages >= 3
    text = all_text(data)
    assert all(f"C-2612-{i:04d}" in text for i in range(1, 151))
    assert all(f"Page {i} of {pages}" in t for i, t in enumerate(page_texts(data), start=1))


@needs_pdftoppm
def test_report_renders_non_blank(tmp_path: Path) -> None:
    data, pages = render(DeskReport(date(2026, 12, 3), rows()))
    images = rasterise(data, tmp_path)
    assert len(images) == pages
    assert all(0.01 < dark_fraction(i) < 0.5 for i in images)
