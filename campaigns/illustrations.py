"""Placeholder artwork for the demo, drawn with Pillow at load time (the
demo data's illustrations and posters name these factories).

The seed credits real photographs we do not have; the demo shows abstract
illustrations instead (coloured shapes, clearly not photographs), credited
honestly as generated for the demo and released under CC0. Nothing is
fetched from the network.
"""

import io
import random

from django.core.files.base import ContentFile
from PIL import Image, ImageDraw, ImageFont

from media.factories import CustomDocumentFactory, CustomImageFactory
from media.share_cards import BOLD, REGULAR

PALETTES = {
    "warm": [(233, 196, 106), (244, 162, 97), (231, 111, 81), (42, 157, 143), (38, 70, 83)],
    "sea": [(2, 62, 138), (0, 119, 182), (0, 150, 199), (144, 224, 239), (202, 240, 248)],
    "earth": [(96, 108, 56), (40, 54, 24), (254, 250, 224), (221, 161, 94), (188, 108, 37)],
    "dusk": [(53, 80, 112), (109, 89, 122), (181, 101, 118), (229, 107, 111), (234, 172, 139)],
}


def illustration_png(seed, palette="warm", size=(1600, 900)):
    """An abstract composition of circles and bands; ``seed`` makes it repeatable."""
    rng = random.Random(seed)
    colours = PALETTES[palette]
    image = Image.new("RGB", size, colours[-1])
    draw = ImageDraw.Draw(image)
    width, height = size
    for _ in range(6):
        y = rng.randrange(0, height)
        draw.rectangle([0, y, width, y + rng.randrange(30, 140)], fill=rng.choice(colours))
    for _ in range(14):
        radius = rng.randrange(60, 320)
        x, y = rng.randrange(0, width), rng.randrange(0, height)
        draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=rng.choice(colours))
    out = io.BytesIO()
    image.save(out, format="PNG", compress_level=6)
    return out.getvalue()


def poster_pdf(title, tagline, hashtag, credit):
    """A one-page A4 poster of a campaign, as PDF."""
    width, height = 1240, 1754  # A4 at 150 dpi
    image = Image.new("RGB", (width, height), (16, 42, 67))
    draw = ImageDraw.Draw(image)
    illustration = Image.open(io.BytesIO(illustration_png(title, "sea", (width, 700))))
    image.paste(illustration, (0, 0))
    y = 780
    for text, font_path, size, fill in (
        (title, BOLD, 72, (255, 255, 255)),
        (tagline, REGULAR, 44, (240, 180, 41)),
        (f"#{hashtag}" if hashtag else "", BOLD, 48, (255, 255, 255)),
    ):
        if not text:
            continue
        font = ImageFont.truetype(str(font_path), size)
        line = ""
        for word in text.split():
            candidate = f"{line} {word}".strip()
            if draw.textlength(candidate, font=font) > width - 160 and line:
                draw.text((80, y), line, font=font, fill=fill)
                y += int(size * 1.3)
                line = word
            else:
                line = candidate
        draw.text((80, y), line, font=font, fill=fill)
        y += int(size * 1.3) + 40
    draw.text(
        (80, height - 120), credit, font=ImageFont.truetype(str(REGULAR), 28), fill=(205, 220, 235)
    )
    out = io.BytesIO()
    image.save(out, format="PDF", resolution=150)
    return out.getvalue()


def demo_illustration(*, ref, palette, **fields):
    """Factory of the demo data's ``!image`` entries (campaigns/demo/illustrations.yaml):
    draws the illustration named ``ref`` and files it with the entry's texts."""
    png = illustration_png(ref, palette)
    return CustomImageFactory(file=ContentFile(png, name=f"demo-{ref}.png"), **fields)


def demo_poster(*, ref, heading, hashtag, **fields):
    """Factory of the demo data's ``!document`` entries (campaigns/demo/posters.yaml):
    draws the campaign poster and files it with the entry's texts."""
    pdf = poster_pdf(heading, "", hashtag, fields["credit_en"])
    return CustomDocumentFactory(
        file=ContentFile(pdf, name=f"poster-{ref}.pdf"), file_size=len(pdf), **fields
    )
