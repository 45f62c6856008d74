"""What only the OpenSearch backend does, on a real node: versions, the alias lifecycle, outages.

The shared semantics run in test_backend_contract.py against this backend too.
"""

from __future__ import annotations

import secrets
from dataclasses import replace

import pytest
from search_corpus import BY_SLUG, PUBLIC

from search import RebuildInProgress, SearchError, SearchRequest, SearchUnavailable, get_backend
from search.backends.opensearch import MAPPING_VERSION, OpenSearchBackend
from search.backends.opensearch.indices import LOCK_ID, STALE_LOCK_SECONDS
from services import free_port


@pytest.fixture
def backend(opensearch_node):
    backend = OpenSearchBackend(opensearch_node.url, alias=f"kp-unit-{secrets.token_hex(4)}")
    yield backend
    backend.client.indices.delete(index=f"{backend.names.alias}*", ignore_unavailable=True)
    backend.close()


def slugs(backend, **params) -> list[str]:
    return [hit.slug for hit in backend.search(SearchRequest.from_params(params)).hits]


def concrete_indices(backend) -> set[str]:
    return set(backend.client.indices.get(index=f"{backend.names.alias}-v*", expand_wildcards="all"))


# -- versions ---------------------------------------------------------------


def test_an_older_version_never_overwrites_a_newer_one(backend):
    helmi = BY_SLUG["helmi-salo"]
    backend.index_documents([replace(helmi, description={"fi": "Kirjoitan romaaneja."}, version=5)])
    backend.index_documents([replace(helmi, version=4)])  # a late, stale update
    assert slugs(backend, q="romaaneja") == ["helmi-salo"]
    assert slugs(backend, q="lausuntailloissa") == []


def test_the_same_version_again_is_accepted(backend):
    # Re-sending a document (a retried outbox row) must not fail.
    doc = BY_SLUG["helmi-salo"]
    assert backend.index_documents([doc]) == 1
    assert backend.index_documents([doc]) == 1
    assert backend.count() == 1


# -- the alias and rebuilds ---------------------------------------------------


def test_a_rebuild_swaps_the_alias_to_a_new_index_and_deletes_the_old(backend):
    backend.index_documents(PUBLIC[:2])
    before = backend.status()["index"]
    with backend.rebuild() as rebuild:
        rebuild.add(PUBLIC)
        building = rebuild.index
        settings = backend.client.indices.get_settings(index=building)[building]["settings"]["index"]
        # Bulk-loading settings while the load runs.
        assert (settings["number_of_replicas"], settings["refresh_interval"]) == ("0", "-1")
        assert backend.status()["building"]["index"] == building
        assert set(slugs(backend)) == {doc.slug for doc in PUBLIC[:2]}  # searches use the old index
    status = backend.status()
    assert status["index"] == building != before
    assert concrete_indices(backend) == {building}
    assert (status["documents"], status["mapping_version"], status["building"]) == (len(PUBLIC), MAPPING_VERSION, None)
    settings = backend.client.indices.get_settings(index=building)[building]["settings"]["index"]
    assert settings["refresh_interval"] == "1s" and settings["auto_expand_replicas"] == "0-1"


def test_a_failed_rebuild_deletes_its_half_built_index(backend):
    backend.index_documents([BY_SLUG["helmi-salo"]])
    live = backend.status()["index"]
    with pytest.raises(RuntimeError):
        with backend.rebuild() as rebuild:
            rebuild.add(PUBLIC)
            raise RuntimeError("the catalog went away")
    assert concrete_indices(backend) == {live}
    assert backend.status()["index"] == live
    assert not backend.client.indices.exists_alias(name=backend.names.building)


class RefusingBackend(OpenSearchBackend):
    """Builds one document the strict mapping refuses, as a bug in the document layout would."""

    def to_source(self, doc):
        source = super().to_source(doc)
        if doc.slug == "aino-virtanen":
            source["not_in_the_mapping"] = 1
        return source


def test_a_refused_document_fails_the_rebuild_and_leaves_the_live_index(backend, opensearch_node):
    backend.index_documents([BY_SLUG["helmi-salo"]])
    live = backend.status()["index"]
    refusing = RefusingBackend(opensearch_node.url, alias=backend.names.alias)
    try:
        with pytest.raises(SearchError, match="creator:1 .*strict_dynamic_mapping_exception"):
            with refusing.rebuild() as rebuild:
                rebuild.add(PUBLIC)
    finally:
        refusing.close()
    assert concrete_indices(backend) == {live}
    assert slugs(backend) == ["helmi-salo"]


def test_a_second_process_cannot_start_a_rebuild(backend, opensearch_node):
    other = OpenSearchBackend(opensearch_node.url, alias=backend.names.alias)
    try:
        with backend.rebuild():
            with pytest.raises(RebuildInProgress, match="another rebuild"):
                other.rebuild().start()
        with other.rebuild() as rebuild:  # free again once the first one finished
            rebuild.add([BY_SLUG["helmi-salo"]])
    finally:
        other.close()
    assert slugs(backend) == ["helmi-salo"]


def test_a_dead_rebuilds_lock_is_taken_over_and_its_index_deleted(backend):
    dead = backend.rebuild()
    dead.start()
    dead_index = dead.index
    # The process died: no heartbeat for longer than the stale limit.
    lock = backend.client.get(index=backend.names.locks, id=LOCK_ID)["_source"]
    lock["heartbeat"] -= int((STALE_LOCK_SECONDS + 60) * 1000)
    backend.client.index(index=backend.names.locks, id=LOCK_ID, body=lock, refresh="true")
    with backend.rebuild() as rebuild:
        rebuild.add([BY_SLUG["aino-virtanen"]])
    assert not backend.client.indices.exists(index=dead_index)
    assert slugs(backend) == ["aino-virtanen"]


def test_a_delete_during_a_rebuild_beats_an_older_copy_loaded_later(backend):
    aino = BY_SLUG["aino-virtanen"]
    backend.index_documents([aino])
    with backend.rebuild() as rebuild:
        backend.delete_documents([aino.id])  # deleted in the catalog while the rebuild runs
        rebuild.add([aino, BY_SLUG["helmi-salo"]])  # ... which read the record before that
    assert slugs(backend) == ["helmi-salo"]


def test_an_update_during_a_rebuild_beats_an_older_copy_loaded_later(backend):
    helmi = BY_SLUG["helmi-salo"]
    backend.index_documents([helmi])
    with backend.rebuild() as rebuild:
        backend.index_documents([replace(helmi, description={"fi": "Kirjoitan romaaneja."}, version=2)])
        rebuild.add([helmi])
    assert slugs(backend, q="romaaneja") == ["helmi-salo"]


def test_an_index_of_another_mapping_version_asks_for_a_rebuild(backend):
    old = f"{backend.names.alias}-v0-old"
    backend.client.indices.create(
        index=old, body={"mappings": {"_meta": {"kulttuuripankki": {"mapping_version": 0}}}, "aliases": {backend.names.alias: {}}}
    )
    with pytest.raises(SearchUnavailable, match="kulttuuripankki index rebuild"):
        backend.search(SearchRequest())
    with backend.rebuild() as rebuild:  # the way out works
        rebuild.add([BY_SLUG["helmi-salo"]])
    assert slugs(backend) == ["helmi-salo"]
    assert not backend.client.indices.exists(index=old)


# -- analysis and autocomplete --------------------------------------------------


@pytest.mark.parametrize("analyzer, expected", [
    ("kp_folded", ["åbo", "mäkelä", "cafe", "öst", "dvorak"]),
    ("kp_fi", ["åbo", "mäkel", "cafe", "öst", "dvorak"]),  # Finnish stems, ä and ö kept
    ("kp_en", ["åbo", "mäkelä", "cafe", "öst", "dvorak"]),
])
def test_native_analysers_fold_diacritics_but_keep_a_and_o_with_dots(backend, analyzer, expected):
    backend.index_documents([BY_SLUG["helmi-salo"]])  # creates the index
    index = backend.status()["index"]
    tokens = backend.client.indices.analyze(index=index, body={"analyzer": analyzer, "text": "Åbo Mäkelä Café Øst Dvořák"})
    assert [t["token"] for t in tokens["tokens"]] == expected


def test_autocomplete_completes_names_as_you_type(backend):
    backend.index_documents(PUBLIC)
    names = [item["name"] for item in backend.autocomplete("tanssiryhmä li")]
    assert names[0] == "Tanssiryhmä Liike"
    assert {item["slug"] for item in backend.autocomplete("kante", kind="service")} == {"kanteleensoiton-kurssi"}


# -- configuration and outages ------------------------------------------------------


def test_the_factory_picks_opensearch_when_a_url_is_set(tmp_path, opensearch_node):
    from catalog.config import load_settings

    settings = load_settings(tmp_path, opensearch_url=opensearch_node.url)
    with get_backend(settings) as backend:
        assert isinstance(backend, OpenSearchBackend)
        assert backend.names.alias == "kulttuuripankki"


def test_a_node_that_is_down_makes_search_unavailable_not_a_crash():
    backend = OpenSearchBackend(f"http://127.0.0.1:{free_port()}", alias="kp-nowhere", timeout=1.0, max_retries=0)
    with pytest.raises(SearchUnavailable, match="did not answer"):
        backend.search(SearchRequest(q="tanssija"))
    with pytest.raises(SearchUnavailable):
        backend.index_documents([BY_SLUG["helmi-salo"]])
    backend.close()


def test_a_bad_url_is_named():
    with pytest.raises(SearchUnavailable, match="KP_OPENSEARCH_URL"):
        OpenSearchBackend("localhost:9200")



def test_the_site_answers_503_for_search_and_keeps_other_pages_when_opensearch_is_down(tmp_path):
    from catalog.config import load_settings
    from catalog.db import Catalog
    from web.app import create_app

    settings = load_settings(tmp_path, opensearch_url=f"http://127.0.0.1:{free_port()}")
    Catalog(settings).setup()
    client = create_app(settings).test_client()
    page = client.get("/fi/search?q=tanssija")
    api = client.get("/api/v1/search?q=tanssija")
    assert page.status_code == 503 and "Haku ei ole tilapäisesti käytettävissä" in page.get_data(as_text=True)
    assert (api.status_code, api.get_json()["error"]["code"]) == (503, "search_unavailable")
    assert client.get("/fi/").status_code == 200
