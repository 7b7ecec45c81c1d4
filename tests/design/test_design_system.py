"""The design system's rules, checked on the stylesheets themselves: every
colour pair the site uses meets WCAG 2.2 AA in the light and the dark theme,
colours come from the tokens, and the site's identity files exist."""

import re
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
SITE_CSS = ROOT / "site" / "static" / "css" / "site.css"

# (text or component colour, background, minimum ratio). 4.5 for text, 3 for
# large text, icons and the borders of controls (WCAG 1.4.3, 1.4.11).
PAIRS = [
    ("ink", "bg", 4.5),
    ("ink", "surface", 4.5),
    ("ink", "tint", 4.5),
    ("ink-2", "bg", 4.5),
    ("ink-2", "surface", 4.5),
    ("ink-2", "tint", 4.5),
    ("link", "bg", 4.5),
    ("link", "surface", 4.5),
    ("link", "tint", 4.5),
    ("link-hover", "bg", 4.5),
    ("visited", "bg", 4.5),
    ("control", "bg", 3),
    ("on-brand", "brand", 4.5),
    ("brand-2", "brand", 4.5),
    ("on-sun", "sun", 4.5),
    ("sun", "brand", 3),
    ("on-action", "action", 4.5),
    ("on-action", "action-hover", 4.5),
    ("on-help", "help", 4.5),
    ("on-help", "help-hover", 4.5),
    ("help", "bg", 4.5),
    ("help", "surface", 4.5),
    ("help", "help-tint", 4.5),
    ("ink", "help-tint", 4.5),
    ("ink", "notice", 4.5),
    ("ink-2", "notice", 4.5),
    ("notice-line", "notice", 3),
    ("error", "bg", 4.5),
    ("on-focus", "focus", 4.5),
    ("ink", "mark", 4.5),
    ("link", "mark", 4.5),  # a highlighted word in a result's title
    ("false", "false-tint", 4.5),
    ("misleading", "misleading-tint", 4.5),
    ("context", "context-tint", 4.5),
    ("true", "true-tint", 4.5),
    ("false", "bg", 4.5),
    ("misleading", "bg", 4.5),
    ("context", "bg", 4.5),
    ("true", "bg", 4.5),
    ("bg", "link", 4.5),  # an open cite/download/share button
    ("figure", "bg", 4.5),
    ("figure", "tint", 4.5),
    ("figure", "surface", 4.5),
]


def _tokens(block):
    return dict(re.findall(r"--c-([\w-]+):\s*(#[0-9a-fA-F]{6})\b", block))


def themes():
    css = SITE_CSS.read_text()
    light = _tokens(css.split("@media", 1)[0])
    dark_block = re.search(r"@media \(prefers-color-scheme: dark\) \{(.*?)\n\}", css, re.S)
    dark = {**light, **_tokens(dark_block.group(1))}
    return {"light": light, "dark": dark}


def _luminance(hex_colour):
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a, b):
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_helper_matches_known_values():
    assert round(contrast("#000000", "#ffffff"), 1) == 21.0
    assert round(contrast("#767676", "#ffffff"), 2) == 4.54


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_colour_pair_meets_wcag_aa(theme):
    tokens = themes()[theme]
    failures = []
    for fg, bg, minimum in PAIRS:
        ratio = contrast(tokens[fg], tokens[bg])
        if ratio < minimum:
            failures.append(f"{fg} on {bg}: {ratio:.2f} < {minimum}")
    assert failures == []


def test_dark_theme_redefines_every_colour_it_needs():
    light, dark = themes()["light"], themes()["dark"]
    css = SITE_CSS.read_text()
    dark_block = re.search(r"@media \(prefers-color-scheme: dark\) \{(.*?)\n\}", css, re.S).group(1)
    redefined = set(_tokens(dark_block))
    # Every background and text colour changes with the theme (the brand
    # accent and its text may stay).
    assert set(light) - redefined <= {"focus", "on-focus"}
    assert dark["bg"] != light["bg"] and dark["ink"] != light["ink"]


def test_stylesheets_use_colour_tokens_not_literal_colours():
    """Outside the token blocks, colours are var(--c-…): a theme change is one
    place. A colour that must never change (a QR code's white) says so in a
    ``/* fixed: why */`` comment on its line."""
    offenders = []
    for path in ROOT.glob("*/static/**/*.css"):
        if path.name in {"embed.css", "print.css"} or "geography" in path.parts:
            continue  # the embed card is self-contained; print is black on white
        text = path.read_text()
        if path == SITE_CSS:
            text = re.sub(r":root \{.*?\n  \}|:root \{.*?\n\}", "", text, flags=re.S)
        for number, line in enumerate(text.splitlines(), 1):
            if "/* fixed:" in line:
                continue
            if re.search(r"#[0-9a-fA-F]{3,6}\b", line) and "--c-" not in line.split(":")[0]:
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offenders == []


def test_type_and_space_come_from_one_scale():
    css = SITE_CSS.read_text()
    for token in ("--fs-body", "--fs-h1", "--fs-h2", "--fs-h3", "--fs-small"):
        assert re.search(rf"{token}:\s*[\d.]+rem", css), token
    spaces = re.findall(r"--s-(\d):\s*([\d.]+)rem", css)
    pixels = [round(float(rem) * 16) for _n, rem in spaces]
    assert pixels == [5, 10, 15, 20, 25, 30, 40, 50, 60]


def test_reduced_motion_and_dark_theme_are_respected():
    css = SITE_CSS.read_text()
    assert "@media (prefers-reduced-motion: reduce)" in css
    assert "@media (prefers-color-scheme: dark)" in css
    assert ":focus-visible" in css


def test_logo_and_icons_are_files_of_the_site():
    for path in (
        "site/static/img/logo.svg",
        "site/root/favicon.ico",
        "site/root/apple-touch-icon.png",
    ):
        assert (ROOT / path).stat().st_size > 100, path
