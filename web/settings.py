"""The web layer's own settings, read from the catalog settings' extras and KP_* variables.

`catalog.config.load_settings` reads the shared settings (data dir, database,
secret key) and keeps unknown keys of the data dir's kulttuuripankki.toml in
`extra`; the few settings only the website needs are read here, in the same
order: defaults, then the config file, then KP_* environment variables.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from urllib.parse import urlsplit

from catalog.config import ConfigError, Settings

DEV_SECRET = "dev-only-not-secret"


@dataclass(frozen=True)
class WebSettings:
    """base_url: the public address for canonical links and sitemaps (None: taken from each request).
    trusted_proxies: how many reverse proxies set X-Forwarded-* headers we may believe (0: none).
    """

    base_url: str | None = None
    trusted_proxies: int = 0


def web_settings(settings: Settings) -> WebSettings:
    """Read the website's settings; raises ConfigError naming the setting and how to fix it."""
    values = {
        "base_url": settings.extra.get("base_url"),
        "trusted_proxies": settings.extra.get("trusted_proxies", 0),
    }
    for key, env in (("base_url", "KP_BASE_URL"), ("trusted_proxies", "KP_TRUSTED_PROXIES")):
        if os.environ.get(env):
            values[key] = os.environ[env]
    return WebSettings(
        base_url=_base_url(values["base_url"]),
        trusted_proxies=_proxies(values["trusted_proxies"]),
    )


def _base_url(value) -> str | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ConfigError("base_url (KP_BASE_URL): must be text such as https://kulttuuripankki.fi")
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise ConfigError(
            f"base_url (KP_BASE_URL): {value!r} is not a site address; use the form https://kulttuuripankki.fi"
        )
    return f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}"


def _proxies(value) -> int:
    try:
        count = int(value)
    except (TypeError, ValueError):
        raise ConfigError(f"trusted_proxies (KP_TRUSTED_PROXIES): {value!r} is not a whole number; use 0, 1 or 2") from None
    if not 0 <= count <= 5:
        raise ConfigError(f"trusted_proxies (KP_TRUSTED_PROXIES): {count} is out of range; use 0 to 5")
    return count
