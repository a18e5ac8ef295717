"""Scanning from the command line: ``tpadesk scanners`` and ``tpadesk scan``."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from typing import Any, Literal

from app.audit import default_actor
from app.capture.process import ProcessOptions
from app.capture.sources import ScanSettings, default_source, scan_document
from app.cases import load_case
from app.documents import PHOTO_CATEGORIES, add_document, normalise_category
from app.payers import get_profile
from offline.errors import BadInput


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("scanners", parents=[common], help="list the scanners this desk can use")
    p.set_defaults(handler=cmd_scanners)

    p = sub.add_parser("scan", parents=[common], help="scan pages into a case's document",
                       description="Scan one document (several pages from the feeder become "
                                   "one PDF) into the case, compressed to fit the payer's "
                                   "limit.")
    p.add_argument("case", help="the case id")
    p.add_argument("--category", required=True, help="HCX category: POI, MB, HDS, DIA ...")
    p.add_argument("--stage", default=None, help="stage (default: the case's current stage)")
    p.add_argument("--device", default=None,
                   help="scanner id from 'tpadesk scanners' (default: the first one)")
    p.add_argument("--pages", type=int, default=None,
                   help="pages to scan (default: 1 on the flatbed; the feeder until empty)")
    p.add_argument("--source", choices=["flatbed", "feeder"], default=None,
                   help="paper source (default: feeder when --pages is more than 1)")
    p.add_argument("--resolution", type=int, default=200, help="dpi (default 200)")
    p.add_argument("--mode", choices=["colour", "grey", "lineart"], default="grey")
    p.set_defaults(handler=cmd_scan)


def cmd_scanners(cli: Any) -> int:
    source = default_source()
    if not source.available():
        cli.print(f"No scanning here: {source.unavailable_reason()}")
        return 0
    devices = source.list_devices()
    if not devices:
        cli.print("No scanner found. Check that it is switched on and connected.")
    for device in devices:
        cli.print(f"{device.id}  {device.vendor} {device.model} ({device.kind})")
    return 0


def cmd_scan(cli: Any) -> int:
    args = cli.args
    if args.pages is not None and args.pages < 1:
        raise BadInput("pages: give 1 or more")
    category = normalise_category(args.category)
    source = default_source()
    if not source.available():
        raise BadInput(f"scanner: {source.unavailable_reason()}")
    device = args.device
    if device is None:
        devices = source.list_devices()
        if not devices:
            raise BadInput("scanner: none found; check that it is switched on and connected, "
                           "or give --device")
        device = devices[0].id
    paper: Literal["flatbed", "feeder"] = (
        "feeder" if (args.source or ("feeder" if (args.pages or 1) > 1 else "flatbed"))
        == "feeder" else "flatbed")
    store = cli.desk().store
    case = load_case(store, args.case, with_documents=False)
    options = ProcessOptions(max_bytes=get_profile(store, case.payer).max_document_bytes,
                             colour="colour" if category in PHOTO_CATEGORIES else "auto")
    settings = ScanSettings(device=device, resolution=args.resolution, mode=args.mode,
                            source=paper, pages=args.pages if args.pages else
                            (None if paper == "feeder" else 1))

    def progress(pages: int) -> None:
        print(f"  scanned page {pages}", file=sys.stderr, flush=True)

    name = f"{category}-scan-{datetime.now():%Y%m%d-%H%M%S}.pdf"
    doc = scan_document(source, settings, name, options, progress=progress)
    with store.transaction(), doc.open() as fh:
        added = add_document(store, case.id, fh, category=category, stage=args.stage or
                             _stage(store, case.id), filename=doc.name,
                             pages=doc.page_count, mime=doc.mime_type,
                             actor=default_actor())
    cli.print(f"{added.id}  {added.category}  {added.stage}  {added.pages} page(s)  "
              f"{added.size_bytes:,} bytes  {added.filename}")
    return 0


def _stage(store: Any, case_id: str) -> str:
    from app.documents import default_stage

    return default_stage(store.conn(), case_id)
