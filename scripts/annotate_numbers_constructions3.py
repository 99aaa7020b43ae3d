"""Build and validate tests/data/numbers_constructions3.jsonl: a third, independent
hand-written, hand-annotated "constructions" gold set for the number extractor.

Why: the two earlier constructions sets (numbers_constructions.jsonl, ...2.jsonl) are
mostly 1-3 sentence items written by two annotators; a third author with a different
style measures generalisation better. This set mixes (a) realistic news paragraphs of
3-6 sentences dense with figures (company results, elections, sport reports with scores
and times, weather, courts, health statistics, disaster tolls, budgets, science,
property and travel prices, tech specs, recipes, commodity markets, timetables) and
(b) single sentences written the way quantity-extractor unit tests are written, covering
units of every dimension, currencies worldwide, magnitude words/abbreviations,
spelled-out/mixed/fractional/negative numbers, ranges and bounds, multipliers, ordinals,
dates/times/durations/ages, identifiers, parenthetical conversions and reported speech.

What: 153 documents written from scratch by the annotator for this file (not copied from
any test suite, library, dataset or the earlier sets; company and person names are mostly
invented), each with at least one figure, every figure annotated by hand after writing
the text. The extractor was neither run nor read before this file was committed.

* ``doc_id`` ``c3-001`` ... in the order of ``DOCS``; ``title`` ""; split: every third
  document (c3-003, c3-006, ...) is ``c3-test``, the rest ``c3-dev``.
* ``published``: an ISO date for 82 documents, null for the other 71.
  Weekdays are resolved with ``WD(published, "Monday")`` = the most recent such weekday
  on/before the published date (README); documents with a published date only refer to
  past weekdays.

Notation (scripts/goldtools.py): ``F(ctx, kind, value, unit, bound, ...)`` where ``ctx``
is verbatim document text with the figure's span in [brackets] (unique in the text);
``R(ctx, kind, low, high, ...)`` for ranges. Guidelines: tests/data/README.md
(numbers_gold.jsonl, including "Conventions added or revised in session 2"), followed
unchanged; where the README is silent, the decisions of the earlier constructions sets
(the second set's where they differ); where all are silent, the decisions below.

Decisions where the README and both earlier sets are silent (taken before any scoring):

Money
- A bare "$" takes the dollar of the country of the story (USD for US stories and for
  stories with no country; "US$" explicit); "$" in a Kenyan story is written "US$".
  "฿" THB, "R" with a space-grouped amount ("R25 000", South African story) ZAR,
  "HK$ 42.5m" (space after the symbol) HKD, "won" KRW, "NOK" NOK.
- Slang/abbreviated magnitudes: "$45M" = 4.5e7, "1.2k" = 1,200.
- Prices introduced by "from", "starts at", "start at", "priced from" are floors -> ge;
  "capped at" -> le (like "a maximum of").
- A per-person "pp" glued to a price is inside the span ("£449pp", rate denominator).
- "topped", "passed" (a level or toll) -> gt, like "exceeded" ("topped [$3 trillion]",
  "has passed [21,000]"); this was applied when annotating but listed only after the
  evaluation run (documentation fix, no annotation changed).
- Forecasts, outlooks and guidance are claimed by their issuer ("raised its outlook to
  ..." -> the company; "analysts' forecasts of 98 cents" -> "analysts").
- "estimates X at" is approx (as the lead's "estimated at"); "put X at" stays eq (not a
  hedge word), both with the estimator as claimant.
- An exchange rate "32.2 to the dollar" / "141.7 per dollar" / "129 per US dollar" is
  money in the priced currency; the "per dollar" denominator is in the span, "to the
  dollar" is not (only "per"/"a"/"/" denominators are, README).
- Money "per annum" is a rate denominator inside the span ("£37,000 per annum").

Percent
- A percent's "a year" stays outside its span (percent units are only percent /
  percentage point / basis point): "[5.25 percent] a year".
- "charges from 0 to 50%" is a change (two figures, "[0]" by unit ellipsis).

Quantities
- New unit names: "nit", "hertz", "gigahertz", "terabyte", "watt", "gas mark" (span
  "gas mark 4", value 4), "light year", "part per million", "brake horsepower",
  "newton metre", "knot", "acre", "bar", "terawatt hour per year", "fluid ounce",
  "square foot", "degree" (an angle), "megabit per second", "decibel", "category"
  (hurricane "Category 4" -> quantity 4, span "Category 4", like "magnitude 7.8").
- Bare "degrees" with no scale in the story take the country's scale (Australia:
  celsius; US: fahrenheit).
- "0-62mph" (acceleration spec) is one range span 0..62 mile per hour.
- "9x13-inch" is two quantities: "[9]" (inch, by ellipsis) and "[13-inch]".
- Rates per population: "41.3 per 100,000 people" -> quantity 41.3, unit
  "per 100000 person" (the denominator as in "litre per 100 kilometre").
- "A pint", "A litre", "One kilowatt-hour" -> quantity 1 with the article/number in the
  span (like "a kilo of beef").
- Avogadro-style scientific notation "6.022 × 10²³ per mole" -> quantity 6.022e23, one
  span, unit "per mole".
- A hedge before a coordination of requirements distributes: "at least [4GB] of RAM and
  [64GB] of storage" -> both ge.
- A negated hedge inverts: "have not fallen below [90 degrees]" -> ge.

Counts, fractions
- Hyphenated count adjectives: "[two]-bedroom", "[eight]-core", "[1,300]-page" -> count,
  span the number, counted the noun as written ("bedroom", "core", "page").
- Elided counted nouns take the story's noun: an election "majority of [172]" -> "seats",
  a winning "margin was [11,572]" -> "votes", "[28] of [53] member states" -> "states",
  cricket totals "out for [187]" / "on [68]" -> "runs"; "[52.3] overs" counted "overs".
- A vote tally with its noun ("326 votes to 201") is two counts; a bare tally
  ("passed 52 to 48") is two numbers (like scores and court votes).
- "population of [4,812]" -> count, counted "population".
- Product options "[256GB] or [512GB] of storage" are two figures (not a "20 or 30"
  estimate range).
- League points are quantities (unit "point", README session 2); goals, runs, wickets,
  balls, appearances stay counts.
- A BMI "of [30] or more" -> number 30, ge; a share price "to [87¼]" -> number.
- "the first X (since Y)" heading a noun phrase is an ordinal ("the [first] cut since
  September 2019", "the [first] American to win"); court names ("the 2nd Circuit") are
  names, not figures.

Dates, times, durations, ages
- "the year before" (no number, no article) is not annotated.
- "FY24" is a financial-year label: date with value/date null (like "2010-11").
- "June 14 to July 14" is one date span; date = the smallest ISO unit containing both
  ends ("2024"). "the April–June quarter" one date span. "between 2017 and 2021" and
  "1961–1990" are year ranges (value = midpoint, date null).
- A clock interval that does not cross midnight is one time range span
  ("between 6am and 11pm" -> 6..23, "between" inside like the README's "between 10 and
  20 millimetres"). "the 07:12" (a train named by its time) is a time.
- Clock times without am/pm are valued as stated: "quarter to eight" 7.75, "half past
  ten" 10.5. "4 a.m. Monday" is two figures (time, weekday).
- Athletics times with an elided unit ("in 52.85", "had run 9.77") -> duration second.
- Ages: "the over-[85]s", "over-[65]s" -> duration year, gt, span the number (like
  "pre-[1917]"); "[two]- and [three-year-olds]" -> two ages; "[18-to-29-year-olds]"
  -> one range span 18..29.
- "286 days, 14 hours and 2 minutes" -> one span valued in minutes (README compound rule).

Identifiers (value null): "type 2" (diabetes), "Orion X2" (phone model), "Route 9", "Windows 11", "H200",
"Boeing 737 MAX 9", "Airbus A350-1000", "BA283", "Nikkei 225", "S&P 500",
"Amendment 4", "A9", "CO2".

Claimants
- "X, prosecutors said" etc. as README; requests in court and union demands ("sought",
  "asked for", "is demanding") are claims of the party.
- "according to X" at the end of a sentence covers its figures (like a trailing "X
  said").
- "a new report", "a survey", "a trial" (unnamed sources) as written, lower-case.

Run:  .venv/bin/python scripts/annotate_numbers_constructions3.py            (write + validate)
      .venv/bin/python scripts/annotate_numbers_constructions3.py --check    (validate only)
"""

from __future__ import annotations

import sys

import goldtools as gt
from goldtools import F, R

OUT = gt.DATA / "numbers_constructions3.jsonl"
SPLITS = {"c3-dev", "c3-test"}
THIRD, TWO3 = 1 / 3, 2 / 3
WD = gt.last_weekday  # the most recent such weekday on/before the published date


# fmt: off
# Each entry: (published or None, text, [figures]).  doc_id = c3-NNN by position.
P1 = "2025-02-14"
P5 = "2024-07-06"
P8 = "2024-08-05"
P11 = "2025-01-06"
P13 = "2024-11-22"
DOCS = [
    (P1,  # 001 results
     ("Harbourline Foods reported revenue of £4.62bn for the year to 31 December, up 7.8% on "
      "2023, and pre-tax profit rose 12% to £318m. The board proposed a final dividend of "
      "14.5p a share, taking the total for the year to 21p. Chief executive Priya Natarajan "
      "said the group would open 40 new stores in 2025 and create about 1,200 jobs. Shares "
      "closed 43p higher at 612p on Thursday."),
     [F("revenue of [£4.62bn] for", "money", 4.62e9, "GBP"),
      F("year to [31 December], up", "date", date="2024-12-31"),
      F("up [7.8%] on", "percent", 7.8, "percent"),
      F("on [2023], and", "date", 2023, date="2023"),
      F("rose [12%] to", "percent", 12, "percent"),
      F("to [£318m].", "money", 3.18e8, "GBP"),
      F("of [14.5p a share],", "money", 14.5, "penny"),
      F("year to [21p].", "money", 21, "penny"),
      F("open [40] new stores", "count", 40, counted="stores", claimant="Priya Natarajan"),
      F("in [2025] and", "date", 2025, date="2025", claimant="Priya Natarajan"),
      F("about [1,200] jobs", "count", 1200, bound="approx", counted="jobs",
        claimant="Priya Natarajan"),
      F("closed [43p] higher", "money", 43, "penny"),
      F("at [612p] on", "money", 612, "penny"),
      F("on [Thursday].", "date", date=WD(P1, "Thursday"))]),
    ("2024-04-03",  # 002
     "The new footbridge is 1.2 km long and 4.5 metres wide.",
     [F("is [1.2 km] long", "quantity", 1.2, "kilometre"),
      F("and [4.5 metres] wide", "quantity", 4.5, "metre")]),
    (None,  # 003
     "He paid €3,500 for the second-hand motorbike.",
     [F("paid [€3,500] for", "money", 3500, "EUR")]),
    ("2023-11-20",  # 004
     "The statue weighs about half a tonne.",
     [F("about [half a tonne].", "quantity", 0.5, "tonne", "approx")]),
    (P5,  # 005 election
     ("Labour won 411 of the 650 seats in Thursday's general election, giving it a majority "
      "of 172. The party took 33.7% of the vote, up 1.6 points on 2019, while Reform UK polled "
      "just over four million votes but won only five seats. Turnout fell to 59.8%, the lowest "
      "since 2001. In Holborn and St Pancras the winning margin was 11,572."),
     [F("won [411] of", "count", 411, counted="seats"),
      F("the [650] seats", "count", 650, counted="seats"),
      F("in [Thursday]'s general", "date", date=WD(P5, "Thursday")),
      F("majority of [172].", "count", 172, counted="seats"),
      F("took [33.7%] of", "percent", 33.7, "percent"),
      F("up [1.6 points] on", "percent", 1.6, "percentage point"),
      F("on [2019], while", "date", 2019, date="2019"),
      F("just over [four million] votes", "count", 4e6, bound="gt", counted="votes"),
      F("only [five] seats", "count", 5, counted="seats"),
      F("to [59.8%],", "percent", 59.8, "percent"),
      F("since [2001].", "date", 2001, date="2001"),
      F("margin was [11,572].", "count", 11572, counted="votes")]),
    (None,  # 006
     "Temperatures plunged to −17.4°C overnight in Braemar.",
     [F("to [−17.4°C] overnight", "quantity", -17.4, "degree celsius")]),
    ("2024-05-09",  # 007
     "Tickets cost $45 for adults and $20 for children under 12.",
     [F("cost [$45] for", "money", 45, "USD"),
      F("and [$20] for", "money", 20, "USD"),
      F("under [12].", "duration", 12, "year", "lt")]),
    (P8,  # 008 sport
     ("Noah Kessler won the Olympic 100m final in 9.79 seconds on Sunday, edging Kishon "
      "Thomas by 0.005 seconds. It was the closest finish in the event's history, with the "
      "first eight runners separated by just 0.12 seconds. Kessler, 27, became the first "
      "American to win the title since 2004. Thomas, who had run 9.77 in June, took silver."),
     [F("Olympic [100m] final", "quantity", 100, "metre"),
      F("in [9.79 seconds] on", "duration", 9.79, "second"),
      F("on [Sunday], edging", "date", date=WD(P8, "Sunday")),
      F("by [0.005 seconds].", "duration", 0.005, "second"),
      F("the [first] eight runners", "ordinal", 1),
      F("first [eight] runners", "count", 8, counted="runners"),
      F("just [0.12 seconds].", "duration", 0.12, "second"),
      F("Kessler, [27], became", "duration", 27, "year"),
      F("the [first] American", "ordinal", 1),
      F("since [2004].", "date", 2004, date="2004"),
      F("had run [9.77] in", "duration", 9.77, "second"),
      F("in [June], took", "date", date="2024-06")]),
    ("2023-12-01",  # 009
     "The recipe calls for 2 ½ cups of flour and ¾ tsp of salt.",
     [F("for [2 ½ cups] of", "quantity", 2.5, "cup"),
      F("and [¾ tsp] of", "quantity", 0.75, "teaspoon")]),
    ("2024-08-10",  # 010
     "Unemployment edged up to 4.3 per cent in July from 4.1 per cent.",
     [F("up to [4.3 per cent] in", "percent", 4.3, "percent"),
      F("in [July] from", "date", date="2024-07"),
      F("from [4.1 per cent].", "percent", 4.1, "percent")]),
    (P11,  # 011 weather
     ("Storm Bert brought gusts of up to 82 mph to the Isle of Wight on Sunday, and more than "
      "100mm of rain fell on parts of south Wales in 36 hours. The Met Office issued 47 flood "
      "warnings and an amber warning for snow, with 10-20cm expected above 300 metres. "
      "Temperatures struggled to reach 2C in Aberdeen on Saturday, and fell to minus 9 "
      "overnight."),
     [F("up to [82 mph] to", "quantity", 82, "mile per hour", "le"),
      F("on [Sunday], and", "date", date=WD(P11, "Sunday")),
      F("more than [100mm] of", "quantity", 100, "millimetre", "gt"),
      F("in [36 hours].", "duration", 36, "hour"),
      F("issued [47] flood", "count", 47, counted="warnings"),
      R("with [10-20cm] expected", "quantity", 10, 20, unit="centimetre"),
      F("above [300 metres].", "quantity", 300, "metre", "gt"),
      F("reach [2C] in", "quantity", 2, "degree celsius"),
      F("on [Saturday], and", "date", date=WD(P11, "Saturday")),
      F("to [minus 9] overnight", "quantity", -9, "degree celsius")]),
    ("2024-06-06",  # 012
     "The company's market value topped $3 trillion for the first time.",
     [F("topped [$3 trillion] for", "money", 3e12, "USD", "gt")]),
    (P13,  # 013 court
     ("A 34-year-old man was jailed for six years and eight months at Leeds Crown Court on "
      "Wednesday for a £2.3m VAT fraud. Daniel Hargreaves, of Bradford, submitted 143 false "
      "returns between 2017 and 2021, prosecutors said. Judge Alison Reece ordered him to "
      "repay £1.1m within three months or serve a further 18 months. His co-defendant, Lena "
      "Marsh, 29, received a suspended sentence of two years and must complete 200 hours of "
      "unpaid work."),
     [F("A [34-year-old] man", "duration", 34, "year"),
      F("for [six years and eight months] at", "duration", 80, "month"),
      F("on [Wednesday] for", "date", date=WD(P13, "Wednesday")),
      F("a [£2.3m] VAT", "money", 2.3e6, "GBP"),
      F("submitted [143] false", "count", 143, counted="returns", claimant="prosecutors"),
      R("returns [between 2017 and 2021], prosecutors", "date", 2017, 2021,
        claimant="prosecutors"),
      F("repay [£1.1m] within", "money", 1.1e6, "GBP"),
      F("within [three months] or", "duration", 3, "month", "le"),
      F("a further [18 months].", "duration", 18, "month"),
      F("Marsh, [29], received", "duration", 29, "year"),
      F("sentence of [two years] and", "duration", 2, "year"),
      F("complete [200 hours] of", "duration", 200, "hour")]),
    (None,  # 014
     "The meeting starts at 9.30am and should finish by noon.",
     [F("at [9.30am] and", "time", 9.5),
      F("by [noon].", "time", 12)]),
    ("2024-02-02",  # 015
     "Roughly two-thirds of the island's 14,000 residents voted to leave.",
     [F("Roughly [two-thirds] of", "fraction", TWO3, bound="approx"),
      F("island's [14,000] residents", "count", 14000, counted="residents")]),
    (None,  # 016 health
     ("Around one in five adults in England now lives with obesity, and the number of "
      "children diagnosed with type 2 diabetes has risen by 22% in five years, a new report "
      "says. The NHS spends an estimated £6.5 billion a year treating obesity-related "
      "illness. Researchers tracked 38,450 patients aged 40 to 69 for an average of 11.2 "
      "years. Those who walked at least 7,000 steps a day had a 31% lower risk of early "
      "death."),
     [F("Around [one in five] adults", "fraction", 0.2, bound="approx",
        claimant="a new report"),
      F("with [type 2] diabetes", "identifier", claimant="a new report"),
      F("by [22%] in", "percent", 22, "percent", claimant="a new report"),
      F("in [five years], a", "duration", 5, "year", claimant="a new report"),
      F("an estimated [£6.5 billion a year] treating", "money", 6.5e9, "GBP", "approx"),
      F("tracked [38,450] patients", "count", 38450, counted="patients"),
      R("aged [40 to 69] for", "duration", 40, 69, unit="year"),
      F("average of [11.2 years].", "duration", 11.2, "year"),
      F("at least [7,000] steps", "count", 7000, bound="ge", counted="steps"),
      F("a [31%] lower", "percent", 31, "percent")]),
    ("2023-09-14",  # 017
     "Petrol prices rose by 2.4p a litre to 142.9p, the RAC said.",
     [F("by [2.4p a litre] to", "money", 2.4, "penny", claimant="RAC"),
      F("to [142.9p], the", "money", 142.9, "penny", claimant="RAC")]),
    ("2024-03-08",  # 018
     "Shares in Nordvik fell 18 per cent to NOK 42.60 on Friday.",
     [F("fell [18 per cent] to", "percent", 18, "percent"),
      F("to [NOK 42.60] on", "money", 42.6, "NOK"),
      F("on [Friday].", "date", date="2024-03-08")]),
    ("2024-04-12",  # 019 commodities
     ("Brent crude rose 1.1% to $90.45 a barrel on Thursday, its highest since October, while "
      "West Texas Intermediate gained 87 cents to $86.08. Gold hit a record $2,380 an ounce "
      "before easing to $2,371. Copper on the London Metal Exchange climbed to $9,450 a tonne, "
      "and Chicago wheat futures slipped 4 cents to $5.62 a bushel. Arabica coffee jumped 6.2% "
      "to 238 cents per lb."),
     [F("rose [1.1%] to", "percent", 1.1, "percent"),
      F("to [$90.45 a barrel] on", "money", 90.45, "USD"),
      F("on [Thursday], its", "date", date=WD("2024-04-12", "Thursday")),
      F("since [October], while", "date", date="2023-10"),
      F("gained [87 cents] to", "money", 87, "cent"),
      F("to [$86.08].", "money", 86.08, "USD"),
      F("record [$2,380 an ounce] before", "money", 2380, "USD"),
      F("to [$2,371].", "money", 2371, "USD"),
      F("to [$9,450 a tonne],", "money", 9450, "USD"),
      F("slipped [4 cents] to", "money", 4, "cent"),
      F("to [$5.62 a bushel].", "money", 5.62, "USD"),
      F("jumped [6.2%] to", "percent", 6.2, "percent"),
      F("to [238 cents per lb].", "money", 238, "cent")]),
    ("2024-01-22",  # 020
     "The Eiffel Tower is 330 metres (1,083 ft) tall.",
     [F("is [330 metres] (", "quantity", 330, "metre"),
      F("([1,083 ft]) tall", "quantity", 1083, "foot")]),
    (None,  # 021
     "A 2,000-calorie diet is recommended for most women.",
     [F("A [2,000-calorie] diet", "quantity", 2000, "calorie")]),
    ("2023-02-10",  # 022 disaster
     ("The death toll from Monday's magnitude 7.8 earthquake has passed 21,000, officials said "
      "on Thursday. More than 12,000 buildings collapsed across 10 provinces, and some 380,000 "
      "people are sheltering in tents or hotels. The quake struck at 4.17am at a depth of 17.9 "
      "km and was followed nine hours later by a 7.5-magnitude aftershock. The World Bank "
      "estimates direct damage at $34.2bn, equivalent to 4% of GDP."),
     [F("from [Monday]'s magnitude", "date", date=WD("2023-02-10", "Monday"),
        claimant="officials"),
      F("[magnitude 7.8] earthquake", "quantity", 7.8, "magnitude", claimant="officials"),
      F("passed [21,000], officials", "count", 21000, bound="gt", counted="people",
        claimant="officials"),
      F("on [Thursday].", "date", date=WD("2023-02-10", "Thursday")),
      F("More than [12,000] buildings", "count", 12000, bound="gt", counted="buildings"),
      F("across [10] provinces", "count", 10, counted="provinces"),
      F("some [380,000] people", "count", 380000, bound="approx", counted="people"),
      F("at [4.17am] at", "time", 4 + 17 / 60),
      F("depth of [17.9 km] and", "quantity", 17.9, "kilometre"),
      F("followed [nine hours] later", "duration", 9, "hour"),
      F("a [7.5-magnitude] aftershock", "quantity", 7.5, "magnitude"),
      F("at [$34.2bn], equivalent", "money", 3.42e10, "USD", "approx",
        claimant="World Bank"),
      F("to [4%] of GDP", "percent", 4, "percent", "approx", claimant="World Bank")]),
    ("2024-04-22",  # 023
     "She ran the London Marathon in 3 hrs 42 mins.",
     [F("in [3 hrs 42 mins].", "duration", 222, "minute")]),
    ("2023-10-30",  # 024
     "The council will spend £750,000 on 1,500 new street lights.",
     [F("spend [£750,000] on", "money", 750000, "GBP"),
      F("on [1,500] new", "count", 1500, counted="lights")]),
    (None,  # 025 budget
     ("The federal government's 2025-26 budget forecasts a deficit of A$27.9 billion, or 0.9 "
      "per cent of GDP, after a surplus of $15.8 billion the year before. Spending will rise "
      "to $736.4 billion, including $8.5bn over four years for Medicare and $1.7bn for 100,000 "
      "fee-free TAFE places. Net debt is projected to peak at 21.5% of GDP in 2026-27, "
      "Treasurer Helen Baird said."),
     [F("government's [2025-26] budget", "date"),
      F("deficit of [A$27.9 billion], or", "money", 2.79e10, "AUD"),
      F("or [0.9 per cent] of", "percent", 0.9, "percent"),
      F("surplus of [$15.8 billion] the", "money", 1.58e10, "AUD"),
      F("to [$736.4 billion],", "money", 7.364e11, "AUD"),
      F("including [$8.5bn] over", "money", 8.5e9, "AUD"),
      F("over [four years] for", "duration", 4, "year"),
      F("and [$1.7bn] for", "money", 1.7e9, "AUD"),
      F("for [100,000] fee-free", "count", 100000, counted="places"),
      F("at [21.5%] of", "percent", 21.5, "percent", claimant="Helen Baird"),
      F("in [2026-27], Treasurer", "date", claimant="Helen Baird")]),
    (None,  # 026
     "The ferry leaves every 45 minutes between 6am and 11pm.",
     [F("every [45 minutes] between", "duration", 45, "minute"),
      R("minutes [between 6am and 11pm].", "time", 6, 23)]),
    ("2024-08-21",  # 027
     "Average rents in Dublin reached €2,102 a month, up 8.6% year on year.",
     [F("reached [€2,102 a month],", "money", 2102, "EUR"),
      F("up [8.6%] year", "percent", 8.6, "percent")]),
    ("2024-09-10",  # 028 tech
     ("The Orion X2 phone has a 6.8-inch OLED display with a 120Hz refresh rate and a peak "
      "brightness of 2,600 nits. It is powered by an eight-core chip clocked at up to 3.4GHz, "
      "with 12GB of RAM and 256GB or 512GB of storage. The 5,000mAh battery charges from 0 to "
      "50% in 18 minutes using the 65W charger. It weighs 198g, is 8.2mm thick, and goes on "
      "sale on 20 September priced from $899, or $1,099 for the 1TB model."),
     [F("The [Orion X2] phone", "identifier"),
      F("a [6.8-inch] OLED", "quantity", 6.8, "inch"),
      F("a [120Hz] refresh", "quantity", 120, "hertz"),
      F("of [2,600 nits].", "quantity", 2600, "nit"),
      F("an [eight]-core", "count", 8, counted="core"),
      F("up to [3.4GHz],", "quantity", 3.4, "gigahertz", "le"),
      F("with [12GB] of", "quantity", 12, "gigabyte"),
      F("and [256GB] or", "quantity", 256, "gigabyte"),
      F("or [512GB] of", "quantity", 512, "gigabyte"),
      F("The [5,000mAh] battery", "quantity", 5000, "milliampere hour"),
      F("from [0] to 50%", "percent", 0, "percent"),
      F("to [50%] in", "percent", 50, "percent"),
      F("in [18 minutes] using", "duration", 18, "minute"),
      F("the [65W] charger", "quantity", 65, "watt"),
      F("weighs [198g],", "quantity", 198, "gram"),
      F("is [8.2mm] thick", "quantity", 8.2, "millimetre"),
      F("on [20 September] priced", "date", date="2024-09-20"),
      F("from [$899],", "money", 899, "USD", "ge"),
      F("or [$1,099] for", "money", 1099, "USD"),
      F("the [1TB] model", "quantity", 1, "terabyte")]),
    (None,  # 029
     "Nearly 40 per cent of Kenya's 54 million people are under 15.",
     [F("Nearly [40 per cent] of", "percent", 40, "percent", "approx"),
      F("Kenya's [54 million] people", "count", 5.4e7, counted="people"),
      F("under [15].", "duration", 15, "year", "lt")]),
    ("2024-05-27",  # 030
     "The pool holds 2.5 million litres of water.",
     [F("holds [2.5 million litres] of", "quantity", 2.5e6, "litre")]),
    (None,  # 031 science
     ("Astronomers have found a rocky planet 1.3 times the size of Earth orbiting a red dwarf "
      "40 light-years away. The planet completes an orbit every 6.1 days and its surface "
      "temperature is estimated at about 400°C (750°F). The star is roughly 7.6 billion years "
      "old and has about a tenth of the Sun's mass. 'It is the third such world we have "
      "spotted in 18 months,' said Dr Tomas Lindqvist of Uppsala University."),
     [F("planet [1.3 times] the", "fraction", 1.3),
      F("dwarf [40 light-years] away", "quantity", 40, "light year"),
      F("every [6.1 days] and", "duration", 6.1, "day"),
      F("about [400°C] (", "quantity", 400, "degree celsius", "approx"),
      F("([750°F]).", "quantity", 750, "degree fahrenheit", "approx"),
      F("roughly [7.6 billion years] old", "duration", 7.6e9, "year", "approx"),
      F("about [a tenth] of", "fraction", 0.1, bound="approx"),
      F("the [third] such", "ordinal", 3, claimant="Tomas Lindqvist"),
      F("in [18 months],", "duration", 18, "month", claimant="Tomas Lindqvist")]),
    (None,  # 032
     "The car does 0-62mph in 5.9 seconds and returns 48.7mpg.",
     [R("does [0-62mph] in", "quantity", 0, 62, unit="mile per hour"),
      F("in [5.9 seconds] and", "duration", 5.9, "second"),
      F("returns [48.7mpg].", "quantity", 48.7, "mile per gallon")]),
    ("2024-02-11",  # 033
     "The lake froze to a depth of 30 centimetres after a week of -20C nights.",
     [F("of [30 centimetres] after", "quantity", 30, "centimetre"),
      F("after [a week] of", "duration", 1, "week"),
      F("of [-20C] nights", "quantity", -20, "degree celsius")]),
    ("2024-05-30",  # 034 property
     ("The average UK house price rose 0.4% in May to £264,249, according to Nationwide, "
      "leaving prices 1.3% higher than a year earlier. A typical first-time buyer now needs a "
      "deposit of £53,000, about 20% of the purchase price, and spends 37% of take-home pay on "
      "mortgage payments. In London a two-bedroom flat costs £545,000 on average, against "
      "£189,000 in the North East. Mortgage rates have eased, with the average five-year fix "
      "at 4.74%, down from a peak of 6.11% last July."),
     [F("rose [0.4%] in", "percent", 0.4, "percent", claimant="Nationwide"),
      F("in [May] to", "date", date="2024-05", claimant="Nationwide"),
      F("to [£264,249],", "money", 264249, "GBP", claimant="Nationwide"),
      F("prices [1.3%] higher", "percent", 1.3, "percent", claimant="Nationwide"),
      F("than [a year] earlier", "duration", 1, "year", claimant="Nationwide"),
      F("deposit of [£53,000],", "money", 53000, "GBP"),
      F("about [20%] of", "percent", 20, "percent", "approx"),
      F("spends [37%] of", "percent", 37, "percent"),
      F("a [two]-bedroom", "count", 2, counted="bedroom"),
      F("costs [£545,000] on", "money", 545000, "GBP"),
      F("against [£189,000] in", "money", 189000, "GBP"),
      F("average [five-year] fix", "duration", 5, "year"),
      F("at [4.74%],", "percent", 4.74, "percent"),
      F("peak of [6.11%] last", "percent", 6.11, "percent"),
      F("last [July].", "date", date="2023-07")]),
    ("2023-08-18",  # 035
     "Police seized 3.2kg of cocaine worth an estimated £250k.",
     [F("seized [3.2kg] of", "quantity", 3.2, "kilogram"),
      F("estimated [£250k].", "money", 250000, "GBP", "approx")]),
    ("2024-05-01",  # 036
     "The tournament runs from June 14 to July 14.",
     [F("from [June 14 to July 14].", "date", date="2024")]),
    ("2024-03-12",  # 037 travel
     ("Ryanair is offering one-way fares from £14.99 on 120 routes this spring, while easyJet "
      "has cut some Alpine ski packages by a third. A seven-night half-board stay in Tenerife "
      "now starts at £449pp, including 20kg of hold luggage. Rail fares in England rose by up "
      "to 4.9% on 3 March. A 2,500-mile round trip by electric car costs roughly £180 in "
      "charging, against £320 for petrol, the AA says."),
     [F("fares from [£14.99] on", "money", 14.99, "GBP", "ge"),
      F("on [120] routes", "count", 120, counted="routes"),
      F("by [a third].", "fraction", THIRD),
      F("A [seven-night] half-board", "duration", 7, "night"),
      F("at [£449pp],", "money", 449, "GBP", "ge"),
      F("including [20kg] of", "quantity", 20, "kilogram"),
      F("up to [4.9%] on", "percent", 4.9, "percent", "le"),
      F("on [3 March].", "date", date="2024-03-03"),
      F("A [2,500-mile] round", "quantity", 2500, "mile", claimant="AA"),
      F("roughly [£180] in", "money", 180, "GBP", "approx", claimant="AA"),
      F("against [£320] for", "money", 320, "GBP", claimant="AA")]),
    ("2024-06-10",  # 038
     "Inflation in Turkey hit 75.45% in May, and the lira traded at 32.2 to the dollar.",
     [F("hit [75.45%] in", "percent", 75.45, "percent"),
      F("in [May], and", "date", date="2024-05"),
      F("at [32.2] to", "money", 32.2, "TRY")]),
    ("2023-12-22",  # 039
     "The 1,300-page bill allocates ¥2.7 trillion to child care.",
     [F("The [1,300]-page", "count", 1300, counted="page"),
      F("allocates [¥2.7 trillion] to", "money", 2.7e12, "JPY")]),
    (None,  # 040 timetable
     ("From 15 December the 07:12 from Cardiff Central will run 11 minutes earlier and reach "
      "London Paddington at 09:05. Trains on the line will run every 30 minutes off-peak and "
      "every 15 minutes at peak times, and the fastest journey will take 1h 49m. The last "
      "service leaves at 23:36. Passengers on Route 9 buses will see fares capped at £2 per "
      "journey until 31 March 2025."),
     [F("From [15 December] the", "date"),
      F("the [07:12] from", "time", 7.2),
      F("run [11 minutes] earlier", "duration", 11, "minute"),
      F("at [09:05].", "time", 9 + 5 / 60),
      F("every [30 minutes] off-peak", "duration", 30, "minute"),
      F("every [15 minutes] at", "duration", 15, "minute"),
      F("take [1h 49m].", "duration", 109, "minute"),
      F("at [23:36].", "time", 23.6),
      F("on [Route 9] buses", "identifier"),
      F("capped at [£2 per journey] until", "money", 2, "GBP", "le"),
      F("until [31 March 2025].", "date", date="2025-03-31")]),
    ("2024-05-22",  # 041
     "Inflation fell to 2.3% in April from 3.2% in March, the ONS said on Wednesday.",
     [F("to [2.3%] in", "percent", 2.3, "percent", claimant="ONS"),
      F("in [April] from", "date", date="2024-04", claimant="ONS"),
      F("from [3.2%] in", "percent", 3.2, "percent", claimant="ONS"),
      F("in [March], the", "date", date="2024-03", claimant="ONS"),
      F("on [Wednesday].", "date", date="2024-05-22")]),
    ("2024-07-02",  # 042
     "A 10-year-old boy was rescued after 14 hours trapped in a cave.",
     [F("A [10-year-old] boy", "duration", 10, "year"),
      F("after [14 hours] trapped", "duration", 14, "hour")]),
    (None,  # 043 recipe
     ("Preheat the oven to 180C (160C fan, gas mark 4). Cream 225g softened butter with 200g "
      "caster sugar, then beat in 4 large eggs one at a time. Fold in 250g self-raising flour "
      "and 2 tbsp milk. Bake in two 20cm tins for 25-30 minutes. Makes one 8-inch cake, "
      "enough for 12 people."),
     [F("oven to [180C] (", "quantity", 180, "degree celsius"),
      F("([160C] fan", "quantity", 160, "degree celsius"),
      F("fan, [gas mark 4]).", "quantity", 4, "gas mark"),
      F("Cream [225g] softened", "quantity", 225, "gram"),
      F("with [200g] caster", "quantity", 200, "gram"),
      F("beat in [4] large", "count", 4, counted="eggs"),
      F("Fold in [250g] self", "quantity", 250, "gram"),
      F("and [2 tbsp] milk", "quantity", 2, "tablespoon"),
      F("in [two] 20cm", "count", 2, counted="tins"),
      F("two [20cm] tins", "quantity", 20, "centimetre"),
      R("for [25-30 minutes].", "duration", 25, 30, unit="minute"),
      F("Makes [one] 8-inch", "count", 1, counted="cake"),
      F("one [8-inch] cake", "quantity", 8, "inch"),
      F("for [12] people", "count", 12, counted="people")]),
    ("2024-10-09",  # 044
     ("The asteroid is travelling at 25,000 mph and will pass within 1.8 million miles of "
      "Earth."),
     [F("at [25,000 mph] and", "quantity", 25000, "mile per hour"),
      F("within [1.8 million miles] of", "quantity", 1.8e6, "mile", "le")]),
    (None,  # 045
     "Only 3 out of 10 applicants were offered a place.",
     [F("Only [3 out of 10] applicants", "fraction", 0.3)]),
    ("2024-10-21",  # 046 football
     ("Arsenal came from behind to beat Leeds 3-2 at the Emirates on Saturday, with Bukayo "
      "Osei scoring twice in the last 10 minutes. The win, their fifth in a row, lifts them to "
      "second in the table on 23 points, two behind leaders Manchester City. A crowd of 60,112 "
      "fans watched as Leeds led 2-0 at half-time through goals in the 12th and 38th minutes. "
      "Osei now has 9 goals in 11 appearances this season."),
     [F("Leeds [3]-2 at", "number", 3),
      F("Leeds 3-[2] at", "number", 2),
      F("on [Saturday], with", "date", date=WD("2024-10-21", "Saturday")),
      F("last [10 minutes].", "duration", 10, "minute"),
      F("their [fifth] in", "ordinal", 5),
      F("to [second] in", "ordinal", 2),
      F("on [23 points],", "quantity", 23, "point"),
      F("points, [two] behind", "quantity", 2, "point"),
      F("of [60,112] fans", "count", 60112, counted="fans"),
      F("led [2]-0 at", "number", 2),
      F("led 2-[0] at", "number", 0),
      F("the [12th] and", "ordinal", 12),
      F("and [38th] minutes", "ordinal", 38),
      F("has [9] goals", "count", 9, counted="goals"),
      F("in [11] appearances", "count", 11, counted="appearances")]),
    ("2024-01-31",  # 047
     "Apple sold 232 million iPhones last year.",
     [F("sold [232 million] iPhones", "count", 2.32e8, counted="iPhones")]),
    (None,  # 048
     "The flight from Sydney to Los Angeles takes about 13 and a half hours.",
     [F("about [13 and a half hours].", "duration", 13.5, "hour", "approx")]),
    ("2024-01-19",  # 049 health
     ("Flu admissions in England rose by 38% in the week to 14 January, with 2,940 patients in "
      "hospital on an average day. Hospitalisation rates were highest among the over-85s, at "
      "41.3 per 100,000 people. About 15.6 million doses of the vaccine have been given since "
      "1 September, covering 76.4% of over-65s but only 39% of two- and three-year-olds. "
      "Dr Mary Ramsay of UKHSA said: 'We expect cases to peak in the next two to three "
      "weeks.'"),
     [F("by [38%] in", "percent", 38, "percent"),
      F("week to [14 January],", "date", date="2024-01-14"),
      F("with [2,940] patients", "count", 2940, counted="patients"),
      F("the over-[85]s,", "duration", 85, "year", "gt"),
      F("at [41.3 per 100,000 people].", "quantity", 41.3, "per 100000 person"),
      F("About [15.6 million] doses", "count", 1.56e7, bound="approx", counted="doses"),
      F("since [1 September],", "date", date="2023-09-01"),
      F("covering [76.4%] of", "percent", 76.4, "percent"),
      F("of over-[65]s but", "duration", 65, "year", "gt"),
      F("only [39%] of", "percent", 39, "percent"),
      F("of [two]- and", "duration", 2, "year"),
      F("and [three-year-olds].", "duration", 3, "year"),
      R("next [two to three weeks].", "duration", 2, 3, unit="week", claimant="Mary Ramsay")]),
    ("2024-09-25",  # 050
     "Windows 11 requires at least 4GB of RAM and 64GB of storage.",
     [F("[Windows 11] requires", "identifier"),
      F("at least [4GB] of", "quantity", 4, "gigabyte", "ge"),
      F("and [64GB] of", "quantity", 64, "gigabyte", "ge")]),
    (None,  # 051
     "The painting sold for HK$ 42.5m at Sotheby's in Hong Kong.",
     [F("for [HK$ 42.5m] at", "money", 4.25e7, "HKD")]),
    ("2024-11-01",  # 052 results US
     ("Shares of Acme Robotics jumped 14% in after-hours trading on Thursday after the company "
      "reported third-quarter earnings of $1.27 a share, beating analysts' forecasts of 98 "
      "cents. Revenue grew 23% year over year to $4.9 billion. The company raised its "
      "full-year outlook to between $18.5 billion and $19 billion and announced a $2bn share "
      "buyback. It now employs about 31,000 people in 14 countries."),
     [F("jumped [14%] in", "percent", 14, "percent"),
      F("on [Thursday] after", "date", date=WD("2024-11-01", "Thursday")),
      F("reported [third]-quarter", "ordinal", 3),
      F("of [$1.27 a share],", "money", 1.27, "USD"),
      F("forecasts of [98 cents].", "money", 98, "cent", claimant="analysts"),
      F("grew [23%] year", "percent", 23, "percent"),
      F("to [$4.9 billion].", "money", 4.9e9, "USD"),
      R("outlook to [between $18.5 billion and $19 billion] and", "money", 1.85e10, 1.9e10,
        unit="USD", claimant="Acme Robotics"),
      F("a [$2bn] share", "money", 2e9, "USD"),
      F("about [31,000] people", "count", 31000, bound="approx", counted="people"),
      F("in [14] countries", "count", 14, counted="countries")]),
    ("2023-06-12",  # 053
     "Water boils at 212 °F, or 100 °C, at sea level.",
     [F("at [212 °F], or", "quantity", 212, "degree fahrenheit"),
      F("or [100 °C], at", "quantity", 100, "degree celsius")]),
    (None,  # 054
     "The festival drew a record 210,000 visitors over four days.",
     [F("record [210,000] visitors", "count", 210000, counted="visitors"),
      F("over [four days].", "duration", 4, "day")]),
    (None,  # 055
     "The loan carries an interest rate of 5.25 percent a year.",
     [F("of [5.25 percent] a", "percent", 5.25, "percent")]),
    ("2024-07-16",  # 056 weather US
     ("Phoenix hit 118 degrees Fahrenheit on Sunday, its 24th straight day above 110F, the "
      "National Weather Service said. Overnight lows have not fallen below 90 degrees since "
      "July 2. Along the Gulf Coast, Hurricane Beryl dumped 10 to 15 inches of rain and knocked "
      "out power to 2.7 million customers. Winds of 80 mph were recorded at Matagorda Bay at "
      "around 4 a.m. Monday."),
     [F("hit [118 degrees Fahrenheit] on", "quantity", 118, "degree fahrenheit",
        claimant="National Weather Service"),
      F("on [Sunday], its", "date", date=WD("2024-07-16", "Sunday"),
        claimant="National Weather Service"),
      F("its [24th] straight", "ordinal", 24, claimant="National Weather Service"),
      F("above [110F], the", "quantity", 110, "degree fahrenheit", "gt",
        claimant="National Weather Service"),
      F("below [90 degrees] since", "quantity", 90, "degree fahrenheit", "ge"),
      F("since [July 2].", "date", date="2024-07-02"),
      R("dumped [10 to 15 inches] of", "quantity", 10, 15, unit="inch"),
      F("to [2.7 million] customers", "count", 2.7e6, counted="customers"),
      F("Winds of [80 mph] were", "quantity", 80, "mile per hour"),
      F("around [4 a.m.] Monday", "time", 4, bound="approx"),
      F("a.m. [Monday].", "date", date=WD("2024-07-16", "Monday"))]),
    ("2023-04-05",  # 057
     "Pakistan's central bank cut its key rate by 150 basis points to 19.5%.",
     [F("by [150 basis points] to", "percent", 150, "basis point"),
      F("to [19.5%].", "percent", 19.5, "percent")]),
    (None,  # 058
     "About 1.4bn people live in India, the world's most populous country.",
     [F("About [1.4bn] people", "count", 1.4e9, bound="approx", counted="people")]),
    (None,  # 059
     "The runner-up received a cheque for R25 000 in Johannesburg.",
     [F("for [R25 000] in", "money", 25000, "ZAR")]),
    (None,  # 060 court US
     ("A federal jury in Manhattan on Tuesday ordered the drugmaker to pay $1.62 billion to "
      "3,200 plaintiffs. The verdict includes $410 million in compensatory damages and $1.21 "
      "billion in punitive damages. Under a 1996 state law, punitive awards are capped at "
      "three times compensatory damages, so the figure may be cut to $1.23 billion. The "
      "company said it would appeal to the 2nd Circuit within 30 days."),
     [F("on [Tuesday] ordered", "date"),
      F("pay [$1.62 billion] to", "money", 1.62e9, "USD"),
      F("to [3,200] plaintiffs", "count", 3200, counted="plaintiffs"),
      F("includes [$410 million] in", "money", 4.1e8, "USD"),
      F("and [$1.21 billion] in", "money", 1.21e9, "USD"),
      F("a [1996] state", "date", 1996, date="1996"),
      F("at [three times] compensatory", "fraction", 3, bound="le"),
      F("to [$1.23 billion].", "money", 1.23e9, "USD"),
      F("within [30 days].", "duration", 30, "day", "le", claimant="the company")]),
    ("2024-11-14",  # 061
     "Nvidia's H200 chip has 141GB of memory.",
     [F("Nvidia's [H200] chip", "identifier"),
      F("has [141GB] of", "quantity", 141, "gigabyte")]),
    (None,  # 062
     "The vote passed 52 to 48.",
     [F("passed [52] to", "number", 52),
      F("to [48].", "number", 48)]),
    ("2024-03-01",  # 063
     "The Boeing 737 MAX 9 was grounded for 19 days in January.",
     [F("The [Boeing 737 MAX 9] was", "identifier"),
      F("for [19 days] in", "duration", 19, "day"),
      F("in [January].", "date", date="2024-01")]),
    ("2024-12-03",  # 064 science
     ("Global carbon dioxide emissions from fossil fuels will reach a record 37.4 billion "
      "tonnes in 2024, up 0.8% on last year, according to the Global Carbon Project. "
      "Atmospheric CO2 is expected to average 422.5 parts per million, 52% above "
      "pre-industrial levels. At current rates, the remaining budget for limiting warming to "
      "1.5C would be exhausted in about six years. Emissions from China, which accounts for "
      "32% of the total, are projected to rise 0.2%."),
     [F("record [37.4 billion tonnes] in", "quantity", 3.74e10, "tonne",
        claimant="Global Carbon Project"),
      F("in [2024], up", "date", 2024, date="2024", claimant="Global Carbon Project"),
      F("up [0.8%] on", "percent", 0.8, "percent", claimant="Global Carbon Project"),
      F("Atmospheric [CO2] is", "identifier"),
      F("average [422.5 parts per million],", "quantity", 422.5, "part per million"),
      F("million, [52%] above", "percent", 52, "percent"),
      F("to [1.5C] would", "quantity", 1.5, "degree celsius"),
      F("about [six years].", "duration", 6, "year", "approx"),
      F("for [32%] of", "percent", 32, "percent"),
      F("rise [0.2%].", "percent", 0.2, "percent")]),
    ("2024-03-03",  # 065
     "It costs 15 euros to enter the museum, or €8 for students.",
     [F("costs [15 euros] to", "money", 15, "EUR"),
      F("or [€8] for", "money", 8, "EUR")]),
    (None,  # 066
     "A quarter of a million people marched through central Paris.",
     [F("[A quarter of a million] people", "count", 250000, counted="people")]),
    ("2024-01-25",  # 067
     "The rover travelled 28.06 miles in 10 years.",
     [F("travelled [28.06 miles] in", "quantity", 28.06, "mile"),
      F("in [10 years].", "duration", 10, "year")]),
    ("2024-08-06",  # 068 markets
     ("Tokyo's Nikkei 225 plunged 12.4% on Monday, its worst day since 1987, wiping about "
      "¥80 trillion off the market. The S&P 500 fell 3% and the Nasdaq Composite lost 3.4%, "
      "while the VIX volatility gauge briefly spiked above 65. The yen strengthened to 141.7 "
      "per dollar, and the 10-year Treasury yield dropped 10 basis points to 3.78%. Bitcoin "
      "slid as much as 15% to below $50,000."),
     [F("Tokyo's [Nikkei 225] plunged", "identifier"),
      F("plunged [12.4%] on", "percent", 12.4, "percent"),
      F("on [Monday], its", "date", date=WD("2024-08-06", "Monday")),
      F("since [1987],", "date", 1987, date="1987"),
      F("about [¥80 trillion] off", "money", 8e13, "JPY", "approx"),
      F("The [S&P 500] fell", "identifier"),
      F("fell [3%] and", "percent", 3, "percent"),
      F("lost [3.4%],", "percent", 3.4, "percent"),
      F("above [65].", "number", 65, bound="gt"),
      F("to [141.7 per dollar],", "money", 141.7, "JPY"),
      F("the [10-year] Treasury", "duration", 10, "year"),
      F("dropped [10 basis points] to", "percent", 10, "basis point"),
      F("to [3.78%].", "percent", 3.78, "percent"),
      F("as much as [15%] to", "percent", 15, "percent", "le"),
      F("below [$50,000].", "money", 50000, "USD", "lt")]),
    (None,  # 069
     "The theatre has 1,850 seats, and tickets start at £35.",
     [F("has [1,850] seats", "count", 1850, counted="seats"),
      F("at [£35].", "money", 35, "GBP", "ge")]),
    (None,  # 070
     "The drone has a range of 15 km and a top speed of 68 km/h.",
     [F("range of [15 km] and", "quantity", 15, "kilometre"),
      F("speed of [68 km/h].", "quantity", 68, "kilometre per hour")]),
    ("2024-05-16",  # 071
     "Twenty-three migrants were rescued off Lampedusa on Tuesday night.",
     [F("[Twenty-three] migrants", "count", 23, counted="migrants"),
      F("on [Tuesday] night", "date", date=WD("2024-05-16", "Tuesday"))]),
    ("2024-09-30",  # 072 disaster
     ("Hurricane Helene has killed at least 91 people across six states, and the toll is "
      "expected to rise, officials said on Sunday. The storm made landfall in Florida's Big "
      "Bend on Thursday night as a Category 4 hurricane with winds of 140mph. In Asheville, "
      "North Carolina, more than 2 feet of rain fell in three days, and about 1.9 million "
      "homes and businesses were still without power. Moody's Analytics put the property "
      "damage at $15bn to $26bn."),
     [F("at least [91] people", "count", 91, bound="ge", counted="people",
        claimant="officials"),
      F("across [six] states", "count", 6, counted="states", claimant="officials"),
      F("on [Sunday].", "date", date=WD("2024-09-30", "Sunday")),
      F("on [Thursday] night", "date", date=WD("2024-09-30", "Thursday")),
      F("a [Category 4] hurricane", "quantity", 4, "category"),
      F("winds of [140mph].", "quantity", 140, "mile per hour"),
      F("more than [2 feet] of", "quantity", 2, "foot", "gt"),
      F("in [three days],", "duration", 3, "day"),
      F("about [1.9 million] homes", "count", 1.9e6, bound="approx", counted="homes"),
      R("at [$15bn to $26bn].", "money", 1.5e10, 2.6e10, unit="USD",
        claimant="Moody's Analytics")]),
    ("2024-04-18",  # 073
     "The new stadium will hold 62,500 spectators and cost €1.1bn.",
     [F("hold [62,500] spectators", "count", 62500, counted="spectators"),
      F("cost [€1.1bn].", "money", 1.1e9, "EUR")]),
    ("2024-07-30",  # 074
     "Mortgage approvals rose to 61,300 in June, the highest in 11 months.",
     [F("to [61,300] in", "count", 61300, counted="approvals"),
      F("in [June], the", "date", date="2024-06"),
      F("in [11 months].", "duration", 11, "month")]),
    (None,  # 075
     "The blue whale can grow to 30 m and weigh up to 200 tonnes.",
     [F("grow to [30 m] and", "quantity", 30, "metre"),
      F("up to [200 tonnes].", "quantity", 200, "tonne", "le")]),
    ("2024-11-07",  # 076 election US
     ("With 95% of votes counted, the Republican candidate led Arizona by 186,000 votes, or 5.6 "
      "percentage points. Nationally he won 312 electoral votes to 226 and about 76.9 million "
      "popular votes, 49.9% of the total. Voters in Florida rejected Amendment 4, which needed "
      "60% support, as 57% voted yes. Turnout among 18-to-29-year-olds was an estimated 42%, "
      "down from 50% in 2020."),
     [F("With [95%] of", "percent", 95, "percent"),
      F("by [186,000] votes", "count", 186000, counted="votes"),
      F("or [5.6 percentage points].", "percent", 5.6, "percentage point"),
      F("won [312] electoral", "count", 312, counted="votes"),
      F("votes to [226] and", "count", 226, counted="votes"),
      F("about [76.9 million] popular", "count", 7.69e7, bound="approx", counted="votes"),
      F("votes, [49.9%] of", "percent", 49.9, "percent"),
      F("rejected [Amendment 4],", "identifier"),
      F("needed [60%] support", "percent", 60, "percent"),
      F("as [57%] voted", "percent", 57, "percent"),
      R("among [18-to-29-year-olds] was", "duration", 18, 29, unit="year"),
      F("an estimated [42%],", "percent", 42, "percent", "approx"),
      F("from [50%] in", "percent", 50, "percent"),
      F("in [2020].", "date", 2020, date="2020")]),
    ("2023-07-07",  # 077
     "The Amazon river discharges about 209,000 cubic metres of water per second.",
     [F("about [209,000 cubic metres] of", "quantity", 209000, "cubic metre", "approx")]),
    (None,  # 078
     "Only one in 20 households owns an electric car, a survey found.",
     [F("Only [one in 20] households", "fraction", 0.05, claimant="a survey")]),
    ("2024-12-12",  # 079
     "The contract is worth up to C$4.5 billion over 12 years.",
     [F("up to [C$4.5 billion] over", "money", 4.5e9, "CAD", "le"),
      F("over [12 years].", "duration", 12, "year")]),
    ("2024-03-20",  # 080 commodities
     ("Cocoa futures in New York topped $8,000 a tonne for the first time on Tuesday, more "
      "than double their level a year ago, as West African harvests fell by about a third. "
      "Ivory Coast, which grows some 40% of the world's cocoa, expects to produce 1.8m tonnes "
      "this season, down from 2.2m. Chocolate makers have raised prices by 10-15%, and a 200g "
      "bar that cost £2 in 2022 now sells for £2.75."),
     [F("topped [$8,000 a tonne] for", "money", 8000, "USD", "gt"),
      F("on [Tuesday], more", "date", date=WD("2024-03-20", "Tuesday")),
      F("than [double] their", "fraction", 2, bound="gt"),
      F("level [a year] ago", "duration", 1, "year"),
      F("about [a third].", "fraction", THIRD, bound="approx"),
      F("some [40%] of", "percent", 40, "percent", "approx"),
      F("produce [1.8m tonnes] this", "quantity", 1.8e6, "tonne", claimant="Ivory Coast"),
      F("from [2.2m].", "quantity", 2.2e6, "tonne", claimant="Ivory Coast"),
      R("by [10-15%],", "percent", 10, 15, unit="percent"),
      F("a [200g] bar", "quantity", 200, "gram"),
      F("cost [£2] in", "money", 2, "GBP"),
      F("in [2022] now", "date", 2022, date="2022"),
      F("for [£2.75].", "money", 2.75, "GBP")]),
    (None,  # 081
     "He was born on 4 July 1976 and died aged 47.",
     [F("on [4 July 1976] and", "date", date="1976-07-04"),
      F("aged [47].", "duration", 47, "year")]),
    ("2024-08-29",  # 082
     "The sofa is 2.1m wide and 95cm deep.",
     [F("is [2.1m] wide", "quantity", 2.1, "metre"),
      F("and [95cm] deep", "quantity", 95, "centimetre")]),
    (None,  # 083
     "Kenya's shilling firmed to 129 per US dollar as remittances hit US$4.9bn.",
     [F("to [129 per US dollar] as", "money", 129, "KES"),
      F("hit [US$4.9bn].", "money", 4.9e9, "USD")]),
    ("2024-06-28",  # 084 aviation
     ("Flight BA283 from Heathrow to Los Angeles was diverted to Keflavik on Wednesday after a "
      "passenger fell ill 4 hours into the 11-hour journey. The Airbus A350-1000 landed at "
      "16:40 GMT with 331 passengers and 15 crew on board. The airline's on-time rate fell to "
      "61.4% in May, and it now operates 4,300 flights a week to more than 200 destinations."),
     [F("Flight [BA283] from", "identifier"),
      F("on [Wednesday] after", "date", date=WD("2024-06-28", "Wednesday")),
      F("ill [4 hours] into", "duration", 4, "hour"),
      F("the [11-hour] journey", "duration", 11, "hour"),
      F("The [Airbus A350-1000] landed", "identifier"),
      F("at [16:40] GMT", "time", 16 + 40 / 60),
      F("with [331] passengers", "count", 331, counted="passengers"),
      F("and [15] crew", "count", 15, counted="crew"),
      F("to [61.4%] in", "percent", 61.4, "percent"),
      F("in [May], and", "date", date="2024-05"),
      F("operates [4,300] flights", "count", 4300, counted="flights"),
      F("more than [200] destinations", "count", 200, bound="gt", counted="destinations")]),
    ("2024-02-26",  # 085
     "The parcel weighs 3 lb 4 oz.",
     [F("weighs [3 lb 4 oz].", "quantity", 52, "ounce")]),
    (None,  # 086
     "Nine out of ten dentists recommend it.",
     [F("[Nine out of ten] dentists", "fraction", 0.9)]),
    (None,  # 087
     "The museum opened in the 1890s and received its millionth visitor in 1954.",
     [F("the [1890s] and", "date"),
      F("its [millionth] visitor", "ordinal", 1e6),
      F("in [1954].", "date", 1954, date="1954")]),
    (None,  # 088
     "Sales reached ₹1,250 crore in FY24, up 18 per cent.",
     [F("reached [₹1,250 crore] in", "money", 1.25e10, "INR"),
      F("in [FY24], up", "date"),
      F("up [18 per cent].", "percent", 18, "percent")]),
    ("2024-10-14",  # 089
     "The probe will reach Jupiter in 2031 after a journey of 2.8 billion kilometres.",
     [F("in [2031] after", "date", 2031, date="2031"),
      F("of [2.8 billion kilometres].", "quantity", 2.8e9, "kilometre")]),
    (None,  # 090 cricket
     ("England were bowled out for 187 in 52.3 overs, with Joe Root top-scoring on 68 off 94 "
      "balls. India knocked off the target with 8 wickets and 61 balls to spare, Virat Kohli "
      "finishing unbeaten on 101 – his 49th ODI century. It was India's 10th win in 10 matches "
      "at the tournament."),
     [F("out for [187] in", "count", 187, counted="runs"),
      F("in [52.3] overs", "count", 52.3, counted="overs"),
      F("on [68] off", "count", 68, counted="runs"),
      F("off [94] balls", "count", 94, counted="balls"),
      F("with [8] wickets", "count", 8, counted="wickets"),
      F("and [61] balls", "count", 61, counted="balls"),
      F("on [101] –", "count", 101, counted="runs"),
      F("his [49th] ODI", "ordinal", 49),
      F("India's [10th] win", "ordinal", 10),
      F("in [10] matches", "count", 10, counted="matches")]),
    ("2024-03-25",  # 091
     "A litre of milk now costs 89p, up from 65p two years ago.",
     [F("[A litre] of milk", "quantity", 1, "litre"),
      F("costs [89p], up", "money", 89, "penny"),
      F("from [65p] two", "money", 65, "penny"),
      F("65p [two years] ago", "duration", 2, "year")]),
    (None,  # 092
     "The median household income was $80,610 in 2023, the Census Bureau reported.",
     [F("was [$80,610] in", "money", 80610, "USD", claimant="Census Bureau"),
      F("in [2023], the", "date", 2023, date="2023", claimant="Census Bureau")]),
    ("2024-11-27",  # 093
     "Gusts reached 160 km/h and more than 300,000 homes lost power.",
     [F("reached [160 km/h] and", "quantity", 160, "kilometre per hour"),
      F("more than [300,000] homes", "count", 300000, bound="gt", counted="homes")]),
    ("2024-06-07",  # 094 ECB
     ("The European Central Bank cut its deposit rate by a quarter of a percentage point to "
      "3.75% on Thursday, the first cut since September 2019. Eurozone inflation was 2.6% in "
      "May, above the bank's 2% target. ECB staff now expect inflation to average 2.5% this "
      "year, 2.2% in 2025 and 1.9% in 2026. President Christine Lagarde said the euro area "
      "economy would grow 0.9% in 2024."),
     [F("by [a quarter of a percentage point] to", "percent", 0.25, "percentage point"),
      F("to [3.75%] on", "percent", 3.75, "percent"),
      F("on [Thursday], the", "date", date=WD("2024-06-07", "Thursday")),
      F("the [first] cut", "ordinal", 1),
      F("since [September 2019].", "date", date="2019-09"),
      F("was [2.6%] in", "percent", 2.6, "percent"),
      F("in [May], above", "date", date="2024-05"),
      F("bank's [2%] target", "percent", 2, "percent"),
      F("average [2.5%] this", "percent", 2.5, "percent", claimant="ECB staff"),
      F("year, [2.2%] in", "percent", 2.2, "percent", claimant="ECB staff"),
      F("in [2025] and", "date", 2025, date="2025", claimant="ECB staff"),
      F("and [1.9%] in", "percent", 1.9, "percent", claimant="ECB staff"),
      F("in [2026].", "date", 2026, date="2026", claimant="ECB staff"),
      F("grow [0.9%] in", "percent", 0.9, "percent", claimant="Christine Lagarde"),
      F("in [2024].", "date", 2024, date="2024", claimant="Christine Lagarde")]),
    (None,  # 095
     "Bake at 200°C for 1 hr 15 min.",
     [F("at [200°C] for", "quantity", 200, "degree celsius"),
      F("for [1 hr 15 min].", "duration", 75, "minute")]),
    (None,  # 096
     "The queue stretched for half a mile and fans waited up to six hours.",
     [F("for [half a mile] and", "quantity", 0.5, "mile"),
      F("up to [six hours].", "duration", 6, "hour", "le")]),
    ("2024-05-05",  # 097
     "The company's headcount has tripled to 4,500 employees since 2019.",
     [F("has [tripled] to", "fraction", 3),
      F("to [4,500] employees", "count", 4500, counted="employees"),
      F("since [2019].", "date", 2019, date="2019")]),
    (None,  # 098
     "The vaccine is 94.1% effective and costs $19.50 a dose.",
     [F("is [94.1%] effective", "percent", 94.1, "percent"),
      F("costs [$19.50 a dose].", "money", 19.5, "USD")]),
    ("2024-04-25",  # 099 health
     ("Measles cases in Europe rose more than 30-fold last year to 58,114, the World Health "
      "Organization said on Wednesday. Romania recorded 12,230 cases, the highest in the "
      "region, and 6 deaths. Vaccination coverage for the second dose has fallen below 95%, "
      "the level needed to stop outbreaks, in 28 of 53 member states. 'Every child under five "
      "should receive two doses,' the WHO's regional director Dr Hans Kluge said."),
     [F("than [30-fold] last", "fraction", 30, bound="gt", claimant="World Health Organization"),
      F("to [58,114], the", "count", 58114, counted="cases",
        claimant="World Health Organization"),
      F("on [Wednesday].", "date", date=WD("2024-04-25", "Wednesday")),
      F("recorded [12,230] cases", "count", 12230, counted="cases"),
      F("and [6] deaths", "count", 6, counted="deaths"),
      F("the [second] dose", "ordinal", 2),
      F("below [95%],", "percent", 95, "percent", "lt"),
      F("in [28] of", "count", 28, counted="states"),
      F("of [53] member", "count", 53, counted="states"),
      F("under [five] should", "duration", 5, "year", "lt", claimant="Hans Kluge"),
      F("receive [two] doses", "count", 2, counted="doses", claimant="Hans Kluge")]),
    (None,  # 100
     "Use a 9x13-inch baking dish.",
     [F("a [9]x13-inch", "quantity", 9, "inch"),
      F("9x[13-inch] baking", "quantity", 13, "inch")]),
    ("2024-01-03",  # 101
     "Tesla delivered 1.81 million vehicles in 2023, short of its 2 million goal.",
     [F("delivered [1.81 million] vehicles", "count", 1.81e6, counted="vehicles"),
      F("in [2023], short", "date", 2023, date="2023"),
      F("its [2 million] goal", "count", 2e6, counted="vehicles", claimant="Tesla")]),
    (None,  # 102
     "The well is 1,200 feet deep and produces 350 barrels a day.",
     [F("is [1,200 feet] deep", "quantity", 1200, "foot"),
      F("produces [350 barrels a day].", "quantity", 350, "barrel per day")]),
    (None,  # 103
     "Prices range from $12 to $18 per kilo.",
     [R("from [$12 to $18 per kilo].", "money", 12, 18, unit="USD")]),
    ("2024-06-19",  # 104
     "The Treasury sold £4.25bn of 10-year gilts at an average yield of 4.123%.",
     [F("sold [£4.25bn] of", "money", 4.25e9, "GBP"),
      F("of [10-year] gilts", "duration", 10, "year"),
      F("of [4.123%].", "percent", 4.123, "percent")]),
    ("2025-01-10",  # 105 weather AU
     ("Perth sweltered through 44.1 degrees on Thursday, the hottest day in five years, while "
      "Sydney's Observatory Hill recorded 41.2. The Bureau of Meteorology said 2024 was "
      "Australia's second-warmest year on record, 1.46 degrees above the 1961–1990 average. "
      "Rainfall was 13 per cent above average at 528.6mm. Bushfires have burnt 2.3 million "
      "hectares this season, about the size of New Jersey."),
     [F("through [44.1 degrees] on", "quantity", 44.1, "degree celsius"),
      F("on [Thursday], the", "date", date=WD("2025-01-10", "Thursday")),
      F("in [five years],", "duration", 5, "year"),
      F("recorded [41.2].", "quantity", 41.2, "degree celsius"),
      F("said [2024] was", "date", 2024, date="2024", claimant="Bureau of Meteorology"),
      F("Australia's [second]-warmest", "ordinal", 2, claimant="Bureau of Meteorology"),
      F("record, [1.46 degrees] above", "quantity", 1.46, "degree celsius",
        claimant="Bureau of Meteorology"),
      R("the [1961–1990] average", "date", 1961, 1990, claimant="Bureau of Meteorology"),
      F("was [13 per cent] above", "percent", 13, "percent"),
      F("at [528.6mm].", "quantity", 528.6, "millimetre"),
      F("burnt [2.3 million hectares] this", "quantity", 2.3e6, "hectare")]),
    (None,  # 106
     "The average salary for a nurse is £37,000 per annum.",
     [F("is [£37,000 per annum].", "money", 37000, "GBP")]),
    ("2024-10-01",  # 107
     "Zimbabwe's new ZiG currency lost 43% of its value in a single day.",
     [F("lost [43%] of", "percent", 43, "percent"),
      F("in [a single day].", "duration", 1, "day")]),
    (None,  # 108
     "The ship is 362 m long, 66 m wide and carries up to 6,680 passengers.",
     [F("is [362 m] long", "quantity", 362, "metre"),
      F("long, [66 m] wide", "quantity", 66, "metre"),
      F("up to [6,680] passengers", "count", 6680, bound="le", counted="passengers")]),
    (None,  # 109
     "The heist netted thieves 2.5 million euros' worth of jewels.",
     [F("thieves [2.5 million euros]' worth", "money", 2.5e6, "EUR")]),
    ("2024-07-24",  # 110
     "The speed limit on the A9 will rise from 50mph to 60mph for HGVs.",
     [F("the [A9] will", "identifier"),
      F("from [50mph] to", "quantity", 50, "mile per hour"),
      F("to [60mph] for", "quantity", 60, "mile per hour")]),
    (None,  # 111 results Korea
     ("Hanseong Electronics posted an operating profit of 10.4 trillion won for the April–June "
      "quarter, up from 670 billion won a year earlier, as memory chip prices rebounded. Sales "
      "rose 23% to 74.07 trillion won ($53.7 billion). The company expects demand for "
      "high-bandwidth memory to more than double in 2025."),
     [F("of [10.4 trillion won] for", "money", 1.04e13, "KRW"),
      F("the [April–June] quarter", "date"),
      F("from [670 billion won] a", "money", 6.7e11, "KRW"),
      F("won [a year] earlier", "duration", 1, "year"),
      F("rose [23%] to", "percent", 23, "percent"),
      F("to [74.07 trillion won] (", "money", 7.407e13, "KRW"),
      F("([$53.7 billion]).", "money", 5.37e10, "USD"),
      F("more than [double] in", "fraction", 2, bound="gt", claimant="Hanseong Electronics"),
      F("in [2025].", "date", 2025, date="2025", claimant="Hanseong Electronics")]),
    (None,  # 112
     "A standard shipping container is 20 ft long, 8 ft wide and 8 ft 6 in tall.",
     [F("is [20 ft] long", "quantity", 20, "foot"),
      F("long, [8 ft] wide", "quantity", 8, "foot"),
      F("and [8 ft 6 in] tall", "quantity", 102, "inch")]),
    ("2023-03-21",  # 113
     "The bill was passed by 326 votes to 201.",
     [F("by [326] votes", "count", 326, counted="votes"),
      F("to [201].", "count", 201, counted="votes")]),
    (None,  # 114
     "The satellite orbits at an altitude of 550km, completing a lap every 95 minutes.",
     [F("of [550km],", "quantity", 550, "kilometre"),
      F("every [95 minutes].", "duration", 95, "minute")]),
    ("2024-02-15",  # 115 trial
     ("A trial of 1,961 adults found that the drug cut body weight by an average of 14.9% over "
      "68 weeks, compared with 2.4% for placebo. Participants had a body mass index of 30 or "
      "more at the start, and about a third lost at least 20% of their weight. The weekly "
      "injection costs about $1,350 a month in the US. Side effects, mostly nausea, led 4.5% "
      "of patients to stop treatment."),
     [F("trial of [1,961] adults", "count", 1961, counted="adults"),
      F("average of [14.9%] over", "percent", 14.9, "percent", claimant="a trial"),
      F("over [68 weeks],", "duration", 68, "week", claimant="a trial"),
      F("with [2.4%] for", "percent", 2.4, "percent", claimant="a trial"),
      F("index of [30] or", "number", 30, bound="ge"),
      F("about [a third] lost", "fraction", THIRD, bound="approx"),
      F("at least [20%] of", "percent", 20, "percent", "ge"),
      F("about [$1,350 a month] in", "money", 1350, "USD", "approx"),
      F("led [4.5%] of", "percent", 4.5, "percent")]),
    (None,  # 116
     "The temperature dropped from 12°C to -3°C in under an hour.",
     [F("from [12°C] to", "quantity", 12, "degree celsius"),
      F("to [-3°C] in", "quantity", -3, "degree celsius"),
      F("under [an hour].", "duration", 1, "hour", "lt")]),
    ("2024-10-28",  # 117
     "The state has roughly 5.5 million registered voters, according to officials.",
     [F("roughly [5.5 million] registered", "count", 5.5e6, bound="approx", counted="voters",
        claimant="officials")]),
    (None,  # 118
     "A pint of beer in London now averages £6.74.",
     [F("[A pint] of beer", "quantity", 1, "pint"),
      F("averages [£6.74].", "money", 6.74, "GBP")]),
    (None,  # 119
     "The mission lasted 286 days, 14 hours and 2 minutes.",
     [F("lasted [286 days, 14 hours and 2 minutes].", "duration", 286 * 1440 + 14 * 60 + 2,
        "minute")]),
    ("2024-09-19",  # 120 housing US
     ("Sales of existing homes fell 2.5% in August to a seasonally adjusted annual rate of "
      "3.86 million, the National Association of Realtors said on Thursday. The median price "
      "was $416,700, up 3.1% from a year ago and the 14th straight annual gain. The 30-year "
      "fixed mortgage rate averaged 6.09% this week, according to Freddie Mac, its lowest "
      "level since February 2023. First-time buyers accounted for 26% of sales."),
     [F("fell [2.5%] in", "percent", 2.5, "percent",
        claimant="National Association of Realtors"),
      F("in [August] to", "date", date="2024-08", claimant="National Association of Realtors"),
      F("of [3.86 million], the", "count", 3.86e6, counted="homes",
        claimant="National Association of Realtors"),
      F("on [Thursday].", "date", date=WD("2024-09-19", "Thursday")),
      F("was [$416,700],", "money", 416700, "USD"),
      F("up [3.1%] from", "percent", 3.1, "percent"),
      F("from [a year] ago", "duration", 1, "year"),
      F("the [14th] straight", "ordinal", 14),
      F("The [30-year] fixed", "duration", 30, "year", claimant="Freddie Mac"),
      F("averaged [6.09%] this", "percent", 6.09, "percent", claimant="Freddie Mac"),
      F("since [February 2023].", "date", date="2023-02", claimant="Freddie Mac"),
      F("for [26%] of", "percent", 26, "percent")]),
    ("2024-09-03",  # 121
     "The company has 1.2k employees and a $45M budget.",
     [F("has [1.2k] employees", "count", 1200, counted="employees"),
      F("a [$45M] budget", "money", 4.5e7, "USD")]),
    (None,  # 122
     "Scientists estimate the universe is 13.8 billion years old.",
     [F("is [13.8 billion years] old", "duration", 1.38e10, "year", claimant="scientists")]),
    (None,  # 123
     "The hotel charges ฿2,400 a night, about US$66.",
     [F("charges [฿2,400 a night],", "money", 2400, "THB"),
      F("about [US$66].", "money", 66, "USD", "approx")]),
    (None,  # 124
     "At 8,849 metres, Everest is the world's highest peak.",
     [F("At [8,849 metres],", "quantity", 8849, "metre")]),
    ("2024-04-09",  # 125
     "One kilowatt-hour of electricity now costs 24.5p.",
     [F("[One kilowatt-hour] of", "quantity", 1, "kilowatt hour"),
      F("costs [24.5p].", "money", 24.5, "penny")]),
    ("2024-03-28",  # 126 court
     ("Marcus Feld was sentenced to 25 years in prison on Thursday and ordered to forfeit $11 "
      "billion. Prosecutors had sought 40 to 50 years, while his lawyers asked for no more "
      "than six and a half years. The 32-year-old was convicted in November on seven counts "
      "of fraud and conspiracy. He will be eligible for release after serving about 85% of "
      "his term."),
     [F("to [25 years] in", "duration", 25, "year"),
      F("on [Thursday] and", "date", date=WD("2024-03-28", "Thursday")),
      F("forfeit [$11 billion].", "money", 1.1e10, "USD"),
      R("sought [40 to 50 years],", "duration", 40, 50, unit="year", claimant="prosecutors"),
      F("no more than [six and a half years].", "duration", 6.5, "year", "le",
        claimant="his lawyers"),
      F("The [32-year-old] was", "duration", 32, "year"),
      F("in [November] on", "date", date="2023-11"),
      F("on [seven] counts", "count", 7, counted="counts"),
      F("about [85%] of", "percent", 85, "percent", "approx")]),
    ("2023-10-12",  # 127
     "The lottery jackpot has rolled over to a record $1.6bn.",
     [F("record [$1.6bn].", "money", 1.6e9, "USD")]),
    (None,  # 128
     "She finished 3rd in the 400m hurdles in 52.85.",
     [F("finished [3rd] in", "ordinal", 3),
      F("the [400m] hurdles", "quantity", 400, "metre"),
      F("in [52.85].", "duration", 52.85, "second")]),
    (None,  # 129
     "Each of the 12 jurors was paid £64.95 a day.",
     [F("the [12] jurors", "count", 12, counted="jurors"),
      F("paid [£64.95 a day].", "money", 64.95, "GBP")]),
    (None,  # 130
     "The stock rose 3½ points to 87¼.",
     [F("rose [3½ points] to", "quantity", 3.5, "point"),
      F("to [87¼].", "number", 87.25)]),
    ("2024-06-03",  # 131
     "Prices have risen ~12% since January, with some items up >20%.",
     [F("risen ~[12%] since", "percent", 12, "percent", "approx"),
      F("since [January],", "date", date="2024-01"),
      F("up >[20%].", "percent", 20, "percent", "gt")]),
    (None,  # 132
     "The bag weighs under 1kg and costs less than ten dollars.",
     [F("under [1kg] and", "quantity", 1, "kilogram", "lt"),
      F("less than [ten dollars].", "money", 10, "USD", "lt")]),
    (None,  # 133
     "Avogadro's constant is about 6.022 × 10²³ per mole.",
     [F("about [6.022 × 10²³ per mole].", "quantity", 6.022e23, "per mole", "approx")]),
    ("2024-05-14",  # 134
     "The town's population of 4,812 has halved since the 1960s.",
     [F("population of [4,812] has", "count", 4812, counted="population"),
      F("has [halved] since", "fraction", 0.5),
      F("the [1960s].", "date")]),
    (None,  # 135
     "A Big Mac costs 7.50 Swiss francs in Zurich but only 250 rupees in Mumbai.",
     [F("costs [7.50 Swiss francs] in", "money", 7.5, "CHF"),
      F("only [250 rupees] in", "money", 250, "INR")]),
    (None,  # 136
     "Doors open at quarter to eight and the show ends at half past ten.",
     [F("at [quarter to eight] and", "time", 7.75),
      F("at [half past ten].", "time", 10.5)]),
    (None,  # 137
     "The twins were born seven minutes apart.",
     [F("born [seven minutes] apart", "duration", 7, "minute")]),
    ("2024-02-20",  # 138
     ("The lander touched down 0.3 miles from its target after a 7-month, 300-million-mile "
      "journey."),
     [F("down [0.3 miles] from", "quantity", 0.3, "mile"),
      F("a [7-month], 300", "duration", 7, "month"),
      F("[300-million-mile] journey", "quantity", 3e8, "mile")]),
    (None,  # 139
     "The firm is cutting 1 in 8 jobs, or about 2,300 positions.",
     [F("cutting [1 in 8] jobs", "fraction", 0.125),
      F("about [2,300] positions", "count", 2300, bound="approx", counted="positions")]),
    (None,  # 140
     "Mount Kilimanjaro rises to 19,341 feet (5,895 m).",
     [F("to [19,341 feet] (", "quantity", 19341, "foot"),
      F("([5,895 m]).", "quantity", 5895, "metre")]),
    ("2024-10-02",  # 141 strike
     ("Dockworkers at 36 ports from Maine to Texas walked off the job at 12:01 a.m. on Tuesday, "
      "the first such strike since 1977. The union is demanding a 77% pay rise over six years; "
      "'Our members made $2.2 billion for these companies during Covid,' union president Ray "
      "Donnelly said. The US Maritime Alliance said it had offered a nearly 50% increase. "
      "Economists at JPMorgan estimate the stoppage could cost the economy $3.8bn to $4.5bn a "
      "day."),
     [F("at [36] ports", "count", 36, counted="ports"),
      F("at [12:01 a.m.] on", "time", 1 / 60),
      F("on [Tuesday], the", "date", date=WD("2024-10-02", "Tuesday")),
      F("the [first] such", "ordinal", 1),
      F("since [1977].", "date", 1977, date="1977"),
      F("a [77%] pay", "percent", 77, "percent", claimant="the union"),
      F("over [six years];", "duration", 6, "year", claimant="the union"),
      F("made [$2.2 billion] for", "money", 2.2e9, "USD", claimant="Ray Donnelly"),
      F("a nearly [50%] increase", "percent", 50, "percent", "approx",
        claimant="US Maritime Alliance"),
      R("economy [$3.8bn to $4.5bn a day].", "money", 3.8e9, 4.5e9, unit="USD",
        claimant="JPMorgan")]),
    (None,  # 142 politics
     ("The minister told MPs that 4,000 extra police officers would be recruited by March 2026 "
      "at a cost of £220m. Labour's Ayesha Khan said the figure was 'less than half' the 9,000 "
      "officers lost since 2010. According to the Home Office, there were 147,746 officers in "
      "England and Wales in September."),
     [F("that [4,000] extra", "count", 4000, counted="officers", claimant="the minister"),
      F("by [March 2026] at", "date", date="2026-03", claimant="the minister"),
      F("cost of [£220m].", "money", 2.2e8, "GBP", claimant="the minister"),
      F("'less than [half]' the", "fraction", 0.5, bound="lt", claimant="Ayesha Khan"),
      F("the [9,000] officers", "count", 9000, counted="officers", claimant="Ayesha Khan"),
      F("since [2010].", "date", 2010, date="2010", claimant="Ayesha Khan"),
      F("were [147,746] officers", "count", 147746, counted="officers", claimant="Home Office"),
      F("in [September].", "date", claimant="Home Office")]),
    (None,  # 143
     "The 2026 World Cup final will be played at MetLife Stadium on July 19.",
     [F("The [2026] World", "date", 2026, date="2026"),
      F("on [July 19].", "date")]),
    ("2024-12-18",  # 144
     "The engine produces 503 bhp and 600 Nm of torque.",
     [F("produces [503 bhp] and", "quantity", 503, "brake horsepower"),
      F("and [600 Nm] of", "quantity", 600, "newton metre")]),
    (None,  # 145
     "The yacht was sailing at 12 knots in 3-metre swells.",
     [F("at [12 knots] in", "quantity", 12, "knot"),
      F("in [3-metre] swells", "quantity", 3, "metre")]),
    (None,  # 146
     "The farm covers 1,200 acres, or about 486 hectares.",
     [F("covers [1,200 acres],", "quantity", 1200, "acre"),
      F("about [486 hectares].", "quantity", 486, "hectare", "approx")]),
    (None,  # 147
     "The plant will generate 3.2 TWh a year, enough for 800,000 homes.",
     [F("generate [3.2 TWh a year],", "quantity", 3.2, "terawatt hour per year"),
      F("for [800,000] homes", "count", 800000, counted="homes")]),
    (None,  # 148
     "The tyres should be inflated to 2.4 bar (35 psi).",
     [F("to [2.4 bar] (", "quantity", 2.4, "bar"),
      F("([35 psi]).", "quantity", 35, "pound per square inch")]),
    (None,  # 149
     "The runway slopes at an angle of 3 degrees.",
     [F("of [3 degrees].", "quantity", 3, "degree")]),
    ("2024-08-14",  # 150
     "Home broadband speeds average 69.4Mbps, and the plan includes 2TB of cloud storage.",
     [F("average [69.4Mbps],", "quantity", 69.4, "megabit per second"),
      F("includes [2TB] of", "quantity", 2, "terabyte")]),
    (None,  # 151
     "The jet engine reaches 140 dB at take-off.",
     [F("reaches [140 dB] at", "quantity", 140, "decibel")]),
    (None,  # 152
     "A 12 fl oz can of cola contains 39 grams of sugar.",
     [F("A [12 fl oz] can", "quantity", 12, "fluid ounce"),
      F("contains [39 grams] of", "quantity", 39, "gram")]),
    (None,  # 153
     "The warehouse offers 250,000 sq ft of space and a 40-foot ceiling.",
     [F("offers [250,000 sq ft] of", "quantity", 250000, "square foot"),
      F("a [40-foot] ceiling", "quantity", 40, "foot")]),
]
# fmt: on



def main(argv):
    return gt.written_set_main(argv, OUT, DOCS, "c3")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
