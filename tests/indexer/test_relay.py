"""The relay's contract: failing records are narrowed down and dead-lettered, workers share the outbox,
commits ask the workers for a drain through Redis, old outbox rows still drain."""

from __future__ import annotations

import io
import threading
import time

import pytest
import redis
from click.testing import CliRunner
from pipeline_support import create_records, drop_alias, pipeline_settings
from services import RedisServer
from tests_support import CONTENT_TABLES
from sqlalchemy import func, select, text

from catalog.config import load_settings
from catalog.db import Catalog, alembic_config, make_engine
from catalog.importer import import_file
from catalog.models import Creator, OutboxEntry
from factories import creator, jsonl, service
from indexer.rebuild import open_backend
from indexer.relay import MAX_ATTEMPTS, relay_batch, wait_for_relays
from indexer.sync import outbox_status, sync
from indexer.tasks import DRAIN_REQUESTED_KEY, _forget_request, request_drain
from indexer.verify import verify
from search.backends.opensearch import OpenSearchBackend
from search.request import SearchRequest
from web.cli import main


def save(catalog, *records) -> None:
    report = import_file(catalog, io.BytesIO(jsonl(*records)))
    assert report.ok, report.errors


def names(backend, q="", **params) -> list[str]:
    return sorted(hit.name for hit in backend.search(SearchRequest.from_params({"q": q, **params})).hits)


def test_a_record_that_keeps_failing_is_dead_lettered_and_the_others_go_through(catalog):
    save(catalog, *(creator(i, name=f"Duo Kaarna {i}") for i in range(1, 7)), service(1, creator_id="c-3"))
    with catalog.transaction() as session:  # a record whose document cannot be built: no name at all
        session.scalars(select(Creator).where(Creator.external_id == "c-4")).one().name = ""
    with open_backend(catalog) as backend:
        first = sync(catalog, backend)
        assert (first.indexed, first.failed) == (6, 2), "the five good creators and the service; c-4's two rows fail"
        assert names(backend, kind="creator") == [f"Duo Kaarna {i}" for i in (1, 2, 3, 5, 6)]
        for _ in range(MAX_ATTEMPTS - 1):
            sync(catalog, backend)
        status = outbox_status(catalog)
        assert (status.waiting, status.dead) == (0, 2)
        assert all("name" in error and "empty" in error for *_, error in status.recent_errors)
        assert sync(catalog, backend).drained == 0, "dead rows wait for `index sync`"

        result = CliRunner().invoke(main, ["index", "status", "--data-dir", str(catalog.settings.data_dir)],
                                    env={"KP_DATABASE_URL": catalog.settings.database_url})
        assert "outbox: 0 waiting, 2 dead" in result.output
        with catalog.transaction() as session:
            session.scalars(select(Creator).where(Creator.external_id == "c-4")).one().name = "Duo Kaarna 4"
        retried = sync(catalog, backend, include_dead=True)
        assert retried.failed == 0 and outbox_status(catalog).dead == 0
        assert "Duo Kaarna 4" in names(backend, kind="creator")


def test_rows_written_before_deletion_versions_existed_still_drain(tmp_path):
    """A database migrated from revision 0001 keeps its waiting outbox rows; they drain like new ones."""
    from alembic import command

    engine = make_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    command.upgrade(alembic_config(engine), "0001")
    catalog = Catalog(load_settings(tmp_path / "data", database_url=str(engine.url)), engine=engine)
    catalog.setup()  # upgrades to the newest revision
    save(catalog, creator(1), creator(2, name="Duo Kaarna 2"))
    with catalog.transaction() as session:
        session.execute(text("UPDATE outbox SET version = NULL"))
        session.execute(text("INSERT INTO outbox (kind, record_id, created_at, attempts, dead) VALUES ('creator', 99, '2026-01-01 00:00:00.000000', 0, 0)"))
    with open_backend(catalog) as backend:
        report = sync(catalog, backend)
        assert (report.drained, report.indexed, report.failed) == (3, 2, 0)
        assert verify(catalog, backend).ok


@pytest.fixture
def shared(pipeline_engine, opensearch_node, tmp_path):
    """A PostgreSQL catalog with 20 records waiting, and an OpenSearch backend whose first write can be held."""
    with pipeline_engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {', '.join(CONTENT_TABLES)} RESTART IDENTITY CASCADE"))
    settings = pipeline_settings(tmp_path / "data", pipeline_engine.url.render_as_string(hide_password=False),
                                 opensearch_node.url, "redis://127.0.0.1:1/0")
    catalog = Catalog(settings, engine=pipeline_engine)
    create_records(catalog, 10)
    backend = HeldBackend.from_settings(settings)
    yield catalog, backend
    backend.release.set()
    drop_alias(backend)
    backend.close()


class HeldBackend(OpenSearchBackend):
    """The real backend, except that its first write waits until the test releases it (a slow worker)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.holding, self.release = threading.Event(), threading.Event()

    def index_documents(self, docs):
        if not self.holding.is_set():
            self.holding.set()
            self.release.wait(timeout=60)
        return super().index_documents(docs)


def test_workers_share_the_outbox_without_waiting_for_each_other(shared):
    catalog, held = shared
    slow = threading.Thread(target=relay_batch, args=(catalog, held), kwargs={"batch": 10})
    slow.start()
    assert held.holding.wait(timeout=30)
    with OpenSearchBackend.from_settings(catalog.settings) as other:
        report, _ = relay_batch(catalog, other, batch=10)  # another worker, meanwhile
        assert report.drained == 10, "the second worker took the next rows instead of waiting"
        with catalog.sessionmaker() as session:
            assert session.scalar(select(func.count()).select_from(OutboxEntry)) == 10, "the slow worker's rows stay claimed"
        held.release.set()
        slow.join()
        assert sync(catalog, other).drained == 0
        assert verify(catalog, other).ok


def test_a_rebuild_waits_for_relays_that_started_before_it(shared):
    catalog, held = shared
    slow = threading.Thread(target=relay_batch, args=(catalog, held), kwargs={"batch": 10})
    slow.start()
    assert held.holding.wait(timeout=30)
    waiting = threading.Thread(target=wait_for_relays, args=(catalog,))
    waiting.start()
    waiting.join(timeout=0.5)
    assert waiting.is_alive(), "wait_for_relays returned while a relay was still writing"
    held.release.set()
    slow.join()
    waiting.join(timeout=30)
    assert not waiting.is_alive()


@pytest.fixture
def own_redis():
    server = RedisServer()
    url = server.start()
    yield server, url
    server.stop()


def queued_tasks(url: str) -> int:
    return redis.Redis.from_url(url).llen("celery")


def test_commits_ask_for_one_drain_until_a_worker_takes_it(own_redis, tmp_path):
    server, url = own_redis
    settings = load_settings(tmp_path, redis_url=url)
    assert request_drain(settings) is True
    assert request_drain(settings) is False, "a drain is already asked for"
    assert queued_tasks(url) == 1
    _forget_request(settings)  # what a worker does when it starts the drain
    assert request_drain(settings) is True
    assert queued_tasks(url) == 2
    server.stop()
    started = time.monotonic()
    assert request_drain(settings) is False, "Redis down: the change waits for the beat, the commit goes on"
    assert time.monotonic() - started < 5, "a commit must not hang on a Redis that is down"


def test_the_site_asks_the_workers_to_drain_after_a_commit_when_redis_is_configured(own_redis, catalog):
    from web.services import SiteServices

    _, url = own_redis
    settings = load_settings(catalog.settings.data_dir, database_url=catalog.settings.database_url, redis_url=url)
    catalog = Catalog(settings, engine=catalog.engine)
    SiteServices(settings, catalog=catalog)
    save(catalog, creator(1))
    assert redis.Redis.from_url(url).exists(DRAIN_REQUESTED_KEY)
    assert queued_tasks(url) == 1
    with catalog.sessionmaker() as session:
        assert session.scalar(select(func.count()).select_from(OutboxEntry)) == 1, "the worker drains it, not the site"


def test_the_worker_command_explains_that_it_needs_redis(tmp_path):
    result = CliRunner().invoke(main, ["worker", "--data-dir", str(tmp_path)], env={"KP_REDIS_URL": ""})
    assert result.exit_code == 1
    assert "KP_REDIS_URL is not set" in result.output
    assert "embedded deployment needs no worker" in result.output
