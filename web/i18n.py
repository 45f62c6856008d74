"""Languages of the site: which one a request is in, user content in it, numbers and dates per locale.

The interface language comes from the URL (/fi/, /sv/, /en/); only `/` and
pages outside a language prefix (errors, the API) fall back to Accept-Language.
Interface text is English in the source and translated with Flask-Babel
catalogs in web/translations; user content is whatever its author wrote, shown
in the interface language when it exists and marked with its own language
otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Mapping

from babel.numbers import format_currency as babel_format_currency
from babel.numbers import format_decimal as babel_format_decimal
from babel.numbers import get_group_symbol
from flask import Flask, g, has_request_context, request
from flask_babel import Babel, format_date, get_translations, gettext, lazy_gettext, ngettext

LANGUAGES = ("fi", "sv", "en")
DEFAULT_LANGUAGE = "fi"
TRANSLATIONS_DIR = Path(__file__).with_name("translations")

# Each language's name in itself: the language switch shows these, marked with their own lang.
NATIVE_NAMES = {"fi": "Suomeksi", "sv": "På svenska", "en": "In English"}

# Said when user content is shown in another language than the interface's.
ONLY_IN = {
    "fi": lazy_gettext("This text is only available in Finnish."),
    "sv": lazy_gettext("This text is only available in Swedish."),
    "en": lazy_gettext("This text is only available in English."),
}

babel = Babel()


def init_i18n(app: Flask) -> None:
    babel.init_app(
        app,
        default_locale=DEFAULT_LANGUAGE,
        default_translation_directories=str(TRANSLATIONS_DIR),
        locale_selector=current_language,
    )
    # Templates call gettext a hundred times a page; look the catalog up once per request, not per call.
    app.jinja_env.install_gettext_callables(_template_gettext, _template_ngettext, newstyle=True)
    app.jinja_env.globals.update(
        LANGUAGES=LANGUAGES,
        NATIVE_NAMES=NATIVE_NAMES,
        current_language=current_language,
        localized=localized,
        ONLY_IN=ONLY_IN,
    )
    app.jinja_env.filters.update(
        price=format_price,
        duration=format_duration,
        audience=format_audience,
        number=format_count,
        date=format_day,
    )


def _request_translations():
    translations = g.get("_kp_translations")
    if translations is None:
        translations = g._kp_translations = get_translations()
    return translations


def _template_gettext(string: str) -> str:
    return _request_translations().ugettext(string)


def _template_ngettext(singular: str, plural: str, num: int) -> str:
    """Jinja fills in %(num)s itself; templates pass num=value|number where grouping matters."""
    return _request_translations().ungettext(singular, plural, num)


def language_from_headers() -> str:
    """The best of fi, sv, en for the browser's Accept-Language; Finnish when nothing matches."""
    if not has_request_context():
        return DEFAULT_LANGUAGE
    return request.accept_languages.best_match(LANGUAGES, default=DEFAULT_LANGUAGE)


def current_language() -> str:
    """The request's interface language: the URL's prefix when it has one, else the browser's choice."""
    if has_request_context():
        lang = g.get("lang")
        if lang in LANGUAGES:
            return lang
    return language_from_headers()


@dataclass(frozen=True)
class Localized:
    """A piece of user content and the language it is actually in."""

    text: str
    lang: str

    def __bool__(self) -> bool:
        return bool(self.text)

    def __str__(self) -> str:
        return self.text


def localized(texts: Mapping[str, str] | None, lang: str | None = None) -> Localized:
    """The text in `lang` if its author wrote one, else in Finnish, Swedish or English, in that order."""
    lang = lang or current_language()
    texts = texts or {}
    for candidate in (lang, *LANGUAGES):
        value = texts.get(candidate)
        if isinstance(value, str) and value.strip():
            return Localized(value, candidate)
    return Localized("", lang)


def other_languages(texts: Mapping[str, str] | None, shown: str) -> list[Localized]:
    """The versions of a text in languages other than the one shown, in fi, sv, en order."""
    texts = texts or {}
    return [Localized(texts[l], l) for l in LANGUAGES if l != shown and isinstance(texts.get(l), str) and texts[l].strip()]


def _locale() -> str:
    return current_language()


@lru_cache(maxsize=8)
def _group_symbol(locale: str) -> str:
    return get_group_symbol(locale=locale)


def count_formatter(lang: str):
    """A quick formatter of whole numbers for one language, for pages that show a hundred counts."""
    group = _group_symbol(lang)
    return lambda value: f"{value:,}".replace(",", group)


def format_count(value: int | float | Decimal | None) -> str:
    """A number with the locale's grouping: 6 000 in Finnish and Swedish, 6,000 in English."""
    if value is None:
        return ""
    if isinstance(value, int) and not isinstance(value, bool):
        # A results page shows a hundred counts; Python's own grouping is much quicker than Babel's formatter.
        return f"{value:,}".replace(",", _group_symbol(_locale()))
    return babel_format_decimal(value, locale=_locale())


def format_price(value: float | Decimal | None, basis_label: str | None = None) -> str:
    """"350 € per ryhmä", "€1,500 per performance"; whole euros without decimals; on request when unknown."""
    if value is None:
        return gettext("Price on request")
    text = _format_euros(str(value), _locale())
    return f"{text} {basis_label}" if basis_label else text


@lru_cache(maxsize=4096)
def _format_euros(value: str, locale: str) -> str:
    amount = Decimal(value)
    if amount == amount.to_integral_value():
        return babel_format_currency(amount, "EUR", locale=locale, format=_whole_currency_pattern(locale), currency_digits=False)
    return babel_format_currency(amount, "EUR", locale=locale)


@lru_cache(maxsize=8)
def _whole_currency_pattern(locale: str) -> str:
    from babel import Locale

    pattern = Locale.parse(locale).currency_formats["standard"].pattern
    return pattern.split(";")[0].replace(".00", "")


def format_duration(minutes: int | None) -> str:
    """45 min, 1 h 30 min, 2 days: what a buyer planning a day needs to read at a glance."""
    if not minutes:
        return ""
    if minutes >= 24 * 60 and minutes % (24 * 60) == 0:
        days = minutes // (24 * 60)
        return ngettext("%(num)s day", "%(num)s days", days)
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return gettext("%(hours)s h %(minutes)s min", hours=format_count(hours), minutes=format_count(rest))
    if hours:
        return gettext("%(hours)s h", hours=format_count(hours))
    return gettext("%(minutes)s min", minutes=format_count(rest))


def format_audience(low: int | None, high: int | None) -> str:
    """The group size a service suits: "5–25 people", "up to 25 people", "at least 5 people"."""
    if low and high:
        if low == high:
            return ngettext("%(num)s person", "%(num)s people", high)
        return gettext("%(low)s–%(high)s people", low=format_count(low), high=format_count(high))
    if high:
        return ngettext("up to %(num)s person", "up to %(num)s people", high)
    if low:
        return ngettext("at least %(num)s person", "at least %(num)s people", low)
    return ""


def format_day(value: date | datetime | None, style: str = "long") -> str:
    """A date in the locale's own form: 6. tammikuuta 2025, 6 januari 2025, January 6, 2025."""
    if value is None:
        return ""
    return format_date(value, format=style)
