"""Fixtures for the scaled pipeline: real PostgreSQL, Redis, OpenSearch node and Celery workers."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import redis
from opensearchpy.exceptions import ConnectionError
from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).parent))

from pipeline_support import Worker, drop_alias, pipeline_settings  # noqa: E402
from tests_support import CONTENT_TABLES  # noqa: E402
from services import RedisServer  # noqa: E402

from catalog.config import Settings  # noqa: E402
from catalog.db import Catalog, make_engine  # noqa: E402
from search.backends.opensearch import OpenSearchBackend  # noqa: E402


@pytest.fixture(scope="session")
def redis_server():
    server = RedisServer()
    server.url = server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def pipeline_engine(postgres_server, tmp_path_factory):
    """A PostgreSQL database of its own for the pipeline tests, migrated once."""
    from catalog.config import load_settings

    url = postgres_server.create_database("kp_pipeline")
    engine = make_engine(url)
    Catalog(load_settings(tmp_path_factory.mktemp("pipeline-setup"), database_url=url), engine=engine).setup()
    yield engine
    engine.dispose()


@dataclass
class Pipeline:
    settings: Settings
    catalog: Catalog
    backend: OpenSearchBackend
    worker: Worker


@pytest.fixture
def make_pipeline(pipeline_engine, redis_server, tmp_path):
    """Build an empty-catalog pipeline against the OpenSearch node at a given URL (one per test)."""
    from indexer.tasks import request_drain

    made: list[Pipeline] = []

    def make(opensearch_url: str) -> Pipeline:
        redis.Redis.from_url(redis_server.url).flushdb()  # no queued task or drain request from an earlier test
        with pipeline_engine.begin() as conn:
            conn.execute(text(f"TRUNCATE {', '.join(CONTENT_TABLES)} RESTART IDENTITY CASCADE"))
        url = pipeline_engine.url.render_as_string(hide_password=False)
        settings = pipeline_settings(tmp_path / "data", url, opensearch_url, redis_server.url)
        catalog = Catalog(settings, engine=pipeline_engine)
        # Commits ask the workers for a drain through Redis, as the web processes do.
        catalog.add_commit_hook(lambda: request_drain(settings))
        made.append(Pipeline(settings, catalog, OpenSearchBackend.from_settings(settings), Worker(settings)))
        return made[-1]

    yield make
    for pipeline in made:
        pipeline.worker.stop()
        try:
            drop_alias(pipeline.backend)
        except ConnectionError:
            pass  # a node of the test's own is gone already
        finally:
            pipeline.backend.close()


@pytest.fixture
def pipeline(make_pipeline, opensearch_node):
    """An empty catalog on PostgreSQL, an alias of its own on the session's node, a worker (not started yet)."""
    return make_pipeline(opensearch_node.url)
