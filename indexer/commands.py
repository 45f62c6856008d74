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
    if report.failed:
        sys.exit(1)


@index_group.command("status")
@data_dir_option
def status_command() -> None:
    """Show the index's document count and what waits in the outbox."""
    from indexer.documents import count_public_records
    from indexer.rebuild import open_backend
    from indexer.sync import pending_count

    catalog = open_catalog()
    waiting, dead = pending_count(catalog)
    with catalog.sessionmaker() as session:
        public = count_public_records(session)
    with open_backend(catalog) as backend:
        click.echo(f"backend: {backend.name}")
        click.echo(f"documents in index: {backend.count()}")
    click.echo(f"public records in catalog: {public}")
    click.echo(f"outbox: {waiting} waiting, {dead} dead")


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
