"""`kulttuuripankki run` serves the site with gunicorn, as production does."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from services import free_port


def test_run_serves_pages_and_api_with_gunicorn(sqlite_site):
    port = free_port()
    command = [str(Path(sys.executable).with_name("kulttuuripankki")), "--data-dir", str(sqlite_site.settings.data_dir), "run", "--port", str(port), "--workers", "2"]
    env = {**os.environ, "KP_DATABASE_URL": sqlite_site.settings.database_url}
    server = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"{base}/fi/", timeout=5) as response:
                    home = response.read().decode()
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(f"the server did not start: {server.stdout.read().decode(errors='replace')}")
                time.sleep(0.2)
        assert '<html lang="fi">' in home
        with urllib.request.urlopen(f"{base}/api/v1/search?q=nukke", timeout=5) as response:
            assert response.status == 200 and b'"total"' in response.read()
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        output = server.communicate(timeout=20)[0].decode(errors="replace")
    assert "Booting worker" in output  # gunicorn, not the development server
