"""A rebuild's bulk load, sent from a background thread while the caller analyses the next documents.

Analysis (Voikko, in Python) and indexing (in OpenSearch) take about as long as
each other; overlapping them makes a rebuild nearly twice as fast as doing one
after the other. opensearch-py's streaming_bulk helper does the sending, fed
through a bounded queue so memory stays flat however big the catalog is.
"""

from __future__ import annotations

import queue
import threading
from typing import Iterator

from opensearchpy import OpenSearch, helpers

_DONE = object()
_PUT_WAIT_SECONDS = 0.5


class BackgroundBulk:
    """Send bulk actions on a worker thread; `close()` waits and returns the failed items."""

    def __init__(self, client: OpenSearch, *, chunk_size: int, max_chunk_bytes: int, max_retries: int, request_timeout: float,
                 queue_size: int = 2_000):
        self._queue: queue.Queue = queue.Queue(maxsize=queue_size)
        self._failures: list[dict] = []
        self._error: BaseException | None = None
        self._options = dict(
            chunk_size=chunk_size, max_chunk_bytes=max_chunk_bytes, max_retries=max_retries,
            raise_on_error=False, yield_ok=False, request_timeout=request_timeout,
        )
        self._client = client
        self._thread = threading.Thread(target=self._run, name="opensearch-bulk", daemon=True)
        self._thread.start()

    def put(self, action: dict) -> None:
        """Queue one action; blocks while the queue is full; raises what killed the worker."""
        while True:
            self._raise_if_failed()
            try:
                self._queue.put(action, timeout=_PUT_WAIT_SECONDS)
                return
            except queue.Full:
                continue

    def close(self) -> list[dict]:
        """Flush what is queued and stop the worker; the items OpenSearch refused."""
        if self._thread.is_alive():
            self.put(_DONE)
            self._thread.join()
        self._raise_if_failed()
        return self._failures

    def abandon(self) -> None:
        """Stop without sending what is still queued (the index is about to be deleted)."""
        while self._thread.is_alive():
            _drain(self._queue)
            try:
                self._queue.put(_DONE, timeout=_PUT_WAIT_SECONDS)
            except queue.Full:
                continue
            self._thread.join(timeout=60)
            return

    def _actions(self) -> Iterator[dict]:
        while True:
            item = self._queue.get()
            if item is _DONE:
                return
            yield item

    def _run(self) -> None:
        try:
            for ok, item in helpers.streaming_bulk(self._client, self._actions(), **self._options):
                if not ok:
                    self._failures.append(item)
        except BaseException as exc:  # handed to the caller's thread by put()/close()
            self._error = exc
            # Keep draining so a producer blocked on a full queue wakes up and sees the error.
            _drain(self._queue)

    def _raise_if_failed(self) -> None:
        if self._error is not None:
            raise self._error


def _drain(q: queue.Queue) -> None:
    try:
        while True:
            q.get_nowait()
    except queue.Empty:
        pass

