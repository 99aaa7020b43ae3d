"""Integrity checks for the hand-annotated quote gold set (tests/data/quotes_gold.jsonl).

Format and annotation guidelines: tests/data/README.md, section ``quotes_gold.jsonl``.
The checks shared with the other annotated files are in ``gold_checks.py``.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import gold_checks as gc
import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLD = gc.DATA / "quotes_gold.jsonl"
SEED = ROOT / "seeds" / "000_21b230e0212b6aab.txt"
SPLITS = {"dev", "test"}


@pytest.fixture(scope="module")
def docs():
    return gc.load_jsonl(GOLD)


def test_document_keys_and_splits(docs):
    for d in docs:
        gc.assert_doc(d, gc.QUOTE_DOC_KEYS, SPLITS, "quotes")
    gc.assert_unique_ids(docs)


def test_split_sizes(docs):
    by_split = Counter(d["split"] for d in docs if d["doc_id"] != "seed")
    assert by_split["dev"] >= 40
    assert by_split["test"] >= 10
    seed = [d for d in docs if d["doc_id"] == "seed"]
    assert len(seed) == 1 and seed[0]["split"] == "dev"


def test_seed_text_matches_file(docs):
    seed = next(d for d in docs if d["doc_id"] == "seed")
    assert seed["text"] == SEED.read_text(encoding="utf-8")


def test_story_texts_match_corpus(docs):
    expected = gc.expected_gold(gc.abc_stories_or_skip())
    for d in docs:
        if d["doc_id"] == "seed":
            continue
        split, story = expected[d["doc_id"]]
        assert d["text"] == story.text, d["doc_id"]
        assert d["title"] == story.title, d["doc_id"]
        assert d["split"] == split, d["doc_id"]


def test_quote_offsets(docs):
    for d, where, q in gc.quote_rows(docs):
        gc.assert_quote_span(d["text"], q, where)


def test_kinds(docs):
    for d, where, q in gc.quote_rows(docs):
        gc.assert_quote_kind(d["text"], q, where)


def test_mixed_quotes_contain_marks(docs):
    for d, where, q in gc.quote_rows(docs):
        gc.assert_fragment(q, where)
        if q["kind"] == "mixed":
            gc.assert_mixed_has_marks(d, q, where)


@pytest.mark.parametrize("name,start,end", gc.CUES)
def test_cue_offsets(docs, name, start, end):
    for d, where, q in gc.quote_rows(docs):
        gc.assert_cue(d["text"], q, name, start, end, where)


def test_speaker_fields(docs):
    for _, where, q in gc.quote_rows(docs):
        gc.assert_speaker_fields(q, where)


def test_utterances(docs):
    for d in docs:
        gc.assert_utterances(d)


def test_no_overlapping_spans(docs):
    for d in docs:
        gc.assert_no_overlaps([(q["start"], q["end"]) for q in d["quotes"]], d["doc_id"])


def test_seed_required_annotations(docs):
    seed = next(d for d in docs if d["doc_id"] == "seed")
    got = {(q["kind"], q["speaker"], q["verb"], q["addressee"]) for q in seed["quotes"]}
    required = {
        ("indirect", "Ukraine\u2019s government", "said", None),
        ("mixed", "Volodymyr Zelenskyy", "said", None),
        ("indirect", "Volodymyr Zelenskyy", "claimed", None),
        ("indirect", "Hanna Malyar", "told", "Reuters"),
        ("indirect", "Hanna Malyar", "saying", "Reuters"),
        ("direct", "Hanna Malyar", "told", "Reuters"),
        ("indirect", "Kyiv", "says", None),
        ("mixed", "Antony Blinken", "told", "reporters"),
        ("indirect", "Antony Blinken", "said", None),
        ("direct", "Antony Blinken", "said", None),
        ("direct", "the ministry", "stated", None),
    }
    assert required <= got, required - got
    frag = [
        q for q in seed["quotes"] if "\u201cstrengthen cooperation to defeat\u201d" in q["quote"]
    ]
    assert frag and frag[0]["kind"] == "mixed"
    blinken = [
        q for q in seed["quotes"] if q["kind"] == "direct" and q["speaker"] == "Antony Blinken"
    ]
    assert len(blinken) == 1 and blinken[0]["quote"].count(". ") >= 1  # two sentences, one span
