"""Checks shared by the tests of the hand-annotated data files (test_gold_data.py,
test_gold_numbers.py, test_blind_data.py).

The vocabularies and sample definitions are restated here from tests/data/README.md on
purpose rather than imported from the scripts that build the files: the tests are the
independent statement of the format. Every helper asserts; none runs an extractor.
"""

from __future__ import annotations

import itertools
import json
import random
import re
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data"

# fmt: off
QUOTE_KINDS = {"direct", "mixed", "indirect", "unattributed"}
QUOTE_DOC_KEYS = {"doc_id", "split", "title", "text", "quotes"}
QUOTE_KEYS = {
    "start", "end", "quote", "kind", "speaker", "speaker_surface", "speaker_start",
    "speaker_end", "verb", "verb_start", "verb_end", "addressee", "utterance_id",
}
FRAGMENT_KEYS = {"fragment_start", "fragment_end"}
FIGURE_DOC_KEYS = {"doc_id", "split", "title", "text", "published", "numbers"}
FIGURE_KEYS = {
    "start", "end", "surface", "kind", "value", "low", "high", "unit", "bound",
    "approximate", "counted", "date", "claimant",
}
FIGURE_KINDS = {
    "money", "percent", "quantity", "count", "fraction", "date", "time", "duration",
    "ordinal", "number", "identifier",
}
# fmt: on
UNITLESS_KINDS = {"count", "fraction", "ordinal", "number", "date", "time", "identifier"}
MEASURE_KINDS = {"percent", "quantity", "duration"}
BOUNDS = {"eq", "approx", "gt", "ge", "lt", "le"}
OPEN_MARKS = "\u201c\u2018\"'"
MARKS = '\u201c\u201d\u2018\u2019"'
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


# ----------------------------------------------------------------------------- files


def load_jsonl(path):
    """The documents of a JSONL file; fails on an empty file or a line that is not JSON."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    assert lines, f"{Path(path).name} is empty"
    out = []
    for n, line in enumerate(lines, 1):
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError as exc:  # pragma: no cover - reported as failure
            pytest.fail(f"{Path(path).name} line {n} is not valid JSON: {exc}")
    return out


def assert_unique_ids(docs):
    ids = [d["doc_id"] for d in docs]
    assert len(ids) == len(set(ids)), "duplicate doc_id"


def assert_doc(d, keys, splits, rows):
    """A document has exactly ``keys``, a split in ``splits``, a text and a list ``rows``."""
    assert set(d) == keys, d["doc_id"]
    assert d["split"] in splits, d["doc_id"]
    assert isinstance(d["text"], str) and d["text"], d["doc_id"]
    assert isinstance(d[rows], list), d["doc_id"]


# ----------------------------------------------------------------------------- samples


def abc_stories_or_skip():
    """``list(analysis.corpora.abc())``, or skip the test where the corpus is not installed."""
    from analysis.corpora import abc
    from analysis.errors import AnalysisError

    try:
        return list(abc())
    except AnalysisError as exc:  # corpus not installed here
        pytest.skip(f"ABC corpus unavailable: {exc}")


def sample60(n):
    return sorted(random.Random(2026).sample(range(n), 60))


def expected_gold(stories):
    """``{doc_id: (split, story)}`` of the 50 gold stories: 40 dev, then 10 test."""
    idx = sample60(len(stories))[:50]
    return {stories[i].doc_id: ("dev" if n < 40 else "test", stories[i]) for n, i in enumerate(idx)}


def expected_blind(stories):
    """The 25 blind stories, in file order: the reserve of the 60, then 15 more."""
    s60 = sample60(len(stories))
    taken = set(s60)
    pool = [i for i in range(len(stories)) if i not in taken]
    return [stories[i] for i in s60[50:60] + sorted(random.Random(4242).sample(pool, 15))]


def assert_no_overlaps(spans, doc_id):
    """``spans``: ``(start, end)`` pairs of one document."""
    for (a1, b1), (a2, b2) in itertools.pairwise(sorted(spans)):
        assert a2 >= b1, f"{doc_id}: {a1}-{b1} overlaps {a2}-{b2}"


# ----------------------------------------------------------------------------- quotes


def quote_rows(docs):
    for d in docs:
        for i, q in enumerate(d["quotes"]):
            yield d, f"{d['doc_id']}#{i}", q


def assert_quote_span(text, q, where):
    assert QUOTE_KEYS <= set(q) <= QUOTE_KEYS | FRAGMENT_KEYS, where
    s, e = q["start"], q["end"]
    assert isinstance(s, int) and isinstance(e, int), where
    assert 0 <= s < e <= len(text), where
    assert text[s:e] == q["quote"], where
    assert q["quote"] == q["quote"].strip(), where


def assert_quote_kind(text, q, where):
    assert q["kind"] in QUOTE_KINDS, where
    if q["kind"] == "direct":
        assert q["start"] > 0 and text[q["start"] - 1] in OPEN_MARKS, where
    if q["kind"] == "indirect":
        assert q["speaker"] and q["verb"], where
    if q["kind"] == "unattributed":
        assert q["speaker"] is None and q["verb"] is None, where


CUES = [("speaker_surface", "speaker_start", "speaker_end"), ("verb", "verb_start", "verb_end")]


def assert_cue(text, q, name, start, end, where):
    """A speaker surface or verb: null with null offsets, or its text, outside the quote."""
    val, a, b = q[name], q[start], q[end]
    if val is None:
        assert a is None and b is None, where
        return
    assert isinstance(a, int) and isinstance(b, int), where
    assert 0 <= a < b <= len(text), where
    assert text[a:b] == val, where
    assert b <= q["start"] or a >= q["end"], f"{where}: {name} inside the quote"


def assert_speaker_fields(q, where):
    if q["speaker_surface"] is not None:
        assert q["speaker"], where
    if q["verb"] is not None and q["kind"] != "unattributed":
        assert q["speaker"], where


def assert_fragment(q, where):
    """Mixed rows, and only they, carry fragment offsets, inside the span when set."""
    if q["kind"] != "mixed":
        assert not set(q) & FRAGMENT_KEYS, where
        return
    assert FRAGMENT_KEYS <= set(q), where
    if q["fragment_start"] is not None:
        assert q["start"] <= q["fragment_start"] < q["fragment_end"] <= q["end"], where


def assert_mixed_has_marks(doc, q, where):
    """A mixed row, or another piece of its utterance, holds quotation marks."""
    pieces = [o for o in doc["quotes"] if o["utterance_id"] == q["utterance_id"]]
    assert any(c in o["quote"] for o in pieces for c in MARKS), where


def assert_utterances(doc):
    """Integer utterance ids, one speaker an utterance."""
    speakers: dict[int, set] = {}
    for q in doc["quotes"]:
        assert isinstance(q["utterance_id"], int), doc["doc_id"]
        speakers.setdefault(q["utterance_id"], set()).add(q["speaker"])
    for uid, sp in speakers.items():
        assert len(sp) == 1, f"{doc['doc_id']}: utterance {uid} has speakers {sp}"


# ----------------------------------------------------------------------------- figures


def figure_rows(docs):
    for d in docs:
        for f in d["numbers"]:
            yield d, f"{d['doc_id']}:{f['start']}:{f['surface']!r}", f


def assert_figure_span(text, f, where):
    assert set(f) == FIGURE_KEYS, where
    assert isinstance(f["start"], int) and isinstance(f["end"], int), where
    assert 0 <= f["start"] < f["end"] <= len(text), where
    assert text[f["start"] : f["end"]] == f["surface"], where
    assert f["surface"] == f["surface"].strip(), where


def assert_figure_values(f, where):
    """Kind, bound, value range, date, unit, counted noun and claimant of one figure."""
    assert f["kind"] in FIGURE_KINDS, where
    assert f["bound"] in BOUNDS, where
    assert isinstance(f["approximate"], bool), where
    if f["bound"] == "approx":
        assert f["approximate"], where
    v, lo, hi = f["value"], f["low"], f["high"]
    if v is None:
        assert lo is None and hi is None, where
    else:
        assert lo is not None and hi is not None and lo <= v <= hi, where
        if lo != hi:
            assert abs(v - (lo + hi) / 2) < 1e-9, where  # ranges: midpoint
    if f["date"] is not None:
        assert ISO_DATE.match(f["date"]), where
    if f["kind"] == "money":
        assert re.fullmatch(r"[A-Z]{3}|cent|penny", f["unit"] or ""), where
    if f["kind"] in MEASURE_KINDS:
        assert f["unit"] and f["unit"] == f["unit"].lower(), where
    if f["kind"] == "percent":
        assert f["unit"] in {"percent", "percentage point", "basis point"}, where
    if f["kind"] in UNITLESS_KINDS:
        assert f["unit"] is None, where
    if f["kind"] == "count":
        assert f["counted"], where
    else:
        assert f["counted"] is None, where
    if f["kind"] == "identifier":
        assert v is None, where
    assert isinstance(f["claimant"], str) and f["claimant"], where
