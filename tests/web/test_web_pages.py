"""Every public page in every language: served, in that language, linked to its translations."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

LANGS = ("fi", "sv", "en")
PAGES = [
    "/{lang}/",
    "/{lang}/search",
    "/{lang}/search?q=nukketeatteri",
    "/{lang}/creators/satu-lehtinen",
    "/{lang}/services/laulutyopaja-paivakodeille",
    "/{lang}/regions",
    "/{lang}/regions/pirkanmaa",
    "/{lang}/instructions",
]
SKIP_TEXT = {"fi": "Siirry pääsisältöön", "sv": "Hoppa till huvudinnehållet", "en": "Skip to main content"}
SEARCH_BUTTON = {"fi": "Hae", "sv": "Sök", "en": "Search"}


class Outline(HTMLParser):
    """Collects what the page tests look at: html lang, links with rel, h1s, ids, landmark elements."""

    def __init__(self):
        super().__init__()
        self.html_lang = None
        self.links: list[dict] = []
        self.anchors: list[dict] = []
        self.h1 = 0
        self.ids: list[str] = []
        self.tags: set[str] = set()
        self.lang_attrs: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.add(tag)
        if tag == "html":
            self.html_lang = attrs.get("lang")
        if tag == "link":
            self.links.append(attrs)
        if tag == "a":
            self.anchors.append(attrs)
        if tag == "h1":
            self.h1 += 1
        if "id" in attrs:
            self.ids.append(attrs["id"])
        if "lang" in attrs and tag != "html":
            self.lang_attrs.append((tag, attrs["lang"]))


def outline(html: str) -> Outline:
    parser = Outline()
    parser.feed(html)
    return parser


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", PAGES)
def test_every_page_is_served_in_every_language(client, path, lang):
    response = client.get(path.format(lang=lang))
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    html = response.get_data(as_text=True)
    page = outline(html)
    assert page.html_lang == lang
    assert page.h1 == 1, "one h1 per page"
    assert {"header", "main", "nav", "footer"} <= page.tags
    assert SKIP_TEXT[lang] in html
    assert len(page.ids) == len(set(page.ids)), "ids must be unique"


@pytest.mark.parametrize("lang", LANGS)
def test_pages_name_their_translations_and_canonical_address(client, lang):
    response = client.get(f"/{lang}/creators/satu-lehtinen")
    links = outline(response.get_data(as_text=True)).links
    alternates = {l["hreflang"]: l["href"] for l in links if l.get("rel") == "alternate"}
    assert alternates == {
        "fi": "http://localhost/fi/creators/satu-lehtinen",
        "sv": "http://localhost/sv/creators/satu-lehtinen",
        "en": "http://localhost/en/creators/satu-lehtinen",
        "x-default": "http://localhost/fi/creators/satu-lehtinen",
    }
    canonical = [l["href"] for l in links if l.get("rel") == "canonical"]
    assert canonical == [f"http://localhost/{lang}/creators/satu-lehtinen"]


def test_language_switch_keeps_the_page_and_the_search(client):
    html = client.get("/fi/search?q=nukke&region=varsinais-suomi&sort=name&utm_source=mail").get_data(as_text=True)
    switch = {a["hreflang"]: a["href"] for a in outline(html).anchors if a.get("hreflang")}
    # The switch carries the validated search (in canonical order), not stray tracking parameters.
    assert switch["sv"] == "/sv/search?q=nukke&region=varsinais-suomi&sort=name"
    assert switch["en"] == "/en/search?q=nukke&region=varsinais-suomi&sort=name"
    swedish = client.get(switch["sv"])
    assert swedish.status_code == 200
    assert outline(swedish.get_data(as_text=True)).html_lang == "sv"


def test_language_switch_marks_the_current_language(client):
    html = client.get("/sv/regions").get_data(as_text=True)
    current = [a for a in outline(html).anchors if a.get("aria-current") == "true"]
    assert [a["hreflang"] for a in current] == ["sv"]
    # Each language's name is marked with its own language for screen readers.
    assert ("a", "fi") in outline(html).lang_attrs and ("a", "en") in outline(html).lang_attrs


@pytest.mark.parametrize(
    "accept, expected",
    [
        ("sv-FI,sv;q=0.9,en;q=0.8", "/sv/"),
        ("en-GB,en;q=0.9", "/en/"),
        ("fi-FI,fi;q=0.9,en;q=0.8", "/fi/"),
        ("de-DE,de;q=0.9", "/fi/"),  # none of ours: Finnish
        ("", "/fi/"),
    ],
)
def test_root_redirects_by_accept_language(client, accept, expected):
    response = client.get("/", headers={"Accept-Language": accept} if accept else {})
    assert response.status_code == 302
    assert response.headers["Location"] == expected
    assert "Accept-Language" in response.headers["Vary"]


@pytest.mark.parametrize(
    "lang, title",
    [("fi", "Sivua ei löytynyt"), ("sv", "Sidan hittades inte"), ("en", "Page not found")],
)
def test_not_found_page_is_localised(client, lang, title):
    for path in (f"/{lang}/no-such-page", f"/{lang}/creators/nobody-here", f"/{lang}/services/nothing", f"/{lang}/regions/atlantis"):
        response = client.get(path)
        assert response.status_code == 404, path
        html = response.get_data(as_text=True)
        assert outline(html).html_lang == lang
        assert title in html


def test_not_found_outside_a_language_follows_the_browser(client):
    response = client.get("/nowhere", headers={"Accept-Language": "sv"})
    assert response.status_code == 404
    assert "Sidan hittades inte" in response.get_data(as_text=True)
    assert client.get("/de/").status_code == 404


def test_private_records_are_not_found(client):
    assert client.get("/fi/creators/odottava-taiteilija").status_code == 404
    assert client.get("/fi/services/julkaisematon-luonnos").status_code == 404
    assert client.get("/fi/services/odottavan-taiteilijan-tyopaja").status_code == 404


@pytest.mark.parametrize("lang, title", [("fi", "Jotain meni vikaan"), ("sv", "Något gick fel"), ("en", "Something went wrong")])
def test_unexpected_errors_show_a_localised_500_page(site, lang, title):
    from web_support import make_app

    app = make_app(site)
    app.config["TESTING"] = False  # as in production: the error handler answers, no exception escapes

    @app.get("/<any(fi, sv, en):lang>/broken")
    def broken(lang):
        raise RuntimeError("a bug")

    response = app.test_client().get(f"/{lang}/broken")
    assert response.status_code == 500
    html = response.get_data(as_text=True)
    assert title in html
    assert outline(html).html_lang == lang
    assert "a bug" not in html  # no internals shown


@pytest.mark.parametrize("lang, title", [("fi", "Haku ei ole tilapäisesti"), ("sv", "Sökningen är tillfälligt"), ("en", "Search is temporarily")])
def test_search_outage_is_a_localised_503_page_and_profiles_still_work(down_app, lang, title):
    client = down_app.test_client()
    response = client.get(f"/{lang}/search?q=laulu")
    assert response.status_code == 503
    assert response.headers["Retry-After"]
    assert title in response.get_data(as_text=True)
    # The catalog does not need the index: profiles and the home page still serve.
    assert client.get(f"/{lang}/creators/satu-lehtinen").status_code == 200
    assert client.get(f"/{lang}/services/lastenkonsertti-metsan-laulut").status_code == 200
    assert client.get(f"/{lang}/").status_code == 200


def test_home_lists_terms_with_counts_and_recent_creators(client):
    html = client.get("/fi/").get_data(as_text=True)
    # Counts are the number of results the link leads to.
    match = re.search(r'href="/fi/search\?art_form=circus">Sirkus <span class="count">\((\d+)\)', html)
    assert match, "circus is listed under art forms"
    following = client.get("/api/v1/search?art_form=circus")
    assert int(match.group(1)) == following.get_json()["total"] == 2
    assert 'href="/fi/search?region=ahvenanmaa"' in html
    assert 'href="/fi/search?target_group=early-childhood"' in html
    assert 'href="/fi/search?service_type=workshop"' in html
    # Recently approved, newest first; the pending profile is never shown.
    recent = re.findall(r'<h3 class="card-title"><a href="/fi/creators/([^"]+)">', html)
    assert recent[0] == "nokian-rumpupiiri"
    assert "odottava-taiteilija" not in html


def test_home_dates_and_numbers_follow_the_locale(client):
    fi = client.get("/fi/").get_data(as_text=True)
    en = client.get("/en/").get_data(as_text=True)
    assert "Liittyi 23. kesäkuuta 2025" in fi
    assert "Joined June 23, 2025" in en


def test_region_page_counts_and_links(client):
    html = client.get("/fi/regions/pirkanmaa").get_data(as_text=True)
    services = client.get("/api/v1/search?kind=service&region=pirkanmaa").get_json()["total"]
    creators = client.get("/api/v1/search?kind=creator&region=pirkanmaa").get_json()["total"]
    assert f"{services} palvelua" in html and f"{creators} tekijää" in html
    assert 'href="/fi/search?region=pirkanmaa&amp;kind=service"' in html
    assert "Uusimmat palvelut: Pirkanmaa" in html


def test_region_not_yet_participating_says_so(client):
    html = client.get("/en/regions/lappi").get_data(as_text=True)
    assert "is not yet taking part" in html
    regions = client.get("/en/regions").get_data(as_text=True)
    assert regions.index("Uusimaa") < regions.index("Lapland"), "participating regions are listed first"


def test_instructions_are_written_in_each_language(client):
    assert "Tilaajalle" in client.get("/fi/instructions").get_data(as_text=True)
    assert "För beställare" in client.get("/sv/instructions").get_data(as_text=True)
    assert "For buyers" in client.get("/en/instructions").get_data(as_text=True)


@pytest.mark.parametrize("lang", LANGS)
def test_search_box_is_labelled_and_works_without_javascript(client, lang):
    html = client.get(f"/{lang}/").get_data(as_text=True)
    form = re.search(r'<form class="search-form"[^>]*action="([^"]+)"[^>]*>', html)
    assert form and form.group(1) == f"/{lang}/search"
    assert '<label for="q-home">' in html and 'id="q-home" name="q"' in html
    assert f">{SEARCH_BUTTON[lang]}</button>" in html


def test_error_pages_are_not_indexed_and_name_no_canonical(client):
    html = client.get("/fi/creators/nobody-here").get_data(as_text=True)
    assert '<meta name="robots" content="noindex">' in html
    assert 'rel="canonical"' not in html and 'hreflang="x-default"' not in html


def test_wrong_method_on_a_page_is_a_localised_405(client):
    response = client.post("/sv/search")
    assert response.status_code == 405
    assert "GET" in response.headers["Allow"]
    assert "Åtgärden är inte möjlig här" in response.get_data(as_text=True)


def test_browser_language_error_pages_vary_on_accept_language(client):
    assert "Accept-Language" in client.get("/nowhere", headers={"Accept-Language": "en"}).headers["Vary"]
