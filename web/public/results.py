"""A SearchResponse laid out for the results page: facet groups, filter chips, result cards, pages.

Pure functions of the request, the response and a URL builder; the template
only loops over what these return.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Callable

from flask_babel import lazy_gettext
from markupsafe import Markup

from search.request import FACETS, MAX_RESULT_WINDOW
from search.response import FacetValue, SearchHit, SearchResponse
from search.taxonomy import facet_label
from web.i18n import count_formatter, format_audience, format_duration, format_price
from web.search_state import SearchState

FACET_TITLES = {
    "art_form": lazy_gettext("Art form"),
    "region": lazy_gettext("Region"),
    "service_type": lazy_gettext("Service type"),
    "target_group": lazy_gettext("Target group"),
    "language": lazy_gettext("Language"),
    "creator_type": lazy_gettext("Creator type"),
    "online": lazy_gettext("Online or on site"),
}
VISIBLE_VALUES = 8
MAX_CARD_TERMS = 3

Linker = Callable[[SearchState], str]


@dataclass(frozen=True)
class FacetOption:
    facet: str
    value: str
    label: str
    count: int
    count_text: str  # the count as the page's language writes it
    selected: bool

    @property
    def input_id(self) -> str:
        return f"f-{self.facet}-{self.value}"


@dataclass(frozen=True)
class FacetGroup:
    name: str
    title: str
    visible: tuple[FacetOption, ...]
    more: tuple[FacetOption, ...]

    @property
    def selected_count(self) -> int:
        return sum(1 for o in (*self.visible, *self.more) if o.selected)


@dataclass(frozen=True)
class Chip:
    facet: str
    title: str
    label: str
    remove_url: str


@dataclass(frozen=True)
class Card:
    kind: str
    name: str
    url: str
    lang: str
    name_lang: str
    snippet: Markup
    art_forms: tuple[str, ...]
    regions: tuple[str, ...]
    more_regions: int
    creator_name: str | None = None
    price: str | None = None
    duration: str | None = None
    audience: str | None = None
    online: bool | None = None
    target_groups: tuple[str, ...] = ()


@dataclass(frozen=True)
class PageLink:
    number: int | None  # None: a gap (…)
    url: str | None
    current: bool = False


@dataclass(frozen=True)
class Pagination:
    pages: int
    previous_url: str | None
    next_url: str | None
    links: tuple[PageLink, ...] = field(default_factory=tuple)


def facet_groups(response: SearchResponse, lang: str) -> list[FacetGroup]:
    groups = []
    number = count_formatter(lang)
    for name in FACETS:
        values: tuple[FacetValue, ...] = response.facets.get(name, ())
        if not values:
            continue
        options = [FacetOption(name, v.value, v.label, v.count, number(v.count), v.selected) for v in values]
        visible = [o for i, o in enumerate(options) if i < VISIBLE_VALUES or o.selected]
        more = [o for i, o in enumerate(options) if i >= VISIBLE_VALUES and not o.selected]
        groups.append(FacetGroup(name, str(FACET_TITLES[name]), tuple(visible), tuple(more)))
    return groups


def chips(state: SearchState, lang: str, linker: Linker) -> list[Chip]:
    return [
        Chip(facet, str(FACET_TITLES[facet]), facet_label(facet, value, lang), linker(state.toggled(facet, value)))
        for facet, values in state.selections
        for value in values
    ]


def card(hit: SearchHit, lang: str) -> Card:
    art_forms = tuple(v["label"] for v in hit.facets.get("art_form", ()))
    regions = tuple(v["label"] for v in hit.facets.get("region", ()))
    display = hit.display or {}
    common = dict(
        kind=hit.kind,
        name=hit.name,
        url=hit.url,
        lang=hit.lang,
        name_lang=hit.name_lang or hit.lang,
        snippet=Markup(hit.snippet),  # escaped by search.highlight, with <mark> around matches
        art_forms=_leaves_last(art_forms)[:MAX_CARD_TERMS],
        regions=regions[:MAX_CARD_TERMS],
        more_regions=max(0, len(regions) - MAX_CARD_TERMS),
    )
    if hit.kind != "service":
        return Card(**common)
    basis = display.get("price_basis")
    basis_label = facet_label("price_basis", basis, lang) if basis else None
    return Card(
        **common,
        creator_name=display.get("creator_name"),
        price=format_price(display.get("price_eur"), basis_label),
        duration=format_duration(display.get("duration_minutes")) or None,
        audience=format_audience(display.get("audience_min"), display.get("audience_max")) or None,
        online=hit.online,
        target_groups=tuple(v["label"] for v in hit.facets.get("target_group", ()))[:MAX_CARD_TERMS],
    )


def _leaves_last(labels: tuple[str, ...]) -> tuple[str, ...]:
    """Documents list an art form's parent before it ("Music", "Children's music"); show the specific one first."""
    return tuple(reversed(labels))


def pagination(response: SearchResponse, state: SearchState, linker: Linker) -> Pagination | None:
    last_reachable = math.ceil(MAX_RESULT_WINDOW / state.per_page)
    pages = min(math.ceil(response.total / state.per_page), last_reachable)
    if pages <= 1 and state.page == 1:
        return None
    current = state.page
    numbers = sorted({1, pages, *range(max(1, current - 2), min(pages, current + 2) + 1)} - {0})
    links: list[PageLink] = []
    previous = 0
    for number in numbers:
        if number - previous > 1:
            links.append(PageLink(None, None))
        links.append(PageLink(number, linker(state.on_page(number)), number == current))
        previous = number
    return Pagination(
        pages=pages,
        previous_url=linker(state.on_page(current - 1)) if 1 < current <= pages + 1 else None,
        next_url=linker(state.on_page(current + 1)) if current < pages else None,
        links=tuple(links),
    )
