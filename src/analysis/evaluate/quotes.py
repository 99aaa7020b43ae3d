"""Quote extraction against a hand-annotated JSONL gold set.

``python -m analysis.evaluate quotes tests/data/quotes_gold.jsonl [--split dev|test|all]
[--exclude DOC_ID ...] [--errors]`` runs the whole pipeline (:func:`analysis.analyse`) on
every gold document and prints, per kind and for aggregate groups, span precision/recall/F1
with exact and with >=50% overlap matching (:func:`~analysis.evaluate.scoring.match_spans`),
and speaker accuracy on the overlap-matched pairs (canonical speaker, case-insensitive).

Aggregate lines pool kinds (a gold direct quote predicted as mixed still matches in
"direct+mixed"):

- ``direct+mixed``: quotes with quotation marks;
- ``speech-verb cue``: rows whose reporting verb is a form of said, told, claimed, stated,
  added, according to, wrote, asked, argued or insisted (indirect included);
- ``all``: every row, kinds ignored.

As the gold guidelines ask, a prediction lying entirely inside a gold direct quote (reported
speech nested in a quote) is neither a true nor a false positive.

>>> is_speech_cue("says"), is_speech_cue("according to"), is_speech_cue("urging")
(True, True, False)
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path

from .scoring import PRF, match_spans, overlap

KINDS = ("direct", "mixed", "indirect", "unattributed")
# The cue verbs of the "speech-verb cue" line, every inflection.
SPEECH_CUES = {
    "say", "says", "said", "saying",
    "tell", "tells", "told", "telling",
    "claim", "claims", "claimed", "claiming",
    "state", "states", "stated", "stating",
    "add", "adds", "added", "adding",
    "according to",
    "write", "writes", "wrote", "writing",
    "ask", "asks", "asked", "asking",
    "argue", "argues", "argued", "arguing",
    "insist", "insists", "insisted", "insisting",
}


def is_speech_cue(verb: str | None) -> bool:
    """True if a reporting verb belongs to the "speech-verb cue" group."""
    return bool(verb) and verb.strip().lower() in SPEECH_CUES


def load(path: str | Path, split: str = "dev") -> list[dict]:
    """Gold documents of one split ("dev", "test" or "all")."""
    docs = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                doc = json.loads(line)
                if split == "all" or doc.get("split") == split:
                    docs.append(doc)
    return docs


def predict(doc: dict, use_entities: bool = True) -> list[dict]:
    """The pipeline's quote rows for one gold document, as plain dicts.

    ``use_entities=False`` gives the quote extractor empty mentions/entities frames, to
    measure what it resolves without NER.
    """
    from analysis import analyse, quotes, schema, tokenise

    if use_entities:
        frame = analyse(text=doc["text"], title=doc.get("title") or None).quotes
    else:
        text = doc["text"]
        sentences = tokenise.sentences(text)
        tokens = tokenise.tokens(text, sentences)
        frame = quotes.extract(text, sentences, tokens, schema.empty("mentions"),
                               schema.empty("entities"))
    return frame.astype(object).where(frame.notna(), None).to_dict("records")


def _speaker_key(value) -> str:
    return (value or "").strip().lower().replace("\u2019", "'")


class Score:
    """Exact and overlap P/R/F1 plus speaker accuracy for one group of rows."""

    def __init__(self) -> None:
        self.exact = PRF()
        self.overlap = PRF()
        self.speaker_ok = 0
        self.speaker_n = 0

    def add(self, gold: list[dict], pred: list[dict], errors: list[str] | None = None,
            doc_id: str = "", label: str = "") -> None:
        g = [(q["start"], q["end"]) for q in gold]
        p = [(q["start"], q["end"]) for q in pred]
        exact = match_spans(g, p, 1.0)
        loose = match_spans(g, p, 0.5)
        self.exact.add(PRF(len(exact), len(p), len(g)))
        self.overlap.add(PRF(len(loose), len(p), len(g)))
        for i, j in loose:
            self.speaker_n += 1
            if _speaker_key(gold[i].get("speaker")) == _speaker_key(pred[j].get("speaker")):
                self.speaker_ok += 1
            elif errors is not None:
                errors.append(f"{doc_id} [{label}] speaker: gold {gold[i].get('speaker')!r} "
                              f"pred {pred[j].get('speaker')!r} ({pred[j].get('speaker_surface')!r}) "
                              f"| {gold[i]['quote'][:70]!r}")
        if errors is not None:
            hit_g = {i for i, _ in loose}
            hit_p = {j for _, j in loose}
            for i, q in enumerate(gold):
                if i not in hit_g:
                    errors.append(f"{doc_id} [{label}] missed {q['kind']} ({q.get('verb')}, "
                                  f"{q.get('speaker')}) {q['quote'][:90]!r}")
            for j, q in enumerate(pred):
                if j not in hit_p:
                    errors.append(f"{doc_id} [{label}] spurious {q['kind']} ({q.get('verb')}, "
                                  f"{q.get('speaker')}) {q['quote'][:90]!r}")

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_ok / self.speaker_n if self.speaker_n else 0.0

    def line(self, label: str) -> str:
        e, o = self.exact, self.overlap
        return (f"{label:<16} {e.precision:6.3f} {e.recall:6.3f} {e.f1:6.3f}   "
                f"{o.precision:6.3f} {o.recall:6.3f} {o.f1:6.3f}   "
                f"{self.speaker_accuracy:6.3f} ({self.speaker_ok}/{self.speaker_n})   "
                f"{o.gold:4d} {o.predicted:4d}")


def _nested(pred: dict, gold_direct: list[tuple[int, int]]) -> bool:
    """Inside a gold direct quote, and not a (>=50%) match of it."""
    span = (pred["start"], pred["end"])
    return any(a <= span[0] and span[1] <= b and overlap((a, b), span) < 0.5
               for a, b in gold_direct)


GROUPS: dict[str, Callable[[dict], bool]] = {
    "direct+mixed": lambda q: q["kind"] in ("direct", "mixed"),
    "speech-verb cue": lambda q: is_speech_cue(q.get("verb")),
    "all": lambda q: True,
}


def evaluate(docs: list[dict], predictions: list[list[dict]], errors: list[str] | None = None
             ) -> dict[str, Score]:
    """Scores by kind and by aggregate group over documents and their predicted rows.

    >>> gold = [{"doc_id": "d", "quotes": [{"start": 0, "end": 5, "kind": "direct",
    ...          "speaker": "Ann Lee", "verb": "said", "quote": "Hello"}]}]
    >>> pred = [[{"start": 0, "end": 5, "kind": "direct", "speaker": "ann lee", "verb": "said",
    ...           "quote": "Hello"}]]
    >>> s = evaluate(gold, pred)
    >>> s["direct"].exact.f1, s["direct"].speaker_accuracy, s["speech-verb cue"].overlap.f1
    (1.0, 1.0, 1.0)
    """
    scores = {name: Score() for name in (*KINDS, *GROUPS)}
    for doc, pred in zip(docs, predictions):
        gold = doc["quotes"]
        direct = [(q["start"], q["end"]) for q in gold if q["kind"] == "direct"]
        pred = [q for q in pred if not _nested(q, direct)]
        for kind in KINDS:
            scores[kind].add([q for q in gold if q["kind"] == kind],
                             [q for q in pred if q["kind"] == kind], None, doc["doc_id"], kind)
        for name, keep in GROUPS.items():
            scores[name].add([q for q in gold if keep(q)], [q for q in pred if keep(q)],
                             errors if name == "all" else None, doc["doc_id"], name)
    return scores


def report(scores: dict[str, Score]) -> str:
    head = (f"{'':<16} {'exact':^20}   {'overlap >= 0.5':^20}   {'speaker acc':<14}   gold pred\n"
            f"{'':<16} {'P':>6} {'R':>6} {'F1':>6}   {'P':>6} {'R':>6} {'F1':>6}")
    lines = [head]
    for name in KINDS:
        lines.append(scores[name].line(name))
    lines.append("")
    for name in GROUPS:
        lines.append(scores[name].line(name))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.evaluate quotes",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("file", help="gold JSONL (tests/data/quotes_gold.jsonl)")
    parser.add_argument("--split", default="dev", help="split to score: dev, test, dev2, dev3, blind, or all (default: %(default)s)")
    parser.add_argument("--exclude", action="append", default=[], metavar="DOC_ID",
                        help="leave a document out (repeatable)")
    parser.add_argument("--doc", action="append", default=[], metavar="DOC_ID",
                        help="only these documents (repeatable)")
    parser.add_argument("--errors", action="store_true", help="list misses, spurious rows, wrong speakers")
    parser.add_argument("--no-entities", action="store_true",
                        help="run the quote extractor without NER mentions/entities")
    args = parser.parse_args(argv)

    docs = [d for d in load(args.file, args.split) if d["doc_id"] not in set(args.exclude)]
    if args.doc:
        docs = [d for d in docs if d["doc_id"] in set(args.doc)]
    if not docs:
        print("no documents")
        return 1
    started = time.perf_counter()
    predictions = [predict(d, use_entities=not args.no_entities) for d in docs]
    elapsed = time.perf_counter() - started
    errors: list[str] | None = [] if args.errors else None
    scores = evaluate(docs, predictions, errors)
    print(f"quotes: {len(docs)} documents, split={args.split}"
          + (f", excluding {', '.join(args.exclude)}" if args.exclude else "")
          + (", without entities" if args.no_entities else "")
          + f" ({elapsed:.1f}s)")
    print(report(scores))
    if errors:
        print("\nerrors:")
        print("\n".join(errors))
    return 0
