"""``python -m analysis.evaluate quotes``: the scoring and the command line."""

from __future__ import annotations

import json

import pytest

from analysis.evaluate import quotes as evaluate_quotes
from analysis.evaluate.__main__ import main as evaluate_main


def q(start, end, kind="direct", speaker="Ann Lee", verb="said", text=None):
    return {"start": start, "end": end, "kind": kind, "speaker": speaker, "verb": verb,
            "quote": text or "x" * (end - start)}


def doc(quotes, doc_id="d"):
    return {"doc_id": doc_id, "split": "dev", "quotes": quotes}


def test_exact_and_overlap_matching_differ():
    scores = evaluate_quotes.evaluate([doc([q(0, 10)])], [[q(0, 8)]])
    assert scores["direct"].exact.tp == 0
    assert scores["direct"].overlap.tp == 1  # 8/10 >= 0.5
    assert scores["direct"].overlap.f1 == 1.0


def test_kinds_must_agree_except_in_pooled_groups():
    scores = evaluate_quotes.evaluate([doc([q(0, 10, "direct")])], [[q(0, 10, "mixed")]])
    assert scores["direct"].overlap.recall == 0.0
    assert scores["mixed"].overlap.precision == 0.0
    assert scores["direct+mixed"].overlap.f1 == 1.0
    assert scores["all"].exact.f1 == 1.0


def test_speaker_accuracy_ignores_case_and_apostrophe_shape():
    gold = [q(0, 10, speaker="Ukraine\u2019s government"), q(20, 30, speaker="Bo Li")]
    pred = [q(0, 10, speaker="ukraine's Government"), q(20, 30, speaker="Li")]
    scores = evaluate_quotes.evaluate([doc(gold)], [pred])
    assert (scores["direct"].speaker_ok, scores["direct"].speaker_n) == (1, 2)


def test_speech_verb_group_includes_indirect_and_skips_other_cues():
    gold = [q(0, 10, "indirect", verb="says"), q(20, 30, "indirect", verb="urging")]
    pred = [q(0, 10, "indirect", verb="says"), q(20, 30, "indirect", verb="urging")]
    scores = evaluate_quotes.evaluate([doc(gold)], [pred])
    assert scores["speech-verb cue"].overlap.gold == 1
    assert scores["all"].overlap.gold == 2


def test_prediction_nested_in_a_gold_direct_quote_is_not_counted():
    gold = [q(0, 100, "direct")]
    pred = [q(0, 100, "direct"), q(40, 60, "indirect", verb="says")]
    scores = evaluate_quotes.evaluate([doc(gold)], [pred])
    assert scores["all"].overlap.predicted == 1
    assert scores["all"].overlap.precision == 1.0


def test_errors_list_misses_spurious_rows_and_wrong_speakers():
    gold = [q(0, 10, text="missed one"), q(20, 30, speaker="Bo Li", text="wrong who!")]
    pred = [q(20, 30, speaker="Al Wu"), q(50, 60, text="invented!!")]
    errors: list[str] = []
    evaluate_quotes.evaluate([doc(gold)], [pred], errors)
    joined = "\n".join(errors)
    assert "missed direct" in joined and "'missed one'" in joined
    assert "spurious direct" in joined
    assert "gold 'Bo Li' pred 'Al Wu'" in joined


@pytest.fixture()
def gold_file(tmp_path):
    text = "“We will rebuild the bridge,” Mayor Jane Smith said. Kyiv says it has retaken the city."
    a = text.index("it has")
    rows = [
        {"start": 1, "end": 28, "quote": text[1:28], "kind": "direct", "speaker": "Jane Smith",
         "verb": "said", "utterance_id": 0},
        {"start": a, "end": len(text) - 1, "quote": text[a:-1], "kind": "indirect",
         "speaker": "Kyiv", "verb": "says", "utterance_id": 1},
    ]
    assert rows[0]["quote"] == "We will rebuild the bridge," and rows[1]["quote"] == "it has retaken the city"
    docs = [{"doc_id": "a", "split": "dev", "title": "", "text": text, "quotes": rows},
            {"doc_id": "b", "split": "test", "title": "", "text": "Nothing here.", "quotes": []}]
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return path


def test_command_line_prints_the_table(gold_file, capsys):
    assert evaluate_main(["quotes", str(gold_file), "--split", "dev"]) == 0
    out = capsys.readouterr().out
    assert "1 documents, split=dev" in out
    lines = {line.split()[0]: line for line in out.splitlines() if line.strip()}
    assert "1.000  1.000  1.000" in lines["direct"]
    assert "(1/1)" in lines["direct"] and "(1/1)" in lines["indirect"]
    assert "(2/2)" in lines["all"]


def test_command_line_split_and_exclude(gold_file, capsys):
    assert evaluate_main(["quotes", str(gold_file), "--split", "all", "--exclude", "a"]) == 0
    out = capsys.readouterr().out
    assert "1 documents, split=all, excluding a" in out
    assert evaluate_main(["quotes", str(gold_file), "--split", "test", "--exclude", "b"]) == 1


def test_command_line_without_entities(gold_file, capsys):
    assert evaluate_main(["quotes", str(gold_file), "--no-entities"]) == 0
    out = capsys.readouterr().out
    assert "without entities" in out
    lines = {line.split()[0]: line for line in out.splitlines() if line.strip()}
    assert "(2/2)" in lines["all"]
