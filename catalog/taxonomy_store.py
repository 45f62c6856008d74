"""Keep the taxonomy tables in step with the taxonomy data file."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalog.models import Municipality, Term
from catalog.taxonomy import load_taxonomy


def sync_taxonomy(session: Session) -> int:
    """Insert new codes and update labels; never delete a code records may point to.

    A code that disappeared from the data file is only marked inactive, so old
    records keep their meaning. Returns the number of rows inserted or changed.
    """
    taxonomy = load_taxonomy()
    existing = {(t.vocabulary, t.code): t for t in session.scalars(select(Term))}
    seen: set[tuple[str, str]] = set()
    changes = 0
    for vocabulary in taxonomy.vocabularies:
        for position, entry in enumerate(taxonomy.terms(vocabulary)):
            key = (vocabulary, entry.code)
            seen.add(key)
            wanted = {
                "parent_code": entry.parent,
                "labels": dict(entry.labels),
                "synonyms": {lang: list(words) for lang, words in entry.synonyms.items()},
                "position": position,
                "active": True,
            }
            term = existing.get(key)
            if term is None:
                term = Term(vocabulary=vocabulary, code=entry.code, **wanted)
                session.add(term)
                existing[key] = term
                changes += 1
            elif any(getattr(term, name) != value for name, value in wanted.items()):
                for name, value in wanted.items():
                    setattr(term, name, value)
                changes += 1
    for key, term in existing.items():
        if key not in seen and term.active:
            term.active = False
            changes += 1
    session.flush()

    regions = {code: term for (vocabulary, code), term in existing.items() if vocabulary == "region"}
    known = {m.code: m for m in session.scalars(select(Municipality))}
    for entry in taxonomy.municipalities():
        row = known.get(entry.code)
        region_id = regions[entry.region].id
        if row is None:
            session.add(Municipality(code=entry.code, name_fi=entry.name_fi, name_sv=entry.name_sv, region_id=region_id))
            changes += 1
        elif (row.name_fi, row.name_sv, row.region_id) != (entry.name_fi, entry.name_sv, region_id):
            row.name_fi, row.name_sv, row.region_id = entry.name_fi, entry.name_sv, region_id
            changes += 1
    session.flush()
    return changes
