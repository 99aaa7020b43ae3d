"""Integrity checks for the hand-annotated numbers gold set (tests/data/numbers_gold.jsonl).

The checks shared with the other annotated files are in ``gold_checks.py``.
"""

from __future__ import annotations

from pathlib import Path

import gold_checks as gc
import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLD = gc.DATA / "numbers_gold.jsonl"
SEED = ROOT / "seeds" / "000_21b230e0212b6aab.txt"


@pytest.fixture(scope="module")
def docs():
    return gc.load_jsonl(GOLD)


def test_document_fields_and_splits(docs):
    gc.assert_unique_ids(docs)
    for d in docs:
        gc.assert_doc(d, gc.FIGURE_DOC_KEYS, {"dev", "test"}, "numbers")
        assert d["published"] is None or gc.ISO_DATE.match(d["published"])
    dev = [d for d in docs if d["split"] == "dev"]
    test = [d for d in docs if d["split"] == "test"]
    assert "seed" in {d["doc_id"] for d in dev}
    assert len([d for d in dev if d["doc_id"] != "seed"]) >= 40
    assert len(test) >= 10


def test_offsets_and_surfaces(docs):
    for d, where, f in gc.figure_rows(docs):
        gc.assert_figure_span(d["text"], f, where)


def test_no_overlapping_spans(docs):
    for d in docs:
        gc.assert_no_overlaps([(f["start"], f["end"]) for f in d["numbers"]], d["doc_id"])


def test_kinds_bounds_and_values(docs):
    for _, where, f in gc.figure_rows(docs):
        gc.assert_figure_values(f, where)


def test_seed_required_figures(docs):
    seed = next(d for d in docs if d["doc_id"] == "seed")
    assert seed["text"] == SEED.read_text(encoding="utf-8")
    assert seed["published"] == "2022-09-13"
    by = {}
    for f in seed["numbers"]:
        by.setdefault(f["surface"], []).append(f)
    (money,) = by["$13.5 billion"]
    assert (money["kind"], money["value"], money["unit"], money["bound"]) == (
        "money",
        13.5e9,
        "USD",
        "gt",
    )
    assert [f["date"] for f in by["Feb. 24"]] == ["2022-02-24", "2022-02-24"]
    (vague,) = by["billions of dollars"]
    assert vague["value"] == 1e9 and vague["bound"] == "ge" and vague["approximate"]
    (fifth,) = by["a fifth"]
    assert fifth["kind"] == "fraction" and fifth["value"] == 0.2 and fifth["bound"] == "approx"
    for surface, unit in [
        ("6,000 square kilometers", "square kilometre"),
        ("2,316 square miles", "square mile"),
    ]:
        (q,) = by[surface]
        assert q["kind"] == "quantity" and q["unit"] == unit
        assert q["claimant"] == "Volodymyr Zelenskyy"
    (count,) = by["800"]
    assert (count["kind"], count["value"], count["bound"], count["counted"], count["claimant"]) == (
        "count",
        800.0,
        "gt",
        "people",
        "the ministry",
    )
    assert [f["date"] for f in by["Monday"]] == ["2022-09-12", "2022-09-12"]
    assert [f["date"] for f in by["Tuesday"]] == ["2022-09-13", "2022-09-13"]


def test_abc_texts_match_corpus(docs):
    """The stored texts are the corpus texts, and the sample is the documented one."""
    expected = gc.expected_gold(gc.abc_stories_or_skip())
    abc_docs = {d["doc_id"]: d for d in docs if d["doc_id"] != "seed"}
    assert set(abc_docs) == set(expected)
    for doc_id, (split, story) in expected.items():
        d = abc_docs[doc_id]
        assert d["split"] == split, doc_id
        assert d["text"] == story.text and d["title"] == story.title, doc_id
        assert d["published"] is None, doc_id
