"""Build and validate tests/data/numbers_constructions5.jsonl: a fifth, independent
hand-written, hand-annotated "constructions" gold set for the number extractor.

Why: the extractor scores 1.000 on the sets it was tuned on and about 0.90 on a blind set;
more, and more varied, honestly annotated text measures generalisation. This set is
written the way an evaluation set for a QUANTITY EXTRACTOR on news would be: mostly single
news sentences (some two- or three-sentence items), each with one to a handful of figures,
deliberately spread over money in 40+ currencies and every notation (symbol before/after,
code before/after, currency name, "bn/m/k/tn/mn/crore", words "million/billion", subunits),
percentages and points, every physical dimension in metric and imperial units (full,
abbreviated, glued "5km"/"3.5GHz", hyphenated adjectives "a 10-kilometre walk"), rates and
compound units ("km/h", "per capita", "a head", "per barrel", "tonnes per hectare",
"litres per 100km"), counts, vague amounts, fractions and multipliers, numbers in words of
every size and mixed forms, decimals, negatives and scientific notation, ranges and bounds
in many phrasings, dates, times, durations and ages in many formats (documents with dates
carry a ``published`` date), ordinals, and non-figures that are identifiers or must be
skipped (team and brand names with digits, phone numbers, product models). The figure's
position varies (first word, last word, in brackets, after a colon, inside quotes).

What: 165 documents written from scratch by the annotator for this file (not copied from any
test suite, library, dataset or the earlier sets; public figures and places appear as in
news copy, numbers are illustrative, several company names are invented), each with at
least one figure, every figure annotated by hand right after writing the text. The
extractor was neither run nor read before this file was committed.

* ``doc_id`` ``c5-001`` ... in the order of ``DOCS``; ``title`` ""; split: every third
  document (c5-003, c5-006, ...) is ``c5-test`` (held out), the rest ``c5-dev``.
* ``published``: an ISO date for documents that contain relative dates (weekdays, months
  without a year), null for most others. Weekdays resolve with ``WD(published, day)`` =
  the most recent such weekday on/before the published date (README); documents with a
  published date refer only to past weekdays. Bare months and day-month dates resolve to
  the occurrence meant (past tense: latest on/before publication; future: the next one).

Notation (scripts/goldtools.py): ``F(ctx, kind, value, unit, bound, ...)`` where ``ctx`` is
verbatim document text with the figure's span in [brackets] (unique in the text);
``R(ctx, kind, low, high, ...)`` for ranges. Guidelines: tests/data/README.md
(numbers_gold.jsonl, including "Conventions added or revised in session 2"), followed
unchanged; where it is silent, the decisions of the earlier constructions sets (the fourth
set's where they differ), e.g. "$" = the dollar of the story's country (USD when none),
magnitude abbreviations folded into the value, exchange rates "X per dollar" money in the
priced currency with "per dollar" in the span and "to the dollar" outside it, "from" a
price -> ge, "topped/passed" -> gt, "upwards of"/"north of"/"in excess of" -> gt,
"an estimated" -> approx, forecasts claimed by their issuer, trailing "X said" /
"according to X" covers its sentence, "[first] nine months" ordinal, "2010-11" season
labels and decades -> date with nulls, "mid-2021"/"Q4 2023" -> date = the year, value
null, hyphenated count adjectives ("[two]-bedroom") -> count, basketball points ->
quantity "point", poll "points" -> percentage point, "plus or minus 3.1 percentage points"
-> eq, "over-[65]s" -> duration gt, phone numbers and product models -> identifier
(brand + model in one span: "Volvo XC40"), team/brand names with digits not annotated,
"a kilo"/"A pint" -> quantity 1 with the article in the span, "Scores of" -> 20,
"Dozens of" -> 12, "Tens of thousands" -> 1e4 (ge, approximate), "Act of 1996" -> date.

Decisions where the README and the four earlier sets are silent (taken before any scoring):

Money
- Currency marks: "zł"/"złotych" PLN, "Kč" CZK (space-grouped "1 450 Kč" = 1450), "HUF",
  "₴" UAH, "₽" RUB, "₺" TRY, "R" (South African story) ZAR, "KSh"/"Sh" (Kenyan story) KES,
  "E£" EGP, "GH₵" GHS, "Tk"/"taka" BDT, "Rp"/"rupiah" IDR, "baht"/"฿" THB, "₱"/"P" (Philippine
  story) PHP, "RM" MYR, "NT$" TWD, "RMB"/"renminbi"/"yuan" CNY, "riyals" SAR, "AED" AED,
  "Fr." (Swiss story) CHF, "kroner"/"NOK" NOK, "kronor" SEK, "kr" (Danish story) DKK,
  "COP" COP, "ARS" ARS, "pesos" in a Chilean story CLP, "bitcoin" BTC.
- A symbol written after the amount is in the span ("4.20 €", "9.50 CHF", "1,200 zł",
  "45 million EUR", "10m EUR").
- "R$32.6 bi" (Brazilian "bi" = bilhões) -> 3.26e10, folded like "bn".
- "C$2.4-billion" / "$300-million" (Canadian hyphenated style) -> one span, folded value.
- "20 euro cents" -> 20 cent (subunit rule; the validator allows only cent/penny units,
  so no piastres/paise are used in the texts).
- Exchange rates without a currency word take the priced currency of the story
  ("the ringgit ... to 4.47 per dollar" -> MYR); "beyond 100 per dollar" -> gt (like
  "passed"); "near COP 4,400" -> approx ("near" = "close to").
- "a head" and "per capita" denominators are inside the span like "per"/"a"
  ("$240 a head" USD 240); quantities keep the denominator as written in the unit
  ("11.8 tonnes per capita" -> "tonne per capita"); an elided figure takes it by unit
  ellipsis ("the global average of [4.7]" -> 4.7 "tonne per capita").
- "up to 2,500 AED (US$680)": the conversion shares the hedge (le), README rule.
- A price "runs to" X -> eq.

Percent
- "two-tenths of a percentage point" -> 0.2 percentage point; "5.2pp" -> percentage point.
- Signed figures keep the sign in the span and value: "[-0.2%]", "[+0.1%]", "[−38.5°C]",
  "[-21]" (an index reading, number).
- "the [second]" with an elided "quarter" is an ordinal.

Quantities
- Scientific notation is one span with its unit: "[3 × 10^8 metres per second]" = 3e8,
  "[1.67 × 10⁻²⁷ kg]" = 1.67e-27.
- Unit names added: "troy ounce" (money per troy ounce keeps USD), "millisievert",
  "part per billion", "gram per kilometre", "milligram per litre", "tonne per hectare",
  "metre per day", "metre per week", "litre per day", "megawatt", "tablespoon",
  "teaspoon", "yard".
- "2 lb 6 oz" -> one span, 38 ounce (README two-unit rule).
- "the 42.195km marathon course", "a 5,000-tonne vessel", "a 12V battery" -> quantity.
- "sank in [30 metres] of water" etc. -> quantity; "within [100 metres]" -> le.
- Temperatures "35 to 37 degrees" in a Spanish story -> degree celsius (country's scale).

Counts, fractions, ordinals
- "A few thousand" -> count 1000, ge, approximate, span with "A few" (like the blind set's
  "several hundred kilometres"). "a handful" is not annotated (like "few").
- "[half a million]" -> count 5e5; "[eleven hundred]" -> 1100; "[two dozen]" -> 24.
- "a crowd of [62,000]" / "put the crowd at [18,500]" -> counted "crowd" (head noun, like
  "population of 4,812" in the third set).
- "[one voter in three]" -> fraction 1/3, one span (like "one in four");
  "[nine out of 10]" -> 0.9; "[1 in 20]" -> 0.05.
- "[more than twice]" style: "twice" as a multiplier -> fraction 2; "[two-and-a-half
  times]" -> fraction 2.5; "[100 times] more sensitive" -> fraction 100; "threefold" -> 3.
- "shared [4.7m] times", "rolled over [14] times" -> count, counted "times".
- "the [seven]-time world champion" -> count 7, counted "time" (hyphenated count adjective).
- "the [1,000th] customer" -> ordinal 1000; "placing [twenty-first]" -> ordinal 21.
- "X estimates CLAUSE" -> the figures are X's and approx (an estimate).
- Data labels "Confirmed cases: [1,204]", "Deaths: [9]" -> counts, counted the label's noun
  as written ("cases", "Deaths"); "Key figures: [3.4 million] jobs" -> count "jobs".

Dates, times, durations, ages
- A clock interval across midnight ("from 10 p.m. to 6 a.m.") is two time figures (the
  third set makes only intervals that do not cross midnight one range).
  "[7am to 7pm]" (after "from", same day) is one range, "from" outside (like "from [5 to
  10 km]").
- "[a quarter to midnight]" -> time 23.75, the article in the span.
- "[10/14/2025]" (US order, unambiguous since 14 > 12) -> 2025-10-14.
- "[3 hrs 10 mins]" -> duration 190 minute (two-unit rule).
- "[A hundred years] ago" -> duration 100 year (like "a year ago").
- "[an hour] longer" -> duration 1 hour.
- Ages: "aged [six]", "her brother, [9]," -> duration year; "aged [between 18 and 24]" ->
  one range 18..24 with "between" in the span; "under-[18]s" -> lt (mirror of
  "over-[65]s").
- "[the early '60s]": only "'60s" is annotated (date, nulls), like "the late [80s]".
- "the Health Act [2006]" -> date 2006 (a year in a law's name, like "Act of 1996").

Identifiers (value null): "BA117", "No. 44", "iPhone 15", "A16", "Pixel 8", "Android 14",
"RTX 4090", "Volvo XC40", "737 MAX", "Room 101", "Section 12", "Tel Aviv 35" (an index
like "FTSE 100"), "M2" (money-supply measure), "5G", "CO2", "COVID-19", phone numbers
("0800 555 0123", "+44 20 7946 0958", the SMS short code "62222").
Not annotated: "76ers", "Schalke 04", "Hannover 96", "7-Eleven", "3M", "Formula One",
"for the first time", "a handful", "twice" as a frequency ("has been there twice").

Claimants
- Unnamed sources as written, lower case ("the regulator", "the minister", "organisers",
  "the foundation", "the farm ministry", "Ukraine's central bank").
- A survey share is the narrator's ("two-thirds of respondents said ...") while the
  content of what respondents said is claimed by "respondents".
- Ages in apposition after a quote's attribution ("said Anna Kowalczyk, 41,") are the
  narrator's.

Run:  .venv/bin/python scripts/annotate_numbers_constructions5.py            (write + validate)
      .venv/bin/python scripts/annotate_numbers_constructions5.py --check    (validate only)
"""

from __future__ import annotations

import sys

import goldtools as gt
from goldtools import F, R

OUT = gt.DATA / "numbers_constructions5.jsonl"
SPLITS = {"c5-dev", "c5-test"}
THIRD, TWO3 = 1 / 3, 2 / 3
UNITLESS = {"count", "fraction", "ordinal", "number", "date", "time", "identifier"}
WD = gt.last_weekday  # the most recent such weekday on/before the published date


# fmt: off
# Each entry: (published or None, text, [figures]).  doc_id = c5-NNN by position.
DOCS = [
    # ---------------------------------------------------------------- money, FX
    ("2025-04-10",  # 001
     ("The euro rose 0.6% to $1.1045 on Thursday, while sterling slipped to €1.1620 and the "
      "dollar firmed to CHF 0.8610."),
     [F("rose [0.6%] to", "percent", 0.6, "percent"),
      F("to [$1.1045] on", "money", 1.1045, "USD"),
      F("on [Thursday], while", "date", date=WD("2025-04-10", "Thursday")),
      F("to [€1.1620] and", "money", 1.162, "EUR"),
      F("to [CHF 0.8610].", "money", 0.861, "CHF")]),
    (None,  # 002
     ("Shares of Halvorsen Foods fell 12 per cent to 48.30 Norwegian kroner after the company "
      "cut its 2025 sales forecast to NOK 9.4 billion from NOK 10.1 billion."),
     [F("fell [12 per cent] to", "percent", 12, "percent"),
      F("to [48.30 Norwegian kroner] after", "money", 48.3, "NOK"),
      F("its [2025] sales", "date", 2025, date="2025", claimant="Halvorsen Foods"),
      F("to [NOK 9.4 billion] from", "money", 9.4e9, "NOK", claimant="Halvorsen Foods"),
      F("from [NOK 10.1 billion].", "money", 1.01e10, "NOK", claimant="Halvorsen Foods")]),
    (None,  # 003
     ("A one-way ticket on the new line costs 1 450 Kč (about €58), and the 310km trip takes "
      "2 hours 40 minutes."),
     [F("costs [1 450 Kč] (", "money", 1450, "CZK"),
      F("about [€58])", "money", 58, "EUR", "approx"),
      F("the [310km] trip", "quantity", 310, "kilometre"),
      F("takes [2 hours 40 minutes].", "duration", 160, "minute")]),
    ("2024-09-19",  # 004
     ("The Federal Reserve lowered its benchmark rate by half a percentage point on Wednesday, "
      "to a range of 4.75%-5%, the first cut since March 2020."),
     [F("by [half a percentage point] on", "percent", 0.5, "percentage point"),
      F("on [Wednesday], to", "date", date=WD("2024-09-19", "Wednesday")),
      R("range of [4.75%-5%], the", "percent", 4.75, 5, unit="percent"),
      F("the [first] cut", "ordinal", 1),
      F("since [March 2020].", "date", date="2020-03")]),
    ("2024-12-03",  # 005
     ("Inflation in Turkey eased to 38.1% in November, while the lira weakened past 35 to the "
      "dollar and a simit now costs ₺15 in Istanbul."),
     [F("to [38.1%] in", "percent", 38.1, "percent"),
      F("in [November], while", "date", date="2024-11"),
      F("past [35] to", "money", 35, "TRY", "gt"),
      F("costs [₺15] in", "money", 15, "TRY")]),
    (None,  # 006
     ("Kenya Power will raise tariffs by KSh 4.50 per kilowatt-hour, adding about Sh600 a month "
      "to a typical household bill, the regulator said."),
     [F("by [KSh 4.50 per kilowatt-hour],", "money", 4.5, "KES", claimant="the regulator"),
      F("about [Sh600 a month] to", "money", 600, "KES", "approx", claimant="the regulator")]),
    (None,  # 007
     ("Jakarta's minimum wage will rise 6.5% next year to Rp 5.4 million a month, while "
      "Bangkok workers will get 400 baht a day."),
     [F("rise [6.5%] next", "percent", 6.5, "percent"),
      F("to [Rp 5.4 million a month], while", "money", 5.4e6, "IDR"),
      F("get [400 baht a day].", "money", 400, "THB")]),
    (None,  # 008
     ("South Africa's rand firmed to R17.85 against the dollar, and the JSE all-share index "
      "closed up 1.2% at 84,310 points."),
     [F("to [R17.85] against", "money", 17.85, "ZAR"),
      F("up [1.2%] at", "percent", 1.2, "percent"),
      F("at [84,310 points].", "quantity", 84310, "point")]),
    ("2025-02-20",  # 009
     ("Egypt devalued its pound by almost 40% in March, taking the official rate to about 49.5 "
      "pounds per dollar. A kilo of sugar now costs E£35."),
     [F("by almost [40%] in", "percent", 40, "percent", "approx"),
      F("in [March], taking", "date", date="2024-03"),
      F("about [49.5 pounds per dollar].", "money", 49.5, "EGP", "approx"),
      F("[A kilo] of sugar", "quantity", 1, "kilogram"),
      F("costs [E£35].", "money", 35, "EGP")]),
    (None,  # 010
     ("The ringgit slipped 0.3% to 4.47 per dollar, Singapore's dollar traded at S$1.34 and "
      "Malaysia's sovereign fund booked a RM1.2 billion gain."),
     [F("slipped [0.3%] to", "percent", 0.3, "percent"),
      F("to [4.47 per dollar],", "money", 4.47, "MYR"),
      F("at [S$1.34] and", "money", 1.34, "SGD"),
      F("a [RM1.2 billion] gain", "money", 1.2e9, "MYR")]),
    (None,  # 011
     ("Seoul will spend ₩3.2tn (US$2.3bn) on chip subsidies, and Taiwan has earmarked NT$150 "
      "billion for AI over four years."),
     [F("spend [₩3.2tn] (", "money", 3.2e12, "KRW"),
      F("([US$2.3bn]) on", "money", 2.3e9, "USD"),
      F("earmarked [NT$150 billion] for", "money", 1.5e11, "TWD"),
      F("over [four years].", "duration", 4, "year")]),
    (None,  # 012
     ("\u201cWe paid 1,200 zł for the room and another 300 złotych for breakfast,\u201d said Anna "
      "Kowalczyk, 41, from Gdańsk."),
     [F("paid [1,200 zł] for", "money", 1200, "PLN", claimant="Anna Kowalczyk"),
      F("another [300 złotych] for", "money", 300, "PLN", claimant="Anna Kowalczyk"),
      F("Kowalczyk, [41], from", "duration", 41, "year")]),
    (None,  # 013
     ("Hungary's budget deficit reached HUF 3,270 billion in the first nine months, or 3.9% of "
      "GDP, the finance ministry said."),
     [F("reached [HUF 3,270 billion] in", "money", 3.27e12, "HUF",
        claimant="the finance ministry"),
      F("the [first] nine", "ordinal", 1, claimant="the finance ministry"),
      F("first [nine months], or", "duration", 9, "month", claimant="the finance ministry"),
      F("or [3.9%] of", "percent", 3.9, "percent", claimant="the finance ministry")]),
    (None,  # 014
     ("Ukraine's central bank held its key rate at 13.5% and said the hryvnia could trade at "
      "₴42-43 per dollar over the next 12 months."),
     [F("at [13.5%] and", "percent", 13.5, "percent"),
      R("at [₴42-43 per dollar] over", "money", 42, 43, unit="UAH",
        claimant="Ukraine's central bank"),
      F("next [12 months].", "duration", 12, "month", claimant="Ukraine's central bank")]),
    (None,  # 015
     ("Russia's rouble fell beyond 100 per dollar for the first time since March 2022, and "
      "petrol now costs ₽57 a litre."),
     [F("beyond [100 per dollar] for", "money", 100, "RUB", "gt"),
      F("since [March 2022], and", "date", date="2022-03"),
      F("costs [₽57 a litre].", "money", 57, "RUB")]),
    (None,  # 016
     ("An iced latte at the stadium costs 9.50 CHF, more than twice the 4.20 € charged across "
      "the border in Mulhouse."),
     [F("costs [9.50 CHF],", "money", 9.5, "CHF"),
      F("more than [twice] the", "fraction", 2, bound="gt"),
      F("the [4.20 €] charged", "money", 4.2, "EUR")]),
    (None,  # 017
     ("Tickets for the final sold for up to 2,500 AED (US$680) on resale sites, organisers in "
      "Dubai said."),
     [F("up to [2,500 AED] (", "money", 2500, "AED", "le", claimant="organisers"),
      F("([US$680]) on", "money", 680, "USD", "le", claimant="organisers")]),
    (None,  # 018
     ("Saudi Aramco will pay a base dividend of $21.1 billion for the quarter, and its shares "
      "fell 1.5% to 27.35 riyals."),
     [F("of [$21.1 billion] for", "money", 2.11e10, "USD"),
      F("fell [1.5%] to", "percent", 1.5, "percent"),
      F("to [27.35 riyals].", "money", 27.35, "SAR")]),
    (None,  # 019
     "Israel's shekel strengthened to 3.62 per dollar and the Tel Aviv 35 index rose 0.8%.",
     [F("to [3.62 per dollar] and", "money", 3.62, "ILS"),
      F("the [Tel Aviv 35] index", "identifier"),
      F("rose [0.8%].", "percent", 0.8, "percent")]),
    (None,  # 020
     ("Ghana's cedi has lost a fifth of its value this year, and a 50kg bag of rice now sells "
      "for GH₵1,200 in Accra markets."),
     [F("lost [a fifth] of", "fraction", 0.2),
      F("a [50kg] bag", "quantity", 50, "kilogram"),
      F("for [GH₵1,200] in", "money", 1200, "GHS")]),
    ("2024-11-29",  # 021
     ("Vietnam's exports rose 14.4% to $355.5 billion in the first 11 months, while the dong "
      "hit a record low of 25,480 per dollar on Wednesday."),
     [F("rose [14.4%] to", "percent", 14.4, "percent"),
      F("to [$355.5 billion] in", "money", 3.555e11, "USD"),
      F("the [first] 11", "ordinal", 1),
      F("first [11 months], while", "duration", 11, "month"),
      F("of [25,480 per dollar] on", "money", 25480, "VND"),
      F("on [Wednesday].", "date", date=WD("2024-11-29", "Wednesday"))]),
    (None,  # 022
     ("Bangladesh raised fuel prices by up to 51.7%, with diesel now at Tk 109 a litre and "
      "octane at 135 taka."),
     [F("up to [51.7%], with", "percent", 51.7, "percent", "le"),
      F("at [Tk 109 a litre] and", "money", 109, "BDT"),
      F("at [135 taka].", "money", 135, "BDT")]),
    (None,  # 023
     ("Pakistan secured a $7bn IMF loan, its 24th since 1958, after raising taxes worth "
      "Rs1.8tr."),
     [F("a [$7bn] IMF", "money", 7e9, "USD"),
      F("its [24th] since", "ordinal", 24),
      F("since [1958], after", "date", 1958, date="1958"),
      F("worth [Rs1.8tr].", "money", 1.8e12, "PKR")]),
    (None,  # 024
     ("The Philippine peso closed at ₱58.6 to the dollar, and a kilo of rice averaged P52 in "
      "Manila."),
     [F("at [₱58.6] to", "money", 58.6, "PHP"),
      F("and [a kilo] of rice", "quantity", 1, "kilogram"),
      F("averaged [P52] in", "money", 52, "PHP")]),
    (None,  # 025
     ("Chile's copper output fell 3% to 5.25 million tonnes, costing the treasury about 1.2 "
      "trillion pesos, or roughly US$1.3 billion."),
     [F("fell [3%] to", "percent", 3, "percent"),
      F("to [5.25 million tonnes],", "quantity", 5.25e6, "tonne"),
      F("about [1.2 trillion pesos],", "money", 1.2e12, "CLP", "approx"),
      F("roughly [US$1.3 billion].", "money", 1.3e9, "USD", "approx")]),
    ("2024-11-15",  # 026
     ("In Buenos Aires a kilo of beef cost ARS 9,800 in October, up from ARS 2,100 a year "
      "earlier."),
     [F("Aires [a kilo] of beef", "quantity", 1, "kilogram"),
      F("cost [ARS 9,800] in", "money", 9800, "ARS"),
      F("in [October], up", "date", date="2024-10"),
      F("from [ARS 2,100] a", "money", 2100, "ARS"),
      F("2,100 [a year] earlier", "duration", 1, "year")]),
    (None,  # 027
     ("Mexico's peso weakened to 20.4 per dollar after the central bank cut rates by 25 basis "
      "points to 10%. Colombia's central bank, meanwhile, kept its rate at 9.5% as the peso "
      "hovered near COP 4,400."),
     [F("to [20.4 per dollar] after", "money", 20.4, "MXN"),
      F("by [25 basis points] to", "percent", 25, "basis point"),
      F("to [10%].", "percent", 10, "percent"),
      F("at [9.5%] as", "percent", 9.5, "percent"),
      F("near [COP 4,400].", "money", 4400, "COP", "approx")]),
    (None,  # 028
     ("Nigeria's naira traded at ₦1,535 on the official market and at N1,700 on the street, a "
      "gap of about 11%."),
     [F("at [₦1,535] on", "money", 1535, "NGN"),
      F("at [N1,700] on", "money", 1700, "NGN"),
      F("about [11%].", "percent", 11, "percent", "approx")]),
    ("2024-06-12",  # 029
     ("China's new yuan loans rose to 950 billion yuan in May, below the 1.04 trillion yuan "
      "economists had expected, while M2 money supply grew 7% year on year."),
     [F("to [950 billion yuan] in", "money", 9.5e11, "CNY"),
      F("in [May], below", "date", date="2024-05"),
      F("the [1.04 trillion yuan] economists", "money", 1.04e12, "CNY", claimant="economists"),
      F("while [M2] money", "identifier"),
      F("grew [7%] year", "percent", 7, "percent")]),
    (None,  # 030
     ("Alibaba posted revenue of RMB 236.5bn for the quarter, up 5%, and net income of 43.9 "
      "billion renminbi."),
     [F("of [RMB 236.5bn] for", "money", 2.365e11, "CNY"),
      F("up [5%], and", "percent", 5, "percent"),
      F("of [43.9 billion renminbi].", "money", 4.39e10, "CNY")]),
    (None,  # 031
     ("Toyota raised its full-year operating profit forecast to ¥4.9 trillion, or about 33 "
      "billion dollars."),
     [F("to [¥4.9 trillion], or", "money", 4.9e12, "JPY", claimant="Toyota"),
      F("about [33 billion dollars].", "money", 3.3e10, "USD", "approx", claimant="Toyota")]),
    (None,  # 032
     ("Prime Minister Justin Trudeau pledged C$2.4-billion for artificial intelligence in "
      "Canada, including $300-million to help small firms adopt the technology."),
     [F("pledged [C$2.4-billion] for", "money", 2.4e9, "CAD"),
      F("including [$300-million] to", "money", 3e8, "CAD")]),
    (None,  # 033
     ("Auckland house prices dipped 0.4% to an average of NZ$1.08 million, Trade Me said, the "
      "lowest since mid-2021."),
     [F("dipped [0.4%] to", "percent", 0.4, "percent", claimant="Trade Me"),
      F("of [NZ$1.08 million], Trade", "money", 1.08e6, "NZD", claimant="Trade Me"),
      F("since [mid-2021].", "date", date="2021", claimant="Trade Me")]),
    (None,  # 034
     ("Sweden's Riksbank cut its policy rate to 2.5%, and a new Volvo XC40 now costs from "
      "489 900 kronor."),
     [F("to [2.5%], and", "percent", 2.5, "percent"),
      F("new [Volvo XC40] now", "identifier"),
      F("from [489 900 kronor].", "money", 489900, "SEK", "ge")]),
    (None,  # 035
     ("Novo Nordisk said Wegovy sales jumped 79% to DKK 17.3bn in the quarter, and it now "
      "expects full-year growth of 16-24% at constant exchange rates. A coffee at its "
      "Copenhagen headquarters costs 45 kr."),
     [F("jumped [79%] to", "percent", 79, "percent", claimant="Novo Nordisk"),
      F("to [DKK 17.3bn] in", "money", 1.73e10, "DKK", claimant="Novo Nordisk"),
      R("of [16-24%] at", "percent", 16, 24, unit="percent", claimant="Novo Nordisk"),
      F("costs [45 kr].", "money", 45, "DKK")]),
    (None,  # 036
     ("A pint of lager in central London now averages £6.94, 27p more than a year ago, while "
      "in Dublin it costs €7.50."),
     [F("[A pint] of lager", "quantity", 1, "pint"),
      F("averages [£6.94],", "money", 6.94, "GBP"),
      F("[27p] more", "money", 27, "penny"),
      F("than [a year] ago", "duration", 1, "year"),
      F("costs [€7.50].", "money", 7.5, "EUR")]),
    ("2023-05-25",  # 037
     ("The average household energy bill will fall by £149 to £1,568 a year from 1 July, "
      "Ofgem said."),
     [F("by [£149] to", "money", 149, "GBP", claimant="Ofgem"),
      F("to [£1,568 a year] from", "money", 1568, "GBP", claimant="Ofgem"),
      F("from [1 July], Ofgem", "date", date="2023-07-01", claimant="Ofgem")]),
    (None,  # 038
     ("The transfer fee was 45 million EUR plus add-ons worth up to 10m EUR, and the player "
      "will earn £250,000 a week."),
     [F("was [45 million EUR] plus", "money", 4.5e7, "EUR"),
      F("up to [10m EUR], and", "money", 1e7, "EUR", "le"),
      F("earn [£250,000 a week].", "money", 250000, "GBP")]),
    (None,  # 039
     "Motorway tolls will rise by 20 euro cents to €2.60 per car from January.",
     [F("by [20 euro cents] to", "money", 20, "cent"),
      F("to [€2.60 per car] from", "money", 2.6, "EUR"),
      F("from [January].", "date")]),
    (None,  # 040
     ("Starting salaries for graduates are around $65k, while senior engineers in the Bay Area "
      "earn north of $250K."),
     [F("around [$65k], while", "money", 65000, "USD", "approx"),
      F("north of [$250K].", "money", 250000, "USD", "gt")]),
    (None,  # 041
     ("Brazil's real closed at R$5.72, and Petrobras will pay shareholders R$0.47 per share "
      "after a profit of R$32.6 bi."),
     [F("at [R$5.72], and", "money", 5.72, "BRL"),
      F("shareholders [R$0.47 per share] after", "money", 0.47, "BRL"),
      F("of [R$32.6 bi].", "money", 3.26e10, "BRL")]),
    (None,  # 042
     ("Hong Kong's Hang Seng fell 2.1% and a parking space in Mid-Levels sold for HK$7.6 "
      "million, a record."),
     [F("fell [2.1%] and", "percent", 2.1, "percent"),
      F("for [HK$7.6 million], a", "money", 7.6e6, "HKD")]),
    # ---------------------------------------------------------------- percent, points
    (None,  # 043
     ("Unemployment rose two-tenths of a percentage point to 4.2%, the highest in almost three "
      "years."),
     [F("rose [two-tenths of a percentage point] to", "percent", 0.2, "percentage point"),
      F("to [4.2%],", "percent", 4.2, "percent"),
      F("almost [three years].", "duration", 3, "year", "approx")]),
    (None,  # 044
     "Support for the measure fell from 61 to 48 percent in a month, a drop of 13 points.",
     [F("from [61] to", "percent", 61, "percent"),
      F("to [48 percent] in", "percent", 48, "percent"),
      F("in [a month],", "duration", 1, "month"),
      F("of [13 points].", "percent", 13, "percentage point")]),
    (None,  # 045
     ("About one voter in three remains undecided, and the margin of error is plus or minus "
      "3.1 percentage points."),
     [F("About [one voter in three] remains", "fraction", THIRD, bound="approx"),
      F("minus [3.1 percentage points].", "percent", 3.1, "percentage point")]),
    (None,  # 046
     ("Mortgage rates hit 7.8pc, the highest since 2000, and the typical buyer now spends "
      "38pc of income on repayments."),
     [F("hit [7.8pc], the", "percent", 7.8, "percent"),
      F("since [2000], and", "date", 2000, date="2000"),
      F("spends [38pc] of", "percent", 38, "percent")]),
    (None,  # 047
     "Turnout was 67.3 per cent, up 5.2pp on 2019.",
     [F("was [67.3 per cent],", "percent", 67.3, "percent"),
      F("up [5.2pp] on", "percent", 5.2, "percentage point"),
      F("on [2019].", "date", 2019, date="2019")]),
    (None,  # 048
     "German GDP growth came in at -0.2% in the third quarter, after +0.1% in the second.",
     [F("at [-0.2%] in", "percent", -0.2, "percent"),
      F("the [third] quarter", "ordinal", 3),
      F("after [+0.1%] in", "percent", 0.1, "percent"),
      F("the [second].", "ordinal", 2)]),
    (None,  # 049
     ("The yield on 10-year Bunds rose 7 bps to 2.41%, while Italian spreads narrowed to 112 "
      "basis points."),
     [F("on [10-year] Bunds", "duration", 10, "year"),
      F("rose [7 bps] to", "percent", 7, "basis point"),
      F("to [2.41%], while", "percent", 2.41, "percent"),
      F("to [112 basis points].", "percent", 112, "basis point")]),
    (None,  # 050
     "Only 1 in 20 applicants is accepted, an acceptance rate below 5%.",
     [F("Only [1 in 20] applicants", "fraction", 0.05),
      F("below [5%].", "percent", 5, "percent", "lt")]),
    # ---------------------------------------------------------------- length, mass, volume
    (None,  # 051
     "The 42.195km marathon course climbs 120 metres in the first 10 kilometres.",
     [F("The [42.195km] marathon", "quantity", 42.195, "kilometre"),
      F("climbs [120 metres] in", "quantity", 120, "metre"),
      F("the [first] 10", "ordinal", 1),
      F("first [10 kilometres].", "quantity", 10, "kilometre")]),
    (None,  # 052
     ("Rescuers walked 11 miles (18km) through 3ft of snow to reach the cabin, which sits at "
      "9,400 feet."),
     [F("walked [11 miles] (", "quantity", 11, "mile"),
      F("([18km]) through", "quantity", 18, "kilometre"),
      F("through [3ft] of", "quantity", 3, "foot"),
      F("at [9,400 feet].", "quantity", 9400, "foot")]),
    (None,  # 053
     "The tiny frog measures just 7.7 mm, and the beetle it eats is under 1mm long.",
     [F("just [7.7 mm],", "quantity", 7.7, "millimetre"),
      F("under [1mm] long", "quantity", 1, "millimetre", "lt")]),
    (None,  # 054
     "A 10-kilometre walk burns roughly 500 calories for a 70kg adult.",
     [F("A [10-kilometre] walk", "quantity", 10, "kilometre"),
      F("roughly [500 calories] for", "quantity", 500, "calorie", "approx"),
      F("a [70kg] adult", "quantity", 70, "kilogram")]),
    (None,  # 055
     "Surgeons removed a 4.5-kilogram tumour from the 62-year-old patient's abdomen.",
     [F("a [4.5-kilogram] tumour", "quantity", 4.5, "kilogram"),
      F("the [62-year-old] patient", "duration", 62, "year")]),
    (None,  # 056
     "The parcel weighed 2 lb 6 oz, and shipping cost $18.40.",
     [F("weighed [2 lb 6 oz], and", "quantity", 38, "ounce"),
      F("cost [$18.40].", "money", 18.4, "USD")]),
    (None,  # 057
     "Police seized 1.2 tonnes of cocaine and 350kg of cannabis resin in the port of Algeciras.",
     [F("seized [1.2 tonnes] of", "quantity", 1.2, "tonne"),
      F("and [350kg] of", "quantity", 350, "kilogram")]),
    (None,  # 058
     ("The bridge can carry trucks of up to 44 tons, and its main span is 1,280 yards long."),
     [F("up to [44 tons], and", "quantity", 44, "ton", "le"),
      F("is [1,280 yards] long", "quantity", 1280, "yard")]),
    (None,  # 059
     ("The reservoir holds 2.3 billion cubic metres, and the town draws about 18 million "
      "litres a day from it."),
     [F("holds [2.3 billion cubic metres], and", "quantity", 2.3e9, "cubic metre"),
      F("about [18 million litres a day] from", "quantity", 1.8e7, "litre per day", "approx")]),
    (None,  # 060
     "The recipe calls for 250ml of milk, 2 tbsp of sugar and half a teaspoon of salt.",
     [F("for [250ml] of", "quantity", 250, "millilitre"),
      F("milk, [2 tbsp] of", "quantity", 2, "tablespoon"),
      F("and [half a teaspoon] of", "quantity", 0.5, "teaspoon")]),
    (None,  # 061
     ("US crude inventories fell by 4.5 million barrels to 430 million barrels, and gasoline "
      "stocks rose by 1.2m bbl."),
     [F("by [4.5 million barrels] to", "quantity", 4.5e6, "barrel"),
      F("to [430 million barrels], and", "quantity", 4.3e8, "barrel"),
      F("by [1.2m bbl].", "quantity", 1.2e6, "barrel")]),
    # ---------------------------------------------------------------- area, temperature
    (None,  # 062
     "The fire destroyed 4,000 hectares (9,884 acres) of forest in less than 48 hours.",
     [F("destroyed [4,000 hectares] (", "quantity", 4000, "hectare"),
      F("([9,884 acres]) of", "quantity", 9884, "acre"),
      F("less than [48 hours].", "duration", 48, "hour", "lt")]),
    (None,  # 063
     ("The flat measures 750 sq ft, or just under 70 square metres, and rents for £2,100 a "
      "month."),
     [F("measures [750 sq ft], or", "quantity", 750, "square foot"),
      F("just under [70 square metres], and", "quantity", 70, "square metre", "lt"),
      F("for [£2,100 a month].", "money", 2100, "GBP")]),
    (None,  # 064
     ("Wildfires have burned more than 1.1 million acres in California this year, an area "
      "larger than 4,450 km²."),
     [F("more than [1.1 million acres] in", "quantity", 1.1e6, "acre", "gt"),
      F("larger than [4,450 km²].", "quantity", 4450, "square kilometre", "gt")]),
    (None,  # 065
     "Temperatures fell to −38.5°C in Yakutsk overnight, while Miami basked in 82F.",
     [F("to [−38.5°C] in", "quantity", -38.5, "degree celsius"),
      F("in [82F].", "quantity", 82, "degree fahrenheit")]),
    (None,  # 066
     ("Preheat the oven to 220 degrees Celsius (428 degrees Fahrenheit) or gas mark 7 and bake "
      "for 25-30 minutes."),
     [F("to [220 degrees Celsius] (", "quantity", 220, "degree celsius"),
      F("([428 degrees Fahrenheit]) or", "quantity", 428, "degree fahrenheit"),
      F("or [gas mark 7] and", "quantity", 7, "gas mark"),
      R("for [25-30 minutes].", "duration", 25, 30, unit="minute")]),
    (None,  # 067
     ("Forecasters in Spain expect highs of 35 to 37 degrees in Madrid on the weekend and lows "
      "of around minus 2 in the Pyrenees."),
     [R("of [35 to 37 degrees] in", "quantity", 35, 37, unit="degree celsius",
        claimant="forecasters"),
      F("around [minus 2] in", "quantity", -2, "degree celsius", "approx",
        claimant="forecasters")]),
    # ---------------------------------------------------------------- speed, pressure, tech
    (None,  # 068
     ("Hurricane Milton's winds reached 180 mph, or about 290 km/h, and its central pressure "
      "fell to 897 millibars."),
     [F("reached [180 mph], or", "quantity", 180, "mile per hour"),
      F("about [290 km/h], and", "quantity", 290, "kilometre per hour", "approx"),
      F("to [897 millibars].", "quantity", 897, "millibar")]),
    (None,  # 069
     ("The ferry cruises at 22 knots, and gusts of 25 m/s were recorded at the harbour."),
     [F("at [22 knots], and", "quantity", 22, "knot"),
      F("of [25 m/s] were", "quantity", 25, "metre per second")]),
    (None,  # 070
     "The new chip runs at 3.5GHz, has 24 cores and draws up to 125W.",
     [F("at [3.5GHz],", "quantity", 3.5, "gigahertz"),
      F("has [24] cores", "count", 24, counted="cores"),
      F("up to [125W].", "quantity", 125, "watt", "le")]),
    (None,  # 071
     ("The plan promises 5G coverage for 95% of homes, with speeds of at least 100Mbps, by "
      "2030."),
     [F("promises [5G] coverage", "identifier"),
      F("for [95%] of", "percent", 95, "percent"),
      F("at least [100Mbps], by", "quantity", 100, "megabit per second", "ge"),
      F("by [2030].", "date", 2030, date="2030")]),
    (None,  # 072
     ("The laptop has a 14-inch screen, 16GB of memory and a 1TB drive, and weighs 1.24kg "
      "(2.7lb)."),
     [F("a [14-inch] screen", "quantity", 14, "inch"),
      F("screen, [16GB] of", "quantity", 16, "gigabyte"),
      F("a [1TB] drive", "quantity", 1, "terabyte"),
      F("weighs [1.24kg] (", "quantity", 1.24, "kilogram"),
      F("([2.7lb]).", "quantity", 2.7, "pound")]),
    (None,  # 073
     ("The plant will generate 1,100 megawatts, enough to power about 800,000 homes, and cut "
      "CO2 emissions by 3.2 million tonnes a year."),
     [F("generate [1,100 megawatts],", "quantity", 1100, "megawatt"),
      F("about [800,000] homes", "count", 800000, bound="approx", counted="homes"),
      F("cut [CO2] emissions", "identifier"),
      F("by [3.2 million tonnes a year].", "quantity", 3.2e6, "tonne per year")]),
    (None,  # 074
     ("Households used an average of 2,900 kWh of electricity last year, paying 24.5p per "
      "kWh."),
     [F("of [2,900 kWh] of", "quantity", 2900, "kilowatt hour"),
      F("paying [24.5p per kWh].", "money", 24.5, "penny")]),
    (None,  # 075
     "The battery stores 75 kWh and gives a range of 510km, or 317 miles, on a single charge.",
     [F("stores [75 kWh] and", "quantity", 75, "kilowatt hour"),
      F("of [510km], or", "quantity", 510, "kilometre"),
      F("or [317 miles], on", "quantity", 317, "mile")]),
    (None,  # 076
     "Noise from the new runway peaked at 94 decibels, well above the 65dB limit.",
     [F("at [94 decibels],", "quantity", 94, "decibel"),
      F("the [65dB] limit", "quantity", 65, "decibel")]),
    (None,  # 077
     ("Workers at the plant received doses of up to 250 millisieverts, five times the annual "
      "limit of 50 mSv."),
     [F("up to [250 millisieverts],", "quantity", 250, "millisievert", "le"),
      F("millisieverts, [five times] the", "fraction", 5),
      F("of [50 mSv].", "quantity", 50, "millisievert")]),
    ("2024-06-06",  # 078
     ("Atmospheric CO2 averaged 424.6 ppm in May, and methane levels topped 1,930 parts per "
      "billion."),
     [F("Atmospheric [CO2] averaged", "identifier"),
      F("averaged [424.6 ppm] in", "quantity", 424.6, "part per million"),
      F("in [May], and", "date", date="2024-05"),
      F("topped [1,930 parts per billion].", "quantity", 1930, "part per billion", "gt")]),
    (None,  # 079
     "The boiler runs at 1.5 bar, and the garden pump is rated at 90 psi.",
     [F("at [1.5 bar], and", "quantity", 1.5, "bar"),
      F("at [90 psi].", "quantity", 90, "pound per square inch")]),
    # ---------------------------------------------------------------- rates, compound units
    (None,  # 080
     "The car uses 4.2 litres per 100km, or 67 mpg, and emits 96g/km of CO2.",
     [F("uses [4.2 litres per 100km], or", "quantity", 4.2, "litre per 100 kilometre"),
      F("or [67 mpg], and", "quantity", 67, "mile per gallon"),
      F("emits [96g/km] of", "quantity", 96, "gram per kilometre"),
      F("of [CO2].", "identifier")]),
    (None,  # 081
     ("Wheat yields averaged 8.1 tonnes per hectare, against 7.4 t/ha a year earlier, the farm "
      "ministry said."),
     [F("averaged [8.1 tonnes per hectare],", "quantity", 8.1, "tonne per hectare",
        claimant="the farm ministry"),
      F("against [7.4 t/ha] a", "quantity", 7.4, "tonne per hectare",
        claimant="the farm ministry"),
      F("t/ha [a year] earlier", "duration", 1, "year", claimant="the farm ministry")]),
    (None,  # 082
     "Qatar's output per capita is about $81,000; Burundi's is just $240 a head.",
     [F("about [$81,000];", "money", 81000, "USD", "approx"),
      F("just [$240 a head].", "money", 240, "USD")]),
    (None,  # 083
     ("Luxembourgers emit 11.8 tonnes per capita, about three times the global average of "
      "4.7."),
     [F("emit [11.8 tonnes per capita],", "quantity", 11.8, "tonne per capita"),
      F("about [three times] the", "fraction", 3, bound="approx"),
      F("of [4.7].", "quantity", 4.7, "tonne per capita")]),
    (None,  # 084
     ("Cattle sold for 780 cents a kilogram at the Wagga saleyards, and lambs made up to A$310 "
      "a head."),
     [F("for [780 cents a kilogram] at", "money", 780, "cent"),
      F("up to [A$310 a head].", "money", 310, "AUD", "le")]),
    ("2024-10-07",  # 085
     "Brent crude rose $1.12 to $84.37 per barrel, its highest since April.",
     [F("rose [$1.12] to", "money", 1.12, "USD"),
      F("to [$84.37 per barrel],", "money", 84.37, "USD"),
      F("since [April].", "date", date="2024-04")]),
    (None,  # 086
     "Gold climbed 1.1% to $2,412.80 per troy ounce, while silver added 46 cents to $31.20/oz.",
     [F("climbed [1.1%] to", "percent", 1.1, "percent"),
      F("to [$2,412.80 per troy ounce],", "money", 2412.8, "USD"),
      F("added [46 cents] to", "money", 46, "cent"),
      F("to [$31.20/oz].", "money", 31.2, "USD")]),
    (None,  # 087
     "The speed limit on the stretch will drop from 70mph to 50 mph for 18 months.",
     [F("from [70mph] to", "quantity", 70, "mile per hour"),
      F("to [50 mph] for", "quantity", 50, "mile per hour"),
      F("for [18 months].", "duration", 18, "month")]),
    (None,  # 088
     "Buses average 14 km/h on the route and run every 7-8 minutes at peak times.",
     [F("average [14 km/h] on", "quantity", 14, "kilometre per hour"),
      R("every [7-8 minutes] at", "duration", 7, 8, unit="minute")]),
    (None,  # 089
     ("The tunnel boring machines advanced an average of 15 metres a day, or more than 100 "
      "metres per week."),
     [F("of [15 metres a day], or", "quantity", 15, "metre per day"),
      F("more than [100 metres per week].", "quantity", 100, "metre per week", "gt")]),
    (None,  # 090
     ("The board declared a dividend of 42 cents per share, and hotel rooms for the annual "
      "meeting cost $289 per night."),
     [F("of [42 cents per share], and", "money", 42, "cent"),
      F("cost [$289 per night].", "money", 289, "USD")]),
    (None,  # 091
     ("Mumbai's new coastal road cost ₹14,000 crore, or nearly Rs 1,000 crore per "
      "kilometre."),
     [F("cost [₹14,000 crore], or", "money", 1.4e11, "INR"),
      F("nearly [Rs 1,000 crore per kilometre].", "money", 1e10, "INR", "approx")]),
    # ---------------------------------------------------------------- counts, vague amounts
    (None,  # 092
     "Forty-two miners were rescued after 17 days underground, but three remain missing.",
     [F("[Forty-two] miners", "count", 42, counted="miners"),
      F("after [17 days] underground", "duration", 17, "day"),
      F("but [three] remain", "count", 3, counted="miners")]),
    (None,  # 093
     ("The festival drew 1.3 million visitors, about 200,000 more than last year, and relied "
      "on 4,500 volunteers."),
     [F("drew [1.3 million] visitors", "count", 1.3e6, counted="visitors"),
      F("about [200,000] more", "count", 200000, bound="approx", counted="visitors"),
      F("on [4,500] volunteers", "count", 4500, counted="volunteers")]),
    (None,  # 094
     "Dozens of flights were cancelled and hundreds of passengers spent the night at the airport.",
     [F("[Dozens] of flights", "count", 12, bound="ge", approximate=True, counted="flights"),
      F("and [hundreds] of passengers", "count", 100, bound="ge", approximate=True,
        counted="passengers")]),
    (None,  # 095
     ("Tens of thousands of people marched in Paris, according to organisers, while police put "
      "the crowd at 18,500."),
     [F("[Tens of thousands] of people", "count", 1e4, bound="ge", approximate=True,
        counted="people", claimant="organisers"),
      F("crowd at [18,500].", "count", 18500, counted="crowd", claimant="police")]),
    (None,  # 096
     ("A few thousand fans had gathered by noon, and a crowd of 62,000 was expected for the "
      "3pm kick-off."),
     [F("[A few thousand] fans", "count", 1000, bound="ge", approximate=True, counted="fans"),
      F("by [noon], and", "time", 12),
      F("crowd of [62,000] was", "count", 62000, counted="crowd"),
      F("the [3pm] kick-off", "time", 15)]),
    (None,  # 097
     ("The company has 12 stores, 340 employees and more than a million customers across three "
      "countries."),
     [F("has [12] stores", "count", 12, counted="stores"),
      F("stores, [340] employees", "count", 340, counted="employees"),
      F("more than [a million] customers", "count", 1e6, bound="gt", counted="customers"),
      F("across [three] countries", "count", 3, counted="countries")]),
    (None,  # 098
     "Scores of protesters and at least two dozen police officers were injured.",
     [F("[Scores] of protesters", "count", 20, bound="ge", approximate=True,
        counted="protesters"),
      F("at least [two dozen] police", "count", 24, bound="ge", counted="officers")]),
    (None,  # 099
     "Millions of viewers watched the debate, and the clip has since been shared 4.7m times.",
     [F("[Millions] of viewers", "count", 1e6, bound="ge", approximate=True, counted="viewers"),
      F("shared [4.7m] times", "count", 4.7e6, counted="times")]),
    (None,  # 100
     ("Around half a million people live in the flood zone, and some 15,000 homes lie within "
      "100 metres of the river."),
     [F("Around [half a million] people", "count", 5e5, bound="approx", counted="people"),
      F("some [15,000] homes", "count", 15000, bound="approx", counted="homes"),
      F("within [100 metres] of", "quantity", 100, "metre", "le")]),
    (None,  # 101
     ("More than half of the 27 EU member states missed the deadline, and a handful have yet "
      "to start."),
     [F("More than [half] of", "fraction", 0.5, bound="gt"),
      F("the [27] EU", "count", 27, counted="states")]),
    # ---------------------------------------------------------------- fractions, multipliers
    (None,  # 102
     ("Nearly two-thirds of respondents said prices had doubled since 2021, and a quarter said "
      "they had cut back on food."),
     [F("Nearly [two-thirds] of", "fraction", TWO3, bound="approx"),
      F("had [doubled] since", "fraction", 2, claimant="respondents"),
      F("since [2021], and", "date", 2021, date="2021", claimant="respondents"),
      F("and [a quarter] said", "fraction", 0.25)]),
    (None,  # 103
     "Profits tripled to €3.6bn, while costs rose threefold over the same period and debt halved.",
     [F("Profits [tripled] to", "fraction", 3),
      F("to [€3.6bn],", "money", 3.6e9, "EUR"),
      F("rose [threefold] over", "fraction", 3),
      F("debt [halved].", "fraction", 0.5)]),
    (None,  # 104
     ("The new telescope is 100 times more sensitive than Hubble and can see objects 10 billion "
      "light-years away."),
     [F("is [100 times] more", "fraction", 100),
      F("objects [10 billion light-years] away", "quantity", 1e10, "light year")]),
    (None,  # 105
     ("One in four children in the region is underweight, and nine out of 10 households lack "
      "clean water."),
     [F("[One in four] children", "fraction", 0.25),
      F("and [nine out of 10] households", "fraction", 0.9)]),
    (None,  # 106
     "Three-quarters of the vote had been counted by 11.30pm, with the incumbent on 52.4%.",
     [F("[Three-quarters] of", "fraction", 0.75),
      F("by [11.30pm], with", "time", 23.5),
      F("on [52.4%].", "percent", 52.4, "percent")]),
    # ---------------------------------------------------------------- numbers in words
    (None,  # 107
     "Twenty-three people have died and one hundred and five are in hospital, officials said.",
     [F("[Twenty-three] people", "count", 23, counted="people", claimant="officials"),
      F("and [one hundred and five] are", "count", 105, counted="people",
        claimant="officials")]),
    (None,  # 108
     "The ship carried three thousand four hundred tonnes of grain and a crew of nineteen.",
     [F("carried [three thousand four hundred tonnes] of", "quantity", 3400, "tonne"),
      F("crew of [nineteen].", "count", 19, counted="crew")]),
    (None,  # 109
     ("The budget sets aside one and a half billion pounds for flood defences over the next five "
      "years."),
     [F("aside [one and a half billion pounds] for", "money", 1.5e9, "GBP"),
      F("next [five years].", "duration", 5, "year")]),
    (None,  # 110
     ("About 1.5 million Syrians have returned home since the war ended, and a further 3 million "
      "remain in Turkey."),
     [F("About [1.5 million] Syrians", "count", 1.5e6, bound="approx", counted="Syrians"),
      F("further [3 million] remain", "count", 3e6, counted="Syrians")]),
    (None,  # 111
     ("The estate was sold for a quarter of a million dollars in 1987 and is now valued at "
      "$4m."),
     [F("for [a quarter of a million dollars] in", "money", 250000, "USD"),
      F("in [1987] and", "date", 1987, date="1987"),
      F("at [$4m].", "money", 4e6, "USD")]),
    (None,  # 112
     "The fund raised 2.5 billion euros, or two-and-a-half times its target.",
     [F("raised [2.5 billion euros], or", "money", 2.5e9, "EUR"),
      F("or [two-and-a-half times] its", "fraction", 2.5)]),
    (None,  # 113
     ("A hundred years ago the village had a thousand residents; today eleven hundred people "
      "live there."),
     [F("[A hundred years] ago", "duration", 100, "year"),
      F("had [a thousand] residents", "count", 1000, counted="residents"),
      F("today [eleven hundred] people", "count", 1100, counted="people")]),
    # ---------------------------------------------------------------- decimals, negatives, sci
    (None,  # 114
     ("Light travels at about 3 × 10^8 metres per second, and a proton weighs 1.67 × 10⁻²⁷ "
      "kg."),
     [F("about [3 × 10^8 metres per second], and", "quantity", 3e8, "metre per second",
        "approx"),
      F("weighs [1.67 × 10⁻²⁷ kg].", "quantity", 1.67e-27, "kilogram")]),
    (None,  # 115
     ("The water contained 0.004 milligrams per litre of lead, below the legal limit of 0.01 "
      "mg/L."),
     [F("contained [0.004 milligrams per litre] of", "quantity", 0.004, "milligram per litre"),
      F("of [0.01 mg/L].", "quantity", 0.01, "milligram per litre")]),
    ("2024-06-28",  # 116
     "The GfK consumer confidence index rose to -14 in June from -17 in May.",
     [F("to [-14] in", "number", -14),
      F("in [June] from", "date", date="2024-06"),
      F("from [-17] in", "number", -17),
      F("in [May].", "date", date="2024-05")]),
    (None,  # 117
     "The wallet held 0.25 bitcoin, worth roughly $16,000 at the time.",
     [F("held [0.25 bitcoin],", "money", 0.25, "BTC"),
      F("roughly [$16,000] at", "money", 16000, "USD", "approx")]),
    # ---------------------------------------------------------------- ranges, bounds
    (None,  # 118
     "The repairs will cost between £2m and £3m and take six to eight weeks.",
     [R("cost [between £2m and £3m] and", "money", 2e6, 3e6, unit="GBP"),
      R("take [six to eight weeks].", "duration", 6, 8, unit="week")]),
    (None,  # 119
     ("Analysts expect the stock to trade in a $45-$52 range, with an upside of 10–15 per "
      "cent."),
     [R("a [$45-$52] range", "money", 45, 52, unit="USD", claimant="analysts"),
      R("of [10–15 per cent].", "percent", 10, 15, unit="percent", claimant="analysts")]),
    (None,  # 120
     "Prices for a two-bedroom flat in the tower range from $3m to $5m.",
     [F("a [two]-bedroom", "count", 2, counted="bedroom"),
      R("from [$3m to $5m].", "money", 3e6, 5e6, unit="USD")]),
    (None,  # 121
     ("At least 40 people were killed and no fewer than 120 injured when the bus, carrying "
      "upwards of 60 passengers, plunged 200ft into a ravine."),
     [F("At least [40] people", "count", 40, bound="ge", counted="people"),
      F("than [120] injured", "count", 120, bound="ge", counted="people"),
      F("upwards of [60] passengers", "count", 60, bound="gt", counted="passengers"),
      F("plunged [200ft] into", "quantity", 200, "foot")]),
    (None,  # 122
     ("The ship can carry a maximum of 2,400 passengers and no more than 900 crew, and it sails "
      "at speeds in excess of 24 knots."),
     [F("maximum of [2,400] passengers", "count", 2400, bound="le", counted="passengers"),
      F("than [900] crew", "count", 900, bound="le", counted="crew"),
      F("excess of [24 knots].", "quantity", 24, "knot", "gt")]),
    (None,  # 123
     "Inflation is forecast to stay below 3% next year, with growth of 1.5% or less, the IMF said.",
     [F("below [3%] next", "percent", 3, "percent", "lt", claimant="IMF"),
      F("of [1.5%] or less", "percent", 1.5, "percent", "le", claimant="IMF")]),
    (None,  # 124
     ("Shares traded above $200 for the first time, roughly 40% over their IPO price of "
      "$143.50."),
     [F("above [$200] for", "money", 200, "USD", "gt"),
      F("roughly [40%] over", "percent", 40, "percent", "approx"),
      F("of [$143.50].", "money", 143.5, "USD")]),
    (None,  # 125
     "The jackpot, now more than £120m, has rolled over 14 times; a ticket costs £2.50.",
     [F("than [£120m], has", "money", 1.2e8, "GBP", "gt"),
      F("over [14] times", "count", 14, counted="times"),
      F("costs [£2.50].", "money", 2.5, "GBP")]),
    # ---------------------------------------------------------------- dates, times, ages
    ("2024-03-08",  # 126
     ("The strike, which began on Monday, will last until 5 p.m. on March 15 and could cost the "
      "economy €500m a day."),
     [F("on [Monday], will", "date", date=WD("2024-03-08", "Monday")),
      F("until [5 p.m.] on", "time", 17),
      F("on [March 15] and", "date", date="2024-03-15"),
      F("economy [€500m a day].", "money", 5e8, "EUR")]),
    ("2025-05-02",  # 127
     ("Polls closed at 10pm BST on Thursday, with results due from around 2am on Friday; "
      "turnout in 2021 was 35%."),
     [F("at [10pm] BST", "time", 22),
      F("on [Thursday], with", "date", date=WD("2025-05-02", "Thursday")),
      F("around [2am] on", "time", 2, bound="approx"),
      F("on [Friday];", "date", date=WD("2025-05-02", "Friday")),
      F("in [2021] was", "date", 2021, date="2021"),
      F("was [35%].", "percent", 35, "percent")]),
    ("2023-11-20",  # 128
     ("The 80-year-old singer, who turned professional in the early '60s, will play 12 dates "
      "next spring, starting on 3 April."),
     [F("The [80-year-old] singer", "duration", 80, "year"),
      F("the early ['60s], will", "date"),
      F("play [12] dates", "count", 12, counted="dates"),
      F("on [3 April].", "date", date="2024-04-03")]),
    ("2024-07-26",  # 129
     ("The Games open in Paris today, 100 years after the city last hosted them in 1924, with "
      "10,500 athletes competing in 329 events over 16 days."),
     [F("today, [100 years] after", "duration", 100, "year"),
      F("in [1924], with", "date", 1924, date="1924"),
      F("with [10,500] athletes", "count", 10500, counted="athletes"),
      F("in [329] events", "count", 329, counted="events"),
      F("over [16 days].", "duration", 16, "day")]),
    ("2024-02-29",  # 130
     ("Born on 29 February 1944, she celebrates only her 20th real birthday today, at the age "
      "of 80."),
     [F("on [29 February 1944], she", "date", date="1944-02-29"),
      F("her [20th] real", "ordinal", 20),
      F("age of [80].", "duration", 80, "year")]),
    ("2025-01-03",  # 131
     "Flight BA117 to New York left Heathrow at 14:25 GMT on 2 January, 3 hrs 10 mins late.",
     [F("Flight [BA117] to", "identifier"),
      F("at [14:25] GMT", "time", 14 + 25 / 60),
      F("on [2 January],", "date", date="2025-01-02"),
      F("January, [3 hrs 10 mins] late", "duration", 190, "minute")]),
    (None,  # 132
     "The trial, scheduled to open on 10/14/2025, is expected to last two to three weeks.",
     [F("on [10/14/2025], is", "date", date="2025-10-14"),
      R("last [two to three weeks].", "duration", 2, 3, unit="week")]),
    (None,  # 133
     ("Construction began in the 1990s, was halted from 2008 to 2012 and finished in Q4 2023, "
      "ending a 30-year saga."),
     [F("the [1990s], was", "date"),
      R("from [2008 to 2012] and", "date", 2008, 2012),
      F("in [Q4 2023], ending", "date", date="2023"),
      F("a [30-year] saga", "duration", 30, "year")]),
    ("2024-05-20",  # 134
     ("Voting ran from 7am to 7pm on Sunday, and polling stations in 1,200 villages stayed open "
      "an hour longer."),
     [R("from [7am to 7pm] on", "time", 7, 19),
      F("on [Sunday], and", "date", date=WD("2024-05-20", "Sunday")),
      F("in [1,200] villages", "count", 1200, counted="villages"),
      F("open [an hour] longer", "duration", 1, "hour")]),
    (None,  # 135
     "The girl, aged six, and her brother, 9, were found 36 hours later, 3 km from home.",
     [F("aged [six], and", "duration", 6, "year"),
      F("brother, [9], were", "duration", 9, "year"),
      F("found [36 hours] later", "duration", 36, "hour"),
      F("later, [3 km] from", "quantity", 3, "kilometre")]),
    ("2024-10-01",  # 136
     ("The law takes effect on Jan. 1, 2025, and gives companies 90 days to comply; it was "
      "passed on Sept. 12."),
     [F("on [Jan. 1, 2025], and", "date", date="2025-01-01"),
      F("companies [90 days] to", "duration", 90, "day"),
      F("on [Sept. 12].", "date", date="2024-09-12")]),
    (None,  # 137
     "In the 2010–11 season the club finished 4th, its best showing since the 1980s.",
     [F("the [2010–11] season", "date"),
      F("finished [4th], its", "ordinal", 4),
      F("the [1980s].", "date")]),
    (None,  # 138
     ("The store's 1,000th customer received a ticket worth £45 as part of its 3rd anniversary "
      "celebrations."),
     [F("store's [1,000th] customer", "ordinal", 1000),
      F("worth [£45] as", "money", 45, "GBP"),
      F("its [3rd] anniversary", "ordinal", 3)]),
    (None,  # 139
     ("She finished second in the 5,000m, 0.8 seconds behind the winner, after placing "
      "twenty-first a year earlier."),
     [F("finished [second] in", "ordinal", 2),
      F("the [5,000m],", "quantity", 5000, "metre"),
      F("5,000m, [0.8 seconds] behind", "duration", 0.8, "second"),
      F("placing [twenty-first] a", "ordinal", 21),
      F("twenty-first [a year] earlier", "duration", 1, "year")]),
    (None,  # 140
     ("The curfew runs from 10 p.m. to 6 a.m.; the first train leaves at 05:42 and the last "
      "departs at a quarter to midnight."),
     [F("from [10 p.m.] to", "time", 22),
      F("to [6 a.m.];", "time", 6),
      F("the [first] train", "ordinal", 1),
      F("at [05:42] and", "time", 5.7),
      F("at [a quarter to midnight].", "time", 23.75)]),
    (None,  # 141
     "The 90-minute film took a decade to make, and its premiere started half an hour late.",
     [F("The [90-minute] film", "duration", 90, "minute"),
      F("took [a decade] to", "duration", 1, "decade"),
      F("started [half an hour] late", "duration", 0.5, "hour")]),
    (None,  # 142
     ("Voters aged between 18 and 24 backed the party by a margin of 14 points, while the "
      "over-65s split evenly; under-18s cannot vote."),
     [R("aged [between 18 and 24] backed", "duration", 18, 24, unit="year"),
      F("margin of [14 points],", "percent", 14, "percentage point"),
      F("the over-[65]s", "duration", 65, "year", "gt"),
      F("under-[18]s cannot", "duration", 18, "year", "lt")]),
    ("2024-08-14",  # 143
     ("The heatwave, now in its 10th day, pushed Tokyo to 39.1C on Tuesday, and 1,120 people "
      "were taken to hospital with heatstroke in the week to Sunday."),
     [F("its [10th] day", "ordinal", 10),
      F("to [39.1C] on", "quantity", 39.1, "degree celsius"),
      F("on [Tuesday], and", "date", date=WD("2024-08-14", "Tuesday")),
      F("and [1,120] people", "count", 1120, counted="people"),
      F("week to [Sunday].", "date", date=WD("2024-08-14", "Sunday"))]),
    # ---------------------------------------------------------------- identifiers, non-figures
    (None,  # 144
     "Call 0800 555 0123 or +44 20 7946 0958 for details, or text HELP to 62222.",
     [F("Call [0800 555 0123] or", "identifier"),
      F("or [+44 20 7946 0958] for", "identifier"),
      F("to [62222].", "identifier")]),
    (None,  # 145
     ("The Philadelphia 76ers beat the Charlotte Hornets 112-104, with Joel Embiid scoring 41 "
      "points in 36 minutes."),
     [F("Hornets [112]-104,", "number", 112),
      F("Hornets 112-[104],", "number", 104),
      F("scoring [41 points] in", "quantity", 41, "point"),
      F("in [36 minutes].", "duration", 36, "minute")]),
    (None,  # 146
     "Schalke 04 drew 1-1 with Hannover 96 in front of 61,000 fans at the Veltins-Arena.",
     [F("drew [1]-1 with", "number", 1),
      F("drew 1-[1] with", "number", 1),
      F("of [61,000] fans", "count", 61000, counted="fans")]),
    (None,  # 147
     "Apple's iPhone 15 uses the A16 chip, while Google's Pixel 8 runs Android 14.",
     [F("Apple's [iPhone 15] uses", "identifier"),
      F("the [A16] chip", "identifier"),
      F("Google's [Pixel 8] runs", "identifier"),
      F("runs [Android 14].", "identifier")]),
    (None,  # 148
     ("Nvidia's RTX 4090 graphics card, launched at $1,599, has 24GB of memory and 16,384 "
      "cores."),
     [F("Nvidia's [RTX 4090] graphics", "identifier"),
      F("at [$1,599], has", "money", 1599, "USD"),
      F("has [24GB] of", "quantity", 24, "gigabyte"),
      F("and [16,384] cores", "count", 16384, counted="cores")]),
    (None,  # 149
     "Room 101 was closed under Section 12 of the Health Act 2006 after inspectors found 14 faults.",
     [F("[Room 101] was", "identifier"),
      F("under [Section 12] of", "identifier"),
      F("Health Act [2006] after", "date", 2006, date="2006"),
      F("found [14] faults", "count", 14, counted="faults")]),
    (None,  # 150
     ("Lewis Hamilton, the seven-time world champion, drove car No. 44 to victory at the 2024 "
      "British Grand Prix."),
     [F("the [seven]-time", "count", 7, counted="time"),
      F("car [No. 44] to", "identifier"),
      F("the [2024] British", "date", 2024, date="2024")]),
    ("2024-04-10",  # 151
     ("Boeing delivered 44 jets in March, including 33 737 MAX planes, while Airbus handed over "
      "63 aircraft."),
     [F("delivered [44] jets", "count", 44, counted="jets"),
      F("in [March], including", "date", date="2024-03"),
      F("including [33] 737", "count", 33, counted="planes"),
      F("33 [737 MAX] planes", "identifier"),
      F("over [63] aircraft", "count", 63, counted="aircraft")]),
    (None,  # 152
     ("Formula One's 24-race calendar includes two races in Italy; 7-Eleven and 3M are among the "
      "sponsors."),
     [F("One's [24]-race", "count", 24, counted="race"),
      F("includes [two] races", "count", 2, counted="races")]),
    # ---------------------------------------------------------------- positions, quotes
    (None,  # 153
     ("\u201cWe lost 30 per cent of our harvest in two weeks,\u201d said farmer Ramón Ortiz. "
      "\u201cAnother 10,000 euros in losses and we close.\u201d"),
     [F("lost [30 per cent] of", "percent", 30, "percent", claimant="Ramón Ortiz"),
      F("in [two weeks],", "duration", 2, "week", claimant="Ramón Ortiz"),
      F("Another [10,000 euros] in", "money", 10000, "EUR", claimant="Ramón Ortiz")]),
    (None,  # 154
     "Key figures: 3.4 million jobs created; unemployment 3.9%; wages up 4.1%.",
     [F("figures: [3.4 million] jobs", "count", 3.4e6, counted="jobs"),
      F("unemployment [3.9%];", "percent", 3.9, "percent"),
      F("up [4.1%].", "percent", 4.1, "percent")]),
    ("2024-01-18",  # 155
     "1,500 homes remain without power (down from 24,000 on Tuesday).",
     [F("[1,500] homes", "count", 1500, counted="homes"),
      F("from [24,000] on", "count", 24000, counted="homes"),
      F("on [Tuesday]).", "date", date=WD("2024-01-18", "Tuesday"))]),
    (None,  # 156
     ("The minister said the scheme would cost \u201cno more than £40 million\u201d and create "
      "2,000 jobs by 2027."),
     [F("than [£40 million]\u201d", "money", 4e7, "GBP", "le", claimant="the minister"),
      F("create [2,000] jobs", "count", 2000, counted="jobs", claimant="the minister"),
      F("by [2027].", "date", 2027, date="2027", claimant="the minister")]),
    (None,  # 157
     ("Seventy-five years after the war ended, only 240,000 survivors are still alive, the "
      "foundation estimates."),
     [F("[Seventy-five years] after", "duration", 75, "year", claimant="the foundation"),
      F("only [240,000] survivors", "count", 240000, bound="approx", counted="survivors",
        claimant="the foundation")]),
    (None,  # 158
     ("\u201cThe repairs will take 15 years,\u201d Mayor Karen Bass said, \u201cand cost at "
      "least $2 billion.\u201d"),
     [F("take [15 years],", "duration", 15, "year", claimant="Karen Bass"),
      F("at least [$2 billion].", "money", 2e9, "USD", "ge", claimant="Karen Bass")]),
    (None,  # 159
     "'We need 5,000 more nurses by 2026,' the health secretary told MPs.",
     [F("need [5,000] more", "count", 5000, counted="nurses", claimant="the health secretary"),
      F("by [2026],", "date", 2026, date="2026", claimant="the health secretary")]),
    ("2024-03-14",  # 160
     "Confirmed cases: 1,204 (up 87 from Monday). Deaths: 9.",
     [F("cases: [1,204] (", "count", 1204, counted="cases"),
      F("up [87] from", "count", 87, counted="cases"),
      F("from [Monday])", "date", date=WD("2024-03-14", "Monday")),
      F("Deaths: [9].", "count", 9, counted="Deaths")]),
    (None,  # 161
     ("The 5,000-tonne vessel, powered by two 12-cylinder engines, sank in 30 metres of water "
      "off Crete."),
     [F("The [5,000-tonne] vessel", "quantity", 5000, "tonne"),
      F("by [two] 12", "count", 2, counted="engines"),
      F("two [12]-cylinder", "count", 12, counted="cylinder"),
      F("in [30 metres] of", "quantity", 30, "metre")]),
    (None,  # 162
     ("Most staff work a 40-hour week, and the plant's backup system runs on a 12V battery for "
      "up to 72 hours."),
     [F("a [40-hour] week", "duration", 40, "hour"),
      F("a [12V] battery", "quantity", 12, "volt"),
      F("up to [72 hours].", "duration", 72, "hour", "le")]),
    (None,  # 163
     ("The COVID-19 vaccine was 95% effective in a trial of 43,000 people, the company said; "
      "its chief executive has visited the plant twice."),
     [F("The [COVID-19] vaccine", "identifier", claimant="the company"),
      F("was [95%] effective", "percent", 95, "percent", claimant="the company"),
      F("of [43,000] people", "count", 43000, counted="people", claimant="the company")]),
    (None,  # 164
     "Average rent in Zurich is CHF 2,900 a month, and a 3-room flat runs to Fr. 3,400.",
     [F("is [CHF 2,900 a month], and", "money", 2900, "CHF"),
      F("a [3]-room", "count", 3, counted="room"),
      F("to [Fr. 3,400].", "money", 3400, "CHF")]),
    ("2024-08-01",  # 165
     ("The ECB's deposit rate stands at 3.75%, down 25bp since June, and markets price in two "
      "further cuts by December."),
     [F("at [3.75%], down", "percent", 3.75, "percent"),
      F("down [25bp] since", "percent", 25, "basis point"),
      F("since [June], and", "date", date="2024-06"),
      F("in [two] further", "count", 2, counted="cuts"),
      F("by [December].", "date", date="2024-12")]),
]
# fmt: on



def main(argv):
    return gt.written_set_main(argv, OUT, DOCS, "c5")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
