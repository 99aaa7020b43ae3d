"""Charts, report tables and the PPTX deck, built from hand-annotated gold frames (no papermill)."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import pandas as pd
import pytest
from matplotlib.figure import Figure
from pptx import Presentation

from analysis import Article, charts, report, schema, slides

DATA = Path(__file__).parent / "data"
EVIL = "<script>alert(1)</script> <img src=x onerror=alert(1)>"


def _gold(name: str) -> dict:
    with open(DATA / f"{name}_gold.jsonl", encoding="utf-8") as handle:
        return json.loads(handle.readline())  # the seed article comes first


@pytest.fixture(scope="module")
def gold_article() -> Article:
    """The seed with the annotators' quotes and figures, and a few hand-made mentions."""
    quotes = _gold("quotes")
    numbers = _gold("numbers")
    text = quotes["text"]
    q = schema.conform("quotes", [dict(r, quote_id=i) for i, r in enumerate(quotes["quotes"])])
    n = schema.conform("numbers", [dict(r, number_id=i) for i, r in enumerate(numbers["numbers"])])
    names = [
        ("Zelenskyy", "PERSON", 0),
        ("Blinken", "PERSON", 1),
        ("Reuters", "ORG", 2),
        ("Ukraine", "GPE", 3),
    ]
    rows = []
    for surface, label, entity in names:
        start = -1
        while (start := text.find(surface, start + 1)) >= 0:
            rows.append(
                {
                    "start": start,
                    "end": start + len(surface),
                    "surface": surface,
                    "label": label,
                    "entity_id": entity,
                    "sentence_id": 0,
                }
            )
    rows.sort(key=lambda r: r["start"])
    mentions = schema.conform("mentions", [dict(r, mention_id=i) for i, r in enumerate(rows)])
    counts = mentions.groupby("entity_id").size()
    entities = schema.conform(
        "entities",
        [
            {
                "entity_id": e,
                "name": s,
                "label": lab,
                "mentions": int(counts[e]),
                "first_start": 0,
                "aliases": s,
            }
            for s, lab, e in names
        ],
    )
    return Article(
        text=text,
        doc_id="seed",
        sentences=schema.empty("sentences"),
        tokens=schema.empty("tokens"),
        quotes=q,
        numbers=n,
        mentions=mentions,
        entities=entities,
        title="Seed <b>gold</b>",
    )


@pytest.fixture(scope="module")
def empty_article() -> Article:
    frames = {
        name: schema.empty(name)
        for name in ("sentences", "tokens", "quotes", "numbers", "mentions", "entities")
    }
    return Article(text="Nothing here.", doc_id="empty", **frames)


def _bar_total(fig: Figure) -> float:
    return sum(patch.get_width() for patch in fig.axes[0].patches)


def _texts(fig: Figure) -> list[str]:
    return [t.get_text() for t in fig.texts] + [t.get_text() for ax in fig.axes for t in ax.texts]


def test_quotes_by_speaker_counts_every_gold_quote(gold_article):
    quotes = gold_article.quotes
    fig = charts.quotes_by_speaker(gold_article, top_n=50)
    assert isinstance(fig, Figure)
    assert _bar_total(fig) == len(quotes)  # stacked segments add up to all quotes
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert set(labels) == set(quotes["speaker"].dropna())
    # most quoted on top (barh draws the first label at the bottom)
    top = quotes["speaker"].value_counts()
    assert top[labels[-1]] == top.max()
    table = charts.quote_counts(gold_article, top_n=50)
    assert table.loc["Antony Blinken"].sum() == (quotes["speaker"] == "Antony Blinken").sum()
    assert (
        table.loc["Hanna Malyar", "direct"]
        == ((quotes["speaker"] == "Hanna Malyar") & (quotes["kind"] == "direct")).sum()
    )


def test_quotes_by_speaker_top_n_limits_bars(gold_article):
    fig = charts.quotes_by_speaker(gold_article, top_n=2)
    assert len(fig.axes[0].get_yticklabels()) == 2
    speakers = gold_article.quotes["speaker"].nunique()
    total = len(gold_article.quotes)
    assert (
        fig.chart_info["subtitle"]
        == f"Quotes per speaker, top 2 of {speakers} speakers; {total} quotes in all"
    )


def test_figures_by_kind_groups_by_kind_and_claimant(gold_article):
    numbers = gold_article.numbers
    table = charts.figure_counts(gold_article)
    assert table.to_numpy().sum() == len(numbers)
    assert table.loc["date"].sum() == (numbers["kind"] == "date").sum()
    assert next(iter(table.columns)) == "narrator"
    fig = charts.figures_by_kind(gold_article)
    assert _bar_total(fig) == len(numbers)
    legend = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert "narrator" in legend and "the ministry" in legend


def test_mentions_by_type_names_top_entities(gold_article):
    table = charts.mention_counts(gold_article).set_index("label")
    mentions = gold_article.mentions
    assert table.loc["PERSON", "mentions"] == (mentions["label"] == "PERSON").sum()
    assert table.loc["PERSON", "entities"] == 2
    fig = charts.mentions_by_type(gold_article)
    assert any("Zelenskyy (" in text for text in _texts(fig))
    assert "People" in [t.get_text() for t in fig.axes[0].get_yticklabels()]


def test_top_entities_and_quotes_over_time_for_a_corpus(gold_article):
    two = report.combine([gold_article, gold_article])
    assert two["quotes"]["doc_id"].eq("seed").all() and len(two["quotes"]) == 2 * len(
        gold_article.quotes
    )
    fig = charts.top_entities(two["entities"], top_n=3)
    assert len(fig.axes[0].patches) == 3
    assert (
        max(p.get_width() for p in fig.axes[0].patches)
        == 2 * gold_article.entities["mentions"].max()
    )
    docs = pd.DataFrame({"doc_id": ["seed"], "published": ["2022-09-13"]})
    fig = charts.quotes_over_time(two["quotes"], docs)
    assert sum(p.get_height() for p in fig.axes[0].patches) == len(two["quotes"])
    undated = charts.quotes_over_time(two["quotes"], docs.assign(published=None))
    assert any("no publication dates" in t for t in _texts(undated))


@pytest.mark.parametrize(
    "chart, message",
    [
        (charts.quotes_by_speaker, "No quotes found."),
        (charts.figures_by_kind, "No figures found."),
        (charts.mentions_by_type, "No named entities found."),
        (charts.top_entities, "No named entities found."),
    ],
)
def test_empty_frames_give_a_readable_figure(empty_article, chart, message):
    fig = chart(empty_article)
    assert message in _texts(fig)
    assert not fig.axes[0].patches


def test_source_line_and_title_block(gold_article):
    fig = charts.quotes_by_speaker(gold_article)
    texts = _texts(fig)
    assert texts[0] == "Who is quoted"
    assert any(t.startswith("Source: Seed <b>gold</b>") for t in texts)
    info = fig.chart_info
    assert 0 < info["crop_top"] < 0.3 and 0 < info["crop_bottom"] < 0.1


def _png_chunks(data: bytes) -> list[bytes]:
    chunks, pos = [], 8
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        chunks.append(data[pos + 4 : pos + 8])
        pos += 12 + length
    return chunks


def test_save_is_deterministic_and_slide_sized(gold_article, tmp_path):
    first = charts.save(charts.figures_by_kind(gold_article), tmp_path / "a", "chart")
    second = charts.save(charts.figures_by_kind(gold_article), tmp_path / "b", "chart")
    assert [p.suffix for p in first] == [".png", ".svg"]
    for a, b in zip(first, second):
        assert a.read_bytes() == b.read_bytes(), a.name
    png = first[0].read_bytes()
    width, height = struct.unpack(">II", png[16:24])
    assert (width, height) == (1920, 1080)  # 12 x 6.75 in at 160 dpi: 16:9, >= 150 dpi
    assert b"tIME" not in _png_chunks(png) and b"matplotlib" not in png
    svg = first[1].read_text()
    assert "<dc:date>" not in svg and 'width="864pt" height="486pt"' in svg


def test_save_rejects_unknown_format(gold_article, tmp_path):
    with pytest.raises(ValueError, match="unsupported chart format"):
        charts.save(charts.nothing_found("t", "m"), tmp_path, "x", formats=("gif",))


def test_tables_escape_html():
    frame = pd.DataFrame({"quote": [EVIL]})
    markup = report.show_table(frame)._repr_html_()
    assert "<script>alert" not in markup and "<img src=x" not in markup
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in markup
    assert "&lt;b&gt;" in report.heading("<b>x</b>")._repr_html_()
    art = Article(
        text=EVIL + "\nSecond paragraph.",
        doc_id="x",
        **{
            n: schema.empty(n)
            for n in ("sentences", "tokens", "quotes", "numbers", "mentions", "entities")
        },
    )
    text = report.article_text(art)._repr_html_()
    assert text.count("<p>") == 2 and "<script>" not in text
    assert "No quotes found." in report.show_table(pd.DataFrame(), "No quotes found.")._repr_html_()


def test_who_said_what_and_figures_tables(gold_article):
    table = report.who_said_what(gold_article)
    assert len(table) == len(gold_article.quotes)
    direct = table[table["kind"] == "direct"]["quote"]
    assert direct.str.startswith("“").all()
    assert "reported" in set(table["kind"])
    shortened = report.who_said_what(gold_article, width=20)
    assert shortened["quote"].str.len().max() <= 22
    numbers = gold_article.numbers.copy()
    sq_km = numbers.index[numbers["surface"].str.contains("square kilometers")][0]
    sq_mi = numbers.index[numbers["surface"].str.contains("square miles")][0]
    numbers.loc[sq_mi, "converted_from"] = int(numbers.loc[sq_km, "number_id"])
    numbers.loc[sq_mi, "conversion_ok"] = True
    figures = report.figures_table(numbers).set_index("#")
    assert figures.loc[int(numbers.loc[sq_mi, "number_id"]), "check"].startswith("✓ matches")
    assert figures.loc[int(numbers.loc[sq_km, "number_id"]), "check"] == ""
    assert report.figures_table(schema.empty("numbers")).empty


def test_headline_facts_counts(gold_article):
    facts = report.headline_facts(gold_article).set_index("fact")["value"]
    assert facts["quotes"].startswith(f"{len(gold_article.quotes)} from")
    assert facts["figures"] == str(len(gold_article.numbers))


def test_deck_has_title_chart_and_table_slides(gold_article, tmp_path):
    out = tmp_path / "report"
    report.publish_meta(out, title="Deck <title>", subtitle="sub", source="Source: test")
    report.publish(charts.quotes_by_speaker(gold_article), "quotes_by_speaker", out)
    report.publish(charts.figures_by_kind(gold_article), "figures_by_kind", out)
    rows = report.who_said_what(gold_article).head(3)
    rows.loc[0, "quote"] = EVIL
    rows.loc[1, "quote"] = "form\x0cfeed"  # XML cannot hold it; the deck drops it
    report.publish_table(rows, "who_said_what", out, title="Who said what")
    index = json.loads((out / "charts.json").read_text())
    assert [c["name"] for c in index] == ["quotes_by_speaker", "figures_by_kind"]
    assert (out / "charts" / "quotes_by_speaker.svg").exists()
    deck = Presentation(str(slides.build_deck(out, out / "slides.pptx")))
    assert abs(deck.slide_width / deck.slide_height - 16 / 9) < 0.01
    shapes = [list(slide.shapes) for slide in deck.slides]
    assert len(shapes) == 4  # title, two charts, one table
    assert shapes[0][0].text_frame.text == "Deck <title>"
    pictures = [s for slide in shapes for s in slide if s.shape_type == 13]
    assert len(pictures) == 2
    assert next(s.text_frame.text for s in shapes[1] if s.has_text_frame) == "Who is quoted"
    table = next(s for s in shapes[3] if s.has_table).table
    cells = [
        table.cell(r, c).text for r in range(len(table.rows)) for c in range(len(table.columns))
    ]
    assert EVIL in cells  # stored as text (python-pptx escapes it in the XML)
    assert "formfeed" in cells


def test_quotes_over_time_reads_mixed_date_formats_and_keeps_gaps(gold_article):
    other = Article(**{**gold_article.__dict__, "doc_id": "other"})
    frames = report.combine([gold_article, other])
    docs = pd.DataFrame(
        {"doc_id": ["seed", "other"], "published": ["2022-09-13", "2022-09-15T10:00:00Z"]}
    )
    fig = charts.quotes_over_time(frames["quotes"], docs)
    assert "from 2 dated articles, per day" in fig.chart_info["subtitle"]
    labels = [t.get_text() for t in fig.axes[0].get_xticklabels()]
    assert labels == ["2022-09-13", "2022-09-14", "2022-09-15"]  # the empty day is shown
    assert sum(p.get_height() for p in fig.axes[0].patches) == 2 * len(gold_article.quotes)


@pytest.mark.parametrize(
    "text",
    [
        None,  # the seed
        (
            "Officials said the <script>alert(1)</script> tag was harmless.\n"
            "“Nothing <img src=x onerror=alert(1)> happened,” the minister said on Tuesday."
        ),
        "No names, no numbers, nobody speaks.",
    ],
)
def test_every_chart_and_table_takes_real_pipeline_output(text):
    import analysis

    art = analysis.analyse() if text is None else analysis.analyse(text=text)
    for chart in (
        charts.quotes_by_speaker,
        charts.figures_by_kind,
        charts.mentions_by_type,
        charts.top_entities,
    ):
        fig = chart(art)
        assert isinstance(fig, Figure) and fig.chart_info["title"]
    for table in (
        report.headline_facts,
        report.who_said_what,
        report.figures_table,
        report.entities_table,
    ):
        frame = table(art)
        markup = report.show_table(frame)._repr_html_()
        assert "<script>alert" not in markup and "<img src=x" not in markup
    assert len(report.who_said_what(art)) == len(art.quotes)
    assert len(report.figures_table(art)) == len(art.numbers)


def test_dollar_amounts_are_text_not_maths(tmp_path):
    quotes = pd.DataFrame({"speaker": ["Fund of $5 and $6"], "kind": ["direct"]})
    fig = charts.quotes_by_speaker(quotes, source="Aid of $1bn and $2bn")
    charts.save(fig, tmp_path, "dollars", formats=("png",))  # draws every text
    texts = [*fig.texts, *fig.axes[0].get_yticklabels()]
    shown = {t._preprocess_math(t.get_text()) for t in texts}
    assert ("Source: Aid of $1bn and $2bn · analysis 0.1.0", False) in shown
    assert ("Fund of $5 and $6", False) in shown
    assert fig.chart_info["source"].startswith("Source: Aid of $1bn")  # slides get it unescaped
    assert "1 quote in all" in fig.chart_info["subtitle"]


def test_svg_charts_escape_names(tmp_path):
    quotes = pd.DataFrame({"speaker": ["<script>alert(1)</script>"], "kind": ["direct"]})
    svg = charts.save(
        charts.quotes_by_speaker(quotes, source=EVIL), tmp_path, "x", formats=("svg",)
    )[0]
    text = svg.read_text()
    assert "<script>alert" not in text and "<img src=x" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text  # text stays text (svg.fonttype none)
