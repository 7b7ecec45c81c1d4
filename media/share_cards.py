"""Share cards: the 1200×630 PNG a page shows as its Open Graph / Twitter image.

A page type opts in by defining ``share_card_lines(language)``, called with
``language`` active, returning a dict:

- ``title`` (required): the page title, or the myth a fact sheet answers;
- ``highlight``: the verdict or key figure (optional);
- ``kicker``: a short label above the title, such as "Campaign" (optional);
- ``credit``: the source or image credit (optional).

Cards are drawn with Pillow in the DejaVu Sans font shipped in
``media/fonts`` (free licence, see ``LICENSE-DejaVu.txt``), which covers
Latin with every accent, Greek, Cyrillic, Arabic and Hebrew; right-to-left
languages are laid out right to left (Pillow's raqm layout shapes and orders
the text). They are redrawn in the background (``media.jobs``) whenever the
page is published.
"""

import hashlib
import io
from pathlib import Path

from django.core.files.base import ContentFile
from django.utils import translation
from django.utils.translation import gettext as _
from PIL import Image, ImageDraw, ImageFont

from languages.codes import language_codes
from media.models import ShareCard

SIZE = (1200, 630)
MARGIN = 72
FONTS = Path(__file__).resolve().parent / "fonts"
REGULAR = FONTS / "DejaVuSans.ttf"
BOLD = FONTS / "DejaVuSans-Bold.ttf"
BACKGROUND = (14, 47, 80)  # the design system's brand blue (--c-brand)
BAND = (242, 177, 52)  # its accent (--c-sun)
TEXT = (255, 255, 255)
MUTED = (205, 220, 235)


def draw_logo(image, x, y, size):
    """The logo mark (site/static/img/logo.svg) at ``size`` pixels, drawn with
    Pillow at 4× and scaled down for smooth edges."""
    big = size * 4
    unit = big / 48
    mark = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(mark)
    draw.rounded_rectangle([0, 0, big - 1, big - 1], radius=11 * unit, fill=BAND)

    def point(t):  # the cubic curve of the route, t in [0, 1]
        p0, p1, p2, p3 = (12.5, 34.5), (15, 23), (23.5, 16.5), (34, 15.5)
        return tuple(
            unit * ((1 - t) ** 3 * a + 3 * (1 - t) ** 2 * t * b + 3 * (1 - t) * t**2 * c + t**3 * d)
            for a, b, c, d in zip(p0, p1, p2, p3, strict=True)
        )

    stroke = round(5 * unit)
    route = [point(i / 24) for i in range(25)]
    draw.line(route, fill=BACKGROUND, width=stroke, joint="curve")
    arrow = [(28 * unit, 9.5 * unit), (35.5 * unit, 15.5 * unit), (29 * unit, 22.5 * unit)]
    draw.line(arrow, fill=BACKGROUND, width=stroke, joint="curve")
    for cx, cy in (*route[-1:], arrow[0], arrow[2]):
        r = stroke / 2
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=BACKGROUND)
    cx, cy = 12.5 * unit, 35.5 * unit
    draw.ellipse([cx - 5 * unit, cy - 5 * unit, cx + 5 * unit, cy + 5 * unit], fill=BACKGROUND)
    draw.ellipse([cx - 1.8 * unit, cy - 1.8 * unit, cx + 1.8 * unit, cy + 1.8 * unit], fill=BAND)
    mark = mark.resize((size, size), Image.LANCZOS)
    image.paste(mark, (x, y), mark)


def opts_in(page):
    return callable(getattr(page, "share_card_lines", None))


def _is_rtl(language):
    try:
        return translation.get_language_info(language)["bidi"]
    except KeyError:
        return False


def _wrap(draw, text, font, width, direction):
    """Greedy word wrap measured with the real font."""
    lines, current = [], ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if not current or draw.textlength(candidate, font=font, direction=direction) <= width:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


def _fit(draw, text, font_path, width, max_lines, sizes, direction):
    """The largest font size at which ``text`` fits in ``max_lines`` lines."""
    for size in sizes:
        font = ImageFont.truetype(str(font_path), size)
        lines = _wrap(draw, text, font, width, direction)
        if len(lines) <= max_lines:
            return font, lines
    lines = lines[:max_lines]
    lines[-1] = lines[-1].rstrip(".,;: ") + "…"
    return font, lines


def render_card(lines, language):
    """PNG bytes of a share card for ``lines`` (see the module docstring)."""
    rtl = _is_rtl(language)
    direction = "rtl" if rtl else None
    image = Image.new("RGB", SIZE, BACKGROUND)
    draw = ImageDraw.Draw(image)
    width = SIZE[0] - 2 * MARGIN
    band_x = SIZE[0] - 24 if rtl else 0
    draw.rectangle([band_x, 0, band_x + 24, SIZE[1]], fill=BAND)

    def line(y, text, font, fill):
        x = SIZE[0] - MARGIN if rtl else MARGIN
        draw.text(
            (x, y), text, font=font, fill=fill, anchor="ra" if rtl else "la", direction=direction
        )

    y = MARGIN - 8
    if lines.get("kicker"):
        font = ImageFont.truetype(str(BOLD), 30)
        line(y, lines["kicker"].upper(), font, BAND)
        y += 56
    font, title_lines = _fit(draw, lines["title"], BOLD, width, 3, (60, 54, 48, 42), direction)
    for text in title_lines:
        line(y, text, font, TEXT)
        y += int(font.size * 1.2)
    if lines.get("highlight"):
        y += 24
        font, highlight_lines = _fit(
            draw, lines["highlight"], REGULAR, width, 2, (40, 36, 32, 28), direction
        )
        for text in highlight_lines:
            line(y, text, font, BAND)
            y += int(font.size * 1.25)
    footer = ImageFont.truetype(str(REGULAR), 24)
    site = ImageFont.truetype(str(BOLD), 28)
    logo = 48
    logo_x = SIZE[0] - MARGIN - logo if rtl else MARGIN
    draw_logo(image, logo_x, SIZE[1] - MARGIN - 40, logo)
    name_x = SIZE[0] - MARGIN - logo - 16 if rtl else MARGIN + logo + 16
    draw.text(
        (name_x, SIZE[1] - MARGIN - 30),
        _("Migration Facts"),
        font=site,
        fill=TEXT,
        anchor="ra" if rtl else "la",
        direction=direction,
    )
    if lines.get("credit"):
        _font, credit_lines = _fit(
            draw, lines["credit"], REGULAR, width, 1, (24, 22, 20, 18), direction
        )
        line(SIZE[1] - MARGIN - 84, credit_lines[0], footer, MUTED)
    out = io.BytesIO()
    image.save(out, format="PNG", compress_level=6)
    return out.getvalue()


def generate_card(page, language):
    """Draw and store the card of ``page`` in ``language``; returns the ShareCard."""
    with translation.override(language):
        lines = page.share_card_lines(language)
        png = render_card(lines, language)
    digest = hashlib.sha1(png).hexdigest()[:10]
    card = ShareCard.objects.filter(page=page, language=language).first()
    if card and card.image and digest in card.image.name:
        return card
    if card is None:
        card = ShareCard(page=page, language=language)
    elif card.image:
        card.image.delete(save=False)
    card.width, card.height = SIZE
    card.image.save(f"{page.pk}-{language}-{digest}.png", ContentFile(png), save=False)
    card.save()
    return card


def generate_cards(page):
    """Cards of ``page`` in every configured language."""
    return [generate_card(page, code) for code in language_codes()]


def card_for(page, language):
    """The stored card, drawn now if the page was never published through Wagtail."""
    if not opts_in(page):
        return None
    card = ShareCard.objects.filter(page=page, language=language).first()
    return card or generate_card(page, language)
