"""The Redis path: with TASKS_BACKEND=rq, tasks go through Redis and an RQ worker runs them."""

from __future__ import annotations

import os

import pytest

REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/15")


def _redis_available() -> bool:
    try:
        import redis

        return bool(redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping())
    except Exception:  # any failure means "no Redis here"
        return False


pytestmark = [pytest.mark.redis, pytest.mark.skipif(not _redis_available(), reason=f"no Redis at {REDIS_URL}")]


@pytest.fixture
def rq_backend(settings):
    settings.RQ_QUEUES = {"default": {"URL": REDIS_URL}}
    settings.TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    import django_rq

    queue = django_rq.get_queue("default")
    queue.empty()
    yield queue
    queue.empty()


@pytest.mark.django_db(transaction=True)
def test_calendar_recompute_runs_through_redis(rq_backend):
    import django_rq
    from django_tasks import TaskResultStatus
    from django_tasks_rq import Job
    from rq import SimpleWorker

    from sanxiang.holidays.tasks import recompute_deadlines

    result = recompute_deadlines.enqueue()
    assert rq_backend.count == 1                      # it is in Redis, not run yet
    result.refresh()
    assert result.status == TaskResultStatus.READY
    worker = django_rq.get_worker("default", job_class=Job, worker_class=SimpleWorker)
    worker.work(burst=True)
    result.refresh()
    assert result.status == TaskResultStatus.SUCCESSFUL
    assert isinstance(result.return_value, dict)
