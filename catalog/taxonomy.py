"""The controlled vocabularies and Finland's municipalities, read from taxonomy.json.

Pure: no database, no web framework. The relational copy in the catalog is
synchronised *from* this file, so the file is the single source of truth.

Data notes:
- Codes are lower-case ASCII words joined by hyphens; languages use ISO 639-1
  codes where one exists. Finnish Sign Language has none, so it is ``fse``
  (ISO 639-3); likewise ``fss`` (Finland-Swedish Sign Language), ``smn``
  (Inari Sami), ``sms`` (Skolt Sami), ``rmf`` (Finnish Romani) and ``krl``
  (Karelian).
- Municipalities are Statistics Finland's classification for 2025-2026: 308
  municipalities (Pertunmaa joined Mäntyharju on 1 January 2025), with their
  municipality numbers and regions. ``name_sv`` is the Swedish name Statistics
  Finland publishes, or None where it only repeats the Finnish name of a
  Finnish-speaking municipality. On Åland the Swedish name is the official one,
  so it is always set there.
- Synonyms are base forms of the field and its practitioners in each language;
  they are what lets a Swedish "musiker" find a Finnish-only music profile.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, Iterable, Mapping

DATA_FILE = Path(__file__).with_name("taxonomy.json")
LANGUAGES = ("fi", "sv", "en")
LABEL_FALLBACK = ("fi", "en")

_CODE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_MUNICIPALITY_CODE = re.compile(r"[0-9]{3}")


class TaxonomyDataError(ValueError):
    """taxonomy.json is malformed; the message names the entry and what to fix."""


class TaxonomyLookupError(LookupError, ValueError):
    """A code or name that the taxonomy does not know; carries a did-you-mean."""

    suggestion: str | None


class UnknownVocabulary(TaxonomyLookupError):
    def __init__(self, vocabulary: str, known: Iterable[str]):
        self.vocabulary = vocabulary
        known = list(known)
        self.suggestion = _closest(vocabulary, known)
        if self.suggestion:
            hint = f"; did you mean {self.suggestion!r}?"
        else:
            hint = f"; known vocabularies: {', '.join(known)}"
        super().__init__(f"unknown vocabulary {vocabulary!r}{hint}")


class UnknownCode(TaxonomyLookupError):
    def __init__(self, vocabulary: str, code: str, suggestion: str | None = None, valid: Iterable[str] = ()):
        self.vocabulary = vocabulary
        self.code = code
        self.suggestion = suggestion
        if suggestion:
            hint = f"; did you mean {suggestion!r}?"
        else:
            valid = list(valid)
            hint = f"; valid codes: {', '.join(valid)}" if 0 < len(valid) <= 20 else ""
        super().__init__(f"unknown {vocabulary} code {code!r}{hint}")


class UnknownMunicipality(TaxonomyLookupError):
    def __init__(self, name: str, suggestion: str | None = None):
        self.name = name
        self.suggestion = suggestion
        hint = f"; did you mean {suggestion!r}?" if suggestion else ""
        super().__init__(f"unknown municipality {name!r}{hint} (give its Finnish or Swedish name)")


@dataclass(frozen=True)
class Term:
    code: str
    vocabulary: str
    parent: str | None
    labels: Mapping[str, str] = field(hash=False)
    synonyms: Mapping[str, tuple[str, ...]] = field(hash=False)
    # Regions only: whether the region takes part in the service yet.
    participating: bool | None = None


@dataclass(frozen=True)
class Municipality:
    code: str
    name_fi: str
    name_sv: str | None
    region: str


class Taxonomy:
    """Read-only view of the vocabularies; build with load_taxonomy() or build_taxonomy()."""

    def __init__(self, version: int, terms: dict[str, tuple[Term, ...]], municipalities: tuple[Municipality, ...]):
        self.version = version
        self._terms = terms
        self._by_code = {name: {t.code: t for t in ts} for name, ts in terms.items()}
        self._children = {
            name: {t.code: tuple(c.code for c in ts if c.parent == t.code) for t in ts} for name, ts in terms.items()
        }
        self._municipalities = municipalities
        self._municipality_by_code = {m.code: m for m in municipalities}
        self._municipality_by_name = _municipality_names(municipalities)
        self._code_by_word = {name: _code_by_word(ts) for name, ts in terms.items()}

    @property
    def vocabularies(self) -> tuple[str, ...]:
        return tuple(self._terms)

    def terms(self, vocabulary: str) -> tuple[Term, ...]:
        """Every term of the vocabulary in file order (parents before their children)."""
        return self._terms[self._vocabulary(vocabulary)]

    def get(self, vocabulary: str, code: str) -> Term:
        """The term; raises UnknownCode (with the nearest valid code) if there is none."""
        terms = self._by_code[self._vocabulary(vocabulary)]
        term = terms.get(code)
        if term is None:
            raise UnknownCode(vocabulary, code, self._suggest_code(vocabulary, code), terms)
        return term

    def is_code(self, vocabulary: str, code: str) -> bool:
        return code in self._by_code[self._vocabulary(vocabulary)]

    def label(self, vocabulary: str, code: str, lang: str) -> str:
        """The label in lang, else Finnish, else English, else the code itself."""
        labels = self.get(vocabulary, code).labels
        for candidate in (lang, *LABEL_FALLBACK):
            if labels.get(candidate):
                return labels[candidate]
        return code

    def ancestors(self, vocabulary: str, code: str) -> tuple[str, ...]:
        """Codes above this one, outermost first; empty for a top-level term."""
        result: list[str] = []
        parent = self.get(vocabulary, code).parent
        while parent is not None:
            result.insert(0, parent)
            parent = self.get(vocabulary, parent).parent
        return tuple(result)

    def children(self, vocabulary: str, code: str) -> tuple[str, ...]:
        """Codes directly below this one, in file order."""
        self.get(vocabulary, code)
        return self._children[vocabulary][code]

    def search_labels(self, vocabulary: str, code: str) -> dict[str, list[str]]:
        """Labels then synonyms per language, without duplicates: what to index for a tagged record."""
        term = self.get(vocabulary, code)
        result: dict[str, list[str]] = {}
        for lang in LANGUAGES:
            words = [term.labels[lang], *term.synonyms.get(lang, ())]
            result[lang] = list(dict.fromkeys(words))
        return result

    def municipalities(self) -> tuple[Municipality, ...]:
        """All current municipalities, ordered by municipality number."""
        return self._municipalities

    def municipality(self, code: str) -> Municipality:
        """The municipality with this number ("091"); raises UnknownMunicipality."""
        found = self._municipality_by_code.get(code)
        if found is None:
            suggestion = None
            by_name = self._municipality_by_name.get(_fold(code))
            if by_name is not None:
                suggestion = by_name.code
            raise UnknownMunicipality(code, suggestion)
        return found

    def find_municipality(self, name: str) -> Municipality:
        """The municipality by Finnish or Swedish name, ignoring case and surrounding space."""
        key = _fold(name)
        found = self._municipality_by_name.get(key)
        if found is None:
            close = difflib.get_close_matches(key, self._municipality_by_name, n=1, cutoff=0.75)
            suggestion = None
            if close:
                match = self._municipality_by_name[close[0]]
                # Suggest the name in the language the user seems to be writing.
                suggestion = match.name_sv if match.name_sv and _fold(match.name_sv) == close[0] else match.name_fi
            raise UnknownMunicipality(name, suggestion)
        return found

    def _vocabulary(self, vocabulary: str) -> str:
        if vocabulary not in self._terms:
            raise UnknownVocabulary(vocabulary, self._terms)
        return vocabulary

    def _suggest_code(self, vocabulary: str, code: str) -> str | None:
        folded = _fold(code)
        if folded in self._by_code[vocabulary]:
            return folded
        if folded in self._code_by_word[vocabulary]:
            return self._code_by_word[vocabulary][folded]
        return _closest(folded, self._by_code[vocabulary])


@cache
def load_taxonomy() -> Taxonomy:
    """The taxonomy packaged beside this module, read and validated once per process."""
    return read_taxonomy(DATA_FILE)


def read_taxonomy(path: Path) -> Taxonomy:
    """Read and validate a taxonomy file; raises TaxonomyDataError naming the bad entry."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise TaxonomyDataError(f"{path}: not valid JSON ({exc})") from None
    return build_taxonomy(data)


def build_taxonomy(data: Any) -> Taxonomy:
    """Validate parsed taxonomy data and build the lookup structures."""
    if not isinstance(data, dict):
        raise TaxonomyDataError("taxonomy: the top level must be an object")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise TaxonomyDataError('taxonomy: "version" must be an integer')
    vocabularies = data.get("vocabularies")
    if not isinstance(vocabularies, dict) or not vocabularies:
        raise TaxonomyDataError('taxonomy: "vocabularies" must be a non-empty object')
    terms = {name: _parse_vocabulary(name, entries) for name, entries in vocabularies.items()}
    if "region" not in terms:
        raise TaxonomyDataError('taxonomy: the "region" vocabulary is missing; municipalities need it')
    regions = {t.code for t in terms["region"]}
    municipalities = _parse_municipalities(data.get("municipalities"), regions)
    return Taxonomy(version, terms, municipalities)


def _parse_vocabulary(name: str, entries: Any) -> tuple[Term, ...]:
    if not isinstance(entries, list) or not entries:
        raise TaxonomyDataError(f"taxonomy: vocabulary {name!r} must be a non-empty list of terms")
    terms: list[Term] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        where = f"{name}[{index}]"
        if not isinstance(entry, dict):
            raise TaxonomyDataError(f"taxonomy: {where} must be an object")
        code = entry.get("code")
        if not isinstance(code, str) or not _CODE.fullmatch(code):
            raise TaxonomyDataError(
                f"taxonomy: {where} has code {code!r}; use lower-case ASCII letters and digits joined by hyphens"
            )
        where = f"{name}[{index}] {code!r}"
        if code in seen:
            raise TaxonomyDataError(f"taxonomy: {where} is a duplicate code in {name}")
        seen.add(code)
        parent = entry.get("parent")
        if parent is not None and not isinstance(parent, str):
            raise TaxonomyDataError(f"taxonomy: {where} has a parent that is not a code string")
        participating = entry.get("participating")
        if name == "region" and not isinstance(participating, bool):
            raise TaxonomyDataError(f'taxonomy: {where} needs "participating": true or false')
        if name != "region" and participating is not None:
            raise TaxonomyDataError(f'taxonomy: {where} has "participating", which only regions may have')
        terms.append(
            Term(
                code=code,
                vocabulary=name,
                parent=parent,
                labels=_parse_labels(where, entry.get("labels")),
                synonyms=_parse_synonyms(where, entry.get("synonyms", {})),
                participating=participating,
            )
        )
    by_code = {t.code: t for t in terms}
    for index, term in enumerate(terms):
        if term.parent is None:
            continue
        where = f"{name}[{index}] {term.code!r}"
        parent = by_code.get(term.parent)
        if parent is None:
            raise TaxonomyDataError(f"taxonomy: {where} has parent {term.parent!r}, which is not a code in {name}")
        if parent.parent is not None:
            raise TaxonomyDataError(
                f"taxonomy: {where} has parent {term.parent!r}, which itself has a parent; only two levels are allowed"
            )
    return tuple(terms)


def _parse_labels(where: str, labels: Any) -> Mapping[str, str]:
    if not isinstance(labels, dict):
        raise TaxonomyDataError(f"taxonomy: {where} needs a labels object with {', '.join(LANGUAGES)}")
    for lang in LANGUAGES:
        value = labels.get(lang)
        if not isinstance(value, str) or not value.strip():
            raise TaxonomyDataError(f"taxonomy: {where} is missing its {lang!r} label")
    for lang, value in labels.items():
        if not isinstance(value, str):
            raise TaxonomyDataError(f"taxonomy: {where} has a {lang!r} label that is not a string")
    return MappingProxyType({lang: value.strip() for lang, value in labels.items()})


def _parse_synonyms(where: str, synonyms: Any) -> Mapping[str, tuple[str, ...]]:
    if not isinstance(synonyms, dict):
        raise TaxonomyDataError(f"taxonomy: {where} has synonyms that are not an object of lists")
    result: dict[str, tuple[str, ...]] = {}
    for lang, words in synonyms.items():
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            raise TaxonomyDataError(f"taxonomy: {where} synonyms[{lang!r}] must be a list of non-empty strings")
        result[lang] = tuple(dict.fromkeys(w.strip() for w in words))
    return MappingProxyType(result)


def _parse_municipalities(entries: Any, regions: set[str]) -> tuple[Municipality, ...]:
    if not isinstance(entries, list) or not entries:
        raise TaxonomyDataError('taxonomy: "municipalities" must be a non-empty list')
    result: list[Municipality] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        where = f"municipalities[{index}]"
        if not isinstance(entry, dict):
            raise TaxonomyDataError(f"taxonomy: {where} must be an object")
        code = entry.get("code")
        if not isinstance(code, str) or not _MUNICIPALITY_CODE.fullmatch(code):
            raise TaxonomyDataError(f"taxonomy: {where} has code {code!r}; use the three-digit municipality number")
        name_fi, name_sv, region = entry.get("fi"), entry.get("sv"), entry.get("region")
        where = f"{where} {code} {name_fi!r}"
        if code in seen:
            raise TaxonomyDataError(f"taxonomy: {where} repeats municipality number {code}")
        seen.add(code)
        if not isinstance(name_fi, str) or not name_fi.strip():
            raise TaxonomyDataError(f"taxonomy: {where} is missing its Finnish name")
        if name_sv is not None and (not isinstance(name_sv, str) or not name_sv.strip()):
            raise TaxonomyDataError(f"taxonomy: {where} needs a Swedish name or null")
        if region not in regions:
            raise TaxonomyDataError(f"taxonomy: {where} has region {region!r}, which is not a region code")
        result.append(Municipality(code, name_fi.strip(), name_sv.strip() if name_sv else None, region))
    result.sort(key=lambda m: m.code)
    _municipality_names(result)  # raises on a name shared by two municipalities
    return tuple(result)


def _municipality_names(municipalities: Iterable[Municipality]) -> dict[str, Municipality]:
    names: dict[str, Municipality] = {}
    for m in municipalities:
        for name in (m.name_fi, m.name_sv):
            if not name:
                continue
            other = names.setdefault(_fold(name), m)
            if other is not m:
                raise TaxonomyDataError(
                    f"taxonomy: municipalities {other.code} and {m.code} share the name {name!r}; names must be unique"
                )
    return names


def _code_by_word(terms: Iterable[Term]) -> dict[str, str]:
    """Map labels and synonyms to codes, so "musiikki" typed as a code can suggest "music"."""
    words: dict[str, str] = {}
    for term in terms:  # synonyms first: a label wins when a word is both
        for synonyms in term.synonyms.values():
            for word in synonyms:
                words.setdefault(_fold(word), term.code)
    for term in terms:
        for label in term.labels.values():
            words[_fold(label)] = term.code
    return words


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _closest(word: str, candidates: Iterable[str]) -> str | None:
    close = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    return close[0] if close else None
