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
