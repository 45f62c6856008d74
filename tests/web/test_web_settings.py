"""Web settings from KP_* variables and the config file, with errors that name the setting."""

from __future__ import annotations

import pytest

from catalog.config import ConfigError, load_settings
from web.settings import web_settings


def test_defaults_take_addresses_from_the_request(tmp_path, monkeypatch):
    monkeypatch.delenv("KP_BASE_URL", raising=False)
    monkeypatch.delenv("KP_TRUSTED_PROXIES", raising=False)
    settings = web_settings(load_settings(tmp_path))
    assert settings.base_url is None and settings.trusted_proxies == 0


def test_environment_overrides_the_config_file(tmp_path, monkeypatch):
    (tmp_path / "kulttuuripankki.toml").write_text('base_url = "https://example.org/"\ntrusted_proxies = 1\n')
    assert web_settings(load_settings(tmp_path)).base_url == "https://example.org"
    monkeypatch.setenv("KP_BASE_URL", "https://kulttuuripankki.fi")
    assert web_settings(load_settings(tmp_path)).base_url == "https://kulttuuripankki.fi"


@pytest.mark.parametrize(
    "variable, value, named",
    [
        ("KP_BASE_URL", "kulttuuripankki.fi", "KP_BASE_URL"),
        ("KP_BASE_URL", "ftp://x.fi", "KP_BASE_URL"),
        ("KP_BASE_URL", "https://x.fi/?a=1", "KP_BASE_URL"),
        ("KP_TRUSTED_PROXIES", "two", "KP_TRUSTED_PROXIES"),
        ("KP_TRUSTED_PROXIES", "9", "KP_TRUSTED_PROXIES"),
    ],
)
def test_bad_values_are_refused_naming_the_variable(tmp_path, monkeypatch, variable, value, named):
    monkeypatch.setenv(variable, value)
    with pytest.raises(ConfigError, match=named):
        web_settings(load_settings(tmp_path))


def test_base_url_makes_canonical_links_and_sitemaps_absolute(site, monkeypatch):
    from web_support import make_app

    monkeypatch.setenv("KP_BASE_URL", "https://kulttuuripankki.fi")
    client = make_app(site).test_client()
    html = client.get("/fi/creators/satu-lehtinen").get_data(as_text=True)
    assert '<link rel="canonical" href="https://kulttuuripankki.fi/fi/creators/satu-lehtinen">' in html
    assert "https://kulttuuripankki.fi/sitemaps/pages.xml" in client.get("/sitemap.xml").get_data(as_text=True)


def test_trusted_proxy_headers_are_believed_only_when_configured(site, monkeypatch):
    from web_support import make_app

    forwarded = {"X-Forwarded-Proto": "https", "X-Forwarded-Host": "kulttuuripankki.fi", "X-Forwarded-For": "203.0.113.9"}
    monkeypatch.delenv("KP_BASE_URL", raising=False)
    monkeypatch.delenv("KP_TRUSTED_PROXIES", raising=False)
    untrusting = make_app(site).test_client().get("/robots.txt", headers=forwarded).get_data(as_text=True)
    assert "Sitemap: http://localhost/sitemap.xml" in untrusting
    monkeypatch.setenv("KP_TRUSTED_PROXIES", "1")
    trusting = make_app(site).test_client().get("/robots.txt", headers=forwarded)
    assert "Sitemap: https://kulttuuripankki.fi/sitemap.xml" in trusting.get_data(as_text=True)
    assert trusting.headers["Strict-Transport-Security"]
