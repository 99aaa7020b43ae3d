"""Sentences, paragraphs and tokens: exact splits on the seed, abbreviations, offsets."""

from __future__ import annotations

import pytest
from conftest import needs_shared

from analysis import corpora, tokenise

# Checked by hand against the seed: the first and last words of each of its 14 sentences.
SEED_SENTENCES = [
    (0, "Ukraine’s government on Tuesday", "in a rapid offensive."),
    (1, "In a video address late on Monday", "again provide weapons systems."),
    (1, "The United States, in particular", "to the country since Feb. 24."),
    (2, "Weapons systems need to be given", "Russian forces in the country."),
    (3, "Since Russia’s Feb. 24 invasion", "helped limit Moscow’s gains."),
    (3, "Russian forces control around a fifth", "on the offensive in both areas."),
    (4, "Also in the video, Zelenskyy claimed", "in the recent offensive."),
    (4, "The Epoch Times cannot", "independently verify the claims."),
    (5, "Fighting was still raging", "their operation is well planned."),
    (6, "“The aim is to liberate", "Hanna Malyar told Reuters."),
    (7, "Secretary of State Antony Blinken", "too early to make predictions."),
    (8, "“The Russians maintain", "equipment and arms and munitions."),
    (8, "They continue to use it", "as we’ve seen,” Blinken said."),
    (9, "“As a result of the strikes", "injured,” the ministry stated."),
]


def test_seed_sentence_split_is_exactly_right(seed_text):
    frame = tokenise.sentences(seed_text)
    assert len(frame) == len(SEED_SENTENCES)
    for row, (paragraph, first, last) in zip(frame.itertuples(), SEED_SENTENCES):
        assert row.paragraph_id == paragraph
        assert row.text.startswith(first), row.text
        assert row.text.endswith(last), row.text
        assert seed_text[row.start : row.end] == row.text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The war began on Feb. 24. It goes on.", ["The war began on Feb. 24.", "It goes on."]),
        ("The U.S. Army said so. Nobody else did.", ["The U.S. Army said so.", "Nobody else did."]),
        ("Mr. Smith met Dr. Jones. They talked.", ["Mr. Smith met Dr. Jones.", "They talked."]),
        ("The Dept. of Agriculture agreed. Good.", ["The Dept. of Agriculture agreed.", "Good."]),
        ("John F. Kennedy spoke at 3 p.m. on Monday.", ["John F. Kennedy spoke at 3 p.m. on Monday."]),
        ("Gov. Brown and Sen. Warren met. Talks failed.", ["Gov. Brown and Sen. Warren met.", "Talks failed."]),
        ("“We won,” he said. “Now we rest.”", ["“We won,” he said.", "“Now we rest.”"]),
    ],
)
def test_abbreviations_and_initials_do_not_end_sentences(text, expected):
    assert tokenise.sentences(text)["text"].tolist() == expected


def test_paragraphs_are_lines_and_sentences_never_cross_them():
    text = "First para. Still first.\n\nSecond para\nThird para."
    frame = tokenise.sentences(text)
    assert frame["paragraph_id"].tolist() == [0, 0, 1, 2]
    assert frame["text"].tolist() == ["First para.", "Still first.", "Second para", "Third para."]


def test_tokens_split_quotes_and_possessives_with_exact_offsets():
    text = "Ukraine’s army said “we’ll win” and 'soon', the U.S. said."
    frame = tokenise.tokens(text)
    words = frame["text"].tolist()
    assert words == [
        "Ukraine", "’s", "army", "said", "“", "we", "’ll", "win", "”", "and", "'", "soon", "'",
        ",", "the", "U.S.", "said", ".",
    ]
    for start, end, word in zip(frame["start"], frame["end"], frame["text"]):
        assert text[start:end] == word
    assert frame.loc[frame["text"] == "’s", "pos"].item() == "POS"
    assert frame.loc[frame["text"] == "“", "pos"].item() == "``"


def test_token_ids_and_sentence_ids_are_consistent(seed_text):
    sentence_frame = tokenise.sentences(seed_text)
    frame = tokenise.tokens(seed_text, sentence_frame)
    assert frame["token_id"].tolist() == list(range(len(frame)))
    for sid, group in frame.groupby("sentence_id"):
        sentence = sentence_frame.loc[sentence_frame["sentence_id"] == sid].iloc[0]
        assert group["start"].min() >= sentence["start"] and group["end"].max() <= sentence["end"]
    assert frame["pos"].notna().all()


def test_pos_tags_are_penn_treebank(seed_text):
    frame = tokenise.tokens(seed_text)
    tags = dict(zip(frame["text"], frame["pos"]))
    assert tags["Zelenskyy"] == "NNP"
    assert tags["said"] == "VBD"
    assert tags["weapons"] == "NNS"


@needs_shared
def test_abc_rural_round_trips_by_offsets():
    checked = 0
    for story in corpora.abc():
        text = story.text
        sentence_frame = tokenise.sentences(text)
        for start, end, surface in zip(sentence_frame["start"], sentence_frame["end"], sentence_frame["text"]):
            assert text[start:end] == surface
        token_frame = tokenise.tokens(text, sentence_frame, tag=False)
        for start, end, surface in zip(token_frame["start"], token_frame["end"], token_frame["text"]):
            assert text[start:end] == surface
        # tokens cover every non-space character of the text
        covered = sum(e - s for s, e in zip(token_frame["start"], token_frame["end"]))
        assert covered == sum(1 for ch in text if not ch.isspace()) - sum(
            len(w) - len(w.strip()) for w in token_frame["text"]
        )
        checked += 1
    assert checked == 2424
