"""SearchRequest parsing and validation: a request or an InvalidSearchRequest, never a crash."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from search import InvalidSearchRequest, SearchRequest
from search.request import FACETS, MAX_PER_PAGE, MAX_QUERY_CHARS


def parse(**params) -> SearchRequest:
    return SearchRequest.from_params(params)


def error(**params) -> InvalidSearchRequest:
    with pytest.raises(InvalidSearchRequest) as caught:
        SearchRequest.from_params(params)
    return caught.value


def test_defaults():
    request = parse()
    assert (request.q, request.kind, request.lang, request.sort, request.page, request.per_page) == (
        "", "all", "fi", "relevance", 1, 20
    )
    assert request.facets == {} and request.online is None


def test_full_parameters():
    request = SearchRequest.from_params({
        "q": "  tanssija   Tampere ",
        "kind": "service",
        "lang": "sv",
        "sort": "newest",
        "page": "3",
        "per_page": "50",
        "art_form": ["music", "dance,theatre"],
        "region": "uusimaa, pirkanmaa",
        "online": "true",
    })
    assert request.q == "tanssija Tampere"
    assert (request.kind, request.lang, request.sort, request.page, request.per_page) == ("service", "sv", "newest", 3, 50)
    assert request.facets == {"art_form": ("dance", "music", "theatre"), "region": ("pirkanmaa", "uusimaa")}
    assert request.online is True
    assert request.offset == 100


def test_cli_facet_form():
    request = SearchRequest.from_params({"facet": ["art_form=music", "region=pirkanmaa", "online=false"]})
    assert request.facets == {"art_form": ("music",), "region": ("pirkanmaa",)}
    assert request.online is False


def test_multidict_like_params():
    class MultiDict(dict):
        def getlist(self, key):
            return self[key]

    request = SearchRequest.from_params(MultiDict(region=["uusimaa", "lappi"], q=["kantele"]))
    assert request.facets == {"region": ("lappi", "uusimaa")} and request.q == "kantele"


def test_both_online_values_mean_either():
    assert parse(online="true,false").online is None


@pytest.mark.parametrize("params, field, fragment", [
    ({"page": "0"}, "page", "pages start at 1"),
    ({"page": "-2"}, "page", "pages start at 1"),
    ({"page": "two"}, "page", "not a whole number"),
    ({"page": "1.5"}, "page", "not a whole number"),
    ({"per_page": "101"}, "per_page", f"1 to {MAX_PER_PAGE}"),
    ({"per_page": "0"}, "per_page", f"1 to {MAX_PER_PAGE}"),
    ({"page": "900", "per_page": "100"}, "page", "narrow the search"),
    ({"q": "x" * (MAX_QUERY_CHARS + 1)}, "q", f"at most {MAX_QUERY_CHARS}"),
    ({"kind": "creators"}, "kind", "did you mean 'creator'"),
    ({"lang": "de"}, "lang", "not one of fi, sv, en"),
    ({"sort": "newset"}, "sort", "did you mean 'newest'"),
    ({"online": "maybe"}, "online", "not true or false"),
    ({"art_from": "music"}, "art_from", "did you mean 'art_form'"),
    ({"facet": "colour=red"}, "facet", "NAME=VALUE"),
    ({"q": ["a", "b"]}, "q", "give it once"),
])
def test_invalid_parameters_name_the_field(params, field, fragment):
    problem = error(**params)
    assert problem.field == field
    assert fragment in problem.message
    assert str(problem).startswith(f"{field}: ")


def test_unknown_facet_code_suggests_the_nearest_code():
    problem = error(art_form="musc")
    assert problem.field == "art_form" and "did you mean 'music'" in problem.message


def test_facet_code_given_as_a_label_suggests_its_code():
    assert "did you mean 'music'" in error(art_form="Musiikki").message
    assert "did you mean 'pirkanmaa'" in error(region="Birkaland").message


def test_unknown_parameters_can_be_ignored():
    assert SearchRequest.from_params({"utm_source": "mail", "q": "kantele"}, strict=False).q == "kantele"


def test_direct_construction_validates_too():
    with pytest.raises(InvalidSearchRequest):
        SearchRequest(page=0)
    with pytest.raises(InvalidSearchRequest):
        SearchRequest(facets={"region": ("atlantis",)})
    with pytest.raises(InvalidSearchRequest):
        SearchRequest(facets={"online": ("true",)})
    assert SearchRequest(facets={"region": "uusimaa"}).facets == {"region": ("uusimaa",)}


def test_control_characters_are_removed_from_the_query():
    assert parse(q="tanssi\x00ja\tTampere\n").q == "tanssi ja Tampere"


_names = st.sampled_from(["q", "kind", "lang", "sort", "page", "per_page", "facet", *FACETS, "other"]) | st.text(max_size=8)
_values = st.text(max_size=40) | st.sampled_from(["music", "uusimaa", "true", "false", "1", "0", "-1", "100", "name"])
_params = st.dictionaries(_names, _values | st.lists(_values, max_size=3) | st.integers(-5, 10**12), max_size=6)


@settings(max_examples=400, deadline=None)
@given(_params)
def test_any_parameters_give_a_request_or_a_clear_error(params):
    try:
        request = SearchRequest.from_params(params)
    except InvalidSearchRequest as problem:
        assert problem.field and problem.message
    else:
        assert 1 <= request.page and 1 <= request.per_page <= MAX_PER_PAGE
        assert len(request.q) <= MAX_QUERY_CHARS


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=600))
def test_any_query_text_gives_a_request_or_a_length_error(text):
    try:
        request = parse(q=text)
    except InvalidSearchRequest as problem:
        assert problem.field == "q"
    else:
        assert request.q == request.q.strip()
