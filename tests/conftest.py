"""Session fixtures: real databases on both SQLite and PostgreSQL, fresh per test."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).parent))

from opensearch_node import OpenSearchNode  # noqa: E402
from services import PostgresServer  # noqa: E402

from catalog.config import load_settings  # noqa: E402
from catalog.db import Catalog, make_engine  # noqa: E402
from tests_support import CONTENT_TABLES  # noqa: E402



@pytest.fixture(scope="session")
def postgres_server():
    server = PostgresServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def opensearch_node():
    """A real OpenSearch node from Maven Central jars, on a free loopback port (see tests/opensearch_node.py)."""
    node = OpenSearchNode()
    node.start()
    yield node
    node.stop()


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def database_engine(request, tmp_path_factory):
    """One migrated database per backend for the whole session."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('sqlite') / 'catalog.sqlite3'}"
    else:
        url = request.getfixturevalue("postgres_server").create_database("kp_test")
    engine = make_engine(url)
    catalog = Catalog(load_settings(tmp_path_factory.mktemp("setup"), database_url=url), engine=engine)
    catalog.setup()
    yield engine
    engine.dispose()


@pytest.fixture
def catalog(database_engine, tmp_path):
    """A catalog with the taxonomy loaded and no records, in a fresh data dir."""
    with database_engine.begin() as conn:
        if database_engine.dialect.name == "postgresql":
            conn.execute(text(f"TRUNCATE {', '.join(CONTENT_TABLES)} RESTART IDENTITY CASCADE"))
        else:
            for table in CONTENT_TABLES:
                conn.execute(text(f"DELETE FROM {table}"))
    settings = load_settings(tmp_path / "data", database_url=str(database_engine.url.render_as_string(hide_password=False)))
    catalog = Catalog(settings, engine=database_engine)
    yield catalog


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    path = tmp_path / "data"
    monkeypatch.setenv("KP_DATA_DIR", str(path))
    return path
