"""The long fuzz campaign (``make fuzz``): thousands of random texts through the whole pipeline.

Each example is analysed twice; any exception other than AnalysisError, any broken
invariant (offsets, speaker/verb spans, unique ids, references) and any difference
between the two runs counts as a failure. Failures are grouped by where they happen,
the shortest text of each group is kept, and the run goes on, so one bug does not hide
the next. Examples are random (derandomize off): every campaign explores new texts.

    .venv/bin/python benchmarks/fuzz_campaign.py --examples 5000 --out fuzz-failures.json

Prints how many examples ran and how many failed, per failure kind; exits 1 if any failed.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
import hostile  # noqa: E402

import analysis  # noqa: E402
from analysis import AnalysisError  # noqa: E402


def signature(exc: BaseException) -> str:
    """Where a failure happens: exception type and the innermost frame inside the package."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "/analysis/" in f.filename]
    where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
    first = str(exc).splitlines()[0][:120] if str(exc) else ""
    if isinstance(exc, AssertionError):
        first = first.split(",")[0]  # the invariant's name, not the offending values
    return f"{type(exc).__name__} at {where}: {first}"


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
    strategy = st.one_of(hostile.news_text(), st.text(max_size=300))

    @settings(
        max_examples=args.examples,
        deadline=None,
        derandomize=False,
        database=None,
        phases=[Phase.generate],  # failures are recorded, not raised, so nothing to shrink
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def campaign(text: str) -> None:
        if deadline is not None and time.monotonic() > deadline:
            return
        ran["examples"] += 1
        try:
            check(text)
        except Exception as exc:  # noqa: BLE001 - every failure is recorded
            key = signature(exc)
            ran["failures"] += 1
            seen = failures.setdefault(key, {"count": 0, "text": text})
            seen["count"] += 1
            if len(text) < len(seen["text"]):
                seen["text"] = text
        if ran["examples"] % 500 == 0:
            print(f"  {ran['examples']:,} examples, {ran['failures']:,} failures, "
                  f"{time.monotonic() - started:.0f} s", flush=True)

    campaign()
    seconds = time.monotonic() - started
    print(f"fuzz campaign: {ran['examples']:,} examples in {seconds:.0f} s; "
          f"{ran['failures']:,} failed, {len(failures)} distinct failure kinds")
    for key, info in sorted(failures.items(), key=lambda kv: -kv[1]["count"]):
        print(f"  {info['count']:>5}  {key}\n         shortest: {info['text'][:200]!r}")
    if args.out:
        Path(args.out).write_text(json.dumps(
            {"examples": ran["examples"], "failures": ran["failures"], "seconds": round(seconds),
             "kinds": failures}, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
