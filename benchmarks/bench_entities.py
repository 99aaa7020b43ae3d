"""Tokens per second of entities.extract (NER + lexicons + consistency + merging) on ABC stories.

Sentences and tokens are prepared before timing; models and lexicons are loaded once. CPU
time of this process (one core) is reported, so other work on the machine matters less;
the NER model's share is timed separately, so the cost of the article-level steps is visible.

    python benchmarks/bench_entities.py [--stories N]
"""

from __future__ import annotations

import argparse
import time

from analysis import corpora, entities, tokenise


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=0, help="first N stories (default: all)")
    args = parser.parse_args()
    stories = list(corpora.abc())
    if args.stories:
        stories = stories[: args.stories]
    prepared = []
    for story in stories:
        sentence_frame = tokenise.sentences(story.text)
        prepared.append((story.text, sentence_frame, tokenise.tokens(story.text, sentence_frame)))
    n_tokens = sum(len(p[2]) for p in prepared)
    entities.extract_text("Antony Blinken visited Kyiv.")  # load model and lexicons

    started = time.process_time()
    n_mentions = 0
    for text, sentence_frame, token_frame in prepared:
        mentions, _ = entities.extract(text, sentence_frame, token_frame)
        n_mentions += len(mentions)
    total = time.process_time() - started

    started = time.process_time()
    for _, sentence_frame, token_frame in prepared:
        entities._model_spans(entities._sentences(sentence_frame, token_frame))
    model = time.process_time() - started

    print(
        f"entities.extract: {len(prepared)} ABC rural stories, {n_tokens:,} tokens, "
        f"{n_mentions:,} mentions in {total:.2f} s CPU = {n_tokens / total:,.0f} tokens/s "
        f"(NER model {model:.2f} s; article-level steps {total - model:.2f} s = "
        f"{n_tokens / max(total - model, 1e-9):,.0f} tokens/s)"
    )


if __name__ == "__main__":
    main()
