"""Build and validate tests/data/numbers_gold.jsonl from hand-written annotations.

Every figure below was written by hand after reading the story.  This script does
no number extraction: it only locates each hand-marked span in the story text and
checks the result (the code for both is shared with the other annotation scripts in
``scripts/goldtools.py``).

Each annotation is ``F(ctx, kind, value, ...)`` where ``ctx`` is a verbatim piece of
the story with the figure's span in [square brackets]; the bracket-free context must
occur exactly once in the text (``nth`` picks an occurrence otherwise).

Run:  .venv/bin/python scripts/annotate_numbers_helper.py            (write + validate)
      .venv/bin/python scripts/annotate_numbers_helper.py --check    (validate only)
"""

from __future__ import annotations

import sys

import goldtools as gt
from goldtools import F, R

OUT = gt.DATA / "numbers_gold.jsonl"
SPLITS = {"dev", "test"}

N = "narrator"
THIRD = 0.333

# --------------------------------------------------------------------------- seed
SEED_ANN = [
    F("government on [Tuesday] said", "date", date="2022-09-13"),
    F("late on [Monday], Ukrainian", "date", date="2022-09-12"),
    F("already given over [$13.5 billion] in", "money", 13.5e9, "USD", "gt"),
    F("to the country since [Feb. 24].", "date", date="2022-02-24"),
    F("Since Russia’s [Feb. 24] invasion", "date", date="2022-02-24"),
    F("Ukraine with [billions of dollars] in weapons", "money", 1e9, "USD", "ge", approximate=True),
    F("control around [a fifth] of the country", "fraction", 0.2, bound="approx"),
    F(
        "took [6,000 square kilometers] (",
        "quantity",
        6000,
        "square kilometre",
        claimant="Volodymyr Zelenskyy",
    ),
    F("([2,316 square miles])", "quantity", 2316, "square mile", claimant="Volodymyr Zelenskyy"),
    F("told Reuters on [Tuesday], saying", "date", date="2022-09-13"),
    F("told reporters [Monday] that", "date", date="2022-09-12"),
    F(
        "exceeded [800] people killed",
        "count",
        800,
        bound="gt",
        counted="people",
        claimant="the ministry",
    ),
]

# --------------------------------------------------------------------------- ABC
JM, MO, BF = "James Martin", "Matt O'Sullivan", "Brian Fisher"
JR = "John Roach"

ABC_ANN = {
    "abc-rural-0010": [],
    "abc-rural-0047": [
        F("over the next [12 months]. It's", "duration", 12, "month", claimant=MO),
        F("grain harvest for [05-06] is", "date", claimant=JM),
        F("is the [second] highest on record", "ordinal", 2, claimant=JM),
        F("at a record [$134b]", "money", 134e9, "AUD", claimant=JM),
        F("tipped at [$29.6b] in", "money", 29.6e9, "AUD", claimant=JM),
        F("$29.6b in [06-07], so", "date", claimant=JM),
        F("that's up [6 per cent] on last year", "percent", 6, "percent", claimant=JM),
        F("fall by about [1.7 per cent]", "percent", 1.7, "percent", "approx", claimant="ABARE"),
        F("a rise in [05-06] of about", "date", claimant="ABARE"),
        F("05-06 of about [1.4 per cent]", "percent", 1.4, "percent", "approx", claimant="ABARE"),
        F("fall to around [$6b] in", "money", 6e9, "AUD", "approx", claimant=JM),
        F("$6b in [06-07]. That's", "date", claimant=JM),
        F("That's down [6 per cent].", "percent", 6, "percent", claimant=JM),
        F("continue at about [4 per cent], which", "percent", 4, "percent", "approx", claimant=JM),
        F("over the last [12 months] or so", "duration", 12, "month", "approx", claimant=JM),
        F("increase by about [one per cent]", "percent", 1, "percent", "approx", claimant=BF),
        F("the current [65 dollars a barrel] down", "money", 65, "USD", claimant=JM),
        F("down below [$40 a barrel] by", "money", 40, "USD", "lt", claimant=JM),
        F("$40 a barrel by [2010]. On", "date", 2010, date="2010", claimant=JM),
        F("around [US73c] for", "money", 73, "cent", "approx", claimant=JM),
        F("US73c for [06-07], continuing", "date", claimant=JM),
        F("continuing down though by [2010-11].", "date", claimant=JM),
        F("perhaps around [US65c] for", "money", 65, "cent", "approx", claimant=BF),
        F("something like [68c] by", "money", 68, "cent", "approx", claimant="Alan Oster"),
        F("down around [ten per cent]", "percent", 10, "percent", "approx", claimant=JM),
        F("even in [December] this year", "date", claimant=JM),
        F("the late [80s].", "date", claimant=JM),
        F("go from [5.2], 5.3", "number", 5.2, claimant=JM),
        F("5.2, [5.3] up to", "number", 5.3, claimant=JM),
        F("up to about [5.7], 5.8", "number", 5.7, bound="approx", claimant=JM),
        F("5.7, [5.8], and", "number", 5.8, bound="approx", claimant=JM),
        R("the next [five to 10 years].", "duration", 5, 10, unit="year", claimant=JR),
        F("itself into [three] areas", "count", 3, counted="areas", claimant=JR),
        F("The last [third] of the industry", "fraction", THIRD, claimant=JR),
        F("produces about [five per cent] of", "percent", 5, "percent", "approx", claimant=JR),
        F("releasing its [five year] plan", "duration", 5, "year", claimant="Sally Davison"),
        F(
            "energy efficiency by [20 per cent] in",
            "percent",
            20,
            "percent",
            claimant="Chinese Government",
        ),
        F("in the next [20 years], by", "duration", 20, "year", claimant="Chinese Government"),
        F("Government's [five-year] plan", "duration", 5, "year", claimant="Sally Davison"),
    ],
    "abc-rural-0101": [
        F("spend more than [$1 million] to", "money", 1e6, "AUD", "gt"),
        F("the last [1,000] red tailed", "count", 1000, counted="cockatoos"),
    ],
    "abc-rural-0312": [
        F("likely from [May to July] across", "date"),
    ],
    "abc-rural-0330": [
        F("announced a [$10 million] project", "money", 10e6, "AUD"),
        F("to use [1,000 megalitres] of", "quantity", 1000, "megalitre"),
    ],
    "abc-rural-0367": [
        F("In the [1950s], about", "date"),
        F("about [one third] of the sheep", "fraction", THIRD, bound="approx"),
    ],
    "abc-rural-0371": [
        F("supply [500 gigalitres] of", "quantity", 500, "gigalitre"),
    ],
    "abc-rural-0401": [
        F("outlining [23] ways", "count", 23, counted="ways"),
        F("a partnership of [19] stakeholders", "count", 19, counted="stakeholders"),
        F("suicide are [double] that of", "fraction", 2, claimant="Rural Mental Health Network"),
    ],
    "abc-rural-0420": [
        F("investing almost [a million dollars] to", "money", 1e6, "AUD", "approx"),
        F("[Fifty] restraint boxes", "count", 50, counted="boxes"),
        F("humanely within [two years].", "duration", 2, "year", "le"),
    ],
    "abc-rural-0453": [],
    "abc-rural-0476": [],
    "abc-rural-0487": [
        F("currently provide [100 per cent] tax", "percent", 100, "percent"),
        F("for the past [12 months].", "duration", 12, "month"),
        F("rat from [47] to 45 per cent", "percent", 47, "percent", claimant="Judy Clark"),
        F("from 47 to [45 per cent], both", "percent", 45, "percent", claimant="Judy Clark"),
    ],
    "abc-rural-0577": [
        F("in southern Queensland in [July] last year", "date"),
    ],
    "abc-rural-0861": [
        F("has finalised [two] deals", "count", 2, counted="deals"),
        F("worth [1 million tonnes], after", "quantity", 1e6, "tonne"),
        F("The [first] shipment", "ordinal", 1),
        F("The [second] deal", "ordinal", 2),
    ],
    "abc-rural-0914": [
        F("within the next [four years].", "duration", 4, "year", "le", claimant="David Brownhill"),
        F("today after [six years] in", "duration", 6, "year"),
        F(
            "I believe in [two years]' time the light",
            "duration",
            2,
            "year",
            claimant="David Brownhill",
        ),
        F(
            "the tunnel in [two years]' time, but",
            "duration",
            2,
            "year",
            claimant="David Brownhill",
        ),
        F("but in [four years]' time", "duration", 4, "year", claimant="David Brownhill"),
    ],
    "abc-rural-0982": [
        F("jumped [12 per cent] during", "percent", 12, "percent"),
        F("[Seven hundred and thirty eight million litres] were", "quantity", 738e6, "litre"),
    ],
    "abc-rural-1030": [
        F(
            "falls of up to [40 millimetres] in",
            "quantity",
            40,
            "millimetre",
            "le",
            claimant="the weather bureau",
        ),
        F("got less than [20].", "quantity", 20, "millimetre", "lt"),
        F(
            "we only had [nine millimetres] -",
            "quantity",
            9,
            "millimetre",
            claimant="Tony Williams",
        ),
        F("It's been [eight months] since", "duration", 8, "month", claimant="Tony Williams"),
        F(
            "Around [30 millimetres] would",
            "quantity",
            30,
            "millimetre",
            "approx",
            claimant="Tony Williams",
        ),
        F("he planted [eight weeks] ago", "duration", 8, "week"),
        R(
            "only about [20 or 30 per cent] has",
            "percent",
            20,
            30,
            unit="percent",
            bound="approx",
            claimant="Dean Munro",
        ),
        F("in the past [24 hours].", "duration", 24, "hour"),
        R("received [between 10 and 20 millimetres], with", "quantity", 10, 20, unit="millimetre"),
        F("with [54 millimetres] recorded", "quantity", 54, "millimetre"),
    ],
    "abc-rural-1059": [
        F("at the [G8] summit", "identifier"),
    ],
    "abc-rural-1176": [
        F("A major deal to [double] Australian", "fraction", 2),
        F("The [$1.6 million] deal", "money", 1.6e6, "AUD"),
        F("sales to [4 million kilograms a year] was", "quantity", 4e6, "kilogram per year"),
        F("announced [two weeks] ago", "duration", 2, "week"),
    ],
    "abc-rural-1178": [
        F("widely used toxin [1080] is", "identifier", claimant="Tony English"),
        F("short term - [1080] at the moment", "identifier", claimant="Tony English"),
        F("phase out [1080],", "identifier", claimant="Tony English"),
        F("with the [1080] to make", "identifier", claimant="Tony English"),
    ],
    "abc-rural-1196": [],
    "abc-rural-1265": [
        F("fuel at [three cents per litre] less", "money", 3, "cent"),
        F(
            "therefore a [three cents a litre] discount",
            "money",
            3,
            "cent",
            claimant="Frank Topham",
        ),
    ],
    "abc-rural-1287": [
        F("The [first] shipment of sugar", "ordinal", 1),
        F("sugar from [two] Queensland mills", "count", 2, counted="mills"),
        F("watch the [24,000 tonnes] of sugar", "quantity", 24000, "tonne"),
        F(
            "take about [17 hours] to load",
            "duration",
            17,
            "hour",
            "approx",
            claimant="Barry Donnelly",
        ),
        F("there are [five] holds", "count", 5, counted="holds", claimant="Barry Donnelly"),
    ],
    "abc-rural-1308": [
        F("an ongoing [2 per cent] levy", "percent", 2, "percent"),
    ],
    "abc-rural-1394": [
        # "2,5000" is malformed in the source; value read digit-wise as 25000.
        F("move [2,5000] head of cattle", "count", 25000, counted="cattle"),
    ],
    "abc-rural-1424": [
        F("yields by up to [50 per cent], has", "percent", 50, "percent", "le"),
    ],
    "abc-rural-1460": [
        F("It is the [first] day of spring", "ordinal", 1),
    ],
    "abc-rural-1489": [],
    "abc-rural-1510": [
        F("for more than [five years], and", "duration", 5, "year", "gt"),
        F(
            "It's a further [million dollar] investment",
            "money",
            1e6,
            "AUD",
            claimant="Phil Mansell",
        ),
    ],
    "abc-rural-1541": [
        F("lift a [two-and-a-half year] export ban", "duration", 2.5, "year"),
        F(
            "fall by up to [20 per cent].",
            "percent",
            20,
            "percent",
            "le",
            claimant="Meat and Livestock Australia",
        ),
        F("Korea had over [a year]'s worth", "duration", 1, "year", "gt", claimant="Greg Doud"),
        F("after [December the 23rd, 2003],", "date", date="2003-12-23", claimant="Greg Doud"),
    ],
    "abc-rural-1627": [],
    "abc-rural-1630": [
        F("The [18] member nations", "count", 18, counted="nations"),
        F("end of its [three day] summit", "duration", 3, "day"),
        F("by no later than [November].", "date", bound="le", claimant="Cairns Group"),
    ],
    "abc-rural-1633": [
        F("tails of [276] cattle", "count", 276, counted="cattle"),
        F("stolen from [four] north Queensland", "count", 4, counted="properties"),
        F("testing cost [$15,000], it", "money", 15000, "AUD", claimant="Terry Hanly"),
    ],
    "abc-rural-1720": [
        F("A mob of [1,500] sheep", "count", 1500, counted="sheep"),
        F("for more than [70 years].", "duration", 70, "year", "gt", claimant="Kim Biggs"),
    ],
    "abc-rural-1722": [
        F("It has accepted [52] recommendations", "count", 52, counted="recommendations"),
        F("[Three] recommendations were rejected", "count", 3, counted="recommendations"),
    ],
    "abc-rural-1729": [
        F(
            "around [250] tanks",
            "count",
            250,
            bound="approx",
            counted="tanks",
            claimant="Ross Hendy",
        ),
        F("is a [six-week] wait", "duration", 6, "week", claimant="Ross Hendy"),
    ],
    "abc-rural-1742": [
        F(
            "says [122] grapevines",
            "count",
            122,
            counted="grapevines",
            claimant="Department of Primary Industries",
        ),
        F(
            "found in [four] Adelaide",
            "count",
            4,
            counted="stores",
            claimant="Department of Primary Industries",
        ),
        F("the state's [$2 billion] wine", "money", 2e9, "AUD", claimant="David Cartwright"),
    ],
    "abc-rural-1806": [
        F("innovative ideas of [20] young", "count", 20, counted="scientists"),
        F("The winners of the [2006] Science", "date", 2006, date="2006"),
    ],
    "abc-rural-1841": [
        F("the annual [five] nation beef talks", "count", 5, counted="nation"),
    ],
    "abc-rural-1873": [
        F("More than [100] people", "count", 100, bound="gt", counted="people"),
        F("Over the past [50 years], some", "duration", 50, "year"),
        F("increased by up to [300 millimetres].", "quantity", 300, "millimetre", "le"),
        F(
            "increasing by [50 millimetres per decade]",
            "quantity",
            50,
            "millimetre per decade",
            claimant="Sam Cleland",
        ),
    ],
    "abc-rural-1888": [
        F("Last year the [H5N1] strain", "identifier"),
        F(
            "strain killed [thousands] of water fowl",
            "count",
            1000,
            "",
            "ge",
            counted="water fowl",
            approximate=True,
        ),
    ],
    "abc-rural-2008": [
        F("many stocks are [doubling] their", "fraction", 2),
        F("price in [a single day] of trading", "duration", 1, "day"),
    ],
    "abc-rural-2010": [
        F("New South Wales by [80 per cent] to", "percent", 80, "percent"),
        F("80 per cent to [200,000 tonnes].", "quantity", 200000, "tonne"),
        F("they lost [95 per cent] of", "percent", 95, "percent", claimant="Phil Sefton"),
    ],
    "abc-rural-2011": [
        F("I've paid up to [$2,500] just", "money", 2500, "AUD", "le", claimant="Marilyn Pell"),
        F("just for [one] cow", "count", 1, counted="cow", claimant="Marilyn Pell"),
        F("lucky to get [$400].", "money", 400, "AUD", claimant="Marilyn Pell"),
    ],
    "abc-rural-2041": [
        F("expiring next [July].", "date"),
        F("effectively, [18 months] before", "duration", 18, "month", claimant="Paul Drazek"),
    ],
    "abc-rural-2058": [
        F("looking for [80] employees", "count", 80, counted="employees"),
        F(
            "our [two] South Australian plants",
            "count",
            2,
            counted="plants",
            claimant="Brian Deavey",
        ),
    ],
    "abc-rural-2074": [],
    "abc-rural-2096": [
        F("has about [25] members", "count", 25, bound="approx", counted="members"),
        F("by about [half] and", "fraction", 0.5, bound="approx", claimant="Paul Geering"),
    ],
    "abc-rural-2103": [
        F("planning to [double] its homebrand", "fraction", 2),
        F("range to [2,000] products", "count", 2000, counted="products"),
    ],
    "abc-rural-2148": [
        F("record of [70,000 cents a kilogram] in", "money", 70000, "cent"),
        F("The [12.4 micron] bale", "quantity", 12.4, "micron"),
        F("paid [67,000 cents a kilogram] for", "money", 67000, "cent"),
        F("for a [12.5 micron] bale", "quantity", 12.5, "micron"),
    ],
}


def build():
    sample = gt.gold_sample(gt.abc_stories())
    gt.check_coverage(ABC_ANN, [s.doc_id for _, s in sample], "numbers")
    seed_text = gt.SEED.read_text(encoding="utf-8")
    rows = [gt.figure_doc("seed", "dev", "", seed_text, SEED_ANN, published="2022-09-13")]
    for split, s in sample:
        rows.append(gt.figure_doc(s.doc_id, split, s.title, s.text, ABC_ANN[s.doc_id]))
    return rows


def summary(rows):
    by, docs = gt.kind_counts(rows, "numbers")
    lines = ["| kind | dev | test | total |", "|---|---:|---:|---:|"]
    for k in sorted({k for _, k in by}):
        d, t = by[("dev", k)], by[("test", k)]
        lines.append(f"| {k} | {d} | {t} | {d + t} |")
    d = sum(v for (s, _), v in by.items() if s == "dev")
    t = sum(v for (s, _), v in by.items() if s == "test")
    lines.append(f"| **all figures** | {d} | {t} | {d + t} |")
    lines.append(f"| documents | {docs['dev']} | {docs['test']} | {docs['dev'] + docs['test']} |")
    return "\n".join(lines)


def main(argv):
    rows = gt.read_or_build(argv, OUT, build)
    errors = gt.validate_figures(rows, SPLITS)
    gt.report(errors)
    gt.uncovered_digits(rows)
    print(summary(rows))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
