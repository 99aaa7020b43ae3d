"""Build and validate tests/data/numbers_constructions.jsonl: a hand-written,
hand-annotated "constructions" gold set for the number extractor.

Why: the ABC-only gold sets (numbers_gold, numbers_dev2, numbers_blind) come from one
2006 Australian rural radio corpus and under-represent many constructions that general
news uses (other currencies and symbols, US spellings and abbreviations, times, ISO
dates, ages, scores, identifiers, negative temperatures, recipes, ...).

What: 117 short news-style documents (1-3 sentences each; economy, weather, sport, health,
science, war, tech, agriculture, courts, transport, cooking/consumer) written from scratch
by the annotator for this file (not copied from any test suite, library or corpus), each
with at least one figure, and every figure annotated by hand after writing the text. The
extractor was neither run nor read before this file was committed.

* ``doc_id`` ``con-001`` ... in the order of ``DOCS``; ``title`` ""; split: every third
  document (con-003, con-006, ...) is ``con-test``, the rest ``con-dev``.
* ``published``: an ISO date for 58 documents, null for the other 59, so that
  weekdays / day-month dates / bare months are resolved only where a date is given.

Notation (scripts/goldtools.py): ``F(ctx, kind, value, unit, bound, ...)`` where ``ctx``
is verbatim document text with the figure's span in [brackets] (unique in the text);
``R(ctx, kind, low, high, ...)`` for ranges. Guidelines: tests/data/README.md
(numbers_gold.jsonl), followed unchanged.

Decisions where the guidelines are silent (taken before any scoring):

Money
- Currency from the symbol/code/word: "$" in a US story USD; "US$"/"A$"/"NZ$"/"C$"/"HK$"
  USD/AUD/NZD/CAD/HKD; "£"/"p" GBP (30p = 0.30); "c" after a euro amount in an Irish story
  EUR (75c = 0.75); "¥" in a Japanese story JPY; "CHF" CHF; "Rs" INR; "yuan" CNY.
  A bare "$"/"dollars" is USD: most such stories name a US place; the World Bank loan
  (con-006), the North Sea investment (con-017) and the drug-development cost (con-102)
  are USD by world knowledge (no other dollar country is in play).
- "$50k" = 50,000; "US$2m" = 2e6; "£1.2bn"/"$2.5bn" = 1.2e9/2.5e9.
- Money stated in pence/cents keeps its stated value with unit "penny"/"cent" (the
  lead's package-wide convention, applied after annotation: "145.3p" = 145.3 penny,
  "75c" = 75 cent; the currency goes to normalised_unit).
- "a penny a litre": the article is part of the amount (like "a million dollars") and the
  rate denominator is in the span -> 0.01 GBP.
- Money ranges: "$5-$10" one span 5..10; "between $2 and $3 million" one span, "between"
  included (as in the README's "between 10 and 20 millimetres"), the magnitude word
  distributes over both ends (2e6..3e6).
- "an estimated £200m" -> approx (a fact-checker reads "an estimated" as a hedge);
  "as much as" -> le (like "up to"/"as many as"); "no more than" -> le.

Percent
- "0.5 pct" -> percent, unit "percent". "3 percentage points", "half a percentage point"
  -> kind percent, unit "percentage point" (value 0.5, span includes "half a").
- "25 basis points" -> kind percent, unit "basis point", value 25 (as stated; no
  conversion to percentage points).
- Signs: only an explicit minus ("-0.1%", "-5°C", "minus 12 degrees") makes a value
  negative; "fell 12 percent", "shrank by 0.3%" are positive values.

Quantities
- Unit names are singular, lower-case, UK spelling whatever the text's spelling
  ("kilometers" -> "kilometre", "liters" -> "litre"); abbreviations are expanded
  ("km/h" -> "kilometre per hour", "mph" -> "mile per hour", "m/s" -> "metre per second",
  "psi" -> "pound per square inch", "Mbps" -> "megabit per second", "kWh" -> "kilowatt
  hour", "lb" -> "pound", "°C"/"C" -> "degree celsius", "°F"/"F" -> "degree fahrenheit",
  "MW" -> "megawatt", "GB" -> "gigabyte", "MB" -> "megabyte", "MHz" -> "megahertz").
  "tons" -> "ton" and "tonnes" -> "tonne" are kept distinct.
- "calories" -> unit "calorie", "kcal" -> "kilocalorie", as written (no food-calorie
  reinterpretation).
- Bare "degrees" for a temperature takes the scale stated elsewhere in the same story
  ("minus 12 degrees" after "-5°C" -> degree Celsius).
- Feet and inches / hours and minutes written together are ONE span valued in the smallest
  stated unit: "5 ft 11 in" -> 71 inch, "6 feet 9 inches" -> 81 inch, "19 hours 19
  minutes" -> 1159 minute, "eight years and six months" -> 102 month.
- Hyphenated measure adjectives are one span: "6.1-inch", "100-mile", "12-ounce",
  "35-minute", "10-year (bonds)" (duration).
- "3 1/2 cups" -> 3.5 cup, "½ teaspoon" / "1/2 cup" -> 0.5 (quantity, since a unit follows).
- Parenthetical conversions are separate figures; a conversion inherits the hedge of the
  figure it converts ("about 1,500 square kilometres (580 square miles)": both approx).
- Loose distributives separated from the number ("2.4 million litres of fuel a day",
  "60 kilograms of fruit daily") stay outside the span (as in numbers_dev2).
- The sprint event "the 100m" is a quantity (100 metre).

Counts, fractions, multipliers
- "a dozen eggs" -> count 12, span "a dozen"; "dozens of" -> 12, ge, approximate;
  "Hundreds of" -> 100, ge, approximate; "Tens of thousands of" -> 10,000, ge,
  approximate, span "Tens of thousands" (without "of", like "[thousands] of").
- "a couple of", "several", "a few" are not figures (as in numbers_dev2).
- Elided counted nouns take the noun of the parallel figure: "Three soldiers were killed
  and [12] wounded" -> counted "soldiers"; "[a hundred thousand] more" -> "residents".
- "one in four", "two in three", "one in ten", "3 out of 10" -> fraction (0.25, 0.667,
  0.1, 0.3), one span; "1/4 stake" -> fraction 0.25; "ratio of 3:1" -> fraction 3,
  span "3:1".
- Multipliers "double", "twice (the size)", "three/four times (the price/size)",
  "tripled", "halved", "(by) half" -> fraction 2/2/3/4/3/0.5/0.5; "more than double" -> gt.
  Frequency adverbs "twice" ("scoring twice") are not annotated (like adverbial "first").
- Index points ("approximately 150 points") and goals/appearances are counts (counted
  "points"/"goals"/"appearances"); an index level ("exceeding 4,000") is kind number.
- Scores and court votes "3-1", "2-1", "6-3": TWO figures of kind number, one per side
  ("[3]-1", "3-[1]"), not a range.
- A "+" glued after a number ("2,000+ delegates") is a hedge outside the span -> ge.
- A death toll without a noun ("could reach 60 or more") takes the counted noun of the
  story ("people").

Dates and times
- With ``published``: weekdays (past reference only) resolve to the most recent such
  weekday on/before the published date (README); day-month dates and bare months resolve
  to the occurrence the text refers to (past tense -> the latest one on/before
  publication; future tense -> the next one). Future weekdays occur only in documents
  without ``published``.
- "Monday, March 4" (weekday + date) is one span.
- "mid-2007" one span (glued prefix), "Q3 2024" one span: kind date, value null, date =
  the year ("2007", "2024"). Unglued qualifiers stay outside: "early [2026]" (bare year,
  value 2026). "the fourth quarter of 2023" is two figures: ordinal 4 and year 2023.
- Day ranges "15 to 18 August" are one date span (value null) with the date of the
  smallest ISO unit containing them ("2024-08"); "from" is not in the span.
- "October 2025" -> "2025-10"; "2024-03-01" -> "2024-03-01" (value null).
- A year inside an event name ("the 2024 Olympics") is a date (2024).
- Times are kind time, value = hours since midnight: "3pm" 15, "7 a.m." 7, "22:00" 22,
  "01:30" 1.5, "15:30" 15.5, "4.30pm" 16.5, "noon" 12. A time zone ("GMT") is not in
  the span. "by 01:30" is a deadline -> eq.

Durations and ages
- Ages are durations in years: "45-year-old" (whole hyphenated compound in the span),
  "nine-year-old", "84 years old" (span "84 years", "old" outside, as in numbers_dev2's
  "more than [30 years] old"), "aged [38]", "voters under [25]" (lt), and an age in
  apposition "Maria Lopez, [52]" -> duration 52 year.
- "a year ago"/"a year earlier"/"a day's supply"/"A fortnight later" -> duration 1
  (year/day/fortnight), span with the article; "half a century" -> 0.5 century (span
  includes "half a"); units as written ("fortnight", "century").
- "five thousandths of a second" -> duration 0.005 second.
- "Two years later" -> duration 2 year.

Ordinals
- "third-largest" -> span "third" (the ranked adjective stays outside, like "[second]
  highest"); "21st", "1st", "twenty-first", "47th", "15th" -> ordinal. Ordinals inside
  names ("the First Amendment") and "for the first time" are not annotated.

Ranges
- "5-10 million units" -> count 5e6..1e7 (magnitude distributes); "from 5 to 10 km" ->
  span "5 to 10 km" ("from" outside; "between" inside as in the README).
- A change "from $30 to $45", "from 30mph to 20mph" is two figures (README).

Identifiers (value null): COVID-19, JN.1, F-16, G7, Boeing 737, MH370, iPhone 15,
Windows 10/11, M25, "junction 10", "Interstate 90", "Route 66", "Article 5", "Section 45",
phone numbers (one span), "S&P 500" (whole name). Ordinals/numbers that are part of a
name ("the First Amendment") are not figures.

Claimants: as in the README; figures inside the reporting clause itself ("the UN said on
[Tuesday]") are the narrator's; a figure in the subject of the reported speech ("two in
three Americans say ..., a poll found") belongs to the outer source (the poll); "expect"
and "hope" count as reporting verbs (like "predicted", "believes"). Roles and titles are
dropped ("Dr Amara Singh" -> "Amara Singh"); "analysts at Canalys" -> "Canalys".

Corrections after the one evaluation run on con-dev (genuine mistakes only, listed):
- Temperature units were written "degree Celsius"/"degree Fahrenheit"; the README asks
  for lower-case unit names, so they are now "degree celsius"/"degree fahrenheit"
  (10 figures: 6 celsius, 4 fahrenheit). The unit mismatch in the output led to the
  re-reading of the README rule. No value, span, kind, bound or claimant was changed.

Run:  .venv/bin/python scripts/annotate_numbers_constructions.py            (write + validate)
      .venv/bin/python scripts/annotate_numbers_constructions.py --check    (validate only)
"""

from __future__ import annotations

import sys

import goldtools as gt
from goldtools import F, R

OUT = gt.DATA / "numbers_constructions.jsonl"
SPLITS = {"con-dev", "con-test"}
THIRD, TWO3 = 1 / 3, 2 / 3

# fmt: off
# Each entry: (published or None, text, [figures]).  doc_id = con-NNN by position.
DOCS = [
    # ------------------------------------------------------------------ money / economy
    ("2024-03-15",  # 001
     ("The Federal Reserve left its benchmark rate unchanged at 5.25% on Wednesday, after "
     "raising it by 25 basis points in July. Chair Jerome Powell said inflation, at 3.2 per "
     "cent in February, was still too high."),
     [F("unchanged at [5.25%] on", "percent", 5.25, "percent"),
      F("on [Wednesday], after", "date", date="2024-03-13"),
      F("by [25 basis points] in", "percent", 25, "basis point"),
      F("points in [July].", "date", date="2023-07"),
      F("at [3.2 per cent] in", "percent", 3.2, "percent", claimant="Jerome Powell"),
      F("in [February], was", "date", date="2024-02", claimant="Jerome Powell")]),
    ("2024-02-15",  # 002
     ("Britain's economy shrank by 0.3% in the fourth quarter of 2023, the Office for "
     "National Statistics said. Government borrowing was £1.2bn higher than forecast."),
     [F("shrank by [0.3%] in", "percent", 0.3, "percent",
        claimant="Office for National Statistics"),
      F("the [fourth] quarter", "ordinal", 4, claimant="Office for National Statistics"),
      F("quarter of [2023],", "date", 2023, date="2023",
        claimant="Office for National Statistics"),
      F("was [£1.2bn] higher", "money", 1.2e9, "GBP")]),
    ("2023-11-08",  # 003
     ("Germany's Bundesbank cut its growth forecast by half a percentage point to 0.5 pct on "
     "Tuesday, blaming energy prices that remain two-thirds higher than before the war."),
     [F("by [half a percentage point] to", "percent", 0.5, "percentage point"),
      F("to [0.5 pct] on", "percent", 0.5, "percent"),
      F("on [Tuesday], blaming", "date", date="2023-11-07"),
      F("remain [two-thirds] higher", "fraction", TWO3)]),
    ("2024-09-02",  # 004
     ("Shares in the Detroit carmaker fell 12 percent to $13.50 on Thursday. The company said "
     "it had spent $13.5 billion on electric vehicles since 2019 and expects to cut around "
     "3,000 jobs."),
     [F("fell [12 percent] to", "percent", 12, "percent"),
      F("to [$13.50] on", "money", 13.5, "USD"),
      F("on [Thursday]. The", "date", date="2024-08-29"),
      F("spent [$13.5 billion] on", "money", 13.5e9, "USD", claimant="the company"),
      F("since [2019] and", "date", 2019, date="2019", claimant="the company"),
      F("around [3,000] jobs", "count", 3000, bound="approx", counted="jobs",
        claimant="the company")]),
    ("2022-06-21",  # 005
     ("Eurozone inflation hit a record 8.1% in May, Eurostat said. Economists polled by "
     "Reuters expect the European Central Bank to raise rates in July for the first time in "
     "11 years."),
     [F("record [8.1%] in", "percent", 8.1, "percent", claimant="Eurostat"),
      F("in [May], Eurostat", "date", date="2022-05", claimant="Eurostat"),
      F("rates in [July] for", "date", date="2022-07", claimant="economists polled by Reuters"),
      F("time in [11 years].", "duration", 11, "year", claimant="economists polled by Reuters")]),
    ("2023-07-14",  # 006
     ("The World Bank approved a $500 million loan to Kenya, its third this year, and pledged "
     "another 5 million euros for drought relief. Kenyan officials said about 3.5 million "
     "people need food aid."),
     [F("a [$500 million] loan", "money", 5e8, "USD"),
      F("its [third] this", "ordinal", 3),
      F("another [5 million euros] for", "money", 5e6, "EUR"),
      F("about [3.5 million] people", "count", 3.5e6, bound="approx", counted="people",
        claimant="Kenyan officials")]),
    ("2024-09-02",  # 007
     ("Petrol prices in the UK rose by 2p a litre in August to an average of 145.3p, the RAC "
     "said on Monday. Diesel climbed 1.8p to 149p."),
     [F("by [2p a litre] in", "money", 2, "penny", claimant="RAC"),
      F("in [August] to", "date", date="2024-08", claimant="RAC"),
      F("average of [145.3p],", "money", 145.3, "penny", claimant="RAC"),
      F("said on [Monday].", "date", date="2024-09-02"),
      F("climbed [1.8p] to", "money", 1.8, "penny"),
      F("to [149p].", "money", 149, "penny")]),
    (None,  # 008
     ("A pint of milk now costs 75c in Dublin shops, up from 60c a year ago, while a loaf of "
     "bread has risen to €2.40."),
     [F("costs [75c] in", "money", 75, "cent"),
      F("from [60c] a year", "money", 60, "cent"),
      F("60c [a year] ago", "duration", 1, "year"),
      F("risen to [€2.40].", "money", 2.40, "EUR")]),
    ("2023-07-14",  # 009
     ("Japan's Nikkei index closed 1.2 per cent higher at 32,391 on Friday, and the yen "
     "weakened past ¥140 to the dollar."),
     [F("closed [1.2 per cent] higher", "percent", 1.2, "percent"),
      F("at [32,391] on", "number", 32391),
      F("on [Friday], and", "date", date="2023-07-14"),
      F("past [¥140] to", "money", 140, "JPY", "gt")]),
    ("2025-01-20",  # 010
     ("A bowl of ramen in central Tokyo costs ¥500 more than it did in 2015, according to a "
     "survey by the Japan Restaurant Association."),
     [F("costs [¥500] more", "money", 500, "JPY", claimant="Japan Restaurant Association"),
      F("did in [2015],", "date", 2015, date="2015", claimant="Japan Restaurant Association")]),
    ("2025-01-20",  # 011
     ("Swiss watch exports fell 4.5% in December, and a basic Swatch now sells for CHF 12 "
     "less than a year earlier, the Federation of the Swiss Watch Industry said on Thursday."),
     [F("fell [4.5%] in", "percent", 4.5, "percent",
        claimant="Federation of the Swiss Watch Industry"),
      F("in [December], and", "date", date="2024-12",
        claimant="Federation of the Swiss Watch Industry"),
      F("for [CHF 12] less", "money", 12, "CHF",
        claimant="Federation of the Swiss Watch Industry"),
      F("than [a year] earlier", "duration", 1, "year",
        claimant="Federation of the Swiss Watch Industry"),
      F("said on [Thursday].", "date", date="2025-01-16")]),
    ("2022-06-21",  # 012
     ("In Mumbai, onions sold for Rs 400 a kilogram last week, four times the price in "
     "March, traders said."),
     [F("for [Rs 400 a kilogram] last", "money", 400, "INR", claimant="traders"),
      F("week, [four times] the", "fraction", 4, claimant="traders"),
      F("price in [March], traders", "date", date="2022-03", claimant="traders")]),
    ("2024-03-15",  # 013
     ("China will spend 2 million yuan on each new rural clinic, officials said on Tuesday, "
     "as part of a 1.5 trillion yuan health plan running until 2030."),
     [F("spend [2 million yuan] on", "money", 2e6, "CNY", claimant="officials"),
      F("said on [Tuesday],", "date", date="2024-03-12"),
      F("a [1.5 trillion yuan] health", "money", 1.5e12, "CNY", claimant="officials"),
      F("until [2030].", "date", 2030, date="2030", claimant="officials")]),
    ("2024-03-15",  # 014
     ("Streaming service Flixly will raise its basic plan to $5.99 a month in the United "
     "States from April, and its premium tier will cost between $15 and $18 depending on "
     "the region."),
     [F("to [$5.99 a month] in", "money", 5.99, "USD"),
      F("from [April], and", "date", date="2024-04"),
      R("cost [between $15 and $18] depending", "money", 15, 18, unit="USD")]),
    (None,  # 015
     ("The charity says a donation of £10 buys a mosquito net, and 30p pays for a day's "
     "supply of clean water for a child."),
     [F("donation of [£10] buys", "money", 10, "GBP", claimant="the charity"),
      F("and [30p] pays", "money", 30, "penny", claimant="the charity"),
      F("for [a day]'s supply", "duration", 1, "day", claimant="the charity")]),
    (None,  # 016
     ("Tickets for the festival in Austin, Texas, cost $5-$10 each, and organisers expect to "
     "raise a million dollars for local schools."),
     [R("cost [$5-$10] each", "money", 5, 10, unit="USD"),
      F("raise [a million dollars] for", "money", 1e6, "USD", claimant="organisers")]),
    ("2023-11-08",  # 017
     ("The British government said on Monday it would raise fuel duty by a penny a litre from "
     "April. Oil companies have poured billions of dollars into North Sea projects since the "
     "1990s."),
     [F("said on [Monday] it", "date", date="2023-11-06"),
      F("by [a penny a litre] from", "money", 1, "penny", claimant="the British government"),
      F("from [April].", "date", date="2024-04", claimant="the British government"),
      F("poured [billions of dollars] into", "money", 1e9, "USD", "ge", approximate=True),
      F("the [1990s].", "date")]),
    ("2023-11-08",  # 018
     ("Australia's budget includes A$3.4 billion for defence and NZ$40 million in aid for New "
     "Zealand's flood recovery, Treasurer Jim Chalmers said."),
     [F("includes [A$3.4 billion] for", "money", 3.4e9, "AUD", claimant="Jim Chalmers"),
      F("and [NZ$40 million] in", "money", 4e7, "NZD", claimant="Jim Chalmers")]),
    ("2022-06-21",  # 019
     ("Canadian home sales dropped 8.6 per cent in May from April, and the average price fell "
     "to C$716,000, the Canadian Real Estate Association said on Wednesday."),
     [F("dropped [8.6 per cent] in", "percent", 8.6, "percent",
        claimant="Canadian Real Estate Association"),
      F("in [May] from", "date", date="2022-05", claimant="Canadian Real Estate Association"),
      F("from [April], and", "date", date="2022-04",
        claimant="Canadian Real Estate Association"),
      F("to [C$716,000],", "money", 716000, "CAD", claimant="Canadian Real Estate Association"),
      F("said on [Wednesday].", "date", date="2022-06-15")]),
    (None,  # 020
     ("The Hong Kong startup raised HK$80m in its first funding round and is now valued at "
     "roughly US$50 million."),
     [F("raised [HK$80m] in", "money", 8e7, "HKD"),
      F("its [first] funding", "ordinal", 1),
      F("roughly [US$50 million].", "money", 5e7, "USD", "approx")]),
    # ------------------------------------------------------------------ percent
    ("2024-09-02",  # 021
     ("Unemployment in Spain fell 1.5 percentage points over the year to 11.3%, the lowest "
     "since 2008, the labour ministry said on Saturday."),
     [F("fell [1.5 percentage points] over", "percent", 1.5, "percentage point",
        claimant="the labour ministry"),
      F("to [11.3%],", "percent", 11.3, "percent", claimant="the labour ministry"),
      F("since [2008],", "date", 2008, date="2008", claimant="the labour ministry"),
      F("said on [Saturday].", "date", date="2024-08-31")]),
    (None,  # 022
     ("About one in four adults in England is obese, and 3 out of 10 children leave primary "
     "school overweight, the NHS report found."),
     [F("About [one in four] adults", "fraction", 0.25, bound="approx",
        claimant="the NHS report"),
      F("and [3 out of 10] children", "fraction", 0.3, claimant="the NHS report")]),
    ("2024-07-05",  # 023
     ("Turnout was 67 per cent, up from 59 per cent in 2019, with voters under 25 making up "
     "a fifth of the total."),
     [F("was [67 per cent],", "percent", 67, "percent"),
      F("from [59 per cent] in", "percent", 59, "percent"),
      F("in [2019], with", "date", 2019, date="2019"),
      F("voters under [25] making", "duration", 25, "year", "lt"),
      F("up [a fifth] of", "fraction", 0.2)]),
    ("2023-07-14",  # 024
     ("The Bank of Japan kept its short-term rate at -0.1% on Friday, and yields on 10-year "
     "government bonds rose to 0.5 pct."),
     [F("rate at [-0.1%] on", "percent", -0.1, "percent"),
      F("on [Friday], and", "date", date="2023-07-14"),
      F("yields on [10-year] government", "duration", 10, "year"),
      F("rose to [0.5 pct].", "percent", 0.5, "percent")]),
    (None,  # 025
     ("Nearly 40% of farms in the region have no broadband, compared with 12 percent "
     "nationally, a survey of 1,200 farmers found."),
     [F("Nearly [40%] of", "percent", 40, "percent", "approx", claimant="a survey"),
      F("with [12 percent] nationally", "percent", 12, "percent", claimant="a survey"),
      F("survey of [1,200] farmers", "count", 1200, counted="farmers")]),
    # ------------------------------------------------------------------ quantities
    ("2024-03-15",  # 026
     ("The new high-speed line will cut the 340 km journey from Madrid to Valencia to 95 "
     "minutes, with trains reaching 300 km/h, the operator said."),
     [F("the [340 km] journey", "quantity", 340, "kilometre", claimant="the operator"),
      F("to [95 minutes],", "duration", 95, "minute", claimant="the operator"),
      F("reaching [300 km/h],", "quantity", 300, "kilometre per hour",
        claimant="the operator")]),
    (None,  # 027
     ("The marathon course is 26.2 miles (42.2 kilometres) long, and the leaders averaged "
     "more than 12 mph."),
     [F("is [26.2 miles] (", "quantity", 26.2, "mile"),
      F("([42.2 kilometres])", "quantity", 42.2, "kilometre"),
      F("more than [12 mph].", "quantity", 12, "mile per hour", "gt")]),
    (None,  # 028
     ("Winds of up to 150 kilometers per hour and gusts of 45 metres per second were "
     "recorded on the coast, forecasters said. Waves reached 12 m."),
     [F("up to [150 kilometers per hour] and", "quantity", 150, "kilometre per hour", "le",
        claimant="forecasters"),
      F("gusts of [45 metres per second] were", "quantity", 45, "metre per second",
        claimant="forecasters"),
      F("reached [12 m].", "quantity", 12, "metre")]),
    ("2022-06-21",  # 029
     ("Wildfires have burned 6,000 hectares (14,800 acres) in southern Spain since Friday, "
     "firefighters said."),
     [F("burned [6,000 hectares] (", "quantity", 6000, "hectare", claimant="firefighters"),
      F("([14,800 acres])", "quantity", 14800, "acre", claimant="firefighters"),
      F("since [Friday],", "date", date="2022-06-17", claimant="firefighters")]),
    ("2022-06-21",  # 030
     ("The reservoir holds 1.2 billion cubic metres of water, roughly 317 billion gallons, and "
     "is at 43% capacity."),
     [F("holds [1.2 billion cubic metres] of", "quantity", 1.2e9, "cubic metre"),
      F("roughly [317 billion gallons],", "quantity", 3.17e11, "gallon", "approx"),
      F("at [43%] capacity", "percent", 43, "percent")]),
    (None,  # 031
     ("Police seized 2.5 tonnes of cocaine, worth an estimated £200m, and 40 kg of heroin in "
     "the raid, the National Crime Agency said."),
     [F("seized [2.5 tonnes] of", "quantity", 2.5, "tonne", claimant="National Crime Agency"),
      F("estimated [£200m],", "money", 2e8, "GBP", "approx", claimant="National Crime Agency"),
      F("and [40 kg] of", "quantity", 40, "kilogram", claimant="National Crime Agency")]),
    ("2025-01-20",  # 032
     ("The world's heaviest pumpkin, grown in Minnesota, weighed 2,749 lb, or about 1,247 kg, "
     "beating the record set in October."),
     [F("weighed [2,749 lb],", "quantity", 2749, "pound"),
      F("about [1,247 kg],", "quantity", 1247, "kilogram", "approx"),
      F("set in [October].", "date", date="2024-10")]),
    (None,  # 033
     ("A 12-ounce can of the soda contains 39 grams of sugar and 140 calories, while the diet "
     "version has less than 1 kcal."),
     [F("A [12-ounce] can", "quantity", 12, "ounce"),
      F("contains [39 grams] of", "quantity", 39, "gram"),
      F("and [140 calories],", "quantity", 140, "calorie"),
      F("less than [1 kcal].", "quantity", 1, "kilocalorie", "lt")]),
    (None,  # 034
     ("Temperatures are forecast to reach 40°C (104°F) in Seville on Saturday and stay above "
     "35 degrees Celsius overnight."),
     [F("reach [40°C] (", "quantity", 40, "degree celsius"),
      F("([104°F])", "quantity", 104, "degree fahrenheit"),
      F("on [Saturday] and", "date"),
      F("above [35 degrees Celsius] overnight", "quantity", 35, "degree celsius", "gt")]),
    ("2023-11-08",  # 035
     ("Overnight lows dropped to -5°C in Oslo on Tuesday, and meteorologists said it could be "
     "minus 12 degrees by the weekend."),
     [F("dropped to [-5°C] in", "quantity", -5, "degree celsius"),
      F("on [Tuesday], and", "date", date="2023-11-07"),
      F("be [minus 12 degrees] by", "quantity", -12, "degree celsius",
        claimant="meteorologists")]),
    (None,  # 036
     ("In the Minnesota town, the mercury fell to minus 31 degrees Fahrenheit, and wind chills "
     "made it feel like -50F."),
     [F("fell to [minus 31 degrees Fahrenheit],", "quantity", -31, "degree fahrenheit"),
      F("like [-50F].", "quantity", -50, "degree fahrenheit")]),
    ("2024-09-02",  # 037
     ("Astronomers using the James Webb telescope spotted a galaxy about 13.4 billion light "
     "years away. The cosmic background around it is just 2.7 kelvin, and the telescope "
     "orbits 1.5 million kilometres from Earth."),
     [F("about [13.4 billion light years] away", "quantity", 1.34e10, "light year", "approx"),
      F("just [2.7 kelvin],", "quantity", 2.7, "kelvin"),
      F("orbits [1.5 million kilometres] from", "quantity", 1.5e6, "kilometre")]),
    ("2024-03-15",  # 038
     ("The offshore wind farm will generate 1.2 GW, enough for a million homes, and a new "
     "400MW battery will store power, SSE said on Thursday. Households use about 2,700 kWh a "
     "year on average."),
     [F("generate [1.2 GW],", "quantity", 1.2, "gigawatt", claimant="SSE"),
      F("for [a million] homes", "count", 1e6, counted="homes", claimant="SSE"),
      F("new [400MW] battery", "quantity", 400, "megawatt", claimant="SSE"),
      F("said on [Thursday].", "date", date="2024-03-14"),
      F("about [2,700 kWh a year] on", "quantity", 2700, "kilowatt hour per year", "approx")]),
    (None,  # 039
     ("The overhead lines on the Ohio railway carry 25,000 volts, and a replacement transformer "
     "weighing 300 tons arrived by barge."),
     [F("carry [25,000 volts],", "quantity", 25000, "volt"),
      F("weighing [300 tons] arrived", "quantity", 300, "ton")]),
    ("2023-09-13",  # 040
     ("Apple's iPhone 15 has 128GB of storage as standard, a 6.1-inch screen and a processor "
     "clocked at 3.46 GHz, and costs $799 in the US."),
     [F("Apple's [iPhone 15] has", "identifier"),
      F("has [128GB] of", "quantity", 128, "gigabyte"),
      F("a [6.1-inch] screen", "quantity", 6.1, "inch"),
      F("at [3.46 GHz],", "quantity", 3.46, "gigahertz"),
      F("costs [$799] in", "money", 799, "USD")]),
    ("2022-06-21",  # 041
     ("Broadband speeds in rural Wales average 28 Mbps, less than a third of the 90 Mbps "
     "available in Cardiff, Ofcom said on Monday. Uploading a 500 MB video can take up to 10 "
     "minutes."),
     [F("average [28 Mbps],", "quantity", 28, "megabit per second", claimant="Ofcom"),
      F("less than [a third] of", "fraction", THIRD, bound="lt", claimant="Ofcom"),
      F("the [90 Mbps] available", "quantity", 90, "megabit per second", claimant="Ofcom"),
      F("said on [Monday].", "date", date="2022-06-20"),
      F("a [500 MB] video", "quantity", 500, "megabyte"),
      F("up to [10 minutes].", "duration", 10, "minute", "le")]),
    (None,  # 042
     ("The hospital's data centre stores 40 terabytes of patient records over a link running "
     "at 10 gigabits per second. Its 3,000 computers will be upgraded to Windows 11 by 2025."),
     [F("stores [40 terabytes] of", "quantity", 40, "terabyte"),
      F("at [10 gigabits per second].", "quantity", 10, "gigabit per second"),
      F("Its [3,000] computers", "count", 3000, counted="computers"),
      F("to [Windows 11] by", "identifier"),
      F("by [2025].", "date", 2025, date="2025")]),
    (None,  # 043
     ("The community radio station in Leeds broadcasts on 97.4 MHz, and its old transmitter "
     "hums at 50 hertz."),
     [F("on [97.4 MHz],", "quantity", 97.4, "megahertz"),
      F("at [50 hertz].", "quantity", 50, "hertz")]),
    (None,  # 044
     ("Cyclists should inflate road tyres to between 80 and 100 psi, the guide says, and "
     "mountain bike tyres to about 30 psi."),
     [R("to [between 80 and 100 psi],", "quantity", 80, 100, unit="pound per square inch",
        claimant="the guide"),
      F("about [30 psi].", "quantity", 30, "pound per square inch", "approx",
        claimant="the guide")]),
    ("2023-07-14",  # 045
     ("The cargo ship was sailing at 14 knots about 200 nautical miles off the Azores when "
     "the fire broke out on Wednesday, the coastguard said."),
     [F("at [14 knots] about", "quantity", 14, "knot", claimant="the coastguard"),
      F("about [200 nautical miles] off", "quantity", 200, "nautical mile", "approx",
        claimant="the coastguard"),
      F("out on [Wednesday],", "date", date="2023-07-12", claimant="the coastguard")]),
    (None,  # 046
     ("The new warehouse covers 1.2 million square feet, and the whole site spans 80 square "
     "kilometres, or about 31 square miles."),
     [F("covers [1.2 million square feet],", "quantity", 1.2e6, "square foot"),
      F("spans [80 square kilometres],", "quantity", 80, "square kilometre"),
      F("about [31 square miles].", "quantity", 31, "square mile", "approx")]),
    (None,  # 047
     ("Whisk 3 1/2 cups of flour with ½ teaspoon of salt and 2 tablespoons of sugar, then add "
     "250 ml of milk and 1/2 cup of melted butter."),
     [F("Whisk [3 1/2 cups] of", "quantity", 3.5, "cup"),
      F("with [½ teaspoon] of", "quantity", 0.5, "teaspoon"),
      F("and [2 tablespoons] of", "quantity", 2, "tablespoon"),
      F("add [250 ml] of", "quantity", 250, "millilitre"),
      F("and [1/2 cup] of", "quantity", 0.5, "cup")]),
    ("2024-09-02",  # 048
     ("Bake at 180°C (350°F) for 25 to 30 minutes, or until golden. The recipe makes a dozen "
     "muffins, each with about 210 kcal."),
     [F("at [180°C] (", "quantity", 180, "degree celsius"),
      F("([350°F])", "quantity", 350, "degree fahrenheit"),
      R("for [25 to 30 minutes],", "duration", 25, 30, unit="minute"),
      F("makes [a dozen] muffins", "count", 12, counted="muffins"),
      F("about [210 kcal].", "quantity", 210, "kilocalorie", "approx")]),
    (None,  # 049
     ("A dozen eggs now costs $4.82 on average in US cities, more than double the price two "
     "years ago, government data showed."),
     [F("[A dozen] eggs", "count", 12, counted="eggs", claimant="government data"),
      F("costs [$4.82] on", "money", 4.82, "USD", claimant="government data"),
      F("more than [double] the", "fraction", 2, bound="gt", claimant="government data"),
      F("price [two years] ago", "duration", 2, "year", claimant="government data")]),
    (None,  # 050
     ("The basketball star stands 6 feet 9 inches tall, while his point guard is 5 ft 11 in "
     "and weighs 180 lb."),
     [F("stands [6 feet 9 inches] tall", "quantity", 81, "inch"),
      F("is [5 ft 11 in] and", "quantity", 71, "inch"),
      F("weighs [180 lb].", "quantity", 180, "pound")]),
    (None,  # 051
     ("The pipeline in Texas moves 2.4 million litres of fuel a day, and a further 500,000 "
     "liters are stored at the depot."),
     [F("moves [2.4 million litres] of", "quantity", 2.4e6, "litre"),
      F("further [500,000 liters] are", "quantity", 5e5, "litre")]),
    ("2025-01-20",  # 052
     ("Amazon's delivery drone flew 18 kilometers at a height of 120 metres during a "
     "35-minute test on Sunday, the company said."),
     [F("flew [18 kilometers] at", "quantity", 18, "kilometre", claimant="Amazon"),
      F("height of [120 metres] during", "quantity", 120, "metre", claimant="Amazon"),
      F("a [35-minute] test", "duration", 35, "minute", claimant="Amazon"),
      F("on [Sunday],", "date", date="2025-01-19", claimant="Amazon")]),
    # ------------------------------------------------------------------ counts
    ("2023-07-14",  # 053
     ("Three soldiers were killed and 12 wounded when a roadside bomb hit their convoy, the "
     "army said."),
     [F("[Three] soldiers", "count", 3, counted="soldiers", claimant="the army"),
      F("and [12] wounded", "count", 12, counted="soldiers", claimant="the army")]),
    ("2024-03-15",  # 054
     ("Tens of thousands of protesters marched through Paris on Saturday, and police said more "
     "than 800 people were arrested."),
     [F("[Tens of thousands] of protesters", "count", 1e4, bound="ge", counted="protesters",
        approximate=True),
      F("on [Saturday], and", "date", date="2024-03-09"),
      F("more than [800] people", "count", 800, bound="gt", counted="people",
        claimant="police")]),
    (None,  # 055
     ("Hundreds of flights were cancelled and dozens of trains halted as the storm hit, "
     "stranding about 20,000 travellers."),
     [F("[Hundreds] of flights", "count", 100, bound="ge", counted="flights",
        approximate=True),
      F("and [dozens] of trains", "count", 12, bound="ge", counted="trains", approximate=True),
      F("about [20,000] travellers", "count", 20000, bound="approx", counted="travellers")]),
    (None,  # 056
     ("Twenty-five students and one teacher were taken to hospital after the bus crash, and a "
     "couple of passers-by helped free the driver."),
     [F("[Twenty-five] students", "count", 25, counted="students"),
      F("and [one] teacher", "count", 1, counted="teacher")]),
    ("2022-06-28",  # 057
     ("The census counted 1,000,000 residents for the first time, a hundred thousand more "
     "than in 2011, and 4 thousand 3 hundred and 21 centenarians."),
     [F("counted [1,000,000] residents", "count", 1e6, counted="residents"),
      F("time, [a hundred thousand] more", "count", 1e5, counted="residents"),
      F("in [2011],", "date", 2011, date="2011"),
      F("and [4 thousand 3 hundred and 21] centenarians", "count", 4321,
        counted="centenarians")]),
    ("2023-11-08",  # 058
     ("One hundred and five people have died in the floods, and 1.2 million have been "
     "displaced, the UN said on Tuesday."),
     [F("[One hundred and five] people", "count", 105, counted="people", claimant="UN"),
      F("and [1.2 million] have", "count", 1.2e6, counted="people", claimant="UN"),
      F("said on [Tuesday].", "date", date="2023-11-07")]),
    (None,  # 059
     ("Half a million trees were planted last year, and organisers hope to plant twenty and "
     "three fifths hectares of new woodland each month."),
     [F("[Half a million] trees", "count", 5e5, counted="trees"),
      F("plant [twenty and three fifths hectares] of", "quantity", 20.6, "hectare",
        claimant="organisers")]),
    (None,  # 060
     ("The zoo's 3,500 animals consume 60 kilograms of fruit daily, and 5 of its 12 elephants "
     "are over 40 years old."),
     [F("zoo's [3,500] animals", "count", 3500, counted="animals"),
      F("consume [60 kilograms] of", "quantity", 60, "kilogram"),
      F("and [5] of its", "count", 5, counted="elephants"),
      F("its [12] elephants", "count", 12, counted="elephants"),
      F("over [40 years] old", "duration", 40, "year", "gt")]),
    # ------------------------------------------------------------------ fractions / multipliers
    (None,  # 061
     ("Half of all voters backed the plan, while a quarter opposed it and the rest were "
     "undecided."),
     [F("[Half] of all", "fraction", 0.5),
      F("while [a quarter] opposed", "fraction", 0.25)]),
    ("2022-06-21",  # 062
     ("Wheat prices have tripled since February, and Egypt, which imports three-quarters of "
     "its grain, has halved its reserves, the FAO said."),
     [F("have [tripled] since", "fraction", 3, claimant="FAO"),
      F("since [February],", "date", date="2022-02", claimant="FAO"),
      F("imports [three-quarters] of", "fraction", 0.75, claimant="FAO"),
      F("has [halved] its", "fraction", 0.5, claimant="FAO")]),
    (None,  # 063
     ("The new steel plant is three times the size of the old one and will double output "
     "while cutting emissions per tonne by half."),
     [F("is [three times] the size", "fraction", 3),
      F("will [double] output", "fraction", 2),
      F("by [half].", "fraction", 0.5)]),
    ("2024-03-15",  # 064
     ("Investors from Qatar hold a 1/4 stake in the club, and its debt-to-equity ratio of 3:1 "
     "worries regulators."),
     [F("a [1/4] stake", "fraction", 0.25),
      F("ratio of [3:1] worries", "fraction", 3)]),
    (None,  # 065
     ("Roughly two in three Americans say they have cut back on eating out, a poll found, and "
     "one in five has skipped a meal to save money."),
     [F("Roughly [two in three] Americans", "fraction", TWO3, bound="approx",
        claimant="a poll"),
      F("and [one in five] has", "fraction", 0.2, claimant="a poll")]),
    # ------------------------------------------------------------------ dates / times
    ("2024-03-15",  # 066
     ("Russia launched its full-scale invasion of Ukraine on 24 February 2022. Two years "
     "later, on Feb. 24, President Volodymyr Zelenskyy said 31,000 Ukrainian soldiers had "
     "been killed."),
     [F("on [24 February 2022].", "date", date="2022-02-24"),
      F("[Two years] later", "duration", 2, "year"),
      F("on [Feb. 24], President", "date", date="2024-02-24"),
      F("said [31,000] Ukrainian", "count", 31000, counted="soldiers",
        claimant="Volodymyr Zelenskyy")]),
    (None,  # 067
     ("The treaty was signed on February 24, 2022, and came into force on 2024-03-01, "
     "according to the foreign ministry."),
     [F("on [February 24, 2022], and", "date", date="2022-02-24",
        claimant="the foreign ministry"),
      F("on [2024-03-01],", "date", date="2024-03-01", claimant="the foreign ministry")]),
    ("2023-07-14",  # 068
     ("The rail strike began late on Monday and ended at noon on Wednesday, with trains "
     "resuming at 3pm."),
     [F("late on [Monday] and", "date", date="2023-07-10"),
      F("at [noon] on", "time", 12),
      F("on [Wednesday], with", "date", date="2023-07-12"),
      F("at [3pm].", "time", 15)]),
    (None,  # 069
     "Polls open at 7 a.m. and close at 22:00; the first results are expected by 01:30.",
     [F("at [7 a.m.] and", "time", 7),
      F("at [22:00];", "time", 22),
      F("by [01:30].", "time", 1.5)]),
    (None,  # 070
     ("The Bank of England will announce its decision at 12:00 GMT on Thursday, and the "
     "governor will hold a press conference at 15:30."),
     [F("at [12:00] GMT", "time", 12),
      F("on [Thursday], and", "date"),
      F("at [15:30].", "time", 15.5)]),
    (None,  # 071
     ("House prices rose through the 1990s, peaked in mid-2007 and are forecast to fall again "
     "in Q3 2024, the lender said."),
     [F("the [1990s],", "date", claimant="the lender"),
      F("in [mid-2007] and", "date", date="2007", claimant="the lender"),
      F("in [Q3 2024],", "date", date="2024", claimant="the lender")]),
    ("2024-09-02",  # 072
     ("The Edinburgh festival ran from 15 to 18 August and drew 210,000 visitors, the most "
     "since 2019."),
     [F("from [15 to 18 August] and", "date", date="2024-08"),
      F("drew [210,000] visitors", "count", 210000, counted="visitors"),
      F("since [2019].", "date", 2019, date="2019")]),
    (None,  # 073
     ("Construction of Seattle's new light-rail tunnel is due to start in early 2026 and "
     "finish by the end of the decade, at a cost of $2.5bn."),
     [F("early [2026] and", "date", 2026, date="2026"),
      F("cost of [$2.5bn].", "money", 2.5e9, "USD")]),
    # ------------------------------------------------------------------ durations / ages
    ("2023-11-08",  # 074
     ("A 45-year-old man was charged on Sunday with the murder of a woman aged 38, police "
     "said. He was remanded in custody for three weeks."),
     [F("A [45-year-old] man", "duration", 45, "year", claimant="police"),
      F("on [Sunday] with", "date", date="2023-11-05", claimant="police"),
      F("aged [38],", "duration", 38, "year", claimant="police"),
      F("for [three weeks].", "duration", 3, "week")]),
    (None,  # 075
     ("The oldest competitor, who is 84 years old, has run the race every year for half a "
     "century; the youngest is a nine-year-old from Leeds."),
     [F("is [84 years] old", "duration", 84, "year"),
      F("for [half a century];", "duration", 0.5, "century"),
      F("a [nine-year-old] from", "duration", 9, "year")]),
    (None,  # 076
     ("The trial lasted 18 months, and the judge sentenced Kowalski to 12 years in prison, "
     "with a minimum term of eight years and six months."),
     [F("lasted [18 months],", "duration", 18, "month"),
      F("to [12 years] in", "duration", 12, "year"),
      F("term of [eight years and six months].", "duration", 102, "month")]),
    (None,  # 077
     ("Flights from London to Sydney take about 22 hours, and the record for the non-stop "
     "route is 19 hours 19 minutes."),
     [F("about [22 hours],", "duration", 22, "hour", "approx"),
      F("is [19 hours 19 minutes].", "duration", 1159, "minute")]),
    (None,  # 078
     ("The ceasefire lasted less than 48 hours. A fortnight later, talks resumed for a 10-day "
     "round."),
     [F("less than [48 hours].", "duration", 48, "hour", "lt"),
      F("[A fortnight] later", "duration", 1, "fortnight"),
      F("a [10-day] round", "duration", 10, "day")]),
    # ------------------------------------------------------------------ ordinals
    ("2025-01-20",  # 079
     ("Donald Trump was sworn in as the 47th president on Monday, the second to serve "
     "non-consecutive terms."),
     [F("the [47th] president", "ordinal", 47),
      F("on [Monday],", "date", date="2025-01-20"),
      F("the [second] to serve", "ordinal", 2)]),
    (None,  # 080
     ("The Taiwanese company is now the third-largest chipmaker in the world and ranked 1st in "
     "Asia for the twenty-first consecutive quarter."),
     [F("the [third]-largest", "ordinal", 3),
      F("ranked [1st] in", "ordinal", 1),
      F("the [twenty-first] consecutive", "ordinal", 21)]),
    ("2022-09-01",  # 081
     ("It was the hottest summer of the 21st century so far in Portugal, and the fifth "
     "hottest since records began in 1884."),
     [F("the [21st] century", "ordinal", 21),
      F("the [fifth] hottest", "ordinal", 5),
      F("in [1884].", "date", 1884, date="1884")]),
    # ------------------------------------------------------------------ ranges
    (None,  # 082
     ("Analysts expect the company to sell 5-10 million units next year, growing sales 5 to "
     "10 per cent."),
     [R("sell [5-10 million] units", "count", 5e6, 1e7, counted="units", claimant="analysts"),
      R("sales [5 to 10 per cent].", "percent", 5, 10, unit="percent", claimant="analysts")]),
    (None,  # 083
     ("The new reservoir in Wales will be between 40 and 50 metres deep and stretch from 5 to "
     "10 km, depending on rainfall."),
     [R("be [between 40 and 50 metres] deep", "quantity", 40, 50, unit="metre"),
      R("from [5 to 10 km],", "quantity", 5, 10, unit="kilometre")]),
    ("2022-06-21",  # 084
     ("Ticket prices at Wrigley Field rose from $30 to $45 on Monday, and between $2 and $3 "
     "million in extra revenue is expected this season, the Chicago Cubs said."),
     [F("from [$30] to", "money", 30, "USD", claimant="Chicago Cubs"),
      F("to [$45] on", "money", 45, "USD", claimant="Chicago Cubs"),
      F("on [Monday], and", "date", date="2022-06-20", claimant="Chicago Cubs"),
      R("and [between $2 and $3 million] in", "money", 2e6, 3e6, unit="USD",
        claimant="Chicago Cubs")]),
    # ------------------------------------------------------------------ bounds / hedges
    (None,  # 085
     ("At least 17 people died and up to 40 are missing after the landslide, and rescuers "
     "said fewer than 10 survivors had been found. The toll could reach 60 or more, "
     "officials warned."),
     [F("At least [17] people", "count", 17, bound="ge", counted="people"),
      F("up to [40] are", "count", 40, bound="le", counted="people"),
      F("fewer than [10] survivors", "count", 10, bound="lt", counted="survivors",
        claimant="rescuers"),
      F("reach [60] or more", "count", 60, bound="ge", counted="people",
        claimant="officials")]),
    ("2023-11-08",  # 086
     ("The S&P 500 is up almost 20% this year and has gained approximately 150 points since "
     "January, exceeding 4,000 for the first time."),
     [F("The [S&P 500] is", "identifier"),
      F("almost [20%] this", "percent", 20, "percent", "approx"),
      F("approximately [150] points", "count", 150, bound="approx", counted="points"),
      F("since [January],", "date", date="2023-01"),
      F("exceeding [4,000] for", "number", 4000, bound="gt")]),
    (None,  # 087
     ("More than 50 countries and 2,000+ delegates will attend the climate summit in London, "
     "which will cost no more than £5m, officials said."),
     [F("More than [50] countries", "count", 50, bound="gt", counted="countries",
        claimant="officials"),
      F("and [2,000]+ delegates", "count", 2000, bound="ge", counted="delegates",
        claimant="officials"),
      F("no more than [£5m],", "money", 5e6, "GBP", "le", claimant="officials")]),
    # ------------------------------------------------------------------ conversions
    ("2024-03-15",  # 088
     ("The storm dumped 30 cm (12 inches) of snow on Boston on Wednesday, and a 100-mile "
     "(160 km) stretch of Interstate 90 was closed."),
     [F("dumped [30 cm] (", "quantity", 30, "centimetre"),
      F("([12 inches])", "quantity", 12, "inch"),
      F("on [Wednesday], and", "date", date="2024-03-13"),
      F("a [100-mile] (", "quantity", 100, "mile"),
      F("([160 km])", "quantity", 160, "kilometre"),
      F("of [Interstate 90] was", "identifier")]),
    (None,  # 089
     ("The iceberg that broke off is about 1,500 square kilometres (580 square miles), twice "
     "the size of Greater London, scientists said."),
     [F("about [1,500 square kilometres] (", "quantity", 1500, "square kilometre", "approx",
        claimant="scientists"),
      F("([580 square miles])", "quantity", 580, "square mile", "approx",
        claimant="scientists"),
      F("), [twice] the size", "fraction", 2, claimant="scientists")]),
    (None,  # 090
     ("The River Severn is expected to crest at 8.5 metres (28 feet) on Thursday, the "
     "Environment Agency said."),
     [F("at [8.5 metres] (", "quantity", 8.5, "metre", claimant="Environment Agency"),
      F("([28 feet])", "quantity", 28, "foot", claimant="Environment Agency"),
      F("on [Thursday],", "date", claimant="Environment Agency")]),
    # ------------------------------------------------------------------ identifiers
    ("2023-07-14",  # 091
     ("NATO leaders meeting in Vilnius on Tuesday reaffirmed Article 5, and Norway pledged six "
     "F-16 jets to Ukraine, while the G7 promised long-term security guarantees."),
     [F("on [Tuesday] reaffirmed", "date", date="2023-07-11"),
      F("reaffirmed [Article 5],", "identifier"),
      F("pledged [six] F-16", "count", 6, counted="jets"),
      F("six [F-16] jets", "identifier"),
      F("the [G7] promised", "identifier")]),
    ("2024-01-08",  # 092
     ("A Boeing 737 lost a door panel at 16,000 feet, and the FAA grounded 171 aircraft under "
     "Section 45 of its rules."),
     [F("A [Boeing 737] lost", "identifier"),
      F("at [16,000 feet],", "quantity", 16000, "foot"),
      F("grounded [171] aircraft", "count", 171, counted="aircraft"),
      F("under [Section 45] of", "identifier")]),
    (None,  # 093
     "Call the hotline on 0800 123 4567 or visit one of the 24 centres along Route 66.",
     [F("on [0800 123 4567] or", "identifier"),
      F("the [24] centres", "count", 24, counted="centres"),
      F("along [Route 66].", "identifier")]),
    ("2024-03-15",  # 094
     ("COVID-19 cases rose 15% in the week to Sunday, with the JN.1 variant making up 62 per "
     "cent of samples, the CDC said."),
     [F("[COVID-19] cases", "identifier", claimant="CDC"),
      F("rose [15%] in", "percent", 15, "percent", claimant="CDC"),
      F("to [Sunday],", "date", date="2024-03-10", claimant="CDC"),
      F("the [JN.1] variant", "identifier", claimant="CDC"),
      F("up [62 per cent] of", "percent", 62, "percent", claimant="CDC")]),
    (None,  # 095
     ("Microsoft will end support for Windows 10 in October 2025, leaving an estimated 240 "
     "million PCs without security updates, analysts at Canalys said."),
     [F("for [Windows 10] in", "identifier", claimant="Canalys"),
      F("in [October 2025],", "date", date="2025-10", claimant="Canalys"),
      F("estimated [240 million] PCs", "count", 2.4e8, bound="approx", counted="PCs",
        claimant="Canalys")]),
    (None,  # 096
     ("The M25 was closed for 5 hours after a lorry crash near junction 10, National Highways "
     "said."),
     [F("The [M25] was", "identifier", claimant="National Highways"),
      F("for [5 hours] after", "duration", 5, "hour", claimant="National Highways"),
      F("near [junction 10],", "identifier", claimant="National Highways")]),
    # ------------------------------------------------------------------ claimants / quotes
    ("2024-09-02",  # 097
     ("\u201cWe have lost 30% of our harvest,\u201d said farmer Maria Lopez, 52. \u201cThree "
     "hectares are under water.\u201d"),
     [F("lost [30%] of", "percent", 30, "percent", claimant="Maria Lopez"),
      F("Lopez, [52].", "duration", 52, "year"),
      F("\u201c[Three hectares] are", "quantity", 3, "hectare", claimant="Maria Lopez")]),
    ("2025-01-20",  # 098
     ("Health Secretary Victoria Atkins said waiting lists had shrunk by 100,000 cases since "
     "September, but the Royal College of Nursing said 7.6 million people were still "
     "waiting."),
     [F("by [100,000] cases", "count", 1e5, counted="cases", claimant="Victoria Atkins"),
      F("since [September],", "date", date="2024-09", claimant="Victoria Atkins"),
      F("said [7.6 million] people", "count", 7.6e6, counted="people",
        claimant="Royal College of Nursing")]),
    (None,  # 099
     ("\"It's a 2-1 win we'll remember for a long time,\" said coach Ange Postecoglou after "
     "Tottenham's 15th victory of the season."),
     [F("a [2]-1 win", "number", 2, claimant="Ange Postecoglou"),
      F("a 2-[1] win", "number", 1, claimant="Ange Postecoglou"),
      F("Tottenham's [15th] victory", "ordinal", 15)]),
    ("2023-11-08",  # 100
     ("Liverpool beat Chelsea 3-1 on Saturday, with Mohamed Salah scoring twice to take his "
     "tally to 211 goals in 349 appearances."),
     [F("Chelsea [3]-1 on", "number", 3),
      F("Chelsea 3-[1] on", "number", 1),
      F("on [Saturday], with", "date", date="2023-11-04"),
      F("to [211] goals", "count", 211, counted="goals"),
      F("in [349] appearances", "count", 349, counted="appearances")]),
    ("2022-06-21",  # 101
     ("Prime Minister Boris Johnson said the government would spend £3.6 billion on new "
     "hospitals, adding that 40 would be built by 2030."),
     [F("spend [£3.6 billion] on", "money", 3.6e9, "GBP", claimant="Boris Johnson"),
      F("that [40] would", "count", 40, counted="hospitals", claimant="Boris Johnson"),
      F("by [2030].", "date", 2030, date="2030", claimant="Boris Johnson")]),
    (None,  # 102
     ("\u201cOnly one in ten of these drugs ever reaches patients,\u201d Dr Amara Singh told "
     "the BBC, \u201cand each one costs more than a billion dollars to develop.\u201d"),
     [F("Only [one in ten] of", "fraction", 0.1, claimant="Amara Singh"),
      F("more than [a billion dollars] to", "money", 1e9, "USD", "gt",
        claimant="Amara Singh")]),
    (None,  # 103
     ("According to the Met Office, 2023 was the second-warmest year on record in the UK, "
     "with an average temperature of 9.97C."),
     [F("Office, [2023] was", "date", 2023, date="2023", claimant="Met Office"),
      F("the [second]-warmest", "ordinal", 2, claimant="Met Office"),
      F("of [9.97C].", "quantity", 9.97, "degree celsius", claimant="Met Office")]),
    # ------------------------------------------------------------------ agriculture
    (None,  # 104
     ("Brazilian farmers are expected to harvest a record 162 million tonnes of soybeans, and "
     "planted area has grown by 3.4 million hectares, the agency Conab said."),
     [F("record [162 million tonnes] of", "quantity", 1.62e8, "tonne", claimant="Conab"),
      F("by [3.4 million hectares],", "quantity", 3.4e6, "hectare", claimant="Conab")]),
    ("2023-11-08",  # 105
     ("Kansas wheat yields averaged 37 bushels per acre this year, down from 47 in 2022, the "
     "USDA said on Thursday."),
     [F("averaged [37 bushels per acre] this", "quantity", 37, "bushel per acre",
        claimant="USDA"),
      F("from [47] in", "quantity", 47, "bushel per acre", claimant="USDA"),
      F("in [2022],", "date", 2022, date="2022", claimant="USDA"),
      F("said on [Thursday].", "date", date="2023-11-02")]),
    (None,  # 106
     ("A Welsh sheep farmer with 1,800 ewes on 600 acres said lamb prices had fallen to £4.50 "
     "per kilogram, barely enough to cover costs."),
     [F("with [1,800] ewes", "count", 1800, counted="ewes"),
      F("on [600 acres] said", "quantity", 600, "acre"),
      F("to [£4.50 per kilogram],", "money", 4.5, "GBP", claimant="a Welsh sheep farmer")]),
    # ------------------------------------------------------------------ courts
    ("2024-03-15",  # 107
     ("A judge in New York fined the former president $454 million on Friday, ruling that he "
     "had inflated his assets by as much as $2.2 billion a year."),
     [F("president [$454 million] on", "money", 4.54e8, "USD"),
      F("on [Friday], ruling", "date", date="2024-03-15"),
      F("as much as [$2.2 billion a year].", "money", 2.2e9, "USD", "le",
        claimant="a judge in New York")]),
    (None,  # 108
     ("The US Supreme Court ruled 6-3 that the law breached the First Amendment, overturning "
     "a 1978 precedent."),
     [F("ruled [6]-3 that", "number", 6),
      F("ruled 6-[3] that", "number", 3),
      F("a [1978] precedent", "date", 1978, date="1978")]),
    (None,  # 109
     ("The 27-year-old defendant was ordered by a court in Cardiff to pay £1,500 in "
     "compensation and complete 200 hours of unpaid work."),
     [F("The [27-year-old] defendant", "duration", 27, "year"),
      F("pay [£1,500] in", "money", 1500, "GBP"),
      F("complete [200 hours] of", "duration", 200, "hour")]),
    # ------------------------------------------------------------------ transport
    ("2024-03-08",  # 110
     ("Flight MH370 vanished with 239 people on board on 8 March 2014, about 40 minutes after "
     "leaving Kuala Lumpur."),
     [F("Flight [MH370] vanished", "identifier"),
      F("with [239] people", "count", 239, counted="people"),
      F("on [8 March 2014],", "date", date="2014-03-08"),
      F("about [40 minutes] after", "duration", 40, "minute", "approx")]),
    (None,  # 111
     ("The speed limit in Welsh towns was cut from 30mph to 20mph in September 2023, which the "
     "government says will save £92m a year."),
     [F("from [30mph] to", "quantity", 30, "mile per hour"),
      F("to [20mph] in", "quantity", 20, "mile per hour"),
      F("in [September 2023],", "date", date="2023-09"),
      F("save [£92m a year].", "money", 9.2e7, "GBP", claimant="the government")]),
    (None,  # 112
     ("Commuters now pay Rs 30 for a metro ride in Delhi, while the monthly pass costs "
     "Rs 1,200."),
     [F("pay [Rs 30] for", "money", 30, "INR"),
      F("costs [Rs 1,200].", "money", 1200, "INR")]),
    # ------------------------------------------------------------------ sport / science / misc
    (None,  # 113
     ("Noah Lyles won the 100m at the 2024 Olympics in 9.79 seconds, five thousandths of a "
     "second ahead of Kishane Thompson."),
     [F("the [100m] at", "quantity", 100, "metre"),
      F("the [2024] Olympics", "date", 2024, date="2024"),
      F("in [9.79 seconds],", "duration", 9.79, "second"),
      F("seconds, [five thousandths of a second] ahead", "duration", 0.005, "second")]),
    (None,  # 114
     ("The Silicon Valley startup paid its chief executive $50k a year in salary but awarded "
     "him US$2m in shares."),
     [F("executive [$50k a year] in", "money", 5e4, "USD"),
      F("him [US$2m] in", "money", 2e6, "USD")]),
    ("2024-03-15",  # 115
     ("Ryanair fares from Dublin to Paris start at €40, and the airline said on Monday it "
     "expects to carry 200 million passengers in the year to March 2025."),
     [F("at [€40],", "money", 40, "EUR"),
      F("said on [Monday] it", "date", date="2024-03-11"),
      F("carry [200 million] passengers", "count", 2e8, counted="passengers",
        claimant="Ryanair"),
      F("to [March 2025].", "date", date="2025-03", claimant="Ryanair")]),
    (None,  # 116
     ("The Mars lander touched down at 2.5 m/s after a seven-month, 480 million km journey, "
     "NASA said."),
     [F("at [2.5 m/s] after", "quantity", 2.5, "metre per second", claimant="NASA"),
      F("a [seven-month],", "duration", 7, "month", claimant="NASA"),
      F("[480 million km] journey", "quantity", 4.8e8, "kilometre", claimant="NASA")]),
    ("2024-03-15",  # 117
     ("The fraud trial opened on Monday, March 4, and the jury retired at 4.30pm on Thursday "
     "after hearing from 22 witnesses."),
     [F("on [Monday, March 4], and", "date", date="2024-03-04"),
      F("at [4.30pm] on", "time", 16.5),
      F("on [Thursday] after", "date", date="2024-03-14"),
      F("from [22] witnesses", "count", 22, counted="witnesses")]),
]
# fmt: on



def main(argv):
    return gt.written_set_main(argv, OUT, DOCS, "con")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
