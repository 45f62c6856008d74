"""`kulttuuripankki index ...`: keep the search index in step with the catalog."""

from __future__ import annotations

import sys
import time

import click

from web.cli_support import data_dir_option, open_catalog


@click.group("index")
def index_group() -> None:
    """Build and inspect the search index."""


@index_group.command("rebuild")
@data_dir_option
def rebuild_command() -> None:
    """Rebuild the whole index from the catalog; searches keep working meanwhile."""
    from indexer.rebuild import rebuild_index
    from search.errors import RebuildInProgress

    catalog = open_catalog()
    started = time.perf_counter()
    try:
        count = rebuild_index(catalog, progress_label="Indexing")
    except RebuildInProgress as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"Indexed {count} documents in {time.perf_counter() - started:.1f} s.")


@index_group.command("sync")
@data_dir_option
def sync_command() -> None:
    """Index every change still waiting in the outbox, dead-lettered ones included."""
    from indexer.rebuild import open_backend
    from indexer.sync import sync

    catalog = open_catalog()
    with open_backend(catalog) as backend:
        report = sync(catalog, backend, include_dead=True)
    click.echo(f"Indexed {report.indexed}, deleted {report.deleted}, failed {report.failed} ({report.drained} outbox rows drained).")
    if report.unavailable:
        click.echo(f"The search engine is unavailable, the rest waits in the outbox: {report.unavailable}", err=True)
    if report.failed:
        sys.exit(1)


@index_group.command("status")
@data_dir_option
def status_command() -> None:
    """Show the index's document count and what waits in the outbox (dead-lettered rows with their errors)."""
    from indexer.documents import count_public_records
    from indexer.rebuild import open_backend
    from indexer.sync import outbox_status

    catalog = open_catalog()
    outbox = outbox_status(catalog)
    with catalog.sessionmaker() as session:
        public = count_public_records(session)
    with open_backend(catalog) as backend:
        click.echo(f"backend: {backend.name}")
        details = backend.status() if hasattr(backend, "status") else {}
        for key in ("alias", "index", "mapping_version", "building"):
            if details.get(key) is not None:
                click.echo(f"{key.replace('_', ' ')}: {details[key]}")
        click.echo(f"documents in index: {backend.count()}")
    click.echo(f"public records in catalog: {public}")
    age = outbox.oldest_age_seconds()
    oldest = f", oldest waiting {age:.0f} s" if age is not None else ""
    click.echo(f"outbox: {outbox.waiting} waiting, {outbox.dead} dead{oldest}")
    for row_id, kind, record_id, error in outbox.recent_errors:
        click.echo(f"  row {row_id} ({kind} {record_id}): {error.splitlines()[0] if error else ''}")
    if outbox.dead:
        click.echo("Dead rows are retried by `kulttuuripankki index sync`.")


@index_group.command("verify")
@click.option("--show", default=20, show_default=True, type=click.IntRange(0), help="Ids listed per kind of difference.")
@data_dir_option
def verify_command(show: int) -> None:
    """Compare catalog and index: missing, stale, orphaned documents. Exits 1 when they differ."""
    from indexer.rebuild import open_backend
    from indexer.verify import verify

    catalog = open_catalog()
    with open_backend(catalog) as backend:
        report = _translated(lambda: verify(catalog, backend))
    for line in report.lines(show):
        click.echo(line)
    if not report.ok:
        click.echo("Run `kulttuuripankki index repair` to fix them.", err=True)
        sys.exit(1)


@index_group.command("repair")
@click.option("--show", default=20, show_default=True, type=click.IntRange(0), help="Ids listed per kind of difference.")
@data_dir_option
def repair_command(show: int) -> None:
    """Fix exactly what `index verify` finds, then verify again. Exits 1 if differences remain."""
    from indexer.rebuild import open_backend
    from indexer.verify import repair, verify

    catalog = open_catalog()
    with open_backend(catalog) as backend:
        found = _translated(lambda: verify(catalog, backend))
        for line in found.lines(show):
            click.echo(line)
        if found.ok:
            return
        fixed = _translated(lambda: repair(catalog, backend, found))
        click.echo(f"Repaired: indexed {fixed.indexed}, deleted {fixed.deleted}.")
        if fixed.needs_rebuild:
            click.echo(
                f"{len(fixed.needs_rebuild)} documents are newer in the index than in the catalog "
                "(was the database restored?); only `kulttuuripankki index rebuild` can fix them.",
                err=True,
            )
        after = _translated(lambda: verify(catalog, backend))
    click.echo("After the repair: " + after.lines(show)[-1])
    if not after.ok:
        sys.exit(1)


def _translated(run):
    """Run a verify/repair step; a search engine that is down is a clean error, not a traceback."""
    from search.errors import SearchError

    try:
        return run()
    except SearchError as exc:
        raise click.ClickException(str(exc)) from None


@click.command("worker")
@click.option("--concurrency", type=click.IntRange(1, 64), default=None,
              help="Worker processes (default: cores + 1, at most 4: a relay waits on OpenSearch part of the time).")
@click.option("--beat/--no-beat", default=True, show_default=True,
              help="Also run the schedule that drains the outbox every few seconds (keep it on in one worker).")
@click.option("--loglevel", default="INFO", show_default=True, type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"]))
@data_dir_option
def worker_command(concurrency: int | None, beat: bool, loglevel: str) -> None:
    """Start a Celery worker that keeps the search index in step (needs KP_REDIS_URL).

    The same as `celery -A indexer worker --beat` with settings from the data dir.
    """
    import os
    import socket

    from web.cli_support import current_settings

    settings = current_settings()
    if not settings.redis_url:
        raise click.ClickException(
            "KP_REDIS_URL is not set: the worker takes its tasks from Redis (e.g. KP_REDIS_URL=redis://127.0.0.1:6379/0). "
            "The embedded deployment needs no worker: it indexes right after each commit."
        )
    # The worker's processes read their settings again: point them at the same data dir.
    os.environ["KP_DATA_DIR"] = str(settings.data_dir)
    from indexer.celery import app, celery_config

    app.conf.update(celery_config(settings.redis_url))
    concurrency = concurrency or min(4, (os.cpu_count() or 1) + 1)
    argv = [
        "worker", f"--loglevel={loglevel}", f"--concurrency={concurrency}", "-O", "fair",
        "--without-gossip", "--without-mingle", "-n", f"kulttuuripankki-{os.getpid()}@{socket.gethostname()}",
    ]
    if beat:
        argv.append("--beat")
    app.worker_main(argv)


@click.command("eval")
@click.argument("corpus", type=click.Path(exists=True, dir_okay=False))
@click.argument("queries", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def eval_command(corpus: str, queries: str, as_json: bool) -> None:
    """Score the search engine on judged QUERIES over CORPUS (imported into a temporary data dir).

    Prints success@1, success@3, MRR and nDCG@10 per category and overall.
    """
    import json
    from pathlib import Path

    from indexer.relevance import CorpusInvalid, evaluate_corpus

    try:
        report = evaluate_corpus(Path(corpus), Path(queries))
    except CorpusInvalid as exc:
        raise click.ClickException(f"{corpus} has bad lines: {exc}") from None
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(report.format_table())
