"""Build and validate tests/data/numbers_dev4.jsonl from hand-written annotations.

A fourth batch of hand-annotated figures for the number extractor: 36 ABC rural stories
never used by any gold file (numbers_gold, quotes_gold, the blind files, numbers_dev2's
dev2 and dev3 splits), annotated by hand after reading each story, without running the
extractor or the evaluator and without reading the extractor's source.  The guidelines
are exactly those of ``numbers_gold.jsonl`` (tests/data/README.md) and the decisions of
the blind/dev2 sets; decisions taken where they are silent are listed below.

Selection::

    stories = list(analysis.corpora.abc())                     # 2424 stories
    n = len(stories)
    used = (goldtools.used_indices(n)          # the 60 (gold + blind reserve) + the 15 blind
            | set(goldtools.dev2_indices(n))   # dev2 (seed 777, 30)
            | set(goldtools.blind_indices(n))  # (already inside used_indices)
            | set(annotate_numbers_dev2.selection3(stories)))   # dev3 (seed 9090, 20)
    sel = sorted(random.Random(9090).sample([i for i in range(n) if i not in used], 36))
    sel[:24] -> split "dev4"   (abc-rural-0105 ... abc-rural-1445)
    sel[24:] -> split "test4"  (abc-rural-1514 ... abc-rural-2398; held out: do not tune)

``used`` holds 125 indices, exactly the 125 ABC doc_ids of tests/data/*.jsonl; none of
the 36 doc_ids occurs in any tests/data/*.jsonl file (checked by doc_id in ``build``).
Note: the unannotated stories read while tuning (numbers_dev2.py SCANNED seeds 1-4, and
the seed-5/6 readings of docs/numbers.md) were NOT excluded (the brief's recipe excludes
gold files only); 6 of the 36 lie in the reconstructible seeds 1-4 reading
(dev4: 0890, 1206, 1317, 1445; test4: 1770, 2287).

Each annotation is ``F(ctx, kind, value, ...)`` / ``R(ctx, kind, low, high, ...)`` where
``ctx`` is a verbatim piece of the story with the figure's span in [square brackets]
(notation and locate/validate code in scripts/goldtools.py).

Decisions where the guidelines are silent (taken while annotating, before any scoring):
- "between August and October" (1123): one date range span with "between" (like the
  blind "between 2000 and 2004"); months are unresolved, so value/low/high/date null.
- "ranging from 20 and 90 per cent" (1932, sic): one percent range, span
  "20 and 90 per cent" (the "ranging from" verb phrase is outside, like "from X to Y"
  changes keep "from" outside).
- "a day later" (1384): duration 1 day, span "a day" (like "A decade ago", "a year earlier").
- "the 457 visa program" (0628): identifier "457".
- "one modern factory ... one very old factory ... two plants" (1592): "one" contrasted
  with "two" is a count (like "one cow"); "one side of the debate" (0611), "one step
  closer" (2066, idiom), "from one organisation to another" (2214), "one of these",
  "the other one" (1342), "No one" (1514), "once a day" (2287, like "twice") are not figures.
- "not a single wine style" (0171): negated determiner, not a figure.
- Claimants: a report released by an organisation ("ABARE ... has released a report
  showing ...", 1317) -> the organisation, "ABARE" (like "according to new figures from
  X"); poll results ("Early poll results showed more than 60 per cent", 1384) are data,
  not a statement -> narrator; "X estimates ..." (1932) is reported speech -> X.
  A sentence with no attribution of its own stays "narrator" even when it continues a
  source's forecast ("Elsewhere there is a 50 per cent chance ...", 1123, after "The
  bureau says ..."); a figure in a fronted adverbial outside the reported clause ("With
  inflows since 2001 at just 40 per cent of the long-term average, Trevor Jacobs ... says
  a lot of rain is needed", 1245) -> narrator. "The bureau says" -> "Bureau of
  Meteorology" (named in the previous sentence). "A former AWB executive has denied ...
  that he hatched a plan ... in October 2000" (1445) -> "Charles Stott", named in the next
  sentence (dev2 decision on unnamed sources named later).
- "The Iraqi Grains Board told reporters overnight it had signed a contract to buy ..."
  (0127): reported speech -> "Iraqi Grains Board".
- "only" and "just" are not hedges (bound eq).
- "$US190 a tonne" / "$US130 million" (0127) are USD (explicit); every other "$" is AUD.

Run:  .venv/bin/python scripts/annotate_numbers_dev4.py            (write + validate)
      .venv/bin/python scripts/annotate_numbers_dev4.py --render   (also print every row)
      .venv/bin/python scripts/annotate_numbers_dev4.py --check    (validate only)
"""

from __future__ import annotations

import random
import sys
from collections import Counter

import annotate_numbers_dev2 as dev2
import goldtools as gt
from goldtools import F, R

OUT = gt.DATA / "numbers_dev4.jsonl"
SPLITS = ("dev4", "test4")
SEED, K, NDEV = 9090, 36, 24

IGB, MV, BT = "Iraqi Grains Board", "Mark Vaile", "Blair Trewin"
BOM, ABARE, JT = "Bureau of Meteorology", "ABARE", "Jan Trueman"

# fmt: off
ANN = {
    # ------------------------------------------------------------------ dev4
    "abc-rural-0105": [],
    "abc-rural-0115": [],
    "abc-rural-0127": [
        F("contract to buy [500,000 tonnes] of wheat", "quantity", 500000, "tonne", claimant=IGB),
        F("of wheat at [$US190 a tonne] or", "money", 190, "USD", claimant=IGB),
        F("or around [$US130 million] in total", "money", 130e6, "USD", "approx", claimant=IGB),
        F("contract for around [500,000 tonnes] of Australian", "quantity", 500000, "tonne",
          "approx", claimant=MV),
    ],
    "abc-rural-0171": [
        F("More than [30] young people", "count", 30, bound="gt", counted="people"),
    ],
    "abc-rural-0254": [],
    "abc-rural-0290": [
        F("at least the next [10 years]", "duration", 10, "year", "ge",
          claimant="Ian Feldtman"),
    ],
    "abc-rural-0423": [
        F("fined [$10,000] for", "money", 10000, "AUD"),
        F("water for [1,500] head of cattle", "count", 1500, counted="cattle"),
    ],
    "abc-rural-0464": [
        R("fetched about [$10 to $12] before", "money", 10, 12, unit="AUD", bound="approx",
          claimant=JT),
        R("now worth [between $60 and $80].", "money", 60, 80, unit="AUD", claimant=JT),
    ],
    "abc-rural-0475": [],
    "abc-rural-0596": [],
    "abc-rural-0605": [
        R("are only [35 to 40 per cent] so", "percent", 35, 40, unit="percent", claimant=BT),
        R("about a [60 to 65 per cent] chance", "percent", 60, 65, unit="percent",
          bound="approx", claimant=BT),
    ],
    "abc-rural-0611": [],
    "abc-rural-0628": [
        F("under the [457] visa program", "identifier", claimant="Neil Duncan"),
    ],
    "abc-rural-0890": [
        F("only [40 per cent] full", "percent", 40, "percent", claimant="River Murray Water"),
    ],
    "abc-rural-1116": [
        F("merlot for [$2.00 a bottle].", "money", 2.0, "AUD"),
        F("normally selling for [$6.00].", "money", 6.0, "AUD"),
        F("in the US in [2003].", "date", 2003, date="2003"),
    ],
    "abc-rural-1123": [
        F("over the next [three months],", "duration", 3, "month", claimant=BOM),
        R("there is a [60 to 80 per cent] chance", "percent", 60, 80, unit="percent",
          claimant=BOM),
        F("there is a [50 per cent] chance", "percent", 50, "percent"),
        F("rainfall [between August and October].", "date"),
    ],
    "abc-rural-1206": [],
    "abc-rural-1217": [
        F("the arrest of [nine] people", "count", 9, counted="people"),
        F("[Nine] orchards were raided", "count", 9, counted="orchards"),
        F("culmination of a [12-month] undercover", "duration", 12, "month"),
    ],
    "abc-rural-1245": [
        F("over the past [five years] have", "duration", 5, "year"),
        F("inflows since [2001] at", "date", 2001, date="2001"),
        F("at just [40 per cent] of the", "percent", 40, "percent"),
    ],
    "abc-rural-1262": [
        F("up against [100] entries", "count", 100, counted="entries"),
    ],
    "abc-rural-1317": [
        F("from around [3.6 per cent] in", "percent", 3.6, "percent", "approx", claimant=ABARE),
        F("in the early [1980s] to", "date", claimant=ABARE),
        F("to [2.7 per cent] in the years", "percent", 2.7, "percent", claimant=ABARE),
        F("leading up to [2005].", "date", 2005, date="2005", claimant=ABARE),
    ],
    "abc-rural-1342": [
        F("we have [two] major supermarket chains", "count", 2, counted="chains",
          claimant="Michael Badcock"),
        F("control about [70 per cent] of", "percent", 70, "percent", "approx",
          claimant="Michael Badcock"),
    ],
    "abc-rural-1384": [
        F("after [two] staff members", "count", 2, counted="members"),
        F("more than [60 per cent] of voters", "percent", 60, "percent", "gt"),
        F("But [a day] later", "duration", 1, "day"),
        F("poll showed [70 per cent] believed", "percent", 70, "percent"),
    ],
    "abc-rural-1445": [
        F("Grains Board in [October 2000] to", "date", date="2000-10", claimant="Charles Stott"),
        F("went straight to an [October 2000] series", "date", date="2000-10"),
    ],
    # ------------------------------------------------------------------ test4 (held out)
    "abc-rural-1514": [
        F("raided in [July],", "date"),
    ],
    "abc-rural-1558": [],
    "abc-rural-1592": [
        F("A total of [350] workers", "count", 350, counted="workers"),
        F("slaughter up to [8,000] pigs", "count", 8000, bound="le", counted="pigs",
          claimant="Mike Adams"),
        F("having [one] modern factory", "count", 1, counted="factory", claimant="Mike Adams"),
        F("and [one] very old factory", "count", 1, counted="factory", claimant="Mike Adams"),
        F("run [two] plants", "count", 2, counted="plants", claimant="Mike Adams"),
    ],
    "abc-rural-1689": [],
    "abc-rural-1770": [
        F("just its [third] year", "ordinal", 3),
        F("by more than [30] points", "count", 30, bound="gt", counted="points"),
        F("\"Just [three years] up", "duration", 3, "year", claimant="Steve Rigby"),
    ],
    "abc-rural-1932": [
        R("ranging from [20 and 90 per cent].", "percent", 20, 90, unit="percent"),
        F("ruined [hundreds of tonnes] of grapes", "quantity", 100, "tonne", "ge",
          approximate=True, claimant="Tracey Sandow"),
        F("came in [Saturday] morning", "date", claimant="Tracey Sandow"),
    ],
    "abc-rural-2028": [],
    "abc-rural-2066": [
        F("mapped [98 per cent] of", "percent", 98, "percent"),
    ],
    "abc-rural-2137": [],
    "abc-rural-2214": [
        F("into [two] separate businesses", "count", 2, counted="businesses"),
        F("meeting in [February].", "date"),
    ],
    "abc-rural-2287": [],
    "abc-rural-2398": [
        F("cheer to [680] families", "count", 680, counted="families"),
        F("and [40] communities", "count", 40, counted="communities"),
        F("program in [October].", "date"),
        F("Up to [$2,000] has", "money", 2000, "AUD", "le"),
        F("grants of [$3,000] have", "money", 3000, "AUD"),
    ],
}
# fmt: on


def selection(stories):
    """The 36 stories: ``(split, index)``, dev4 first then test4."""
    n = len(stories)
    used = (
        gt.used_indices(n)
        | set(gt.dev2_indices(n))
        | set(gt.blind_indices(n))
        | set(dev2.selection3(stories))
    )
    sel = sorted(random.Random(SEED).sample([i for i in range(n) if i not in used], K))
    return [("dev4" if k < NDEV else "test4", i) for k, i in enumerate(sel)]


def build():
    stories = gt.abc_stories()
    sel = selection(stories)
    ids = [stories[i].doc_id for _, i in sel]
    taken = set()
    for path in sorted(gt.DATA.glob("*.jsonl")):
        if path != OUT:
            taken |= {r["doc_id"] for r in gt.read_jsonl(path)}
    if taken & set(ids):
        raise SystemExit(f"stories already used in tests/data: {sorted(taken & set(ids))}")
    gt.check_coverage(ANN, ids, "dev4/test4")
    return [
        gt.figure_doc(stories[i].doc_id, split, stories[i].title, stories[i].text,
                      ANN[stories[i].doc_id])
        for split, i in sel
    ]


def render(rows):
    for d in rows:
        print(f"===== {d['doc_id']} ({d['split']}) {d['title']}")
        t = d["text"]
        for f in d["numbers"]:
            ctx = t[max(0, f["start"] - 25) : f["start"]] + "[" + f["surface"] + "]"
            ctx += t[f["end"] : f["end"] + 15]
            print(f"  {f['kind']:<10} {f['value']} {f['unit']} {f['bound']} "
                  f"counted={f['counted']!r} date={f['date']} by={f['claimant']!r}  {ctx!r}")


def main(argv):
    rows = gt.read_or_build(argv, OUT, build)
    errors = gt.validate_figures(rows, set(SPLITS))
    gt.report(errors)
    if "--render" in argv:
        render(rows)
        gt.uncovered_digits(rows)
    for split in SPLITS:
        part = [r for r in rows if r["split"] == split]
        figs = [f for r in part for f in r["numbers"]]
        kinds = Counter(f["kind"] for f in figs)
        bounds = Counter(f["bound"] for f in figs)
        narr = sum(f["claimant"] == gt.NARRATOR for f in figs)
        print(f"{split}: {len(part)} documents ({sum(not r['numbers'] for r in part)} without "
              f"figures), {len(figs)} figures: {dict(sorted(kinds.items()))}; "
              f"bounds {dict(sorted(bounds.items()))}; narrator {narr}, speaker {len(figs) - narr}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
