"""Integrity checks for the hand-annotated quote gold set (tests/data/quotes_gold.jsonl).

Format and annotation guidelines: tests/data/README.md, section ``quotes_gold.jsonl``.
"""

from __future__ import annotations

import itertools
import json
import random
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "quotes_gold.jsonl"
SEED = ROOT / "seeds" / "000_21b230e0212b6aab.txt"

KINDS = {"direct", "mixed", "indirect", "unattributed"}
SPLITS = {"dev", "test"}
DOC_KEYS = {"doc_id", "split", "title", "text", "quotes"}
QUOTE_KEYS = {
    "start",
    "end",
    "quote",
    "kind",
    "speaker",
    "speaker_surface",
    "speaker_start",
    "speaker_end",
    "verb",
    "verb_start",
    "verb_end",
    "addressee",
    "utterance_id",
}
OPTIONAL_KEYS = {"fragment_start", "fragment_end"}
OPEN_MARKS = "\u201c\u2018\"'"
MARKS = '\u201c\u201d\u2018\u2019"'


@pytest.fixture(scope="module")
def docs():
    lines = GOLD.read_text(encoding="utf-8").splitlines()
    assert lines, "gold file is empty"
    out = []
    for n, line in enumerate(lines, 1):
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError as exc:  # pragma: no cover - reported as failure
            pytest.fail(f"line {n} is not valid JSON: {exc}")
    return out


def rows(docs):
    for d in docs:
        for i, q in enumerate(d["quotes"]):
            yield d, f"{d['doc_id']}#{i}", q


def test_document_keys_and_splits(docs):
    for d in docs:
        assert set(d) == DOC_KEYS, d["doc_id"]
        assert d["split"] in SPLITS, d["doc_id"]
        assert isinstance(d["text"], str) and d["text"]
        assert isinstance(d["quotes"], list)
    ids = Counter(d["doc_id"] for d in docs)
    assert all(v == 1 for v in ids.values()), "duplicate doc_id"


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
    abc = pytest.importorskip("analysis.corpora").abc
    from analysis.errors import AnalysisError

    try:
        stories = list(abc())
    except AnalysisError as exc:  # corpus not installed here
        pytest.skip(f"ABC corpus unavailable: {exc}")
    idx = sorted(random.Random(2026).sample(range(len(stories)), 60))
    expected = {stories[i].doc_id: (n, stories[i]) for n, i in enumerate(idx[:50])}
    for d in docs:
        if d["doc_id"] == "seed":
            continue
        n, story = expected[d["doc_id"]]
        assert d["text"] == story.text, d["doc_id"]
        assert d["title"] == story.title, d["doc_id"]
        assert d["split"] == ("dev" if n < 40 else "test"), d["doc_id"]


def test_quote_offsets(docs):
    for d, where, q in rows(docs):
        assert QUOTE_KEYS <= set(q) <= QUOTE_KEYS | OPTIONAL_KEYS, where
        s, e = q["start"], q["end"]
        assert isinstance(s, int) and isinstance(e, int), where
        assert 0 <= s < e <= len(d["text"]), where
        assert d["text"][s:e] == q["quote"], where
        assert q["quote"] == q["quote"].strip(), where


def test_kinds(docs):
    for d, where, q in rows(docs):
        assert q["kind"] in KINDS, where
        if q["kind"] == "direct":
            assert q["start"] > 0 and d["text"][q["start"] - 1] in OPEN_MARKS, where
        if q["kind"] == "indirect":
            assert q["speaker"] and q["verb"], where
        if q["kind"] == "unattributed":
            assert q["speaker"] is None and q["verb"] is None, where


def test_mixed_quotes_contain_marks(docs):
    for d, where, q in rows(docs):
        if q["kind"] != "mixed":
            continue
        pieces = [o for o in d["quotes"] if o["utterance_id"] == q["utterance_id"]]
        assert any(any(c in o["quote"] for c in MARKS) for o in pieces), where
        if q.get("fragment_start") is not None:
            assert q["start"] <= q["fragment_start"] < q["fragment_end"] <= q["end"], where


@pytest.mark.parametrize(
    "name,start,end",
    [("speaker_surface", "speaker_start", "speaker_end"), ("verb", "verb_start", "verb_end")],
)
def test_cue_offsets(docs, name, start, end):
    for d, where, q in rows(docs):
        val, a, b = q[name], q[start], q[end]
        if val is None:
            assert a is None and b is None, where
            continue
        assert isinstance(a, int) and isinstance(b, int), where
        assert d["text"][a:b] == val, where
        assert b <= q["start"] or a >= q["end"], f"{where}: {name} inside the quote"


def test_speaker_fields(docs):
    for d, where, q in rows(docs):
        if q["speaker_surface"] is not None:
            assert q["speaker"], where
        if q["verb"] is not None and q["kind"] != "unattributed":
            assert q["speaker"], where


def test_utterances(docs):
    for d in docs:
        speakers: dict[int, set] = {}
        for q in d["quotes"]:
            assert isinstance(q["utterance_id"], int)
            speakers.setdefault(q["utterance_id"], set()).add(q["speaker"])
        assert all(len(v) == 1 for v in speakers.values()), d["doc_id"]


def test_no_overlapping_spans(docs):
    for d in docs:
        spans = sorted((q["start"], q["end"]) for q in d["quotes"])
        for (a1, b1), (a2, b2) in itertools.pairwise(spans):
            assert a2 >= b1, f"{d['doc_id']}: {a1}-{b1} overlaps {a2}-{b2}"


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
