"""Titles, keys, alias tests, merging and canonical look-up in analysis.aliases."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import aliases, schema
from analysis.aliases import canonical, gender, is_alias, merge, name_key, split_title


@pytest.mark.parametrize(
    "surface, expected",
    [
        ("Secretary of State Antony Blinken", ("Secretary of State", "Antony Blinken", 19)),
        ("Deputy Defence Minister Hanna Malyar", ("Deputy Defence Minister", "Hanna Malyar", 24)),
        ("Ukrainian President Volodymyr Zelenskyy", ("President", "Volodymyr Zelenskyy", 20)),
        ("Mr Howard", ("Mr", "Howard", 3)),
        ("Dr. Jane Smith", ("Dr.", "Jane Smith", 4)),
        ("Prime Minister John Howard", ("Prime Minister", "John Howard", 15)),
        ("AWB managing director Andrew Lindberg", ("managing director", "Andrew Lindberg", 22)),
        ("former Prime Minister John Major", ("former Prime Minister", "John Major", 22)),
        ("President Charles de Gaulle", ("President", "Charles de Gaulle", 10)),
        ("Antony Blinken", (None, "Antony Blinken", 0)),
        ("Julie Bishop", (None, "Julie Bishop", 0)),  # a title word as surname
        ("Russian Federation", (None, "Russian Federation", 0)),
        ("the ministry", (None, "the ministry", 0)),
    ],
)
def test_split_title(surface, expected):
    title, name, offset = split_title(surface)
    assert (title, name, offset) == expected
    assert surface[offset:] == name


def test_parse_name_keeps_qualifier_apart():
    parts = aliases.parse_name("Ukrainian President Volodymyr Zelenskyy")
    assert (parts.qualifier, parts.title, parts.name) == ("Ukrainian", "President", "Volodymyr Zelenskyy")
    parts = aliases.parse_name("AWB managing director Andrew Lindberg")
    assert parts.qualifier == "AWB" and parts.qualifier_start == 0
    assert parts.title_start == 4


def test_bare_title_has_no_name():
    title, name, offset = split_title("the Prime Minister")
    assert title == "the Prime Minister" and name == "" and offset == len("the Prime Minister")


def test_name_key():
    assert name_key("Ukraine’s") == name_key("Ukraine") == "ukraine"
    assert name_key("The Epoch Times") == name_key("Epoch Times")
    assert name_key("U.S.") == "us"
    assert name_key("Kraków") == "krakow"
    assert name_key("Reuters'") == "reuters"


@pytest.mark.parametrize(
    "short, full, label",
    [
        ("Zelenskyy", "Volodymyr Zelenskyy", "PERSON"),
        ("Malyar", "Hanna Malyar", "PERSON"),
        ("Mr Blinken", "Antony Blinken", "PERSON"),
        ("Hanna", "Hanna Malyar", "PERSON"),
        ("von der Leyen", "Ursula von der Leyen", "PERSON"),
        ("Russian Federation", "Russia", "GPE"),
        ("U.S.", "United States", "GPE"),
        ("America", "US", "GPE"),
        ("Britain", "United Kingdom", "GPE"),
        ("UN", "United Nations", "ORG"),
        ("AWB", "Australian Wheat Board", "ORG"),
        ("Qantas", "Qantas Ltd", "ORG"),
        ("Russians", "Russian", "NORP"),
        ("Epoch Times", "The Epoch Times", "ORG"),
        ("John Kennedy", "John F. Kennedy", "PERSON"),
        ("Reserve Bank", "Reserve Bank of Australia", "ORG"),
    ],
)
def test_is_alias(short, full, label):
    assert is_alias(short, full, label)
    assert is_alias(short, full)  # without a label every rule applies


@pytest.mark.parametrize(
    "short, full, label",
    [
        ("Korea", "South Korea", "GPE"),  # not a surname rule for places
        ("Wales", "New South Wales", "GPE"),
        ("Smith", "Antony Blinken", "PERSON"),
        ("Russia", "Russian", None),
        ("Hanna Malyar", "Malyar", "PERSON"),  # the longer name is not an alias of the shorter
        ("us", "United States", "GPE"),  # the pronoun, lower case
    ],
)
def test_is_not_alias(short, full, label):
    assert not is_alias(short, full, label)


def test_merge_groups_by_alias_and_orders_by_appearance():
    rows = pd.DataFrame({
        "start": [0, 10, 40, 60, 80, 100, 120],
        "surface": ["Zelenskyy", "Ukraine", "Volodymyr Zelenskyy", "Russia", "Russian Federation",
                    "Blinken", "Antony Blinken"],
        "label": ["PERSON", "GPE", "PERSON", "GPE", "GPE", "PERSON", "PERSON"],
    })
    ids = merge(rows)["entity_id"].tolist()
    # the bare surname comes first in the text but still joins the full name
    assert ids == [0, 1, 0, 2, 2, 3, 3]


def test_merge_respects_labels():
    rows = pd.DataFrame({"start": [0, 20], "surface": ["Jordan", "Jordan"], "label": ["PERSON", "GPE"]})
    ids = merge(rows)["entity_id"].tolist()
    assert ids[0] != ids[1]


def test_merge_ambiguous_surname_goes_to_most_recent():
    rows = pd.DataFrame({
        "start": [0, 30, 60, 90],
        "surface": ["John Smith", "Jane Smith", "Smith", "Smith"],
        "label": ["PERSON"] * 4,
    })
    ids = merge(rows)["entity_id"].tolist()
    assert ids[:2] == [0, 1]
    assert ids[2] == 1 and ids[3] == 1  # Jane was the last Smith named


def test_entity_table_names_and_aliases():
    merged = merge(pd.DataFrame({
        "start": [0, 20, 40, 60],
        "surface": ["Russia", "Hanna Malyar", "Russian Federation", "Malyar"],
        "label": ["GPE", "PERSON", "GPE", "PERSON"],
    }))
    table = aliases.entity_table(merged)
    assert list(table.columns[: len(schema.columns("entities"))]) == schema.columns("entities")
    russia = table[table["name"] == "Russia"].iloc[0]
    assert russia["aliases"] == "Russia; Russian Federation" and russia["mentions"] == 2
    malyar = table[table["name"] == "Hanna Malyar"].iloc[0]
    assert malyar["label"] == "PERSON" and malyar["first_start"] == 20


def test_canonical():
    ents = pd.DataFrame({
        "entity_id": [0, 1, 2, 3],
        "name": ["Antony Blinken", "Russia", "John Smith", "Jane Smith"],
        "label": ["PERSON", "GPE", "PERSON", "PERSON"],
        "mentions": [2, 3, 1, 1],
        "aliases": ["Antony Blinken; Blinken", "Russia", "John Smith", "Jane Smith"],
    })
    assert canonical("Secretary of State Antony Blinken", ents) == 0
    assert canonical("Blinken’s", ents) == 0
    assert canonical("Russian Federation", ents) == 1  # curated alias, not in the text's aliases
    assert canonical("Russia", ents, label="PERSON") is None
    assert canonical("Smith", ents) is None  # ambiguous
    assert canonical("he", ents) is None
    assert canonical("Jane", ents) == 3


def test_gender_and_pronouns():
    assert gender("Hanna") == "female"
    assert gender("Antony") == "male"
    assert gender("Leslie") is None  # listed as both
    assert gender("Volodymyr") is None  # not listed
    assert aliases.PRONOUNS["she"] == "female" and aliases.PRONOUNS["they"] == "plural"


def test_lexicons_ship_inside_the_package():
    assert "Ukraine" in aliases.lexicon("countries.txt")
    assert aliases.known_place("Kyiv") == "GPE"
    assert aliases.known_place("the West") == "LOC"
    assert aliases.demonym_singular("Ukrainians") == "Ukrainian"


def test_shipped_lexicons_are_what_the_script_builds(tmp_path):
    import importlib.util
    from pathlib import Path

    from analysis.paths import PACKAGE_DIR

    try:
        from analysis.paths import nltk_data_dir

        if not (nltk_data_dir() / "corpora" / "gazetteers.zip").exists():
            pytest.skip("shared NLTK data not available")
    except FileNotFoundError:
        pytest.skip("shared NLTK data not available")
    script = Path(__file__).resolve().parents[1] / "scripts" / "build_lexicons.py"
    spec = importlib.util.spec_from_file_location("build_lexicons", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.build(tmp_path)
    built = sorted(p.name for p in tmp_path.iterdir())
    assert "countries.txt" in built and "first_names.tsv" in built
    for name in built:
        assert (tmp_path / name).read_bytes() == (PACKAGE_DIR / "lexicons" / name).read_bytes(), name


def test_merge_ids_finds_every_kind_of_alias():
    names = ["UN", "United Nations", "Russians", "Russian", "America", "U.S.", "Smith",
             "Jane Smith", "Reserve Bank", "Reserve Bank of Australia"]
    labels = ["ORG", "ORG", "NORP", "NORP", "GPE", "GPE", "PERSON", "PERSON", "ORG", "ORG"]
    ids = aliases.merge_ids(list(range(0, 100, 10)), names, labels)
    assert ids[0] == ids[1] and ids[2] == ids[3] and ids[4] == ids[5]
    assert ids[6] == ids[7] and ids[8] == ids[9]
    assert len(set(ids)) == 5


def test_nicknames_and_clipped_first_names_merge_with_the_full_name():
    from analysis import aliases

    assert aliases.is_alias("Matt O'Sullivan", "Matthew O'Sullivan")
    assert aliases.is_alias("Bill Clinton", "William Clinton")
    assert aliases.is_alias("Chris Smith", "Christopher Smith")
    # different people: a two-letter clip, or a different surname
    assert not aliases.is_alias("Jo Smith", "John Smith")
    assert not aliases.is_alias("Matt Jones", "Matthew O'Sullivan")
