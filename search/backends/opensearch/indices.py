"""Index names, the live alias, the rebuild lock: the index lifecycle on the cluster.

    <alias>                    the live index, what searches and writes use
    <alias>-building           the index a rebuild is filling (writes go to it too, meanwhile)
    <alias>-v<N>-<time>-<rand> concrete indices, N = mapping version
    <alias>-locks              one document, "rebuild", held by the one rebuild allowed at a time

We use randomly named indices behind an alias so that a rebuild can fill a new
index while searches keep using the old one, then swap the alias in one call.
"""

from __future__ import annotations

import os
import secrets
import socket
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable

from opensearchpy import OpenSearch
from opensearchpy.exceptions import ConflictError, NotFoundError, RequestError

from search.backends.opensearch.client import translated_errors
from search.backends.opensearch.mapping import MAPPING_VERSION, index_mapping_version, live_settings
from search.errors import RebuildInProgress, SearchUnavailable

LOCK_ID = "rebuild"
# A rebuild refreshes its lock at least this often while it loads documents; a lock
# older than STALE_LOCK_SECONDS belongs to a rebuild that died and may be taken over.
HEARTBEAT_SECONDS = 30.0
STALE_LOCK_SECONDS = 600.0


@dataclass(frozen=True)
class IndexNames:
    alias: str

    @property
    def building(self) -> str:
        return f"{self.alias}-building"

    @property
    def locks(self) -> str:
        return f"{self.alias}-locks"

    @property
    def initial(self) -> str:
        # A fixed name, so two processes starting on an empty cluster create one index, not two.
        return f"{self.alias}-v{MAPPING_VERSION}-initial"

    def new_index(self) -> str:
        stamp = datetime.now(timezone.utc).strftime("%Y%m%d%H%M%S")
        return f"{self.alias}-v{MAPPING_VERSION}-{stamp}-{secrets.token_hex(3)}"

    def is_ours(self, index: str) -> bool:
        return index.startswith(f"{self.alias}-v")


class IndexManager:
    """Creates, checks and swaps the indices behind one alias."""

    def __init__(self, client: OpenSearch, url: str, names: IndexNames, *, body: Callable[[bool], dict], replicas: int | None, bulk_timeout: float):
        """`body(loading)` gives a new index's settings and mappings (see mapping.index_body)."""
        self.client = client
        self.url = url
        self.names = names
        self.body = body
        self.replicas = replicas
        self.bulk_timeout = bulk_timeout
        self._verified: str | None = None

    # -- the live index ------------------------------------------------------

    def aliased(self, alias: str) -> list[str]:
        """Concrete indices behind `alias` (none if it does not exist)."""
        with translated_errors(self.url, f"reading alias {alias}"):
            response = self.client.indices.get_alias(name=alias, ignore=404)
        if "error" in response and response.get("status") == 404:
            return []
        return sorted(response)

    def ensure_live(self) -> str:
        """The live index's name; creates an empty one on first use; checks its mapping version."""
        if self._verified is not None:
            return self._verified
        indices = self.aliased(self.names.alias)
        if not indices:
            indices = [self._create_initial()]
        if len(indices) > 1:
            raise SearchUnavailable(
                f"alias {self.names.alias} points to {len(indices)} indices ({', '.join(indices)}); "
                "run `kulttuuripankki index rebuild` to point it at one"
            )
        index = indices[0]
        with translated_errors(self.url, f"reading the mapping of {index}"):
            version = index_mapping_version(self.client.indices.get_mapping(index=index), index)
        if version != MAPPING_VERSION:
            raise SearchUnavailable(
                f"the search index {index} has mapping version {version}, this version of Kulttuuripankki "
                f"needs {MAPPING_VERSION}; run `kulttuuripankki index rebuild`"
            )
        self._verified = index
        return index

    def forget(self) -> None:
        """Check the alias again on next use (after a swap, or when it went missing)."""
        self._verified = None

    def _create_initial(self) -> str:
        name = self.names.initial
        body = self.body(False)
        body["aliases"] = {self.names.alias: {}}
        with translated_errors(self.url, f"creating index {name}"):
            try:
                self.client.indices.create(index=name, body=body, params={"wait_for_active_shards": "1"}, request_timeout=self.bulk_timeout)
            except RequestError as exc:
                if exc.error != "resource_already_exists_exception":
                    raise
        return name

    def has_building(self) -> bool:
        with translated_errors(self.url, "checking for a running rebuild"):
            return bool(self.client.indices.exists_alias(name=self.names.building))

    # -- rebuild targets -----------------------------------------------------

    def create_building(self) -> str:
        """A new, empty index set up for bulk loading, behind the building alias."""
        name = self.names.new_index()
        body = self.body(True)
        body["aliases"] = {self.names.building: {}}
        with translated_errors(self.url, f"creating index {name}"):
            # A bulk delete sent to the building alias just as a rebuild swapped it away
            # creates an index of that name (OpenSearch auto-creates indices for deletes,
            # require_alias or not). Nothing legitimate has the name: remove it.
            if self.client.indices.exists(index=self.names.building) and not self.client.indices.exists_alias(name=self.names.building):
                self.client.indices.delete(index=self.names.building)
            self.client.indices.create(index=name, body=body, params={"wait_for_active_shards": "1"}, request_timeout=self.bulk_timeout)
        return name

    def make_live(self, index: str) -> list[str]:
        """Restore live settings, refresh, and swap the alias to `index` in one call; returns the old indices."""
        with translated_errors(self.url, f"preparing {index} to go live"):
            self.client.indices.put_settings(index=index, body={"index": live_settings(self.replicas)}, request_timeout=self.bulk_timeout)
            self.client.indices.refresh(index=index, request_timeout=self.bulk_timeout)
            # Commit the bulk load: the translog is emptied, and a node restart does not replay it.
            self.client.indices.flush(index=index, request_timeout=self.bulk_timeout)
            self.client.cluster.health(index=index, wait_for_status="yellow", timeout=f"{int(self.bulk_timeout)}s", request_timeout=self.bulk_timeout + 5)
        old = [name for name in self.aliased(self.names.alias) if name != index]
        actions = [{"remove": {"index": name, "alias": self.names.alias}} for name in old]
        actions.append({"add": {"index": index, "alias": self.names.alias}})
        actions.append({"remove": {"index": index, "alias": self.names.building}})
        with translated_errors(self.url, f"swapping alias {self.names.alias} to {index}"):
            self.client.indices.update_aliases(body={"actions": actions}, request_timeout=self.bulk_timeout)
        self.forget()
        return old

    def delete_indices(self, names: list[str]) -> None:
        for name in names:
            with translated_errors(self.url, f"deleting index {name}"):
                self.client.indices.delete(index=name, ignore_unavailable=True, request_timeout=self.bulk_timeout)

    # -- the rebuild lock ----------------------------------------------------

    def acquire_lock(self) -> "RebuildLock":
        """Take the rebuild lock, or raise RebuildInProgress naming who holds it."""
        self._ensure_lock_index()
        lock = RebuildLock(self, secrets.token_hex(8))
        body = lock.document(index=None)
        with translated_errors(self.url, "taking the rebuild lock"):
            try:
                lock.written(self.client.create(index=self.names.locks, id=LOCK_ID, body=body, refresh="true"))
                return lock
            except ConflictError:
                pass
            held = self.client.get(index=self.names.locks, id=LOCK_ID)
        source = held["_source"]
        age = time.time() - source.get("heartbeat", 0) / 1000
        if age < STALE_LOCK_SECONDS:
            raise RebuildInProgress(
                f"another rebuild of {self.names.alias} is running (started {source.get('started_at')} "
                f"on {source.get('host')}, pid {source.get('pid')}); wait for it to finish"
            )
        # The holder stopped sending heartbeats: it died. Take over, atomically against
        # anyone else trying the same, and clear away its half-built index.
        with translated_errors(self.url, "taking over a stale rebuild lock"):
            try:
                lock.written(self.client.index(
                    index=self.names.locks, id=LOCK_ID, body=body, refresh="true",
                    if_seq_no=held["_seq_no"], if_primary_term=held["_primary_term"],
                ))
            except ConflictError:
                raise RebuildInProgress(f"another rebuild of {self.names.alias} just started; wait for it to finish") from None
        stale = source.get("index")
        if stale and self.names.is_ours(stale) and stale not in self.aliased(self.names.alias):
            self.delete_indices([stale])
        return lock

    def _ensure_lock_index(self) -> None:
        body = {"settings": {"number_of_shards": 1, "auto_expand_replicas": "0-all"}, "mappings": {"dynamic": True}}
        with translated_errors(self.url, f"creating index {self.names.locks}"):
            if self.client.indices.exists(index=self.names.locks):
                return
            try:
                self.client.indices.create(index=self.names.locks, body=body, params={"wait_for_active_shards": "1"})
            except RequestError as exc:
                if exc.error != "resource_already_exists_exception":
                    raise


class RebuildLock:
    """The lock document of one rebuild: heartbeats while it runs, deleted when it ends."""

    def __init__(self, manager: IndexManager, owner: str):
        self.manager = manager
        self.owner = owner
        self.index: str | None = None
        self.started_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
        self._last_beat = time.monotonic()
        self._seq: tuple[int, int] | None = None

    def written(self, response: dict) -> None:
        """Remember the version of the lock document we wrote: later writes are conditional on it."""
        self._seq = (response["_seq_no"], response["_primary_term"])
        self._last_beat = time.monotonic()

    def document(self, index: str | None) -> dict:
        return {
            "owner": self.owner,
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "started_at": self.started_at,
            "heartbeat": int(time.time() * 1000),
            "index": index,
        }

    def record_index(self, index: str) -> None:
        self.index = index
        self.beat(force=True)

    def beat(self, force: bool = False) -> None:
        if not force and time.monotonic() - self._last_beat < HEARTBEAT_SECONDS:
            return
        manager = self.manager
        seq_no, primary_term = self._seq or (None, None)
        with translated_errors(manager.url, "refreshing the rebuild lock"):
            try:
                self.written(manager.client.index(
                    index=manager.names.locks, id=LOCK_ID, body=self.document(self.index), refresh="true",
                    if_seq_no=seq_no, if_primary_term=primary_term,
                ))
            except (ConflictError, NotFoundError):
                raise RebuildInProgress(
                    f"this rebuild of {manager.names.alias} lost its lock (it was presumed dead after "
                    f"{STALE_LOCK_SECONDS:.0f} s without progress and another rebuild took over)"
                ) from None

    def release(self) -> None:
        manager = self.manager
        with translated_errors(manager.url, "releasing the rebuild lock"):
            try:
                held = manager.client.get(index=manager.names.locks, id=LOCK_ID)
            except NotFoundError:
                return
            if held["_source"].get("owner") != self.owner:
                return  # taken over after we were presumed dead: not ours to remove
            try:
                manager.client.delete(
                    index=manager.names.locks, id=LOCK_ID, refresh="true",
                    if_seq_no=held["_seq_no"], if_primary_term=held["_primary_term"],
                )
            except (NotFoundError, ConflictError):
                pass
