"""Build and validate tests/data/numbers_ieer3.jsonl from hand-written annotations.

A third numbers gold set from NLTK's IE-ER corpus (1998 NYT/APW newswire), annotated by
hand to OUR guidelines (tests/data/README.md, numbers_gold.jsonl, with the session-2
conventions), not to IE-ER's NUMEX/TIMEX tags, which were ignored entirely.  It extends
numbers_ieer.jsonl and numbers_ieer2.jsonl (scripts/annotate_numbers_ieer.py,
scripts/annotate_numbers_ieer2.py) with the same text definition, tooling and decisions;
every document was read and annotated by hand, and the extractor, the evaluator and
``src/analysis/numbers.py`` were neither run nor read before the annotations were
written and committed.  Where the README is silent the decisions of the two earlier
IE-ER scripts (and through them the WSJ and constructions sets) are followed; the
further decisions are listed below.

Source and document text (identical to numbers_ieer/numbers_ieer2)::

    docs = analysis.evaluate.entities.read_ieer_documents(
        "../shared/nltk_data/corpora/ieer.zip")        # 94 documents, corpus order

``text`` is the reader's plain ``<TEXT>`` body, offsets index it; ``doc_id`` = DOCNO,
``published`` = the ``<DATE_TIME>`` date (ISO), ``title`` = "".

Selection (corpus order)::

    ieer3-dev : even indices 2, 10, 18, ... (every 4th even index), first 10 kept
    ieer3-test: odd indices 3, 11, 19, ...  (every 4th odd index),  first 6 kept
    a document is skipped (the next in the same stride taken) if it has > 7,000
    characters, its DOCNO is in numbers_ieer.jsonl / numbers_ieer2.jsonl (none is hit:
    those sets used indices 0/1 and 4/5 modulo 8), or its text is a near-duplicate of a
    document of those sets or of one already taken here (DUPLICATES below; checked
    again by ``overlap_errors``: no two documents share half their sentences)

Skipped: index 18, APW19980314.0443 (the Afula bus-station story of index 10,
APW19980314.0418, re-sent with two words changed: a duplicate inside ieer3-dev);
index 11, APW19980314.0419 (the speed-skating story of ieer2-dev's APW19980314.0398,
extended); index 27, APW19980424.0872 (the Malawi judge story of ieer-test's
APW19980424.0893, extended); index 43, NYT19980315.0063 (7,216 characters).  So
ieer3-dev is indices 2, 10, 26, 34, 42, 50, 58, 66, 74, 82 and ieer3-test 3, 19, 35,
51, 59, 67.  ieer3-dev lies inside the IE-ER evaluator's even (tuning) split, ieer3-test
inside its odd (held-out) split.

Each annotation is ``F(ctx, kind, value, ...)`` / ``R(ctx, kind, low, high, ...)`` where
``ctx`` is a verbatim piece of the document with the figure's span in [square brackets]
(scripts/goldtools.py).

Decisions where the README and the earlier sets are silent (taken while annotating,
before any scoring):
- Names: "the Second Vatican Council", "the Seventh Malaysia Plan" / "the Seventh
  Plan", "20th Century Fox", "Fox 2000", "Louis XIV", "Paul VI", "John Paul II", "World
  War II" -> not annotated (ordinals and numbers inside names: constructions "First
  Amendment", ieer2 "8th Circuit").  "the No. 1 spot" -> ordinal span "No. 1" (ieer
  "No. 4 seed").  "the first time Jewish representatives had sat down" -> ordinal 1
  (only the idiom "for the first time" is excluded; constructions4 "for the ninth
  time"); "The first oil from Azerbaijan" -> ordinal 1; adverbial "first reported" not.
- Not annotated: "centuries of animosity", "for years", "Down through the centuries"
  (a unit noun without a numeral, like "for years"; unlike "thousands of"); "a pair
  of federal agents" (like "a couple of" / "The pair", numbers_dev2/constructions2);
  "the double" (a doppelganger, not a multiplier); "never make a dime" (idiom, like
  ieer2's "In a minute"); "an extra paid day off" (a benefit item: the article belongs
  to the noun phrase, not an amount of time); "year-ago", "Last year", "last fall",
  "earlier this month", "one ... another" ("from one domestic priority to another"),
  "one of ...", "No one", "a handful", "few", "several", "a Dutch, a Canadian".
- "The answer is [one] word", "add [one] number to the wrong list" -> count 1 (ieer
  determiner "one" with a noun).  "the [two] of them" (Chaym and Matthew, no antecedent
  noun) -> counted "people" (ieer2 "[10] of us" -> "people").  Elided count nouns:
  "wounding [27] others" -> "others"; "injuring [45]", "injured [hundreds] more", "a
  nation of around [17 million]" -> "people"; "[42,051], of the 235,000 low-cost
  houses" -> "houses"; "[115] from NBC" -> "journalists"; auto sales "reached [15.1
  million]", "the [15.5 million] annual rate", "the [15 to 15.5 million] range" ->
  "vehicles" (constructions3 "an annual rate of 3.86 million" -> "homes").  "Little
  Rock's [175,000] population" -> counted "population".  "[scores] of Muslims" -> count
  20, ge, approximate (constructions4).  "[five] cars and trucks" -> counted "cars and
  trucks".
- Vague money: "[tens of thousands of dollars]" -> money 1e4 USD ge approximate (ieer
  "several tens of million"; span with the currency, like "[millions of ringgit]");
  "[several thousand dollars]" -> 1e3 ge approximate.
- "in the [$20 million] range" -> approx (the "range" hedges a single amount); a range
  "in the [15 to 15.5 million] range" is a range, eq.  "an estimated [$17.5 million]",
  "an estimated [400,000] people" -> approx (WSJ); "estimated [$50,000 a day]" (verb of a
  named person) -> approx (wsj2 "estimated at") and claimant the estimator; "a reported
  [$2.5 million]" -> eq, narrator (ieer "reportedly" -> narrator).  "at least [$1,000]"
  -> ge; "[a month] or more" -> duration 1 month, ge (trailing "or more" like "or
  older").  "only" is not a hedge.
- Rates: "[$10,000 a week]", "[$50,000 a day]", "[$250 a day]" -> money with the
  attached denominator in the span (README).  "[0.9 percent] per year" -> span without
  the denominator (constructions3 "[5.25 percent] a year"; a percent keeps unit
  "percent").  "[76.40 kroner] ([dlrs 10.6]) an hour": the parenthesis separates the
  denominator, so neither span includes "an hour".  "2 kroner" -> DKK, "28 cents" ->
  28 cent (README subunits), "dlrs 10.6" -> USD (ieer).  "[one-tenth of 1 percent]" ->
  one percent span, 0.1 (README "half a percentage point").
- Dates: "BETWEEN [1996] and last year" -> date 1996 only ("last year" is a relative
  expression without a number, not annotated, so it cannot close a range).  "From
  [mid-May] to the end of [June]" -> two dates (1998-05, 1998-06; the inner words
  keep it from being one "May to July" range span).  "in the year [2002]" -> span
  the year.  Generic weekdays and months -> date null: the Sabbath "begins at sundown
  [Friday] and ends at sundown on [Saturday]", "[Friday] prayers" (the weekly
  congregational prayer), "the Hamptons in [August]".  Future references resolve
  forward (ieer): "made public on [Monday]", "begin on [Monday]", "until [April 27]",
  "by [June 1]", "through [July 2]", "the [May 28] referendum", "[Tuesday]'s St.
  Patrick's Day offering" (1998-03-17); past bare months before the publication month
  resolve to 1998 when earlier in 1998 ("in [January]", "in [March]"), else to 1997
  ("convicted ... in [November]").  "until"/"through"/"by" + a date are deadlines,
  bound eq.  "[8 p.m.] ET" -> time 20, the zone outside the span.
- Durations: "[a year] earlier" and "[a minute] later" -> duration 1 (README "a year",
  ieer2 "[A year] ago"); "in [an hour] of reminiscence" -> duration 1 hour; ages
  "nearly [20-year-old] papacy" (approx), "[64-year-old]", "at [19]", "at [14]",
  "turned [50]" -> duration year (README ages); "the [240-year]-terms" -> span the
  measure without the glued noun.  "[three-fourths-inch]" -> quantity 0.75 inch;
  "[7-degree] slant" -> quantity 7 degree.
- Claimants (ieer/ieer2 rules): a lead ending in ", police said" / "security officials
  said" / "authorities said" -> that source for every figure of the reported clause
  (ieer "media reports"); "On [Friday], Georgia and Turkey signed ..., the ITAR-Tass news
  agency reported" -> "ITAR-Tass" (the fronted adverbial is inside the reported clause);
  "the House was told yesterday" (agentless passive, blind-set decision) -> narrator;
  "rejected media speculation that ... the [May 28] referendum" -> "Poul Nyrup
  Rasmussen" (README quotes: "rejected claims that CLAUSE" is reported speech of the
  rejecter); "portraying him as a naive [21-year-old] Jordanian" (the lawyer's
  argument) -> "Louis R. Aidala"; "news organizations complained of hotels wanting
  [tens of thousands of dollars] ... [45 days] ... the [May 27] trial date" ->
  "news organizations" (a speech act with an NP object, ieer2 "They point to");
  "Ms. Ward proposed charging them [$15,000] ..., plus [$250 a day]" -> "Linda Ward";
  "was calculating that he was out at least $1,000" (cognition) -> narrator; "The
  restaurant manager added that ... [$10,000 a week]" -> "the restaurant manager"
  (unnamed, as written).  Companies by their full name as introduced ("General Motors
  Corp." for "GM said", "Ford Motor Co.", "Chrysler Corp.", "Jaguar" for "Ford's Jaguar
  unit said"); "The Vatican said" -> "Vatican"; "President Clinton" -> "Clinton" (the
  story never gives a first name).  Dates in the attribution clause ("said Friday",
  "announced Friday", "told Ismoil on Friday") and appositive ages of a speaker or of
  the subject of an attribution ("said David Umansky, ..., which had planned to break
  ground on the [250,000-square-foot] project") -> narrator.

Run:  .venv/bin/python scripts/annotate_numbers_ieer3.py            (write + validate)
      .venv/bin/python scripts/annotate_numbers_ieer3.py --check    (validate only)
      .venv/bin/python scripts/annotate_numbers_ieer3.py --uncovered (also list digits
                                                                     outside every span)
"""

from __future__ import annotations

import re
import sys

import goldtools as gt
from goldtools import F, R

from analysis.paths import nltk_data_dir

OUT = gt.DATA / "numbers_ieer3.jsonl"
PREVIOUS = (gt.DATA / "numbers_ieer.jsonl", gt.DATA / "numbers_ieer2.jsonl")
IEER = nltk_data_dir() / "corpora" / "ieer.zip"  # ../shared, $ANALYSIS_SHARED or $NLTK_DATA
SPLITS = ("ieer3-dev", "ieer3-test")
FIRST = {"ieer3-dev": 2, "ieer3-test": 3}
N_DEV, N_TEST, STRIDE, MAX_CHARS = 10, 6, 8, 7000
# near-duplicate texts: skipped document -> the document (here or in an earlier set) it repeats
DUPLICATES = {
    "APW19980314.0443": "APW19980314.0418",  # ieer3-dev, index 10
    "APW19980314.0419": "APW19980314.0398",  # ieer2-dev
    "APW19980424.0872": "APW19980424.0893",  # ieer-test
}

SO, GM, FORD = "security officials", "General Motors Corp.", "Ford Motor Co."
PCFK, RZ, RR = "Peter Chin Fah Kui", "Ronald L. Zarrella", "Robert L. Rewey"
NO, LW, DC = "news organizations", "Linda Ward", "Douglas Cardinal"

ANN = {
    "APW19980314.0393": [
        F("More than [10 years] after", "duration", 10, "year", bound="gt"),
        F("The Vatican said [Saturday] the", "date", date="1998-03-14"),
        F("made public on [Monday].", "date", date="1998-03-16", claimant="Vatican"),
        F("was a [1965] statement", "date", 1965, date="1965"),
        F("his nearly [20-year-old] papacy", "duration", 20, "year", bound="approx"),
        F("came on [Sept. 1, 1987], during", "date", date="1987-09-01"),
        F("was the [first] time Jewish", "ordinal", 1),
        F("at the [1987] meeting", "date", 1987, date="1987"),
        F("with Israel in [1995].", "date", 1995, date="1995"),
        F("synagogue in [1986].", "date", 1986, date="1986"),
    ],
    "APW19980314.0418": [
        F("A man was injured [Saturday] in", "date", date="1998-03-14", claimant="police"),
        F("attack in [April 1994],", "date", date="1994-04"),
        F("killing [nine] people", "count", 9, counted="people"),
        F("and injuring [45].", "count", 45, counted="people"),
        F("When [Saturday]'s blast", "date", date="1998-03-14"),
        F("at sundown [Friday] and", "date"),
        F("at sundown on [Saturday].", "date"),
    ],
    "APW19980424.0870": [
        F("central San`a [Friday], killing", "date", date="1998-04-24", claimant=SO),
        F("killing [three] people", "count", 3, counted="people", claimant=SO),
        F("wounding [27] others", "count", 27, counted="others", claimant=SO),
        F("as [scores] of Muslims", "count", 20, bound="ge", counted="Muslims",
          approximate=True, claimant=SO),
        F("performing [Friday] prayers", "date", claimant=SO),
        F("included [two] U.S. citizens", "count", 2, counted="citizens"),
        F("At least [ten] of the injured", "count", 10, bound="ge", counted="injured",
          claimant=SO),
        F("of around [17 million] on", "count", 1.7e7, bound="approx", counted="people"),
        F("from a [1994] civil war", "date", 1994, date="1994"),
        F("reached in [1990] between", "date", 1990, date="1990"),
    ],
    "APW19980424.0894": [
        F("COPYRIGHT [1998] BY", "date", 1998, date="1998"),
        F("BETWEEN [1996] and last year", "date", 1996, date="1996"),
        F("only [21.3 per cent], or", "percent", 21.3, "percent"),
        F("or [42,051], of the", "count", 42051, counted="houses"),
        F("of the [235,000] low-cost", "count", 235000, counted="houses"),
        F("achieved [47.34 per cent] of", "percent", 47.34, "percent", claimant=PCFK),
        F("Johor [41.77 per cent],", "percent", 41.77, "percent", claimant=PCFK),
        F("Malacca [40.80 per cent] and", "percent", 40.80, "percent", claimant=PCFK),
        F("Lumpur [39.93 per cent].", "percent", 39.93, "percent", claimant=PCFK),
        F("was below [30 per cent].", "percent", 30, "percent", bound="lt", claimant=PCFK),
    ],
    "APW19980429.1268": [
        F("Police said [Wednesday] that", "date", date="1998-04-29"),
        F("that a [19-year-old] man", "duration", 19, "year", claimant="police"),
        F("killing an [11-year-old] girl", "duration", 11, "year", claimant="police"),
        F("the girl home [April 3].", "date", date="1998-04-03"),
        F("Koermend, [200 kilometers] (", "quantity", 200, "kilometre"),
        F("([125 miles]) southwest", "quantity", 125, "mile"),
    ],
    "NYT19980315.0073": [
        F("The answer is [one] word", "count", 1, counted="word"),
        F("The blond [23-year-old] actor", "duration", 23, "year"),
        F("grossed more than [$1 billion] worldwide", "money", 1e9, "USD", bound="gt"),
        F("remain in the [No. 1] spot", "ordinal", 1),
        F("an estimated [$17.5 million].", "money", 17.5e6, "USD", bound="approx"),
        F("for a reported [$2.5 million].", "money", 2.5e6, "USD"),
        F("He earned about [$6 million] for", "money", 6e6, "USD", bound="approx"),
        F("in the [$20 million] range", "money", 20e6, "USD", bound="approx"),
        F("best supporting actor at [19] for", "duration", 19, "year"),
        F("Boy's Life'' ([1993]),", "date", 1993, date="1993"),
        F("Juliet' '' in [1996], with", "date", 1996, date="1996"),
        F("commercials at [14] and", "duration", 14, "year"),
    ],
    "NYT19980403.0456": [
        F("budget proposal on [Friday] and", "date", date="1998-04-03"),
        F("in his [first] day back", "ordinal", 1),
        F("after [12 days] in Africa", "duration", 12, "day"),
        F("budget for the [1999] fiscal year", "date", 1999, date="1999"),
        F("dismissal on [Wednesday] of", "date", date="1998-04-01"),
        F("approving a [$1.73 trillion] spending", "money", 1.73e12, "USD"),
        F("plan on [Thursday] night", "date", date="1998-04-02"),
        F("passing a [six-year], $217 billion", "duration", 6, "year"),
        F("six-year, [$217 billion] transportation", "money", 217e9, "USD"),
        F("that saves [millions] of children's lives", "count", 1e6, bound="ge",
          counted="lives", approximate=True, claimant="Clinton"),
        F("Senate floor by [June 1],", "date", date="1998-06-01", claimant="Trent Lott"),
        F("said [Friday]'s appearance", "date", date="1998-04-03",
          claimant="White House officials"),
        F("who turned [50] while", "duration", 50, "year"),
        F("before he turned [50], as", "duration", 50, "year", claimant="Clinton"),
    ],
    "NYT19980403.0475": [
        F("a prominent [64-year-old] Canadian", "duration", 64, "year"),
        F("life of the [$110 million] project", "money", 110e6, "USD"),
        F("between the [two] firms", "count", 2, counted="firms",
          claimant="Smithsonian officials"),
        F("ground on the [250,000-square-foot] project", "quantity", 250000, "square foot"),
        F("in the year [2002].", "date", 2002, date="2002", claimant="David Umansky"),
        F("can do until [April 27].", "date", date="1998-04-27"),
        F("for himself [12 miles] from", "quantity", 12, "mile"),
        F("was his [first] major U.S.", "ordinal", 1),
        F("advanced him [$150,000], but", "money", 150000, "USD"),
        F("was ``[$300,000] in the hole", "money", 300000, "USD", claimant=DC),
        F("In the early [1980s] he", "date"),
    ],
    "NYT19980403.0495": [
        F("garage in [1993] and", "date", 1993, date="1993"),
        F("killed [six] people", "count", 6, counted="people"),
        F("injured [hundreds] more", "count", 100, bound="ge", counted="people",
          approximate=True),
        F("sentenced on [Friday] to", "date", date="1998-04-03"),
        F("to [240 years] in prison", "duration", 240, "year"),
        F("along with him in [November].", "date", date="1997-11"),
        F("imposed a [$250,000] fine", "money", 250000, "USD"),
        F("to pay [$10 million] in restitution", "money", 10e6, "USD"),
        F("the last of [six] defendants", "count", 6, counted="defendants"),
        F("will add [one] number to", "count", 1, counted="number", claimant="Eyad Ismoil"),
        F("matches the [240-year]-terms", "duration", 240, "year"),
        F("on the [five] other men", "count", 5, counted="men"),
        F("a naive [21-year-old] Jordanian", "duration", 21, "year",
          claimant="Louis R. Aidala"),
        F("During [Friday]'s proceeding", "date", date="1998-04-03"),
        F("sentencing Yousef in [January],", "date", date="1998-01"),
        F("told Ismoil on [Friday].", "date", date="1998-04-03"),
    ],
    "NYT19980407.0221": [
        F("Tenn., [30 years] ago.", "duration", 30, "year"),
        F("self-conscious [24-year-old] acolyte", "duration", 24, "year"),
        F("after the [two] of them have", "count", 2, counted="people"),
        F("[237] pages. Scribner.", "count", 237, counted="pages"),
        F("Scribner. [$23].", "money", 23, "USD"),
    ],
}

AJ, PNR, EI = "Asbjoern Jensen", "Poul Nyrup Rasmussen", "Eyad Ismoil"

ANN_TEST = {
    "APW19980314.0397": [
        F("at his [Saturday] show", "date", date="1998-03-14"),
        F("back to the [1940s] with", "date"),
        F("``After [ten years], we", "duration", 10, "year", claimant="Jean-Jacques Picart"),
        F("floppy [1930s] pants", "date"),
        F("opening days over [10 years] ago", "duration", 10, "year", bound="gt"),
        F("but [Friday] night's offering", "date", date="1998-03-13"),
    ],
    "APW19980314.0452": [
        F("an accord on [Saturday] launching", "date", date="1998-03-14"),
        F("[Five] oil-producing countries", "count", 5, counted="countries"),
        F("was signed [Saturday] by", "date", date="1998-03-14"),
        F("The [first] oil from", "ordinal", 1),
        F("On [Friday], Georgia and Turkey", "date", date="1998-03-13", claimant="ITAR-Tass"),
    ],
    "APW19980424.0895": [
        F("officials announced [Friday].", "date", date="1998-04-24"),
        F("announced that [56 percent] of", "percent", 56, "percent", claimant=AJ),
        F("to begin on [Monday], barring", "date", date="1998-04-27"),
        F("of the [May 28] referendum", "date", date="1998-05-28", claimant=PNR),
        F("an estimated [400,000] people", "count", 4e5, bound="approx", counted="people"),
        F("of the [two-year] wage pact", "duration", 2, "year"),
        F("worked out in [March] with", "date", date="1998-03"),
        F("increasing by [0.9 percent] per year", "percent", 0.9, "percent"),
        F("increase by [2 kroner] (", "money", 2, "DKK"),
        F("([28 cents]) over", "money", 28, "cent"),
        F("over the next [two years].", "duration", 2, "year"),
        F("wage is [76.40 kroner] (", "money", 76.40, "DKK"),
        F("([dlrs 10.6]) an hour", "money", 10.6, "USD"),
    ],
    "NYT19980315.0074": [
        F("together the [four] McCourt brothers", "count", 4, counted="brothers"),
        F("in [an hour] of reminiscence", "duration", 1, "hour"),
        F("The star of [Tuesday]'s St.", "date", date="1998-03-17"),
        F("the [four] survivors", "count", 4, counted="survivors"),
        F("[8 p.m.] ET Tuesday", "time", 20),
        F("8 p.m. ET [Tuesday] on Cinemax", "date", date="1998-03-17"),
    ],
    "NYT19980403.0458": [
        F("Auto sales fell [1.7 percent] last month", "percent", 1.7, "percent"),
        F("GM said [Friday] that", "date", date="1998-04-03"),
        F("its sales rose [3.7 percent] in March,", "percent", 3.7, "percent", claimant=GM),
        F("3.7 percent in [March], compared", "date", date="1998-03", claimant=GM),
        F("with the [1997] period", "date", 1997, date="1997", claimant=GM),
        F("Ford Motor Co. said [Friday] that", "date", date="1998-04-03"),
        F("its sales fell [2.6 percent].", "percent", 2.6, "percent", claimant=FORD),
        F("be under [30 percent] for", "percent", 30, "percent", bound="lt", claimant=RZ),
        F("showing in [February], when", "date", date="1998-02"),
        F("skidded to [28.7 percent],", "percent", 28.7, "percent"),
        F("below the [30 percent] level", "percent", 30, "percent"),
        F("It worked. [March] sales", "date", date="1998-03"),
        F("sales rose [3.7 percent] over all", "percent", 3.7, "percent"),
        F("with the period [a year] earlier, with car", "duration", 1, "year"),
        F("car sales falling [1.9 percent]", "percent", 1.9, "percent"),
        F("rising [11.0 percent].", "percent", 11.0, "percent"),
        F("jumped to [33 percent]", "percent", 33, "percent"),
        F("above the [31.3 percent] share", "percent", 31.3, "percent"),
        F("far better than [February]'s", "date", date="1998-02"),
        F("a healthy [15.1 million] in", "count", 15.1e6, counted="vehicles"),
        F("15.1 million in [March], below", "date", date="1998-03"),
        F("the robust [15.5 million] annual", "count", 15.5e6, counted="vehicles"),
        F("the period [a year] earlier but", "duration", 1, "year"),
        F("than the [15 million] annual", "count", 15e6, counted="vehicles"),
        F("annual rate in [February].", "date", date="1998-02"),
        F("the [March] results", "date", date="1998-03"),
        F("despite the [1.7 percent] sales", "percent", 1.7, "percent"),
        F("said its [2.6 percent] sales", "percent", 2.6, "percent", claimant=FORD),
        F("from [five] cars and trucks", "count", 5, counted="cars and trucks",
          claimant=FORD),
        F("car sales fell [5.9 percent] while", "percent", 5.9, "percent"),
        F("edged down [one-tenth of 1 percent].", "percent", 0.1, "percent"),
        F("Ford also announced [Friday]", "date", date="1998-04-03"),
        F("incentives on [1998] models", "date", 1998, date="1998", claimant=FORD),
        F("through [July 2] and", "date", date="1998-07-02", claimant=FORD),
        F("leftover [1997] models", "date", 1997, date="1997", claimant=FORD),
        F("through [June 2].", "date", date="1998-06-02", claimant=FORD),
        F("record its [fifth] consecutive", "ordinal", 5, claimant=RR),
        R("in the [15 to 15.5 million] range", "count", 15e6, 15.5e6, counted="vehicles",
          claimant=RR),
        F("sales rose [19.9 percent].", "percent", 19.9, "percent", claimant="Jaguar"),
        F("monthly results [Thursday] showed", "date", date="1998-04-02"),
        F("sales jumped [69.1 percent],", "percent", 69.1, "percent"),
        F("sales jumped [43.7 percent] in", "percent", 43.7, "percent"),
        F("43.7 percent in [March] as", "date", date="1998-03"),
        F("sales rose [72.6 percent].", "percent", 72.6, "percent"),
        F("sales rose [28.6 percent].", "percent", 28.6, "percent"),
        F("sales rose [17.1 percent].", "percent", 17.1, "percent"),
        F("sales rose [5.7 percent].", "percent", 5.7, "percent"),
        F("sales dropped [6 percent] and", "percent", 6, "percent"),
        F("sales fell [1.5 percent].", "percent", 1.5, "percent"),
        F("Chrysler Corp. said [Wednesday] that", "date", date="1998-04-01"),
        F("sales fell [1.8 percent].", "percent", 1.8, "percent", claimant="Chrysler Corp."),
    ],
    "NYT19980403.0476": [
        F("contemplating [a month] or more", "duration", 1, "month", bound="ge"),
        F("But [a minute] later,", "duration", 1, "minute"),
        F("out at least [$1,000].", "money", 1000, "USD", bound="ge"),
        F("an extra [$10,000 a week].", "money", 10000, "USD",
          claimant="the restaurant manager"),
        F("From [mid-May] to the end", "date", date="1998-05"),
        F("the end of [June], you see", "date", date="1998-06"),
        F("Hamptons in [August].", "date"),
        F("had nearly [100] members", "count", 100, bound="approx", counted="members"),
        F("to send [700] journalists", "count", 700, counted="journalists"),
        F("including [115] from NBC", "count", 115, counted="journalists"),
        F("Little Rock's [175,000] population", "count", 175000, counted="population"),
        F("estimated [$50,000 a day].", "money", 50000, "USD", bound="approx",
          claimant="Barry Travis"),
        F("By [Friday], some", "date", date="1998-04-03"),
        F("wanting [tens of thousands of dollars] in", "money", 1e4, "USD", bound="ge",
          approximate=True, claimant=NO),
        F("requirements of [45 days] beginning", "duration", 45, "day", claimant=NO),
        F("before the [May 27] trial", "date", date="1998-05-27", claimant=NO),
        F("normally going for [$95],", "money", 95, "USD"),
        F("charging them [$15,000] up front", "money", 15000, "USD", claimant=LW),
        F("plus [$250 a day].", "money", 250, "USD", claimant=LW),
        F("panoramic, [three-fourths-inch] tempered", "quantity", 0.75, "inch"),
        F("on a [7-degree] slant", "quantity", 7, "degree"),
        F("said that [several thousand dollars] received", "money", 1000, "USD",
          bound="ge", approximate=True, claimant=LW),
        F("[Friday], Kathy Grayfindley", "date", date="1998-04-03"),
        F("week, about [30] members", "count", 30, bound="approx", counted="members"),
        F("with [1,000] new phone lines", "count", 1000, counted="lines"),
        F("snatched [two days] into", "duration", 2, "day"),
        F("[Friday] he was busy", "date", date="1998-04-03"),
        F("almost [three years] left", "duration", 3, "year", bound="approx"),
    ],
}


def _sentences(text):
    return {s for s in re.split(r"(?<=[.!?])\s+", " ".join(text.split())) if len(s) > 40}


def near_duplicate(a, b, share=0.5):
    """True if the texts share at least ``share`` of the sentences of the shorter one."""
    sa, sb = _sentences(a), _sentences(b)
    return bool(sa and sb) and len(sa & sb) >= share * min(len(sa), len(sb))


def previous_docs():
    return [r for path in PREVIOUS for r in gt.read_jsonl(path)]


def selection():
    """``[(split, doc)]``: every 4th even document from index 2, every 4th odd one from
    index 3, in corpus order; long documents, near-duplicates and documents of the
    earlier IE-ER sets skipped."""
    from analysis.evaluate.entities import read_ieer_documents

    previous = {r["doc_id"] for r in previous_docs()}
    plan = [(split, FIRST[split], n) for split, n in zip(SPLITS, (N_DEV, N_TEST))]
    return gt.stride_selection(read_ieer_documents(IEER), plan, STRIDE, MAX_CHARS,
                               previous | set(DUPLICATES))


def build():
    return gt.selected_rows(selection(), SPLITS, (ANN, ANN_TEST))


def overlap_errors(rows):
    """Documents already in an earlier IE-ER set, or near-duplicates of one of them or
    of each other."""
    prev = previous_docs()
    ids = {r["doc_id"] for r in prev}
    errors = [f"{r['doc_id']} is already in an earlier IE-ER set" for r in rows
              if r["doc_id"] in ids]
    for i, r in enumerate(rows):
        for o in prev + rows[:i]:
            if near_duplicate(r["text"], o["text"]):
                errors.append(f"{r['doc_id']}: text near-duplicates {o['doc_id']}")
    return errors


def main(argv):
    rows = gt.read_or_build(argv, OUT, build)
    errors = gt.validate_figures(rows, set(SPLITS)) + overlap_errors(rows)
    gt.report(errors)
    gt.print_split_counts(rows, SPLITS)
    if "--uncovered" in argv:
        gt.uncovered_digits(rows)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
