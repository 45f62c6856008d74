"""Many threads share the analysers safely, and the word cache stays within its bound."""

from __future__ import annotations

import threading

import pytest

import analyzers
from analyzers import finnish, snowball

TEXT = ("Lastenmusiikkia ja kuvataidetyöpajoja Päijät-Hämeessä, Turussa ja Kuopiossa; "
        "videokuvaaja, laulunopettja, 3D-tulostusta, lasten- ja nuortenteatteria. ") * 3


def test_threads_get_the_same_terms_as_one_thread():
    analyzers.clear_caches()
    expected = analyzers.tokens(TEXT, "fi")
    analyzers.clear_caches()
    results, errors = [], []

    def work():
        try:
            for _ in range(5):
                results.append(analyzers.tokens(TEXT, "fi"))
                analyzers.suggest("laulunopettja", "fi")
        except Exception as error:  # surfaced in the assertion below
            errors.append(error)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(results) == 40
    assert all(result == expected for result in results)


@pytest.fixture
def small_cache():
    analyzers.configure(cache_size=16)
    yield 16
    analyzers.configure(cache_size=finnish.DEFAULT_CACHE_SIZE)


def test_word_cache_is_bounded(small_cache):
    words = " ".join(f"laulu{n}" for n in range(100)) + " kuvittaja Turussa"
    analyzers.tokens(words, "fi")
    analyzers.tokens(words, "sv")
    assert finnish.analyse.cache_info().currsize <= small_cache
    assert snowball.analyse.cache_info().currsize <= small_cache
    # A bounded cache changes speed, never results.
    assert analyzers.tokens("kuvittajalle Turussa", "fi")[1].lemmas == ("turku",)
