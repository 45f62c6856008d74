"""The scaled pipeline under faults: real Celery workers, Redis, PostgreSQL and the OpenSearch node.

Each test edits records while something breaks, waits until the outbox is
empty, then checks with `index verify` that the index and the catalog agree
(no missing, stale, orphaned or duplicated documents) and that every record
shows its last edit. Bounded: 1,000 edits per fault test.
"""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time

from pathlib import Path

import pytest
from click.testing import CliRunner
from opensearch_node import NODE_PROJECT, OpenSearchNode
from pipeline_support import EditStream, catalog_names, create_records, indexed_names, wait_until_drained

from indexer.documents import service_version
from indexer.rebuild import rebuild_index
from indexer.verify import verify
from web.cli import main

pytestmark = [pytest.mark.postgresql, pytest.mark.slow]

EDITS = 1000
RECORDS = 100  # 50 creators with one service each
DRAIN_TIMEOUT = 90


def seed(pipeline) -> EditStream:
    create_records(pipeline.catalog, RECORDS // 2)
    return EditStream(pipeline.catalog)


def run_edits(stream: EditStream, count: int, during: dict | None = None) -> None:
    """Make `count` edits; `during` maps an edit number to what to do right before it (a fault)."""
    creators, services = stream.records()
    for n in range(1, count + 1):
        if during and n in during:
            during[n]()
        stream.edit(creators, services)


def later(seconds: float, action) -> threading.Thread:
    """Run `action` after `seconds` in the background (a service coming back while edits go on)."""
    thread = threading.Timer(seconds, action)
    thread.start()
    return thread


def assert_index_matches_catalog(pipeline) -> None:
    """`index verify` finds no difference, and every public record shows its last edit."""
    wait_until_drained(pipeline.catalog, DRAIN_TIMEOUT, pipeline.worker)
    result = CliRunner().invoke(main, ["index", "verify", "--data-dir", str(pipeline.settings.data_dir)])
    assert result.exit_code == 0, result.output + pipeline.worker.logs()
    assert "no differences" in result.output
    expected = catalog_names(pipeline.catalog)
    shown = indexed_names(pipeline.backend, sorted(expected))
    wrong = {i: (shown.get(i), name) for i, name in expected.items() if shown.get(i) != name}
    assert not wrong, f"records not showing their last edit (index, catalog): {dict(list(wrong.items())[:5])}"
    assert pipeline.backend.count() == len(expected)


def test_worker_killed_twice_loses_no_edit(pipeline):
    stream = seed(pipeline)
    worker = pipeline.worker
    worker.start()
    run_edits(stream, EDITS, during={
        EDITS // 3: worker.kill,
        EDITS // 3 + 1: worker.start,
        2 * EDITS // 3: worker.kill,
        2 * EDITS // 3 + 1: worker.start,
    })
    assert worker.starts == 3
    assert stream.deleted_services, "the edits include deletions"
    assert_index_matches_catalog(pipeline)


def test_redis_down_for_ten_seconds_loses_no_edit(pipeline, redis_server):
    stream = seed(pipeline)
    pipeline.worker.command = "celery"  # `celery -A indexer worker` works as well as our command
    pipeline.worker.start()
    back: list[threading.Thread] = []

    def redis_outage():
        redis_server.stop()
        back.append(later(10, redis_server.start))

    run_edits(stream, EDITS, during={EDITS // 3: redis_outage})
    back[0].join()
    assert_index_matches_catalog(pipeline)


class NodeCrash:
    """SIGKILL an OpenSearch node started by devtools/opensearch-node/start.sh, and start it again on its data."""

    def __init__(self, port: int, data: Path):
        self.port, self.data = port, data

    def kill(self) -> None:
        pid = int((self.data / "node.pid").read_text())
        os.kill(pid, signal.SIGKILL)
        while _alive(pid):
            time.sleep(0.05)

    def start(self) -> None:
        env = {**os.environ, "OPENSEARCH_PORT": str(self.port), "OPENSEARCH_DATA": str(self.data)}
        env.setdefault("OPENSEARCH_HEAP", "512m")
        subprocess.run([str(NODE_PROJECT / "start.sh")], env=env, check=True, timeout=300, capture_output=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.fixture
def crashable_node(opensearch_node, monkeypatch):
    """The session's node when this test session started it; otherwise a node of this test's own."""
    if not opensearch_node.external_url:
        crash = NodeCrash(opensearch_node.port, opensearch_node.root)
        yield opensearch_node.url, crash
        crash.start()  # no-op when it runs; brings the shared node back if the test failed mid-way
        return
    monkeypatch.delenv("KP_TEST_OPENSEARCH_URL")
    node = OpenSearchNode()
    node.start()
    try:
        yield node.url, NodeCrash(node.port, node.root)
    finally:
        node.stop()


def test_opensearch_crash_and_restart_loses_no_edit(crashable_node, make_pipeline):
    url, crash = crashable_node
    pipeline = make_pipeline(url)
    stream = seed(pipeline)
    pipeline.worker.start()
    back: list[threading.Thread] = []

    def opensearch_crash():
        crash.kill()
        back.append(later(2, crash.start))

    run_edits(stream, EDITS, during={EDITS // 3: opensearch_crash})
    back[0].join()
    assert_index_matches_catalog(pipeline)


def test_rebuilds_while_edits_continue_lose_none(pipeline):
    stream = seed(pipeline)
    rebuild_index(pipeline.catalog, pipeline.backend)
    pipeline.worker.start()
    failures: list[BaseException] = []

    def edit() -> None:
        try:
            run_edits(stream, EDITS // 2)
        except BaseException as exc:  # handed to the test's thread below
            failures.append(exc)

    editing = threading.Thread(target=edit)
    editing.start()
    rebuilds = 0
    try:
        while editing.is_alive():
            rebuild_index(pipeline.catalog, pipeline.backend)
            rebuilds += 1
    finally:
        editing.join()
    assert not failures, failures
    assert rebuilds >= 2
    assert_index_matches_catalog(pipeline)


def test_an_older_version_delivered_late_never_wins(pipeline):
    """A slow worker's write, read before newer changes, arrives after them: the index keeps the newer state."""
    from catalog.models import Creator, Service
    from indexer.changes import read_changes, snapshot
    from indexer.sync import sync

    catalog, backend = pipeline.catalog, pipeline.backend
    create_records(catalog, 3)
    sync(catalog, backend)
    with catalog.transaction() as session:
        creator = session.get(Creator, 3)
        creator.services.append(Service(slug="uusi", title={"fi": "Uusi palvelu"}, description={}, keywords={},
                                        service_type=creator.services[0].service_type))
    records = {("creator", i): None for i in (1, 2, 3)}
    with snapshot(catalog) as session:
        late = read_changes(session, records)  # the slow worker's read, service 4 included
    assert {doc.id for doc in late.docs} >= {"creator:1", "creator:2", "service:3", "service:4"}
    with catalog.transaction() as session:
        session.get(Creator, 1).name = "Uusi nimi"
        session.get(Creator, 2).status = "hidden"
        session.delete(session.get(Service, 3))
        session.delete(session.get(Service, 4))  # deleted before anyone indexed it
    sync(catalog, backend)

    backend.index_documents(late.docs)  # delivered last

    shown = indexed_names(backend, ["creator:1", "creator:2", "service:1", "service:2", "service:3", "service:4"])
    assert shown["creator:1"]["fi"] == "Uusi nimi"
    assert "service:1" in shown
    assert "creator:2" not in shown and "service:2" not in shown, "a hidden creator came back"
    assert "service:3" not in shown, "a deleted service came back"
    assert "service:4" not in shown, "a service deleted before it was ever indexed came back"
    assert verify(catalog, backend).ok


def test_service_versions_order_by_service_first_then_creator():
    # Moving a service to another creator raises its own version but may lower the creator part.
    assert service_version(3, 1) > service_version(2, 40)
    assert service_version(2, 41) > service_version(2, 40)
