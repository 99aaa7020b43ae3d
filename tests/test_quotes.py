"""Quote extraction: each construction of the spec on small texts, the offset invariant, the seed.

Most tests run :func:`analysis.quotes.extract` on tokenised text with the mentions/entities
frames they need built by hand (empty unless stated), so they don't depend on NER quality;
the seed tests run the whole pipeline.
"""

from __future__ import annotations

from itertools import pairwise

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import analysis
from analysis import quotes, schema, tokenise


def extract(text: str, mentions: list[tuple[str, str, int]] | None = None,
            entities: list[tuple[int, str, str]] | None = None) -> pd.DataFrame:
    """Quotes of ``text``; ``mentions`` are ``(surface, label, entity_id)`` found left to right."""
    sents = tokenise.sentences(text)
    toks = tokenise.tokens(text, sents)
    m_rows, pos = [], 0
    for surface, label, eid in mentions or []:
        start = text.index(surface, pos)
        pos = start + len(surface)
        m_rows.append({"mention_id": len(m_rows), "start": start, "end": pos, "surface": surface,
                       "label": label, "entity_id": eid, "sentence_id": 0})
    e_rows = [{"entity_id": eid, "name": name, "label": label, "mentions": 1, "first_start": 0,
               "aliases": name} for eid, name, label in entities or []]
    mention_frame = schema.conform("mentions", m_rows) if m_rows else schema.empty("mentions")
    entity_frame = schema.conform("entities", e_rows) if e_rows else schema.empty("entities")
    frame = quotes.extract(text, sents, toks, mention_frame, entity_frame)
    check_offsets(text, frame)
    return frame


def check_offsets(text: str, frame: pd.DataFrame) -> None:
    assert list(frame.columns[: len(schema.columns("quotes"))]) == schema.columns("quotes")
    for row in frame.itertuples():
        assert text[row.start:row.end] == row.quote
        if pd.notna(row.speaker_start):
            assert text[row.speaker_start:row.speaker_end] == row.speaker_surface
        if pd.notna(row.verb_start):
            assert text[row.verb_start:row.verb_end] == row.verb
        if pd.notna(row.fragment_start):
            assert row.start <= row.fragment_start < row.fragment_end <= row.end


def rows(frame: pd.DataFrame, *cols: str) -> list[tuple]:
    return [tuple(None if pd.isna(v) else v for v in r) for r in frame[list(cols)].itertuples(index=False)]


# --------------------------------------------------------------------------- direct


def test_direct_quote_with_attribution_after():
    text = "“We will rebuild the bridge,” Mayor Jane Smith said on Monday."
    q = extract(text)
    assert rows(q, "quote", "kind", "speaker", "speaker_surface", "speaker_title", "verb") == [
        ("We will rebuild the bridge,", "direct", "Jane Smith", "Jane Smith", "Mayor", "said")]
    assert text[q.speaker_start[0]:q.speaker_end[0]] == "Jane Smith"


def test_direct_quote_inverted_attribution_and_straight_marks():
    text = '"Prices will rise again," said Tom Jones.'
    q = extract(text)
    assert rows(q, "quote", "kind", "speaker", "verb") == [
        ("Prices will rise again,", "direct", "Tom Jones", "said")]


def test_direct_quote_introduced_before_with_addressee():
    text = "Police chief Mary Brown told reporters: “We are ready for anything.”"
    q = extract(text)
    assert rows(q, "quote", "kind", "speaker", "speaker_title", "verb", "addressee") == [
        ("We are ready for anything.", "direct", "Mary Brown", "Police chief", "told", "reporters")]


def test_multi_sentence_direct_quote_is_one_row():
    text = "“The river is low. The crops are failing,” farmer Bill Hayes said."
    q = extract(text)
    assert rows(q, "quote", "speaker") == [("The river is low. The crops are failing,", "Bill Hayes")]


def test_quote_split_by_its_attribution_shares_one_utterance():
    text = "Jane Smith spoke first. “We are ready,” she said, “and we will win.”"
    q = extract(text)
    assert rows(q, "quote", "kind", "speaker", "speaker_surface", "verb") == [
        ("We are ready,", "direct", "Jane Smith", "she", "said"),
        ("and we will win.", "direct", "Jane Smith", "she", "said"),
    ]
    assert q.utterance_id[0] == q.utterance_id[1]


def test_quote_continued_over_paragraphs():
    text = ("Grazier Tom Lee says the season is over.\n"
            "“We have had no rain since May.\n"
            "“The dams are dry,” he said.\n"
            "“Next year will be better.”")
    q = extract(text)
    direct = q[q.kind == "direct"]
    assert direct.quote.tolist() == ["We have had no rain since May.", "The dams are dry,",
                                     "Next year will be better."]
    # the first two pieces are one utterance; a quote opened after a closed one is new
    ids = direct.utterance_id.tolist()
    assert ids[0] == ids[1] != ids[2]
    assert set(direct.speaker) == {"Tom Lee"}
    # the piece without its own attribution gets the speaker by context, no surface
    assert rows(direct, "speaker_surface", "verb")[0] == (None, None)


def test_unclosed_last_paragraph_is_spanned_to_end_of_line():
    text = "“It was a good year,” grower Ann Webb said.\n“We sold everything.  \nThe end."
    q = extract(text)
    assert q.quote.tolist() == ["It was a good year,", "We sold everything."]
    assert q.speaker.tolist() == ["Ann Webb", "Ann Webb"]


def test_apostrophes_are_not_quotation_marks():
    text = ("It’s Ukraine’s war, and farmers’ land matters, don't forget. "
            "The '90s were rock 'n' roll years for Jones' band.")
    assert extract(text).empty


def test_single_quotes_nest_inside_double_quotes():
    text = "“He told me ‘no way’ and walked off,” Sam Brown said."
    q = extract(text)
    assert rows(q, "quote", "kind", "speaker") == [
        ("He told me ‘no way’ and walked off,", "direct", "Sam Brown")]


def test_top_level_single_quotes_are_a_quote():
    text = "'We have done our job,' Ann Webb said."
    assert rows(extract(text), "quote", "speaker") == [("We have done our job,", "Ann Webb")]


def test_transcript_label():
    text = 'Matt Smith: "What do you expect this year?"\nJo King: "More of the same."'
    q = extract(text)
    assert rows(q, "quote", "kind", "speaker", "speaker_surface", "verb") == [
        ("What do you expect this year?", "direct", "Matt Smith", "Matt Smith", None),
        ("More of the same.", "direct", "Jo King", "Jo King", None),
    ]


# --------------------------------------------------------------------------- mixed


def test_mixed_quote_marks_the_fragment():
    text = ("Secretary of State Antony Blinken told reporters Monday that Ukrainian forces had "
            "made “significant progress” in recent days but said it’s too early to make predictions.")
    q = extract(text)
    assert rows(q, "quote", "kind", "speaker", "speaker_title", "verb", "addressee") == [
        ("Ukrainian forces had made “significant progress” in recent days", "mixed",
         "Antony Blinken", "Secretary of State", "told", "reporters"),
        ("it’s too early to make predictions", "indirect", "Antony Blinken", "Secretary of State",
         "said", None),
    ]
    assert text[q.fragment_start[0]:q.fragment_end[0]] == "significant progress"


def test_mixed_quote_split_by_attribution():
    # "Bill" is a name of either gender: NER's person mention is what "he" can go to
    text = ("Bill Ross arrived late. Weapons need to be given to the army, he said, to "
            "“strengthen cooperation” in the east.")
    q = extract(text, mentions=[("Bill Ross", "PERSON", 0)], entities=[(0, "Bill Ross", "PERSON")])
    assert rows(q, "quote", "kind", "speaker", "speaker_surface") == [
        ("Weapons need to be given to the army", "mixed", "Bill Ross", "he"),
        ("to “strengthen cooperation” in the east", "mixed", "Bill Ross", "he"),
    ]
    assert q.utterance_id[0] == q.utterance_id[1]
    assert pd.isna(q.fragment_start[0]) and text[q.fragment_start[1]:q.fragment_end[1]] == (
        "strengthen cooperation")


# --------------------------------------------------------------------------- indirect


@pytest.mark.parametrize(
    "text, quote, speaker, verb",
    [
        ("Kyiv says it has retaken 6,000 square kilometres.",
         "it has retaken 6,000 square kilometres", "Kyiv", "says"),
        ("Ukraine’s government on Tuesday said it aims to take back all of its territories.",
         "it aims to take back all of its territories", "Ukraine’s government", "said"),
        ("The company said that profits would fall this year.",
         "profits would fall this year", "the company", "said"),
        ("Profits will fall this year, the company said.",
         "Profits will fall this year", "the company", "said"),
        ("Zelenskyy claimed Ukrainian forces took the city.",
         "Ukrainian forces took the city", "Zelenskyy", "claimed"),
        ("The ministry warned that supplies were running low.",
         "supplies were running low", "the ministry", "warned"),
        ("According to the weather bureau, rain will arrive on Friday.",
         "rain will arrive on Friday", "the weather bureau", "According to"),
        ("Rain will arrive on Friday, according to the weather bureau.",
         "Rain will arrive on Friday", "the weather bureau", "according to"),
        ("Farmer Jo Bell denies the dam is leaking.", "the dam is leaking", "Jo Bell", "denies"),
        ("According to official data released on Thursday, output fell 0.2%.",
         "output fell 0.2%", "official data", "According to"),
        ("A spokeswoman for the bank said it would set out its view.",
         "it would set out its view", "a spokeswoman for the bank", "said"),
        ("The allies sent weapons that Kyiv says have helped limit Moscow’s gains.",
         "have helped limit Moscow’s gains", "Kyiv", "says"),
    ],
)
def test_indirect_constructions(text, quote, speaker, verb):
    q = extract(text)
    assert rows(q, "quote", "kind", "speaker", "verb") == [(quote, "indirect", speaker, verb)]


@pytest.mark.parametrize(
    "text, quote, speaker, surface",
    [
        ("Cockies were seen on the farm of Richard Hobbs at Clear Lake, who says trees help.",
         "trees help", "Richard Hobbs", "who"),
        ("The plant was sold to Acme Corp, which says it will expand.",
         "it will expand", "Acme Corp", "which"),
        ("Neil Simpson who has planted wheat at Berriwillock says the crop is dying.",
         "the crop is dying", "Neil Simpson", "Neil Simpson"),
        ("Ross Greenaway from Murray Goulburn says water is part of the package.",
         "water is part of the package", "Ross Greenaway", "Ross Greenaway"),
        ("Farmers in the Wimmera grain growing region say their crops will fail.",
         "their crops will fail", "Farmers in the Wimmera grain growing region",
         "Farmers in the Wimmera grain growing region"),
    ],
)
def test_relative_clauses_and_affiliations(text, quote, speaker, surface):
    assert rows(extract(text), "quote", "speaker", "speaker_surface") == [(quote, speaker, surface)]


def test_according_to_a_criterion_is_not_a_source():
    assert extract("Workers grade the crocodiles according to size.").empty


def test_told_addressee_and_participial_saying():
    text = ("Fighting was still raging in the region, Deputy Defence Minister Hanna Malyar told "
            "Reuters on Tuesday, saying the forces were making good progress.")
    q = extract(text)
    assert rows(q, "quote", "speaker", "speaker_title", "verb", "addressee") == [
        ("Fighting was still raging in the region", "Hanna Malyar", "Deputy Defence Minister",
         "told", "Reuters"),
        ("the forces were making good progress", "Hanna Malyar", "Deputy Defence Minister",
         "saying", "Reuters"),
    ]
    assert q.utterance_id[0] != q.utterance_id[1]


def test_called_on_takes_the_infinitive_and_the_addressee():
    text = "President Ann Lee called on the West and Japan to provide more weapons."
    q = extract(text)
    assert rows(q, "quote", "speaker", "verb", "addressee") == [
        ("to provide more weapons", "Ann Lee", "called on", "the West and Japan")]


def test_appositions_around_the_name():
    text = ("The Prime Minister, John Howard, has pledged to review the scheme. "
            "“We have some strong relationships,” Mark Boyd, general manager of Tropical Pines said. "
            "A long-time critic of the plan, the Australian Beef Association, says the plan failed.")
    q = extract(text)
    assert rows(q, "quote", "speaker", "verb") == [
        ("to review the scheme", "John Howard", "pledged"),
        ("We have some strong relationships,", "Mark Boyd", "said"),
        ("the plan failed", "Australian Beef Association", "says"),
    ]


def test_warned_addressee_not_to():
    text = "The union has warned members not to sign the new contracts."
    assert rows(extract(text), "quote", "speaker", "verb", "addressee") == [
        ("not to sign the new contracts", "the union", "warned", "members")]


def test_institution_as_speaker_stays_as_written():
    text = "“Losses exceeded 800 people,” the ministry stated."
    assert rows(extract(text), "speaker", "speaker_surface", "verb") == [
        ("the ministry", "the ministry", "stated")]


def test_not_reported_speech():
    texts = [
        "Farmers were told the scheme would end.",  # passive: not the subject speaking
        "The company announced a $10 million project.",  # no content clause
        "Billy Hayes thinks there will be benefits.",  # thinking is not saying
        "Rain fell on Tuesday and the river rose.",
    ]
    for text in texts:
        assert extract(text).empty, text


# --------------------------------------------------------------------------- unattributed


def test_titles_and_scare_quotes_are_unattributed():
    text = "The film “The Long Dry” opened in Dubbo. Its so-called “drought dividend” never came."
    q = extract(text)
    assert rows(q, "quote", "kind", "speaker", "verb") == [
        ("The Long Dry", "unattributed", None, None),
        ("drought dividend", "unattributed", None, None),
    ]


# --------------------------------------------------------------------------- speakers


def test_surname_and_pronoun_resolve_to_the_full_name():
    text = ("Antony Blinken met Hanna Malyar in Kyiv. Blinken said the talks went well. "
            "“We agreed on a lot,” she said.")
    q = extract(text)
    assert rows(q, "speaker", "speaker_surface") == [
        ("Antony Blinken", "Blinken"), ("Hanna Malyar", "she")]


def test_pronoun_takes_the_nearest_person_of_matching_gender():
    text = "Jane Smith and Tom Brown met on Monday. He said the talks failed."
    assert rows(extract(text), "speaker") == [("Tom Brown",)]


def test_without_ner_a_role_before_a_name_marks_a_person():
    # "Barry" gives no gender; the role before the name still makes him a person "he" can be
    text = "Worker Barry Donnelly was at the terminal. “It will take 17 hours,” he said."
    assert rows(extract(text), "speaker", "speaker_surface") == [("Barry Donnelly", "he")]


def test_role_nominal_resolves_to_the_person_with_that_title():
    text = ("Agriculture Minister Peter Clark visited Dubbo. "
            "The minister said the drought package would be extended.")
    assert rows(extract(text), "speaker", "speaker_surface") == [("Peter Clark", "The minister")]


def test_named_institution_nominal_resolves_to_its_full_name():
    text = ("The Rural Mental Health Network was launched today. "
            "The network says farmers need more support.")
    assert rows(extract(text), "speaker", "speaker_surface") == [
        ("Rural Mental Health Network", "The network")]


def test_affiliations_and_roles_are_not_part_of_the_name():
    text = ("Tony Williams from Mt Barry Station near Oodnadatta says it was dry. "
            "Broken Hill real estate agent Jim Hickey says rents are rising. "
            "The group's chairman, Trade Minister Mark Vale, says talks will resume.")
    q = extract(text)
    assert rows(q, "speaker", "speaker_title") == [
        ("Tony Williams", None), ("Jim Hickey", "Broken Hill real estate agent"),
        ("Mark Vale", "Trade Minister")]


def test_speaker_entity_comes_from_the_mentions():
    text = "Secretary of State Antony Blinken arrived. “It is a good day,” Blinken said."
    q = extract(text,
                mentions=[("Antony Blinken", "PERSON", 3), ("Blinken", "PERSON", 3)],
                entities=[(3, "Antony Blinken", "PERSON")])
    assert rows(q, "speaker", "speaker_surface", "speaker_entity_id") == [
        ("Antony Blinken", "Blinken", 3)]


def test_sentence_and_paragraph_ids():
    text = "Nothing was said.\nJo King says rain is coming. “Soon,” she said."
    q = extract(text)
    assert rows(q, "sentence_id", "paragraph_id") == [(1, 1), (2, 1)]


def test_empty_text_gives_an_empty_frame_with_the_schema():
    q = extract("")
    assert q.empty and list(q.columns) == schema.columns("quotes")


# --------------------------------------------------------------------------- the seed


@pytest.fixture(scope="module")
def seed():
    return analysis.analyse()


SEED_QUOTES = [
    # (start of span, kind, speaker, verb, addressee)
    ("it aims to take back", "indirect", "Ukraine’s government", "said", None),
    ("Weapons systems need to be given", "mixed", "Volodymyr Zelenskyy", "said", None),
    ("Ukrainian forces took 6,000", "indirect", "Volodymyr Zelenskyy", "claimed", None),
    ("Fighting was still raging", "indirect", "Hanna Malyar", "told", "Reuters"),
    ("The aim is to liberate", "direct", "Hanna Malyar", "told", "Reuters"),
    ("Ukrainian forces had made “significant progress”", "mixed", "Antony Blinken", "told",
     "reporters"),
    ("The Russians maintain", "direct", "Antony Blinken", "said", None),
    ("As a result of the strikes", "direct", "the ministry", "stated", None),
    # the rest
    ("to again provide weapons systems", "indirect", "Volodymyr Zelenskyy", "called on",
     "the West and United States"),
    ("to “strengthen cooperation to defeat”", "mixed", "Volodymyr Zelenskyy", "said", None),
    ("have helped limit Moscow’s gains", "indirect", "Kyiv", "says", None),
    ("Ukraine’s forces were making good progress", "indirect", "Hanna Malyar", "saying", "Reuters"),
    ("it’s too early to make predictions", "indirect", "Antony Blinken", "said", None),
]


@pytest.mark.parametrize("begins, kind, speaker, verb, addressee", SEED_QUOTES)
def test_seed_quotes(seed, begins, kind, speaker, verb, addressee):
    q = seed.quotes
    found = q[q.quote.str.startswith(begins)]
    assert len(found) == 1, begins
    assert rows(found, "kind", "speaker", "verb", "addressee") == [(kind, speaker, verb, addressee)]


def test_seed_details(seed):
    q = seed.quotes
    check_offsets(seed.text, q)
    assert len(q) == len(SEED_QUOTES)
    blinken = q[q.quote.str.startswith("The Russians")].iloc[0]
    assert blinken.quote.endswith("as we’ve seen,") and "munitions. They continue" in blinken.quote
    assert blinken.speaker_surface == "Blinken"
    he = q[q.quote.str.startswith("Weapons systems")].iloc[0]
    assert he.speaker_surface == "he"
    to = q[q.quote.str.startswith("to “strengthen")].iloc[0]
    assert he.utterance_id == to.utterance_id
    assert seed.text[to.fragment_start:to.fragment_end] == "strengthen cooperation to defeat"
    malyar = q[q.quote.str.startswith("The aim")].iloc[0]
    assert (malyar.speaker_surface, malyar.speaker_title) == ("Hanna Malyar", "Deputy Defence Minister")


def test_seed_without_any_entities_still_resolves_speakers():
    # NER finding nothing must not cost the speakers the text itself names
    text = seed_text()
    q = extract(text)
    got = {r.quote[:20]: r.speaker for r in q.itertuples()}
    assert got["Weapons systems need"] == "Volodymyr Zelenskyy"
    assert got["The Russians maintai"] == "Antony Blinken"
    assert got["Ukrainian forces too"] == "Volodymyr Zelenskyy"


def seed_text() -> str:
    from analysis.paths import seed_path

    return seed_path().read_text(encoding="utf-8")


# --------------------------------------------------------------------------- robustness

PIECES = ["“", "”", "‘", "’", '"', "'", " said ", " says ", "Tom Lee", " he ", ", ", ". ", "\n",
          "it’s ", "the ministry ", "told Reuters ", "according to ", "prices rose", "90s",
          "Ms Webb", " that ", ":", "—", "(AP)", "rock 'n' roll"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_any_text_keeps_the_offset_invariant(parts):
    text = "".join(parts)
    q = extract(text)  # checks text[start:end] == quote and the other offsets
    assert set(q.kind) <= set(quotes.KINDS)
    assert q.quote_id.tolist() == list(range(len(q)))
    spans = sorted(zip(q.start, q.end))
    assert all(a[1] <= b[0] for a, b in pairwise(spans)), "quoted spans overlap"
