"""A frozen or slow engine costs one time budget per search, and after a
failure the circuit breaker skips the engine (the database answers) until it
has had time to recover. Real sockets: a server that accepts connections and
never answers, and a proxy that delays a real engine (osmem)."""

import socket
import threading
import time

import pytest

from search import breaker
from search.connection import _client

QUERY = {"q": "derechos", "lang": "es"}


class FrozenEngine:
    """Accepts TCP connections and never answers (a hung engine)."""

    def __init__(self):
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.connections = []
        self.running = True
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while self.running:
            try:
                conn, _addr = self.sock.accept()
            except OSError:
                return
            self.connections.append(conn)  # kept open, never read or answered

    def close(self):
        self.running = False
        for conn in [*self.connections, self.sock]:
            conn.close()


class SlowProxy:
    """Forwards each request to a real engine after ``delay`` seconds."""

    def __init__(self, upstream_url, delay):
        host, port = upstream_url.rsplit("/", 1)[-1].split(":")
        self.upstream, self.delay = (host, int(port)), delay
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.requests = 0
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                conn, _addr = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, client):
        upstream = socket.create_connection(self.upstream)
        try:
            while True:
                data = client.recv(65536)
                if not data:
                    return
                self.requests += 1
                time.sleep(self.delay)
                upstream.sendall(data)
                upstream.settimeout(0.3)
                try:
                    while True:
                        chunk = upstream.recv(65536)
                        if not chunk:
                            return
                        client.sendall(chunk)
                except TimeoutError:
                    continue
        except OSError:
            return
        finally:
            upstream.close()
            client.close()

    def close(self):
        self.sock.close()


@pytest.fixture
def frozen_engine(db, settings, indexed):
    engine = FrozenEngine()
    settings.SEARCH_ELASTICSEARCH_URL = engine.url
    settings.SEARCH_TIMEOUT = 1.0
    settings.SEARCH_CIRCUIT_SECONDS = 30
    _client.cache_clear()
    yield engine
    engine.close()
    _client.cache_clear()


def timed_search(client, params=QUERY):
    start = time.monotonic()
    response = client.get("/api/search/", params)
    return response, time.monotonic() - start


def test_a_frozen_engine_costs_one_budget_then_is_skipped(client, frozen_engine, settings):
    response, elapsed = timed_search(client)
    assert response.status_code == 200
    assert response.json()["backend"] == "database" and response.json()["fallback"] is True
    assert response.json()["total"] > 0
    assert 0.9 < elapsed < 3.0  # one budget of 1 s, not four engine timeouts
    assert len(frozen_engine.connections) == 1

    for _ in range(5):  # circuit open: the database answers, the engine is not asked
        response, elapsed = timed_search(client)
        assert response.json()["fallback"] is True and response.json()["total"] > 0
    assert len(frozen_engine.connections) == 1

    settings.SEARCH_CIRCUIT_SECONDS = 0.5
    breaker.reset()
    timed_search(client)  # fails again, opens for 0.5 s
    assert len(frozen_engine.connections) == 2
    time.sleep(0.6)
    timed_search(client)  # the engine is tried again once the circuit has closed
    assert len(frozen_engine.connections) == 3


def test_the_open_circuit_is_shared_through_the_cache(client, frozen_engine):
    timed_search(client)
    breaker._open_until[0] = 0.0  # another process: only the shared cache knows
    assert breaker.engine_allowed() is False
    timed_search(client)
    assert len(frozen_engine.connections) == 1


def test_a_search_is_one_engine_request(db, client, osmem, settings):
    """Results, facets, direct answers and spelling suggestions come in one
    engine request: through a proxy that delays every request by 3 s, a budget
    of 5.5 s is enough (two requests would need 6 s; the 2.5 s left is for
    the engine itself on a busy two-core machine)."""
    from search.rebuild import rebuild

    settings.SEARCH_ELASTICSEARCH_URL = osmem.url
    settings.SEARCH_INDEX_PREFIX = "budget"
    _client.cache_clear()
    assert rebuild().elasticsearch
    proxy = SlowProxy(osmem.url, delay=3.0)
    settings.SEARCH_ELASTICSEARCH_URL = proxy.url
    settings.SEARCH_TIMEOUT = 5.5
    _client.cache_clear()
    try:
        response, elapsed = timed_search(client, {"q": "victimas de trata", "lang": "es"})
        assert response.status_code == 200
        body = response.json()
        assert body["backend"] == "elasticsearch" and not body["fallback"], body
        assert body["total"] > 0 and body["answers"] and body["facets"]["type"]
        assert proxy.requests == 1  # results, facets and answers in one request

        assert elapsed < 5.5, elapsed
    finally:
        proxy.close()
        _client.cache_clear()
