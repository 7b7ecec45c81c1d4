"""The RQ jobs backend (``REDIS_URL`` set) with a real Redis and a real worker
process: publishing puts the job on the Redis queue and returns; the worker
started by ``manage.py jobs_worker`` (an RQ worker) does it."""

import time
import urllib.parse

import pytest
import redis
import rq

from tests.production.processes import Worker, shell, site_env
from tests.production.test_jobs import indexed_title, publish_label, wait_for

pytestmark = pytest.mark.embedded

# A database of the test Redis of its own, emptied first, so queued jobs of
# other tests (or runs) never mix with these.
RQ_DB = 14


@pytest.fixture
def rq_redis_url(redis_url):
    parts = urllib.parse.urlsplit(redis_url)
    url = urllib.parse.urlunsplit(parts._replace(path=f"/{RQ_DB}"))
    connection = redis.Redis.from_url(url)
    connection.flushdb()
    yield url
    connection.flushdb()


def queued(url):
    """Jobs waiting on RQ's default queue, and jobs in its failed registry."""
    queue = rq.Queue("default", connection=redis.Redis.from_url(url))
    return queue.count, queue.failed_job_registry.count


def test_with_redis_publishing_queues_the_work_on_rq_and_the_rq_worker_does_it(
    demo_site, rq_redis_url
):
    env = site_env(demo_site, REDIS_URL=rq_redis_url)
    backend = shell(
        env,
        "import json\n"
        "from django_tasks import task_backends\n"
        "from jobs.queue import BACKEND\n"
        "print(json.dumps(type(task_backends[BACKEND]).__module__))\n",
    )
    assert backend.startswith("django_tasks_rq")

    pk = publish_label(env, "Migrants from Latin America living in North America, via RQ")
    # Publishing returned at once: the job waits in Redis, the index is unchanged.
    assert "via RQ" not in indexed_title(demo_site, pk)
    assert queued(rq_redis_url)[0] >= 1

    worker = Worker(env, demo_site)
    try:
        wait_for(lambda: "via RQ" in indexed_title(demo_site, pk), what="the RQ worker's update")
        wait_for(lambda: queued(rq_redis_url)[0] == 0, what="an empty RQ queue")
        time.sleep(0.5)
        assert queued(rq_redis_url)[1] == 0, worker.output()
    finally:
        worker.stop()
