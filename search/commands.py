"""`kulttuuripankki search`: the same search the site runs, from the command line."""

from __future__ import annotations

import json

import click

from web.cli_support import data_dir_option, open_catalog


@click.command("search")
@click.argument("query", nargs=-1)
@click.option("--kind", type=click.Choice(["all", "creator", "service"]), default="all", show_default=True)
@click.option("--lang", type=click.Choice(["fi", "sv", "en"]), default="fi", show_default=True, help="Interface language: labels and snippets.")
@click.option("--facet", "facets", multiple=True, metavar="NAME=VALUE", help="Filter, e.g. --facet art_form=music --facet region=pirkanmaa --facet online=true.")
@click.option("--sort", type=click.Choice(["relevance", "newest", "name"]), default="relevance", show_default=True)
@click.option("--page", default=1, show_default=True, type=int)
@click.option("--per-page", default=10, show_default=True, type=int)
@click.option("--json", "as_json", is_flag=True, help="Print the API's JSON response.")
@data_dir_option
def search_command(query, kind, lang, facets, sort, page, per_page, as_json) -> None:
    """Search creators and services (QUERY may be empty to list by facets)."""
    from indexer.rebuild import open_backend
    from search.errors import InvalidSearchRequest, SearchUnavailable
    from search.request import SearchRequest

    params = {"q": " ".join(query), "kind": kind, "lang": lang, "sort": sort, "page": str(page), "per_page": str(per_page), "facet": list(facets)}
    try:
        request = SearchRequest.from_params(params)
    except InvalidSearchRequest as exc:
        raise click.BadParameter(exc.message, param_hint=f"'{exc.field}'") from None
    catalog = open_catalog()
    try:
        with open_backend(catalog) as backend:
            response = backend.search(request)
    except SearchUnavailable as exc:
        raise click.ClickException(f"search is unavailable: {exc}") from None
    if as_json:
        click.echo(json.dumps(response.to_dict(), ensure_ascii=False, indent=2))
        return
    _print_human(response)


def _print_human(response) -> None:
    import re

    first = (response.page - 1) * response.per_page + 1
    last = first + len(response.hits) - 1
    click.echo(f"{response.total} results ({response.took_ms:.1f} ms)" + (f", showing {first}-{last}" if response.hits else ""))
    if response.suggestion:
        click.echo(f"Did you mean: {response.suggestion}")
    for hit in response.hits:
        data = hit.to_dict()
        click.echo(f"\n{click.style(data['name'], bold=True)}  [{data['kind']}]  {data['url']}")
        if data.get("snippet"):
            snippet = re.sub(r"<mark>(.*?)</mark>", lambda m: click.style(m.group(1), underline=True), data["snippet"])
            click.echo(f"  {_unescape(snippet)}")
    for name, values in response.to_dict()["facets"].items():
        shown = ", ".join(f"{v['label']} ({v['count']})" for v in values[:6] if v["count"])
        if shown:
            click.echo(f"\n{name}: {shown}" if name == "art_form" else f"{name}: {shown}")


def _unescape(text: str) -> str:
    import html

    return html.unescape(text)
