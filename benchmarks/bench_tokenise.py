"""Tokens per second of load + sentence split + word tokens + POS on the ABC rural stories.

One process, one core. Model loading is done once before timing.

    python benchmarks/bench_tokenise.py [--stories N]
"""

from __future__ import annotations

import argparse
import time

from analysis import corpora, sources, tokenise


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=0, help="first N stories (default: all)")
    args = parser.parse_args()
    stories = list(corpora.abc())
    if args.stories:
        stories = stories[: args.stories]
    tokenise.tokens("Warm up. Load the models.")  # load Punkt and POS outside the timing

    started = time.perf_counter()
    n_tokens = n_sentences = 0
    for story in stories:
        doc = sources.from_text(story.text, doc_id=story.doc_id)
        sentence_frame = tokenise.sentences(doc.text)
        token_frame = tokenise.tokens(doc.text, sentence_frame)
        n_sentences += len(sentence_frame)
        n_tokens += len(token_frame)
    elapsed = time.perf_counter() - started
    print(
        f"load+tokenise+POS: {len(stories)} ABC rural stories, {n_sentences:,} sentences, "
        f"{n_tokens:,} tokens in {elapsed:.2f} s = {n_tokens / elapsed:,.0f} tokens/s (one core)"
    )


if __name__ == "__main__":
    main()
