"""Feature-group ablation of the NER tagger on eng.testa (the table in docs/ner.md).

Trains the tagger with every feature group, without each group in turn and without two
pairs of overlapping groups (``scripts/train_ner.py --drop GROUP --no-save``) on a shorter
schedule, two trainings at a time. Each configuration is trained with ``--seeds`` different example orders (seeds 7,
8, ...); the table gives the mean eng.testa P/R/F1 of those single models (no ensemble)
and the F1 range, because one perceptron run differs from the next by a few tenths.

Run:  python scripts/ablate_ner.py [--epochs 8] [--seeds 2] [--jobs 2]
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
RUN_LINE = re.compile(r"^run \d+ epoch\s+\d+: .*F1 ([\d.]+) \(P ([\d.]+) R ([\d.]+)\)", re.MULTILINE)


# pairs of related groups, removed together: what all unlabelled-text features and all
# gazetteers add (single removals understate them because each pair overlaps)
PAIRS = (("clusters", "embed"), ("gaz", "traingaz"))


def run(drop: tuple[str, ...], epochs: int, seeds: int) -> list[tuple[float, float, float]]:
    """eng.testa (P, R, F1) of each single-seed model trained without the groups ``drop``."""
    cmd = [sys.executable, str(SCRIPT), "--epochs", str(epochs), "--runs", str(seeds),
           "--no-save"]
    for group in drop:
        cmd += ["--drop", group]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    scores = [(float(p), float(r), float(f)) for f, p, r in RUN_LINE.findall(out)]
    if len(scores) != seeds:
        raise RuntimeError(f"expected {seeds} scores from {' '.join(cmd)}:\n{out}")
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--seeds", type=int, default=2)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    configs: list[tuple[str, ...]] = [(), *((g,) for g in GROUPS), *PAIRS]
    with ThreadPoolExecutor(args.jobs) as pool:
        results = list(pool.map(lambda g: run(g, args.epochs, args.seeds), configs))
    means = [tuple(sum(x) / len(x) for x in zip(*scores)) for scores in results]
    full = means[0][2]
    print(f"| features ({args.epochs} epochs, mean of {args.seeds} seeds) "
          "| P | R | F1 | F1 range | ΔF1 |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for group, scores, (p, r, f) in zip(configs, results, means):
        name = "without " + " + ".join(f"`{g}`" for g in group) if group else "all features"
        spread = f"{min(s[2] for s in scores):.2f}-{max(s[2] for s in scores):.2f}"
        delta = f"{f - full:+.2f}" if group else ""
        print(f"| {name} | {p:.2f} | {r:.2f} | {f:.2f} | {spread} | {delta} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
