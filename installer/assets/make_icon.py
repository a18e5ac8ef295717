"""Draw the TPA Desk application icon: installer/assets/tpadesk.svg, .png (256 px) and .ico.

One geometry, two renderers: the SVG is written by hand from the shapes below and the PNG/ICO
are drawn with Pillow at 4x and scaled down (anti-aliased). Run it again after changing a shape:

    .venv/bin/python installer/assets/make_icon.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
ACCENT = "#1f5fa8"   # ui/theme.py ACCENT
FOLD = "#c9dcf2"
GOLD = "#f0c36d"

# Shapes on a 256 x 256 canvas: (kind, box or points, radius, fill)
TILE = (8, 8, 248, 248, 48)                       # rounded square, the accent colour
PAGE = [(72, 44), (156, 44), (192, 80), (192, 212), (72, 212)]   # white page, folded corner
FOLD_TRI = [(156, 44), (156, 80), (192, 80)]
CROSS = [(120, 100, 144, 180, 5), (92, 128, 172, 152, 5)]       # accent cross on the page
STRIPE = (96, 190, 168, 198, 4)                   # a gold line under the cross


def svg() -> str:
    x0, y0, x1, y1, r = TILE
    page = " ".join(f"{x},{y}" for x, y in PAGE)
    fold = " ".join(f"{x},{y}" for x, y in FOLD_TRI)
    rects = "\n  ".join(
        f'<rect x="{a}" y="{b}" width="{c - a}" height="{d - b}" rx="{rr}" fill="{ACCENT}"/>'
        for a, b, c, d, rr in CROSS)
    sa, sb, sc, sd, sr = STRIPE
    return f"""<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <title>TPA Desk</title>
  <rect x="{x0}" y="{y0}" width="{x1 - x0}" height="{y1 - y0}" rx="{r}" fill="{ACCENT}"/>
  <polygon points="{page}" fill="#ffffff" stroke="#ffffff" stroke-width="6" stroke-linejoin="round"/>
  <polygon points="{fold}" fill="{FOLD}" stroke="{FOLD}" stroke-width="2" stroke-linejoin="round"/>
  {rects}
  <rect x="{sa}" y="{sb}" width="{sc - sa}" height="{sd - sb}" rx="{sr}" fill="{GOLD}"/>
</svg>
"""


def png(size: int = 256) -> Image.Image:
    k = 4 * size / 256
    big = Image.new("RGBA", (round(256 * k), round(256 * k)), (0, 0, 0, 0))
    d = ImageDraw.Draw(big)

    def box(a: float, b: float, c: float, e: float) -> tuple[float, float, float, float]:
        return (a * k, b * k, c * k, e * k)

    x0, y0, x1, y1, r = TILE
    d.rounded_rectangle(box(x0, y0, x1, y1), radius=r * k, fill=ACCENT)
    d.polygon([(x * k, y * k) for x, y in PAGE], fill="#ffffff")
    d.line([(x * k, y * k) for x, y in [*PAGE, PAGE[0]]], fill="#ffffff", width=round(6 * k),
           joint="curve")
    d.polygon([(x * k, y * k) for x, y in FOLD_TRI], fill=FOLD)
    for a, b, c, e, rr in CROSS:
        d.rounded_rectangle(box(a, b, c, e), radius=rr * k, fill=ACCENT)
    sa, sb, sc, sd, sr = STRIPE
    d.rounded_rectangle(box(sa, sb, sc, sd), radius=sr * k, fill=GOLD)
    return big.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    (HERE / "tpadesk.svg").write_text(svg(), encoding="utf-8")
    image = png(256)
    image.save(HERE / "tpadesk.png", optimize=True)
    image.save(HERE / "tpadesk.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64),
                                            (128, 128), (256, 256)])
    print("wrote", ", ".join(p.name for p in sorted(HERE.glob("tpadesk.*"))))


if __name__ == "__main__":
    main()
