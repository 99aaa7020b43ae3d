"""The command line: analyse to a folder, --help, bad input gives one line and a non-zero exit."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
from conftest import SEED

from analysis import cli


def run(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "analysis", *args], capture_output=True, text=True, cwd=cwd, timeout=300,
        check=False,
    )


def test_analyse_seed_by_default_writes_tables(tmp_path, capsys):
    assert cli.main(["analyse", "--out", str(tmp_path)]) == 0
    out = tmp_path / SEED.stem
    assert (out / "sentences.parquet").exists()
    assert len(pd.read_parquet(out / "sentences.parquet")) == 14
    assert str(out) in capsys.readouterr().out


def test_analyse_csv_format_and_several_paths(tmp_path):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.md"
    a.write_text("Kyiv says it won. Moscow denies it.", encoding="utf-8")
    b.write_text("# Title\n\nThe ministry stated otherwise.", encoding="utf-8")
    assert cli.main(["analyse", str(a), str(b), "--out", str(tmp_path / "out"), "--format", "csv"]) == 0
    assert len(pd.read_csv(tmp_path / "out" / "a" / "sentences.csv")) == 2
    assert (tmp_path / "out" / "b" / "tokens.csv").exists()


def test_bad_file_exits_non_zero_with_one_line_and_no_traceback(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run("analyse", str(empty), "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines == [f"error: {empty}: file is empty"]


def test_one_bad_file_does_not_stop_the_others(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Kyiv says it won.", encoding="utf-8")
    result = run("analyse", str(tmp_path / "missing.txt"), str(good), "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    assert (tmp_path / "out" / "good" / "tokens.parquet").exists()
    assert "missing.txt: no such file" in result.stderr


def test_help_describes_commands():
    result = run("--help")
    assert result.returncode == 0
    for command in ("analyse", "report", "corpus"):
        assert command in result.stdout
    sub = run("analyse", "--help")
    assert "--format" in sub.stdout and "--out" in sub.stdout
