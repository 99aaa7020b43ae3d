"""Growth of ``analyse`` time with input length: doubling the input should double the time.

    .venv/bin/python benchmarks/bench_scaling.py                 # every case, sizes n and 2n
    .venv/bin/python benchmarks/bench_scaling.py --case sentences --profile 12

Cases (``docs/hardening-findings.md``):

- ``sentences``: ``"Kyiv says it won. " * n`` — one reported-speech cue per sentence, so
  quotes' speaker resolution and entities' speaker mentions run once per sentence (F2);
- ``marks``: ``'"' * n`` — a run of straight quotation marks (F1);
- ``people``: many sentences naming people and quoting them by surname (alias look-ups).

For each case it prints CPU seconds at ``n`` and ``2n`` and their ratio: about 2 is linear,
about 4 quadratic. With ``--profile N`` it also prints the N costliest functions of the
larger run, to find what grows.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse
import cProfile
import pstats
import time

import analysis

_NAMES = ["Hanna Malyar", "Antony Blinken", "Peter Clark", "Mary Jones", "Tony Williams"]


def people(n: int) -> str:
    """``n`` sentences: a person named in full, later quoted by surname."""
    out = []
    for k in range(n):
        name = _NAMES[k % len(_NAMES)]
        if k % 2 == 0:
            out.append(f"{name} visited the farm on Monday.")
        else:
            out.append(f"\u201cPrices rose by {k} per cent,\u201d {name.split()[-1]} said.")
    return " ".join(out)


CASES = {
    "sentences": (lambda n: "Kyiv says it won. " * n, 1500),
    "marks": (lambda n: '"' * n, 10_000),
    "people": (lambda n: people(n), 1000),
}


def seconds(text: str) -> float:
    start = time.process_time()  # CPU time: a busy neighbour does not count
    analysis.analyse(text=text)
    return time.process_time() - start


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--case", choices=sorted(CASES), action="append", help="default: all")
    parser.add_argument("--n", type=int, help="smaller size (default per case)")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="N costliest functions of the 2n run")
    args = parser.parse_args(argv)

    analysis.analyse(text="Kyiv says it won.")  # load the models before timing
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    print(f"{'case':10} {'n':>7} {'s at n':>8} {'s at 2n':>8} {'ratio':>6}")
    for name in args.case or sorted(CASES):
        make, default = CASES[name]
        n = args.n or default
        small, large = seconds(make(n)), seconds(make(2 * n))
        print(f"{name:10} {n:7,} {small:8.2f} {large:8.2f} {large / small:6.2f}")
        if args.profile:
            profiler = cProfile.Profile()
            profiler.runcall(analysis.analyse, text=make(2 * n))
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(r"/analysis/", args.profile)


if __name__ == "__main__":
    main()
