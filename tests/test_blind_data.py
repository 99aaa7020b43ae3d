"""Integrity checks for the BLIND hand-annotated sets (tests/data/quotes_blind.jsonl and
tests/data/numbers_blind.jsonl).

Format and guidelines: tests/data/README.md (sections ``quotes_gold.jsonl``,
``numbers_gold.jsonl`` and ``quotes_blind.jsonl and numbers_blind.jsonl``). The files are
built by ``scripts/annotate_blind_helper.py``. These checks only test the data; they never
run an extractor. The checks shared with the gold files are in ``gold_checks.py``.
"""

from __future__ import annotations

import gold_checks as gc
import pytest

QUOTES = gc.DATA / "quotes_blind.jsonl"
NUMBERS = gc.DATA / "numbers_blind.jsonl"


@pytest.fixture(scope="module")
def qdocs():
    return gc.load_jsonl(QUOTES)


@pytest.fixture(scope="module")
def ndocs():
    return gc.load_jsonl(NUMBERS)


# ----------------------------------------------------------------------------- documents


def test_documents(qdocs, ndocs):
    assert len(qdocs) == len(ndocs) == 25
    assert [d["doc_id"] for d in qdocs] == [d["doc_id"] for d in ndocs]
    gc.assert_unique_ids(qdocs)
    for q, n in zip(qdocs, ndocs):
        gc.assert_doc(q, gc.QUOTE_DOC_KEYS, {"blind"}, "quotes")
        gc.assert_doc(n, gc.FIGURE_DOC_KEYS, {"blind"}, "numbers")
        assert q["text"] == n["text"] and q["title"] == n["title"]
        assert n["published"] is None


def test_disjoint_from_gold(qdocs):
    gold = set()
    for name in ("quotes_gold.jsonl", "numbers_gold.jsonl"):
        path = gc.DATA / name
        if path.exists():
            gold |= {d["doc_id"] for d in gc.load_jsonl(path)}
    assert not gold & {d["doc_id"] for d in qdocs}


def test_story_texts_match_corpus(qdocs):
    expected = gc.expected_blind(gc.abc_stories_or_skip())
    assert [d["doc_id"] for d in qdocs] == [s.doc_id for s in expected]
    for d, s in zip(qdocs, expected):
        assert d["text"] == s.text, d["doc_id"]
        assert d["title"] == s.title, d["doc_id"]


# ----------------------------------------------------------------------------- quotes


def test_quote_rows(qdocs):
    for d, where, q in gc.quote_rows(qdocs):
        gc.assert_quote_span(d["text"], q, where)
        gc.assert_quote_kind(d["text"], q, where)
        gc.assert_fragment(q, where)
        for name, a, b in gc.CUES:
            gc.assert_cue(d["text"], q, name, a, b, where)
        gc.assert_speaker_fields(q, where)
    for d in qdocs:
        assert [q["start"] for q in d["quotes"]] == sorted(q["start"] for q in d["quotes"])
        gc.assert_utterances(d)
        gc.assert_no_overlaps([(q["start"], q["end"]) for q in d["quotes"]], d["doc_id"])


def test_mixed_rows_have_marks(qdocs):
    for d, where, q in gc.quote_rows(qdocs):
        if q["kind"] == "mixed":
            gc.assert_mixed_has_marks(d, q, where)


# ----------------------------------------------------------------------------- numbers


def test_number_rows(ndocs):
    for d in ndocs:
        starts = [f["start"] for f in d["numbers"]]
        assert starts == sorted(starts), d["doc_id"]
        gc.assert_no_overlaps([(f["start"], f["end"]) for f in d["numbers"]], d["doc_id"])
    for d, where, f in gc.figure_rows(ndocs):
        gc.assert_figure_span(d["text"], f, where)
        gc.assert_figure_values(f, where)


def test_counts_are_stable(qdocs, ndocs):
    """Guards against accidental edits; update with the README table when re-annotating."""
    assert sum(len(d["quotes"]) for d in qdocs) == 75
    assert sum(len(d["numbers"]) for d in ndocs) == 64
