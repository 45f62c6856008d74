"""The Celery app of the scaled deployment: `celery -A indexer worker` (or `kulttuuripankki worker`).

Broker and result backend are the Redis at KP_REDIS_URL (read with the other
settings by catalog.config). The outbox in the database is the source of
truth, not the queue: a drain task only says "look at the outbox now", so a
lost, repeated or late task costs nothing but a moment. That is why the
queue can live in a Redis without persistence, and why a beat entry drains
every few seconds whatever happened to the tasks the web processes sent.
"""

from __future__ import annotations

import logging

from celery import Celery, signals

from catalog.config import load_settings

# The beat's safety net; commits also ask for a drain at once (see tasks.request_drain).
DRAIN_EVERY_SECONDS = 5.0
# A task whose worker was SIGKILLed goes back to the queue after this long (Redis has
# no real acknowledgements). The beat drains meanwhile, so it only has to be bounded.
VISIBILITY_TIMEOUT_SECONDS = 300
REDIS_TIMEOUT_SECONDS = 5.0


def celery_config(redis_url: str | None) -> dict:
    """The app's settings; without a Redis URL the app loads but cannot send or run tasks."""
    return {
        "broker_url": redis_url or "redis://unset.invalid:6379/0",
        "result_backend": redis_url,
        "task_serializer": "json",
        "accept_content": ["json"],
        "result_serializer": "json",
        "result_expires": 3600,
        "task_ignore_result": True,
        # At-least-once: a task is acknowledged after it ran; one whose worker died runs again.
        "task_acks_late": True,
        "task_reject_on_worker_lost": True,
        "worker_prefetch_multiplier": 1,
        "broker_connection_retry_on_startup": True,
        "broker_connection_max_retries": None,
        "broker_transport_options": {
            "visibility_timeout": VISIBILITY_TIMEOUT_SECONDS,
            "socket_timeout": REDIS_TIMEOUT_SECONDS,
            "socket_connect_timeout": REDIS_TIMEOUT_SECONDS,
        },
        "redis_socket_timeout": REDIS_TIMEOUT_SECONDS,
        "redis_socket_connect_timeout": REDIS_TIMEOUT_SECONDS,
        "worker_hijack_root_logger": False,
        "timezone": "UTC",
        # In memory: an interval schedule needs no file, and a killed beat leaves none half-written.
        "beat_scheduler": "celery.beat:Scheduler",
        "beat_schedule": {
            "drain-outbox": {
                "task": "indexer.drain_outbox",
                "schedule": DRAIN_EVERY_SECONDS,
                # A tick nobody ran in time is dropped: the next one does the same work.
                "options": {"expires": DRAIN_EVERY_SECONDS * 2},
            },
        },
    }


def make_app(redis_url: str | None = None) -> Celery:
    celery_app = Celery("kulttuuripankki", include=["indexer.tasks"])
    celery_app.conf.update(celery_config(redis_url))
    return celery_app


@signals.after_setup_logger.connect
def _quiet_request_logs(**_kwargs) -> None:
    # opensearch-py logs every request at INFO and every failed one with a traceback;
    # the relay reports what matters in one line.
    logging.getLogger("opensearch").setLevel(logging.ERROR)


app = make_app(load_settings().redis_url)
