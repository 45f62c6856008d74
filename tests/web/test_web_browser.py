"""The site in a real browser (Debian's headless Chromium): search, filters, pages, languages, autocomplete, axe-core.

Pages are checked at phone size, the buyer this site is built for. Each test
fails on any console error, which is where Chromium reports Content-Security-
Policy violations. Screenshots go to test-artifacts/web/.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

import pytest

pytestmark = pytest.mark.slow


def query_of(url: str) -> dict[str, str]:
    return dict(parse_qsl(urlsplit(url).query))


def result_count(page) -> int:
    text = page.locator("#result-count").inner_text()
    match = re.search(r"(\d+)", text)
    return int(match.group(1)) if match else 0


def test_search_tick_and_untick_facets_then_go_back(page, artifacts):
    page.goto("/fi/")
    page.fill("#q-home", "työpaja")
    page.press("#q-home", "Enter")
    page.wait_for_url(re.compile(r"/fi/search\?q="))
    everything = result_count(page)
    assert everything > 5

    # On a phone the filters start folded away under one button.
    box = page.locator("#f-target_group-children")
    assert not box.is_visible()
    page.locator(".filters-panel > summary").focus()
    page.keyboard.press("Enter")
    box.focus()
    page.keyboard.press("Space")  # ticking applies the filter at once (JavaScript) ...
    page.wait_for_url(re.compile(r"target_group=children"))
    assert query_of(page.url) == {"q": "työpaja", "target_group": "children"}
    children = result_count(page)
    assert 0 < children < everything
    assert page.locator("#f-target_group-children").is_checked()
    # ... and keyboard focus comes back to the same checkbox on the new page.
    assert page.evaluate("document.activeElement.id") == "f-target_group-children"
    assert page.locator(".chip").count() == 1
    page.screenshot(path=str(artifacts / "results-filtered-fi.png"), full_page=True)

    page.keyboard.press("Space")  # untick
    page.wait_for_url(lambda url: "target_group" not in query_of(url))
    assert result_count(page) == everything

    page.go_back()  # the browser's history holds every state
    page.wait_for_url(re.compile(r"target_group=children"))
    assert result_count(page) == children and page.locator("#f-target_group-children").is_checked()


def test_removing_a_chip_and_clearing_all(page):
    page.goto("/fi/search?q=ty%C3%B6paja&region=pirkanmaa&target_group=children")
    assert page.locator(".chip").count() == 2
    page.locator(".chip", has_text="Pirkanmaa").click()
    page.wait_for_url(lambda url: "region" not in query_of(url))
    assert page.locator(".chip").count() == 1
    page.click("text=Poista kaikki rajaukset")
    page.wait_for_url(lambda url: query_of(url) == {"q": "työpaja"})
    assert page.locator(".chip").count() == 0


def test_paginate(page):
    page.goto("/fi/search?sort=name")
    first = page.locator(".card-title a").first.inner_text()
    page.click("a[rel=next]")
    page.wait_for_url(re.compile(r"page=2"))
    assert "21–40" in page.locator("#result-count").inner_text()
    assert page.locator(".pagination a[aria-current=page]").inner_text().endswith("2")
    assert page.locator(".card-title a").first.inner_text() != first
    page.click("a[rel=prev]")
    page.wait_for_url(lambda url: "page" not in query_of(url))
    assert page.locator(".card-title a").first.inner_text() == first


def test_sort_and_kind_keep_the_filters(page):
    page.goto("/fi/search?q=ty%C3%B6paja&region=uusimaa")
    page.select_option("#sort", "name")
    page.click("button:has-text('Järjestä')")
    page.wait_for_url(re.compile(r"sort=name"))
    assert query_of(page.url) == {"q": "työpaja", "region": "uusimaa", "sort": "name"}
    page.click(".kind-tabs >> text=Palvelut")
    page.wait_for_url(re.compile(r"kind=service"))
    assert query_of(page.url) == {"q": "työpaja", "kind": "service", "region": "uusimaa", "sort": "name"}


def test_switch_language_keeps_the_page_and_the_search(page):
    page.goto("/fi/search?q=nukketeatteri&region=varsinais-suomi")
    count = result_count(page)
    page.click("a[hreflang=sv]")
    page.wait_for_url(re.compile(r"/sv/search"))
    assert page.evaluate("document.documentElement.lang") == "sv"
    assert query_of(page.url) == {"q": "nukketeatteri", "region": "varsinais-suomi"}
    assert result_count(page) == count
    assert page.locator("#f-region-varsinais-suomi").is_checked()
    assert "Egentliga Finland" in page.locator(".chip").inner_text()
    page.click("a[hreflang=en]")
    page.wait_for_url(re.compile(r"/en/search"))
    assert page.locator("legend", has_text="Region").count() == 1


def test_autocomplete_by_keyboard_only(page, artifacts):
    page.goto("/fi/")
    page.keyboard.press("Tab")  # the skip link comes first
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")  # the first control of the main content: the search box
    assert page.evaluate("document.activeElement.id") == "q-home"
    combobox = page.locator("#q-home")
    assert combobox.get_attribute("role") == "combobox"
    assert combobox.get_attribute("aria-expanded") == "false"

    page.keyboard.type("nukke", delay=30)
    listbox = page.locator("#q-home-suggestions")
    listbox.wait_for(state="visible")
    assert combobox.get_attribute("aria-expanded") == "true"
    options = listbox.locator("[role=option]")
    assert options.count() >= 3
    assert options.first.inner_text().startswith("Nukketeatteri")
    page.screenshot(path=str(artifacts / "autocomplete-fi.png"))

    page.keyboard.press("ArrowDown")
    assert combobox.get_attribute("aria-activedescendant") == "q-home-suggestions-0"
    assert options.nth(0).get_attribute("aria-selected") == "true"
    page.keyboard.press("ArrowDown")
    assert combobox.get_attribute("aria-activedescendant") == "q-home-suggestions-1"
    page.keyboard.press("ArrowUp")
    assert combobox.get_attribute("aria-activedescendant") == "q-home-suggestions-0"
    assert page.evaluate("document.activeElement.id") == "q-home", "focus stays in the box"

    page.keyboard.press("Escape")
    assert combobox.get_attribute("aria-expanded") == "false" and listbox.is_hidden()
    assert combobox.input_value() == "nukke"

    page.keyboard.press("ArrowDown")  # opens again on the first suggestion
    page.keyboard.press("ArrowDown")
    record = options.nth(options.count() - 1)
    while combobox.get_attribute("aria-activedescendant") != record.get_attribute("id"):
        page.keyboard.press("ArrowDown")
    title, target = record.locator(".suggestion-label").inner_text(), record.get_attribute("data-url")
    assert re.fullmatch(r"/fi/(creators|services)/[a-z0-9-]+", target)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(re.escape(target) + "$"))
    assert page.locator("h1").inner_text() == title


def test_enter_without_choosing_a_suggestion_searches_the_words(page):
    page.goto("/fi/")
    page.fill("#q-home", "sirkus")
    page.locator("#q-home-suggestions").wait_for(state="visible")
    page.press("#q-home", "Enter")
    page.wait_for_url(re.compile(r"/fi/search\?q=sirkus"))
    assert result_count(page) >= 2


def test_focus_is_always_visible(page):
    page.goto("/fi/search?q=laulu")
    for _ in range(4):
        page.keyboard.press("Tab")
        style = page.evaluate("(() => { const s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth]; })()")
        assert style[0] != "none" and style[1] != "0px", style


def test_everything_works_without_javascript(browser, live_server, artifacts):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844}, base_url=live_server)
    page = context.new_page()
    try:
        page.goto("/fi/")
        page.fill("#q-home", "työpaja")
        page.click("button:has-text('Hae')")
        page.wait_for_url(re.compile(r"/fi/search\?q="))
        everything = result_count(page)
        # The filter panel is open and its apply button visible.
        page.check("#f-region-pirkanmaa")
        page.click("button[data-apply-filters]")
        page.wait_for_url(re.compile(r"region=pirkanmaa"))
        assert 0 < result_count(page) < everything
        page.screenshot(path=str(artifacts / "results-no-javascript-fi.png"), full_page=True)
    finally:
        context.close()


PAGES = {
    "home": "/{lang}/",
    "results": "/{lang}/search?q=ty%C3%B6paja&target_group=children",
    "profile": "/{lang}/creators/lina-holmstrom",
    "service": "/{lang}/services/laulutyopaja-paivakodeille",
}


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
@pytest.mark.parametrize("name", list(PAGES))
def test_axe_finds_no_accessibility_violations(page, artifacts, name, lang):
    from axe_playwright_python.sync_playwright import Axe

    page.goto(PAGES[name].format(lang=lang))
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]}})
    page.screenshot(path=str(artifacts / f"{name}-{lang}-phone.png"), full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})
    desktop = Axe().run(page, options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]}})
    page.screenshot(path=str(artifacts / f"{name}-{lang}-desktop.png"), full_page=True)
    assert results.violations_count == 0, results.generate_report()
    assert desktop.violations_count == 0, desktop.generate_report()
