"""The fast POS tagger gives exactly NLTK's PerceptronTagger output with the same weights."""

from __future__ import annotations

from conftest import needs_shared

from analysis import corpora, pos, tokenise


def test_matches_nltk_on_the_seed(seed_text):
    frame = tokenise.tokens(seed_text, tag=False)
    nltk_tagger = pos.tagger()
    for _, group in frame.groupby("sentence_id"):
        words = group["text"].tolist()
        assert pos.tag(words) == [t for _, t in nltk_tagger.tag(words)]


@needs_shared
def test_matches_nltk_on_abc_stories():
    nltk_tagger = pos.tagger()
    n = 0
    for story in list(corpora.abc())[:150]:
        for sentence in story.text.split("\n"):
            words = sentence.split()
            assert pos.tag(words) == [t for _, t in nltk_tagger.tag(words)], sentence
            n += len(words)
    assert n > 10_000


def test_empty_and_odd_input():
    assert pos.tag([]) == []
    assert len(pos.tag(["", "-", "1999", "co-op", "!!!"])) == 5
