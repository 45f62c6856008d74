"""The Flask application factory: public pages in three languages, the JSON API, sitemaps.

Production: `gunicorn 'web.app:create_app()'` (or `kulttuuripankki run`), with
settings from KP_* variables and the data dir's kulttuuripankki.toml.
"""

from __future__ import annotations

from flask import Flask, redirect, url_for
from werkzeug.middleware.proxy_fix import ProxyFix

from catalog.config import Settings, load_settings
from catalog.db import Catalog
from search.backends.base import SearchBackend
from web.errors import init_errors
from web.i18n import init_i18n, language_from_headers
from web.security import init_security
from web.services import EXTENSION_KEY, SiteServices
from web.settings import web_settings

MAX_REQUEST_BYTES = 64 * 1024  # the site takes no uploads; nothing legitimate is bigger


def create_app(settings: Settings | None = None, *, catalog: Catalog | None = None, backend: SearchBackend | None = None) -> Flask:
    """Build the site for `settings` (default: from the environment); pass `catalog`/`backend` to share open ones."""
    settings = settings or load_settings()
    web = web_settings(settings)
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=settings.secret_key,
        MAX_CONTENT_LENGTH=MAX_REQUEST_BYTES,
        KP_BASE_URL=web.base_url,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SEND_FILE_MAX_AGE_DEFAULT=3600,
    )
    app.json.ensure_ascii = False
    app.json.sort_keys = False
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
    app.extensions[EXTENSION_KEY] = SiteServices(settings, catalog, backend)

    init_i18n(app)
    init_security(app)
    init_errors(app)

    from web import seo
    from web.api import bp as api
    from web.public import bp as public
    from web.templating import init_templating

    init_templating(app)
    app.register_blueprint(public)
    app.register_blueprint(api)
    app.register_blueprint(seo.bp)

    @app.get("/")
    def root():
        """Send the visitor to the site in their browser's language (Finnish when unsure)."""
        response = redirect(url_for("public.home", lang=language_from_headers()), code=302)
        response.headers["Vary"] = "Accept-Language"
        return response

    if web.trusted_proxies:
        n = web.trusted_proxies
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=n, x_proto=n, x_host=n, x_port=n, x_prefix=n)
    return app
