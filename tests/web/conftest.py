"""Web fixtures: a real catalog with a small realistic corpus, indexed, served by the real app.

`site` is built once per database backend (SQLite and PostgreSQL) and shared
by every test that only reads; tests that change data build their own.
Browser tests get an in-process server on a free loopback port and the
system's Chromium, driven by Playwright.
"""

from __future__ import annotations

import os
import shutil
import sys
import threading
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from services import unavailable  # noqa: E402
from web_corpus import all_records  # noqa: E402
from web_support import Site, build_site, make_app  # noqa: E402

from catalog.config import load_settings  # noqa: E402
from catalog.db import Catalog  # noqa: E402
from catalog.importer import import_records  # noqa: E402

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "web"
CHROMIUM = os.environ.get("KP_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _compile_translations() -> None:
    """The Makefile compiles catalogs before tests; do it here too when they are stale, so pytest alone works."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    root = Path(__file__).resolve().parents[2] / "web" / "translations"
    for po in root.glob("*/LC_MESSAGES/messages.po"):
        mo = po.with_suffix(".mo")
        if not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime:
            with po.open("rb") as source:
                catalog = read_po(source)
            with mo.open("wb") as target:
                write_mo(target, catalog)


_compile_translations()


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def site(request, tmp_path_factory) -> Site:
    data_dir = tmp_path_factory.mktemp(f"web-{request.param}")
    if request.param == "sqlite":
        settings = load_settings(data_dir)
    else:
        url = request.getfixturevalue("postgres_server").create_database("kp_web")
        settings = load_settings(data_dir, database_url=url)
    built = build_site(settings)
    yield built
    built.backend.close()
    built.catalog.close()


@pytest.fixture(scope="session")
def sqlite_site(tmp_path_factory) -> Site:
    built = build_site(load_settings(tmp_path_factory.mktemp("web-browser")))
    yield built
    built.backend.close()
    built.catalog.close()


@pytest.fixture(scope="session")
def app(site):
    return make_app(site)


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture(scope="session")
def down_app(tmp_path_factory):
    """The site with a search index that cannot be opened (its folder is a file): catalog fine, search down."""
    from web.app import create_app

    data_dir = tmp_path_factory.mktemp("web-down")
    settings = load_settings(data_dir)
    catalog = Catalog(settings)
    catalog.setup()
    import_records(catalog, all_records())
    shutil.rmtree(settings.index_dir, ignore_errors=True)
    settings.index_dir.write_text("not an index")
    app = create_app(settings)
    app.config["TESTING"] = True
    return app


# -- browser ---------------------------------------------------------------------


@pytest.fixture(scope="session")
def live_server(sqlite_site):
    """The app on a free loopback port, served by Werkzeug in a thread of this process."""
    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, make_app(sqlite_site), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        unavailable(f"Chromium is not installed at {CHROMIUM} (apt-get install chromium chromium-driver)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("the playwright package is not installed (pip install -e '.[dev]')")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    """A fresh phone-sized page; fails the test if the page broke its Content-Security-Policy or logged errors."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, base_url=live_server, locale="fi-FI")
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.problems = problems
    yield page
    context.close()
    assert not problems, f"browser console errors: {problems}"


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
