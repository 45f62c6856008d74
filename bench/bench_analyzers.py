"""Finnish analysis throughput: analysed words per second with a cold and a warm cache.

Run: .venv/bin/python bench/bench_analyzers.py [--rounds N]
Text: realistic culture-profile paragraphs in bench/finnish_profiles.txt.
Cold: caches emptied before each pass, so every distinct word goes to Voikko once.
Warm: the same text again with every word cached. Single thread, so one core.
Never part of the test suite; nothing here fails on time.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import time
from pathlib import Path

import analyzers
from analyzers import voikko_runtime

TEXT_FILE = Path(__file__).with_name("finnish_profiles.txt")


def _paragraphs() -> list[str]:
    return [p.strip() for p in TEXT_FILE.read_text(encoding="utf-8").split("\n\n") if p.strip()]


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def _pass(paragraphs: list[str], analyse) -> list[float]:
    """Analyse every paragraph once; return each paragraph's seconds."""
    times = []
    for paragraph in paragraphs:
        started = time.perf_counter()
        analyse(paragraph, "fi")
        times.append(time.perf_counter() - started)
    return times


def _report(label: str, words_per_pass: int, passes: list[list[float]]) -> None:
    totals = [sum(times) for times in passes]
    per_paragraph = [t * 1e3 for times in passes for t in times]
    rates = sorted(words_per_pass / total for total in totals)
    print(f"{label:<34} {statistics.median(rates):>10,.0f} words/s (median of {len(passes)} passes; "
          f"min {rates[0]:,.0f}, max {rates[-1]:,.0f})  "
          f"paragraph median {statistics.median(per_paragraph):.3f} ms, "
          f"p99 {_percentile(per_paragraph, 0.99):.3f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20, help="passes per measurement")
    args = parser.parse_args()

    paragraphs = _paragraphs()
    words = sum(len(analyzers.tokens(p, "fi")) for p in paragraphs)
    distinct = len({t.text.lower() for p in paragraphs for t in analyzers.tokens(p, "fi")})
    print(f"machine: {platform.python_implementation()} {platform.python_version()}, "
          f"os.cpu_count() = {os.cpu_count()}, Voikko available: {voikko_runtime.available()}")
    print(f"text: {len(paragraphs)} paragraphs, {words} words, {distinct} distinct words")

    for label, analyse in [("index_terms", analyzers.index_terms),
                           ("tokens", analyzers.tokens),
                           ("query_words", analyzers.query_words)]:
        cold = []
        for _ in range(max(3, args.rounds // 4)):
            analyzers.clear_caches()
            cold.append(_pass(paragraphs, analyse))
        _pass(paragraphs, analyse)   # make sure every word is cached
        warm = [_pass(paragraphs, analyse) for _ in range(args.rounds)]
        _report(f"{label} cold cache", words, cold)
        _report(f"{label} warm cache", words, warm)


if __name__ == "__main__":
    main()
