"""Rate limits on search and the JSON APIs; admin login lockout."""

import pytest
from django.core.cache import caches

pytestmark = pytest.mark.django_db


def test_search_is_rate_limited_with_a_clear_translated_message(client, rate_limits):
    for _ in range(3):
        assert client.get("/es/search/", {"q": "migración"}).status_code != 429
    response = client.get("/es/search/", {"q": "migración"})
    assert response.status_code == 429
    html = response.content.decode()
    assert "Demasiadas solicitudes" in html
    assert int(response["Retry-After"]) > 0
    assert response["Cache-Control"] == "no-store"


def test_json_api_is_rate_limited_with_a_json_message(client, rate_limits):
    for _ in range(5):
        assert client.get("/api/statistics/").status_code != 429
    response = client.get("/api/statistics/", HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 429
    body = response.json()
    assert body["retry_after"] > 0
    assert "Too many requests" in body["error"] or "Trop de requêtes" in body["error"]


def test_rate_limit_is_per_client(client, rate_limits):
    for _ in range(4):
        client.get("/en/search/", {"q": "x"}, REMOTE_ADDR="10.0.0.1")
    assert client.get("/en/search/", {"q": "x"}, REMOTE_ADDR="10.0.0.1").status_code == 429
    assert client.get("/en/search/", {"q": "x"}, REMOTE_ADDR="10.0.0.2").status_code != 429


def test_rate_limit_stores_only_a_hashed_client_key(client, rate_limits):
    client.get("/en/search/", {"q": "x"}, REMOTE_ADDR="203.0.113.77")
    keys = list(caches["default"]._cache.keys())
    assert any("ratelimit" in key for key in keys)
    assert not any("203.0.113.77" in key for key in keys)


def test_pages_outside_search_and_api_are_not_limited(client, rate_limits):
    for _ in range(8):
        assert client.get("/en/").status_code == 200


def test_rate_limiting_without_a_cache_lets_requests_through(client, rate_limits, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "caching.backends.ResilientRedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    for _ in range(8):
        assert client.get("/en/search/", {"q": "x"}).status_code != 429


def test_admin_login_locks_out_after_repeated_failures(client, lockout, django_user_model):
    django_user_model.objects.create_user(
        "editor", password="correct-horse-battery", is_superuser=True
    )
    for _ in range(2):
        response = client.post("/admin/login/", {"username": "editor", "password": "wrong"})
        assert response.status_code == 200  # Wagtail's form with its error
    # The third failure (AXES_FAILURE_LIMIT) locks the account for this client.
    assert (
        client.post("/admin/login/", {"username": "editor", "password": "wrong"}).status_code == 429
    )
    response = client.post(
        "/admin/login/",
        {"username": "editor", "password": "correct-horse-battery"},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 429
    assert "Too many failed sign-in attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_admin_login_works_before_the_lockout(client, lockout, django_user_model):
    django_user_model.objects.create_user(
        "editor", password="correct-horse-battery", is_superuser=True
    )
    client.post("/admin/login/", {"username": "editor", "password": "wrong"})
    response = client.post(
        "/admin/login/", {"username": "editor", "password": "correct-horse-battery"}
    )
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def sign_in(client, username, password, address, **headers):
    return client.post(
        "/admin/login/",
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        **headers,
    )


def test_many_addresses_do_not_multiply_the_guesses_at_one_account(
    client, lockout, django_user_model
):
    """3 tries per address, 6 per account: 20 addresses × 2 tries give 6 guesses."""
    django_user_model.objects.create_user(
        "editor", password="correct-horse-battery", is_superuser=True
    )
    statuses = [
        sign_in(client, "editor", f"guess-{n}-{k}", f"203.0.113.{n}").status_code
        for n in range(20)
        for k in range(2)
    ]
    # The 6th wrong guess locks the account; no later guess is even checked.
    assert statuses == [200] * 5 + [429] * 35
    # The account is locked for every address, even with the right password.
    response = sign_in(client, "editor", "correct-horse-battery", "198.51.100.7")
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    # Another account is not affected.
    django_user_model.objects.create_user("moderator", password="another-good-secret")
    assert sign_in(client, "moderator", "another-good-secret", "203.0.113.1").status_code == 302


def test_spaces_and_case_do_not_make_another_account(client, lockout, django_user_model):
    django_user_model.objects.create_user(
        "editor", password="correct-horse-battery", is_superuser=True
    )
    # Three spellings of one name from one address: the third failure locks.
    statuses = [
        sign_in(client, name, "wrong", "203.0.113.9").status_code
        for name in ("editor", " Editor", "EDITOR  ")
    ]
    assert statuses == [200, 200, 429]
    assert sign_in(client, "editor", "correct-horse-battery", "203.0.113.9").status_code == 429


def test_the_lockout_says_when_to_retry_in_the_readers_language(client, lockout, django_user_model):
    django_user_model.objects.create_user("editor", password="correct-horse-battery")
    for _ in range(3):
        sign_in(client, "editor", "wrong", "203.0.113.5")
    response = sign_in(client, "editor", "wrong", "203.0.113.5", HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 3600
    assert response["Cache-Control"] == "no-store"
    assert "Trop de tentatives de connexion" in response.content.decode()
    scripted = sign_in(
        client,
        "editor",
        "wrong",
        "203.0.113.5",
        HTTP_ACCEPT_LANGUAGE="es",
        HTTP_ACCEPT="application/json",
    )
    assert scripted.status_code == 429
    assert 0 < int(scripted["Retry-After"]) <= 3600
    body = scripted.json()
    assert body["retry_after"] == int(scripted["Retry-After"])
    assert body["error"].startswith("Demasiados intentos fallidos")


def test_api_rate_limit_message_follows_the_lang_parameter(client, rate_limits):
    for _ in range(5):
        client.get("/api/statistics/", {"lang": "es"})
    response = client.get("/api/statistics/", {"lang": "es"})
    assert response.status_code == 429
    assert response.json()["error"].startswith("Demasiadas solicitudes")
    assert int(response["Retry-After"]) > 0
