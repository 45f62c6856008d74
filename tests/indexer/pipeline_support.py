"""The scaled pipeline for tests and the benchmark: Celery worker processes, edits, waiting for the index.

Everything here is real: `kulttuuripankki worker` (or `celery -A indexer worker`)
in its own process group, so a test can SIGKILL a worker with all its pool
processes, the way a machine failure would.
"""

from __future__ import annotations

import os
import random
import secrets
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from catalog.config import Settings, load_settings
from catalog.db import Catalog
from catalog.models import Creator, OutboxEntry, Service, Term
from search.backends.opensearch import OpenSearchBackend

REPO = Path(__file__).resolve().parents[2]
VENV_BIN = Path(sys.executable).parent


def pipeline_settings(data_dir: Path, database_url: str, opensearch_url: str, redis_url: str, alias: str | None = None) -> Settings:
    """Settings for a worker and the test alike, written to the data dir's config file too."""
    alias = alias or f"kp-test-pipeline-{secrets.token_hex(4)}"
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "kulttuuripankki.toml").write_text(
        f'database_url = "{database_url}"\nopensearch_url = "{opensearch_url}"\n'
        f'redis_url = "{redis_url}"\nopensearch_index = "{alias}"\n',
        encoding="utf-8",
    )
    return load_settings(data_dir)


class Worker:
    """One worker (with its beat) in a process group of its own; logs go to a file for failing tests."""

    def __init__(self, settings: Settings, *, command: str = "kulttuuripankki", concurrency: int | None = 2, beat: bool = True,
                 log_dir: Path | None = None):
        self.settings = settings
        self.command = command
        self.concurrency = concurrency
        self.beat = beat
        self.log_dir = log_dir or settings.data_dir
        self.process: subprocess.Popen | None = None
        self.starts = 0

    def _argv(self) -> list[str]:
        if self.command == "celery":
            return [str(VENV_BIN / "celery"), "-A", "indexer", "worker", *(["--beat"] if self.beat else []), "--loglevel=INFO",
                    f"--concurrency={self.concurrency}", "--without-gossip", "--without-mingle", "-n", f"test-{secrets.token_hex(3)}@%h"]
        concurrency = [f"--concurrency={self.concurrency}"] if self.concurrency else []  # None: the command's default
        return [str(VENV_BIN / "kulttuuripankki"), "worker", "--data-dir", str(self.settings.data_dir),
                *concurrency, "--loglevel=INFO", "--beat" if self.beat else "--no-beat"]

    def start(self) -> None:
        self.starts += 1
        env = {k: v for k, v in os.environ.items() if not k.startswith("KP_")}
        env["KP_DATA_DIR"] = str(self.settings.data_dir)
        env["PYTHONPATH"] = str(REPO)
        log = open(self.log_dir / f"worker-{self.starts}.log", "wb")
        self.process = subprocess.Popen(self._argv(), cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        log.close()

    def kill(self) -> None:
        """SIGKILL the worker and every process it started, as a crash would."""
        if self.process is None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.process.wait(timeout=30)
        self.process = None

    def stop(self) -> None:
        if self.process is None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        except ProcessLookupError:
            pass
        self.process = None

    def logs(self) -> str:
        return "\n".join(p.read_text(errors="replace")[-4000:] for p in sorted(self.log_dir.glob("worker-*.log")))


def waiting_rows(catalog: Catalog) -> int:
    with catalog.sessionmaker() as session:
        return session.scalar(select(func.count()).select_from(OutboxEntry).where(OutboxEntry.dead.is_(False))) or 0


def wait_until_drained(catalog: Catalog, timeout: float, worker: Worker | None = None) -> None:
    """Wait until no change waits in the outbox; AssertionError with the worker's log after `timeout`."""
    deadline = time.monotonic() + timeout
    while waiting_rows(catalog):
        if time.monotonic() > deadline:
            raise AssertionError(
                f"{waiting_rows(catalog)} outbox rows still waiting after {timeout:.0f} s\n" + (worker.logs() if worker else "")
            )
        time.sleep(0.1)


@dataclass
class EditStream:
    """Edits of creators and services, each in its own transaction, as web users make them.

    Renames carry a running number, so "every record shows its last edit" can be
    checked against the catalog. Some edits hide, re-approve, unpublish and
    delete, so deletions and resurrections are tested too.
    """

    catalog: Catalog
    seed: int = 7
    count: int = 0
    deleted_services: set[int] = field(default_factory=set)

    def __post_init__(self):
        self.random = random.Random(self.seed)

    def records(self) -> tuple[list[int], list[int]]:
        with self.catalog.sessionmaker() as session:
            creators = list(session.scalars(select(Creator.id).order_by(Creator.id)))
            services = list(session.scalars(select(Service.id).order_by(Service.id)))
        return creators, services

    def edit(self, creators: list[int], services: list[int]) -> None:
        self.count += 1
        n, roll = self.count, self.random.random()
        with self.catalog.transaction() as session:
            if roll < 0.45:
                creator = session.get(Creator, self.random.choice(creators))
                creator.name = f"Tekijä {creator.id} muokkaus {n}"
                if self.random.random() < 0.1:
                    creator.status = "hidden" if creator.status == "approved" else "approved"
            else:
                alive = [s for s in services if s not in self.deleted_services]
                service = session.get(Service, self.random.choice(alive))
                if roll > 0.985 and len(alive) > len(services) // 2:
                    self.deleted_services.add(service.id)
                    session.delete(service)
                    return
                service.title = {"fi": f"Palvelu {service.id} muokkaus {n}"}
                if self.random.random() < 0.1:
                    service.published = not service.published


def create_records(catalog: Catalog, creators: int, services_per_creator: int = 1) -> None:
    """Approved creators with published services, written straight through the ORM (fast)."""
    with catalog.transaction() as session:
        def term(vocabulary: str, code: str) -> Term:
            return session.scalars(select(Term).where(Term.vocabulary == vocabulary, Term.code == code)).one()

        group, region, music, concert = term("creator_type", "group"), term("region", "pirkanmaa"), term("art_form", "music"), term("service_type", "concert")
        for i in range(creators):
            creator = Creator(
                slug=f"tekija-{secrets.token_hex(4)}-{i}", name=f"Tekijä {i}", creator_type=group, home_region=region,
                description={"fi": "Lastenmusiikkia ja laulua päiväkodeille."}, keywords={}, status="approved", art_forms=[music],
            )
            for j in range(services_per_creator):
                creator.services.append(Service(
                    slug=f"palvelu-{secrets.token_hex(4)}-{i}-{j}", title={"fi": f"Palvelu {i}.{j}"},
                    description={"fi": "Konsertti lapsille."}, keywords={}, service_type=concert, art_forms=[music],
                ))
            session.add(creator)


def indexed_names(backend: OpenSearchBackend, ids: list[str]) -> dict[str, dict]:
    """Document id -> the name shown in the index (title for services), read from the stored documents."""
    from search.backends.opensearch.mapping import PAYLOAD

    found: dict[str, dict] = {}
    for start in range(0, len(ids), 500):
        response = backend.client.mget(index=backend.names.alias, body={"ids": ids[start : start + 500]})
        for doc in response["docs"]:
            if doc.get("found"):
                found[doc["_id"]] = doc["_source"][PAYLOAD]["name"]
    return found


def catalog_names(catalog: Catalog) -> dict[str, dict]:
    """Document id -> the name each public record should show."""
    with catalog.sessionmaker() as session:
        names = {f"creator:{c.id}": {lang: c.name for lang in ("fi", "sv", "en")}
                 for c in session.scalars(select(Creator).where(Creator.status == "approved"))}
        for service in session.scalars(select(Service).join(Service.creator).where(Service.published.is_(True), Creator.status == "approved")):
            names[f"service:{service.id}"] = dict(service.title)
    return names


def drop_alias(backend: OpenSearchBackend) -> None:
    """Delete every index of this test's alias (the shared node outlives the test)."""
    client = backend.client
    for pattern in (f"{backend.names.alias}-v*", backend.names.locks):
        client.indices.delete(index=pattern, ignore_unavailable=True, params={"expand_wildcards": "all"}, ignore=404)
