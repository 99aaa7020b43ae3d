"""Throughput of :func:`analysis.ner.tag_conll` on CoNLL-2003 eng.testa, one core.

Prints tokens/second for a cold pass (fresh process: empty per-word caches) and for warm
passes, both including POS tagging with :func:`analysis.pos.tag`, plus the model load time.
Rates are given per wall-clock second and per CPU second of the process (the latter does
not drop when other jobs share the machine).

Run:  python benchmarks/bench_ner.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import time

# one core: keep NumPy's BLAS from spreading over more (set before NumPy is imported)
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="warm passes after the cold one")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    from analysis.evaluate.ner import read_conll
    from analysis.ner import model, tag_conll
    from analysis.paths import shared_dir
    from analysis.pos import tagger

    path = shared_dir() / "conll2003" / "eng.testa"
    sentences = [words for words, _ in read_conll(path)]
    n_tokens = sum(map(len, sentences))

    def timed(fn) -> tuple[float, float]:
        """(wall seconds, CPU seconds of this process) of one call."""
        w0, c0 = time.perf_counter(), time.process_time()
        fn()
        return time.perf_counter() - w0, time.process_time() - c0

    load_wall, load_cpu = timed(model)
    tagger()  # the POS model too: its load is not tagging time
    cold = timed(lambda: tag_conll(sentences))
    warm = [timed(lambda: tag_conll(sentences)) for _ in range(args.repeat)]
    best_wall = min(w for w, _ in warm)
    best_cpu = min(c for _, c in warm)
    print(f"eng.testa: {len(sentences)} sentences, {n_tokens} tokens, 1 core, "
          f"load average {os.getloadavg()[0]:.1f}")
    print(f"model load: {load_wall:.2f} s wall, {load_cpu:.2f} s CPU")
    # CPU-time rates do not drop when other processes share the machine; wall-clock ones do
    print(f"tag_conll cold (first pass, incl. POS): {n_tokens / cold[0]:,.0f} tokens/s wall, "
          f"{n_tokens / cold[1]:,.0f} tokens/CPU-s")
    print(f"tag_conll warm (best of {args.repeat}, incl. POS): {n_tokens / best_wall:,.0f} "
          f"tokens/s wall, {n_tokens / best_cpu:,.0f} tokens/CPU-s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
