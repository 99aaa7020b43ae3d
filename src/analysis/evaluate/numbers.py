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

``python -m analysis.evaluate numbers ieer.zip [--split even|odd|all] [--show-errors N]``
(FILE a ``.zip`` or a folder) scores the extractor against the NUMEX/TIMEX annotations of
NLTK's IE-ER corpus instead (see :func:`main_ieer` and ``docs/numbers-ieer.md``).

>>> value_ok({"value": 13.5e9, "date": None}, {"value": 13.49e9, "date": None})
True
>>> value_ok({"value": None, "date": "2022-02-24"}, {"value": None, "date": "2022-02-24"})
True
"""

from __future__ import annotations

import argparse
import json
import math
import re
import time
from collections import Counter, defaultdict
from pathlib import Path

import pandas as pd

from .scoring import PRF, match_spans, overlap

Span = tuple[int, int, str]

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
    if _is_ieer(argv):
        return main_ieer(argv)
    parser = argparse.ArgumentParser(prog="python -m analysis.evaluate numbers",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("file", nargs="+", help="gold JSONL (tests/data/numbers_gold.jsonl "
                        "format); several FILE[:SPLIT] arguments are scored together (pooled), "
                        "each on its own split or on --split")
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
    docs = []
    for spec in args.file:
        path, _, split = spec.partition(":") if not Path(spec).exists() else (spec, "", "")
        docs += [d for d in read_gold(path, split or args.split) if d["doc_id"] not in args.exclude]
    if len(args.file) > 1:
        args.split = ",".join(spec.partition(":")[2] or args.split for spec in args.file)
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


# --- IE-ER NUMEX/TIMEX ---------------------------------------------------------------
#
# Decisions (docs/numbers-ieer.md has the figures):
# - kind -> IE-ER type: money -> MONEY, percent -> PERCENT, quantity -> MEASURE,
#   count | number | fraction -> CARDINAL, date -> DATE, time -> TIME, duration -> DURATION;
#   ordinal and identifier are not scored (IE-ER tags neither).
# - A duration directly followed by "-old", " old" or " of age" ("19-year" in "19-year-old",
#   "8 years old"), ending so (the span "19-year-old") or right after "aged"/"age"/"ages"
#   ("aged [38]") is an age: IE-ER tags ages as MEASURE, so it counts for MEASURE. The rule
#   reads the text, never the gold.
# - Per-type figures count a prediction for a type only if its kind maps to it. The
#   NUMEX/TIMEX headlines are the sums over their types ("typed") and, apart, span-only
#   matching of any NUMEX (TIMEX) prediction with any NUMEX (TIMEX) gold span ("any type").
# - Gold spans marked status="opt" (optional in the MUC scorer) are scored as ordinary gold.
# - Splits: documents in corpus order (files by name, documents in file order, as the
#   entities evaluator reads them); even = 0, 2, 4 ... (alias dev), odd = 1, 3, ... (test).
# - Text: each document's <TEXT> body only (as the entities evaluator reads it), so the 21
#   NUMEX/TIMEX tags in headlines are not scored; published = the <DATE_TIME> date.
# - Values (MONEY, PERCENT) on overlap-matched pairs: the gold value is read from the IE-ER
#   surface by ``ieer_value`` (currency units, percent points); a surface it cannot read
#   (basis points, "several thousand dollars") is skipped and counted. A prediction stated in
#   cents/pennies (unit "cent"/"penny", the package convention) is divided by 100 first.
#   IE-ER tags a range's two ends apart, so a predicted range ("5-15 percent", value = the
#   midpoint 10) matched to one end (15) counts as a wrong value.
# - ``ieer_convention`` names the gold spans that follow an IE-ER convention our guidelines
#   (tests/data/README.md) do not share or do not cover; ``--drop-conventions`` rescores
#   without them (and without the predictions that touch them).
# - ``--show-errors`` lists errors of the even split only (the odd split is held out).

IEER_NUMEX = ("MONEY", "PERCENT", "MEASURE", "CARDINAL")
IEER_TIMEX = ("DATE", "TIME", "DURATION")
IEER_TYPES = IEER_NUMEX + IEER_TIMEX
KIND_TO_IEER = {"money": "MONEY", "percent": "PERCENT", "quantity": "MEASURE",
                "count": "CARDINAL", "number": "CARDINAL", "fraction": "CARDINAL",
                "date": "DATE", "time": "TIME", "duration": "DURATION"}
_AGE_AFTER = re.compile(r"(?:-|\s+)old\b|\s+of\s+age\b", re.IGNORECASE)
_AGE_END = re.compile(r"(?:-|\s+)old$|\s+of\s+age$", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\b(?:aged?|ages)\s+$", re.IGNORECASE)
_SPLITS = {"even": "even", "dev": "even", "odd": "odd", "test": "odd", "all": "all"}
_VALUE_OPTIONS = {"--split", "--exclude", "--predictions", "--gold-quotes", "--show-errors",
                  "--limit"}


def _is_ieer(argv: list[str] | None) -> bool:
    """The FILE argument is a ``.zip`` or a folder (IE-ER), not a JSONL gold file."""
    import sys

    args = list(sys.argv[1:] if argv is None else argv)
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg in _VALUE_OPTIONS:
            skip = True
        elif not arg.startswith("-"):
            return arg.endswith(".zip") or Path(arg).is_dir()
    return False


def ieer_type(fig: dict, text: str) -> str | None:
    """The IE-ER type a predicted figure counts for (None: not scored).

    >>> ieer_type({"kind": "duration", "end": 7}, "20-year-old man")
    'MEASURE'
    >>> ieer_type({"kind": "duration", "end": 11}, "20-year-old man")
    'MEASURE'
    >>> ieer_type({"kind": "duration", "end": 8}, "20 years ago"), ieer_type({"kind": "ordinal"}, "")
    ('DURATION', None)
    """
    typ = KIND_TO_IEER.get(fig["kind"])
    if typ == "DURATION" and (
            _AGE_AFTER.match(text, fig["end"]) or _AGE_END.search(text, 0, fig["end"])
            or _AGE_BEFORE.search(text, 0, fig.get("start", 0))):
        return "MEASURE"
    return typ


_SMALL = {w: n for n, w in enumerate(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
     "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
     "eighteen", "nineteen"])}
_SMALL.update({w: 10 * n for n, w in enumerate(
    ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"], start=2)})
_SCALE = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_VAGUE = {"tens": 10, "dozens": 12, "hundreds": 1e2, "thousands": 1e3, "millions": 1e6,
          "billions": 1e9}
_PARTS = {"half": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
          "fourths": 4, "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10,
          "hundredth": 100, "hundredths": 100}
_CURRENCY = {"$", "dlrs", "dollar", "dollars", "rm", "ringgit", "kroner", "yen", "percent",
             "per", "cent", "a"}
_COINS = {"penny": 0.01, "dime": 0.10, "nickel": 0.05}
_SUBUNITS = {"cent", "cents", "penny", "pence", "pennies"}


def ieer_value(surface: str) -> float | None:
    """A plain reading of an IE-ER MONEY/PERCENT surface; None when it is not that simple.

    Values are in currency units: cents are hundredths (a prediction in cents, unit "cent",
    is divided by 100 before the comparison, see ``_in_currency_units``); "A of B" multiplies;
    vague plurals ("hundreds", "millions") take their magnitude, as our guidelines do.
    Bond prices in 32nds are read ("104 23/32" = 104.71875). Basis points, percentage
    points and vague words such as "several" are not read.

    >>> ieer_value("$20 million"), ieer_value("1.685 percent"), ieer_value("dlrs 220 million")
    (20000000.0, 1.685, 220000000.0)
    >>> ieer_value("28 cents"), ieer_value("seven-tenths of 1 percent"), ieer_value("RM50,000")
    (0.28, 0.7, 50000.0)
    >>> ieer_value("hundreds of millions of dollars"), ieer_value("3 basis points")
    (100000000.0, None)
    >>> ieer_value("53 per cent"), ieer_value("104 23/32"), ieer_value("one-tenth of 1 percent")
    (53.0, 104.71875, 0.1)
    """
    low = surface.lower().replace("$", " $ ").replace("-", " ")
    low = re.sub(r"\brm(?=\d)", "rm ", low)
    if low.strip() in _COINS:
        return _COINS[low.strip()]
    low = re.sub(r"\bper\s*cent\b", " percent ", low)
    scale = 1.0
    if re.search(r"\bcents?\b", low):
        low, scale = re.sub(r"\bcents?\b", " ", low), 0.01
    product = None
    for part in re.split(r"\bof\b", low):
        words = [w for w in part.split() if w not in _CURRENCY]
        if not words:
            continue
        value = _words_value(words)
        if value is None:
            return None
        product = value if product is None else product * value
    return None if product is None else product * scale


def _words_value(words: list[str]) -> float | None:
    total, current, seen = 0.0, 0.0, False
    for word in words:
        if re.fullmatch(r"\d[\d,]*(?:\.\d+)?|\.\d+", word):
            current += float(word.replace(",", ""))
        elif re.fullmatch(r"\d+/[1-9]\d*", word):
            numerator, denominator = word.split("/")
            current += int(numerator) / int(denominator)
        elif word in _SMALL:
            current += _SMALL[word]
        elif word in _SCALE:
            current = (current or 1) * _SCALE[word]
            if _SCALE[word] > 100:
                total, current = total + current, 0.0
        elif word in _VAGUE:
            current = (current or 1) * _VAGUE[word]
        elif word in _PARTS:
            current = (current or 1) / _PARTS[word]
        else:
            return None
        seen = True
    return total + current if seen else None


_NUMBER_WORD = re.compile(r"\b(?:" + "|".join([*_SMALL, *_SCALE, *_VAGUE, *_PARTS])
                          + r"|half|dozens?|quarter)\b", re.IGNORECASE)
_SEASON = re.compile(r"(?:early-)?(?:spring|summer|fall|autumn|winter)\b", re.IGNORECASE)
_NAMED = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|thurs\.|"
                    r"(?:january|february|march|april|may|june|july|august|september|"
                    r"october|november|december)\b", re.IGNORECASE)
_UNITS = {"meter", "kilometer", "yard", "foot", "feet", "inch", "mile", "mph", "degree",
          "year", "square", "ounce", "pound"}


_ARTICLE_HEADS = {"dozen", "hundred", "thousand", "million", "billion", "few", "year", "month",
                  "week", "day", "hour", "minute", "decade", "night", "quarter", "single",
                  "century", "quarter-century", "weekend"}


def ieer_convention(text: str, start: int, end: int, typ: str,
                    gold: list[Span] | tuple = ()) -> str | None:
    """The IE-ER convention a gold span follows where our guidelines differ or are silent.

    ``gold`` (the document's NUMEX/TIMEX spans) lets a range's two ends be recognised.
    Returns None for a span our guidelines would annotate the same way (as far as a
    pattern can tell); names marked "(silent)" are cases our guidelines do not cover.

    >>> ieer_convention("It is one of the best.", 6, 9, "CARDINAL")
    "CARDINAL pronoun 'one of ...'"
    >>> text = "from five to 10 branches"
    >>> ieer_convention(text, 5, 9, "CARDINAL", [(5, 9, "CARDINAL"), (13, 15, "CARDINAL")])
    "range ends tagged apart ('[five] to [10]', '1997-[98]'; we: one span)"
    """
    surface = text[start:end]
    low = surface.lower()
    before, after = text[max(0, start - 12): start], text[end: end + 12]
    has_number = bool(re.search(r"\d", surface) or _NUMBER_WORD.search(surface))
    for s, e, t in gold:
        if t == typ and (s, e) != (start, end):
            between = text[e:start] if e <= start else text[end:s] if s >= end else None
            first_start = min(s, start)
            if between is not None and (
                    re.fullmatch(r"\s*(?:-|to|or)\s*", between) or (
                        re.fullmatch(r"\s*and\s*", between)
                        and re.search(r"\bbetween\s+$", text[max(0, first_start - 9):first_start]))):
                if typ == "CARDINAL" and "-" in between and re.fullmatch(r"\d+", surface):
                    return "CARDINAL score or record ('[6]-[3]', '[64]-[83]') (silent)"
                return "range ends tagged apart ('[five] to [10]', '1997-[98]'; we: one span)"
    if typ == "CARDINAL" and low == "one":
        if re.match(r"\s+of\b", after):
            return "CARDINAL pronoun 'one of ...'"
        if re.match(r"\s*(?:[,.)]|is\b|was\b|in\b|who\b|at\b|brought\b|I\b)", after):
            return "CARDINAL pronoun 'one' (no noun follows)"
        return None
    first = re.split(r"[\s]", low)[0]
    if re.search(r"\b(?:a|an)\s+$", before, re.IGNORECASE) and first in _ARTICLE_HEADS:
        return "article outside the span ('a [dozen]', 'a [month]'; we: 'a month')"
    if typ in IEER_TIMEX and not has_number:
        if _SEASON.fullmatch(surface) or re.fullmatch(r"(?:fall|summer) (?:quarter|solstices)",
                                                      low):
            return "DATE season ('last [fall]', 'in the [spring]') (silent)"
        if _NAMED.match(surface):
            return None
        if re.match(r"[A-Z]|turn-of", surface):
            return "DATE holiday or named period ('Good Friday', 'Jewish Sabbath') (silent)"
        return ("TIMEX without a number ('last [year]', 'this [quarter]', 'several years', "
                "'sundown'; we: not annotated)")
    if typ == "DURATION" and re.search(r"\d:\d", surface):
        return "DURATION race time ('4:07.13') (silent)"
    if typ == "DURATION" and len(re.findall(r"\b(?:hours?|minutes?|seconds?)\b", low)) > 1:
        return "DURATION h/min/s compound as one span ('4 minutes 5.08 seconds') (silent)"
    if typ == "MEASURE":
        if _AGE_AFTER.match(text, end) or (
                re.fullmatch(r"\d{1,3}", surface) and (
                    re.search(r"(?:,|\bat|\baged|\bturned|\bapproaches|\bhe's|\bis|\babove|"
                              r"\bunder|\bjust)\s*$", before)
                    or re.match(r"\s*-?\s*(?:and|to)\s", after))):
            return "MEASURE age ('[19-year]-old', 'Gross, [47],') (silent)"
        if re.search(r"par\b|stroke", low):
            return "MEASURE golf score ('six-under-par', 'one-stroke') (silent)"
        if re.search(r"[{}\[\\]", surface):
            return "MEASURE garbled fraction character ('1{ tablespoons')"
        if "$" in surface or re.match(r"rm\d", low):
            return "MEASURE money rate ('$1,300 a week', '$4 per reusable page'; we: money)"
        if re.search(r"\b(?:a|an|per) (?:day|week|month|year|hour)\b", low):
            return ("MEASURE rate per time ('300,000 a month', '0.9 percent per year'; "
                    "we: count, percent, quantity)")
        hyphen = re.fullmatch(r"[\w.,]+(?:-[a-z]+)*-([a-z]+)", low)
        if hyphen and hyphen.group(1) not in _UNITS and not hyphen.group(1).endswith("meter"):
            return "MEASURE number-noun modifier ('three-judge', '14-story'; we: count)"
        if not has_number:
            return "MEASURE without a number ('tons', 'cup')"
        return None
    if typ == "MONEY" and not has_number:
        return "MONEY without a number ('penny', 'dime') (silent)"
    if typ == "MONEY" and ("/" in surface or re.fullmatch(r"[\d,.]+", surface)):
        return "MONEY bare number: bond price, index ('104 23/32', '15,517.78')"
    if typ == "PERCENT" and re.search(r"basis point|percentage point", low):
        return "PERCENT basis or percentage points (silent)"
    return None


def read_ieer_split(path: str | Path, split: str = "even", limit: int | None = None) -> list[dict]:
    """IE-ER documents with NUMEX/TIMEX gold (see ``entities.read_ieer_documents``)."""
    from .entities import read_ieer_documents

    docs = read_ieer_documents(Path(path), ("numex", "timex"))
    which = _SPLITS[split]
    if which != "all":
        docs = docs[which == "odd":: 2]
    return docs[:limit] if limit else docs


def drop_conventions(docs: list[dict], predictions: list[list[dict]]
                     ) -> tuple[list[dict], list[list[dict]]]:
    """Keep only gold spans with no :func:`ieer_convention`; drop predictions touching the rest."""
    kept_docs, kept_preds = [], []
    for doc, pred in zip(docs, predictions):
        odd = [g for g in doc["gold"] if ieer_convention(doc["text"], *g, doc["gold"])]
        gold = [g for g in doc["gold"] if g not in odd]
        kept_docs.append({**doc, "gold": gold})
        kept_preds.append([p for p in pred if not any(
            overlap((p["start"], p["end"]), g[:2]) > 0 for g in odd)])
    return kept_docs, kept_preds


def _context(text: str, start: int, end: int, width: int = 45) -> str:
    left = text[max(0, start - width): start]
    right = text[end: end + width]
    return " ".join(f"{left}[{text[start:end]}]{right}".split())


_WEEKDAY = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?|thurs\.", re.IGNORECASE)
_MONTHS = re.compile(r"\b(?:january|february|march|april|may|june|july|august|september|"
                     r"october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|"
                     r"nov|dec)\.)(?=\W|$)", re.IGNORECASE)
_NUMBER_WORDS = re.compile(r"\b(?:" + "|".join(_SMALL) + r"|half|dozen)\b", re.IGNORECASE)


def shape(surface: str) -> str:
    """A surface with its numbers abstracted, to group errors into patterns.

    >>> shape("$5.4 million"), shape("two-year"), shape("One"), shape("Friday"), shape("Sept. 1, 1987")
    ('$9 million', 'N-year', 'one', 'WEEKDAY', 'MONTH 9, YYYY')
    """
    s = " ".join(surface.split())
    if s.lower() == "one":
        return "one"
    if _WEEKDAY.fullmatch(s):
        return "WEEKDAY"
    s = re.sub(r"\b(?:1[5-9]|20)\d\d\b", "YYYY", s)
    s = re.sub(r"\d+(?:,\d{3})*(?:\.\d+)?", "9", s)
    s = _MONTHS.sub("MONTH", s)
    return _NUMBER_WORDS.sub("N", s)


def score_ieer(docs: list[dict], predictions: list[list[dict]]) -> dict:
    """Per-type and headline P/R/F1 (exact, overlap), MONEY/PERCENT value accuracy, errors."""
    exact = {t: PRF() for t in IEER_TYPES}
    loose = {t: PRF() for t in IEER_TYPES}
    heads = {name: (PRF(), PRF()) for name in ("NUMEX any type", "TIMEX any type")}
    values = {t: [0, 0, 0] for t in ("MONEY", "PERCENT")}  # correct, compared, unparsed
    errors = []
    for doc, pred in zip(docs, predictions):
        text, gold = doc["text"], doc["gold"]
        typed = [(p["start"], p["end"], ieer_type(p, text), p) for p in pred]
        typed = [t for t in typed if t[2]]
        for group, name in ((IEER_NUMEX, "NUMEX any type"), (IEER_TIMEX, "TIMEX any type")):
            g = [x[:2] for x in gold if x[2] in group]
            p = [x[:2] for x in typed if x[2] in group]
            for prf, need in zip(heads[name], (1.0, 0.5)):
                prf.add(PRF(len(match_spans(g, p, need)), len(p), len(g)))
        for typ in IEER_TYPES:
            g = [x for x in gold if x[2] == typ]
            p = [x for x in typed if x[2] == typ]
            gs, ps = [x[:2] for x in g], [x[:2] for x in p]
            exact[typ].add(PRF(len(match_spans(gs, ps, 1.0)), len(p), len(g)))
            pairs = match_spans(gs, ps, 0.5)
            loose[typ].add(PRF(len(pairs), len(p), len(g)))
            for gi, pj in pairs:
                if typ in values:
                    want = ieer_value(text[g[gi][0]:g[gi][1]])
                    if want is None:
                        values[typ][2] += 1
                    else:
                        values[typ][1] += 1
                        values[typ][0] += value_ok({"value": want, "date": None},
                                                   _in_currency_units(p[pj][3]))
                if gs[gi] != ps[pj]:
                    errors.append({"doc_id": doc["doc_id"], "what": "boundary", "type": typ,
                                   "gold": gs[gi], "pred": p[pj][3], "text": text})
            matched_g = {gi for gi, _ in pairs}
            matched_p = {pj for _, pj in pairs}
            for gi, span in enumerate(gs):
                if gi not in matched_g:
                    other = [x for x in typed if x[2] != typ and overlap(span, x[:2]) > 0]
                    errors.append({"doc_id": doc["doc_id"], "what": "missed", "type": typ,
                                   "gold": span, "pred": other[0][3] if other else None,
                                   "other": other[0][2] if other else None, "text": text})
            for pj, x in enumerate(p):
                if pj not in matched_p:
                    other = [y for y in gold if overlap(x[:2], y[:2]) > 0]
                    errors.append({"doc_id": doc["doc_id"], "what": "spurious", "type": typ,
                                   "gold": other[0][:2] if other else None, "pred": x[3],
                                   "other": other[0][2] if other else None, "text": text})
    typed_heads = {}
    for name, group in (("NUMEX typed", IEER_NUMEX), ("TIMEX typed", IEER_TIMEX),
                        ("ALL typed", IEER_TYPES)):
        e, o = PRF(), PRF()
        for typ in group:
            e.add(exact[typ])
            o.add(loose[typ])
        typed_heads[name] = (e, o)
    return {"exact": exact, "overlap": loose, "headlines": {**typed_heads, **heads},
            "values": values, "errors": errors}


def _in_currency_units(fig: dict) -> dict:
    """A figure stated in cents/pennies (value 28, unit "cent") valued in the currency (0.28)."""
    if fig.get("unit") in _SUBUNITS and isinstance(fig.get("value"), (int, float)):
        return {**fig, "value": fig["value"] / 100}
    return fig


def error_pattern(err: dict) -> str:
    """A short description of an error, for counting the common ones."""
    text, typ = err["text"], err["type"]
    if err["what"] == "missed":
        g = shape(text[err["gold"][0]:err["gold"][1]])
        if err["pred"] is not None:
            return f"{typ} missed: [{g}] (predicted {err['pred']['kind']} -> {err['other']})"
        return f"{typ} missed: [{g}]"
    p = err["pred"]
    ps = shape(p["surface"])
    if err["what"] == "boundary":
        return f"{typ} boundary: gold [{shape(text[err['gold'][0]:err['gold'][1]])}] pred [{ps}]"
    if err["gold"] is not None:
        return f"{typ} spurious: {p['kind']} [{ps}] (gold {err['other']} there)"
    return f"{typ} spurious: {p['kind']} [{ps}]"


def _show_ieer_error(err: dict) -> str:
    text = err["text"]
    if err["what"] == "spurious":
        where = (err["pred"]["start"], err["pred"]["end"])
        note = f"pred {err['pred']['kind']}" + (f"; gold {err['other']} overlaps" if err["gold"] else "")
    else:
        where = err["gold"]
        p = err["pred"]
        note = ""
        if p is not None:
            note = f"pred [{p['surface']}] {p['kind']}" + (f" -> {err['other']}" if err.get("other") else "")
    return f"{err['doc_id']:<18} {_context(text, *where)}" + (f"   ({note})" if note else "")


def main_ieer(argv: list[str] | None = None) -> int:
    """``python -m analysis.evaluate numbers ieer.zip [--split even|odd|all] [--show-errors N]``."""
    parser = argparse.ArgumentParser(
        prog="python -m analysis.evaluate numbers",
        description="Score analysis.numbers against IE-ER NUMEX/TIMEX (FILE: ieer.zip or folder)")
    parser.add_argument("file", type=Path, help="NLTK's ieer.zip or its ieer/ folder")
    parser.add_argument("--split", choices=sorted(_SPLITS), default="even",
                        help="even (= dev, tune on these), odd (= test, held out) or all "
                             "(default: %(default)s)")
    parser.add_argument("--limit", type=int, help="only the first N documents of the split")
    parser.add_argument("--drop-conventions", action="store_true",
                        help="score only the gold spans that follow no listed IE-ER convention "
                             "(see ieer_convention), and drop the predictions overlapping the others")
    parser.add_argument("--show-errors", type=int, default=0, metavar="N",
                        help="up to N misses, false positives and boundary errors per type, "
                             "and the most common error patterns (even split only)")
    args = parser.parse_args(argv)
    if args.show_errors and _SPLITS[args.split] != "even":
        print("--show-errors lists errors of the even (dev) split only: the odd split is held out")
        return 2
    docs = read_ieer_split(args.file, args.split, args.limit)
    from ..numbers import _registry

    _registry()
    predictions, n_tokens, seconds = [], 0, 0.0
    t0 = time.perf_counter()
    for doc in docs:
        rows, tokens, secs = predict(doc)
        predictions.append(rows)
        n_tokens += tokens
        seconds += secs
    total = time.perf_counter() - t0
    if args.drop_conventions:
        docs, predictions = drop_conventions(docs, predictions)
    result = score_ieer(docs, predictions)
    n_numex = sum(1 for d in docs for g in d["gold"] if g[2] in IEER_NUMEX)
    n_timex = sum(1 for d in docs for g in d["gold"] if g[2] in IEER_TIMEX)
    print(f"numbers vs IE-ER: {args.file}, split={_SPLITS[args.split]}: {len(docs)} documents, "
          f"{n_numex} NUMEX and {n_timex} TIMEX gold spans"
          + (" following none of the listed conventions" if args.drop_conventions else ""))
    print("prediction -> type: money MONEY, percent PERCENT, quantity (and an age duration: "
          "'N-year[-old]') MEASURE, count/number/fraction CARDINAL, date DATE, time TIME, "
          "duration DURATION; ordinal, identifier unscored")
    for name, (e, o) in result["headlines"].items():
        print(e.row(f"{name} exact"))
        print(o.row(f"{name} overlap"))
    print("\nby type (a prediction counts for a type only if its kind maps to it)")
    for typ in IEER_TYPES:
        print(result["exact"][typ].row(f"  {typ} exact"))
        print(result["overlap"][typ].row(f"  {typ} overlap"))
    print("\nvalue accuracy on overlap-matched pairs (gold value read from the IE-ER surface)")
    for typ, (ok, compared, unparsed) in result["values"].items():
        rate = ok / compared if compared else 0.0
        print(f"  {typ:<10} {rate:6.3f}  ({ok}/{compared}; {unparsed} gold surfaces not read)")
    conv = Counter()
    for d in docs:
        for s, e, typ in d["gold"]:
            name = ieer_convention(d["text"], s, e, typ, d["gold"])
            if name:
                conv[name] += 1
    print(f"\nIE-ER conventions our guidelines do not share (gold spans in this split: "
          f"{sum(conv.values())} of {n_numex + n_timex})")
    for name, count in sorted(conv.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {count:4d}  {name}")
    print(f"\nspeed: numbers.extract {n_tokens / seconds if seconds else 0:,.0f} tokens/s; "
          f"whole pipeline {total:.1f} s")
    if args.show_errors:
        n = args.show_errors
        for typ in IEER_TYPES:
            for what in ("missed", "spurious", "boundary"):
                errs = [e for e in result["errors"] if e["type"] == typ and e["what"] == what]
                if errs:
                    print(f"\n{typ} {what} ({len(errs)}, first {min(n, len(errs))})")
                    for err in errs[:n]:
                        print("  " + _show_ieer_error(err))
        patterns = Counter(error_pattern(e) for e in result["errors"])
        print(f"\nmost common error patterns ({len(result['errors'])} errors; "
              "missed/spurious at >= 50% overlap, boundary = overlap but not exact)")
        for pattern, count in patterns.most_common(max(20, n)):
            print(f"  {count:4d}  {pattern}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
