import io

import pytest
from sqlalchemy import select

from catalog.importer import import_file
from catalog.models import Creator, OutboxEntry
from factories import creator, jsonl, service


def outbox(catalog):
    with catalog.sessionmaker() as session:
        return sorted((e.kind, e.record_id) for e in session.scalars(select(OutboxEntry)))


def clear_outbox(catalog):
    with catalog.transaction() as session:
        session.query(OutboxEntry).delete()


def test_import_writes_one_outbox_row_per_changed_record(catalog):
    import_file(catalog, io.BytesIO(jsonl(creator(1), service(1))))
    assert outbox(catalog) == [("creator", 1), ("service", 1)]


def test_unchanged_reimport_writes_no_outbox_row(catalog):
    import_file(catalog, io.BytesIO(jsonl(creator(1), service(1))))
    clear_outbox(catalog)
    import_file(catalog, io.BytesIO(jsonl(creator(1), service(1))))
    assert outbox(catalog) == []


def test_art_form_change_alone_writes_an_outbox_row(catalog):
    import_file(catalog, io.BytesIO(jsonl(creator(1))))
    clear_outbox(catalog)
    import_file(catalog, io.BytesIO(jsonl(creator(1, art_forms=["music", "dance"]))))
    assert outbox(catalog) == [("creator", 1)]


def test_rolled_back_change_leaves_no_outbox_row(catalog):
    import_file(catalog, io.BytesIO(jsonl(creator(1))))
    clear_outbox(catalog)
    with pytest.raises(RuntimeError):
        with catalog.transaction() as session:
            session.scalars(select(Creator)).one().name = "Never saved"
            session.flush()
            raise RuntimeError("abort")
    assert outbox(catalog) == []
    with catalog.sessionmaker() as session:
        assert session.scalars(select(Creator)).one().name == "Duo Kaarna 1"


def test_deleting_a_creator_records_it_and_its_services(catalog):
    import_file(catalog, io.BytesIO(jsonl(creator(1), service(1), service(2))))
    clear_outbox(catalog)
    with catalog.transaction() as session:
        session.delete(session.scalars(select(Creator)).one())
    assert outbox(catalog) == [("creator", 1), ("service", 1), ("service", 2)]


def test_commit_hooks_run_after_commit_only(catalog):
    calls = []
    catalog.add_commit_hook(lambda: calls.append(len(outbox(catalog))))
    with pytest.raises(RuntimeError):
        with catalog.transaction():
            raise RuntimeError("abort")
    assert calls == []
    import_file(catalog, io.BytesIO(jsonl(creator(1))))
    assert calls == [1], "the hook sees the committed outbox row"
