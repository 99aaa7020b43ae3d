"""Build and validate the BLIND held-out sets ``tests/data/quotes_blind.jsonl`` and
``tests/data/numbers_blind.jsonl`` from hand-written annotations.

Every row below was written by hand by an annotator who read each story and who never
ran (nor read the source of) the quote/number extractors or any evaluation command.
This script detects nothing: it only turns hand-written strings into character offsets
and validates the result (code shared with the other annotation scripts in
``scripts/goldtools.py``). Guidelines: tests/data/README.md (sections
``quotes_gold.jsonl`` and ``numbers_gold.jsonl``); this set follows them unchanged.

Stories: ``stories = list(analysis.corpora.abc())``;
``s60 = sorted(random.Random(2026).sample(range(len(stories)), 60))``; the reserve
``s60[50:60]`` plus ``sorted(random.Random(4242).sample([i not in s60], 15))``.

Quote notation ``Q(kind, span, speaker, surface, verb, ...)`` (as in
scripts/annotate_quotes_helper.py): ``span`` is the exact text (unique in the story) or
``("first words", "last words")``; surface / verb are whole-word matches outside the span,
nearest to it (``s_side``/``v_side`` restrict the side). Rows with the same ``u`` label
share an utterance_id.

Number notation ``F(ctx, kind, value, unit, bound, ...)`` (as in
scripts/annotate_numbers_helper.py): ``ctx`` is verbatim story text with the span in
[brackets]; the bracket-free context must occur exactly once.

Usage::

    .venv/bin/python scripts/annotate_blind_helper.py            # build + validate + write
    .venv/bin/python scripts/annotate_blind_helper.py --render   # also print rows for review
    .venv/bin/python scripts/annotate_blind_helper.py --check    # validate existing files only
"""

from __future__ import annotations

import sys
from collections import Counter

import goldtools as gt
from goldtools import F, Q, R

Q_OUT = gt.DATA / "quotes_blind.jsonl"
N_OUT = gt.DATA / "numbers_blind.jsonl"
SPLIT = "blind"

N = "narrator"

# --------------------------------------------------------------------------------------
# Hand annotations
# --------------------------------------------------------------------------------------
# fmt: off
QA: dict[str, list[Q]] = {}
NA: dict[str, list[dict]] = {}

# ---- abc-rural-2203 Grains Council
_MJ = "Murray Jones"
QA["abc-rural-2203"] = [
    Q("indirect", "not to use the Cole findings as an excuse to abolish the single desk for wheat exports",
      "Grains Council", "The Grains Council", "warned", addressee="the Federal Government"),
    Q("indirect", ("while it is shocked by the report", "confused with the grain marketing system"),
      "Grains Council", "The peak grains grower body", "says"),
    Q("indirect", "farmers believe the single desk is the best marketing system available to them",
      _MJ, _MJ, "says"),
    Q("direct", ("We've come out with six basic principles", "security of payment for pool participants,"),
      _MJ, "he", "said"),
    Q("direct", ("There are six things and they're on our website.", "very well aware of that."), _MJ),
]
NA["abc-rural-2203"] = [
    F("come out with [six] basic principles", "count", 6, counted="principles", claimant=_MJ),
    F("There are [six] things", "count", 6, counted="things", claimant=_MJ),
]

# ---- abc-rural-2243 Historic cattle property sells for $27m
_PH = "Peter Hughes"
QA["abc-rural-2243"] = [
    Q("indirect", "the properties did not suit his focus on the northern cattle industry", _PH, "Hughes", "says"),
    Q("direct", "It doesn't fit with the operation we are dealing with in north and central Queensland,",
      _PH, "he", "said"),
    Q("direct", "In a big pastoral situation I find the economy of scale is not there.", _PH, u="ph"),
    Q("direct", "They are wonderful family places, very good for families and private individuals.", _PH, u="ph"),
    Q("direct", ("When you get into the bigger scale", "to make those big places run."), _PH, u="ph"),
]
NA["abc-rural-2243"] = [
    F("sold for a reported [$27 million].", "money", 27e6, "AUD"),
    F("under an [1833] grant", "date", 1833, date="1833"),
    F("The [5,400 hectare] farm", "quantity", 5400, "hectare"),
]

# ---- abc-rural-2271 Barley growers divided over market deregulation
QA["abc-rural-2271"] = [
    Q("direct", ("I just can't comprehend that concept", "if this new concept goes ahead,"),
      "one caller", "one caller", "said", s_side="after", v_side="after"),
    Q("direct", ("Well what a big day, December 5, 2006", "single desk for barley in South Australia,"),
      "another caller", "another caller", "said", s_side="after", v_side="after"),
]
NA["abc-rural-2271"] = [
    F("phased out over the next [three years]", "duration", 3, "year"),
    F("what a big day, [December 5, 2006], the end", "date", date="2006-12-05", claimant="another caller"),
]

# ---- abc-rural-2279 Life on Mars?
_MM = "Michael Malin"
QA["abc-rural-2279"] = [
    Q("direct", ("As with many discoveries, the possibility", "poses many questions,"),
      "the scientists", "the scientists", "said"),
    Q("direct", ("Where is the water coming from?", "How widespread is the water?"), "the scientists"),
    Q("direct", ("The shapes of these deposits", "carried by flowing water,"), _MM, _MM, "said"),
    Q("direct", "They have finger-like branches at the downhill end and easily diverted around small obstacles.",
      _MM),
    Q("indirect", "the Mars Global Surveyor mission appeared to be at an end", "NASA", "NASA", "said"),
    Q("indirect", ("it had lost contact after a decade-long mission", "searched for evidence of water"),
      "NASA", "NASA", "saying", s_side="before"),
]
NA["abc-rural-2279"] = [
    F("The [two] sites are inside craters", "count", 2, counted="sites"),
    F("the gullies in [2000], but", "date", 2000, date="2000"),
    F("after a [decade]-long mission", "duration", 1, "decade", claimant="NASA"),
]

# ---- abc-rural-2283 Chiquita takeover stalls
_RC = "Robert Costa"
QA["abc-rural-2283"] = [
    Q("indirect", "he is disappointed at MMC's stance", _RC, _RC, "says"),
    Q("direct", ("Our original intention was to secure 100 per cent", "that's still our intention,"),
      _RC, "he", "said"),
    Q("direct", ("Now we know that's not going to happen", "that's their prerogative."), _RC),
]
NA["abc-rural-2283"] = [
    F("with [78 per cent] ownership", "percent", 78, "percent"),
    F("its [12 per cent] stake", "percent", 12, "percent"),
    F("to secure [100 per cent] of the company", "percent", 100, "percent", claimant=_RC),
]

# ---- abc-rural-2310 Wine grape growers may run out of water
_PB = "Peter Burne"
QA["abc-rural-2310"] = [
    Q("indirect", "with the ongoing dry, irrigators are using more water than usual", _PB, _PB, "says"),
    Q("direct", ("A lot of growers have already gone over", "total allocation for the year,"), _PB, "he", "said"),
]
NA["abc-rural-2310"] = [
    F("only able to use [60 per cent] of", "percent", 60, "percent"),
    F("already gone over [30 per cent] of", "percent", 30, "percent", "gt", claimant=_PB),
]

# ---- abc-rural-2345 Win for avocado growers in blight fight
_CN = "Chris Nelson"
QA["abc-rural-2345"] = [
    Q("indirect", "the new protocols could lead to a rise in the cost of fruit for consumers", _CN, _CN, "says"),
    Q("direct", ("Because there will be less fruit exported", "for the fruit they do send over,"),
      _CN, "he", "said"),
]
NA["abc-rural-2345"] = []

# ---- abc-rural-2365 Farmers debate single desk
QA["abc-rural-2365"] = []
NA["abc-rural-2365"] = [
    F("are just under [400] farmers", "count", 400, bound="lt", counted="farmers"),
    F("travelled [several hundred kilometres] from", "quantity", 100, "kilometre", "ge", approximate=True),
]

# ---- abc-rural-2399 'Santa' drops in on remote stations
_JZ = "John Zonaras"
QA["abc-rural-2399"] = [
    Q("indirect", "he has been re-named Santa because half his mailbags contain gifts", _JZ, _JZ, "says"),
    Q("direct", "The mail and that sort of stuff has definitely increased in volume,", _JZ, "he", "said"),
    Q("direct", ("Like today I had a mail run", "150 kilograms of it was presents."), _JZ),
]
NA["abc-rural-2399"] = [
    F("loaded with [hundreds of kilograms] of presents", "quantity", 100, "kilogram", "ge", approximate=True),
    F("flown to up to [60] properties", "count", 60, bound="le", counted="properties"),
    F("Santa because [half] his mailbags", "fraction", 0.5, claimant=_JZ),
    F("mail run with [42] mailbags", "count", 42, counted="mailbags", claimant=_JZ),
    F("mailbags and about [350 kilograms] so", "quantity", 350, "kilogram", "approx", claimant=_JZ),
    F("probably a good [150 kilograms] of it", "quantity", 150, "kilogram", "ge", claimant=_JZ),
]

# ---- abc-rural-2402 Not enough full-time doctors
_AI = "Australian Institute of Health and Welfare"
_PR = "Peter Rischbieth"
QA["abc-rural-2402"] = [
    Q("indirect", ("the number of full-time GPs fell", "between 2000 and 2004"), _AI,
      "The Australian Institute of Health and Welfare", "says"),
    Q("indirect", "some country residents are now waiting up to three weeks for an appointment", _AI, "It", "says"),
    Q("indirect", "the holiday season will put extra pressure on rural communities", _PR, _PR, "says"),
    Q("direct", ("There are some towns that have massive influxes", "during this time with their families\u00c2"),
      _PR),
]
NA["abc-rural-2402"] = [
    F("fell more than [30 per cent] between", "percent", 30, "percent", "gt", claimant=_AI),
    R("per cent [between 2000 and 2004].", "date", 2000, 2004, claimant=_AI),
    F("waiting up to [three weeks] for", "duration", 3, "week", "le", claimant=_AI),
]

# ---- abc-rural-0100 Top End crabbers facing tough times
_CC = "Chris Calogerous"
_CR = "Commercial crabbers in the Northern Territory"
QA["abc-rural-0100"] = [
    Q("indirect", "the industry will be forced to downsize under major new restrictions", _CR, _CR, "say"),
    Q("direct", ("Most of us feel like we've been kicked", "under extreme pressure,"), _CC, "he", "said"),
    Q("direct", ("We support all the rules relating", "always a smaller crab."), _CC),
]
NA["abc-rural-0100"] = [
    F("[Thirty per cent] fewer crabs", "percent", 30, "percent"),
    F("any of the [49] commercial licence holders", "count", 49, counted="holders"),
    F("size limit increase of [10 mm] basically", "quantity", 10, "millimetre", claimant=_CC),
]

# ---- abc-rural-0119 Blair attacks EU trade policies
_TB = "Tony Blair"
QA["abc-rural-0119"] = [
    Q("indirect", ("despite some gains in trade reform", "still flowing around the world"), _TB, "Blair", "says"),
    Q("indirect", "the future of all trade negotiations hinges on the current Doha round of talks",
      _TB, "The PM", "saying"),
    Q("direct", ("If we can't put a decent trade round in place", "all of them adverse,"), _TB, "Blair", "said"),
]
NA["abc-rural-0119"] = []

# ---- abc-rural-0551 NSW Govt moves to recruit UK nurses
_RM = "Ross Maxwell"
QA["abc-rural-0551"] = [
    Q("indirect", ("it is easier to check the qualifications", "from Africa or India"), _RM, _RM, "says"),
    Q("indirect", "this is not discrimination", _RM, "he", "says"),
    Q("direct", ("I would hope that's not the case", "confident of their training,"), _RM, "he", "said"),
]
NA["abc-rural-0551"] = [
    F("to hire [400] nurses", "count", 400, counted="nurses"),
    F("with another [600] being sought", "count", 600, counted="nurses"),
]

# ---- abc-rural-0651 Beef exporters brace for US competition
_GF = "Glenn Feist"
_BB = "Bill Bray"
QA["abc-rural-0651"] = [
    Q("indirect", ("exporters are bracing themselves", "in more than two years"), _GF, _GF, "says"),
    Q("direct", ("Australia won brand of the year twice", "'Australian beef clean and safe',"), _GF, "he", "said"),
    # continued over two paragraphs: "...those guys." has no closing mark
    Q("direct", ("But since the US has been out", "and those guys."), _GF, u="gf"),
    Q("direct", "So I think we will hold our own pretty well up here.", _GF, u="gf"),
    Q("indirect", ("Australian producers are likely to retain", "bone-in beef in Korea"), "Cattle Council",
      "The Cattle Council", "says"),
    Q("indirect", ("The amount of US beef allowed in", "help Australia remain competitive"), _BB, _BB,
      "according to"),
    Q("direct", ("The main trade in beef into Korea", "for BSE in the world,"), _BB, "he", "said"),
]
NA["abc-rural-0651"] = [
    F("cut Australia's [$500 million] beef market", "money", 5e8, "AUD"),
    F("in more than [two years].", "duration", 2, "year", "gt", claimant=_GF),
    F("market share of around [50 per cent].", "percent", 50, "percent", "approx"),
    F("ban on cattle over [30 months] of age", "duration", 30, "month", "gt", claimant=_BB),
]

# ---- abc-rural-0657 NQ school to set up vet training centre
QA["abc-rural-0657"] = []
NA["abc-rural-0657"] = [
    F("investing more than [$300,000] in", "money", 300000, "AUD", "gt"),
]

# ---- abc-rural-0770 Shorthorn bull sells for record Aust price
_MW = "Mike Wilson"
QA["abc-rural-0770"] = [
    Q("direct", ("I think it's a world record, I know", "is a world record price,"), _MW, "he", "said"),
]
NA["abc-rural-0770"] = [
    F("shorthorn bull selling for [$75,000].", "money", 75000, "AUD"),
    F("Nero [62K] Zee Top", "identifier"),
    F("who made about [$US37,000] and", "money", 37000, "USD", "approx", claimant=_MW),
    F("I think [$75,000] yesterday", "money", 75000, "AUD", claimant=_MW),
]

# ---- abc-rural-1144 Livestock transporter wants more rationalisation
_JC = "Jim Cooper"
QA["abc-rural-1144"] = [
    Q("indirect", "it was a necessary step", _JC, "He", "believes", s_side="before"),
    Q("direct", ("The way the mining sector's regulated", "within the mining industry,"), _JC, "he", "said"),
    Q("direct", ("I certainly see some of the services", "very much like a taxi rank."), _JC),
]
NA["abc-rural-1144"] = []

# ---- abc-rural-1338 Farmers predict crop failure within weeks
_FW = "Farmers in Victoria's Wimmera Mallee grain growing region"
_NS = "Neil Simpson"
QA["abc-rural-1338"] = [
    Q("indirect", "if it does not rain within two weeks their crops will fail", _FW, _FW, "say"),
    Q("indirect", ("the earlier sown crop is already dying", "looking bleak for the rest"), _NS, _NS, "says"),
    Q("direct", ("Assuming that there isn't further rain", "continuing to deteriorate,"), _NS, "he", "said"),
]
NA["abc-rural-1338"] = [
    F("not rain within [two weeks] their", "duration", 2, "week", "le", claimant=_FW),
    F("has planted [1,500 hectares] of wheat", "quantity", 1500, "hectare"),
]

# ---- abc-rural-1582 Farmers' old equipment to help women in Congo
_PM = "Polydor Mutombo"
QA["abc-rural-1582"] = [
    Q("indirect", ("church groups will distribute the farm equipment", "maize, potatoes and beans"),
      _PM, _PM, "says"),
    Q("indirect", ("farming will allow the women to become self-sufficient", "donations cannot achieve"),
      _PM, "Mutombo", "says"),
    Q("direct", "Mostly the women are looking for food to feed their families,", _PM, "he", "said"),
    Q("direct", ("They are the most affected by this war", "going into the armies."), _PM, u="pm"),
    Q("direct", ("And it's going to help them", "pay for schooling for children."), _PM, u="pm"),
]
NA["abc-rural-1582"] = []

# ---- abc-rural-1629 WTO chief warns of Aust export changes
_PL = "Pascal Lamy"
_MV = "Mark Vaile"
QA["abc-rural-1629"] = [
    Q("indirect", ("Australia may have to give up its single-desk export systems", "world trade talks"),
      _PL, "The head of the World Trade Organisation (WTO)", "says"),
    Q("indirect", ("the European Union has problems", "for wheat, barley and sugar"), _PL, _PL, "told",
      addressee="the Cairns Group summit"),
    Q("indirect", "the single desks are used as trade barriers", _MV, _MV, "rejected"),
    Q("direct", ("The reality is that those that fall", "trade-distorting elements to them,"), _MV, "he", "said"),
    Q("direct", "But if I could just make one other point.", _MV),
]
NA["abc-rural-1629"] = [
    F("just make [one] other point.", "count", 1, counted="point", claimant=_MV),
]

# ---- abc-rural-1738 Barrick up-beat about gold price rise
_GW = "Greg Wilkins"
QA["abc-rural-1738"] = [
    Q("indirect", ("not enough gold is being produced globally", "drive the price back up"), _GW, _GW, "says"),
    Q("direct", ("Clearly one of the challenges", "trying to manage the cost,"), _GW, "he", "said"),
    Q("direct", ("If gold prices come back down below", "bring the price back up."), _GW),
]
NA["abc-rural-1738"] = [
    F("gold price of [$US700 an ounce] by", "money", 700, "USD", claimant="Barrick Gold Corporation"),
    F("the current price of [$US566].", "money", 566, "USD"),
    F("come back down below [$500 an ounce] it", "money", 500, "USD", "lt", claimant=_GW),
]

# ---- abc-rural-1962 Drought aid assistance increased
_MI = "Morris Iemma"
QA["abc-rural-1962"] = [
    Q("indirect", "they are also increasing mental health services", _MI, _MI, "says"),
    Q("direct", ("There is a real human toll here.", "losing their income,"), _MI, "he", "said"),
]
NA["abc-rural-1962"] = [
    F("increased to [$30 million] this", "money", 30e6, "AUD"),
    F("saving them around [$5 million].", "money", 5e6, "AUD", "approx"),
    F("program until [June] next year", "date"),
]

# ---- abc-rural-2067 Sugar cane farmers brace for smut impact
QA["abc-rural-2067"] = []
NA["abc-rural-2067"] = [
    F("near Bundaberg in [June].", "date"),
    F("will report by [December 18].", "date"),
    F("meeting on [Friday] was told", "date"),
    F("over the next [five years] will", "duration", 5, "year"),
    F("cost an estimated [$800 million],", "money", 8e8, "AUD", "approx"),
    F("of a [10 per cent] reduction", "percent", 10, "percent"),
]

# ---- abc-rural-2161 Rising humidity, heat aids croc growth
_MB = "Mick Burns"
QA["abc-rural-2161"] = [
    Q("direct", ("The animals get very dominant", "with any smaller animal,"), _MB, "he", "said"),
    Q("direct", "No losses of fingers but certainly there would be a few little nips.", _MB, u="mb"),
    Q("direct", ("This year has been pretty slow", "slows down the animals."), _MB, u="mb"),
]
NA["abc-rural-2161"] = [
    F("is sorting [12,000] baby reptiles", "count", 12000, counted="reptiles"),
    F("more than [one-metre] long", "quantity", 1, "metre", "gt"),
    R("it's the [third or fourth] largest", "ordinal", 3, 4, claimant=_MB),
]

# ---- abc-rural-2410 AT ONE WITH TUNA IN BRINE
_MWa = "Matt Waller"
QA["abc-rural-2410"] = [
    Q("direct", ("I've seen them sit behind a boat", "40 to 50 kilometres an hour."), _MWa, u="w"),
    Q("direct", ("They travel all around Australia", "the same places year after year."), _MWa, u="w"),
]
NA["abc-rural-2410"] = [
    F("with about [100] tuna fish", "count", 100, bound="approx", counted="fish"),
    F("worth up to [$5,000] each", "money", 5000, "AUD", "le"),
    R("behind a boat at [10 to 12 knots]", "quantity", 10, 12, unit="knot", claimant=_MWa),
    R("sort of [15 to 20 kilometres an hour] for", "quantity", 15, 20, unit="kilometre per hour",
      bound="approx", claimant=_MWa),
    F("for up to [half an hour].", "duration", 0.5, "hour", "le", claimant=_MWa),
    R("probably [40 to 50 kilometres an hour].", "quantity", 40, 50, unit="kilometre per hour",
      claimant=_MWa),
]
# fmt: on


# --------------------------------------------------------------------------------------
# Conversion
# --------------------------------------------------------------------------------------


def load_stories():
    stories = gt.abc_stories()
    return [stories[i] for i in gt.blind_indices(len(stories))]


def build_quotes(stories):
    gt.check_coverage(QA, [st.doc_id for st in stories], "quotes")
    return [
        {
            "doc_id": st.doc_id,
            "split": SPLIT,
            "title": st.title,
            "text": st.text,
            "quotes": gt.quote_rows(st.doc_id, st.text, QA[st.doc_id]),
        }
        for st in stories
    ]


def build_numbers(stories):
    gt.check_coverage(NA, [st.doc_id for st in stories], "numbers")
    return [gt.figure_doc(st.doc_id, SPLIT, st.title, st.text, NA[st.doc_id]) for st in stories]


# --------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------


def render(qdocs, nrows):
    for d, n in zip(qdocs, nrows):
        text = d["text"]
        print(f"===== {d['doc_id']} {d['title']}")
        for r in d["quotes"]:
            print(
                f"  Q[{r['utterance_id']}] {r['kind']:<8} {r['speaker']!r} <- {r['speaker_surface']!r}"
                f"@{r['speaker_start']} verb={r['verb']!r}@{r['verb_start']} to={r['addressee']!r}"
            )
            print(f"     [{r['quote']}]")
        for f in n["numbers"]:
            ctx = (
                text[max(0, f["start"] - 25) : f["start"]]
                + "["
                + f["surface"]
                + "]"
                + text[f["end"] : f["end"] + 15]
            )
            print(
                f"  N {f['kind']:<9} {f['value']} {f['unit']} {f['bound']} counted={f['counted']!r}"
                f" date={f['date']} by={f['claimant']!r}   {ctx!r}"
            )


def summary(qdocs, nrows):
    qk = Counter(r["kind"] for d in qdocs for r in d["quotes"])
    nk = Counter(f["kind"] for r in nrows for f in r["numbers"])
    nb = Counter(f["bound"] for r in nrows for f in r["numbers"])
    return (
        f"docs {len(qdocs)}; quotes {dict(sorted(qk.items()))} total {sum(qk.values())}; "
        f"utterances {sum(len({r['utterance_id'] for r in d['quotes']}) for d in qdocs)}\n"
        f"numbers {dict(sorted(nk.items()))} total {sum(nk.values())}; bounds {dict(nb)}"
    )


def main(argv):
    if "--check" in argv:
        qdocs, nrows = gt.read_jsonl(Q_OUT), gt.read_jsonl(N_OUT)
    else:
        stories = load_stories()
        qdocs, nrows = build_quotes(stories), build_numbers(stories)
        if "--render" in argv:
            render(qdocs, nrows)
    errors = gt.validate_quotes(qdocs, {SPLIT}) + gt.validate_figures(nrows, {SPLIT})
    if "--render" in argv:
        gt.uncovered_digits(nrows)
    if gt.report(errors):
        return 1
    if "--check" not in argv:
        gt.write_jsonl(Q_OUT, qdocs)
        gt.write_jsonl(N_OUT, nrows)
        print(f"wrote {Q_OUT.relative_to(gt.ROOT)} and {N_OUT.relative_to(gt.ROOT)}")
    print(summary(qdocs, nrows))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
