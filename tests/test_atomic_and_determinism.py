"""Outputs: atomic under SIGKILL, byte-identical across runs, raw inputs never written,
and article text never turned into active content in a report.

Runs go through real subprocesses (``python -m analysis ...``) started in their own
process group, so a SIGKILL takes the whole job down as a scheduler's kill would.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from analysis import corpus

sys.path.insert(0, str(Path(__file__).parent))
import hostile

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_21b230e0212b6aab.txt"


def env(**extra: str) -> dict:
    return {**os.environ, "PYTHONIOENCODING": "utf-8", "MPLBACKEND": "Agg", **extra}


def python(*args: str, timeout: float = 300, **extra: str) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, *args], capture_output=True, text=True,
                            timeout=timeout, env=env(**extra), check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    return result


def kill_when(args: list[str], folder: Path, written: int, jitter: float, **extra: str) -> bool:
    """Start ``python ARGS`` in its own session; once ``written`` files under ``folder`` are
    new (temp files count), wait ``jitter`` seconds and SIGKILL the whole group.

    Triggering on progress, not on a fixed delay, lands kills at chosen points of the run
    however fast or loaded the machine is; the jitter lands some inside a write.
    True if it was killed while running, False if it finished first.
    """
    started = time.time_ns()
    proc = subprocess.Popen([sys.executable, *args], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env=env(**extra), start_new_session=True)
    deadline = time.monotonic() + 300
    while proc.poll() is None and time.monotonic() < deadline:
        new = 0
        for path in folder.rglob("*") if folder.exists() else []:
            try:
                new += path.is_file() and path.stat().st_mtime_ns >= started
            except FileNotFoundError:  # a temp file renamed under our feet
                continue
        if new >= written:
            time.sleep(jitter)
            break
        time.sleep(0.005)
    if proc.poll() is not None:
        return False
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    return True


def files(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` by relative path (hidden temp files and locks included)."""
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def torn(folder: Path) -> list[str]:
    """Files under their final names that are not complete: unreadable parquet, bad JSON."""
    bad = []
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.name.startswith("."):
            continue
        try:
            if path.suffix == ".parquet":
                pq.read_table(path)
            elif path.suffix == ".json":
                json.loads(path.read_text(encoding="utf-8"))
            elif path.suffix == ".csv":
                pd.read_csv(path)
            elif path.suffix == ".txt":
                path.read_text(encoding="utf-8")
        except Exception as exc:  # noqa: BLE001 - any failure to read is a torn file
            bad.append(f"{path}: {type(exc).__name__}: {exc}")
    return bad


def final_names(folder: Path) -> set[str]:
    return {k for k in files(folder) if not any(part.startswith(".") for part in k.split("/"))}


# --------------------------------------------------------------------------- determinism


@pytest.fixture(scope="module")
def article_reference(tmp_path_factory):
    """Seven stories (the seed, variants, a story full of markup) analysed by the CLI once."""
    root = tmp_path_factory.mktemp("articles")
    stories = []
    for i in range(6):
        path = root / "in" / f"story-{i}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(SEED.read_text(encoding="utf-8") + f"\nStory {i} says {i} people came.",
                        encoding="utf-8")
        stories.append(str(path))
    hostile_story = root / "in" / "hostile story é.txt"
    hostile_story.write_text(hostile.HOSTILE_STORY, encoding="utf-8")
    stories.append(str(hostile_story))
    out = root / "reference"
    started = time.monotonic()
    python("-m", "analysis", "analyse", "--out", str(out), *stories, PYTHONHASHSEED="1")
    return stories, out, time.monotonic() - started


def test_article_outputs_are_byte_identical_across_processes_and_hash_seeds(article_reference, tmp_path):
    stories, reference, _ = article_reference
    again = tmp_path / "again"
    python("-m", "analysis", "analyse", "--out", str(again), *stories, PYTHONHASHSEED="2")
    first, second = files(reference), files(again)
    assert len(first) == len(stories) * 8  # six frames, text.txt, document.json per article
    assert first == second


CORPUS_SCRIPT = (
    "import sys; from analysis.corpus import analyse_corpus; "
    "analyse_corpus(sys.argv[1], out=sys.argv[2], workers=int(sys.argv[3]), batch_size=10, "
    "progress=False)"
)


def feed(path: Path, n: int) -> Path:
    rng = random.Random(1)
    names = ["Zelenskyy", "Hanna Malyar", "Antony Blinken", "the ministry", "Kyiv"]
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(n):
            text = (f"Story {i}. “We took {rng.randint(2, 900)} villages,” {rng.choice(names)} "
                    f"told Reuters on Tuesday. Kyiv says it has retaken {rng.randint(1000, 9000):,} "
                    "square kilometres since Feb. 24.")
            handle.write(json.dumps({"id": f"doc-{i:03d}", "title": f"T{i}", "text": text}) + "\n")
    return path


@pytest.fixture(scope="module")
def corpus_reference(tmp_path_factory):
    """One uninterrupted corpus run of a 40-record feed (4 parts of 10)."""
    root = tmp_path_factory.mktemp("corpus")
    source = feed(root / "feed.jsonl", 40)
    out = root / "reference"
    started = time.monotonic()
    python("-c", CORPUS_SCRIPT, str(source), str(out), "2", PYTHONHASHSEED="1")
    return source, out, time.monotonic() - started


def test_corpus_parquet_is_byte_identical_across_runs_workers_and_hash_seeds(corpus_reference, tmp_path):
    source, reference, _ = corpus_reference
    again = tmp_path / "again"
    python("-c", CORPUS_SCRIPT, str(source), str(again), "1", PYTHONHASHSEED="2")
    first, second = files(reference), files(again)
    parquet = [k for k in first if k.endswith(".parquet")]
    assert len(parquet) == 4 * 7  # 4 parts x 7 tables
    for name in first:
        if name.endswith((".parquet", ".json")) and not name.startswith("."):
            assert first[name] == second[name], name


# --------------------------------------------------------------------------- SIGKILL


def test_killed_article_runs_leave_old_or_new_files_never_torn(article_reference, tmp_path):
    stories, reference, _ = article_reference
    before = {p: hostile.snapshot(Path(p)) for p in stories}
    expected = files(reference)
    out = tmp_path / "out"
    rng = random.Random(5)
    kills = 0
    for attempt in range(4):
        # before any write, and after a random number of the 56 files (not the last few,
        # so the run cannot finish between the count and the kill)
        written = 0 if attempt == 0 else rng.randrange(1, len(expected) - 8)
        kills += kill_when(["-m", "analysis", "analyse", "--out", str(out), *stories], out,
                           written, rng.uniform(0, 0.02))
        assert torn(out) == []
        got = files(out)
        print(f"attempt {attempt}: {len(final_names(out))} of {len(expected)} files, "
              f"{len(got) - len(final_names(out))} temp files")
        for name in final_names(out):
            assert got[name] == expected[name], f"attempt {attempt}: {name} is neither old nor new"
        for folder in out.iterdir() if out.exists() else []:
            if (folder / "document.json").exists():  # written last: the folder is complete
                assert {p.name for p in folder.iterdir() if not p.name.startswith(".")} == \
                    {p.name for p in (reference / folder.name).iterdir()}
    assert kills == 4
    python("-m", "analysis", "analyse", "--out", str(out), *stories)
    got = files(out)
    assert {k: got[k] for k in final_names(out)} == expected
    assert {p: hostile.snapshot(Path(p)) for p in stories} == before


@pytest.mark.slow
def test_killed_corpus_runs_leave_complete_parts_and_resume_to_the_same_tables(corpus_reference, tmp_path):
    source, reference, _ = corpus_reference
    before = hostile.snapshot(source)
    out = tmp_path / "out"
    rng = random.Random(11)
    kills = 0
    for attempt in range(3):
        # a part is 7 tables + its index record, written in a burst: kill after 1-5 new files,
        # inside a part or just after it, depending on timing
        kills += kill_when(["-c", CORPUS_SCRIPT, str(source), str(out), "2"], out,
                           rng.randrange(1, 6), rng.uniform(0, 0.02))
        print(f"attempt {attempt}: {sorted(final_names(out))[:3]}... "
              f"{sum(k.endswith('.parquet') for k in final_names(out))} parquet files")
        assert torn(out) == [], f"attempt {attempt}"
    assert kills == 3
    python("-c", CORPUS_SCRIPT, str(source), str(out), "2")
    assert torn(out) == []
    done, ref = corpus.load_corpus(out), corpus.load_corpus(reference)
    for table in ("documents", "sentences", "quotes", "numbers", "mentions", "entities"):
        got = getattr(done, table)
        want = getattr(ref, table)
        keys = [c for c in ("doc_id", corpus.ID_COLUMNS.get(table)) if c and c in got.columns]
        pd.testing.assert_frame_equal(
            got.sort_values(keys).reset_index(drop=True),
            want.sort_values(keys).reset_index(drop=True),
            obj=table,
        )
    assert len(done.documents) == 40 and len(done.errors) == 0
    assert hostile.snapshot(source) == before


# --------------------------------------------------------------------------- inputs are read-only


def test_inputs_are_only_ever_opened_for_reading(tmp_path):
    folder = tmp_path / "in"
    paths = [hostile.write_case(case, folder) for case in hostile.CASES]
    story = folder / "story.txt"
    story.write_text(hostile.STORY, encoding="utf-8")
    paths.append(story)
    before = {p: hostile.snapshot(p) for p in paths}
    # an audit hook sees every open(): builtins, io and os.open, with mode or flags
    script = r"""
import os, sys
folder = os.path.realpath(sys.argv[1])
writes = []
def hook(event, args):
    if event == "open" and isinstance(args[0], (str, bytes, os.PathLike)):
        path = os.path.realpath(os.fsdecode(args[0]))
        mode, flags = args[1], args[2]
        writing = (mode is not None and any(c in mode for c in "wax+")) or \
            (mode is None and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND))
        if path.startswith(folder) and writing:
            writes.append((path, mode, flags))
sys.addaudithook(hook)
import analysis
from analysis import cli, corpus
cli.main(["analyse", "--out", sys.argv[2], *sys.argv[3:]])
corpus.analyse_corpus(folder, out=sys.argv[2] + "-corpus", workers=1, progress=False)
print("WRITES", writes)
"""
    result = subprocess.run(
        [sys.executable, "-c", script, str(folder), str(tmp_path / "out"), *map(str, paths)],
        capture_output=True, text=True, timeout=300, env=env(), check=False,
    )
    assert "WRITES []" in result.stdout, result.stdout[-2000:] + result.stderr[-2000:]
    assert {p: hostile.snapshot(p) for p in paths} == before


# --------------------------------------------------------------------------- reports


@pytest.fixture(scope="module")
def hostile_reports(tmp_path_factory):
    """The article report of a story full of markup, built twice (different hash seeds)."""
    root = tmp_path_factory.mktemp("reports")
    record = {
        "id": "hostile",
        # markup, and matplotlib mathtext that does not parse ($\frac{), in the chart titles
        "title": "Kyiv $\\frac{ <img src=x onerror=alert('XSS-IMG')> <script>alert('XSS-SCRIPT')</script>",
        "source": "<svg onload=alert('XSS-SVG')>",
        "url": "javascript:alert('XSS-HREF')",
        "text": hostile.HOSTILE_STORY,
    }
    source = root / "hostile feed.jsonl"
    source.write_text(json.dumps(record) + "\n", encoding="utf-8")
    outs = []
    for seed in ("1", "2"):
        out = root / f"report-{seed}"
        python("-m", "analysis", "report", str(source), "--out", str(out), "--force",
               timeout=600, PYTHONHASHSEED=seed)
        outs.append(out)
    return outs


@pytest.mark.slow
def test_report_folder_carries_no_executable_markup_from_the_story(hostile_reports):
    out = hostile_reports[0]
    written = {p.suffix for p in out.rglob("*") if p.is_file()}
    assert {".html", ".pptx", ".svg", ".png", ".ipynb"} <= written
    # the checker is not blind: the raw story is full of live markup ...
    assert len(hostile.active_markers_in_html(hostile.HOSTILE_STORY)) >= 6
    # ... and the report shows the story's text, escaped
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "XSS-IFRAME" in page and "&lt;script&gt;" in page
    assert hostile.active_markers_in_folder(out) == []


@pytest.mark.slow
def test_report_charts_and_tables_are_byte_identical_across_runs(hostile_reports):
    first, second = (files(out) for out in hostile_reports)
    charts = [k for k in first if k.startswith("charts/")]
    assert any(k.endswith(".png") for k in charts) and any(k.endswith(".svg") for k in charts)
    for name in charts + [k for k in first if k.startswith("tables/")] + ["slides.pptx"]:
        assert first[name] == second[name], name
    assert set(first) == set(second)


def test_outputs_are_readable_like_a_plain_write_and_keep_a_replaced_files_mode(tmp_path):
    from analysis import storage

    mask = os.umask(0o022)
    os.umask(mask)
    fresh = storage.atomic_write_text(tmp_path / "fresh.txt", "new")
    assert fresh.stat().st_mode & 0o777 == 0o666 & ~mask  # not mkstemp's 0600
    kept = tmp_path / "kept.txt"
    kept.write_text("old")
    kept.chmod(0o640)
    storage.atomic_write_text(kept, "new")
    assert kept.read_text() == "new" and kept.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp left


@pytest.mark.slow
def test_killed_report_run_leaves_the_previous_report_whole(hostile_reports, tmp_path):
    import shutil

    dest = tmp_path / "report"
    shutil.copytree(hostile_reports[0], dest)
    before = files(dest)
    source = json.loads((dest / "manifest.json").read_text())["inputs"][0]["path"]
    args = ["-m", "analysis", "report", source, "--out", str(dest), "--force"]
    rng = random.Random(3)
    for attempt in range(2):
        # the run works in a hidden sibling folder: kill once its notebook is being written
        killed = kill_when(args, tmp_path, rng.randrange(1, 4), rng.uniform(0, 2.0))
        assert killed, f"attempt {attempt}: the report finished before the kill"
        assert files(dest) == before  # the old report, whole: never half of a new one
    python(*args, timeout=600)
    assert torn(dest) == []
    after = files(dest)
    assert set(after) == set(before)
    assert all(after[k] == before[k] for k in after if k.startswith(("charts/", "tables/")))
