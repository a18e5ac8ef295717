"""QR codes and barcodes on cards (zxing-cpp): the ABHA card's QR payload, and the policy and
member numbers on insurance / TPA cards.

The ABHA card and the ABHA app show a QR code holding a small JSON object. Field names differ
between the card and the app and between versions (``hid`` or ``phr`` for the ABHA address,
``district_name`` or ``dist name``, ``state name`` or ``state_name``, ``dob`` as a year, a
``dd-mm-yyyy`` or a ``d/m/yyyy`` date), so parsing is tolerant: keys are compared without case,
spaces, dashes or underscores, and anything unknown is ignored. The result is only a proposal for
the admission form; the UI asks before it overwrites anything the clerk typed.

Insurance and TPA cards (e-cards) carry a QR code or a barcode in no common format: a JSON object,
``key: value`` lines, a link with the numbers in its query, printed-style text ("Policy No. ...
Member ID ..."), or a barcode holding just the card number. :func:`parse_insurance_code` reads
all of these into *candidates* (policy numbers, member / card ids, numbers without a label) that
the clerk confirms; nothing is guessed beyond what a label says.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlsplit

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


# ------------------------------------------------------------------------ insurance cards


@dataclass(frozen=True)
class InsuranceCard:
    """What the codes on an insurance / TPA card say, as candidates in the order found: the
    clerk confirms them. ``numbers`` are id-like values without a label (a barcode holding
    only the card number); ``codes`` is every decoded code as it was read."""

    policy_numbers: tuple[str, ...] = ()
    member_ids: tuple[str, ...] = ()
    numbers: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    insurers: tuple[str, ...] = ()
    codes: tuple[DecodedCode, ...] = field(default=())

    @property
    def policy_number(self) -> str | None:
        return self.policy_numbers[0] if self.policy_numbers else None

    @property
    def member_id(self) -> str | None:
        """The member / card id: a labelled one, else the only unlabelled number."""
        if self.member_ids:
            return self.member_ids[0]
        return self.numbers[0] if len(self.numbers) == 1 else None

    def form_values(self) -> dict[str, str]:
        """Admission-form field paths and the values the card proposes for them."""
        values: dict[str, str] = {}
        if self.policy_number:
            values["coverage.policy_number"] = self.policy_number
        if self.member_id:
            values["coverage.member_id"] = self.member_id
        if self.names:
            values["coverage.name_on_id"] = self.names[0]
        return values


_ID_LIKE = re.compile(r"[A-Za-z0-9][A-Za-z0-9/\-_.]{3,39}")

# a label's words (compared without case, spaces or punctuation) -> what its value is
_POLICY_KEYS = ("policyno", "policynumber", "policy", "policyid", "polno", "polnum", "policynum",
                "certificateno", "certificatenumber")
_MEMBER_KEYS = ("memberid", "memberno", "membernumber", "membercode", "member", "cardno",
                "cardnumber", "cardid", "ecardno", "ecardnumber", "ecardid", "uhid", "uhidno",
                "tpaid", "tpacardno", "idcardno", "insuredid", "beneficiaryid", "healthcardno",
                "clientid", "customerid", "enrolmentid", "enrollmentid", "employeecardno")
_NAME_KEYS = ("name", "insuredname", "membername", "patientname", "beneficiaryname",
              "nameofinsured", "holdername", "cardholdername", "cardholder")
_INSURER_KEYS = ("insurer", "insurancecompany", "insurername", "company", "tpa", "tpaname")

# printed-style text: "Policy No. 1234/56/2026", "Member ID: SYN-0042", "UHID ABC123"
_LABELLED = re.compile(
    r"\b(policy|pol|member|card|e-?card|uhid|tpa\s*id|insured\s*id)\s*"
    r"(?:no\.?|number|num|id|code|#)?\s*[:=#\-]?\s*"
    r"((?=[A-Za-z0-9/\-_.]*\d)[A-Za-z0-9][A-Za-z0-9/\-_.]{3,39})",
    re.I)
_PAIR = re.compile(r"^\s*([A-Za-z][A-Za-z .#_/()-]{0,40}?)\s*[:=]\s*(.+?)\s*$")


def _id_value(raw: str) -> str | None:
    text = raw.strip().strip(".,;")
    if _ID_LIKE.fullmatch(text) and any(ch.isdigit() for ch in text):
        return text
    return None


def _pairs(text: str) -> list[tuple[str, str]]:
    """(label, value) pairs from JSON, a link's query, or ``key: value`` / ``key=value`` parts."""
    stripped = text.strip()
    try:
        data = json.loads(stripped)
    except (ValueError, RecursionError):
        data = None
    if isinstance(data, dict):
        out: list[tuple[str, str]] = []
        for key, value in data.items():
            if isinstance(value, dict):  # one level of nesting: {"policy": {"number": ...}}
                out += [(f"{key}{k}", str(v)) for k, v in value.items()
                        if isinstance(v, str | int) and not isinstance(v, bool)]
            elif isinstance(value, str | int) and not isinstance(value, bool):
                out.append((str(key), str(value)))
        return out
    if re.match(r"https?://", stripped, re.I):
        return [(k, v) for k, v in parse_qsl(urlsplit(stripped).query)]
    out = []
    for part in re.split(r"[\n;|&]+", stripped):
        match = _PAIR.match(part)
        if match:
            out.append((match.group(1), match.group(2)))
    return out


def _kind(label: str) -> str | None:
    key = re.sub(r"[^a-z]", "", label.lower())
    for kind, keys in (("policy", _POLICY_KEYS), ("member", _MEMBER_KEYS),
                       ("name", _NAME_KEYS), ("insurer", _INSURER_KEYS)):
        if key in keys:
            return kind
    return None


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for value in values:
        seen.setdefault(value, None)
    return tuple(seen)


def parse_insurance_code(text: str, format: str = "QRCode") -> InsuranceCard | None:
    """The policy / member number candidates in one code's text; None for an ABHA code or a
    code with nothing id-like in it."""
    if not text.strip() or parse_abha_qr(text) is not None:
        return None
    found: dict[str, list[str]] = {"policy": [], "member": [], "name": [], "insurer": [],
                                   "number": []}
    pairs = _pairs(text)
    for label, value in pairs:
        kind = _kind(label)
        if kind in ("policy", "member"):
            number = _id_value(value)
            if number is not None:
                found[kind].append(number)
        elif kind in ("name", "insurer") and value.strip() and len(value) <= 80:
            found[kind].append(value.strip())
    if not found["policy"] and not found["member"]:  # printed-style text
        for match in _LABELLED.finditer(text):
            label = match.group(1).lower()
            number = _id_value(match.group(2))
            if number is not None:
                found["policy" if label.startswith("pol") else "member"].append(number)
    if not pairs and not found["policy"] and not found["member"]:
        bare = _id_value(text)
        if bare is not None:  # a barcode that holds just the card number
            found["number"].append(bare)
    if not any(found[k] for k in ("policy", "member", "number")):
        return None
    return InsuranceCard(policy_numbers=_unique(found["policy"]),
                         member_ids=_unique(found["member"]), numbers=_unique(found["number"]),
                         names=_unique(found["name"]), insurers=_unique(found["insurer"]),
                         codes=(DecodedCode(text, format),))


def find_insurance_card(image: Image.Image) -> InsuranceCard | None:
    """Policy and member number candidates from every QR code and barcode on a photo or scan
    of an insurance / TPA card (ABHA codes are left out); None when no code gives any."""
    cards = [card for code in decode_codes(image)
             if (card := parse_insurance_code(code.text, code.format)) is not None]
    if not cards:
        return None
    policies = _unique(n for c in cards for n in c.policy_numbers)
    members = _unique(n for c in cards for n in c.member_ids)
    return InsuranceCard(
        policy_numbers=policies, member_ids=members,
        numbers=_unique(n for c in cards for n in c.numbers
                        if n not in policies and n not in members),
        names=_unique(n for c in cards for n in c.names),
        insurers=_unique(n for c in cards for n in c.insurers),
        codes=tuple(code for c in cards for code in c.codes))
