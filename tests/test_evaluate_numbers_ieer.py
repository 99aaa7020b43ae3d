"""The numbers evaluation against IE-ER NUMEX/TIMEX: parsing, type mapping, scoring, report.

The snippets are written for these tests in the IE-ER markup (not copied from the corpus);
one test runs on the real ``ieer.zip`` when the shared data is present.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from analysis.evaluate import entities as ev_entities
from analysis.evaluate import numbers as ev
from analysis.evaluate.__main__ import main as evaluate_main


def ieer_zip() -> Path | None:
    try:
        from analysis.paths import nltk_data_dir

        path = nltk_data_dir() / "corpora" / "ieer.zip"
    except FileNotFoundError:
        return None
    return path if path.exists() else None


MARKED = ('\t   The <b_enamex type="ORGANIZATION">Fund<e_enamex> lent <b_numex type="MONEY">$20\n'
          'million<e_numex> on <b_timex type="DATE">Friday<e_timex> at <b_numex type="PERCENT">1.685 '
          'percent<e_numex>,\n\t   for <b_timex type="DURATION">two years<e_timex> to <b_numex '
          'type="CARDINAL" status="opt">three<e_numex> firms.')


def test_parse_numex_timex_offsets():
    text, spans = ev_entities.parse_ieer_text(MARKED, ("numex", "timex"))
    assert text == ("\t   The Fund lent $20 million on Friday at 1.685 percent,\n\t   for "
                    "two years to three firms.")
    assert [(text[s:e], t) for s, e, t in spans] == [
        ("$20 million", "MONEY"), ("Friday", "DATE"), ("1.685 percent", "PERCENT"),
        ("two years", "DURATION"), ("three", "CARDINAL")]
    # the default is still ENAMEX only, with the same text
    text2, enamex = ev_entities.parse_ieer_text(MARKED)
    assert text2 == text and [(text[s:e], t) for s, e, t in enamex] == [("Fund", "ORGANIZATION")]


def write_corpus(folder: Path) -> Path:
    folder.mkdir()
    docs = []
    for n, body in enumerate([
        'It cost <b_numex type="MONEY">$5 million<e_numex> on <b_timex type="DATE">Monday<e_timex>.',
        ('Sales rose <b_numex type="PERCENT">12 percent<e_numex> to <b_numex type="CARDINAL">300'
         '<e_numex> cars.'),
        ('A <b_numex type="MEASURE">19-year<e_numex>-old man waited <b_timex type="DURATION">'
         'three hours<e_timex>.'),
    ]):
        docs.append(f"<DOC>\n<DOCNO> APW1998010{n}.0001 </DOCNO>\n<DATE_TIME> 01/0{n + 1}/1998 "
                    f"10:00:00 </DATE_TIME>\n<BODY>\n<TEXT>\n\t   {body}\n</TEXT>\n</BODY>\n</DOC>\n")
    (folder / "APW_19980101").write_text("".join(docs), encoding="latin-1")
    return folder


def test_read_documents_and_splits(tmp_path):
    folder = write_corpus(tmp_path / "ieer")
    docs = ev.read_ieer_split(folder, "all")
    assert [d["doc_id"] for d in docs] == ["APW19980100.0001", "APW19980101.0001",
                                          "APW19980102.0001"]
    assert [d["published"] for d in docs] == ["1998-01-01", "1998-01-02", "1998-01-03"]
    assert [docs[0]["text"][s:e] for s, e, _ in docs[0]["gold"]] == ["$5 million", "Monday"]
    assert [d["doc_id"][-8:] for d in ev.read_ieer_split(folder, "even")] == ["100.0001", "102.0001"]
    assert [d["doc_id"][-8:] for d in ev.read_ieer_split(folder, "odd")] == ["101.0001"]
    assert ev.read_ieer_split(folder, "dev") == ev.read_ieer_split(folder, "even")
    # the entities evaluator reads the same folder as before (ENAMEX only, 3-tuples)
    assert ev_entities.read_ieer(folder)[1] == ("APW19980101.0001", docs[1]["text"], [])


def test_kind_to_type_mapping():
    text = "a 19-year-old man, 8 years old, for 20 years"
    kinds = {"money": "MONEY", "percent": "PERCENT", "quantity": "MEASURE", "count": "CARDINAL",
             "number": "CARDINAL", "fraction": "CARDINAL", "date": "DATE", "time": "TIME",
             "ordinal": None, "identifier": None}
    for kind, typ in kinds.items():
        assert ev.ieer_type({"kind": kind, "end": 0}, text) == typ
    assert ev.ieer_type({"kind": "duration", "end": 9}, text) == "MEASURE"  # 19-year[-old]
    assert ev.ieer_type({"kind": "duration", "end": 13}, text) == "MEASURE"  # [19-year-old]
    assert ev.ieer_type({"kind": "duration", "end": 26}, text) == "MEASURE"  # 8 years[ old]
    assert ev.ieer_type({"kind": "duration", "start": 36, "end": len(text)}, text) == "DURATION"
    assert ev.ieer_type({"kind": "duration", "start": 9, "end": 11}, "men aged 40 to 70") \
        == "MEASURE"


def fig(text, surface, kind, value=None, nth=0):
    start = [m.start() for m in re.finditer(re.escape(surface), text)][nth]
    return {"start": start, "end": start + len(surface), "surface": surface, "kind": kind,
            "value": value, "date": None}


def test_per_type_scoring_and_values():
    text, gold = ev_entities.parse_ieer_text(MARKED, ("numex", "timex"))
    doc = {"doc_id": "d", "text": text, "gold": gold}
    pred = [
        fig(text, "$20 million", "money", 2e7),  # MONEY exact, value right
        fig(text, "Friday", "date"),  # DATE exact
        fig(text, "1.685 percent", "percent", 1.7),  # PERCENT exact, value wrong
        fig(text, "two years to three", "duration"),  # DURATION overlap 9/18 = 0.5, not exact
        fig(text, "Fund", "identifier"),  # not scored
        fig(text, "lent", "count", 1.0),  # CARDINAL false positive
    ]
    result = ev.score_ieer([doc], [pred])
    ex, ov = result["exact"], result["overlap"]
    assert (ex["MONEY"].tp, ex["MONEY"].predicted, ex["MONEY"].gold) == (1, 1, 1)
    assert (ex["DURATION"].tp, ov["DURATION"].tp) == (0, 1)
    assert (ex["CARDINAL"].tp, ex["CARDINAL"].predicted, ex["CARDINAL"].gold) == (0, 1, 1)
    assert ex["MEASURE"].gold == 0 and ex["MEASURE"].predicted == 0
    numex_exact, _ = result["headlines"]["NUMEX typed"]
    assert (numex_exact.tp, numex_exact.predicted, numex_exact.gold) == (2, 3, 3)
    timex_exact, timex_overlap = result["headlines"]["TIMEX typed"]
    assert (timex_exact.tp, timex_overlap.tp, timex_exact.gold) == (1, 2, 2)
    assert result["values"]["MONEY"] == [1, 1, 0]
    assert result["values"]["PERCENT"] == [0, 1, 0]
    whats = sorted((e["type"], e["what"]) for e in result["errors"])
    assert whats == [("CARDINAL", "missed"), ("CARDINAL", "spurious"), ("DURATION", "boundary")]
    patterns = sorted(ev.error_pattern(e) for e in result["errors"])
    assert patterns[0] == "CARDINAL missed: [N] (predicted duration -> DURATION)"


def test_wrong_type_counts_for_span_only_headline():
    text, gold = ev_entities.parse_ieer_text(
        'A <b_numex type="MEASURE">three-judge<e_numex> panel', ("numex", "timex"))
    pred = [fig(text, "three-judge", "count", 3.0)]
    result = ev.score_ieer([{"doc_id": "d", "text": text, "gold": gold}], [pred])
    assert result["exact"]["MEASURE"].tp == 0 and result["exact"]["CARDINAL"].predicted == 1
    assert result["headlines"]["NUMEX any type"][0].tp == 1
    missed = next(e for e in result["errors"] if e["what"] == "missed")
    assert ev.error_pattern(missed) == "MEASURE missed: [N-judge] (predicted count -> CARDINAL)"


def test_values_read_from_surfaces():
    assert ev.ieer_value("$20 million") == 2e7
    assert ev.ieer_value("1.685 percent") == 1.685
    assert ev.ieer_value("53 per cent") == 53.0
    assert ev.ieer_value("RM2 billion") == 2e9
    assert ev.ieer_value("28 cents") == pytest.approx(0.28)
    assert ev.ieer_value("Twenty-eight percent") == 28.0
    assert ev.ieer_value("half-a million ringgit") == 5e5
    assert ev.ieer_value("several thousand dollars") is None
    assert ev.ieer_value("350 basis points") is None
    # the package states cents as cents (value 28, unit cent): compared in currency units
    text, gold = ev_entities.parse_ieer_text('up <b_numex type="MONEY">28 cents<e_numex>',
                                             ("numex", "timex"))
    pred = [{**fig(text, "28 cents", "money", 28.0), "unit": "cent"}]
    result = ev.score_ieer([{"doc_id": "d", "text": text, "gold": gold}], [pred])
    assert result["values"]["MONEY"] == [1, 1, 0]


@pytest.mark.parametrize("marked, name", [
    ('she is <b_numex type="CARDINAL">one<e_numex> of the best', "pronoun 'one of"),
    ('a <b_numex type="MEASURE">43-year<e_numex>-old man', "MEASURE age"),
    ('said Ann Lee, <b_numex type="MEASURE">47<e_numex>, a teacher', "MEASURE age"),
    ('a <b_numex type="MEASURE">three-judge<e_numex> panel', "number-noun modifier"),
    ('last <b_timex type="DURATION">year<e_timex>, sales fell', "TIMEX without a number"),
    ('in a <b_timex type="DURATION">month<e_timex> or so', "article outside"),
    ('last <b_timex type="DATE">fall<e_timex>, he left', "DATE season"),
    (('from <b_numex type="CARDINAL">five<e_numex> to <b_numex type="CARDINAL">10<e_numex> '
      'branches'), "range ends"),
    ('won <b_numex type="CARDINAL">6<e_numex>-<b_numex type="CARDINAL">3<e_numex>', "score"),
    ('fell <b_numex type="PERCENT">3 basis points<e_numex>', "basis"),
    ('on <b_timex type="DATE">Friday<e_timex> for <b_numex type="MONEY">$5<e_numex>', None),
])
def test_conventions(marked, name):
    text, gold = ev_entities.parse_ieer_text(marked, ("numex", "timex"))
    found = ev.ieer_convention(text, *gold[0], gold)
    assert (found is None) if name is None else (name in found), found


def test_main_on_a_small_folder(tmp_path, capsys):
    folder = write_corpus(tmp_path / "ieer")
    assert evaluate_main(["numbers", str(folder), "--split", "all"]) == 0
    out = capsys.readouterr().out
    assert "split=all: 3 documents, 4 NUMEX and 2 TIMEX gold spans" in out
    assert re.search(r"NUMEX typed exact\s+P=", out) and re.search(r"TIMEX typed overlap\s+P=", out)
    assert re.search(r"  MONEY exact\s+P=", out) and "value accuracy" in out
    assert "MEASURE age" in out  # the conventions block
    # errors are listed on the even split only
    assert ev.main([str(folder), "--split", "odd", "--show-errors", "3"]) == 2
    capsys.readouterr()
    assert ev.main([str(folder), "--show-errors", "3"]) == 0
    assert "most common error patterns" in capsys.readouterr().out
    assert ev.main([str(folder), "--split", "even", "--drop-conventions"]) == 0
    assert "following none of the listed conventions" in capsys.readouterr().out


def test_jsonl_files_still_take_the_jsonl_path(tmp_path):
    assert not ev._is_ieer([str(tmp_path / "gold.jsonl"), "--split", "dev"])
    assert ev._is_ieer(["--split", "all", "ieer.zip"])
    assert ev._is_ieer([str(tmp_path)])


@pytest.mark.skipif(ieer_zip() is None, reason="shared ieer.zip not found")
def test_real_corpus_even_split():
    docs = ev.read_ieer_split(ieer_zip(), "all")
    assert len(docs) == 94 and all(d["published"] for d in docs)
    types = [t for d in docs for *_, t in d["gold"]]
    assert sum(t in ev.IEER_NUMEX for t in types) == 844
    assert sum(t in ev.IEER_TIMEX for t in types) == 788
    for d in docs:
        assert all(0 <= s < e <= len(d["text"]) for s, e, _ in d["gold"])
        assert "<b_" not in d["text"] and "<e_" not in d["text"]
    even = ev.read_ieer_split(ieer_zip(), "even")
    assert [d["doc_id"] for d in even] == [d["doc_id"] for d in docs[::2]]
    result = ev.score_ieer(even, [ev.predict(d)[0] for d in even])
    # loose sanity floors (the figures are in docs/numbers-ieer.md)
    assert result["headlines"]["NUMEX typed"][1].f1 > 0.6
    assert result["headlines"]["TIMEX typed"][1].f1 > 0.75
