"""Integrity checks for the further hand-annotated numbers sets: numbers_dev2.jsonl (ABC
dev2/dev3), numbers_dev4.jsonl (ABC dev4/test4), numbers_wsj.jsonl (Penn Treebank WSJ
sample) and numbers_constructions.jsonl (hand-written sentences). Each file is built by
its script in scripts/; these checks only test the data.
"""

from __future__ import annotations

import gold_checks as gc
import pytest

SETS = {
    "numbers_dev2.jsonl": {"dev2", "dev3"},
    "numbers_dev4.jsonl": {"dev4", "test4"},
    "numbers_wsj.jsonl": {"wsj-dev", "wsj-test"},
    "numbers_constructions.jsonl": {"con-dev", "con-test"},
    "numbers_wsj2.jsonl": {"wsj2-dev", "wsj2-test"},
    "numbers_constructions2.jsonl": {"c2-dev", "c2-test"},
    "numbers_constructions3.jsonl": {"c3-dev", "c3-test"},
    "numbers_ieer.jsonl": {"ieer-dev", "ieer-test"},
    "numbers_ieer2.jsonl": {"ieer2-dev", "ieer2-test"},
    "numbers_constructions4.jsonl": {"c4-dev", "c4-test"},
    "numbers_constructions5.jsonl": {"c5-dev", "c5-test"},
    "numbers_ieer3.jsonl": {"ieer3-dev", "ieer3-test"},
}


@pytest.fixture(scope="module", params=sorted(SETS))
def gold(request):
    return request.param, gc.load_jsonl(gc.DATA / request.param)


def test_documents_and_splits(gold):
    name, docs = gold
    gc.assert_unique_ids(docs)
    for d in docs:
        gc.assert_doc(d, gc.FIGURE_DOC_KEYS, SETS[name], "numbers")
        assert d["published"] is None or gc.ISO_DATE.match(d["published"])
    assert {d["split"] for d in docs} == SETS[name]  # every set keeps a held-out part


def test_spans_values_and_no_overlaps(gold):
    _, docs = gold
    for d, where, f in gc.figure_rows(docs):
        gc.assert_figure_span(d["text"], f, where)
        gc.assert_figure_values(f, where)
    for d in docs:
        gc.assert_no_overlaps([(f["start"], f["end"]) for f in d["numbers"]], d["doc_id"])


def test_no_story_is_annotated_twice():
    seen: dict[str, str] = {}
    for name in ["numbers_gold.jsonl", "numbers_blind.jsonl", *SETS]:
        for d in gc.load_jsonl(gc.DATA / name):
            if d["doc_id"] == "seed":
                continue
            assert d["doc_id"] not in seen, f"{d['doc_id']} in {name} and {seen.get(d['doc_id'])}"
            seen[d["doc_id"]] = name
