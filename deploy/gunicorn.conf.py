"""gunicorn settings for Migration Facts behind deploy/nginx/ (loopback).

    .venv/bin/gunicorn -c deploy/gunicorn.conf.py config.wsgi

Environment: ``GUNICORN_BIND`` (default ``127.0.0.1:8000``),
``GUNICORN_WORKERS`` (default: two per core), ``GUNICORN_THREADS`` (4).

The access log holds the path without its query string (``%(U)s``) and no
client address, referrer or user agent: migrants' searches are private.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", str(multiprocessing.cpu_count() * 2)))
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
timeout = 60
# Only the local nginx may say the request came over HTTPS.
forwarded_allow_ips = "127.0.0.1"
accesslog = "-"
errorlog = "-"
access_log_format = '%(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms'
