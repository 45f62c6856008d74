"""Celery tasks of the indexer, and how the web processes ask for them.

`drain_outbox` takes no arguments and reads everything from the outbox, so it
is idempotent: running it twice, late, or in several workers at once gives
the same index (see relay.py). Commits ask for a drain through
`request_drain`, debounced with a Redis key so a burst of commits queues one
task rather than hundreds.
"""

from __future__ import annotations

import logging
import os
import threading
import time

import redis
from celery.utils.time import get_exponential_backoff_interval
from sqlalchemy.exc import InterfaceError, OperationalError

from catalog.config import Settings, load_settings
from indexer.celery import app, make_app

logger = logging.getLogger(__name__)

# A drain gives its worker back after this long, and asks for another if work is left.
DRAIN_BUDGET_SECONDS = 30.0
DRAIN_REQUESTED_KEY = "kulttuuripankki:drain-requested"
# A request whose task got lost (its worker died before starting it) lapses after this.
REQUEST_TTL_SECONDS = 10
REDIS_CLIENT_TIMEOUT_SECONDS = 0.5
RETRY_BACKOFF_SECONDS = 1
RETRY_BACKOFF_MAX_SECONDS = 60
MAX_RETRIES = 8
RETRY_PENDING_KEY = "kulttuuripankki:drain-retry-pending"


class EngineUnavailable(RuntimeError):
    """The search engine did not answer; the changes wait in the outbox for a retry."""


class _WorkerResources:
    """The catalog and search backend of one worker process, opened on first use after the fork."""

    def __init__(self):
        self._pid: int | None = None
        self._lock = threading.Lock()
        self.catalog = None
        self.backend = None

    def get(self):
        with self._lock:
            if self._pid != os.getpid():
                from catalog.db import Catalog
                from search.backends import get_backend

                settings = load_settings()
                self.catalog = Catalog(settings)
                self.backend = get_backend(settings)
                self._pid = os.getpid()
            return self.catalog, self.backend


_resources = _WorkerResources()
_clients: dict[str, redis.Redis] = {}
_senders: dict = {}


def _redis(url: str) -> redis.Redis:
    client = _clients.get(url)
    if client is None:
        client = _clients[url] = redis.Redis.from_url(
            url, socket_timeout=REDIS_CLIENT_TIMEOUT_SECONDS, socket_connect_timeout=REDIS_CLIENT_TIMEOUT_SECONDS
        )
    return client


def _sender(url: str):
    """The Celery app that sends to `url`: this module's app, or one made for settings given in code."""
    if app.conf.broker_url == url:
        return app
    sender = _senders.get(url)
    if sender is None:
        sender = _senders[url] = make_app(url)
    return sender


@app.task(
    name="indexer.drain_outbox",
    bind=True,
    autoretry_for=(OperationalError, InterfaceError),  # the database is down
    retry_backoff=RETRY_BACKOFF_SECONDS,
    retry_backoff_max=RETRY_BACKOFF_MAX_SECONDS,
    retry_jitter=True,
    max_retries=MAX_RETRIES,
)
def drain_outbox(self) -> dict:
    """Relay what waits in the outbox; retried with growing, jittered delays while the engine is down."""
    from indexer.sync import sync

    catalog, backend = _resources.get()
    _forget_request(catalog.settings)
    if _backlog(catalog):
        request_drain(catalog.settings)  # more than one batch waits: let another worker process help
    started = time.monotonic()
    report = sync(catalog, backend, budget_seconds=DRAIN_BUDGET_SECONDS)
    if report.unavailable:
        _retry_later(self, catalog.settings, report.unavailable)
    elif time.monotonic() - started >= DRAIN_BUDGET_SECONDS:
        request_drain(catalog.settings)  # the budget ran out with work left: carry on in a new task
    if report.drained or report.failed:
        logger.info("drained %d outbox rows: %d indexed, %d deleted, %d failed", report.drained, report.indexed, report.deleted, report.failed)
    return {"indexed": report.indexed, "deleted": report.deleted, "failed": report.failed, "drained": report.drained}


def _retry_later(task, settings: Settings, reason: str) -> None:
    """Retry with exponential backoff and full jitter, unless another drain already waits to retry.

    While the engine is down every commit still asks for a drain; one retry
    chain at a time (plus the beat) is enough, not one per commit.
    """
    countdown = get_exponential_backoff_interval(RETRY_BACKOFF_SECONDS, task.request.retries, RETRY_BACKOFF_MAX_SECONDS, True)
    if task.request.retries >= MAX_RETRIES:
        logger.warning("the search engine is still unavailable; the beat keeps trying: %s", reason)
        return
    if settings.redis_url:
        client = _redis(settings.redis_url)
        try:
            # A fresh task joins no chain that is already waiting; a chain keeps its claim.
            if not client.set(RETRY_PENDING_KEY, "1", nx=task.request.retries == 0, ex=countdown + 1):
                logger.info("the search engine is unavailable and a retry is already scheduled: %s", reason)
                return
        except redis.RedisError:
            pass
    raise task.retry(countdown=countdown, exc=EngineUnavailable(reason))


def _backlog(catalog) -> bool:
    """Whether more than one batch of changes waits (cheap: looks for one row past the first batch)."""
    from sqlalchemy import select

    from catalog.models import OutboxEntry
    from indexer.relay import BATCH

    with catalog.sessionmaker() as session:
        query = select(OutboxEntry.id).where(OutboxEntry.dead.is_(False)).order_by(OutboxEntry.id).offset(BATCH).limit(1)
        return session.scalar(query) is not None


def _forget_request(settings: Settings) -> None:
    """Let the next commit ask again: from here on this drain may no longer see its change."""
    if not settings.redis_url:
        return
    try:
        _redis(settings.redis_url).delete(DRAIN_REQUESTED_KEY)
    except redis.RedisError as exc:
        logger.warning("could not clear the drain request in Redis: %s", exc)


def request_drain(settings: Settings) -> bool:
    """Ask the workers to drain the outbox now; False when a drain is already asked for or Redis is down.

    Never raises: the change is committed and its outbox row waits for the
    beat's next drain whatever happens here.
    """
    if not settings.redis_url:
        return False
    client = _redis(settings.redis_url)
    try:
        if not client.set(DRAIN_REQUESTED_KEY, "1", nx=True, ex=REQUEST_TTL_SECONDS):
            return False
    except redis.RedisError as exc:
        logger.warning("Redis is unavailable, the change waits for the next scheduled drain: %s", exc)
        return False
    try:
        _sender(settings.redis_url).send_task(drain_outbox.name, retry=False)
        return True
    except Exception as exc:  # kombu's errors vary by transport; the beat covers us either way
        logger.warning("could not queue a drain, the change waits for the next scheduled drain: %s", exc)
        try:
            client.delete(DRAIN_REQUESTED_KEY)
        except redis.RedisError:
            pass
        return False
