"""Entity-level evaluation of the NER tagger on a CoNLL-2003 format file.

``python -m analysis.evaluate ner FILE [--limit N]`` reads ``word POS chunk NER`` lines
(IOB1 or IOB2 tags, blank lines between sentences, ``-DOCSTART-`` lines ignored), tags only
the words with :func:`analysis.ner.tag_conll` and prints conlleval-equivalent precision,
recall and F1 (exact span and type match) overall and per type, token accuracy and speed.

>>> gold = iob_to_spans(["I-PER", "I-PER", "B-PER", "O", "I-LOC"])
>>> gold
[(0, 2, 'PER'), (2, 3, 'PER'), (4, 5, 'LOC')]
>>> prf(gold, [(0, 2, 'PER'), (4, 5, 'ORG')])["ALL"]
(0.5, 0.3333333333333333, 0.4, 3, 2, 1)
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence
from pathlib import Path

from ..ner import spans

ENTITY_TYPES = ("LOC", "MISC", "ORG", "PER")


def read_conll(path: Path | str, limit: int | None = None) -> list[tuple[list[str], list[str]]]:
    """Sentences of a CoNLL file as ``(words, ner_tags)``; the NER tag is the last column.

    ``limit`` keeps only the first ``limit`` sentences.
    """
    sentences: list[tuple[list[str], list[str]]] = []
    words: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if not parts or parts[0] == "-DOCSTART-":
                if words:
                    sentences.append((words, tags))
                    words, tags = [], []
                    if limit is not None and len(sentences) >= limit:
                        return sentences
                continue
            words.append(parts[0])
            tags.append(parts[-1])
    if words and (limit is None or len(sentences) < limit):
        sentences.append((words, tags))
    return sentences


def read_conll_documents(path: Path | str) -> list[list[tuple[list[str], list[str]]]]:
    """Like :func:`read_conll` but grouped into documents (split at ``-DOCSTART-``)."""
    docs: list[list[tuple[list[str], list[str]]]] = [[]]
    words: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as handle:
        for line in list(handle) + [""]:
            parts = line.split()
            if not parts or parts[0] == "-DOCSTART-":
                if words:
                    docs[-1].append((words, tags))
                    words, tags = [], []
                if parts and docs[-1]:
                    docs.append([])
                continue
            words.append(parts[0])
            tags.append(parts[-1])
    return [d for d in docs if d]


def iob_to_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Entity spans ``(start, end_exclusive, type)`` from IOB1 or IOB2 tags.

    An entity starts at ``B-X``, or at ``I-X`` when the previous token is not of type X
    (IOB1, and what conlleval does with a stray ``I-X`` in IOB2).

    >>> iob_to_spans(["I-ORG", "I-ORG", "O", "I-MISC", "B-MISC", "I-MISC"])
    [(0, 2, 'ORG'), (3, 4, 'MISC'), (4, 6, 'MISC')]
    """
    # the model's own decoder reads IOB1 as well: an I- tag after O or another type starts a span
    return spans(tags)


def iob1_to_iob2(tags: Sequence[str]) -> list[str]:
    """Rewrite IOB1 tags as IOB2 (every entity starts with ``B-``).

    >>> iob1_to_iob2(["I-PER", "I-PER", "B-PER", "O", "I-LOC"])
    ['B-PER', 'I-PER', 'B-PER', 'O', 'B-LOC']
    """
    out = ["O"] * len(tags)
    for start, end, typ in iob_to_spans(tags):
        out[start] = "B-" + typ
        for i in range(start + 1, end):
            out[i] = "I-" + typ
    return out


def prf(
    gold: Sequence[tuple], pred: Sequence[tuple]
) -> dict[str, tuple[float, float, float, int, int, int]]:
    """Precision, recall, F1, #gold, #predicted, #correct per type and ``"ALL"``.

    Spans may carry a leading sentence id: ``(sent, start, end, type)``; the type is last.
    """
    gold_set, pred_set = set(gold), set(pred)
    out = {}
    types = sorted({s[-1] for s in gold_set | pred_set})
    for typ in [*types, "ALL"]:
        g = {s for s in gold_set if typ == "ALL" or s[-1] == typ}
        p = {s for s in pred_set if typ == "ALL" or s[-1] == typ}
        c = len(g & p)
        precision = c / len(p) if p else 0.0
        recall = c / len(g) if g else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out[typ] = (precision, recall, f1, len(g), len(p), c)
    return out


def evaluate(
    sentences: Sequence[tuple[list[str], list[str]]], predicted: Sequence[Sequence[str]]
) -> tuple[dict[str, tuple[float, float, float, int, int, int]], float]:
    """Entity-level scores and token accuracy (tags compared after IOB2 normalisation)."""
    gold_spans, pred_spans = [], []
    right = total = 0
    for k, ((_, gold), pred) in enumerate(zip(sentences, predicted, strict=True)):
        gold_spans += [(k, *s) for s in iob_to_spans(gold)]
        pred_spans += [(k, *s) for s in iob_to_spans(pred)]
        right += sum(a == b for a, b in zip(iob1_to_iob2(gold), iob1_to_iob2(pred)))
        total += len(gold)
    return prf(gold_spans, pred_spans), right / total if total else 0.0


def format_report(scores: dict, accuracy: float) -> str:
    """conlleval-like table."""
    lines = [f"{'type':<6} {'precision':>9} {'recall':>7} {'F1':>7} {'gold':>6} {'pred':>6}"]
    for typ in [t for t in scores if t != "ALL"] + ["ALL"]:
        p, r, f, g, n, _ = scores[typ]
        lines.append(f"{typ:<6} {100 * p:9.2f} {100 * r:7.2f} {100 * f:7.2f} {g:6d} {n:6d}")
    lines.append(f"token accuracy {100 * accuracy:.2f}%")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    """Entry point of ``python -m analysis.evaluate ner FILE [--limit N]``."""
    parser = argparse.ArgumentParser(
        prog="python -m analysis.evaluate ner",
        description="Entity-level P/R/F1 of the NER tagger on a CoNLL-2003 file.",
    )
    parser.add_argument("file", type=Path, help="CoNLL file: word POS chunk NER per line")
    parser.add_argument("--limit", type=int, default=None, help="only the first N sentences")
    args = parser.parse_args(argv)
    if not args.file.is_file():
        parser.error(f"{args.file}: no such file")

    from ..ner import model, tag_conll
    from ..pos import tagger

    sentences = read_conll(args.file, args.limit)
    words = [w for w, _ in sentences]
    t0 = time.perf_counter()
    model()
    load = time.perf_counter() - t0
    tagger()  # load the POS model outside the timed run too
    t0, c0 = time.perf_counter(), time.process_time()
    predicted = tag_conll(words)
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    scores, accuracy = evaluate(sentences, predicted)
    n_tokens = sum(map(len, words))
    print(f"{args.file}: {len(sentences)} sentences, {n_tokens} tokens")
    print(format_report(scores, accuracy))
    # CPU time too: wall-clock speed falls when other jobs share the machine
    print(f"speed {n_tokens / elapsed:,.0f} tokens/s wall, {n_tokens / max(cpu, 1e-9):,.0f} "
          f"tokens/CPU-s (tag_conll incl. POS tagging; model load {load:.2f}s)")
    return 0
