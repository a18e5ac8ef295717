"""Reading the payer's answers (ClaimResponse, CoverageEligibilityResponse, CommunicationRequest,
PaymentNotice / PaymentReconciliation, Task) into plain dataclasses, amounts in paise.

Real payers send quirky bundles, so the reading is lenient and structural: the JSON is loaded as
plain data, the wanted resource is found wherever it sits (a collection Bundle in any order, a
bundle of another type, or a bare resource), and only the fields the desk uses are read. Unknown
fields, extensions and extra resources are ignored; a single object where FHIR wants a list is
accepted; amounts may be numbers or numeric strings. The focal resource is then checked against the
fhir.resources R4 model, and anything it complains about is kept as a ``warnings`` line (field path
and problem only: never values, which may hold patient data), not raised.

What the desk cannot do without raises :class:`BadPayload` naming what is missing: no resource of
the expected kind, a ClaimResponse without an outcome, a payment without a UTR or an amount, a query
that cannot be answered because it has no id.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from pydantic import ValidationError

from app.hcx import codes
from offline.errors import DeskError

JSON = dict[str, Any]

#: ClaimResponse.outcome values FHIR R4 defines.
OUTCOMES = ("queued", "complete", "error", "partial")
#: Adjudication categories that mean "what the payer will pay", best first.
APPROVED_CATEGORIES = ("benefit", "approved", "eligible")
SUBMITTED_CATEGORIES = ("submitted", "claimed")
DEDUCTION_TYPES = ("adjustment", "deduction", "deductions", "disallowed")


class BadPayload(DeskError):
    """The payer's answer lacks something the desk needs; the message names it. The answer is
    kept as received; the clerk should ask the payer (the message is safe to show)."""

    exit_code = 2


# ------------------------------------------------------------------ results


@dataclass(frozen=True)
class PayerError:
    """One error the payer reported (code as sent, message in the payer's words)."""

    code: str
    message: str


@dataclass(frozen=True)
class Adjudication:
    """One adjudication line: category (submitted, benefit, eligible ...), amount, reason."""

    category: str
    amount: int | None
    reason: str = ""


@dataclass(frozen=True)
class ItemDecision:
    """What the payer decided on one claimed item (``item_sequence`` links to Claim.item)."""

    item_sequence: int | None
    adjudications: tuple[Adjudication, ...]
    approved: int | None
    submitted: int | None


@dataclass(frozen=True)
class ReceivedDocument:
    """A document the payer sent (for example the authorisation letter in ClaimResponse.form)."""

    title: str
    mime: str
    data: bytes
    hash_ok: bool | None  # SHA-1 checked against Attachment.hash; None when none was sent


@dataclass(frozen=True)
class ClaimDecision:
    """A ClaimResponse: the payer's decision on a pre-auth, enhancement, discharge or claim."""

    response_id: str
    outcome: str  # queued | complete | error | partial (as sent, lower-case)
    disposition: str
    use: str
    pre_auth_ref: str
    request_ref: str
    submitted_total: int | None
    approved_total: int | None
    totals: dict[str, int]
    items: tuple[ItemDecision, ...]
    errors: tuple[PayerError, ...]
    notes: tuple[str, ...]
    warnings: tuple[str, ...] = ()
    query: PayerQuery | None = None  # a CommunicationRequest sent in the same bundle
    documents: tuple[ReceivedDocument, ...] = ()  # ClaimResponse.form (the letter), if sent

    @property
    def queried(self) -> bool:
        """The payer wants more before deciding (a query came with the answer)."""
        return self.query is not None


@dataclass(frozen=True)
class Benefit:
    """One benefit line of an eligibility answer: allowed and used, in paise."""

    category: str
    name: str
    allowed: int | None
    used: int | None

    @property
    def balance(self) -> int | None:
        if self.allowed is None:
            return None
        return self.allowed - (self.used or 0)


@dataclass(frozen=True)
class EligibilityResult:
    """A CoverageEligibilityResponse: is the policy in force, what is left."""

    response_id: str
    outcome: str
    disposition: str
    in_force: bool | None
    benefits: tuple[Benefit, ...]
    balance: int | None
    errors: tuple[PayerError, ...]
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class PayerQuery:
    """A CommunicationRequest: the payer's question and the document categories it asks for.
    ``query_id`` is what the answer cites (``BundleContext.query_ref``)."""

    query_id: str
    resource_id: str
    text: str
    documents: tuple[str, ...]  # HCX supporting-info category codes (POI, DIA ...)
    about: tuple[str, ...]  # claim / case identifiers the query is about
    warnings: tuple[str, ...] = ()
    attachments: tuple[ReceivedDocument, ...] = ()  # documents the payer sent with the query


@dataclass(frozen=True)
class Deduction:
    reason: str
    amount: int  # paise, positive


@dataclass(frozen=True)
class PaymentInfo:
    """A payment notice (with its reconciliation when sent): UTR, amount paid, deductions."""

    utr: str
    amount: int  # paise paid
    gross: int | None
    deductions: tuple[Deduction, ...]
    payment_date: date | None
    status: str
    request_ref: str
    notice_id: str
    reconciliation_id: str
    notes: tuple[str, ...]
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class TaskInfo:
    """A Task from the payer (for example the answer to a cancellation)."""

    task_id: str
    status: str
    code: str
    description: str
    focus_ref: str
    business_status: str
    warnings: tuple[str, ...] = ()


Answer = ClaimDecision | EligibilityResult | PayerQuery | PaymentInfo | TaskInfo


# ------------------------------------------------------------------ lenient JSON


def load(payload: bytes | str | Mapping[str, Any]) -> JSON:
    """The payload as a JSON object (bytes may carry a BOM)."""
    if isinstance(payload, Mapping):
        return dict(payload)
    try:
        text = payload.decode("utf-8-sig") if isinstance(payload, bytes | bytearray) else payload
        data = json.loads(text)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BadPayload(f"The payer's answer is not JSON ({exc.__class__.__name__} at "
                         f"position {getattr(exc, 'pos', '?')}); ask the payer to send it "
                         "again.") from None
    if not isinstance(data, dict):
        raise BadPayload("The payer's answer is not a FHIR resource (a JSON object was "
                         "expected); ask the payer to send it again.")
    return data


def resources(doc: JSON) -> list[JSON]:
    """Every resource in the payload: a bare resource, or the entries of a Bundle (nested bundles
    flattened), in the order sent."""
    out: list[JSON] = []

    def walk(res: JSON, depth: int) -> None:
        if res.get("resourceType") == "Bundle" and depth < 3:
            for entry in _list(res.get("entry")):
                if isinstance(entry, dict) and isinstance(entry.get("resource"), dict):
                    walk(entry["resource"], depth + 1)
        elif isinstance(res.get("resourceType"), str):
            out.append(res)
            for inner in _list(res.get("contained")):
                if isinstance(inner, dict) and isinstance(inner.get("resourceType"), str):
                    out.append(inner)

    walk(doc, 0)
    return out


def _list(value: Any) -> list[Any]:
    """FHIR lists, tolerating a single object or a missing value."""
    if value is None:
        return []
    if isinstance(value, list):
        return value
    return [value]


def _obj(value: Any) -> JSON:
    """A FHIR complex value, tolerating a one-element list where an object is expected."""
    if isinstance(value, list):
        value = value[0] if value else None
    return value if isinstance(value, dict) else {}


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""


def _codings(concept: Any) -> list[JSON]:
    return [c for c in _list(_obj(concept).get("coding")) if isinstance(c, dict)]


def _code(concept: Any) -> str:
    """The first code of a CodeableConcept (or a bare code string), else its text."""
    if isinstance(concept, str):
        return concept.strip()
    for coding in _codings(concept):
        if _text(coding.get("code")):
            return _text(coding.get("code"))
    return _text(_obj(concept).get("text"))


def _concept_text(concept: Any) -> str:
    obj = _obj(concept)
    if _text(obj.get("text")):
        return _text(obj.get("text"))
    for coding in _codings(concept):
        if _text(coding.get("display")):
            return _text(coding.get("display"))
    return _code(concept)


def _paise(money: Any, what: str, warnings: list[str]) -> int | None:
    """A Money (or a bare number) in paise; None when absent or unreadable (with a warning)."""
    if money is None:
        return None
    value: Any = money
    if isinstance(money, dict | list):
        obj = _obj(money)
        currency = _text(obj.get("currency"))
        if currency and currency.upper() != "INR":
            warnings.append(f"{what}: currency {currency} read as rupees")
        value = obj.get("value")
        if value is None:
            return None
    if isinstance(value, bool):
        warnings.append(f"{what}: not an amount")
        return None
    try:
        rupees = Decimal(str(value).replace(",", "").strip())
    except InvalidOperation:
        warnings.append(f"{what}: not an amount")
        return None
    if not rupees.is_finite():
        warnings.append(f"{what}: not an amount")
        return None
    return int((rupees * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _reference_key(ref: Any) -> str:
    """What a Reference points at: its identifier value, else its reference string."""
    obj = _obj(ref)
    ident = _text(_obj(obj.get("identifier")).get("value"))
    return ident or _text(obj.get("reference"))


def _identifier_values(res: JSON) -> list[str]:
    return [_text(_obj(i).get("value")) for i in _list(res.get("identifier"))
            if _text(_obj(i).get("value"))]


def _date(value: Any) -> date | None:
    text = _text(value)
    if len(text) >= 10:
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            return None
    return None


def _attachment(value: Any, what: str, warnings: list[str]) -> ReceivedDocument | None:
    """A base64 Attachment the payer sent, decoded; SHA-1 checked when a hash came with it."""
    att = _obj(value)
    data_text = att.get("data")
    if not isinstance(data_text, str) or not data_text.strip():
        return None
    try:
        data = base64.b64decode("".join(data_text.split()), validate=True)
    except (binascii.Error, ValueError):
        warnings.append(f"{what}: the attachment is not valid base64 and was left out")
        return None
    hash_ok: bool | None = None
    if isinstance(att.get("hash"), str):
        try:
            hash_ok = base64.b64decode(att["hash"]) == hashlib.sha1(
                data, usedforsecurity=False).digest()
        except (binascii.Error, ValueError):
            hash_ok = False
        if not hash_ok:
            warnings.append(f"{what}: the attachment does not match its SHA-1 hash")
    return ReceivedDocument(_text(att.get("title")) or "document",
                            _text(att.get("contentType")) or "application/octet-stream",
                            data, hash_ok)


def _find(found: list[JSON], *kinds: str) -> JSON | None:
    """The first resource of the first kind present (a collection's focal entry comes first)."""
    for kind in kinds:
        for res in found:
            if res.get("resourceType") == kind:
                return res
    return None


def _missing(kind: str, found: list[JSON]) -> BadPayload:
    have = ", ".join(dict.fromkeys(str(r.get("resourceType")) for r in found)) or "nothing"
    return BadPayload(f"The payer's answer holds no {kind} (it holds: {have}); the desk cannot "
                      "read a decision from it. Ask the payer to send it again.")


def _check_model(res: JSON) -> list[str]:
    """What the fhir.resources R4 model says about the resource: paths and problems only."""
    from fhir.resources.R4B import get_fhir_model_class

    kind = str(res.get("resourceType"))
    try:
        model = get_fhir_model_class(kind)
    except (KeyError, ValueError):
        return []
    try:
        model.model_validate(res)
    except ValidationError as exc:
        problems = []
        for err in exc.errors()[:10]:
            path = ".".join(str(p) for p in err.get("loc", ()))
            problems.append(f"{kind}.{path}: {err.get('type', 'invalid')}")
        return problems
    except (ValueError, TypeError) as exc:
        return [f"{kind}: {exc.__class__.__name__}"]
    return []


def _errors(res: JSON, warnings: list[str]) -> tuple[PayerError, ...]:
    out = []
    for err in _list(res.get("error")):
        obj = _obj(err)
        code_cc = obj.get("code")
        code = _code(code_cc)
        message = _concept_text(code_cc)
        known = codes.claim_error_codes().get(code)
        if (not message or message == code) and known is not None:
            message = known.display
        if code or message:
            out.append(PayerError(code, message))
    return tuple(out)


# ------------------------------------------------------------------ ClaimResponse


def parse_claim_response(payload: bytes | str | Mapping[str, Any]) -> ClaimDecision:
    """The payer's decision. Requires a ClaimResponse with an outcome; everything else optional."""
    found = resources(load(payload))
    res = _find(found, "ClaimResponse")
    if res is None:
        raise _missing("ClaimResponse", found)
    warnings = _check_model(res)
    outcome = _text(res.get("outcome")).lower()
    if not outcome:
        raise BadPayload("The payer's ClaimResponse has no outcome (queued, complete, error or "
                         "partial), so the desk cannot tell whether it was decided. Ask the payer "
                         "to send it again.")
    if outcome not in OUTCOMES:
        warnings.append(f"ClaimResponse.outcome: '{outcome}' is not an R4 outcome")

    totals: dict[str, int] = {}
    for i, total in enumerate(_list(res.get("total"))):
        obj = _obj(total)
        category = _code(obj.get("category")).lower()
        amount = _paise(obj.get("amount"), f"ClaimResponse.total[{i}]", warnings)
        if category and amount is not None:
            totals[category] = totals.get(category, 0) + amount

    items: list[ItemDecision] = []
    for n, item in enumerate(_list(res.get("item"))):
        obj = _obj(item)
        seq = obj.get("itemSequence")
        adjudications = tuple(
            Adjudication(_code(_obj(a).get("category")).lower(),
                         _paise(_obj(a).get("amount"), f"ClaimResponse.item[{n}].adjudication",
                                warnings),
                         _concept_text(_obj(a).get("reason")) if _obj(a).get("reason") else "")
            for a in _list(obj.get("adjudication")))
        items.append(ItemDecision(
            int(seq) if isinstance(seq, int) and not isinstance(seq, bool) else
            (int(seq) if isinstance(seq, str) and seq.isdigit() else None),
            adjudications,
            _pick(adjudications, APPROVED_CATEGORIES),
            _pick(adjudications, SUBMITTED_CATEGORIES)))

    approved = next((totals[c] for c in APPROVED_CATEGORIES if c in totals), None)
    if approved is None and any(i.approved is not None for i in items):
        approved = sum(i.approved or 0 for i in items)
    submitted = next((totals[c] for c in SUBMITTED_CATEGORIES if c in totals), None)
    if submitted is None and any(i.submitted is not None for i in items):
        submitted = sum(i.submitted or 0 for i in items)

    notes = tuple(_text(_obj(n).get("text")) for n in _list(res.get("processNote"))
                  if _text(_obj(n).get("text")))
    pre_auth = res.get("preAuthRef")
    pre_auth_ref = _text(pre_auth[0] if isinstance(pre_auth, list) and pre_auth else pre_auth)
    query: PayerQuery | None = None
    if _find(found, "CommunicationRequest") is not None:
        try:
            query = _query_from(found)
        except BadPayload as exc:
            warnings.append(f"CommunicationRequest: unusable ({str(exc).split(';')[0]})")
    form = _attachment(res.get("form"), "ClaimResponse.form", warnings)
    letter = (form,) if form is not None else ()
    return ClaimDecision(
        response_id=_text(res.get("id")),
        outcome=outcome,
        disposition=_text(res.get("disposition")),
        use=_text(res.get("use")),
        pre_auth_ref=pre_auth_ref,
        request_ref=_reference_key(res.get("request")),
        submitted_total=submitted,
        approved_total=approved,
        totals=totals,
        items=tuple(items),
        errors=_errors(res, warnings),
        notes=notes,
        warnings=tuple(warnings),
        query=query,
        documents=letter,
    )


def _pick(adjudications: tuple[Adjudication, ...], categories: tuple[str, ...]) -> int | None:
    for category in categories:
        for a in adjudications:
            if a.category == category and a.amount is not None:
                return a.amount
    return None


# ------------------------------------------------------------------ eligibility


def parse_eligibility_response(payload: bytes | str | Mapping[str, Any]) -> EligibilityResult:
    """In force, benefits and balance. Requires a CoverageEligibilityResponse with an outcome."""
    found = resources(load(payload))
    res = _find(found, "CoverageEligibilityResponse")
    if res is None:
        raise _missing("CoverageEligibilityResponse", found)
    warnings = _check_model(res)
    outcome = _text(res.get("outcome")).lower()
    if not outcome:
        raise BadPayload("The payer's eligibility answer has no outcome, so the desk cannot tell "
                         "whether the check was done. Ask the payer to send it again.")
    in_force: bool | None = None
    benefits: list[Benefit] = []
    for insurance in _list(res.get("insurance")):
        ins = _obj(insurance)
        if isinstance(ins.get("inforce"), bool) and in_force is None:
            in_force = ins["inforce"]
        for item in _list(ins.get("item")):
            it = _obj(item)
            category = _code(it.get("category"))
            name = _text(it.get("name")) or _text(it.get("description")) or \
                _concept_text(it.get("category"))
            for benefit in _list(it.get("benefit")):
                b = _obj(benefit)
                # allowedUnsignedInt / allowedString count days or visits: not money, skipped
                benefits.append(Benefit(
                    category, name or _concept_text(b.get("type")),
                    _paise(b.get("allowedMoney"), "benefit.allowedMoney", warnings),
                    _paise(b.get("usedMoney"), "benefit.usedMoney", warnings)))
    balances = [b.balance for b in benefits if b.balance is not None]
    return EligibilityResult(
        response_id=_text(res.get("id")),
        outcome=outcome,
        disposition=_text(res.get("disposition")),
        in_force=in_force,
        benefits=tuple(benefits),
        balance=min(balances) if balances else None,
        errors=_errors(res, warnings),
        warnings=tuple(warnings),
    )


# ------------------------------------------------------------------ CommunicationRequest


def _category_codes(node: Any) -> Iterator[str]:
    """Every HCX document category coded anywhere in a JSON tree (reasonCode, payload
    extensions, category ...)."""
    if isinstance(node, dict):
        system = _text(node.get("system"))
        code = _text(node.get("code"))
        if code and system.rstrip("/").endswith("claim-supporting-info-categories"):
            yield code
        for key, value in node.items():
            if key != "contentAttachment":
                yield from _category_codes(value)
    elif isinstance(node, list):
        for value in node:
            yield from _category_codes(value)


def parse_communication_request(payload: bytes | str | Mapping[str, Any]) -> PayerQuery:
    """The payer's query: its text and the document categories it asks for."""
    return _query_from(resources(load(payload)))


def _query_from(found: list[JSON]) -> PayerQuery:
    res = _find(found, "CommunicationRequest")
    if res is None:
        raise _missing("CommunicationRequest", found)
    warnings = _check_model(res)
    identifiers = _identifier_values(res)
    resource_id = _text(res.get("id"))
    query_id = identifiers[0] if identifiers else resource_id
    if not query_id:
        raise BadPayload("The payer's query has neither an id nor an identifier, so an answer "
                         "could not refer to it. Ask the payer to send it again.")
    lines = [_text(_obj(p).get("contentString")) for p in _list(res.get("payload"))]
    lines += [_text(_obj(n).get("text")) for n in _list(res.get("note"))]
    text = "\n".join(line for line in lines if line)
    documents = tuple(dict.fromkeys(_category_codes(
        {k: v for k, v in res.items() if k in ("reasonCode", "payload", "category", "extension")})))
    if not text and not documents:
        reasons = [_concept_text(r) for r in _list(res.get("reasonCode"))]
        task = _find(found, "Task")  # NRCeS TaskBundles may carry the words on the Task
        if task is not None:
            reasons.append(_text(task.get("description")))
        text = "\n".join(r for r in reasons if r)
    if not text and not documents:
        raise BadPayload("The payer's query has no text and asks for no document; there is "
                         "nothing to answer. Ask the payer what they need.")
    about = tuple(k for k in (_reference_key(a) for a in _list(res.get("about"))
                              + _list(res.get("basedOn"))) if k)
    attachments = tuple(
        d for i, p in enumerate(_list(res.get("payload")))
        if (d := _attachment(_obj(p).get("contentAttachment"),
                             f"CommunicationRequest.payload[{i}]", warnings)) is not None)
    return PayerQuery(query_id, resource_id, text, documents, about, tuple(warnings),
                      attachments)


# ------------------------------------------------------------------ payment


def _utr(res: JSON) -> str:
    for ident in [*_list(res.get("identifier")), res.get("paymentIdentifier")]:
        obj = _obj(ident)
        if _code(obj.get("type")).upper() == "UTR" and _text(obj.get("value")):
            return _text(obj.get("value"))
    return ""


def parse_payment(payload: bytes | str | Mapping[str, Any]) -> PaymentInfo:
    """UTR, amount and deductions from a PaymentNotice and / or PaymentReconciliation."""
    found = resources(load(payload))
    notice = _find(found, "PaymentNotice")
    recon = _find(found, "PaymentReconciliation")
    if notice is None and recon is None:
        raise _missing("PaymentNotice or PaymentReconciliation", found)
    warnings: list[str] = []
    for res in (notice, recon):
        if res is not None:
            warnings += _check_model(res)
    notice = notice or {}
    recon = recon or {}

    utr = _utr(notice) or _utr(recon) or _text(_obj(recon.get("paymentIdentifier")).get("value"))
    if not utr:
        raise BadPayload("The payer's payment notice has no UTR (bank transaction reference), "
                         "so the payment cannot be matched with the bank statement. Ask the "
                         "payer for the UTR.")
    amount = _paise(notice.get("amount"), "PaymentNotice.amount", warnings)
    if amount is None:
        amount = _paise(recon.get("paymentAmount"), "PaymentReconciliation.paymentAmount",
                        warnings)
    if amount is None:
        raise BadPayload(f"The payer's payment notice (UTR {utr}) has no amount paid. Ask the "
                         "payer for the amount.")

    deductions: list[Deduction] = []
    gross: int | None = None
    for i, detail in enumerate(_list(recon.get("detail"))):
        d = _obj(detail)
        kind = _code(d.get("type")).lower()
        value = _paise(d.get("amount"), f"PaymentReconciliation.detail[{i}].amount", warnings)
        if value is None:
            continue
        if kind in DEDUCTION_TYPES or value < 0:
            deductions.append(Deduction(_concept_text(d.get("type")) or "deduction", abs(value)))
        elif kind == "payment":
            gross = (gross or 0) + value
    if gross is None and deductions:
        gross = amount + sum(d.amount for d in deductions)
    notes = tuple(_text(_obj(n).get("text")) for n in _list(recon.get("processNote"))
                  if _text(_obj(n).get("text")))
    if _text(recon.get("disposition")):
        notes = (_text(recon.get("disposition")), *notes)
    return PaymentInfo(
        utr=utr,
        amount=amount,
        gross=gross,
        deductions=tuple(deductions),
        payment_date=_date(notice.get("paymentDate")) or _date(recon.get("paymentDate")),
        status=_code(notice.get("paymentStatus")) or _text(recon.get("outcome")),
        request_ref=_reference_key(notice.get("request")) or next(
            (k for k in (_reference_key(_obj(d).get("request"))
                         for d in _list(recon.get("detail"))) if k), ""),
        notice_id=_text(notice.get("id")),
        reconciliation_id=_text(recon.get("id")),
        notes=notes,
        warnings=tuple(warnings),
    )


# ------------------------------------------------------------------ Task


def parse_task(payload: bytes | str | Mapping[str, Any]) -> TaskInfo:
    """A payer Task (for example: the cancellation was done). Requires a Task with a status."""
    found = resources(load(payload))
    res = _find(found, "Task")
    if res is None:
        raise _missing("Task", found)
    warnings = _check_model(res)
    status = _text(res.get("status")).lower()
    if not status:
        raise BadPayload("The payer's Task has no status, so the desk cannot tell whether it was "
                         "done. Ask the payer to send it again.")
    return TaskInfo(
        task_id=_text(res.get("id")),
        status=status,
        code=_code(res.get("code")).lower(),
        description=_text(res.get("description")),
        focus_ref=_reference_key(res.get("focus")),
        business_status=_concept_text(res.get("businessStatus")) if res.get("businessStatus")
        else "",
        warnings=tuple(warnings),
    )


# ------------------------------------------------------------------ any answer

_PARSERS: tuple[tuple[str, Callable[[bytes | str | Mapping[str, Any]], Answer]], ...] = (
    ("ClaimResponse", parse_claim_response),
    ("CoverageEligibilityResponse", parse_eligibility_response),
    ("CommunicationRequest", parse_communication_request),
    ("PaymentNotice", parse_payment),
    ("PaymentReconciliation", parse_payment),
    ("Task", parse_task),
)


def parse_answer(payload: bytes | str | Mapping[str, Any]) -> Answer:
    """Whatever the payer sent: decided by the first entry when it is a known answer, else by the
    first known answer resource anywhere in the payload. A Task decides only when nothing else
    does: NRCeS TaskBundles put a Task first to carry a query or a payment notice."""
    data = load(payload)
    found = resources(data)
    kinds = [str(r.get("resourceType")) for r in found]
    parsers = dict(_PARSERS)
    first = [k for k in kinds[:1] if k != "Task"]
    for kind in first + [k for k, _ in _PARSERS]:
        if kind in parsers and kind in kinds:
            return parsers[kind](data)
    have = ", ".join(dict.fromkeys(kinds)) or "nothing"
    raise BadPayload(f"The payer's answer holds no ClaimResponse, eligibility response, query, "
                     f"payment notice or task (it holds: {have}). Ask the payer to send it "
                     "again.")
