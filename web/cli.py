"""The `kulttuuripankki` admin command: one Click group gathering each package's commands."""

from __future__ import annotations

import click

from web.cli_support import data_dir_option


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@data_dir_option
def main() -> None:
    """Kulttuuripankki: find Finland's artists, culture workers and their services."""


def _register() -> None:
    from catalog.commands import demo_command, export_command, import_command
    from indexer.commands import eval_command, index_group, worker_command
    from search.commands import search_command
    from web.commands import run_command

    for command in (import_command, export_command, demo_command, index_group, search_command, eval_command, run_command, worker_command):
        main.add_command(command)


_register()
