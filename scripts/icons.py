"""Draw the favicon and the touch icon from the logo mark (the same drawing
as the share cards, ``media.share_cards.draw_logo``) into ``site/root/``,
which WhiteNoise serves at the site root (``/favicon.ico``,
``/apple-touch-icon.png``). Run again after changing the logo:

    .venv/bin/python scripts/icons.py
"""

import os
import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()

from media.share_cards import BACKGROUND, draw_logo  # noqa: E402

OUT = ROOT / "site" / "root"


def mark(size, padding=0, background=None):
    image = Image.new("RGBA", (size, size), background or (0, 0, 0, 0))
    draw_logo(image, padding, padding, size - 2 * padding)
    return image


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    icon = mark(64)
    icon.save(OUT / "favicon.ico", sizes=[(16, 16), (32, 32), (48, 48)])
    # iOS rounds the corners itself: a full square on the brand colour.
    touch = mark(180, padding=18, background=(*BACKGROUND, 255)).convert("RGB")
    touch.save(OUT / "apple-touch-icon.png", optimize=True)
    for path in sorted(OUT.iterdir()):
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size} B")


if __name__ == "__main__":
    main()
