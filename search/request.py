"""What a user asks for: `SearchRequest`, its validation and its parsing from web/CLI parameters."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from typing import Any, Mapping

from search.documents import LANGUAGES, TAXONOMY_FACETS
from search.errors import InvalidSearchRequest
from search.taxonomy import facet_codes, facet_label_index

KINDS = ("all", "creator", "service")
SORTS = ("relevance", "newest", "name")
FACETS = TAXONOMY_FACETS + ("online",)
MAX_QUERY_CHARS = 500
MAX_PER_PAGE = 100
DEFAULT_PER_PAGE = 20
# Like Elasticsearch's max_result_window: deep pages cost more than they are worth.
MAX_RESULT_WINDOW = 10_000

_SINGLE = ("q", "kind", "lang", "sort", "page", "per_page")
_TRUE = ("true", "1", "yes")
_FALSE = ("false", "0", "no")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class SearchRequest:
    """One search: free text, filters, sort and page. Constructing one validates it.

    `facets` maps a taxonomy facet (art_form, region, ...) to the selected codes:
    OR within a facet, AND across facets. `online` is the online facet (None = either).
    """

    q: str = ""
    kind: str = "all"
    lang: str = "fi"
    facets: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    online: bool | None = None
    sort: str = "relevance"
    page: int = 1
    per_page: int = DEFAULT_PER_PAGE

    def __post_init__(self) -> None:
        if not isinstance(self.q, str):
            raise InvalidSearchRequest("q", "must be text")
        q = " ".join(_CONTROL.sub(" ", self.q).split())
        if len(q) > MAX_QUERY_CHARS:
            raise InvalidSearchRequest("q", f"is {len(q)} characters long; shorten it to at most {MAX_QUERY_CHARS}")
        object.__setattr__(self, "q", q)
        _check_choice("kind", self.kind, KINDS)
        _check_choice("lang", self.lang, LANGUAGES)
        _check_choice("sort", self.sort, SORTS)
        for name in ("page", "per_page"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool):
                raise InvalidSearchRequest(name, f"{value!r} is not a whole number")
        if self.page < 1:
            raise InvalidSearchRequest("page", f"is {self.page}; pages start at 1")
        if not 1 <= self.per_page <= MAX_PER_PAGE:
            raise InvalidSearchRequest("per_page", f"is {self.per_page}; use 1 to {MAX_PER_PAGE}")
        if (self.page - 1) * self.per_page >= MAX_RESULT_WINDOW:
            raise InvalidSearchRequest(
                "page", f"page {self.page} starts past result {MAX_RESULT_WINDOW}; narrow the search with words or facets"
            )
        if self.online not in (None, True, False):
            raise InvalidSearchRequest("online", f"{self.online!r} is not true or false")
        object.__setattr__(self, "facets", _clean_facets(self.facets))

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page

    @property
    def has_text(self) -> bool:
        return bool(self.q)

    def selected(self, facet: str) -> tuple[str, ...]:
        """The selected values of `facet` as strings (online gives "true"/"false")."""
        if facet == "online":
            return () if self.online is None else ("true" if self.online else "false",)
        return self.facets.get(facet, ())

    @classmethod
    def from_params(cls, params: Any, *, strict: bool = True) -> SearchRequest:
        """Parse web or CLI parameters into a validated request.

        `params` is a mapping of name to a string or a list of strings (a
        werkzeug MultiDict works too). Facet parameters are named after the
        facet and may repeat or hold comma-separated codes (`region=uusimaa,pirkanmaa`);
        `facet=art_form=music` (the CLI's form) works as well. With `strict`,
        an unknown parameter is an error rather than silently ignored.
        Raises InvalidSearchRequest naming the parameter; never anything else.
        """
        values = _multi_values(params)
        single: dict[str, str] = {}
        facets: dict[str, list[str]] = {}
        online: set[str] = set()
        for raw_key, raw_values in values.items():
            key = raw_key.strip()
            if not key:
                if strict:
                    raise InvalidSearchRequest("params", "a parameter has no name; remove it or name it")
                continue
            if key == "facet":
                for item in raw_values:
                    name, sep, codes = item.partition("=")
                    name = name.strip()
                    if not sep or name not in FACETS:
                        raise InvalidSearchRequest("facet", f"{item!r} is not NAME=VALUE with NAME one of {', '.join(FACETS)}")
                    (online.update if name == "online" else facets.setdefault(name, []).extend)(_split(codes))
                continue
            if key in _SINGLE:
                present = [v for v in raw_values if v != ""]
                if len(present) > 1:
                    raise InvalidSearchRequest(key, f"was given {len(present)} times; give it once")
                if present:
                    single[key] = present[0]
            elif key == "online":
                online.update(v for item in raw_values for v in _split(item))
            elif key in TAXONOMY_FACETS:
                for item in raw_values:
                    facets.setdefault(key, []).extend(_split(item))
            elif strict:
                guess = difflib.get_close_matches(key, (*_SINGLE, *FACETS), n=1)
                hint = f"; did you mean {guess[0]!r}?" if guess else f"; known parameters: {', '.join((*_SINGLE, *FACETS))}"
                raise InvalidSearchRequest(key, f"is not a search parameter{hint}")
        return cls(
            q=single.get("q", ""),
            kind=single.get("kind", "all").strip().lower(),
            lang=single.get("lang", "fi").strip().lower(),
            sort=single.get("sort", "relevance").strip().lower(),
            page=_parse_int("page", single.get("page"), 1),
            per_page=_parse_int("per_page", single.get("per_page"), DEFAULT_PER_PAGE),
            facets={name: tuple(codes) for name, codes in facets.items()},
            online=_parse_online(online),
        )


def _check_choice(name: str, value: Any, choices: tuple[str, ...]) -> None:
    if value not in choices:
        guess = difflib.get_close_matches(str(value), choices, n=1)
        hint = f"; did you mean {guess[0]!r}?" if guess else ""
        raise InvalidSearchRequest(name, f"{value!r} is not one of {', '.join(choices)}{hint}")


def _clean_facets(facets: Any) -> dict[str, tuple[str, ...]]:
    """Check every facet name and code against the taxonomy; dedupe and sort the codes."""
    if not isinstance(facets, Mapping):
        raise InvalidSearchRequest("facets", "must map a facet name to its selected codes")
    cleaned: dict[str, tuple[str, ...]] = {}
    for name, codes in facets.items():
        if name == "online":
            raise InvalidSearchRequest("online", "is its own field: online=True or online=False")
        if name not in TAXONOMY_FACETS:
            guess = difflib.get_close_matches(str(name), FACETS, n=1)
            hint = f"; did you mean {guess[0]!r}?" if guess else f"; facets are {', '.join(FACETS)}"
            raise InvalidSearchRequest(str(name), f"is not a facet{hint}")
        if isinstance(codes, str):
            codes = (codes,)
        known = facet_codes(name)
        chosen = set()
        for code in codes:
            if not isinstance(code, str):
                raise InvalidSearchRequest(name, f"{code!r} is not a code")
            code = code.strip()
            if code in known:
                chosen.add(code)
            elif code:
                raise InvalidSearchRequest(name, f"{code!r} is not a known code{_code_hint(name, code, known)}")
        if chosen:
            cleaned[name] = tuple(sorted(chosen))
    return dict(sorted(cleaned.items()))


def _code_hint(facet: str, code: str, known: frozenset[str]) -> str:
    """Did-you-mean for a facet code: close codes first, then codes whose label matches."""
    guess = difflib.get_close_matches(code.lower(), sorted(known), n=1, cutoff=0.6)
    if guess:
        return f"; did you mean {guess[0]!r}?"
    by_label = facet_label_index(facet)
    folded = code.casefold()
    if folded in by_label:
        return f"; did you mean {by_label[folded]!r}?"
    guess = difflib.get_close_matches(folded, list(by_label), n=1, cutoff=0.75)
    if guess:
        return f"; did you mean {by_label[guess[0]]!r}?"
    sample = ", ".join(sorted(known)[:8])
    return f"; use a code such as {sample}"


def _multi_values(params: Any) -> dict[str, list[str]]:
    if params is None:
        return {}
    getlist = getattr(params, "getlist", None)
    if not isinstance(params, Mapping) and getlist is None:
        raise InvalidSearchRequest("params", "must be a mapping of parameter names to values")
    out: dict[str, list[str]] = {}
    for key in list(params.keys()):
        if not isinstance(key, str):
            raise InvalidSearchRequest(str(key), "parameter names must be text")
        raw = getlist(key) if getlist is not None else params[key]
        if raw is None:
            continue
        items = list(raw) if isinstance(raw, (list, tuple)) else [raw]
        for item in items:
            if isinstance(item, bool) or not isinstance(item, (str, int)):
                raise InvalidSearchRequest(key, f"{item!r} is not text")
        out.setdefault(key, []).extend(str(item) for item in items)
    return out


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def _parse_int(name: str, value: str | None, default: int) -> int:
    if value is None:
        return default
    text = value.strip()
    if not re.fullmatch(r"[+-]?\d{1,9}", text):
        raise InvalidSearchRequest(name, f"{value!r} is not a whole number; use 1, 2, 3, ...")
    return int(text)


def _parse_online(values: set[str]) -> bool | None:
    parsed = set()
    for value in values:
        low = value.lower()
        if low in _TRUE:
            parsed.add(True)
        elif low in _FALSE:
            parsed.add(False)
        else:
            raise InvalidSearchRequest("online", f"{value!r} is not true or false")
    # Both ticked means either, as in any disjunctive facet.
    return parsed.pop() if len(parsed) == 1 else None
