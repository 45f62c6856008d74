"""The scaled indexing pipeline: relay throughput for a burst, and commit-to-searchable lag.

    .venv/bin/python bench/bench_pipeline.py                      # starts PostgreSQL, Redis and an OpenSearch node
    .venv/bin/python bench/bench_pipeline.py --opensearch-url http://127.0.0.1:9200 \\
        --database-url postgresql+psycopg://... --redis-url redis://127.0.0.1:6379/0

1. Burst: 10,000 changes (5,000 creators with one service each, committed in
   batches of 500 as an import does) wait in the outbox; a real
   `kulttuuripankki worker` then drains them into OpenSearch. Throughput is
   changes drained per second, from the drain request to an empty outbox,
   after an unmeasured warm-up burst of 2,000 (a fresh JVM is slower).
   Target: at least 1,000 changes/s.
2. Lag: records are edited at a steady 20 edits/s, each edit in its own
   transaction whose commit asks the workers for a drain through Redis (as the
   web processes do). A poller searches the index every 20 ms for the edited
   documents' versions; the lag is commit to first seen by a search.
   Targets: median under 2 s, p99 under 5 s.

Prints figures and the machine's core count; never fails on time. Services it
starts itself are stopped at the end; with your own, it uses a throwaway alias
and database tables it empties first (give it a database of its own).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "tests"))
sys.path.insert(0, str(HERE.parent / "tests" / "indexer"))

from pipeline_support import Worker, create_records, drop_alias, pipeline_settings, waiting_rows  # noqa: E402
from sqlalchemy import select, text  # noqa: E402
from tests_support import CONTENT_TABLES  # noqa: E402

from catalog.db import Catalog  # noqa: E402
from catalog.models import Creator  # noqa: E402
from indexer.tasks import request_drain  # noqa: E402
from search.backends.opensearch import OpenSearchBackend  # noqa: E402

BURST_CREATORS = 5_000  # and one service each: 10,000 changes
WARM_UP_CREATORS = 1_000
COMMIT_BATCH = 500
EDITS_PER_SECOND = 20
LAG_SECONDS = 30
POLL_SECONDS = 0.02


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered)) - 1))]


def empty_catalog(catalog: Catalog) -> None:
    with catalog.engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {', '.join(CONTENT_TABLES)} RESTART IDENTITY CASCADE"))


def drain_burst(catalog: Catalog, settings, creators: int) -> tuple[int, float]:
    """Commit `creators` creators with a service each, then time the workers draining them."""
    for _ in range(max(1, creators // COMMIT_BATCH)):
        create_records(catalog, min(creators, COMMIT_BATCH))
    changes = waiting_rows(catalog)
    started = time.perf_counter()
    request_drain(settings)
    while waiting_rows(catalog):
        time.sleep(0.05)
    return changes, time.perf_counter() - started


def burst(catalog: Catalog, settings, worker: Worker) -> None:
    drain_burst(catalog, settings, WARM_UP_CREATORS)  # a fresh JVM and fresh workers run slower at first
    changes, elapsed = drain_burst(catalog, settings, BURST_CREATORS)
    processes = worker.concurrency or min(4, (os.cpu_count() or 1) + 1)
    print(f"burst: {changes} changes drained in {elapsed:.1f} s = {changes / elapsed:.0f} changes/s "
          f"({processes} worker processes, after a warm-up of {2 * WARM_UP_CREATORS}; target >= 1000/s)")


class Poller(threading.Thread):
    """Search the index for pending edits every POLL_SECONDS; record when each became searchable."""

    def __init__(self, backend: OpenSearchBackend):
        super().__init__(daemon=True)
        self.backend = backend
        self.pending: dict[str, tuple[int, float]] = {}  # doc id -> (version, committed at)
        self.lags: list[float] = []
        self.lock = threading.Lock()
        self.running = True

    def expect(self, doc_id: str, version: int, committed_at: float) -> None:
        with self.lock:
            self.pending[doc_id] = (version, committed_at)  # a newer edit of the same record replaces the older

    def run(self) -> None:
        while self.running:
            with self.lock:
                wanted = dict(self.pending)
            if wanted:
                body = {"query": {"ids": {"values": list(wanted)}}, "version": True, "_source": False, "size": len(wanted)}
                hits = self.backend.client.search(index=self.backend.names.alias, body=body)["hits"]["hits"]
                now = time.perf_counter()
                with self.lock:
                    for hit in hits:
                        expected = self.pending.get(hit["_id"])
                        if expected and hit["_version"] >= expected[0]:
                            self.lags.append(now - expected[1])
                            del self.pending[hit["_id"]]
            time.sleep(POLL_SECONDS)


def lag(catalog: Catalog, backend: OpenSearchBackend) -> None:
    with catalog.sessionmaker() as session:
        creators = list(session.scalars(select(Creator.id).order_by(Creator.id).limit(2000)))
    poller = Poller(backend)
    poller.start()
    edits = EDITS_PER_SECOND * LAG_SECONDS
    started = time.perf_counter()
    for n in range(edits):
        due = started + n / EDITS_PER_SECOND
        if (wait := due - time.perf_counter()) > 0:
            time.sleep(wait)
        with catalog.transaction() as session:  # the commit hook asks for a drain
            creator = session.get(Creator, creators[n % len(creators)])
            creator.name = f"Tekijä {creator.id} muokkaus {n}"
        poller.expect(f"creator:{creator.id}", creator.version, time.perf_counter())
    deadline = time.perf_counter() + 60
    while poller.pending and time.perf_counter() < deadline:
        time.sleep(0.1)
    poller.running = False
    poller.join()
    lags = poller.lags
    rate = edits / (time.perf_counter() - started)
    print(f"lag at {EDITS_PER_SECOND} edits/s ({edits} edits, {rate:.1f}/s achieved): median {statistics.median(lags) * 1000:.0f} ms, "
          f"p90 {percentile(lags, 90) * 1000:.0f} ms, p99 {percentile(lags, 99) * 1000:.0f} ms, max {max(lags) * 1000:.0f} ms "
          f"(targets: median < 2000, p99 < 5000); {len(poller.pending)} edits never seen")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--opensearch-url", default=os.environ.get("KP_OPENSEARCH_URL"))
    parser.add_argument("--database-url", help="PostgreSQL URL of a database the benchmark may empty")
    parser.add_argument("--redis-url")
    parser.add_argument("--concurrency", type=int, default=None, help="worker processes (default: the worker command's)")
    args = parser.parse_args()
    print(f"cores: {os.cpu_count()}")
    stops = []
    try:
        if not args.database_url:
            from services import PostgresServer

            server = PostgresServer()
            server.start()
            stops.append(server.stop)
            args.database_url = server.create_database("kp_bench_pipeline")
        if not args.redis_url:
            from services import RedisServer

            redis = RedisServer()
            args.redis_url = redis.start()
            stops.append(redis.stop)
        if not args.opensearch_url:
            from opensearch_node import OpenSearchNode

            node = OpenSearchNode()
            started = time.perf_counter()
            args.opensearch_url = node.start()
            stops.append(node.stop)
            print(f"started an OpenSearch node in {time.perf_counter() - started:.0f} s")
        data_dir = Path(tempfile.mkdtemp(prefix="kp-bench-pipeline-"))
        stops.append(lambda: shutil.rmtree(data_dir, ignore_errors=True))
        settings = pipeline_settings(data_dir, args.database_url, args.opensearch_url, args.redis_url, alias="kp-bench-pipeline")
        catalog = Catalog(settings)
        catalog.setup()
        empty_catalog(catalog)
        backend = OpenSearchBackend.from_settings(settings)
        drop_alias(backend)
        backend.count()  # creates the empty index
        # No beat for the burst: the clock starts with our drain request, not a scheduled one.
        worker = Worker(settings, concurrency=args.concurrency, beat=False)
        worker.start()
        stops.insert(0, worker.stop)
        time.sleep(5)  # let the worker start before the clock runs
        burst(catalog, settings, worker)
        worker.stop()
        worker.beat = True  # as deployed: commits ask for drains, the beat is the safety net
        worker.start()
        time.sleep(5)
        catalog.add_commit_hook(lambda: request_drain(settings))
        lag(catalog, backend)
        drop_alias(backend)
        backend.close()
        catalog.close()
    finally:
        for stop in stops:
            stop()


if __name__ == "__main__":
    main()
