"""The :class:`Article` result and :func:`analyse`, the package's main entry point."""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import __version__, entities, numbers, quotes, sources, tokenise
from .paths import seed_path
from .storage import FORMATS, atomic_write_text, write_frame

FRAME_NAMES = ("sentences", "tokens", "quotes", "numbers", "mentions", "entities")


@dataclass
class Article:
    """One analysed article: its text and one tidy dataframe per kind of finding.

    Every frame's ``start``/``end`` index :attr:`text`, so ``text[start:end]`` is the
    row's surface text.
    """

    text: str
    doc_id: str
    sentences: pd.DataFrame
    tokens: pd.DataFrame
    quotes: pd.DataFrame
    numbers: pd.DataFrame
    mentions: pd.DataFrame
    entities: pd.DataFrame
    title: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None
    metadata: dict = field(default_factory=dict)

    def frames(self) -> dict[str, pd.DataFrame]:
        """The six frames by name."""
        return {name: getattr(self, name) for name in FRAME_NAMES}

    def info(self) -> dict:
        """Document metadata as a plain dict (what ``document.json`` holds)."""
        return {
            "doc_id": self.doc_id,
            "title": self.title,
            "published": self.published,
            "url": self.url,
            "source": self.source,
            "chars": len(self.text),
            "package_version": __version__,
            "counts": {name: len(frame) for name, frame in self.frames().items()},
        }

    def save(self, directory: str | Path, fmt: str = "parquet") -> list[Path]:
        """Write one file per frame plus ``text.txt`` and ``document.json``, each atomically."""
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}: use one of {FORMATS}")
        directory = Path(directory)
        written = [write_frame(frame, directory / f"{name}.{fmt}", fmt) for name, frame in self.frames().items()]
        written.append(atomic_write_text(directory / "text.txt", self.text))
        written.append(atomic_write_text(directory / "document.json", json.dumps(self.info(), indent=2) + "\n"))
        return written

    def to_parquet(self, directory: str | Path) -> list[Path]:
        """Write the frames as parquet files into ``directory``."""
        return self.save(directory, "parquet")

    def to_csv(self, directory: str | Path) -> list[Path]:
        """Write the frames as CSV files into ``directory``."""
        return self.save(directory, "csv")

    def __repr__(self) -> str:
        counts = ", ".join(f"{len(frame)} {name}" for name, frame in self.frames().items())
        title = f" {self.title!r}" if self.title else ""
        return f"<Article {self.doc_id}{title}: {len(self.text):,} chars; {counts}>"

    def _repr_html_(self) -> str:
        rows = "".join(
            f"<tr><td>{name}</td><td>{len(frame)}</td></tr>" for name, frame in self.frames().items()
        )
        title = html.escape(self.title or self.doc_id)
        return (
            f"<b>{title}</b> — {len(self.text):,} characters"
            f"<table><tr><th>frame</th><th>rows</th></tr>{rows}</table>"
        )


def analyse_document(doc: sources.Document, published: str | None = None) -> Article:
    """Run the whole pipeline on a loaded :class:`~analysis.sources.Document`."""
    text = doc.text
    published = published or doc.published
    sentence_frame = tokenise.sentences(text)
    token_frame = tokenise.tokens(text, sentence_frame)
    mention_frame, entity_frame = entities.extract(text, sentence_frame, token_frame)
    quote_frame = quotes.extract(text, sentence_frame, token_frame, mention_frame, entity_frame)
    mention_frame, entity_frame = entities.add_speaker_mentions(
        text, mention_frame, entity_frame, quote_frame
    )
    number_frame = numbers.extract(
        text, sentence_frame, token_frame, quote_frame, published=published
    )
    return Article(
        text=text,
        doc_id=doc.doc_id,
        sentences=sentence_frame,
        tokens=token_frame,
        # each extractor returns a schema-conformed frame (tests/test_article.py checks)
        quotes=quote_frame,
        numbers=number_frame,
        mentions=mention_frame,
        entities=entity_frame,
        title=doc.title,
        published=published,
        url=doc.url,
        source=doc.source,
        metadata=dict(doc.metadata),
    )


def analyse(
    path: str | Path | None = None,
    *,
    text: str | None = None,
    published: str | None = None,
    title: str | None = None,
    record: int | None = None,
) -> Article:
    """Analyse one article: the seed by default, a file, or a string.

    >>> art = analyse(text="Kyiv says it has retaken 6,000 square kilometres.")
    >>> art.sentences["text"].tolist()
    ['Kyiv says it has retaken 6,000 square kilometres.']
    """
    if path is not None and text is not None:
        raise ValueError("pass a path or text=, not both")
    if text is not None:
        doc = sources.from_text(text, doc_id="text", title=title, published=published)
    else:
        doc = sources.load(path if path is not None else seed_path(), record=record)
        if title:
            doc.title = title
    return analyse_document(doc, published=published)
