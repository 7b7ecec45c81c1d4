"""Security under production settings: deploy checks, CSP, headers, cookies."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def production_env(**extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(60),
        DJANGO_ALLOWED_HOSTS="example.org",
    )
    env.update(extra)
    return env


def test_deploy_check_is_clean_under_production_settings():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=production_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_strong_secret():
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=production_env(DJANGO_SECRET_KEY="short"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_production_cookies_are_secure_and_https_is_enforced():
    code = (
        "from django.conf import settings as s;"
        "print(s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY,"
        " s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS >= 31536000, s.X_FRAME_OPTIONS)"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=ROOT,
        env=production_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stdout.strip().splitlines()[-1].split() == [
        "True",
        "True",
        "True",
        "True",
        "True",
        "DENY",
    ], result.stderr


def csp_directives(header):
    return {
        part.strip().split()[0]: part.strip().split()[1:]
        for part in header.split(";")
        if part.strip()
    }


@pytest.mark.django_db
def test_public_pages_carry_a_csp_without_inline_scripts(client):
    response = client.get("/en/")
    assert response.status_code == 200
    policy = csp_directives(response["Content-Security-Policy"])
    assert policy["script-src"] == ["'self'"]
    assert "'unsafe-inline'" not in policy["script-src"]
    assert "'unsafe-eval'" not in policy["script-src"]
    assert policy["default-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["object-src"] == ["'none'"]
    assert "'unsafe-inline'" not in policy["style-src-elem"]


@pytest.mark.django_db
def test_public_pages_have_no_inline_scripts_the_policy_would_block(client, home_page):
    """Every demo page type in every language: scripts only by src (or JSON-LD data)."""
    import re

    from tests.production.conftest import live_page_paths

    for path in live_page_paths():
        for lang in ("en", "es"):
            html = client.get(f"/{lang}{path}").content.decode()
            for attrs, body in re.findall(r"<script([^>]*)>(.*?)</script>", html, re.S):
                assert (
                    "src=" in attrs or "application/ld+json" in attrs or "application/json" in attrs
                ), (path, attrs, body[:80])
            assert not re.search(
                r"\son[a-z]+\s*=", re.sub(r"<script.*?</script>", "", html, flags=re.S)
            ), path
            assert "<style" not in html, path  # style-src-elem 'self' would block it
            assert "javascript:" not in html, path


@pytest.mark.django_db
def test_strict_security_headers_on_public_pages(client):
    response = client.get("/en/")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]


@pytest.mark.django_db
def test_admin_gets_a_relaxed_policy_and_still_works(client, admin_user):
    """The Wagtail admin uses inline scripts: under /admin/ a separate policy
    allows them (and framing its own previews), and the admin still renders."""
    response = client.get("/admin/login/")
    assert response.status_code == 200
    policy = csp_directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" in policy["script-src"]
    assert policy["frame-ancestors"] == ["'self'"]
    client.force_login(admin_user)
    response = client.get("/admin/pages/")
    assert response.status_code == 200
    assert "Content-Security-Policy" in response


@pytest.mark.django_db
def test_the_admin_may_frame_its_page_previews(client, admin_user):
    """A preview renders the public page through the whole middleware stack
    (public policy included): it keeps that policy, but the admin may frame it."""
    from wagtail.test.utils.form_data import inline_formset, nested_form_data

    from rights.models import RightsGuideIndexPage

    index = RightsGuideIndexPage.objects.get()
    data = {"slug": index.slug, "comments": inline_formset([])}
    for lang in ("en", "es", "fr", "ht"):
        for name in ("title", "intro", "seo_title", "search_description"):
            data[f"{name}_{lang}"] = getattr(index, f"{name}_{lang}") or ""
    data["intro_en"] = "Previewed introduction."
    client.force_login(admin_user)
    url = f"/admin/pages/{index.pk}/edit/preview/"
    assert client.post(url, nested_form_data(data)).json()["is_valid"]
    response = client.get(url)
    assert "Previewed introduction." in response.content.decode()
    policy = csp_directives(response["Content-Security-Policy"])
    assert policy["frame-ancestors"] == ["'self'"]
    assert "'unsafe-inline'" not in policy["script-src"]  # the public page's own policy
    assert response["X-Frame-Options"] == "SAMEORIGIN"


@pytest.mark.django_db
def test_embed_views_may_be_framed_other_views_may_not(client, settings):
    settings.ROOT_URLCONF = "tests.production.urls"
    framed = client.get("/embed-test/")
    assert csp_directives(framed["Content-Security-Policy"])["frame-ancestors"] == ["*"]
    assert "X-Frame-Options" not in framed
    plain = client.get("/plain/")
    assert csp_directives(plain["Content-Security-Policy"])["frame-ancestors"] == ["'none'"]
    assert plain["X-Frame-Options"] == "DENY"


@pytest.mark.django_db
def test_the_statistic_embed_card_may_be_framed_by_other_sites(client):
    from factsheets.models import Statistic

    statistic = Statistic.objects.filter(live=True).first()
    response = client.get(f"/en/embed/statistic/{statistic.key}/")
    assert response.status_code == 200
    assert csp_directives(response["Content-Security-Policy"])["frame-ancestors"] == ["*"]
    assert "X-Frame-Options" not in response
    assert csp_directives(response["Content-Security-Policy"])["script-src"] == ["'self'"]


@pytest.mark.django_db
def test_the_admin_sends_no_editor_email_hash_to_gravatar(client, django_user_model, role_user):
    admin = django_user_model.objects.create_superuser(
        "chief", "chief@example.org", "a-long-secret"
    )
    role_user("Editors", "ana")  # listed on the users page, with an e-mail address
    client.force_login(admin)
    for url in ("/admin/", "/admin/account/", "/admin/users/", "/admin/pages/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "gravatar" not in response.content.decode().lower(), url


@pytest.mark.django_db
def test_a_bad_host_header_is_one_warning_without_traceback(client, caplog):
    with caplog.at_level("WARNING"):
        response = client.get("/en/search/?q=private", HTTP_HOST="scanner.example")
    assert response.status_code == 400
    records = [r for r in caplog.records if r.name == "django.security.DisallowedHost"]
    assert len(records) == 1
    assert records[0].levelname == "WARNING"
    assert records[0].exc_info is None
    assert "\n" not in records[0].getMessage()
    assert "private" not in records[0].getMessage()
