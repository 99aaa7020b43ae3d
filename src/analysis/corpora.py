"""Ready-made corpora for examples, benchmarks and evaluation."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import AnalysisError
from .paths import nltk_data_dir


@dataclass(frozen=True)
class Story:
    """One story of a corpus: ``text`` is the body, ``title`` its headline."""

    doc_id: str
    title: str
    text: str


def abc(path: str | Path | None = None, section: str = "rural") -> Iterator[Story]:
    """Stories of the ABC news corpus (``rural`` or ``science``), split at headline lines.

    Stories are blocks separated by blank lines; the first line of a block is its
    headline. ``doc_id`` is ``abc-<section>-<n>`` with ``n`` counted from 0.

    >>> story = next(abc())          # doctest: +SKIP
    >>> story.doc_id, story.title
    ('abc-rural-0000', 'PM denies knowledge of AWB kickbacks')
    """
    zpath = Path(path) if path else nltk_data_dir() / "corpora" / "abc.zip"
    try:
        with zipfile.ZipFile(zpath) as archive:
            raw = archive.read(f"abc/{section}.txt")
    except (OSError, KeyError, zipfile.BadZipFile) as exc:
        raise AnalysisError(f"cannot read ABC corpus section {section!r}: {exc}", str(zpath))
    text = raw.decode("utf-8", errors="replace").replace("\r\n", "\n")
    n = 0
    for block in text.split("\n\n"):
        lines = [line.strip() for line in block.strip("\n").split("\n")]
        lines = [line for line in lines if line]
        if len(lines) < 2:
            continue
        yield Story(f"abc-{section}-{n:04d}", lines[0], "\n".join(lines[1:]))
        n += 1
