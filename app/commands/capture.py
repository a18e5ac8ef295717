"""Scanning from the command line: ``tpadesk scanners`` and ``tpadesk scan``."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from app.audit import default_actor
from app.cases import load_case
from app.clocks import IST
from app.documents import (
    PHOTO_CATEGORIES,
    add_document,
    category_from_text,
    check_auto_category,
    is_auto_category,
    normalise_category,
    notices_for,
    read_document_text,
    text_fields,
)
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
    p.add_argument("--category", required=True,
                   help="HCX category: POI, MB, HDS, DIA ...; 'auto' takes the category the "
                        "scanned text suggests (needs tesseract)")
    p.add_argument("--stage", default=None, help="stage (default: the case's current stage)")
    p.add_argument("--no-ocr", action="store_true",
                   help="do not read the scanned text (by default, with tesseract installed, "
                        "it is stored with the document for searching)")
    p.add_argument("--device", default=None,
                   help="scanner id from 'tpadesk scanners' (default: the first one)")
    p.add_argument("--pages", type=int, default=None,
                   help="pages to scan (default: 1 on the flatbed; the feeder until empty)")
    p.add_argument("--source", choices=["flatbed", "feeder"], default=None,
                   help="paper source (default: feeder when --pages is more than 1)")
    p.add_argument("--resolution", type=int, default=200, help="dpi (default 200)")
    p.add_argument("--mode", choices=["colour", "grey", "lineart"], default="grey")
    p.set_defaults(handler=cmd_scan)

    p = sub.add_parser("import-folder", parents=[common],
                       help="import what a network scanner drops into a folder",
                       description="Watch a scan-to-folder: each complete file (its size has "
                                   "settled, no program holds it) is checked, compressed to the "
                                   "payer's limit and stored in the case; the plaintext file is "
                                   "removed after the stored copy was read back and verified.")
    p.add_argument("folder", help="the folder the scanner writes into")
    p.add_argument("case", help="the case the documents belong to")
    p.add_argument("--category", required=True,
                   help="HCX category: POI, MB, HDS, DIA ...; 'auto' takes the category each "
                        "file's text suggests (needs tesseract; a file that suggests none is "
                        "refused and left in the folder)")
    p.add_argument("--stage", default=None)
    p.add_argument("--no-ocr", action="store_true",
                   help="do not read the documents' text")
    p.add_argument("--keep", action="store_true",
                   help="leave the scanned files in the folder after importing them")
    p.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                   help="stop after this long (default: one pass over what is complete)")
    p.add_argument("--settle", type=float, default=2.0, metavar="SECONDS",
                   help="how long a file's size must stay the same before it is taken")
    p.set_defaults(handler=cmd_import_folder)


def cmd_scanners(cli: Any) -> int:
    from app.capture.sources import default_source

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
    from app.capture.process import ProcessOptions
    from app.capture.sources import (
        ScanSettings,
        choose_resolution,
        default_source,
        scan_document,
    )

    args = cli.args
    if args.pages is not None and args.pages < 1:
        raise BadInput("pages: give 1 or more")
    ocr = False if args.no_ocr else None
    auto = is_auto_category(args.category)
    category = "auto" if auto else normalise_category(args.category)
    check_auto_category(category, ocr)
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
    resolution, note = choose_resolution(source.capabilities(device), args.resolution, device)
    if note is not None:
        print(f"note: {note}", file=cli.err)
    settings = ScanSettings(device=device, resolution=resolution, mode=args.mode,
                            source=paper, pages=args.pages if args.pages else
                            (None if paper == "feeder" else 1))

    def progress(pages: int) -> None:
        print(f"  scanned page {pages}", file=sys.stderr, flush=True)

    name = f"{category}-scan-{datetime.now(IST):%Y%m%d-%H%M%S}.pdf"  # India time, as the case
    doc = scan_document(source, settings, name, options, progress=progress)
    read = read_document_text(doc, category, ocr)
    chosen = category_from_text(category, read, doc.name)
    if auto:
        doc = replace(doc, name=doc.name.replace("auto-", f"{chosen}-", 1))
    with store.transaction(), doc.open() as fh:
        added = add_document(store, case.id, fh, category=chosen, stage=args.stage or
                             _stage(store, case.id), filename=doc.name,
                             pages=doc.page_count, mime=doc.mime_type,
                             actor=default_actor(), **text_fields(read))
    for notice in notices_for(added, read, auto=auto):
        print(notice, file=cli.err)
    cli.print(f"{added.id}  {added.category}  {added.stage}  {added.pages} page(s)  "
              f"{added.size_bytes:,} bytes  {added.filename}")
    return 0


def _stage(store: Any, case_id: str) -> str:
    from app.documents import default_stage

    return default_stage(store.conn(), case_id)


def cmd_import_folder(cli: Any) -> int:
    import threading
    import time

    from app.capture.folder_watch import FolderWatcher, PollReport
    from app.capture.process import ProcessOptions, prepare_file
    from app.capture.storage import VerifiedImport
    from offline.blobs import Blobs

    args = cli.args
    folder = Path(args.folder)
    if not folder.is_dir():
        raise BadInput(f"folder: {folder} is not a folder; give the scan-to-folder path")
    ocr = False if args.no_ocr else None
    auto = is_auto_category(args.category)
    category = "auto" if auto else normalise_category(args.category)
    check_auto_category(category, ocr)
    store = cli.desk().store
    case = load_case(store, args.case, with_documents=False)
    options = ProcessOptions(max_bytes=get_profile(store, case.payer).max_document_bytes,
                             colour="colour" if category in PHOTO_CATEGORIES else "auto")
    stage = args.stage or _stage(store, case.id)

    def importer(path: Path) -> VerifiedImport:
        doc = prepare_file(path, options)
        read = read_document_text(doc, category, ocr)
        chosen = category_from_text(category, read, doc.name)  # refused (kept) when none
        with store.transaction(), doc.open() as fh:
            added = add_document(store, case.id, fh, category=chosen, stage=stage,
                                 filename=doc.name, pages=doc.page_count, mime=doc.mime_type,
                                 actor=default_actor(), **text_fields(read))
        for notice in notices_for(added, read, auto=auto):
            print(notice, file=cli.err)
        Blobs(store).verify(added.blob_id)  # read back: only a verified copy frees the source
        return VerifiedImport(added.blob_id, added.sha256, added.size_bytes)

    watcher = FolderWatcher(folder, importer, settle_seconds=args.settle,
                            delete_after_import=not args.keep)
    totals = PollReport()

    def record(report: PollReport) -> None:
        for path, _ in report.imported:
            cli.print(f"imported {path.name}")
        for path, why in report.refused:
            cli.print(f"refused  {path.name}: {why}")
        for path, why in report.failed:
            cli.print(f"failed   {path.name}: {why} (will be tried again)")
        totals.imported += report.imported
        totals.refused += report.refused

    deadline = None if args.timeout is None else time.monotonic() + args.timeout
    stop = threading.Event()
    record(watcher.poll_once())
    while deadline is not None and time.monotonic() < deadline and not stop.is_set():
        stop.wait(min(1.0, max(0.0, deadline - time.monotonic())))
        record(watcher.poll_once())
    cli.print(f"{len(totals.imported)} imported, {len(totals.refused)} refused.")
    return 2 if totals.refused and not totals.imported else 0
