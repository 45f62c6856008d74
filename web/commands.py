"""`kulttuuripankki run`: serve the public site and the JSON API."""

from __future__ import annotations

import click

from web.cli_support import data_dir_option, open_catalog


@click.command("run")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=5000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64), help="gunicorn worker processes.")
@click.option("--dev", is_flag=True, help="Use Werkzeug's single-process development server instead of gunicorn.")
@data_dir_option
def run_command(host: str, port: int, workers: int, dev: bool) -> None:
    """Serve the site in Finnish, Swedish and English, and the API under /api/v1/.

    The database is migrated first; changes waiting in the outbox are indexed.
    """
    from web.serve import serve

    catalog = open_catalog()
    _index_waiting_changes(catalog)
    click.echo(f"Serving http://{host}:{port}/ from {catalog.settings.data_dir} (Ctrl+C stops).")
    serve(catalog.settings, host, port, workers, dev)


def _index_waiting_changes(catalog) -> None:
    if catalog.settings.opensearch_url:
        return
    from indexer.rebuild import open_backend
    from indexer.sync import IndexBusy, sync
    from search.errors import SearchError

    try:
        with open_backend(catalog) as backend:
            sync(catalog, backend, wait=False)
    except IndexBusy:
        click.echo("The index is being rebuilt by another process; search shows the old index until it finishes.", err=True)
    except SearchError as exc:
        click.echo(f"Search is not ready ({exc}); run `kulttuuripankki index rebuild`.", err=True)
