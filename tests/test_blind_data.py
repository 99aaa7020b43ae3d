"""Integrity checks for the BLIND hand-annotated sets (tests/data/quotes_blind.jsonl and
tests/data/numbers_blind.jsonl).

Format and guidelines: tests/data/README.md (sections ``quotes_gold.jsonl``,
``numbers_gold.jsonl`` and ``quotes_blind.jsonl and numbers_blind.jsonl``). The files are
built by ``scripts/annotate_blind_helper.py``. These checks only test the data; they never
run an extractor.
"""

from __future__ import annotations

import itertools
import json
import random
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
QUOTES = ROOT / "tests" / "data" / "quotes_blind.jsonl"
NUMBERS = ROOT / "tests" / "data" / "numbers_blind.jsonl"

Q_KINDS = {"direct", "mixed", "indirect", "unattributed"}
QUOTE_KEYS = {
    "start", "end", "quote", "kind", "speaker", "speaker_surface", "speaker_start",
    "speaker_end", "verb", "verb_start", "verb_end", "addressee", "utterance_id",
}
OPTIONAL_QUOTE_KEYS = {"fragment_start", "fragment_end"}
N_KINDS = {
    "money", "percent", "quantity", "count", "fraction", "date", "time", "duration",
    "ordinal", "number", "identifier",
}
FIG_KEYS = {
    "start", "end", "surface", "kind", "value", "low", "high", "unit", "bound",
    "approximate", "counted", "date", "claimant",
}
BOUNDS = {"eq", "approx", "gt", "ge", "lt", "le"}
OPEN_MARKS = "\u201c\u2018\"'"
MARKS = '\u201c\u201d\u2018\u2019"'
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _read(path):
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="module")
def qdocs():
    return _read(QUOTES)


@pytest.fixture(scope="module")
def ndocs():
    return _read(NUMBERS)


def expected_indices(n):
    s60 = sorted(random.Random(2026).sample(range(n), 60))
    taken = set(s60)
    extra = sorted(random.Random(4242).sample([i for i in range(n) if i not in taken], 15))
    return s60[50:60] + extra


# ----------------------------------------------------------------------------- documents


def test_documents(qdocs, ndocs):
    assert len(qdocs) == len(ndocs) == 25
    assert [d["doc_id"] for d in qdocs] == [d["doc_id"] for d in ndocs]
    assert len({d["doc_id"] for d in qdocs}) == 25
    for q, n in zip(qdocs, ndocs):
        assert set(q) == {"doc_id", "split", "title", "text", "quotes"}, q["doc_id"]
        assert set(n) == {"doc_id", "split", "title", "text", "published", "numbers"}, n["doc_id"]
        assert q["split"] == n["split"] == "blind"
        assert q["text"] == n["text"] and q["title"] == n["title"]
        assert n["published"] is None


def test_disjoint_from_gold(qdocs):
    gold = set()
    for name in ("quotes_gold.jsonl", "numbers_gold.jsonl"):
        path = ROOT / "tests" / "data" / name
        if path.exists():
            gold |= {d["doc_id"] for d in _read(path)}
    assert not gold & {d["doc_id"] for d in qdocs}


def test_story_texts_match_corpus(qdocs):
    abc = pytest.importorskip("analysis.corpora").abc
    from analysis.errors import AnalysisError

    try:
        stories = list(abc())
    except AnalysisError as exc:  # corpus not installed here
        pytest.skip(f"ABC corpus unavailable: {exc}")
    expected = [stories[i] for i in expected_indices(len(stories))]
    assert [d["doc_id"] for d in qdocs] == [s.doc_id for s in expected]
    for d, s in zip(qdocs, expected):
        assert d["text"] == s.text, d["doc_id"]
        assert d["title"] == s.title, d["doc_id"]


# ----------------------------------------------------------------------------- quotes


def test_quote_rows(qdocs):
    for d in qdocs:
        text = d["text"]
        spans, speakers = [], {}
        for i, q in enumerate(d["quotes"]):
            where = f"{d['doc_id']}#{i}"
            assert QUOTE_KEYS <= set(q) <= QUOTE_KEYS | OPTIONAL_QUOTE_KEYS, where
            s, e = q["start"], q["end"]
            assert isinstance(s, int) and isinstance(e, int), where
            assert 0 <= s < e <= len(text), where
            assert text[s:e] == q["quote"], where
            assert q["quote"] == q["quote"].strip(), where
            assert q["kind"] in Q_KINDS, where
            if q["kind"] == "direct":
                assert s > 0 and text[s - 1] in OPEN_MARKS, where
            if q["kind"] == "indirect":
                assert q["speaker"] and q["verb"], where
            if q["kind"] == "unattributed":
                assert q["speaker"] is None and q["verb"] is None, where
            if q["kind"] == "mixed":
                assert "fragment_start" in q and "fragment_end" in q, where
            else:
                assert not set(q) & OPTIONAL_QUOTE_KEYS, where
            for name, a, b in (
                ("speaker_surface", "speaker_start", "speaker_end"),
                ("verb", "verb_start", "verb_end"),
            ):
                if q[name] is None:
                    assert q[a] is None and q[b] is None, where
                else:
                    assert 0 <= q[a] < q[b] <= len(text), where
                    assert text[q[a] : q[b]] == q[name], where
                    assert q[b] <= s or q[a] >= e, f"{where}: {name} inside the span"
            if q["speaker_surface"] is not None:
                assert q["speaker"] is not None, where
            assert isinstance(q["utterance_id"], int), where
            speakers.setdefault(q["utterance_id"], set()).add(q["speaker"])
            spans.append((s, e, where))
        assert [q["start"] for q in d["quotes"]] == sorted(q["start"] for q in d["quotes"])
        for uid, sp in speakers.items():
            assert len(sp) == 1, f"{d['doc_id']}: utterance {uid} has speakers {sp}"
        for (a1, b1, w1), (a2, b2, w2) in itertools.pairwise(sorted(spans)):
            assert a2 >= b1, f"{w1} and {w2} overlap"


def test_mixed_rows_have_marks(qdocs):
    for d in qdocs:
        for q in d["quotes"]:
            if q["kind"] != "mixed":
                continue
            same = [o for o in d["quotes"] if o["utterance_id"] == q["utterance_id"]]
            assert any(c in o["quote"] for o in same for c in MARKS), d["doc_id"]


# ----------------------------------------------------------------------------- numbers


def test_number_rows(ndocs):
    for d in ndocs:
        text = d["text"]
        prev_end = -1
        starts = [f["start"] for f in d["numbers"]]
        assert starts == sorted(starts), d["doc_id"]
        for f in d["numbers"]:
            where = f"{d['doc_id']}:{f['start']}:{f['surface']!r}"
            assert set(f) == FIG_KEYS, where
            assert 0 <= f["start"] < f["end"] <= len(text), where
            assert text[f["start"] : f["end"]] == f["surface"], where
            assert f["surface"] == f["surface"].strip(), where
            assert f["start"] >= prev_end, f"{where} overlaps the previous figure"
            prev_end = f["end"]
            assert f["kind"] in N_KINDS, where
            assert f["bound"] in BOUNDS, where
            assert isinstance(f["approximate"], bool), where
            if f["bound"] == "approx":
                assert f["approximate"], where
            if f["date"] is not None:
                assert ISO.match(f["date"]), where
            if f["kind"] == "money":
                assert re.fullmatch(r"[A-Z]{3}", f["unit"] or ""), where
            if f["kind"] in {"percent", "quantity", "duration"}:
                assert f["unit"], where
            if f["kind"] == "percent":
                assert f["unit"] == "percent", where
            if f["kind"] in {"count", "fraction", "ordinal", "number", "date", "identifier"}:
                assert f["unit"] is None, where
            if f["kind"] == "count":
                assert f["counted"], where
            else:
                assert f["counted"] is None, where
            if f["kind"] == "identifier":
                assert f["value"] is None, where
            v, lo, hi = f["value"], f["low"], f["high"]
            if v is None:
                assert lo is None and hi is None, where
            else:
                assert lo is not None and hi is not None and lo <= v <= hi, where
            assert isinstance(f["claimant"], str) and f["claimant"], where


def test_counts_are_stable(qdocs, ndocs):
    """Guards against accidental edits; update with the README table when re-annotating."""
    assert sum(len(d["quotes"]) for d in qdocs) == 75
    assert sum(len(d["numbers"]) for d in ndocs) == 64
