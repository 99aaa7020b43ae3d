"""Reports: tables for the notebooks, and ``analysis report`` to run them with papermill.

Two halves:

* **Notebook helpers** — :func:`headline_facts`, :func:`who_said_what`,
  :func:`figures_table`, :func:`show_table` (HTML-escaped tables), :func:`publish`
  (show a chart and save it for the deck), :func:`analyse_many` (a small corpus loop).
* **Running** — :func:`run` executes ``notebooks/<name>.ipynb`` with papermill into a
  temporary folder, converts it to HTML and reveal.js slides with code hidden, builds a
  PPTX deck, writes ``manifest.json`` and only then moves the folder into place.

>>> import analysis
>>> from analysis import report
>>> report.who_said_what(analysis.analyse()).columns.tolist()
['speaker', 'kind', 'verb', 'addressee', 'quote']

From the shell::

    analysis report                      # the seed -> reports/<date>/<doc_id>/
    analysis report data/raw/ -p top_n 5 # one report per new or changed file
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import html
import json
import os
import re
import shutil
import sys
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import __version__, schema
from .errors import AnalysisError
from .paths import PACKAGE_DIR, REPO_ROOT, seed_path

NOTEBOOKS = ("article", "corpus")
REPORTS_DIR = Path("reports")
LOCK_NAME = ".analysis-report.lock"
CHARTS_DIR = "charts"
TABLES_DIR = "tables"
CHARTS_INDEX = "charts.json"
META_FILE = "meta.json"
RESERVED = {"output_dir"}  # set by the runner, not by -p
VERSIONED = (
    "analysis",
    "pandas",
    "numpy",
    "matplotlib",
    "nltk",
    "papermill",
    "nbconvert",
    "nbformat",
    "python-pptx",
    "ipykernel",
    "pint",
    "pyarrow",
)
KIND_NAMES = {
    "direct": "direct",
    "mixed": "partial",
    "indirect": "reported",
    "unattributed": "unattributed",
}


# --------------------------------------------------------------------------- notebook helpers


# Jupyter's own CSS right-aligns table cells; text tables read better left-aligned
TABLE_CSS = (
    "<style>.analysis-table th, .analysis-table td {text-align: left !important; vertical-align: top;"
    " padding: 3px 10px !important;} .analysis-table {border-collapse: collapse; margin-bottom: 1em;}"
    " .analysis-table th {border-bottom: 2px solid #444;} .analysis-table td {border-bottom: 1px solid #ddd;}"
    " .analysis-empty {color: #666;}</style>"
)


@dataclass
class Table:
    """An HTML table that Jupyter shows and nbconvert keeps; every cell is HTML-escaped."""

    frame: pd.DataFrame
    empty: str = "Nothing found."
    caption: str | None = None

    def _repr_html_(self) -> str:
        caption = (
            f"<p class='analysis-caption'><b>{html.escape(self.caption)}</b></p>"
            if self.caption
            else ""
        )
        if self.frame.empty:
            return f"{caption}<p class='analysis-empty'><i>{html.escape(self.empty)}</i></p>"
        body = self.frame.to_html(
            index=False, escape=True, na_rep="", border=0, classes="analysis-table"
        )
        return TABLE_CSS + caption + body

    def __repr__(self) -> str:
        return self.empty if self.frame.empty else self.frame.to_string(index=False)


def show_table(
    frame: pd.DataFrame, empty: str = "Nothing found.", caption: str | None = None
) -> Table:
    """Display ``frame`` as an escaped HTML table, or the ``empty`` message when it has no rows.

    >>> show_table(pd.DataFrame({"quote": ["<script>"]}))._repr_html_().count("&lt;script&gt;")
    1
    """
    return Table(frame.reset_index(drop=True), empty, caption)


def heading(text: str, level: int = 2) -> Html:
    """An escaped HTML heading (an article title may contain anything)."""
    return Html(f"<h{level}>{html.escape(str(text))}</h{level}>")


@dataclass
class Html:
    """Raw HTML for display; only built from escaped pieces in this module."""

    markup: str

    def _repr_html_(self) -> str:
        return self.markup


def article_title(art, width: int = 70) -> str:
    """The article's title, else its first sentence cut at a word near ``width`` characters.

    >>> import analysis
    >>> article_title(analysis.analyse(text="Kyiv says it has retaken 6,000 square kilometres. More."), 30)
    'Kyiv says it has retaken…'
    """
    if art.title and art.title.strip():
        return art.title.strip()
    first = art.sentences["text"].iloc[0] if len(art.sentences) else art.text
    first = " ".join(str(first).split())
    if len(first) <= width:
        return first
    return first[:width].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def headline_facts(art) -> pd.DataFrame:
    """One row per fact about the article: title, date, size and what was found.

    >>> import analysis
    >>> art = analysis.analyse(text="Kyiv says it has retaken 6,000 square kilometres.", title="Kyiv")
    >>> headline_facts(art).set_index("fact").loc[["title", "sentences"], "value"].tolist()
    ['Kyiv', '1']
    """
    quotes, numbers, entities = art.quotes, art.numbers, art.entities
    speakers = quotes["speaker"].dropna().nunique() if not quotes.empty else 0
    top_speaker = ""
    if not quotes.empty and quotes["speaker"].notna().any():
        top = quotes["speaker"].dropna().value_counts()
        top_speaker = f"{top.index[0]} ({top.iloc[0]} quotes)"
    people = entities[entities["label"] == "PERSON"]["name"].tolist() if not entities.empty else []
    words = (
        int(art.tokens["text"].str.contains(r"\w", regex=True).sum()) if not art.tokens.empty else 0
    )
    rows = [
        ("title", art.title or "(none)"),
        ("document", art.doc_id),
        ("published", art.published or "unknown"),
        ("source", art.source or art.url or ""),
        ("words", f"{words:,}"),
        ("sentences", f"{len(art.sentences):,}"),
        ("quotes", f"{len(quotes)} from {speakers} speakers" if len(quotes) else "none found"),
        ("most quoted", top_speaker or "—"),
        ("figures", f"{len(numbers)}" if len(numbers) else "none found"),
        (
            "named entities",
            f"{len(entities)} ({len(people)} people)" if len(entities) else "none found",
        ),
    ]
    return pd.DataFrame(rows, columns=["fact", "value"])


def who_said_what(data, width: int | None = None) -> pd.DataFrame:
    """Who said what, in text order: speaker (with title), kind, verb, addressee, quote.

    ``width`` shortens long quotes with an ellipsis (slides); ``None`` keeps them whole.

    >>> who_said_what(schema.empty("quotes")).empty
    True
    """
    quotes = data if isinstance(data, pd.DataFrame) else data.quotes
    cols = ["speaker", "kind", "verb", "addressee", "quote"]
    if quotes.empty:
        return pd.DataFrame(columns=cols)
    quotes = quotes.sort_values("start", kind="stable")
    speaker = quotes["speaker"].astype("object").fillna("(no speaker)")
    if "speaker_title" in quotes.columns:
        title = quotes["speaker_title"].astype("object")
        speaker = [f"{s}, {t}" if isinstance(t, str) and t else s for s, t in zip(speaker, title)]
    text = quotes["quote"].astype("object").fillna("")
    if width:
        text = text.map(lambda q: q if len(q) <= width else q[: width - 1].rstrip() + "…")
    kind = quotes["kind"].astype("object").map(lambda k: KIND_NAMES.get(k, k))
    text = [f"“{q}”" if k == "direct" else q for q, k in zip(text, kind)]
    out = pd.DataFrame(
        {
            "speaker": list(speaker),
            "kind": list(kind),
            "verb": quotes["verb"].astype("object").fillna("").tolist(),
            "addressee": quotes["addressee"].astype("object").fillna("").tolist(),
            "quote": text,
        }
    )
    return out


_UNIT_MARKS = [("**2", "²"), ("**3", "³"), (" * ", "·"), (" / ", "/")]


def _fmt_value(value: object, unit: object) -> str:
    """``13,500,000,000 USD``, ``5,997,716,000 m²``, ``0.2``: readable, never scientific.

    >>> _fmt_value(5997716012.7, "m**2"), _fmt_value(0.25, None), _fmt_value(None, "USD")
    ('5,997,716,013 m²', '0.25', '')
    """
    if value is None or pd.isna(value):
        return ""
    value = float(value)
    if value.is_integer() or abs(value) >= 1000:
        number = f"{value:,.0f}"
    else:
        number = f"{value:,.4f}".rstrip("0").rstrip(".")
    if isinstance(unit, str) and unit:
        for old, new in _UNIT_MARKS:
            unit = unit.replace(old, new)
        return f"{number} {unit}"
    return number


def figures_table(data) -> pd.DataFrame:
    """Every figure with its value, bound, claimant and, for conversions, whether they agree.

    ``check`` reads "✓ matches #3" or "✗ does not match #3" for a figure that converts
    another ("6,000 square kilometers (2,316 square miles)"), else is blank.
    """
    numbers = data if isinstance(data, pd.DataFrame) else data.numbers
    cols = ["#", "figure", "kind", "value", "bound", "normalised", "claimant", "date", "check"]
    if numbers.empty:
        return pd.DataFrame(columns=cols)
    numbers = numbers.sort_values("start", kind="stable")
    bound_words = {
        "eq": "",
        "approx": "about",
        "gt": "more than",
        "ge": "at least",
        "lt": "less than",
        "le": "up to",
    }
    rows = []
    for row in numbers.itertuples(index=False):
        check = ""
        source = getattr(row, "converted_from", pd.NA)
        if not pd.isna(source):
            ok = getattr(row, "conversion_ok", pd.NA)
            check = (
                f"? converts #{int(source)}"
                if pd.isna(ok)
                else (f"✓ matches #{int(source)}" if ok else f"✗ does not match #{int(source)}")
            )
        rows.append(
            {
                "#": int(row.number_id),
                "figure": row.surface,
                "kind": row.kind if isinstance(row.kind, str) else "",
                "value": _fmt_value(row.value, row.unit),
                "bound": bound_words.get(row.bound, row.bound)
                if isinstance(row.bound, str)
                else "",
                "normalised": _fmt_value(row.normalised_value, row.normalised_unit),
                "claimant": row.claimant if isinstance(row.claimant, str) else "",
                "date": row.date if isinstance(row.date, str) else "",
                "check": check,
            }
        )
    return pd.DataFrame(rows, columns=cols)


def entities_table(data, top_n: int = 20) -> pd.DataFrame:
    """The most-mentioned entities: name, type, mentions, other names used."""
    entities = data if isinstance(data, pd.DataFrame) else data.entities
    cols = ["name", "type", "mentions", "also called"]
    if entities.empty:
        return pd.DataFrame(columns=cols)
    top = entities.sort_values(
        ["mentions", "first_start"], ascending=[False, True], kind="stable"
    ).head(top_n)
    also = [
        "; ".join(a for a in str(aliases).split("; ") if a and a != name)
        if isinstance(aliases, str)
        else ""
        for name, aliases in zip(top["name"], top["aliases"])
    ]
    return pd.DataFrame(
        {
            "name": top["name"].tolist(),
            "type": [_label_name(lab) for lab in top["label"]],
            "mentions": top["mentions"].astype(int).tolist(),
            "also called": also,
        },
        columns=cols,
    )


def _label_name(label: str) -> str:
    from .charts import LABELS

    return LABELS.get(label, label)


def publish(
    fig,
    name: str,
    output_dir: str | Path | None = None,
    formats: Iterable[str] = ("png", "svg"),
    dpi: int = 160,
):
    """Save ``fig`` for the report (under ``output_dir/charts``) and return something to display.

    With ``output_dir=None`` (exploring in JupyterLab) nothing is written and the figure
    itself is returned. Otherwise each call appends the chart's title, subtitle and files
    to ``charts.json`` (the deck is built from it) and returns the saved PNG for display,
    so the chart is not rendered a second time.
    """
    if output_dir is None:
        return fig
    out = Path(output_dir)
    formats = tuple(formats)
    from . import charts  # matplotlib loads only where charts are drawn, not in the runner

    files = charts.save(fig, out / CHARTS_DIR, name, formats, dpi)
    info = dict(getattr(fig, "chart_info", {}) or {})
    index_path = out / CHARTS_INDEX
    index = json.loads(index_path.read_text(encoding="utf-8")) if index_path.exists() else []
    index = [entry for entry in index if entry["name"] != name]
    index.append({"name": name, **info, "files": [str(p.relative_to(out)) for p in files]})
    index_path.write_text(json.dumps(index, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    png = next((p for p in files if p.suffix == ".png"), None)
    if png is None:
        return fig
    from IPython.display import Image

    # shown at 80 px per inch (sharp on high-density screens); "nothing found" at half that
    width = int(fig.get_figwidth() * (40 if info.get("empty") else 80))
    return Image(data=png.read_bytes(), format="png", width=width)


def publish_table(
    frame: pd.DataFrame,
    name: str,
    output_dir: str | Path | None = None,
    title: str = "",
    empty: str = "Nothing found.",
) -> Table:
    """Keep a table for the deck as ``tables/<name>.json`` and return it for display.

    Without ``output_dir`` nothing is written.
    """
    if output_dir is not None:
        path = Path(output_dir) / TABLES_DIR / f"{name}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        records = (
            json.loads(frame.to_json(orient="records", force_ascii=False)) if len(frame) else []
        )
        payload = {"title": title, "columns": list(frame.columns), "rows": records, "empty": empty}
        path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return show_table(frame, empty)


def publish_meta(output_dir: str | Path | None = None, **meta) -> None:
    """Record the report's title, subtitle and source line for the deck's title slide."""
    if output_dir is None:
        return
    path = Path(output_dir) / META_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps(meta, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8"
    )


def article_text(art) -> Html:
    """The article's paragraphs as escaped HTML, for reading alongside the tables."""
    paragraphs = [p for p in art.text.split("\n") if p.strip()]
    return Html("".join(f"<p>{html.escape(p)}</p>" for p in paragraphs))


def corpus_facts(frames: dict[str, pd.DataFrame], errors: list | None = None) -> pd.DataFrame:
    """One row per fact about a corpus: documents, dates, quotes, speakers, figures, names."""
    docs, quotes = frames["documents"], frames["quotes"]
    dates = pd.to_datetime(
        docs["published"].astype("object"), errors="coerce", utc=True, format="mixed"
    ).dropna()
    span = f"{dates.min():%Y-%m-%d} to {dates.max():%Y-%m-%d}" if len(dates) else "no dates"
    rows = [
        ("documents", f"{len(docs):,}"),
        ("characters", f"{int(docs['chars'].sum()):,}" if len(docs) else "0"),
        ("published", span),
        (
            "quotes",
            f"{len(quotes):,} from {quotes['speaker'].dropna().nunique():,} speakers"
            if len(quotes)
            else "none found",
        ),
        ("figures", f"{len(frames['numbers']):,}" if len(frames["numbers"]) else "none found"),
        (
            "named entities",
            f"{frames['entities']['name'].nunique():,} distinct names"
            if len(frames["entities"])
            else "none found",
        ),
        ("failed documents", f"{len(errors or [])}"),
    ]
    return pd.DataFrame(rows, columns=["fact", "value"])


def top_speakers(quotes: pd.DataFrame, top_n: int = 10, width: int = 160) -> pd.DataFrame:
    """The most-quoted speakers of a corpus: quotes, articles, and one example quote each."""
    cols = ["speaker", "quotes", "articles", "example"]
    quotes = quotes[quotes["speaker"].notna()] if len(quotes) else quotes
    if quotes.empty:
        return pd.DataFrame(columns=cols)
    rows = []
    for speaker, group in quotes.groupby(quotes["speaker"].astype("object"), sort=False):
        example = str(group.sort_values("start", kind="stable")["quote"].iloc[0])
        example = example if len(example) <= width else example[: width - 1].rstrip() + "…"
        docs = group["doc_id"].nunique() if "doc_id" in group.columns else 1
        rows.append(
            {"speaker": speaker, "quotes": len(group), "articles": docs, "example": example}
        )
    out = pd.DataFrame(rows, columns=cols)
    return (
        out.sort_values(["quotes", "speaker"], ascending=[False, True], kind="stable")
        .head(top_n)
        .reset_index(drop=True)
    )


def documents_table(frames: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per article: id, title, date and how many quotes, figures and names it has."""
    docs = frames["documents"]
    cols = ["doc_id", "title", "published", "quotes", "figures", "names"]
    if docs.empty:
        return pd.DataFrame(columns=cols)
    out = pd.DataFrame(
        {
            "doc_id": docs["doc_id"].astype("object"),
            "title": docs["title"].astype("object").fillna(""),
            "published": docs["published"].astype("object").fillna(""),
        }
    )
    for column, name in (("quotes", "quotes"), ("figures", "numbers"), ("names", "entities")):
        counts = (
            frames[name].groupby(frames[name]["doc_id"].astype("object")).size()
            if len(frames[name])
            else {}
        )
        out[column] = out["doc_id"].map(counts).fillna(0).astype(int)
    return out[cols].reset_index(drop=True)


def load_frames(corpus_dir: str | Path) -> tuple[dict[str, pd.DataFrame], list[tuple[str, str]]]:
    """The frames of a corpus written by ``analysis corpus`` (read with ``load_corpus``) and its errors."""
    from .corpus import load_corpus

    corpus = load_corpus(corpus_dir)
    frames = {
        name: getattr(corpus, name)
        for name in ("quotes", "numbers", "mentions", "entities", "documents")
    }
    errors = corpus.errors
    pairs = (
        [(str(s), str(e)) for s, e in zip(errors["source"], errors["error"])] if len(errors) else []
    )
    return frames, pairs


def describe_inputs(inputs, corpus_dir: str | Path | None = None, section: str = "rural") -> str:
    """Short words for a source line: file and folder names, the ABC corpus, or the seed.

    >>> describe_inputs(["abc", "/data/raw/feed.jsonl"])
    'ABC news (rural), feed.jsonl'
    """
    if corpus_dir:
        return f"corpus {Path(corpus_dir).name}"
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    names = [f"ABC news ({section})" if str(i) == "abc" else Path(i).name for i in inputs or []]
    return ", ".join(names) or "the seed article"


def analyse_many(
    inputs: Iterable[str | Path] | str | None = None,
    limit: int | None = None,
    section: str = "rural",
):
    """Analyse up to ``limit`` articles: files, folders, JSONL/CSV files, or ``"abc"``.

    A plain loop over :func:`analysis.analyse_document` for notebook-sized corpora;
    documents that fail are returned as ``(source, error)`` pairs instead of stopping
    the run. Returns ``(articles, errors)``.
    """
    from . import corpora, sources
    from .article import analyse_document

    if inputs is None or (not isinstance(inputs, str) and not list(inputs)):
        inputs = [seed_path()]
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]

    def documents():
        for item in inputs:
            if str(item) == "abc" and not Path(item).exists():
                for story in corpora.abc(section=section):
                    yield (
                        str(item),
                        sources.from_text(
                            story.text, doc_id=story.doc_id, title=story.title, source="ABC news"
                        ),
                    )
                continue
            for path in input_files(item):
                try:
                    for doc in sources.documents(path):
                        yield str(path), doc
                except AnalysisError as exc:
                    yield str(path), exc

    articles, errors = [], []
    for where, doc in documents():
        if limit is not None and len(articles) + len(errors) >= limit:
            break
        if isinstance(doc, Exception):
            errors.append((where, str(doc)))
            continue
        try:
            articles.append(analyse_document(doc))
        except AnalysisError as exc:
            errors.append((where, str(exc)))
    return articles, errors


def combine(articles) -> dict[str, pd.DataFrame]:
    """One frame per kind across articles, each with a leading ``doc_id``; plus ``documents``."""
    out: dict[str, pd.DataFrame] = {}
    for name in ("quotes", "numbers", "mentions", "entities"):
        parts = [
            a.frames()[name].assign(doc_id=a.doc_id) for a in articles if len(a.frames()[name])
        ]
        frame = (
            pd.concat(parts, ignore_index=True)
            if parts
            else schema.empty(name).assign(doc_id=pd.Series(dtype="string"))
        )
        out[name] = frame[["doc_id", *[c for c in frame.columns if c != "doc_id"]]]
    docs = [
        {
            "doc_id": a.doc_id,
            "title": a.title,
            "published": a.published,
            "source": a.source,
            "url": a.url,
            "chars": len(a.text),
            "sha256": hashlib.sha256(a.text.encode()).hexdigest(),
        }
        for a in articles
    ]
    out["documents"] = schema.conform("documents", docs) if docs else schema.empty("documents")
    return out


# --------------------------------------------------------------------------- running reports


@dataclass
class Job:
    """One report to build: a notebook, its inputs and where the result goes."""

    notebook: str
    inputs: list[str]
    name: str
    dest: Path
    parameters: dict
    key: str = ""
    input_hashes: list[dict] = field(default_factory=list)


@dataclass
class Result:
    """What happened to one job: ``status`` is built, skipped or failed."""

    job: Job
    status: str
    path: Path | None = None
    error: str | None = None
    seconds: float = 0.0


def notebook_path(name: str) -> Path:
    """``notebooks/<name>.ipynb`` in the checkout, else the copy shipped in the package."""
    if name not in NOTEBOOKS:
        raise AnalysisError(f"unknown notebook {name!r}: use one of {', '.join(NOTEBOOKS)}")
    for folder in (REPO_ROOT / "notebooks", PACKAGE_DIR / "notebooks"):
        path = folder / f"{name}.ipynb"
        if path.is_file():
            return path
    raise AnalysisError(
        f"notebook {name}.ipynb not found in {REPO_ROOT / 'notebooks'} or {PACKAGE_DIR / 'notebooks'}"
    )


def input_files(path: str | Path) -> list[Path]:
    """The article files of an input: the file itself, or a folder's supported files (sorted).

    Hidden files and ``README*`` are skipped, so ``data/raw/README.md`` is not an article.
    """
    from .sources import SUFFIXES

    path = Path(path)
    if not path.exists():
        raise AnalysisError("no such file or folder", str(path))
    if path.is_file():
        return [path]
    files = [
        p
        for p in sorted(path.rglob("*"))
        if p.is_file()
        and p.suffix.lower() in SUFFIXES - {""}
        and not any(part.startswith(".") for part in p.relative_to(path).parts)
        and not p.name.lower().startswith("readme")
    ]
    return files


def sha256_file(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def parse_value(text: str):
    """A ``-p`` value: JSON if it parses (numbers, true/false/null, lists), else the string.

    >>> parse_value("5"), parse_value("true"), parse_value("Ukraine"), parse_value('["png"]')
    (5, True, 'Ukraine', ['png'])
    """
    try:
        return json.loads(text)
    except (json.JSONDecodeError, TypeError):
        return text


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-.") or "report"


def _versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {"python": sys.version.split()[0]}
    for name in VERSIONED:
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = __version__ if name == "analysis" else "not installed"
    return out


def _hash_inputs(inputs: list[str]) -> list[dict]:
    rows = []
    for item in inputs:
        if item == "abc" and not Path(item).exists():
            from .paths import nltk_data_dir

            zpath = nltk_data_dir() / "corpora" / "abc.zip"
            rows.append({"path": "abc", "sha256": sha256_file(zpath) if zpath.exists() else None})
            continue
        for path in input_files(item):
            rows.append(
                {"path": str(path), "sha256": sha256_file(path), "bytes": path.stat().st_size}
            )
    return rows


@functools.lru_cache(maxsize=1)
def code_version() -> str:
    """``<version>+<hash>`` of the package's code, models, lexicons and chart style.

    Part of a report's key: while extractors and models change, the package version alone
    would keep serving reports made by older code. Computed once per process (~7 MB read).
    """
    digest = hashlib.sha256()
    skip = {"__pycache__", "evaluate", "seeds"}
    for path in sorted(PACKAGE_DIR.rglob("*")):
        relative = path.relative_to(PACKAGE_DIR)
        if path.is_file() and path.suffix != ".pyc" and relative.parts[0] not in skip:
            digest.update(relative.as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return f"{__version__}+{digest.hexdigest()[:12]}"


def _job_key(notebook: Path, hashes: list[dict], parameters: dict) -> str:
    """What makes two runs the same report: inputs' content, notebook, parameters, code."""
    payload = {
        "inputs": [h["sha256"] for h in hashes],
        "notebook": sha256_file(notebook),
        "parameters": parameters,
        "code": code_version(),
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()


def plan(
    inputs: list[str],
    notebook: str = "article",
    out: str | Path | None = None,
    parameters: dict | None = None,
    reports_dir: str | Path = REPORTS_DIR,
    today: str | None = None,
) -> list[Job]:
    """The jobs for ``inputs``: one per article file (article notebook) or one for all (corpus)."""
    parameters = dict(parameters or {})
    bad = RESERVED & set(parameters)
    if bad:
        raise AnalysisError(f"parameter {min(bad)!r} is set by the runner (use --out)")
    nb = notebook_path(notebook)
    known = _notebook_parameters(nb)
    unknown = [p for p in parameters if p not in known]
    if unknown:
        raise AnalysisError(
            f"unknown parameter {unknown[0]!r} for {notebook}.ipynb (known: {', '.join(sorted(known))})"
        )
    today = today or dt.date.today().isoformat()
    root = Path(reports_dir) / today
    given = [str(i) for i in inputs]
    inputs = given or [str(seed_path())]
    jobs = []
    if notebook == "article":
        items = _article_items(inputs)
        for name, path, record, hashes in items:
            dest = (
                Path(out) if out and len(items) == 1 else (Path(out) / name if out else root / name)
            )
            params = {"input_path": str(path.resolve()), **parameters}
            if record is not None:
                params["record"] = record
            jobs.append(Job(notebook, [str(path)], name, dest, params, input_hashes=hashes))
    elif parameters.get("corpus_dir") and not given:
        # a corpus written by `analysis corpus`: its commit records say what is in it
        folder = Path(str(parameters["corpus_dir"]))
        if not folder.is_dir():
            raise AnalysisError("no such corpus folder", str(folder))
        params = {"inputs": [], **parameters, "corpus_dir": str(folder.resolve())}
        jobs.append(
            Job(
                notebook,
                [str(folder)],
                _slug(folder.name),
                Path(out) if out else root / _slug(folder.name),
                params,
            )
        )
    else:
        for item in inputs:
            if item != "abc":
                input_files(item)  # raises for a missing input before any work
        name = (
            _slug("-".join(Path(i).stem or Path(i).name for i in inputs))
            if len(inputs) <= 2
            else "corpus"
        )
        dest = Path(out) if out else root / name
        resolved = [
            i if (i == "abc" and not Path(i).exists()) else str(Path(i).resolve()) for i in inputs
        ]
        jobs.append(Job(notebook, inputs, name, dest, {"inputs": resolved, **parameters}))
    for job in jobs:
        job.input_hashes = job.input_hashes or _hash_inputs(job.inputs)
        user = {
            k: v for k, v in job.parameters.items() if k not in ("input_path", "inputs", "record")
        }
        job.key = _job_key(nb, job.input_hashes, user)
    return jobs


def _article_items(inputs: list[str]) -> list[tuple[str, Path, int | None, list[dict]]]:
    """``(name, file, record, input hashes)`` per article: a file, or each record of a feed.

    A JSON/JSONL/CSV file of several records gives one report per record, named by the
    record's id and keyed by the record's own text, so a feed that grows only re-runs
    its new records. Names are unique: files sharing a stem in different folders are
    named by their path.
    """
    from . import sources

    items: list[tuple[str, Path, int | None, list[dict]]] = []
    for item in inputs:
        base = Path(item) if Path(item).is_dir() else None
        for path in input_files(item):
            stem = path.relative_to(base).with_suffix("") if base else Path(path.stem)
            if path.suffix.lower() in {".json", ".jsonl", ".ndjson", ".csv"}:
                docs = list(sources.documents(path))  # a malformed feed fails here, before any run
                if len(docs) > 1:
                    for i, doc in enumerate(docs):
                        record = {
                            "path": str(path),
                            "record": i,
                            "doc_id": doc.doc_id,
                            "sha256": doc.sha256,
                        }
                        items.append((_slug(f"{stem}-{doc.doc_id}"), path, i, [record]))
                    continue
            items.append((_slug(str(stem).replace(os.sep, "-")), path, None, []))
    names = [name for name, *_ in items]
    for n, (name, path, record, hashes) in enumerate(items):
        if names.count(name) > 1:  # x.txt beside x.md
            items[n] = (_slug(f"{name}-{path.suffix.lstrip('.')}"), path, record, hashes)
    return items


def _notebook_parameters(path: Path) -> set[str]:
    import papermill

    return set(papermill.inspect_notebook(str(path)))


def find_existing(job: Job, reports_dir: str | Path | None = REPORTS_DIR) -> Path | None:
    """A finished report of the same key: at ``job.dest``, or under any date in ``reports_dir``.

    ``reports_dir=None`` looks at ``job.dest`` only (an explicit ``--out``).
    """
    candidates = [job.dest / "manifest.json"]
    if reports_dir is not None:
        candidates += sorted(Path(reports_dir).glob(f"*/{job.name}/manifest.json"), reverse=True)
    for manifest in candidates:
        try:
            if json.loads(manifest.read_text(encoding="utf-8")).get("key") == job.key:
                return manifest.parent
        except (OSError, json.JSONDecodeError):
            continue
    return None


def _kernel_name() -> str:
    """The ``analysis`` kernel if installed (``make install`` does), else this Python's own."""
    if os.environ.get("ANALYSIS_KERNEL"):
        return os.environ["ANALYSIS_KERNEL"]
    from jupyter_client.kernelspec import KernelSpecManager

    specs = KernelSpecManager().find_kernel_specs()
    return "analysis" if "analysis" in specs else "python3"


_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _one_line(text: str, limit: int = 300) -> str:
    text = " ".join(_ANSI.sub("", str(text)).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _ipc_kernel_manager(folder: str):
    """A kernel manager talking to the kernel over Unix sockets in ``folder``, not TCP.

    Local sockets are private to the user and keep ipykernel from warning about
    unencrypted TCP on every scheduled run.
    """
    from jupyter_client.manager import AsyncKernelManager

    class IPCKernelManager(AsyncKernelManager):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self.transport = "ipc"
            self.ip = os.path.join(folder, "kernel")

    return IPCKernelManager


def execute(job: Job, workdir: Path, progress: bool = True) -> Path:
    """Run the job's notebook with papermill into ``workdir``; returns the executed notebook."""
    import tempfile

    import papermill
    from papermill.exceptions import PapermillExecutionError

    executed = workdir / f"{job.notebook}.ipynb"
    params = {**job.parameters, "output_dir": str(workdir.resolve())}
    extra = {}
    with tempfile.TemporaryDirectory(prefix="analysis-kernel-") as sockets:
        if os.name == "posix" and len(sockets) < 80:  # Unix socket paths are limited to ~100 bytes
            extra["kernel_manager_class"] = _ipc_kernel_manager(sockets)
        try:
            papermill.execute_notebook(
                str(notebook_path(job.notebook)),
                str(executed),
                parameters=params,
                kernel_name=_kernel_name(),
                progress_bar=progress,
                cwd=str(Path.cwd()),
                **extra,
            )
        except PapermillExecutionError as exc:
            raise NotebookError(
                f"cell {exc.exec_count}: {exc.ename}: {_one_line(exc.evalue)}"
            ) from None
    return executed


class NotebookError(Exception):
    """A notebook cell raised; the message is one readable line."""


def export(executed: Path, workdir: Path, title: str) -> list[Path]:
    """The executed notebook as HTML (code hidden) and reveal.js slides, written to ``workdir``."""
    import nbformat
    from nbconvert import HTMLExporter, SlidesExporter
    from traitlets.config import Config

    nb = nbformat.read(executed, as_version=4)
    nb.metadata["title"] = title  # nbconvert escapes it into <title>
    # the notebook's "how to run me" intro is tagged remove-in-report; the parameter cells
    # show nothing with code hidden, but would open an empty first slide
    removed = {"remove-in-report", "parameters", "injected-parameters"}
    config = Config({"TagRemovePreprocessor": {"enabled": True, "remove_cell_tags": removed}})
    common = {
        "exclude_input": True,
        "exclude_input_prompt": True,
        "exclude_output_prompt": True,
        "config": config,
    }
    body, _ = HTMLExporter(**common).from_notebook_node(nb)
    page = workdir / "report.html"
    page.write_text(_style_html(body), encoding="utf-8")
    reveal = {"reveal_scroll": True}
    if os.environ.get("ANALYSIS_REVEAL_URL"):  # a local reveal.js for offline slides
        reveal["reveal_url_prefix"] = os.environ["ANALYSIS_REVEAL_URL"]
    slides_body, _ = SlidesExporter(**common, **reveal).from_notebook_node(nb)
    slides = workdir / "slides.html"
    slides.write_text(slides_body, encoding="utf-8")
    return [page, slides]


_CSS = """
<style>
.jp-Cell-outputArea img { max-width: 100%; height: auto; }
body { max-width: 1100px; margin: auto; }
</style>
"""


def _style_html(page: str) -> str:
    return page.replace("</head>", _CSS + "</head>", 1)


def write_manifest(job: Job, workdir: Path, started: float, kernel: str) -> Path:
    outputs = []
    for path in sorted(p for p in workdir.rglob("*") if p.is_file()):
        outputs.append(
            {
                "path": str(path.relative_to(workdir)),
                "sha256": sha256_file(path),
                "bytes": path.stat().st_size,
            }
        )
    user = {k: v for k, v in job.parameters.items() if k not in ("input_path", "inputs")}
    manifest = {
        "report": job.name,
        "notebook": job.notebook,
        "notebook_sha256": sha256_file(notebook_path(job.notebook)),
        "key": job.key,
        "code_version": code_version(),
        "inputs": job.input_hashes,
        "parameters": user,
        "kernel": kernel,
        "versions": _versions(),
        "created": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "seconds": round(time.monotonic() - started, 2),
        "outputs": outputs,
    }
    path = workdir / "manifest.json"
    path.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def _make_readable(root: Path) -> None:
    # mkstemp-based atomic writes leave 0600 files; a report folder is for sharing
    mask = os.umask(0)
    os.umask(mask)
    for path in [root, *root.rglob("*")]:
        path.chmod((0o777 if path.is_dir() else 0o666) & ~mask)


def _swap_into_place(workdir: Path, dest: Path) -> None:
    """Replace ``dest`` by ``workdir`` with renames only, so readers never see half a report."""
    old = None
    if dest.exists():
        old = dest.with_name(f".{dest.name}.old-{os.getpid()}")
        os.replace(dest, old)
    os.replace(workdir, dest)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def build(job: Job, progress: bool = True) -> Result:
    """Run one job end to end; on failure keep the partial notebook in ``<dest>.failed/``."""
    from . import slides

    started = time.monotonic()
    job.dest.parent.mkdir(parents=True, exist_ok=True)
    # runs hold the lock, so any other temporary folder of this report is a killed run's
    for stale in job.dest.parent.glob(f".{job.dest.name}.tmp-*"):
        shutil.rmtree(stale, ignore_errors=True)
    workdir = job.dest.with_name(f".{job.dest.name}.tmp-{os.getpid()}")
    workdir.mkdir(parents=True)
    kernel = _kernel_name()
    # while the kernel runs the notebook this process mostly waits: load nbconvert meanwhile
    warm = threading.Thread(target=_warm_exporters, daemon=True)
    warm.start()
    try:
        executed = execute(job, workdir, progress)
        warm.join()
        meta = _read_json(workdir / META_FILE, {})
        title = meta.get("title") or job.name
        export(executed, workdir, title)
        slides.build_deck(workdir, workdir / "slides.pptx")
        # the deck and pages are built from these; they stay in the folder for reuse
        write_manifest(job, workdir, started, kernel)
        _make_readable(workdir)
        _swap_into_place(workdir, job.dest)
        shutil.rmtree(job.dest.with_name(job.dest.name + ".failed"), ignore_errors=True)
    except NotebookError as exc:
        failed = job.dest.with_name(job.dest.name + ".failed")
        shutil.rmtree(failed, ignore_errors=True)
        os.replace(workdir, failed)
        where = failed / f"{job.notebook}.ipynb"
        return Result(
            job,
            "failed",
            where,
            f"notebook failed at {exc} (partial notebook: {where})",
            time.monotonic() - started,
        )
    except Exception as exc:  # noqa: BLE001 - any failure of export, deck or kernel is one line
        failed = job.dest.with_name(job.dest.name + ".failed")
        shutil.rmtree(failed, ignore_errors=True)
        os.replace(workdir, failed)
        return Result(
            job,
            "failed",
            failed,
            f"building the report failed: {type(exc).__name__}: {_one_line(exc)} (partial report: {failed})",
            time.monotonic() - started,
        )
    except BaseException:  # interrupted: leave nothing behind
        shutil.rmtree(workdir, ignore_errors=True)
        raise
    return Result(job, "built", job.dest, None, time.monotonic() - started)


def _warm_exporters() -> None:
    """Import nbconvert and convert an empty notebook once (templates, CSS, lexers load)."""
    import contextlib

    # only a warm-up: export() meets and reports any real problem
    with contextlib.suppress(Exception):
        import nbformat
        from nbconvert import HTMLExporter, SlidesExporter

        empty = nbformat.v4.new_notebook()
        HTMLExporter().from_notebook_node(empty)
        SlidesExporter().from_notebook_node(empty)


def _read_json(path: Path, default):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return default


def run(
    inputs: list[str] | None = None,
    notebook: str = "article",
    out: str | Path | None = None,
    parameters: dict | None = None,
    force: bool = False,
    reports_dir: str | Path = REPORTS_DIR,
    progress: bool = True,
    lock_timeout: float | None = None,
) -> list[Result]:
    """Build the reports for ``inputs``, skipping those already built from identical inputs.

    Holds a file lock beside the output root for the whole run, so two scheduled runs
    never write the same reports at once; a second run waits ``lock_timeout`` seconds
    (``$ANALYSIS_REPORT_LOCK_TIMEOUT``, default 0) and then fails.
    """
    from filelock import FileLock, Timeout

    jobs = plan(list(inputs or []), notebook, out, parameters, reports_dir)
    lock_root = Path(out).parent if out else Path(reports_dir)
    lock_root.mkdir(parents=True, exist_ok=True)
    if lock_timeout is None:
        lock_timeout = float(os.environ.get("ANALYSIS_REPORT_LOCK_TIMEOUT", "0"))
    lock = FileLock(str(lock_root / LOCK_NAME), timeout=lock_timeout)
    try:
        lock.acquire()
    except Timeout:
        raise AnalysisError(
            f"another report run holds the lock {lock_root / LOCK_NAME}; try again later"
        ) from None
    try:
        results = []
        for job in jobs:
            # with --out the report belongs there: only a report already there counts
            existing = None if force else find_existing(job, None if out else reports_dir)
            if existing is not None:
                results.append(Result(job, "skipped", existing))
                continue
            print(f"running: {job.notebook}.ipynb on {', '.join(job.inputs)}", file=sys.stderr)
            results.append(build(job, progress))
        return results
    finally:
        lock.release()


def run_cli(args) -> int:
    """``analysis report``: print each report folder; one line per failure; non-zero if any failed."""
    # jsonschema (via nbformat) imports rfc3987_syntax when installed, which compiles a
    # grammar for ~2 s per process; nbformat never checks IRI formats, so skip it here
    if "jsonschema" not in sys.modules:
        sys.modules.setdefault("rfc3987_syntax", None)
    parameters = {name: parse_value(value) for name, value in (args.parameter or [])}
    try:
        results = run(
            inputs=args.inputs,
            notebook=args.notebook,
            out=args.out,
            parameters=parameters,
            force=args.force,
            progress=sys.stderr.isatty() or bool(os.environ.get("ANALYSIS_PROGRESS")),
        )
    except OSError as exc:  # an unwritable reports folder, a full disk
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"error: {where}{exc.strerror or exc}", file=sys.stderr)
        return 1
    if not results:
        print(f"nothing to report: no article files in {', '.join(args.inputs)}", file=sys.stderr)
    failures = 0
    for result in results:
        source = ", ".join(result.job.inputs)
        if result.status == "failed":
            failures += 1
            print(f"error: {source}: {result.error}", file=sys.stderr)
        elif result.status == "skipped":
            print(f"unchanged: {source} (use --force to rebuild)", file=sys.stderr)
            print(f"{result.path}/")
        else:
            print(f"built: {source} in {result.seconds:.1f}s", file=sys.stderr)
            print(f"{result.path}/")
    return 1 if failures else 0
