"""The filled Part C travels with the pre-auth as an FCF document: the bundle the transport builds
from a real encrypted store carries a supportingInfo of category FCF whose attachment is the
Part C PDF of this patient (decoded from the bundle and read back); a signed FCF the clerk
attached replaces it; other legs carry no generated Part C."""

from __future__ import annotations

import base64
import hashlib
import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from app.admission import example_admission_json
from app.cases import create_case
from app.connector import HcxTransport
from app.desk import Desk
from app.documents import add_document
from app.payers import get_profile
from offline import outbox
from offline.outbox import Message
from tests.conftest import FAST_KDF
from tests.test_documents_basic import pdf, png
from tests.test_forms_support import all_text


@pytest.fixture
def desk(data_dir: Path) -> Iterator[Desk]:
    d = Desk.create(data_dir, passphrase="correct horse", use_keyring=False, kdf=FAST_KDF)
    yield d
    d.close()


@pytest.fixture
def case_id(desk: Desk) -> str:
    data = example_admission_json()
    data["patient"]["name"] = "Kavita Deshmukh"
    return create_case(desk.store, data, actor="clerk1",
                       now=datetime(2026, 12, 3, 10, 0, tzinfo=UTC))


def _message(desk: Desk, case_id: str, leg: str, **params: str) -> Message:
    with desk.store.transaction() as conn:
        return outbox.enqueue(conn, case_ref=case_id, leg=leg, payer="training-tpa",
                              params=params)


def _supporting(desk: Desk, message: Message) -> tuple[list[dict[str, Any]], tuple[str, ...]]:
    transport = HcxTransport(desk.store)
    try:
        built = transport.build(message, get_profile(desk.store, message.payer))
    finally:
        transport.close()
    bundle = json.loads(built.data)
    claims = [e["resource"] for e in bundle["entry"]
              if e["resource"]["resourceType"] == "Claim"]
    assert len(claims) == 1
    return claims[0].get("supportingInfo", []), built.document_ids


def _documents(infos: list[dict[str, Any]]) -> list[tuple[str, dict[str, Any]]]:
    return [(i["category"]["coding"][0]["code"], i["valueAttachment"]) for i in infos
            if "valueAttachment" in i]


def test_the_preauth_bundle_carries_the_filled_part_c_as_fcf(desk: Desk, case_id: str) -> None:
    poi = add_document(desk, case_id, io.BytesIO(png()), category="POI", stage="preauth",
                       filename="aadhaar.png", actor="clerk1")
    infos, document_ids = _supporting(desk, _message(desk, case_id, "preauth"))
    docs = _documents(infos)
    assert [code for code, _ in docs] == ["FCF", "POI"]
    fcf = docs[0][1]
    assert fcf["contentType"] == "application/pdf"
    data = base64.b64decode(fcf["data"])
    assert data.startswith(b"%PDF-")
    assert fcf["size"] == len(data)
    assert base64.b64decode(fcf["hash"]) == hashlib.sha1(data).digest()
    text = all_text(data)
    assert "REQUEST FOR CASHLESS HOSPITALISATION" in text
    assert "Kavita Deshmukh" in text and "TRN/HL/2026/000123" in text and case_id in text
    assert "1800 555 0142" in text  # the payer profile's helpline
    assert len(PdfReader(io.BytesIO(data)).pages) >= 2
    assert document_ids[0].startswith("generated-partc-") and poi.id in document_ids


def test_a_signed_fcf_attached_by_the_clerk_replaces_the_generated_part_c(desk: Desk,
                                                                        case_id: str) -> None:
    signed = pdf(1)
    doc = add_document(desk, case_id, io.BytesIO(signed), category="FCF", stage="preauth",
                       filename="part-c-signed.pdf", actor="clerk1")
    infos, document_ids = _supporting(desk, _message(desk, case_id, "preauth"))
    docs = _documents(infos)
    assert [code for code, _ in docs] == ["FCF"]
    assert base64.b64decode(docs[0][1]["data"]) == signed
    assert document_ids == (doc.id,)


def test_an_enhancement_carries_no_generated_part_c(desk: Desk, case_id: str) -> None:
    add_document(desk, case_id, io.BytesIO(png("red")), category="MB", stage="enhancement",
                 filename="interim-bill.png", actor="clerk1")
    infos, document_ids = _supporting(desk, _message(desk, case_id, "enhancement",
                                                        preauth_ref="PA-2026-1"))
    assert [code for code, _ in _documents(infos)] == ["MB"]
    assert not any(d.startswith("generated-") for d in document_ids)
