"""Speed of :func:`analysis.quotes.extract` alone, on ABC stories (frames prepared beforehand).

``python benchmarks/bench_quotes.py [N]`` prints tokens/s on N short stories (per-document
cost: frame access and building the result frame) and on the same text joined into longer
articles of ~20 stories each (per-token cost). Target: >= 50,000 tokens/s on long articles,
so that quotes take a small share of the whole analysis's 10,000 tokens/s budget.
"""

from __future__ import annotations

import sys
import time

from analysis import corpora, entities, quotes, tokenise

TARGET = 50_000


def prepare(texts: list[str]) -> list[tuple]:
    out = []
    for text in texts:
        sents = tokenise.sentences(text)
        toks = tokenise.tokens(text, sents)
        mentions, ents = entities.extract(text, sents, toks)
        out.append((text, sents, toks, mentions, ents))
    return out


def rate(docs: list[tuple]) -> float:
    tokens = sum(len(d[2]) for d in docs)
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for doc in docs:
            quotes.extract(*doc)
        best = min(best, time.perf_counter() - started)
    return tokens / best


def main(n: int = 300) -> int:
    stories = [s.text for s in list(corpora.abc())[:n]]
    short = prepare(stories)
    long = prepare(["\n".join(stories[i:i + 20]) for i in range(0, len(stories), 20)])
    short_rate, long_rate = rate(short), rate(long)
    print(f"quotes.extract, {len(short)} short stories: {short_rate:,.0f} tokens/s")
    print(f"quotes.extract, {len(long)} long articles:  {long_rate:,.0f} tokens/s "
          f"(target {TARGET:,}: {'ok' if long_rate >= TARGET else 'MISSED'})")
    return 0 if long_rate >= TARGET else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 300))
