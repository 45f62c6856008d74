"""Helpers for the web tests (a module of its own: test modules import it, never a conftest)."""

from __future__ import annotations

from dataclasses import dataclass

from web_corpus import all_records

from catalog.config import Settings
from catalog.db import Catalog
from catalog.importer import import_records
from indexer.rebuild import open_backend, rebuild_index
from search.backends.base import SearchBackend


@dataclass
class Site:
    settings: Settings
    catalog: Catalog
    backend: SearchBackend


def build_site(settings: Settings) -> Site:
    """Migrate, import the corpus and index it: the same steps an operator runs."""
    catalog = Catalog(settings)
    catalog.setup()
    report = import_records(catalog, all_records())
    assert report.ok, report.errors
    rebuild_index(catalog)
    return Site(settings, catalog, open_backend(catalog))


def make_app(site: Site):
    from web.app import create_app

    app = create_app(site.settings, catalog=site.catalog, backend=site.backend)
    app.config["TESTING"] = True
    return app
