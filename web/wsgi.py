"""The WSGI entry point for production: `gunicorn --workers 2 web.wsgi:app`.

Settings come from KP_* variables and the data dir's kulttuuripankki.toml.
Each gunicorn worker imports this module after the fork (unless --preload),
so each opens its own database connections and search index.
"""

from web.app import create_app

app = create_app()
