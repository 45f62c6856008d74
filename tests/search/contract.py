"""The semantic contract every search backend passes, written against the model only.

A backend's test module subclasses BackendContract; the `corpus_backend` and
`empty_backend` fixtures (conftest.py) are parametrised over the backends, so
a new backend runs this very suite by adding its name to BACKENDS there.
Expected results come from the corpus itself (search_corpus.py), never from
a backend: facet counts and orders are recomputed from the documents.
"""

from __future__ import annotations

import json
import threading
from dataclasses import replace

import pytest
from search_corpus import BY_SLUG, PRIVATE, PUBLIC, make_doc

from search import RebuildInProgress, SearchRequest, SearchResponse
from search.analysis import sort_key
from search.request import FACETS


def run(backend, **params) -> SearchResponse:
    return backend.search(SearchRequest.from_params({k: str(v) for k, v in params.items()}))


def slugs(response: SearchResponse) -> list[str]:
    return [hit.slug for hit in response.hits]


def rank(response: SearchResponse, slug: str) -> int:
    found = slugs(response)
    assert slug in found, f"{slug} not among {found}"
    return found.index(slug)


def doc_values(doc, facet: str) -> tuple[str, ...]:
    if facet == "online":
        return () if doc.online is None else ("true" if doc.online else "false",)
    return doc.facets.get(facet, ())


def matches_selection(doc, request: SearchRequest, skip: str | None = None) -> bool:
    if request.kind != "all" and doc.kind != request.kind:
        return False
    for facet in FACETS:
        chosen = request.selected(facet)
        if facet != skip and chosen and not set(chosen) & set(doc_values(doc, facet)):
            return False
    return True


def expected_facets(docs, request: SearchRequest) -> dict[str, dict[str, int]]:
    """Disjunctive facet counts by hand: each facet under every other facet's selection."""
    expected: dict[str, dict[str, int]] = {}
    for facet in FACETS:
        counts: dict[str, int] = {}
        for doc in docs:
            if matches_selection(doc, request, skip=facet):
                for value in doc_values(doc, facet):
                    counts[value] = counts.get(value, 0) + 1
        expected[facet] = counts
    return expected


def response_facets(response: SearchResponse) -> dict[str, dict[str, int]]:
    return {name: {v.value: v.count for v in values if v.count} for name, values in response.facets.items()}


def all_hits(backend, **params) -> list:
    """Every hit of a search, page by page (per_page 100)."""
    hits, page = [], 1
    while True:
        response = run(backend, per_page=100, page=page, **params)
        hits.extend(response.hits)
        if len(hits) >= response.total or not response.hits:
            return hits
        page += 1


class BackendContract:
    # -- Finnish inflection and compounds ---------------------------------

    def test_inflected_query_finds_base_form(self, corpus_backend):
        # Oona's profile says "tanssija" and has no dance labels: only lemmas connect them.
        found = slugs(run(corpus_backend, q="tanssijoille"))
        assert "oona-ilmanen" in found
        assert "aino-virtanen" in found

    def test_base_form_query_finds_inflected_text(self, corpus_backend):
        assert "helmi-salo" in slugs(run(corpus_backend, q="runo"))  # "runoja" in the text
        assert "laulutuokio" in slugs(run(corpus_backend, q="lapsi"))  # "lapsille"

    def test_compound_part_finds_compound(self, corpus_backend):
        assert "mikko-lehtinen" in slugs(run(corpus_backend, q="kuvaaja"))  # "videokuvaaja"

    def test_compound_query_finds_its_parts_written_apart(self, corpus_backend):
        assert "laulutuokio" in slugs(run(corpus_backend, q="lastenmusiikki"))  # "musiikkia lapsille"

    def test_compound_query_needs_every_part(self, corpus_backend):
        found = slugs(run(corpus_backend, q="lastenmusiikki"))
        assert "emily-clarke" not in found  # music, nothing for children
        assert "teatteri-tuulensuu" not in found  # children, no music

    # -- places -------------------------------------------------------------

    def test_inflected_place_finds_municipality(self, corpus_backend):
        assert "mikko-lehtinen" in slugs(run(corpus_backend, q="Turussa"))

    @pytest.mark.parametrize("query", ["Tampereella", "i Tammerfors", "Tampere", "Birkaland", "Pirkanmaalla"])
    def test_place_names_in_every_language(self, corpus_backend, query):
        assert "aino-virtanen" in slugs(run(corpus_backend, q=query))

    def test_served_region_names_are_searchable(self, corpus_backend):
        # Home Keski-Suomi, also serves Pirkanmaa.
        assert "teatteri-tuulensuu" in slugs(run(corpus_backend, q="Pirkanmaa"))

    # -- typos --------------------------------------------------------------

    @pytest.mark.parametrize("query, slug", [("Emly", "emily-clarke"), ("ruon", "helmi-salo")])
    def test_no_typo_under_five_characters(self, corpus_backend, query, slug):
        assert slug not in slugs(run(corpus_backend, q=query))

    @pytest.mark.parametrize("query, slug", [("Emilly", "emily-clarke"), ("Lehtinan", "mikko-lehtinen")])
    def test_one_typo_from_five_characters(self, corpus_backend, query, slug):
        assert slug in slugs(run(corpus_backend, q=query))

    def test_two_typos_need_nine_characters(self, corpus_backend):
        assert "mikko-lehtinen" not in slugs(run(corpus_backend, q="Lehtnan"))  # 7 characters, 2 edits
        assert "johan-lindqvist" in slugs(run(corpus_backend, q="Lindkvyst"))  # 9 characters, 2 edits

    @pytest.mark.parametrize("query, slug", [("Lethinen", "mikko-lehtinen"), ("Clakre", "emily-clarke")])
    def test_transposition_is_one_typo(self, corpus_backend, query, slug):
        # Voikko has no suggestion for "Clakre": only edit distance can find Clarke.
        assert slug in slugs(run(corpus_backend, q=query))

    @pytest.mark.parametrize("query, exact, typo", [
        ("Karlsson", "anna-karlsson", "erik-carlsson"),
        ("Carlsson", "erik-carlsson", "anna-karlsson"),
    ])
    def test_exact_match_ranks_above_typo_match(self, corpus_backend, query, exact, typo):
        response = run(corpus_backend, q=query)
        assert rank(response, exact) < rank(response, typo)

    def test_voikko_correction_for_unknown_finnish_word(self, corpus_backend):
        response = run(corpus_backend, q="laulunopettajlle")
        assert "sanna-laaksonen" in slugs(response)
        assert response.suggestion == "laulunopettajalle"

    @pytest.mark.parametrize("query", ["tanssija", "musician", "Tammerfors", "tanss"])
    def test_no_suggestion_for_words_the_index_knows(self, corpus_backend, query):
        assert run(corpus_backend, q=query).suggestion is None

    # -- cross-language -----------------------------------------------------

    @pytest.mark.parametrize("query, same_language", [("musiker", "johan-lindqvist"), ("musician", "emily-clarke")])
    def test_other_language_finds_finnish_only_profile_below_same_language(self, corpus_backend, query, same_language):
        response = run(corpus_backend, q=query)
        assert rank(response, same_language) < rank(response, "kaisa-makela")

    def test_english_course_finds_finnish_kurssi_services(self, corpus_backend):
        found = slugs(run(corpus_backend, q="course"))
        assert {"kanteleensoiton-kurssi", "runoilun-verkkokurssi"} <= set(found)

    # -- search as you type -------------------------------------------------

    def test_last_word_matches_as_prefix(self, corpus_backend):
        found = slugs(run(corpus_backend, q="tanss"))
        assert {"aino-virtanen", "tanssiryhma-liike"} <= set(found)

    def test_no_prefix_under_three_characters(self, corpus_backend):
        assert "aino-virtanen" not in slugs(run(corpus_backend, q="ta"))

    # -- ranking ------------------------------------------------------------

    @pytest.mark.parametrize("query, in_name, in_description", [
        ("klovni", "klovni-hattivatti", "ville-nieminen"),
        ("Tuulensuu", "teatteri-tuulensuu", "tanssiteos-tuuli"),
    ])
    def test_name_outweighs_description(self, corpus_backend, query, in_name, in_description):
        # The description-only profiles are the newer ones: recency cannot explain the order.
        response = run(corpus_backend, q=query)
        assert rank(response, in_name) < rank(response, in_description)

    def test_all_words_outweigh_some(self, corpus_backend):
        response = run(corpus_backend, q="kantele Kuopio")
        assert rank(response, "kaisa-makela") < rank(response, "kantele-duo-kielo")
        assert rank(response, "kanteleensoiton-kurssi") < rank(response, "kantele-duo-kielo")

    def test_two_weak_matches_outweigh_one_strong(self, corpus_backend):
        # Anna: "Carlsson" one edit from her name, "stemgods" one from her "stengods".
        # Erik: "Carlsson" is exactly his name, but he has nothing like the second word.
        response = run(corpus_backend, q="Carlsson stemgods")
        assert rank(response, "anna-karlsson") < rank(response, "erik-carlsson")

    def test_exact_word_outweighs_stem(self, corpus_backend):
        response = run(corpus_backend, q="tanssijoille")
        assert rank(response, "nykytanssin-tyopaja") < rank(response, "aino-virtanen")
        assert rank(response, "nykytanssin-tyopaja") < rank(response, "oona-ilmanen")

    def test_stem_outweighs_typo(self, corpus_backend):
        response = run(corpus_backend, q="Lehtisen")
        assert rank(response, "mikko-lehtinen") < rank(response, "lehtosen-lauluilta")

    def test_relevance_ties_are_deterministic_and_newest_first(self, corpus_backend):
        first = run(corpus_backend, q="musiikki", per_page=50)
        assert slugs(first) == slugs(run(corpus_backend, q="musiikki", per_page=50))
        for before, after in zip(first.hits, first.hits[1:]):
            if before.score == after.score:
                assert BY_SLUG[before.slug].created_at >= BY_SLUG[after.slug].created_at

    def test_pages_split_one_ordering(self, corpus_backend):
        whole = slugs(run(corpus_backend, q="musiikki", per_page=6))
        paged = slugs(run(corpus_backend, q="musiikki", per_page=3, page=1)) + slugs(
            run(corpus_backend, q="musiikki", per_page=3, page=2)
        )
        assert paged == whole

    # -- facets -------------------------------------------------------------

    @pytest.mark.parametrize("selection", [
        {},
        {"art_form": "music"},
        {"art_form": "music", "region": "uusimaa,pohjois-savo"},
        {"region": "pirkanmaa", "kind": "service"},
        {"online": "false", "target_group": "adults,youth", "language": "fi"},
        {"creator_type": "group", "art_form": "dance,theatre"},
        {"art_form": "dance", "region": "lappi,uusimaa", "target_group": "seniors,adults"},
    ])
    def test_disjunctive_facet_counts(self, corpus_backend, selection):
        response = run(corpus_backend, **selection)
        request = SearchRequest.from_params(selection)
        assert response_facets(response) == expected_facets(PUBLIC, request)
        assert response.total == sum(1 for doc in PUBLIC if matches_selection(doc, request))

    def test_facets_or_within_and_across(self, corpus_backend):
        request = SearchRequest.from_params({"art_form": "music,dance", "region": "uusimaa"})
        expected = {doc.slug for doc in PUBLIC if matches_selection(doc, request)}
        assert expected  # the corpus has such records
        assert {hit.slug for hit in all_hits(corpus_backend, art_form="music,dance", region="uusimaa")} == expected

    def test_facet_counts_follow_the_text_query(self, corpus_backend):
        matched = {hit.slug for hit in all_hits(corpus_backend, q="tanssija")}
        docs = [BY_SLUG[slug] for slug in matched]
        response = run(corpus_backend, q="tanssija", region="pirkanmaa")
        request = SearchRequest.from_params({"q": "tanssija", "region": "pirkanmaa"})
        assert response_facets(response) == expected_facets(docs, request)

    def test_selected_values_are_flagged_and_listed_even_without_hits(self, corpus_backend):
        response = run(corpus_backend, art_form="opera", region="lappi")
        assert response.total == 0
        opera = [v for v in response.facets["art_form"] if v.value == "opera"]
        assert opera and opera[0].selected and opera[0].count == 0
        assert all(not v.selected for v in response.facets["art_form"] if v.value != "opera")

    def test_region_facet_honours_regions_served(self, corpus_backend):
        assert "teatteri-tuulensuu" in slugs(run(corpus_backend, region="pirkanmaa", per_page=50))

    def test_online_facet(self, corpus_backend):
        response = run(corpus_backend, online="true")
        assert slugs(response) == ["runoilun-verkkokurssi"]
        counts = {v.value: (v.count, v.selected) for v in response.facets["online"]}
        offline = sum(1 for doc in PUBLIC if doc.online is False)
        assert counts == {"true": (1, True), "false": (offline, False)}

    def test_facet_labels_in_the_ui_language(self, corpus_backend):
        labels = {
            lang: {v.value: v.label for v in run(corpus_backend, lang=lang).facets["art_form"]}["music"]
            for lang in ("fi", "sv", "en")
        }
        assert labels == {"fi": "Musiikki", "sv": "Musik", "en": "Music"}

    def test_kind_filter(self, corpus_backend):
        hits = all_hits(corpus_backend, kind="service")
        assert {hit.kind for hit in hits} == {"service"}
        assert len(hits) == sum(1 for doc in PUBLIC if doc.kind == "service")

    # -- listing and sorting ------------------------------------------------

    def test_empty_query_with_facets_lists_newest_first(self, corpus_backend):
        request = SearchRequest.from_params({"region": "uusimaa"})
        expected = sorted((d for d in PUBLIC if matches_selection(d, request)), key=lambda d: d.created_at, reverse=True)
        assert [hit.slug for hit in all_hits(corpus_backend, region="uusimaa")] == [d.slug for d in expected]

    def test_empty_query_lists_every_public_record(self, corpus_backend):
        assert run(corpus_backend).total == len(PUBLIC)

    def test_sort_newest_with_text(self, corpus_backend):
        hits = all_hits(corpus_backend, q="musiikki", sort="newest")
        created = [BY_SLUG[hit.slug].created_at for hit in hits]
        assert len(hits) > 2 and created == sorted(created, reverse=True)

    def test_sort_by_name_uses_the_finnish_alphabet(self, corpus_backend):
        hits = all_hits(corpus_backend, sort="name", kind="creator")
        keys = [sort_key(BY_SLUG[hit.slug].name["fi"]) for hit in hits]
        assert keys == sorted(keys)
        assert len(hits) == sum(1 for doc in PUBLIC if doc.kind == "creator")

    # -- only public records ------------------------------------------------

    @pytest.mark.parametrize("query", ["Salla Salainen", "Salainen", "salainen tanssikurssi"])
    def test_private_records_are_never_returned(self, corpus_backend, query):
        private = {doc.slug for doc in PRIVATE}
        assert not private & set(slugs(run(corpus_backend, q=query, per_page=100)))

    def test_a_record_that_stops_being_public_disappears(self, empty_backend):
        doc = BY_SLUG["aino-virtanen"]
        empty_backend.index_documents([doc])
        assert slugs(run(empty_backend, q="Virtanen")) == ["aino-virtanen"]
        empty_backend.index_documents([replace(doc, public=False, version=2)])
        assert run(empty_backend, q="Virtanen").total == 0
        assert empty_backend.count() == 0

    # -- hits and JSON --------------------------------------------------------

    def test_hit_in_the_ui_language_when_the_record_has_it(self, corpus_backend):
        hit = next(h for h in run(corpus_backend, q="nykytanssin työpaja", lang="sv").hits if h.slug == "nykytanssin-tyopaja")
        assert (hit.name, hit.lang, hit.url) == ("Workshop i samtida dans", "sv", "/sv/services/nykytanssin-tyopaja")
        assert "dansare" in hit.snippet

    def test_hit_falls_back_to_another_language_and_says_which(self, corpus_backend):
        hit = next(h for h in run(corpus_backend, q="Virtanen", lang="en").hits if h.slug == "aino-virtanen")
        assert (hit.lang, hit.url) == ("fi", "/en/creators/aino-virtanen")
        assert hit.snippet.startswith("Olen")

    def test_snippet_marks_matches_and_escapes_html(self, corpus_backend):
        hit = run(corpus_backend, q="requests", lang="en").hits[0]
        assert hit.slug == "jazz-evening"
        assert "<mark>requests</mark>" in hit.snippet
        assert "&lt;b&gt;Bring&lt;/b&gt;" in hit.snippet and "&amp;" in hit.snippet
        assert "<b>" not in hit.snippet

    def test_snippet_marks_inflected_matches(self, corpus_backend):
        hit = next(h for h in run(corpus_backend, q="lastenmusiikki").hits if h.slug == "laulutuokio")
        assert "<mark>musiikkia</mark>" in hit.snippet and "<mark>lapsille</mark>" in hit.snippet

    def test_response_json_shape(self, corpus_backend):
        data = json.loads(json.dumps(run(corpus_backend, q="kantele", lang="fi", per_page=2).to_dict()))
        assert {"total", "page", "per_page", "took_ms", "suggestion", "hits", "facets"} <= set(data)
        assert (data["page"], data["per_page"], len(data["hits"])) == (1, 2, 2)
        assert set(data["facets"]) == set(FACETS)
        hit = data["hits"][0]
        assert {"external_id", "kind", "slug", "url", "name", "snippet", "lang"} <= set(hit)
        value = data["facets"]["art_form"][0]
        assert set(value) == {"value", "label", "count", "selected"}

    def test_display_fields_pass_through(self, corpus_backend):
        hit = next(h for h in run(corpus_backend, q="kanteleensoiton kurssi").hits if h.slug == "kanteleensoiton-kurssi")
        assert hit.display["price_eur"] == 120 and hit.external_id == "ext-s101"

    # -- writing ------------------------------------------------------------

    def test_indexed_documents_are_searchable_at_once_and_replaced_by_id(self, empty_backend):
        doc = BY_SLUG["helmi-salo"]
        empty_backend.index_documents([doc])
        assert slugs(run(empty_backend, q="lausuntailloissa")) == ["helmi-salo"]
        changed = replace(doc, description={"fi": "Kirjoitan romaaneja."}, version=2)
        empty_backend.index_documents([changed])
        assert run(empty_backend, q="lausuntailloissa").total == 0
        assert slugs(run(empty_backend, q="romaaneja")) == ["helmi-salo"]
        assert empty_backend.count() == 1

    def test_an_older_version_never_overwrites_a_newer_one(self, empty_backend):
        helmi = BY_SLUG["helmi-salo"]
        empty_backend.index_documents([replace(helmi, description={"fi": "Kirjoitan romaaneja."}, version=5)])
        empty_backend.index_documents([replace(helmi, version=4)])  # a late, retried update
        assert slugs(run(empty_backend, q="romaaneja")) == ["helmi-salo"]
        assert run(empty_backend, q="lausuntailloissa").total == 0
        empty_backend.index_documents([replace(helmi, version=5)])  # the same version again is accepted
        assert slugs(run(empty_backend, q="lausuntailloissa")) == ["helmi-salo"]
        assert empty_backend.count() == 1

    def test_delete_documents(self, empty_backend):
        empty_backend.index_documents(PUBLIC[:3])
        empty_backend.delete_documents([PUBLIC[0].id, "creator:does-not-exist"])
        assert empty_backend.count() == 2
        assert PUBLIC[0].slug not in slugs(run(empty_backend, per_page=10))

    # -- rebuild ------------------------------------------------------------

    def test_rebuild_swaps_in_the_new_contents(self, empty_backend):
        empty_backend.index_documents([BY_SLUG["helmi-salo"]])
        rebuild = empty_backend.rebuild()
        rebuild.start()
        rebuild.add([BY_SLUG["aino-virtanen"], BY_SLUG["mikko-lehtinen"]])
        # Searches keep answering from the old index until finish().
        assert slugs(run(empty_backend)) == ["helmi-salo"]
        rebuild.finish()
        assert set(slugs(run(empty_backend))) == {"aino-virtanen", "mikko-lehtinen"}

    def test_aborted_rebuild_leaves_the_old_index(self, empty_backend):
        empty_backend.index_documents([BY_SLUG["helmi-salo"]])
        with pytest.raises(RuntimeError):
            with empty_backend.rebuild() as rebuild:
                rebuild.add([BY_SLUG["aino-virtanen"]])
                raise RuntimeError("catalog went away")
        assert slugs(run(empty_backend)) == ["helmi-salo"]
        with empty_backend.rebuild() as rebuild:  # the lock was released
            rebuild.add([BY_SLUG["aino-virtanen"]])
        assert slugs(run(empty_backend)) == ["aino-virtanen"]

    def test_changes_during_a_rebuild_survive_it(self, empty_backend):
        aino, helmi, mikko = BY_SLUG["aino-virtanen"], BY_SLUG["helmi-salo"], BY_SLUG["mikko-lehtinen"]
        empty_backend.index_documents([aino, helmi])
        with empty_backend.rebuild() as rebuild:
            rebuild.add([aino, helmi])  # read from the catalog before the changes below
            empty_backend.index_documents([mikko, replace(helmi, description={"fi": "Kirjoitan romaaneja."}, version=2)])
            empty_backend.delete_documents([aino.id])
        assert set(slugs(run(empty_backend))) == {"helmi-salo", "mikko-lehtinen"}
        assert slugs(run(empty_backend, q="romaaneja")) == ["helmi-salo"]

    def test_one_rebuild_at_a_time(self, empty_backend):
        with empty_backend.rebuild():
            with pytest.raises(RebuildInProgress):
                empty_backend.rebuild().start()

    def test_rebuild_skips_private_records(self, empty_backend):
        with empty_backend.rebuild() as rebuild:
            rebuild.add(PRIVATE + [BY_SLUG["helmi-salo"]])
        assert slugs(run(empty_backend)) == ["helmi-salo"]

    def test_searches_answer_while_another_thread_writes(self, empty_backend):
        empty_backend.index_documents(PUBLIC[:5])
        errors = []

        def write():
            try:
                for number in range(20):
                    empty_backend.index_documents([make_doc(
                        "creator", 1000 + number, f"uusi-{number}", f"Uusi Tekijä {number}", {"fi": "Kuvataiteilija."},
                        municipality="Oulu", created="2024-01-01T00:00:00", art_form=("painting",),
                    )])
            except Exception as exc:  # surfaced below
                errors.append(exc)

        writer = threading.Thread(target=write)
        writer.start()
        while writer.is_alive():
            assert run(empty_backend).total >= 5
        writer.join()
        assert not errors
        assert run(empty_backend).total == 25
