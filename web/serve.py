"""Serving the site: gunicorn in production (and for `make demo`), Werkzeug's server for development."""

from __future__ import annotations

from typing import Any

from catalog.config import Settings

DEFAULT_WORKERS = 2


def gunicorn_options(host: str, port: int, workers: int, **extra: Any) -> dict[str, Any]:
    return {
        "bind": f"{host}:{port}",
        "workers": workers,
        "worker_class": "sync",
        "timeout": 30,
        "graceful_timeout": 10,
        "keepalive": 5,
        "accesslog": "-",
        "errorlog": "-",
        "loglevel": "info",
        # Bounded request lines and headers: oversized requests are refused before they reach the app.
        "limit_request_line": 8190,
        "limit_request_fields": 100,
        **extra,
    }


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 5000, workers: int = DEFAULT_WORKERS, dev: bool = False, **options: Any) -> None:
    """Serve until interrupted. Each gunicorn worker builds its own app after the fork."""
    if dev:
        from werkzeug.serving import run_simple

        from web.app import create_app

        run_simple(host, port, create_app(settings), threaded=True, use_reloader=False)
        return
    run_gunicorn(settings, gunicorn_options(host, port, workers, **options))


def run_gunicorn(settings: Settings, options: dict[str, Any]) -> None:
    """gunicorn embedded: the same server as `gunicorn 'web.app:create_app()'`, configured from our settings."""
    from gunicorn.app.base import BaseApplication

    class Server(BaseApplication):
        def load_config(self) -> None:
            for key, value in options.items():
                self.cfg.set(key, value)

        def load(self):
            from web.app import create_app

            return create_app(settings)

    Server().run()
