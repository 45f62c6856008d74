"""A real OpenSearch node for the test session, started from Maven Central jars on loopback.

It runs the same scripts as `make opensearch` (devtools/opensearch-node/start.sh and
stop.sh) with a free port and a temporary data folder, so the tests exercise exactly the
node a developer runs. Set KP_TEST_OPENSEARCH_URL to use a node that is already running
instead (the tests only touch indices with their own prefix).

Outside CI a missing Java or Maven skips the OpenSearch tests with one line saying what
to install; with CI=true it fails the run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from services import free_port, unavailable

NODE_PROJECT = Path(__file__).resolve().parent.parent / "devtools" / "opensearch-node"
START_TIMEOUT_S = 600  # a cold Maven cache downloads ~85 MB before the node can start


class OpenSearchNode:
    """One OpenSearch 2.19 node in a JVM, in a temporary folder, stopped afterwards."""

    def __init__(self):
        self.external_url = os.environ.get("KP_TEST_OPENSEARCH_URL")
        self.root: Path | None = None
        self.port: int | None = None
        if self.external_url:
            return
        java = _java_binary()
        if not java:
            unavailable("Java is not installed, needed for the OpenSearch node (apt-get install openjdk-17-jdk-headless)")
        built = (NODE_PROJECT / "target" / "classpath.txt").is_file()
        if not built and not shutil.which("mvn"):
            unavailable("Maven is not installed, needed to fetch the OpenSearch node (apt-get install maven)")

    @property
    def url(self) -> str:
        return self.external_url or f"http://127.0.0.1:{self.port}"

    def start(self) -> str:
        """Start the node and return its URL once the cluster is yellow or green."""
        if self.external_url:
            return self.external_url
        self.root = Path(tempfile.mkdtemp(prefix="kp-opensearch-"))
        self.port = free_port()
        result = subprocess.run(
            [str(NODE_PROJECT / "start.sh")],
            env=self._env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=START_TIMEOUT_S,
        )
        if result.returncode != 0:
            output = result.stdout.strip()
            self.stop()
            if "the Maven build failed" in output:
                unavailable(f"could not build the OpenSearch node from Maven Central: {_last_line(output)}")
            raise RuntimeError(f"the OpenSearch node did not start:\n{output}")
        return self.url

    def log(self) -> str:
        """The node's log so far, for a failing test's report."""
        if not self.root:
            return ""
        path = self.root / "node.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def stop(self) -> None:
        if self.external_url or not self.root:
            return
        subprocess.run(
            [str(NODE_PROJECT / "stop.sh")],
            env=self._env(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=120,
            check=False,
        )
        shutil.rmtree(self.root, ignore_errors=True)
        self.root = None

    def _env(self) -> dict[str, str]:
        env = dict(os.environ)
        env["OPENSEARCH_PORT"] = str(self.port)
        env["OPENSEARCH_DATA"] = str(self.root)
        env.setdefault("OPENSEARCH_HEAP", "512m")
        return env


def _java_binary() -> str | None:
    if os.environ.get("JAVA"):
        return shutil.which(os.environ["JAVA"])
    if os.environ.get("JAVA_HOME"):
        candidate = Path(os.environ["JAVA_HOME"]) / "bin" / "java"
        if candidate.is_file():
            return str(candidate)
    return shutil.which("java")


def _last_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else "no output"
