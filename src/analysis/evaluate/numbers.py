"""Evaluation of the number extractor against hand-annotated figures.

``python -m analysis.evaluate numbers FILE.jsonl [--split dev|test|all]`` reads gold
documents in the ``tests/data/numbers_gold.jsonl`` format (see ``tests/data/README.md``),
runs the whole pipeline on each text (so claimants come from the real quote extractor)
and prints:

- span precision/recall/F1, exact and with >= 50% overlap
  (:func:`analysis.evaluate.scoring.match_spans`), overall and by kind (a predicted span
  counts for a kind only if its kind matches);
- on the overlap-matched pairs: value accuracy (within 0.5% relative, or the same
  date when the gold value is null), kind, unit, bound and claimant accuracy;
- the extractor's speed (tokens per second of :func:`analysis.numbers.extract` alone).

The default split is ``dev``: the ``test`` split is held out, score it only to report.

>>> value_ok({"value": 13.5e9, "date": None}, {"value": 13.49e9, "date": None})
True
>>> value_ok({"value": None, "date": "2022-02-24"}, {"value": None, "date": "2022-02-24"})
True
"""

from __future__ import annotations

import argparse
import json
import math
import time
from collections import defaultdict
from pathlib import Path

import pandas as pd

from .scoring import PRF, match_spans

KINDS = ("money", "percent", "quantity", "count", "fraction", "date", "time", "duration",
         "ordinal", "number", "identifier")


def read_gold(path: str | Path, split: str = "dev") -> list[dict]:
    """Gold documents of ``split`` ("dev", "test" or "all") from a JSONL file."""
    docs = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            doc = json.loads(line)
            if split == "all" or doc.get("split") == split:
                docs.append(doc)
    return docs


def value_ok(gold: dict, pred: dict, tolerance: float = 0.005) -> bool:
    """The predicted value agrees with the gold one (0.5% relative), or the dates agree."""
    g, p = gold.get("value"), pred.get("value")
    if gold.get("date") and gold.get("date") == pred.get("date"):
        return True
    if g is None:
        return _missing(p) and _none(gold.get("date")) == _none(pred.get("date"))
    if _missing(p):
        return False
    return abs(p - g) <= tolerance * abs(g) if g else abs(p) < 1e-12


def _missing(x) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x))


def _none(x):
    return None if _missing(x) or x is None else x


def read_gold_quotes(path: str | Path) -> dict[str, pd.DataFrame]:
    """Gold quotes (``tests/data/quotes_gold.jsonl`` format) as quote frames by doc_id."""
    frames = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                doc = json.loads(line)
                rows = [{"quote_id": n, "start": q["start"], "end": q["end"],
                         "speaker": q.get("speaker")} for n, q in enumerate(doc["quotes"])]
                frames[doc["doc_id"]] = pd.DataFrame(rows, columns=["quote_id", "start", "end", "speaker"])
    return frames


def predict(doc: dict, quote_frame: pd.DataFrame | None = None) -> tuple[list[dict], int, float]:
    """Run the pipeline on a gold document: (figures, token count, extract seconds).

    ``quote_frame`` replaces the quote extractor's output (to score claimants alone).
    """
    from .. import entities, numbers, quotes, tokenise

    text = doc["text"]
    sentences = tokenise.sentences(text)
    tokens = tokenise.tokens(text, sentences)
    if quote_frame is None:
        mentions, ents = entities.extract(text, sentences, tokens)
        quote_frame = quotes.extract(text, sentences, tokens, mentions, ents)
    t0 = time.perf_counter()
    frame = numbers.extract(text, sentences, tokens, quote_frame, published=doc.get("published"))
    seconds = time.perf_counter() - t0
    rows = []
    for row in frame.to_dict("records"):
        rows.append({k: (None if _missing_scalar(v) else v) for k, v in row.items()})
    return rows, len(tokens), seconds


def _missing_scalar(v) -> bool:
    return v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v))


def score(docs: list[dict], predictions: list[list[dict]]) -> dict:
    """All the figures the report prints, as a dict (see :func:`main`)."""
    exact, loose = PRF(), PRF()
    exact_kind = defaultdict(PRF)
    loose_kind = defaultdict(PRF)
    agree = defaultdict(lambda: [0, 0])  # attribute -> [correct, total]
    errors = []
    for doc, pred in zip(docs, predictions):
        gold = doc["numbers"]
        gspans = [(g["start"], g["end"]) for g in gold]
        pspans = [(p["start"], p["end"]) for p in pred]
        for prf, threshold in ((exact, 1.0), (loose, 0.5)):
            prf.add(PRF(len(match_spans(gspans, pspans, threshold)), len(pspans), len(gspans)))
        for kind in KINDS:
            gk = [(g["start"], g["end"]) for g in gold if g["kind"] == kind]
            pk = [(p["start"], p["end"]) for p in pred if p["kind"] == kind]
            if not gk and not pk:
                continue
            exact_kind[kind].add(PRF(len(match_spans(gk, pk, 1.0)), len(pk), len(gk)))
            loose_kind[kind].add(PRF(len(match_spans(gk, pk, 0.5)), len(pk), len(gk)))
        pairs = match_spans(gspans, pspans, 0.5)
        matched_g = {gi for gi, _ in pairs}
        matched_p = {pj for _, pj in pairs}
        for gi, pj in pairs:
            g, p = gold[gi], pred[pj]
            checks = {
                "value": value_ok(g, p),
                "kind": g["kind"] == p["kind"],
                "unit": _none(g.get("unit")) == _none(p.get("unit")),
                "bound": g["bound"] == p["bound"],
                "claimant": g.get("claimant") == p.get("claimant"),
            }
            for name, ok in checks.items():
                agree[name][0] += ok
                agree[name][1] += 1
            bad = [name for name, ok in checks.items() if not ok and name != "claimant"]
            if bad or (g["start"], g["end"]) != (p["start"], p["end"]):
                errors.append((doc["doc_id"], "mismatch", g, p, bad))
        for gi, g in enumerate(gold):
            if gi not in matched_g:
                errors.append((doc["doc_id"], "missed", g, None, []))
        for pj, p in enumerate(pred):
            if pj not in matched_p:
                errors.append((doc["doc_id"], "spurious", None, p, []))
    return {"exact": exact, "overlap": loose, "exact_kind": dict(exact_kind),
            "overlap_kind": dict(loose_kind), "agree": dict(agree), "errors": errors}


def _show(fig: dict | None) -> str:
    if fig is None:
        return "-"
    value = fig.get("value")
    value = f"{value:g}" if isinstance(value, float) else value
    return (f"[{fig['surface']}] {fig['kind']} {value} {fig.get('unit')} {fig.get('bound')}"
            f" date={fig.get('date')} claimant={fig.get('claimant')}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.evaluate numbers",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("file", help="gold JSONL (tests/data/numbers_gold.jsonl format)")
    parser.add_argument("--split", default="dev", help="split to score: dev, test, dev2, dev3, blind, or all (default: %(default)s)")
    parser.add_argument("--exclude", action="append", default=[], metavar="DOC_ID",
                        help="leave a document out (repeatable)")
    parser.add_argument("--predictions", metavar="JSONL", help="score these predictions "
                        "({doc_id, numbers} per line, e.g. from benchmarks/peers_numbers.py) "
                        "instead of running the extractor")
    parser.add_argument("--gold-quotes", metavar="JSONL", help="take quotes from this gold "
                        "file (tests/data/quotes_gold.jsonl) instead of the quote extractor, "
                        "so claimant accuracy measures this module alone")
    parser.add_argument("--errors", action="store_true", help="list every missed, spurious "
                        "or mismatched figure (dev work only)")
    args = parser.parse_args(argv)
    docs = [d for d in read_gold(args.file, args.split) if d["doc_id"] not in args.exclude]
    if not docs:
        print(f"no documents in split {args.split!r}")
        return 1
    from ..numbers import _registry

    t0 = time.perf_counter()
    _registry()  # built once per process; timed apart from the per-document speed
    registry_seconds = time.perf_counter() - t0
    predictions, n_tokens, seconds = [], 0, 0.0
    external = None
    gold_quotes = read_gold_quotes(args.gold_quotes) if args.gold_quotes else None
    if args.predictions:
        external = {}
        with open(args.predictions, encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    row = json.loads(line)
                    external[row["doc_id"]] = row["numbers"]
    for doc in docs:
        if external is not None:
            predictions.append(external.get(doc["doc_id"], []))
            continue
        given = gold_quotes.get(doc["doc_id"], pd.DataFrame()) if gold_quotes is not None else None
        rows, tokens, secs = predict(doc, given)
        predictions.append(rows)
        n_tokens += tokens
        seconds += secs
    result = score(docs, predictions)
    n_gold = sum(len(d["numbers"]) for d in docs)
    source = f"predictions from {args.predictions}" if args.predictions else "analysis.numbers"
    print(f"numbers: {len(docs)} documents, {n_gold} gold figures, split={args.split}; {source}")
    print(result["exact"].row("span exact"))
    print(result["overlap"].row("span overlap>=0.5"))
    for name, (ok, total) in result["agree"].items():
        rate = ok / total if total else 0.0
        print(f"{name + ' accuracy':<24} {rate:6.3f}  ({ok}/{total} overlap-matched)")
    print("\nby kind (a prediction counts only with the gold kind)")
    for kind in KINDS:
        if kind in result["exact_kind"]:
            print(result["exact_kind"][kind].row(f"  {kind} exact"))
            print(result["overlap_kind"][kind].row(f"  {kind} overlap"))
    rate = n_tokens / seconds if seconds else float("inf")
    if external is None:
        print(f"\nspeed: numbers.extract {rate:,.0f} tokens/s ({n_tokens} tokens, {seconds:.3f} s;"
              f" pint registry built once in {registry_seconds:.2f} s)")
    if args.errors:
        print("\nerrors")
        for doc_id, what, g, p, bad in result["errors"]:
            print(f"  {doc_id:<16} {what:<9} gold {_show(g)}\n{'':<28}pred {_show(p)}"
                  + (f"  wrong: {', '.join(bad)}" if bad else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
