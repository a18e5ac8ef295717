"""QR codes and barcodes on cards (zxing-cpp), and the ABHA card's QR payload.

The ABHA card and the ABHA app show a QR code holding a small JSON object. Field names differ
between the card and the app and between versions (``hid`` or ``phr`` for the ABHA address,
``district_name`` or ``dist name``, ``state name`` or ``state_name``, ``dob`` as a year, a
``dd-mm-yyyy`` or a ``d/m/yyyy`` date), so parsing is tolerant: keys are compared without case,
spaces, dashes or underscores, and anything unknown is ignored. The result is only a proposal for
the admission form; the UI asks before it overwrites anything the clerk typed.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass

import zxingcpp
from PIL import Image


@dataclass(frozen=True)
class DecodedCode:
    """One code found on an image: its text, its format name (``QRCode``, ``Code128`` ...)."""

    text: str
    format: str


def decode_codes(image: Image.Image) -> list[DecodedCode]:
    """Every QR code and barcode zxing-cpp finds on the image (upright or rotated)."""
    rgb = image if image.mode in ("L", "RGB") else image.convert("RGB")
    found = zxingcpp.read_barcodes(rgb, try_rotate=True, try_downscale=True)
    return [DecodedCode(text=code.text, format=code.format.name) for code in found
            if code.valid and code.text]


@dataclass(frozen=True)
class AbhaCard:
    """What an ABHA QR code says about the patient, for prefilling the admission form. Every
    field may be None when the code does not carry it. ``birth_year`` is set even when only the
    year is known; ``date_of_birth`` only for a full date."""

    abha_number: str | None = None  # 14 digits as XX-XXXX-XXXX-XXXX
    abha_address: str | None = None  # e.g. name@abdm
    name: str | None = None
    gender: str | None = None  # "M", "F" or "O"
    date_of_birth: dt.date | None = None
    birth_year: int | None = None
    mobile: str | None = None
    address: str | None = None
    district: str | None = None
    state: str | None = None
    district_lgd: str | None = None
    state_lgd: str | None = None


def _norm_key(key: str) -> str:
    return re.sub(r"[\s_\-]", "", key).lower()


_ALIASES: dict[str, tuple[str, ...]] = {
    "abha_number": ("hidn", "abhanumber", "healthidnumber", "healthidno", "abhano"),
    "abha_address": ("hid", "phr", "abhaaddress", "healthid", "phraddress"),
    "name": ("name", "fullname"),
    "gender": ("gender", "sex"),
    "dob": ("dob", "dateofbirth", "birthdate", "yob", "yearofbirth"),
    "mobile": ("mobile", "mobileno", "phone", "mobilenumber"),
    "address": ("address", "addr"),
    "district": ("districtname", "distname", "district"),
    "state": ("statename", "state"),
    "district_lgd": ("distlgd", "districtlgd", "districtcode"),
    "state_lgd": ("statelgd", "statecode"),
}


def _pick(fields: dict[str, str], name: str) -> str | None:
    for alias in _ALIASES[name]:
        value = fields.get(alias)
        if value:
            return value
    return None


def _abha_number(raw: str | None) -> str | None:
    if raw is None:
        return None
    digits = re.sub(r"\D", "", raw)
    if len(digits) != 14:
        return None
    return f"{digits[:2]}-{digits[2:6]}-{digits[6:10]}-{digits[10:]}"


def _gender(raw: str | None) -> str | None:
    if raw is None:
        return None
    first = raw.strip()[:1].upper()
    return {"M": "M", "F": "F", "O": "O", "T": "O"}.get(first)


def _birth(raw: str | None) -> tuple[dt.date | None, int | None]:
    if raw is None:
        return None, None
    text = raw.strip()
    if re.fullmatch(r"\d{4}", text):
        return None, int(text)
    match = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", text)
    if match:
        day, month, year = (int(g) for g in match.groups())
    else:
        match = re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", text)
        if not match:
            return None, None
        year, month, day = (int(g) for g in match.groups())
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None, year if 1900 <= year <= 2100 else None
    return date, year


def _mobile(raw: str | None) -> str | None:
    if raw is None:
        return None
    digits = re.sub(r"\D", "", raw)
    if len(digits) == 12 and digits.startswith("91"):
        digits = digits[2:]
    return digits if len(digits) == 10 else None


def parse_abha_qr(text: str) -> AbhaCard | None:
    """Parse an ABHA QR payload; None when it is not one (not JSON, or neither an ABHA number
    nor an ABHA address in it). Values that are malformed are left out, not guessed."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict):
        return None
    fields = {_norm_key(str(k)): str(v).strip() for k, v in data.items()
              if isinstance(v, str | int) and not isinstance(v, bool)}
    number = _abha_number(_pick(fields, "abha_number"))
    address = _pick(fields, "abha_address")
    if address is not None and "@" not in address:
        address = None
    if number is None and address is None:
        return None
    dob, year = _birth(_pick(fields, "dob"))
    return AbhaCard(
        abha_number=number, abha_address=address, name=_pick(fields, "name"),
        gender=_gender(_pick(fields, "gender")), date_of_birth=dob, birth_year=year,
        mobile=_mobile(_pick(fields, "mobile")), address=_pick(fields, "address"),
        district=_pick(fields, "district"), state=_pick(fields, "state"),
        district_lgd=_pick(fields, "district_lgd"), state_lgd=_pick(fields, "state_lgd"))


def find_abha_card(image: Image.Image) -> AbhaCard | None:
    """The ABHA details from the first ABHA QR code on the image, or None."""
    for code in decode_codes(image):
        card = parse_abha_qr(code.text)
        if card is not None:
            return card
    return None
