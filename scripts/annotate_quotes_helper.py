"""Build and validate ``tests/data/quotes_gold.jsonl`` from hand-written quote annotations.

Every row below was written by a human annotator after reading the story. This
script does NOT detect quotes: it only turns the hand-written span strings into
character offsets, locates the hand-written speaker surface / reporting verb next
to that span, and validates the result (the code for both is shared with the other
annotation scripts in ``scripts/goldtools.py``).

Span notation in ``Q(...)``:

* ``"exact text"`` -- the exact quote text (must occur once in the story, or once
  inside the ``at=`` context string);
* ``("first words", "last words")`` -- the span runs from the first occurrence of
  ``first words`` to the end of the next occurrence of ``last words``.

``surface`` / ``verb`` are located as whole-word matches outside the quote span,
taking the occurrence nearest to the span (``s_side`` / ``v_side`` = "before" or
"after" restricts the side; ``s_at`` / ``v_at`` give a unique context string).
Rows with the same ``u`` label in one document share an utterance_id.

Usage::

    python scripts/annotate_quotes_helper.py            # build + validate + summary
    python scripts/annotate_quotes_helper.py --render   # also print rows for review
    python scripts/annotate_quotes_helper.py --check    # validate the existing file only
"""

from __future__ import annotations

import sys

import goldtools as gt
from goldtools import Q

OUT = gt.DATA / "quotes_gold.jsonl"
SPLITS = {"dev", "test"}

# --------------------------------------------------------------------------------------
# Hand annotations, keyed by doc_id. Documents with an empty list contain no quotes.
# --------------------------------------------------------------------------------------
# fmt: off
ANN: dict[str, list[Q]] = {}

ANN["seed"] = [
    Q("indirect", ("it aims to take back", "in a rapid offensive"), "Ukraine\u2019s government",
      "Ukraine\u2019s government", "said"),
    Q("indirect", "to again provide weapons systems", "Volodymyr Zelenskyy", "Volodymyr Zelenskyy",
      "called on", addressee="the West and United States"),
    Q("mixed", "Weapons systems need to be given to Ukraine from the West", "Volodymyr Zelenskyy",
      "he", "said", u="w"),
    Q("mixed", "to \u201cstrengthen cooperation to defeat\u201d Russian forces in the country",
      "Volodymyr Zelenskyy", "he", "said", u="w", s_side="before", v_side="before"),
    Q("indirect", "have helped limit Moscow\u2019s gains", "Kyiv", "Kyiv", "says"),
    Q("indirect", ("Ukrainian forces took 6,000", "in the recent offensive"), "Volodymyr Zelenskyy",
      "Zelenskyy", "claimed"),
    Q("indirect", "Fighting was still raging in the northeastern Kharkiv region", "Hanna Malyar",
      "Hanna Malyar", "told", addressee="Reuters", s_side="after", v_side="after"),
    Q("indirect", ("Ukraine\u2019s forces were making good progress", "operation is well planned"),
      "Hanna Malyar", "Hanna Malyar", "saying", addressee="Reuters", s_side="before"),
    Q("direct", ("The aim is to liberate", "occupied by the Russian Federation,"), "Hanna Malyar",
      "Hanna Malyar", "told", addressee="Reuters"),
    Q("mixed", "Ukrainian forces had made \u201csignificant progress\u201d in recent days", "Antony Blinken",
      "Antony Blinken", "told", addressee="reporters"),
    Q("indirect", "it\u2019s too early to make predictions", "Antony Blinken", "Antony Blinken", "said",
      s_side="before"),
    Q("direct", ("The Russians maintain very significant forces", "civilian infrastructure as we\u2019ve seen,"),
      "Antony Blinken", "Blinken", "said"),
    Q("direct", ("As a result of the strikes", "killed and injured,"), "the ministry", "the ministry",
      "stated"),
]

ANN["abc-rural-0010"] = [
    Q("indirect", ("the work follows research overseas", "anti-cancer properties"), "Kirsten Benkendorff",
      "Kirsten Benkendorff", "says"),
    Q("direct", ("The whelks that I'm looking at", "from that side of things,"), "Kirsten Benkendorff",
      "she", "said"),
]

_MO = "Matthew O'Sullivan"
_JM = "James Martin"
_JR = "John Roach"


def _lab(span, speaker, surface, u=None):
    """Transcript line ``Name: "..."`` -- the label is the attribution, no verb."""
    return Q("direct", span, speaker, surface, None, u=u, s_side="before")


ANN["abc-rural-0047"] = [
    _lab(("The Bureau of Agriculture and Resource Economics is taking", "what's the story James?"), _MO,
         "Matt O'Sullivan"),
    _lab(("Matt, I don't usually like", "rebound in the wool price as well."), _JM, _JM),
    _lab(("So it seems that there is going to be", "money in farmers' pockets?"), _MO, "Matt O'Sullivan"),
    _lab(("Not necessarily. Overall we're seeing", "That's down 6 per cent."), _JM, _JM),
    _lab("What about the economic picture being painted by ABARE's chief, Brian Fisher?", _MO,
         "Matt O'Sullivan"),
    _lab(("Economic growth should continue", "though is that won't happen:"), _JM, _JM),
    # audio clip of Brian Fisher, introduced by the reporter's previous line
    Q("direct", ("There have been people talking about the notion", "it's both a demand and supply story"),
      "Brian Fisher"),
    # the reporter (James Martin) resumes; no label
    Q("direct", ("Brian Fisher also says that farm costs", "around US65c for the Australian dollar."), _JM),
    _lab(("We think the Aussie dollar is probably", "something like 68c by this time next year."),
         "Alan Oster", "Alan Oster"),
    _lab("And that's going to have a big impact on exports?", _MO, "Matt O'Sullivan"),
    _lab(("It clearly helps in some senses", "it really doesn't go down at all."), _JM, _JM),
    _lab("Now I don't think you've got very good news about rural commodity prices?", _MO, "Matt O'Sullivan"),
    _lab(("Again part of this is that we have a faster fall", "those different effects coming through."),
         _JM, _JM),
    _lab("So that might be a faster impact than what ABARE's predicting?", _MO, "Matt O'Sullivan"),
    _lab("Yes.", _JM, _JM, ),
    _lab("You've also been talking about continuing concerns about the labour shortage, particularly skilled labour?",
         _MO, "Matt O'Sullivan"),
    _lab(("Yes, when we run our business surveys", "including the late 80s."), _JM, _JM),
    _lab("So the concern is always, will that show up in wages?", _MO, "Matt O'Sullivan"),
    _lab(("At this stage, the good news is nothing's happened.", "then they will pull the trigger."), _JM, _JM),
    _lab("Will the importation of labour be likely to hold off wage increases?", _MO, "Matt O'Sullivan"),
    _lab(("To the extent that you can take some pressure off", "not going to have to do anything."), _JM, _JM),
    _lab(("Around Australia, you're listening", "ABARE Outlook Conference in Canberra."), _MO, _MO, u="mo1"),
    Q("direct", ("Well, the Federal Agriculture Minister Peter McGauran", "agreed there is a problem."), _MO,
      u="mo1"),
    Q("direct", ("John Roach joins us now", "critical issue for the horticulture industry?"), _MO, u="mo1"),
    _lab(("I think not only critical to the horticulture industry", "particularly in the next five to 10 years."),
         _JR, _JR),
    _lab("What about these guest worker schemes? Are they having an impact in your sector?", _MO, _MO),
    _lab(("If I look at other countries, yes it does.", "but you'd need more specialised labour."), _JR, _JR),
    _lab("Is there a need to protect smaller farmers in the future?", _MO, _MO),
    _lab(("It's more about going to informed choice.", "or not grow and depart."), _JR, _JR),
    _lab(("We've also heard a lot over the past few years", "China's future in the global market?"), _MO, _MO),
    _lab(("That's right, the National People's Congress", "release of the Chinese Government's five-year plan."),
         "Sally Davison", "Sally Davison"),
]

ANN["abc-rural-0101"] = [
    Q("indirect", "protecting trees serves a dual purpose", "Richard Hobbs", "who", "says"),
    Q("direct", "We do value the trees, we think that we can crop and have trees,", "Richard Hobbs", "he", "said"),
    Q("direct", "We think it increases production - protection for the livestock and probably for crops too.",
      "Richard Hobbs"),
]

ANN["abc-rural-0312"] = []

ANN["abc-rural-0330"] = [
    Q("indirect", ("irrigators are making an application", "so they access the water"), "Paul McVeigh",
      "Paul McVeigh", "says"),
    Q("direct", ("The challenges I suppose this is new water", "sitting on a great asset,"), "Paul McVeigh",
      "he", "said"),
]

ANN["abc-rural-0367"] = []

ANN["abc-rural-0371"] = [
    Q("indirect", "the tender process will be put forward at the next ministerial council meeting",
      "Malcolm Turnbull", "Malcolm Turnbull", "says"),
]

ANN["abc-rural-0401"] = [
    Q("indirect", ("male farmer deaths from suicide", "any other group in the population"),
      "Rural Mental Health Network", "The network", "says"),
    Q("indirect", "to take action", "Rural Mental Health Network", "The network", "urging",
      addressee="governments"),
    Q("indirect", ("the drought may end, but ramifications", "continue for many years"),
      "Rural Mental Health Network", "The network", "saying"),
]

ANN["abc-rural-0420"] = [
    Q("indirect", "he is confident the boxes will be used", "Patrick Underwood", "Patrick Underwood", "says"),
    Q("direct", ("It's a fully galvanised and enclosed box", "restrained prior to slaughter,"),
      "Patrick Underwood", "he", "said"),
    Q("direct", ("I have formed an animal welfare task force", "benefits of using these restraining boxes."),
      "Patrick Underwood"),
]

ANN["abc-rural-0453"] = [
    Q("indirect", ("the mining industry is now looking to house workers", "which are in short supply"),
      "Jim Hickey", "Jim Hickey", "says"),
    Q("direct", "We're going to be shortly in need of some good development if other companies start to bring people in,",
      "Jim Hickey", "he", "said"),
]

ANN["abc-rural-0476"] = [
    Q("indirect", "there is little in the Budget to encourage exploration in the resources sector",
      "WA Chamber of Minerals and Energy", "WA Chamber of Minerals and Energy", "says"),
    Q("indirect", "more needs to be done there as well", "David Parker", "David Parker", "says"),
    Q("direct", "This is something which industry has been arguing for a number of years,", "David Parker",
      "he", "said"),
    Q("direct", "We see exploration as very much the future of the resources industry.", "David Parker", u="p"),
    Q("direct", "We are tending to rest on our laurels in terms of the future sustainability of the industry.",
      "David Parker", u="p"),
    Q("direct", ("I think if you look at the medium to long term", "we really are at cross roads."),
      "David Parker", u="p"),
]

ANN["abc-rural-0487"] = [
    Q("indirect", "the draft changes which will affect investor interest", "Judy Clark", "Judy Clark", "says"),
    Q("direct", ("Putting a cap on the immediate volume", "attractiveness of these schemes for investors,"),
      "Judy Clark", "she", "said"),
    Q("direct", "We don't need to plant more softwood to meet Australia's entire timber needs.", "Judy Clark"),
]

ANN["abc-rural-0577"] = [
    Q("indirect", "that is because it is not efficient", "management", "management", "denies"),
    Q("indirect", "delays are an issue", "Rob Loughnan", "Rob Loughnan", "says"),
    Q("indirect", ("the main reason for the change is because", "an individual beat from a herd"),
      "Rob Loughnan", "he", "says", s_side="before", v_side="before"),
    Q("direct", ("The market research is telling us", "that's going to have to be highlighted,"),
      "Rob Loughnan", "he", "said", s_side="after", v_side="after"),
]

ANN["abc-rural-0861"] = [
    Q("indirect", ("the wheat will be shipped as soon as possible", "bear the cost of the delays"),
      "Peter McBride", "Peter McBride", "says"),
]

ANN["abc-rural-0914"] = [
    Q("direct", ("I believe in two years' time the light", "a little bit short of red wine for example,"),
      "David Brownhill", "he", "said", s_side="after"),
]

ANN["abc-rural-0982"] = [
    Q("indirect", "Wine exports jumped 12 per cent during the last financial year but prices suffered",
      "Wine and Brandy Corporation", "Wine and Brandy Corporation", "according to"),
]

ANN["abc-rural-1030"] = [
    Q("indirect", "it was an anti-climax", "Tony Williams", "Tony Williams", "says"),
    Q("direct", ("There was a big build up to this one", "so very disappointing, really,"), "Tony Williams",
      "he", "said"),
    Q("direct", "It's been eight months since we've had a decent fall.", "Tony Williams", u="tw"),
    Q("direct", "Around 30 millimetres would have been nice but maybe next time.", "Tony Williams", u="tw"),
    Q("direct", ("The stuff that we did sow only about", "things are looking pretty grim,"), "Dean Munro",
      "he", "said"),
    Q("direct", "This weekend's probably the last roll of the dice for this crop I'd say.", "Dean Munro", u="dm"),
    Q("direct", "If we don't get substantial rain this weekend it's certainly in a fair bit of trouble.",
      "Dean Munro", u="dm"),
]

ANN["abc-rural-1059"] = []

ANN["abc-rural-1176"] = [
    Q("indirect", ("since the announcement issues have come up", "resolved by either company"),
      "Australian Wool Innovation", "Australian Wool Innovation", "says"),
    Q("indirect", "not to use the collapse as an excuse to destabilise the wool industry", "Len Stephens",
      "Len Stephens", "urging", addressee="others"),
]

ANN["abc-rural-1178"] = [
    Q("indirect", "the widely used toxin 1080 is not under threat at this stage", "Tony English",
      "Tony English", "says"),
    Q("direct", ("Not in the short term - 1080", "looking to phase out 1080,"), "Tony English", "he", "said"),
    Q("direct", ("We can start to look for new toxins", "more humane than it currently is."), "Tony English"),
]

ANN["abc-rural-1196"] = [
    Q("indirect", ("the campaign is designed to eliminate suspicion", "sold under false labels"),
      "Meg Parkinson", "Meg Parkinson", "says"),
    Q("direct", ("There has always been a push by some people", "the ones they say on the label,"),
      "Meg Parkinson", "she", "said"),
]

ANN["abc-rural-1265"] = [
    Q("indirect", ("it will not be offering incentives for biodiesel", "cheaper at the pump"),
      "the country's biggest oil refiner", "The country's biggest oil refiner", "says"),
    Q("indirect", "biodiesel is too expensive to cut prices for motorists", "Frank Topham", "Frank Topham", "says"),
    Q("direct", ("Biodiesel is significantly more expensive than ethanol", "will not be possible,"),
      "Frank Topham", "he", "said"),
    Q("indirect", "it is not buying fuel from the county's biggest biofuels producer", "Caltex", "Caltex",
      "rejected", s_side="before"),
]

ANN["abc-rural-1287"] = [
    Q("direct", ("This will take about 17 hours to load this ship", "filled to capacity,"), "Barry Donnelly",
      "he", "said"),
]

ANN["abc-rural-1308"] = [
    Q("indirect", ("growers need more information about the new organisation", "before they can make a decision"),
      "Martin Oppenheimer", "Martin Oppenheimer", "says"),
    Q("direct", ("At the moment in the current climate", "afford extra levies,"), "Martin Oppenheimer",
      "he", "said"),
    Q("direct", "What they want to be able to do is to split their levies between research and marketing.",
      "Martin Oppenheimer"),
]

ANN["abc-rural-1394"] = [
    # "Billy Hayes thinks there will be benefits" -- "thinks" is not annotated (guideline)
    Q("direct", "They'll be as pleased to see cattle out there as we will be,", "Billy Hayes", "he", "said"),
    Q("direct", "There'll be job outcomes, you know, for the young lads in the community.", "Billy Hayes"),
]

ANN["abc-rural-1424"] = [
    Q("indirect", "the disease could spread", "Gordon Murray", "Gordon Murray", "says"),
    Q("indirect", "growers with low yields need to decide whether it is worth using fungicides", "Gordon Murray",
      "He", "says"),
    Q("direct", ("With the generally dry conditions", "the damage it does will be much less,"), "Gordon Murray",
      "he", "said", s_side="after"),
    Q("direct", ("Dryland crops are unlikely to benefit", "a lot more rain."), "Gordon Murray"),
]

ANN["abc-rural-1460"] = [
    Q("indirect", ("its the busiest time of the year", "the hungry Sydney market"), "James Frew", "James Frew",
      "says"),
    Q("indirect", "the eastern markets are the most lucrative for flower producers", "James Frew", "He", "says"),
    Q("direct", "The market in Sydney is just, 'What have you got, what have you got? What can you send me?",
      "James Frew", "he", "said", s_side="after"),
]

ANN["abc-rural-1489"] = []

ANN["abc-rural-1510"] = [
    Q("indirect", ("tough decision are being made", "no guarantee of future water flows"), "Phil Mansell",
      "Phil Mansell", "says"),
    Q("direct", ("We have a grape crop there", "take that crop through into a harvest?"), "Phil Mansell",
      "he", "said"),
    Q("direct", ("It's a further million dollar investment", "significantly large area of vines."),
      "Phil Mansell", u="pm"),
    Q("direct", ("But the financiers are facing a terrible dilemma", "jobs in town et cetera?"),
      "Phil Mansell", u="pm"),
]

ANN["abc-rural-1541"] = [
    Q("indirect", "the value of Australian beef exports could fall by up to 20 per cent",
      "Meat and Livestock Australia", "Meat and Livestock Australia", "warned"),
    Q("mixed", "Korea a \"very different situation\" to Japan", "Greg Doud", "Greg Doud", "calls"),
    Q("direct", "Korea had over a year's worth of US beef in frozen storage, after December the 23rd, 2003,",
      "Greg Doud", "he", "said"),
    Q("direct", "And they kept right on moving through that product.", "Greg Doud", u="gd"),
    Q("direct", ("What we've consistently heard in Korea", "they were clamouring for the stuff."), "Greg Doud",
      u="gd"),
]

ANN["abc-rural-1627"] = [
    Q("indirect", "it has helped her", "Joanne Farey", "Joanne Farey", "says"),
    Q("direct", "We did some activities like propagation, I didn't even know what that was beforehand,",
      "Joanne Farey", "she", "said"),
]

ANN["abc-rural-1630"] = [
    Q("indirect", "to resume talks by no later than November", "Cairns Group", "the group", "called on",
      addressee="members of the World Trade Organisation"),
    Q("indirect", ("the level of ambition has not changed", "they might abort future discussions"),
      "Mark Vaile", "Mark Vaile", "says"),
    Q("indirect", "the major players need to be prepared to give more and expect less", "Cairns Group",
      "the group", "saying", s_side="before"),
]

ANN["abc-rural-1633"] = [
    Q("indirect", "although the testing cost $15,000, it was worth it", "Terry Hanly", "Terry Hanly", "says"),
]

ANN["abc-rural-1720"] = [
    Q("indirect", "the spectacle has not been seen for more than 70 years", "Kim Biggs", "Kim Biggs", "says"),
]

ANN["abc-rural-1722"] = [
    Q("indirect", "it is a landmark win", "Peter Corish", "Peter Corish", "says"),
]

ANN["abc-rural-1729"] = [
    Q("indirect", ("around 250 tanks are being sold each week", "six-week wait for them"), "Ross Hendy",
      "Ross Hendy", "says"),
]

ANN["abc-rural-1742"] = [
    Q("indirect", "122 grapevines were found in four Adelaide Bunnings stores", "Department of Primary Industries",
      "The Department of Primary Industries", "says"),
    Q("indirect", ("any breach of quarantine conditions", "$2 billion wine industry at risk"), "David Cartwright",
      "David Cartwright", "says"),
]

ANN["abc-rural-1806"] = []

ANN["abc-rural-1841"] = [
    Q("indirect", "to try to expand the Japanese beef market, rather than take market share from Australia",
      "the United States beef industry", "The United States beef industry", "pledged"),
    Q("indirect", "they would rather grow a contracted Japanese beef market than compete against Australia",
      "Mike John", "Mike John", "says"),
    Q("direct", ("I don't really look at it as a competitive issue", "regardless of where the beef comes from,"),
      "Mike John", "he", "said"),
]

ANN["abc-rural-1873"] = [
    Q("indirect", ("aside from the spiritual value of prayer", "support for those on the land"),
      "Michael Skewes", "Michael Skewes", "says"),
    Q("direct", ("I think for the farmers that were here", "that's got enormous value as well,"),
      "Michael Skewes", "he", "said", s_side="after"),
    Q("indirect", ("rainfall in parts of the Victoria River district", "50 millimetres per decade"),
      "Sam Cleland", "Sam Cleland", "says"),
    Q("direct", "It's potentially that it's not a direct result of greenhouse gases,", "Sam Cleland", "he", "said"),
    Q("direct", ("It might even be due to increased pollution", "Asia in our summer season."), "Sam Cleland"),
]

# ---- test split ----------------------------------------------------------------------

ANN["abc-rural-1888"] = [
    Q("indirect", ("continuing trapping and testing of wild birds", "isolate any live influenza viruses"),
      "John Curran", "John Curran", "says"),
    Q("direct", ("But by the same token we're still concerned", "closer to Australia through Indonesia,"),
      "John Curran", "Curran", "said"),
]

ANN["abc-rural-2008"] = [
    Q("indirect", "public attitudes to uranium mining are changing", "Mark Niutta", "Mark Niutta", "believes"),
]

ANN["abc-rural-2010"] = [
    Q("direct", ("There's not many businesses out there", "in a very financial position,"), "Phil Sefton",
      "he", "said"),
]

ANN["abc-rural-2011"] = [
    Q("indirect", ("they are worried about the loss of valuable genetics", "unless they receive drought assistance"),
      "stud breeders in the cattle industry", "Stud breeders in the cattle industry", "say"),
    Q("indirect", "most of that income is being used to support stud properties during the drought",
      "the industry", "The industry", "says"),
    Q("indirect", ("she is going into serious debt", "sell cows to abattoirs"), "Marilyn Pell", "Marilyn Pell",
      "says"),
    Q("direct", "I've paid up to $2,500 just for one cow because she was a well bred cow with her genetics,",
      "Marilyn Pell", "she", "said", s_side="after"),
    Q("direct", "If I was to send her in now to get her head cut off you know I'd be lucky to get $400.",
      "Marilyn Pell"),
]

ANN["abc-rural-2041"] = [
    # "Paul Drazek sees little hope ..." -- NP object of a non-speech verb: not annotated
    Q("direct", ("I think the changes of his getting that approval", "before the next election,"),
      "Paul Drazek", "Drazek", "said"),
]

ANN["abc-rural-2058"] = [
    Q("indirect", ("both meatworks are operating at full capacity", "urgently needed"), "Brian Deavey",
      "Brian Deavey", "says"),
    Q("direct", ("We actually are assisting with relocation costs", "our two South Australian plants to work,"),
      "Brian Deavey", "he", "said"),
]

ANN["abc-rural-2074"] = [
    Q("indirect", "livestock issues will be key", "Colin Woodall", "Colin Woodall", "says"),
    Q("direct", "Including country of origin labelling [and] a ban on packer ownership,", "Colin Woodall",
      "he", "said"),
    Q("direct", "As far as animal ID, we think that also is going to come up.", "Colin Woodall"),
]

ANN["abc-rural-2096"] = [
    # "hopes the locally produced fuel will ..." -- "hopes" is not annotated (guideline)
    Q("indirect", "the final product depends on the quality of the original oil", "Paul Geering", "Paul Geering",
      "says"),
]

ANN["abc-rural-2103"] = [
    Q("indirect", "farmers should not fear the growth of generic homebrand lines", "Coles Myer", "Coles Myer",
      "says"),
    Q("indirect", "the move should be looked at as more of an opportunity than a threat", "Jackie Healing",
      "Jackie Healing", "says"),
    Q("direct", "This is northing to be worried about,", "Jackie Healing", "she", "said"),
    Q("direct", ("The growth of house brand is a fantastic mechanism", "loyalty to the Australian market."),
      "Jackie Healing"),
]

ANN["abc-rural-2148"] = []
# fmt: on


# --------------------------------------------------------------------------------------
# Conversion
# --------------------------------------------------------------------------------------


def load_docs():
    docs = [
        {"doc_id": "seed", "split": "dev", "title": "", "text": gt.SEED.read_text(encoding="utf-8")}
    ]
    for split, s in gt.gold_sample(gt.abc_stories()):
        docs.append({"doc_id": s.doc_id, "split": split, "title": s.title, "text": s.text})
    return docs


def build():
    docs = load_docs()
    gt.check_coverage(ANN, [d["doc_id"] for d in docs], "quotes")
    for d in docs:
        d["quotes"] = gt.quote_rows(d["doc_id"], d["text"], ANN[d["doc_id"]])
    return docs


# --------------------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------------------


def validate(docs):
    errors = gt.validate_quotes(docs, SPLITS)
    if not any(d["doc_id"] == "seed" for d in docs):
        errors.append("seed document missing")
    n_dev = sum(1 for d in docs if d["split"] == "dev" and d["doc_id"] != "seed")
    if n_dev < 40:
        errors.append(f"only {n_dev} dev stories besides the seed")
    return errors


def summary(docs):
    by, ndocs = gt.kind_counts(docs, "quotes")
    lines = [
        "| split | docs | direct | mixed | indirect | unattributed | total |",
        "|---|---|---|---|---|---|---|",
    ]
    for sp in ("dev", "test"):
        ks = [by[(sp, k)] for k in ("direct", "mixed", "indirect", "unattributed")]
        lines.append(f"| {sp} | {ndocs[sp]} | " + " | ".join(map(str, ks)) + f" | {sum(ks)} |")
    ks = [by[("dev", k)] + by[("test", k)] for k in ("direct", "mixed", "indirect", "unattributed")]
    lines.append(f"| all | {sum(ndocs.values())} | " + " | ".join(map(str, ks)) + f" | {sum(ks)} |")
    return "\n".join(lines)


def render(docs):
    for d in docs:
        print(f"===== {d['doc_id']} ({d['split']}) {d['title']}")
        text = d["text"]
        for r in d["quotes"]:
            print(
                f"  [{r['utterance_id']}] {r['kind']:<8} {r['speaker']!r} <- {r['speaker_surface']!r}"
                f"@{r['speaker_start']} verb={r['verb']!r}@{r['verb_start']} to={r['addressee']!r}"
            )
            lo = min(x for x in (r["start"], r["speaker_start"], r["verb_start"]) if x is not None)
            hi = max(x for x in (r["end"], r["speaker_end"], r["verb_end"]) if x is not None)
            ins = []
            for a, b, o, c in (
                (r["start"], r["end"], "[", "]"),
                (r["speaker_start"], r["speaker_end"], "<S:", ">"),
                (r["verb_start"], r["verb_end"], "<V:", ">"),
            ):
                if a is not None:
                    ins += [(a, 1, o), (b, 0, c)]
            out, pos = [], max(0, lo - 10)
            for p, _, m in sorted(ins):
                out.append(text[pos:p])
                out.append(m)
                pos = p
            out.append(text[pos : min(len(text), hi + 10)])
            print("     " + "".join(out).replace("\n", " / "))


def main(argv):
    if "--check" in argv:
        docs = gt.read_jsonl(OUT)
    else:
        docs = build()
        if "--render" in argv:
            render(docs)
    if gt.report(validate(docs)):
        return 1
    if "--check" not in argv:
        gt.write_jsonl(OUT, ({k: d[k] for k in gt.QUOTE_DOC_KEYS} for d in docs))
        print(f"wrote {OUT.relative_to(gt.ROOT)}")
    print(summary(docs))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
