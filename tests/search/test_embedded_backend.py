"""What only the embedded backend has: index generations on disk, locks, several processes."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest
from search_corpus import BY_SLUG, PUBLIC

from search import SearchRequest, SearchUnavailable
from search.backends.embedded import EmbeddedBackend
from search.backends.embedded.store import BUILDING, CURRENT, VERSION_FILE

ROOT = Path(__file__).resolve().parents[2]


def names(backend) -> set[str]:
    return {hit.slug for hit in backend.search(SearchRequest(per_page=100)).hits}


def generations(index_dir: Path) -> list[str]:
    return sorted(p.name for p in index_dir.iterdir() if p.is_dir())


def test_a_new_directory_holds_an_empty_index(tmp_path):
    backend = EmbeddedBackend(tmp_path / "index")
    assert backend.count() == 0
    assert backend.search(SearchRequest(q="kantele")).total == 0
    assert (tmp_path / "index" / CURRENT).read_text().strip() in generations(tmp_path / "index")


def test_rebuild_leaves_only_the_new_generation(tmp_path):
    index_dir = tmp_path / "index"
    backend = EmbeddedBackend(index_dir)
    old = generations(index_dir)
    with backend.rebuild() as rebuild:
        rebuild.add(PUBLIC)
        building = (index_dir / BUILDING).read_text().strip()
        assert set(generations(index_dir)) == {*old, building}
    assert generations(index_dir) == [building]
    assert (index_dir / CURRENT).read_text().strip() == building
    assert not (index_dir / BUILDING).exists()
    assert backend.count() == len(PUBLIC)


def test_abort_deletes_the_half_built_generation(tmp_path):
    index_dir = tmp_path / "index"
    backend = EmbeddedBackend(index_dir)
    before = generations(index_dir)
    rebuild = backend.rebuild()
    rebuild.start()
    rebuild.add(PUBLIC)
    rebuild.abort()
    rebuild.abort()  # harmless twice
    assert generations(index_dir) == before
    assert not (index_dir / BUILDING).exists()


def test_a_rebuild_that_died_is_cleaned_up_by_the_next(tmp_path):
    index_dir = tmp_path / "index"
    backend = EmbeddedBackend(index_dir)
    crashed = backend.rebuild()
    crashed.start()
    stale = (index_dir / BUILDING).read_text().strip()
    crashed._release()  # the process died: its lock is gone, its files are not
    with backend.rebuild() as rebuild:
        rebuild.add([BY_SLUG["helmi-salo"]])
    assert stale not in generations(index_dir)
    assert names(backend) == {"helmi-salo"}


def test_another_instance_sees_commits_and_swaps(tmp_path):
    writer = EmbeddedBackend(tmp_path / "index")
    reader = EmbeddedBackend(tmp_path / "index")
    assert reader.count() == 0
    writer.index_documents([BY_SLUG["helmi-salo"]])
    assert names(reader) == {"helmi-salo"}
    with writer.rebuild() as rebuild:
        rebuild.add([BY_SLUG["aino-virtanen"]])
    assert names(reader) == {"aino-virtanen"}
    reader.index_documents([BY_SLUG["mikko-lehtinen"]])  # writes land in the swapped-in generation
    assert names(writer) == {"aino-virtanen", "mikko-lehtinen"}


_WRITER = textwrap.dedent(
    """
    import sys
    from search_corpus import make_doc
    from search.backends.embedded import EmbeddedBackend

    index_dir, worker = sys.argv[1], int(sys.argv[2])
    backend = EmbeddedBackend(index_dir)
    for number in range(12):
        backend.index_documents([make_doc(
            "creator", worker * 100 + number, f"w{worker}-{number}", f"Tekijä {worker} {number}",
            {"fi": "Kuvataiteilija ja muusikko."}, municipality="Oulu", created="2024-01-01T00:00:00",
            art_form=("painting",),
        )])
    """
)


def test_several_processes_write_without_corruption_or_deadlock(tmp_path):
    index_dir = tmp_path / "index"
    EmbeddedBackend(index_dir)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(Path(__file__).parent)])}
    workers = [
        subprocess.Popen([sys.executable, "-c", _WRITER, str(index_dir), str(worker)], env=env, stderr=subprocess.PIPE)
        for worker in range(1, 4)
    ]
    for process in workers:
        _, stderr = process.communicate(timeout=240)
        assert process.returncode == 0, stderr.decode()
    backend = EmbeddedBackend(index_dir)
    assert backend.count() == 36
    assert backend.search(SearchRequest(q="muusikko", per_page=100)).total == 36


def test_an_index_of_another_schema_version_asks_for_a_rebuild(tmp_path):
    index_dir = tmp_path / "index"
    EmbeddedBackend(index_dir)
    generation = (index_dir / CURRENT).read_text().strip()
    (index_dir / generation / VERSION_FILE).write_text("0")
    with pytest.raises(SearchUnavailable, match="index rebuild"):
        EmbeddedBackend(index_dir).count()


def test_a_locked_index_gives_search_unavailable_not_a_hang(tmp_path):
    index_dir = tmp_path / "index"
    holder = EmbeddedBackend(index_dir)
    impatient = EmbeddedBackend(index_dir, lock_timeout=0.2)
    with holder.store.write_lock():
        with pytest.raises(SearchUnavailable, match="locked"):
            impatient.index_documents([BY_SLUG["helmi-salo"]])
    impatient.index_documents([BY_SLUG["helmi-salo"]])
    assert impatient.count() == 1


def test_a_large_rebuild_analyses_in_worker_processes_and_keeps_order(tmp_path):
    from search.backends.embedded.rebuild import PARALLEL_MIN_DOCS, EmbeddedRebuild
    from search_corpus import make_doc

    backend = EmbeddedBackend(tmp_path / "index")
    docs = [
        make_doc("creator", 5000 + n, f"tekija-{n}", f"Tekijä {n}", {"fi": f"Kuvataiteilija numero {n}."},
                 municipality="Oulu", created="2024-01-01T00:00:00", art_form=("painting",))
        for n in range(PARALLEL_MIN_DOCS + 50)
    ]
    renamed = replace(docs[0], name={"fi": "Myöhempi Nimi"}, version=2)
    rebuild = EmbeddedRebuild(backend, workers=2)
    with rebuild:
        assert rebuild._pool is not None  # the work really goes to worker processes
        rebuild.add(docs)
        rebuild.add([renamed])  # the same record again, later: it wins
    assert backend.count() == len(docs)
    assert [hit.slug for hit in backend.search(SearchRequest(q="Myöhempi")).hits] == ["tekija-0"]
    assert backend.search(SearchRequest(q="kuvataiteilija", per_page=100)).total == len(docs)


@pytest.fixture(scope="module")
def corpus_index(tmp_path_factory):
    from search_corpus import CORPUS

    backend = EmbeddedBackend(tmp_path_factory.mktemp("corpus") / "index")
    backend.index_documents(CORPUS)
    return backend


@pytest.mark.parametrize("query, suggestion", [
    ("musicain", "musician"),        # English: no Voikko, the index's own words
    ("Lehtinan", "lehtinen"),
    ("keramikre", "keramiker"),
    ("musician", None),
    ("Lehtnan", None),               # two edits in seven letters: too far
])
def test_did_you_mean_from_the_index_vocabulary(corpus_index, query, suggestion):
    assert corpus_index.search(SearchRequest(q=query)).suggestion == suggestion
