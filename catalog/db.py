"""Engine, sessions and schema migrations for the catalog database."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
import logging
from typing import Callable, Iterator

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from catalog.config import Settings
from catalog.outbox import track_changes

logger = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def normalise_database_url(database_url: str) -> str:
    """Plain postgresql:// (or Heroku-style postgres://) URLs get the psycopg 3 driver we ship."""
    for prefix in ("postgresql://", "postgres://"):
        if database_url.startswith(prefix):
            return "postgresql+psycopg://" + database_url[len(prefix):]
    return database_url


def make_engine(database_url: str) -> Engine:
    """Create an engine; SQLite gets foreign keys and WAL so it behaves like a real database."""
    database_url = normalise_database_url(database_url)
    if database_url.startswith("sqlite"):
        engine = create_engine(database_url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record):
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

        return engine
    return create_engine(database_url, pool_pre_ping=True)


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision; safe to run on every start."""
    command.upgrade(alembic_config(engine), "head")


class Catalog:
    """The catalog database of one deployment: its engine and a session factory."""

    def __init__(self, settings: Settings, engine: Engine | None = None):
        self.settings = settings
        if settings.database_url.startswith("sqlite"):
            settings.data_dir.mkdir(parents=True, exist_ok=True)
        self.engine = engine or make_engine(settings.database_url)
        self.sessionmaker = sessionmaker(self.engine, expire_on_commit=False)
        self._commit_hooks: list[Callable[[], None]] = []
        track_changes(self.sessionmaker)

    def setup(self) -> None:
        """Migrate the schema and load (or upgrade) the taxonomy; idempotent."""
        from catalog.taxonomy_store import sync_taxonomy

        migrate(self.engine)
        with self.transaction() as session:
            sync_taxonomy(session)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work commits on success and rolls back whole on any error.

        After a successful commit the commit hooks run (the embedded deployment
        indexes the change right away); a hook's failure never undoes the commit.
        """
        with self.sessionmaker() as session:
            with session.begin():
                yield session
        self.run_commit_hooks()

    def add_commit_hook(self, hook: Callable[[], None]) -> None:
        self._commit_hooks.append(hook)

    def run_commit_hooks(self) -> None:
        for hook in self._commit_hooks:
            try:
                hook()
            except Exception:  # the change is committed and its outbox row waits for a retry
                logger.exception("post-commit hook %r failed; the outbox keeps the change for the next sync", hook)

    def close(self) -> None:
        self.engine.dispose()
