"""Build and validate tests/data/numbers_constructions4.jsonl: a fourth, independent
hand-written, hand-annotated "constructions" gold set for the number extractor.

Why: the extractor scores 1.000 on the sets it was tuned on and about 0.90 on a blind set;
more, and more varied, honestly annotated text measures generalisation. This set is written
in the style of wire-service and newspaper copy (Reuters/AP/AFP/BBC/Guardian/NYT-like) from
many countries and beats: market wraps, central banks, earnings and guidance, elections and
polls, wars and disasters with tolls, health and vaccine data, climate and weather extremes,
energy and commodities, crime and courts, sport results and records, transport and
aviation, technology launches, property, consumer prices, science and space, obituaries.
It stresses the messy ways journalists write figures: currency symbols and codes of many
countries ("$1.2bn", "1.2 billion dollars", "USD 1.2 billion", "£3.7m", "€2bn",
"Rs 18,540 crore", "C$", "A$", "HK$", "S$", "NZ$", "¥", "₩", "R$", "kr", "CHF", "N"/"₦"),
"bps", "pc", "per cent", "percentage points", "mn"/"bn"/"tn"/"k"/"m", fractions and
proportions, vague magnitudes, every common hedge, ranges, temperatures, speeds, volumes,
energy, times with zones, many date forms, ages, durations, ordinals, scores, identifiers,
parenthetical conversions and attribution.

What: 139 documents (41 paragraphs of 3-5 sentences and 98 one- or two-sentence
items) written from scratch by the annotator for this file (not copied from any test
suite, library, dataset or the earlier sets; public figures and places appear as in news
copy, the numbers are illustrative, several company names are invented), each with at
least one figure, every figure annotated by hand right after writing the text. The
extractor was neither run nor read before this file was committed.

* ``doc_id`` ``c4-001`` ... in the order of ``DOCS``; ``title`` ""; split: every third
  document (c4-003, c4-006, ...) is ``c4-test`` (held out), the rest ``c4-dev``.
* ``published``: an ISO date for about half of the documents, null for the others.
  Weekdays are resolved with ``WD(published, "Monday")`` = the most recent such weekday
  on/before the published date (README); documents with a published date refer only to
  past weekdays. Day-month dates and bare months resolve to the occurrence meant (past
  tense: latest on/before publication; future tense: the next one). Without a published
  date only dates with a year are resolved.

Notation (scripts/goldtools.py): ``F(ctx, kind, value, unit, bound, ...)`` where ``ctx``
is verbatim document text with the figure's span in [brackets] (unique in the text);
``R(ctx, kind, low, high, ...)`` for ranges. Guidelines: tests/data/README.md
(numbers_gold.jsonl, including "Conventions added or revised in session 2"), followed
unchanged; where it is silent, the decisions of the earlier constructions sets (the third
set's where they differ), e.g. "$" = the dollar of the story's country (USD when none),
magnitude abbreviations folded into the value, "from £14.99"/"starting at" -> ge, "topped"/
"passed" -> gt, "an estimated"/"estimated ... at" -> approx, forecasts claimed by their
issuer, "according to X" covers its sentence, "a year earlier"/"a year ago" -> duration 1
year, "the [first] half", "[third]-quarter" ordinals, hyphenated count adjectives
("[seven]-phase") -> count, cricket totals counted "runs", "Category 1"/"magnitude 6.8" ->
quantity, "FY25"/"2023-24" -> date with nulls, "fiscal [2025]" -> value 2025 date null,
"between 10 and 15" one span with "between", "from [5 to 10 km]" / "from [1977 to 1981]"
ranges, bare tallies and scores -> two numbers, league/basketball/index points -> quantity
"point".

Decisions where the README and the three earlier sets are silent (taken before any
scoring):

Money
- "USD 1.2 billion" and "1.2 billion dollars": the code/word is in the span, unit USD.
- "kr" takes the krone/krona of the story's country ("A Danish household pays ... 2.8 kr"
  -> DKK); "Rs" in a Pakistani story -> PKR (INR in Indian stories).
- "a 70,000-naira monthly (minimum wage)": hyphenated money adjective, span "70,000-naira".
- "Rs 79,500 per 10 grams": the "per 10 grams" denominator is inside the span (rate).
- "plus or minus 2%" (guidance band): percent 2, eq, span "2%".
- "350 bitcoin" -> money BTC (second set).

Percent
- "mid-to-high single digits" (growth guidance) -> percent range 4..9, approx, span the
  whole phrase without "the".
- "two points ahead" in a poll -> percent 2 "percentage point" (second set's poll rule).

Quantities
- "bcm" = billion cubic metres: value folded (117.6 bcm -> 1.176e11 "cubic metre"), like
  "$1.2bn"; "Mt" -> "megatonne", "kt" -> "kilotonne", "m3" -> "cubic metre",
  "acre-feet" -> "acre foot", "megapixel", "frame per second", "nanometre",
  "gigabyte per user per month" (double denominator), "tonne per year".
- "as low as minus 20C" -> ge (the mirror of "as much as"/"as many as" -> le).
- "a 10km stretch", "the 621km journey", "four 500MW units" -> quantity (count "four").

Counts, fractions
- "won just [one] of their last 11 games", "served [one] term": quantitative "one" is a
  count (the README's excluded "one" is the pronoun/determiner: "one of the biggest").
- Bowling figures "taking 5 for 30" -> count 5 "wickets" and count 30 "runs".
- "Scores of fans" -> count 20, ge, approximate (like "dozens of" -> 12); "a dozen arrested"
  -> count 12 with the elided noun ("fans").
- "hundreds of thousands of homes" -> count 1e5, ge, approximate, span without "of homes"
  (like "Tens of thousands").
- "17 in 1,000 patients" -> fraction 0.017 (like "one in four").
- A population change without a noun ("fell by a record 837,000") -> counted "people".
- Golf strokes "a closing 68", "a total of 277" -> number (a score); "a four-shot victory",
  "a 72-hole total" -> counts "shot", "hole".
- Senate split "a 53-47 majority" -> two numbers (bare tally).

Dates and times
- "for the ninth time": an ordinal (only "for the first time" is excluded by the README).
- "a new July record" (a record for the month in general) -> date, date null.
- "summer 2022" -> span the year only (value 2022), like "early [2026]"; "early February"
  -> span "February".
- "between Nov. 1 and Dec. 24" -> one date span with "between", date = the year ("2024").
- "the July-September quarter/period", "the September quarter", "the December quarter"
  -> one date span; date = the year when published is known, else null.
- "before [1850]" -> date, lt (like "pre-1917").
- "the Communications Decency Act of [1996]" -> date 1996 (a year in a name, first set).
- "overnight Tuesday" -> span "Tuesday"; "on the [6th]" with a published date -> full
  date; "until [midday]" -> time 12, eq (like "by 01:30"); "shortly after [11pm]" -> gt;
  "at about 8:48 p.m." -> approx. Times are hours since midnight, zones outside.
- Race time "2:09:56" -> duration 7796 second; swim time "1:54.06" -> 114.06 second.

Durations and ages
- "a [six-month]-long strike": span without "-long" (like "four-foot-high" -> "four-foot").
- "He was [91]." -> age, duration 91 year (an age stated alone, like "turned 90").
- "their [50s] and [60s]", "in her [80s]" -> duration ranges 50..59, 60..69, 80..89.
- "slept [six hours] or less" -> le; "within two hours" -> le (README "within").
- "across [half a century]" -> 0.5 century; "[seven-decade] career" -> 7 decade.
- "the [year-ago] figure" -> duration 1 year.

Identifiers (value null): "JL516", "Airbus A350-900", "A350", "Dash 8", "Boeing 737 MAX 9",
"iPhone 16", "A18", "Galaxy S25", "A320neo" (span without "-family"), "H5N1",
"COVID-19", "Section 230", "M25", "junction 10", "junction 11", "Unit 1", "STOXX 600",
"FTSE 100", "S&P 500". Not annotated: team/brand names with digits ("49ers"), Roman
numerals ("Super Bowl LVIII"), "Second World War", "Formula One", "OPEC+", "at least once".

Claimants
- "X said" / "according to X" at the end of a sentence covers all its figures, including
  a clause after "X said, while/though ..." inside the same sentence; figures in the
  reporting clause itself ("said on [Friday]") are the narrator's.
- "data showed" -> "grid regulator data"; "researchers at the University of Oxford found"
  -> "University of Oxford"; "its owners put the cost at" -> "its owners" (eq);
  "signalled two more hikes" -> the central bank; "warned of" -> the warner;
  "analysts'/economists' forecasts/expectations of X" -> "analysts"/"economists".
- A relative clause describing the subject ("Ivory Coast, which grows about 45% ...")
  and a change word describing the forecast ("halved its growth forecast") are the
  narrator's; the forecast values are the issuer's. "plans" is not a reporting verb.
- Unnamed sources as written, lower case ("the company", "the operator", "officials",
  "the air force", "his lawyer", "union leaders", "the group").

Run:  .venv/bin/python scripts/annotate_numbers_constructions4.py            (write + validate)
      .venv/bin/python scripts/annotate_numbers_constructions4.py --check    (validate only)
"""

from __future__ import annotations

import sys

import goldtools as gt
from goldtools import F, R

OUT = gt.DATA / "numbers_constructions4.jsonl"
SPLITS = {"c4-dev", "c4-test"}
THIRD, TWO3 = 1 / 3, 2 / 3
WD = gt.last_weekday  # the most recent such weekday on/before the published date


# fmt: off
# Each entry: (published or None, text, [figures]).  doc_id = c4-NNN by position.
DOCS = [
    ("2025-03-14",  # 001 markets wrap
     ("Wall Street stocks fell for a third straight session on Thursday as tariff worries "
      "deepened. The S&P 500 slid 1.4% to 5,521.52 and the Dow Jones Industrial Average lost "
      "537 points, or 1.3%, to 40,813.57. The Nasdaq Composite dropped 2% and is now more than "
      "13% below its December record. The yield on the 10-year Treasury note rose 3 bps to "
      "4.31%, and gold topped $2,990 an ounce for the first time."),
     [F("a [third] straight", "ordinal", 3),
      F("on [Thursday] as", "date", date=WD("2025-03-14", "Thursday")),
      F("The [S&P 500] slid", "identifier"),
      F("slid [1.4%] to", "percent", 1.4, "percent"),
      F("to [5,521.52] and", "number", 5521.52),
      F("lost [537 points], or", "quantity", 537, "point"),
      F("or [1.3%], to", "percent", 1.3, "percent"),
      F("to [40,813.57].", "number", 40813.57),
      F("dropped [2%] and", "percent", 2, "percent"),
      F("more than [13%] below", "percent", 13, "percent", "gt"),
      F("its [December] record", "date", date="2024-12"),
      F("the [10-year] Treasury", "duration", 10, "year"),
      F("rose [3 bps] to", "percent", 3, "basis point"),
      F("to [4.31%], and", "percent", 4.31, "percent"),
      F("topped [$2,990 an ounce] for", "money", 2990, "USD", "gt")]),
    ("2025-03-07",  # 002
     ("Brent crude futures settled 64 cents lower at $70.31 a barrel, while U.S. West Texas "
      "Intermediate crude fell 1.1% to $67.04."),
     [F("settled [64 cents] lower", "money", 64, "cent"),
      F("at [$70.31 a barrel],", "money", 70.31, "USD"),
      F("fell [1.1%] to", "percent", 1.1, "percent"),
      F("to [$67.04].", "money", 67.04, "USD")]),
    ("2025-02-06",  # 003 central bank
     ("The Bank of England cut interest rates by a quarter of a percentage point to 4.5% on "
      "Thursday, its third reduction since August. The Monetary Policy Committee voted 7-2 for "
      "the move, with two members backing a larger half-point cut. The Bank halved its growth "
      "forecast for 2025 to 0.75% and expects inflation to peak at 3.7% in the third quarter. "
      "That would be almost double its 2% target."),
     [F("by [a quarter of a percentage point] to", "percent", 0.25, "percentage point"),
      F("to [4.5%] on", "percent", 4.5, "percent"),
      F("on [Thursday], its", "date", date=WD("2025-02-06", "Thursday")),
      F("its [third] reduction", "ordinal", 3),
      F("since [August].", "date", date="2024-08"),
      F("voted [7]-2 for", "number", 7),
      F("voted 7-[2] for", "number", 2),
      F("with [two] members", "count", 2, counted="members"),
      F("larger [half-point] cut", "percent", 0.5, "percentage point"),
      F("Bank [halved] its", "fraction", 0.5),
      F("forecast for [2025] to", "date", 2025, date="2025", claimant="Bank of England"),
      F("to [0.75%] and", "percent", 0.75, "percent", claimant="Bank of England"),
      F("at [3.7%] in", "percent", 3.7, "percent", claimant="Bank of England"),
      F("the [third] quarter.", "ordinal", 3, claimant="Bank of England"),
      F("almost [double] its", "fraction", 2, bound="approx"),
      F("its [2%] target", "percent", 2, "percent")]),
    (None,  # 004
     ("Japan's Nikkei share average rose 0.8% to 38,220.5, while the yen weakened to ¥149.8 "
      "per dollar."),
     [F("rose [0.8%] to", "percent", 0.8, "percent"),
      F("to [38,220.5], while", "number", 38220.5),
      F("to [¥149.8 per dollar].", "money", 149.8, "JPY")]),
    ("2024-10-31",  # 005 earnings
     ("Northmoor Energy reported third-quarter adjusted earnings of $6.03bn, beating analysts' "
      "average forecast of $5.4bn, and kept the pace of its share buybacks at $3.5 billion for "
      "the next three months. Cash flow from operations fell 8% from the previous quarter to "
      "$12.3bn. Net debt rose to $35.2bn, giving a gearing ratio of 17.3%. The shares were up "
      "2.1% in London by 0930 GMT."),
     [F("reported [third]-quarter", "ordinal", 3),
      F("earnings of [$6.03bn], beating", "money", 6.03e9, "USD"),
      F("forecast of [$5.4bn], and", "money", 5.4e9, "USD", claimant="analysts"),
      F("at [$3.5 billion] for", "money", 3.5e9, "USD"),
      F("next [three months].", "duration", 3, "month"),
      F("fell [8%] from", "percent", 8, "percent"),
      F("to [$12.3bn].", "money", 1.23e10, "USD"),
      F("to [$35.2bn], giving", "money", 3.52e10, "USD"),
      F("of [17.3%].", "percent", 17.3, "percent"),
      F("up [2.1%] in", "percent", 2.1, "percent"),
      F("by [0930] GMT", "time", 9.5)]),
    (None,  # 006
     "The company will cut 1,200 jobs, about 8 per cent of its workforce, by the end of FY2026.",
     [F("cut [1,200] jobs", "count", 1200, counted="jobs"),
      F("about [8 per cent] of", "percent", 8, "percent", "approx"),
      F("of [FY2026].", "date")]),
    ("2024-06-05",  # 007 election India
     ("India's ruling alliance won 293 of the 543 seats in the Lok Sabha on Tuesday, well above "
      "the 272 needed for a majority. The Bharatiya Janata Party alone took 240 seats, down from "
      "303 in 2019, while the opposition INDIA bloc won 234. Turnout across the seven-phase vote "
      "was 65.8%, and more than 640 million people cast ballots, the Election Commission said."),
     [F("won [293] of", "count", 293, counted="seats"),
      F("the [543] seats", "count", 543, counted="seats"),
      F("on [Tuesday], well", "date", date=WD("2024-06-05", "Tuesday")),
      F("the [272] needed", "count", 272, counted="seats"),
      F("took [240] seats", "count", 240, counted="seats"),
      F("from [303] in", "count", 303, counted="seats"),
      F("in [2019], while", "date", 2019, date="2019"),
      F("bloc won [234].", "count", 234, counted="seats"),
      F("the [seven]-phase vote", "count", 7, counted="phase", claimant="Election Commission"),
      F("was [65.8%], and", "percent", 65.8, "percent", claimant="Election Commission"),
      F("more than [640 million] people", "count", 6.4e8, bound="gt", counted="people",
        claimant="Election Commission")]),
    ("2024-11-25",  # 008 poll
     ("A Merrion Research poll put Labour on 27%, two points ahead of Reform UK, with the "
      "Conservatives on 17% and the Liberal Democrats on 14%."),
     [F("Labour on [27%],", "percent", 27, "percent", claimant="Merrion Research"),
      F("[two points] ahead", "percent", 2, "percentage point", claimant="Merrion Research"),
      F("Conservatives on [17%] and", "percent", 17, "percent", claimant="Merrion Research"),
      F("Democrats on [14%].", "percent", 14, "percent", claimant="Merrion Research")]),
    ("2024-11-18",  # 009 war
     ("Russia launched 120 missiles and about 90 drones at Ukraine overnight, killing at least "
      "seven people and knocking out power to hundreds of thousands of homes, Ukrainian "
      "officials said on Sunday. The air force said it shot down 104 missiles and 42 drones. "
      "It was the largest attack on the energy grid in almost three months."),
     [F("launched [120] missiles", "count", 120, counted="missiles",
        claimant="Ukrainian officials"),
      F("about [90] drones", "count", 90, bound="approx", counted="drones",
        claimant="Ukrainian officials"),
      F("at least [seven] people", "count", 7, bound="ge", counted="people",
        claimant="Ukrainian officials"),
      F("to [hundreds of thousands] of homes", "count", 1e5, bound="ge", approximate=True,
        counted="homes", claimant="Ukrainian officials"),
      F("on [Sunday].", "date", date=WD("2024-11-18", "Sunday")),
      F("down [104] missiles", "count", 104, counted="missiles", claimant="the air force"),
      F("and [42] drones.", "count", 42, counted="drones", claimant="the air force"),
      F("almost [three months].", "duration", 3, "month", "approx")]),
    (None,  # 010 floods
     ("Floods in southern Brazil have killed 147 people and forced more than 580,000 from their "
      "homes, state authorities said. Some 2.3 million people have been affected across 446 "
      "municipalities, and rainfall in Porto Alegre reached 258mm in four days, close to "
      "two-thirds of the average for the whole winter. The state governor estimated that "
      "reconstruction would cost at least R$19 billion."),
     [F("killed [147] people", "count", 147, counted="people", claimant="state authorities"),
      F("more than [580,000] from", "count", 580000, bound="gt", counted="people",
        claimant="state authorities"),
      F("Some [2.3 million] people", "count", 2.3e6, bound="approx", counted="people"),
      F("across [446] municipalities", "count", 446, counted="municipalities"),
      F("reached [258mm] in", "quantity", 258, "millimetre"),
      F("in [four days],", "duration", 4, "day"),
      F("close to [two-thirds] of", "fraction", TWO3, bound="approx"),
      F("at least [R$19 billion].", "money", 1.9e10, "BRL", "ge",
        claimant="the state governor")]),
    ("2025-01-20",  # 011 vaccines
     ("The UK Health Security Agency said 71.4% of people aged 75 and over in England had "
      "received a COVID-19 booster by 12 January, compared with 74.9% a year earlier. Uptake "
      "among 65-to-74-year-olds was 58%. Flu vaccine coverage in pregnant women stood at just "
      "35.6%."),
     [F("said [71.4%] of", "percent", 71.4, "percent", claimant="UK Health Security Agency"),
      F("aged [75] and over", "duration", 75, "year", "ge",
        claimant="UK Health Security Agency"),
      F("a [COVID-19] booster", "identifier", claimant="UK Health Security Agency"),
      F("by [12 January],", "date", date="2025-01-12", claimant="UK Health Security Agency"),
      F("with [74.9%] a", "percent", 74.9, "percent", claimant="UK Health Security Agency"),
      F("74.9% [a year] earlier", "duration", 1, "year", claimant="UK Health Security Agency"),
      R("among [65-to-74-year-olds] was", "duration", 65, 74, unit="year"),
      F("was [58%].", "percent", 58, "percent"),
      F("just [35.6%].", "percent", 35.6, "percent")]),
    (None,  # 012
     "One in five adults in Scotland now smokes or vapes, down from nearly a third in 2012.",
     [F("[One in five] adults", "fraction", 0.2),
      F("nearly [a third] in", "fraction", THIRD, bound="approx"),
      F("in [2012].", "date", 2012, date="2012")]),
    ("2024-07-16",  # 013 heat
     ("Temperatures hit 46.4C in Seville on Monday, a new July record, as a heatwave gripped "
      "southern Spain for a sixth day. In Greece, authorities closed the Acropolis between noon "
      "and 5pm after the mercury passed 43C. Across the Atlantic, Las Vegas recorded 120F "
      "(48.9C), breaking a record set in 1942."),
     [F("hit [46.4C] in", "quantity", 46.4, "degree celsius"),
      F("on [Monday], a", "date", date=WD("2024-07-16", "Monday")),
      F("a new [July] record", "date"),
      F("a [sixth] day", "ordinal", 6),
      R("Acropolis [between noon and 5pm] after", "time", 12, 17),
      F("passed [43C].", "quantity", 43, "degree celsius", "gt"),
      F("recorded [120F] (", "quantity", 120, "degree fahrenheit"),
      F("([48.9C]),", "quantity", 48.9, "degree celsius"),
      F("in [1942].", "date", 1942, date="1942")]),
    (None,  # 014
     "Snow and temperatures as low as minus 20C are forecast for the Highlands overnight.",
     [F("as low as [minus 20C] are", "quantity", -20, "degree celsius", "ge")]),
    (None,  # 015 energy Norway
     ("Norway's gas exports to Europe reached a record 117.6 bcm last year, and the country's "
      "oil output averaged 2.1m barrels a day. Nordhav Energi plans to invest NOK 60bn in new "
      "fields by 2028, creating up to 3,000 jobs, the company said."),
     [F("record [117.6 bcm] last", "quantity", 1.176e11, "cubic metre"),
      F("averaged [2.1m barrels a day].", "quantity", 2.1e6, "barrel per day"),
      F("invest [NOK 60bn] in", "money", 6e10, "NOK", claimant="Nordhav Energi"),
      F("by [2028], creating", "date", 2028, date="2028", claimant="Nordhav Energi"),
      F("up to [3,000] jobs", "count", 3000, bound="le", counted="jobs",
        claimant="Nordhav Energi")]),
    ("2025-01-08",  # 016 power
     ("Germany's renewable sources generated 59% of the country's electricity in 2024, up from "
      "56% in 2023, grid regulator data showed on Tuesday. Solar capacity grew by 16.2 GW to "
      "99.3 GW, and wind farms produced 136 TWh. Wholesale power prices averaged €78 per MWh, "
      "down 18%."),
     [F("generated [59%] of", "percent", 59, "percent", claimant="grid regulator data"),
      F("in [2024], up", "date", 2024, date="2024", claimant="grid regulator data"),
      F("from [56%] in", "percent", 56, "percent", claimant="grid regulator data"),
      F("in [2023], grid", "date", 2023, date="2023", claimant="grid regulator data"),
      F("on [Tuesday].", "date", date=WD("2025-01-08", "Tuesday")),
      F("by [16.2 GW] to", "quantity", 16.2, "gigawatt"),
      F("to [99.3 GW],", "quantity", 99.3, "gigawatt"),
      F("produced [136 TWh].", "quantity", 136, "terawatt hour"),
      F("averaged [€78 per MWh],", "money", 78, "EUR"),
      F("down [18%].", "percent", 18, "percent")]),
    ("2024-03-22",  # 017 court
     ("A 17-year-old boy was sentenced to a minimum of 14 years in custody at the Old Bailey on "
      "Thursday for the murder of a 16-year-old in east London in August 2023. Judge Andrew "
      "Kell said the attack, which lasted less than 30 seconds, had been 'senseless'. A second "
      "defendant, 19, was jailed for 10 years for manslaughter."),
     [F("A [17-year-old] boy", "duration", 17, "year"),
      F("minimum of [14 years] in", "duration", 14, "year", "ge"),
      F("on [Thursday] for", "date", date=WD("2024-03-22", "Thursday")),
      F("a [16-year-old] in", "duration", 16, "year"),
      F("in [August 2023].", "date", date="2023-08"),
      F("less than [30 seconds],", "duration", 30, "second", "lt", claimant="Andrew Kell"),
      F("A [second] defendant", "ordinal", 2),
      F("defendant, [19], was", "duration", 19, "year"),
      F("for [10 years] for", "duration", 10, "year")]),
    (None,  # 018
     "The former minister, 71, was given a three-year suspended sentence and fined €150,000.",
     [F("minister, [71], was", "duration", 71, "year"),
      F("a [three-year] suspended", "duration", 3, "year"),
      F("fined [€150,000].", "money", 150000, "EUR")]),
    ("2024-12-02",  # 019 football
     ("Liverpool beat Manchester City 2-0 at Anfield on Sunday to move nine points clear at the "
      "top of the Premier League. Cody Gakpo scored in the 12th minute and Mohamed Salah added a "
      "penalty 12 minutes from time. City have now won just one of their last 11 games in all "
      "competitions, their worst run since 2006."),
     [F("City [2]-0 at", "number", 2),
      F("City 2-[0] at", "number", 0),
      F("on [Sunday] to", "date", date=WD("2024-12-02", "Sunday")),
      F("move [nine points] clear", "quantity", 9, "point"),
      F("the [12th] minute", "ordinal", 12),
      F("penalty [12 minutes] from", "duration", 12, "minute"),
      F("just [one] of", "count", 1, counted="games"),
      F("last [11] games", "count", 11, counted="games"),
      F("since [2006].", "date", 2006, date="2006")]),
    ("2024-11-16",  # 020 tennis
     "Sinner beat Alcaraz 6-4, 7-5 to reach the final in Turin.",
     [F("Alcaraz [6]-4,", "number", 6),
      F("Alcaraz 6-[4],", "number", 4),
      F("6-4, [7]-5 to", "number", 7),
      F("7-[5] to", "number", 5)]),
    ("2024-08-06",  # 021 athletics
     ("Sweden's Armand Duplantis cleared 6.25 metres on Monday to break the pole vault world "
      "record for the ninth time. The 24-year-old's winning height was 15 cm better than silver "
      "medallist Sam Kendricks. In the women's 400m hurdles, Sydney McLaughlin-Levrone lowered "
      "her own mark to 50.37 seconds."),
     [F("cleared [6.25 metres] on", "quantity", 6.25, "metre"),
      F("on [Monday] to", "date", date=WD("2024-08-06", "Monday")),
      F("the [ninth] time", "ordinal", 9),
      F("The [24-year-old]'s", "duration", 24, "year"),
      F("was [15 cm] better", "quantity", 15, "centimetre"),
      F("women's [400m] hurdles", "quantity", 400, "metre"),
      F("to [50.37 seconds].", "duration", 50.37, "second")]),
    (None,  # 022 cricket
     ("Australia were bowled out for 104 on the opening day of the first Test in Perth, with "
      "Jasprit Bumrah taking 5 for 30. India, who had been all out for 150, closed on 172 "
      "without loss, a lead of 218."),
     [F("out for [104] on", "count", 104, counted="runs"),
      F("the [first] Test", "ordinal", 1),
      F("taking [5] for 30.", "count", 5, counted="wickets"),
      F("taking 5 for [30].", "count", 30, counted="runs"),
      F("all out for [150],", "count", 150, counted="runs"),
      F("on [172] without", "count", 172, counted="runs"),
      F("lead of [218].", "count", 218, counted="runs")]),
    (None,  # 023 aviation
     ("Flight JL516 from Sapporo to Tokyo Haneda collided with a coast guard aircraft on landing "
      "at 5:47 p.m. local time, and all 379 passengers and crew on the Airbus A350-900 escaped "
      "before it burned out. Five of the six people on the smaller plane died. Investigators "
      "said the A350 was travelling at about 185 km/h (115 mph) when it struck the Dash 8."),
     [F("Flight [JL516] from", "identifier"),
      F("at [5:47 p.m.] local", "time", 17 + 47 / 60),
      F("all [379] passengers", "count", 379, counted="passengers"),
      F("the [Airbus A350-900] escaped", "identifier"),
      F("[Five] of the six", "count", 5, counted="people"),
      F("the [six] people", "count", 6, counted="people"),
      F("the [A350] was", "identifier", claimant="investigators"),
      F("about [185 km/h] (", "quantity", 185, "kilometre per hour", "approx",
        claimant="investigators"),
      F("([115 mph]) when", "quantity", 115, "mile per hour", "approx",
        claimant="investigators"),
      F("the [Dash 8].", "identifier", claimant="investigators")]),
    (None,  # 024
     "The Boeing 737 MAX 9 was grounded after a door plug blew out at 16,000 feet.",
     [F("The [Boeing 737 MAX 9] was", "identifier"),
      F("at [16,000 feet].", "quantity", 16000, "foot")]),
    ("2024-09-10",  # 025 tech launch
     ("Apple unveiled the iPhone 16 on Monday, with prices starting at $799 for the base model "
      "and $1,199 for the Pro Max. The new handset has a 6.1-inch display, an A18 chip and a "
      "48-megapixel camera, and the Pro models record video at up to 120 frames per second. "
      "Pre-orders open on Sept. 13 and the phones go on sale a week later, the company said."),
     [F("the [iPhone 16] on", "identifier"),
      F("on [Monday], with", "date", date=WD("2024-09-10", "Monday")),
      F("at [$799] for", "money", 799, "USD", "ge"),
      F("and [$1,199] for", "money", 1199, "USD", "ge"),
      F("a [6.1-inch] display", "quantity", 6.1, "inch"),
      F("an [A18] chip", "identifier"),
      F("a [48-megapixel] camera", "quantity", 48, "megapixel"),
      F("up to [120 frames per second].", "quantity", 120, "frame per second", "le"),
      F("on [Sept. 13] and", "date", date="2024-09-13", claimant="Apple"),
      F("sale [a week] later", "duration", 1, "week", claimant="Apple")]),
    ("2025-01-23",  # 026
     "Samsung's Galaxy S25 has 12GB of RAM, up to 1TB of storage and a 5,000mAh battery.",
     [F("Samsung's [Galaxy S25] has", "identifier"),
      F("has [12GB] of", "quantity", 12, "gigabyte"),
      F("up to [1TB] of", "quantity", 1, "terabyte", "le"),
      F("a [5,000mAh] battery", "quantity", 5000, "milliampere hour")]),
    ("2024-11-01",  # 027 property UK
     ("UK house prices rose 0.1% in October, leaving the average home worth £266,064, "
      "Nationwide said on Friday. Annual growth slowed to 2.4% from 3.2% in September. Prices "
      "remain around 2% below the all-time high reached in summer 2022. Buyers now need a "
      "deposit of about £50k, roughly a fifth of the purchase price."),
     [F("rose [0.1%] in", "percent", 0.1, "percent", claimant="Nationwide"),
      F("in [October], leaving", "date", date="2024-10", claimant="Nationwide"),
      F("worth [£266,064], Nationwide", "money", 266064, "GBP", claimant="Nationwide"),
      F("on [Friday].", "date", date=WD("2024-11-01", "Friday")),
      F("to [2.4%] from", "percent", 2.4, "percent"),
      F("from [3.2%] in", "percent", 3.2, "percent"),
      F("in [September].", "date", date="2024-09"),
      F("around [2%] below", "percent", 2, "percent", "approx"),
      F("summer [2022].", "date", 2022, date="2022"),
      F("about [£50k],", "money", 50000, "GBP", "approx"),
      F("roughly [a fifth] of", "fraction", 0.2, bound="approx")]),
    (None,  # 028
     ("A luxury flat on The Peak sold for HK$380 million, or about HK$118,000 per square "
      "foot."),
     [F("for [HK$380 million], or", "money", 3.8e8, "HKD"),
      F("about [HK$118,000 per square foot].", "money", 118000, "HKD", "approx")]),
    (None,  # 029
     ("Sydney's median house price rose to A$1.65 million in the September quarter, Domain "
      "said, while Melbourne's fell 1.3 per cent to A$1.07m."),
     [F("to [A$1.65 million] in", "money", 1.65e6, "AUD", claimant="Domain"),
      F("the [September] quarter", "date", claimant="Domain"),
      F("fell [1.3 per cent] to", "percent", 1.3, "percent", claimant="Domain"),
      F("to [A$1.07m].", "money", 1.07e6, "AUD", claimant="Domain")]),
    ("2024-10-16",  # 030 consumer prices
     ("Britain's consumer price inflation fell to 1.7% in September from 2.2% in August, the "
      "lowest rate since April 2021, the Office for National Statistics said on Wednesday. "
      "Services inflation, watched closely by the Bank of England, eased to 4.9%. Food prices "
      "rose 1.9% year on year, and a 500g pack of butter now costs £2.35, up 18p in a year."),
     [F("fell to [1.7%] in", "percent", 1.7, "percent",
        claimant="Office for National Statistics"),
      F("in [September] from", "date", date="2024-09", claimant="Office for National Statistics"),
      F("from [2.2%] in", "percent", 2.2, "percent", claimant="Office for National Statistics"),
      F("in [August], the", "date", date="2024-08", claimant="Office for National Statistics"),
      F("since [April 2021], the", "date", date="2021-04",
        claimant="Office for National Statistics"),
      F("on [Wednesday].", "date", date=WD("2024-10-16", "Wednesday")),
      F("eased to [4.9%].", "percent", 4.9, "percent"),
      F("rose [1.9%] year", "percent", 1.9, "percent"),
      F("a [500g] pack", "quantity", 500, "gram"),
      F("costs [£2.35],", "money", 2.35, "GBP"),
      F("up [18p] in", "money", 18, "penny"),
      F("18p in [a year].", "duration", 1, "year")]),
    ("2024-11-13",  # 031
     "Prices in Argentina rose 2.7% in October, bringing annual inflation to 193%.",
     [F("rose [2.7%] in", "percent", 2.7, "percent"),
      F("in [October],", "date", date="2024-10"),
      F("to [193%].", "percent", 193, "percent")]),
    ("2024-12-12",  # 032 central bank Brazil
     ("Brazil's central bank raised its benchmark Selic rate by a larger-than-expected 100 basis "
      "points to 12.25% on Wednesday and signalled two more hikes of the same size. "
      "Policymakers voted unanimously. The real has lost more than 20% against the dollar this "
      "year, trading at R$6.05 on Thursday."),
     [F("larger-than-expected [100 basis points] to", "percent", 100, "basis point"),
      F("to [12.25%] on", "percent", 12.25, "percent"),
      F("on [Wednesday] and", "date", date=WD("2024-12-12", "Wednesday")),
      F("signalled [two] more", "count", 2, counted="hikes", claimant="Brazil's central bank"),
      F("more than [20%] against", "percent", 20, "percent", "gt"),
      F("at [R$6.05] on", "money", 6.05, "BRL"),
      F("on [Thursday].", "date", date=WD("2024-12-12", "Thursday"))]),
    (None,  # 033
     "The Reserve Bank of India kept its repo rate at 6.5 per cent for an 11th straight meeting.",
     [F("at [6.5 per cent] for", "percent", 6.5, "percent"),
      F("an [11th] straight", "ordinal", 11)]),
    (None,  # 034
     ("The Swiss National Bank cut its policy rate by 50bps to 0.5%, its biggest move in almost "
      "a decade."),
     [F("by [50bps] to", "percent", 50, "basis point"),
      F("to [0.5%],", "percent", 0.5, "percent"),
      F("almost [a decade].", "duration", 1, "decade", "approx")]),
    ("2024-04-26",  # 035 cocoa
     ("Cocoa prices have more than tripled in a year, with New York futures trading above "
      "$11,000 a tonne this week. Ivory Coast, which grows about 45% of the world's crop, "
      "expects its main harvest to fall to 1.75 million tonnes from 2.3m a year earlier. "
      "Chocolate makers have warned of price rises of 10-15pc."),
     [F("more than [tripled] in", "fraction", 3, bound="gt"),
      F("tripled in [a year],", "duration", 1, "year"),
      F("above [$11,000 a tonne] this", "money", 11000, "USD", "gt"),
      F("about [45%] of", "percent", 45, "percent", "approx"),
      F("to [1.75 million tonnes] from", "quantity", 1.75e6, "tonne", claimant="Ivory Coast"),
      F("from [2.3m] a", "quantity", 2.3e6, "tonne", claimant="Ivory Coast"),
      F("2.3m [a year] earlier", "duration", 1, "year", claimant="Ivory Coast"),
      R("rises of [10-15pc].", "percent", 10, 15, unit="percent", claimant="chocolate makers")]),
    ("2025-02-11",  # 036
     ("Arabica coffee futures jumped 4.3% to a record $3.44 per lb, more than 80% higher than "
      "at the start of the year."),
     [F("jumped [4.3%] to", "percent", 4.3, "percent"),
      F("record [$3.44 per lb],", "money", 3.44, "USD"),
      F("more than [80%] higher", "percent", 80, "percent", "gt")]),
    (None,  # 037 gold India
     ("Gold prices in India hit a record Rs 79,500 per 10 grams on Monday, and jewellers said "
      "demand during the Diwali festival could fall by as much as a quarter. The country "
      "imported gold worth $10.06 billion in August, more than double the year-ago figure."),
     [F("record [Rs 79,500 per 10 grams] on", "money", 79500, "INR"),
      F("on [Monday], and", "date"),
      F("as much as [a quarter].", "fraction", 0.25, bound="le", claimant="jewellers"),
      F("worth [$10.06 billion] in", "money", 1.006e10, "USD"),
      F("in [August], more", "date"),
      F("more than [double] the", "fraction", 2, bound="gt"),
      F("the [year-ago] figure", "duration", 1, "year")]),
    ("2025-02-01",  # 038 India budget
     ("Finance Minister Nirmala Sitharaman raised the income tax exemption threshold to Rs 12 "
      "lakh a year in the budget on Saturday, a move she said would cost the exchequer about "
      "Rs 1 lakh crore. Capital spending was set at ₹11.21 lakh crore for 2025-26, or 3.1% of "
      "GDP, and the fiscal deficit target at 4.4%."),
     [F("to [Rs 12 lakh a year] in", "money", 1.2e6, "INR"),
      F("on [Saturday], a", "date", date=WD("2025-02-01", "Saturday")),
      F("about [Rs 1 lakh crore].", "money", 1e12, "INR", "approx",
        claimant="Nirmala Sitharaman"),
      F("at [₹11.21 lakh crore] for", "money", 1.121e13, "INR"),
      F("for [2025-26], or", "date"),
      F("or [3.1%] of", "percent", 3.1, "percent"),
      F("at [4.4%].", "percent", 4.4, "percent")]),
    (None,  # 039
     "Reliance Industries reported a net profit of Rs 18,540 crore for the December quarter.",
     [F("of [Rs 18,540 crore] for", "money", 1.854e11, "INR"),
      F("the [December] quarter", "date")]),
    ("2024-03-15",  # 040 space
     ("SpaceX's Starship reached space on its third test flight on Thursday, climbing to an "
      "altitude of about 234 km before the vehicle was lost. The 121-metre rocket, the largest "
      "ever built, lifted off from Boca Chica, Texas, at 8:25 a.m. CDT. The upper stage broke up "
      "about 49 minutes into the flight as it re-entered the atmosphere at more than 25,000 "
      "km/h."),
     [F("its [third] test", "ordinal", 3),
      F("on [Thursday], climbing", "date", date=WD("2024-03-15", "Thursday")),
      F("about [234 km] before", "quantity", 234, "kilometre", "approx"),
      F("The [121-metre] rocket", "quantity", 121, "metre"),
      F("at [8:25 a.m.] CDT", "time", 8 + 25 / 60),
      F("about [49 minutes] into", "duration", 49, "minute", "approx"),
      F("more than [25,000 km/h].", "quantity", 25000, "kilometre per hour", "gt")]),
    (None,  # 041
     ("The exoplanet, about 40 light-years from Earth, has a surface temperature of roughly "
      "430C."),
     [F("about [40 light-years] from", "quantity", 40, "light year", "approx"),
      F("roughly [430C].", "quantity", 430, "degree celsius", "approx")]),
    (None,  # 042 trial
     ("In a trial of 3,731 people, the drug reduced the risk of heart attack or stroke by 20% "
      "over a median of 3.3 years, the company said. Around 17 in 1,000 patients on the "
      "treatment reported serious side effects, compared with 12 in 1,000 on placebo."),
     [F("trial of [3,731] people", "count", 3731, counted="people", claimant="the company"),
      F("by [20%] over", "percent", 20, "percent", claimant="the company"),
      F("median of [3.3 years],", "duration", 3.3, "year", claimant="the company"),
      F("Around [17 in 1,000] patients", "fraction", 0.017, bound="approx"),
      F("with [12 in 1,000] on", "fraction", 0.012)]),
    ("2024-12-19",  # 043 bird flu
     ("The US has confirmed 61 human cases of H5N1 bird flu this year, and the virus has been "
      "detected in 865 dairy herds across 16 states, the Centers for Disease Control and "
      "Prevention said. California declared a state of emergency on Wednesday after the number "
      "of infected herds in the state passed 640. A patient in Louisiana, aged over 65, is the "
      "first to be severely ill."),
     [F("confirmed [61] human", "count", 61, counted="cases",
        claimant="Centers for Disease Control and Prevention"),
      F("of [H5N1] bird", "identifier", claimant="Centers for Disease Control and Prevention"),
      F("in [865] dairy", "count", 865, counted="herds",
        claimant="Centers for Disease Control and Prevention"),
      F("across [16] states", "count", 16, counted="states",
        claimant="Centers for Disease Control and Prevention"),
      F("on [Wednesday] after", "date", date=WD("2024-12-19", "Wednesday")),
      F("passed [640].", "count", 640, bound="gt", counted="herds"),
      F("aged over [65],", "duration", 65, "year", "gt"),
      F("the [first] to", "ordinal", 1)]),
    ("2025-03-13",  # 044
     ("Measles cases in Europe more than doubled to 127,350 in 2024, the highest since 1997, "
      "according to the WHO."),
     [F("more than [doubled] to", "fraction", 2, bound="gt", claimant="WHO"),
      F("to [127,350] in", "count", 127350, counted="cases", claimant="WHO"),
      F("in [2024], the", "date", 2024, date="2024", claimant="WHO"),
      F("since [1997],", "date", 1997, date="1997", claimant="WHO")]),
    ("2024-12-30",  # 045 obituary
     ("Jimmy Carter, the 39th president of the United States, died on Sunday at his home in "
      "Plains, Georgia, aged 100. Carter, who served one term from 1977 to 1981, won the Nobel "
      "Peace Prize in 2002. He had been in hospice care since February 2023 and was the "
      "longest-lived president in American history."),
     [F("the [39th] president", "ordinal", 39),
      F("on [Sunday] at", "date", date=WD("2024-12-30", "Sunday")),
      F("aged [100].", "duration", 100, "year"),
      F("served [one] term", "count", 1, counted="term"),
      R("from [1977 to 1981], won", "date", 1977, 1981),
      F("in [2002].", "date", 2002, date="2002"),
      F("since [February 2023] and", "date", date="2023-02")]),
    (None,  # 046
     ("The actress, who rose to fame in the 1960s, died in Paris aged 89 after a career "
      "spanning more than six decades."),
     [F("the [1960s],", "date"),
      F("aged [89] after", "duration", 89, "year"),
      F("more than [six decades].", "duration", 6, "decade", "gt")]),
    ("2025-01-15",  # 047 rail
     ("High-speed trains between Madrid and Barcelona will run at up to 350km/h from March, "
      "cutting the 621km journey to two hours and 15 minutes, the operator said. Around 14.2m "
      "passengers used the route last year, up 23%. Tickets start at €7 if booked at least 60 "
      "days ahead."),
     [F("up to [350km/h] from", "quantity", 350, "kilometre per hour", "le",
        claimant="the operator"),
      F("from [March], cutting", "date", date="2025-03", claimant="the operator"),
      F("the [621km] journey", "quantity", 621, "kilometre", claimant="the operator"),
      F("to [two hours and 15 minutes], the", "duration", 135, "minute",
        claimant="the operator"),
      F("Around [14.2m] passengers", "count", 1.42e7, bound="approx", counted="passengers"),
      F("up [23%].", "percent", 23, "percent"),
      F("at [€7] if", "money", 7, "EUR", "ge"),
      F("at least [60 days] ahead", "duration", 60, "day", "ge")]),
    (None,  # 048
     ("A 10km stretch of the M25 between junction 10 and junction 11 will close for 55 hours "
      "from 9pm on Friday."),
     [F("A [10km] stretch", "quantity", 10, "kilometre"),
      F("the [M25] between", "identifier"),
      F("between [junction 10] and", "identifier"),
      F("and [junction 11] will", "identifier"),
      F("for [55 hours] from", "duration", 55, "hour"),
      F("from [9pm] on", "time", 21),
      F("on [Friday].", "date")]),
    (None,  # 049 shipping
     ("The tanker was seized about 12 nautical miles off the coast of Oman carrying 1.8 million "
      "barrels of crude, the US Navy said. Around 20% of the world's oil passes through the "
      "Strait of Hormuz, which is just 33km wide at its narrowest point."),
     [F("about [12 nautical miles] off", "quantity", 12, "nautical mile", "approx",
        claimant="US Navy"),
      F("carrying [1.8 million barrels] of", "quantity", 1.8e6, "barrel", claimant="US Navy"),
      F("Around [20%] of", "percent", 20, "percent", "approx"),
      F("just [33km] wide", "quantity", 33, "kilometre")]),
    (None,  # 050 climate
     ("Global temperatures in 2024 were 1.55C above the pre-industrial average, the first "
      "calendar year to breach the 1.5C limit set in the 2015 Paris Agreement, the World "
      "Meteorological Organization said. Carbon dioxide concentrations reached 423.9 parts per "
      "million, up from 280ppm before 1850."),
     [F("in [2024] were", "date", 2024, date="2024",
        claimant="World Meteorological Organization"),
      F("were [1.55C] above", "quantity", 1.55, "degree celsius",
        claimant="World Meteorological Organization"),
      F("the [first] calendar", "ordinal", 1, claimant="World Meteorological Organization"),
      F("the [1.5C] limit", "quantity", 1.5, "degree celsius",
        claimant="World Meteorological Organization"),
      F("the [2015] Paris", "date", 2015, date="2015",
        claimant="World Meteorological Organization"),
      F("reached [423.9 parts per million],", "quantity", 423.9, "part per million"),
      F("from [280ppm] before", "quantity", 280, "part per million"),
      F("before [1850].", "date", 1850, bound="lt", date="1850")]),
    ("2025-01-13",  # 051 wildfires
     ("Wildfires in Los Angeles have killed at least 24 people and destroyed more than 12,000 "
      "structures, officials said on Sunday. The Palisades fire has burned 23,713 acres (96 sq "
      "km) and was 11% contained. Winds of up to 70mph are forecast to return this week. "
      "AccuWeather estimated the damage and economic loss at $250bn-$275bn."),
     [F("at least [24] people", "count", 24, bound="ge", counted="people", claimant="officials"),
      F("more than [12,000] structures", "count", 12000, bound="gt", counted="structures",
        claimant="officials"),
      F("on [Sunday].", "date", date=WD("2025-01-13", "Sunday")),
      F("burned [23,713 acres] (", "quantity", 23713, "acre"),
      F("([96 sq km]) and", "quantity", 96, "square kilometre"),
      F("was [11%] contained", "percent", 11, "percent"),
      F("up to [70mph] are", "quantity", 70, "mile per hour", "le"),
      R("at [$250bn-$275bn].", "money", 2.5e11, 2.75e11, unit="USD", bound="approx",
        claimant="AccuWeather")]),
    ("2023-09-10",  # 052 quake
     ("A magnitude 6.8 earthquake struck at a depth of 10 km near Marrakech shortly after 11pm "
      "local time on Friday, killing more than 2,900 people."),
     [F("A [magnitude 6.8] earthquake", "quantity", 6.8, "magnitude"),
      F("depth of [10 km] near", "quantity", 10, "kilometre"),
      F("shortly after [11pm] local", "time", 23, bound="gt"),
      F("on [Friday], killing", "date", date=WD("2023-09-10", "Friday")),
      F("more than [2,900] people", "count", 2900, bound="gt", counted="people")]),
    (None,  # 053 mining
     ("BHP said iron ore output at its Western Australia operations rose 2% to 257 million "
      "tonnes in the 2023-24 financial year, and it expects 255-265 Mt in FY25. Copper "
      "production jumped 9% to 1,865 kt. The miner will pay a final dividend of US72c a share."),
     [F("rose [2%] to", "percent", 2, "percent", claimant="BHP"),
      F("to [257 million tonnes] in", "quantity", 2.57e8, "tonne", claimant="BHP"),
      F("the [2023-24] financial", "date", claimant="BHP"),
      R("expects [255-265 Mt] in", "quantity", 255, 265, unit="megatonne", claimant="BHP"),
      F("in [FY25].", "date", claimant="BHP"),
      F("jumped [9%] to", "percent", 9, "percent"),
      F("to [1,865 kt].", "quantity", 1865, "kilotonne"),
      F("of [US72c a share].", "money", 72, "cent")]),
    ("2024-12-06",  # 054 OPEC
     ("OPEC+ agreed on Thursday to delay plans to raise output by three months until April and "
      "to extend the full unwinding of cuts by a year to the end of 2026. The group, which pumps "
      "about half of the world's oil, had planned to add 180,000 barrels per day each month. "
      "Brent rose 0.3% to $72.52."),
     [F("on [Thursday] to", "date", date=WD("2024-12-06", "Thursday")),
      F("by [three months] until", "duration", 3, "month"),
      F("until [April] and", "date", date="2025-04"),
      F("by [a year] to", "duration", 1, "year"),
      F("end of [2026].", "date", 2026, date="2026"),
      F("about [half] of", "fraction", 0.5, bound="approx"),
      F("add [180,000 barrels per day] each", "quantity", 180000, "barrel per day"),
      F("rose [0.3%] to", "percent", 0.3, "percent"),
      F("to [$72.52].", "money", 72.52, "USD")]),
    (None,  # 055
     ("EU gas storage is 94% full, equivalent to about 95 bcm, while Dutch TTF prices fell to "
      "€38 per megawatt hour."),
     [F("is [94%] full", "percent", 94, "percent"),
      F("about [95 bcm],", "quantity", 9.5e10, "cubic metre", "approx"),
      F("to [€38 per megawatt hour].", "money", 38, "EUR")]),
    ("2024-11-25",  # 056 F1
     ("Max Verstappen clinched his fourth consecutive Formula One world title with a "
      "fifth-place finish in Las Vegas on Saturday night. The 27-year-old Dutchman has an "
      "unassailable 63-point lead with two races left. George Russell won the race by 7.3 "
      "seconds from team-mate Lewis Hamilton, who started 10th."),
     [F("his [fourth] consecutive", "ordinal", 4),
      F("a [fifth]-place", "ordinal", 5),
      F("on [Saturday] night", "date", date=WD("2024-11-25", "Saturday")),
      F("The [27-year-old] Dutchman", "duration", 27, "year"),
      F("unassailable [63-point] lead", "quantity", 63, "point"),
      F("with [two] races", "count", 2, counted="races"),
      F("by [7.3 seconds] from", "duration", 7.3, "second"),
      F("started [10th].", "ordinal", 10)]),
    (None,  # 057 golf
     ("Scottie Scheffler shot a closing 68 for a four-shot victory at Augusta and a 72-hole "
      "total of 277."),
     [F("closing [68] for", "number", 68),
      F("a [four]-shot", "count", 4, counted="shot"),
      F("a [72]-hole", "count", 72, counted="hole"),
      F("total of [277].", "number", 277)]),
    ("2024-10-14",  # 058 marathon
     ("Kenya's Ruth Chepngetich won the Chicago Marathon in 2:09:56 on Sunday, becoming the "
      "first woman to run under 2 hours 10 minutes and smashing the previous world record by "
      "almost two minutes."),
     [F("in [2:09:56] on", "duration", 2 * 3600 + 9 * 60 + 56, "second"),
      F("on [Sunday], becoming", "date", date=WD("2024-10-14", "Sunday")),
      F("the [first] woman", "ordinal", 1),
      F("under [2 hours 10 minutes] and", "duration", 130, "minute", "lt"),
      F("almost [two minutes].", "duration", 2, "minute", "approx")]),
    ("2025-01-31",  # 059 court US
     ("The Supreme Court ruled 6-3 on Thursday that the platform could not rely on Section 230 "
      "of the Communications Decency Act of 1996 to dismiss the lawsuit, which seeks $1.5 "
      "billion in damages on behalf of some 2,000 families."),
     [F("ruled [6]-3 on", "number", 6),
      F("ruled 6-[3] on", "number", 3),
      F("on [Thursday] that", "date", date=WD("2025-01-31", "Thursday")),
      F("on [Section 230] of", "identifier"),
      F("Act of [1996] to", "date", 1996, date="1996"),
      F("seeks [$1.5 billion] in", "money", 1.5e9, "USD"),
      F("some [2,000] families", "count", 2000, bound="approx", counted="families")]),
    (None,  # 060 fraud
     ("Prosecutors said the former banker siphoned off more than £4.2m over a seven-year period "
      "and are seeking a sentence of at least eight years. His lawyer told the court the true "
      "figure was 'closer to £1m'."),
     [F("more than [£4.2m] over", "money", 4.2e6, "GBP", "gt", claimant="prosecutors"),
      F("a [seven-year] period", "duration", 7, "year", claimant="prosecutors"),
      F("at least [eight years].", "duration", 8, "year", "ge", claimant="prosecutors"),
      F("closer to [£1m]'", "money", 1e6, "GBP", "approx", claimant="his lawyer")]),
    ("2024-05-10",  # 061 drugs
     ("Police in Colombia seized 2.3 tonnes of cocaine with a street value of about $70m in a "
      "raid on Wednesday, arresting 14 people aged between 19 and 56."),
     [F("seized [2.3 tonnes] of", "quantity", 2.3, "tonne"),
      F("about [$70m] in", "money", 7e7, "USD", "approx"),
      F("on [Wednesday], arresting", "date", date=WD("2024-05-10", "Wednesday")),
      F("arresting [14] people", "count", 14, counted="people"),
      R("aged [between 19 and 56].", "duration", 19, 56, unit="year")]),
    ("2024-07-18",  # 062
     ("Knife crime offences in England and Wales rose 4% to 50,510 in the year to March, the "
      "highest since comparable records began in 2011."),
     [F("rose [4%] to", "percent", 4, "percent"),
      F("to [50,510] in", "count", 50510, counted="offences"),
      F("year to [March], the", "date", date="2024-03"),
      F("began in [2011].", "date", 2011, date="2011")]),
    ("2024-12-06",  # 063 jobs US
     ("US employers added 227,000 jobs in November, well above economists' expectations of "
      "200,000, the Labor Department said on Friday. The unemployment rate ticked up to 4.2% "
      "from 4.1%, and average hourly earnings rose 0.4% to $35.61. Revisions added 56,000 jobs "
      "to the previous two months."),
     [F("added [227,000] jobs in", "count", 227000, counted="jobs", claimant="Labor Department"),
      F("in [November], well", "date", date="2024-11", claimant="Labor Department"),
      F("expectations of [200,000], the", "count", 200000, counted="jobs",
        claimant="economists"),
      F("on [Friday].", "date", date=WD("2024-12-06", "Friday")),
      F("up to [4.2%] from", "percent", 4.2, "percent"),
      F("from [4.1%], and", "percent", 4.1, "percent"),
      F("rose [0.4%] to", "percent", 0.4, "percent"),
      F("to [$35.61].", "money", 35.61, "USD"),
      F("added [56,000] jobs to", "count", 56000, counted="jobs"),
      F("previous [two months].", "duration", 2, "month")]),
    ("2024-03-15",  # 064
     ("Toyota will raise monthly pay by an average of ¥24,450, or about 5%, for its 60,000 "
      "union members."),
     [F("average of [¥24,450], or", "money", 24450, "JPY"),
      F("about [5%], for", "percent", 5, "percent", "approx"),
      F("its [60,000] union", "count", 60000, counted="members")]),
    (None,  # 065 Korea
     ("Samsung Electronics posted an operating profit of 9.1 trillion won in the "
      "July-September quarter, missing analysts' forecasts of ₩10.3tn, and its shares fell 1.2% "
      "to ₩59,900 in Seoul."),
     [F("profit of [9.1 trillion won] in", "money", 9.1e12, "KRW"),
      F("the [July-September] quarter", "date"),
      F("forecasts of [₩10.3tn], and", "money", 1.03e13, "KRW", claimant="analysts"),
      F("fell [1.2%] to", "percent", 1.2, "percent"),
      F("to [₩59,900] in", "money", 59900, "KRW")]),
    ("2024-08-22",  # 066 Singapore
     ("Singapore's Changi Airport handled 5.7 million passengers in July, 98.5% of "
      "pre-pandemic levels, and Singapore Airlines posted a record annual net profit of S$2.68 "
      "billion. A one-way economy fare to Sydney now costs about S$600."),
     [F("handled [5.7 million] passengers", "count", 5.7e6, counted="passengers"),
      F("in [July], 98.5%", "date", date="2024-07"),
      F("July, [98.5%] of", "percent", 98.5, "percent"),
      F("profit of [S$2.68 billion].", "money", 2.68e9, "SGD"),
      F("about [S$600].", "money", 600, "SGD", "approx")]),
    (None,  # 067 NZ
     ("New Zealand's economy shrank 1% in the third quarter, pushing the country into "
      "recession, and the kiwi fell to US56.5c, its lowest in two years. The government has set "
      "aside NZ$1.2bn for flood recovery."),
     [F("shrank [1%] in", "percent", 1, "percent"),
      F("the [third] quarter,", "ordinal", 3),
      F("to [US56.5c], its", "money", 56.5, "cent"),
      F("in [two years].", "duration", 2, "year"),
      F("aside [NZ$1.2bn] for", "money", 1.2e9, "NZD")]),
    ("2024-10-24",  # 068 Canada
     ("The Bank of Canada cut its key overnight rate by half a percentage point to 3.75% on "
      "Wednesday, its fourth straight cut, and Governor Tiff Macklem said further reductions "
      "were likely. Canada's inflation rate fell to 1.6% in September, below the bank's 2% "
      "target for the first time in three and a half years. The loonie slipped to C$1.3835 per "
      "US dollar."),
     [F("by [half a percentage point] to", "percent", 0.5, "percentage point"),
      F("to [3.75%] on", "percent", 3.75, "percent"),
      F("on [Wednesday], its", "date", date=WD("2024-10-24", "Wednesday")),
      F("its [fourth] straight", "ordinal", 4),
      F("fell to [1.6%] in", "percent", 1.6, "percent"),
      F("in [September], below", "date", date="2024-09"),
      F("bank's [2%] target", "percent", 2, "percent"),
      F("in [three and a half years].", "duration", 3.5, "year"),
      F("to [C$1.3835 per US dollar].", "money", 1.3835, "CAD")]),
    (None,  # 069 Denmark
     ("A Danish household pays on average 2.8 kr per kWh for electricity, against 1.9 kr a year "
      "ago."),
     [F("average [2.8 kr per kWh] for", "money", 2.8, "DKK"),
      F("against [1.9 kr] a", "money", 1.9, "DKK"),
      F("1.9 kr [a year] ago", "duration", 1, "year")]),
    (None,  # 070 Swiss
     ("Nestlé cut its organic sales growth forecast to about 2% for 2024 and its shares fell as "
      "much as 5.8% to CHF 79.24 in Zurich, their lowest since 2017."),
     [F("to about [2%] for", "percent", 2, "percent", "approx", claimant="Nestlé"),
      F("for [2024] and", "date", 2024, date="2024", claimant="Nestlé"),
      F("as much as [5.8%] to", "percent", 5.8, "percent", "le"),
      F("to [CHF 79.24] in", "money", 79.24, "CHF"),
      F("since [2017].", "date", 2017, date="2017")]),
    ("2024-07-25",  # 071 airline results
     ("Ryanair's first-quarter profit fell 46% to €360m as average fares dropped 15%, and the "
      "airline said fares in the July-September period would be 'materially lower'. It carried "
      "55.5 million passengers in the three months to June 30, up 10%, and expects to fly "
      "198-200 million in the year to March 2025."),
     [F("Ryanair's [first]-quarter", "ordinal", 1),
      F("fell [46%] to", "percent", 46, "percent"),
      F("to [€360m] as", "money", 3.6e8, "EUR"),
      F("dropped [15%], and", "percent", 15, "percent"),
      F("the [July-September] period", "date", date="2024", claimant="Ryanair"),
      F("carried [55.5 million] passengers", "count", 5.55e7, counted="passengers"),
      F("the [three months] to", "duration", 3, "month"),
      F("to [June 30], up", "date", date="2024-06-30"),
      F("up [10%], and", "percent", 10, "percent"),
      R("fly [198-200 million] in", "count", 1.98e8, 2e8, counted="passengers",
        claimant="Ryanair"),
      F("to [March 2025].", "date", date="2025-03", claimant="Ryanair")]),
    (None,  # 072 Airbus
     ("Airbus delivered 766 jets in 2024, short of its target of around 770, including 602 "
      "A320neo-family aircraft."),
     [F("delivered [766] jets", "count", 766, counted="jets"),
      F("in [2024], short", "date", 2024, date="2024"),
      F("around [770],", "count", 770, bound="approx", counted="jets"),
      F("including [602] A320neo-family", "count", 602, counted="aircraft"),
      F("602 [A320neo]-family", "identifier")]),
    ("2025-01-03",  # 073 EVs
     ("Tesla delivered 1.79 million vehicles in 2024, its first annual decline in more than a "
      "decade. Fourth-quarter deliveries rose 2.3% to 495,570, below analysts' estimates of "
      "about 507,000. BYD sold 4.27 million vehicles last year, up 41%."),
     [F("delivered [1.79 million] vehicles", "count", 1.79e6, counted="vehicles"),
      F("in [2024], its", "date", 2024, date="2024"),
      F("its [first] annual", "ordinal", 1),
      F("more than [a decade].", "duration", 1, "decade", "gt"),
      F("[Fourth]-quarter deliveries", "ordinal", 4),
      F("rose [2.3%] to", "percent", 2.3, "percent"),
      F("to [495,570], below", "count", 495570, counted="deliveries"),
      F("about [507,000].", "count", 507000, bound="approx", counted="deliveries",
        claimant="analysts"),
      F("sold [4.27 million] vehicles", "count", 4.27e6, counted="vehicles"),
      F("up [41%].", "percent", 41, "percent")]),
    (None,  # 074
     ("The electric SUV has a range of up to 610km and can go from 0-100km/h in 4.4 seconds."),
     [F("up to [610km] and", "quantity", 610, "kilometre", "le"),
      R("from [0-100km/h] in", "quantity", 0, 100, unit="kilometre per hour"),
      F("in [4.4 seconds].", "duration", 4.4, "second")]),
    (None,  # 075 breach
     ("Hackers stole the personal data of some 190 million people, the company said, making it "
      "the largest breach in US healthcare history. The attackers demanded a ransom of 350 "
      "bitcoin, worth about $22m at the time."),
     [F("some [190 million] people", "count", 1.9e8, bound="approx", counted="people",
        claimant="the company"),
      F("ransom of [350 bitcoin],", "money", 350, "BTC"),
      F("about [$22m] at", "money", 2.2e7, "USD", "approx")]),
    ("2024-11-21",  # 076 Nvidia
     ("Nvidia reported third-quarter revenue of $35.08bn, up 94% from a year earlier, and "
      "forecast fourth-quarter sales of $37.5 billion, plus or minus 2%. Its data-centre unit "
      "brought in $30.8bn. The company's market value has risen to about $3.6tn, making it the "
      "world's most valuable listed company."),
     [F("reported [third]-quarter", "ordinal", 3),
      F("revenue of [$35.08bn], up", "money", 3.508e10, "USD"),
      F("up [94%] from", "percent", 94, "percent"),
      F("from [a year] earlier", "duration", 1, "year"),
      F("forecast [fourth]-quarter", "ordinal", 4, claimant="Nvidia"),
      F("sales of [$37.5 billion], plus", "money", 3.75e10, "USD", claimant="Nvidia"),
      F("minus [2%].", "percent", 2, "percent", claimant="Nvidia"),
      F("in [$30.8bn].", "money", 3.08e10, "USD"),
      F("about [$3.6tn],", "money", 3.6e12, "USD", "approx")]),
    (None,  # 077
     ("The data centre will draw 1.5GW of power, as much as a city of 1m homes, and cost $10 "
      "billion."),
     [F("draw [1.5GW] of", "quantity", 1.5, "gigawatt"),
      F("of [1m] homes", "count", 1e6, counted="homes"),
      F("cost [$10 billion].", "money", 1e10, "USD")]),
    (None,  # 078
     "Mobile data use in India averaged 27.5GB per user per month in 2024, up from 4GB in 2018.",
     [F("averaged [27.5GB per user per month] in", "quantity", 27.5,
        "gigabyte per user per month"),
      F("in [2024], up", "date", 2024, date="2024"),
      F("from [4GB] in", "quantity", 4, "gigabyte"),
      F("in [2018].", "date", 2018, date="2018")]),
    ("2024-11-07",  # 079 US election
     ("Donald Trump won the presidency with 312 electoral votes to Kamala Harris's 226, "
      "sweeping all seven battleground states. He became the first Republican in 20 years to win "
      "the popular vote, with about 50% to Harris's 48%. Republicans also won a 53-47 majority "
      "in the Senate."),
     [F("with [312] electoral", "count", 312, counted="votes"),
      F("Harris's [226],", "count", 226, counted="votes"),
      F("all [seven] battleground", "count", 7, counted="states"),
      F("the [first] Republican", "ordinal", 1),
      F("in [20 years] to", "duration", 20, "year"),
      F("about [50%] to", "percent", 50, "percent", "approx"),
      F("Harris's [48%].", "percent", 48, "percent"),
      F("a [53]-47 majority", "number", 53),
      F("a 53-[47] majority", "number", 47)]),
    (None,  # 080 poll
     ("Support for the governing party has fallen to 18%, its lowest in a decade, with a margin "
      "of error of plus or minus 3 percentage points."),
     [F("fallen to [18%],", "percent", 18, "percent"),
      F("in [a decade],", "duration", 1, "decade"),
      F("minus [3 percentage points].", "percent", 3, "percentage point")]),
    (None,  # 081 referendum
     ("Irish voters rejected the two proposed constitutional amendments by large margins, with "
      "67.7% voting No to the first and 73.9% to the second. Turnout was 44.4%."),
     [F("the [two] proposed", "count", 2, counted="amendments"),
      F("with [67.7%] voting", "percent", 67.7, "percent"),
      F("the [first] and", "ordinal", 1),
      F("and [73.9%] to", "percent", 73.9, "percent"),
      F("the [second].", "ordinal", 2),
      F("was [44.4%].", "percent", 44.4, "percent")]),
    ("2024-10-08",  # 082 Gaza
     ("More than 41,900 Palestinians have been killed in Gaza since the war began on Oct. 7, "
      "2023, according to the territory's health ministry, which does not distinguish between "
      "civilians and combatants. Israel says the Hamas-led attack killed about 1,200 people and "
      "that 251 were taken hostage. Around 90% of Gaza's 2.3 million people have been displaced "
      "at least once, the UN says."),
     [F("More than [41,900] Palestinians", "count", 41900, bound="gt", counted="Palestinians",
        claimant="the territory's health ministry"),
      F("on [Oct. 7, 2023], according", "date", date="2023-10-07",
        claimant="the territory's health ministry"),
      F("about [1,200] people", "count", 1200, bound="approx", counted="people",
        claimant="Israel"),
      F("that [251] were", "count", 251, counted="people", claimant="Israel"),
      F("Around [90%] of", "percent", 90, "percent", "approx", claimant="UN"),
      F("Gaza's [2.3 million] people", "count", 2.3e6, counted="people", claimant="UN")]),
    (None,  # 083
     ("Ukraine said it struck an oil depot about 1,100km inside Russia overnight using "
      "domestically made long-range drones."),
     [F("about [1,100km] inside", "quantity", 1100, "kilometre", "approx", claimant="Ukraine")]),
    (None,  # 084 Sudan
     ("Nearly 26 million people in Sudan face acute hunger, and more than 11 million have fled "
      "their homes since fighting erupted in April 2023, the UN's World Food Programme says. It "
      "needs USD 1.2 billion to feed 8.4 million people over the next six months."),
     [F("Nearly [26 million] people", "count", 2.6e7, bound="approx", counted="people",
        claimant="World Food Programme"),
      F("more than [11 million] have", "count", 1.1e7, bound="gt", counted="people",
        claimant="World Food Programme"),
      F("in [April 2023], the", "date", date="2023-04", claimant="World Food Programme"),
      F("needs [USD 1.2 billion] to", "money", 1.2e9, "USD"),
      F("feed [8.4 million] people", "count", 8.4e6, counted="people"),
      F("next [six months].", "duration", 6, "month")]),
    ("2024-09-05",  # 085 Channel
     ("A boat carrying migrants capsized in the English Channel on Tuesday, killing at least 12 "
      "people, including six children and a pregnant woman. French coastguards rescued 53 "
      "others. More than 21,000 people have crossed the Channel in small boats so far this "
      "year, according to Home Office figures."),
     [F("on [Tuesday], killing", "date", date=WD("2024-09-05", "Tuesday")),
      F("at least [12] people", "count", 12, bound="ge", counted="people"),
      F("including [six] children", "count", 6, counted="children"),
      F("rescued [53] others", "count", 53, counted="others"),
      F("More than [21,000] people", "count", 21000, bound="gt", counted="people",
        claimant="Home Office")]),
    (None,  # 086 typhoon
     ("Typhoon Yagi, packing winds of 203 km/h (126 mph), made landfall in Hainan, forcing the "
      "evacuation of 400,000 people."),
     [F("winds of [203 km/h] (", "quantity", 203, "kilometre per hour"),
      F("([126 mph]), made", "quantity", 126, "mile per hour"),
      F("of [400,000] people", "count", 400000, counted="people")]),
    (None,  # 087 swimming
     ("Léon Marchand won his fourth gold of the Games in the 200m individual medley, touching in "
      "an Olympic record of 1:54.06. The 22-year-old had earlier won the 200m butterfly and 200m "
      "breaststroke finals within two hours of each other."),
     [F("his [fourth] gold", "ordinal", 4),
      F("the [200m] individual", "quantity", 200, "metre"),
      F("record of [1:54.06].", "duration", 114.06, "second"),
      F("The [22-year-old] had", "duration", 22, "year"),
      F("won the [200m] butterfly", "quantity", 200, "metre"),
      F("and [200m] breaststroke", "quantity", 200, "metre"),
      F("within [two hours] of", "duration", 2, "hour", "le")]),
    ("2024-12-26",  # 088 NBA
     ("LeBron James scored 31 points in 38 minutes as the Lakers beat the Celtics 114-105, "
      "extending their winning streak to six games."),
     [F("scored [31 points] in", "quantity", 31, "point"),
      F("in [38 minutes] as", "duration", 38, "minute"),
      F("Celtics [114]-105,", "number", 114),
      F("Celtics 114-[105],", "number", 105),
      F("to [six] games", "count", 6, counted="games")]),
    ("2024-01-29",  # 089 tennis
     ("Jannik Sinner came back from two sets down to beat Daniil Medvedev 3-6, 3-6, 6-4, 6-4, "
      "6-3 in the Australian Open final on Sunday, becoming the first Italian man to win a Grand "
      "Slam singles title since 1976. The match lasted three hours and 44 minutes."),
     [F("from [two] sets", "count", 2, counted="sets"),
      F("Medvedev [3]-6, 3-6,", "number", 3),
      F("Medvedev 3-[6], 3-6,", "number", 6),
      F("3-6, [3]-6, 6-4,", "number", 3),
      F("3-6, 3-[6], 6-4,", "number", 6),
      F("3-6, [6]-4, 6-4,", "number", 6),
      F("3-6, 6-[4], 6-4,", "number", 4),
      F("6-4, [6]-4, 6-3", "number", 6),
      F("6-4, 6-[4], 6-3", "number", 4),
      F("6-4, [6]-3 in", "number", 6),
      F("6-4, 6-[3] in", "number", 3),
      F("on [Sunday], becoming", "date", date=WD("2024-01-29", "Sunday")),
      F("the [first] Italian", "ordinal", 1),
      F("since [1976].", "date", 1976, date="1976"),
      F("lasted [three hours and 44 minutes].", "duration", 224, "minute")]),
    (None,  # 090 rugby
     "Ireland beat New Zealand 17-13 in Paris to reach the semi-finals for the first time.",
     [F("Zealand [17]-13 in", "number", 17),
      F("Zealand 17-[13] in", "number", 13)]),
    ("2024-06-20",  # 091 science
     ("Researchers at the University of Oxford found that people who slept six hours or less in "
      "their 50s and 60s were 30% more likely to develop dementia than those who slept seven "
      "hours. The study followed nearly 8,000 British adults for 25 years and was published in "
      "Nature Communications on Tuesday."),
     [F("slept [six hours] or less", "duration", 6, "hour", "le",
        claimant="University of Oxford"),
      R("their [50s] and", "duration", 50, 59, unit="year", claimant="University of Oxford"),
      R("and [60s] were", "duration", 60, 69, unit="year", claimant="University of Oxford"),
      F("were [30%] more", "percent", 30, "percent", claimant="University of Oxford"),
      F("slept [seven hours].", "duration", 7, "hour", claimant="University of Oxford"),
      F("nearly [8,000] British", "count", 8000, bound="approx", counted="adults"),
      F("for [25 years] and", "duration", 25, "year"),
      F("on [Tuesday].", "date", date=WD("2024-06-20", "Tuesday"))]),
    (None,  # 092 space
     ("NASA's Europa Clipper will travel 2.9 billion km over five and a half years to reach "
      "Jupiter's moon, arriving in April 2030."),
     [F("travel [2.9 billion km] over", "quantity", 2.9e9, "kilometre"),
      F("over [five and a half years] to", "duration", 5.5, "year"),
      F("in [April 2030].", "date", date="2030-04")]),
    ("2025-01-31",  # 093 air crash
     ("An American Airlines regional jet carrying 64 people collided with a US Army Black Hawk "
      "helicopter with three soldiers aboard near Reagan National Airport at about 8:48 p.m. on "
      "Wednesday. There were no survivors. It was the deadliest US air crash since November "
      "2001, when 265 people died in New York."),
     [F("carrying [64] people", "count", 64, counted="people"),
      F("with [three] soldiers", "count", 3, counted="soldiers"),
      F("about [8:48 p.m.] on", "time", 20.8, bound="approx"),
      F("on [Wednesday].", "date", date=WD("2025-01-31", "Wednesday")),
      F("since [November 2001], when", "date", date="2001-11"),
      F("when [265] people", "count", 265, counted="people")]),
    (None,  # 094 rail strike
     ("Members of the RMT union will stage a 48-hour walkout from 00:01 on 21 June, the sixth "
      "strike in a dispute that has lasted more than 18 months. The union says its members have "
      "received a pay rise of just 3% since 2021, against inflation of over 20%."),
     [F("a [48-hour] walkout", "duration", 48, "hour"),
      F("from [00:01] on", "time", 1 / 60),
      F("on [21 June], the", "date"),
      F("the [sixth] strike", "ordinal", 6),
      F("more than [18 months].", "duration", 18, "month", "gt"),
      F("of just [3%] since", "percent", 3, "percent", claimant="RMT"),
      F("since [2021], against", "date", 2021, date="2021", claimant="RMT"),
      F("of over [20%].", "percent", 20, "percent", "gt", claimant="RMT")]),
    ("2024-12-27",  # 095 retail
     ("US holiday sales rose 3.8% between Nov. 1 and Dec. 24, Mastercard SpendingPulse said, "
      "with online spending up 6.7%. Black Friday alone generated $10.8bn in online sales, "
      "according to Adobe."),
     [F("rose [3.8%] between", "percent", 3.8, "percent", claimant="Mastercard SpendingPulse"),
      F("3.8% [between Nov. 1 and Dec. 24],", "date", date="2024",
        claimant="Mastercard SpendingPulse"),
      F("up [6.7%].", "percent", 6.7, "percent", claimant="Mastercard SpendingPulse"),
      F("generated [$10.8bn] in", "money", 1.08e10, "USD", claimant="Adobe")]),
    (None,  # 096
     "A dozen eggs now costs $4.15 on average in US cities, up 37% from a year ago.",
     [F("[A dozen] eggs", "count", 12, counted="eggs"),
      F("costs [$4.15] on", "money", 4.15, "USD"),
      F("up [37%] from", "percent", 37, "percent"),
      F("from [a year] ago", "duration", 1, "year")]),
    ("2024-11-15",  # 097 China property
     ("New home prices in China's 70 major cities fell 5.7% year on year in October, the 17th "
      "straight monthly decline. Property investment dropped 10.3% in the first 10 months, and "
      "developer Country Garden has more than 3,000 unfinished projects."),
     [F("China's [70] major", "count", 70, counted="cities"),
      F("fell [5.7%] year", "percent", 5.7, "percent"),
      F("in [October], the", "date", date="2024-10"),
      F("the [17th] straight", "ordinal", 17),
      F("dropped [10.3%] in", "percent", 10.3, "percent"),
      F("the [first] 10 months", "ordinal", 1),
      F("first [10 months],", "duration", 10, "month"),
      F("more than [3,000] unfinished", "count", 3000, bound="gt", counted="projects")]),
    (None,  # 098
     "China's central bank set the yuan midpoint at 7.1876 per dollar, the weakest in 16 months.",
     [F("at [7.1876 per dollar],", "money", 7.1876, "CNY"),
      F("in [16 months].", "duration", 16, "month")]),
    (None,  # 099 wheat
     ("Drought has cut Morocco's wheat harvest to about 2.5 million tonnes, less than half the "
      "10-year average, and the government will import 2.5-3 million tonnes to cover the "
      "shortfall."),
     [F("about [2.5 million tonnes],", "quantity", 2.5e6, "tonne", "approx"),
      F("less than [half] the", "fraction", 0.5, bound="lt"),
      F("the [10-year] average", "duration", 10, "year"),
      R("import [2.5-3 million tonnes] to", "quantity", 2.5e6, 3e6, unit="tonne")]),
    ("2025-01-10",  # 100 cold
     ("Temperatures fell to -18.9C in Altnaharra in the Scottish Highlands on Thursday night, "
      "the lowest in the UK since 2010, the Met Office said. Up to 10cm of snow is expected on "
      "higher ground, and an amber warning for ice is in place until midday tomorrow."),
     [F("fell to [-18.9C] in", "quantity", -18.9, "degree celsius", claimant="Met Office"),
      F("on [Thursday] night", "date", date=WD("2025-01-10", "Thursday"), claimant="Met Office"),
      F("since [2010], the", "date", 2010, date="2010", claimant="Met Office"),
      F("Up to [10cm] of", "quantity", 10, "centimetre", "le"),
      F("until [midday] tomorrow", "time", 12)]),
    (None,  # 101 Phoenix
     ("Phoenix recorded its 100th day of 2024 with highs of at least 100F on Tuesday, breaking "
      "the record of 76 days set in 1989. Temperatures reached 109F and are forecast to stay "
      "above 105 degrees through the weekend."),
     [F("its [100th] day", "ordinal", 100),
      F("day of [2024] with", "date", 2024, date="2024"),
      F("at least [100F] on", "quantity", 100, "degree fahrenheit", "ge"),
      F("on [Tuesday], breaking", "date"),
      F("record of [76 days] set", "duration", 76, "day"),
      F("in [1989].", "date", 1989, date="1989"),
      F("reached [109F] and", "quantity", 109, "degree fahrenheit"),
      F("above [105 degrees] through", "quantity", 105, "degree fahrenheit", "gt")]),
    (None,  # 102
     "Delhi recorded a high of 49.9C, while power demand hit an all-time peak of 250 GW.",
     [F("high of [49.9C], while", "quantity", 49.9, "degree celsius"),
      F("peak of [250 GW].", "quantity", 250, "gigawatt")]),
    ("2024-10-01",  # 103 coal
     ("The UK's last coal-fired power station, Ratcliffe-on-Soar, closed on Monday after 57 "
      "years, ending more than 140 years of coal power in Britain. Coal generated 40% of UK "
      "electricity as recently as 2012. The plant's four 500MW units once powered 2 million "
      "homes."),
     [F("on [Monday] after", "date", date=WD("2024-10-01", "Monday")),
      F("after [57 years],", "duration", 57, "year"),
      F("more than [140 years] of", "duration", 140, "year", "gt"),
      F("generated [40%] of", "percent", 40, "percent"),
      F("as recently as [2012].", "date", 2012, date="2012"),
      F("plant's [four] 500MW", "count", 4, counted="units"),
      F("four [500MW] units", "quantity", 500, "megawatt"),
      F("powered [2 million] homes", "count", 2e6, counted="homes")]),
    ("2024-09-21",  # 104 nuclear
     ("Microsoft signed a 20-year deal to buy power from Three Mile Island's Unit 1 reactor, "
      "which will restart in 2028 after a $1.6 billion refurbishment. The 835-megawatt plant "
      "shut in 2019 for economic reasons."),
     [F("a [20-year] deal", "duration", 20, "year"),
      F("Island's [Unit 1] reactor", "identifier"),
      F("restart in [2028] after", "date", 2028, date="2028"),
      F("a [$1.6 billion] refurbishment", "money", 1.6e9, "USD"),
      F("The [835-megawatt] plant", "quantity", 835, "megawatt"),
      F("shut in [2019] for", "date", 2019, date="2019")]),
    (None,  # 105
     ("Solar panel prices have fallen by nearly 90% over the past decade to around $0.11 per "
      "watt."),
     [F("nearly [90%] over", "percent", 90, "percent", "approx"),
      F("around [$0.11 per watt].", "money", 0.11, "USD", "approx")]),
    (None,  # 106 Lake Mead
     ("Lake Mead, the largest reservoir in the US, has dropped to 1,050 feet above sea level, "
      "about 30% of capacity. Officials say another 1.5 million acre-feet of cuts may be needed "
      "by 2026."),
     [F("to [1,050 feet] above", "quantity", 1050, "foot"),
      F("about [30%] of", "percent", 30, "percent", "approx"),
      F("another [1.5 million acre-feet] of", "quantity", 1.5e6, "acre foot",
        claimant="officials"),
      F("by [2026].", "date", 2026, date="2026", claimant="officials")]),
    ("2024-08-15",  # 107 Canada housing
     ("Canadian home sales rose 1.3% in July from June, the Canadian Real Estate Association "
      "said, though the national average price fell 0.2% year on year to C$667,317. Sales were "
      "up 4.6% on a year earlier, and new listings rose 0.9%. In Toronto the benchmark price is "
      "now about C$1.1 million."),
     [F("rose [1.3%] in", "percent", 1.3, "percent",
        claimant="Canadian Real Estate Association"),
      F("in [July] from", "date", date="2024-07", claimant="Canadian Real Estate Association"),
      F("from [June], the", "date", date="2024-06", claimant="Canadian Real Estate Association"),
      F("fell [0.2%] year", "percent", 0.2, "percent",
        claimant="Canadian Real Estate Association"),
      F("to [C$667,317].", "money", 667317, "CAD", claimant="Canadian Real Estate Association"),
      F("up [4.6%] on", "percent", 4.6, "percent"),
      F("on [a year] earlier", "duration", 1, "year"),
      F("rose [0.9%].", "percent", 0.9, "percent"),
      F("about [C$1.1 million].", "money", 1.1e6, "CAD", "approx")]),
    (None,  # 108
     ("The flat, 52 square metres, is on the market for €420,000, or roughly €8,100 per square "
      "metre."),
     [F("flat, [52 square metres], is", "quantity", 52, "square metre"),
      F("for [€420,000], or", "money", 420000, "EUR"),
      F("roughly [€8,100 per square metre].", "money", 8100, "EUR", "approx")]),
    ("2025-02-14",  # 109 crime US
     ("Police arrested a 34-year-old man on Thursday in connection with a shooting at a Chicago "
      "bus stop on Feb. 2 that left two people dead and five wounded. Homicides in the 50 "
      "largest US cities fell by about 16% in 2024, according to the Major Cities Chiefs "
      "Association."),
     [F("a [34-year-old] man", "duration", 34, "year"),
      F("on [Thursday] in", "date", date=WD("2025-02-14", "Thursday")),
      F("on [Feb. 2] that", "date", date="2025-02-02"),
      F("left [two] people", "count", 2, counted="people"),
      F("and [five] wounded", "count", 5, counted="people"),
      F("the [50] largest", "count", 50, counted="cities",
        claimant="Major Cities Chiefs Association"),
      F("about [16%] in", "percent", 16, "percent", "approx",
        claimant="Major Cities Chiefs Association"),
      F("in [2024], according", "date", 2024, date="2024",
        claimant="Major Cities Chiefs Association")]),
    (None,  # 110
     ("The jury deliberated for about 11 hours over two days before convicting him on all 34 "
      "counts."),
     [F("about [11 hours] over", "duration", 11, "hour", "approx"),
      F("over [two days] before", "duration", 2, "day"),
      F("all [34] counts", "count", 34, counted="counts")]),
    (None,  # 111 layoffs
     ("The software maker will cut about 4,000 jobs, or roughly 7% of its global workforce, and "
      "take a charge of $450m-$500m, mostly in the first half of fiscal 2025."),
     [F("about [4,000] jobs", "count", 4000, bound="approx", counted="jobs"),
      F("roughly [7%] of", "percent", 7, "percent", "approx"),
      R("charge of [$450m-$500m], mostly", "money", 4.5e8, 5e8, unit="USD"),
      F("the [first] half", "ordinal", 1),
      F("fiscal [2025].", "date", 2025)]),
    ("2024-03-19",  # 112
     "The chip packs 208 billion transistors and is built on TSMC's 4nm process.",
     [F("packs [208 billion] transistors", "count", 2.08e11, counted="transistors"),
      F("TSMC's [4nm] process", "quantity", 4, "nanometre")]),
    ("2024-10-31",  # 113 Meta
     ("Meta said 3.29 billion people used its apps each day in September, up 5% from a year "
      "earlier. The company expects capital expenditure of $38bn-$40bn this year and said costs "
      "would rise 'significantly' in 2025. Revenue per user was $11.89 in the third quarter."),
     [F("said [3.29 billion] people", "count", 3.29e9, counted="people", claimant="Meta"),
      F("in [September], up", "date", date="2024-09", claimant="Meta"),
      F("up [5%] from", "percent", 5, "percent", claimant="Meta"),
      F("from [a year] earlier", "duration", 1, "year", claimant="Meta"),
      R("expenditure of [$38bn-$40bn] this", "money", 3.8e10, 4e10, unit="USD", claimant="Meta"),
      F("in [2025].", "date", 2025, date="2025", claimant="Meta"),
      F("was [$11.89] in", "money", 11.89, "USD"),
      F("the [third] quarter.", "ordinal", 3)]),
    (None,  # 114
     "The streaming service has 282.7 million paid memberships in over 190 countries.",
     [F("has [282.7 million] paid", "count", 2.827e8, counted="memberships"),
      F("over [190] countries", "count", 190, bound="gt", counted="countries")]),
    ("2024-11-04",  # 115 obituary
     ("Quincy Jones, the producer behind Michael Jackson's Thriller, died on Sunday night at his "
      "home in Los Angeles. He was 91. Over a seven-decade career, Jones won 28 Grammy awards "
      "and received 80 nominations. Thriller, released in 1982, has sold an estimated 70 million "
      "copies."),
     [F("on [Sunday] night", "date", date=WD("2024-11-04", "Sunday")),
      F("He was [91].", "duration", 91, "year"),
      F("a [seven-decade] career", "duration", 7, "decade"),
      F("won [28] Grammy", "count", 28, counted="awards"),
      F("received [80] nominations", "count", 80, counted="nominations"),
      F("in [1982],", "date", 1982, date="1982"),
      F("estimated [70 million] copies", "count", 7e7, bound="approx", counted="copies")]),
    (None,  # 116
     "The novelist, who was in her 80s, wrote more than 40 books across half a century.",
     [R("her [80s],", "duration", 80, 89, unit="year"),
      F("more than [40] books", "count", 40, bound="gt", counted="books"),
      F("across [half a century].", "duration", 0.5, "century")]),
    ("2024-08-30",  # 117 transfer
     ("Chelsea have signed the Portugal winger for a fee of £51.3m plus £3.7m in add-ons on a "
      "seven-year contract, with the option of a further 12 months. The 24-year-old becomes the "
      "club's 11th signing of the summer, taking their spending to more than £200m."),
     [F("fee of [£51.3m] plus", "money", 5.13e7, "GBP"),
      F("plus [£3.7m] in", "money", 3.7e6, "GBP"),
      F("a [seven-year] contract", "duration", 7, "year"),
      F("further [12 months].", "duration", 12, "month"),
      F("The [24-year-old] becomes", "duration", 24, "year"),
      F("club's [11th] signing", "ordinal", 11),
      F("more than [£200m].", "money", 2e8, "GBP", "gt")]),
    (None,  # 118
     ("Erling Haaland became the fastest player to reach 100 Premier League goals, doing so in "
      "105 appearances."),
     [F("reach [100] Premier", "count", 100, counted="goals"),
      F("in [105] appearances", "count", 105, counted="appearances")]),
    ("2024-10-02",  # 119 sea ice
     ("Arctic sea ice shrank to 4.28 million square kilometres in September, the sixth-lowest "
      "extent in the 46-year satellite record."),
     [F("to [4.28 million square kilometres] in", "quantity", 4.28e6, "square kilometre"),
      F("in [September], the", "date", date="2024-09"),
      F("the [sixth]-lowest", "ordinal", 6),
      F("the [46-year] satellite", "duration", 46, "year")]),
    ("2025-03-22",  # 120 Heathrow
     ("Heathrow was shut for most of Friday after a fire at an electrical substation, "
      "disrupting more than 1,300 flights and an estimated 200,000 passengers. The airport, "
      "which handled 83.9 million passengers in 2024, said it expected to be fully operational "
      "on Saturday. The blaze broke out at about 11.23pm on Thursday."),
     [F("of [Friday] after", "date", date=WD("2025-03-22", "Friday")),
      F("more than [1,300] flights", "count", 1300, bound="gt", counted="flights"),
      F("estimated [200,000] passengers", "count", 200000, bound="approx",
        counted="passengers"),
      F("handled [83.9 million] passengers", "count", 8.39e7, counted="passengers"),
      F("in [2024], said", "date", 2024, date="2024"),
      F("on [Saturday].", "date", date="2025-03-22", claimant="Heathrow"),
      F("about [11.23pm] on", "time", 23 + 23 / 60, bound="approx"),
      F("on [Thursday].", "date", date=WD("2025-03-22", "Thursday"))]),
    ("2024-08-06",  # 121 Europe wrap
     ("European shares closed lower on Monday, with the pan-European STOXX 600 index down 2.2% "
      "at 486.9 points, its lowest close since early February. London's FTSE 100 fell 167.6 "
      "points, or 2%, to 8,008.23, and Germany's DAX shed 1.8%. About €330bn was wiped off the "
      "value of the region's listed companies."),
     [F("on [Monday], with", "date", date=WD("2024-08-06", "Monday")),
      F("pan-European [STOXX 600] index", "identifier"),
      F("down [2.2%] at", "percent", 2.2, "percent"),
      F("at [486.9 points],", "quantity", 486.9, "point"),
      F("early [February].", "date", date="2024-02"),
      F("London's [FTSE 100] fell", "identifier"),
      F("fell [167.6 points], or", "quantity", 167.6, "point"),
      F("or [2%], to", "percent", 2, "percent"),
      F("to [8,008.23], and", "number", 8008.23),
      F("shed [1.8%].", "percent", 1.8, "percent"),
      F("About [€330bn] was", "money", 3.3e11, "EUR", "approx")]),
    ("2024-12-05",  # 122 bitcoin
     ("Bitcoin topped $100,000 for the first time on Thursday, having more than doubled in "
      "value this year."),
     [F("topped [$100,000] for", "money", 100000, "USD", "gt"),
      F("on [Thursday], having", "date", date=WD("2024-12-05", "Thursday")),
      F("more than [doubled] in", "fraction", 2, bound="gt")]),
    (None,  # 123 bonds
     ("Germany's 10-year Bund yield rose 8 basis points to 2.53%, while Italian spreads widened "
      "to 125 bps."),
     [F("Germany's [10-year] Bund", "duration", 10, "year"),
      F("rose [8 basis points] to", "percent", 8, "basis point"),
      F("to [2.53%],", "percent", 2.53, "percent"),
      F("to [125 bps].", "percent", 125, "basis point")]),
    (None,  # 124 dock strike
     ("The six-month-long strike by 1,900 dock workers at Felixstowe cost the port an estimated "
      "£80m-£100m, union leaders said, and more than 40 ships were diverted to Rotterdam."),
     [F("The [six-month]-long", "duration", 6, "month", claimant="union leaders"),
      F("by [1,900] dock", "count", 1900, counted="workers", claimant="union leaders"),
      R("estimated [£80m-£100m], union", "money", 8e7, 1e8, unit="GBP", bound="approx",
        claimant="union leaders"),
      F("more than [40] ships", "count", 40, bound="gt", counted="ships",
        claimant="union leaders")]),
    (None,  # 125 times
     ("The Federal Reserve will release its decision at 2 p.m. EDT, and Chair Jerome Powell is "
      "due to speak at 2:30 p.m. Stocks were little changed at 3:15 p.m. EDT, with the Dow up "
      "0.1%."),
     [F("at [2 p.m.] EDT", "time", 14),
      F("at [2:30 p.m.] Stocks", "time", 14.5),
      F("at [3:15 p.m.] EDT, with", "time", 15.25),
      F("up [0.1%].", "percent", 0.1, "percent")]),
    ("2025-01-08",  # 126 storm
     ("Power was restored to tens of thousands of homes in Northern Ireland overnight Tuesday, "
      "but about 11,000 remained cut off, NIE Networks said. Wind gusts of as much as 93mph "
      "were recorded at Capel Curig on 6 January, and on the 6th alone more than 60 flood "
      "alerts were issued."),
     [F("to [tens of thousands] of homes", "count", 10000, bound="ge", approximate=True,
        counted="homes", claimant="NIE Networks"),
      F("overnight [Tuesday], but", "date", date=WD("2025-01-08", "Tuesday"),
        claimant="NIE Networks"),
      F("about [11,000] remained", "count", 11000, bound="approx", counted="homes",
        claimant="NIE Networks"),
      F("as much as [93mph] were", "quantity", 93, "mile per hour", "le"),
      F("on [6 January], and", "date", date="2025-01-06"),
      F("on the [6th] alone", "date", date="2025-01-06"),
      F("more than [60] flood", "count", 60, bound="gt", counted="alerts")]),
    (None,  # 127 budget UK
     ("Spending on the NHS will rise by £22.6bn over two years, and the government will raise "
      "£25bn a year from higher employer National Insurance contributions, which increase to "
      "15% from April. Public sector net borrowing in 2019-20 was £57bn; it is forecast to "
      "reach £127.5bn in 2024-25."),
     [F("by [£22.6bn] over", "money", 2.26e10, "GBP"),
      F("over [two years],", "duration", 2, "year"),
      F("raise [£25bn a year] from", "money", 2.5e10, "GBP"),
      F("to [15%] from", "percent", 15, "percent"),
      F("from [April].", "date"),
      F("in [2019-20] was", "date"),
      F("was [£57bn];", "money", 5.7e10, "GBP"),
      F("reach [£127.5bn] in", "money", 1.275e11, "GBP"),
      F("in [2024-25].", "date")]),
    (None,  # 128 guidance
     ("Sales rose 11% to USD 9.4bn in 2024. The group expects revenue growth in the "
      "mid-to-high single digits in 2025 and plans buybacks of up to 1.2 billion dollars over "
      "the next 12 months."),
     [F("rose [11%] to", "percent", 11, "percent"),
      F("to [USD 9.4bn] in", "money", 9.4e9, "USD"),
      F("in [2024].", "date", 2024, date="2024"),
      R("the [mid-to-high single digits] in", "percent", 4, 9, unit="percent", bound="approx",
        claimant="the group"),
      F("in [2025] and", "date", 2025, date="2025", claimant="the group"),
      F("up to [1.2 billion dollars] over", "money", 1.2e9, "USD", "le"),
      F("next [12 months].", "duration", 12, "month")]),
    (None,  # 129 LNG
     ("The LNG terminal can store 360,000 m3 of gas and send out up to 7.5 million tonnes a "
      "year. Its owners put the cost at just under €2bn."),
     [F("store [360,000 m3] of", "quantity", 360000, "cubic metre"),
      F("up to [7.5 million tonnes a year].", "quantity", 7.5e6, "tonne per year", "le"),
      F("just under [€2bn].", "money", 2e9, "EUR", "lt", claimant="its owners")]),
    (None,  # 130 crowd
     ("Scores of fans were injured and a dozen arrested when crowds surged before the match, "
      "which Argentina won 2-1 in front of upwards of 80,000 spectators."),
     [F("[Scores] of fans", "count", 20, bound="ge", approximate=True, counted="fans"),
      F("and [a dozen] arrested", "count", 12, counted="fans"),
      F("won [2]-1 in", "number", 2),
      F("won 2-[1] in", "number", 1),
      F("upwards of [80,000] spectators", "count", 80000, bound="gt", counted="spectators")]),
    (None,  # 131 admissions
     ("No more than 5% of the 1,200 applicants will be accepted, and fewer than 100 will "
      "receive full scholarships worth in excess of $60,000 a year."),
     [F("No more than [5%] of", "percent", 5, "percent", "le"),
      F("the [1,200] applicants", "count", 1200, counted="applicants"),
      F("fewer than [100] will", "count", 100, bound="lt", counted="applicants"),
      F("in excess of [$60,000 a year].", "money", 60000, "USD", "gt")]),
    ("2024-07-10",  # 132 Beryl
     ("Hurricane Beryl knocked out power to as many as 2.7 million homes and businesses in "
      "Texas, and between 10 and 15 people have died, officials said. The storm, which made "
      "landfall near Matagorda at 4 a.m. on Monday as a Category 1 hurricane, dropped 10 to 15 "
      "inches of rain in places."),
     [F("as many as [2.7 million] homes", "count", 2.7e6, bound="le", counted="homes",
        claimant="officials"),
      R("and [between 10 and 15] people", "count", 10, 15, counted="people",
        claimant="officials"),
      F("at [4 a.m.] on", "time", 4),
      F("on [Monday] as", "date", date=WD("2024-07-10", "Monday")),
      F("a [Category 1] hurricane", "quantity", 1, "category"),
      R("dropped [10 to 15 inches] of", "quantity", 10, 15, unit="inch")]),
    (None,  # 133 Japan population
     ("Japan's population fell by a record 837,000 to 124.9 million last year, and nearly three "
      "in 10 people are now aged 65 or older. Births slumped to 727,277, the lowest since "
      "records began in 1899."),
     [F("record [837,000] to", "count", 837000, counted="people"),
      F("to [124.9 million] last", "count", 1.249e8, counted="people"),
      F("nearly [three in 10] people", "fraction", 0.3, bound="approx"),
      F("aged [65] or older", "duration", 65, "year", "ge"),
      F("to [727,277], the", "count", 727277, counted="births"),
      F("in [1899].", "date", 1899, date="1899")]),
    (None,  # 134 bridge
     ("The bridge, roughly 1.6 miles long, was struck by a 984-foot container ship at 1:28 "
      "a.m."),
     [F("roughly [1.6 miles] long", "quantity", 1.6, "mile", "approx"),
      F("a [984-foot] container", "quantity", 984, "foot"),
      F("at [1:28 a.m.]", "time", 1 + 28 / 60)]),
    ("2023-06-08",  # 135 whale
     ("The blue whale's heart weighs about 180kg (400lb), and an adult can eat up to 4 tons of "
      "krill a day."),
     [F("about [180kg] (", "quantity", 180, "kilogram", "approx"),
      F("([400lb]), and", "quantity", 400, "pound", "approx"),
      F("up to [4 tons] of", "quantity", 4, "ton", "le")]),
    ("2024-02-12",  # 136 Super Bowl
     ("The Kansas City Chiefs beat the San Francisco 49ers 25-22 in overtime in Super Bowl LVIII "
      "on Sunday, the second Super Bowl to go to overtime. The broadcast drew an average of "
      "123.4 million viewers, the most-watched in US history, and a 30-second commercial cost "
      "about $7m."),
     [F("49ers [25]-22 in", "number", 25),
      F("49ers 25-[22] in", "number", 22),
      F("on [Sunday], the", "date", date=WD("2024-02-12", "Sunday")),
      F("the [second] Super", "ordinal", 2),
      F("of [123.4 million] viewers", "count", 1.234e8, counted="viewers"),
      F("a [30-second] commercial", "duration", 30, "second"),
      F("about [$7m].", "money", 7e6, "USD", "approx")]),
    (None,  # 137 history
     ("The Second World War killed an estimated 70-85 million people. The Battle of the Somme, "
      "fought over 141 days in 1916, left more than a million casualties."),
     [R("estimated [70-85 million] people", "count", 7e7, 8.5e7, bound="approx",
        counted="people"),
      F("over [141 days] in", "duration", 141, "day"),
      F("in [1916], left", "date", 1916, date="1916"),
      F("more than [a million] casualties", "count", 1e6, bound="gt", counted="casualties")]),
    (None,  # 138 Pakistan
     ("Pakistan's central bank cut its policy rate by 200 basis points to 15%, and the rupee "
      "closed at Rs 278.3 to the dollar."),
     [F("by [200 basis points] to", "percent", 200, "basis point"),
      F("to [15%], and", "percent", 15, "percent"),
      F("at [Rs 278.3] to", "money", 278.3, "PKR")]),
    ("2024-12-10",  # 139 Nigeria
     ("The Nigerian government approved a 70,000-naira monthly minimum wage, up from N30,000, "
      "and set aside ₦6.2tn for the increase. Oil output rose to 1.8 mn barrels per day in "
      "November."),
     [F("a [70,000-naira] monthly", "money", 70000, "NGN"),
      F("from [N30,000], and", "money", 30000, "NGN"),
      F("aside [₦6.2tn] for", "money", 6.2e12, "NGN"),
      F("to [1.8 mn barrels per day] in", "quantity", 1.8e6, "barrel per day"),
      F("in [November].", "date", date="2024-11")]),
]
# fmt: on



def main(argv):
    return gt.written_set_main(argv, OUT, DOCS, "c4")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
