import io
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from catalog.exporter import export
from catalog.importer import import_file, import_records
from catalog.models import Creator, Service
from factories import creator, jsonl, service


def run_import(catalog, *records):
    return import_file(catalog, io.BytesIO(jsonl(*records)))


def count(catalog, model):
    with catalog.sessionmaker() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_import_stores_every_field(catalog):
    report = run_import(catalog, creator(1), service(1))
    assert report.ok, report.errors
    assert report.created == {"creator": 1, "service": 1, "buyer": 0}
    with catalog.sessionmaker() as session:
        c = session.scalars(select(Creator)).one()
        assert c.slug == "duo-kaarna-1"
        assert c.municipality.name_sv == "Tammerfors"
        assert [t.code for t in c.regions] == ["kanta-hame", "pirkanmaa"] or {t.code for t in c.regions} == {"kanta-hame", "pirkanmaa"}
        assert c.status == "approved" and c.is_public
        s = session.scalars(select(Service)).one()
        assert s.creator_id == c.id
        assert s.price_eur == 450 and s.price_basis.code == "per-performance"
        assert {t.code for t in s.target_groups} == {"early-childhood", "families"}


def test_home_region_is_always_served(catalog):
    run_import(catalog, creator(1, regions=["uusimaa"]))
    with catalog.sessionmaker() as session:
        assert {t.code for t in session.scalars(select(Creator)).one().regions} == {"uusimaa", "pirkanmaa"}


def test_municipality_accepts_swedish_name_in_any_case(catalog):
    report = run_import(catalog, creator(1, municipality="TAMMERFORS"))
    assert report.ok, report.errors


def test_reimport_updates_instead_of_duplicating(catalog):
    run_import(catalog, creator(1), service(1))
    report = run_import(catalog, creator(1, name="Duo Kaarna uusi"), service(1, price_eur=None))
    assert report.updated == {"creator": 1, "service": 1, "buyer": 0}
    assert count(catalog, Creator) == 1 and count(catalog, Service) == 1
    with catalog.sessionmaker() as session:
        c = session.scalars(select(Creator)).one()
        assert c.name == "Duo Kaarna uusi"
        assert c.slug == "duo-kaarna-1", "a rename must not break links to the profile"
        assert session.scalars(select(Service)).one().price_eur is None


def test_identical_reimport_changes_nothing(catalog):
    run_import(catalog, creator(1), service(1))
    with catalog.sessionmaker() as session:
        before = session.scalars(select(Creator)).one().updated_at
    report = run_import(catalog, creator(1), service(1))
    assert report.unchanged == 2 and sum(report.updated.values()) == 0
    with catalog.sessionmaker() as session:
        assert session.scalars(select(Creator)).one().updated_at == before


def test_same_name_gets_distinct_slugs(catalog):
    run_import(catalog, creator(1, name="Aino Virtanen"), creator(2, name="Aino Virtanen"), creator(3, name="Äinö Virtanen"))
    with catalog.sessionmaker() as session:
        assert sorted(session.scalars(select(Creator.slug))) == ["aino-virtanen", "aino-virtanen-2", "aino-virtanen-3"]


@pytest.mark.parametrize(
    "line, field, words",
    [
        (b'{"kind": "creator", "id": "x", ', "(line)", "not valid JSON"),
        (b'\xff\xfe{"kind": "creator"}', "(line)", "not valid UTF-8"),
        (b"[1, 2]", "(line)", "JSON object"),
        (json.dumps(creator(9, art_forms=["musik"])).encode(), "art_forms", "musik"),
        (json.dumps(creator(9, home_region="lapland")).encode(), "home_region", "lapland"),
        (json.dumps(creator(9, municipality="Atlantis")).encode(), "municipality", "Atlantis"),
        (json.dumps(creator(9, municipality="Helsinki")).encode(), "municipality", "uusimaa"),
        (json.dumps(creator(9, name=42)).encode(), "name", "string"),
        (json.dumps(creator(9, name="x" * 201)).encode(), "name", "at most 200"),
        (json.dumps(creator(9, email="not-an-email")).encode(), "email", "not a valid email"),
        (json.dumps(creator(9, website="javascript:alert(1)")).encode(), "website", "http"),
        (json.dumps(creator(9, description={})).encode(), "description", "at least one"),
        (json.dumps(creator(9, description={"de": "Hallo"})).encode(), "description.de", "fi, sv or en"),
        (json.dumps(creator(9, status="published")).encode(), "status", "approved"),
        (json.dumps(creator(9, art_form=["music"])).encode(), "art_form", "not a known field"),
        (json.dumps({"kind": "artist", "id": "a"}).encode(), "kind", "creator, service, buyer"),
        (json.dumps(service(9, creator_id="nobody")).encode(), "creator", "no creator with id 'nobody'"),
        (json.dumps(service(9, duration_minutes="45")).encode(), "duration_minutes", "whole number"),
        (json.dumps(service(9, audience_min=50, audience_max=10)).encode(), "audience_max", "smaller"),
        (json.dumps(service(9, online="yes")).encode(), "online", "true or false"),
        (json.dumps(service(9, price_eur=-5)).encode(), "price_eur", "between 0"),
    ],
)
def test_bad_line_is_reported_and_good_lines_still_import(catalog, line, field, words):
    report = import_file(catalog, io.BytesIO(jsonl(creator(1), line, service(1))))
    assert report.created["creator"] == 1 and report.created["service"] == 1
    assert len({e.line for e in report.errors}) == 1
    error = next(e for e in report.errors if e.field == field)
    assert error.line == 2
    assert words in error.reason, str(error)


def test_duplicate_slug_is_rejected_and_the_stored_record_kept(catalog):
    run_import(catalog, creator(1, slug="duo-kaarna"))
    report = run_import(catalog, creator(2, slug="duo-kaarna"))
    assert [(e.record_id, e.field) for e in report.errors] == [("c-2", "slug")]
    assert count(catalog, Creator) == 1


def test_failed_update_leaves_the_stored_record_whole(catalog):
    run_import(catalog, creator(1))
    report = run_import(catalog, creator(1, name="Uusi nimi", art_forms=["nonsense"]))
    assert not report.ok
    with catalog.sessionmaker() as session:
        assert session.scalars(select(Creator)).one().name == "Duo Kaarna 1"


def test_service_before_its_creator_in_the_file_still_imports(catalog):
    report = run_import(catalog, service(1, creator_id="c-5"), creator(5))
    assert report.ok, report.errors
    assert count(catalog, Service) == 1


def test_thousand_good_and_fifty_bad_lines(catalog):
    lines = []
    bad_lines = set()
    for i in range(1, 1051):
        if i % 21 == 0:
            bad_lines.add(i)
            lines.append(json.dumps(creator(i, art_forms=["painting-on-the-moon"])))
        else:
            lines.append(json.dumps(creator(i)))
    assert len(bad_lines) == 50
    report = import_file(catalog, io.BytesIO(("\n".join(lines) + "\n").encode()))
    assert report.created["creator"] == 1000
    assert {e.line for e in report.errors} == bad_lines
    assert count(catalog, Creator) == 1000


def test_export_import_export_is_byte_identical(catalog, database_engine, tmp_path):
    run_import(
        catalog,
        creator(1, background={"en": "Trained at the Sibelius Academy."}, phone="+358 40 123 4567", social_links=["https://example.fi/ig"]),
        creator(2, name="Kulturföreningen Ljus rf", creator_type="association", home_region="pohjanmaa", municipality="Vasa", status="pending", description={"sv": "Föreställningar för barn i Vasa."}),
        service(1, price_eur=12.5, accessibility={"fi": "Esteetön sali."}),
        service(2, creator_id="c-2", price_eur=None, price_basis=None, online=True, title={"sv": "Dansverkstad", "en": "Dance workshop"}),
        {"kind": "buyer", "id": "b-1", "buyer_type": "school", "organisation": "Kalevan koulu", "contact_person": "Maija Meikäläinen", "email": "maija@example.fi", "region": "pirkanmaa", "municipality": "Tampere", "preferred_language": "fi"},
    )
    first = io.StringIO()
    export(catalog, first)
    # Import into the emptied database and export again.
    from tests_support import empty_catalog

    fresh = empty_catalog(catalog, database_engine, tmp_path)
    report = import_file(fresh, io.BytesIO(first.getvalue().encode()))
    assert report.ok, report.errors
    second = io.StringIO()
    export(fresh, second)
    assert second.getvalue() == first.getvalue()
    assert first.getvalue().count("\n") == 5


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=10), children, max_size=3),
    max_leaves=8,
)
field_names = st.sampled_from(list(creator()) + list(service()) + ["slug", "status", "phone"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kind=st.sampled_from(["creator", "service", "buyer", None]), changes=st.dictionaries(field_names, json_values, max_size=4))
def test_arbitrary_field_values_never_crash_the_import(catalog, kind, changes):
    base = creator(1) if kind != "service" else service(1)
    base.update(changes)
    if kind:
        base["kind"] = kind
    report = import_records(catalog, [creator(1, id="anchor"), base])
    assert report.stored + len({e.line for e in report.errors}) == 2
    for error in report.errors:
        assert error.line == 2 and error.field and error.reason
