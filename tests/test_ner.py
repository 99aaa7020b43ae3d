"""The named-entity tagger: valid IOB2, spans, obvious entities, determinism, the evaluator."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest
from conftest import needs_shared

from analysis import ner
from analysis.evaluate import ner as ner_eval

SENTENCES = [
    ["Volodymyr", "Zelenskyy", "met", "Antony", "Blinken", "in", "Kyiv", "."],
    ["The", "European", "Union", "and", "Microsoft", "signed", "a", "deal", "in", "Brussels",
     "on", "Monday", "."],
    ["Germany", "beat", "France", "2-1", "in", "Berlin", "."],
    ["U.N.", "Secretary-General", "Kofi", "Annan", "flew", "to", "New", "York", "."],
    [],
    ["Hello"],
    ["SOCCER", "-", "MANCHESTER", "UNITED", "BEAT", "LIVERPOOL", "3-1", "."],
    ["he", "said", "that", "it", "was", "raining", ",", "but", "nobody", "cared", "."],
]


@pytest.fixture(scope="module")
def tagged() -> list[list[str]]:
    return ner.tag_conll(SENTENCES)


def test_one_valid_iob2_tag_per_token(tagged):
    assert len(tagged) == len(SENTENCES)
    for words, tags in zip(SENTENCES, tagged):
        assert len(tags) == len(words)
        assert ner.is_valid_iob2(tags), tags
    assert tagged[4] == []


@pytest.mark.parametrize(
    "words, expected",
    [
        ("Volodymyr Zelenskyy met Antony Blinken in Kyiv .",
         [(0, 2, "PER"), (3, 5, "PER"), (6, 7, "LOC")]),
        ("The European Union and Microsoft signed a deal in Brussels on Monday .",
         [(1, 3, "ORG"), (4, 5, "ORG"), (9, 10, "LOC")]),
        ("Germany beat France 2-1 in Berlin .", [(0, 1, "LOC"), (2, 3, "LOC"), (5, 6, "LOC")]),
        ("U.N. Secretary-General Kofi Annan flew to New York .",
         [(0, 1, "ORG"), (2, 4, "PER"), (6, 8, "LOC")]),
        ("he said that it was raining , but nobody cared .", []),
        ("Italian and Japanese officials met Chinese diplomats .",
         [(0, 1, "MISC"), (2, 3, "MISC"), (5, 6, "MISC")]),
    ],
)
def test_obvious_entities(words, expected):
    assert ner.spans(ner.tag(words.split())) == expected


def test_tag_accepts_precomputed_pos_and_checks_length():
    words = SENTENCES[0]
    from analysis.pos import tag as pos_tag

    assert ner.tag(words, pos_tag(words)) == ner.tag(words)
    with pytest.raises(ValueError):
        ner.tag(words, ["NNP"])


def test_batch_equals_single_sentence_tagging(tagged):
    # tag_conll decodes a padded batch; it must agree with the one-sentence Viterbi
    assert [ner.tag(s) for s in SENTENCES] == tagged


def test_deterministic(tagged):
    assert ner.tag_conll(SENTENCES) == tagged
    ner.model()._type_cache.clear()  # recompute cached word vectors: same answer
    assert ner.tag_conll(list(reversed(SENTENCES))) == list(reversed(tagged))


def test_odd_tokens_and_tuples():
    odd = ["", " ", "日本", "😀", "Ünïcödé", "x" * 500, "-DOCSTART-"]
    tags = ner.tag(odd)
    assert len(tags) == len(odd) and ner.is_valid_iob2(tags)
    assert ner.tag(("Paris", "is", "nice"), ("NNP", "VBZ", "JJ"))[0] == "B-LOC"


def test_spans():
    assert ner.spans([]) == []
    assert ner.spans(["O", "O"]) == []
    assert ner.spans(["B-PER", "I-PER", "B-PER", "O", "B-LOC", "I-LOC"]) == [
        (0, 2, "PER"), (2, 3, "PER"), (4, 6, "LOC")]
    # a stray I- starts an entity (conlleval's reading)
    assert ner.spans(["O", "I-ORG", "I-ORG", "I-LOC"]) == [(1, 3, "ORG"), (3, 4, "LOC")]
    assert ner.spans(["B-MISC"]) == [(0, 1, "MISC")]


def test_batched_viterbi_matches_single_and_is_valid_on_random_scores():
    rng = np.random.default_rng(0)
    m = ner.model()
    lengths = np.array([1, 3, 7, 12])
    emis = rng.normal(scale=5.0, size=(4, 12, ner.N_TAGS)).astype(np.float32)
    batch = ner.viterbi_batch(emis, lengths, m.trans, m.start)
    for r, n in enumerate(lengths):
        single = ner.viterbi(emis[r, :n], m.trans, m.start)
        assert list(batch[r, :n]) == single
        assert ner.is_valid_iob2([ner.TAGS[t] for t in single])


def test_model_files_small_and_not_pickled():
    files = list(ner.MODEL_DIR.iterdir())
    assert {p.name for p in files} >= {"weights.npz", "features.json.gz", "lexicon.json.gz",
                                        "clusters.json.gz"}
    assert sum(p.stat().st_size for p in files) <= 20 * 1024 * 1024
    with np.load(ner.MODEL_DIR / "weights.npz", allow_pickle=False) as npz:
        assert npz["weights"].shape[1] == ner.N_TAGS


def test_loads_from_package_files_without_nltk_data(tmp_path):
    code = (
        "import nltk; nltk.data.path[:] = []; "
        "from analysis import ner; "
        "print(' '.join(ner.tag('Angela Merkel visited Paris .'.split())))"
    )
    env = dict(os.environ, NLTK_DATA=str(tmp_path), ANALYSIS_SHARED=str(tmp_path / "none"),
               HOME=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=tmp_path, env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["B-PER", "I-PER", "O", "B-LOC", "O"]


# ------------------------------------------------------------------------ the evaluator

CONLL_SNIPPET = """\
-DOCSTART- -X- O O

EU NNP I-NP I-ORG
rejects VBZ I-VP O
German JJ I-NP I-MISC
call NN I-NP O
. . O O

Peter NNP I-NP I-PER
Blackburn NNP I-NP I-PER

Hansa NNP I-NP I-ORG
Rostock NNP I-NP I-ORG
v CC I-NP O
Bayern NNP I-NP I-ORG
Munich NNP I-NP I-ORG

the DT I-NP O
Netherlands NNPS I-NP I-LOC
Belgium NNP I-NP B-LOC
and CC O O
"""


def test_read_conll_and_iob1_spans(tmp_path):
    path = tmp_path / "mini.conll"
    path.write_text(CONLL_SNIPPET, encoding="utf-8")
    sents = ner_eval.read_conll(path)
    assert [w for w, _ in sents] == [
        ["EU", "rejects", "German", "call", "."], ["Peter", "Blackburn"],
        ["Hansa", "Rostock", "v", "Bayern", "Munich"], ["the", "Netherlands", "Belgium", "and"]]
    spans = [ner_eval.iob_to_spans(t) for _, t in sents]
    assert spans == [
        [(0, 1, "ORG"), (2, 3, "MISC")],
        [(0, 2, "PER")],
        [(0, 2, "ORG"), (3, 5, "ORG")],
        [(1, 2, "LOC"), (2, 3, "LOC")],  # B- separates two adjacent LOCs
    ]
    assert ner_eval.iob1_to_iob2(sents[3][1]) == ["O", "B-LOC", "B-LOC", "O"]
    assert len(ner_eval.read_conll(path, limit=2)) == 2


def test_scores_are_entity_level_exact_match(tmp_path):
    path = tmp_path / "mini.conll"
    path.write_text(CONLL_SNIPPET, encoding="utf-8")
    sents = ner_eval.read_conll(path)
    perfect = [ner_eval.iob1_to_iob2(t) for _, t in sents]
    scores, acc = ner_eval.evaluate(sents, perfect)
    assert scores["ALL"][:3] == (1.0, 1.0, 1.0) and acc == 1.0
    # merge the two LOCs into one entity: 1 wrong prediction, 2 gold missed
    wrong = [list(t) for t in perfect]
    wrong[3] = ["O", "B-LOC", "I-LOC", "O"]
    scores, _ = ner_eval.evaluate(sents, wrong)
    n_gold, n_pred, correct = scores["ALL"][3:]
    assert (n_gold, n_pred, correct) == (7, 6, 5)
    assert scores["LOC"][:3] == (0.0, 0.0, 0.0)


def test_evaluator_main_prints_scores(tmp_path, capsys):
    path = tmp_path / "mini.conll"
    path.write_text(CONLL_SNIPPET, encoding="utf-8")
    assert ner_eval.main([str(path), "--limit", "3"]) == 0
    out = capsys.readouterr().out
    assert "3 sentences, 12 tokens" in out
    assert "ALL" in out and "tokens/s" in out and "token accuracy" in out


@needs_shared
def test_dev_set_quality_on_a_sample():
    from analysis.paths import shared_dir

    sents = ner_eval.read_conll(shared_dir() / "conll2003" / "eng.testa", limit=400)
    scores, acc = ner_eval.evaluate(sents, ner.tag_conll([w for w, _ in sents]))
    assert scores["ALL"][2] > 0.88 and acc > 0.97
