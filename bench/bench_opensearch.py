"""OpenSearch backend: search latency at demo scale, rebuild time, and the node's memory.

    make opensearch                       # or any OpenSearch 2.19 node
    KP_OPENSEARCH_URL=http://127.0.0.1:9200 .venv/bin/python bench/bench_opensearch.py --data-dir /tmp/kp-bench-os

Loads the demo set (6,000 creators + 4,000 services) into the data dir if it is
not there yet, rebuilds an OpenSearch index from it (timed: the whole
zero-downtime rebuild, analysis and bulk load included), then runs the same
query mix as bench_search.py through the full request path, client-side on
loopback: analysis, term lookups, the search with facets, highlighting. Runs it
twice: with the backend's term-lookup cache as in production, and with the cache
emptied before every request (every lookup a round trip). Prints figures; never
fails on time. Uses its own alias (kp-bench) and leaves it for reuse.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from bench_search import percentile, query_mix  # noqa: E402

from catalog.config import load_settings  # noqa: E402
from catalog.db import Catalog  # noqa: E402
from catalog.demo_loader import load_demo  # noqa: E402
from indexer.rebuild import rebuild_index  # noqa: E402
from search.backends.opensearch import OpenSearchBackend  # noqa: E402
from search.request import SearchRequest  # noqa: E402


def run_queries(backend: OpenSearchBackend, requests: list[SearchRequest], cold_terms: bool) -> tuple[list[float], list[int]]:
    timings, totals = [], []
    for request in requests:
        if cold_terms:
            backend._term_cache.clear()
        started = time.perf_counter()
        response = backend.search(request)
        timings.append((time.perf_counter() - started) * 1000)
        totals.append(response.total)
    return timings, totals


def describe(label: str, timings: list[float]) -> str:
    return (
        f"{label}: median {statistics.median(timings):.2f}  p90 {percentile(timings, 90):.2f}  "
        f"p99 {percentile(timings, 99):.2f}  max {max(timings):.2f} ms  "
        f"throughput {len(timings) / (sum(timings) / 1000):.0f} req/s (one thread)"
    )


def node_memory(backend: OpenSearchBackend) -> str:
    stats = backend.client.nodes.stats(metric="jvm,process")
    lines = []
    for node in stats["nodes"].values():
        mem = node["jvm"]["mem"]
        text = (
            f"node {node['name']}: heap used {mem['heap_used_in_bytes'] / 2**20:.0f} MB of {mem['heap_max_in_bytes'] / 2**20:.0f} MB, "
            f"non-heap {mem['non_heap_used_in_bytes'] / 2**20:.0f} MB"
        )
        info = backend.client.nodes.info(node_id=node.get("name"), metric="process")
        for detail in info["nodes"].values():
            status = Path(f"/proc/{detail['process']['id']}/status")
            if status.exists():  # the node runs on this machine: its resident memory too
                rss = next(line.split()[1] for line in status.read_text().splitlines() if line.startswith("VmRSS"))
                text += f", process RSS {int(rss) / 1024:.0f} MB"
        lines.append(text)
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--opensearch-url", default=os.environ.get("KP_OPENSEARCH_URL"))
    parser.add_argument("--alias", default="kp-bench")
    parser.add_argument("--creators", type=int, default=6000)
    parser.add_argument("--services", type=int, default=4000)
    parser.add_argument("--queries", type=int, default=600)
    parser.add_argument("--skip-rebuild", action="store_true", help="Reuse the alias if it holds documents.")
    args = parser.parse_args()
    if not args.opensearch_url:
        sys.exit("Give --opensearch-url or set KP_OPENSEARCH_URL (make opensearch starts a node).")

    # The demo data lives in SQLite in the data dir; the index goes to OpenSearch.
    catalog = Catalog(load_settings(args.data_dir))
    catalog.setup()
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    started = time.perf_counter()
    loaded = load_demo(catalog, {"creators": args.creators, "services": args.services, "buyers": 1000, "seed": 2026})
    if loaded is not None:
        print(f"demo data: generated and stored {loaded.stored} records in {time.perf_counter() - started:.1f} s")

    with OpenSearchBackend(args.opensearch_url, alias=args.alias, timeout=30.0) as backend:
        version = backend.client.info()["version"]["number"]
        print(f"OpenSearch {version} at {args.opensearch_url}")
        if not args.skip_rebuild or backend.status()["documents"] in (None, 0):
            started = time.perf_counter()
            count = rebuild_index(catalog, backend)
            print(f"rebuild: {count} documents in {time.perf_counter() - started:.2f} s (new index, bulk load, settings, alias swap)")
        status = backend.status()
        store = backend.client.indices.stats(index=args.alias, metric="store")["_all"]["primaries"]["store"]["size_in_bytes"]
        print(f"index: {status['documents']} documents in {status['index']}, {store / 2**20:.1f} MB on disk")

        requests = [SearchRequest.from_params(params) for params in query_mix(args.queries)]
        for request in requests[:50]:  # warm the node's caches and the Python analysers
            backend.search(request)
        timings, totals = run_queries(backend, requests, cold_terms=False)
        cold, _ = run_queries(backend, requests, cold_terms=True)
        print(f"queries: {len(timings)} (text, typos, prefixes, facets; fi/sv/en), median hits {statistics.median(totals):.0f}")
        print(describe("full request latency, term cache on ", timings))
        print(describe("full request latency, term cache off", cold))
        print(node_memory(backend))


if __name__ == "__main__":
    main()
