"""Corpus scale: analyse a whole feed in parallel into parquet tables, with a cache.

:func:`analyse_corpus` runs :func:`analysis.article.analyse_document` on every
document of a folder, glob, JSONL/CSV file, the ABC corpus or an iterable, on a process
pool (``engine="local"``) or a Dask cluster (``engine="dask"``), and writes one parquet
table per frame, each with a leading ``doc_id`` column. :func:`load_corpus` reads them
back lazily.

>>> corpus = analyse_corpus("abc", out="data/processed/abc", limit=20)   # doctest: +SKIP
>>> corpus.sentences.groupby("doc_id").size().head(2)                     # doctest: +SKIP

Layout of ``OUT`` (details in ``docs/corpus.md``)::

    OUT/documents/part-00000.parquet   one file per table per batch of documents
    OUT/sentences/part-00000.parquet   (quotes, numbers, mentions, entities, errors alike;
    ...                                 tokens only with tokens=True)
    OUT/_index/part-00000.json         the part's commit record: doc ids, sha256, version
    OUT/corpus.json                    summary of the last run

A part counts only once its ``_index`` record exists; the record is written, atomically,
after all of the part's tables. So an interrupted run leaves complete parts only, and the
next run skips every document already in one (same text hash, same pipeline version) and
does the rest.
"""

from __future__ import annotations

import glob as globlib
import hashlib
import json
import logging
import multiprocessing
import os
import re
import signal
import threading
import time
import traceback
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import islice
from pathlib import Path

import pandas as pd

from . import __version__, schema, sources
from .article import analyse_document
from .errors import AnalysisError
from .paths import PACKAGE_DIR
from .storage import atomic_write_text, write_frame

TABLES = ("documents", "sentences", "quotes", "numbers", "mentions", "entities", "errors")
OPTIONAL_TABLES = ("tokens",)
FRAME_TABLES = ("sentences", "tokens", "quotes", "numbers", "mentions", "entities")
# rows inside a part are sorted by (doc_id, <id column>) so output never depends on timing
ID_COLUMNS = {name: schema.columns(name)[0] for name in FRAME_TABLES}
INDEX_DIR = "_index"
SUMMARY = "corpus.json"
DEFAULT_OUT = Path("data/processed")
DEFAULT_BATCH_SIZE = 100
DEFAULT_TIMEOUT = 300.0
ABC_SOURCES = {"abc": "rural", "abc:rural": "rural", "abc:science": "science"}
FORMAT = "analysis-corpus/1"

_PART = re.compile(r"^part-(\d+)$")
_GLOB_CHARS = re.compile(r"[*?\[]")
# Modules that only present results: editing them must not invalidate a cached corpus.
_NOT_PIPELINE = {"corpus.py", "cli.py", "report.py", "charts.py", "slides.py", "__main__.py", "corpora.py"}
_NOT_PIPELINE_DIRS = {"evaluate", "notebooks", "styles", "seeds", "__pycache__"}

log = logging.getLogger(__name__)


# --------------------------------------------------------------------------- sources


@dataclass(frozen=True)
class Failed:
    """A source item that could not even be loaded (undecodable file, empty text)."""

    doc_id: str
    source: str | None
    error: str


def _file_items(path: Path) -> Iterator[sources.Document | Failed]:
    try:
        yield from sources.documents(path)
    except AnalysisError as exc:
        # a bad file (or a malformed record, which ends that file) is an errors row, not a crash
        yield Failed(path.stem, str(path), exc.problem)


def _folder_files(folder: Path, exclude: Path | None) -> list[Path]:
    files = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).parts
        if any(part.startswith(".") for part in relative) or not path.is_file():
            continue  # hidden files and folders (.git, .ipynb_checkpoints)
        if exclude is not None and path.resolve().is_relative_to(exclude):
            continue  # our own output, when OUT lies inside the source folder
        if path.suffix.lower() in sources.SUFFIXES:
            files.append(path)
    return files


def _from_object(item: object) -> sources.Document | Failed:
    if isinstance(item, sources.Document):
        return item
    if hasattr(item, "doc_id") and hasattr(item, "text"):  # corpora.Story and the like
        doc_id, text = str(item.doc_id), item.text
        meta = {k: getattr(item, k) for k in ("title", "published", "url", "source") if getattr(item, k, None)}
    elif isinstance(item, (tuple, list)) and len(item) == 2:
        doc_id, text = str(item[0]), item[1]
        meta = {}
    else:
        raise AnalysisError(
            f"cannot use a {type(item).__name__} as a document: pass Documents, corpora.Story "
            "objects, (doc_id, text) pairs or file paths"
        )
    try:
        return sources.from_text(text, doc_id=doc_id, **meta)
    except AnalysisError as exc:
        return Failed(doc_id, meta.get("source"), exc.problem)


def iter_documents(source, exclude: str | Path | None = None) -> Iterator[sources.Document | Failed]:
    """Every document of ``source`` in a fixed order, with unloadable ones as :class:`Failed`.

    ``source`` is a folder (searched recursively, hidden files skipped), a glob, a file
    (text, HTML, JSON, JSONL, CSV), ``"abc"`` / ``"abc:science"`` (the ABC news corpus),
    or an iterable of :class:`~analysis.sources.Document`, :class:`~analysis.corpora.Story`,
    ``(doc_id, text)`` pairs or paths.

    >>> [d.doc_id for d in iter_documents([("a", "Kyiv won."), ("b", "Moscow lost.")])]
    ['a', 'b']
    """
    exclude = Path(exclude).resolve() if exclude is not None else None
    if isinstance(source, (str, os.PathLike)):
        name = os.fspath(source)
        path = Path(name)
        if name in ABC_SOURCES:  # a folder of that name: pass "./abc"
            from . import corpora

            for story in corpora.abc(section=ABC_SOURCES[name]):
                yield sources.from_text(story.text, doc_id=story.doc_id, title=story.title, source=f"abc:{ABC_SOURCES[name]}")
            return
        if path.is_dir():
            files = _folder_files(path, exclude)
            if not files:
                raise AnalysisError("folder holds no article files (.txt, .md, .html, .json, .jsonl, .csv)", name)
        elif path.exists():
            files = [path]
        elif _GLOB_CHARS.search(name):
            files = [Path(p) for p in sorted(globlib.glob(name, recursive=True)) if Path(p).is_file()]
            if not files:
                raise AnalysisError("no files match this pattern", name)
        else:
            raise AnalysisError("no such file or folder", name)
        for file in files:
            yield from _file_items(file)
        return
    if isinstance(source, (bytes, dict)) or not isinstance(source, Iterable):
        raise AnalysisError(f"cannot read documents from a {type(source).__name__}")
    for item in source:
        if isinstance(item, (str, os.PathLike)):
            yield from _file_items(Path(item))
        else:
            yield _from_object(item)


def _unique_ids(items: Iterable, renamed: list[str]) -> Iterator:
    # Two records with one id would share table rows: keep both, the later as "<id>~2".
    seen: set[str] = set()
    for item in items:
        doc_id = item.doc_id
        if doc_id in seen:
            k = 2
            while f"{doc_id}~{k}" in seen:
                k += 1
            renamed.append(doc_id)
            doc_id = f"{doc_id}~{k}"
            item = replace(item, doc_id=doc_id)
        seen.add(doc_id)
        yield item


def default_out(source) -> Path:
    """``data/processed/<name>``: the folder's or file's name, ``abc-rural``, or ``corpus``.

    >>> default_out("data/raw/feed.jsonl").as_posix()
    'data/processed/feed'
    """
    if isinstance(source, (str, os.PathLike)):
        name = os.fspath(source)
        if name in ABC_SOURCES:
            return DEFAULT_OUT / f"abc-{ABC_SOURCES[name]}"
        path = Path(name)
        while _GLOB_CHARS.search(path.name) or path.name == "**":
            path = path.parent
        stem = path.resolve().name if path.is_dir() else path.stem
        return DEFAULT_OUT / (stem or "corpus")
    return DEFAULT_OUT / "corpus"


# --------------------------------------------------------------------------- the cache key


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """``<package version>+<hash of the analysing code and models>``: the cache key's version.

    The package version alone would serve stale tables while the extractors change
    during development, so the code and model files that produce the tables are hashed
    too (presentation modules such as charts and the CLI are left out).
    """
    digest = hashlib.sha256()
    for path in sorted(PACKAGE_DIR.rglob("*")):
        relative = path.relative_to(PACKAGE_DIR)
        if not path.is_file() or path.suffix == ".pyc" or relative.name.startswith("."):
            continue
        if relative.parts[0] in _NOT_PIPELINE_DIRS or relative.as_posix() in _NOT_PIPELINE:
            continue
        digest.update(relative.as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return f"{__version__}+{digest.hexdigest()[:12]}"


# --------------------------------------------------------------------------- one batch (in a worker)


@dataclass
class Batch:
    """One unit of work: the documents of one part, and where to write it."""

    out: str
    part: str
    items: list  # Document | Failed
    hashes: list  # sha256 per item (None for Failed)
    tokens: bool = False
    timeout: float | None = DEFAULT_TIMEOUT
    version: str = ""  # the run's pipeline version (the main process's), recorded with the part


class DocumentTimeout(Exception):
    """A document took longer than the per-document time limit."""


def _on_alarm(signum, frame):
    raise DocumentTimeout


def _analyse(doc: sources.Document, timeout: float | None):
    # SIGALRM bounds a runaway document (say a regex backtracking) so one story cannot stall
    # a feed; signals only work in a main thread, so Dask's worker threads go without.
    if not timeout or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        return analyse_document(doc)
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        return analyse_document(doc)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _describe(exc: BaseException, timeout: float | None) -> str:
    if isinstance(exc, DocumentTimeout):
        return f"timed out after {timeout:g} s"
    if isinstance(exc, AnalysisError):
        return exc.problem
    # say where a bug struck, so a failure in a 10,000-story run can be found again
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" [{Path(frames[-1].filename).name}:{frames[-1].lineno} in {frames[-1].name}]" if frames else ""
    return f"{type(exc).__name__}: {exc}{where}"


_DTYPES = {name: [pd.api.types.pandas_dtype(dtype) for _, dtype in spec] for name, spec in schema.FRAMES.items()}


def _schema_frame(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Schema columns only, schema dtypes, so that every part has one parquet schema.

    Frames from ``analyse_document`` are usually conformed already; checking is far
    cheaper than selecting or casting again (milliseconds per frame, per document).
    """
    columns = schema.columns(name)
    if list(frame.columns) != columns:
        return schema.conform(name, frame)[columns]  # extra columns are not stored
    if not all(have == want for have, want in zip(frame.dtypes, _DTYPES[name])):
        return schema.conform(name, frame)
    return frame


def _combine(name: str, frames: list[pd.DataFrame], doc_ids: list[str]) -> pd.DataFrame:
    lengths = [len(f) for f in frames]
    kept = [f for f in frames if len(f)]
    body = pd.concat(kept, ignore_index=True) if kept else schema.empty(name)
    ids = [doc_id for doc_id, n in zip(doc_ids, lengths) for _ in range(n)]
    body.insert(0, "doc_id", pd.array(ids, dtype="string"))
    return body.sort_values(["doc_id", ID_COLUMNS[name]], kind="stable", ignore_index=True)


def _rows(name: str, rows: list[dict]) -> pd.DataFrame:
    frame = schema.conform(name, rows) if rows else schema.empty(name)
    return frame.sort_values("doc_id", kind="stable", ignore_index=True)


def run_batch(batch: Batch) -> dict:
    """Analyse one batch and write its part: every table, then the ``_index`` record.

    Returns the record, plus ``messages`` (``(doc_id, error)`` of the failures).
    """
    names = [*FRAME_TABLES] if batch.tokens else [n for n in FRAME_TABLES if n != "tokens"]
    frames: dict[str, list[pd.DataFrame]] = {name: [] for name in names}
    owners: dict[str, list[str]] = {name: [] for name in names}
    documents, errors, entries = [], [], []
    for item, sha in zip(batch.items, batch.hashes):
        if isinstance(item, Failed):
            errors.append({"doc_id": item.doc_id, "source": item.source, "error": item.error})
            entries.append([item.doc_id, None, "error"])
            continue
        try:
            art = _analyse(item, batch.timeout)
            result = {name: _schema_frame(name, getattr(art, name)) for name in names}
        except Exception as exc:  # noqa: BLE001 - any failure of one document is recorded, the run goes on
            errors.append({"doc_id": item.doc_id, "source": item.source, "error": _describe(exc, batch.timeout)})
            entries.append([item.doc_id, sha, "error"])
            continue
        for name in names:
            frames[name].append(result[name])
            owners[name].append(item.doc_id)
        documents.append(
            {"doc_id": item.doc_id, "title": art.title, "published": art.published, "source": art.source,
             "url": art.url, "chars": len(art.text), "sha256": sha}
        )
        entries.append([item.doc_id, sha, "ok"])
    tables = {"documents": _rows("documents", documents), "errors": _rows("errors", errors)}
    for name in names:
        tables[name] = _combine(name, frames[name], owners[name])
    out = Path(batch.out)
    for name in sorted(tables):
        write_frame(tables[name], out / name / f"{batch.part}.parquet")
    record = {
        "format": FORMAT,
        "part": batch.part,
        "version": batch.version or pipeline_version(),
        "tables": sorted(tables),
        "counts": {name: len(table) for name, table in sorted(tables.items())},
        "documents": sorted(entries),
    }
    # the commit: only now does the part exist for readers and for the cache
    atomic_write_text(out / INDEX_DIR / f"{batch.part}.json", json.dumps(record, sort_keys=True) + "\n")
    return {**record, "messages": [(e["doc_id"], e["error"]) for e in errors]}


def _warm_up() -> None:
    # each worker process loads the models once, before its first batch; Ctrl-C is the
    # parent's business (it stops the pool), so a worker never dies half-way on SIGINT
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        analyse_document(sources.from_text("Kyiv said on Tuesday it had retaken 6,000 square kilometres.", doc_id="warm-up"))
    except Exception as exc:  # noqa: BLE001 - a broken extractor shows up, per document, in the errors table
        log.debug("warm-up failed: %s", exc)


# --------------------------------------------------------------------------- engines


def _local(batches: Iterator[Batch], workers: int) -> Iterator[dict]:
    if workers <= 1:
        for batch in batches:
            yield run_batch(batch)
        return
    # forkserver: workers fork from a clean process with the package imported, not from a
    # parent that may hold threads (tqdm, Jupyter, Dask) mid-lock
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["analysis.corpus"])
    pool: ProcessPoolExecutor | None = None
    pending: set = set()
    try:
        for batch in batches:
            if pool is None:  # a fully cached re-run never starts a pool
                pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_warm_up)
            pending.add(pool.submit(run_batch, batch))
            while len(pending) >= 2 * workers:  # bounded: memory stays flat however long the feed
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    yield future.result()
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield future.result()
    except BrokenProcessPool:
        _stop(pool)
        pool = None
        raise AnalysisError(
            "a worker process died (out of memory? a crash in native code?); the complete parts "
            "are kept: run again to resume"
        ) from None
    except BaseException:
        _stop(pool)
        pool = None
        raise
    finally:
        if pool is not None:
            pool.shutdown(wait=True)


def _stop(pool: ProcessPoolExecutor | None) -> None:
    """Stop now: queued batches are dropped, running ones killed (atomic writes leave no partial part)."""
    if pool is None:
        return
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
        process.join(5)


def _dask(batches: Iterator[Batch], workers: int, scheduler: str | None) -> Iterator[dict]:
    from distributed import Client, LocalCluster, as_completed

    client = cluster = None
    running = None
    try:
        for batch in batches:
            if client is None:
                if scheduler:
                    client = Client(scheduler)
                else:
                    cluster = LocalCluster(
                        n_workers=workers, threads_per_worker=1, processes=True,
                        dashboard_address=None, silence_logs=logging.ERROR,
                    )
                    client = Client(cluster)
                slots = 2 * max(1, sum(client.nthreads().values()))
                running = as_completed()
            running.add(client.submit(run_batch, batch, key=f"analysis-corpus-{batch.part}-{os.getpid()}-{time.time_ns()}", pure=False))
            while running.count() >= slots:
                yield next(running).result()
        if running is not None:
            for future in running:
                yield future.result()
    finally:
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()


# --------------------------------------------------------------------------- the store


def _part_number(part: str) -> int:
    match = _PART.match(part)
    return int(match.group(1)) if match else -1


def _read_index(out: Path) -> dict[str, dict]:
    records = {}
    for path in (out / INDEX_DIR).glob("part-*.json"):
        if _part_number(path.stem) < 0:
            continue
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise AnalysisError(f"unreadable part record: {exc}", str(path)) from None
        records[path.stem] = record
    return dict(sorted(records.items(), key=lambda kv: _part_number(kv[0])))


def _live(records: dict[str, dict]) -> dict[str, tuple[str, list]]:
    """doc_id -> (part, entry): a document re-done later lives in its latest part."""
    live: dict[str, tuple[str, list]] = {}
    for part, record in records.items():  # in part order, so later parts win
        for entry in record["documents"]:
            live[entry[0]] = (part, entry)
    return live


def _stale(records: dict[str, dict], live: dict) -> dict[str, set[str]]:
    stale: dict[str, set[str]] = {}
    for part, record in records.items():
        ids = {entry[0] for entry in record["documents"] if live[entry[0]][0] != part}
        if ids:
            stale[part] = ids
    return stale


def _remove_part(out: Path, part: str, tables: Iterable[str]) -> None:
    # the record goes first: without it, the files are orphans that the next run deletes
    (out / INDEX_DIR / f"{part}.json").unlink(missing_ok=True)
    for name in tables:
        (out / name / f"{part}.parquet").unlink(missing_ok=True)


def _compact(out: Path, records: dict[str, dict]) -> None:
    """Drop the rows of documents that a later part re-did (changed text, a retried failure)."""
    live = _live(records)
    for part, ids in _stale(records, live).items():
        record = records[part]
        if len(ids) == len(record["documents"]):
            _remove_part(out, part, record["tables"])
            continue
        counts = {}
        for name in record["tables"]:
            path = out / name / f"{part}.parquet"
            table = pd.read_parquet(path)
            table = table[~table["doc_id"].isin(ids)].reset_index(drop=True)
            write_frame(table, path)
            counts[name] = len(table)
        record = {**record, "counts": counts, "documents": [e for e in record["documents"] if e[0] not in ids]}
        atomic_write_text(out / INDEX_DIR / f"{part}.json", json.dumps(record, sort_keys=True) + "\n")


def _clean_orphans(out: Path, records: dict[str, dict]) -> None:
    """Delete what an interrupted run left: tables of uncommitted parts, temporary files."""
    for name in (*TABLES, *OPTIONAL_TABLES, INDEX_DIR):
        folder = out / name
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            temporary = path.name.startswith(".") and path.name.endswith(".tmp")
            uncommitted = name != INDEX_DIR and path.suffix == ".parquet" and path.stem not in records
            if temporary or uncommitted:
                path.unlink(missing_ok=True)


def _lock(out: Path):
    from filelock import FileLock, Timeout

    lock = FileLock(str(out / ".lock"))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        raise AnalysisError("another analyse_corpus run is writing here; wait for it to finish", str(out)) from None
    return lock


# --------------------------------------------------------------------------- the API


@dataclass
class RunStats:
    """What one :func:`analyse_corpus` call did."""

    out: Path
    analysed: int = 0  # documents analysed in this run (failures included)
    cached: int = 0  # skipped: same text, same pipeline version
    failed: int = 0  # errors rows written in this run
    parts: int = 0  # parts written in this run
    seconds: float = 0.0
    renamed: list[str] = field(default_factory=list)  # duplicate doc ids, stored as "<id>~2"
    errors: list[tuple[str, str]] = field(default_factory=list)  # (doc_id, error) of this run

    def __str__(self) -> str:
        rate = self.analysed / self.seconds if self.seconds else 0.0
        return (
            f"{self.analysed} analysed ({rate:.1f} docs/s), {self.cached} cached, {self.failed} failed, "
            f"{self.parts} parts in {self.seconds:.1f} s -> {self.out}"
        )


def _cores() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _count(source, limit: int | None) -> int | None:
    # the progress bar's total (for its ETA): re-reading a path is cheap next to analysing it
    total = None
    if isinstance(source, (str, os.PathLike)):
        total = sum(1 for _ in islice(iter_documents(source), limit))
    elif hasattr(source, "__len__"):
        total = len(source)
    if total is not None and limit is not None:
        total = min(total, limit)
    return limit if total is None else total


def analyse_corpus(
    source,
    out: str | Path | None = None,
    workers: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    force: bool = False,
    progress: bool = True,
    limit: int | None = None,
    *,
    tokens: bool = False,
    batch_size: int = DEFAULT_BATCH_SIZE,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> Corpus:
    """Analyse every document of ``source`` into parquet tables under ``out``; returns the :class:`Corpus`.

    ``source``: a folder, glob, JSON/JSONL/CSV/text file, ``"abc"``, or an iterable of
    Documents, ``corpora.Story`` objects, ``(doc_id, text)`` pairs or paths (see
    :func:`iter_documents`). ``out`` defaults to ``data/processed/<name>``.

    Documents already in ``out`` with the same text hash and pipeline version are skipped
    (``force=True`` rebuilds ``out`` from scratch). ``workers`` defaults to all cores; 1
    runs in this process. ``engine="dask"`` runs the batches on a new ``LocalCluster``, or
    on the cluster at ``scheduler`` (implies Dask; its workers must see ``out``).
    Documents are written in parts of ``batch_size``; ``tokens=True`` also stores the
    (large) tokens table. A document that fails, or takes over ``timeout`` seconds,
    becomes a row of the ``errors`` table and the run goes on.

    >>> import tempfile
    >>> corpus = analyse_corpus([("a", "Kyiv said it won.")], out=tempfile.mkdtemp(), progress=False)
    >>> corpus.sentences[["doc_id", "text"]].values.tolist()
    [['a', 'Kyiv said it won.']]
    """
    if engine not in ("local", "dask"):
        raise ValueError(f"unknown engine {engine!r}: use 'local' or 'dask'")
    if scheduler:
        engine = "dask"  # a scheduler address only means something to Dask
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    workers = workers or _cores()
    out = Path(out) if out is not None else default_out(source)
    out = out.resolve()  # Dask workers may run elsewhere: give them an absolute path
    out.mkdir(parents=True, exist_ok=True)
    stats = RunStats(out)
    started = time.perf_counter()
    lock = _lock(out)
    try:
        records = _read_index(out)
        if force:
            for part, record in records.items():
                _remove_part(out, part, record["tables"])
            records = {}
        _clean_orphans(out, records)
        _compact(out, records)  # repairs a run interrupted while compacting
        records = _read_index(out)
        live = _live(records)
        version = pipeline_version()
        next_part = max((_part_number(p) for p in records), default=-1) + 1

        from tqdm.auto import tqdm

        bar = tqdm(
            total=_count(source, limit) if progress else None, unit=" docs", desc=out.name,
            disable=not progress, smoothing=0.1,
        )

        def todo() -> Iterator[tuple]:
            for item in _unique_ids(islice(iter_documents(source, exclude=out), limit), stats.renamed):
                sha = item.sha256 if isinstance(item, sources.Document) else None
                known = live.get(item.doc_id)
                if known and sha and known[1][1] == sha and known[1][2] == "ok":
                    record = records[known[0]]
                    if record["version"] == version and (not tokens or "tokens" in record["tables"]):
                        stats.cached += 1
                        bar.update(1)
                        continue
                yield item, sha

        def batches() -> Iterator[Batch]:
            nonlocal next_part
            pending = iter(todo())
            while chunk := list(islice(pending, batch_size)):
                items, hashes = zip(*chunk)
                yield Batch(str(out), f"part-{next_part:05d}", list(items), list(hashes), tokens, timeout, version)
                next_part += 1

        runner = _dask(batches(), workers, scheduler) if engine == "dask" else _local(batches(), workers)
        try:
            for record in runner:
                done = len(record["documents"])
                stats.analysed += done
                stats.parts += 1
                stats.failed += len(record["messages"])
                stats.errors.extend(record["messages"][: max(0, 1000 - len(stats.errors))])
                bar.update(done)
                if stats.failed:
                    bar.set_postfix(failed=stats.failed, refresh=False)
        finally:
            runner.close()  # on Ctrl-C in this loop too, stop the pool or cluster now
            bar.close()
        records = _read_index(out)
        _compact(out, records)
        _write_summary(out, _read_index(out), batch_size)
    finally:
        lock.release()
    stats.seconds = time.perf_counter() - started
    if stats.renamed:
        log.warning("%d duplicate doc ids renamed <id>~2, ... (first: %s)", len(stats.renamed), stats.renamed[0])
    corpus = Corpus(out)
    corpus.stats = stats
    return corpus


def _write_summary(out: Path, records: dict[str, dict], batch_size: int) -> None:
    entries = [e for record in records.values() for e in record["documents"]]
    summary = {
        "format": FORMAT,
        "package_version": __version__,
        "versions": sorted({record["version"] for record in records.values()}),
        "tables": sorted({name for record in records.values() for name in record["tables"]}),
        "parts": len(records),
        "documents": sum(1 for e in entries if e[2] == "ok"),
        "errors": sum(1 for e in entries if e[2] == "error"),
        "batch_size": batch_size,
    }
    atomic_write_text(out / SUMMARY, json.dumps(summary, indent=2, sort_keys=True) + "\n")


class Corpus:
    """An analysed corpus on disk, read lazily: each table is read on first access.

    ``corpus.quotes`` etc. are DataFrames (read once, then kept); :meth:`read` reads
    some columns or rows only; :meth:`dataset` and :meth:`dask` give a
    ``pyarrow.dataset.Dataset`` or Dask dataframe for tables too big for memory.
    """

    stats: RunStats | None = None

    def __init__(self, path: str | Path):
        self.path = Path(path)
        if not self.path.is_dir():
            raise AnalysisError("no such corpus folder", str(self.path))
        self._records = _read_index(self.path)
        self._stale = _stale(self._records, _live(self._records))
        self._cache: dict[str, pd.DataFrame] = {}

    @property
    def tables(self) -> list[str]:
        """Names of the tables stored (``tokens`` only if the run asked for them)."""
        present = {name for record in self._records.values() for name in record["tables"]}
        return [name for name in (*TABLES, *OPTIONAL_TABLES) if name in present or name in TABLES]

    @property
    def doc_ids(self) -> list[str]:
        """Ids of the analysed documents (failures excluded), sorted."""
        return sorted(e[0] for p, r in self._records.items() for e in r["documents"]
                      if e[2] == "ok" and e[0] not in self._stale.get(p, ()))

    def files(self, name: str) -> list[Path]:
        """The committed part files of table ``name``, in part order."""
        self._check(name)
        return [self.path / name / f"{part}.parquet" for part, record in self._records.items() if name in record["tables"]]

    def _check(self, name: str) -> None:
        if name not in (*TABLES, *OPTIONAL_TABLES):
            raise AnalysisError(f"no table {name!r}: tables are {', '.join((*TABLES, *OPTIONAL_TABLES))}", str(self.path))
        if name in OPTIONAL_TABLES and name not in self.tables:
            raise AnalysisError(f"{name} are not stored in this corpus: run analyse_corpus(..., tokens=True)", str(self.path))

    def _empty(self, name: str) -> pd.DataFrame:
        frame = schema.empty(name)
        if "doc_id" not in frame.columns:
            frame.insert(0, "doc_id", pd.Series(dtype="string"))
        return frame

    def dataset(self, name: str):
        """Table ``name`` as a ``pyarrow.dataset.Dataset`` over its parts (nothing read yet)."""
        import pyarrow.dataset as ds

        if self._stale:
            log.warning("%s: an interrupted run left re-done documents in older parts; run analyse_corpus again to repair", self.path)
        return ds.dataset([str(p) for p in self.files(name)], format="parquet")

    def dask(self, name: str):
        """Table ``name`` as a lazy Dask dataframe, one partition per part."""
        import dask.dataframe as dd

        files = self.files(name)
        return dd.read_parquet([str(p) for p in files]) if files else dd.from_pandas(self._empty(name), npartitions=1)

    def read(self, name: str, columns: list[str] | None = None, filter=None) -> pd.DataFrame:
        """Read table ``name`` (optionally some ``columns``, rows matching a pyarrow ``filter``).

        >>> corpus.read("quotes", columns=["doc_id", "speaker"])   # doctest: +SKIP
        """
        import pyarrow as pa
        import pyarrow.compute as pc
        import pyarrow.dataset as ds

        files = self.files(name)
        if not files:
            empty = self._empty(name)
            return empty[columns] if columns else empty
        expression = filter
        tables = []
        # clean parts in one scan; parts holding rows a later part re-did are filtered
        clean = [str(p) for p in files if p.stem not in self._stale]
        groups = [(clean, None)] + [([str(self.path / name / f"{part}.parquet")], ids) for part, ids in self._stale.items()
                                    if name in self._records[part]["tables"]]
        for paths, stale_ids in groups:
            if not paths:
                continue
            where = expression
            if stale_ids:
                keep = ~pc.field("doc_id").isin(sorted(stale_ids))
                where = keep if where is None else (where & keep)
            try:
                tables.append(ds.dataset(paths, format="parquet").to_table(columns=columns, filter=where))
            except (OSError, pa.ArrowException) as exc:
                raise AnalysisError(f"cannot read table {name}: {exc}", str(self.path / name)) from None

        frame = pa.concat_tables(tables).to_pandas() if len(tables) > 1 else tables[0].to_pandas()
        return frame

    def __getattr__(self, name: str) -> pd.DataFrame:
        if name.startswith("_") or name not in (*TABLES, *OPTIONAL_TABLES):
            raise AttributeError(name)
        if name not in self._cache:
            self._cache[name] = self.read(name)
        return self._cache[name]

    def __dir__(self):
        return sorted({*super().__dir__(), *self.tables})

    def __len__(self) -> int:
        return len(self.doc_ids)

    def counts(self) -> dict[str, int]:
        """Rows per table, from the part records (no parquet is read)."""
        totals: dict[str, int] = {name: 0 for name in self.tables}
        for record in self._records.values():
            for name, n in record.get("counts", {}).items():
                totals[name] = totals.get(name, 0) + n
        return totals

    def __repr__(self) -> str:
        counts = ", ".join(f"{n:,} {name}" for name, n in self.counts().items())
        return f"<Corpus {self.path}: {len(self._records)} parts; {counts}>"

    def _repr_html_(self) -> str:
        import html

        rows = "".join(f"<tr><td>{name}</td><td>{n:,}</td></tr>" for name, n in self.counts().items())
        return (f"<b>{html.escape(str(self.path))}</b> — {len(self._records)} parts"
                f"<table><tr><th>table</th><th>rows</th></tr>{rows}</table>")


def load_corpus(path: str | Path) -> Corpus:
    """Open an analysed corpus folder; tables are read only when first used.

    >>> corpus = load_corpus("data/processed/abc-rural")     # doctest: +SKIP
    >>> corpus.quotes.groupby("doc_id").size()               # doctest: +SKIP
    """
    return Corpus(path)


# --------------------------------------------------------------------------- CLI


def run_cli(args) -> int:
    """``analysis corpus SOURCE``: analyse, print a summary; exit 1 if any document failed."""
    import sys

    corpus = analyse_corpus(
        args.source,
        out=args.out,
        workers=args.workers,
        engine=args.engine,
        scheduler=args.scheduler,
        force=args.force,
        progress=True,
        limit=args.limit,
        tokens=getattr(args, "tokens", False),
        batch_size=getattr(args, "batch_size", None) or DEFAULT_BATCH_SIZE,
    )
    stats = corpus.stats
    print(stats)
    if stats.renamed:
        print(f"warning: {len(stats.renamed)} duplicate doc ids stored as <id>~2, ... (first: {stats.renamed[0]})", file=sys.stderr)
    for doc_id, error in stats.errors[:10]:
        print(f"error: {doc_id}: {error}", file=sys.stderr)
    if stats.failed:
        more = f" ({stats.failed - 10} more)" if stats.failed > 10 else ""
        print(f"{stats.failed} documents failed{more}; all are in the errors table: "
              f"analysis.load_corpus({str(stats.out)!r}).errors", file=sys.stderr)
        return 1
    return 0
