"""Helpers shared by several test modules."""

from sqlalchemy import text

from catalog.config import load_settings
from catalog.db import Catalog
from catalog.models import Base

# Tables whose rows tests create; the taxonomy stays loaded between tests.
CONTENT_TABLES = [t.name for t in reversed(Base.metadata.sorted_tables) if t.name not in ("terms", "municipalities")]


def empty_catalog(catalog: Catalog, engine, tmp_path) -> Catalog:
    """Delete every record (keeping the taxonomy) and hand back a catalog on a new data dir."""
    with engine.begin() as conn:
        for table in CONTENT_TABLES:
            conn.execute(text(f"DELETE FROM {table}"))
    settings = load_settings(tmp_path / "fresh", database_url=catalog.settings.database_url)
    return Catalog(settings, engine=engine)
