"""Corpus throughput: wall time and peak memory of ``analyse_corpus``, then of a cached re-run.

    .venv/bin/python benchmarks/bench_corpus.py --n 1000                 # 2 workers, local engine
    .venv/bin/python benchmarks/bench_corpus.py --n 10000 --engine dask

The corpus is the ABC rural stories cycled with distinct ids (``abc-rural-0007@3`` is
story 7 in its fourth cycle) fed as a generator, so the run streams. Peak memory is the
largest sum of the resident set sizes of this process and all its children (pool workers,
Dask nanny and workers), sampled every 0.2 s; shared pages are counted once per process,
so it overstates. Targets: 10,000 stories in <= 3 minutes on 2 workers, peak < 2 GB and not
growing with the corpus, a cached re-run <= 5% of the first run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import threading
import time
from itertools import cycle, islice
from pathlib import Path

import psutil

import analysis
from analysis import corpus
from analysis.corpora import Story, abc


class PeakMemory:
    """Samples RSS of this process + its children in a thread: peak, and peak per half of the run.

    Also keeps each process's latest CPU time, so ``cpu`` is the CPU seconds the run used
    (a worker's last 0.2 s before it exits may be missed).
    """

    def __init__(self, every: float = 0.2):
        self.every, self.samples = every, []
        self._cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _rss(self) -> int:
        me = psutil.Process()
        total = 0
        for process in [me, *me.children(recursive=True)]:
            try:
                with process.oneshot():
                    total += process.memory_info().rss
                    times = process.cpu_times()
                self._cpu[process.pid] = times.user + times.system
            except psutil.Error:  # a worker that just exited
                pass
        return total

    @property
    def cpu(self) -> float:
        return sum(self._cpu.values())

    def _run(self) -> None:
        while not self._stop.is_set():
            self.samples.append(self._rss())
            self._stop.wait(self.every)

    def __enter__(self):
        self._rss()
        self._start_cpu = dict(self._cpu)
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        self._rss()
        for pid, seconds in self._start_cpu.items():  # count only what this run used
            self._cpu[pid] -= seconds

    @property
    def peak(self) -> int:
        return max(self.samples, default=0)

    def halves(self) -> tuple[int, int]:
        half = len(self.samples) // 2
        return max(self.samples[:half], default=0), max(self.samples[half:], default=0)


def stories(n: int):
    """``n`` ABC rural stories, cycled, each with its own id; a generator (nothing held)."""
    base = list(abc())
    for i, story in enumerate(islice(cycle(base), n)):
        yield Story(f"{story.doc_id}@{i // len(base)}", story.title, story.text)


def timed(n: int, out: Path, args) -> tuple[float, PeakMemory, corpus.Corpus]:
    with PeakMemory() as memory:
        start = time.perf_counter()
        result = analysis.analyse_corpus(
            stories(n), out=out, workers=args.workers, engine=args.engine,
            progress=args.progress, batch_size=args.batch_size,
        )
        seconds = time.perf_counter() - start
    return seconds, memory, result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="stories (default 1000)")
    parser.add_argument("--workers", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument("--engine", choices=["local", "dask"], default="local")
    parser.add_argument("--batch-size", type=int, default=corpus.DEFAULT_BATCH_SIZE)
    parser.add_argument("--out", type=Path, help="output folder (default: a temporary one, removed after)")
    parser.add_argument("--progress", action="store_true", help="show the progress bar")
    args = parser.parse_args(argv)

    out = args.out or Path(tempfile.mkdtemp(prefix="bench-corpus-"))
    if out.exists():
        shutil.rmtree(out)
    try:
        first, memory, result = timed(args.n, out, args)
        stats = result.stats
        again, memory_again, rerun = timed(args.n, out, args)
        low, high = memory.halves()
        size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
        print(f"{args.n:,} stories, engine {args.engine}, {args.workers} workers, batch {args.batch_size}; "
              f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
        print(f"first run     {first:8.1f} s  {args.n / first:7.1f} docs/s  "
              f"({stats.analysed} analysed, {stats.failed} failed, {stats.parts} parts, {size / 1e6:.1f} MB)")
        print(f"CPU time      {memory.cpu:8.1f} s  {1000 * memory.cpu / args.n:7.1f} ms/doc (main + workers); "
              f"on {args.workers} idle cores that is ~{memory.cpu / args.workers:.0f} s wall (projection)")
        print(f"peak memory   {memory.peak / 1e6:8.0f} MB (main + children RSS); first half {low / 1e6:.0f} MB, "
              f"second half {high / 1e6:.0f} MB")
        print(f"cached re-run {again:8.2f} s  = {100 * again / first:.1f}% of the first run "
              f"({rerun.stats.cached} cached, {rerun.stats.analysed} analysed); peak {memory_again.peak / 1e6:.0f} MB")
        print(f"rows: {len(rerun):,} documents, {rerun.counts()['sentences']:,} sentences, "
              f"{rerun.counts()['quotes']:,} quotes, {rerun.counts()['numbers']:,} numbers, "
              f"{rerun.counts()['mentions']:,} mentions")
    finally:
        if args.out is None:
            shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
