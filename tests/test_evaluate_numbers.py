"""The numbers evaluation: scoring rules, the report, and a floor on the dev split."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from analysis.evaluate import numbers as ev
from analysis.evaluate.__main__ import main as evaluate_main

GOLD = Path(__file__).resolve().parent / "data" / "numbers_gold.jsonl"


def fig(start, end, surface, kind="count", value=1.0, **kw):
    row = {"start": start, "end": end, "surface": surface, "kind": kind, "value": value,
           "low": value, "high": value, "unit": None, "bound": "eq", "approximate": False,
           "counted": None, "date": None, "claimant": "narrator"}
    row.update(kw)
    return row


def test_value_ok_rules():
    assert ev.value_ok({"value": 100.0}, {"value": 100.4})
    assert not ev.value_ok({"value": 100.0}, {"value": 101.0})
    assert not ev.value_ok({"value": 100.0}, {"value": None})
    assert ev.value_ok({"value": None, "date": "2022-02-24"}, {"value": None, "date": "2022-02-24"})
    assert not ev.value_ok({"value": None, "date": "2022-02-24"}, {"value": None, "date": "2022-02-25"})
    assert ev.value_ok({"value": None, "date": None}, {"value": float("nan"), "date": None})
    assert not ev.value_ok({"value": None, "date": None}, {"value": 3.0, "date": None})


def test_score_counts_exact_overlap_and_attributes():
    doc = {"doc_id": "d", "numbers": [
        fig(0, 5, "$13.5", "money", 13.5, unit="USD"),
        fig(10, 13, "800", "count", 800.0),
        fig(20, 26, "Monday", "date", None, date="2022-09-12"),
    ]}
    pred = [
        fig(0, 5, "$13.5", "money", 13.5, unit="USD"),  # exact, all right
        fig(10, 14, "800 ", "number", 900.0),  # overlap 0.75: kind and value wrong
        fig(40, 42, "7", "number", 7.0),  # spurious
    ]
    result = ev.score([doc], [pred])
    assert (result["exact"].tp, result["exact"].predicted, result["exact"].gold) == (1, 3, 3)
    assert result["overlap"].tp == 2
    assert result["agree"]["value"] == [1, 2]
    assert result["agree"]["kind"] == [1, 2]
    assert result["exact_kind"]["money"].f1 == 1.0
    assert result["overlap_kind"]["count"].recall == 0.0
    kinds = [what for _, what, *_ in result["errors"]]
    assert sorted(kinds) == ["mismatch", "missed", "spurious"]


def test_main_on_a_small_file(tmp_path, capsys):
    text = "The firm paid $5 million for 300 sheep on Monday."
    gold = [
        fig(14, 24, "$5 million", "money", 5e6, unit="USD"),
        fig(29, 32, "300", "count", 300.0, counted="sheep"),
        fig(42, 48, "Monday", "date", None, date=None),
    ]
    for g in gold:
        assert text[g["start"]:g["end"]] == g["surface"]
    lines = [
        {"doc_id": "a", "split": "dev", "title": "", "text": text, "published": None, "numbers": gold},
        {"doc_id": "b", "split": "test", "title": "", "text": "Nothing.", "published": None, "numbers": []},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    assert evaluate_main(["numbers", str(path), "--split", "dev"]) == 0
    out = capsys.readouterr().out
    assert "1 documents, 3 gold figures, split=dev" in out
    assert re.search(r"span exact\s+P= 1\.000\s+R= 1\.000\s+F1= 1\.000", out)
    assert re.search(r"value accuracy\s+1\.000", out)
    assert "tokens/s" in out
    assert ev.main([str(path), "--split", "test"]) == 0
    assert "0 gold figures" in capsys.readouterr().out


@pytest.mark.skipif(not GOLD.exists(), reason="gold file missing")
def test_dev_split_floor(capsys):
    """Regression floor on the dev split (the test split is never scored in tests)."""
    docs = ev.read_gold(GOLD, "dev")
    assert docs and all(d["split"] == "dev" for d in docs)
    predictions = [ev.predict(doc)[0] for doc in docs]
    result = ev.score(docs, predictions)
    assert result["exact"].f1 >= 0.94
    ok, total = result["agree"]["value"]
    assert ok / total >= 0.95


def test_main_scores_external_predictions(tmp_path, capsys):
    text = "It cost $5 million."
    gold = [fig(8, 18, "$5 million", "money", 5e6, unit="USD")]
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text(json.dumps({"doc_id": "a", "split": "dev", "title": "", "text": text,
                                     "published": None, "numbers": gold}) + "\n", encoding="utf-8")
    pred_path = tmp_path / "pred.jsonl"
    # a peer that finds "5 million" (overlap 0.9) with the right value but calls it a number
    pred = [fig(9, 18, "5 million", "number", 5e6)]
    pred_path.write_text(json.dumps({"doc_id": "a", "numbers": pred}) + "\n", encoding="utf-8")
    assert ev.main([str(gold_path), "--predictions", str(pred_path)]) == 0
    out = capsys.readouterr().out
    assert re.search(r"span exact\s+P= 0\.000", out)
    assert re.search(r"span overlap>=0\.5\s+P= 1\.000", out)
    assert re.search(r"value accuracy\s+1\.000", out)
    assert re.search(r"kind accuracy\s+0\.000", out)
    assert "tokens/s" not in out


def test_several_files_are_scored_together_each_on_its_split(capsys):
    from analysis.evaluate import numbers as ev

    data = Path(__file__).parent / "data"
    assert ev.main([f"{data / 'numbers_gold.jsonl'}:test", f"{data / 'numbers_dev4.jsonl'}:test4"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    test = [d for d in ev.read_gold(str(data / "numbers_gold.jsonl"), "test")]
    test4 = [d for d in ev.read_gold(str(data / "numbers_dev4.jsonl"), "test4")]
    n = sum(len(d["numbers"]) for d in test + test4)
    assert first.startswith(f"numbers: {len(test) + len(test4)} documents, {n} gold figures, split=test,test4")
