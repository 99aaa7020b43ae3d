"""Atomic, deterministic file writes: a reader sees the old file or the new one, never half."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import pandas as pd

FORMATS = ("parquet", "csv")


@lru_cache(maxsize=1)
def _umask() -> int:
    # os.umask can only be read by setting it; do that once, not around every write
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def atomic_write(path: str | Path, write: Callable[[Path], None]) -> Path:
    """Call ``write(tmp)`` on a temporary file beside ``path``, fsync it, then rename it into place.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "x.txt"
    >>> atomic_write(p, lambda tmp: tmp.write_text("hi")).read_text()
    'hi'
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        # mkstemp makes 0600 files; outputs get the mode a plain open() would give
        # them (or keep the mode of the file they replace), so a team can read them
        try:
            mode = path.stat().st_mode & 0o7777
        except FileNotFoundError:
            mode = 0o666 & ~_umask()
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def atomic_write_text(path: str | Path, text: str) -> Path:
    """Write text (UTF-8) atomically."""
    return atomic_write(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))


def write_frame(frame: pd.DataFrame, path: str | Path, fmt: str = "parquet") -> Path:
    """Write one dataframe as parquet (pyarrow, deterministic bytes) or CSV, atomically."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: use one of {FORMATS}")
    if fmt == "parquet":
        return atomic_write(path, lambda tmp: frame.to_parquet(tmp, engine="pyarrow", index=False))
    return atomic_write(path, lambda tmp: frame.to_csv(tmp, index=False, lineterminator="\n"))
