"""Which language each piece of text of a page is marked as being in."""

from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}


def texts_by_language(html, outer):
    """``{lang: [text, …]}`` of the text nodes of ``html``, each under the
    ``lang`` of its nearest element that has one (``outer`` at the top)."""
    found = {}

    class Parser(HTMLParser):
        stack = [outer]

        def handle_starttag(self, tag, attrs):
            if tag not in VOID:
                self.stack.append(dict(attrs).get("lang") or self.stack[-1])

        def handle_endtag(self, tag):
            if len(self.stack) > 1 and tag not in VOID:
                self.stack.pop()

        def handle_data(self, data):
            if data.strip():
                found.setdefault(self.stack[-1], []).append(" ".join(data.split()))

    Parser().feed(html)
    return found


def main_texts(html, reader):
    """``texts_by_language`` of the page's ``<main>`` for a reader of ``reader``."""
    main = html[html.index('<main id="main"') : html.index("</main>")]
    return texts_by_language(main, reader)
