"""Without Voikko, Finnish still works on Snowball stems, after one clear warning.

Runs in a fresh interpreter where the libvoikko module cannot be imported, as on a
machine without it; the rest of the suite runs with the real Voikko.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import Stemmer

REPO = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import json, logging, sys, threading
sys.modules["libvoikko"] = None   # importing it now fails as if it were not installed
logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
import analyzers

def work():
    for _ in range(3):
        analyzers.tokens("Lastenmusiikkia Turussa ja Päijät-Hämeessä", "fi")

threads = [threading.Thread(target=work) for _ in range(4)]
for thread in threads: thread.start()
for thread in threads: thread.join()
words = analyzers.query_words("Turussa lastenmusiikkia kuvittajalle Päijät-Hämeessä 2024", "fi")
print(json.dumps({
    "words": [[w.lemmas, w.parts, w.known] for w in words],
    "suggestion": analyzers.suggest("laulunopettja", "fi"),
    "elided": analyzers.tokens("lasten- ja nuortenmusiikkia", "fi")[0].lemmas,
    "swedish": analyzers.tokens("barnens", "sv")[0].lemmas,
}))
"""


def run_without_voikko():
    result = subprocess.run([sys.executable, "-c", SCRIPT], cwd=REPO, capture_output=True,
                            text=True, timeout=60, check=True)
    return json.loads(result.stdout), result.stderr


def test_one_warning_names_the_problem_and_the_fix():
    _, log = run_without_voikko()
    warnings = [line for line in log.splitlines() if line.startswith("WARNING")]
    assert len(warnings) == 1, log
    assert "Voikko is not available" in warnings[0]
    assert "Snowball" in warnings[0]
    assert "libvoikko1 and voikko-fi" in warnings[0]


def test_finnish_falls_back_to_snowball_stems():
    stem = Stemmer.Stemmer("finnish").stemWord
    result, _ = run_without_voikko()
    assert result["words"] == [
        [[stem("turussa")], [], True],
        [[stem("lastenmusiikkia")], [], True],
        [[stem("kuvittajalle")], [], True],
        [[f"päijät-{stem('hämeessä')}"], [[stem("päijät")], [stem("hämeessä")]], True],
        [["2024"], [], True],
    ]
    assert result["suggestion"] is None
    assert result["elided"] == [stem("lasten")]
    assert result["swedish"] == ["barn"]
