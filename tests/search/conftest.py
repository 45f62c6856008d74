"""Backends for the shared contract suite: each test runs once per backend in BACKENDS."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from search_corpus import CORPUS  # noqa: E402

from search.backends.base import SearchBackend  # noqa: E402
from search.backends.embedded import EmbeddedBackend  # noqa: E402
from search.backends.opensearch import OpenSearchBackend  # noqa: E402

# OpenSearch runs on a real node started for the session (tests/opensearch_node.py).
BACKENDS = ["embedded", "opensearch"]


def make_backend(name: str, directory: Path, opensearch_url: str | None = None) -> SearchBackend:
    """A fresh, empty backend of the given kind that keeps its data under `directory`."""
    if name == "embedded":
        return EmbeddedBackend(directory / "index")
    if name == "opensearch":
        # An alias of its own per directory: tests never see each other's documents.
        alias = "kp-test-" + hashlib.blake2b(str(directory).encode(), digest_size=6).hexdigest()
        return OpenSearchBackend(opensearch_url, alias=alias)
    raise ValueError(f"no test factory for backend {name!r}")


def _drop(backend: SearchBackend) -> None:
    """Delete an OpenSearch test backend's indices (they would pile up on a shared node)."""
    if isinstance(backend, OpenSearchBackend):
        backend.client.indices.delete(index=f"{backend.names.alias}*", ignore_unavailable=True)


@pytest.fixture(scope="module", params=BACKENDS)
def backend_name(request) -> str:
    return request.param


def _opensearch_url(request, backend_name: str) -> str | None:
    return request.getfixturevalue("opensearch_node").url if backend_name == "opensearch" else None


@pytest.fixture(scope="module")
def corpus_backend(request, backend_name, tmp_path_factory):
    """A backend holding the hand-written corpus; tests must not write to it."""
    url = _opensearch_url(request, backend_name)
    backend = make_backend(backend_name, tmp_path_factory.mktemp(f"{backend_name}-corpus"), url)
    backend.index_documents(CORPUS)
    yield backend
    _drop(backend)
    backend.close()


@pytest.fixture
def empty_backend(request, backend_name, tmp_path):
    """A fresh empty backend for tests that write."""
    backend = make_backend(backend_name, tmp_path, _opensearch_url(request, backend_name))
    yield backend
    _drop(backend)
    backend.close()
