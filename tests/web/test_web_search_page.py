"""The results page as a buyer uses it: facets, chips, sort, pages, did-you-mean, empty and bad searches."""

from __future__ import annotations

import html as html_lib
import re
from urllib.parse import parse_qsl, urlsplit

import pytest

from web_corpus import PUBLIC_CREATORS, PUBLIC_SERVICES


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.get_data(as_text=True)


def checkbox(html, facet, value):
    """(checked, count) of a facet checkbox, or None when the page has none."""
    match = re.search(
        rf'<input type="checkbox" form="search-form" name="{facet}" value="{value}" id="f-{facet}-{value}"( checked)? autocomplete="off" data-facet>\s*'
        rf'<label for="f-{facet}-{value}">[^<]*<span class="count">\((\d+)\)</span>',
        html,
    )
    return None if match is None else (bool(match.group(1)), int(match.group(2)))


def hrefs(html, css_class):
    return [html_lib.unescape(h) for h in re.findall(rf'<a class="{css_class}" href="([^"]+)"', html)]


def test_result_count_and_cards(client):
    html = page(client, "/fi/search?q=nukketeatteri")
    total = client.get("/api/v1/search?q=nukketeatteri").get_json()["total"]
    assert f"{total} tulosta" in html
    titles = re.findall(r'<h3 class="card-title"><a href="([^"]+)"', html)
    assert "/fi/services/nukketeatteriesitys-pikku-myyra" in titles
    # Service cards show what a buyer compares: price with its basis, duration, group size.
    assert "690\xa0€ per esitys" in html  # no break between the amount and the currency
    assert "35 min" in html
    assert "10–100 henkeä" in html


def test_matches_are_highlighted_and_user_text_is_escaped(client):
    html = page(client, "/fi/search?q=nukketeatteri")
    assert "<mark>" in html
    # A creator named with HTML in it shows the text, never the markup.
    everything = page(client, "/fi/search?q=kip%C3%ADn%C3%A4+teatteri&per_page=100") + page(client, "/fi/search?per_page=100&sort=name")
    assert "Teatteri &lt;b&gt;Kipinä&lt;/b&gt; &amp; co" in everything
    assert "<b>Kipinä</b>" not in everything


def test_query_text_is_escaped_everywhere(client):
    html = page(client, '/fi/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E+%22quoted%22')
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_facets_are_disjunctive_within_and_conjunctive_across(client):
    plain = page(client, "/fi/search?kind=service")
    one_region = page(client, "/fi/search?kind=service&region=uusimaa")
    # Ticking a region keeps the other regions' counts as they were (OR within a facet)...
    assert checkbox(one_region, "region", "uusimaa") == (True, checkbox(plain, "region", "uusimaa")[1])
    assert checkbox(one_region, "region", "pirkanmaa") == (False, checkbox(plain, "region", "pirkanmaa")[1])
    # ...and narrows every other facet (AND across facets).
    children_everywhere = checkbox(plain, "target_group", "children")[1]
    children_in_uusimaa = checkbox(one_region, "target_group", "children")[1]
    assert children_in_uusimaa < children_everywhere
    both = client.get("/api/v1/search?kind=service&region=uusimaa&region=pirkanmaa").get_json()["total"]
    uusimaa = client.get("/api/v1/search?kind=service&region=uusimaa").get_json()["total"]
    pirkanmaa = client.get("/api/v1/search?kind=service&region=pirkanmaa").get_json()["total"]
    assert max(uusimaa, pirkanmaa) < both <= uusimaa + pirkanmaa


def test_online_facet_offers_both_ways_with_counts(client):
    html = page(client, "/fi/search?kind=service")
    online, on_site = checkbox(html, "online", "true"), checkbox(html, "online", "false")
    assert online == (False, 3) and on_site == (False, PUBLIC_SERVICES - 3)
    assert "Verkossa (3)" in re.sub(r"<[^>]+>", "", html)
    ticked = page(client, "/fi/search?kind=service&online=true")
    assert checkbox(ticked, "online", "true") == (True, 3)
    assert "3 tulosta" in ticked


def test_chips_remove_one_filter_and_clear_all_removes_every_filter(client):
    html = page(client, "/fi/search?q=ty%C3%B6paja&region=pirkanmaa&target_group=children&sort=name")
    chips = hrefs(html, "chip")
    assert len(chips) == 2
    removed_region = dict(parse_qsl(urlsplit(chips[0]).query))
    assert removed_region == {"q": "työpaja", "target_group": "children", "sort": "name"}
    assert "Alue: Pirkanmaa" in html and "Kohderyhmä: Lapset" in html
    clear = hrefs(html, "clear-all")[0]
    assert dict(parse_qsl(urlsplit(clear).query)) == {"q": "työpaja", "sort": "name"}
    # Following a chip gives a page without that filter ticked.
    after = page(client, chips[0])
    assert checkbox(after, "region", "pirkanmaa")[0] is False


def test_pagination_walks_through_every_result_once(client):
    total = PUBLIC_CREATORS + PUBLIC_SERVICES
    seen: list[str] = []
    url = "/fi/search?sort=name"
    pages = 0
    while url:
        html = page(client, url)
        seen += re.findall(r'<h3 class="card-title"><a href="([^"]+)"', html)
        nxt = re.search(r'<a href="([^"]+)" rel="next">', html)
        url = html_lib.unescape(nxt.group(1)) if nxt else None
        pages += 1
    assert pages == 3
    assert len(seen) == len(set(seen)) == total
    second = page(client, "/fi/search?sort=name&page=2")
    assert re.search(r'<a href="/fi/search\?sort=name&amp;page=2" aria-current="page">', second)
    assert 'rel="prev"' in second and "näytetään 21–40" in second


def test_sort_by_name(client):
    html = page(client, "/en/search?kind=creator&sort=name&per_page=100")
    names = [html_lib.unescape(n) for n in re.findall(r'<h3 class="card-title"><a href="[^"]+">([^<]+)</a>', html)]
    assert names == sorted(names, key=str.casefold)
    assert '<option value="name" selected>' in html


def test_kind_tabs_keep_the_search(client):
    html = page(client, "/fi/search?q=ty%C3%B6paja&region=pirkanmaa&kind=service")
    tabs = dict(re.findall(r'<li><a href="([^"]+)"(?: aria-current="page")?>(Kaikki|Palvelut|Tekijät)</a></li>', html))
    tabs = {label: html_lib.unescape(url) for url, label in tabs.items()}
    assert dict(parse_qsl(urlsplit(tabs["Tekijät"]).query)) == {"q": "työpaja", "kind": "creator", "region": "pirkanmaa"}
    assert dict(parse_qsl(urlsplit(tabs["Kaikki"]).query)) == {"q": "työpaja", "region": "pirkanmaa"}
    assert 'aria-current="page">Palvelut<' in html


def test_did_you_mean_links_to_the_corrected_search(client):
    html = page(client, "/fi/search?q=nukketeatteir&region=varsinais-suomi")
    assert "Tarkoititko" in html
    link = re.search(r'Tarkoititko <a href="([^"]+)">nukketeatteri</a>', html)
    assert link
    assert dict(parse_qsl(urlsplit(html_lib.unescape(link.group(1))).query)) == {"q": "nukketeatteri", "region": "varsinais-suomi"}


def test_empty_state_suggests_ways_out(client):
    html = page(client, "/fi/search?q=xyzzyq&region=lappi&kind=creator")
    assert "Ei tuloksia" in html
    assert "Haulla ”xyzzyq” ei löytynyt mitään" in html
    assert "Tarkista kirjoitusasu" in html
    assert "Hae sekä tekijöitä että palveluja" in html
    assert 'href="/fi/search?q=xyzzyq&amp;kind=creator"' in html  # remove the region filter


def test_page_past_the_end_offers_the_first_page(client):
    html = page(client, "/fi/search?page=9")
    assert "Tällä sivulla ei ole tuloksia" in html
    assert 'href="/fi/search"' in html


@pytest.mark.parametrize(
    "query, parameter",
    [
        ("page=zero", "page"),
        ("page=0", "page"),
        ("per_page=1000", "per_page"),
        ("region=atlantis", "region"),
        ("sort=cheapest", "sort"),
        ("kind=venue", "kind"),
        ("online=maybe", "online"),
        ("q=" + "a" * 501, "q"),
        ("page=1&page=2", "page"),
    ],
)
def test_bad_parameters_give_a_400_page_naming_them(client, query, parameter):
    response = client.get(f"/fi/search?{query}")
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert "Hakua ei voitu tehdä" in html
    assert f"({parameter})" in html
    assert 'href="/fi/search"' in html


def test_unknown_parameters_on_pages_are_ignored(client):
    # People arrive with tracking parameters; the page does not break for them (the API is strict instead).
    assert client.get("/fi/search?q=laulu&utm_source=newsletter&fbclid=x").status_code == 200


def test_page_language_wins_over_a_lang_parameter(client):
    html = page(client, "/sv/search?q=nukke&lang=fi")
    assert '<html lang="sv">' in html
    # Labels and snippets follow the page's language, not the stray parameter.
    assert "<legend>Konstform</legend>" in html and "Taiteenala" not in html


def test_state_is_in_the_url_so_results_are_shareable(client):
    url = "/fi/search?q=ty%C3%B6paja&kind=service&target_group=children&online=false&sort=newest"
    first, second = page(client, url), page(client, url)
    cards = lambda h: re.findall(r'<h3 class="card-title"><a href="([^"]+)"', h)  # noqa: E731
    assert cards(first) == cards(second) and cards(first)
    assert checkbox(first, "online", "false")[0] is True
    assert '<option value="newest" selected>' in first


def test_search_form_carries_kind_and_filters_without_javascript(client):
    html = page(client, "/fi/search?q=laulu&kind=service&region=pirkanmaa")
    form = re.search(r'<form [^>]*id="search-form"[^>]*>(.*?)</form>', html, re.S)
    assert form and '<input type="hidden" name="kind" value="service">' in form.group(1)
    # Facet inputs and the sort select belong to the same form, so one submit carries the whole search.
    assert 'form="search-form" name="region" value="pirkanmaa"' in html
    assert '<select id="sort" name="sort" form="search-form" autocomplete="off">' in html
    assert "Rajaa</button>" in html  # the no-JS apply button
