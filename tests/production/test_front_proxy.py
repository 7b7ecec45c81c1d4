"""deploy/nginx/ in front of gunicorn (deploy/gunicorn.conf.py) under
production settings, on loopback: nginx serves static and media files
itself, compressed; pages go to gunicorn over "HTTPS" with the client's
real address; and no search term reaches any log."""

import gzip
import re
import time

import pytest

# One run, in the SQLite pass: the stack always builds its own SQLite database.
pytestmark = [pytest.mark.usefixtures("production_stack"), pytest.mark.embedded]

TERM = "zanmiprivacyprobe"


def gunicorn_log(stack):
    return stack.read_logs()["gunicorn"]


def test_nginx_serves_static_files_itself_compressed_and_cached(production_stack):
    status, headers, body = production_stack.request("GET", "/en/")
    css = re.search(r'href="(/static/css/site\.[0-9a-f]{12}\.css)"', body.decode()).group(1)
    status, headers, body = production_stack.request("GET", css, {"Accept-Encoding": "gzip"})
    assert status == 200
    assert headers["content-type"].startswith("text/css")
    assert headers["content-encoding"] == "gzip"
    assert b"{" in gzip.decompress(body)
    assert "immutable" in headers["cache-control"]
    assert headers["x-content-type-options"] == "nosniff"
    assert css not in gunicorn_log(production_stack)  # never reached Django


def test_nginx_serves_uploaded_images_but_never_document_files(production_stack):
    _status, _headers, body = production_stack.request("GET", "/en/campaigns/")
    image = re.search(r'(/media/images/[^"\s]+\.(?:png|jpg|webp))', body.decode()).group(1)
    status, headers, body = production_stack.request("GET", image)
    assert status == 200 and headers["content-type"].startswith("image/")
    assert len(body) == int(headers["content-length"]) > 100
    assert "sandbox" in headers["content-security-policy"]
    assert image not in gunicorn_log(production_stack)
    documents = sorted((production_stack.workdir / "media" / "documents").iterdir())
    assert documents, "the demo content has toolkit documents"
    status, _headers, _body = production_stack.request(
        "GET", f"/media/documents/{documents[0].name}"
    )
    assert status == 404


def test_pages_are_proxied_as_https_and_compressed(production_stack):
    status, headers, body = production_stack.request(
        "GET", "/es/rights/mexico-in-transit/", {"Accept-Encoding": "gzip"}
    )
    assert status == 200  # no redirect loop: Django saw X-Forwarded-Proto: https
    # Django sends HSTS only on requests it knows are secure.
    assert headers["strict-transport-security"].startswith("max-age=31536000")
    assert headers["content-encoding"] == "gzip"
    assert 'lang="es"' in gzip.decompress(body).decode()
    assert "server" not in headers or "nginx/" not in headers["server"]  # no version


def test_plain_http_is_redirected_to_https(production_stack):
    status, headers, _body = production_stack.request("GET", "/en/?a=1", tls=False)
    assert status == 301
    assert headers["location"] == "https://127.0.0.1/en/?a=1"


def test_the_client_address_comes_from_nginx_and_cannot_be_forged(production_stack):
    """Rate limits count per client (X-Real-IP): a client forging other
    addresses is still one client; another client is not affected."""
    # Limits count per minute (a fixed window): start at a minute's beginning
    # so the 31 requests fall in one window even on a slow machine.
    left = 60 - time.time() % 60
    if left < 45:
        time.sleep(left + 0.2)
    statuses = [
        production_stack.request(
            "GET",
            "/en/search/?q=migrants",
            {"X-Real-IP": f"198.51.100.{n}", "X-Forwarded-For": f"198.51.100.{n}"},
            source="127.0.0.2",
        )[0]
        for n in range(31)
    ]
    assert statuses[:30] == [200] * 30
    assert statuses[30] == 429
    assert production_stack.request("GET", "/en/search/?q=migrants", source="127.0.0.3")[0] == 200


def test_a_search_term_never_reaches_any_log(production_stack):
    searches = [
        ("GET", f"/en/search/?q={TERM}", {}),
        ("GET", f"/api/search/?q={TERM}&lang=es", {}),
        ("GET", f"/fr/search/?q={TERM}&type=factsheet&page=2", {}),
        # Following a result: the referrer carries the query.
        ("GET", "/en/rights/", {"Referer": f"https://127.0.0.1/en/search/?q={TERM}"}),
        ("GET", f"/en/no-such-page/?q={TERM}", {}),  # a 404
        ("GET", f"/static/missing.css?q={TERM}", {}),  # a 404 from nginx itself
        ("GET", f"/en/search/?q={TERM}", {"Host": "evil.example"}),  # a 400
    ]
    for method, path, headers in searches:
        production_stack.request(method, path, headers, source="127.0.0.4")
    logs = production_stack.read_logs()
    assert '"GET /en/search/ HTTP/1.1" 200' in logs["nginx access"]  # logging is on
    assert '"GET /api/search/ HTTP/1.1" 200' in logs["gunicorn"]
    for name, text in logs.items():
        assert TERM not in text, f"the search term reached the {name} log"
        assert "127.0.0.4" not in text, f"the client address reached the {name} log"


def test_a_bad_host_header_is_one_log_line(production_stack):
    status, _headers, _body = production_stack.request("GET", "/en/", {"Host": "scanner.example"})
    assert status == 400
    log = gunicorn_log(production_stack)
    assert len([line for line in log.splitlines() if "scanner.example" in line]) == 1
    assert "Traceback" not in log
