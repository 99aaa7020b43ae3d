"""Where the package finds its own files and the project's shared data."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
MODELS_DIR = PACKAGE_DIR / "models"
SEED_DIR = PACKAGE_DIR / "seeds"
# src/analysis -> src -> repo root (only meaningful in a checkout)
REPO_ROOT = PACKAGE_DIR.parent.parent


def seed_path() -> Path:
    """The seed article shipped with the package (a copy of the repo's ``seeds/``)."""
    return min(SEED_DIR.glob("*.txt"))


def shared_dir() -> Path:
    """The read-only ``shared`` folder: ``$ANALYSIS_SHARED``, else ``../shared`` from the repo root.

    Only training scripts, evaluation and tests need it; the package never does at run time.
    """
    candidates = []
    if os.environ.get("ANALYSIS_SHARED"):
        candidates.append(Path(os.environ["ANALYSIS_SHARED"]))
    candidates.append(REPO_ROOT.parent / "shared")
    candidates.append(Path.cwd().parent / "shared")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        "shared data folder not found: set ANALYSIS_SHARED or place it at ../shared"
    )


def nltk_data_dir() -> Path:
    """The shared NLTK data folder: ``$NLTK_DATA`` if it has our corpora, else ``shared/nltk_data``."""
    env = os.environ.get("NLTK_DATA")
    if env:
        for part in env.split(os.pathsep):
            if (Path(part) / "corpora").is_dir():
                return Path(part)
    return shared_dir() / "nltk_data"
