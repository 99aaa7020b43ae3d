"""Build and validate tests/data/numbers_wsj.jsonl from hand-written annotations.

A number gold set from a different source and register than the ABC rural stories:
36 Wall Street Journal articles (1989) from the Penn Treebank sample shipped with NLTK,
annotated by hand after reading each article, without running the extractor or the
evaluator and without reading the extractor's source.  The guidelines are those of
``numbers_gold.jsonl`` (tests/data/README.md); the WSJ-specific decisions are listed below.

Source and document text::

    z = zipfile.ZipFile("../shared/nltk_data/corpora/treebank.zip")
    raw = z.read(f"treebank/raw/wsj_{i:04d}")       # decoded as UTF-8, else latin-1
    text = "\\n".join(raw.split("\\n")[1:]).strip()   # drop the leading ".START" line

i.e. the file content with its first line (``.START``) removed and the result stripped of
leading/trailing whitespace; paragraphs, blank lines and trailing spaces inside the text
are kept exactly as in the file (offsets index this string).  ``doc_id`` is the file name
(``wsj_0004``), ``title`` is ``""`` and ``published`` is null (no date in the files).

Selection::

    order = random.Random(31).sample(range(1, 200), 199)   # a permutation of 1..199
    keep = [i for i in order if 400 <= len(text(i)) <= 6000][:36]
    keep[:24] -> split "wsj-dev", keep[24:36] -> split "wsj-test"

(k = 199 is fixed: ``sample`` with a smaller k may draw a different order.)  Skipped on
the way in sample order: short files (< 400 characters) wsj_0196, 0197, 0191, 0053, 0031,
0006, 0104, 0195, 0056; long files (> 6,000 characters, to keep annotation tractable)
wsj_0037 (9,904), 0036 (7,076), 0085 (6,398).

Each annotation is ``F(ctx, kind, value, ...)`` / ``R(ctx, kind, low, high, ...)`` where
``ctx`` is a verbatim piece of the article with the figure's span in [square brackets]
(scripts/goldtools.py).

Decisions where the guidelines are silent (taken while annotating, before any scoring):
- Currency: bare "$" and "cents" are USD; "US$" USD; "C$" and "Canadian dollars" CAD;
  "yen" JPY; "marks" DEM (West German marks).  "a nickel a pound" = 0.05 USD;
  "a U.S. penny" = 1 penny (article inside the span, like "a year"; amounts stated in
  cents/pennies keep the stated value with unit "cent"/"penny", the lead's convention
  applied after annotation: "65 cents a share" = 65 cent).
- Share prices: "$23.25 a share", "65 cents a share", "$18-a-share" -> money, the
  "a share" denominator inside the span (a rate, like "$2.75 a tonne"); value per share.
  A price change "up 12.5 cents" / "off $1" -> money.  Earnings per share stated as
  "earnings per share were $2.47" -> span "$2.47" (the denominator is not attached).
- "$8 million annually": "annually" is not an attached denominator, span "$8 million".
- Percent "3.5%" -> percent 3.5 (span includes "%").
- Points: stock-index and futures points -> quantity, unit "point" ("190 points",
  "20-point limit", "a 150-point drop"); "20 index points" -> unit "index point";
  "a full ratings point" -> quantity 1, unit "rating point", span with the article.
- Ages: "43 years old" -> duration 43 year, span "43 years" ("old" outside, like
  dev2's "[30 years] old"); "a 59-year-old investor" -> duration 59 year, span
  "59-year-old" (the whole hyphenated word; annotated as "59-year" first, changed by the
  lead to the project-wide convention shared with numbers_constructions).  An age in apposition right after
  a "... years old" age in the same sentence ("Norman Ricken, 52 years old ..., and
  Frederick Deane Jr., 63,") takes the elided unit (duration 63 year).
- Calendar: published is null, so month-day dates ("Nov. 29", "Oct. 13", "Sept. 30")
  and weekdays stay unresolved (date null); full dates ("Nov. 30, 1999") and month-year
  ("October 1988") are resolved; bare years are value + date.  "Friday Oct. 13" is one
  span; "Oct. 2-8" is one date span (value and date null).  "early August", "late
  October" -> span the month only; the glued "mid-October" is one span (changed by the
  lead from "October" to the convention of numbers_constructions, "mid-2007").  "pre-1917 debts" -> date 1917,
  bound lt.  "until next March or later" -> date, bound ge.
- Fiscal and model years: "fiscal 1990", "fiscal 1989's", "1992 models", "the 1990
  model year" -> kind date, span the year only, value the year, date null (not a
  calendar year).
- Quarters and halves: "the third quarter", "fourth-quarter earnings", "the first half
  of fiscal 1990" -> ordinal (span the ordinal word only, also inside a hyphenated
  compound: "[fourth]-quarter"), following "the first day of spring" in the guidelines;
  "half" there is a period, not a fraction.  "the first nine months" -> ordinal "first"
  + duration "nine months" (two figures); "the first 30 million barrels" likewise.
  "over the next three quarters", "16 consecutive quarters" -> duration, unit "quarter".
- Discourse enumerators "First, ..." / "Second, ..." that sequence listed items are
  ordinals; "No. 1" (rank) -> ordinal 1, span "No. 1".
- "a year earlier", "a week earlier", "the same week a year ago", "two years ago" ->
  duration (the amount of time), span without "earlier"/"ago".  "the next year or so",
  "several years", "in recent years" are not annotated; "the next year or two" ->
  duration range 1-2 year, span "year or two".
- Times: "5 p.m." -> time 17 (24-hour value), "1:30 p.m." -> 13.5, "3:15 p.m." ->
  15.25; a following time zone ("EST", "Chicago time") is outside the span; "after
  1:30 p.m." -> bound gt.
- Multipliers: "doubled" -> fraction 2 ("more than doubled" gt, "almost doubled"
  approx); "1.5 times" -> fraction 1.5, span with "times".  "one-third", "half",
  "a tenth", "a quarter" (of a share) -> fraction.
- Mixed/compound counts: the count span is the number only, also inside a hyphenated
  compound: "a [2,050]-passenger ship" (counted "passenger"), "the [12]-member board"
  (counted "member"), "A full, [four]-color page" (counted "color").  Vote tallies
  "the 300-113 vote", "passed 271-147" -> two counts each (counted "vote" / elided
  "votes").  "pay 0.82 share for each Williams share" -> count 0.82, counted "share".
  Elided count nouns: "ad pages totaled [1,620]" -> counted "pages"; "about 64 million
  of Telerate's 95 million common shares" -> "shares".
- Circulation figures ("circulation of 4,393,237") and index levels ("Consumer
  Confidence Index was 116.4", "a base of 100") have no counted noun or unit -> number.
- Hedges: a hedge applies only to the figure it immediately precedes ("about $405
  million from Taiwan, $400 million from South Korea ..." -> only the first is approx;
  "about 11 million yen ($77,000)" -> the dollar conversion is eq).  "an estimated" ->
  approx (blind-set decision).  "X or more" -> ge, "X or less" -> le.  A negated
  "couldn't be depressed more than five inches" -> le (at most).  "about equal fiscal
  1989's operating profit of $630.9 million": "about" hedges the verb, the figure is eq.
- Ranges: "175 million to 180 million Canadian dollars" and "(US$148.9 million to
  $153.3 million)" are one span each; "ranged monthly from 2.9% to 3.7%" is a range
  (one span); "ranged from a low of 112.9 to a high of 120.7" is two figures.
- Quantities: "metric tons" -> unit "tonne"; a bare "tons" -> "ton"; "pounds" of weight
  -> "pound"; "11,000 barrels a day" -> unit "barrel per day", and "to about 321,000
  barrels" in the same clause (the rate elided) also "barrel per day".
- Identifiers: "Standard & Poor's 500" -> identifier, span "500"; "S&P 500" -> span
  "S&P 500" (changed by the lead from "500" to the convention of numbers_constructions); "B-1B",
  "C-130"; "Chapter 11" (span with "Chapter", like "Section 45").  Not annotated:
  "World War II", "Class B", "Series A", "F-series", "one-time" (adjective), the
  "two-time-losers" amendment (like "twice"), "the Big Board", "at one point".
  "The Big Three auto makers" / "the big three weeklies" -> count 3.
- Claimant: as in the guidelines; in WSJ also "X reported/announced/disclosed/indicated/
  stressed/attributed ... <figure>" (speech acts with a noun-phrase object) and
  "according to X" give X; "expects", "hopes", "plans", "believes"-type cognition in a
  company's own sentence without a speech verb stays narrator.  People by their full
  name as introduced, without titles ("Alan Spoon", "W. James Nichol"); companies and
  agencies by their full name as introduced ("Dow Jones & Co.", "Ralston Purina Co.",
  "U.S. International Trade Commission", "State Department"); unnamed sources as
  written ("a spokeswoman for Crum & Forster", "ITC officials", "several traders",
  "analysts", "the industry").  Non-restrictive relative clauses and parentheticals set
  off inside reported speech ("..., which was triggered Oct. 13, ...", "(equal to about
  100 points ...)", "the amendment, which passed 271-147,") are the narrator's.  A
  fronted time adverbial before the attribution ("In September, the company said ...")
  is the narrator's.  A sentence after a reported-speech sentence without its own
  attribution is narrator.  Survey results ("19.6% of consumers ... believed",
  "6.7% of respondents said") are the narrator's report of the survey: narrator, also
  for figures inside the respondents' clause ("in the coming six months").
  The letter to the editor (wsj_0094) is narrated by its writer: narrator.

Run:  .venv/bin/python scripts/annotate_numbers_wsj.py            (write + validate)
      .venv/bin/python scripts/annotate_numbers_wsj.py --check    (validate only)
"""

from __future__ import annotations

import sys
import zipfile

import goldtools as gt
from goldtools import F, R

from analysis.paths import nltk_data_dir

OUT = gt.DATA / "numbers_wsj.jsonl"
TREEBANK = nltk_data_dir() / "corpora" / "treebank.zip"  # ../shared, $ANALYSIS_SHARED or $NLTK_DATA
SPLITS = ("wsj-dev", "wsj-test")
SEED, N_DEV, N_TEST = 31, 24, 12
MIN_CHARS, MAX_CHARS = 400, 6000

IBC = "IBC/Donoghue's Money Fund Report"
FNMA, DOM = "U.S. Federal National Mortgage Association", "David O. Maxwell"
CFS, SPOON = "a spokeswoman for Crum & Forster", "Alan Spoon"
PIB, ABC = "Publishers Information Bureau", "Audit Bureau of Circulations"
NIELSEN, ITC = "A.C. Nielsen Co.", "U.S. International Trade Commission"
BRA, CCL = "Bramalea Ltd.", "Carnival Cruise Lines Inc."
JADA = "Japan Automobile Dealers' Association"
SD, CC, RP = "State Department", "Comprehensive Care Corp.", "Ralston Purina Co."
OBC, ELCO = "Olympia Broadcasting Corp.", "Elco Industries Inc."
ROG, DJ = "Rogers Communications Inc.", "Dow Jones & Co."
CME, MELAMED, PHELAN = "Chicago Mercantile Exchange", "Leo Melamed", "John Phelan"
FUJ, NEC, RI, BEALL = "Fujitsu Ltd.", "NEC Corp.", "Rockwell International Corp.", "Donald Beall"
LINDEN, CB = "Fabian Linden", "Conference Board"

ANN = {
    "wsj_0004": [
        F("The average [seven-day] compound yield of the 400", "duration", 7, "day"),
        F("of the [400] taxable funds tracked", "count", 400, counted="funds"),
        F("point to [8.45%] from", "percent", 8.45, "percent"),
        F("from [8.47%] for", "percent", 8.47, "percent"),
        F("week ended [Tuesday]", "date"),
        F("continues for [a year]", "duration", 1, "year"),
        F("lengthened by [a day] to", "duration", 1, "day", claimant=IBC),
        F("to [41 days],", "duration", 41, "day", claimant=IBC),
        F("early [August],", "date", claimant=IBC),
        F("year -- [33 days]", "duration", 33, "day"),
        F("on [six-month] Treasury", "duration", 6, "month"),
        F("at [Monday]'s auction", "date"),
        F("rose to [8.04%] from", "percent", 8.04, "percent"),
        F("from [7.90%].", "percent", 7.9, "percent"),
        F("Assets of the [400] taxable", "count", 400, counted="funds"),
        F("grew by [$1.5 billion] during", "money", 1.5e9, "USD"),
        F("to [$352.7 billion].", "money", 352.7e9, "USD"),
        F("well over [9%].", "percent", 9, "percent", "gt"),
        F("had a [seven-day] compound yield", "duration", 7, "day"),
        F("yield of [9.37%] during", "percent", 9.37, "percent"),
        F("down from [9.45%] a week", "percent", 9.45, "percent"),
        F("9.45% [a week] earlier", "duration", 1, "week"),
        F("The average [seven-day] simple yield", "duration", 7, "day"),
        F("of the [400] funds was", "count", 400, counted="funds"),
        F("was [8.12%], down", "percent", 8.12, "percent"),
        F("down from [8.14%].", "percent", 8.14, "percent"),
        F("The [30-day] simple yield", "duration", 30, "day"),
        F("average [8.19%] from", "percent", 8.19, "percent"),
        F("from [8.22%];", "percent", 8.22, "percent"),
        F("the [30-day] compound yield", "duration", 30, "day"),
        F("average [8.53%] from", "percent", 8.53, "percent"),
        F("from [8.56%].", "percent", 8.56, "percent"),
    ],
    "wsj_0121": [
        F("Citing the [October 1987] crash", "date", date="1987-10", claimant="Glenn Miller"),
        F("a [59-year-old] Los Angeles", "duration", 59, "year"),
        F("a [31-year-old] asset", "duration", 31, "year"),
        F("a [25-year-old] New York", "duration", 25, "year"),
        F("recouped the [$5,000] he lost", "money", 5000, "USD", claimant="Scott Taccetta"),
        F("lost in the [1987] crash when", "date", 1987, date="1987", claimant="Scott Taccetta"),
        F("last [Oct. 13].", "date", claimant="Scott Taccetta"),
        F("by the [first] quarter of 1990", "ordinal", 1),
        F("quarter of [1990].", "date", 1990, date="1990"),
        F("In [October], before", "date"),
        F("an [84-year-old] Chicago", "duration", 84, "year"),
        F("after the [1987] crash to buy", "date", 1987, date="1987"),
        F("since the [Oct. 13] plunge", "date"),
    ],
    "wsj_0029": [
        F("bought up [two] new mortgage", "count", 2, counted="funds", claimant=FNMA),
        F("totaling [$701 million]", "money", 701e6, "USD", claimant=FNMA),
        F("more than [90%] of the funds", "percent", 90, "percent", "gt", claimant=DOM),
        F("a similar, [$570 million] mortgage", "money", 570e6, "USD"),
        F("The latest [two] funds", "count", 2, counted="funds"),
        F("The new, [seven-year] funds", "duration", 7, "year"),
        F("offer [two] key advantages", "count", 2, counted="advantages"),
        F("[First], they are designed", "ordinal", 1),
        F("[Second], they channel", "ordinal", 2),
        F("more than [1%] of the", "percent", 1, "percent", "gt"),
        F("of the [$900 billion] in such", "money", 900e9, "USD"),
        F("buying [$2.4 billion] in Fannie", "money", 2.4e9, "USD"),
        F("during the [first] nine months", "ordinal", 1),
        F("first [nine months] of the year", "duration", 9, "month"),
        F("or almost [a tenth] of", "fraction", 0.1, bound="approx"),
    ],
    "wsj_0101": [
        F("more than [$500 million] in economic", "money", 500e6, "USD", "gt"),
        F("on [$240 million] in credit", "money", 240e6, "USD"),
        F("guarantees in fiscal [1990] in hopes", "date", 1990),
        F("approved [$200 million] in secondary", "money", 200e6, "USD"),
        F("increased by [$40 million] over", "money", 40e6, "USD"),
        F("over fiscal [1989] as part", "date", 1989),
        F("at least [$55 million] in direct", "money", 55e6, "USD", "ge"),
        F("adding more than [$200 million] in", "money", 200e6, "USD", "gt"),
        F("an estimated [$140 million] from", "money", 140e6, "USD", "approx"),
        F("approved [$220 million] for", "money", 220e6, "USD"),
        F("an [11%] increase", "percent", 11, "percent"),
        F("increase over fiscal [1989].", "date", 1989),
        F("In a [second] area", "ordinal", 2),
        F("additional [$15 million] will", "money", 15e6, "USD"),
        F("quota of [30,537 metric tons] over", "quantity", 30537, "tonne"),
        F("over a [21-month] period", "duration", 21, "month"),
        F("ending [Sept. 30, 1990].", "date", date="1990-09-30"),
        F("About [a quarter] of this share", "fraction", 0.25, bound="approx",
          claimant="the industry"),
        F("remaining [23,403 tons] are", "quantity", 23403, "ton"),
        F("price of [18 cents a pound] runs", "money", 18, "cent"),
        F("as much as [a nickel a pound] above", "money", 0.05, "USD", "le"),
        F("nearly [$9.3 million],", "money", 9.3e6, "USD", "approx"),
        F("approval to [$3.18 billion] in", "money", 3.18e9, "USD"),
        F("programs in fiscal [1990].", "date", 1990),
        F("an estimated [$27.1 billion] transportation", "money", 27.1e9, "USD", "approx"),
        F("a nearly [$17.3 billion] fiscal", "money", 17.3e9, "USD", "approx"),
        F("billion fiscal [1990] bill", "date", 1990),
        F("a battle [Tuesday] night", "date"),
    ],
    "wsj_0176": [
        F("laying off about [300] people", "count", 300, bound="approx", counted="people",
          claimant="Xerox Corp."),
        F("or [25%] of the staff", "percent", 25, "percent", claimant="Xerox Corp."),
        F("less than [$4 million]", "money", 4e6, "USD", "lt", claimant=CFS),
        F("over the next [three quarters].", "duration", 3, "quarter", claimant=CFS),
        F("for the [first] nine months", "ordinal", 1),
        F("first [nine months], Xerox", "duration", 9, "month"),
        F("earned [$492 million],", "money", 492e6, "USD"),
        F("or [$4.55 a share],", "money", 4.55, "USD"),
        F("revenue of [$12.97 billion].", "money", 12.97e9, "USD"),
    ],
    "wsj_0012": [
        F("advertising rates for [1990] and", "date", 1990, date="1990", claimant="Newsweek"),
        F("is the [second] incentive plan", "ordinal", 2),
        F("advertisers in [three years].", "duration", 3, "year"),
        F("increase [5%] in January", "percent", 5, "percent", claimant=SPOON),
        F("5% in [January].", "date", claimant=SPOON),
        F("A full, [four]-color page", "count", 4, counted="color"),
        F("will cost [$100,980].", "money", 100980, "USD"),
        F("In [mid-October],", "date"),
        F("rate base for [1990] while", "date", 1990, date="1990"),
        F("effectively [7.5%] higher", "percent", 7.5, "percent"),
        F("costs about [$120,000].", "money", 120000, "USD", "approx"),
        F("announce its [1990] ad rates", "date", 1990, date="1990"),
        F("who in [1990] meet", "date", 1990, date="1990"),
        F("exceed their [1989] spending", "date", 1989, date="1989"),
        F("spent [$325,000] in 1989", "money", 325000, "USD"),
        F("$325,000 in [1989] and", "date", 1989, date="1989"),
        F("and [$340,000] in 1990", "money", 340000, "USD"),
        F("$340,000 in [1990].", "date", 1990, date="1990"),
        F("ad pages in the [first] nine months", "ordinal", 1, claimant=SPOON),
        F("first [nine months] of 1989;", "duration", 9, "month", claimant=SPOON),
        F("nine months of [1989];", "date", 1989, date="1989", claimant=SPOON),
        F("totaled [1,620], a drop", "count", 1620, counted="pages", claimant=PIB),
        F("a drop of [3.2%] from", "percent", 3.2, "percent", claimant=PIB),
        F("the big [three] weeklies", "count", 3, counted="weeklies"),
        F("circulation of [4,393,237],", "number", 4393237, claimant=ABC),
        F("a decrease of [7.3%].", "percent", 7.3, "percent", claimant=ABC),
        F("for the [first] six months", "ordinal", 1),
        F("first [six months] of 1989 was", "duration", 6, "month"),
        F("six months of [1989] was", "date", 1989, date="1989"),
        F("was [3,288,453], flat", "number", 3288453),
        F("was [2,303,328], down", "number", 2303328),
        F("down [2.6%].", "percent", 2.6, "percent"),
    ],
    "wsj_0138": [
        F("offering of [1,050,000] common", "count", 1050000, counted="shares"),
        F("offering of [150,000] shares", "count", 150000, counted="shares"),
        F("offering of [830,000] common", "count", 830000, counted="shares"),
        F("offering of [five million] common", "count", 5e6, counted="shares"),
        F("offering of [$1.5 billion] in senior", "money", 1.5e9, "USD"),
        F("up to [$300 million] zero", "money", 300e6, "USD", "le"),
        F("offering of [1.2 million] shares", "count", 1.2e6, counted="shares"),
        F("offering of [3,250,000] shares", "count", 3250000, counted="shares"),
        F("which [3,040,000] shares", "count", 3040000, counted="shares"),
        F("and [210,000] shares", "count", 210000, counted="shares"),
    ],
    "wsj_0060": [
        F("debut in [1984],", "date", 1984, date="1984"),
        F("keeps [millions] of viewers", "count", 1e6, bound="ge", approximate=True,
          counted="viewers"),
        F("laughing [Thursday] night", "date"),
        F("record prices [two years] ago", "duration", 2, "year"),
        F("many of the [187] network", "count", 187, counted="affiliates"),
        F("available in [1991].", "date", 1991, date="1991"),
        F("down [a full ratings point] in", "quantity", 1, "rating point", claimant=NIELSEN),
        F("week of [Oct. 2-8] over", "date", claimant=NIELSEN),
        F("same week [a year] ago", "duration", 1, "year", claimant=NIELSEN),
    ],
    "wsj_0183": [
        F("until next [March] or later", "date", bound="ge", claimant="ITC officials"),
        F("sweaters in [1988] totaled", "date", 1988, date="1988", claimant=ITC),
        F("totaled about [$405 million] from", "money", 405e6, "USD", "approx", claimant=ITC),
        F("[$400 million] from South Korea", "money", 400e6, "USD", claimant=ITC),
        F("and [$125 million] from Hong Kong", "money", 125e6, "USD", claimant=ITC),
        F("totaled about [$17 million] last", "money", 17e6, "USD", "approx"),
    ],
    "wsj_0038": [
        F("issue [100 million Canadian dollars] (", "money", 100e6, "CAD", claimant=BRA),
        F("([US$85.1 million])", "money", 85.1e6, "USD", claimant=BRA),
        F("of [10.5%] senior", "percent", 10.5, "percent", claimant=BRA),
        F("due [Nov. 30, 1999],", "date", date="1999-11-30", claimant=BRA),
        F("with [100,000] bond", "count", 100000, counted="warrants", claimant=BRA),
        F("buy [C$1,000] principal", "money", 1000, "CAD", claimant=BRA),
        F("expire [Nov. 30, 1990].", "date", date="1990-11-30"),
        F("less than [9%];", "percent", 9, "percent", "lt", claimant=BRA),
    ],
    "wsj_0009": [
        F("Vitulli, [43 years] old", "duration", 43, "year"),
        F("for [20 years].", "duration", 20, "year"),
    ],
    "wsj_0170": [
        F("construction of [two] big", "count", 2, counted="ships", claimant=CCL),
        F("be an [11%] shareholder", "percent", 11, "percent", claimant=CCL),
        F("a [2,050]-passenger ship", "count", 2050, counted="passenger", claimant=CCL),
        F("delivered in [January].", "date", claimant=CCL),
        F("A [second] ship", "ordinal", 2),
        F("early in [1991].", "date", 1991, date="1991"),
        F("A planned [third] ship", "ordinal", 3, claimant=CCL),
    ],
    "wsj_0016": [
        F("buses in [October] rose", "date", claimant=JADA),
        F("rose [18%] from", "percent", 18, "percent", claimant=JADA),
        F("18% from [a year] earlier", "duration", 1, "year", claimant=JADA),
        F("to [500,004] units", "count", 500004, counted="units", claimant=JADA),
        F("increases of [21%] in", "percent", 21, "percent"),
        F("21% in [August]", "date"),
        F("and [12%] in", "percent", 12, "percent"),
        F("12% in [September].", "date"),
        F("since [March].", "date"),
        F("[October] sales, compared", "date"),
        F("down [0.4%].", "percent", 0.4, "percent"),
        F("grew [22%] from", "percent", 22, "percent"),
        F("22% from [a year] earlier", "duration", 1, "year"),
        F("to [361,376] units", "count", 361376, counted="units"),
        F("more than [doubled] to", "fraction", 2, bound="gt"),
        F("to [30,841] units", "count", 30841, counted="units"),
        F("from [13,056] in", "count", 13056, counted="units"),
        F("in [October 1988].", "date", date="1988-10"),
    ],
    "wsj_0035": [
        F("repayment by Moscow of [$188 million] in", "money", 188e6, "USD", claimant=SD),
        F("after [two] meetings", "count", 2, counted="meetings"),
        F("opened in [July].", "date"),
        F("settle the [$188 million] debt", "money", 188e6, "USD"),
        F("seized power in [1917].", "date", 1917, date="1917"),
        F("Under a [1934] law", "date", 1934, date="1934"),
        F("settled pre-[1917] debts", "date", 1917, bound="lt", date="1917"),
        F("the pre-[1933] debts", "date", 1933, bound="lt", date="1933", claimant=SD),
        F("settle [hundreds of millions of dollars] in", "money", 1e8, "USD", "ge",
          approximate=True),
    ],
    "wsj_0188": [
        F("repay [$45 million] in debt", "money", 45e6, "USD", claimant=CC),
        F("during the past [four months].", "duration", 4, "month", claimant="W. James Nichol"),
        F("closed at [$3.75 a share],", "money", 3.75, "USD"),
        F("up [12.5 cents].", "money", 12.5, "cent"),
    ],
    "wsj_0189": [
        F("reported a [47%] decline", "percent", 47, "percent", claimant=RP),
        F("decline in [fourth]-quarter earnings", "ordinal", 4, claimant=RP),
        F("earned [$45.2 million],", "money", 45.2e6, "USD"),
        F("or [65 cents a share],", "money", 65, "cent"),
        F("compared with [$84.9 million],", "money", 84.9e6, "USD"),
        F("or [$1.24 a share],", "money", 1.24, "USD"),
        F("$1.24 a share, [a year] earlier", "duration", 1, "year"),
        F("were [$1.76 billion],", "money", 1.76e9, "USD"),
        F("a [13%] increase", "percent", 13, "percent"),
        F("last year's [$1.55 billion].", "money", 1.55e9, "USD"),
        F("year ended [Sept. 30],", "date"),
        F("earned [$422.5 million],", "money", 422.5e6, "USD"),
        F("or [$6.44 a share],", "money", 6.44, "USD"),
        F("up [8.9%] from", "percent", 8.9, "percent"),
        F("from [$387.8 million],", "money", 387.8e6, "USD"),
        F("or [$5.63 a share].", "money", 5.63, "USD"),
        F("gain of [$70.2 million]", "money", 70.2e6, "USD"),
        F("were [$6.6 billion],", "money", 6.6e9, "USD"),
        F("up [13%] from", "percent", 13, "percent"),
        F("from [$5.8 billion].", "money", 5.8e9, "USD"),
        F("its [fourth]-quarter slump", "ordinal", 4, claimant=RP),
        F("at [$80.50], off", "money", 80.5, "USD"),
        F("off [$1], in", "money", 1, "USD"),
    ],
    "wsj_0115": [
        F("make a [$1.64 million] semiannual", "money", 1.64e6, "USD", claimant=OBC),
        F("on [$23.4 million] of senior", "money", 23.4e6, "USD", claimant=OBC),
        F("payment by [Dec. 1] to", "date", claimant=OBC),
        F("In [September], the company", "date"),
        F("for its [five] radio stations", "count", 5, counted="stations", claimant=OBC),
    ],
    "wsj_0135": [
        F("year ending [June 30, 1990],", "date", date="1990-06-30", claimant=ELCO),
        F("estimate of [$1.65 a share].", "money", 1.65, "USD", claimant=ELCO),
        F("above\" fiscal [1989] sales", "date", 1989, claimant=ELCO),
        F("sales of [$155 million].", "money", 155e6, "USD", claimant=ELCO),
        F("In fiscal [1989], Elco", "date", 1989),
        F("earned [$7.8 million],", "money", 7.8e6, "USD"),
        F("or [$1.65 a share].\n", "money", 1.65, "USD"),
        F("fell [$1.125] to", "money", 1.125, "USD"),
        F("to [$13.625] in", "money", 13.625, "USD"),
    ],
    "wsj_0106": [
        R("raise [175 million to 180 million Canadian dollars] (", "money", 175e6, 180e6,
          unit="CAD", claimant=ROG),
        R("([US$148.9 million to $153.3 million])", "money", 148.9e6, 153.3e6, unit="USD",
          claimant=ROG),
        F("at around [8%].", "percent", 8, "percent", "approx",
          claimant="a spokesman for the Toronto cable television and telecommunications concern"),
    ],
    "wsj_0152": [
        F("its [$18-a-share] offer", "money", 18, "USD", claimant=DJ),
        F("until [5 p.m.] EST", "time", 17, claimant=DJ),
        F("EST [Nov. 9].", "date", claimant=DJ),
        F("at about [$576 million] for", "money", 576e6, "USD", "approx"),
        F("for the [33%] of Telerate", "percent", 33, "percent"),
        F("expire [Nov. 6].", "date"),
        F("owns about [64 million] of", "count", 64e6, bound="approx", counted="shares"),
        F("Telerate's [95 million] common", "count", 95e6, counted="shares"),
        F("that about [24,000] shares", "count", 24000, bound="approx", counted="shares",
          claimant=DJ),
        F("Telerate's [two] independent", "count", 2, counted="directors"),
        F("closed at [$19.50],", "money", 19.5, "USD"),
        F("up [12.5 cents].", "money", 12.5, "cent"),
    ],
    "wsj_0024": [
        F("raised by [11,000 barrels a day] to", "quantity", 11000, "barrel per day"),
        F("to about [321,000 barrels] with", "quantity", 321000, "barrel per day", "approx"),
        F("field, the [first] of five", "ordinal", 1),
        F("first of [five] small", "count", 5, counted="fields"),
        F("end of [1990].", "date", 1990, date="1990"),
        F("started production [Tuesday].", "date", claimant="Esso Australia Ltd."),
        F("reaches about [11,000 barrels a day].", "quantity", 11000, "barrel per day", "approx"),
        F("reserves of [21 million barrels].", "quantity", 21e6, "barrel"),
        F("for the [five] new fields", "count", 5, counted="fields"),
        F("total [50 million barrels].", "quantity", 50e6, "barrel"),
        F("decided in [1987] to", "date", 1987, date="1987", claimant="Esso Australia Ltd."),
        F("make the [first] 30 million", "ordinal", 1, claimant="Esso Australia Ltd."),
        F("first [30 million barrels] from", "quantity", 30e6, "barrel",
          claimant="Esso Australia Ltd."),
    ],
    "wsj_0088": [
        F("a new [one-hour] price limit", "duration", 1, "hour", claimant=CME),
        F("Standard & Poor's [500] stock-index", "identifier", claimant=CME),
        F("once [S&P 500] futures", "identifier", claimant=CME),
        F("fell [20 index points] --", "quantity", 20, "index point", claimant=CME),
        F("about a [150-point] drop", "quantity", 150, "point", "approx", claimant=CME),
        F("If the [20-point] limit", "quantity", 20, "point"),
        F("after [1:30 p.m.] Chicago", "time", 13.5, bound="gt"),
        F("at [3:15 p.m.]", "time", 15.25),
        F("on [Friday Oct. 13], when", "date", claimant=CME),
        F("plunged [190 points]", "quantity", 190, "point", claimant=CME),
        F("Late that afternoon the [S&P 500]", "identifier"),
        F("a total of [30 index points]", "quantity", 30, "index point"),
        F("existing [30-minute],", "duration", 30, "minute", claimant=CME),
        F("30-minute, [12-point] limit", "quantity", 12, "point", claimant=CME),
        F("limit on [S&P 500] stock-index", "identifier", claimant=CME),
        F("equal to about [100 points] on", "quantity", 100, "point", "approx"),
        F("was triggered [Oct. 13], will", "date"),
        F("said that the [12-point] limit", "quantity", 12, "point", claimant=MELAMED),
        F("selling panic [Oct. 13].", "date", claimant=MELAMED),
        F("down to the [30-point] limit", "quantity", 30, "point"),
        F("intermediate limit of [20 points]", "quantity", 20, "point"),
        F("Merc's [12-point] circuit-breaker", "quantity", 12, "point", claimant="several traders"),
        F("market slide [Oct. 13] by", "date", claimant="several traders"),
        F("that the [30-point] circuit breaker", "quantity", 30, "point", claimant=CME),
        F("only a [one-hour] respite", "duration", 1, "hour"),
        F("maximum [one-day] limit", "duration", 1, "day", claimant=CME),
        F("for the [S&P 500] stock-index futures contract;", "identifier", claimant=CME),
        F("the [one-day] limit now", "duration", 1, "day", claimant=CME),
        F("now is [50 index points].", "quantity", 50, "index point", claimant=CME),
        F("to the [five-point] opening", "quantity", 5, "point"),
        F("said that [five-point] limit", "quantity", 5, "point", claimant=CME),
        F("for the [first] 10 minutes", "ordinal", 1, claimant=CME),
        F("first [10 minutes] of trading.", "duration", 10, "minute", claimant=CME),
        F("the opening [10 minutes] of", "duration", 10, "minute"),
        F("moved [50 points],", "quantity", 50, "point", claimant=PHELAN),
        F("[Fifteen] of the 26", "count", 15, counted="members"),
        F("of the [26] subcommittee", "count", 26, counted="members"),
    ],
    "wsj_0051": [
        F("bids of just [one yen] for", "money", 1, "JPY"),
        F("less than [a U.S. penny] on", "money", 1, "penny", "lt", claimant=FUJ),
        F("on [three] separate", "count", 3, counted="contracts", claimant=FUJ),
        F("during the past [two years].", "duration", 2, "year", claimant=FUJ),
        F("it offered [10,000 yen], or", "money", 10000, "JPY", claimant=FUJ),
        F("or about [$70], for", "money", 70, "USD", "approx", claimant=FUJ),
        F("Japan's [No. 1] computer", "ordinal", 1),
        F("bid [one yen] in two", "money", 1, "JPY", claimant=NEC),
        F("in [two] separate public", "count", 2, counted="auctions", claimant=NEC),
        F("since [1987].", "date", 1987, date="1987", claimant=NEC),
        F("The \"[one-yen]\" controversy", "money", 1, "JPY"),
        F("pay about [11 million yen] (", "money", 11e6, "JPY", "approx"),
        F("([$77,000])", "money", 77000, "USD"),
        F("Then [Wednesday], Fujitsu", "date"),
        F("prefecture [two weeks] earlier", "duration", 2, "week", claimant=FUJ),
        F("that in [July], it bid", "date", claimant=FUJ),
        F("it bid [10,000 yen] to design", "money", 10000, "JPY", claimant=FUJ),
        F("and [two years] ago", "duration", 2, "year", claimant=FUJ),
        F("it bid [one yen] to plan", "money", 1, "JPY", claimant=FUJ),
        F("cases until [Wednesday].", "date", claimant="Takuma Yamamoto"),
        F("\"[One yen] is not ethical", "money", 1, "JPY", claimant="Michio Sasaki"),
    ],
    "wsj_0175": [
        F("tendering [99.3%] of all", "percent", 99.3, "percent"),
        F("by the [Tuesday] deadline", "date"),
        F("paying [$27 a share], or", "money", 27, "USD"),
        F("or [$3.55 billion], cash", "money", 3.55e9, "USD"),
        F("assuming [$1.4 billion] of", "money", 1.4e9, "USD"),
        F("for [$200 million] is", "money", 200e6, "USD"),
        F("to close [Monday].", "date"),
    ],
}

ANN_TEST = {
    "wsj_0094": [
        F("Your [Oct. 6] article", "date"),
        F("at least [three] things", "count", 3, bound="ge", counted="things"),
    ],
    "wsj_0153": [
        F("for the [fourth] quarter ended", "ordinal", 4, claimant=RI),
        F("quarter ended [Sept. 30].", "date", claimant=RI),
        F("that the [first] half of fiscal", "ordinal", 1, claimant=RI),
        F("half of fiscal [1990] could", "date", 1990, claimant=RI),
        F("said [first]-half profit", "ordinal", 1, claimant=BEALL),
        F("in the [second] half", "ordinal", 2, claimant=BEALL),
        F("equal fiscal [1989]'s operating", "date", 1989, claimant=BEALL),
        F("profit of [$630.9 million].", "money", 630.9e6, "USD", claimant=BEALL),
        F("For fiscal [1989]'s fourth", "date", 1989),
        F("1989's [fourth] quarter, Rockwell", "ordinal", 4),
        F("totaled [$126.1 million],", "money", 126.1e6, "USD"),
        F("or [50 cents a share].", "money", 50, "cent"),
        F("earnings of [$132.9 million],", "money", 132.9e6, "USD"),
        F("or [49 cents a share], the", "money", 49, "cent"),
        F("adjustment on the [B-1B] bomber", "identifier"),
        F("net [$185.9 million],", "money", 185.9e6, "USD"),
        F("or [70 cents a share].", "money", 70, "cent"),
        F("Sales rose [4%] to", "percent", 4, "percent"),
        F("to [$3.28 billion] from", "money", 3.28e9, "USD"),
        F("from [$3.16 billion].", "money", 3.16e9, "USD"),
        F("soared [12%] to", "percent", 12, "percent"),
        F("to [$107.9 million] from", "money", 107.9e6, "USD"),
        F("from [$96.4 million].", "money", 96.4e6, "USD"),
        F("All [four] areas", "count", 4, counted="areas"),
        F("for the [three months] ended", "duration", 3, "month"),
        F("months ended [Sept. 30].", "date"),
        F("jump [79%] to", "percent", 79, "percent"),
        F("to [$42.1 million] from", "money", 42.1e6, "USD"),
        F("from [$23.5 million].", "money", 23.5e6, "USD"),
        F("almost [doubled].", "fraction", 2, bound="approx"),
        F("sagged [37%] for", "percent", 37, "percent"),
        F("and [15%] for the year", "percent", 15, "percent"),
        F("lower [B-1B] program", "identifier"),
        F("in [April 1988].", "date", date="1988-04"),
        F("in the [fourth] quarters of", "ordinal", 4),
        F("quarters of [1989] and", "date", 1989, date="1989"),
        F("1989 and [1988] on", "date", 1988, date="1988"),
        F("probably the [C-130] gunship", "identifier", claimant="analysts"),
        F("For fiscal [1989], the company", "date", 1989),
        F("net of [$734.9 million],", "money", 734.9e6, "USD"),
        F("or [$2.87 a share],", "money", 2.87, "USD"),
        F("down from [$811.9 million],", "money", 811.9e6, "USD"),
        F("or [$3.04 a share],", "money", 3.04, "USD"),
        F("$3.04 a share, in fiscal [1988].", "date", 1988),
        F("share were [$2.47],", "money", 2.47, "USD"),
        F("up [7.4%] from", "percent", 7.4, "percent"),
        F("from [$2.30] in", "money", 2.3, "USD"),
        F("$2.30 in fiscal [1988].", "date", 1988),
        F("rose [5%] to", "percent", 5, "percent"),
        F("to [$12.52 billion] from", "money", 12.52e9, "USD"),
        F("from [$11.95 billion] in", "money", 11.95e9, "USD"),
        F("billion in fiscal [1988].", "date", 1988),
    ],
    "wsj_0064": [
        F("beginning with [1992] models", "date", 1992),
        F("in the [1992] model year", "date", 1992),
        F("In [September], the department", "date"),
        F("The Big [Three] auto", "count", 3, counted="makers"),
        F("almost [one-third] of all", "fraction", 1 / 3, bound="approx"),
        F("almost [half] of all", "fraction", 0.5, bound="approx", claimant="John Danforth"),
        F("weighing [10,000 pounds] or less", "quantity", 10000, "pound", "le"),
        F("a force of [1.5 times] the", "fraction", 1.5),
        F("more than [five inches].", "quantity", 5, "inch", "le"),
        F("end of the [1990] model year", "date", 1990, claimant="a Chrysler Corp. official"),
        F("by the [Sept. 1, 1991], deadline", "date", date="1991-09-01",
          claimant="a Chrysler Corp. official"),
        F("since [1982].", "date", 1982, date="1982", claimant="John Leinonen"),
        F("in the [1989] model year", "date", 1989),
    ],
    "wsj_0054": [
        F("acquire [two] construction", "count", 2, counted="plants", claimant="Furukawa Co."),
        F("Last [October],", "date"),
        F("about [40 billion yen] (", "money", 40e9, "JPY", "approx", claimant="Furukawa Co."),
        F("([$280 million])", "money", 280e6, "USD", claimant="Furukawa Co."),
    ],
    "wsj_0107": [
        F("approved [two] amendments", "count", 2, counted="amendments"),
        F("the [300]-113 vote", "count", 300, counted="vote"),
        F("the 300-[113] vote", "count", 113, counted="vote"),
        F("up to [50 days]", "duration", 50, "day", "le"),
        F("purchase of [15%] or more", "percent", 15, "percent", "ge"),
        F("passed [271]-147,", "count", 271, counted="votes"),
        F("passed 271-[147],", "count", 147, counted="votes"),
        F("On [Tuesday], the House", "date"),
        F("run [two] or more airlines", "count", 2, bound="ge", counted="airlines"),
        F("under [Chapter 11] of", "identifier"),
    ],
    "wsj_0150": [
        F("owned nearly [70%] of", "percent", 70, "percent", "approx"),
        F("pay about [16.7 million] shares", "count", 16.7e6, bound="approx", counted="shares"),
        F("at almost [$472 million],", "money", 472e6, "USD", "approx"),
        F("pay [0.82] share for", "count", 0.82, counted="share"),
        F("closed at [$23.25], off", "money", 23.25, "USD"),
        F("off [12.5 cents].", "money", 12.5, "cent"),
        F("closed at [$28.25], down", "money", 28.25, "USD"),
        F("down [50 cents].", "money", 50, "cent"),
    ],
    "wsj_0141": [
        F("stayed strong in [October], despite", "date"),
        F("decline in late [October] appears", "date", claimant=LINDEN),
        F("Index was [116.4] in", "number", 116.4, claimant=CB),
        F("116.4 in [October], barely", "date", claimant=CB),
        F("a revised [116.3] in", "number", 116.3, claimant=CB),
        F("116.3 in [September].", "date", claimant=CB),
        F("index was [116.9] in", "number", 116.9),
        F("116.9 in [October 1988] and", "date", date="1988-10"),
        F("a low of [112.9] to", "number", 112.9),
        F("a high of [120.7].", "number", 120.7),
        F("a base of [100] in", "number", 100),
        F("100 in [1985].", "date", 1985, date="1985"),
        F("In [October], more people", "date"),
        F("\"good\" than in [September].", "date"),
        F("And [19.6%] of consumers", "percent", 19.6, "percent"),
        F("will improve in the coming [six months], compared", "duration", 6, "month"),
        F("with [18.3%] in", "percent", 18.3, "percent"),
        F("18.3% in [September].", "date"),
        F("In [October 1988], 21.1%", "date", date="1988-10"),
        F("1988, [21.1%] said", "percent", 21.1, "percent"),
        F("In [October 1989], 16.9%", "date", date="1989-10"),
        F("1989, [16.9%] said", "percent", 16.9, "percent"),
        F("be created in the coming [six months],", "duration", 6, "month"),
        F("with [17.4%] in", "percent", 17.4, "percent"),
        F("17.4% in [September] and", "date"),
        F("and [18.6%] in", "percent", 18.6, "percent"),
        F("18.6% in [October 1988].", "date", date="1988-10"),
        F("Only [26.8%] in", "percent", 26.8, "percent"),
        F("Only 26.8% in [October], compared", "date"),
        F("with [28.5%] in", "percent", 28.5, "percent"),
        F("28.5% in [September] and", "date"),
        F("and [26.8%] in October 1988", "percent", 26.8, "percent"),
        F("and 26.8% in [October 1988], said", "date", date="1988-10"),
        F("covering [5,000] U.S.", "count", 5000, counted="households"),
        F("in the [first] two weeks", "ordinal", 1),
        F("first [two weeks] of", "duration", 2, "week"),
        F("Buying plans were mixed in [October],", "date"),
        F("homes and appliances in the coming [six months].", "duration", 6, "month"),
        F("In [October], 6.7%", "date"),
        F("October, [6.7%] of", "percent", 6.7, "percent"),
        F("easing from [September] when", "date"),
        F("when [8.1%] anticipated", "percent", 8.1, "percent"),
        F("In [October 1988], 7.3%", "date", date="1988-10"),
        F("1988, [7.3%] said", "percent", 7.3, "percent"),
        F("increased to [3.3%] from", "percent", 3.3, "percent"),
        F("from [3.1%] in", "percent", 3.1, "percent"),
        F("in the [two] recent months", "count", 2, counted="months"),
        F("In [October 1988], 3.7%", "date", date="1988-10"),
        F("1988, [3.7%] said", "percent", 3.7, "percent"),
        F("In [1989], home", "date", 1989, date="1989"),
        R("monthly from [2.9% to 3.7%] of", "percent", 2.9, 3.7, unit="percent"),
        F("In [October], 30.6%", "date"),
        F("October, [30.6%] said", "percent", 30.6, "percent"),
        F("appliances in the coming [six months], compared", "duration", 6, "month"),
        F("with [27.4%] in", "percent", 27.4, "percent"),
        F("27.4% in [September] and", "date"),
        F("and [26.5%] in", "percent", 26.5, "percent"),
        F("26.5% in [October 1988].", "date", date="1988-10"),
    ],
    "wsj_0182": [
        F("acquire [51%] of", "percent", 51, "percent", claimant="Metallgesellschaft AG"),
        F("Lentjes had [1988] sales", "date", 1988, date="1988"),
        F("sales of [800 million marks] (", "money", 800e6, "DEM"),
        F("([$434.4 million])", "money", 434.4e6, "USD"),
        F("backlog of [2.5 billion marks].", "money", 2.5e9, "DEM"),
    ],
    "wsj_0014": [
        F("Ricken, [52 years] old", "duration", 52, "year"),
        F("Deane Jr., [63],", "duration", 63, "year"),
        F("the [12]-member board", "count", 12, counted="member"),
    ],
    "wsj_0047": [
        F("began in [1987] when", "date", 1987, date="1987"),
        F("spends about [$8 million] annually", "money", 8e6, "USD", "approx"),
        F("budget of [$8 billion].", "money", 8e9, "USD"),
    ],
    "wsj_0092": [
        F("fired more than [half] its", "fraction", 0.5, bound="gt", claimant="NBI Inc."),
        F("net losses for [16 consecutive quarters],", "duration", 16, "quarter"),
        F("eliminate [266] jobs", "count", 266, counted="jobs", claimant="NBI Inc."),
        F("headquarters, [176] field", "count", 176, counted="jobs", claimant="NBI Inc."),
        F("and [50] jobs at", "count", 50, counted="jobs", claimant="NBI Inc."),
        F("fall to about [400] people", "count", 400, bound="approx", counted="people"),
        R("over the next [year or two].", "duration", 1, 2, unit="year",
          claimant="Stephen G. Jerritts"),
        F("closed at [93 cents a share],", "money", 93, "cent"),
        F("up [31 cents].", "money", 31, "cent"),
    ],
    "wsj_0181": [
        F("[Fourteen] members of the House", "count", 14, counted="members"),
    ],
}




def selection(z):
    """``[(split, doc_id, text)]``: the first 36 eligible files in sample order."""
    return gt.wsj_selection(z, SEED, SPLITS, N_DEV, N_TEST, MIN_CHARS, MAX_CHARS)


def build():
    with zipfile.ZipFile(TREEBANK) as z:
        sample = selection(z)
    docs = [(s, {"doc_id": d, "text": t}) for s, d, t in sample]
    return gt.selected_rows(docs, SPLITS, (ANN, ANN_TEST))


def main(argv):
    rows = gt.read_or_build(argv, OUT, build)
    errors = gt.validate_figures(rows, set(SPLITS))
    gt.report(errors)
    gt.print_split_counts(rows, SPLITS)
    if "--uncovered" in argv:
        gt.uncovered_digits(rows)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
