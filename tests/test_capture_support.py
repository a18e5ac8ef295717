"""Synthetic documents for the capture tests (no real patient data anywhere), and checks that
the private temporary folder is left empty. Holds no tests itself."""

from __future__ import annotations

import io
import json
import random
import struct
from pathlib import Path

import zxingcpp
from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfWriter
from pypdf.generic import DictionaryObject, NameObject, TextStringObject

KNOWN_TEXT = [
    "DISCHARGE SUMMARY",
    "Synthetic Test Hospital, Ward 4",
    "Patient: Test Person Alpha  Age: 42  Sex: F",
    "Admitted on 01-02-2026 with fever and cough.",
    "Diagnosis: community acquired pneumonia.",
    "Treated with intravenous antibiotics for five days.",
    "Condition at discharge: stable, afebrile.",
    "Advice: review in the outpatient clinic after one week.",
]

WORDS = ("patient", "ward", "amount", "rupees", "tablet", "review", "blood", "report",
         "fever", "theatre", "charges", "nursing", "room", "doctor", "visit", "12500")


def font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def text_page(lines: list[str] | None = None, *, dpi: int = 300, seed: int = 1,
              paper: tuple[int, int, int] = (252, 250, 244), rows: int = 40) -> Image.Image:
    """An A4 page of dark text on slightly tinted paper at ``dpi``, like a scanned letter."""
    width, height = round(8.27 * dpi), round(11.69 * dpi)
    img = Image.new("RGB", (width, height), paper)
    draw = ImageDraw.Draw(img)
    size = max(8, dpi // 9)
    rng = random.Random(seed)
    y = dpi // 2
    body = list(lines) if lines is not None else []
    while len(body) < rows:
        body.append(" ".join(rng.choice(WORDS) for _ in range(9)))
    for line in body:
        draw.text((dpi // 2, y), line, fill=(25, 25, 30), font=font(size))
        y += int(size * 1.6)
        if y > height - dpi // 2:
            break
    return img


def photo(width: int = 1600, height: int = 1200, seed: int = 2) -> Image.Image:
    """A colourful 'photo' with gradients and noise (hard to compress, clearly not text)."""
    rng = random.Random(seed)
    img = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(img)
    for _ in range(300):
        x, y = rng.randrange(width), rng.randrange(height)
        r = rng.randrange(10, 120)
        draw.ellipse((x - r, y - r, x + r, y + r),
                     fill=(rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    noise = Image.effect_noise((width, height), 40).convert("RGB")
    return Image.blend(img, noise, 0.25)


def jpeg_bytes(img: Image.Image, quality: int = 92, **kw: object) -> bytes:
    out = io.BytesIO()
    img.save(out, "JPEG", quality=quality, **kw)
    return out.getvalue()


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def pdf_with(extra_root: dict[str, object] | None = None, pages: int = 1) -> bytes:
    """A small valid PDF; ``extra_root`` adds entries to its catalog (for scripted PDFs)."""
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(595, 842)
    if extra_root:
        for key, value in extra_root.items():
            writer._root_object[NameObject(key)] = value  # type: ignore[index]
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def js_action(code: str = "app.alert('synthetic')") -> DictionaryObject:
    action = DictionaryObject()
    action[NameObject("/S")] = NameObject("/JavaScript")
    action[NameObject("/JS")] = TextStringObject(code)
    return action


def launch_action() -> DictionaryObject:
    action = DictionaryObject()
    action[NameObject("/S")] = NameObject("/Launch")
    action[NameObject("/F")] = TextStringObject("calc.exe")
    return action


def sparse_tiff(path: Path, width: int, height: int, file_size: int | None = None) -> Path:
    """An uncompressed RGB TIFF header declaring ``width`` x ``height``; the pixel data is a
    sparse zero region (instant to create, whatever its nominal size)."""
    data_offset = 512
    entries = [
        (256, 4, 1, width), (257, 4, 1, height), (258, 3, 1, 8), (259, 3, 1, 1),
        (262, 3, 1, 2), (273, 4, 1, data_offset), (277, 3, 1, 3), (278, 4, 1, height),
        (279, 4, 1, width * height * 3),
    ]
    ifd = struct.pack("<H", len(entries))
    for tag, typ, count, value in entries:
        if typ == 3:
            ifd += struct.pack("<HHIHH", tag, typ, count, value, 0)
        else:
            ifd += struct.pack("<HHII", tag, typ, count, value)
    ifd += struct.pack("<I", 0)
    header = b"II*\x00" + struct.pack("<I", 8) + ifd
    with path.open("wb") as fh:
        fh.write(header.ljust(data_offset, b"\x00"))
        fh.truncate(file_size if file_size is not None else data_offset + width * height * 3)
    return path


def qr_image(text: str, scale: int = 6) -> Image.Image:
    """A QR code made by zxing-cpp's own writer, as a Pillow image."""
    code = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode)
    raw = memoryview(zxingcpp.write_barcode_to_image(code, scale=scale))
    height, width = raw.shape[0], raw.shape[1]
    return Image.frombytes("L", (width, height), raw.tobytes())


def barcode_image(text: str, scale: int = 3) -> Image.Image:
    """A Code 128 barcode made by zxing-cpp's own writer, as a Pillow image."""
    code = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.Code128)
    raw = memoryview(zxingcpp.write_barcode_to_image(code, scale=scale))
    return Image.frombytes("L", (raw.shape[1], raw.shape[0]), raw.tobytes())


INSURANCE_PAYLOAD = {
    "insurer": "Synthetic General Insurance", "policyNo": "SYN/2026/000123",
    "memberId": "SYNM-0042-01", "insuredName": "Test Person Beta",
    "validTill": "31-03-2027",
}


def insurance_card(qr_text: str | None = None, barcode: str | None = "SYNM-0042-01"
                   ) -> Image.Image:
    """A TPA e-card: printed details, a QR code (JSON by default) and a Code 128 barcode."""
    card = Image.new("RGB", (1012, 638), (255, 250, 240))
    draw = ImageDraw.Draw(card)
    draw.rectangle((0, 0, 1012, 80), fill=(150, 30, 40))
    draw.text((30, 22), "Synthetic TPA Services - Health Card", fill="white", font=font(32))
    draw.text((30, 120), "Name: Test Person Beta", fill="black", font=font(28))
    draw.text((30, 165), "Policy No: SYN/2026/000123", fill="black", font=font(28))
    qr = qr_image(qr_text if qr_text is not None else json.dumps(INSURANCE_PAYLOAD), scale=4)
    card.paste(qr.convert("RGB"), (1012 - qr.width - 30, 100))
    if barcode is not None:
        bar = barcode_image(barcode, scale=3)
        card.paste(bar.convert("RGB"), (30, 638 - bar.height - 30))
    return card


ABHA_PAYLOAD = {
    "hidn": "91-5555-0000-1234", "hid": "testperson.alpha@abdm", "name": "Test Person Alpha",
    "gender": "F", "statelgd": "27", "distlgd": "519", "dob": "14-08-1983",
    "state name": "MAHARASHTRA", "district_name": "PUNE", "mobile": "9000000001",
    "address": "1 Synthetic Lane, Test Nagar",
}


def abha_card(payload: dict[str, str] | None = None) -> Image.Image:
    """An ABHA-style card: coloured background, printed text and the QR code with the JSON."""
    card = Image.new("RGB", (1012, 638), (240, 246, 255))
    draw = ImageDraw.Draw(card)
    draw.rectangle((0, 0, 1012, 90), fill=(0, 82, 155))
    draw.text((30, 25), "Ayushman Bharat Health Account", fill="white", font=font(36))
    draw.text((30, 140), "Name: Test Person Alpha", fill="black", font=font(30))
    draw.text((30, 190), "ABHA Number: 91-5555-0000-1234", fill="black", font=font(30))
    qr = qr_image(json.dumps(payload or ABHA_PAYLOAD), scale=4)
    card.paste(qr.convert("RGB"), (1012 - qr.width - 30, 638 - qr.height - 30))
    return card


def leftovers(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))
