"""Feature-group ablation of the NER tagger on eng.testa (the table in docs/ner.md).

Trains the tagger once with every feature group and once without each group in turn
(``scripts/train_ner.py --drop GROUP --no-save``, fewer epochs and a single run to keep it
short), two trainings at a time, and prints a Markdown table of eng.testa P/R/F1.

Run:  python scripts/ablate_ner.py [--epochs 6] [--jobs 2]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from analysis.ner import GROUPS

SCRIPT = Path(__file__).resolve().parent / "train_ner.py"
ALL_LINE = re.compile(r"ALL\s+P\s+([\d.]+)\s+R\s+([\d.]+)\s+F1\s+([\d.]+)")


def run(drop: str | None, epochs: int) -> tuple[float, float, float]:
    """eng.testa (P, R, F1) of one training run without feature group ``drop``."""
    cmd = [sys.executable, str(SCRIPT), "--epochs", str(epochs), "--runs", "1", "--no-save"]
    if drop:
        cmd += ["--drop", drop]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    match = ALL_LINE.search(out)
    if not match:
        raise RuntimeError(f"no score in output of {' '.join(cmd)}:\n{out}")
    p, r, f = (float(x) for x in match.groups())
    return p, r, f


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    configs: list[str | None] = [None, *GROUPS]
    with ThreadPoolExecutor(args.jobs) as pool:
        results = list(pool.map(lambda g: run(g, args.epochs), configs))
    full = results[0][2]
    print(f"| features ({args.epochs} epochs, 1 run) | P | R | F1 | ΔF1 |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for group, (p, r, f) in zip(configs, results):
        name = "all features" if group is None else f"without `{group}`"
        delta = "" if group is None else f"{f - full:+.2f}"
        print(f"| {name} | {p:.2f} | {r:.2f} | {f:.2f} | {delta} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
