"""Profile and service pages: everything a buyer needs to decide and get in touch, and JSON-LD for search engines."""

from __future__ import annotations

import json
import re

import pytest


def html_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.get_data(as_text=True)


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def test_creator_profile_shows_description_details_contact_and_services(client):
    html = html_of(client, "/fi/creators/satu-lehtinen")
    assert "<h1 id=\"page-title\">Satu Lehtinen</h1>" in html
    assert "Lastenmuusikko ja laulunopettaja" in html
    assert "Tampere, Pirkanmaa" in html
    assert 'href="mailto:satu@example.fi"' in html
    assert 'href="tel:+358401234567"' in html
    assert 'href="https://example.fi/satu" rel="ugc nofollow noopener"' in html
    # Art forms lead to a filtered search, regions to the region pages.
    assert 'href="/fi/search?art_form=childrens-music">Lastenmusiikki</a>' in html
    assert 'href="/fi/regions/kanta-hame">Kanta-Häme</a>' in html
    # Published services only.
    assert 'href="/fi/services/laulutyopaja-paivakodeille"' in html
    assert "Julkaisematon luonnos" not in html


def test_creator_json_ld_is_a_person_or_an_organization(client):
    person = json_ld(html_of(client, "/en/creators/satu-lehtinen"))
    assert person["@context"] == "https://schema.org"
    assert person["@type"] == "Person"
    assert person["name"] == "Satu Lehtinen"
    assert person["url"] == "http://localhost/en/creators/satu-lehtinen"
    assert person["address"] == {"@type": "PostalAddress", "addressLocality": "Tampere", "addressRegion": "Pirkanmaa", "addressCountry": "FI"}
    assert {o["itemOffered"]["name"] for o in person["makesOffer"]} == {"Laulutyöpaja päiväkodeille", "Lastenkonsertti: Metsän laulut"}
    group = json_ld(html_of(client, "/sv/creators/duo-kaarna"))
    assert group["@type"] == "Organization"
    assert group["description"].startswith("Folkmusikduo")  # the Swedish text on the Swedish page
    assert group["areaServed"] == [{"@type": "AdministrativeArea", "name": "Birkaland"}]


def test_service_page_shows_every_field_and_the_creator(client):
    html = html_of(client, "/fi/services/laulutyopaja-paivakodeille")
    for text in (
        "Laulutyöpaja päiväkodeille",
        "Leikkisä laulutyöpaja",
        "350\xa0€ per ryhmä",
        "45 min",
        "5–25 henkeä",
        "Varhaiskasvatusikäiset",
        "Lastenmusiikki",
        "Kanta-Häme",
        "suomi",
        "Tila on esteetön",  # accessibility notes
        "Työpaja",
    ):
        assert text in html, text
    assert 'href="/fi/creators/satu-lehtinen">Satu Lehtinen</a>' in html
    assert 'href="mailto:satu@example.fi"' in html


def test_service_json_ld_has_provider_area_and_offer(client):
    data = json_ld(html_of(client, "/en/services/laulutyopaja-paivakodeille"))
    assert data["@type"] == "Service"
    assert data["provider"] == {"@type": "Person", "name": "Satu Lehtinen", "url": "http://localhost/en/creators/satu-lehtinen"}
    assert sorted(data["areaServed"], key=lambda a: a["name"]) == [
        {"@type": "AdministrativeArea", "name": "Kanta-Häme"},
        {"@type": "AdministrativeArea", "name": "Pirkanmaa"},
    ]
    assert data["offers"]["price"] == "350.00" and data["offers"]["priceCurrency"] == "EUR"
    assert data["offers"]["priceSpecification"]["unitText"] == "per group"
    assert data["serviceType"] == "Workshop"
    assert {a["audienceType"] for a in data["audience"]} == {"Early childhood", "Children"}


def test_service_on_request_price_has_an_offer_without_a_price(client):
    html = html_of(client, "/fi/services/nukentekotyopaja")
    assert "Hinta pyydettäessä" in html
    offer = json_ld(html)["offers"]
    assert "price" not in offer and offer["priceCurrency"] == "EUR"


def test_json_ld_cannot_be_broken_out_of(client):
    # The creator's name holds HTML; in the JSON-LD block it must not close the script element.
    html = html_of(client, "/fi/creators/teatteri-b-kipina-b-co")
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert "<" not in block and ">" not in block
    assert json.loads(block)["name"] == "Teatteri <b>Kipinä</b> & co"
    assert "<h1 id=\"page-title\">Teatteri &lt;b&gt;Kipinä&lt;/b&gt; &amp; co</h1>" in html


def test_content_in_another_language_is_marked_with_its_language(client):
    # Lina Holmström wrote only in Swedish: the Finnish page shows it, marked lang="sv", with a note.
    html = html_of(client, "/fi/creators/lina-holmstrom")
    assert re.search(r'<div class="prose" lang="sv">Dansare och danspedagog', html)
    assert "Teksti on saatavilla vain ruotsiksi." in html
    # On the Swedish page it is in the page's language: no lang attribute needed.
    swedish = html_of(client, "/sv/creators/lina-holmstrom")
    assert '<div class="prose">Dansare och danspedagog' in swedish
    assert "Texten finns bara" not in swedish


def test_text_in_the_interface_language_is_preferred(client):
    assert "Visual artist running painting workshops" in html_of(client, "/en/creators/anna-virtanen")
    assert "Kuvataiteilija, joka ohjaa" in html_of(client, "/fi/creators/anna-virtanen")
    sv = html_of(client, "/sv/creators/anna-virtanen")  # no Swedish text: Finnish first, marked
    assert '<div class="prose" lang="fi">Kuvataiteilija' in sv
    # The other versions are one click away.
    assert '<summary>Läs på ett annat språk: <span lang="en">In English</span></summary>' in sv


def test_service_title_in_another_language_is_marked(client):
    html = html_of(client, "/fi/services/dansverkstad-for-barn")
    assert '<h1 id="page-title" lang="sv">Dansverkstad för barn</h1>' in html


def test_similar_services_share_an_art_form_and_exclude_the_service_itself(client):
    html = html_of(client, "/fi/services/nukketeatteriesitys-pikku-myyra")
    section = html.split('id="similar-title"', 1)[1]
    links = re.findall(r'<h3 class="card-title"><a href="(/fi/services/[^"]+)"', section)
    assert links, "similar services are listed"
    assert "/fi/services/nukketeatteriesitys-pikku-myyra" not in links
    assert "/fi/services/nukentekotyopaja" in links  # same art form, same region: first
    assert links.index("/fi/services/nukentekotyopaja") < links.index("/fi/services/merinukketeatteri-pienille")


@pytest.mark.parametrize(
    "lang, price, duration",
    [("fi", "1\xa0500\xa0€ per esitys", "2 t"), ("sv", "1\xa0500\xa0€ per föreställning", "2 h"), ("en", "€1,500 per performance", "2 h")],
)
def test_prices_and_durations_follow_the_locale(client, lang, price, duration):
    html = html_of(client, f"/{lang}/services/jazzia-tilaisuuteesi")
    assert price in html
    assert f"<dd>{duration}</dd>" in html


def test_multi_day_course_duration_is_in_days(client):
    assert "<dd>1 dag</dd>" in html_of(client, "/sv/services/konstlager-for-barn")
