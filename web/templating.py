"""What every template may use: the page in other languages, canonical addresses, the languages' names."""

from __future__ import annotations

from typing import Any

from flask import Flask
from flask_babel import gettext

from web.i18n import LANGUAGES, current_language
from web.urls import absolute, page_url


def _alternates() -> dict[str, str]:
    """hreflang alternates: this page in each language, as absolute canonical URLs."""
    result = {}
    for lang in LANGUAGES:
        url = page_url(lang, canonical=True)
        if url is not None:
            result[lang] = absolute(url)
    return result


def _canonical() -> str | None:
    url = page_url(current_language(), canonical=True)
    return absolute(url) if url else None


def suggest_messages() -> dict[str, str]:
    """Texts the autocomplete script shows or announces, in the page's language."""
    return {
        "listLabel": gettext("Suggestions"),
        "count": gettext("%(num)s suggestions. Use the up and down arrow keys to choose.", num="%(num)s"),
        "creator": gettext("Creator"),
        "service": gettext("Service"),
        "art_form": gettext("Art form"),
        "service_type": gettext("Service type"),
        "target_group": gettext("Target group"),
        "region": gettext("Region"),
    }


def init_templating(app: Flask) -> None:
    @app.context_processor
    def page_addresses() -> dict[str, Any]:
        return {
            "lang": current_language(),
            "switch_url": page_url,
            "alternates": _alternates,
            "canonical": _canonical,
            "suggest_messages": suggest_messages,
        }
