"""The import and export commands as an administrator uses them."""

import json

from click.testing import CliRunner

from factories import creator, jsonl, service
from web.cli import main


def invoke(*args, **kwargs):
    return CliRunner().invoke(main, list(args), catch_exceptions=False, **kwargs)


def test_import_reports_bad_lines_and_exits_1(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_bytes(jsonl(creator(1), creator(2, home_region="atlantis"), service(1)))
    result = invoke("--data-dir", str(tmp_path / "data"), "import", str(source))
    assert result.exit_code == 1
    assert "line 2: creator 'c-2': home_region:" in result.output
    assert "Created 1 creators, 1 services" in result.output
    assert "1 lines failed" in result.output


def test_import_then_export_round_trips(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_bytes(jsonl(creator(1), service(1)))
    data = str(tmp_path / "data")
    assert invoke("import", str(source), "--data-dir", data).exit_code == 0
    out = tmp_path / "out.jsonl"
    assert invoke("export", "-o", str(out), "--data-dir", data).exit_code == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["kind"], r["id"]) for r in records] == [("creator", "c-1"), ("service", "s-1")]
    again = tmp_path / "again"
    assert invoke("import", str(out), "--data-dir", str(again)).exit_code == 0
    out2 = tmp_path / "out2.jsonl"
    invoke("export", "-o", str(out2), "--data-dir", str(again))
    assert out2.read_bytes() == out.read_bytes()


def test_data_dir_comes_from_the_environment(tmp_path, monkeypatch):
    source = tmp_path / "in.jsonl"
    source.write_bytes(jsonl(creator(1)))
    monkeypatch.setenv("KP_DATA_DIR", str(tmp_path / "envdata"))
    assert invoke("import", str(source)).exit_code == 0
    assert (tmp_path / "envdata" / "kulttuuripankki.sqlite3").is_file()


def test_piped_import_prints_no_progress_bar(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_bytes(jsonl(creator(1)))
    result = invoke("--data-dir", str(tmp_path / "d"), "import", str(source))
    assert "Importing" not in result.output and "%" not in result.output


def test_missing_file_is_a_clear_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["--data-dir", str(tmp_path), "import", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_demo_loads_indexes_and_reuses_the_data_dir(tmp_path):
    data = str(tmp_path / "demo")
    first = invoke("demo", "--creators", "60", "--services", "40", "--buyers", "10", "--no-serve", "--data-dir", data)
    assert first.exit_code == 0, first.output
    assert "Stored 110 demo records" in first.output
    assert "Indexed" in first.output
    found = invoke("search", "--data-dir", data, "--json")
    assert json.loads(found.output)["total"] > 0
    second = invoke("demo", "--creators", "60", "--services", "40", "--buyers", "10", "--no-serve", "--data-dir", data)
    assert "already loaded" in second.output and "Indexed" not in second.output
