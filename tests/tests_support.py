"""Helpers shared by several test modules."""

from sqlalchemy import text

from catalog.config import load_settings
from catalog.db import Catalog


def empty_catalog(catalog: Catalog, engine, tmp_path) -> Catalog:
    """Delete every record (keeping the taxonomy) and hand back a catalog on a new data dir."""
    from conftest import CONTENT_TABLES

    with engine.begin() as conn:
        for table in CONTENT_TABLES:
            conn.execute(text(f"DELETE FROM {table}"))
    settings = load_settings(tmp_path / "fresh", database_url=catalog.settings.database_url)
    return Catalog(settings, engine=engine)
