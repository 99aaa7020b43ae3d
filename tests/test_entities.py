"""Mentions and entities of articles: labels, possessives, titles, consistency, merges."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import analysis
from analysis import entities, schema


@pytest.fixture(scope="module")
def seed():
    return analysis.analyse()


def _entity(ents: pd.DataFrame, name: str) -> pd.Series:
    rows = ents[ents["name"] == name]
    assert len(rows) == 1, f"{name!r} not one entity: {ents[['name', 'label']].values.tolist()}"
    return rows.iloc[0]


def _check_frames(text: str, mentions: pd.DataFrame, ents: pd.DataFrame) -> None:
    assert list(mentions.columns[: len(schema.columns("mentions"))]) == schema.columns("mentions")
    assert list(ents.columns[: len(schema.columns("entities"))]) == schema.columns("entities")
    for start, end, surface in zip(mentions["start"], mentions["end"], mentions["surface"]):
        assert text[start:end] == surface
    assert set(mentions["entity_id"]) == set(ents["entity_id"])
    counts = mentions["entity_id"].value_counts()
    assert (ents.set_index("entity_id")["mentions"] == counts.reindex(ents["entity_id"]).values).all()


SEED_ENTITIES = {
    "Volodymyr Zelenskyy": "PERSON", "Hanna Malyar": "PERSON", "Antony Blinken": "PERSON",
    "Ukraine": "GPE", "United States": "GPE", "Washington": "GPE", "Kyiv": "GPE",
    "Moscow": "GPE", "Kharkiv": "GPE", "Russia": "GPE", "the West": "LOC",
    "Reuters": "ORG", "The Epoch Times": "ORG", "Russian": "NORP", "Ukrainian": "NORP",
}


def test_seed_entities_and_labels(seed):
    _check_frames(seed.text, seed.mentions, seed.entities)
    found = dict(zip(seed.entities["name"], seed.entities["label"]))
    for name, label in SEED_ENTITIES.items():
        assert found.get(name) == label, (name, found.get(name))
    # nothing spurious either
    assert set(found) == set(SEED_ENTITIES)


def test_seed_merges(seed):
    ents = seed.entities
    assert _entity(ents, "Volodymyr Zelenskyy")["aliases"] == "Volodymyr Zelenskyy; Zelenskyy"
    assert _entity(ents, "Hanna Malyar")["mentions"] == 2
    assert _entity(ents, "Antony Blinken")["aliases"] == "Antony Blinken; Blinken"
    assert _entity(ents, "Russia")["aliases"] == "Russia; Russian Federation"
    assert _entity(ents, "Russian")["aliases"] == "Russian; Russians"
    assert _entity(ents, "Hanna Malyar")["gender"] == "female"
    assert _entity(ents, "Antony Blinken")["gender"] == "male"


def test_seed_possessives_and_titles(seed):
    m = seed.mentions
    text = seed.text
    # "Ukraine’s government", "Russia’s Feb. 24 invasion", "Moscow’s gains": no possessive
    assert not m["surface"].str.contains("’s").any()
    assert text[0:7] == "Ukraine" and ((m["start"] == 0) & (m["end"] == 7)).any()
    blinken = m[m["surface"] == "Antony Blinken"].iloc[0]
    assert blinken["title"] == "Secretary of State"
    malyar = m[m["surface"] == "Hanna Malyar"]
    assert (malyar["title"] == "Deputy Defence Minister").all()
    assert m[m["surface"] == "Volodymyr Zelenskyy"].iloc[0]["title"] == "President"


def test_seed_bare_surname_is_a_person_mention(seed):
    m = seed.mentions
    zelenskyy = _entity(seed.entities, "Volodymyr Zelenskyy")["entity_id"]
    bare = m[m["surface"] == "Zelenskyy"]
    assert len(bare) == 1 and bare.iloc[0]["entity_id"] == zelenskyy
    assert bare.iloc[0]["label"] == "PERSON"


def test_title_stays_out_of_a_person_span_the_model_included_it_in():
    text = "Secretary of State Antony Blinken arrived. President Joe Biden stayed home."
    m, _e = entities.extract_text(text)
    assert "Antony Blinken" in m["surface"].tolist()
    assert "Joe Biden" in m["surface"].tolist()
    assert not m["surface"].str.contains("Secretary|President").any()


def test_document_consistency_finds_missed_repeats():
    # "Ngata" alone is hard for the model; once "Wiremu Ngata" is found it is a person
    text = ("Farm leader Wiremu Ngata said prices would fall. "
            "Ngata added that growers in Queensland were worried. Ngata left.")
    m, _e = entities.extract_text(text)
    person = m[m["label"] == "PERSON"]
    assert person["surface"].tolist() == ["Wiremu Ngata", "Ngata", "Ngata"]
    assert person["entity_id"].nunique() == 1
    assert m[m["surface"] == "Queensland"]["label"].tolist() == ["GPE"]


def test_one_label_per_name():
    text = "Kyiv said the attack failed. Officials in Kyiv disagreed. Kyiv will respond."
    m, _ = entities.extract_text(text)
    kyiv = m[m["surface"] == "Kyiv"]
    assert len(kyiv) == 3 and set(kyiv["label"]) == {"GPE"}


def test_curated_aliases_merge():
    text = ("The U.S. sent aid. America will send more, and the United States says Britain "
            "and the UK agree. Officials in Kiev thanked Kyiv's allies.")
    _m, e = entities.extract_text(text)
    us = _entity(e, "United States")
    assert us["mentions"] == 3 and us["label"] == "GPE"
    assert _entity(e, "United Kingdom")["mentions"] == 2
    assert _entity(e, "Kyiv")["mentions"] == 2


def test_labels_from_lexicons():
    text = ("Russians and Ukrainians met in Paris. Texas and the West watched, "
            "and Reuters reported it from Sydney.")
    m, _ = entities.extract_text(text)
    labels = dict(zip(m["surface"], m["label"]))
    assert labels["Russians"] == "NORP" and labels["Ukrainians"] == "NORP"
    assert labels["Paris"] == "GPE" and labels["Texas"] == "GPE" and labels["Sydney"] == "GPE"
    assert labels["the West"] == "LOC"
    assert labels["Reuters"] == "ORG"


def test_label_for_maps_model_types():
    assert entities.label_for("Kyiv", "ORG") == "GPE"
    assert entities.label_for("Murray River", "LOC") == "LOC"
    assert entities.label_for("Ukrainian", "MISC") == "NORP"
    assert entities.label_for("Hanna Malyar", "PER") == "PERSON"
    assert entities.label_for("Qantas", "ORG") == "ORG"


def test_empty_and_entity_free_text():
    m, e = entities.extract_text("")
    assert len(m) == 0 and len(e) == 0
    assert list(m.columns) == schema.columns("mentions")
    m, e = entities.extract_text("it rained all day and nobody came.")
    assert len(m) == 0 and len(e) == 0


def _quotes(rows):
    return schema.conform("quotes", rows)


def test_add_speaker_mentions_adds_pronouns_and_counts():
    text = "Antony Blinken arrived. He said it went well."
    m, e = entities.extract_text(text)
    eid = int(m[m["surface"] == "Antony Blinken"]["entity_id"].iloc[0])
    start = text.index("He")
    quotes = _quotes([
        {"quote_id": 0, "utterance_id": 0, "start": 32, "end": 44, "quote": text[32:44],
         "speaker_entity_id": eid, "speaker_start": start, "speaker_end": start + 2},
        # already a mention: must not be added twice
        {"quote_id": 1, "utterance_id": 1, "start": 0, "end": 5, "quote": text[0:5],
         "speaker_entity_id": eid, "speaker_start": 0, "speaker_end": 14},
        {"quote_id": 2, "utterance_id": 2, "start": 0, "end": 5, "quote": text[0:5]},
    ])
    m2, e2 = entities.add_speaker_mentions(text, m, e, quotes)
    _check_frames(text, m2, e2)
    assert len(m2) == len(m) + 1
    he = m2[m2["surface"] == "He"].iloc[0]
    assert he["kind"] == "pronoun" and he["entity_id"] == eid and he["label"] == "PERSON"
    assert he["sentence_id"] == 1
    assert _entity(e2, "Antony Blinken")["mentions"] == 2
    assert m2["mention_id"].tolist() == list(range(len(m2)))
    assert _entity(e2, "Antony Blinken")["aliases"] == "Antony Blinken"  # pronouns are not aliases


def test_add_speaker_mentions_without_quotes_is_identity():
    text = "Antony Blinken arrived."
    m, e = entities.extract_text(text)
    m2, e2 = entities.add_speaker_mentions(text, m, e, schema.empty("quotes"))
    assert m2.equals(m) and e2.equals(e)


def test_seed_pronoun_speaker(seed):
    # the quotes module resolves "he said" to Zelenskyy; it becomes a pronoun mention
    pronouns = seed.mentions[seed.mentions["kind"] == "pronoun"]
    if len(pronouns) == 0:
        pytest.skip("the quotes module resolved no pronoun speaker")
    zelenskyy = _entity(seed.entities, "Volodymyr Zelenskyy")
    assert "he" in pronouns[pronouns["entity_id"] == zelenskyy["entity_id"]]["surface"].tolist()
    assert zelenskyy["mentions"] == 3


_WORDS = ["Ukraine", "Kyiv", "’s", "the", "West", "said", "Antony", "Blinken", "Mr", "Dr.",
          "Russian", "Russians", "U.S.", "and", ",", ".", "“", "”", "-based", "Beijing",
          "President", "of", "State", "Secretary", "he", "Reuters", "\n", "Oh", "(", ")"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_WORDS), max_size=40), st.sampled_from([" ", "", "  "]))
def test_any_text_gives_valid_frames(words, gap):
    text = gap.join(words)
    m, e = entities.extract_text(text)
    _check_frames(text, m, e)
    assert set(m["label"]) <= {"PERSON", "ORG", "GPE", "LOC", "NORP", "MISC"}
    # only an organisation may end in 's ("Moody's"), never a place or person
    assert not m[m["label"] != "ORG"]["surface"].str.endswith(("’s", "'s")).any()
    assert m["start"].is_monotonic_increasing
    assert (m["end"].to_numpy()[:-1] <= m["start"].to_numpy()[1:]).all()  # no overlaps


def test_span_repairs_on_news_patterns():
    cases = {
        "A highway between the Northern Territory and Western Australia is closed.":
            [("Northern Territory", "GPE"), ("Western Australia", "GPE")],
        "Chairman of the Senate Economics Committee George Brandis says the inquiry starts.":
            [("Senate Economics Committee", "ORG"), ("George Brandis", "PERSON")],
        "The Western Australian Farmers Federation has surveyed growers.":
            [("Western Australian Farmers Federation", "ORG")],
        "Cyclone Larry hit the coast.": [("Cyclone Larry", "MISC")],
        "Growers in a Beijing-based venture said so.": [("Beijing", "GPE")],
        "He saw “Titanic” twice.": [("Titanic", "MISC")],
        "The Australian Competition and Consumer Commission (ACCC) will look.":
            [("Australian Competition and Consumer Commission", "ORG"), ("ACCC", "ORG")],
    }
    for text, expected in cases.items():
        m, _ = entities.extract_text(text)
        assert list(zip(m["surface"], m["label"])) == expected, text


def test_add_speaker_mentions_new_entity_for_unknown_id():
    text = "Prices rose, the ministry said."
    m, e = entities.extract_text(text)
    start = text.index("the ministry")
    quotes = _quotes([{"quote_id": 0, "utterance_id": 0, "start": 0, "end": 11,
                       "quote": text[0:11], "speaker": "the ministry", "speaker_entity_id": 7,
                       "speaker_start": start, "speaker_end": start + 12}])
    m2, e2 = entities.add_speaker_mentions(text, m, e, quotes)
    _check_frames(text, m2, e2)
    row = m2[m2["entity_id"] == 7].iloc[0]
    assert row["surface"] == "the ministry" and row["kind"] == "nominal"
    ministry = e2[e2["entity_id"] == 7].iloc[0]
    assert ministry["name"] == "the ministry" and ministry["mentions"] == 1
    assert ministry["first_start"] == start


def test_acronym_in_brackets_is_the_same_organisation():
    text = "Grain handler Co-operative Bulk Handling (CBH) made a profit. CBH says it is happy."
    _m, e = entities.extract_text(text)
    assert e["name"].tolist() == ["Co-operative Bulk Handling"]
    assert e["label"].tolist() == ["ORG"] and e["mentions"].tolist() == [3]


def test_ieer_evaluator_reads_markup_and_scores():
    from analysis.evaluate import entities as evaluate

    marked = ('<b_enamex type="PERSON">Antony Blinken<e_enamex> flew to\n'
              '<b_enamex type="LOCATION">Kyiv<e_enamex> on <b_timex type="DATE">Monday<e_timex>.')
    text, gold = evaluate.parse_ieer_text(marked)
    assert text == "Antony Blinken flew to Kyiv on Monday."
    assert gold == [(0, 14, "PERSON"), (23, 27, "LOCATION")]
    exact, loose, _, _ = evaluate.score([("d", text, gold)], evaluate.IEER_MAP)
    assert exact["ALL"].gold == 2 and exact["ALL"].tp == 2 and loose["ALL"].f1 == 1.0
