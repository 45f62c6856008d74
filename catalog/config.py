"""Settings, read in one place: defaults, then the data dir's config file, then KP_* variables."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path

CONFIG_FILE_NAME = "kulttuuripankki.toml"


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    database_url: str
    opensearch_url: str | None = None
    redis_url: str | None = None
    secret_key: str = "dev-only-not-secret"
    extra: dict = field(default_factory=dict)

    @property
    def index_dir(self) -> Path:
        return self.data_dir / "index"


class ConfigError(ValueError):
    """A setting has a value we cannot use; the message names the setting."""


_ENV_KEYS = {
    "database_url": "KP_DATABASE_URL",
    "opensearch_url": "KP_OPENSEARCH_URL",
    "redis_url": "KP_REDIS_URL",
    "secret_key": "KP_SECRET_KEY",
}


def default_database_url(data_dir: Path) -> str:
    return f"sqlite:///{(data_dir / 'kulttuuripankki.sqlite3').resolve()}"


def load_settings(data_dir: str | os.PathLike | None = None, **overrides) -> Settings:
    """Build settings for `data_dir` (else KP_DATA_DIR, else ./instance); `overrides` win over all."""
    base = Path(data_dir or os.environ.get("KP_DATA_DIR") or "instance")
    values: dict = {}
    config_file = base / CONFIG_FILE_NAME
    if config_file.is_file():
        try:
            values.update(tomllib.loads(config_file.read_text(encoding="utf-8")))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{config_file}: not valid TOML ({exc})") from exc
    for key, env_name in _ENV_KEYS.items():
        if os.environ.get(env_name):
            values[key] = os.environ[env_name]
    values.update({k: v for k, v in overrides.items() if v is not None})
    known = {k: values.pop(k) for k in list(values) if k in _ENV_KEYS}
    settings = Settings(
        data_dir=base,
        database_url=known.pop("database_url", None) or default_database_url(base),
        extra=values,
        **known,
    )
    return settings


def with_overrides(settings: Settings, **changes) -> Settings:
    return replace(settings, **changes)
