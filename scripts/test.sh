#!/usr/bin/env bash
# Install everything the tests need and run the whole suite.
# System tools (chromium, Java 17, gettext, Node/npm, redis, PostgreSQL, nginx,
# openssl, espeak-ng, opus-tools, ffmpeg) are installed with apt-get when
# running as root; otherwise a missing one is an error. Their system services are not started (the tests
# start their own instances on loopback).
# Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium chromium-driver)
command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jre-headless)
command -v msgfmt >/dev/null 2>&1 || missing+=(gettext)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
# Audio: espeak-ng speaks, opusenc/opusinfo (opus-tools) encode and read, ffprobe (ffmpeg) reads.
command -v espeak-ng >/dev/null 2>&1 || missing+=(espeak-ng)
command -v opusenc >/dev/null 2>&1 || missing+=(opus-tools)
command -v ffprobe >/dev/null 2>&1 || missing+=(ffmpeg)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ]; then
    apt-get update -qq
    # RUNLEVEL=1: invoke-rc.d starts no service (e.g. nginx on port 80).
    RUNLEVEL=1 DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "Missing system packages: ${missing[*]} (install them with apt-get)." >&2
    exit 1
  fi
fi

scripts/setup.sh requirements-dev.txt
npm ci --no-audit --no-fund --silent

echo "== Lint (ruff)"
.venv/bin/ruff check .
.venv/bin/ruff format --check .

# Throwaway services on 127.0.0.1, in a temporary folder removed on exit:
# redis-server (the shared cache) and a PostgreSQL cluster. Either failing to
# start is an error, never a skip (tests/production checks them too).
services="$(mktemp -d /tmp/migration-facts-services.XXXXXX)"
chmod 755 "$services"
free_port() { .venv/bin/python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
pg_bin="$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")"
as_pg() { if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
stop_services() {
  [ -f "$services/redis.pid" ] && kill "$(cat "$services/redis.pid")" 2>/dev/null || true
  [ -f "$services/pg/postmaster.pid" ] && as_pg "$pg_bin/pg_ctl" -D "$services/pg" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$services"
}
trap stop_services EXIT

redis_port="$(free_port)"
redis-server --bind 127.0.0.1 --port "$redis_port" --save '' --appendonly no \
  --daemonize yes --pidfile "$services/redis.pid" --dir "$services" --logfile "$services/redis.log"
for _ in $(seq 50); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 0.1; done
redis-cli -p "$redis_port" ping >/dev/null || { echo "redis-server did not start" >&2; cat "$services/redis.log" >&2; exit 1; }

pg_port="$(free_port)"
mkdir "$services/pg"
[ "$(id -u)" = "0" ] && chown postgres "$services/pg"
as_pg "$pg_bin/initdb" -D "$services/pg" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$services/initdb.log" 2>&1 \
  || { echo "PostgreSQL initdb failed" >&2; cat "$services/initdb.log" >&2; exit 1; }
as_pg "$pg_bin/pg_ctl" -D "$services/pg" -w -l "$services/pg/server.log" \
  -o "-h 127.0.0.1 -p $pg_port -k $services/pg -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null \
  || { echo "PostgreSQL did not start" >&2; cat "$services/pg/server.log" >&2; exit 1; }

export REDIS_URL="redis://127.0.0.1:$redis_port/0"
export MF_REQUIRE_SERVICES=1
status=0
echo "== Test suite on SQLite"
.venv/bin/python -m pytest "$@" || status=$?
# The PostgreSQL pass skips the browser and embedded tests: they drive their
# own servers with their own SQLite database, so a second run would test
# nothing new.
echo "== Test suite on PostgreSQL"
DATABASE_URL="postgres://postgres@127.0.0.1:$pg_port/migration_facts" MF_EXPECT_DATABASE=postgresql \
  .venv/bin/python -m pytest -m "not browser and not embedded" "$@" || status=$?
exit "$status"
