"""Index generations on disk: which one is live, locks, and swapping in a rebuilt one.

Layout of the index directory (the data dir's `index/`):

    CURRENT            name of the live generation ("gen-...")
    BUILDING           name of the generation a rebuild is filling, while it runs
    gen-<time>-<rand>/ one tantivy index per generation
    gen-....journal    changes made while that generation was being built
    write.lock         held (flock) around every write and the swap, across processes
    rebuild.lock       held by the one rebuild allowed at a time

Searches never lock: they read CURRENT (a stat per search) and reopen when it
changes. A rebuild fills a new generation and swaps CURRENT with one rename, so
searches keep working throughout; writes made meanwhile go to the live
generation and to the journal, which the rebuild replays before the swap.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import secrets
import shutil
import time
from pathlib import Path
from typing import Iterator

import tantivy

from search.backends.embedded.schema import SCHEMA_VERSION, build_schema
from search.errors import RebuildInProgress, SearchUnavailable

CURRENT = "CURRENT"
BUILDING = "BUILDING"
WRITE_LOCK = "write.lock"
REBUILD_LOCK = "rebuild.lock"
VERSION_FILE = "kulttuuripankki-schema"
LOCK_TIMEOUT_SECONDS = 60.0


class IndexStore:
    def __init__(self, root: Path, lock_timeout: float = LOCK_TIMEOUT_SECONDS):
        self.root = Path(root)
        self.lock_timeout = lock_timeout
        self.schema = build_schema()
        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise SearchUnavailable(f"cannot create the index directory {self.root}: {exc.strerror}") from exc

    # -- pointers -----------------------------------------------------------

    def read_pointer(self, name: str) -> str | None:
        try:
            value = (self.root / name).read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return None
        return value or None

    def write_pointer(self, name: str, generation: str) -> None:
        """Replace the pointer file atomically (write a temp file, fsync, rename, fsync the dir)."""
        tmp = self.root / f".{name}.{secrets.token_hex(4)}.tmp"
        with open(tmp, "w", encoding="utf-8") as handle:
            handle.write(generation + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, self.root / name)
        self._fsync_dir()

    def remove_pointer(self, name: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            (self.root / name).unlink()
        self._fsync_dir()

    def pointer_stamp(self, name: str) -> tuple[int, int] | None:
        """Cheap change detector for a pointer file: (inode, mtime)."""
        try:
            st = os.stat(self.root / name)
        except FileNotFoundError:
            return None
        return st.st_ino, st.st_mtime_ns

    # -- generations --------------------------------------------------------

    def path(self, generation: str) -> Path:
        return self.root / generation

    def journal_path(self, generation: str) -> Path:
        return self.root / f"{generation}.journal"

    def create_generation(self) -> tuple[str, tantivy.Index]:
        name = f"gen-{time.time_ns()}-{secrets.token_hex(3)}"
        path = self.path(name)
        path.mkdir()
        (path / VERSION_FILE).write_text(str(SCHEMA_VERSION), encoding="utf-8")
        return name, tantivy.Index(self.schema, path=str(path), reuse=False)

    def open_generation(self, generation: str) -> tantivy.Index:
        path = self.path(generation)
        try:
            version = (path / VERSION_FILE).read_text(encoding="utf-8").strip()
        except FileNotFoundError as exc:
            raise SearchUnavailable(f"index generation {path} is missing; run `kulttuuripankki index rebuild`") from exc
        if version != str(SCHEMA_VERSION):
            raise SearchUnavailable(
                f"the index in {path} has schema version {version}, this version needs {SCHEMA_VERSION}; "
                "run `kulttuuripankki index rebuild`"
            )
        try:
            index = tantivy.Index.open(str(path))
        except ValueError as exc:
            raise SearchUnavailable(f"cannot open the index in {path}: {exc}; run `kulttuuripankki index rebuild`") from exc
        index.config_reader("manual")
        return index

    def delete_generation(self, generation: str) -> None:
        shutil.rmtree(self.path(generation), ignore_errors=True)
        with contextlib.suppress(FileNotFoundError):
            self.journal_path(generation).unlink()

    def generations(self) -> list[str]:
        return sorted(p.name for p in self.root.iterdir() if p.is_dir() and p.name.startswith("gen-"))

    def ensure_current(self) -> str:
        """The live generation's name, creating an empty index on first use."""
        current = self.read_pointer(CURRENT)
        if current is not None:
            return current
        with self.write_lock():
            current = self.read_pointer(CURRENT)
            if current is None:
                current, _ = self.create_generation()
                self.write_pointer(CURRENT, current)
        return current

    # -- journal of changes made during a rebuild ---------------------------

    def append_journal(self, generation: str, entries: list[dict]) -> None:
        with open(self.journal_path(generation), "a", encoding="utf-8") as handle:
            for entry in entries:
                handle.write(json.dumps(entry, ensure_ascii=False, separators=(",", ":")) + "\n")
            handle.flush()
            os.fsync(handle.fileno())

    def read_journal(self, generation: str) -> list[dict]:
        try:
            with open(self.journal_path(generation), encoding="utf-8") as handle:
                return [json.loads(line) for line in handle if line.strip()]
        except FileNotFoundError:
            return []

    # -- locks --------------------------------------------------------------

    @contextlib.contextmanager
    def write_lock(self) -> Iterator[None]:
        """Serialise writers across processes; wait up to lock_timeout, then SearchUnavailable."""
        handle = open(self.root / WRITE_LOCK, "a+")
        try:
            deadline = time.monotonic() + self.lock_timeout
            delay = 0.005
            while True:
                try:
                    fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except OSError as exc:
                    if exc.errno not in (errno.EAGAIN, errno.EACCES):
                        raise
                    if time.monotonic() >= deadline:
                        raise SearchUnavailable(
                            f"the search index in {self.root} stayed locked by another writer "
                            f"for {self.lock_timeout:.0f} s; try again"
                        ) from None
                    time.sleep(delay)
                    delay = min(delay * 2, 0.2)
            yield
        finally:
            handle.close()  # closing releases the flock

    def acquire_rebuild_lock(self):
        """Take the rebuild lock or raise RebuildInProgress; returns the handle to release later."""
        handle = open(self.root / REBUILD_LOCK, "a+")
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            handle.close()
            if exc.errno in (errno.EAGAIN, errno.EACCES):
                raise RebuildInProgress(
                    f"another rebuild of {self.root} is running; wait for it to finish"
                ) from None
            raise
        return handle

    def _fsync_dir(self) -> None:
        fd = os.open(self.root, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
