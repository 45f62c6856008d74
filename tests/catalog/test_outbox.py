import io

import pytest
from sqlalchemy import select

from catalog.importer import import_file
from catalog.models import Creator, Municipality, OutboxEntry, Term
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


def outbox_rows(catalog):
    """(kind, record id, deletion version) in the order the relay takes them."""
    with catalog.sessionmaker() as session:
        return [(e.kind, e.record_id, e.version) for e in session.scalars(select(OutboxEntry).order_by(OutboxEntry.id))]


def versions(catalog, model):
    with catalog.sessionmaker() as session:
        return {row.external_id: row.version for row in session.scalars(select(model))}


def test_a_change_of_tags_alone_raises_the_record_version(catalog):
    # Otherwise two states of the document would share a version and an older one could win in the index.
    import_file(catalog, io.BytesIO(jsonl(creator(1), service(1))))
    before = versions(catalog, Creator)["c-1"]
    with catalog.transaction() as session:
        row = session.scalars(select(Creator)).one()
        row.art_forms = row.art_forms[:0] + [session.scalars(select(Term).where(Term.code == "dance")).one()]
    assert versions(catalog, Creator)["c-1"] == before + 1


def test_a_deletion_row_carries_the_version_after_the_last_one(catalog):
    import_file(catalog, io.BytesIO(jsonl(creator(1), service(1), service(2), creator(2, name="Toinen"))))
    import_file(catalog, io.BytesIO(jsonl(service(2, title={"fi": "Uusi nimi"}))))  # service 2 at version 2
    clear_outbox(catalog)
    with catalog.transaction() as session:
        session.delete(session.scalars(select(Creator).where(Creator.external_id == "c-1")).one())
    # The creator's row right before its services' rows, so one relay batch covers them together.
    assert outbox_rows(catalog) == [("creator", 1, 2), ("service", 1, 2), ("service", 2, 3)]


def test_hiding_a_creator_is_a_change_of_the_row_not_a_deletion(catalog):
    import_file(catalog, io.BytesIO(jsonl(creator(1))))
    clear_outbox(catalog)
    import_file(catalog, io.BytesIO(jsonl(creator(1, status="hidden"))))
    assert outbox_rows(catalog) == [("creator", 1, None)]
    assert versions(catalog, Creator)["c-1"] == 2


@pytest.fixture
def relabel(catalog):
    """Change a taxonomy term's or municipality's row, and put it back after the test (the taxonomy is shared)."""
    undo = []

    def change(model, where, **values):
        with catalog.transaction() as session:
            row = session.scalars(select(model).where(where)).one()
            undo.append((model, row.id, {name: getattr(row, name) for name in values}))
            for name, value in values.items():
                setattr(row, name, value)

    yield change
    for model, row_id, values in undo:
        with catalog.transaction() as session:
            row = session.get(model, row_id)
            for name, value in values.items():
                setattr(row, name, value)


def test_a_label_change_reaches_every_record_that_shows_it(catalog, relabel):
    import_file(catalog, io.BytesIO(jsonl(
        creator(1, art_forms=["jazz"]),  # below music: shows music's labels too
        creator(2, name="Toinen", art_forms=["painting"], municipality="Helsinki", home_region="uusimaa", regions=["uusimaa"]),
        service(1, creator_id="c-2", art_forms=["music"]),
        service(2, creator_id="c-2", art_forms=["painting"]),
    )))
    clear_outbox(catalog)
    relabel(Term, (Term.vocabulary == "art_form") & (Term.code == "music"), labels={"fi": "Musiikki!", "sv": "Musik!", "en": "Music!"})
    assert outbox(catalog) == [("creator", 1), ("service", 1)]
    clear_outbox(catalog)
    relabel(Municipality, Municipality.name_fi == "Helsinki", name_sv="Helsingfors!")
    assert outbox(catalog) == [("creator", 2)], "the creator's row re-indexes its services too"
