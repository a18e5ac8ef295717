"""QR codes with zxing-cpp: an ABHA-style card made with Pillow and zxing-cpp's own QR writer is
decoded and its payload parsed for the admission form; other payloads are parsed tolerantly.
Insurance / TPA cards (QR and Code 128 barcode) give policy and member number candidates."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from app.capture.process import prepare_file
from app.capture.qr import (
    decode_codes,
    find_abha_card,
    find_insurance_card,
    parse_abha_qr,
    parse_insurance_code,
)
from tests.test_capture_support import (
    ABHA_PAYLOAD,
    abha_card,
    barcode_image,
    insurance_card,
    jpeg_bytes,
    qr_image,
    write,
)


def test_abha_card_qr_is_decoded_and_parsed() -> None:
    card = find_abha_card(abha_card())
    assert card is not None
    assert card.abha_number == "91-5555-0000-1234"
    assert card.abha_address == "testperson.alpha@abdm"
    assert card.name == "Test Person Alpha"
    assert card.gender == "F"
    assert card.date_of_birth == dt.date(1983, 8, 14) and card.birth_year == 1983
    assert card.mobile == "9000000001"
    assert (card.district, card.state) == ("PUNE", "MAHARASHTRA")
    assert (card.district_lgd, card.state_lgd) == ("519", "27")
    assert card.address == "1 Synthetic Lane, Test Nagar"


def test_a_photographed_card_rotated_and_as_jpeg_still_decodes(tmp_path: Path) -> None:
    photo = abha_card().rotate(90, expand=True)
    path = write(tmp_path / "card.jpg", jpeg_bytes(photo, quality=80))
    with Image.open(path) as img:
        card = find_abha_card(img)
    assert card is not None and card.abha_number == "91-5555-0000-1234"


def test_qr_survives_processing_into_the_stored_document(tmp_path: Path) -> None:
    path = write(tmp_path / "card.png", b"")
    abha_card().save(path, "PNG")
    doc = prepare_file(path)
    embedded = PdfReader(doc.open()).pages[0].images[0].data
    with Image.open(io.BytesIO(embedded)) as img:
        assert find_abha_card(img) is not None


def test_abha_app_variant_field_names_are_understood() -> None:
    payload = {"hidn": "91 5555 0000 1234", "phr": "alpha@sbx", "name": "Test Person",
               "gender": "M", "dob": "1977", "dist name": "CENTRAL", "state_name": "DELHI",
               "mobile": "+919999977777"}
    card = parse_abha_qr(json.dumps(payload))
    assert card is not None
    assert card.abha_number == "91-5555-0000-1234" and card.abha_address == "alpha@sbx"
    assert card.birth_year == 1977 and card.date_of_birth is None
    assert (card.district, card.state, card.mobile) == ("CENTRAL", "DELHI", "9999977777")


def test_malformed_values_are_left_out_not_guessed() -> None:
    card = parse_abha_qr(json.dumps({"hid": "x@abdm", "hidn": "123", "dob": "31-02-1990",
                                     "mobile": "12", "gender": "?"}))
    assert card is not None
    assert card.abha_number is None and card.mobile is None and card.gender is None
    assert card.date_of_birth is None and card.birth_year == 1990


def test_payloads_that_are_not_abha_give_none() -> None:
    assert parse_abha_qr("https://example.org/policy/123") is None
    assert parse_abha_qr(json.dumps({"policy": "P-1"})) is None
    assert parse_abha_qr(json.dumps([1, 2])) is None
    assert parse_abha_qr(json.dumps({"hid": "no-at-sign"})) is None


def test_other_codes_are_reported_with_their_format() -> None:
    image = Image.new("L", (400, 400), 255)
    image.paste(qr_image("POLICY:SYN-0001", scale=5), (40, 40))
    assert [(c.text, c.format) for c in decode_codes(image)] == [("POLICY:SYN-0001", "QRCode")]
    assert find_abha_card(image) is None


def test_blank_image_has_no_codes() -> None:
    assert decode_codes(Image.new("RGB", (300, 300), "white")) == []
    assert ABHA_PAYLOAD["hidn"]  # the payload used by the card builder is synthetic


# ---------------------------------------------------------------------- insurance cards


def test_an_insurance_card_gives_its_policy_and_member_numbers() -> None:
    card = find_insurance_card(insurance_card())
    assert card is not None
    assert card.policy_numbers == ("SYN/2026/000123",)
    assert card.member_ids == ("SYNM-0042-01",)
    assert card.numbers == ()  # the barcode's number is the member id already found
    assert card.names == ("Test Person Beta",)
    assert card.insurers == ("Synthetic General Insurance",)
    assert sorted(c.format for c in card.codes) == ["Code128", "QRCode"]
    assert card.form_values() == {"coverage.policy_number": "SYN/2026/000123",
                                  "coverage.member_id": "SYNM-0042-01",
                                  "coverage.name_on_id": "Test Person Beta"}


def test_a_card_with_only_a_barcode_proposes_its_number_as_the_member_id(tmp_path: Path
                                                                         ) -> None:
    image = Image.new("RGB", (700, 300), "white")
    image.paste(barcode_image("TPA7788123").convert("RGB"), (40, 60))
    path = write(tmp_path / "card.jpg", jpeg_bytes(image.rotate(180), quality=85))
    with Image.open(path) as img:
        card = find_insurance_card(img)
    assert card is not None
    assert card.numbers == ("TPA7788123",) and card.policy_numbers == ()
    assert card.member_id == "TPA7788123" and card.policy_number is None


@pytest.mark.parametrize(("text", "policy", "member"), [
    ("Policy No: 4016/X/2026/77\nMember ID: SY-99-0001\nName: Test Person", "4016/X/2026/77",
     "SY-99-0001"),
    ("POLNO=P123456;UHID=U-778899", "P123456", "U-778899"),
    ("https://ecard.example.org/card?policy_number=PL-2026-5&card_no=EC55443", "PL-2026-5",
     "EC55443"),
    ("Synthetic TPA e-card Policy No. 2026/123456 Member ID SYN0042", "2026/123456", "SYN0042"),
    (json.dumps({"policy": {"number": "GRP/88/2026"}, "member": {"code": "E-1024"}}),
     "GRP/88/2026", "E-1024"),
])
def test_insurance_payloads_in_several_shapes(text: str, policy: str, member: str) -> None:
    card = parse_insurance_code(text)
    assert card is not None
    assert (card.policy_number, card.member_id) == (policy, member)


def test_labels_without_numbers_and_abha_codes_give_no_insurance_card() -> None:
    assert parse_insurance_code(json.dumps(ABHA_PAYLOAD)) is None
    assert parse_insurance_code("Policy period: one year\nMember name: Test Person") is None
    assert parse_insurance_code("https://example.org/about") is None
    assert parse_insurance_code("   ") is None
    assert find_insurance_card(abha_card()) is None


def test_dates_are_not_taken_for_numbers() -> None:
    card = parse_insurance_code("Policy No: P-778812\nValid till: 31-03-2027")
    assert card is not None
    assert card.policy_numbers == ("P-778812",) and card.member_ids == () and card.numbers == ()
