"""Hostile and broken input: every case ends in a correct result or one clear AnalysisError.

Each file case in ``tests/hostile.py`` states its exact outcome; the tests here check it
through the loader, the whole pipeline and the CLI, and check the input file is
byte-identical (sha256) with an unchanged mtime afterwards.
"""

from __future__ import annotations

import builtins
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

import analysis
from analysis import AnalysisError, cli, schema, sources
from analysis.article import analyse_document

sys.path.insert(0, str(Path(__file__).parent))
import hostile  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


def assert_offsets(art) -> None:
    for name, column in schema.SURFACE.items():
        frame = getattr(art, name)
        for start, end, surface in zip(frame["start"], frame["end"], frame[column]):
            assert art.text[start:end] == surface, (name, start, end, surface)


def run_cli(*args: str, timeout: float = 120, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "analysis", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=cwd,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )


# --------------------------------------------------------------------------- files


@pytest.mark.parametrize("case", hostile.CASES, ids=[c.name for c in hostile.CASES])
def test_file_case_has_its_exact_outcome_and_file_is_untouched(tmp_path, case):
    path = hostile.write_case(case, tmp_path)
    before = hostile.snapshot(path)
    started = time.monotonic()
    if case.error is not None:
        with pytest.raises(AnalysisError) as info:
            list(sources.documents(path))
        message = str(info.value)
        assert case.error.lower() in message.lower()
        assert str(path) in message  # names the input
        assert "\n" not in message
    else:
        docs = list(sources.documents(path))
        assert len(docs) == 1
        doc = docs[0]
        if case.text is not None:
            assert doc.text == case.text
        if case.contains is not None:
            assert case.contains in doc.text
        for marker in case.absent:
            assert marker not in doc.text
        art = analyse_document(doc)
        assert art.text == doc.text
        assert_offsets(art)
    assert time.monotonic() - started < 30  # each case: seconds, not minutes
    assert hostile.snapshot(path) == before


# --------------------------------------------------------------------------- CLI


def test_cli_on_every_case_one_line_per_bad_file_no_traceback(tmp_path):
    folder = tmp_path / "in"
    paths = [hostile.write_case(case, folder) for case in hostile.CASES]
    before = {p: hostile.snapshot(p) for p in paths}
    result = run_cli("analyse", "--out", str(tmp_path / "out"), *map(str, paths), timeout=300)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.splitlines()
    bad = [c for c in hostile.CASES if c.error]
    assert len(lines) == len(bad)
    for case, line in zip(bad, lines):
        assert line.startswith(f"error: {folder / case.name}")
        assert case.error.lower() in line.lower()
    good = [c for c in hostile.CASES if not c.error]
    partial = sum(c.records_before_error for c in bad)
    assert len(result.stdout.splitlines()) == len(good) + partial
    assert {p: hostile.snapshot(p) for p in paths} == before


def test_cli_record_ids_cannot_escape_the_output_folder(tmp_path):
    feed = tmp_path / "feed.jsonl"
    records = [("../../escape", "Kyiv says it won."), (str(tmp_path / "abs"), "Moscow denies it."),
               ("..", "Kyiv says so."), ("same", "One."), ("same", "Two.")]
    feed.write_text("".join(f'{{"id": "{i}", "text": "{t}"}}\n' for i, t in records))
    out = tmp_path / "a" / "b"
    assert cli.main(["analyse", "--out", str(out), str(feed)]) == 0
    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_dir())
    assert all(d == "a" or d.startswith("a/b") for d in written), written
    assert len(list(out.iterdir())) == len(records)  # clashing ids do not overwrite each other


def test_cli_hostile_file_name_stays_one_line(tmp_path, capsys):
    path = tmp_path / "evil\n\x1b[2Jname.txt"
    path.write_bytes(b"")
    assert cli.main(["analyse", "--out", str(tmp_path / "out"), str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "\x1b" not in err
    assert "\\x1b[2Jname.txt: file is empty" in err


def test_cli_reports_a_bug_in_one_line_and_goes_on(tmp_path, monkeypatch, capsys):
    import analysis.article

    good = tmp_path / "good.txt"
    good.write_text("Kyiv says it won.")
    boom = tmp_path / "boom.txt"
    boom.write_text("Moscow denies it.")
    real = analysis.article.analyse_document

    def flaky(doc, **kwargs):
        if doc.doc_id == "boom":
            raise IndexError("list index out of range")
        return real(doc, **kwargs)

    monkeypatch.setattr(analysis.article, "analyse_document", flaky)
    monkeypatch.delenv("ANALYSIS_DEBUG", raising=False)
    assert cli.main(["analyse", "--out", str(tmp_path / "out"), str(boom), str(good)]) == 1
    captured = capsys.readouterr()
    assert captured.err == (
        f"error: {boom}: internal error (IndexError: list index out of range); "
        "please report it (ANALYSIS_DEBUG=1 shows the traceback)\n"
    )
    assert (tmp_path / "out" / "good" / "sentences.parquet").exists()
