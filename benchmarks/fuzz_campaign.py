"""The long fuzz campaign (``make fuzz``): thousands of random texts through the whole pipeline.

Each example is a text (news-like fragments, long runs, huge figures, arbitrary unicode),
analysed twice, or random bytes in a file of some type, loaded and analysed. Any
exception other than AnalysisError, any broken invariant (offsets, speaker/verb spans,
unique ids, references), a changed input file, or a difference between the two runs
counts as a failure. Failures are grouped by where they happen, the shortest example of
each group is kept, and the run goes on, so one bug does not hide the next. Examples are
random (derandomize off): every campaign explores new inputs.

    .venv/bin/python benchmarks/fuzz_campaign.py --examples 5000 --out fuzz-failures.json

Prints how many examples ran and how many failed, per failure kind; exits 1 if any failed.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
import hostile

import analysis
from analysis import AnalysisError


def signature(exc: BaseException) -> str:
    """Where a failure happens: exception type and the innermost frame inside the package."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "/analysis/" in f.filename]
    where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
    first = str(exc).splitlines()[0][:120] if str(exc) else ""
    if isinstance(exc, AssertionError):
        first = first.split(",")[0]  # the invariant's name, not the offending values
    return f"{type(exc).__name__} at {where}: {first}"


def check_file(data: bytes, suffix: str, folder: Path) -> None:
    """Bytes in a file: documents that analyse cleanly, or an AnalysisError naming the file."""
    path = folder / f"input{suffix}"
    path.write_bytes(data)
    try:
        docs = list(analysis.sources.documents(path))
    except AnalysisError as exc:
        assert str(exc).startswith(str(path)) and "\n" not in str(exc), "unclear error"
        return
    for doc in docs:
        art = analysis.article.analyse_document(doc)
        hostile.check_article(art)
    assert path.read_bytes() == data, "input changed"


def check(text: str) -> None:
    try:
        art = analysis.analyse(text=text)
    except AnalysisError:
        return
    hostile.check_article(art)
    hostile.check_deterministic(art, analysis.analyse(text=text))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=5000, help="examples to try (default 5000)")
    parser.add_argument("--minutes", type=float, default=None, help="stop after this long")
    parser.add_argument("--out", help="write failures (shortest text per kind) to this JSON file")
    args = parser.parse_args(argv)

    ran = Counter()
    failures: dict[str, dict] = {}
    deadline = time.monotonic() + args.minutes * 60 if args.minutes else None
    started = time.monotonic()
    strategy = st.one_of(hostile.news_text(extreme=True), st.text(max_size=300))
    files = st.tuples(
        st.one_of(
            st.binary(max_size=2000),
            hostile.news_text(extreme=True).map(lambda t: t.encode("utf-8", "surrogatepass")),
            st.tuples(hostile.news_text(), st.sampled_from(["utf-16-le", "utf-16-be", "cp1252"]))
            .map(lambda te: te[0].encode(te[1], "replace")),
        ),
        st.sampled_from([".txt", ".md", ".html", ".json", ".jsonl", ".csv"]),
    )
    folder = Path(tempfile.mkdtemp(prefix="analysis-fuzz-"))

    @settings(
        max_examples=args.examples,
        deadline=None,
        derandomize=False,
        database=None,
        phases=[Phase.generate],  # failures are recorded, not raised, so nothing to shrink
        suppress_health_check=list(HealthCheck),
    )
    @given(st.one_of(strategy, files))
    def campaign(example) -> None:
        if deadline is not None and time.monotonic() > deadline:
            return
        ran["examples"] += 1
        kind = "text" if isinstance(example, str) else "file"
        ran[kind] += 1
        try:
            if kind == "text":
                check(example)
            else:
                check_file(example[0], example[1], folder)
        except Exception as exc:  # noqa: BLE001 - every failure is recorded
            key = f"{kind}: {signature(exc)}"
            ran["failures"] += 1
            shown = example if kind == "text" else [repr(example[0][:300]), example[1]]
            seen = failures.setdefault(key, {"count": 0, "example": shown})
            seen["count"] += 1
            if len(str(shown)) < len(str(seen["example"])):
                seen["example"] = shown
        if ran["examples"] % 500 == 0:
            print(f"  {ran['examples']:,} examples, {ran['failures']:,} failures, "
                  f"{time.monotonic() - started:.0f} s", flush=True)

    campaign()
    seconds = time.monotonic() - started
    shutil.rmtree(folder, ignore_errors=True)
    print(f"fuzz campaign: {ran['examples']:,} examples ({ran['text']:,} texts, "
          f"{ran['file']:,} files) in {seconds:.0f} s; "
          f"{ran['failures']:,} failed, {len(failures)} distinct failure kinds")
    for key, info in sorted(failures.items(), key=lambda kv: -kv[1]["count"]):
        print(f"  {info['count']:>5}  {key}\n         shortest: {str(info['example'])[:200]!r}")
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)  # reports/ may not exist yet
        Path(args.out).write_text(json.dumps(
            {"examples": ran["examples"], "texts": ran["text"], "files": ran["file"],
             "failures": ran["failures"], "seconds": round(seconds),
             "kinds": failures}, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
