"""Search latency and rebuild time on the demo data set (issue: search performance).

    .venv/bin/python bench/bench_search.py --data-dir /tmp/kp-bench            # 6,000 + 4,000
    .venv/bin/python bench/bench_search.py --data-dir /tmp/kp-1m --creators 600000 --services 400000

Loads the demo set into the data dir if it is not there yet, rebuilds the index
(timed), then runs a fixed mix of realistic queries (inflected and compound
Finnish, Swedish, English, typos, prefixes, facet-only, text + facets) through
the full request path: analysis, query, facets, highlighting. Prints figures;
never fails on time.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from catalog.config import load_settings  # noqa: E402
from catalog.db import Catalog  # noqa: E402
from catalog.demo_loader import load_demo  # noqa: E402
from indexer.rebuild import open_backend, rebuild_index  # noqa: E402
from search.request import SearchRequest  # noqa: E402

TEXT_QUERIES = {
    "fi": [
        "tanssi", "tanssijoille", "lastenmusiikki", "musiikkia lapsille", "kuvataidetyöpaja", "teatteri",
        "sirkus", "valokuvaaja", "laulunopettaja", "kirjailijavierailu", "Tampereella", "Turussa", "Oulussa",
        "Helsingissä", "työpaja senioreille", "konsertti päiväkodeille", "keramiikka", "nukketeatteri",
        "videokuvaaja", "kuvittaja", "sarjakuva", "runous", "kuoro", "jazz", "kansanmusiikki", "tanssiesitys",
        "improvisaatio", "muotoilu", "arkkitehtuuri", "kulttuuriperintö", "yhteisötaide", "draamakasvatus",
        "kirjoittajakurssi", "valokuvauskurssi", "bändi häihin", "lasten teatteriesitys", "tarinankerronta",
        "taidekasvatus kouluille", "tanssiopettaja Vaasassa", "muusikko Kuopiossa",
    ],
    "sv": ["musiker", "dans för barn", "teater i Vasa", "konstnär", "workshop för skolor", "fotograf",
           "körsång", "berättare", "i Tammerfors", "Åbo", "musik för äldre", "cirkus"],
    "en": ["musician", "dance workshop", "photographer", "course", "storytelling", "theatre for children",
           "illustrator", "choir", "concert for schools", "painting workshop"],
}
TYPOS = {"fi": ["tansija", "valokuvajaa", "musikki", "teaterri", "kuvataitelija", "laulunopettja", "keramikka"],
         "sv": ["musikre", "teatre", "fotogarf"], "en": ["musicain", "photograher", "wokrshop"]}
PREFIXES = {"fi": ["tans", "valok", "kera", "musi", "sirk"], "sv": ["musi", "dans"], "en": ["phot", "danc"]}
FACETS = {
    "region": ["uusimaa", "pirkanmaa", "varsinais-suomi", "pohjanmaa", "pohjois-pohjanmaa", "ahvenanmaa", "pohjois-savo"],
    "art_form": ["music", "dance", "theatre", "visual-arts", "circus", "literature", "photography"],
    "target_group": ["children", "early-childhood", "schools", "seniors", "adults", "care"],
    "service_type": ["workshop", "performance", "concert", "course"],
}


def query_mix(count: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    queries = []
    for i in range(count):
        lang = rng.choices(["fi", "sv", "en"], weights=[7, 2, 1])[0]
        roll = rng.random()
        if roll < 0.45:
            q = rng.choice(TEXT_QUERIES[lang])
        elif roll < 0.6:
            q = rng.choice(TYPOS[lang])
        elif roll < 0.72:
            q = rng.choice(PREFIXES[lang])
        else:
            q = "" if rng.random() < 0.5 else rng.choice(TEXT_QUERIES[lang])
        params = {"q": q, "lang": lang, "kind": rng.choice(["all", "all", "creator", "service"])}
        if roll >= 0.72 or rng.random() < 0.2:
            for facet in rng.sample(list(FACETS), rng.randint(1, 2)):
                params[facet] = rng.sample(FACETS[facet], rng.randint(1, 2))
        if rng.random() < 0.1:
            params["page"] = str(rng.randint(2, 4))
        queries.append(params)
    return queries


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--creators", type=int, default=6000)
    parser.add_argument("--services", type=int, default=4000)
    parser.add_argument("--buyers", type=int, default=1000)
    parser.add_argument("--queries", type=int, default=600)
    parser.add_argument("--skip-rebuild", action="store_true", help="Reuse the index if it is current.")
    args = parser.parse_args()

    catalog = Catalog(load_settings(args.data_dir))
    catalog.setup()
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    started = time.perf_counter()
    loaded = load_demo(catalog, {"creators": args.creators, "services": args.services, "buyers": args.buyers, "seed": 2026})
    if loaded is not None:
        print(f"demo data: generated and stored {loaded.stored} records in {time.perf_counter() - started:.1f} s")
    with open_backend(catalog) as backend:
        if not args.skip_rebuild or loaded is not None or backend.count() == 0:
            started = time.perf_counter()
            count = rebuild_index(catalog, backend)
            print(f"rebuild: {count} documents in {time.perf_counter() - started:.2f} s")
        print(f"index: {backend.count()} documents")
        requests = [SearchRequest.from_params(params) for params in query_mix(args.queries)]
        for request in requests[:50]:  # warm caches and the searcher
            backend.search(request)
        timings, totals = [], []
        for request in requests:
            started = time.perf_counter()
            response = backend.search(request)
            timings.append((time.perf_counter() - started) * 1000)
            totals.append(response.total)
    print(f"queries: {len(timings)} (text, typos, prefixes, facets; fi/sv/en), median hits {statistics.median(totals):.0f}")
    print(
        f"full request latency ms: median {statistics.median(timings):.2f}  p90 {percentile(timings, 90):.2f}  "
        f"p99 {percentile(timings, 99):.2f}  max {max(timings):.2f}  throughput {len(timings) / (sum(timings) / 1000):.0f} req/s (one thread)"
    )


if __name__ == "__main__":
    main()
