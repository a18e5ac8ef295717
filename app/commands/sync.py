"""Sending work to payers: submit, reply, cancel, ack-payment, sync, queue, retry, pause, resume.

``submit`` / ``reply`` / ``cancel`` / ``ack-payment`` only queue (one transaction with the case
change); ``sync`` sends what is due and pulls answers. ``sync`` exits 0 even when the network is
down: the work stays queued and ``queue`` says why it waits.
"""

from __future__ import annotations

import argparse
import signal
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.audit import default_actor
from app.clocks import format_ist, iso_ist
from app.lifecycle import SUBMIT_LEGS
from app.money import AmountError, format_inr, parse_rupees

if TYPE_CHECKING:
    from app.service import DeskService
from offline.errors import BadInput
from offline.inbox import InboxItem
from offline.outbox import Hints, Message, State, find_by_correlation
from offline.sync import PassReport


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("submit", parents=[common], help="queue a leg for the case's payer",
                       description="Run the pre-submission checks and queue the leg; "
                                   "'tpadesk sync' sends it.")
    p.add_argument("case", help="the case id")
    p.add_argument("leg", choices=SUBMIT_LEGS)
    p.add_argument("--amount", metavar="RUPEES",
                   help="amount asked for (default: the estimate total)")
    p.add_argument("--strict", action="store_true",
                   help="treat check warnings as errors")
    p.set_defaults(handler=cmd_submit)

    p = sub.add_parser("reply", parents=[common], help="answer the payer's open query")
    p.add_argument("case")
    p.add_argument("--text", required=True, help="the answer, in words")
    p.add_argument("--attach", nargs="+", default=[], metavar="FILE",
                   help="documents to send with the answer (pdf, jpg, png)")
    p.add_argument("--category", default="OTH",
                   help="HCX category of the attached files (default OTH)")
    p.set_defaults(handler=cmd_reply)

    p = sub.add_parser("cancel", parents=[common], help="cancel the case and tell the payer")
    p.add_argument("case")
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=cmd_cancel)

    p = sub.add_parser("ack-payment", parents=[common],
                       help="acknowledge the payer's payment and close the file")
    p.add_argument("case")
    p.set_defaults(handler=cmd_ack_payment)

    p = sub.add_parser("sync", parents=[common], help="send what is due and pull answers")
    p.add_argument("--once", action="store_true",
                   help="one pass: pull, send what is due, pull again, exit")
    p.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                   help="keep syncing at most this long: it returns earlier once nothing is "
                        "queued and no answer is awaited (default: until Ctrl-C)")
    p.set_defaults(handler=cmd_sync)

    p = sub.add_parser("queue", parents=[common], help="outbox messages and why they wait",
                       description="The outbox: each message, its state and why it waits. "
                                   "With --dead-letters: the payers' answers that could not be "
                                   "opened or read (kept, never dropped) for the admin.")
    p.add_argument("--json", action="store_true")
    p.add_argument("--dead-letters", action="store_true",
                   help="list the answers that could not be applied instead")
    p.set_defaults(handler=cmd_queue)

    p = sub.add_parser("retry", parents=[common], help="try a waiting message now")
    p.add_argument("message", help="message id (from 'tpadesk queue')")
    p.add_argument("--resubmit", action="store_true",
                   help="for a rejected message fixed since: send again with fresh ids")
    p.set_defaults(handler=cmd_retry)

    p = sub.add_parser("pause", parents=[common], help="pause sending to a payer")
    p.add_argument("payer")
    p.set_defaults(handler=cmd_pause)
    p = sub.add_parser("resume", parents=[common], help="resume sending to a payer")
    p.add_argument("payer")
    p.set_defaults(handler=cmd_resume)


def _service(cli: Any, **kwargs: Any) -> DeskService:
    """The desk's service for one command. Its engine runs no thread of its own, but ``sync``
    sends through the engine's parallel path: per case in order, up to 4 cases at once."""
    from app.service import DeskService  # the protocol stack loads only when it is needed

    return DeskService(cli.desk(), keyring=cli.keyring, **kwargs)


def _queued(cli: Any, message: Message, what: str) -> int:
    cli.print(f"Queued {what} for case {message.case_ref} (message {message.id[:12]}). "
              "It is saved; 'tpadesk sync' sends it.")
    return 0


def cmd_submit(cli: Any) -> int:
    amount = None
    if cli.args.amount is not None:
        try:
            amount = parse_rupees(cli.args.amount)
        except AmountError as exc:
            raise BadInput(f"amount: {exc}") from exc
    service = _service(cli)
    message = service.submit(cli.args.case, cli.args.leg, actor=default_actor(), amount=amount,
                             accept_warnings=not cli.args.strict)
    for warning in service.preview(message.case_ref, cli.args.leg, amount=amount).warnings \
            if cli.args.leg != "eligibility" else []:
        cli.print(f"  warning: {warning.path}: {warning.message}")
    if amount is not None and message.params.get("amount") is not None:
        cli.print(f"  note: {format_inr(amount)} differs from the estimate heads; it is sent "
                  "as one amount (attach the itemised bill), or update the heads with "
                  "'tpadesk update CASE --set estimate.HEAD=RUPEES' to send the breakup.")
    what = cli.args.leg if amount is None else f"{cli.args.leg} for {format_inr(amount)}"
    return _queued(cli, message, what)


def cmd_reply(cli: Any) -> int:
    service = _service(cli)
    message = service.reply(cli.args.case, cli.args.text, actor=default_actor(),
                            files=[Path(f) for f in cli.args.attach],
                            category=cli.args.category)
    return _queued(cli, message, "the answer to the payer's query")


def cmd_cancel(cli: Any) -> int:
    message = _service(cli).cancel(cli.args.case, reason=cli.args.reason,
                                   actor=default_actor())
    return _queued(cli, message, "the cancellation")


def cmd_ack_payment(cli: Any) -> int:
    message = _service(cli).acknowledge_payment(cli.args.case, actor=default_actor())
    return _queued(cli, message, "the payment acknowledgement (the file is closed)")


def _report_line(report: PassReport) -> str:
    parts = [f"{report.delivered} sent", f"{report.applied} answer(s) applied"]
    if report.duplicates:
        parts.append(f"{report.duplicates} already received")
    if report.retried:
        parts.append(f"{report.retried} will be retried")
    if report.rejected:
        parts.append(f"{report.rejected} need attention")
    if report.paused:
        parts.append(f"{report.paused} paused")
    if report.dead_letters:
        parts.append(f"{report.dead_letters} could not be read (see dead letters)")
    return ", ".join(parts)


#: States in which a message can still move without anyone acting (an answer is awaited for
#: ``sent``); ``paused`` and ``needs_attention`` wait for a person.
_IN_MOTION = (State.QUEUED, State.SENDING, State.SENT)


def nothing_left(service: DeskService) -> bool:
    """Whether a timed ``sync`` may stop early: nothing is queued or being sent, and no answer
    is awaited."""
    counts = service.engine.outbox.counts()
    return not any(counts[state] for state in _IN_MOTION)


def cmd_sync(cli: Any) -> int:
    if cli.args.timeout is not None and not cli.args.timeout >= 0:
        raise BadInput(f"timeout: '{cli.args.timeout:g}' is not a number of seconds (0 or "
                       "more).")
    service = _service(cli, sandbox_url=getattr(cli.args, "sandbox_url", None))
    try:
        if cli.args.once:
            report = service.sync_once()
        else:
            service.connect()
            stop = threading.Event()
            if threading.current_thread() is threading.main_thread():
                for sig in (signal.SIGINT, signal.SIGTERM):
                    signal.signal(sig, lambda *_: stop.set())
            report = PassReport()
            deadline = None if cli.args.timeout is None else time.monotonic() + cli.args.timeout
            while not stop.is_set():
                report.add(service.engine.run_once())
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and (remaining <= 0 or nothing_left(service)):
                    break
                due = service.engine.outbox.next_due_at()
                wait = 2.0 if service.training else 15.0
                if due is not None:
                    wait = max(0.1, min(wait, due - time.time()))
                stop.wait(wait if remaining is None else min(wait, remaining))
    finally:
        service.stop()
    cli.print(f"Sync: {_report_line(report)}.")
    if service.sandbox_problem:
        cli.print(f"  {service.sandbox_problem} The work stays queued and goes out on a "
                  "later sync.")
    for payer, error in sorted(report.pull_errors.items()):
        cli.print(f"  answers from {payer} could not be pulled: {error}")
    waiting = [m for m in service.queue() if m.state.value in ("queued", "paused",
                                                                 "needs_attention")]
    if waiting:
        cli.print(f"{len(waiting)} message(s) still wait; 'tpadesk queue' says why.")
    return 0


#: What the reader of ``queue`` can do, in this command line's words.
CLI_HINTS = Hints(retry="Run 'tpadesk retry {id}' to try at once",
                  resubmit="Fix the case, then run 'tpadesk retry {id} --resubmit' (it goes "
                           "again with fresh ids)",
                  resume="Run 'tpadesk resume {payer}' to send it")

_TIME_FIELDS = ("next_attempt_at", "created_at", "sent_at", "done_at")


def queue_row(service: DeskService, message: Message) -> dict[str, Any]:
    """One ``queue --json`` object: times ISO-8601 in India time (+05:30), like cases/show."""
    row = message.as_json()
    for name in _TIME_FIELDS:
        row[name] = iso_ist(row[name])
    row["retired_ids"] = [{**r, "retired_at": iso_ist(r["retired_at"])}
                          for r in row["retired_ids"]]
    row["why"] = service.why_waiting(message, CLI_HINTS)
    return row


def dead_letter_row(service: DeskService, item: InboxItem) -> dict[str, Any]:
    """One ``queue --dead-letters --json`` object."""
    case_id = None
    if item.correlation_id:
        found = find_by_correlation(service.store.conn(), item.correlation_id)
        case_id = found[0].case_ref if found else None
    return {"id": item.id, "payer": item.payer, "case_id": case_id, "cursor": item.cursor,
            "api_call_id": item.api_call_id, "correlation_id": item.correlation_id,
            "error": item.error, "received_at": iso_ist(item.received_at)}


def cmd_dead_letters(cli: Any, service: DeskService) -> int:
    rows = [dead_letter_row(service, item) for item in service.engine.inbox.dead_letters()]
    if cli.args.json:
        cli.print_json(rows)
        return 0
    if not rows:
        cli.print("No dead letters: every answer pulled so far could be applied.")
        return 0
    cli.print(f"{len(rows)} answer(s) could not be applied; each is kept as received.")
    cli.print(f"{'id':>5}  {'received':16}  {'payer':14} {'case':16} error")
    for r in rows:
        cli.print(f"{r['id']:>5}  {format_ist(r['received_at']):16}  {r['payer']:14} "
                  f"{r['case_id'] or '-':16} {r['error'] or ''}")
    return 0


def cmd_queue(cli: Any) -> int:
    service = _service(cli)
    if cli.args.dead_letters:
        return cmd_dead_letters(cli, service)
    messages = service.queue()
    if cli.args.json:
        cli.print_json([queue_row(service, m) for m in messages])
        return 0
    if not messages:
        cli.print("The outbox is empty.")
        return 0
    cli.print(f"{'message':13} {'case':16} {'leg':13} {'payer':14} {'state':16} tries  why")
    for m in messages:
        cli.print(f"{m.id[:12]:13} {m.case_ref:16} {m.leg:13} {m.payer:14} "
                  f"{m.state.value:16} {m.attempts:5}  {service.why_waiting(m, CLI_HINTS)}")
    return 0


def _message_id(service: DeskService, prefix: str) -> str:
    matches = [m.id for m in service.queue() if m.id.startswith(prefix)]
    if len(matches) != 1:
        raise BadInput(f"message: '{prefix}' matches {len(matches)} messages; give more of "
                       "its id (see 'tpadesk queue').")
    return matches[0]


def cmd_retry(cli: Any) -> int:
    service = _service(cli)
    mid = _message_id(service, cli.args.message)
    current = service.engine.outbox.get(mid)
    if current.state is State.NEEDS_ATTENTION and not cli.args.resubmit:
        raise BadInput(f"message {mid[:12]} was refused by the payer; fix the case, then run "
                       f"'tpadesk retry {mid[:12]} --resubmit' (it goes again with fresh ids).")
    if current.state is State.PAUSED:
        raise BadInput(f"message {mid[:12]} waits because sending to {current.payer} is "
                       f"paused; run 'tpadesk resume {current.payer}' to send it.")
    if cli.args.resubmit and current.state is not State.NEEDS_ATTENTION:
        raise BadInput(f"message {mid[:12]} is {current.state.value.replace('_', ' ')}, not "
                       "refused; --resubmit is only for a refused message (drop --resubmit "
                       "to try it now).")
    message = service.resubmit(mid) if cli.args.resubmit else service.retry_now(mid)
    cli.print(f"Message {message.id[:12]} is due now ({message.state.value}); "
              "'tpadesk sync' sends it.")
    return 0


def cmd_pause(cli: Any) -> int:
    if _service(cli).pause_payer(cli.args.payer):
        cli.print(f"Sending to {cli.args.payer} is paused; queued work waits.")
    else:
        cli.print(f"Sending to {cli.args.payer} was already paused; queued work waits.")
    return 0


def cmd_resume(cli: Any) -> int:
    count = _service(cli).resume_payer(cli.args.payer)
    cli.print(f"Sending to {cli.args.payer} resumed; {count} message(s) are due now.")
    return 0
