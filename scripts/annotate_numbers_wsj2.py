"""Build and validate tests/data/numbers_wsj2.jsonl from hand-written annotations.

A second Wall Street Journal batch for the number extractor: 30 further articles (1989)
from the Penn Treebank sample shipped with NLTK, annotated by hand after reading each
article, without running the extractor or the evaluator and without reading the
extractor's source.  Same text definition, selection recipe and decisions as
``numbers_wsj.jsonl`` (scripts/annotate_numbers_wsj.py, docs/gold-numbers-wsj.md), with
the lead's later conventions (money in a subunit keeps its stated value, unit
"cent"/"penny"; ages "59-year-old" span the whole word; "S&P 500" one identifier span;
"mid-October" one date span; "the first nine months" = ordinal + duration; index/score
points are quantities with unit "point").

Source and document text (as numbers_wsj)::

    z = zipfile.ZipFile("../shared/nltk_data/corpora/treebank.zip")
    raw = z.read(f"treebank/raw/wsj_{i:04d}")       # decoded as UTF-8, else latin-1
    text = "\\n".join(raw.split("\\n")[1:]).strip()   # drop the leading ".START" line

``doc_id`` is the file name, ``title`` ``""``, ``published`` null.  (wsj_0166 holds two
articles, the second after an inner ".START" line, which stays in the text.)

Selection::

    order = random.Random(31).sample(range(1, 200), 199)
    keep = [i for i in order if 400 <= len(text(i)) <= 6000]
    keep[:36]    numbers_wsj (wsj-dev + wsj-test), not used here
    keep[36:56] -> split "wsj2-dev", keep[56:66] -> split "wsj2-test"

Skipped in sample order between the 36th and the 66th eligible file: under 400
characters wsj_0185, 0050, 0076, 0055, 0131; over 6,000 characters wsj_0137 (6,474),
0096 (8,665), 0108 (6,854).  ``build`` checks that no doc_id is in numbers_wsj.jsonl.

Each annotation is ``F(ctx, kind, value, ...)`` / ``R(ctx, kind, low, high, ...)`` where
``ctx`` is a verbatim piece of the article with the figure's span in [square brackets]
(scripts/goldtools.py).

Decisions: all those of scripts/annotate_numbers_wsj.py apply unchanged (currency, share
prices "65 cents a share" = 65 cent, points, ages, calendar, fiscal years, quarters as
ordinals, durations "a year earlier", hedges, ranges, identifiers, claimants).  New
cases met in this batch, decided while annotating, before any scoring:
- "year-earlier" / "year-ago" as a glued modifier ("a year-earlier loss", "the
  year-earlier $4.5 million", "In the year-ago quarter") -> duration 1 year, span
  "year" only (the article belongs to the head noun; like "[fourth]-quarter").  "the
  year earlier" -> span "year" ("the" is not an amount, unlike "a year").
- "#15 billion": "#" is the Treebank's rendering of the pound sign -> money GBP, span
  with "#".  "five pence" / "913 pence" -> money 5 / 913, unit "penny" (stated value,
  the subunit convention).  "Swiss francs" CHF ("50,000 Swiss franc note" -> money
  50000 CHF, span "50,000 Swiss franc").  "1/10th of one cent a share" -> money 0.1,
  unit "cent", one span (a fraction of one unit, like "half a percentage point").
- Bond tables (wsj_0125): coupons and yields with fractions "8 3/8%" -> percent 8.375;
  bond prices quoted as a percentage of par without a unit ("priced at 99", "99 1/4",
  "101 3/4") and fees ("Fees 1 7/8") -> number (value 99.25, 1.875, ...).  "57 basis
  points" -> percent, unit "basis point" (numbers_constructions); "0.25 percentage
  point" -> percent, unit "percentage point".  Maturity ranges "due 1991-2000" -> one
  date range span (value = midpoint, low/high the years, date null, as the blind set's
  "between 2000 and 2004"); "yield from 6.20% in 1991 to 7.272% in 2009" -> four
  figures (two percents, two years), not a range, since the years interleave.  Ranges
  between two full dates ("from Nov. 30, 1989, through Nov. 2, 1993") -> two date
  figures, each resolved (a one-span range would lose both dates); ranges of bare
  months ("From January to October") stay one span (README "May to July").  "1989
  Series A-D", "1989 fourth and fifth series" -> date 1989 + ordinals 4 and 5 ("Series
  A-D" not annotated).  Ratings "triple-A", "single-A", "double-A" are not figures.
- Markets summary (wsj_0178): index levels and their changes without a unit word
  ("industrials 2645.90, up 0.82") -> number (a change written "190 points" would be a
  quantity); "Dollar: 143.80 yen, up 0.95; 1.8500 marks, up 0.0085" -> money JPY/DEM,
  the change takes the elided currency.  "Volume 154,240,000 shares" -> count.
- "tenfold" -> fraction 10 (a multiplier like "doubled"); "perhaps four times as large"
  -> fraction 4, eq ("perhaps" alone is no hedge, like the blind set's "probably").
- "the last half-hour" -> duration 0.5 hour, span "half-hour"; "at midnight Tuesday" ->
  time 0 ("midnight") + date ("Tuesday"), two figures.
- "The bottom half of the railing ... the top half" -> fraction 0.5 each (a physical
  half, unlike "the first half" of a year).
- Physical measures as hyphenated adjectives: "a four-foot-high ... slab" -> quantity 4
  foot, span "four-foot"; "six-inch walls", "five-inch ... wafers" -> quantity inch.
- Decades "the early 1980s", "the 1920s and '30s", "the 1960s" -> date, value and date
  null (README); the glued "mid-1990s" is one span.
- Ages: an age in apposition "Nigel Judah, 58," -> duration 58 year (numbers_constructions'
  "Maria Lopez, [52]"), also without a "years old" age nearby; "a 27-year Reuters
  veteran" -> duration 27 year.
- Enumerated list items "1." ... "5." (wsj_0087) -> ordinals, span the digit only.
- "page-one article" -> identifier "page-one" (a page number, like "Section 45").
- "Financial Times-Stock Exchange 100-share index" -> identifier, span "100" (like
  "Standard & Poor's [500]"); "767" (the Boeing model, also alone) and "AC-130U" ->
  identifier.  Not annotated: "1st Nationwide Bank" (part of a name), "six-packs"
  (lexicalised noun), the idiom "A TWO BIRDS with one stone deal", "one-time",
  "single-family", "for the first time", pronoun "one" ("one of three executives",
  "one of the risk factors", "one famed architect").
- Vague amounts: "several hundred million" dollars -> money 1e8, ge, approximate, span
  the words inside the quotation marks; "millions of dollars" -> money 1e6, ge,
  approximate (like "hundreds of millions of dollars").  "estimated at $50 million" ->
  approx (like "an estimated").  "as many as four cups" -> le (constructions' "as
  much as").  "no more than $6 million" -> le.  "under a government target of $68
  billion", "close to a 30-year low": the hedge bears on the target/low, not on the
  figure -> eq (like wsj_0153's "about equal ... $630.9 million").  "well below a 50%
  chance" -> lt.  A range hedged by "an estimated" -> approx.
- "between $9 billion and $12 billion", "between 20% and 25%" -> one range span with
  "between" (README "between 10 and 20 millimetres").
- Counts: "the agency's 240-page report" -> count 240, counted "page"; "eight-person
  executive committee" -> counted "person"; "nine-member board" -> "member";
  "one common share" -> count 1; elided nouns take the noun of the story ("totaled
  9,118, up from 4,645 ... and from 917" -> "contracts"; "one good one" ->
  "corkscrews").
- Claimants (WSJ rules): "posted" (a quarterly result, like "reported") and
  "estimated that" / "estimated earnings ... fell" in a company statement -> the
  company; "Japanese press reports have speculated that" -> "Japanese press reports";
  "according to Big Board data" -> "Big Board data"; "according to government figures
  released Wednesday" -> "government figures" ("Wednesday" is in the attribution:
  narrator); "Preliminary tallies by the Trade and Industry Ministry showed" -> "Trade
  and Industry Ministry"; "a survey ... indicated that ..., exchange officials said" ->
  the innermost source "a survey"; a valuation "the $2.29 billion value United
  Illuminating places on its bid", "values its ... plan at about $2.2 billion" -> that
  company (a stated valuation, like "Northeast says its bid is worth").  A question
  quoted inside a direct quote ("they kept asking us ... `Why do you make 15 different
  corkscrews ...'") -> the inner speakers "the Soviets".  A dash-parenthetical inside
  reported speech ("-- 4.8% over seven years against around 5.5% boosts ... --, Mr. Ross
  asserted") is the narrator's, like WSJ parentheticals.  A restrictive relative clause
  inside reported/announced content ("announced his resignation from the publishing
  house he has run for 23 years") is the speaker's.  "Department economists don't
  expect 1989 ...", "The Treasury plans to sell $30 billion", "the concern expects that
  net ..." -> narrator (cognition/plans without a speech verb).  In the letter wsj_0095
  the passage quoted from the newspaper's article -> claimant "your Oct. 9 page-one
  article" (as written); the writer's own sentences -> narrator.  All-capitals
  company names of WSJ lead-ins are given as the company spells itself later
  ("GOODY PRODUCTS Inc." -> "Goody Products Inc.", "SHAREDATA Inc." -> "ShareData
  Inc."); three named directors -> their names joined ("Burt Sugarman, James M.
  Trotter III and William E. Trotter II").

Run:  .venv/bin/python scripts/annotate_numbers_wsj2.py            (write + validate)
      .venv/bin/python scripts/annotate_numbers_wsj2.py --check    (validate only)
      .venv/bin/python scripts/annotate_numbers_wsj2.py --uncovered (also list digits
                                                                    outside every span)
"""

from __future__ import annotations

import sys
import zipfile

import goldtools as gt
from goldtools import F, R

from analysis.paths import nltk_data_dir

OUT = gt.DATA / "numbers_wsj2.jsonl"
FIRST = gt.DATA / "numbers_wsj.jsonl"
TREEBANK = nltk_data_dir() / "corpora" / "treebank.zip"  # ../shared, $ANALYSIS_SHARED or $NLTK_DATA
SPLITS = ("wsj2-dev", "wsj2-test")
SEED, N_USED, N_DEV, N_TEST = 31, 36, 20, 10
MIN_CHARS, MAX_CHARS = 400, 6000

RMS, FAULD = "RMS International Inc.", "F.H. Faulding & Co."
OSH, AGD, ERS = "Oshkosh Truck Corp.", "Agriculture Department", "Economic Research Service"
SAVIN, SAVSP = "Savin Corp.", "a spokesman for the Stamford, Conn.based company"
HADSON, ART = "Hadson Corp.", "your Oct. 9 page-one article"
GENCORP, TA, LSI = "GenCorp Inc.", "Transamerica Corp.", "LSI Logic Corp."
CITADEL, GOVFIG = "Citadel Holding Corp.", "government figures"
TIM, GOODY, SHD = "Trade and Industry Ministry", "Goody Products Inc.", "ShareData Inc."
EGG = "Eggers Group"
PSNH, BOEING = "Public Service Co. of New Hampshire", "Boeing Co."
GUFFEY, MARTIN, RALLY = "Roger Guffey", "J. Landis Martin", "Rally's Inc."
TRIO = "Burt Sugarman, James M. Trotter III and William E. Trotter II"
REUTERS = "Reuters Holdings PLC"

ANN = {
    "wsj_0167": [
        F("maintain [$3 million] in working", "money", 3e6, "USD", claimant=RMS),
        F("loss of [$158,666],", "money", 158666, "USD", claimant=RMS),
        F("or [10 cents a share],", "money", 10, "cent", claimant=RMS),
        F("in the [third] quarter,", "ordinal", 3, claimant=RMS),
        F("with a [year]-earlier loss", "duration", 1, "year", claimant=RMS),
        F("loss of [$26,956],", "money", 26956, "USD", claimant=RMS),
        F("or [two cents a share].", "money", 2, "cent", claimant=RMS),
        F("Sales rose to [$3 million] from", "money", 3e6, "USD"),
        F("from [$2.9 million].", "money", 2.9e6, "USD"),
        F("For the [nine months], the", "duration", 9, "month"),
        F("loss of [$608,413],", "money", 608413, "USD", claimant=RMS),
        F("or [39 cents a share],", "money", 39, "cent", claimant=RMS),
        F("income of [$967,809],", "money", 967809, "USD", claimant=RMS),
        F("or [62 cents a share].", "money", 62, "cent", claimant=RMS),
        F("rose to [$9.8 million] from", "money", 9.8e6, "USD"),
        F("from [$8.9 million].", "money", 8.9e6, "USD"),
    ],
    "wsj_0097": [
        F("after the [Oct. 13] stock plunge", "date"),
        F("About [11.6%] of all", "percent", 11.6, "percent", "approx", claimant="Big Board data"),
        F("firms in [September] took", "date", claimant="Big Board data"),
        F("share prices last [Dec. 7], when", "date"),
        F("when the [first] bout", "ordinal", 1),
        F("the last [half-hour] of trading", "duration", 0.5, "hour"),
        F("after the [Dec. 7] surge", "date"),
        F("[First], the trading", "ordinal", 1),
        F("[Second], it can be used", "ordinal", 2),
        F("manages about [#15 billion] (", "money", 15e9, "GBP", "approx"),
        F("([$23.72 billion])", "money", 23.72e9, "USD"),
        F("Britain has [two] main", "count", 2, counted="instruments"),
        F("Financial Times-Stock Exchange [100]-share", "identifier"),
        F("since the [1987] global", "date", 1987, date="1987"),
        F("surged nearly [tenfold] since", "fraction", 10, bound="approx"),
        F("launch in [1984].", "date", 1984, date="1984"),
        F("totaled [9,118], up", "count", 9118, counted="contracts"),
        F("from [4,645] a year", "count", 4645, counted="contracts"),
        F("4,645 [a year] earlier", "duration", 1, "year"),
        F("from [917] in 1984", "count", 917, counted="contracts"),
        F("917 in [1984].", "date", 1984, date="1984"),
        F("only [15%] of the size", "percent", 15, "percent", claimant="a survey"),
        F("perhaps [four times] as large", "fraction", 4),
    ],
    "wsj_0008": [
        F("at [midnight] Tuesday", "time", 0),
        F("midnight [Tuesday] to", "date"),
        F("to [$2.80 trillion] from", "money", 2.8e12, "USD"),
        F("from [$2.87 trillion].", "money", 2.87e12, "USD"),
        F("ceiling to [$3.1 trillion],", "money", 3.1e12, "USD"),
        F("default on [Nov. 9] if", "date", claimant="Treasury"),
    ],
    "wsj_0023": [
        F("Kalipharma Inc. for [$23 million].", "money", 23e6, "USD", claimant=FAULD),
        F("owns [33%] of", "percent", 33, "percent", claimant=FAULD),
        F("additional [19%].", "percent", 19, "percent", claimant=FAULD),
        F("interest to [70%] of", "percent", 70, "percent"),
    ],
    "wsj_0136": [
        F("its [fourth] quarter ended", "ordinal", 4, claimant=OSH),
        F("ended [Sept. 30] fell", "date", claimant=OSH),
        R("fell [50% to 75%] below", "percent", 50, 75, unit="percent", claimant=OSH),
        F("below the [year]-earlier", "duration", 1, "year", claimant=OSH),
        F("year-earlier [$4.5 million],", "money", 4.5e6, "USD", claimant=OSH),
        F("or [51 cents a share].", "money", 51, "cent", claimant=OSH),
        F("In fiscal [1988], the", "date", 1988),
        F("earned [$17.3 million],", "money", 17.3e6, "USD"),
        F("or [$1.92 a share],", "money", 1.92, "USD"),
        F("revenue of [$352.9 million].", "money", 352.9e6, "USD"),
    ],
    "wsj_0113": [
        F("new high of [$59.9 billion] last", "money", 59.9e9, "USD"),
        F("record was [$57.7 billion] in", "money", 57.7e9, "USD", claimant=AGD),
        F("$57.7 billion in [1987], according", "date", 1987, date="1987", claimant=AGD),
        F("increased in [33] states", "count", 33, counted="states", claimant=ERS),
        F("33 states in [1988], as", "date", 1988, date="1988", claimant=ERS),
        F("the agency's [240]-page report", "count", 240, counted="page"),
        F("of the early [1980s].", "date"),
        F("changes in the [1985] farm", "date", 1985, date="1985"),
        F("the increases partly to the [$4 billion] disaster", "money", 4e9, "USD",
          claimant="Analysts"),
        F("close to a [30-year] low", "duration", 30, "year"),
        F("came together in [1988] to", "date", 1988, date="1988", claimant="Keith Collins"),
        F("with [$6.5 billion] in net", "money", 6.5e9, "USD"),
        F("Texas, [$3.9 billion];", "money", 3.9e9, "USD"),
        F("Iowa, [$3.4 billion];", "money", 3.4e9, "USD"),
        F("Florida, [$3.1 billion];", "money", 3.1e9, "USD"),
        F("Minnesota, [$2.7 billion].", "money", 2.7e9, "USD"),
        F("the drought of [1988] was", "date", 1988, date="1988", claimant=AGD),
        R("estimated [10,000 to 15,000] farmers", "count", 10000, 15000, bound="approx",
          counted="farmers", claimant=AGD),
        F("expect [1989] to be", "date", 1989, date="1989"),
        F("a year as [1988] was.", "date", 1988, date="1988"),
        F("less than [$14.5 billion] from", "money", 14.5e9, "USD", "lt"),
        F("a record [$16.7 billion] in", "money", 16.7e9, "USD"),
        F("$16.7 billion in [1987].", "date", 1987, date="1987"),
        R("range [between $9 billion and $12 billion] this", "money", 9e9, 12e9, unit="USD"),
    ],
    "wsj_0160": [
        F("reported a [third]-quarter net", "ordinal", 3, claimant=SAVIN),
        F("loss of [$35.2 million],", "money", 35.2e6, "USD", claimant=SAVIN),
        F("or [31 cents a share],", "money", 31, "cent", claimant=SAVIN),
        F("compared with [year]-earlier profit", "duration", 1, "year", claimant=SAVIN),
        F("profit of [$3.8 million],", "money", 3.8e6, "USD", claimant=SAVIN),
        F("or [one cent a share].", "money", 1, "cent", claimant=SAVIN),
        F("a loss of [$5.5 million] for", "money", 5.5e6, "USD", claimant=SAVSP),
        F("totaling [$23.5 million] and", "money", 23.5e6, "USD", claimant=SAVSP),
        F("and [$8.2 million] in asset", "money", 8.2e6, "USD", claimant=SAVSP),
        F("by a [$2 million] gain", "money", 2e6, "USD", claimant=SAVSP),
        F("investments of [two] joint", "count", 2, counted="ventures", claimant=SAVSP),
        F("declined [8%] to", "percent", 8, "percent"),
        F("to [$85.7 million], from", "money", 85.7e6, "USD"),
        F("from [$93.3 million] a year", "money", 93.3e6, "USD"),
        F("$93.3 million [a year] earlier", "duration", 1, "year"),
    ],
    "wsj_0161": [
        F("a [third]-quarter net loss", "ordinal", 3, claimant=HADSON),
        R("loss of [$17 million to $19 million] because", "money", 17e6, 19e6, unit="USD",
          claimant=HADSON),
        F("record a [$7.5 million] reserve", "money", 7.5e6, "USD", claimant=HADSON),
        F("including a [$4.7 million] charge", "money", 4.7e6, "USD", claimant=HADSON),
        F("and [$2.8 million] in overhead", "money", 2.8e6, "USD", claimant=HADSON),
        F("off about [$3.5 million] in", "money", 3.5e6, "USD", "approx", claimant=HADSON),
        F("[A year] earlier, net", "duration", 1, "year"),
        F("income was [$2.1 million],", "money", 2.1e6, "USD"),
        F("or [six cents a share],", "money", 6, "cent"),
        F("revenue of [$169.9 million].", "money", 169.9e6, "USD"),
    ],
    "wsj_0111": [
        F("has run for [23 years].", "duration", 23, "year", claimant="Robert L. Bernstein"),
        F("stay until [Dec. 31] and", "date", claimant="Robert L. Bernstein"),
        F("increased to [$800 million] from", "money", 800e6, "USD", claimant="Random House Inc."),
        F("from [$40 million] during", "money", 40e6, "USD", claimant="Random House Inc."),
        F("only the [second] president", "ordinal", 2),
        F("founded in [1925].", "date", 1925, date="1925"),
        F("recruited [two years] ago", "duration", 2, "year"),
    ],
    "wsj_0095": [
        F("your [Oct. 9] page-one", "date"),
        F("Oct. 9 [page-one] article", "identifier"),
        F("liberals, [60%] have", "percent", 60, "percent", claimant=ART),
        F("while [50%] approve", "percent", 50, "percent", claimant=ART),
        F("professionals, [76%] have", "percent", 76, "percent", claimant=ART),
        F("compared to [62%] who", "percent", 62, "percent", claimant=ART),
        F("While [a quarter] of black", "fraction", 0.25, claimant=ART),
        F("only [15%] have", "percent", 15, "percent", claimant=ART),
        F("imply that [three-quarters] of", "fraction", 0.75),
        F("and [85%] of blacks", "percent", 85, "percent"),
    ],
    "wsj_0166": [
        F("fiscal [fourth]-quarter profit", "ordinal", 4, claimant=GENCORP),
        F("last year's [$25 million].", "money", 25e6, "USD", claimant=GENCORP),
        F("last year's [$148 million].", "money", 148e6, "USD", claimant=GENCORP),
        F("loss of [$12 million] for", "money", 12e6, "USD"),
        F("year ending [Nov. 30] will", "date"),
        F("net of [$70 million],", "money", 70e6, "USD"),
        F("or [$2.19 a share],", "money", 2.19, "USD"),
        F("because of [$200 million] in gains", "money", 200e6, "USD"),
        F("San Francisco, said [third]-quarter profit", "ordinal", 3, claimant=TA),
        F("one-time gain [a year] earlier", "duration", 1, "year", claimant=TA),
        F("rose [1.1%] to", "percent", 1.1, "percent", claimant=TA),
        F("to [$93.9 million],", "money", 93.9e6, "USD", claimant=TA),
        F("or [$1.19 a share],", "money", 1.19, "USD", claimant=TA),
        F("with [$92.9 million],", "money", 92.9e6, "USD", claimant=TA),
        F("or [$1.18 a share], the", "money", 1.18, "USD", claimant=TA),
        F("a share, the [year] earlier.", "duration", 1, "year", claimant=TA),
        F("reflected a [24%] gain", "percent", 24, "percent"),
        F("and a [15%] slide", "percent", 15, "percent"),
        F("Transamerica said [third]-quarter investment", "ordinal", 3, claimant=TA),
        F("gains were [$10.2 million],", "money", 10.2e6, "USD", claimant=TA),
        F("with [$6.4 million] the", "money", 6.4e6, "USD", claimant=TA),
        F("$6.4 million the [year] earlier", "duration", 1, "year", claimant=TA),
        F("reflected a [$6 million] loss", "money", 6e6, "USD", claimant=TA),
        F("from the [Oct. 17] earthquake", "date", claimant=TA),
        F("no more than [$6 million],", "money", 6e6, "USD", "le", claimant=TA),
        F("included in [fourth]-quarter results", "ordinal", 4, claimant=TA),
    ],
    "wsj_0057": [
        F("a surprise [$35.7 million] third", "money", 35.7e6, "USD", claimant=LSI),
        F("$35.7 million [third]-quarter net loss,", "ordinal", 3, claimant=LSI),
        F("In [September], the custom", "date"),
        R("an estimated [$2 million to $3 million] net", "money", 2e6, 3e6, unit="USD",
          bound="approx", claimant=LSI),
        F("loss for the [third] quarter.", "ordinal", 3, claimant=LSI),
        F("take a [$43 million] pretax", "money", 43e6, "USD", claimant="company officials"),
        F("forecasts for [1990] indicate", "date", 1990, date="1990",
          claimant="Wilfred J. Corrigan"),
        F("The [$35.7 million] net loss equals", "money", 35.7e6, "USD"),
        F("equals [86 cents a share].", "money", 86, "cent"),
        F("loss of [$3.1 million],", "money", 3.1e6, "USD", claimant=LSI),
        F("or [seven cents a share].", "money", 7, "cent", claimant=LSI),
        F("[A year] earlier, it had", "duration", 1, "year"),
        F("profit of [$7.5 million],", "money", 7.5e6, "USD"),
        F("or [18 cents a share].", "money", 18, "cent"),
        F("rose [42%] to", "percent", 42, "percent"),
        F("to [$133.7 million] from", "money", 133.7e6, "USD"),
        F("from [$94 million].", "money", 94e6, "USD"),
        F("older [five-inch] to", "quantity", 5, "inch"),
        F("more-efficient [six-inch] silicon", "quantity", 6, "inch"),
    ],
    "wsj_0124": [
        F("takes effect [Nov. 13].", "date"),
        F("chief executive in [March] for", "date"),
        F("posted a [third]-quarter net loss", "ordinal", 3, claimant=CITADEL),
        F("loss of [$2.3 million],", "money", 2.3e6, "USD", claimant=CITADEL),
        F("or [68 cents a share],", "money", 68, "cent", claimant=CITADEL),
        F("income of [$5.3 million],", "money", 5.3e6, "USD", claimant=CITADEL),
        F("or [$1.61 a share],", "money", 1.61, "USD", claimant=CITADEL),
        F("$1.61 a share, [a year] earlier.", "duration", 1, "year", claimant=CITADEL),
        F("impact of [$4.9 million].", "money", 4.9e6, "USD"),
        F("terminated on [Sept. 27, 1989].", "date", date="1989-09-27"),
        F("yesterday at [$45.75], down", "money", 45.75, "USD"),
        F("down [25 cents].", "money", 25, "cent"),
    ],
    "wsj_0011": [
        F("deficit of [$101 million] in", "money", 101e6, "USD", claimant=GOVFIG),
        F("$101 million in [October], reflecting", "date", claimant=GOVFIG),
        F("released [Wednesday].", "date"),
        F("trade deficit in [October], the fifth", "date", claimant=TIM),
        F("the [fifth] monthly setback", "ordinal", 5, claimant=TIM),
        F("Exports in [October] stood", "date"),
        F("stood at [$5.29 billion],", "money", 5.29e9, "USD"),
        F("a mere [0.7%] increase", "percent", 0.7, "percent"),
        F("increase from [a year] earlier", "duration", 1, "year"),
        F("sharply to [$5.39 billion],", "money", 5.39e9, "USD"),
        F("up [20%] from last", "percent", 20, "percent"),
        F("from last [October].", "date"),
        F("began in [1986],", "date", 1986, date="1986"),
        F("target of [$68 billion].", "money", 68e9, "USD", claimant="Government officials"),
        F("surplus of [$71 million] so", "money", 71e6, "USD"),
        F("From [January to October],", "date"),
        F("increased [4%] from", "percent", 4, "percent"),
        F("last year to [$50.45 billion].", "money", 50.45e9, "USD"),
        F("at [$50.38 billion],", "money", 50.38e9, "USD"),
        F("up [19%].", "percent", 19, "percent"),
    ],
    "wsj_0068": [
        F("dividend to [five cents a share] from", "money", 5, "cent"),
        F("from [11.5 cents a share].", "money", 11.5, "cent"),
        F("payable [Jan. 2] to", "date"),
        F("of record [Dec. 15].", "date"),
        F("to its [third]-quarter loss", "ordinal", 3, claimant=GOODY),
        F("loss of [$992,000],", "money", 992000, "USD", claimant=GOODY),
        F("or [15 cents a share].", "money", 15, "cent", claimant=GOODY),
        F("In the [year]-ago quarter", "duration", 1, "year"),
        F("income of [$1.9 million],", "money", 1.9e6, "USD", claimant=GOODY),
        F("or [29 cents a share].", "money", 29, "cent", claimant=GOODY),
    ],
    "wsj_0087": [
        F("[Five] things you can do", "count", 5, counted="things"),
        F("for [$15,000] or less:", "money", 15000, "USD", "le"),
        F("[1].\nBuy a new", "ordinal", 1),
        F("[2].\nTake a", "ordinal", 2),
        F("[3].\nSend your", "ordinal", 3),
        F("[4].\nBuy a diamond", "ordinal", 4),
        F("[5].\nMake a lasting", "ordinal", 5),
        F("today spend [$15,000] like", "money", 15000, "USD"),
        F("Your [$15,000] will help", "money", 15000, "USD"),
        F("for just [$15,000 a month],", "money", 15000, "USD"),
        F("Chevrolet or [two] semesters", "count", 2, counted="semesters"),
        F("Every [$15,000] you send", "money", 15000, "USD"),
    ],
    "wsj_0086": [
        F("to sell [500,000] newly", "count", 500000, counted="shares", claimant=SHD),
        F("only the [2.3 million] warrants", "count", 2.3e6, counted="warrants", claimant=SHD),
        F("purchase of [one] common share", "count", 1, counted="share", claimant=SHD),
        F("has about [4.1 million] common", "count", 4.1e6, bound="approx", counted="shares"),
    ],
    "wsj_0102": [
        F("a [four-foot]-high concrete", "quantity", 4, "foot"),
        F("The bottom [half] of the railing", "fraction", 0.5),
        F("while the top [half] will", "fraction", 0.5),
        F("as many as [four] cups", "count", 4, bound="le", counted="cups"),
        F("opened in [September] in Moscow", "date"),
        F("travel to [eight] other", "count", 8, counted="cities"),
        F("you make [15] different corkscrews", "count", 15, counted="corkscrews",
          claimant="the Soviets"),
        F("you need is [one] good one", "count", 1, counted="corkscrews", claimant="the Soviets"),
        F("built in the [1920s] and", "date", claimant=EGG),
        F("1920s and ['30s] have", "date", claimant=EGG),
        F("have [six-inch] concrete", "quantity", 6, "inch", claimant=EGG),
        F("house up to [1,000] inmates", "count", 1000, bound="le", counted="inmates", claimant=EGG),
    ],
    "wsj_0081": [
        F("estimated at [$50 million],", "money", 50e6, "USD", "approx", claimant="University Patents Inc."),
        F("In [May], University", "date"),
        F("Retin-A in the [1960s] to", "date"),
    ],
}
ANN["wsj_0125"] = [
    # IBM
    F("Corp. -- [$750 million] of", "money", 750e6, "USD"),
    F("of [8 3/8%] debentures", "percent", 8.375, "percent"),
    F("due [Nov. 1, 2019],", "date", date="2019-11-01"),
    F("2019, priced at [99] to yield 8.467%", "number", 99),
    F("to yield [8.467%].", "percent", 8.467, "percent"),
    F("The [30-year] non-callable", "duration", 30, "year"),
    F("spread of [57 basis points] above", "percent", 57, "basis point"),
    F("Treasury's [8 1/8%] bellwether", "percent", 8.125, "percent"),
    F("originally planned [$500 million].", "money", 500e6, "USD"),
    # Detroit
    F("Detroit -- [$130 million] of", "money", 130e6, "USD"),
    R("bonds due [1991-2000] and 2009,", "date", 1991, 2000),
    F("due 1991-2000 and [2009], tentatively", "date", 2009, date="2009"),
    F("Chemical Securities Inc. group to yield from [6.20%] in 1991", "percent", 6.2, "percent"),
    F("group to yield from 6.20% in [1991] to 7.272%", "date", 1991, date="1991"),
    F("1991 to [7.272%] in 2009.", "percent", 7.272, "percent"),
    F("7.272% in [2009].\nThere", "date", 2009, date="2009"),
    F("There is [$81.8 million] of", "money", 81.8e6, "USD"),
    F("of [7.20%] term bonds", "percent", 7.2, "percent"),
    F("7.20% term bonds due [2009] priced", "date", 2009, date="2009"),
    F("priced at [99 1/4] to", "number", 99.25),
    F("99 1/4 to yield [7.272%].", "percent", 7.272, "percent"),
    F("Serial bonds are priced to yield from [6.20%] in", "percent", 6.2, "percent"),
    F("priced to yield from 6.20% in [1991] to 7% in 2000", "date", 1991, date="1991"),
    F("1991 to [7%] in 2000.", "percent", 7, "percent"),
    F("7% in [2000].", "date", 2000, date="2000"),
    # Santa Ana
    F("Calif. -- [$107 million] of", "money", 107e6, "USD"),
    F("allocation bonds, [1989] Series A-D", "date", 1989, date="1989"),
    R("Series A-D, due [1991-1999], 2009", "date", 1991, 1999),
    F("due 1991-1999, [2009] and 2019,", "date", 2009, date="2009"),
    F("1991-1999, 2009 and [2019], tentatively", "date", 2019, date="2019"),
    F("Jenrette Securities Corp. group to yield from [6.40%] in", "percent", 6.4, "percent"),
    F("Corp. group to yield from 6.40% in [1991] to 7.458%", "date", 1991, date="1991"),
    F("in 1991 to [7.458%] in 2019.", "percent", 7.458, "percent"),
    F("7.458% in [2019].\nThe", "date", 2019, date="2019"),
    F("The [7 3/8%] term bonds due 2009", "percent", 7.375, "percent"),
    F("7 3/8% term bonds due [2009] are priced at 99 1/2", "date", 2009, date="2009"),
    F("are priced at [99 1/2] to yield 7.422%", "number", 99.5),
    F("to yield [7.422%],", "percent", 7.422, "percent"),
    F("and [7 3/8%] term bonds due 2019", "percent", 7.375, "percent"),
    F("7 3/8% term bonds due [2019] are", "date", 2019, date="2019"),
    F("2019 are priced at [99] to yield", "number", 99),
    F("to yield [7.458%].\nSerial", "percent", 7.458, "percent"),
    F("at par to yield from [6.40%] in", "percent", 6.4, "percent"),
    F("yield from 6.40% in [1991] to 7.15%", "date", 1991, date="1991"),
    F("to [7.15%] in 1999", "percent", 7.15, "percent"),
    F("7.15% in [1999].", "date", 1999, date="1999"),
    # Maryland
    F("Community Development -- [$80.8 million] of", "money", 80.8e6, "USD"),
    F("program bonds, [1989] fourth", "date", 1989, date="1989"),
    F("1989 [fourth] and fifth series", "ordinal", 4),
    F("1989 fourth and [fifth] series", "ordinal", 5),
    F("Markets group to yield from [6.25%] in 1992", "percent", 6.25, "percent"),
    F("to yield from 6.25% in [1992] for", "date", 1992, date="1992"),
    F("1992 for [fourth] series bonds to", "ordinal", 4),
    F("bonds to [7.74%] in 2029", "percent", 7.74, "percent"),
    F("7.74% in [2029] for", "date", 2029, date="2029"),
    F("2029 for [fifth] series bonds.", "ordinal", 5),
    F("There is [$30.9 million] of", "money", 30.9e6, "USD"),
    F("$30.9 million of [fourth] series", "ordinal", 4),
    R("They mature [1992-1999], 2009", "date", 1992, 1999),
    F("1992-1999, [2009] and 2017.", "date", 2009, date="2009"),
    F("1992-1999, 2009 and [2017].", "date", 2017, date="2017"),
    F("[Fourth] series serial", "ordinal", 4),
    F("at par to yield from [6.25%] in", "percent", 6.25, "percent"),
    F("par to yield from 6.25% in [1992] to 7%", "date", 1992, date="1992"),
    F("1992 to [7%] in 1999.", "percent", 7, "percent"),
    F("in 1992 to 7% in [1999].", "date", 1999, date="1999"),
    F("The [7.40%] term bonds due 2009", "percent", 7.4, "percent"),
    F("7.40% term bonds due [2009] are", "date", 2009, date="2009"),
    F("to yield [7.45%], and", "percent", 7.45, "percent"),
    F("and [7.40%] term bonds due 2017", "percent", 7.4, "percent"),
    F("term bonds due [2017] are", "date", 2017, date="2017"),
    F("to yield [7.50%].", "percent", 7.5, "percent"),
    F("There is [$49.9 million] of", "money", 49.9e6, "USD"),
    F("$49.9 million of [fifth] series", "ordinal", 5),
    F("mature in [2005], 2009", "date", 2005, date="2005"),
    F("2005, [2009] and 2029.", "date", 2009, date="2009"),
    F("2005, 2009 and [2029].", "date", 2029, date="2029"),
    F("Bonds due in [2005] have", "date", 2005, date="2005"),
    F("have a [7 1/2%] coupon", "percent", 7.5, "percent"),
    F("The [7 5/8%] bonds due 2009", "percent", 7.625, "percent"),
    F("7 5/8% bonds due [2009] are", "date", 2009, date="2009"),
    F("to yield [7.65%],", "percent", 7.65, "percent"),
    F("and [7 5/8%] bonds due 2029", "percent", 7.625, "percent"),
    F("7 5/8% bonds due [2029] are", "date", 2029, date="2029"),
    F("priced at [98 1/2] to", "number", 98.5),
    F("98 1/2 to yield [7.74%].", "percent", 7.74, "percent"),
    # Heiwado
    F("(Japan) -- [$100 million] of Eurobonds", "money", 100e6, "USD"),
    F("due [Nov. 16, 1993], with", "date", date="1993-11-16"),
    F("indicating a [3 7/8%] coupon", "percent", 3.875, "percent"),
    F("Each [$5,000] bond", "money", 5000, "USD"),
    F("bond carries [one] warrant", "count", 1, counted="warrant"),
    F("exercisable from [Nov. 30, 1989], through", "date", date="1989-11-30"),
    F("through [Nov. 2, 1993], to", "date", date="1993-11-02"),
    F("premium of [2 1/2%] to", "percent", 2.5, "percent"),
    F("terms are fixed [Tuesday].", "date"),
    F("Fees [2 1/4].", "number", 2.25),
    # Svenska
    F("(Sweden) -- [20 billion yen] of", "money", 20e9, "JPY"),
    F("of [6%] Eurobonds", "percent", 6, "percent"),
    F("due [Nov. 21, 1994], priced", "date", date="1994-11-21"),
    F("priced at [101 3/4] to", "number", 101.75),
    F("to yield [6.03%] less", "percent", 6.03, "percent"),
    F("Fees [1 7/8].", "number", 1.875),
    # Takashima
    F("(Japan) -- [50 million Swiss francs] of", "money", 50e6, "CHF"),
    F("due [March 31, 1994], with", "date", date="1994-03-31"),
    F("with a fixed [0.25%] coupon at par via Yamaichi", "percent", 0.25, "percent"),
    F("Put option [March 31, 1992], at", "date", date="1992-03-31"),
    F("a fixed [107 7/8] to", "number", 107.875),
    F("to yield [3.43%].", "percent", 3.43, "percent"),
    F("Each [50,000 Swiss franc] note is convertible from Nov. 30", "money", 50000, "CHF"),
    F("convertible from [Nov. 30, 1989], to", "date", date="1989-11-30"),
    F("to [March 16, 1994] at", "date", date="1994-03-16"),
    F("1994 at a [5%] premium", "percent", 5, "percent"),
    F("share price [Monday], when", "date"),
    F("Fees [1 3/4]. \n\nMitsubishi", "number", 1.75),
    # Mitsubishi
    F("(Japan) -- [60 million Swiss francs] of", "money", 60e6, "CHF"),
    F("due [Dec. 31, 1993], with", "date", date="1993-12-31"),
    F("with a fixed [0.25%] coupon at par via Union", "percent", 0.25, "percent"),
    F("Put option on [Dec. 31, 1991], at", "date", date="1991-12-31"),
    F("a fixed [106 7/8] to", "number", 106.875),
    F("to yield [3.42%].", "percent", 3.42, "percent"),
    F("Each [50,000 Swiss franc] note is convertible from Dec. 5", "money", 50000, "CHF"),
    F("convertible from [Dec. 5, 1989], to", "date", date="1989-12-05"),
    F("1989, to [Dec. 31, 1993], at", "date", date="1993-12-31"),
    F("1993, at a [5%] premium", "percent", 5, "percent"),
    F("share price [Tuesday], when", "date"),
    F("Fees [1 5/8].", "number", 1.625),
    # Koizumi
    F("Corp. (Japan) -- [20 million Swiss francs] of", "money", 20e6, "CHF"),
    F("of [6 1/2%] privately", "percent", 6.5, "percent"),
    F("due [Nov. 29, 1996], priced", "date", date="1996-11-29"),
    F("priced at [99 1/2] via", "number", 99.5),
    F("Ltd. Fees [1 3/4].", "number", 1.75),
]

ANN_TEST = {
    "wsj_0013": [
        F("in [Chapter 11] bankruptcy", "identifier"),
        F("had offered [$2 billion] to", "money", 2e9, "USD"),
        F("well below the [$2.29 billion] value", "money", 2.29e9, "USD", claimant="United Illuminating Co."),
        F("and the [$2.25 billion] Northeast", "money", 2.25e9, "USD", claimant="Northeast Utilities"),
        F("plan at about [$2.2 billion].", "money", 2.2e9, "USD", "approx", claimant=PSNH),
        F("over the next [five years], and", "duration", 5, "year", claimant="John Rowe"),
        F("increases -- [4.8%] over", "percent", 4.8, "percent"),
        F("4.8% over [seven years] against", "duration", 7, "year"),
        F("against around [5.5%] boosts", "percent", 5.5, "percent", "approx"),
        F("the other [two] outside bidders -- complicated", "count", 2, counted="bidders"),
        F("yesterday at [$3.75], off", "money", 3.75, "USD"),
        F("off [25 cents], in", "money", 25, "cent"),
    ],
    "wsj_0099": [
        F("received a [$534 million] Navy", "money", 534e6, "USD"),
        F("over an [84-month] period", "duration", 84, "month"),
        F("won a [$130.7 million] Air Force", "money", 130.7e6, "USD"),
        F("contract for [AC-130U] gunship", "identifier"),
        F("given a [$29.9 million] Air Force", "money", 29.9e6, "USD"),
        F("got a [$29.4 million] Air Force", "money", 29.4e6, "USD"),
    ],
    "wsj_0040": [
        F("plans with [three] of its regular", "count", 3, counted="suppliers", claimant=BOEING),
        F("its popular [767] twin-jet", "identifier", claimant=BOEING),
        F("The [three] Japanese companies", "count", 3, counted="companies"),
        F("body sections of the [767],", "identifier"),
        F("a combined [15%] of", "percent", 15, "percent"),
        R("rise to [between 20% and 25%] under", "percent", 20, 25, unit="percent",
          claimant="Japanese press reports"),
        F("with the larger [767], the", "identifier"),
        F("market in the [mid-1990s].", "date"),
    ],
    "wsj_0178": [
        F("largely flat in [September], while", "date"),
        F("shrank further in [October].", "date", claimant="purchasing agents"),
        F("stock rose [$3.375], to", "money", 3.375, "USD"),
        F("to [$47.125], in reaction", "money", 47.125, "USD"),
        F("NL Industries of [$50 a share], or", "money", 50, "USD"),
        F("or about [$1.1 billion].", "money", 1.1e9, "USD", "approx"),
        F("follows a [$55-a-share] bid", "money", 55, "USD"),
        F("rejected in [September], steps", "date"),
        F("time since [1981], is", "date", 1981, date="1981"),
        F("buy more than [15%] of", "percent", 15, "percent", "gt"),
        F("violations at [two] Pennsylvania", "count", 2, counted="plants"),
        F("record fine of [$7.3 million].", "money", 7.3e6, "USD"),
        F("he has run for [23 years].", "duration", 23, "year", claimant="Robert Bernstein"),
        F("to sell [$30 billion] in notes", "money", 30e9, "USD"),
        F("a record [$59.9 billion] last", "money", 59.9e9, "USD"),
        F("[Two] antitrust agencies", "count", 2, counted="agencies",
          claimant="some Democrats in Congress"),
        F("Volume [154,240,000] shares.", "count", 154240000, counted="shares"),
        F("industrials [2645.90], up", "number", 2645.9),
        F("2645.90, up [0.82];", "number", 0.82),
        F("transportation [1206.26], up", "number", 1206.26),
        F("1206.26, up [1.25];", "number", 1.25),
        F("utilities [220.45], up", "number", 220.45),
        F("220.45, up [1.26].", "number", 1.26),
        F("Treasury index [3436.58], up", "number", 3436.58),
        F("futures index [129.91], up", "number", 129.91),
        F("129.91, up [0.28];", "number", 0.28),
        F("spot index [131.01], up", "number", 131.01),
        F("131.01, up [1.17].", "number", 1.17),
        F("Dollar: [143.80 yen], up", "money", 143.8, "JPY"),
        F("yen, up [0.95];", "money", 0.95, "JPY"),
        F("0.95; [1.8500 marks], up", "money", 1.85, "DEM"),
        F("marks, up [0.0085].", "money", 0.0085, "DEM"),
    ],
    "wsj_0147": [
        F("have a [five-year] consulting", "duration", 5, "year", claimant="Michael K. Russell"),
        F("acquired [30%] of", "percent", 30, "percent"),
        F("a further [25%] from", "percent", 25, "percent"),
    ],
    "wsj_0072": [
        F("the Fed's [12] district banks", "count", 12, counted="banks"),
        F("look at the [third] quarter", "ordinal", 3, claimant=GUFFEY),
        F("roughly [2.5%] growth", "percent", 2.5, "percent", "approx", claimant=GUFFEY),
        F("slowing in the [fourth] quarter", "ordinal", 4, claimant=GUFFEY),
        F("by about [0.25 percentage point] to", "percent", 0.25, "percentage point", "approx"),
        F("point to [8.75%] after", "percent", 8.75, "percent"),
        F("after the [Oct. 13] stock", "date"),
        F("for the [fourth] month in a row", "ordinal", 4, claimant="Philadelphia Fed"),
        F("well below a [50%] chance", "percent", 50, "percent", "lt", claimant=GUFFEY),
    ],
    "wsj_0080": [
        F("Georgia Gulf Corp. for [$50 a share], or", "money", 50, "USD"),
        F("or about [$1.1 billion], stepping", "money", 1.1e9, "USD", "approx"),
        F("pay shareholders [$55 a share].", "money", 55, "USD"),
        F("that offer in [September] and", "date"),
        F("own a [9.9%] stake", "percent", 9.9, "percent"),
        F("owns [88%] of Valhi", "percent", 88, "percent"),
        F("owns [two-thirds] of NL", "fraction", 2 / 3),
        F("believes that [$55 a share] is", "money", 55, "USD", claimant="Paul Leming"),
        F("rose [$1.75 a share] yesterday", "money", 1.75, "USD"),
        F("close at [$51.25 a share],", "money", 51.25, "USD"),
        F("unchanged at [$22.75] and", "money", 22.75, "USD"),
        F("rose [62.5 cents] to", "money", 62.5, "cent"),
        F("62.5 cents to [$15], all", "money", 15, "USD"),
        F("included about [$250 million] in", "money", 250e6, "USD", "approx", claimant=MARTIN),
        F("put in \"[several hundred million]\" dollars", "money", 1e8, "USD", "ge",
          approximate=True, claimant=MARTIN),
        F("offer by [Tuesday].", "date", claimant=MARTIN),
        F("owns about [18%] of", "percent", 18, "percent", "approx"),
        F("gain [millions of dollars] if", "money", 1e6, "USD", "ge", approximate=True),
        F("In the [third] quarter, Georgia", "ordinal", 3),
        F("earned [$46.1 million],", "money", 46.1e6, "USD"),
        F("or [$1.85 a share], down", "money", 1.85, "USD"),
        F("from [$53 million],", "money", 53e6, "USD"),
        F("or [$1.85 a share] on", "money", 1.85, "USD"),
        F("fell to [$251.2 million] from", "money", 251.2e6, "USD"),
        F("from [$278.7 million].", "money", 278.7e6, "USD"),
    ],
    "wsj_0070": [
        F("outstanding issued [Monday] in", "date", claimant=RALLY),
        F("of record [Nov. 10] will", "date", claimant=RALLY),
        F("receive [1/10th of one cent a share] as", "money", 0.1, "cent", claimant=RALLY),
        F("led by [three] Rally's", "count", 3, counted="directors"),
        F("hold a [42.5%] stake", "percent", 42.5, "percent", claimant=TRIO),
        F("Rally's [nine]-member board", "count", 9, counted="member", claimant=TRIO),
    ],
    "wsj_0134": [
        F("send some [$100 million] in food", "money", 100e6, "USD", "approx"),
    ],
    "wsj_0158": [
        F("Reupke, [52 years] old", "duration", 52, "year"),
        F("and a [27-year] Reuters", "duration", 27, "year"),
        F("for only [six months].", "duration", 6, "month"),
        F("split among [three] other", "count", 3, counted="executives", claimant=REUTERS),
        F("was one of [three] executives", "count", 3, counted="executives"),
        F("Reuters's [eight]-person", "count", 8, counted="person"),
        F("rose [five pence] to", "money", 5, "penny"),
        F("to [913 pence] (", "money", 913, "penny"),
        F("([$14.43])", "money", 14.43, "USD"),
        F("representing [three] shares", "count", 3, counted="shares"),
        F("unchanged at [$43.875].", "money", 43.875, "USD"),
        F("The senior of the [three] executives", "count", 3, counted="executives"),
        F("Judah, [58], finance", "duration", 58, "year"),
        F("Holland, [45], deputy", "duration", 45, "year"),
        F("Mannix, [46], international", "duration", 46, "year"),
    ],
}




def selection(z):
    """``[(split, doc_id, text)]``: eligible files 37..66 in sample order."""
    return gt.wsj_selection(z, SEED, SPLITS, N_DEV, N_TEST, MIN_CHARS, MAX_CHARS, skip=N_USED)


def build():
    with zipfile.ZipFile(TREEBANK) as z:
        sample = selection(z)
    used = {r["doc_id"] for r in gt.read_jsonl(FIRST)}
    clash = sorted(used & {d for _, d, _ in sample})
    if clash:
        raise SystemExit(f"already in numbers_wsj.jsonl: {clash}")
    docs = [(s, {"doc_id": d, "text": t}) for s, d, t in sample]
    return gt.selected_rows(docs, SPLITS, (ANN, ANN_TEST))


def main(argv):
    rows = gt.read_or_build(argv, OUT, build)
    errors = gt.validate_figures(rows, set(SPLITS))
    used = {r["doc_id"] for r in gt.read_jsonl(FIRST)}
    errors += [f"{r['doc_id']} is in numbers_wsj.jsonl" for r in rows if r["doc_id"] in used]
    gt.report(errors)
    gt.print_split_counts(rows, SPLITS)
    if "--uncovered" in argv:
        gt.uncovered_digits(rows)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
