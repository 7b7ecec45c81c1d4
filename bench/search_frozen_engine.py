"""Search throughput with a frozen engine: Elasticsearch configured but hung
(it accepts connections and never answers), under gunicorn on 127.0.0.1.

    .venv/bin/python bench/search_frozen_engine.py [--duration 20] [--concurrency 8]

Builds a throwaway demo site (SQLite), starts a socket that accepts and never
answers, sets ``ELASTICSEARCH_URL`` to it and runs the search API with a
thread pool of clients for ``--duration`` seconds, then again with no engine
configured (the database answering directly) for comparison. Prints
requests/s, median and p99 latency and errors (any status but 200), and how
many connections the frozen engine received. The time budget per search
(``SEARCH_TIMEOUT``, 2 s) and the circuit breaker (``SEARCH_CIRCUIT_SECONDS``,
30 s) decide the figures.
"""

import argparse
import socket
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.load import load, show  # noqa: E402
from tests.production.processes import Server, build_demo_site, site_env  # noqa: E402

QUERIES = ["/api/search/?q=migration&lang=en", "/api/search/?q=derechos&lang=es"]


class FrozenEngine:
    def __init__(self):
        self.sock = socket.create_server(("127.0.0.1", 0), backlog=1024)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.connections = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                self.connections.append(self.sock.accept()[0])
            except OSError:
                return

    def close(self):
        for conn in [*self.connections, self.sock]:
            conn.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=20.0)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-frozen-"))
    print("Preparing a demo site (migrate + demo content)…", flush=True)
    build_demo_site(folder)
    engine = FrozenEngine()
    print(
        f"gunicorn: {args.workers} workers x 4 threads; {args.concurrency} clients; "
        f"{args.duration:.0f} s per scenario"
    )
    print(
        f"{'scenario':<34} {'requests':>7} {'req/s':>9} {'median ms':>9} {'p99 ms':>9} {'errors':>7}"
    )
    try:
        for name, extra in (
            ("search, engine frozen", {"ELASTICSEARCH_URL": engine.url}),
            ("search, database only", {}),
        ):
            server = Server(site_env(folder, **extra), folder, workers=args.workers, threads=4)
            try:
                show(name, load(server.port, QUERIES, args.duration, args.concurrency))
            finally:
                server.stop()
        print(f"Connections the frozen engine received: {len(engine.connections)}")
    finally:
        engine.close()


if __name__ == "__main__":
    sys.exit(main())
