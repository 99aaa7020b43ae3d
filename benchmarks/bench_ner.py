"""Throughput of :func:`analysis.ner.tag_conll` on CoNLL-2003 eng.testa, one core.

Prints tokens/second for a cold pass (fresh process: empty per-word caches) and for warm
passes, both including POS tagging with :func:`analysis.pos.tag`, plus the model load time.

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

    path = shared_dir() / "conll2003" / "eng.testa"
    sentences = [words for words, _ in read_conll(path)]
    n_tokens = sum(map(len, sentences))

    t0 = time.perf_counter()
    model()
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    tag_conll(sentences)
    cold = n_tokens / (time.perf_counter() - t0)
    warm = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        tag_conll(sentences)
        warm.append(n_tokens / (time.perf_counter() - t0))
    print(f"eng.testa: {len(sentences)} sentences, {n_tokens} tokens, 1 core")
    print(f"model load: {load:.2f} s")
    print(f"tag_conll cold: {cold:,.0f} tokens/s (first pass, incl. POS tagging)")
    print(f"tag_conll warm: {max(warm):,.0f} tokens/s (best of {args.repeat}, incl. POS tagging)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
