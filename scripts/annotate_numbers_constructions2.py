"""Build and validate tests/data/numbers_constructions2.jsonl: a second, independent
hand-written, hand-annotated "constructions" gold set for the number extractor.

Why: the first constructions set (numbers_constructions.jsonl) showed the value of short
written-to-purpose documents; one author's sentences are still one author's habits. This
set was written by a different annotator, from scratch, with different sentences, and
leans on what public quantity-extraction test suites and news-quantity data stress: every
physical dimension (length, area, volume, mass, speed, temperature, pressure, energy,
power, electricity, data size and rate, frequency, time, fuel economy, density,
concentration, radiation, sound), currencies of many countries (symbols, ISO codes before
and after, names), magnitude abbreviations (k, m, mn, bn, b, tn, T, lakh, crore),
spelled-out and mixed numbers, fractions, decimals, negatives, percent spellings,
percentage points and basis points, ranges, hedges, counts, multipliers, ordinals, many
date and time forms, durations, ages, identifiers and parenthetical conversions.

What: 127 short news-style documents (1-3 sentences) written by the annotator for this
file (not copied from any test suite, library, corpus or the first constructions set),
each with at least one figure, every figure annotated by hand after writing the text.
The extractor was neither run nor read before this file was committed.

* ``doc_id`` ``c2-001`` ... in the order of ``DOCS``; ``title`` ""; split: every third
  document (c2-003, c2-006, ...) is ``c2-test``, the rest ``c2-dev``.
* ``published``: an ISO date for about half of the documents, null for the others.

Notation (scripts/goldtools.py): ``F(ctx, kind, value, unit, bound, ...)`` where ``ctx``
is verbatim document text with the figure's span in [brackets] (unique in the text);
``R(ctx, kind, low, high, ...)`` for ranges. Guidelines: tests/data/README.md
(numbers_gold.jsonl), followed unchanged; the decisions of the first constructions set
(scripts/annotate_numbers_constructions.py) are followed wherever it took one, with the
later package-wide convention for subunit money ("75 cents" = 75 cent, "30p" = 30 penny,
"a penny" = 1 penny).

Decisions where neither the README nor the first constructions set decides (taken
before any scoring):

Money
- Currencies: "₹"/"Rs"/"rupees" INR, "₦"/"N" (Nigerian story)/"naira" NGN, "R" (South
  African story) ZAR, "R$" BRL, "pesos" MXN or ARS by the country of the story, "kr"/
  "kronor" SEK (Swedish story), "zlotys" PLN, "lira" TRY, "roubles" RUB, "KES"/"shillings"
  KES, "AED"/"dirhams" AED, "SAR" SAR, "₩" KRW, "S$" SGD, "Swiss francs"/"CHF" CHF.
- Bitcoin is money with unit "BTC" ("2.5 bitcoin", "50 BTC").
- "lakh" = 1e5, "crore" = 1e7, "lakh crore" = 1e12; "T" after a dollar amount ("$3.4T")
  = trillion, like "tn".
- An exchange-rate level stated in the priced currency ("18.5 pesos per dollar") is money
  in that currency, span with the denominator (README rate rule); "the yen slid to 151
  against the dollar" -> money 151 JPY, span "151".
- "upwards of", "north of", "in excess of", "well over", "above", "weakened past" -> gt;
  "at most", "a maximum of" -> le; "a minimum of", "no fewer than" -> ge; "just under" ->
  lt; "close to", "more or less", "or so" -> approx.

Percent
- "31pc" -> percent; a poll "6-point lead" / "a margin of 4 points" -> percent, unit
  "percentage point"; "a half-point move" (interest rates) -> 0.5 percentage point, span
  "half-point"; "50bp"/"25 bps" -> basis point.
- "negative 0.05%" -> -0.05 (like "minus"); the sign word is in the span.

Quantities
- Unit names follow the first set (singular, lower-case, UK spelling, abbreviations
  expanded). New ones: "metric tons" -> "tonne"; "Mt" -> "megatonne"; "km²"/"km2" ->
  "square kilometre"; "sq ft" -> "square foot"; "inHg" -> "inch of mercury"; "mmHg" ->
  "millimetre of mercury"; "hPa" -> "hectopascal"; "BTU" -> "british thermal unit";
  "mAh" -> "milliampere hour"; "amps" -> "ampere"; "MWp" -> "megawatt peak"; "PB" ->
  "petabyte"; "Mb/s" -> "megabit per second"; "mpg" -> "mile per gallon"; "L/100 km" ->
  "litre per 100 kilometre"; "ppb"/"ppm" -> "part per billion"/"part per million";
  "µg/m³" -> "microgram per cubic metre"; "mg/L" -> "milligram per litre"; "mg/dL" ->
  "milligram per decilitre"; "mmol/L" -> "millimole per litre"; "mSv" -> "millisievert";
  "dB" -> "decibel"; "g/cm³" -> "gram per cubic centimetre".
- Earthquake magnitude: quantity, unit "magnitude", span "magnitude 7.4"; "Mach 5" ->
  quantity 5, unit "mach", span "Mach 5".
- Population density "1,300 people per square kilometre" -> quantity, unit
  "person per square kilometre".
- "a kilo of beef", "a kilogram of hydrogen" -> quantity 1 (kilogram), span with the
  article (like "a dozen", "a year").
- Compound imperial measures in one span are valued in the smallest unit: "7 lb 8 oz" ->
  120 ounce, "261 ft 8 in" -> 3140 inch; "4 hours and 7 minutes" -> 247 minute;
  "38 years and 3 months" -> 459 month.
- Blood pressure "120/80 mmHg" -> two quantities (millimetre of mercury), "120" and
  "80 mmHg" (unit ellipsis for the first, like scores).
- Race times "2:01:09" / "26:11.00" -> duration in seconds (7269 / 1571).
- A temperature difference ("2C above normal") is still a quantity in degree celsius.
- "876 cups of tea" (servings drunk) -> count, counted "cups"; cups in a recipe are a unit.

Counts, fractions, multipliers
- "Half a dozen" -> count 6; "a score of MPs" -> count 20 (span "a score").
- "millions of viewers" -> 1e6, ge, approximate (like thousands/hundreds).
- "5,000+" and "10,000 plus" / "120-plus" -> ge; the "+" / "plus" after the number is
  outside the span.
- "tenfold", "fivefold", "20-fold", "2.5 times", "32 times", "2½ times" -> fraction.
- "9 in 10", "one in every five" -> fraction (0.9, 0.2).
- A population figure without a noun ("reached 8 billion") -> count, counted "people".
- "the top 10 space stories" -> count 10, counted "stories".

Dates and times
- Weekdays and day-month dates with a ``published`` date resolve as in the first set;
  "last Tuesday" -> span "Tuesday", the most recent Tuesday before publication.
- "the 4th of April" -> span "4th of April" (the leading article outside); "the 10th"
  (day of the current month) -> date, span "10th".
- "3/14/2024" (US order, unambiguous) and "14/06/2023", "15.03.2025" (day first) -> full
  dates. A period "from 2025-02-01 to 2027-01-31" is two date figures (each a full date).
- A spelled-out year ("nineteen fifty-two") and an abbreviated year ("'89") are dates with
  value and date (1952, 1989).
- Centuries ("the 12th century") and decades ("the 1870s", "the 2020s", "the mid-2080s")
  -> date, value and date null; "2015-16" (year label) -> date with all null (README).
  "between 1998 and 2003" -> one date range, value the midpoint, date null (as in the
  blind set).
- Times: "3:30 p.m." 15.5, "7:58 a.m." 7.9667, "nine o'clock" 9, "midnight" 0, "08:00" 8;
  a time zone (BST, GMT, ET) is outside the span. A clock interval "from 10 p.m. to
  6 a.m." is two time figures (it crosses midnight, so no low <= high range).

Durations and ages
- "turned 90" (age) -> duration 90 year, span "90"; "The actor, 81," -> duration 81 year.
- "a year and a half" -> duration 1.5 year; "a fortnight" -> 1 fortnight; "in a decade"
  -> 1 decade; "six decades" -> 6 decade.
- "under eighteen" of people -> age, duration 18 year, lt.

Ordinals
- "the No. 2 seed" -> ordinal 2, span "No. 2"; "23rd-ranked" -> span "23rd".

Identifiers (value null): flight numbers (BA283), aircraft/car/chip/console models
("Boeing 787-9", "Airbus A380", "Land Cruiser 300", "RTX 4090", "H100", "PlayStation 5",
"Windows 95", "V6"), "4x4", "4K", "5G", "G20", "PM2.5", "CO2" (chemical formula),
"FTSE 100", roads ("I-95", "Highway 401", "A1", "junction 6"), laws ("Section 230",
"Proposition 22", "Regulation 2022/2065"), phone and text numbers, emergency numbers
("999", "111"), "Apollo 11", "page 12", "version 2.4.1".

Claimants: as in the README and the first set. A trailing "..., X said." covers every
figure of its sentence, including dates; figures in the reporting clause itself ("said on
[Thursday]") and ages in apposition to the speaker are the narrator's; "expect", "hope",
"estimate", "claims", "found", "noted", "put (the probability) at" count as reporting
verbs. Unnamed sources as written, lower-cased ("police", "forecasters", "the survey").

Run:  .venv/bin/python scripts/annotate_numbers_constructions2.py            (write + validate)
      .venv/bin/python scripts/annotate_numbers_constructions2.py --check    (validate only)

Correction found by a validation check added later (a time with a unit): c2-093 "around
[midnight]" had its bound passed where the unit goes; now unit null, bound approx.
"""

from __future__ import annotations

import sys

import goldtools as gt
from goldtools import F, R

OUT = gt.DATA / "numbers_constructions2.jsonl"
SPLITS = {"c2-dev", "c2-test"}
THIRD = 1 / 3

# fmt: off
# Each entry: (published or None, text, [figures]).  doc_id = c2-NNN by position.
DOCS = [
    # ------------------------------------------------------------------ money: currencies
    ("2024-06-14",  # 001 (Friday)
     ("India's government approved a ₹12,000 crore subsidy for fertiliser makers on "
      "Wednesday, and farmers with less than 2 hectares will receive Rs 6,000 a year, the "
      "agriculture ministry said."),
     [F("a [₹12,000 crore] subsidy", "money", 1.2e11, "INR", claimant="the agriculture ministry"),
      F("on [Wednesday], and", "date", date="2024-06-12", claimant="the agriculture ministry"),
      F("less than [2 hectares] will", "quantity", 2, "hectare", "lt",
        claimant="the agriculture ministry"),
      F("receive [Rs 6,000 a year],", "money", 6000, "INR",
        claimant="the agriculture ministry")]),
    (None,  # 002
     ("A sea-facing flat in Mumbai sold for Rs 4.5 crore, while the average home in the "
      "city's suburbs costs about 85 lakh rupees."),
     [F("for [Rs 4.5 crore],", "money", 4.5e7, "INR"),
      F("about [85 lakh rupees].", "money", 8.5e6, "INR", "approx")]),
    (None,  # 003
     ("Nigeria's central bank said it would inject ₦1.5 trillion into the banking system and "
      "cap cash withdrawals at N100,000 a week."),
     [F("inject [₦1.5 trillion] into", "money", 1.5e12, "NGN",
        claimant="Nigeria's central bank"),
      F("at [N100,000 a week].", "money", 1e5, "NGN", claimant="Nigeria's central bank")]),
    (None,  # 004
     ("South Africa's energy regulator approved a 12.7% electricity tariff rise, meaning a "
      "Johannesburg household using 600 kWh a month will pay about R210 more."),
     [F("a [12.7%] electricity", "percent", 12.7, "percent"),
      F("using [600 kWh a month] will", "quantity", 600, "kilowatt hour per month"),
      F("about [R210] more", "money", 210, "ZAR", "approx")]),
    ("2023-10-05",  # 005 (Thursday)
     ("The Mexican peso weakened past 18.5 pesos per dollar on Tuesday, and remittances "
      "reached a record US$63.3 billion last year, the Bank of Mexico said."),
     [F("past [18.5 pesos per dollar] on", "money", 18.5, "MXN", "gt",
        claimant="Bank of Mexico"),
      F("on [Tuesday], and", "date", date="2023-10-03", claimant="Bank of Mexico"),
      F("record [US$63.3 billion] last", "money", 6.33e10, "USD", claimant="Bank of Mexico")]),
    (None,  # 006
     ("Argentina's monthly inflation slowed to 2.7 per cent, but a kilo of beef in Buenos "
      "Aires now costs 9,500 pesos, up from 1,800 pesos a year ago."),
     [F("slowed to [2.7 per cent],", "percent", 2.7, "percent"),
      F("but [a kilo] of beef", "quantity", 1, "kilogram"),
      F("costs [9,500 pesos],", "money", 9500, "ARS"),
      F("from [1,800 pesos] a", "money", 1800, "ARS"),
      F("pesos [a year] ago", "duration", 1, "year")]),
    ("2024-06-14",  # 007
     ("Swiss watch exports rose to 26.7 billion Swiss francs, and a vintage Rolex fetched "
      "CHF 1.2 million at an auction in Geneva."),
     [F("to [26.7 billion Swiss francs],", "money", 2.67e10, "CHF"),
      F("fetched [CHF 1.2 million] at", "money", 1.2e6, "CHF")]),
    ("2025-02-19",  # 008 (Wednesday)
     ("Bitcoin climbed above $100,000 on Monday, valuing the 19.8 million coins in "
      "circulation at about $2tn. A Dutch investor bought 2.5 bitcoin for €230,000."),
     [F("above [$100,000] on", "money", 1e5, "USD", "gt"),
      F("on [Monday], valuing", "date", date="2025-02-17"),
      F("the [19.8 million] coins", "count", 1.98e7, counted="coins"),
      F("about [$2tn].", "money", 2e12, "USD", "approx"),
      F("bought [2.5 bitcoin] for", "money", 2.5, "BTC"),
      F("for [€230,000].", "money", 230000, "EUR")]),
    (None,  # 009
     ("Tokyo will spend ¥2.7 trillion on chip plants, and the yen slid to 151 against the "
      "dollar."),
     [F("spend [¥2.7 trillion] on", "money", 2.7e12, "JPY"),
      F("slid to [151] against", "money", 151, "JPY")]),
    ("2024-06-14",  # 010
     ("Seoul will raise the minimum wage to ₩10,030 an hour next year, a 1.7% increase, the "
      "labour ministry said."),
     [F("to [₩10,030 an hour] next", "money", 10030, "KRW", claimant="the labour ministry"),
      F("a [1.7%] increase", "percent", 1.7, "percent", claimant="the labour ministry")]),
    (None,  # 011
     ("Brazil's Petrobras reported net income of R$38.2 billion and will pay shareholders "
      "R$0.94 per share."),
     [F("of [R$38.2 billion] and", "money", 3.82e10, "BRL"),
      F("shareholders [R$0.94 per share].", "money", 0.94, "BRL")]),
    ("2024-01-26",  # 012 (Friday)
     ("Sweden's Riksbank held its policy rate at 4 percent on Thursday. A 500-gram bag of "
      "coffee now costs 69 kr in Stockholm, up from 49 kronor in 2022."),
     [F("at [4 percent] on", "percent", 4, "percent"),
      F("on [Thursday].", "date", date="2024-01-25"),
      F("A [500-gram] bag", "quantity", 500, "gram"),
      F("costs [69 kr] in", "money", 69, "SEK"),
      F("from [49 kronor] in", "money", 49, "SEK"),
      F("in [2022].", "date", 2022, date="2022")]),
    (None,  # 013
     ("Poland will buy 96 Apache helicopters for about 10 billion zlotys, while in Istanbul, "
      "where the lira has fallen 40 percent, a loaf of bread now costs 10 lira."),
     [F("buy [96] Apache", "count", 96, counted="helicopters"),
      F("about [10 billion zlotys],", "money", 1e10, "PLN", "approx"),
      F("fallen [40 percent],", "percent", 40, "percent"),
      F("costs [10 lira].", "money", 10, "TRY")]),
    (None,  # 014
     ("Russia's budget deficit hit 3.3 trillion roubles in 2023, the finance ministry said. "
      "Kenya raised KES 15 billion from a bond sale on Tuesday."),
     [F("hit [3.3 trillion roubles] in", "money", 3.3e12, "RUB", claimant="the finance ministry"),
      F("in [2023], the", "date", 2023, date="2023", claimant="the finance ministry"),
      F("raised [KES 15 billion] from", "money", 1.5e10, "KES"),
      F("on [Tuesday].", "date")]),
    ("2023-10-05",  # 015
     ("Dubai property sales reached AED 411 billion, and a villa on Palm Jumeirah sold for "
      "302.5 million dirhams. Saudi Aramco's dividend totals SAR 116 billion, or about $31bn."),
     [F("reached [AED 411 billion],", "money", 4.11e11, "AED"),
      F("for [302.5 million dirhams].", "money", 3.025e8, "AED"),
      F("totals [SAR 116 billion],", "money", 1.16e11, "SAR"),
      F("about [$31bn].", "money", 3.1e10, "USD", "approx")]),
    (None,  # 016
     ("Brussels fined the tech firm 1.8 billion EUR, and the company has set aside USD 2 bn "
      "for legal costs; it also owes GBP 45m in UK taxes."),
     [F("firm [1.8 billion EUR],", "money", 1.8e9, "EUR"),
      F("aside [USD 2 bn] for", "money", 2e9, "USD"),
      F("owes [GBP 45m] in", "money", 4.5e7, "GBP")]),
    ("2024-01-26",  # 017
     ("Mailing a letter in the US costs 68 cents, while a first-class stamp in Britain is "
      "125p, up from 95p in 2022."),
     [F("costs [68 cents],", "money", 68, "cent"),
      F("is [125p],", "money", 125, "penny"),
      F("from [95p] in", "money", 95, "penny"),
      F("in [2022].", "date", 2022, date="2022")]),
    (None,  # 018
     ("Supermarkets raised the price of milk by a penny a pint, and dairy farmers now "
      "receive 38.5 pence per litre, the farmers' union said."),
     [F("by [a penny a pint],", "money", 1, "penny", claimant="the farmers' union"),
      F("receive [38.5 pence per litre],", "money", 38.5, "penny",
        claimant="the farmers' union")]),
    ("2023-04-17",  # 019
     ("Canada's budget includes C$8 billion for housing, Australia pledged A$1.5bn, New "
      "Zealand offered NZ$50 million and Singapore S$700m."),
     [F("includes [C$8 billion] for", "money", 8e9, "CAD"),
      F("pledged [A$1.5bn],", "money", 1.5e9, "AUD"),
      F("offered [NZ$50 million] and", "money", 5e7, "NZD"),
      F("Singapore [S$700m].", "money", 7e8, "SGD")]),
    (None,  # 020
     ("The striker's new contract is worth £350k a week, or roughly £18.2m a year, and his "
      "club paid a €120 mn transfer fee."),
     [F("worth [£350k a week],", "money", 3.5e5, "GBP"),
      F("roughly [£18.2m a year],", "money", 1.82e7, "GBP", "approx"),
      F("a [€120 mn] transfer", "money", 1.2e8, "EUR")]),
    ("2025-02-19",  # 021
     ("Global debt hit a record $315tn, including $105 trillion owed by emerging markets, "
      "the Institute of International Finance said. Apple alone is worth about $3.4T."),
     [F("record [$315tn],", "money", 3.15e14, "USD",
        claimant="Institute of International Finance"),
      F("including [$105 trillion] owed", "money", 1.05e14, "USD",
        claimant="Institute of International Finance"),
      F("about [$3.4T].", "money", 3.4e12, "USD", "approx")]),
    (None,  # 022
     ("Tesla shares fell 12% to $182.50, wiping $58b off its market value, and the stock "
      "has lost nearly half its value since December."),
     [F("fell [12%] to", "percent", 12, "percent"),
      F("to [$182.50],", "money", 182.5, "USD"),
      F("wiping [$58b] off", "money", 5.8e10, "USD"),
      F("nearly [half] its", "fraction", 0.5, bound="approx"),
      F("since [December].", "date")]),
    ("2024-03-20",  # 023
     ("Tickets for the band's US tour range from $45 to $250, VIP packages cost "
      "$1,000-$2,500, and resale seats in London go for between £300 and £900."),
     [R("from [$45 to $250],", "money", 45, 250, unit="USD"),
      R("cost [$1,000-$2,500],", "money", 1000, 2500, unit="USD"),
      R("for [between £300 and £900].", "money", 300, 900, unit="GBP")]),
    (None,  # 024
     ("Dinner for two at the Paris bistro costs €80–€120, and a glass of wine is 9 to 14 "
      "euros."),
     [R("costs [€80–€120],", "money", 80, 120, unit="EUR"),
      R("is [9 to 14 euros].", "money", 9, 14, unit="EUR")]),
    ("2024-04-04",  # 025
     ("Repairs to the Baltimore bridge will cost upwards of $4 million, and insurers expect "
      "claims in excess of $1.2 billion; the city has at most $500,000 left in its "
      "emergency fund."),
     [F("upwards of [$4 million],", "money", 4e6, "USD", "gt"),
      F("in excess of [$1.2 billion];", "money", 1.2e9, "USD", "gt", claimant="insurers"),
      F("at most [$500,000] left", "money", 5e5, "USD", "le")]),
    # ------------------------------------------------------------------ percent
    ("2023-10-05",  # 026
     ("Unemployment in Spain fell to 11.8 % in the third quarter, its lowest since 2008, "
      "while youth joblessness stood at twenty-eight per cent."),
     [F("fell to [11.8 %] in", "percent", 11.8, "percent"),
      F("the [third] quarter", "ordinal", 3),
      F("since [2008],", "date", 2008, date="2008"),
      F("at [twenty-eight per cent].", "percent", 28, "percent")]),
    (None,  # 027
     ("The party's support dropped 4 percentage points to 31pc, giving its rival a 6-point "
      "lead, pollsters said."),
     [F("dropped [4 percentage points] to", "percent", 4, "percentage point",
        claimant="pollsters"),
      F("to [31pc],", "percent", 31, "percent", claimant="pollsters"),
      F("a [6-point] lead", "percent", 6, "percentage point", claimant="pollsters")]),
    (None,  # 028
     ("The European Central Bank raised rates by 50bp, a half-point move not seen since "
      "2011, and markets have priced in another 25 bps in December."),
     [F("by [50bp],", "percent", 50, "basis point"),
      F("a [half-point] move", "percent", 0.5, "percentage point"),
      F("since [2011],", "date", 2011, date="2011"),
      F("another [25 bps] in", "percent", 25, "basis point"),
      F("in [December].", "date")]),
    ("2024-06-14",  # 029
     ("US inflation eased to 3.3 percent in May from 3.4 percent in April, while core prices "
      "rose .2% on the month and 3.4 pct on the year."),
     [F("eased to [3.3 percent] in", "percent", 3.3, "percent"),
      F("in [May] from", "date", date="2024-05"),
      F("from [3.4 percent] in", "percent", 3.4, "percent"),
      F("in [April], while", "date", date="2024-04"),
      F("rose [.2%] on", "percent", 0.2, "percent"),
      F("and [3.4 pct] on", "percent", 3.4, "percent")]),
    (None,  # 030
     ("Voters approved the measure with fifty-two percent, a margin of 4 points, and turnout "
      "was a record 71 per cent."),
     [F("with [fifty-two percent],", "percent", 52, "percent"),
      F("margin of [4 points],", "percent", 4, "percentage point"),
      F("record [71 per cent].", "percent", 71, "percent")]),
    ("2024-03-20",  # 031
     ("Japan's economy contracted at an annualised rate of -2.0% before the central bank "
      "ended its rate of minus 0.1 per cent; ten-year bond yields had been negative 0.05%."),
     [F("rate of [-2.0%] before", "percent", -2.0, "percent"),
      F("rate of [minus 0.1 per cent];", "percent", -0.1, "percent"),
      F("[ten-year] bond", "duration", 10, "year"),
      F("been [negative 0.05%].", "percent", -0.05, "percent")]),
    (None,  # 032
     ("Analysts expect growth of 2-2.5% this year, a 10–15 per cent rise in exports and "
      "operating margins of 8 percent to 9 percent."),
     [R("growth of [2-2.5%] this", "percent", 2, 2.5, unit="percent", claimant="analysts"),
      R("a [10–15 per cent] rise", "percent", 10, 15, unit="percent", claimant="analysts"),
      R("margins of [8 percent to 9 percent].", "percent", 8, 9, unit="percent",
        claimant="analysts")]),
    ("2023-02-10",  # 033
     ("More than three-quarters of rural towns surveyed had lost a bank branch, and "
      "two-fifths had no post office; in 100 per cent of them, bus services had been cut."),
     [F("More than [three-quarters] of", "fraction", 0.75, bound="gt"),
      F("and [two-fifths] had", "fraction", 0.4),
      F("in [100 per cent] of", "percent", 100, "percent")]),
    # ------------------------------------------------------------------ length / area / volume
    (None,  # 034
     ("The new bridge is 1.6 km long with a main span of 420m, and its towers rise 220 "
      "metres; the steel cables are 60 cm thick and were laid to within 2 mm."),
     [F("is [1.6 km] long", "quantity", 1.6, "kilometre"),
      F("span of [420m],", "quantity", 420, "metre"),
      F("rise [220 metres];", "quantity", 220, "metre"),
      F("are [60 cm] thick", "quantity", 60, "centimetre"),
      F("within [2 mm].", "quantity", 2, "millimetre", "le")]),
    ("2024-09-27",  # 035
     ("The chip is made with a 3-nanometre process, and the bacteria it detects measure 2 "
      "micrometres across, about a fiftieth of the width of a human hair."),
     [F("a [3-nanometre] process", "quantity", 3, "nanometre"),
      F("measure [2 micrometres] across", "quantity", 2, "micrometre"),
      F("about [a fiftieth] of", "fraction", 0.02, bound="approx")]),
    (None,  # 036
     ("The superyacht seized in Fiji is 348 ft long, and its helipad measures 40 yards "
      "across, police said."),
     [F("is [348 ft] long", "quantity", 348, "foot", claimant="police"),
      F("measures [40 yards] across", "quantity", 40, "yard", claimant="police")]),
    ("2023-10-05",  # 037
     ("The wildfire has scorched 12,500 acres, roughly 50 km², and destroyed homes on plots "
      "of up to 2,000 sq ft."),
     [F("scorched [12,500 acres],", "quantity", 12500, "acre"),
      F("roughly [50 km²],", "quantity", 50, "square kilometre", "approx"),
      F("up to [2,000 sq ft].", "quantity", 2000, "square foot", "le")]),
    (None,  # 038
     ("Bangladesh packs in 1,300 people per square kilometre, and in parts of Dhaka the "
      "density exceeds 23,000 people/km2."),
     [F("in [1,300 people per square kilometre],", "quantity", 1300,
        "person per square kilometre"),
      F("exceeds [23,000 people/km2].", "quantity", 23000, "person per square kilometre",
        "gt")]),
    ("2024-06-14",  # 039
     ("The tanker was carrying 2 million barrels of crude when it ran aground, spilling about "
      "11,000 cubic metres. Crews have recovered 750,000 gallons so far and sprayed 3,400 "
      "litres of dispersant."),
     [F("carrying [2 million barrels] of", "quantity", 2e6, "barrel"),
      F("about [11,000 cubic metres].", "quantity", 11000, "cubic metre", "approx"),
      F("recovered [750,000 gallons] so", "quantity", 750000, "gallon"),
      F("sprayed [3,400 litres] of", "quantity", 3400, "litre")]),
    (None,  # 040
     ("Adults should drink about 2L of water a day, doctors say. A standard can holds 330ml, "
      "and a teaspoon is 5 mL."),
     [F("about [2L] of", "quantity", 2, "litre", "approx", claimant="doctors"),
      F("holds [330ml],", "quantity", 330, "millilitre"),
      F("is [5 mL].", "quantity", 5, "millilitre")]),
    # ------------------------------------------------------------------ mass
    ("2024-03-20",  # 041
     ("Customs officers at Heathrow found 3.2 kilograms of gold, 1,200 carats of diamonds and "
      "15 lbs of cannabis in a suitcase weighing 23kg."),
     [F("found [3.2 kilograms] of", "quantity", 3.2, "kilogram"),
      F("gold, [1,200 carats] of", "quantity", 1200, "carat"),
      F("and [15 lbs] of", "quantity", 15, "pound"),
      F("weighing [23kg].", "quantity", 23, "kilogram")]),
    (None,  # 042
     ("China produced 1.02 billion metric tons of steel last year and India shipped 20 Mt of "
      "iron ore, while a large blast furnace can burn 10,000 tonnes of coal a day."),
     [F("produced [1.02 billion metric tons] of", "quantity", 1.02e9, "tonne"),
      F("shipped [20 Mt] of", "quantity", 20, "megatonne"),
      F("burn [10,000 tonnes] of", "quantity", 10000, "tonne")]),
    ("2025-01-15",  # 043
     ("Each tablet contains 500 mg of paracetamol, and adults should take no more than 4 "
      "grams in 24 hours. A baby weighing 7 lb 8 oz was delivered in the ambulance."),
     [F("contains [500 mg] of", "quantity", 500, "milligram"),
      F("no more than [4 grams] in", "quantity", 4, "gram", "le"),
      F("in [24 hours].", "duration", 24, "hour"),
      F("weighing [7 lb 8 oz] was", "quantity", 120, "ounce")]),
    # ------------------------------------------------------------------ speed
    (None,  # 044
     ("The typhoon packed sustained winds of 185 km/h and gusts of up to 115 mph as it moved "
      "north-west at 20 kph; the last ferry sailed at 18 knots."),
     [F("winds of [185 km/h] and", "quantity", 185, "kilometre per hour"),
      F("up to [115 mph] as", "quantity", 115, "mile per hour", "le"),
      F("at [20 kph];", "quantity", 20, "kilometre per hour"),
      F("at [18 knots].", "quantity", 18, "knot")]),
    ("2024-09-27",  # 045
     ("The hypersonic missile flies at Mach 5, more than 6,000 kilometres an hour, while a "
      "rifle bullet leaves the barrel at 900 m/s."),
     [F("at [Mach 5],", "quantity", 5, "mach"),
      F("more than [6,000 kilometres an hour],", "quantity", 6000, "kilometre per hour", "gt"),
      F("at [900 m/s].", "quantity", 900, "metre per second")]),
    # ------------------------------------------------------------------ temperature
    (None,  # 046
     ("Death Valley hit 128°F (53.3°C) on Saturday, while Oymyakon in Siberia once recorded "
      "−67.7 °C; the surface of the Sun is about 5,800 kelvin."),
     [F("hit [128°F] (", "quantity", 128, "degree fahrenheit"),
      F("([53.3°C])", "quantity", 53.3, "degree celsius"),
      F("on [Saturday],", "date"),
      F("recorded [−67.7 °C];", "quantity", -67.7, "degree celsius"),
      F("about [5,800 kelvin].", "quantity", 5800, "kelvin", "approx")]),
    (None,  # 047
     ("Forecasters expect highs of 34 degrees Celsius in Madrid on Friday and overnight lows "
      "of 18 to 20 degrees, with sea temperatures 2C above normal."),
     [F("highs of [34 degrees Celsius] in", "quantity", 34, "degree celsius",
        claimant="forecasters"),
      F("on [Friday] and", "date", claimant="forecasters"),
      R("of [18 to 20 degrees],", "quantity", 18, 20, unit="degree celsius",
        claimant="forecasters"),
      F("temperatures [2C] above", "quantity", 2, "degree celsius", claimant="forecasters")]),
    # ------------------------------------------------------------------ pressure
    ("2023-10-05",  # 048
     ("The hurricane's central pressure fell to 930 millibars, the lowest in the Atlantic "
      "this season, and a barometer in Key West read 29.2 inHg."),
     [F("fell to [930 millibars],", "quantity", 930, "millibar"),
      F("read [29.2 inHg].", "quantity", 29.2, "inch of mercury")]),
    (None,  # 049
     ("At a depth of 40 metres a diver faces about 5 bar of pressure, the instructor said. A "
      "healthy blood pressure reading is around 120/80 mmHg."),
     [F("depth of [40 metres] a", "quantity", 40, "metre", claimant="the instructor"),
      F("about [5 bar] of", "quantity", 5, "bar", "approx", claimant="the instructor"),
      F("around [120]/80", "quantity", 120, "millimetre of mercury", "approx"),
      F("120/[80 mmHg].", "quantity", 80, "millimetre of mercury", "approx")]),
    ("2024-01-26",  # 050
     ("Storm Isha brought the pressure down to 948 hPa over Scotland, and the tyres of the "
      "lifeboat are inflated to 35 psi."),
     [F("down to [948 hPa] over", "quantity", 948, "hectopascal"),
      F("to [35 psi].", "quantity", 35, "pound per square inch")]),
    # ---------------------------------------------------- energy / power / electricity
    (None,  # 051
     ("The plant generated 12.4 TWh last year, enough to supply 3 million homes. A kilogram "
      "of hydrogen stores 120 megajoules, about 33 kWh."),
     [F("generated [12.4 TWh] last", "quantity", 12.4, "terawatt hour"),
      F("supply [3 million] homes", "count", 3e6, counted="homes"),
      F("[A kilogram] of hydrogen", "quantity", 1, "kilogram"),
      F("stores [120 megajoules],", "quantity", 120, "megajoule"),
      F("about [33 kWh].", "quantity", 33, "kilowatt hour", "approx")]),
    ("2025-01-15",  # 052
     ("The gas furnace is rated at 80,000 BTU, and a daily diet of 2,000 Calories is roughly "
      "8,400 kilojoules."),
     [F("at [80,000 BTU],", "quantity", 80000, "british thermal unit"),
      F("of [2,000 Calories] is", "quantity", 2000, "calorie"),
      F("roughly [8,400 kilojoules].", "quantity", 8400, "kilojoule", "approx")]),
    (None,  # 053
     ("The electric SUV produces 670 horsepower (500 kW), its home charger delivers 11 "
      "kilowatts and a kettle draws about 3,000 watts."),
     [F("produces [670 horsepower] (", "quantity", 670, "horsepower"),
      F("([500 kW])", "quantity", 500, "kilowatt"),
      F("delivers [11 kilowatts] and", "quantity", 11, "kilowatt"),
      F("about [3,000 watts].", "quantity", 3000, "watt", "approx")]),
    ("2023-04-17",  # 054
     ("The nuclear station's two reactors have a combined capacity of 3.2GW, and the solar "
      "farm next door adds 350 MWp."),
     [F("station's [two] reactors", "count", 2, counted="reactors"),
      F("capacity of [3.2GW],", "quantity", 3.2, "gigawatt"),
      F("adds [350 MWp].", "quantity", 350, "megawatt peak")]),
    (None,  # 055
     ("The pylons carry 400 kV, the phone's battery holds 5,000 mAh and its charger supplies "
      "3 amps at 20 volts."),
     [F("carry [400 kV],", "quantity", 400, "kilovolt"),
      F("holds [5,000 mAh] and", "quantity", 5000, "milliampere hour"),
      F("supplies [3 amps] at", "quantity", 3, "ampere"),
      F("at [20 volts].", "quantity", 20, "volt")]),
    # ------------------------------------------------------------------ data / frequency
    ("2024-09-27",  # 056
     ("The leak exposed 1.2 terabytes of data, including 500GB of emails, and the hackers "
      "demanded 50 BTC. The firm's backups hold 3 PB."),
     [F("exposed [1.2 terabytes] of", "quantity", 1.2, "terabyte"),
      F("including [500GB] of", "quantity", 500, "gigabyte"),
      F("demanded [50 BTC].", "money", 50, "BTC"),
      F("hold [3 PB].", "quantity", 3, "petabyte")]),
    (None,  # 057
     ("Fibre customers get speeds of up to 1 Gbps, but the average rural line manages just "
      "12 Mb/s and satellite users 150 megabits per second; streaming a 4K film needs "
      "25Mbps."),
     [F("up to [1 Gbps],", "quantity", 1, "gigabit per second", "le"),
      F("just [12 Mb/s] and", "quantity", 12, "megabit per second"),
      F("users [150 megabits per second];", "quantity", 150, "megabit per second"),
      F("a [4K] film", "identifier"),
      F("needs [25Mbps].", "quantity", 25, "megabit per second")]),
    ("2023-02-10",  # 058
     ("The 5G network uses the 3.5 GHz band, most adults cannot hear sounds above 17 kHz, "
      "and the new screen refreshes at 120Hz."),
     [F("The [5G] network", "identifier"),
      F("the [3.5 GHz] band", "quantity", 3.5, "gigahertz"),
      F("above [17 kHz],", "quantity", 17, "kilohertz", "gt"),
      F("at [120Hz].", "quantity", 120, "hertz")]),
    # ---------------------------------------- fuel economy / density / concentration
    (None,  # 059
     "The hybrid returns 58 mpg, or 4.9 L/100 km, while the old diesel manages 14 km per litre.",
     [F("returns [58 mpg],", "quantity", 58, "mile per gallon"),
      F("or [4.9 L/100 km],", "quantity", 4.9, "litre per 100 kilometre"),
      F("manages [14 km per litre].", "quantity", 14, "kilometre per litre")]),
    ("2024-03-20",  # 060
     ("Osmium has a density of 22.59 g/cm³, while the new aerogel weighs only 1.9 kilograms "
      "per cubic metre."),
     [F("of [22.59 g/cm³],", "quantity", 22.59, "gram per cubic centimetre"),
      F("only [1.9 kilograms per cubic metre].", "quantity", 1.9, "kilogram per cubic metre")]),
    (None,  # 061
     ("Tests in Flint found lead at 27 ppb, nearly double the 15 parts per billion action "
      "level, and nitrate at 62 mg/L."),
     [F("at [27 ppb],", "quantity", 27, "part per billion"),
      F("nearly [double] the", "fraction", 2, bound="approx"),
      F("the [15 parts per billion] action", "quantity", 15, "part per billion"),
      F("at [62 mg/L].", "quantity", 62, "milligram per litre")]),
    ("2024-11-06",  # 062
     ("Delhi's PM2.5 level hit 480 micrograms per cubic metre, 32 times the WHO guideline of "
      "15 µg/m³, as global CO2 concentrations reached 424 ppm."),
     [F("Delhi's [PM2.5] level", "identifier"),
      F("hit [480 micrograms per cubic metre],", "quantity", 480, "microgram per cubic metre"),
      F("metre, [32 times] the", "fraction", 32),
      F("of [15 µg/m³],", "quantity", 15, "microgram per cubic metre"),
      F("global [CO2] concentrations", "identifier"),
      F("reached [424 ppm].", "quantity", 424, "part per million")]),
    (None,  # 063
     ("The 67-year-old patient's blood sugar was 11.2 mmol/L and her cholesterol 190 mg/dL, "
      "the report noted."),
     [F("The [67-year-old] patient's", "duration", 67, "year", claimant="the report"),
      F("was [11.2 mmol/L] and", "quantity", 11.2, "millimole per litre",
        claimant="the report"),
      F("cholesterol [190 mg/dL],", "quantity", 190, "milligram per decilitre",
        claimant="the report")]),
    # ------------------------------------------------------------------ radiation / sound / quakes
    ("2023-04-17",  # 064
     ("Workers at the plant received up to 250 millisieverts, while a chest X-ray delivers "
      "0.1 mSv; soil samples showed 8,000 becquerels per kilogram of caesium."),
     [F("up to [250 millisieverts],", "quantity", 250, "millisievert", "le"),
      F("delivers [0.1 mSv];", "quantity", 0.1, "millisievert"),
      F("showed [8,000 becquerels per kilogram] of", "quantity", 8000,
        "becquerel per kilogram")]),
    (None,  # 065
     ("Jet engines reach 140 decibels at take-off, and new rules cap night-time noise near "
      "homes at 55 dB; a whisper is about 30 dB."),
     [F("reach [140 decibels] at", "quantity", 140, "decibel"),
      F("at [55 dB];", "quantity", 55, "decibel"),
      F("about [30 dB].", "quantity", 30, "decibel", "approx")]),
    ("2024-04-04",  # 066 (Thursday)
     ("A magnitude 7.4 earthquake struck 18 km south of Hualien at a depth of 34.8 "
      "kilometres at 7:58 a.m. local time on Wednesday, killing at least nine people."),
     [F("A [magnitude 7.4] earthquake", "quantity", 7.4, "magnitude"),
      F("struck [18 km] south", "quantity", 18, "kilometre"),
      F("depth of [34.8 kilometres] at", "quantity", 34.8, "kilometre"),
      F("at [7:58 a.m.] local", "time", 7 + 58 / 60),
      F("on [Wednesday],", "date", date="2024-04-03"),
      F("at least [nine] people", "count", 9, bound="ge", counted="people")]),
    # ------------------------------------------------------------------ time units
    (None,  # 067
     ("The astronauts spent 286 days in orbit, and the capsule's return took 17 hours; its "
      "four parachutes opened 40 seconds apart."),
     [F("spent [286 days] in", "duration", 286, "day"),
      F("took [17 hours];", "duration", 17, "hour"),
      F("its [four] parachutes", "count", 4, counted="parachutes"),
      F("opened [40 seconds] apart", "duration", 40, "second")]),
    ("2024-09-27",  # 068
     ("The asteroid, about 1,100 feet wide, will pass within 2.3 million miles of Earth in "
      "2029, roughly 10 times the distance to the Moon."),
     [F("about [1,100 feet] wide", "quantity", 1100, "foot", "approx"),
      F("within [2.3 million miles] of", "quantity", 2.3e6, "mile", "le"),
      F("in [2029],", "date", 2029, date="2029"),
      F("roughly [10 times] the", "fraction", 10, bound="approx")]),
    (None,  # 069
     ("The exchange's trading engine fills orders in 84 microseconds, and a new cable cut "
      "latency between London and New York by 2.6 milliseconds."),
     [F("in [84 microseconds],", "duration", 84, "microsecond"),
      F("by [2.6 milliseconds].", "duration", 2.6, "millisecond")]),
    # ------------------------------------------------------------------ counts and hedges
    ("2025-01-15",  # 070
     ("Over 1,000 homes were flooded, some 4,500 residents were evacuated and an estimated "
      "30,000 sheep drowned, officials said."),
     [F("Over [1,000] homes", "count", 1000, bound="gt", counted="homes", claimant="officials"),
      F("some [4,500] residents", "count", 4500, bound="approx", counted="residents",
        claimant="officials"),
      F("estimated [30,000] sheep", "count", 30000, bound="approx", counted="sheep",
        claimant="officials")]),
    (None,  # 071
     ("The festival expects as many as 80,000 visitors, at least 300 volunteers and no fewer "
      "than 40 food stalls, with approximately 1,200 police on duty."),
     [F("as many as [80,000] visitors", "count", 80000, bound="le", counted="visitors",
        claimant="the festival"),
      F("at least [300] volunteers", "count", 300, bound="ge", counted="volunteers",
        claimant="the festival"),
      F("no fewer than [40] food", "count", 40, bound="ge", counted="stalls",
        claimant="the festival"),
      F("approximately [1,200] police", "count", 1200, bound="approx", counted="police",
        claimant="the festival")]),
    ("2023-02-10",  # 072
     ("Fewer than 80 Sumatran rhinos remain in the wild, down from almost 800 in 1985, "
      "conservationists say."),
     [F("Fewer than [80] Sumatran", "count", 80, bound="lt", counted="rhinos",
        claimant="conservationists"),
      F("almost [800] in", "count", 800, bound="approx", counted="rhinos",
        claimant="conservationists"),
      F("in [1985],", "date", 1985, date="1985", claimant="conservationists")]),
    (None,  # 073
     ("Rescuers pulled 23 miners alive from the shaft, but 7 remain trapped 300 metres below "
      "ground, and reaching them could take 10 days or more."),
     [F("pulled [23] miners", "count", 23, counted="miners"),
      F("but [7] remain", "count", 7, counted="miners"),
      F("trapped [300 metres] below", "quantity", 300, "metre"),
      F("take [10 days] or more", "duration", 10, "day", "ge")]),
    ("2024-01-26",  # 074
     ("The charity fed 5,000+ families this winter and hopes to reach 10,000 plus next year; "
      "it already runs 120-plus food banks."),
     [F("fed [5,000]+ families", "count", 5000, bound="ge", counted="families"),
      F("reach [10,000] plus", "count", 10000, bound="ge", counted="families",
        claimant="the charity"),
      F("runs [120]-plus food", "count", 120, bound="ge", counted="banks")]),
    (None,  # 075
     ("Dozens of shops were looted and hundreds of cars torched, while thousands of police "
      "were deployed and millions of viewers watched the riots live."),
     [F("[Dozens] of shops", "count", 12, bound="ge", counted="shops", approximate=True),
      F("and [hundreds] of cars", "count", 100, bound="ge", counted="cars", approximate=True),
      F("while [thousands] of police", "count", 1000, bound="ge", counted="police",
        approximate=True),
      F("and [millions] of viewers", "count", 1e6, bound="ge", counted="viewers",
        approximate=True)]),
    ("2022-12-01",  # 076
     "Half a dozen ministers resigned within 48 hours, and a score of MPs signed the letter.",
     [F("[Half a dozen] ministers", "count", 6, counted="ministers"),
      F("within [48 hours],", "duration", 48, "hour", "le"),
      F("and [a score] of MPs", "count", 20, counted="MPs")]),
    (None,  # 077
     ("Nearly 9 in 10 teachers have considered quitting, and one in every five has taken sick "
      "leave for stress, the union's survey found."),
     [F("Nearly [9 in 10] teachers", "fraction", 0.9, bound="approx",
        claimant="the union's survey"),
      F("and [one in every five] has", "fraction", 0.2, claimant="the union's survey")]),
    ("2023-10-05",  # 078
     ("Unemployment is just under 4%, house prices are well over £300,000 on average, and the "
      "bank's profits came in north of £10bn, with close to 2,000 staff set to go."),
     [F("just under [4%],", "percent", 4, "percent", "lt"),
      F("well over [£300,000] on", "money", 3e5, "GBP", "gt"),
      F("north of [£10bn],", "money", 1e10, "GBP", "gt"),
      F("close to [2,000] staff", "count", 2000, bound="approx", counted="staff")]),
    (None,  # 079
     ("Pilots may fly a maximum of 900 hours annually and must rest a minimum of 10 hours "
      "between shifts; the round trip to Sydney takes 22 hours or so."),
     [F("maximum of [900 hours] annually", "duration", 900, "hour", "le"),
      F("minimum of [10 hours] between", "duration", 10, "hour", "ge"),
      F("takes [22 hours] or so", "duration", 22, "hour", "approx")]),
    ("2024-06-14",  # 080
     ("The painting sold for more or less $1.5m in New York, and the gallery says it drew 12 "
      "and a half percent more visitors than last year."),
     [F("more or less [$1.5m] in", "money", 1.5e6, "USD", "approx"),
      F("drew [12 and a half percent] more", "percent", 12.5, "percent",
        claimant="the gallery")]),
    # ------------------------------------------------------------------ spelled-out / mixed numbers
    (None,  # 081
     ("A retired nurse from Leeds won one hundred and fifty thousand pounds in the draw, and "
      "three hundred and twelve other players shared a smaller prize."),
     [F("won [one hundred and fifty thousand pounds] in", "money", 150000, "GBP"),
      F("and [three hundred and twelve] other", "count", 312, counted="players")]),
    ("2024-03-20",  # 082
     ("A hundred and fifty thousand people marched in Madrid, and organisers said they had "
      "collected two million five hundred thousand signatures."),
     [F("[A hundred and fifty thousand] people", "count", 150000, counted="people"),
      F("collected [two million five hundred thousand] signatures", "count", 2.5e6,
        counted="signatures", claimant="organisers")]),
    (None,  # 083
     ("Born in nineteen fifty-two, the singer has sold sixty million records and played more "
      "than two thousand concerts."),
     [F("in [nineteen fifty-two],", "date", 1952, date="1952"),
      F("sold [sixty million] records", "count", 6e7, counted="records"),
      F("than [two thousand] concerts", "count", 2000, bound="gt", counted="concerts")]),
    ("2025-01-15",  # 084
     ("The recipe calls for 2 ¼ cups of flour, three-quarters of a cup of sugar and one and a "
      "half teaspoons of baking soda."),
     [F("for [2 ¼ cups] of", "quantity", 2.25, "cup"),
      F("[three-quarters of a cup] of", "quantity", 0.75, "cup"),
      F("and [one and a half teaspoons] of", "quantity", 1.5, "teaspoon")]),
    (None,  # 085
     ("Two-fifths of the budget goes to health, a third to schools and 1/8 to defence; the "
      "rest, about ¼, pays interest on debt."),
     [F("[Two-fifths] of", "fraction", 0.4),
      F("health, [a third] to", "fraction", THIRD),
      F("and [1/8] to", "fraction", 0.125),
      F("about [¼],", "fraction", 0.25, bound="approx")]),
    ("2024-01-26",  # 086
     ("Sales of heat pumps doubled in 2023, solar installations tripled and battery imports "
      "rose tenfold, while coal use was halved; exports are four times higher than in 2019."),
     [F("pumps [doubled] in", "fraction", 2),
      F("in [2023],", "date", 2023, date="2023"),
      F("installations [tripled] and", "fraction", 3),
      F("rose [tenfold],", "fraction", 10),
      F("was [halved];", "fraction", 0.5),
      F("are [four times] higher", "fraction", 4),
      F("in [2019].", "date", 2019, date="2019")]),
    (None,  # 087
     ("The company's profit was 2.5 times that of its nearest rival, its share price has risen "
      "fivefold in a decade, and analysts forecast a 20-fold increase in orders."),
     [F("was [2.5 times] that", "fraction", 2.5),
      F("risen [fivefold] in", "fraction", 5),
      F("in [a decade],", "duration", 1, "decade"),
      F("a [20-fold] increase", "fraction", 20, claimant="analysts")]),
    ("2023-04-17",  # 088
     ("Engineers put the probability of a failure at 0.003, and the replacement bolt is .75 "
      "inches wide."),
     [F("at [0.003],", "number", 0.003, claimant="engineers"),
      F("is [.75 inches] wide", "quantity", 0.75, "inch")]),
    (None,  # 089
     ("The city recorded 1.2 million tourist visits, has 4 thousand hotel beds and welcomed "
      "2½ times as many cruise passengers as a decade ago."),
     [F("recorded [1.2 million] tourist", "count", 1.2e6, counted="visits"),
      F("has [4 thousand] hotel", "count", 4000, counted="beds"),
      F("welcomed [2½ times] as", "fraction", 2.5),
      F("as [a decade] ago", "duration", 1, "decade")]),
    ("2022-12-01",  # 090
     ("Some seven and a half million people live in the region, and two and three-quarter "
      "million of them are under eighteen."),
     [F("Some [seven and a half million] people", "count", 7.5e6, bound="approx",
        counted="people"),
      F("and [two and three-quarter million] of", "count", 2.75e6, counted="people"),
      F("under [eighteen].", "duration", 18, "year", "lt")]),
    # ------------------------------------------------------------------ dates and times
    ("2024-03-20",  # 091 (Wednesday)
     ("The council vote was held on 3/14/2024, the results were certified on March 18th, and "
      "the new council meets for the first time on the 4th of April."),
     [F("on [3/14/2024],", "date", date="2024-03-14"),
      F("on [March 18th],", "date", date="2024-03-18"),
      F("the [4th of April].", "date", date="2024-04-04")]),
    ("2023-06-09",  # 092 (Friday)
     ("Britain's inflation figures, due on 14/06/2023, will be followed by the Bank of "
      "England's decision on 22 June; its last rate rise came on 11 May."),
     [F("on [14/06/2023],", "date", date="2023-06-14"),
      F("on [22 June];", "date", date="2023-06-22"),
      F("on [11 May].", "date", date="2023-05-11")]),
    ("2022-12-01",  # 093 (Thursday)
     ("Police said the missing teenager was last seen last Tuesday at 3:30 p.m. near the "
      "station, and a second sighting was reported on Sunday at around midnight."),
     [F("last [Tuesday] at", "date", date="2022-11-29", claimant="police"),
      F("at [3:30 p.m.] near", "time", 15.5, claimant="police"),
      F("a [second] sighting", "ordinal", 2, claimant="police"),
      F("on [Sunday] at", "date", date="2022-11-27", claimant="police"),
      F("around [midnight].", "time", 0, bound="approx", claimant="police")]),
    ("2024-09-27",  # 094 (Friday)
     ("The FTSE 100 opened at 08:00 BST on Thursday and the Fed chair spoke at 15:30 GMT, "
      "shortly before US jobless claims came out at 8.30am ET."),
     [F("The [FTSE 100] opened", "identifier"),
      F("at [08:00] BST", "time", 8),
      F("on [Thursday] and", "date", date="2024-09-26"),
      F("at [15:30] GMT", "time", 15.5),
      F("at [8.30am] ET", "time", 8.5)]),
    (None,  # 095
     ("The ceasefire takes effect at noon on Sunday, and a curfew will run from 10 p.m. to 6 "
      "a.m., the army said."),
     [F("at [noon] on", "time", 12, claimant="the army"),
      F("on [Sunday], and", "date", claimant="the army"),
      F("from [10 p.m.] to", "time", 22, claimant="the army"),
      F("to [6 a.m.],", "time", 6, claimant="the army")]),
    ("2025-05-02",  # 096
     ("The summit, first held on Mar. 4, 1996, returns to Lisbon on Sept. 12, with sessions "
      "starting at nine o'clock each morning."),
     [F("on [Mar. 4, 1996],", "date", date="1996-03-04"),
      F("on [Sept. 12],", "date", date="2025-09-12"),
      F("at [nine o'clock] each", "time", 9)]),
    ("2024-11-06",  # 097 (Wednesday)
     ("Voters went to the polls on Tuesday, Nov. 5, and Pennsylvania was called at 5:34 a.m. "
      "on Wednesday; the new president takes office on January 20."),
     [F("on [Tuesday, Nov. 5], and", "date", date="2024-11-05"),
      F("at [5:34 a.m.] on", "time", 5 + 34 / 60),
      F("on [Wednesday];", "date", date="2024-11-06"),
      F("on [January 20].", "date", date="2025-01-20")]),
    ("2023-02-10",  # 098
     ("The cathedral, built in the 12th century, was restored in the 1870s and again between "
      "1998 and 2003, and reopened in the summer of 2021."),
     [F("the [12th century],", "date"),
      F("the [1870s] and", "date"),
      R("again [between 1998 and 2003],", "date", 1998, 2003),
      F("of [2021].", "date", 2021, date="2021")]),
    (None,  # 099
     ("The rule, introduced in '89, was tightened in 2015-16 and could be scrapped in the "
      "2030s."),
     [F("in ['89],", "date", 1989, date="1989"),
      F("in [2015-16] and", "date"),
      F("the [2030s].", "date")]),
    ("2024-06-14",  # 100 (Friday)
     ("The trial begins on Monday, June 17, and is expected to last until the end of July; "
      "the jurors were sworn in on the 10th."),
     [F("on [Monday, June 17], and", "date", date="2024-06-17"),
      F("of [July];", "date", date="2024-07"),
      F("the [10th].", "date", date="2024-06-10")]),
    ("2025-01-15",  # 101
     ("The contract runs from 2025-02-01 to 2027-01-31, with the first payment due on "
      "15.03.2025."),
     [F("from [2025-02-01] to", "date", date="2025-02-01"),
      F("to [2027-01-31],", "date", date="2027-01-31"),
      F("the [first] payment", "ordinal", 1),
      F("on [15.03.2025].", "date", date="2025-03-15")]),
    (None,  # 102
     ("In Reykjavik on 21 December the sun rises at 11:22 and sets at 15:29, giving just 4 "
      "hours and 7 minutes of daylight."),
     [F("on [21 December] the", "date"),
      F("at [11:22] and", "time", 11 + 22 / 60),
      F("at [15:29],", "time", 15 + 29 / 60),
      F("just [4 hours and 7 minutes] of", "duration", 247, "minute")]),
    # ------------------------------------------------------------------ durations and ages
    ("2023-10-05",  # 103 (Thursday)
     ("A 19-year-old man and his 17-year-old cousin were arrested on Tuesday, and the victim, "
      "aged 72, remains in hospital, police said. The pair could face up to 14 years in "
      "prison."),
     [F("A [19-year-old] man", "duration", 19, "year", claimant="police"),
      F("his [17-year-old] cousin", "duration", 17, "year", claimant="police"),
      F("on [Tuesday], and", "date", date="2023-10-03", claimant="police"),
      F("aged [72],", "duration", 72, "year", claimant="police"),
      F("up to [14 years] in", "duration", 14, "year", "le")]),
    (None,  # 104
     ("The actor, 81, said he had been working for six decades and would not retire before "
      "he turned 90."),
     [F("actor, [81],", "duration", 81, "year"),
      F("for [six decades] and", "duration", 6, "decade", claimant="the actor"),
      F("turned [90].", "duration", 90, "year", claimant="the actor")]),
    ("2023-04-17",  # 105
     ("The tortoise, thought to be 190 years old, has lived on the island since 1882; the "
      "oldest cat on record lived to 38 years and 3 months."),
     [F("be [190 years] old", "duration", 190, "year"),
      F("since [1882];", "date", 1882, date="1882"),
      F("to [38 years and 3 months].", "duration", 459, "month")]),
    (None,  # 106
     ("Workers will get 12 weeks of paid leave, up from a fortnight, and probation is cut to "
      "90 days; the reform took a year and a half to draft."),
     [F("get [12 weeks] of", "duration", 12, "week"),
      F("from [a fortnight],", "duration", 1, "fortnight"),
      F("to [90 days];", "duration", 90, "day"),
      F("took [a year and a half] to", "duration", 1.5, "year")]),
    ("2024-03-20",  # 107
     ("The walkout lasted 3½ days, the longest since a 10-day stoppage in 1984, and cost 2.5 "
      "million hours of work."),
     [F("lasted [3½ days],", "duration", 3.5, "day"),
      F("a [10-day] stoppage", "duration", 10, "day"),
      F("in [1984],", "date", 1984, date="1984"),
      F("cost [2.5 million hours] of", "duration", 2.5e6, "hour")]),
    # ------------------------------------------------------------------ identifiers
    (None,  # 108
     ("Flight BA283 from London to Los Angeles was diverted after an engine fault on the "
      "Boeing 787-9, and passengers were rebooked on AA137."),
     [F("Flight [BA283] from", "identifier"),
      F("the [Boeing 787-9],", "identifier"),
      F("on [AA137].", "identifier")]),
    ("2025-02-19",  # 109
     ("Traffic on the I-95 and Highway 401 was halted by snow, and a lorry fire closed the A1 "
      "near junction 6."),
     [F("the [I-95] and", "identifier"),
      F("and [Highway 401] was", "identifier"),
      F("the [A1] near", "identifier"),
      F("near [junction 6].", "identifier")]),
    (None,  # 110
     ("Section 230 of the Communications Decency Act shields platforms, but California's "
      "Proposition 22 and the EU's Regulation 2022/2065 impose new duties."),
     [F("[Section 230] of", "identifier"),
      F("California's [Proposition 22] and", "identifier"),
      F("EU's [Regulation 2022/2065] impose", "identifier")]),
    ("2023-10-05",  # 111
     ("G20 leaders discussed the COVID-19 recovery and 5G security, while Nvidia's RTX 4090 "
      "and H100 chips face new export curbs."),
     [F("[G20] leaders", "identifier"),
      F("the [COVID-19] recovery", "identifier"),
      F("and [5G] security", "identifier"),
      F("Nvidia's [RTX 4090] and", "identifier"),
      F("and [H100] chips", "identifier")]),
    (None,  # 112
     ("For help, call 1-800-555-0199 or text 741741; in the UK, dial 999 in an emergency or "
      "111 for advice."),
     [F("call [1-800-555-0199] or", "identifier"),
      F("text [741741];", "identifier"),
      F("dial [999] in", "identifier"),
      F("or [111] for", "identifier")]),
    ("2024-11-06",  # 113
     ("The Toyota Land Cruiser 300 is a 4x4 with a 3.3-litre V6 engine and seven seats."),
     [F("Toyota [Land Cruiser 300] is", "identifier"),
      F("a [4x4] with", "identifier"),
      F("a [3.3-litre] V6", "quantity", 3.3, "litre"),
      F("3.3-litre [V6] engine", "identifier"),
      F("and [seven] seats", "count", 7, counted="seats")]),
    (None,  # 114
     ("Apollo 11 landed on the Moon in 1969; our top 10 space stories of the year, including "
      "four astronauts' return, start on page 12."),
     [F("[Apollo 11] landed", "identifier"),
      F("in [1969];", "date", 1969, date="1969"),
      F("top [10] space", "count", 10, counted="stories"),
      F("including [four] astronauts", "count", 4, counted="astronauts"),
      F("on [page 12].", "identifier")]),
    ("2025-05-02",  # 115
     ("The PlayStation 5 has sold 65 million units, Windows 95 turns 30 this year, and "
      "version 2.4.1 of the app fixes the login bug."),
     [F("The [PlayStation 5] has", "identifier"),
      F("sold [65 million] units", "count", 6.5e7, counted="units"),
      F("[Windows 95] turns", "identifier"),
      F("turns [30] this", "duration", 30, "year"),
      F("and [version 2.4.1] of", "identifier")]),
    # ------------------------------------------------------------------ ranges
    (None,  # 116
     ("Forecasters expect 5-10 cm of rain, with 15 to 20 cm on high ground and between 30 and "
      "40 millimetres an hour at the storm's peak."),
     [R("expect [5-10 cm] of", "quantity", 5, 10, unit="centimetre", claimant="forecasters"),
      R("with [15 to 20 cm] on", "quantity", 15, 20, unit="centimetre",
        claimant="forecasters"),
      R("and [between 30 and 40 millimetres an hour] at", "quantity", 30, 40,
        unit="millimetre per hour", claimant="forecasters")]),
    ("2022-12-01",  # 117
     ("Residents living 5km-10km from the volcano were told to prepare to leave, those within "
      "5 km were evacuated, and ash rose 3,000-4,000 metres."),
     [R("living [5km-10km] from", "quantity", 5, 10, unit="kilometre"),
      F("within [5 km] were", "quantity", 5, "kilometre", "le"),
      R("rose [3,000-4,000 metres].", "quantity", 3000, 4000, unit="metre")]),
    (None,  # 118
     ("The Austin job pays $50,000 to $65,000 a year, and the company expects to hire "
      "200-250 engineers by March; rents nearby run from 2,000 to 3,000 dollars a month."),
     [R("pays [$50,000 to $65,000 a year],", "money", 50000, 65000, unit="USD"),
      R("hire [200-250] engineers", "count", 200, 250, counted="engineers",
        claimant="the company"),
      F("by [March];", "date", claimant="the company"),
      R("from [2,000 to 3,000 dollars a month].", "money", 2000, 3000, unit="USD")]),
    ("2024-09-27",  # 119
     ("Scientists estimate the glacier is losing 20 to 30 billion tonnes of ice a year and "
      "could raise sea levels by 0.5–1 metre by 2100."),
     [R("losing [20 to 30 billion tonnes] of", "quantity", 2e10, 3e10, unit="tonne",
        claimant="scientists"),
      R("by [0.5–1 metre] by", "quantity", 0.5, 1, unit="metre", claimant="scientists"),
      F("by [2100].", "date", 2100, date="2100", claimant="scientists")]),
    # ------------------------------------------------ conversions, claimants, sport
    (None,  # 120
     ("The Airbus A380 has a wingspan of 79.8 metres (261 ft 8 in) and a maximum take-off "
      "weight of 575 tonnes (1.27 million lb)."),
     [F("The [Airbus A380] has", "identifier"),
      F("wingspan of [79.8 metres] (", "quantity", 79.8, "metre"),
      F("([261 ft 8 in])", "quantity", 3140, "inch"),
      F("weight of [575 tonnes] (", "quantity", 575, "tonne"),
      F("([1.27 million lb])", "quantity", 1.27e6, "pound")]),
    ("2025-02-19",  # 121
     ("\u201cWe\u2019ve lost about 40% of our customers since the plant closed,\u201d said "
      "shop owner Dele Okafor, 58. \u201cRent alone is \u20a6450,000 a month.\u201d"),
     [F("about [40%] of", "percent", 40, "percent", "approx", claimant="Dele Okafor"),
      F("Okafor, [58].", "duration", 58, "year"),
      F("is [\u20a6450,000 a month].", "money", 450000, "NGN", claimant="Dele Okafor")]),
    ("2024-01-26",  # 122 (Friday)
     ("Finance Minister Nirmala Sitharaman said on Thursday that the deficit would narrow to "
      "5.1% of GDP and that ₹11.1 lakh crore would be spent on infrastructure."),
     [F("said on [Thursday] that", "date", date="2024-01-25"),
      F("narrow to [5.1%] of", "percent", 5.1, "percent", claimant="Nirmala Sitharaman"),
      F("that [₹11.1 lakh crore] would", "money", 1.11e13, "INR",
        claimant="Nirmala Sitharaman")]),
    (None,  # 123
     ("The average Briton drinks 876 cups of tea a year, and a 250ml mug holds roughly 75 mg "
      "of caffeine, the survey claims."),
     [F("drinks [876] cups", "count", 876, counted="cups", claimant="the survey"),
      F("a [250ml] mug", "quantity", 250, "millilitre", claimant="the survey"),
      F("roughly [75 mg] of", "quantity", 75, "milligram", "approx", claimant="the survey")]),
    ("2023-04-17",  # 124 (Monday)
     ("Sudan's army and the RSF agreed a 72-hour truce on Saturday, but fighting that has "
      "killed at least 185 people and injured over 1,800 resumed within hours, the UN envoy "
      "said."),
     [F("a [72-hour] truce", "duration", 72, "hour", claimant="the UN envoy"),
      F("on [Saturday], but", "date", date="2023-04-15", claimant="the UN envoy"),
      F("at least [185] people", "count", 185, bound="ge", counted="people",
        claimant="the UN envoy"),
      F("over [1,800] resumed", "count", 1800, bound="gt", counted="people",
        claimant="the UN envoy")]),
    (None,  # 125
     ("The world's population reached 8 billion in November 2022 and will peak at about 10.4 "
      "billion in the mid-2080s, the UN says."),
     [F("reached [8 billion] in", "count", 8e9, counted="people", claimant="UN"),
      F("in [November 2022] and", "date", date="2022-11", claimant="UN"),
      F("about [10.4 billion] in", "count", 1.04e10, bound="approx", counted="people",
        claimant="UN"),
      F("the [mid-2080s],", "date", claimant="UN")]),
    ("2024-06-14",  # 126
     ("Novak Djokovic, the No. 2 seed, beat the world's 23rd-ranked player 6-4, 7-6 to reach "
      "his 101st final."),
     [F("the [No. 2] seed", "ordinal", 2),
      F("world's [23rd]-ranked", "ordinal", 23),
      F("player [6]-4,", "number", 6),
      F("player 6-[4],", "number", 4),
      F("4, [7]-6 to", "number", 7),
      F("4, 7-[6] to", "number", 6),
      F("his [101st] final", "ordinal", 101)]),
    (None,  # 127
     ("Eliud Kipchoge won the Berlin marathon in 2:01:09, and the 10,000m world record "
      "stands at 26:11.00."),
     [F("in [2:01:09],", "duration", 7269, "second"),
      F("the [10,000m] world", "quantity", 10000, "metre"),
      F("at [26:11.00].", "duration", 1571, "second")]),
]
# fmt: on



def main(argv):
    return gt.written_set_main(argv, OUT, DOCS, "c2")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
