"""Store the generated demo data set, once per data dir and parameter set."""

from __future__ import annotations

import json
from typing import Callable

from catalog.db import Catalog
from catalog.importer import ImportReport, import_records

MARKER = "demo.json"


def load_demo(catalog: Catalog, params: dict, progress: Callable[[int], None] | None = None) -> ImportReport | None:
    """Generate and import the demo set; None when this data dir already holds exactly that set."""
    from catalog.demo import generate

    marker = catalog.settings.data_dir / MARKER
    if marker.is_file() and json.loads(marker.read_text()) == params:
        return None
    data = generate(creators=params["creators"], services=params["services"], buyers=params["buyers"], seed=params["seed"])
    report = import_records(catalog, _chain(data.creators, data.services, data.buyers), progress)
    if report.ok:
        marker.write_text(json.dumps(params))
    return report


def _chain(*iterables):
    for iterable in iterables:
        yield from iterable
