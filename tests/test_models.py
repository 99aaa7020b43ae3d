"""Shipped models: present, small, loaded from the package without any NLTK data folder."""

from __future__ import annotations

import os
import subprocess
import sys

from analysis.paths import MODELS_DIR, PACKAGE_DIR

BUDGET_BYTES = 30 * 1024 * 1024


def test_models_fit_the_budget():
    files = [p for d in (MODELS_DIR, PACKAGE_DIR / "lexicons") if d.exists() for p in d.rglob("*") if p.is_file()]
    total = sum(p.stat().st_size for p in files)
    assert files and total < BUDGET_BYTES, f"{total / 1e6:.1f} MB"


def test_runtime_needs_no_nltk_data_or_shared(tmp_path):
    # An empty NLTK_DATA and no ../shared: analysing must still work.
    code = (
        "import nltk, analysis; nltk.data.path[:] = []; "
        "a = analysis.analyse(text='Mr. Smith said on Feb. 24 that Kyiv won. Nobody argued.'); "
        "print(len(a.sentences), a.tokens['pos'].iloc[1])"
    )
    env = dict(os.environ, NLTK_DATA=str(tmp_path), ANALYSIS_SHARED=str(tmp_path / "none"), HOME=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, env=env,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["2", "NNP"]
