"""Demo artwork, drawn with Pillow at load time (the demo data's
illustrations and posters name these factories).

The seed credits real photographs we do not have; the demo shows flat
illustrations instead, in the design system's palette (docs/design.md):
people as simple shapes, towns, fields, a shelter, the dotted route of the
logo. They are clearly not photographs and are credited as generated for the
demo (CC0). Each scene is drawn from its name, so the same name always gives
the same picture; nothing is fetched from the network.
"""

import io
import math
import random

from django.core.files.base import ContentFile
from PIL import Image, ImageDraw, ImageFont

from media.factories import CustomDocumentFactory, CustomImageFactory
from media.share_cards import BOLD, REGULAR

# The design system's colours (site/static/css/site.css).
NAVY = (14, 47, 80)
BLUE = (21, 88, 176)
SKY = (194, 224, 255)
TINT = (231, 239, 248)
SUN = (242, 177, 52)
CREAM = (255, 244, 209)
GREEN = (20, 108, 54)
LEAF = (95, 211, 138)
CORAL = (224, 115, 90)
WHITE = (255, 255, 255)

# Sky, ground and far ground of each mood; people and houses use the accents.
PALETTES = {
    "warm": {"sky": CREAM, "ground": (246, 205, 120), "far": SUN},
    "sea": {"sky": SKY, "ground": (150, 196, 240), "far": TINT},
    "earth": {"sky": TINT, "ground": (126, 196, 150), "far": LEAF},
    "dusk": {"sky": (250, 214, 190), "ground": (232, 150, 110), "far": CORAL},
}
PEOPLE = [NAVY, BLUE, CORAL, GREEN, SUN]
SCALE = 2  # drawn at twice the size, then scaled down: smooth edges


class Scene:
    """A canvas with the few shapes every illustration is made of."""

    def __init__(self, size, palette, seed):
        self.width, self.height = (size[0] * SCALE, size[1] * SCALE)
        self.colours = PALETTES[palette]
        self.rng = random.Random(seed)
        self.image = Image.new("RGB", (self.width, self.height), self.colours["sky"])
        self.draw = ImageDraw.Draw(self.image)

    def x(self, fraction):
        return fraction * self.width

    def y(self, fraction):
        return fraction * self.height

    def ground(self, top, colour=None, far=True):
        """Rolling ground from ``top`` (a fraction of the height) down."""
        if far:
            self.hill(top - 0.06, self.colours["far"], 0.05)
        self.hill(top, colour or self.colours["ground"], 0.03)

    def hill(self, top, colour, wave):
        points = [(0, self.height)]
        for step in range(41):
            fx = step / 40
            fy = top + wave * math.sin(fx * math.pi * 2 + self.rng.random())
            points.append((self.x(fx), self.y(fy)))
        points.append((self.width, self.height))
        self.draw.polygon(points, fill=colour)

    def sun(self, fx, fy, radius, colour=SUN):
        cx, cy, r = self.x(fx), self.y(fy), self.y(radius)
        self.draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=colour)

    def route(self, start, control, end, colour=NAVY):
        """The logo's dotted route: dots along a curve, an arrowhead at the end."""
        dots = 28
        radius = self.y(0.008)
        for step in range(dots + 1):
            t = step / dots
            px = (1 - t) ** 2 * start[0] + 2 * (1 - t) * t * control[0] + t**2 * end[0]
            py = (1 - t) ** 2 * start[1] + 2 * (1 - t) * t * control[1] + t**2 * end[1]
            cx, cy = self.x(px), self.y(py)
            self.draw.ellipse([cx - radius, cy - radius, cx + radius, cy + radius], fill=colour)
        cx, cy = self.x(start[0]), self.y(start[1])
        r = radius * 3
        self.draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=colour)

    def person(self, fx, base, height, colour, child=False):
        """A person standing on ``base``: head, body, legs; ``height`` is a
        fraction of the picture's height."""
        h = self.y(height)
        cx, bottom = self.x(fx), self.y(base)
        legs = h * (0.32 if not child else 0.28)
        body_w = h * (0.34 if not child else 0.38)
        head = h * (0.13 if not child else 0.16)
        leg_w = body_w * 0.36
        for side in (-1, 1):
            lx = cx + side * body_w * 0.22
            self.draw.rounded_rectangle(
                [lx - leg_w / 2, bottom - legs, lx + leg_w / 2, bottom], radius=leg_w / 2, fill=NAVY
            )
        top = bottom - h + head * 2.1
        self.draw.rounded_rectangle(
            [cx - body_w / 2, top, cx + body_w / 2, bottom - legs + leg_w * 0.4],
            radius=body_w * 0.4,
            fill=colour,
        )
        hy = top - head * 1.05
        self.draw.ellipse([cx - head, hy - head, cx + head, hy + head], fill=NAVY)
        return cx, top, body_w

    def house(self, fx, base, width, height, wall, roof, door=NAVY):
        left, right = self.x(fx), self.x(fx + width)
        bottom, top = self.y(base), self.y(base - height)
        mid = (left + right) / 2
        roof_h = (right - left) * 0.45
        self.draw.rectangle([left, top, right, bottom], fill=wall)
        self.draw.polygon(
            [(left - self.x(0.008), top), (mid, top - roof_h), (right + self.x(0.008), top)],
            fill=roof,
        )
        dw = (right - left) * 0.22
        self.draw.rectangle(
            [mid - dw / 2, bottom - (bottom - top) * 0.5, mid + dw / 2, bottom], fill=door
        )
        ww = (right - left) * 0.16
        for wx in (left + (right - left) * 0.12, right - (right - left) * 0.12 - ww):
            wy = top + (bottom - top) * 0.22
            self.draw.rectangle([wx, wy, wx + ww, wy + ww], fill=CREAM)

    def png(self, size):
        out = io.BytesIO()
        self.image.resize(size, Image.LANCZOS).save(out, format="PNG", optimize=True)
        return out.getvalue()


def _town_being_built(scene):
    """Migrants build our region: a town, one house going up, people at work."""
    scene.sun(0.82, 0.24, 0.14)
    scene.route((0.06, 0.62), (0.45, 0.02), (0.93, 0.42))
    scene.ground(0.7)
    for fx, width, height, wall, roof in (
        (0.05, 0.12, 0.2, BLUE, NAVY),
        (0.19, 0.1, 0.26, CORAL, NAVY),
        (0.31, 0.13, 0.18, WHITE, CORAL),
        (0.75, 0.12, 0.22, TINT, BLUE),
    ):
        scene.house(fx, 0.74, width, height, wall, roof)
    # The house being built: a frame and a stack of blocks.
    left, right, bottom, top = scene.x(0.5), scene.x(0.66), scene.y(0.74), scene.y(0.44)
    for row in range(4):
        for col in range(4 - (row % 2)):
            bx = left + col * (right - left) / 4 + (row % 2) * (right - left) / 8
            by = bottom - (row + 1) * (bottom - top) / 7
            scene.draw.rectangle(
                [bx + 4, by + 4, bx + (right - left) / 4 - 4, by + (bottom - top) / 7 - 4],
                fill=SUN if (row + col) % 2 else CORAL,
            )
    scene.draw.line([(left, top), (left, bottom)], fill=NAVY, width=int(scene.y(0.012)))
    scene.draw.line([(right, top), (right, bottom)], fill=NAVY, width=int(scene.y(0.012)))
    scene.draw.line([(left, top), (right, top)], fill=NAVY, width=int(scene.y(0.012)))
    for fx, colour, height in ((0.46, GREEN, 0.3), (0.7, BLUE, 0.32), (0.88, CORAL, 0.28)):
        scene.person(fx, 0.9, height, colour)
    # One of them carries a block.
    cx, top_y, body_w = scene.person(0.3, 0.92, 0.31, NAVY)
    scene.draw.rectangle(
        [cx - body_w * 0.6, top_y - body_w * 0.1, cx + body_w * 0.6, top_y + body_w * 0.7], fill=SUN
    )


def _fields_at_work(scene):
    """Migrant workers in the fields at the end of the day."""
    scene.sun(0.2, 0.38, 0.16, CORAL)
    scene.ground(0.5, far=False)
    for row in range(7):
        y = 0.52 + row * 0.07
        scene.draw.line(
            [(scene.x(0), scene.y(y + 0.01)), (scene.x(1), scene.y(y - 0.02))],
            fill=GREEN,
            width=int(scene.y(0.018 + row * 0.004)),
        )
    for fx, colour, height in ((0.58, NAVY, 0.36), (0.72, BLUE, 0.4), (0.84, SUN, 0.34)):
        scene.person(fx, 0.93, height, colour)
    cx, top_y, body_w = scene.person(0.44, 0.95, 0.38, CORAL)
    scene.draw.rounded_rectangle(
        [cx + body_w * 0.3, top_y + body_w * 0.5, cx + body_w * 1.3, top_y + body_w * 1.3],
        radius=body_w * 0.15,
        fill=CREAM,
        outline=NAVY,
        width=int(scene.y(0.006)),
    )


def _market(scene):
    """A market stall: people selling and buying fruit."""
    scene.ground(0.72)
    left, right, top = scene.x(0.2), scene.x(0.8), scene.y(0.22)
    stripes = 8
    for i in range(stripes):
        x0 = left + i * (right - left) / stripes
        scene.draw.rectangle(
            [x0, top, x0 + (right - left) / stripes, top + scene.y(0.12)],
            fill=SUN if i % 2 else CREAM,
        )
    scene.draw.rectangle(
        [left, top + scene.y(0.12), left + scene.x(0.012), scene.y(0.75)], fill=NAVY
    )
    scene.draw.rectangle(
        [right - scene.x(0.012), top + scene.y(0.12), right, scene.y(0.75)], fill=NAVY
    )
    counter_top = scene.y(0.56)
    scene.person(0.5, 0.7, 0.34, BLUE)  # the seller, behind the counter
    scene.draw.rectangle([left, counter_top, right, scene.y(0.75)], fill=CORAL)
    for i in range(9):
        cx = left + scene.x(0.04) + i * (right - left - scene.x(0.08)) / 8
        r = scene.y(0.03)
        colour = (SUN, GREEN, CORAL, LEAF)[i % 4]
        scene.draw.ellipse([cx - r, counter_top - 2 * r, cx + r, counter_top], fill=colour)
    for fx, colour, height, child in (
        (0.12, GREEN, 0.36, False),
        (0.86, NAVY, 0.38, False),
        (0.93, SUN, 0.22, True),
    ):
        scene.person(fx, 0.94, height, colour, child=child)


def _children_protected(scene):
    """Protect children on the move: an adult and a child under a sheltering arc."""
    scene.ground(0.66)
    path = [
        (scene.x(0.44), scene.y(0.66)),
        (scene.x(0.56), scene.y(0.66)),
        (scene.x(0.78), scene.y(1)),
        (scene.x(0.22), scene.y(1)),
    ]
    scene.draw.polygon(path, fill=CREAM)
    cx, cy, r = scene.x(0.5), scene.y(0.95), scene.y(0.62)
    scene.draw.arc([cx - r, cy - r, cx + r, cy + r], 200, 340, fill=SUN, width=int(scene.y(0.05)))
    scene.route((0.08, 0.5), (0.3, 0.06), (0.92, 0.16), BLUE)
    adult_x, _top, adult_w = scene.person(0.45, 0.92, 0.44, NAVY)
    child_x, _top, child_w = scene.person(0.57, 0.92, 0.27, CORAL, child=True)
    # Holding hands.
    hand_y = scene.y(0.92) - scene.y(0.27) * 0.45
    scene.draw.line(
        [(adult_x + adult_w * 0.45, hand_y - scene.y(0.01)), (child_x - child_w * 0.45, hand_y)],
        fill=NAVY,
        width=int(scene.y(0.014)),
    )
    for fx, height in ((0.12, 0.2), (0.86, 0.22)):
        scene.draw.polygon(
            [
                (scene.x(fx - 0.04), scene.y(0.7)),
                (scene.x(fx), scene.y(0.7 - height)),
                (scene.x(fx + 0.04), scene.y(0.7)),
            ],
            fill=GREEN,
        )


def _shelter_after_the_storm(scene):
    """Displaced by a disaster: a flooded village, a storm cloud passing, a
    shelter of tents on high ground, people arriving."""
    scene.sun(0.86, 0.2, 0.1)
    for cx, cy, r in ((0.22, 0.2, 0.1), (0.33, 0.16, 0.13), (0.45, 0.21, 0.09), (0.3, 0.26, 0.08)):
        scene.sun(cx, cy, r, NAVY)
    for i in range(9):
        x = scene.x(0.16 + i * 0.035)
        scene.draw.line(
            [(x, scene.y(0.32)), (x - scene.x(0.02), scene.y(0.48))],
            fill=BLUE,
            width=int(scene.y(0.008)),
        )
    scene.ground(0.62)
    scene.hill(0.52, LEAF, 0.0)
    scene.draw.polygon(
        [
            (scene.x(0.55), scene.y(1)),
            (scene.x(0.62), scene.y(0.52)),
            (scene.x(1), scene.y(0.5)),
            (scene.x(1), scene.y(1)),
        ],
        fill=scene.colours["ground"],
    )
    scene.draw.rectangle([0, scene.y(0.66), scene.x(0.58), scene.y(1)], fill=SKY)
    for fx in (0.06, 0.22, 0.38):
        scene.house(fx, 0.74, 0.11, 0.13, WHITE, CORAL)
    for row in range(5):
        y = scene.y(0.72 + row * 0.06)
        points = [
            (scene.x(step / 30 * 0.58), y + scene.y(0.01) * math.sin(step)) for step in range(31)
        ]
        scene.draw.line(points, fill=BLUE, width=int(scene.y(0.008)))
    for fx, colour in ((0.68, SUN), (0.82, CREAM)):
        left, right, base, top = scene.x(fx), scene.x(fx + 0.12), scene.y(0.58), scene.y(0.38)
        scene.draw.polygon(
            [(left, base), ((left + right) / 2, top), (right, base)],
            fill=colour,
            outline=NAVY,
            width=int(scene.y(0.006)),
        )
        scene.draw.polygon(
            [
                ((left + right) / 2 - scene.x(0.015), base),
                ((left + right) / 2, base - scene.y(0.09)),
                ((left + right) / 2 + scene.x(0.015), base),
            ],
            fill=NAVY,
        )
    for fx, colour, height, child in (
        (0.66, GREEN, 0.3, False),
        (0.74, BLUE, 0.2, True),
        (0.9, CORAL, 0.32, False),
    ):
        scene.person(fx, 0.88, height, colour, child=child)


def _route_across_the_region(scene):
    """Any other picture (a poster): the dotted route over hills, a sun, people."""
    scene.sun(0.78, 0.3, 0.16)
    scene.route((0.08, 0.7), (0.4, 0.0), (0.92, 0.46))
    scene.ground(0.72)
    offset = scene.rng.random() * 0.1
    for i, fx in enumerate((0.2, 0.34, 0.5, 0.64)):
        scene.person(fx + offset, 0.94, 0.28 + 0.04 * (i % 2), PEOPLE[i % len(PEOPLE)])


SCENES = {
    "contribute-hero": _town_being_built,
    "contribute-gallery-1": _fields_at_work,
    "contribute-gallery-2": _market,
    "children-hero": _children_protected,
    "disasters-hero": _shelter_after_the_storm,
}


def illustration_png(seed, palette="warm", size=(1600, 900)):
    """The scene named ``seed`` (any other name: the route over the hills) in
    the ``palette`` mood, as PNG bytes; the same arguments give the same picture."""
    scene = Scene(size, palette, seed)
    SCENES.get(seed, _route_across_the_region)(scene)
    return scene.png(size)


def poster_pdf(title, tagline, hashtag, credit):
    """A one-page A4 poster of a campaign, as PDF."""
    width, height = 1240, 1754  # A4 at 150 dpi
    image = Image.new("RGB", (width, height), NAVY)
    draw = ImageDraw.Draw(image)
    illustration = Image.open(io.BytesIO(illustration_png(title, "sea", (width, 700))))
    image.paste(illustration, (0, 0))
    y = 780
    for text, font_path, size, fill in (
        (title, BOLD, 72, (255, 255, 255)),
        (tagline, REGULAR, 44, SUN),
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
