"""`index verify` finds what differs between catalog and index; `index repair` fixes exactly that.

The damage is done the ways it happens in life: a change whose outbox row was
lost, a record deleted behind the ORM's back (raw SQL, no outbox row), a
database restored to an older state. Runs on the embedded index (SQLite and
PostgreSQL catalogs) and on the OpenSearch node.
"""

from __future__ import annotations

import io
import secrets

import pytest
from click.testing import CliRunner
from sqlalchemy import delete, text

from catalog.importer import import_file
from catalog.models import OutboxEntry
from factories import creator, jsonl, service
from indexer.rebuild import open_backend
from indexer.sync import sync
from web.cli import main


@pytest.fixture(params=["embedded", "opensearch"])
def setup(request, catalog):
    """(catalog, backend, cli) with the config file the CLI reads written into the catalog's data dir."""
    data_dir = catalog.settings.data_dir
    data_dir.mkdir(parents=True, exist_ok=True)
    lines = [f'database_url = "{catalog.settings.database_url}"']
    if request.param == "opensearch":
        node = request.getfixturevalue("opensearch_node")
        lines += [f'opensearch_url = "{node.url}"', f'opensearch_index = "kp-test-verify-{secrets.token_hex(4)}"']
    (data_dir / "kulttuuripankki.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    from catalog.config import load_settings
    from catalog.db import Catalog

    catalog = Catalog(load_settings(data_dir), engine=catalog.engine)
    backend = open_backend(catalog)

    def cli(*args: str):
        return CliRunner().invoke(main, ["index", *args, "--data-dir", str(data_dir)])

    yield catalog, backend, cli
    if request.param == "opensearch":
        backend.client.indices.delete(index=f"{backend.names.alias}-*", ignore_unavailable=True, ignore=404)
    backend.close()


def save(catalog, *records) -> None:
    report = import_file(catalog, io.BytesIO(jsonl(*records)))
    assert report.ok, report.errors


def lose_outbox(catalog) -> None:
    """The outbox rows vanish before anyone relays them (a bug, an operator's mistake)."""
    with catalog.transaction() as session:
        session.execute(delete(OutboxEntry))


def test_an_index_in_step_verifies_clean(setup):
    catalog, backend, cli = setup
    save(catalog, creator(1), creator(2, name="Kuvataiteilija Aino", art_forms=["visual-arts"]), service(1))
    sync(catalog, backend)
    result = cli("verify")
    assert result.exit_code == 0, result.output
    assert "catalog: 3 public records; index: 3 documents" in result.output
    assert "no differences" in result.output


def test_verify_names_each_difference_and_repair_fixes_exactly_them(setup):
    catalog, backend, cli = setup
    save(catalog, creator(1), creator(2, name="Duo Kaarna 2"), creator(3, name="Duo Kaarna 3"), service(1), service(2, creator_id="c-2"))
    sync(catalog, backend)
    save(catalog, creator(1, name="Duo Kaarna Uusi"), creator(4, name="Kuvataiteilija Aino", art_forms=["visual-arts"]))
    lose_outbox(catalog)  # creator 1's rename is stale in the index, creator 4 is missing from it
    with catalog.engine.begin() as connection:  # deleted behind the ORM's back: no outbox row
        connection.execute(text("DELETE FROM services WHERE external_id = 's-2'"))
        connection.execute(text("UPDATE creators SET status = 'hidden' WHERE external_id = 'c-3'"))

    result = cli("verify")
    assert result.exit_code == 1, result.output
    assert "missing: 1: creator:4" in result.output
    assert "stale: 2: creator:1 (index v1, catalog v2), service:1 (index v1.1, catalog v1.2)" in result.output
    assert "orphaned: 2: creator:3, service:2" in result.output
    assert "5 differences" in result.output

    result = cli("repair")
    assert result.exit_code == 0, result.output
    assert "Repaired: indexed 3, deleted 2." in result.output  # creator 1 brings its service along
    assert "After the repair: no differences" in result.output
    assert cli("verify").exit_code == 0


def test_documents_ahead_of_a_restored_catalog_need_a_rebuild(setup):
    catalog, backend, cli = setup
    save(catalog, creator(1), creator(2, name="Duo Kaarna 2"))
    sync(catalog, backend)
    with catalog.engine.begin() as connection:  # a database restored from an older backup
        connection.execute(text("UPDATE creators SET version = 0 WHERE external_id = 'c-2'"))

    result = cli("repair")
    assert result.exit_code == 1
    assert "ahead: 1: creator:2 (index v1, catalog v0)" in result.output
    assert "only `kulttuuripankki index rebuild` can fix them" in result.output
    assert cli("rebuild").exit_code == 0
    assert cli("verify").exit_code == 0


def test_status_shows_waiting_and_dead_rows_with_their_errors(setup):
    catalog, backend, cli = setup
    save(catalog, creator(1))
    with catalog.transaction() as session:
        for entry in session.query(OutboxEntry):
            entry.dead, entry.attempts, entry.last_error = True, 5, "InvalidDocument: creator:1 name: is empty"
    save(catalog, creator(2, name="Duo Kaarna 2"))
    result = cli("status")
    assert result.exit_code == 0, result.output
    assert "outbox: 1 waiting, 1 dead" in result.output
    assert "(creator 1): InvalidDocument: creator:1 name: is empty" in result.output
    assert "retried by `kulttuuripankki index sync`" in result.output
    assert cli("sync").exit_code == 0
    assert "outbox: 0 waiting, 0 dead" in cli("status").output
