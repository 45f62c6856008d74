"""Pieces every command shares: the data dir option, settings, the catalog, progress bars."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Callable, Iterator

import click

from catalog.config import ConfigError, Settings, load_settings

_DATA_DIR_KEY = "kulttuuripankki.data_dir"


def _remember_data_dir(ctx: click.Context, _param, value):
    if value is not None:
        ctx.meta[_DATA_DIR_KEY] = value
    return value


data_dir_option = click.option(
    "--data-dir",
    type=click.Path(file_okay=False),
    envvar="KP_DATA_DIR",
    expose_value=False,
    is_eager=True,
    callback=_remember_data_dir,
    help="Folder for the database, search index and config (default ./instance; env KP_DATA_DIR).",
)


def current_settings() -> Settings:
    ctx = click.get_current_context()
    try:
        return load_settings(ctx.meta.get(_DATA_DIR_KEY))
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None


def open_catalog():
    """The catalog of the chosen data dir, migrated and with its taxonomy loaded."""
    from catalog.db import Catalog

    catalog = Catalog(current_settings())
    catalog.setup()
    return catalog


@contextmanager
def progress(total: int | None, label: str) -> Iterator[Callable[[int], None]]:
    """A progress bar on a terminal; silent when output goes to a pipe or file."""
    if not sys.stderr.isatty():
        yield lambda _n: None
        return
    with click.progressbar(length=total, label=label, file=sys.stderr, show_pos=True) as bar:
        yield bar.update


def serve_site(settings: Settings, host: str, port: int) -> None:
    """Serve the site for `make demo` (gunicorn, two workers) until interrupted."""
    from web.serve import serve

    click.echo(f"Serving http://{host}:{port}/ (Ctrl+C stops).")
    serve(settings, host, port)
