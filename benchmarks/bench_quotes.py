"""Speed of :func:`analysis.quotes.extract` alone, on ABC stories (frames prepared beforehand).

``python benchmarks/bench_quotes.py [N]`` prints tokens/s on N short stories (per-document
cost: frame access and building the result frame) and on the same text joined into longer
articles of ~20 stories each (per-token cost). Target: >= 50,000 tokens/s on long articles,
so that quotes take a small share of the whole analysis's 10,000 tokens/s budget; and at
most 2 s for a line holding thousands of quotation marks (no quadratic corner).
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


# Pages of quotation marks on one line: the extractor must stay linear.
PATHOLOGICAL = {
    "5,000 curly quotes on one line": "\u201cx\u201d " * 5000,
    "5,000 straight quotes on one line": '"a" b ' * 5000,
    "2,000 attributed quotes on one line": "\u201cA,\u201d Jo Lee said. " * 2000,
}
PATHOLOGICAL_LIMIT = 2.0  # seconds each


def pathological() -> bool:
    ok = True
    for label, text in PATHOLOGICAL.items():
        doc = prepare([text])[0]
        started = time.perf_counter()
        quotes.extract(*doc)
        seconds = time.perf_counter() - started
        ok &= seconds <= PATHOLOGICAL_LIMIT
        print(f"quotes.extract, {label}: {seconds:.2f}s (limit {PATHOLOGICAL_LIMIT:g}s)")
    return ok


def main(n: int = 300) -> int:
    stories = [s.text for s in list(corpora.abc())[:n]]
    short = prepare(stories)
    long = prepare(["\n".join(stories[i:i + 20]) for i in range(0, len(stories), 20)])
    short_rate, long_rate = rate(short), rate(long)
    print(f"quotes.extract, {len(short)} short stories: {short_rate:,.0f} tokens/s")
    print(f"quotes.extract, {len(long)} long articles:  {long_rate:,.0f} tokens/s "
          f"(target {TARGET:,}: {'ok' if long_rate >= TARGET else 'MISSED'})")
    ok = pathological()
    return 0 if long_rate >= TARGET and ok else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 300))
