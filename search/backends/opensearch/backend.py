"""The OpenSearch backend: the same contract as the embedded engine, for more than one machine."""

from __future__ import annotations

import logging
import threading
import time
from typing import Any, Iterable, Iterator, Mapping

from opensearchpy import helpers
from opensearchpy.exceptions import NotFoundError

import analyzers
from search.backends.base import RawResults, Rebuild, SearchBackend
from search.backends.opensearch.bulk import BackgroundBulk
from search.backends.opensearch.client import DEFAULT_ALIAS, ClientOptions, make_client, redact, translated_errors
from search.backends.opensearch.compiler import facet_counts, search_body
from search.backends.opensearch.indices import IndexManager, IndexNames, RebuildLock
from search.backends.opensearch.mapping import MAPPING_VERSION, PAYLOAD, SUGGEST_FIELD, index_body, index_mapping_version
from search.backends.opensearch.source import to_source
from search.documents import LANGUAGES, SearchDocument
from search.errors import SearchError, SearchUnavailable
from search.plan import QueryPlan
from search.request import SearchRequest
from search.response import SearchResponse

logger = logging.getLogger(__name__)

# "Is this term in the index?" is asked for most query words (spelling corrections);
# the answers change only when documents do, so a short cache saves round trips.
TERM_CACHE_SECONDS = 60.0
TERM_CACHE_SIZE = 20_000
BULK_CHUNK_DOCS = 500
BULK_CHUNK_BYTES = 10 * 1024 * 1024
BULK_RETRIES_ON_429 = 3


class OpenSearchBackend(SearchBackend):
    """Search over an OpenSearch index behind an alias (see indices.py for the names).

    Nothing touches the network until the first call, so the site starts while the
    cluster is down; every call then raises SearchUnavailable until it is back.
    """

    name = "opensearch"
    # External versions on every write: the higher version wins whatever the arrival order.
    orders_writes_by_version = True

    def __init__(
        self,
        url: str,
        *,
        alias: str = DEFAULT_ALIAS,
        shards: int = 1,
        replicas: int | None = None,
        ca_certs: str | None = None,
        verify_certs: bool = True,
        timeout: float = 5.0,
        bulk_timeout: float = 120.0,
        max_retries: int = 2,
    ):
        if not url or not url.startswith(("http://", "https://")):
            raise SearchUnavailable(f"KP_OPENSEARCH_URL must start with http:// or https://, got {url!r}")
        self.url = url
        self.options = ClientOptions(url, ca_certs, verify_certs, timeout, bulk_timeout, max_retries)
        self.client = make_client(self.options)
        self.names = IndexNames(alias)
        self.shards = shards
        self.replicas = replicas
        self.indices = IndexManager(self.client, url, self.names, body=self.index_body, replicas=replicas, bulk_timeout=bulk_timeout)
        self._term_cache: dict[tuple[str, str], tuple[bool, float]] = {}
        self._cache_lock = threading.Lock()

    @classmethod
    def from_settings(cls, settings: Any) -> OpenSearchBackend:
        """Build from catalog.config.Settings (or a dict): opensearch_url plus optional opensearch_* options."""
        def get(name: str, default: Any = None) -> Any:
            value = settings.get(name) if isinstance(settings, dict) else getattr(settings, name, None)
            if value is None:
                extra = settings.get("extra") if isinstance(settings, dict) else getattr(settings, "extra", None)
                value = (extra or {}).get(name)
            return default if value is None else value

        return cls(
            get("opensearch_url"),
            alias=get("opensearch_index", DEFAULT_ALIAS),
            ca_certs=get("opensearch_ca_certs"),
            verify_certs=_as_bool(get("opensearch_verify_certs", True)),
            timeout=float(get("opensearch_timeout", 5.0)),
        )

    # -- what is indexed and how it is queried (a subclass may change these) ----

    def index_body(self, loading: bool) -> dict:
        """Settings and mappings of a new index (bulk-loading settings while `loading`)."""
        return index_body(shards=self.shards, replicas=self.replicas, loading=loading)

    def to_source(self, doc: SearchDocument) -> dict:
        return to_source(doc)

    def search_body(self, request: SearchRequest, plan: QueryPlan) -> dict:
        return search_body(request, plan)

    # -- reading ------------------------------------------------------------

    def _execute(self, request: SearchRequest, plan: QueryPlan) -> RawResults:
        self.indices.ensure_live()
        body = self.search_body(request, plan)
        # Stop the query on the server shortly before the client gives up on it.
        body.setdefault("timeout", f"{max(1, int(self.options.timeout * 1000) - 500)}ms")
        with self._reading("searching"):
            response = self.client.search(index=self.names.alias, body=body)
        if response.get("timed_out"):
            raise SearchUnavailable(f"OpenSearch at {redact(self.url)} timed out answering a search")
        scored = "track_scores" in body
        hits = [(hit["_source"][PAYLOAD], float(hit["_score"]) if scored and hit.get("_score") is not None else None)
                for hit in response["hits"]["hits"]]
        return RawResults(response["hits"]["total"]["value"], hits, facet_counts(response.get("aggregations", {})))

    def count(self) -> int:
        self.indices.ensure_live()
        with self._reading("counting documents"):
            return int(self.client.count(index=self.names.alias)["count"])

    def search(self, request: SearchRequest) -> SearchResponse:
        if request.has_text:
            self._prefetch_terms(request.q)
        return super().search(request)

    def _prefetch_terms(self, q: str) -> None:
        """Ask in one request whether the query's words and lemmas are in the index.

        The planner asks about them one at a time (see search.plan); answering from
        the cache turns several round trips into one.
        """
        words = [w for lang in LANGUAGES for w in analyzers.query_words(q, lang)]
        if not words:
            return
        wanted = {("term", term) for w in words for term in (w.surface, *w.lemmas) if term}
        wanted.add(("prefix", words[-1].surface))
        now = time.monotonic()
        missing = sorted(key for key in wanted if (cached := self._term_cache.get(key)) is None or cached[1] <= now)
        if not missing:
            return
        self.indices.ensure_live()
        filters = {
            f"{i}": {"bool": {"should": [{how: {field: value}} for field in ("typo_hi", "typo_lo")]}}
            for i, (how, value) in enumerate(missing)
        }
        with self._reading("looking up terms"):
            response = self.client.search(
                index=self.names.alias, body={"size": 0, "track_total_hits": False, "aggs": {"t": {"filters": {"filters": filters}}}}
            )
        buckets = response["aggregations"]["t"]["buckets"]
        self._remember({key: buckets[f"{i}"]["doc_count"] > 0 for i, key in enumerate(missing)}, now)

    def _remember(self, answers: dict[tuple[str, str], bool], now: float) -> None:
        with self._cache_lock:
            if len(self._term_cache) + len(answers) > TERM_CACHE_SIZE:
                self._term_cache.clear()
            for key, found in answers.items():
                self._term_cache[key] = (found, now + TERM_CACHE_SECONDS)

    def term_exists(self, term: str) -> bool:
        return self._exists("term", term)

    def prefix_exists(self, prefix: str) -> bool:
        return self._exists("prefix", prefix)

    def _exists(self, how: str, value: str) -> bool:
        key = (how, value)
        now = time.monotonic()
        cached = self._term_cache.get(key)
        if cached and cached[1] > now:
            return cached[0]
        self.indices.ensure_live()
        query = {"bool": {"should": [{how: {field: value}} for field in ("typo_hi", "typo_lo")]}}
        with self._reading("looking up a term"):
            response = self.client.search(
                index=self.names.alias, body={"size": 0, "query": query, "track_total_hits": 1},
                params={"terminate_after": "1"},
            )
        found = response["hits"]["total"]["value"] > 0
        self._remember({key: found}, now)
        return found

    def autocomplete(self, text: str, *, kind: str = "all", limit: int = 8) -> list[dict]:
        """Names and titles starting with what was typed so far (search_as_you_type), best first."""
        text = " ".join(text.split())[:100]
        if not text:
            return []
        self.indices.ensure_live()
        fields = [SUGGEST_FIELD, f"{SUGGEST_FIELD}._2gram", f"{SUGGEST_FIELD}._3gram"]
        query: dict = {"multi_match": {"query": text, "type": "bool_prefix", "fields": fields}}
        if kind != "all":
            query = {"bool": {"must": [query], "filter": [{"term": {"kind": kind}}]}}
        with self._reading("completing a name"):
            response = self.client.search(
                index=self.names.alias, body={"size": max(1, min(limit, 20)), "query": query, "_source": [PAYLOAD]}
            )
        out = []
        for hit in response["hits"]["hits"]:
            payload = hit["_source"][PAYLOAD]
            names = payload.get("name") or {}
            out.append({"id": payload["id"], "kind": payload["kind"], "slug": payload["slug"], "name": next((v for v in names.values() if v), "")})
        return out

    # -- writing ------------------------------------------------------------

    def index_documents(self, docs: Iterable[SearchDocument]) -> int:
        docs = list(docs)
        for doc in docs:
            doc.check()
        if not docs:
            return 0
        self.indices.ensure_live()
        targets = [self.names.alias]
        if self.indices.has_building():
            # A rebuild is filling a new index: it must see this change too. Versions
            # keep its bulk load (read from the catalog earlier) from undoing it.
            targets.append(self.names.building)
        actions = []
        for doc in docs:
            source = self.to_source(doc) if doc.public else None
            for target in targets:
                action = {"_index": target, "_id": doc.id, "version": doc.version, "version_type": "external_gte"}
                if source is None:  # no longer public: delete, never index
                    action["_op_type"] = "delete"
                else:
                    action["_source"] = source
                actions.append(action)
        self._bulk(actions, "indexing documents")
        return len(docs)

    def delete_documents(self, ids: Iterable[str], versions: Mapping[str, int | None] | None = None) -> int:
        ids = list(dict.fromkeys(ids))
        if not ids:
            return 0
        given = {doc_id: v for doc_id, v in (versions or {}).items() if v is not None}
        self.indices.ensure_live()
        targets = [self.names.alias]
        known: dict[str, int] = {}
        if self.indices.has_building():
            targets.append(self.names.building)
            # An unversioned delete must still stop the rebuild's bulk load from bringing
            # back an old copy: a tombstone one version above any known copy does.
            unknown = [doc_id for doc_id in ids if doc_id not in given]
            known = self._known_versions(unknown) if unknown else {}
        actions: list[dict] = []
        for target in targets:
            for doc_id in ids:
                action = {"_op_type": "delete", "_index": target, "_id": doc_id}
                if doc_id in given:  # an update older than the deletion is refused afterwards
                    action.update(version=given[doc_id], version_type="external_gte")
                elif target == self.names.building and doc_id in known:
                    action.update(version=known[doc_id] + 1, version_type="external")
                actions.append(action)
        self._bulk(actions, "deleting documents")
        return len(ids)

    def document_versions(self) -> Iterator[tuple[str, int]]:
        self.indices.ensure_live()
        query = {"query": {"match_all": {}}, "_source": False, "version": True}
        with self._reading("listing documents and their versions"):
            listed = [(hit["_id"], int(hit["_version"])) for hit in helpers.scan(self.client, query=query, index=self.names.alias, size=1000)]
        return iter(listed)

    def _known_versions(self, ids: list[str]) -> dict[str, int]:
        versions: dict[str, int] = {}
        for target in (self.names.alias, self.names.building):
            with self._reading("reading document versions"):
                try:
                    response = self.client.mget(index=target, body={"ids": ids}, params={"_source": "false"})
                except NotFoundError:
                    continue
            for doc in response["docs"]:
                if doc.get("found"):
                    versions[doc["_id"]] = max(versions.get(doc["_id"], 0), int(doc["_version"]))
        return versions

    def _bulk(self, actions: list[dict], doing: str) -> None:
        """Send writes, visible to searches on return; an older version than the stored one is skipped."""
        with self._writing(doing):
            results = helpers.streaming_bulk(
                self.client, actions, chunk_size=BULK_CHUNK_DOCS, max_chunk_bytes=BULK_CHUNK_BYTES,
                raise_on_error=False, max_retries=BULK_RETRIES_ON_429, refresh="true", require_alias="true",
            )
            failures = [item for ok, item in results if not ok]
        self._check_bulk_failures(failures, doing)

    def _check_bulk_failures(self, failures: list[dict], doing: str) -> None:
        problems = []
        for failure in failures:
            op, info = next(iter(failure.items()))
            status = info.get("status")
            if status == 409:
                continue  # version conflict: the index already holds a newer version
            if op == "delete" and status == 404:
                continue  # deleting what is not there is fine
            if status == 404 and info.get("_index") == self.names.building:
                continue  # the rebuild swapped its index live meanwhile; the alias write reached it
            error = info.get("error") or {}
            reason = f"{error.get('type')}: {error.get('reason')}" if isinstance(error, dict) else str(error)
            problems.append((status, f"{info.get('_id')} in {info.get('_index')} ({reason})"))
        if not problems:
            return
        detail = "; ".join(text for _, text in problems[:5])
        if any(status == 429 or (status or 0) >= 500 for status, _ in problems):
            raise SearchUnavailable(f"OpenSearch at {redact(self.url)} could not finish {doing}: {detail}")
        raise SearchError(f"OpenSearch rejected {len(problems)} of the writes while {doing}: {detail}")

    def rebuild(self) -> Rebuild:
        return OpenSearchRebuild(self)

    # -- operations -----------------------------------------------------------

    def status(self) -> dict:
        """What `kulttuuripankki index status` shows: alias, live index, documents, mapping versions, rebuild."""
        info: dict = {
            "backend": self.name,
            "url": redact(self.url),
            "alias": self.names.alias,
            "index": None,
            "documents": None,
            "mapping_version": None,
            "expected_mapping_version": MAPPING_VERSION,
            "building": None,
        }
        live = self.indices.aliased(self.names.alias)
        if live:
            index = live[0]
            info["index"] = ", ".join(live)
            with self._reading("reading index status"):
                info["mapping_version"] = index_mapping_version(self.client.indices.get_mapping(index=index), index)
                info["documents"] = int(self.client.count(index=self.names.alias)["count"])
        building = self.indices.aliased(self.names.building)
        if building:
            with self._reading("reading index status"):
                info["building"] = {"index": building[0], "documents": int(self.client.count(index=building[0])["count"])}
        return info

    def close(self) -> None:
        self.client.close()

    # -- helpers ----------------------------------------------------------------

    def _reading(self, doing: str):
        return _Translated(self, doing, writes=False)

    def _writing(self, doing: str):
        return _Translated(self, doing, writes=True)


class _Translated:
    """translated_errors() that also drops stale state: a missing alias or a changed index."""

    def __init__(self, backend: OpenSearchBackend, doing: str, writes: bool):
        self.backend = backend
        self.inner = translated_errors(backend.url, doing)
        self.writes = writes

    def __enter__(self):
        return self.inner.__enter__()

    def __exit__(self, exc_type, exc, tb):
        if self.writes:
            self.backend._term_cache.clear()
        if exc_type is not None and issubclass(exc_type, NotFoundError):
            self.backend.indices.forget()
            raise SearchUnavailable(
                f"the search index {self.backend.names.alias} is missing on {redact(self.backend.url)}; "
                "run `kulttuuripankki index rebuild`"
            ) from exc
        return self.inner.__exit__(exc_type, exc, tb)


class OpenSearchRebuild(Rebuild):
    """Bulk-load a new index (no replicas, no refreshes), then swap the alias to it at once."""

    def __init__(self, backend: OpenSearchBackend):
        self.backend = backend
        self.indices = backend.indices
        self.lock: RebuildLock | None = None
        self.index: str | None = None
        self._sender: BackgroundBulk | None = None
        self.added = 0

    def start(self) -> None:
        if self.lock is not None:
            raise RuntimeError("this rebuild has already started")
        self.lock = self.indices.acquire_lock()
        try:
            self.index = self.indices.create_building()
            self.lock.record_index(self.index)
            self._sender = BackgroundBulk(
                self.backend.client, chunk_size=BULK_CHUNK_DOCS, max_chunk_bytes=BULK_CHUNK_BYTES,
                max_retries=BULK_RETRIES_ON_429, request_timeout=self.backend.options.bulk_timeout,
            )
        except BaseException:
            self.abort()
            raise

    def add(self, docs: Iterable[SearchDocument]) -> int:
        """Analyse and queue the documents; they are sent while the caller reads the next ones."""
        if self._sender is None or self.index is None:
            raise RuntimeError("call start() before add()")
        added = 0
        with translated_errors(self.backend.url, f"loading documents into {self.index}"):
            for doc in docs:
                doc.check()
                if not doc.public:
                    continue
                self._sender.put({
                    "_index": self.index, "_id": doc.id, "version": doc.version, "version_type": "external_gte",
                    "_source": self.backend.to_source(doc),
                })
                added += 1
        self.lock.beat()
        self.added += added
        return added

    def finish(self) -> None:
        if self._sender is None or self.index is None:
            raise RuntimeError("call start() before finish()")
        try:
            doing = f"loading documents into {self.index}"
            with translated_errors(self.backend.url, doing):
                failures = self._sender.close()
            self._sender = None
            self.backend._check_bulk_failures(failures, doing)
            self.lock.beat(force=True)  # still ours: nobody took over while we loaded
            old = self.indices.make_live(self.index)
            self.backend._term_cache.clear()
        except BaseException:
            self.abort()
            raise
        # The new index is live: failing to clean up now must not undo the rebuild.
        try:
            self.indices.delete_indices([name for name in old if self.backend.names.is_ours(name)])
        finally:
            self._release()

    def abort(self) -> None:
        """Delete the half-built index and release the lock. Cleanup failures are logged, not
        raised: they would hide the error that made us abort (a dead rebuild's leftovers are
        cleared by the next rebuild, which takes over its lock once it is stale)."""
        if self.lock is None:
            return
        if self._sender is not None:
            self._sender.abandon()
            self._sender = None
        try:
            if self.index and self.index not in self.indices.aliased(self.backend.names.alias):
                self.indices.delete_indices([self.index])
        except SearchError as exc:
            logger.warning("could not delete the half-built index %s: %s", self.index, exc)
        try:
            self._release()
        except SearchError as exc:
            logger.warning("could not release the rebuild lock of %s: %s", self.backend.names.alias, exc)

    def _release(self) -> None:
        lock, self.lock, self.index = self.lock, None, None
        if lock is not None:
            lock.release()


def _as_bool(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() not in ("0", "false", "no", "off")
    return bool(value)
