"""Analyzer tests run against the real libvoikko and Finnish dictionary."""

from __future__ import annotations

import pytest

from analyzers import voikko_runtime


@pytest.fixture(scope="session", autouse=True)
def voikko_present():
    """Fail loudly rather than test the Snowball fallback by accident."""
    assert voikko_runtime.available(), (
        f"Voikko is not available ({voikko_runtime.unavailable_reason()}); "
        "install the Debian packages libvoikko1 and voikko-fi (make test-system-packages)"
    )
