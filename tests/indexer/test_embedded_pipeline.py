"""Saving through the catalog reaches the embedded index: outbox, sync, rebuild."""

import io

import pytest
from sqlalchemy import select

from catalog.importer import import_file
from catalog.models import Creator, OutboxEntry
from factories import creator, jsonl, service
from indexer.rebuild import open_backend, rebuild_index
from indexer.sync import IndexBusy, index_lock, sync
from search.request import SearchRequest


@pytest.fixture
def backend(catalog):
    with open_backend(catalog) as backend:
        yield backend


def names(backend, q="", **params):
    response = backend.search(SearchRequest.from_params({"q": q, **params}))
    return sorted(hit.name for hit in response.hits)


def save(catalog, *records):
    report = import_file(catalog, io.BytesIO(jsonl(*records)))
    assert report.ok, report.errors


def test_commit_hook_makes_a_saved_record_searchable_at_once(catalog, backend):
    catalog.add_commit_hook(lambda: sync(catalog, backend, wait=False))
    save(catalog, creator(1, name="Tanssiteatteri Liike", art_forms=["dance"]))
    assert names(backend, "tanssiteatteri") == ["Tanssiteatteri Liike"]
    save(catalog, creator(1, name="Tanssiteatteri Virta", art_forms=["dance"]))
    assert names(backend, "tanssiteatteri") == ["Tanssiteatteri Virta"]


def test_hiding_a_creator_removes_it_and_its_services(catalog, backend):
    save(catalog, creator(1), service(1), service(2))
    sync(catalog, backend)
    assert names(backend, kind="service") == ["Satukonsertti 1", "Satukonsertti 2"]
    save(catalog, creator(1, status="hidden"))
    sync(catalog, backend)
    assert backend.count() == 0


def test_unpublished_service_leaves_the_index(catalog, backend):
    save(catalog, creator(1), service(1), service(2))
    sync(catalog, backend)
    save(catalog, service(2, published=False))
    sync(catalog, backend)
    assert names(backend, kind="service") == ["Satukonsertti 1"]


def test_deleted_records_leave_the_index(catalog, backend):
    save(catalog, creator(1), service(1))
    sync(catalog, backend)
    with catalog.transaction() as session:
        session.delete(session.scalars(select(Creator)).one())
    sync(catalog, backend)
    assert backend.count() == 0


def test_pending_creator_is_never_indexed(catalog, backend):
    save(catalog, creator(1, status="pending"), service(1))
    sync(catalog, backend)
    assert backend.count() == 0


def test_rebuild_indexes_everything_and_empties_the_outbox(catalog, backend):
    save(catalog, creator(1), creator(2, name="Kuvataiteilija Aino", art_forms=["visual-arts"]), service(1))
    assert rebuild_index(catalog, backend) == 3
    assert backend.count() == 3
    with catalog.sessionmaker() as session:
        assert session.scalars(select(OutboxEntry)).all() == []


def test_changes_after_a_rebuild_are_still_drained(catalog, backend):
    save(catalog, creator(1))
    rebuild_index(catalog, backend)
    save(catalog, creator(2, name="Valokuvaaja Ville", art_forms=["photography"]))
    sync(catalog, backend)
    assert names(backend, "valokuvaaja") == ["Valokuvaaja Ville"]


def test_failed_indexing_keeps_the_rows_for_a_retry(catalog, tmp_path):
    from search.backends.embedded import EmbeddedBackend

    import shutil

    save(catalog, creator(1))
    index_dir = tmp_path / "index"
    with EmbeddedBackend(index_dir) as broken:
        broken.count()
        shutil.rmtree(index_dir)
        index_dir.write_text("the index directory is gone: a disk failure, say")
        report = sync(catalog, broken)
    assert report.failed == 1
    with catalog.sessionmaker() as session:
        entry = session.scalars(select(OutboxEntry)).one()
        assert entry.attempts == 1 and entry.last_error
    with open_backend(catalog) as fresh:
        assert sync(catalog, fresh).indexed == 1
        assert fresh.count() == 1


def test_sync_does_not_wait_for_a_busy_index_when_asked_not_to(catalog, backend):
    save(catalog, creator(1))
    with index_lock(catalog.settings.data_dir):
        with pytest.raises(IndexBusy):
            sync(catalog, backend, wait=False)
    assert sync(catalog, backend).indexed == 1
