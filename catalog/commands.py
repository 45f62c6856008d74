"""Catalog commands: import, export, demo. Thin wrappers over the catalog's services."""

from __future__ import annotations

import sys
import time

import click

from web.cli_support import data_dir_option, open_catalog, progress

MAX_ERRORS_SHOWN = 200


def _count_lines(path: str) -> int:
    with open(path, "rb") as handle:
        return sum(1 for _ in handle)


@click.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@data_dir_option
def import_command(file: str) -> None:
    """Import creators, services and buyers from a JSON-lines FILE (- for standard input).

    Re-importing a record with the same id updates it. Bad lines are reported
    with their line number and field; good lines are still imported. Exits 1 if
    any line failed.
    """
    from catalog.importer import import_file

    catalog = open_catalog()
    started = time.perf_counter()
    if file == "-":
        report = import_file(catalog, sys.stdin.buffer)
    else:
        with open(file, "rb") as stream, progress(_count_lines(file), "Importing") as advance:
            report = import_file(catalog, stream, advance)
    elapsed = time.perf_counter() - started
    for error in report.errors[:MAX_ERRORS_SHOWN]:
        click.echo(f"{file}: {error}", err=True)
    if len(report.errors) > MAX_ERRORS_SHOWN:
        click.echo(f"... and {len(report.errors) - MAX_ERRORS_SHOWN} more errors", err=True)
    created = ", ".join(f"{n} {kind}s" for kind, n in report.created.items() if n) or "nothing"
    updated = ", ".join(f"{n} {kind}s" for kind, n in report.updated.items() if n) or "nothing"
    click.echo(
        f"Created {created}; updated {updated}; {report.unchanged} unchanged; "
        f"{len({e.line for e in report.errors})} lines failed ({elapsed:.1f} s)."
    )
    _index_changes(catalog)
    if not report.ok:
        sys.exit(1)


def _index_changes(catalog) -> None:
    """Make imported changes searchable now (the scaled deployment leaves this to its workers)."""
    from indexer.rebuild import open_backend
    from indexer.sync import sync

    if catalog.settings.opensearch_url:
        return
    with open_backend(catalog) as backend:
        report = sync(catalog, backend)
    if report.failed:
        click.echo(f"{report.failed} changes could not be indexed yet; run `kulttuuripankki index sync`.", err=True)


@click.command("export")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="File to write (default: standard output).")
@data_dir_option
def export_command(output) -> None:
    """Export the whole catalog as JSON lines, in the format `import` reads."""
    from catalog.exporter import export

    count = export(open_catalog(), output)
    if output is not sys.stdout:
        click.echo(f"Exported {count} records.", err=True)


@click.command("demo")
@click.option("--creators", default=6000, show_default=True, type=click.IntRange(0, 2_000_000), help="Creators to generate.")
@click.option("--services", default=4000, show_default=True, type=click.IntRange(0, 2_000_000), help="Services to generate.")
@click.option("--buyers", default=1000, show_default=True, type=click.IntRange(0, 1_000_000), help="Buyers to generate.")
@click.option("--seed", default=2026, show_default=True, help="Random seed; the same seed gives the same data.")
@click.option("--serve/--no-serve", default=True, help="Serve the site when done (default) or stop after indexing.")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@data_dir_option
def demo_command(creators: int, services: int, buyers: int, seed: int, serve: bool, host: str, port: int) -> None:
    """Load a realistic, deterministic demo data set, build the search index and serve the site.

    A data dir that already holds the same demo set is reused, so a second run starts at once.
    """
    from catalog.demo_loader import load_demo

    catalog = open_catalog()
    wanted = {"creators": creators, "services": services, "buyers": buyers, "seed": seed}
    started = time.perf_counter()
    with progress(creators + services + buyers, "Generating and storing") as advance:
        loaded = load_demo(catalog, wanted, advance)
    if loaded is None:
        click.echo(f"Demo data already loaded in {catalog.settings.data_dir}.")
    else:
        click.echo(f"Stored {loaded.stored} demo records in {time.perf_counter() - started:.1f} s.")
        if loaded.errors:
            for error in loaded.errors[:20]:
                click.echo(f"demo: {error}", err=True)
            raise click.ClickException(f"{len(loaded.errors)} demo records failed to load")
    _build_index(catalog, force=loaded is not None)
    if serve:
        from web.cli_support import serve_site

        serve_site(catalog.settings, host, port)


def _build_index(catalog, force: bool) -> None:
    try:
        from indexer.rebuild import rebuild_index, index_is_current
    except ImportError:  # the indexer is optional until the search engine is installed
        return
    if not force and index_is_current(catalog):
        return
    started = time.perf_counter()
    count = rebuild_index(catalog, progress_label="Indexing")
    click.echo(f"Indexed {count} documents in {time.perf_counter() - started:.1f} s.")
