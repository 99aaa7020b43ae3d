"""Speed of the number extractor, and of the whole analysis, in tokens per second.

Target (one core): the whole analysis >= 10,000 tokens/s, so ``numbers.extract`` must
be a small share of it. Run: ``.venv/bin/python benchmarks/bench_numbers.py [--stories N]``.

Texts are ABC rural stories from the shared NLTK data (``analysis.corpora.abc``),
tokenised once; ``numbers.extract`` is then timed alone (after building the pint
registry once, which is reported separately), and the full ``analyse_document``
pipeline is timed on the same texts.
"""

from __future__ import annotations

import argparse
import time

import pandas as pd


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stories", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    from analysis import article, corpora, numbers, sources, tokenise

    stories = [s for _, s in zip(range(args.stories), corpora.abc())]
    prepared = []
    for story in stories:
        sentences = tokenise.sentences(story.text)
        tokens = tokenise.tokens(story.text, sentences)
        prepared.append((story.text, sentences, tokens))
    n_tokens = sum(len(t) for _, _, t in prepared)
    empty = pd.DataFrame()

    t0 = time.perf_counter()
    numbers._registry()
    registry = time.perf_counter() - t0

    best = float("inf")
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        found = 0
        for text, sentences, tokens in prepared:
            found += len(numbers.extract(text, sentences, tokens, empty, published=None))
        best = min(best, time.perf_counter() - t0)
    print(f"{len(stories)} stories, {n_tokens:,} tokens, {found} figures")
    print(f"pint registry (once per process): {registry:.2f} s")
    print(f"numbers.extract: {n_tokens / best:,.0f} tokens/s (best of {args.repeat})")

    t0 = time.perf_counter()
    for story in stories:
        article.analyse_document(sources.from_text(story.text, doc_id=story.doc_id))
    whole = time.perf_counter() - t0
    print(f"whole analysis (analyse_document): {n_tokens / whole:,.0f} tokens/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
