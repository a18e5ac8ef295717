"""Form and report commands: ``form`` (Part C and letters of one case) and ``report`` (the daily
desk report), each written as a PDF.

The PDF is laid out in memory and then written atomically (a temporary file in the target folder,
renamed over the target), so an error never leaves a half-written file and an existing file is
either replaced whole or left untouched.
"""

from __future__ import annotations

import argparse
import io
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from app.cases import list_cases, load_case
from app.clocks import IST
from app.money import AmountError, parse_rupees
from app.payers import PayerProfile, get_profile
from offline.errors import BadInput
from offline.fsutil import atomic_write_bytes

KINDS = ("part-c", "enhancement", "discharge", "claim")


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "form", parents=[common], help="write a case's filled Part C (or a letter) as a PDF",
        description="Write the filled IRDAI Part C 'Request for cashless hospitalisation' of a "
                    "case as a PDF; with --kind, the enhancement request letter or the "
                    "discharge / final claim cover sheet with its document index.")
    p.add_argument("case", help="the case id, for example C-2612-0042")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF file to write")
    p.add_argument("--kind", choices=KINDS, default="part-c",
                   help="what to write (default: part-c)")
    p.add_argument("--new-estimate", metavar="RUPEES",
                   help="enhancement: the revised estimate of the total cost")
    p.add_argument("--interim-bill", metavar="RUPEES",
                   help="enhancement: the interim bill to date")
    p.add_argument("--reason", metavar="TEXT", help="enhancement: the clinical reason")
    p.add_argument("--final-bill", metavar="RUPEES",
                   help="discharge / claim: the final bill amount")
    p.add_argument("--claimed", metavar="RUPEES",
                   help="discharge / claim: amount claimed (default: the final bill)")
    p.set_defaults(handler=cmd_form)

    p = sub.add_parser(
        "report", parents=[common], help="write the daily desk report as a PDF",
        description="Write the daily desk report (cases by status, clock breaches, amounts "
                    "requested / approved / pending per payer) for a day in India time.")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the day (default: today, India time)")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF file to write")
    p.set_defaults(handler=cmd_report)


def output_path(text: str) -> Path:
    """The target file; refuses a folder or a missing parent folder (BadInput, exit 2)."""
    path = Path(text).expanduser()
    if path.is_dir():
        raise BadInput(f"--out: '{path}' is a folder; give a file name, for example "
                       f"{path / 'part-c.pdf'}")
    if not path.parent.is_dir():
        raise BadInput(f"--out: the folder '{path.parent}' does not exist; create it or choose "
                       "another place")
    return path


def write_pdf(path: Path, render: Callable[[BinaryIO], int]) -> tuple[int, int]:
    """Render into memory, then write ``path`` atomically. Returns (pages, bytes)."""
    buffer = io.BytesIO()
    pages = render(buffer)  # an error here leaves the target untouched
    data = buffer.getvalue()
    atomic_write_bytes(path, data, mode=0o600)  # patient data: readable by this user only
    return pages, len(data)


def _amount(value: str | None, option: str, *, required: bool) -> int | None:
    if value is None:
        if required:
            raise BadInput(f"{option}: is required for this kind of form; give rupees, "
                           "for example 145000")
        return None
    try:
        return parse_rupees(value)
    except AmountError as exc:
        raise BadInput(f"{option}: {exc}") from exc


def _profile(store: Any, code: str) -> PayerProfile | None:
    try:
        return get_profile(store, code)
    except BadInput:
        return None  # profile removed since: fall back to the names on the policy


def cmd_form(cli: Any) -> int:
    args = cli.args
    path = output_path(args.out)
    kind = args.kind
    new_estimate = interim = final_bill = claimed = None
    if kind == "enhancement":
        new_estimate = _amount(args.new_estimate, "--new-estimate", required=True)
        interim = _amount(args.interim_bill, "--interim-bill", required=True)
        if not (args.reason or "").strip():
            raise BadInput("--reason: is required for an enhancement; say why the treatment "
                           "costs more than approved")
    elif kind in ("discharge", "claim"):
        final_bill = _amount(args.final_bill, "--final-bill", required=True)
        claimed = _amount(args.claimed, "--claimed", required=False)
    store = cli.desk().store
    case = load_case(store, args.case)
    profile = _profile(store, case.payer)
    now = datetime.now(UTC)

    from app.forms import from_case  # reportlab and the fonts load only when a form is made
    from app.forms.letters import render_cover_sheet, render_enhancement_request
    from app.forms.partc import render_part_c

    def render(out: BinaryIO) -> int:
        if kind == "enhancement":
            assert new_estimate is not None and interim is not None
            req = from_case.enhancement_request(case, profile, new_estimate=new_estimate,
                                                interim_bill=interim, reason=args.reason)
            return render_enhancement_request(req, out, generated_at=now)
        if kind in ("discharge", "claim"):
            assert final_bill is not None
            sheet = from_case.cover_sheet(case, profile, kind=kind, final_bill=final_bill,
                                          claimed_amount=claimed)
            return render_cover_sheet(sheet, out, generated_at=now)
        return render_part_c(case.admission, out, case_id=case.id,
                             payer_name=from_case.payer_name(case, profile), generated_at=now,
                             payer_helpline=profile.helpline if profile else None)

    pages, size = write_pdf(path, render)
    cli.print(f"{path}  {kind}  case {case.id}  {pages} page(s)  {size:,} bytes")
    return 0


def _day(text: str | None) -> date:
    if not text:
        return datetime.now(UTC).astimezone(IST).date()
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise BadInput(f"--date: '{text.strip()[:20]}' is not a date; write YYYY-MM-DD, for "
                       "example 2026-12-03") from exc


def cmd_report(cli: Any) -> int:
    args = cli.args
    path = output_path(args.out)
    day = _day(args.date)
    store = cli.desk().store
    now = datetime.now(UTC)
    cases = [load_case(store, s.id, with_documents=False) for s in list_cases(store)]
    cache: dict[str, PayerProfile | None] = {}

    def profiles(code: str) -> PayerProfile | None:
        if code not in cache:
            cache[code] = _profile(store, code)
        return cache[code]

    from app.forms import from_case
    from app.forms.report import render_desk_report

    report = from_case.desk_report(cases, profiles, day=day, now=now)
    pages, size = write_pdf(path, lambda out: render_desk_report(report, out, generated_at=now))
    cli.print(f"{path}  report {day:%d-%m-%Y}  {len(report.rows)} case(s)  "
              f"{report.breach_count} breach(es)  {pages} page(s)  {size:,} bytes")
    return 0
