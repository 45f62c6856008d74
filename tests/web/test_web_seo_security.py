"""Findability (sitemaps, robots.txt) and the security headers every response carries."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest

from web_corpus import PUBLIC_CREATORS, PUBLIC_SERVICES

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def test_robots_points_at_the_sitemap_and_keeps_crawlers_off_result_pages(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200 and response.mimetype == "text/plain"
    lines = response.get_data(as_text=True).splitlines()
    assert "Sitemap: http://localhost/sitemap.xml" in lines
    assert {"Disallow: /fi/search", "Disallow: /sv/search", "Disallow: /en/search", "Disallow: /api/"} <= set(lines)


def _urls(client, url):
    response = client.get(url)
    assert response.status_code == 200 and response.mimetype == "application/xml"
    return ET.fromstring(response.data)


def test_sitemap_covers_every_public_profile_and_service_in_three_languages(client):
    index = _urls(client, "/sitemap.xml")
    assert index.tag == f"{SITEMAP}sitemapindex"
    locations = [loc.text for loc in index.iter(f"{SITEMAP}loc")]
    assert locations[0] == "http://localhost/sitemaps/pages.xml"
    pages: list[str] = []
    alternates_ok = True
    for location in locations:
        urlset = _urls(client, location.removeprefix("http://localhost"))
        for url in urlset.iter(f"{SITEMAP}url"):
            pages.append(url.find(f"{SITEMAP}loc").text)
            links = {link.get("hreflang") for link in url.iter(f"{XHTML}link")}
            alternates_ok &= links == {"fi", "sv", "en"}
    assert alternates_ok, "each URL lists its three language versions"
    creators = [p for p in pages if "/creators/" in p]
    services = [p for p in pages if "/services/" in p]
    assert len(creators) == 3 * PUBLIC_CREATORS
    assert len(services) == 3 * PUBLIC_SERVICES
    assert "http://localhost/sv/creators/lina-holmstrom" in creators
    assert not any("odottava" in p or "julkaisematon" in p for p in pages)
    assert "http://localhost/en/regions/pirkanmaa" in pages and "http://localhost/fi/" in pages
    # Every listed page is really there.
    for url in creators[:6] + services[:6]:
        assert client.get(url.removeprefix("http://localhost")).status_code == 200


def test_sitemap_chunk_past_the_end_is_404(client):
    assert client.get("/sitemaps/creators-5.xml").status_code == 404


@pytest.mark.parametrize(
    "path",
    ["/fi/", "/sv/search?q=dans", "/en/creators/satu-lehtinen", "/fi/no-such-page", "/api/v1/search", "/api/v1/nothing", "/sitemap.xml", "/static/css/site.css", "/"],
)
def test_security_headers_on_every_response(client, path):
    headers = client.get(path).headers
    csp = headers["Content-Security-Policy"]
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "frame-ancestors 'none'" in csp
    assert "script-src 'self'" in csp and "style-src 'self'" in csp and "default-src 'self'" in csp
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"


class InlineCode(HTMLParser):
    """Finds what a CSP without 'unsafe-inline' would block: inline scripts, <style>, style and on* attributes."""

    def __init__(self):
        super().__init__()
        self.problems: list[str] = []
        self._in_script = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script":
            self._in_script = attrs
            if "src" not in attrs and attrs.get("type") != "application/ld+json":
                self.problems.append("inline <script>")
        if tag == "style":
            self.problems.append("<style>")
        for name in attrs:
            if name == "style" or name.startswith("on"):
                self.problems.append(f"{tag}[{name}]")
        for name in ("href", "src", "action"):
            if (attrs.get(name) or "").strip().lower().startswith("javascript:"):
                self.problems.append(f"{tag}[{name}=javascript:]")


@pytest.mark.parametrize(
    "path",
    ["/fi/", "/sv/search?q=ty%C3%B6paja&region=uusimaa", "/en/creators/teatteri-b-kipina-b-co", "/fi/services/nukentekotyopaja",
     "/sv/regions/pohjanmaa", "/en/instructions", "/fi/missing", "/fi/search?page=0"],
)
def test_pages_have_no_inline_code_a_strict_csp_would_block(client, path):
    parser = InlineCode()
    parser.feed(client.get(path).get_data(as_text=True))
    assert parser.problems == []


def test_user_input_never_reaches_a_page_unescaped(client):
    attack = '"><img src=x onerror=alert(1)>'
    for path in (f"/fi/search?q={attack}", f"/fi/search?q={attack}&region=atlantis", f"/fi/{attack}"):
        html = client.get(path).get_data(as_text=True)
        assert "<img src=x" not in html
        parser = InlineCode()
        parser.feed(html)
        assert parser.problems == []


def test_api_is_open_to_other_sites(client):
    assert client.get("/api/v1/taxonomy").headers["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Origin" not in client.get("/fi/").headers


def test_static_files_are_served(client):
    assert client.get("/static/js/site.js").status_code == 200
    css = client.get("/static/css/site.css").get_data(as_text=True)
    assert ":focus-visible" in css, "keyboard focus is always visible"
    assert re.search(r"\.skip-link:focus", css)
