"""Draw the application icon and the report logo: ``python packaging/make_icons.py``.

Writes resources/icons/flare-monitor.png (256 px), resources/icons/flare-monitor.ico (16 to 256 px, for
the Windows executable and the installer) and resources/logo.png (the mark and the name, transparent).
The files are committed; run this again only to change the drawing. Needs Pillow (a matplotlib
dependency, so it is in the venv).
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
LOGO = ROOT / "resources" / "logo.png"
FONT = ROOT / "resources" / "fonts" / "NotoSans-Bold.ttf"

NAVY = (30, 45, 90, 255)  # the report's navy (flare_monitor.reports.styles.NAVY)
SKY = (233, 238, 246, 255)  # the report's light band
AMBER = (242, 169, 59, 255)  # the target line
ICO_SIZES = [(16, 16), (20, 20), (24, 24), (32, 32), (40, 40), (48, 48), (64, 64), (128, 128), (256, 256)]
SCALE = 4  # drawn four times larger, then reduced: smooth edges without an anti-aliasing renderer


def mark(size: int) -> Image.Image:
    """The mark: three rising bars and a target line on a navy rounded square."""
    big = size * SCALE
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 0, big - 1, big - 1), radius=big // 5, fill=NAVY)
    base, left, width, gap = big * 0.80, big * 0.20, big * 0.16, big * 0.06
    for i, height in enumerate((0.22, 0.36, 0.50)):
        x = left + i * (width + gap)
        draw.rectangle((x, base - height * big, x + width, base), fill=SKY)
    line = big * 0.06
    draw.line((big * 0.16, big * 0.26, big * 0.84, big * 0.26), fill=AMBER, width=int(line))
    return image.resize((size, size), Image.Resampling.LANCZOS)


def logo(height: int = 160) -> Image.Image:
    """The mark followed by the name, for the cover of a report."""
    font = ImageFont.truetype(str(FONT), int(height * 0.42))
    text = "FLARE Monitor"
    left, top, right, bottom = font.getbbox(text)
    pad = height // 5
    image = Image.new("RGBA", (height + pad + (right - left) + pad, height), (0, 0, 0, 0))
    image.alpha_composite(mark(height))
    draw = ImageDraw.Draw(image)
    draw.text((height + pad - left, (height - (bottom - top)) / 2 - top), text, font=font, fill=NAVY)
    return image


def main() -> int:
    ICONS.mkdir(parents=True, exist_ok=True)
    icon = mark(256)
    icon.save(ICONS / "flare-monitor.png", optimize=True)
    # Each size drawn on its own (not one image scaled by Windows), so 16 px stays crisp.
    frames = [mark(w) for w, _h in ICO_SIZES]
    frames[-1].save(ICONS / "flare-monitor.ico", sizes=ICO_SIZES, append_images=frames[:-1])
    logo().save(LOGO, optimize=True)
    for path in (ICONS / "flare-monitor.png", ICONS / "flare-monitor.ico", LOGO):
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
