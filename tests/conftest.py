"""Shared fixtures: the seed article, analysed once per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import analysis
from analysis import schema

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_21b230e0212b6aab.txt"


def shared_available() -> bool:
    try:
        from analysis.paths import shared_dir

        return shared_dir().is_dir()
    except FileNotFoundError:
        return False


needs_shared = pytest.mark.skipif(not shared_available(), reason="../shared data folder not found")


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_article():
    return analysis.analyse()


def assert_offsets(art) -> None:
    """Every row of every frame with a surface column satisfies text[start:end] == surface."""
    for name, column in schema.SURFACE.items():
        frame = getattr(art, name)
        for start, end, surface in zip(frame["start"], frame["end"], frame[column]):
            assert art.text[start:end] == surface, (name, start, end, surface)


@pytest.fixture(autouse=True)
def _quiet_env(monkeypatch):
    # tests never depend on a user's size limit
    monkeypatch.delenv("ANALYSIS_MAX_BYTES", raising=False)
    yield


os.environ.setdefault("MPLBACKEND", "Agg")
