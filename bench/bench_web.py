"""Benchmark the website: results pages in-process, then a bounded loopback load against gunicorn.

    kulttuuripankki --data-dir /tmp/webdemo demo --no-serve     # 6,000 creators + 4,000 services, indexed
    .venv/bin/python bench/bench_web.py --data-dir /tmp/webdemo

Part 1 renders full server-side results pages (search, facets, cards, pages)
through the Flask app in this process and prints median and p99.
Part 2 starts `kulttuuripankki run` (gunicorn, 2 workers) on a free loopback
port and lets 20 concurrent clients request results pages for 30 seconds;
it prints requests per second, latency percentiles and the error count.
Traffic goes to 127.0.0.1 only, and every loop is bounded in time.
"""

from __future__ import annotations

import argparse
import http.client
import os
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

# A buyer's searches: words in three languages, facets, sorting, paging.
RESULT_PAGES = [
    "/fi/search?q=ty%C3%B6paja&target_group=children&region=pirkanmaa",
    "/fi/search?q=lastenmusiikki",
    "/fi/search?q=nukketeatteri&region=uusimaa",
    "/sv/search?q=dans&kind=service",
    "/en/search?q=theatre+workshop",
    "/fi/search",
    "/fi/search?art_form=music&region=uusimaa&page=2",
    "/fi/search?q=kuvataide+kurssi&target_group=youth&sort=newest",
    "/sv/search?q=konsert&region=pohjanmaa&region=varsinais-suomi",
    "/fi/search?kind=service&service_type=workshop&online=false&target_group=schools",
    "/en/search?q=photography&kind=creator",
    "/fi/search?q=sirkusty%C3%B6pja",
]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def in_process(data_dir: str, rounds: int) -> None:
    from catalog.config import load_settings
    from web.app import create_app

    app = create_app(load_settings(data_dir))
    client = app.test_client()
    for url in RESULT_PAGES:  # open the index, fill caches
        assert client.get(url).status_code == 200, url
    timings: list[float] = []
    for _ in range(rounds):
        for url in RESULT_PAGES:
            started = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
            if response.status_code != 200:
                raise SystemExit(f"{url} answered {response.status_code}")
    print(f"in-process results pages: {len(timings)} requests over {len(RESULT_PAGES)} searches")
    print(
        f"  median {statistics.median(timings):.1f} ms   p90 {percentile(timings, 0.9):.1f} ms   "
        f"p99 {percentile(timings, 0.99):.1f} ms   max {max(timings):.1f} ms"
    )


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_up(port: int, server: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("the server exited before it answered")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            connection.request("GET", "/fi/")
            if connection.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("the server did not answer within a minute")


def load(data_dir: str, clients: int, seconds: float, workers: int) -> None:
    port = _free_port()
    executable = Path(sys.executable).with_name("kulttuuripankki")
    server = subprocess.Popen(
        [str(executable), "--data-dir", data_dir, "run", "--port", str(port), "--workers", str(workers)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        _wait_until_up(port, server)
        for url in RESULT_PAGES:  # warm every worker's caches a little
            for _ in range(workers):
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
                connection.request("GET", url)
                connection.getresponse().read()
        latencies: list[list[float]] = [[] for _ in range(clients)]
        errors: list[int] = [0] * clients
        start = threading.Barrier(clients + 1)
        stop_at = [0.0]

        def client(number: int) -> None:
            start.wait()
            i = number
            while time.monotonic() < stop_at[0]:
                url = RESULT_PAGES[i % len(RESULT_PAGES)]
                i += 1
                began = time.perf_counter()
                try:
                    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
                    connection.request("GET", url)
                    response = connection.getresponse()
                    response.read()
                    connection.close()
                    if response.status != 200:
                        errors[number] += 1
                        continue
                except OSError:
                    errors[number] += 1
                    continue
                latencies[number].append((time.perf_counter() - began) * 1000)

        threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(clients)]
        for thread in threads:
            thread.start()
        stop_at[0] = time.monotonic() + seconds
        began = time.monotonic()
        start.wait()
        for thread in threads:
            thread.join(timeout=seconds + 30)
        elapsed = time.monotonic() - began
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    done = [value for per_client in latencies for value in per_client]
    failed = sum(errors)
    print(f"gunicorn ({workers} workers), {clients} concurrent clients for {seconds:.0f} s on loopback:")
    print(f"  {len(done)} requests, {failed} errors, {len(done) / elapsed:.1f} requests/s")
    if done:
        print(
            f"  median {statistics.median(done):.1f} ms   p90 {percentile(done, 0.9):.1f} ms   "
            f"p99 {percentile(done, 0.99):.1f} ms   max {max(done):.1f} ms"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", required=True, help="a data dir with demo data loaded and indexed")
    parser.add_argument("--rounds", type=int, default=40, help="in-process passes over the searches (default 40)")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--skip-load", action="store_true", help="only the in-process part")
    args = parser.parse_args()
    if not 1 <= args.clients <= 100 or not 0 < args.seconds <= 120:
        raise SystemExit("keep the load bounded: 1-100 clients, at most 120 s")
    print(f"machine: {os.cpu_count()} cores; data dir {args.data_dir}")
    in_process(args.data_dir, args.rounds)
    if not args.skip_load:
        load(args.data_dir, args.clients, args.seconds, args.workers)


if __name__ == "__main__":
    main()
