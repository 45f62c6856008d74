"""Translations are complete and compiled; user content falls back sensibly; numbers read as each locale writes them."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from flask import Flask, g

from web.i18n import format_audience, format_count, format_duration, format_price, init_i18n, localized, other_languages

TRANSLATIONS = Path(__file__).resolve().parents[2] / "web" / "translations"


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_every_interface_text_is_translated(lang):
    with (TRANSLATIONS / lang / "LC_MESSAGES" / "messages.po").open("rb") as source:
        catalog = read_po(source)
    untranslated = [m.id for m in catalog if m.id and (not m.string or (isinstance(m.string, tuple) and not all(m.string)))]
    assert untranslated == []
    fuzzy = [m.id for m in catalog if m.id and m.fuzzy]
    assert fuzzy == []


def test_every_text_in_the_code_is_in_the_catalogs():
    """A string added to a template or view without a translation shows up here before a Finnish user sees English."""
    from babel.messages.extract import extract_from_dir

    root = Path(__file__).resolve().parents[2] / "web"
    method_map = [("**/templates/**.html", "jinja2"), ("**.py", "python")]
    keywords = {"_": None, "gettext": None, "ngettext": (1, 2), "lazy_gettext": None}
    found = {
        (message if isinstance(message, str) else message[0])
        for _file, _line, message, _comments, _context in extract_from_dir(str(root), method_map, keywords=keywords)
    }
    with (TRANSLATIONS / "fi" / "LC_MESSAGES" / "messages.po").open("rb") as source:
        known = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(source) if m.id}
    assert sorted(found - known) == []


@pytest.fixture
def in_language():
    app = Flask(__name__)
    init_i18n(app)

    def use(lang):
        context = app.test_request_context("/")
        context.push()
        g.lang = lang
        return context

    contexts = []
    yield lambda lang: contexts.append(use(lang))
    for context in reversed(contexts):
        context.pop()


@pytest.mark.parametrize(
    "lang, price, per_group, cents, count",
    [
        ("fi", "1\xa0500\xa0€", "350\xa0€ per ryhmä", "12,50\xa0€", "6\xa0000"),
        ("sv", "1\xa0500\xa0€", "350\xa0€ per grupp", "12,50\xa0€", "6\xa0000"),
        ("en", "€1,500", "€350 per group", "€12.50", "6,000"),
    ],
)
def test_numbers_and_prices_per_locale(in_language, lang, price, per_group, cents, count):
    in_language(lang)
    assert format_price(1500) == price
    assert format_price(350, {"fi": "per ryhmä", "sv": "per grupp", "en": "per group"}[lang]) == per_group
    assert format_price(12.5) == cents
    assert format_count(6000) == count


@pytest.mark.parametrize(
    "lang, expected",
    [
        ("fi", ["45 min", "1 t 30 min", "2 t", "3 päivää", "Hinta pyydettäessä", "5–25 henkeä", "enintään 1 henkilö", "vähintään 10 henkeä"]),
        ("sv", ["45 min", "1 h 30 min", "2 h", "3 dagar", "Pris på begäran", "5–25 personer", "högst 1 person", "minst 10 personer"]),
        ("en", ["45 min", "1 h 30 min", "2 h", "3 days", "Price on request", "5–25 people", "up to 1 person", "at least 10 people"]),
    ],
)
def test_durations_and_group_sizes_read_naturally(in_language, lang, expected):
    in_language(lang)
    got = [
        format_duration(45),
        format_duration(90),
        format_duration(120),
        format_duration(3 * 24 * 60),
        format_price(None),
        format_audience(5, 25),
        format_audience(None, 1),
        format_audience(10, None),
    ]
    assert got == expected


def test_user_content_falls_back_to_the_language_it_was_written_in():
    assert localized({"fi": "Hei", "sv": "Hej"}, "sv").lang == "sv"
    assert localized({"sv": "Hej", "en": "Hi"}, "fi") == localized({"sv": "Hej", "en": "Hi"}, "fi")
    assert localized({"sv": "Hej", "en": "Hi"}, "fi").lang == "sv"
    assert localized({"en": "Hi", "fi": "  "}, "fi").lang == "en"  # blank text does not count
    assert not localized({}, "fi")
    assert [t.lang for t in other_languages({"fi": "a", "sv": "b", "en": "c"}, "sv")] == ["fi", "en"]
