"""The JSON API: the CLI's search JSON, records by id or slug, taxonomy, suggestions, and errors that name the parameter."""

from __future__ import annotations

import json
from urllib.parse import quote

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from web_corpus import PUBLIC_CREATORS, PUBLIC_SERVICES


def error_of(response, status):
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/json"
    return response.get_json()["error"]


def test_search_returns_the_same_json_as_the_command_line(client, site, monkeypatch):
    from web.cli import main

    monkeypatch.setenv("KP_DATABASE_URL", site.settings.database_url)
    result = CliRunner().invoke(
        main,
        ["--data-dir", str(site.settings.data_dir), "search", "työpaja", "--facet", "target_group=children",
         "--facet", "region=pirkanmaa,uusimaa", "--lang", "sv", "--per-page", "5", "--json"],
    )
    assert result.exit_code == 0, result.output
    cli = json.loads(result.output)
    api = client.get("/api/v1/search?q=ty%C3%B6paja&target_group=children&region=pirkanmaa&region=uusimaa&lang=sv&per_page=5").get_json()
    cli.pop("took_ms"), api.pop("took_ms")
    assert api == cli
    assert api["total"] > 0 and api["hits"][0]["url"].startswith("/sv/")


def test_search_without_parameters_lists_every_public_record(client):
    body = client.get("/api/v1/search?per_page=100").get_json()
    assert body["total"] == PUBLIC_CREATORS + PUBLIC_SERVICES
    assert set(body["facets"]) == {"art_form", "region", "service_type", "target_group", "language", "creator_type", "online"}
    assert all(hit["external_id"] not in ("c-pending", "s-piilotettu", "s-odottava") for hit in body["hits"])


@pytest.mark.parametrize(
    "query, parameter",
    [
        ("page=abc", "page"),
        ("page=-1", "page"),
        ("per_page=0", "per_page"),
        ("per_page=101", "per_page"),
        ("page=600", "page"),  # past the result window
        ("kind=everything", "kind"),
        ("lang=de", "lang"),
        ("sort=price", "sort"),
        ("region=tampere", "region"),
        ("art_form=musiikki", "art_form"),
        ("online=perhaps", "online"),
        ("facet=colour=red", "facet"),
        ("qq=laulu", "qq"),
        ("q=a&q=b", "q"),
        ("q=" + "x" * 501, "q"),
    ],
)
def test_bad_search_parameters_are_400_naming_the_parameter(client, query, parameter):
    error = error_of(client.get(f"/api/v1/search?{query}"), 400)
    assert error["code"] == "invalid_parameter"
    assert error["parameter"] == parameter
    assert error["message"].startswith(f"{parameter}:")


def test_bad_code_errors_suggest_the_right_code(client):
    error = error_of(client.get("/api/v1/search?art_form=musiikki"), 400)
    assert "did you mean 'music'" in error["message"]


def test_creator_by_id_import_id_or_slug(client):
    by_slug = client.get("/api/v1/creators/satu-lehtinen")
    assert by_slug.status_code == 200
    body = by_slug.get_json()
    assert client.get(f"/api/v1/creators/{body['id']}").get_json() == body
    assert client.get("/api/v1/creators/c-satu").get_json() == body
    assert body["name"] == "Satu Lehtinen"
    assert body["art_forms"][0] == {"code": "music", "label": "Musiikki"}
    assert body["contact"]["email"] == "satu@example.fi"
    assert {s["slug"] for s in body["services"]} == {"laulutyopaja-paivakodeille", "lastenkonsertti-metsan-laulut"}
    english = client.get("/api/v1/creators/satu-lehtinen?lang=en").get_json()
    assert english["art_forms"][0] == {"code": "music", "label": "Music"} and english["url"] == "/en/creators/satu-lehtinen"


def test_service_by_reference(client):
    body = client.get("/api/v1/services/s-laulupaja").get_json()
    assert body["title"] == {"fi": "Laulutyöpaja päiväkodeille"}
    assert body["price_eur"] == 350.0 and body["price_basis"]["code"] == "per-group"
    assert body["creator"]["slug"] == "satu-lehtinen"
    assert body["accessibility"]["fi"].startswith("Tila on esteetön")


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/creators/nobody",
        "/api/v1/creators/999999",
        "/api/v1/creators/99999999999999999999",  # past any integer column
        "/api/v1/creators/c-pending",  # exists but not approved
        "/api/v1/creators/%00",
        "/api/v1/services/s-piilotettu",  # unpublished
        "/api/v1/services/s-odottava",  # its creator is pending
        "/api/v1/services/" + "x" * 300,
        "/api/v1/nothing-here",
    ],
)
def test_unknown_or_private_records_are_json_404(client, path):
    error = error_of(client.get(path), 404)
    assert error["code"] == "not_found"


def test_record_endpoints_reject_unknown_parameters_and_languages(client):
    assert error_of(client.get("/api/v1/creators/satu-lehtinen?lang=de"), 400)["parameter"] == "lang"
    assert error_of(client.get("/api/v1/services/s-laulupaja?language=fi"), 400)["parameter"] == "language"


def test_wrong_method_is_json_405(client):
    response = client.post("/api/v1/search")
    assert error_of(response, 405)["code"] == "method_not_allowed"
    assert "GET" in response.headers["Allow"]


def test_taxonomy_lists_every_vocabulary_with_three_languages(client):
    body = client.get("/api/v1/taxonomy").get_json()
    assert {"region", "art_form", "service_type", "target_group", "language", "creator_type", "price_basis"} <= set(body["vocabularies"])
    music = next(t for t in body["vocabularies"]["art_form"] if t["code"] == "childrens-music")
    assert music["parent"] == "music" and set(music["labels"]) >= {"fi", "sv", "en"}
    lappi = next(t for t in body["vocabularies"]["region"] if t["code"] == "lappi")
    assert lappi["participating"] is False
    only = client.get("/api/v1/taxonomy?vocabulary=target_group").get_json()
    assert list(only["vocabularies"]) == ["target_group"]
    assert error_of(client.get("/api/v1/taxonomy?vocabulary=colours"), 400)["parameter"] == "vocabulary"


def test_suggest_offers_terms_then_records(client):
    body = client.get("/api/v1/suggest?q=nukke&lang=fi").get_json()
    kinds = [s["kind"] for s in body["suggestions"]]
    assert kinds[0] == "term"
    term = body["suggestions"][0]
    assert term == {"kind": "term", "label": "Nukketeatteri", "url": "/fi/search?art_form=puppet-theatre", "lang": "fi",
                    "facet": "art_form", "value": "puppet-theatre"}
    labels = [s["label"] for s in body["suggestions"] if s["kind"] != "term"]
    assert "Nukketeatteriesitys: Pikku Myyrä" in labels
    assert len(body["suggestions"]) <= 8


def test_suggest_matches_words_inside_labels_and_other_languages(client):
    swedish = client.get("/api/v1/suggest?q=dock&lang=sv").get_json()["suggestions"]
    assert swedish[0]["label"] == "Dockteater" and swedish[0]["value"] == "puppet-theatre"
    # "teatteri" starts the second word of "Soveltava teatteri ja draama" too.
    values = [s["value"] for s in client.get("/api/v1/suggest?q=teatt&limit=3").get_json()["suggestions"]]
    assert "theatre" in values and len(values) == 3


def test_suggest_limits_and_errors(client):
    assert client.get("/api/v1/suggest?q=n").get_json()["suggestions"] == []
    assert len(client.get("/api/v1/suggest?q=la&limit=2").get_json()["suggestions"]) == 2
    assert error_of(client.get("/api/v1/suggest"), 400)["parameter"] == "q"
    assert error_of(client.get("/api/v1/suggest?q=la&limit=0"), 400)["parameter"] == "limit"
    assert error_of(client.get("/api/v1/suggest?q=la&limit=%C2%B2"), 400)["parameter"] == "limit"
    assert error_of(client.get("/api/v1/suggest?q=" + "a" * 101), 400)["parameter"] == "q"


def test_search_outage_is_503_json(down_app):
    client = down_app.test_client()
    for path in ("/api/v1/search?q=laulu", "/api/v1/suggest?q=laulu"):
        response = client.get(path)
        assert error_of(response, 503)["code"] == "search_unavailable"
        assert response.headers["Retry-After"]
    # Records come from the catalog and still answer.
    assert client.get("/api/v1/creators/satu-lehtinen").status_code == 200


def test_openapi_document_describes_every_endpoint(client):
    doc = client.get("/api/v1/openapi.json").get_json()
    assert doc["openapi"] == "3.1.0"
    assert set(doc["paths"]) == {"/api/v1/search", "/api/v1/creators/{reference}", "/api/v1/services/{reference}", "/api/v1/taxonomy", "/api/v1/suggest"}
    search_parameters = {p["name"] for p in doc["paths"]["/api/v1/search"]["get"]["parameters"]}
    assert {"q", "kind", "lang", "sort", "page", "per_page", "art_form", "region", "service_type", "target_group", "online"} <= search_parameters
    assert doc["paths"]["/api/v1/search"]["get"]["responses"]["400"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Error"}
    assert "SearchResponse" in doc["components"]["schemas"]


_param_names = st.sampled_from(["q", "kind", "lang", "sort", "page", "per_page", "region", "art_form", "online", "facet", "x", "target_group"])
_param_values = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["1", "0", "-5", "99999999999999", "all", "service", "uusimaa", "music", "true", "region=uusimaa", "", " ", "\x00"]),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(params=st.lists(st.tuples(_param_names, _param_values), max_size=5))
def test_no_input_makes_the_search_fail(client, params):
    for path in ("/api/v1/search", "/fi/search", "/api/v1/suggest"):
        response = client.get(path, query_string=params)
        assert response.status_code in (200, 400), (path, params, response.status_code)
        if path.startswith("/api/") and response.status_code == 400:
            assert response.get_json()["error"]["parameter"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(reference=st.text(min_size=1, max_size=40).filter(lambda s: "/" not in s and s not in (".", "..")))
def test_no_reference_makes_a_record_lookup_fail(client, reference):
    quoted = quote(reference, safe="")
    for kind in ("creators", "services"):
        response = client.get(f"/api/v1/{kind}/{quoted}")
        assert response.status_code in (200, 404), (reference, response.status_code)
        assert client.get(f"/fi/{kind}/{quoted}").status_code in (200, 404)
