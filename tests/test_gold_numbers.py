"""Integrity checks for the hand-annotated numbers gold set (tests/data/numbers_gold.jsonl)."""

from __future__ import annotations

import itertools
import json
import random
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "numbers_gold.jsonl"
SEED = ROOT / "seeds" / "000_21b230e0212b6aab.txt"

KINDS = {
    "money",
    "percent",
    "quantity",
    "count",
    "fraction",
    "date",
    "time",
    "duration",
    "ordinal",
    "number",
    "identifier",
}
BOUNDS = {"eq", "approx", "gt", "ge", "lt", "le"}
DOC_KEYS = {"doc_id", "split", "title", "text", "published", "numbers"}
FIG_KEYS = {
    "start",
    "end",
    "surface",
    "kind",
    "value",
    "low",
    "high",
    "unit",
    "bound",
    "approximate",
    "counted",
    "date",
    "claimant",
}
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


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


def figures(docs):
    for d in docs:
        for f in d["numbers"]:
            yield d, f


def test_document_fields_and_splits(docs):
    ids = [d["doc_id"] for d in docs]
    assert len(ids) == len(set(ids)), "duplicate doc_id"
    for d in docs:
        assert set(d) == DOC_KEYS, d["doc_id"]
        assert d["split"] in {"dev", "test"}
        assert isinstance(d["text"], str) and d["text"]
        assert d["published"] is None or ISO_DATE.match(d["published"])
        assert isinstance(d["numbers"], list)
    dev = [d for d in docs if d["split"] == "dev"]
    test = [d for d in docs if d["split"] == "test"]
    assert "seed" in {d["doc_id"] for d in dev}
    assert len([d for d in dev if d["doc_id"] != "seed"]) >= 40
    assert len(test) >= 10


def test_offsets_and_surfaces(docs):
    for d, f in figures(docs):
        assert set(f) == FIG_KEYS, (d["doc_id"], f)
        t = d["text"]
        assert isinstance(f["start"], int) and isinstance(f["end"], int)
        assert 0 <= f["start"] < f["end"] <= len(t), (d["doc_id"], f)
        assert t[f["start"] : f["end"]] == f["surface"], (d["doc_id"], f)
        assert f["surface"] == f["surface"].strip(), (d["doc_id"], f)


def test_no_overlapping_spans(docs):
    for d in docs:
        spans = sorted((f["start"], f["end"]) for f in d["numbers"])
        for (s1, e1), (s2, e2) in itertools.pairwise(spans):
            assert e1 <= s2, (d["doc_id"], (s1, e1), (s2, e2))


def test_kinds_bounds_and_values(docs):
    for d, f in figures(docs):
        where = (d["doc_id"], f["surface"])
        assert f["kind"] in KINDS, where
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
            assert f["unit"] and re.fullmatch(r"[A-Z]{3}", f["unit"]), where
        if f["kind"] in {"percent", "quantity", "duration"}:
            assert f["unit"] and f["unit"] == f["unit"].lower(), where
        if f["kind"] == "count":
            assert f["unit"] is None and f["counted"], where
        else:
            assert f["counted"] is None, where
        if f["kind"] == "identifier":
            assert v is None, where
        assert isinstance(f["claimant"], str) and f["claimant"], where


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
    from analysis.corpora import abc
    from analysis.errors import AnalysisError

    try:
        stories = list(abc())
    except AnalysisError as exc:  # corpus not installed here
        pytest.skip(str(exc))
    idx = sorted(random.Random(2026).sample(range(len(stories)), 60))
    expected = {
        stories[i].doc_id: ("dev" if n < 40 else "test", stories[i]) for n, i in enumerate(idx[:50])
    }
    abc_docs = {d["doc_id"]: d for d in docs if d["doc_id"] != "seed"}
    assert set(abc_docs) == set(expected)
    for doc_id, (split, story) in expected.items():
        d = abc_docs[doc_id]
        assert d["split"] == split, doc_id
        assert d["text"] == story.text and d["title"] == story.title, doc_id
        assert d["published"] is None, doc_id
