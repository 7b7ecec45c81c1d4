"""Brand-new databases for tests that run the site in another process
(a restore target, the production stack): a fresh SQLite file, or on the
PostgreSQL pass a newly created database on the suite's server, dropped
afterwards."""

import contextlib
import secrets
from urllib.parse import quote


@contextlib.contextmanager
def new_database_url(folder):
    from django.conf import settings

    default = settings.DATABASES["default"]
    if "postgresql" not in default["ENGINE"]:
        yield f"sqlite:///{folder / 'db.sqlite3'}"
        return
    import psycopg

    name = f"mf_fresh_{secrets.token_hex(6)}"
    params = {
        "host": default.get("HOST") or "127.0.0.1",
        "port": default.get("PORT") or 5432,
        "user": default.get("USER") or "postgres",
        "password": default.get("PASSWORD") or None,
        "dbname": "postgres",
        "autocommit": True,
    }
    with psycopg.connect(**params) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    credentials = quote(params["user"]) + (
        f":{quote(params['password'])}" if params["password"] else ""
    )
    try:
        yield f"postgres://{credentials}@{params['host']}:{params['port']}/{name}"
    finally:
        with psycopg.connect(**params) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
