"""Figures: money, percentages, quantities, counts, fractions, dates, with bounds and claimants.

:func:`extract` finds every figure an article states and returns one row per figure
(columns in :data:`analysis.schema.NUMBERS`), normalised so figures can be compared and
summed:

- ``kind``: money | percent | quantity | count | fraction | date | time | duration |
  ordinal | number | identifier.
- ``value`` (midpoint for ranges, with ``low``/``high``), ``unit`` (ISO 4217 for money,
  singular unit name for quantities and durations, "percent"), ``normalised_value`` /
  ``normalised_unit`` (SI base units via pint for quantities and durations; money stays in
  its currency; percents and fractions become ratios).
- ``bound`` from the hedge words around the span (never inside it): eq | approx | gt |
  ge | lt | le; ``approximate`` for approx bounds and vague magnitudes ("billions of").
- ``date`` (ISO) and ``weekday`` for dates, resolved against ``published`` when known.
- ``converted_from`` / ``conversion_ok`` link a parenthetical conversion to the figure it
  converts and say whether the two agree within the stated precision.
- ``claimant``: the speaker of the quote whose span holds the figure, else "narrator".

Spans follow ``tests/data/README.md``: money, percent and quantity spans include the
currency and unit, counts are the number only (the noun goes to ``counted``), ranges
are one span.

A bare "$" or "dollars" is :data:`DEFAULT_CURRENCY` (USD) unless the text is clearly
Australian (see :func:`dollar_currency`).

The extractor is one left-to-right pass over a regex word tokenisation of the text,
with dictionary look-ups (lexicons in :mod:`analysis._numwords`); pint is only called
for figures with units, and its registry is built once.

>>> import pandas as pd
>>> rows = extract("Aid rose by over $13.5 billion.", pd.DataFrame(), pd.DataFrame(), pd.DataFrame())
>>> rows[["surface", "kind", "value", "unit", "bound"]].values.tolist()
[['$13.5 billion', 'money', 13500000000.0, 'USD', 'gt']]
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import re
from functools import cache, lru_cache
from itertools import pairwise

import pandas as pd

from . import _numwords as W
from . import schema

#: Currency of a bare "$" / "dollars" when the text gives no sign of another dollar.
DEFAULT_CURRENCY = "USD"

# Signs that a story is Australian, so its bare dollars are Australian dollars.
_AU_CUES = re.compile(
    r"\b(?:Australia|Australian|Australians|Queensland|New South Wales|NSW|Victoria|"
    r"Victorian|Tasmania|Tasmanian|Canberra|Sydney|Melbourne|Brisbane|Adelaide|Perth|"
    r"Darwin|Hobart|ABARE|Northern Territory|Murray-Darling|Kimberley|Top End|Gippsland|"
    r"Riverina|ABC Rural|Aussie|WA|NT|Territory|CSIRO|AWB|ABARES|GrainCorp|Graincorp|CBH|"
    r"Landcare|Wagga|Albury|Toowoomba|Geelong|Bendigo|Ballarat|Mildura|Riverland|Wimmera|"
    r"Mallee|Pilbara|Barossa|Cape York|Carpentaria|Tamworth|Dubbo|Cairns|Townsville|"
    r"Rockhampton|Bundaberg|Launceston|Alice Springs|Kalgoorlie|Geraldton|Esperance|Broome|"
    r"Shepparton|Goulburn)\b|\bA\$|\bAU\$"
)
_US_CUES = re.compile(
    r"\b(?:United States|U\.S\.|Washington|Congress|Pentagon|Wall Street|White House|"
    r"Americans?|Senate|Federal Reserve|Fed)\b|\bUS\$"
)


_CELSIUS = re.compile(r"Celsius|centigrade|°C|\d ?C\b")


def dollar_currency(text: str) -> str:
    """ISO code of a bare "$" in ``text``: AUD when Australian cues are at least as many as US ones.

    >>> dollar_currency("Queensland growers in Australia got $5."), dollar_currency("$5 aid")
    ('AUD', 'USD')
    """
    au = len(_AU_CUES.findall(text))
    us = len(_US_CUES.findall(text))
    if au and au >= us:
        return "AUD"
    for cues, iso in _OTHER_DOLLARS:
        found = len(cues.findall(text))
        if found >= 2 and found > max(us, au):
            return iso  # "$300-million" in a story about Canada (a single mention is not enough)
    return DEFAULT_CURRENCY


# Stories whose bare "$" is another country's dollar, and countries that decide which
# peso, krona or rupee a story means.
_UK_CUES = re.compile(r"\b(?:Britain|British|UK|England|English|Scotland|Scottish|Wales|Welsh|London|"
                      r"Westminster|Downing Street|Bank of England|Chancellor of the Exchequer|NHS)\b")
_OTHER_DOLLARS = [
    (re.compile(r"\b(?:Canada|Canadian|Canadians|Ottawa|Toronto|Montreal|Vancouver|Alberta|Ontario|"
                r"Quebec|Manitoba|Saskatchewan|Nova Scotia|British Columbia|Calgary|Edmonton)\b|\bC\$"), "CAD"),
    (re.compile(r"\b(?:New Zealand|Auckland|Wellington|Christchurch|Kiwi|Kiwis)\b|\bNZ\$"), "NZD"),
]
_COUNTRY_CURRENCY = {
    ("pesos", "peso"): [("Chile|Chilean|Santiago", "CLP"), ("Colombia|Colombian|Bogot", "COP"),
                        ("Argentin|Buenos Aires", "ARS"), ("Philippine|Manila|Filipino", "PHP"),
                        ("Uruguay", "UYU")],
    ("kr", "krone", "kroner"): [("Denmark|Danish|Copenhagen", "DKK"),
                                                   ("Norw|Oslo", "NOK"), ("Iceland", "ISK")],
    ("rupees", "rupee"): [("Pakistan|Karachi|Lahore|Islamabad", "PKR"), ("Sri Lanka|Colombo", "LKR"),
                          ("Nepal|Kathmandu", "NPR")],
    ("shillings", "shilling"): [("Uganda|Kampala", "UGX"), ("Tanzania|Dar es Salaam", "TZS")],
}


def country_currency(word: str, text: str, default: str) -> str:
    """The ISO code of an ambiguous currency name ("pesos", "kr") from the countries a story names.

    >>> country_currency("pesos", "Santiago: copper exports rose.", "MXN")
    'CLP'
    """
    for words, choices in _COUNTRY_CURRENCY.items():
        if word in words:
            for pattern, iso in choices:
                if re.search(pattern, text):
                    return iso
    return default


# --------------------------------------------------------------------------- helpers
_DETERMINERS = {"the", "its", "their", "his", "her", "our", "your", "my", "this", "that",
                "each", "every", "whose", "s"}
_DURATION_PREPS = {"over", "for", "within", "than", "after", "about", "nearly", "almost",
                   "around", "under", "in", "least", "last", "past", "of", "just", "only", "by"}
_YEAR_PREPS = {"in", "since", "by", "until", "till", "before", "after", "from", "of",
               "during", "to", "the", "through", "between", "mid", "early", "late",
               "year", "around", "circa", "-"}
# Words before a count that make a following four-digit number a count, not a year.
_COUNT_HEDGES = {"about", "around", "nearly", "almost", "some", "over", "than", "another",
                 "approximately", "roughly", "only", "just", "least", "all", "those", "these"}
_PARTITIVE_DETS = {"the", "these", "those", "its", "their", "our", "his", "her", "your"}
_SAYS = {"said", "says", "told", "added", "explained", "reckons", "believes", "thinks",
         "rejects", "rejected", "denies", "denied", "disagrees", "predicts", "estimates",
         "suggested", "argued", "agreed", "noted", "commented", "warned", "claimed"}
# A figure after these, with its own unit, followed by "to" + a figure: a change, then a level.
_CHANGE_WORDS = {"up", "down", "by", "rose", "fell", "jumped", "climbed", "dropped", "gained",
                 "lost", "added", "shed", "slipped", "eased", "rising", "falling"}
_CHANGE_VERBS = {"went", "go", "goes", "going", "moved", "move", "cut", "cuts", "raise", "raised",
                 "lift", "lifted", "boost", "boosted", "lower", "lowered", "fall", "falls", "rise",
                 "rises", "grew", "grow", "grows", "slid", "slide", "change", "changed", "jump",
                 "drop", "drops", "climb", "climbs", "shrank", "shrink", "widen", "narrow",
                 "revised", "upgraded", "downgraded", "swung", "swing", "recovered", "soared",
                 "surged", "plunged", "tumbled", "halved", "doubled", "trebled", "tripled"}
_CHANGE_STEMS = ("increas", "decreas", "reduc", "declin", "improv", "expan", "narrow", "widen",
                 "rais", "lower", "grow", "fall", "ris", "jump", "climb", "drop", "shift",
                 "boost", "slash", "hike", "hiking", "chang")
_LOWER_ID = {"omega", "covid"}  # lower-case names glued to a number: "omega-3 oils"
_RANGING = {"ranging", "range", "ranges", "ranged", "varying", "vary", "varies", "varied"}
_RANK_VERBS = {"placed", "finished", "came", "ranked", "ranks", "rated", "finishing", "ran",
               "placing", "coming", "ranking", "slipped", "climbed"}
_VAGUE_QUANTIFIERS = {"several", "few"}
# Plural nouns without a plural "-s", which taggers often call adjectives after a number.
_INVARIANT_PLURALS = {"sheep", "cattle", "deer", "fish", "livestock", "people", "staff",
                      "poultry", "swine", "salmon", "tuna", "personnel", "police", "aircraft",
                      "offspring", "children", "women", "men", "bison", "trout", "cod"}
_VAGUE_SCALES = {"hundred": 100.0, **W.SCALES}  # after "several" / "a few"
_NOUN_TAGS = {"NN", "NNS", "NNP", "NNPS"}
_MODIFIER_TAGS = {"JJ", "JJR", "JJS", "VBN", "VBD", "NNP", "NNPS", "NN", "HYPH", "VBG"}
_NOT_COUNTED = {"per", "percent", "cent", "times", "of", "or", "to", "and", "is", "are",
                "was", "were", "has", "have", "had", "will", "would", "am", "pm"}
_NOT_ID_PREFIX = {"mid", "pre", "post", "late", "early", "circa", "around", "over",
                  "under", "top", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
                  "sep", "sept", "oct", "nov", "dec"}
# Without POS tags (tokens frame empty) these are never read as the counted noun.
_FUNCTION_WORDS = {
    "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are",
    "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but",
    "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for",
    "from", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how",
    "i", "if", "in", "into", "is", "it", "its", "just", "may", "me", "might", "more", "most",
    "must", "my", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other",
    "our", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that",
    "the", "their", "them", "then", "there", "these", "they", "this", "those", "through", "to",
    "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where",
    "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yet",
    "also", "still", "even", "already", "ago", "every", "per"
}
_NAME = "\x00name"  # counted() sentinel: the number is part of a name
# Nouns that label a thing with a number: "category three", "stage 2", "section 45".
_LABELS = {"exhibit", "item", "lot", "appendix", "annex", "category", "level", "stage", "phase", "grade", "section", "chapter", "article",
           "clause", "route", "highway", "page", "platform", "gate", "room", "number",
           "flight", "channel", "schedule", "part", "division", "tier", "series", "version",
           "junction", "exit", "terminal", "regulation", "directive", "resolution", "bus",
           "line", "act", "rule", "amendment", "pier", "berth", "ward", "block", "model", "type"}
_ORDINAL_SUFFIX = re.compile(r"(\d+)(st|nd|rd|th)")
_TIME_TOKEN = re.compile(r"(\d{1,2})(?:[.:](\d{2}))?(am|pm)")
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})")
_RATIO = re.compile(r"(\d{1,3}):(\d{1,3})")
_RACE_TIME = re.compile(r"(?:(\d{1,2}):)?(\d{1,2}):(\d{2}\.\d{1,3})|(\d{1,2}):(\d{2}):(\d{2})")
_VERSION = re.compile(r"\d+\.\d+\.\d+(?:\.\d+)*")
_DOTTED_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)")
# Lower-case words that can start a figure; any other word is skipped at once.
_TRIGGERS = (set(W.SMALL) | set(W.SCALES) | set(W.VAGUE) | set(W.MONTHS) | set(W.MONTH_ABBR)
             | set(W.WEEKDAYS) | set(W.ORDINALS) | set(W.MULTIPLIERS) | set(W.DENOMINATORS)
             | W.ISO_CODES | set(W.CURRENCY_PREFIXES)
             | {"a", "an", "half", "twice", "between", "single", "fy", "noon", "midday", "midnight",
                "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
                "year", "month", "week", "day", "magnitude", "quarter", "gas", "mondays", "tuesdays",
                "wednesdays", "thursdays", "fridays", "saturdays", "sundays"})
_HAS_DIGIT = re.compile(r"\d")
_CLOSING_PAREN = re.compile(r"\s*\)")
# How far before a figure an attribution is looked for (keeps long sentences linear).
_ATTRIBUTION_REACH = 300
# Unit symbols written with capitals; other capitals glued to digits make an identifier.
_UPPER_UNITS = {"ML", "GL", "MW", "GW", "kW", "KW", "kWh", "MWh", "GWh", "TWh", "L", "Ha",
                "KM", "Km", "KG", "Kg", "MM", "BN", "M", "B", "K", "PM", "AM", "C", "F",
                "GB", "MB", "KB", "kB", "TB", "PB", "GHz", "MHz", "kHz", "Hz", "V", "kV", "mA",
                "mAh", "kJ", "MJ", "Mbps", "Gbps", "Kbps", "kPa", "hPa", "Pa", "TW", "BTU",
                "Btu", "Mt", "kt", "Mb", "Gb", "W", "dB", "Wh", "mm", "cm", "km"}
# People whose "under 12" / "over 65" is an age.
_PEOPLE = {"children", "kids", "people", "adults", "voters", "men", "women", "girls", "boys",
           "players", "teenagers", "anyone", "those", "patients", "residents", "workers",
           "drivers", "users", "students", "pupils", "infants", "babies", "aged", "everyone"}
_NAIRA = re.compile(r"N\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_NIGERIA = re.compile(r"Nigeria|naira|₦")
# Measures that "a ... of" makes one unit of ("a kilo of beef"; "a bit of", "a bar of" are not).
_MEASURES = {"kilo", "kilogram", "kilogramme", "gram", "litre", "liter", "pint", "gallon", "tonne",
             "ton", "metre", "meter", "mile", "kilometre", "kilometer", "foot", "yard", "inch",
             "acre", "hectare", "cup", "teaspoon", "tablespoon", "ounce", "quart", "barrel",
             "millilitre", "centimetre"}
_SEASONS = {"spring", "summer", "autumn", "fall", "winter", "christmas", "easter", "ramadan",
            "budget", "census", "election", "class", "vintage", "season"}
_TIME_ZONES = {"GMT", "UTC", "BST", "CET", "CEST", "EST", "EDT", "CST", "CDT", "PST", "PDT", "MST",
               "MDT", "AEST", "AEDT", "ACST", "AWST", "JST", "IST", "HKT", "SGT", "NZST", "NZDT"}
_SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPERSCRIPTS = str.maketrans(_SUPERSCRIPT_DIGITS, "0123456789")
_RACES = {"race", "races", "run", "runs", "walk", "event", "fun", "charity", "road", "trail",
          "classic", "classical", "freestyle", "sprint", "relay", "cross", "ski", "marathon",
          "hurdles", "final", "finals", "heats", "medley", "backstroke", "butterfly",
          "breaststroke", "steeplechase", "dash", "individual"}
# Nouns an ordinal ranks when hyphenated to them: "fourth-quarter", "first-round", "third-place".
_RANKED_NOUNS = {"quarter", "half", "round", "place", "placed", "seed", "seeded", "term", "innings",
                 "inning", "period", "leg", "stage", "set", "game", "generation", "grade", "tier",
                 "floor", "year", "day"}
_FUTURE = re.compile(r"\b(?:will|won't|'ll|’ll|shall|is to|are to|is due|are due|is scheduled|are "
                     r"scheduled|is expected to|are expected to|plans? to|going to|next|upcoming|"
                     r"goes on sale|go on sale|to be held)\b", re.IGNORECASE)
# Words before "from" that make it a price floor ("costs from $5", "priced from £14.99").
# Words before "over" + a duration that make it "during" rather than "more than".
_SPREAD_OVER = {"spread", "spent", "spending", "paid", "phased", "repaid", "introduced", "rolled",
                "staggered", "delivered", "built", "implemented", "invested", "allocated", "cut",
                "increase", "increased", "reduce", "reduced", "decline", "declined", "fall", "fell",
                "rise", "rose", "grow", "grew", "lost", "gained", "weeks", "years", "months"}
_NEGATED = {"lt": "ge", "gt": "le", "le": "gt", "ge": "lt"}
_NEGATION = re.compile(r"\b(?:not|never|no)\b|n[’']t\b")
_PRICED = {"costs", "cost", "priced", "available", "sells", "sell", "retails", "retail", "fares",
           "prices", "tickets", "rooms", "rates", "starting", "start", "starts", "plans", "deals"}
# Capitalised nouns after an ordinal that make a name: "the 8th Circuit", "the 5th Fleet".
_UNIT_NAMES = {"Circuit", "District", "Fleet", "Army", "Regiment", "Division", "Brigade",
               "Battalion", "Corps", "Amendment", "Avenue", "Street", "Precinct", "Ward",
               "Cavalry", "Infantry", "Squadron", "Airborne", "Marines", "Congress", "Dynasty",
               "Republic", "Symphony", "Earl", "Duke", "Baron"}
_SUBJECT_PRONOUNS = {"i", "we", "you", "he", "she", "it", "they"}
# Street words after a number make it an address ("601 Riverview Dr.", "10 Downing Street").
_STREETS = {"St", "Street", "Dr", "Drive", "Ave", "Avenue", "Rd", "Road", "Blvd", "Boulevard",
            "Lane", "Ln", "Way", "Place", "Pl", "Terrace", "Tce", "Crescent", "Parade",
            "Highway", "Hwy", "Court", "Ct", "Square", "Sq"}
_WEEKDAY_ABBR = {"Mon": "monday", "Tue": "tuesday", "Tues": "tuesday", "Wed": "wednesday",
                 "Thu": "thursday", "Thur": "thursday", "Thurs": "thursday", "Fri": "friday",
                 "Sat": "saturday", "Sun": "sunday"}
_WEEKDAY_TITLES = {"Night", "Times", "Telegraph", "Mail", "Express", "Herald", "Post", "Star",
                   "Mirror", "Sport", "Age", "Tribune", "Observer", "Review", "Club", "Magazine"}
_NAMED_DAYS = {"Good", "Black", "Holy", "Easter", "Palm", "Super", "Ash", "Cyber", "Bloody",
               "Maundy", "Shrove", "Whit", "Giving"}
# Words after a spaced "m" that make it metres, not millions ("5 m people").
_AFTER_METRES = {"above", "below", "tall", "high", "long", "wide", "deep", "away", "north",
                 "south", "east", "west", "under", "underground", "offshore", "inland", "up",
                 "down", "in", "across", "from", "at", ".", ",", ";", ")", "", "and", "or",
                 "to", "-", "–"}
# A measure stated in two units: the larger unit -> (the smaller, how many make one).
_COMPOUND = {"foot": ("inch", 12), "yard": ("foot", 3), "mile": ("yard", 1760),
             "stone": ("pound", 14), "pound": ("ounce", 16), "metre": ("centimetre", 100),
             "year": ("month", 12), "week": ("day", 7), "day": ("hour", 24),
             "hour": ("minute", 60), "minute": ("second", 60)}
# precompiled patterns used by the scanner
_WORD = re.compile(r"\w+")
_FOUR_DIGITS = re.compile(r"\d{4}")
_DAY = re.compile(r"(\d{1,2})(st|nd|rd|th)?")
_YEAR = re.compile(r"(1[89]|20|21)\d\d")
_DATED_YEAR = re.compile(r"(1\d|20|21)\d\d")  # a year right after a day and month
_QUARTER = re.compile(r"([QH])([1-4])")
_DECADE = re.compile(r"(\d{2}|1[89]\d0|20\d0)s")
_FY_START = re.compile(r"\d{2}|(?:19|20)\d{2}")
_TWO_DIGITS = re.compile(r"\d{2}")
_ZERO_YEAR = re.compile(r"0\d")
_YEAR4 = re.compile(r"(?:19|20)\d{2}")
_HOUR = re.compile(r"(\d{1,2})(?:[.:](\d{2}))?")
_FY_LABEL = re.compile(r"FY(\d\d|\d{4})")
_ALNUM_ID = re.compile(r"[A-Za-z]+\d\w*(?:\.\d+)*")  # "H5N1", "PM2.5"
_SENTENCE_END = {".", "!", "?", "“", '"', "‘", ":", ";", "(", ")", "—", "–"}


@lru_cache(maxsize=1)
def _registry():
    """The pint registry, built once (it takes about a second)."""
    import pint

    return pint.UnitRegistry()


@cache
def _base(expr: str) -> tuple[float, str]:
    """Factor and unit that convert ``expr`` to SI base units (cached per unit)."""
    try:
        return float(expr), ""  # a pure number: ppb ("1e-9"), megapixel ("1e6")
    except ValueError:
        pass
    ureg = _registry()
    if _WORD.fullmatch(expr):  # offset units (degC) cannot be multiplied
        q = ureg.Quantity(1.0, ureg.parse_units(expr)).to_base_units()
    else:
        q = (1.0 * ureg.parse_expression(expr)).to_base_units()
    return float(q.magnitude), format(q.units, "~C")


def normalise(value: float, unit: str) -> tuple[float, str]:
    """``value`` in ``unit`` (a name from the unit lexicon) in SI base units, via pint.

    >>> normalise(6000, "square kilometre")
    (6000000000.0, 'm**2')
    """
    expr = _pint_expr(unit)
    if expr in {"degC", "degF"}:
        ureg = _registry()
        q = ureg.Quantity(value, getattr(ureg, expr)).to_base_units()
        return float(q.magnitude), format(q.units, "~C")
    factor, base = _base(expr)
    return value * factor, base or "ratio"  # ppm, ppb: dimensionless, like percentages


def _pint_expr(unit: str) -> str:
    if " per " in unit and unit not in W.PINT_EXPR:
        num, den = unit.split(" per ", 1)
        return f"({_pint_expr(num)}) / ({_pint_expr(den)})"
    return W.PINT_EXPR[unit]


def _clean(value: float | None) -> float | None:
    """Round away binary noise (0.35000000000000003 -> 0.35): 12 significant digits."""
    return None if value is None else float(f"{value:.12g}")


def _published(published) -> dt.date | None:
    if published is None or (isinstance(published, float) and math.isnan(published)):
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    try:
        return dt.date.fromisoformat(str(published)[:10])
    except ValueError:
        return None


# --------------------------------------------------------------------------- scanner
class _Scanner:
    """One pass over the text's word tokens, returning figure records (dicts)."""

    def __init__(self, text: str, tokens: pd.DataFrame, published: dt.date | None):
        self.text = text
        self.published = published
        self.currency = dollar_currency(text)
        self.pound_is_money = "£" in text or "sterling" in text or bool(_UK_CUES.search(text))
        raw, starts, ends = [], [], []
        for m in W.TOKEN.finditer(text):
            raw.append(m.group())
            starts.append(m.start())
            ends.append(m.end())
        self.raw, self.starts, self.ends = raw, starts, ends
        self.low = [t.lower() for t in raw]
        self.n = len(raw)
        self._tokens = tokens
        self._tags: dict[int, str] | None = None

    @property
    def tags(self) -> dict[int, str]:
        """POS tags by start offset, built on first use (many texts never need them)."""
        if self._tags is None:
            tokens = self._tokens
            self._tags = {}
            if len(tokens) and "pos" in tokens.columns:
                pos = tokens["pos"]
                if isinstance(pos.array, pd.arrays.ArrowStringArray):
                    # arrow's conversion is ~10x faster than Series.tolist; <NA> kept as it gives it
                    tags = [pd.NA if t is None else t for t in pos.array.__arrow_array__().to_pylist()]
                else:
                    tags = pos.tolist()
                self._tags = dict(zip(tokens["start"].tolist(), tags))
        return self._tags

    # ---- token predicates
    def tag(self, k: int) -> str:
        t = self.tags.get(self.starts[k])
        if t is not None and (t != "NNP" or self.raw[k][:1].isupper()):
            return t
        w = self.raw[k]
        if not w[:1].isalpha():
            return "CD" if w[:1].isdigit() else "SYM"
        if self.low[k] in _FUNCTION_WORDS:  # no tagger output: closed-class words
            return "IN"
        if w[:1].isupper():
            return "NNP"
        return "NNS" if w.endswith("s") and not w.endswith("ss") else "NN"

    def glued(self, k: int) -> bool:
        """Token ``k`` touches token ``k - 1`` (no space between); False past the last token."""
        return 0 < k < len(self.starts) and self.starts[k] == self.ends[k - 1]

    def sentence_start(self, k: int) -> bool:
        if k == 0:
            return True
        if "\n" in self.text[self.ends[k - 1] : self.starts[k]]:
            return True
        return self.raw[k - 1] in _SENTENCE_END

    def word(self, k: int) -> str:
        return self.low[k] if 0 <= k < self.n else ""

    # ---- the pass
    def scan(self) -> list[dict]:
        figs: list[dict] = []
        phones = {}
        for m in W.PHONE.finditer(self.text):
            i = bisect.bisect_left(self.starts, m.start())
            phones[i] = bisect.bisect_left(self.starts, m.end())
        i = 0
        while i < self.n:
            if i in phones:
                figs.append(self._new(i, phones[i], "identifier", None))
                i = phones[i]
                continue
            found = self.at(i)
            if not found:
                i += 1
                continue
            figs.extend(f for f in found if not f.get("drop"))  # "drop": consumed, no figure
            i = max(f["j"] for f in found)
        return figs

    def at(self, i: int) -> list[dict] | None:
        w = self.low[i]
        c = w[:1]
        if c.isdigit():
            fig = self.date_at(i) or self.time_at(i) or self.glued_identifier(i) or self.ratio(i)
            if fig and fig["kind"] == "time" and self.word(fig["j"]) in {"to", "until", "till", "-", "–"} \
                    and self.word(i - 1) == "from":
                second = self.time_at(fig["j"] + 1) if fig["j"] + 1 < self.n else None
                if second and second["value"] > fig["value"]:  # "from 7am to 7pm": one span
                    _as_range(fig, fig["value"], second["value"], j=second["j"])
            if fig:
                return [fig]
            m = _ORDINAL_SUFFIX.fullmatch(w)
            if m:
                k = i + 1 + (self.word(i + 1) == "-" and self.glued(i + 1))
                if self.word(k) in {"century", "centuries"} and not (
                        k + 1 < self.n and self.tag(k + 1) in _NOUN_TAGS | {"JJ"} and self.raw[k + 1].isalpha()):
                    return [self._new(i, k + 1, "date", None)]  # "the 12th century" ("21st century research": a rank)
                day = int(m.group(1))
                if self.word(i - 1) == "the" and self.word(i - 2) in {"on", "by", "until", "from", "since"} \
                        and 1 <= day <= 31 and self.word(i + 1) in {".", ",", ";", "", "and", "or", "at", "when"}:
                    fig = self._new(i, i + 1, "date", None)  # "the vote is on the 10th"
                    if self.published is not None:
                        fig["date"] = self._resolve(self.published.year, self.published.month, day)
                    return [fig]
                if i + 1 < self.n and self.raw[i + 1][:1].isupper() and self.low[i + 1] not in W.MONTHS \
                        and not self.sentence_start(i) and (self.raw[i + 1] != "Century" or
                                                            self.raw[i + 2:i + 3] and self.raw[i + 2][:1].isupper()) \
                        and (self.word(i - 1) not in _DETERMINERS or self.raw[i + 1] in _UNIT_NAMES):
                    # ("the 16th Commonwealth Games" ranks; "the 8th Circuit" is a court's name)
                    return None  # "1st Nationwide Bank", "5th Fleet": part of a name
                return [self._new(i, i + 1, "ordinal", float(m.group(1)))]
            if len(w) == 4 and w.isdigit() and self.raw[i + 1:i + 2] and self.raw[i + 1] in _TIME_ZONES \
                    and int(w[:2]) < 24 and int(w[2:]) < 60:
                return [self._new(i, i + 1, "time", int(w[:2]) + int(w[2:]) / 60)]  # "0930 GMT"
            m = _RACE_TIME.fullmatch(w)
            if m and m.group(4) and self.word(i - 1) in {"at", "by", "until", "from", "before", "after"} \
                    and int(m.group(4)) < 24:
                h, mi, se = (int(x) for x in m.group(4, 5, 6))
                return [self._new(i, i + 1, "time", h + mi / 60 + se / 3600)]  # "at 10:15:30"
            if _VERSION.fullmatch(w):  # "version 2.4.1", "iOS 17.2.1": a name
                start = i - 1 if self.word(i - 1) in _LABELS or self._proper_before(i) else i
                return [self._new(start, i + 1, "identifier", None)]
            if m:
                # "4:07.13", "2:01:09": a time taken, in seconds ("at 10:15:30" is a clock time)
                parts = [float(p) for p in m.groups() if p is not None]
                seconds = sum(p * 60 ** n for n, p in enumerate(reversed(parts)))
                fig = self._new(i, i + 1, "duration", seconds)
                fig["unit"] = "second"
                return [fig]
            era = self._era(i)
            if era:
                return [era]
            return self.amount(i)
        if c in W.CURRENCY_SYMBOLS:
            return self.money_symbol(i)
        if w in W.VULGAR:
            return self.amount(i)
        if c.isalpha():
            if w not in _TRIGGERS and not _HAS_DIGIT.search(w) and not (
                    (self.raw[i][:1].isupper() or w in _LOWER_ID) and self.word(i + 1) in {"-", "."}):
                if w in _VAGUE_QUANTIFIERS and self.word(i + 1) in _VAGUE_SCALES:
                    return [self.several(i)]
                return None  # most words cannot start a figure ("COVID-19" can)
            if w in W.SMALL and self.raw[i][:1].isupper() and not self.sentence_start(i) \
                    and i + 1 < self.n and self.raw[i + 1][:1].isupper() \
                    and self.low[i + 1] not in W.MONTHS and self.low[i + 1] not in W.SCALES:
                return None  # "at Two Wells", "the Twelve Apostles": part of a name
            if w in W.SMALL and self.raw[i][:1].isupper() and not self.sentence_start(i) and i \
                    and self.raw[i - 1].isalpha() and self.raw[i - 1][:1].isupper() \
                    and not self.sentence_start(i - 1) and self.low[i - 1] not in W.MONTHS:
                return None  # "a Primary One classroom", "Formula One", "Channel Nine": names
            shouting = self.raw[i].isupper() and len(w) > 2 and (
                self.raw[i - 1].isupper() if i else False) and self.raw[i - 1].isalpha()
            if (w in W.MONTHS or w in W.MONTH_ABBR or w in W.WEEKDAYS or self.raw[i] in _WEEKDAY_ABBR
                    or w[:-1] in W.WEEKDAYS) \
                    and not shouting:
                # ("MATERIALS CONTAINED HEREIN MAY BE USED": a capitalised line, not a month)
                fig = self.date_at(i)
                if fig:
                    return [fig]
            m = W.PREFIXED.fullmatch(self.raw[i])
            if m and (m.group(1) in {"US", "RM", "Rs"} or m.group(3) or m.group(1) == "R" and len(m.group(2)) >= 3) \
                    and not (self.word(i + 1) in {"-", "/"} and self.glued(i + 1)):  # "US73c", "RM50,000", "R210"
                return self.amount(i, currency=W.DOLLAR_PREFIX[m.group(1).lower()])
            if w in W.ISO_CODES and self.raw[i].isupper() and i + 1 < self.n and self.low[i + 1][:1].isdigit():
                return self.amount(i + 1, currency=w.upper(), start=i)
            if w in W.CURRENCY_PREFIXES and (self.raw[i][:1].isupper() or w == "dlrs"):
                # "Rs 400 crore", "Rs. 400", "SFr 5": an abbreviated currency before the amount
                k = i + 1 + (self.word(i + 1) == "." and self.glued(i + 1))
                if k < self.n and self.low[k][:1].isdigit() and (w != "r" or self.glued(k)):
                    return self.amount(k, currency=W.CURRENCY_PREFIXES[w], start=i)
            if self.raw[i][:1] == "N" and _NAIRA.fullmatch(self.raw[i]) and _NIGERIA.search(self.text):
                fig = self._new(i, i + 1, "money", float(self.raw[i][1:].replace(",", "")))
                fig["unit"] = "NGN"  # "N1,700 on the street": naira
                return [fig]
            fig = self.identifier_at(i)
            if fig:
                return [fig]
            if w in W.VAGUE:
                fig = self.vague(i)
                if fig:
                    return [fig]
            if w == "between":
                found = self.between(i)
                if found:
                    return found
            fig = self.word_figure(i)
            if fig:
                return [fig]
            if w in W.SMALL or w in {"a", "an"} or w in W.SCALES or w == "half":
                return self.amount(i)
        return None

    # ---- numbers
    def number(self, i: int, money: bool = False) -> tuple[int, float, dict] | None:
        """A number at ``i``: digits, words or both, with any glued magnitude or unit."""
        if i >= self.n:
            return None
        w = self.low[i]
        m = W.PREFIXED.fullmatch(self.raw[i])
        if m:
            value = float(m.group(2).replace(",", ""))
            suffix = m.group(3)
            info = {"digits": True, "words": False, "token": m.group(2), "scale": 1.0,
                    "glued": None, "iso": "ZAR" if m.group(1) == "R" else W.DOLLAR_PREFIX[m.group(1).lower()]}
            j = i + 1
            if suffix == "c":
                value *= 0.01
                info["scale"] = 0.01
            elif suffix:
                info["scale"] = W.MAGNITUDE_ABBR[suffix]
            elif self.word(j) in W.SCALES or self.word(j) in {"bn", "mn", "m", "b", "bi", "tn", "tr"}:
                info["scale"] = W.SCALES.get(self.word(j)) or W.MAGNITUDE_ABBR[self.word(j)]
                j += 1
            return j, value * (info["scale"] if suffix != "c" else 1.0), info
        if w[:1].isdigit() and not W.DIGITS.fullmatch(w):
            m = W.GLUED.fullmatch(w)
            if not m:
                return None
            value = float(m.group(1).replace(",", ""))
            suffix = m.group(2)
            if suffix == "e" and self.glued(i + 1) and self.word(i + 1)[:1].isdigit():
                return None  # "1e308": scientific notation
            if self.raw[i][-1:] in {"C", "F"} and len(suffix) == 1:
                suffix = "°" + suffix  # "40C", "104F": degrees, not cents
            info = {"digits": True, "words": False, "token": m.group(1), "scale": 1.0,
                    "glued": suffix}
            if suffix == "k" and not money and self.word(i + 1) in _RACES:
                info["glued"] = "km"  # "a 10K race": kilometres
                return i + 1, value, info
            if suffix in W.MAGNITUDE_ABBR and (money or suffix != "m" or self._million_m(i)):
                info["scale"] = W.MAGNITUDE_ABBR[suffix]
                info["glued"] = None
                return i + 1, value * info["scale"], info
            return i + 1, value, info
        if w == "half" and self.word(i + 1) == "-" and self.word(i + 2) in {"a", "an"} and \
                self.word(i + 3) == "-" and all(self.glued(k) for k in range(i + 1, i + 5)) and \
                (self.word(i + 4) in W.SCALES or self.word(i + 4) == "dozen"):
            # "half-a-million": the hyphenated spelling
            scale = W.SCALES.get(self.word(i + 4), 12.0)
            return i + 5, 0.5 * scale, {"digits": False, "words": True, "token": None,
                                        "scale": scale, "glued": None}
        if w == "half" and self.word(i + 1) == "-" and self.word(i + 2) in {"a", "an"} and \
                self.glued(i + 1) and self.glued(i + 2) and self.word(i + 3) in W.SCALES:
            scale = W.SCALES[self.word(i + 3)]  # "half-a million ringgit"
            return i + 4, 0.5 * scale, {"digits": False, "words": True, "token": None,
                                        "scale": scale, "glued": None}
        if w == "half" and self.word(i + 1) in W.SCALES:  # "the half million dollars"
            scale = W.SCALES[self.word(i + 1)]
            return i + 2, 0.5 * scale, {"digits": False, "words": True, "token": None,
                                        "scale": scale, "glued": None}
        if w == "half" and self.word(i + 1) in {"a", "an"}:
            nxt = self.word(i + 2)
            if nxt in W.SCALES or nxt == "dozen":
                scale = W.SCALES.get(nxt, 12.0)
                return i + 3, 0.5 * scale, {"digits": False, "words": True, "token": None,
                                            "scale": scale, "glued": None}
            return None
        if w in W.VULGAR:  # "½ cup", "¾ of voters"
            return i + 1, W.VULGAR[w], {"digits": True, "words": False, "token": None,
                                        "scale": 1.0, "glued": None, "fraction": True}
        got = W.cardinal(self.low, i)
        if got is None:
            return None
        j, value, info = got
        info["glued"] = None
        if j == i + 1 and w.isdigit() and len(w) <= 3 and self.word(j).isdigit() and len(self.word(j)) == 3 \
                and self.text[self.ends[i]:self.starts[j]] in {" ", "\u00a0", "\u202f", "\u2009"} \
                and (self.word(j + 1) in W.CURRENCY_WORDS or (self.word(j + 1),) in W.UNITS
                     or self.raw[j + 1:j + 2] and self.raw[j + 1] in W.CURRENCY_SYMBOLS
                     or self.text[self.ends[i]:self.starts[j]] != " "):
            # "489 900 kronor", "5 000 tonnes": thousands grouped with a space
            value = float(w + self.word(j))
            info = dict(info, token=w + self.word(j))
            j += 1
        if info.get("digits") and info.get("scale", 1.0) == 1.0 and math.isfinite(value) \
                and value == int(value):
            j, value = self._written_fraction(j, value, info)
        return j, value, info

    def _slash(self, k: int) -> float | None:
        """ "1/2" at token ``k``: the fraction's value, else None ("9/11", dates)."""
        num, den = self.word(k), self.word(k + 2)
        if not (num.isdigit() and self.word(k + 1) == "/" and den.isdigit() and
                self.glued(k + 1) and self.glued(k + 2)):
            return None
        if self.word(k + 3) == "/" and self.glued(k + 3):
            return None  # "13/9/2022"
        if int(den) not in W.SLASH_DENOMINATORS or not 0 < int(num) < int(den):
            return None
        return int(num) / int(den)

    def _written_fraction(self, j: int, value: float, info: dict) -> tuple[int, float]:
        """Extend a whole number over "1/2" or "½": "3 1/2" = 3.5, "3½" = 3.5, "1/2" = 0.5."""
        w = self.word(j)
        if w in W.VULGAR and self.glued(j):
            info.update(fraction=True, token=None)
            return j + 1, value + W.VULGAR[w]
        first = j - 1
        own = self._slash(first)  # the number itself is a numerator: "1/2"
        if own is not None and not (first and self._slash(first - 2) is not None):
            info.update(fraction=True, token=None)
            return j + 2, own
        if w[:1].isdigit() and not self.glued(j):
            mixed = self._slash(j)
            if mixed is not None:  # "3 1/2": whole and fraction
                info.update(fraction=True, token=None)
                return j + 3, value + mixed
        return j, value

    def _negative(self, i: int) -> bool:
        """A minus sign (or "minus") right before the number at ``i``, not a range dash."""
        if i == 0:
            return False
        sign = self.raw[i - 1]
        if sign in {"minus", "negative"}:
            return not (self.word(i - 2) == "or" and self.word(i - 3) == "plus")  # "plus or minus 2%"
        if sign not in {"-", "−", "–"} or not self.glued(i):
            return False
        # "5-10" is a range, "mid-2022" a prefix: the sign must follow a space or start
        return i - 1 == 0 or not self.glued(i - 1)

    def _million_m(self, i: int) -> bool:
        """Glued "m" means million before a plural noun ("5m people"), else metre (also in
        races: "the 400m hurdles")."""
        if i + 1 < self.n and (self.raw[i + 1].isupper() and self.low[i + 1] in W.ISO_CODES
                               or self.low[i + 1] in W.CURRENCY_WORDS
                               or (self.low[i + 1],) in W.UNITS and self.low[i + 1] not in W.GLUED_ONLY):
            return True  # "10m EUR", "1.2m bbl": millions of a unit
        return i + 1 < self.n and self.tag(i + 1) == "NNS" and self.low[i + 1] not in _RACES

    def suffix(self, j: int, number_info: dict | None = None) -> dict | None:
        """The unit, currency or percent right after a number ending at token ``j``."""
        glued = number_info.get("glued") if number_info else None
        if glued:
            return self._glued_suffix(j, glued)
        if j >= self.n:
            return None
        w = self.low[j]
        nxt = self.word(j + 1)
        if w == "%":
            return {"j": j + 1, "kind": "percent", "unit": "percent"}
        if w == "per" and nxt == "cent":
            return {"j": j + 2, "kind": "percent", "unit": "percent"}
        if w in {"percent", "pc", "pct"}:
            return {"j": j + 1, "kind": "percent", "unit": "percent"}
        if w == "percentage" and nxt in {"point", "points"}:
            return {"j": j + 2, "kind": "percent", "unit": "percentage point"}
        if w == "magnitude" and self.raw[j - 1][:1] in {"-"} | set("0123456789"):
            return {"j": j + 1, "kind": "quantity", "unit": "magnitude"}  # "a 7.5-magnitude quake"
        if w in {"point", "points"} and self._points(j):
            return {"j": j + 1, "kind": "quantity", "unit": "point"}
        if w in {"index", "ratings", "rating"} and nxt in {"point", "points"}:
            return {"j": j + 2, "kind": "quantity", "unit": f"{w.rstrip('s')} point"}
        if w == "basis" and nxt in {"point", "points"}:
            return {"j": j + 2, "kind": "percent", "unit": "basis point"}
        if w in {"bps", "bp"} and self.raw[j].islower():
            return {"j": j + 1, "kind": "percent", "unit": "basis point"}
        # "5 million US dollars", "10 Australian dollars"
        for words, iso in W.DOLLAR_ADJECTIVES.items():
            k = j + len(words)
            if tuple(self.low[j:k]) == words and self.word(k) in {"dollar", "dollars", "cents"}:
                factor = 0.01 if self.word(k) == "cents" else 1.0
                return {"j": k + 1, "kind": "money", "unit": iso, "factor": factor}
        for words, iso in W.CURRENCY_ADJECTIVES.items():  # "5 Swiss francs"
            if tuple(self.low[j : j + len(words)]) == words:
                return {"j": j + len(words), "kind": "money", "unit": iso}
        if w in W.CURRENCY_WORDS:
            iso, factor = W.CURRENCY_WORDS[w]
            iso = country_currency(w, self.text, iso) if iso else iso
            if w == "won" and not (self.raw[j - 1][:1].isdigit() or self.low[j - 1] in W.SCALES
                                   or self.low[j - 1] in W.MAGNITUDE_ABBR):
                return None  # "won" the verb ("9.1 trillion won" is Korean money)
            return {"j": j + 1, "kind": "money", "unit": iso or self.currency, "factor": factor}
        if w in W.POUND_WORDS:
            if self.pound_is_money or nxt == "sterling":
                return {"j": j + 1 + (nxt == "sterling"), "kind": "money", "unit": "GBP"}
            return {"j": j + 1, "kind": "quantity", "unit": "pound"}
        if w in W.ISO_CODES and self.raw[j].isupper():
            return {"j": j + 1, "kind": "money", "unit": w.upper()}
        if self.raw[j] in {"ML", "GL"}:
            return {"j": j + 1, "kind": "quantity",
                    "unit": "megalitre" if self.raw[j] == "ML" else "gigalitre"}
        if w == "-" and self.glued(j) and j + 1 < self.n and self.glued(j + 1):
            inner = self.suffix(j + 1)
            if inner and (inner["kind"] in {"quantity", "duration"} or self.word(j + 1) == "dollar"
                          or inner["kind"] == "money" and self.word(j + 1) in W.CURRENCY_WORDS):
                return inner  # "10-kilometre", "five-year", "billion-dollar", "70,000-naira"
            return None
        for size in range(min(W.UNIT_MAX, self.n - j), 0, -1):
            key = tuple(self.low[j : j + size])
            name = W.UNITS.get(key)
            if name and not (size == 1 and key[0] in W.GLUED_ONLY):
                if key in {("degree",), ("degrees",)}:
                    name = self._bare_degrees(j)
                return {"j": j + size, "kind": "quantity", "unit": name}
            if name and key == ("m",) and self.raw[j] == "m" and self.word(j + 1) in _AFTER_METRES:
                return {"j": j + 1, "kind": "quantity", "unit": name}  # "2,000 m above sea level"
            if name and size == 1 and self.raw[j] in {"Mt", "kt", "GW", "MW"} and not (
                    j + 1 < self.n and self.raw[j + 1][:1].isupper()):
                return {"j": j + 1, "kind": "quantity", "unit": name}  # "1,865 kt", "255 Mt"
        name = W.TIMES.get((w,))
        if name and (w not in W.GLUED_ONLY or w in {"hr", "min", "sec"} and self.raw[j].islower()):
            return {"j": j + 1, "kind": "duration", "unit": name}  # "1 hr 15 min"
        return None

    def _bare_degrees(self, j: int) -> str:
        """ "degrees" with no scale: an angle near "angle"/"slope"/"turn", Fahrenheit in an
        American story that never writes Celsius, else Celsius."""
        near = {self.word(k) for k in range(max(0, j - 5), min(self.n, j + 3))}
        if near & {"angle", "slope", "slopes", "tilt", "tilted", "incline", "turn", "rotation",
                   "rotated", "latitude", "longitude", "arc", "bend", "pitch", "gradient"}:
            return "degree"
        if self.currency == "USD" and _US_CUES.search(self.text) and not _CELSIUS.search(self.text):
            return "degree fahrenheit"
        return "degree celsius"

    def _points(self, j: int) -> bool:
        """ "fell 190 points", "a 12-point limit": points of an index, a score or a scale;
        not "at one point", "the 10-point plan" (a list of items)."""
        k = j - 1 - (self.word(j - 1) == "-")
        if self.word(k) == "one" and self.word(k - 1) in {"at", "one", "some", "any"}:
            return False
        return self.word(j + 1) not in {"plan", "plans", "program", "programme", "agenda",
                                        "list", "strategy", "proposal", "charter"}

    def _glued_suffix(self, j: int, glued: str) -> dict | None:
        if glued in {"°c", "°f"}:
            unit = "degree celsius" if glued == "°c" else "degree fahrenheit"
            return {"j": j, "kind": "quantity", "unit": unit}
        if glued == "c":
            return {"j": j, "kind": "money", "unit": self.currency, "factor": 0.01}
        if glued == "p":  # "30p": pence
            return {"j": j, "kind": "money", "unit": "GBP", "factor": 0.01}
        if glued in {"pc", "pct"}:
            return {"j": j, "kind": "percent", "unit": "percent"}
        if glued == "pp":  # "up 5.2pp": percentage points ("£449pp" is money, per person)
            return {"j": j, "kind": "percent", "unit": "percentage point"}
        if glued in {"bp", "bps"}:  # "50bp"
            return {"j": j, "kind": "percent", "unit": "basis point"}
        key = tuple(W.TOKEN.findall(glued))
        name = W.UNITS.get(key)
        if name:
            return {"j": j, "kind": "quantity", "unit": name}
        name = W.TIMES.get(key)
        if name:
            return {"j": j, "kind": "duration", "unit": name}
        return None

    def rate(self, j: int, fig: dict) -> None:
        """Extend a money or quantity figure over "per litre", "a barrel", "/kg"."""
        w = self.word(j)
        hyphenated = w == "-" and self.glued(j) and self.word(j + 1) in {"a", "an", "per"} \
            and self.word(j + 2) == "-" and all(self.glued(k) for k in range(j + 1, j + 4))
        if hyphenated:  # "an $18-a-share offer": the rate written as one adjective
            j, w = j + 1, self.word(j + 1)
        if w not in {"per", "a", "an", "/"}:
            return
        nxt = self.word(j + 1 + hyphenated)
        if w in {"a", "an"} and W.TIMES.get((nxt,)) and \
                self.word(j + 2) in {"ago", "earlier", "later", "before", "after"}:
            return  # "up from 60c a year ago": a time, not a rate
        if not hyphenated and w == "per" and fig["kind"] == "quantity" and nxt[:1].isdigit():
            got = self.number(j + 1)  # "4.2 litres per 100km": per so many of a unit
            suf = self.suffix(got[0], got[2]) if got else None
            if suf and suf["kind"] == "quantity" and got[1] == int(got[1]):
                name = f"{fig['unit']} per {int(got[1])} {suf['unit']}"
                if name in W.PINT_EXPR or got[1] == 100:
                    fig["j"] = suf["j"]
                    fig["unit"] = name
                    return
        if not hyphenated and w in {"per", "/"}:
            for size in range(min(W.UNIT_MAX, self.n - j - 1), 1, -1):
                name = W.UNITS.get(tuple(self.low[j + 1 : j + 1 + size]))
                if name:  # "per cubic metre", "/m³"
                    fig["j"] = j + 1 + size
                    if fig["kind"] == "quantity":
                        fig["unit"] = f"{fig['unit']} per {name}"
                    else:
                        fig["per"] = name
                    return
        unit = W.UNITS.get((nxt,)) if nxt not in W.GLUED_ONLY or w == "/" else None
        unit = unit or W.TIMES.get((nxt,)) or ("pound" if nxt in W.POUND_WORDS and not self.pound_is_money else None)
        if w == "per" and fig["kind"] == "money" and (
                nxt in {"dollar", "euro", "pound", "yen"} or
                nxt in {"us", "u.s."} and self.word(j + 2) == "dollar"):
            fig["j"] = j + 2 + (nxt in {"us", "u.s."})  # "C$1.3835 per US dollar": an exchange rate
            fig["per"] = "dollar" if nxt in {"us", "u.s."} else nxt
            return
        if unit is None and nxt not in W.RATE_NOUNS and not hyphenated and not self._rate_noun(j, fig):
            return
        if unit is None:
            unit = nxt.rstrip("s") if nxt not in {"kilo", "kilos"} else "kilogram"
            if unit == "kilo":
                unit = "kilogram"
        fig["j"] = j + 2 + hyphenated
        if fig["kind"] == "quantity":
            fig["unit"] = f"{fig['unit']} per {unit}"
        else:
            fig["per"] = unit

    def _rate_noun(self, j: int, fig: dict) -> bool:
        """ "per patient", "$2.00 a bottle": a common noun after "per" (or, for money, "a")
        that is the denominator of a rate, not the start of a new phrase."""
        k = j + 1
        if k >= self.n or not self.raw[k].isalpha() or not self.raw[k].islower():
            return False
        if self.low[j] == "per":
            return self.tag(k) in {"NN", "NNS"}
        if fig["kind"] != "money" or self.tag(k) != "NN" or self.low[k] in _FUNCTION_WORDS:
            return False
        after = self.tag(k + 1) if k + 1 < self.n else "."
        return after not in _NOUN_TAGS | {"POS", "JJ", "VBG"} and self.word(k + 1) not in {"'", "’"}

    # ---- amounts: numbers with their units, ranges and counted nouns
    def amount(self, i: int, currency: str | None = None, start: int | None = None,
               allow_range: bool = True) -> list[dict] | None:
        w = self.low[i]
        if currency is None and w in W.SCALES and self.word(i + 1) in {"dollar", "dollars"}:
            # "a further million dollar investment"
            fig = self._new(i, i + 1, "money", W.SCALES[w])
            suf = self.suffix(i + 1)
            fig.update(j=suf["j"], unit=suf["unit"])
            return [fig]
        if w in {"a", "an", "one"}:
            fig = self._one_period(i)
            if fig:
                return [fig]
            nxt = self.word(i + 1)
            unit = W.UNITS.get((nxt,)) if nxt in _MEASURES else None
            if unit and self.word(i + 2) == "of" and currency is None:
                fig = self._new(i, i + 2, "quantity", 1.0)  # "a kilo of beef", "a litre of milk"
                fig["unit"] = unit
                return [fig]
            if nxt in {"penny", "cent"} and currency is None:  # "a penny", "one cent"
                fig = self._new(i, i + 2, "money", 0.01)
                fig["unit"] = W.CURRENCY_WORDS[nxt][0] or self.currency
                self.rate(fig["j"], fig)
                return [fig]
            if w == "one" and W.TIMES.get((self.word(i + 1),)):
                return None  # "could one day", "one week he ...": not an amount of time
        num = self.number(i, money=currency is not None)
        if num is None:
            return None
        j, value, info = num
        if self.word(j) == "-" and self.word(j + 1) in W.SCALES and self.glued(j) and self.glued(j + 1) \
                and info.get("digits") and info.get("scale", 1.0) == 1.0 and not info.get("glued"):
            scale = W.SCALES[self.word(j + 1)]  # "$350-million"
            value, info, j = value * scale, dict(info, scale=scale), j + 2
        if currency is None and start is None:
            fig = self._clock_or_fold(i, j, value)
            if fig:
                return [fig]
        power = self._times_ten(j)
        if power is not None:  # "6.022 × 10²³"
            value, j = value * 10.0 ** power[0] if power[0] < 300 else math.inf, power[1]
            info = dict(info, token=None)
        if self.word(j) == "^" and self.glued(j) and self.glued(j + 1) and self.word(j + 1).isdigit():
            # "10^100": a power (beyond float range it is no figure)
            exponent = int(self.word(j + 1)) if len(self.word(j + 1)) < 5 else 10**4
            value = value**exponent if exponent < 300 and value < 1e3 else math.inf
            j += 2
            info = dict(info, token=None)
        if info.get("glued") and currency is None:
            g = info["glued"]
            if g in {"s", "st", "nd", "rd", "th", "am", "pm"}:
                return None
            if len(g) >= 3 and g.isalpha() and g.islower() and self._glued_suffix(j, g) is None \
                    and g not in W.MAGNITUDE_ABBR:
                return None  # "the 49ers", "76ers": a name, not an amount
        if w == "one" and not info.get("digits") and j == i + 1 and not (
            self.word(j) == "-" and self.glued(j) and self.glued(j + 1)  # "the one-day limit"
        ) and (
            self.word(i - 1) in {"no", "-", "every", "any", "some", "each", "the"}
            or self.word(j) in {"of", "another", "'", "’"}
        ):
            return None
        if self.word(i - 1) == "." and self.glued(i) and self.low[i].isdigit() and j == i + 1 and \
                not (i >= 2 and self.glued(i - 1) and self.raw[i - 2][-1:].isalnum()):
            value = float("0." + self.low[i])  # ".5%": a decimal without its leading zero
            info = dict(info, token="0." + self.low[i])
            if start is None or start == i:
                start = i - 1
        fig = self._new(start if start is not None else i, j, None, value, info)
        if start is None and self._negative(i):
            # "−5 degrees", "fell -5 points", "minus 5": the sign is part of the figure
            fig["i"] = i - 1
            fig["value"] = -fig["value"]
        if currency is not None:
            fig["kind"], fig["unit"] = "money", info.get("iso") or currency
            suf = self.suffix(j, info)
            if suf and suf["kind"] == "money":
                # "$5 million dollars", "US73c"
                fig["value"] *= suf.get("factor", 1.0)
                fig["j"] = suf["j"]
                if suf["unit"] != self.currency:
                    fig["unit"] = suf["unit"]
            elif suf and suf["kind"] == "quantity" and j < self.n and len(self.low[j]) > 3 \
                    and self.low[j].endswith("s") and not info.get("glued"):
                # "$1.8 billion bushels": a stray symbol before a spelled-out plural unit
                fig["kind"], fig["unit"], fig["j"] = "quantity", suf["unit"], suf["j"]
        else:
            frac = self._fraction_after(j, value, info)
            if frac:
                fig.update(frac)
                fig["kind"] = "fraction"
                return [self._of_a_unit(self._finish_fraction(fig))]
            suf = self.suffix(j, info)
            if suf is None and j < self.n and self.raw[j] in W.CURRENCY_SYMBOLS and self.raw[j] not in {"$", "#"} \
                    and not self.word(j + 1)[:1].isdigit():
                suf = {"j": j + 1, "kind": "money", "unit": W.CURRENCY_SYMBOLS[self.raw[j]]}  # "4.20 €"
            plus_at = j + 1 if self.word(j) == "-" and self.word(j + 1) == "plus" and self.glued(j) \
                and self.glued(j + 1) else j
            if suf is None and self.word(plus_at) == "plus" and (plus_at > j or not self.glued(j)):
                # "30 plus hours", "100-plus per cent": the trailing "plus" bounds the figure (ge)
                suf = self.suffix(plus_at + 1)
                if suf and suf["kind"] in {"quantity", "duration", "percent"}:
                    fig["plus"] = True
                else:
                    suf = None
            if suf:
                fig["kind"], fig["unit"], fig["j"] = suf["kind"], suf["unit"], suf["j"]
                fig["value"] *= suf.get("factor", 1.0)
                fig["precision"] *= suf.get("factor", 1.0)
                if suf["kind"] == "money" and w in {"a", "an"} and self.low[suf["j"] - 1] == "dollar":
                    fig["i"] = i + 1  # "a [million dollar] surplus": the article is the noun's
        if fig["kind"] in {"quantity", "duration"} and fig["unit"] in _COMPOUND and currency is None:
            self._compound(fig)
        if fig["kind"] == "duration" and self.word(fig["j"]) == "-" and \
                self.word(fig["j"] + 1) in {"old", "olds"} and self.glued(fig["j"]) and self.glued(fig["j"] + 1):
            fig["j"] += 2  # "a 45-year-old man", "three-year-olds": the age is one word
        if fig["kind"] in {"money", "quantity"}:
            end = fig["j"]
            self.rate(fig["j"], fig)
            if fig["j"] > end and self.word(fig["j"]) == "per":
                self.rate(fig["j"], fig)  # "RM120 per day per athlete"
        elif fig["kind"] == "duration" and self.word(fig["j"]) in {"a", "per"}:
            # "30 hours a week": time per period, unit "hour per week"
            per = W.TIMES.get((self.word(fig["j"] + 1),))
            if per and per != fig["unit"] and not self.low[fig["j"] + 1].endswith("s"):
                fig["unit"] = f"{fig['unit']} per {per}"
                fig["j"] += 2
        fig["low"] = fig["high"] = fig["value"]
        if allow_range:
            ranged = self._range(fig, currency)
            if ranged is not None:
                return ranged
        if fig["kind"] is None and info.get("fraction") and fig["value"] < 1 \
                and self.counted(fig["j"]) is None:
            fig["kind"] = "fraction"  # "1/2", "¾ of voters"
            return [self._finish_fraction(fig)]
        if fig["kind"] is None:
            return self._bare(fig, info)
        return [fig]

    def _new(self, i: int, j: int, kind: str | None, value: float | None,
             info: dict | None = None) -> dict:
        prec = 0.0
        if info is not None:
            if info.get("token"):
                prec = W.precision(info["token"]) * info.get("scale", 1.0)
            elif value is not None and math.isfinite(value):
                prec = W.precision(str(int(value))) if value == int(value) else 0.05
        return {"i": i, "j": j, "kind": kind, "value": value, "low": value, "high": value,
                "unit": None, "counted": None, "date": None, "weekday": None,
                "bound": None, "approximate": False, "precision": prec, "info": info or {}}

    def _times_ten(self, j: int) -> tuple[int, int] | None:
        """ "× 10²³", "x 10^6", "* 10-3" after a number: (exponent, end), else None."""
        if self.word(j) not in {"×", "x", "*"} or self.word(j + 1)[:2] != "10":
            return None
        ten = self.raw[j + 1]
        if len(ten) > 2 and set(ten[2:]) <= set(_SUPERSCRIPT_DIGITS):
            return int(ten[2:].translate(_SUPERSCRIPTS)), j + 2
        k, sign = j + 2, 1
        if ten == "10" and self.word(k) == "^" and self.glued(k):
            k += 1
        if self.raw[k:k + 1] and self.raw[k] in {"-", "−", "⁻"} and self.glued(k):
            sign, k = -1, k + 1
        digits = ""
        while k < self.n and self.glued(k) and (self.raw[k].isdigit() or set(self.raw[k]) <= set(_SUPERSCRIPT_DIGITS)):
            digits += self.raw[k].translate(_SUPERSCRIPTS)
            k += 1
        if ten != "10" or not digits.isdigit() or k == j + 2:
            return None
        return sign * int(digits), k

    def _clock_or_fold(self, i: int, j: int, value: float) -> dict | None:
        """ "seven o'clock" (a time), "16-fold" / "16 fold" (a multiplier, kind fraction)."""
        w = self.word(j)
        if w == "o" and self.word(j + 1) in {"'", "’"} and self.word(j + 2) == "clock" \
                and value == int(value) and 1 <= value <= 12:
            return self._new(i, j + 3, "time", value)
        k = j + (w == "-" and self.glued(j))
        if self.word(k) == "fold" and value > 0:
            return self._new(i, k + 1, "fraction", value)
        return None

    def _one_period(self, i: int) -> dict | None:
        """ "over a year", "within a single day": a duration of one unit."""
        k = i + 1
        if self.word(k) == "single":
            k += 1
        unit = W.TIMES.get((self.word(k),))
        if unit is None or self.low[k].endswith("s") and unit != "century":
            return None
        if unit == "second" and k + 1 < self.n and self.tag(k + 1) in _NOUN_TAGS | {"JJ"} \
                and self.word(k + 1) not in {"ago", "later", "earlier"}:
            return None  # "in a second area": an ordinal, not a moment
        if self.word(i - 1) not in _DURATION_PREPS and not (i and self.tag(i - 1).startswith("VB")) \
                and self.word(k + 1) not in {"ago", "earlier", "later", "longer", "shorter", "more", "less"}:
            return None
        if self.word(k + 1) in {"when", "where"}:
            return None  # "imagining a day when ...": a moment, not an amount of time
        if unit in {"minute", "second"} and self.word(i - 1) == "in" and not self.word(k + 1)[:1].isalnum():
            return None  # "In a minute, if they let us": an idiom
        fig = self._new(i, k + 1, "duration", 1.0)
        fig["unit"] = unit
        fig["precision"] = 0.5
        if self.word(k + 1) == "and" and self.word(k + 2) in {"a", "one"} and self.word(k + 3) == "half":
            fig.update(j=k + 4, value=1.5, low=1.5, high=1.5)  # "a year and a half"
        elif self.word(k + 1) == "or" and self.word(k + 2) in {"two", "three"} and \
                not W.TIMES.get((self.word(k + 3),)):
            high = float(W.SMALL[self.word(k + 2)])  # "a year or two": one to two years
            _as_range(fig, 1.0, high, j=k + 3)
        return fig

    def _fraction_after(self, j: int, value: float, info: dict) -> dict | None:
        """ "two-thirds", "one third", "one in four" right after a small number."""
        if value <= 0 or value > 20 or info.get("scale", 1.0) != 1.0:
            return None
        k = j + (self.word(j) == "-" and self.glued(j))
        den_word = self.word(k)
        if den_word in W.DENOMINATORS and den_word not in {"second"}:
            plural = den_word.endswith("s") or den_word == "halves"
            if (value == 1 and not plural) or (value > 1 and plural):
                v = value / W.DENOMINATORS[den_word]
                return {"j": k + 1, "value": v, "low": v, "high": v}
        if den_word in {"in", "out"}:
            k2 = k + 1 + (den_word == "out" and self.word(k + 1) == "of")
            if self.word(k2) == "every":
                k2 += 1
            other = self.number(k2) if k2 < self.n else None
            if other and other[1] > value and other[1] < 1000 and other[1] == int(other[1]):
                v = value / other[1]
                return {"j": other[0], "value": v, "low": v, "high": v}
        return None

    def _fraction_of_scale(self, i: int, j: int, value: float) -> dict:
        """ "a quarter of a million (people, dollars)": an amount, not a ratio."""
        fig = self._new(i, j, None, value)
        suf = self.suffix(j)
        if suf and suf["kind"] in {"money", "quantity"}:
            fig.update(kind=suf["kind"], unit=suf["unit"], j=suf["j"])
            return fig
        counted = self.counted(j + (self.word(j) == "of"))
        fig.update(kind="count" if counted and counted is not _NAME else "number",
                   counted=counted if counted is not _NAME else None)
        return fig

    def _spoken_year(self, i: int) -> dict | None:
        """ "nineteen eighty-four" (1984), "twenty twenty-two", "nineteen oh five"."""
        century = W.SMALL[self.low[i]]
        k = i + 1
        if self.low[k] == "oh":
            if self.word(k + 1) not in W.ONES:
                return None
            rest, j = W.ONES[self.word(k + 1)], k + 2
        else:
            rest, j = W.TENS[self.low[k]], k + 1
            if self.word(j) == "-" and self.word(j + 1) in W.ONES and self.glued(j) and self.glued(j + 1):
                rest, j = rest + W.ONES[self.word(j + 1)], j + 2
            elif self.word(j) in W.ONES and self.word(j) != "zero":
                rest, j = rest + W.ONES[self.word(j)], j + 1
        counted = self.counted(j)
        if counted and counted is not _NAME:
            return None  # "twenty twenty people": not a year
        year = century * 100 + rest
        fig = self._new(i, j, "date", float(year))
        fig["date"] = str(year)
        return fig

    def _of_a_unit(self, fig: dict) -> dict:
        """ "five thousandths of a second", "a third of a mile", "half an hour": a fraction of
        one unit is a measure in that unit."""
        j = fig["j"]
        k = j + 1 if self.word(j) == "of" else j
        if self.word(k) not in {"a", "an"} or (k == j and self.low[fig["i"]] != "half"):
            return fig
        suf = self.suffix(k + 1)
        if suf is None or suf["kind"] not in {"quantity", "duration", "percent"} \
                or self.low[suf["j"] - 1].endswith("s") and suf["unit"] not in {"inch", "percent"} \
                and not self.low[suf["j"] - 1].endswith("ss"):
            return fig
        fig.update(kind=suf["kind"], unit=suf["unit"], j=suf["j"])
        return fig

    def _finish_fraction(self, fig: dict) -> dict:
        fig["unit"] = None
        fig["precision"] = 0.0
        return fig

    def _range(self, fig: dict, currency: str | None) -> list[dict] | None:
        """ "five to 10 years", "20 or 30 per cent", "5-10"; or a change "from 47 to 45"."""
        j = fig["j"]
        conn = self.word(j)
        if conn not in {"to", "-", "–", "—", "or"}:
            return None
        i = fig["i"]
        if fig["kind"] is None and j == i + 1 and _YEAR.fullmatch(self.raw[i]) and \
                self.word(i - 1) in {"in", "since", "by", "until", "of", "during"} and conn == "to":
            return None  # "from 6.20% in 1991 to 7.272% in 2009": a year, not a range end
        if conn in {"-", "–"} and not (self.glued(j) or self.text[self.ends[j - 1]:self.starts[j]] == " "):
            return None
        if conn == "-" and self._score(fig["i"]):
            return None  # "6-4, 5-7, 6-2": set scores, two numbers each
        k = j + 1
        if conn == "-" and self.word(k) == "to" and self.word(k + 1) == "-" and self.glued(k) \
                and self.glued(k + 1) and self.glued(k + 2):
            k += 2  # "18-to-29-year-olds"
        cur2 = currency
        if currency is not None and k < self.n and self.low[k][:1] in W.CURRENCY_SYMBOLS:
            k += 1
        if k >= self.n or not (self.low[k][:1].isdigit() or self.low[k] in W.SMALL):
            return None
        second = self.amount(k, currency=cur2, allow_range=False)
        if not second:
            return None
        other = second[0]
        if other["kind"] == "fraction" and fig["kind"] is None and self.word(other["j"] - 1) == "times" \
                and fig["value"] < other["value"]:
            # "two to three times the area": one range of multipliers
            _as_range(fig, fig["value"], other["value"], kind="fraction", j=other["j"])
            return [fig]
        if other["kind"] == "date" and other["value"] and fig["kind"] is None and \
                _YEAR.fullmatch(self.raw[fig["i"]]) and fig["j"] == fig["i"] + 1 and \
                fig["value"] < other["value"] <= fig["value"] + 30 and conn in {"to", "-", "–"}:
            # "from 1960 to 1963": one span of years
            _as_range(fig, fig["value"], other["value"], kind="date", j=other["j"])
            return [fig]
        if other["kind"] in {"date", "identifier", "fraction", "ordinal"}:
            return None
        if conn == "to" and fig["kind"] is None and other["kind"] in {None, "number"} and \
                other["value"] == 1 and fig["value"] > 1 and other["j"] == other["i"] + 1:
            fig.update(kind="fraction", j=other["j"])  # "outnumbers them 9 to 1": odds
            return [self._finish_fraction(fig)]
        if fig["kind"] is not None and other["kind"] not in {None, fig["kind"]} and \
                not (other["kind"] == "count" and fig["kind"] in {"money", "quantity", "percent", "duration"}):
            return None
        if fig["kind"] == "duration" and other["kind"] == "duration" and other["unit"] != fig["unit"] \
                and conn == "to":
            try:  # "18 months to two years": one range, in the first figure's unit
                factor = normalise(1.0, other["unit"])[0] / normalise(1.0, fig["unit"])[0]
            except Exception:  # noqa: BLE001 - a unit pint cannot read: two figures
                return None
            high = other["value"] * factor
            if not fig["value"] < high:
                return None
            _as_range(fig, fig["value"], high, j=other["j"])
            return [fig]
        if fig["kind"] is not None and other["kind"] == fig["kind"] and other["unit"] != fig["unit"]:
            return None
        # "$5 to $10 million": the magnitude of the second applies to the first
        s1 = fig["info"].get("scale", 1.0)
        s2 = other["info"].get("scale", 1.0)
        if s2 > 1 and s1 == 1 and fig["value"] < other["value"] / s2 * 1.0001 and fig["kind"] is None or (
            s2 > 1 and s1 == 1 and currency is not None and fig["value"] < other["value"] / s2 * 1.0001
        ):
            fig["value"] *= s2
            fig["precision"] *= s2
        if fig["kind"] is None and other["kind"] == "money" and other["info"].get("scale", 1.0) == 1:
            raw2 = W.number_value(self.low[other["i"]]) if self.low[other["i"]][:1].isdigit() else None
            if raw2 and other["value"] < raw2 and (fig["value"] <= raw2 or self.word(fig["i"] - 1) == "from"):
                fig["value"] *= other["value"] / raw2  # "40-50 cents", "five to 10 cents"
                fig["low"] = fig["high"] = fig["value"]
        kind = fig["kind"] or other["kind"]
        unit = fig["unit"] or other["unit"]
        change = self.word(fig["i"] - 1) == "from" and self.word(fig["i"] - 2) not in _RANGING \
            and self._changing(fig["i"] - 1) or fig["value"] >= other["value"]
        if fig["kind"] is not None and other["kind"] == fig["kind"] and conn == "to" and \
                self.word(fig["i"] - 1) in _CHANGE_WORDS:
            return None  # "up 14 cents to 839 cents": a change and a level, two figures
        by = fig["i"] - 1 - (self.word(fig["i"] - 1) in {"record", "estimated", "further", "massive"}) \
            - (self.word(fig["i"] - 2) in {"a", "an"} and self.word(fig["i"] - 1) in {"record", "estimated", "further", "massive"})
        if conn == "to" and self.word(by) == "by" and fig["kind"] in {None, other["kind"]}:
            return None  # "fell by a record 837,000 to 124.9 million": a change and a level
        if conn == "to" and self.word(fig["i"] - 1) in _CHANGE_WORDS and (
                fig["info"].get("fraction") or 4 * fig["value"] < other["value"]):
            return None  # "rose 3/4 to 61 1/2", "gained 2 to 90": a change and a level
        if conn == "or" and (fig["kind"] is None and other["kind"] is None) and fig["info"].get("digits"):
            return None  # "5.2 or 5.3" lists; word numbers ("one or two") are ranges
        if conn == "or" and fig["kind"] == "quantity" and fig["unit"]:
            return None  # "256GB or 512GB": two options, each with its unit ("20 or 30 per cent" is a range)
        if change:
            if conn in {"or", "-", "–", "—"} or kind is None:
                return None
            # A change: two figures; the first takes the shared unit (unit ellipsis).
            if fig["kind"] is None and kind not in {"count"}:
                fig["kind"], fig["unit"] = kind, unit
                if kind == "money" and other["info"].get("glued") == "c":
                    fig["value"] *= 0.01
                if kind == "money":
                    fig["subunit"] = _subunit(self, other)
                return [fig]
            return None
        fig["kind"], fig["unit"] = kind, unit
        if kind == "money" and fig["value"] > other["value"]:
            return None
        _as_range(fig, fig["value"], other["value"], j=other["j"], counted=other.get("counted"))
        if kind == "money":
            fig["subunit"] = _subunit(self, other)
        if other.get("per"):
            fig["per"] = other["per"]
        if kind in {None, "count", "number"} and self.word(fig["i"] - 1) in {"aged", "ages"}:
            fig.update(kind="duration", unit="year", counted=None)  # "patients aged 40 to 69"
            return [fig]
        if kind is None or kind == "count":
            return self._bare(fig, fig["info"], range_end=other)
        return [fig]

    def _bare(self, fig: dict, info: dict, range_end: dict | None = None) -> list[dict] | None:
        """A number without unit: year, identifier, count of a noun, or bare number."""
        i, j = fig["i"], fig["j"]
        value = fig["value"]
        token = self.raw[i]
        if range_end is None and j == i + 1 and _FOUR_DIGITS.fullmatch(token):
            year = int(token)
            counted = self.counted(j)
            # a year, unless a plural noun follows ("2000 athletes"; "2007 financial year")
            plural = counted is not None and counted.endswith("s")
            # News writes counts of thousands with a comma ("1,500 head"), so a comma-less
            # non-round year-like number is a year even before a plural ("for 2006 deliveries")
            exact_year = year % 100 != 0 and self.word(i - 1) not in _COUNT_HEDGES
            if 1800 <= year <= 2100 and self._proper_before(i) and self.low[i - 1] not in _SEASONS \
                    and self.word(j) in {",", ";", ")"} and self.word(i - 2) in {"of", "at", "from", "with"}:
                fig.update(i=self._name_start(i - 1), kind="identifier", value=None, low=None, high=None)
                return [fig]  # "Laura Ziskin, president of Fox 2000,": a company's name
            if 1800 <= year <= 2100 and (not plural or exact_year or self.word(i - 1) in _YEAR_PREPS):
                fig.update(kind="date", date=token, value=float(year), low=float(year),
                           high=float(year))
                return [fig]
            if not 1800 <= year <= 2100 and counted is None:
                fig.update(kind="identifier", value=None, low=None, high=None)
                return [fig]
        if range_end is None and j == i + 1 and _ZERO_YEAR.fullmatch(token) and \
                self.word(i - 1) in {"the", "in", "since", "of", "by", "for", "until"}:
            year = 2000 + int(token)  # "the 06 harvest", "in 07": no count has a leading zero
            fig.update(kind="date", date=str(year), value=float(year), low=float(year),
                       high=float(year))
            return [fig]
        if range_end is None and j == i + 1 and token.isdigit() and i >= 2 and \
                self.raw[i - 2] in {"No", "no"} and self.word(i - 1) == "." and self.glued(i - 1):
            # "Japan's No. 1 computer maker" (a rank); "No. 10 Downing Street" (a name)
            rank = j < self.n and self.raw[j][:1].islower() and self.raw[j][:1].isalpha()
            fig.update(i=i - 2, kind="ordinal" if rank else "identifier")
            if not rank:
                fig.update(value=None, low=None, high=None)
            return [fig]
        if range_end is None and j == i + 1 and "." not in token and "," not in token and \
                self.word(i - 1) in _LABELS and i and not self.glued(i):
            # "category three cyclone", "Section 45", "stage 2": a label, not an amount
            if self.raw[i][:1].isupper() and self.raw[i].isalpha() and self.raw[i - 1][:1].isupper():
                return None  # "Channel Nine", "Level Five Cafe": a spelled-out name
            if self.low[i - 1] == "number" and self.raw[i].isalpha() and \
                    self.word(i - 2) in _DETERMINERS | {"a", "s"}:
                # "the number two retailer", "Australia's number one market": a rank
                fig.update(i=i - 1, kind="ordinal")
                return [fig]
            fig.update(i=i - 1, kind="identifier", value=None, low=None, high=None)
            return [fig]
        if range_end is None and info.get("digits") and j == i + 1 and token.isdigit() and \
                self.word(i - 1) in {"call", "dial", "text", "ring", "phone", "calling", "dialling", "dialing"}:
            fig.update(kind="identifier", value=None, low=None, high=None)  # "dial 999"
            return [fig]
        if range_end is None and info.get("digits") and j == i + 1 and token.isdigit() and \
                self._street_after(j):
            fig.update(kind="identifier", value=None, low=None, high=None)  # "601 Riverview Dr."
            return [fig]
        if range_end is None and info.get("digits") and j == i + 1 and "." not in token and \
                "," not in token and self._proper_before(i):
            # "Boeing 737", "Section 45", "S&P 500": the name is part of the identifier
            fig.update(i=self._name_start(i - 1), kind="identifier", value=None, low=None, high=None)
            return [fig]
        if range_end is None and self._age(i, j, value):
            fig.update(kind="duration", unit="year")  # "aged 38", "Maria Lopez, 52,"
            return [fig]
        # "2,5000 head of cattle"
        if self.word(j) == "head" and self.word(j + 1) == "of":
            counted = self.counted(j + 2)
            fig.update(kind="count", counted=counted or "head")
            return [fig]
        if self.word(j) == "times" and range_end is None:
            nxt = self.word(j + 1)
            if nxt in {"as", "the", "more", "higher", "larger", "bigger", "greater", "that",
                       "what", "faster", "less", "lower", "over", "its", "their", "his", "her",
                       "our", "my", "your", "this", "these", "those"} or (
                    j + 1 < self.n and self.raw[j + 1][:1].isupper() and not self.sentence_start(j + 1)):
                # "three times Sydney Harbour", "five times as many": a multiplier
                fig.update(kind="fraction", j=j + 1)
                return [fig]
            fig.update(kind="count", counted=self.raw[j])
            return [fig]
        if self.word(j) == "+" and self.glued(j):
            fig["plus"] = True  # "5,000+ families": at least, and the noun follows the sign
            j += 1
        counted = self.counted(j)
        if counted is None and self.word(j) == "or" and self.word(j + 1) == "so":
            counted = self.counted(j + 2)
        if counted is None and range_end is None and self.word(j) == "of" and value >= 2:
            # partitives: "Three of the four positions", "two of Australia's biggest
            # exporters", "four of eight sites": the count is of the noun that follows
            k: int | None = j + 1
            if self.word(k) in _PARTITIVE_DETS:
                k += 1
            elif k + 2 < self.n and self.raw[k][:1].isupper() and self.word(k + 1) in {"'", "’"} \
                    and self.word(k + 2) == "s":
                k += 3
            elif not (self.word(k)[:1].isdigit() or self.word(k) in W.SMALL):
                k = None
            if k is not None:
                inner = self.number(k) if self.word(k)[:1].isdigit() or self.word(k) in W.SMALL else None
                counted = self.counted(inner[0] if inner else k)
        if counted is _NAME:
            return None
        rate = self._exchange_rate(i, j) if range_end is None else None
        if rate:  # "the yen strengthened to 141.7 per dollar"
            fig.update(kind="money", unit=rate[0], j=rate[1])
            return [fig]
        if range_end is None and self.word(j) == "per" and self.raw[j + 1:j + 2] and \
                self.raw[j + 1].isalpha() and self.raw[j + 1].islower() and self.tag(j + 1) == "NN" \
                and self.word(j + 1) not in {"cent", "annum", "capita", "se"}:
            fig.update(kind="quantity", j=j + 2, unit=f"per {self.low[j + 1]}")  # "6.022 × 10²³ per mole"
            return [fig]
        if range_end is None and self.word(j) == "per" and self.word(j + 1)[:1].isdigit():
            base = self.number(j + 1)  # "41.3 per 100,000 people": a rate per so many
            if base and base[0] < self.n and self.counted(base[0]) not in {None, _NAME}:
                noun = self.counted(base[0])
                fig.update(kind="quantity", j=base[0] + 1,
                           unit=f"per {base[1]:g} {'person' if noun.lower() == 'people' else noun}")
                return [fig]
        if counted and range_end is None:
            density = self._per_unit(j, counted)
            if density:  # "1,300 people per square kilometre"
                fig.update(kind="quantity", unit=density[1], j=density[0])
                return [fig]
        if counted and self.low[i] == "one" and self.tag(j) == "NN" and self._subject_one(i, j):
            return None  # "one grower said", "one option is to": a determiner, not a count
        if self.low[i] == "one" and self.word(j) == "point" and self.word(i - 1) == "at":
            return None  # "at one point": a moment, not an amount
        if self.low[i] == "one" and any(self.low[k] == "the" and self.word(k + 1) == "other"
                                        for k in range(j, min(self.n - 1, j + 8))):
            return None  # "one side for Serbs, the other for ...": a pronoun pair
        if self.low[i] == "one" and (self.word(j) == "way" and self.word(j + 1) == "or" or
                                     self.word(j + (self.word(j) == "-")) == "off"):
            return None  # "one way or the other", "a one-off": idioms
        if counted and value == 1 and self.low[i] == "one" and (
                counted.endswith("ing") or self.tag(j) not in {"NN", "NNS", "JJ"}):
            return None  # "a program similar to one operating in Queensland"
        if counted and value == 0 and range_end is None:
            return None  # "zero water allocation"
        if counted:
            fig.update(kind="count", counted=counted)
            return [fig]
        if info.get("digits") or range_end is not None:
            fig["kind"] = "number"
            return [fig]
        # A spelled-out "one" with no noun is a pronoun ("the wages one", "One is"),
        # kept only if a unit is elided ("less than one"), decided once the neighbours
        # are known.
        fig["kind"] = "number"
        fig["weak"] = value == 1
        return [fig]

    def _compound(self, fig: dict) -> None:
        """ "6 feet 9 inches", "5 ft 11 in", "eight years and six months": one measure, in
        the smaller unit (81 inch, 71 inch, 102 month)."""
        smaller, factor = _COMPOUND[fig["unit"]]
        k = fig["j"] + (self.word(fig["j"]) in {"and", ","})
        if self.word(k) == "and":  # "2 hours, 32 minutes and 25 seconds"
            k += 1
        if k >= self.n or not (self.low[k][:1].isdigit() or self.low[k] in W.SMALL):
            return
        got = self.number(k)
        if got is None or got[2].get("scale", 1.0) != 1.0 or \
                got[2].get("glued") and smaller not in {"minute", "second"}:
            return
        end, value, _ = got
        after = self.raw[end + 1] if end + 1 < self.n else ""
        glued = W.GLUED.fullmatch(self.low[end - 1])
        if smaller in {"minute", "second"} and glued and glued.group(2) in {"m", "min", "mins", "s", "sec", "secs"} \
                and (glued.group(2)[0] == "m") == (smaller == "minute"):
            suf = {"j": end, "unit": smaller}  # "1h 49m": minutes, not metres
        elif smaller == "inch" and self.word(end) == "in" and not (
                after[:1].isupper() or after.lower() in _DETERMINERS | {"a", "an"}):
            suf = {"j": end + 1, "unit": "inch"}  # "5 ft 11 in": the glued-only abbreviation
        elif smaller == "inch" and self.low[fig["j"] - 1] == "foot" and k == fig["j"] and \
                not self.word(end)[:1].isalpha() or smaller == "inch" and self.low[fig["j"] - 1] == "foot" \
                and k == fig["j"] and self.word(end) in {"and", "or", "but", "tall"}:
            suf = {"j": end, "unit": "inch"}  # "six foot two": the inches go unsaid
        else:
            suf = self.suffix(end)
        if not suf or suf.get("unit") != smaller or not 0 <= value < factor:
            return
        total = fig["value"] * factor + value
        fig.update(j=suf["j"], unit=smaller, value=total, low=total, high=total, precision=0.5)
        if smaller in _COMPOUND:  # "2 hours, 32 minutes, 25.3 seconds"
            self._compound(fig)

    def _changing(self, k: int) -> bool:
        """ "rose from 47 to 45", "cut the rate from 5 to 4": a change word shortly before
        the "from" at ``k`` makes "from X to Y" two figures; "stretch from 5 to 10 km" is
        a range."""
        for m in range(max(0, k - 5), k):
            w = self.low[m]
            if w in _CHANGE_WORDS or w in _CHANGE_VERBS or w.startswith(_CHANGE_STEMS):
                return True
            if w in {".", ";", "!", "?"}:
                return False
        return False

    def _age(self, i: int, j: int, value: float) -> bool:
        """A person's age given as a bare number: "aged 38", "Maria Lopez, 52, said"."""
        if not (0 < value < 120 and value == int(value)) or j != i + 1 or not self.raw[i].isdigit():
            return False
        if self.word(i - 1) in {"aged", "age", "ages", "turned", "turns", "turning"} or \
                self.word(i - 1) == "of" and self.word(i - 2) == "age":
            return True  # "aged 38", "at the age of 80"
        if self.word(i - 1) in {"under", "over"} and self.word(i - 2) in _PEOPLE and \
                not (j < self.n and self.raw[j][:1].isalpha() and self.tag(j) in _NOUN_TAGS):
            return True  # "children under 12", "voters over 65"
        if self.word(i - 1) != "," or self.word(j) not in {",", ".", ";", ")"}:
            return False
        k = i - 2
        if self.word(k) == "." and self.word(k - 1) in {"jr", "sr"}:
            k -= 1
        return k >= 1 and self.raw[k][:1].isupper() and self.raw[k].isalpha() and \
            (self.raw[k - 1][:1].isupper() or self.sentence_start(k)) and \
            self.tag(k) in {"NNP", "NNPS"} and \
            self.low[k] not in W.MONTHS and self.low[k] not in W.WEEKDAYS

    def _subject_one(self, i: int, j: int) -> bool:
        """ "one grower said", "one option is to ...": "one" as an indefinite subject."""
        if self.word(i - 1) in {"just", "only", "least", "than", "about", "exactly"}:
            return False
        k = j + 1
        while k < min(self.n, j + 3) and self.tag(k) in {"NN", "NNS"} and self.low[k][:1].isalpha():
            k += 1  # "one market analyst rejects"
        verb = self.word(k)
        if verb in _SAYS:
            return True
        return verb in {"is", "was"} and self.word(k + 1) in {"to", "that", "the", "a", "an"}

    def _proper_before(self, i: int) -> bool:
        """ "Boeing 737", "Section 45": a capitalised name right before the number."""
        if i == 0 or self.glued(i) or "\n" in self.text[self.ends[i - 1]:self.starts[i]]:
            return False
        k = i - 1
        word = self.raw[k]
        if not word.isalpha() or not any(ch.isupper() for ch in word) or self.sentence_start(k):
            return False
        low = self.low[k]
        if low in W.MONTHS or low in W.MONTH_ABBR or low in W.WEEKDAYS or low in W.SMALL:
            return False
        if self.word(i + 1) in {"-", "–"} and self.glued(i + 1) and self.word(i + 2).isdigit() \
                and self.glued(i + 2):
            return False  # "Liverpool beat Chelsea 3-1": a score after a team
        # A capitalised word inside a sentence is a name whatever its tag ("Roaring 40s"),
        # unless it is one item of a list ("lose 23, Victoria 32").
        return not (k >= 2 and self.raw[k - 1] == "," and self.raw[k - 2][:1].isdigit())

    def _is_pair(self, k: int) -> bool:
        """Tokens k, k+1, k+2 are a glued "N-M" of whole numbers."""
        return k >= 0 and self.word(k).isdigit() and self.word(k + 1) == "-" and \
            self.word(k + 2).isdigit() and self.glued(k + 1) and self.glued(k + 2)

    def _score(self, i: int) -> bool:
        """The "N-M" at ``i`` sits in a list of scores ("6-4, 5-7, 6-2")."""
        if not self._is_pair(i):
            return False
        before = i >= 4 and self.word(i - 1) == "," and self._is_pair(i - 4)
        after = self.word(i + 3) == "," and self._is_pair(i + 4)
        return before or after

    def _exchange_rate(self, i: int, j: int) -> tuple[str, int] | None:
        """A bare number quoted against a currency ("141.7 per dollar", "32.2 to the dollar")
        in a sentence that names the quoted currency ("the yen", "the lira"): (ISO, end)."""
        if self.word(j) == "per":
            k = j + 1
        elif self.word(j) in {"to", "against"} and self.word(j + 1) == "the":
            k = j + 2
        else:
            return None
        k += self.word(k) in {"us", "u.s.", "american"}
        if self.word(k) not in {"dollar", "euro", "pound", "yen", "greenback"}:
            return None
        end = k + 1 if self.word(j) == "per" else j  # "to the dollar" stays outside the span
        for m in range(i - 1, max(-1, i - 20), -1):
            if self.raw[m] in {".", "!", "?", ";"}:
                break
            iso = W.CURRENCY_WORDS.get(self.low[m], (None,))[0]
            if iso and self.low[m] not in {self.word(k), "cent", "cents", "pence", "penny"}:
                return iso, end
        return None

    def _per_unit(self, j: int, counted: str) -> tuple[int, str] | None:
        """After a counted noun, "per" or "/" and a unit: (end, "person per square kilometre")."""
        for k in range(j, min(self.n, j + 4)):
            if self.raw[k] == counted:
                break
        else:
            return None
        if self.word(k + 1) not in {"per", "/"}:
            return None
        for size in range(min(W.UNIT_MAX, self.n - k - 2), 0, -1):
            name = W.UNITS.get(tuple(self.low[k + 2 : k + 2 + size])) or (
                W.TIMES.get(tuple(self.low[k + 2 : k + 2 + size])) if size == 1 else None)
            if name and not (size == 1 and self.low[k + 2] in W.GLUED_ONLY and self.word(k + 1) != "/"):
                noun = counted.lower()
                noun = {"people": "person", "persons": "person"}.get(noun, noun.rstrip("s") if noun.endswith("s") and not noun.endswith("ss") else noun)
                return k + 2 + size, f"{noun} per {name}"
        return None

    def _street_after(self, j: int) -> bool:
        """One to three capitalised words ending in a street word follow ("Riverview Dr.")."""
        for k in range(j, min(self.n, j + 4)):
            if not self.raw[k][:1].isupper():
                return False
            if self.raw[k] in _STREETS and k > j:
                return True
        return False

    def _name_start(self, k: int) -> int:
        """Start of a name ending at token ``k``: capitals joined by "&" ("S&P", "AT&T") and
        one more capitalised word before it ("Land Cruiser 300")."""
        while k >= 2 and self.raw[k - 1] == "&" and self.glued(k) and self.glued(k - 1) \
                and self.raw[k - 2][:1].isupper():
            k -= 2
        for _ in range(1):
            prev = k - 1
            if prev < 0 or self.sentence_start(k) or not self.raw[prev].isalpha() or \
                    prev and self.raw[prev - 1] in {"-", "–"} and self.glued(prev) or \
                    not self.raw[prev][:1].isupper() or self.low[prev] in W.MONTHS or \
                    self.low[prev] in W.WEEKDAYS or self.raw[prev] in _NOT_SOURCES or \
                    self.low[prev] in _FUNCTION_WORDS | _DETERMINERS | {"a", "an", "in", "on", "at"}:
                break
            k = prev
        return k

    def counted(self, j: int) -> str | None:
        """The counted noun after a number: the head of the following noun phrase."""
        k = j
        limit = min(self.n, j + 5)
        if self.word(j) == "-" and self.glued(j) and j + 1 < self.n and self.glued(j + 1) and \
                self.low[j + 1].isalpha() and self.tag(j + 1) in _NOUN_TAGS:
            return self.raw[j + 1]  # "a three-stage plan": three stages
        while k < limit:
            w = self.low[k]
            if w == "and" and k > j and self.tag(k - 1) in {"JJ", "NNP"} and k + 1 < self.n \
                    and self.low[k + 1][:1].isalpha() and self.tag(k + 1) in {"JJ", "NNP"}:
                k += 1
                continue
            if w in _NOT_COUNTED or not (w[:1].isalpha() or w == "-"):
                return None
            if w in W.MONTHS or w in W.WEEKDAYS:
                return None
            t = self.tag(k)
            if w in _INVARIANT_PLURALS and not (k + 1 < self.n and self.tag(k + 1) in {"NN", "NNS"}
                                                and self.low[k + 1][:1].isalpha()):
                return self.raw[k]  # "20,000 sheep up for sale" (often tagged JJ)
            if w == "-":
                if not self.glued(k):
                    return None
                k += 1
                continue
            if t in {"NNS", "NNPS"} and not self.raw[k][:1].isupper():
                return self.raw[k]
            if k == j and t in {"NNP", "NNPS", "NNS"} and w.endswith("s") and not w.endswith("ss"):
                if k + 1 < self.n and self.raw[k + 1][:1].isupper():
                    return _NAME  # "12 Oaks Poultry": a number inside a name
                return self.raw[k]  # "six Sydneysiders"
            if t == "RB" and k + 1 < self.n and self.tag(k + 1) in {"JJ", "VBN"}:
                k += 1  # "two previously secret documents"
                continue
            # Right after a number a VBZ-tagged "-s" word is a plural noun ("five holds").
            if t == "VBZ" and k == j and w.endswith("s"):
                return self.raw[k]
            if t == "NN":
                nt = self.tag(k + 1) if k + 1 < self.n else ""
                if nt not in {"NN", "NNS"} or not self.low[k + 1][:1].isalpha():
                    return self.raw[k]
                k += 1
                continue
            if t in _MODIFIER_TAGS:
                k += 1
                continue
            return None
        return None

    # ---- money with a symbol
    def money_symbol(self, i: int) -> list[dict] | None:
        sym = self.low[i]
        start = i
        iso = W.CURRENCY_SYMBOLS[sym]
        if sym != "$" and self.glued(i) and i > 0 and self.raw[i - 1].isupper() and self.raw[i - 1].isalpha() \
                and len(self.raw[i - 1]) <= 3:
            start = i - 1  # "GH₵1,200": the country letters belong to the symbol
        if sym == "$":
            iso = self.currency
            if self.glued(i) and i > 0:
                prefix = self.low[i - 1]
                if prefix in W.DOLLAR_PREFIX and self.raw[i - 1].isupper():
                    iso = W.DOLLAR_PREFIX[prefix]
                    start = i - 1
        k = i + 1
        if sym == "#" and not (self.glued(k) and (self.word(k + 1) in W.SCALES or "," in self.word(k)
                                                  or "." in self.word(k))):
            return None  # the Penn Treebank's "#15 billion" is sterling; "#1" is a rank
        if k < self.n and W.PREFIXED.fullmatch(self.raw[k]) and self.glued(k):  # "$US1.4 billion"
            return self.amount(k, currency=iso, start=start)
        if k >= self.n or not self.low[k][:1].isdigit():
            return None
        return self.amount(k, currency=iso, start=start)

    # ---- words that are figures by themselves
    def word_figure(self, i: int) -> dict | None:
        w = self.low[i]
        prev = self.word(i - 1)
        nxt = self.word(i + 1)
        if w in {"a", "an"} and nxt == "score" and self.word(i + 2) == "of":
            fig = self._new(i, i + 2, "count", 20.0)  # "a score of MPs"
            fig["counted"] = self.counted(i + 3)
            return fig if fig["counted"] and fig["counted"] is not _NAME else None
        if w in {"year", "month", "week", "day"} and prev == "the" and (
                nxt == "earlier") \
                and self.word(i - 2) not in {"during", "in", "for", "of", "throughout", "over"}:
            # ("the month before he was killed": a conjunction follows, not a comparison)
            fig = self._new(i, i + 1, "duration", 1.0)  # "$6.4 million the year earlier"
            fig["unit"] = w
            return fig
        if w in {"year", "month", "week", "day"} and nxt == "-" and self.glued(i + 1) and \
                self.glued(i + 2) and self.word(i + 2) in {"earlier", "ago", "before", "later"}:
            fig = self._new(i, i + 1, "duration", 1.0)  # "the year-earlier quarter"
            fig["unit"] = w
            return fig
        if w == "gas" and nxt == "mark" and self.word(i + 2).isdigit():
            fig = self._new(i, i + 3, "quantity", float(self.word(i + 2)))  # "gas mark 4"
            fig["unit"] = "gas mark"
            return fig
        if w == "magnitude" and nxt[:1].isdigit() and W.DIGITS.fullmatch(nxt):
            fig = self._new(i, i + 2, "quantity", float(nxt.replace(",", "")))  # "magnitude 7.8"
            fig["unit"] = "magnitude"
            return fig
        if w in {"a", "an"} and nxt == "quarter" and self.word(i + 2) in {"past", "to"}:
            fig = self.word_figure(i + 1)  # "a quarter to midnight"
            if fig and fig["kind"] == "time":
                fig["i"] = i
                return fig
        if w in {"quarter", "half"} and nxt in {"past", "to"} and self.word(i + 2) in {"midnight", "noon", "midday"}:
            hour = 12.0 if self.word(i + 2) != "midnight" else 24.0  # "a quarter to midnight" = 23.75
            value = hour + (15 if w == "quarter" else 30) / 60 * (1 if nxt == "past" else -1)
            return self._new(i, i + 3, "time", value % 24)
        if w in {"quarter", "half"} and nxt in {"past", "to"} and (
                self.word(i + 2) in W.SMALL or self.word(i + 2).isdigit()):
            hour = W.small_value(self.word(i + 2))  # "quarter to eight", "half past ten"
            if hour is not None and 1 <= hour <= 12 and not (w == "half" and nxt == "to"):
                minutes = {"quarter": 15, "half": 30}[w]
                return self._new(i, i + 3, "time", hour + (minutes if nxt == "past" else -minutes) / 60)
        if (w in W.TEENS and w != "ten" or w == "twenty") and (nxt in W.TENS or nxt == "oh"):
            spoken = self._spoken_year(i)
            if spoken:
                return spoken
        if w in W.TENS and self.word(i + 1 + (nxt == "-")) in W.ORDINALS and \
                W.ORDINALS[self.word(i + 1 + (nxt == "-"))] < 10 and (nxt != "-" or self.glued(i + 2)):
            k = i + 2 + (nxt == "-")  # "twenty-first", "the twenty first"
            return self._new(i, k, "ordinal", float(W.TENS[w] + W.ORDINALS[self.word(k - 1)]))
        if w in W.MULTIPLIERS and w != "halves":
            if nxt == "-" or self.glued(i):
                return None
            if self.raw[i][:1].isupper() and not self.sentence_start(i):
                return None  # "the Double Duke State Forest", "Twofold Bay": names
            if w in {"double", "triple", "treble", "quadruple"} and not (
                    nxt in _DETERMINERS | {"a", "an", "it", "them", "what", "in", "over", "to", "by",
                                           "since", "from"}
                    or nxt[:1].isdigit() or prev in {"to", "will", "would", "could", "may", "might",
                                                     "can", "than", "nearly", "almost", "about",
                                                     "roughly", "around", "more", "did"}):
                return None  # "a two-run double", "her double axel", "triple-A": not a ratio
            fig = self._new(i, i + 1, "fraction", W.MULTIPLIERS[w])
            return fig
        if w in {"noon", "midday", "midnight"} and prev in {"at", "by", "until", "till", "before",
                                                          "after", "from", "to", "around", "about"}:
            return self._new(i, i + 1, "time", 0.0 if w == "midnight" else 12.0)
        if w == "twice" and nxt in {"as", "the", "that", "what"}:
            return self._new(i, i + 1, "fraction", 2.0)
        if w == "half":
            if nxt == "-" and self.glued(i + 1) and self.glued(i + 2) and \
                    W.TIMES.get((self.word(i + 2),)) in {"hour", "day"}:  # ("a half-year result" is a period)
                fig = self._new(i, i + 3, "duration", 0.5)  # "a half-hour delay"
                fig["unit"] = W.TIMES[(self.word(i + 2),)]
                return fig
            if prev in {"first", "second", "the", "last", "latter", "other"} or nxt == "-":
                return None
            if nxt in {"a", "an"} and (self.word(i + 2) in W.SCALES or self.word(i + 2) == "dozen"):
                return None  # "half a dozen", "half a million": one amount, read by amount()
            if nxt in {"a", "an"}:  # "half a percentage point", "half an hour"
                fig = self._of_a_unit(self._new(i, i + 1, "fraction", 0.5))
                if fig["kind"] != "fraction":
                    return fig
            if prev in {"a", "by", "than", "just", "almost", "nearly", "about", "around", "in",
                        "over", "only", "roughly", "some", "cut", "halved"} or nxt in {
                    "of", "the", "its", "their", "his", "her", "our", "all", "that", "what", "this",
                    "these", "those"}:
                start = i - 1 if prev == "a" and not self.sentence_start(i) or prev == "a" else i
                return self._new(start, i + 1, "fraction", 0.5)
            return None
        if w in {"a", "an", "one"} and nxt in W.DENOMINATORS and nxt not in {"halves"}:
            k = i + 1
            den_word = nxt
            after = self.word(k + 1)
            if w == "one" and prev == "the" and den_word in {"hundredth", "thousandth"} and after != "of":
                return self._new(i, k + 1, "ordinal", float(W.ORDINALS[den_word]))  # "the one hundredth race"
            if den_word.endswith("s") or after == "-":  # "a half-year profit"
                return None
            if den_word in W.ORDINALS and after not in {"of", ".", ",", ";", ")", "", "-"} \
                    and self.tag(k + 1) in _NOUN_TAGS | {"JJ"} and w != "one":
                fig = self._new(k, k + 1, "ordinal", float(W.ORDINALS[den_word]))
                return fig
            if den_word == "quarter" and after in {"century"}:
                return None
            if self.word(k + 1) == "of" and self.word(k + 2) in {"a", "an"} and self.word(k + 3) in W.SCALES:
                return self._fraction_of_scale(i, k + 4, W.SCALES[self.word(k + 3)] / W.DENOMINATORS[den_word])
            fig = self._new(i, k + 1, "fraction", 1.0 / W.DENOMINATORS[den_word])
            return self._of_a_unit(fig)
        if w in W.ORDINALS and W.ORDINALS[w] <= 31 and nxt == "of" and self._month(i + 2):
            month, end = self._month(i + 2)  # "the Fourth of July", "the twenty-third of March"
            fig = self._new(i, end, "date", None)
            year = self._year(end + (self.word(end) == ","))
            if year:
                fig["j"] = year[1]
            fig["date"] = self._resolve(year[0] if year else None, month, int(W.ORDINALS[w])) \
                if (year or self.published) else None
            return fig
        if w in W.ORDINALS:
            superlative = nxt == "-" and self.glued(i + 1) and self.word(i + 2).endswith("est")
            # "fourth-quarter earnings", "first-half profit": the rank of a period
            period = nxt == "-" and self.glued(i + 1) and self.word(i + 2) in _RANKED_NOUNS
            if nxt in {"time", "times"} or nxt == "-" and not (superlative or period) or \
                    prev in {"at", "for"} and nxt not in {"place", "seed", "round"} or \
                    (nxt == "place" and prev == "the" and self.word(i - 2) == "in"):  # "in the first place"
                return None
            if nxt == "hour" and w in {"eleventh", "twelfth"}:
                return None  # "at the eleventh hour": an idiom for "at the last moment"
            if (nxt[:1].isdigit() or nxt in W.SMALL and nxt != "one" or nxt in W.SCALES) and prev != "the":
                return None  # "first two days" ("the first nine months", "the second one" rank)
            if self.raw[i][:1].isupper() and not self.sentence_start(i):
                return None  # "Third World", "First Nations": part of a name
            if w in W.DENOMINATORS and nxt == "of":
                return self._new(i, i + 1, "fraction", 1.0 / W.DENOMINATORS[w])
            # "the third or fourth largest": the second ordinal of a pair
            pair = prev in {"or", "and"} and self.word(i - 2) in W.ORDINALS
            pair = pair or (prev in {"of", "than"} and self.word(i - 2) in {"instead", "rather"})
            # "a second round", "a fourth term": an indefinite ordinal before a noun
            indefinite = prev in {"a", "an"} and i + 1 < self.n and self.tag(i + 1) in _NOUN_TAGS | {"JJ"}
            # "First, they ...": an enumeration at the start of a sentence
            enumerating = nxt == "," and self.sentence_start(i) and self.raw[i][:1].isupper()
            seeded = nxt in {"seed", "seeded", "place", "placed", "round"} and prev not in {"in", "at"}
            if prev in _DETERMINERS or pair or prev in _RANK_VERBS or indefinite or period \
                    or enumerating or seeded:
                # adverbial "was first found": a verb follows
                if self.tag(i + 1).startswith("VB") and nxt not in {"highest"} if i + 1 < self.n else False:
                    return None
                return self._new(i, i + 1, "ordinal", float(W.ORDINALS[w]))
            return None
        return None

    # ---- vague magnitudes
    def vague(self, i: int) -> dict | None:
        """ "billions of dollars", "hundreds of", "tens of thousands of"."""
        value = W.VAGUE[self.low[i]]
        k = i + 1
        while self.word(k) == "of" and self.word(k + 1) in W.VAGUE:
            value *= W.VAGUE[self.low[k + 1]]
            k += 2
        if self.low[i] == "tens" and k == i + 1 or self.low[i] == "scores" and k == i + 1 and (
                self.word(k) != "of" or self.word(i - 1) in _DETERMINERS | {"test", "exam", "high", "low"}):
            return None  # "scores of Muslims" is a vague count; "test scores of 80" is not
        fig = self._new(i, k, "count", value)
        fig["vague"] = True
        fig["precision"] = value
        if self.word(k) == "of":
            suf = self.suffix(k + 1)
            if suf and suf["kind"] in {"money", "quantity"}:
                fig.update(kind=suf["kind"], unit=suf["unit"], j=suf["j"])
                fig["value"] *= suf.get("factor", 1.0)
                fig["low"] = fig["high"] = fig["value"]
                return fig
            fig["counted"] = self.counted(k + 1)
        return fig

    def several(self, i: int) -> dict:
        """ "several hundred kilometres", "a few thousand people": vague like "hundreds of"."""
        start = i - 1 if self.word(i - 1) == "a" and self.low[i] == "few" else i
        value = _VAGUE_SCALES[self.low[i + 1]]
        fig = self._new(start, i + 2, "count", value)
        fig["vague"] = True
        fig["precision"] = value
        suf = self.suffix(i + 2)
        if suf and suf["kind"] in {"money", "quantity", "duration"}:
            fig.update(kind=suf["kind"], unit=suf["unit"], j=suf["j"])
            fig["value"] = fig["low"] = fig["high"] = value * suf.get("factor", 1.0)
            if fig["kind"] in {"money", "quantity"}:
                self.rate(fig["j"], fig)
            return fig
        counted = self.counted(i + 2 + (self.word(i + 2) == "of"))
        if counted and counted is not _NAME:
            fig["counted"] = counted
        else:
            fig["kind"] = "number"
        return fig

    def between(self, i: int) -> list[dict] | None:
        """ "between 10 and 20 millimetres" (span includes "between")."""
        k = i + 1
        currency = None
        if k < self.n and self.low[k][:1] in W.CURRENCY_SYMBOLS:
            currency = self.currency if self.low[k] == "$" else W.CURRENCY_SYMBOLS[self.low[k]]
            k += 1
        if k >= self.n:
            return None
        if self.low[k] in W.MONTHS:
            first = self.date_at(k)
        elif self.low[k][:1].isdigit() and self.time_at(k):
            first = self.time_at(k)  # "between 6am and 11pm": one span of clock time
            if self.word(first["j"]) in {"and", "to"} and first["j"] + 1 < self.n:
                second = self.time_at(first["j"] + 1)
                if second and second["value"] > first["value"]:
                    _as_range(first, first["value"], second["value"], i=i, j=second["j"])
                    return [first]
            return None
        else:
            got = self.amount(k, currency=currency, allow_range=False)
            first = got[0] if got else None
        if not first or self.word(first["j"]) not in {"and", "to"}:
            return None
        k2 = first["j"] + 1
        if k2 < self.n and self.low[k2][:1] in W.CURRENCY_SYMBOLS and (
                currency is not None or first["kind"] in {None, "number"}):
            # "between four and $10 a tonne": the second's currency covers both
            if currency is None:
                currency = self.currency if self.low[k2] == "$" else W.CURRENCY_SYMBOLS[self.low[k2]]
                first["kind"], first["unit"] = "money", currency
            k2 += 1
        if k2 >= self.n:
            return None
        if first["kind"] == "date":
            second = self.date_at(k2)
            if not second and first["value"] is not None:  # "between 1998 and 2003"
                got = self.amount(k2, allow_range=False)
                second = got[0] if got and got[0]["kind"] == "date" and got[0]["value"] else None
                if second and second["value"] > first["value"]:
                    _as_range(first, first["value"], second["value"], i=i, j=second["j"], date=None)
                    return [first]
                return None
            if not second:
                return None
            first.update(i=i, j=second["j"], date=None, weekday=None)
            return [first]
        aged = self.word(i - 1) in {"aged", "ages"}
        got = self.amount(k2, currency=currency, allow_range=False)
        if not got:
            return None
        second = got[0]
        if second["kind"] in {"date", "identifier", "fraction", "ordinal"} or second.get("weak") and first.get("weak") is None:
            pass
        kind = first["kind"] if first["kind"] not in {None, "number", "count"} else second["kind"]
        if first["kind"] in {None, "number"} and second["kind"] == "money" and first["value"] is not None \
                and second["info"].get("scale", 1.0) == 1 and self.low[second["i"]][:1].isdigit():
            raw2 = W.number_value(self.low[second["i"]])
            if raw2 and second["value"] < raw2 and first["value"] <= raw2:
                first["value"] *= second["value"] / raw2  # "between 30 and 59 cents"
        if first["value"] is None or second["value"] is None or first["value"] > second["value"]:
            return None
        s2 = second["info"].get("scale", 1.0)
        if s2 > 1 and first["info"].get("scale", 1.0) == 1:
            first["value"] *= s2
        low, high = first["value"], second["value"]
        fig = dict(first)
        _as_range(fig, low, high, i=i, j=second["j"], kind=kind, unit=first["unit"] or second["unit"],
                  counted=second.get("counted"))
        fig.pop("weak", None)
        if kind in {"number", None} and second.get("counted"):
            fig["kind"] = "count"
        if fig["kind"] == "count" and not second.get("counted"):
            fig["kind"] = "number"
        if aged and fig["kind"] in {"count", "number", None}:
            fig.update(kind="duration", unit="year", counted=None)  # "voters aged between 18 and 24"
        return [fig]

    # ---- dates and times
    def _future(self, i: int) -> bool:
        """The clause before token ``i`` speaks of the future ("will", "is due", "next")."""
        start = i
        while start > 0 and self.raw[start - 1] not in {".", "!", "?", ";"} and i - start < 25:
            start -= 1
        return bool(_FUTURE.search(self.text, self.starts[start], self.starts[i]))

    def _weekday(self, fig: dict, i: int, weekday: int) -> None:
        """Name the weekday and resolve it against the published date: the last such day on or
        before it, or the next one after it when the sentence speaks of the future."""
        fig["weekday"] = W.WEEKDAY_NAMES[weekday]
        if self.published is None:
            return
        offset = (self.published.weekday() - weekday) % 7
        prev = self.word(i - 1)
        if prev == "next" or (prev != "last" and self._future(i)):
            offset = -((weekday - self.published.weekday()) % 7 or 7)
        elif prev == "last" and offset == 0:
            offset = 7
        fig["date"] = (self.published - dt.timedelta(days=offset)).isoformat()

    def _resolve(self, year: int | None, month: int, day: int | None,
                 future: bool = False) -> str | None:
        pub = self.published
        if year is None:
            if pub is None:
                return None
            year = pub.year
            if day is not None:
                try:
                    guess = dt.date(year, month, day)
                except ValueError:
                    return None
                # A day and month well after publication is last year's; in a sentence
                # about the future, one before publication is next year's.
                if future and guess < pub:
                    year += 1
                elif not future and (guess - pub).days > 183:
                    year -= 1
            elif future and month < pub.month:
                year += 1
            elif not future and month - pub.month > 6:
                year -= 1
        if day is None:
            return f"{year:04d}-{month:02d}"
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            return None

    def _month(self, k: int) -> tuple[int, int] | None:
        """Month number at token ``k`` and the token after it (an abbreviation's dot eaten)."""
        if k >= self.n:
            return None
        w = self.low[k]
        if not self.raw[k][:1].isupper():
            return None
        if w in W.MONTHS:
            return W.MONTHS[w], k + 1
        if w in W.MONTH_ABBR:
            end = k + 1
            if self.word(end) == "." and self.glued(end):
                end += 1
            return W.MONTH_ABBR[w], end
        return None

    def _day(self, k: int) -> tuple[int, int] | None:
        w = self.word(k)
        m = _DAY.fullmatch(w)
        if m and 1 <= int(m.group(1)) <= 31:
            return int(m.group(1)), k + 1
        return None

    def _year(self, k: int) -> tuple[int, int] | None:
        w = self.word(k)
        if _YEAR.fullmatch(w) or _DATED_YEAR.fullmatch(w) and self.word(k - 1) == ",":
            return int(w), k + 1
        return None

    def date_at(self, i: int) -> dict | None:
        w = self.low[i]
        after = self.word(i + 2)
        if self.raw[i] in _WEEKDAY_ABBR and self.word(i + 1) == "." and self.glued(i + 1) \
                and self.word(i - 1) != "the" and (self.raw[i] not in {"Sun", "Sat", "Wed"} or after in {
                    ",", "-", "–"} or after in W.MONTHS or after in W.MONTH_ABBR or after[:1].isdigit()):
            fig = self._new(i, i + 2, "date", None)  # "SHAH ALAM, Thurs. -"
            self._weekday(fig, i, W.WEEKDAYS[_WEEKDAY_ABBR[self.raw[i]]])
            return fig
        if w.endswith("s") and w[:-1] in W.WEEKDAYS and self.raw[i][:1].isupper() and self.word(i - 1) == "on":
            fig = self._new(i, i + 1, "date", None)  # "on Thursdays": a weekly day
            fig["weekday"] = W.WEEKDAY_NAMES[W.WEEKDAYS[w[:-1]]]
            return fig
        if w in W.WEEKDAYS and self.raw[i][:1].isupper():
            if i + 1 < self.n and self.raw[i + 1] in _WEEKDAY_TITLES:
                return None  # "Saturday Night Live", "the Sunday Times": names
            if i and self.raw[i - 1] in _NAMED_DAYS and self.glued(i) is False and \
                    self.raw[i - 1][:1].isupper():
                fig = self._new(i - 1, i + 1, "date", None)  # "Good Friday", "Super Tuesday"
                fig["weekday"] = W.WEEKDAY_NAMES[W.WEEKDAYS[w]]
                return fig
            k = i + 1 + (self.word(i + 1) == ",")
            month = self._month(k)
            if month is not None:  # "Friday Oct. 13", "Monday, 24 February": one date
                dated = self._month_date(k, *month)
                if dated and dated["date"] is not None or dated and self._day(month[1]):
                    dated["i"] = i
                    return dated
            if self._day(k) and self._month(k + 1):
                dated = self._digit_date(k)
                if dated:
                    dated["i"] = i
                    return dated
            fig = self._new(i, i + 1, "date", None)
            self._weekday(fig, i, W.WEEKDAYS[w])
            return fig
        month = self._month(i)
        if month is not None:
            return self._month_date(i, *month)
        if w[:1].isdigit():
            return self._digit_date(i)
        return None

    def _month_date(self, i: int, month: int, k: int) -> dict | None:
        w = self.low[i]
        day = year = None
        end = k
        kk = k + (self.word(k) == "the")
        d = self._day(kk)
        if d and not self._year(kk):
            day, end = d
            if self.word(end) in {"-", "–"} and self.glued(end) and self.glued(end + 1) and \
                    self._day(end + 1) and self._day(end + 1)[0] > day:
                end = end + 2  # "Oct. 2-8": a span of days is one date
            elif self.word(end) in {"-", "–"} and self._month(end + 1) and self._day(self._month(end + 1)[1]):
                # "June 19-July 10, 1999": one date from one day to another
                end = self._day(self._month(end + 1)[1])[1]
                if self.word(end) == "," and self._year(end + 1):
                    year, end = self._year(end + 1)
                fig = self._new(i, end, "date", None)
                fig["date"] = str(year) if year else None
                return fig
            if self.word(end) == "," and self._year(end + 1):
                year, end = self._year(end + 1)
            elif self._year(end):
                year, end = self._year(end)
        else:
            y = self._year(k + (self.word(k) == ","))
            if y:
                year, end = y
        if day is None and year is None:
            if w in W.MONTH_ABBR:
                return None
            if w == "may" and (self.sentence_start(i) or self.tag(i) == "MD" or
                               self.word(i + 1) in _SUBJECT_PRONOUNS):
                return None  # "`May we come in?'"
            if w in {"march", "may"} and (self.word(i - 1) in _SUBJECT_PRONOUNS or
                                           self.word(i - 1) in {"to", "will", "would"} and self.raw[i].islower()):
                return None  # "We March to Keep His Dream Alive", "they will march" ("to March": a month)
            if w in {"march", "august"} and self.word(i - 1) in {"the", "a"} and \
                    (not self.raw[i][:1].isupper() or self.word(i + 1) in {"of", "on", "to", "for", "against", "."}):
                return None
        if year is None and self.published is not None and self.word(end + 1) == "year" and \
                self.word(end) in {"last", "next", "this"}:
            # "in March last year": the span stays "March", the year is resolved
            year = self.published.year + {"last": -1, "next": 1, "this": 0}[self.word(end)]
        fig = self._new(i, end, "date", None)
        future = self.published is not None and year is None and self._future(i)
        if self.published is not None and year is None and day is None and \
                self.word(i - 1) in {"since", "last", "past", "earlier"} and month >= self.published.month:
            year = self.published.year - 1  # "since October", "last July": the one before publication
        fig["date"] = self._resolve(year, month, day, future) if (year or self.published) else None
        if year is not None and day is None:
            fig["date"] = f"{year:04d}-{month:02d}"
        if fig["date"] and len(fig["date"]) == 10:
            fig["weekday"] = W.WEEKDAY_NAMES[dt.date.fromisoformat(fig["date"]).weekday()]
        # "May to July": a range of months is one span
        if day is None and year is None and self.word(end) in {"to", "-", "–", "until", "through"}:
            other = self._month(end + 1)
            if other is not None and self.word(end + 1) in W.MONTHS:
                fig["j"] = other[1]
                fig["date"] = None
        return fig

    def _digit_date(self, i: int) -> dict | None:
        w = self.low[i]
        fig = self._apostrophe_year(i)
        if fig:
            return fig
        # "24 February 2022", "23rd of December"
        d = self._day(i)
        if d:
            k = d[1] + (self.word(d[1]) == "of")
            month = self._month(k)
            if month is not None and self.low[k] in W.MONTHS | W.MONTH_ABBR.keys():
                end = month[1]
                year = None
                y = self._year(end + (self.word(end) == ","))
                if y:
                    year, end = y
                fig = self._new(i, end, "date", None)
                future = self.published is not None and year is None and self._future(i)
                fig["date"] = self._resolve(year, month[0], d[0], future) if (year or self.published) else None
                if fig["date"]:
                    fig["weekday"] = W.WEEKDAY_NAMES[dt.date.fromisoformat(fig["date"]).weekday()]
                return fig
        m = _DOTTED_DATE.fullmatch(w)  # "15.03.2025": day, month, year
        if m:
            fig = self._new(i, i + 1, "date", None)
            try:
                day = dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
                fig["date"], fig["weekday"] = day.isoformat(), W.WEEKDAY_NAMES[day.weekday()]
            except ValueError:
                return None
            return fig
        # ISO 2022-09-13
        if _FOUR_DIGITS.fullmatch(w) and self.word(i + 1) == "-" and self.glued(i + 1):
            m = W.ISO_DATE.match(self.text, self.starts[i])
            if m:
                j = bisect.bisect_left(self.starts, m.end())
                fig = self._new(i, j, "date", None)
                try:
                    day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
                    fig["date"] = day.isoformat()
                    fig["weekday"] = W.WEEKDAY_NAMES[day.weekday()]
                except ValueError:
                    fig["drop"] = True  # "2022-02-31" does not exist: no figure
                return fig
        # numeric dates "13/09/2022", "9/13/22": day first unless the text's dollar is USD
        if self.word(i + 1) == "/" and self.word(i + 3) == "/" and all(
                self.glued(k) for k in range(i + 1, i + 5)) and i + 4 < self.n:
            a, b, y = self.low[i], self.low[i + 2], self.low[i + 4]
            if a.isdigit() and b.isdigit() and y.isdigit() and len(a) <= 2 and len(b) <= 2 \
                    and len(y) in {2, 4}:
                year = int(y) + (2000 if len(y) == 2 and int(y) < 50 else 1900 if len(y) == 2 else 0)
                day_first = int(a) > 12 or (int(b) <= 12 and self.currency != "USD")
                day, month = (int(a), int(b)) if day_first else (int(b), int(a))
                fig = self._new(i, i + 5, "date", None)
                try:
                    when = dt.date(year, month, day)
                    fig["date"], fig["weekday"] = when.isoformat(), W.WEEKDAY_NAMES[when.weekday()]
                except ValueError:
                    fig["drop"] = True  # "31/02/2022" does not exist: no figure
                return fig
        # scientific notation ("1e308") is not how news states figures: no figure
        if w.endswith("e") and w[:-1].replace(".", "").isdigit() and self.glued(i + 1) \
                and self.word(i + 1)[:1].isdigit():
            fig = self._new(i, i + 2, "number", None)
            fig["drop"] = True
            return fig
        # decades "1950s", "80s"; "1980's" with an apostrophe
        if (len(w) == 4 and w.endswith("0") and _YEAR.fullmatch(w) or len(w) == 2 and w.endswith("0")) \
                and self.word(i + 1) in {"'", "’"} and self.word(i + 2) == "s" \
                and self.glued(i + 1) and self.glued(i + 2):
            return self._new(i, i + 3, "date", None)
        m = _DECADE.fullmatch(w)
        if m and len(m.group(1)) == 2 and m.group(1).endswith("0") and (
                self.word(i - 1) in {"his", "her", "their"} or
                self.word(i - 1) in {"early", "mid", "late", "-"} and
                self.word(i - 2 - (self.word(i - 1) == "-")) in {"his", "her", "their", "early", "mid", "late"}):
            # "in his early 50s": an age range, 50 to 59 years
            low = float(m.group(1))
            fig = self._new(i, i + 1, "duration", low + 4.5)
            fig.update(unit="year", low=low, high=low + 9)
            return fig
        if m and (len(m.group(1)) == 4 or m.group(1).endswith("0")):
            if self._proper_before(i):  # "Roaring 40s": a name
                return self._new(i - 1, i + 1, "identifier", None)
            if i and self.raw[i - 1] in {"'", "’"} and self.glued(i) and not self.glued(i - 1):
                return self._new(i - 1, i + 1, "date", None)  # "the late '90s"
            return self._new(i, i + 1, "date", None)
        # financial years "05-06", "2010-11", "2006/07"
        m = _FY_START.fullmatch(w)
        if m and self.word(i + 1) in {"-", "/", "–"} and self.glued(i + 1) and self.glued(i + 2):
            nxt = self.word(i + 2)
            if _TWO_DIGITS.fullmatch(nxt) and (int(w[-2:]) + 1) % 100 == int(nxt) and \
                    not (len(w) == 2 and self.suffix(i + 3)):  # "42-43 degrees" is a range
                return self._new(i, i + 3, "date", None)
            if len(w) == 4 and _YEAR4.fullmatch(nxt) and int(nxt) == int(w) + 1:
                return self._new(i, i + 3, "date", None)  # "2006-2007": a financial year
            if len(w) == 4 and _YEAR4.fullmatch(nxt) and int(w) < int(nxt) <= int(w) + 30 and \
                    self.word(i + 1) != "/":  # ("Regulation 2022/2065" is a name)
                fig = self._new(i, i + 3, "date", (int(w) + int(nxt)) / 2)
                fig["low"], fig["high"] = float(w), float(nxt)
                return fig
        return None

    def _apostrophe_year(self, i: int) -> dict | None:
        """ "'06" (2006) and seasons "'06/'07", "'05-'06": the apostrophe is in the span."""
        w = self.low[i]
        if not (_TWO_DIGITS.fullmatch(w) and i and self.raw[i - 1] in {"'", "’"} and self.glued(i)
                and (i == 1 or not self.glued(i - 1))):
            return None
        j = i + 1
        if self.word(j) in {"/", "-", "–"} and self.glued(j) and self.glued(j + 1):
            k = j + 1 + (self.raw[j + 1] in {"'", "’"} and self.glued(j + 2))
            if _TWO_DIGITS.fullmatch(self.word(k)) and (int(w) + 1) % 100 == int(self.word(k)):
                return self._new(i - 1, k + 1, "date", None)  # a financial year / season
        if self.word(j)[:1].isalnum() and self.glued(j):
            return None
        year = int(w) + (2000 if int(w) < 50 else 1900)
        fig = self._new(i - 1, j, "date", float(year))
        fig["date"] = str(year)
        return fig

    def time_at(self, i: int) -> dict | None:
        w = self.low[i]
        m = _TIME_TOKEN.fullmatch(w)
        j = i + 1
        if not m:
            m2 = _HOUR.fullmatch(w)
            if not m2:
                return None
            nxt = self.word(i + 1)
            if nxt in {"am", "pm"}:
                hour, minute, half, j = m2.group(1), m2.group(2), nxt, i + 2
            elif nxt in {"a", "p"} and self.word(i + 2) == "." and self.word(i + 3) == "m":
                hour, minute, half = m2.group(1), m2.group(2), nxt + "m"
                j = i + 4 + (self.word(i + 4) == "." and self.glued(i + 4))
            elif _CLOCK.fullmatch(w) and int(m2.group(1)) < 24:
                hour, minute, half = m2.group(1), m2.group(2), None
            else:
                return None
        else:
            hour, minute, half = m.group(1), m.group(2), m.group(3)
        h = int(hour) % 12 + (12 if half == "pm" else 0) if half else int(hour)
        if h > 23 or (minute and int(minute) > 59):
            return None
        fig = self._new(i, j, "time", h + int(minute or 0) / 60)
        return fig

    # ---- identifiers
    def identifier_at(self, i: int) -> dict | None:
        w = self.raw[i]
        if _FY_LABEL.fullmatch(w):  # financial year label
            return self._new(i, i + 1, "date", None)
        m = _QUARTER.fullmatch(w)
        if m and (m.group(1) == "Q" or self._year(i + 1)):
            # "Q3 2024", "H1 2023": a quarter or half of a year
            year = self._year(i + 1)
            if year is None and self.word(i + 1) in {"fy", "fy24"}:
                return self._new(i, i + 1, "date", None)
            fig = self._new(i, year[1] if year else i + 1, "date", None)
            if year:
                fig["date"] = str(year[0])
            return fig
        if _ALNUM_ID.fullmatch(w):
            if any(ch.isupper() for ch in w):
                start = i - 1 if i and self.raw[i - 1].isalpha() and self.raw[i - 1][:1].isupper() \
                    and not self.sentence_start(i - 1) and self.low[i - 1] not in _FUNCTION_WORDS \
                    and self.low[i - 1] not in W.MONTHS else i
                end = i + 1
                if self.word(end) == "-" and self.glued(end) and self.word(end + 1).isdigit() and self.glued(end + 1):
                    end += 2  # "Airbus A350-900"
                return self._new(start, end, "identifier", None)  # "the Orion X2 phone"
            return None
        if len(w) >= 2 and w.isupper() and w.isalpha() and self.word(i + 1) == "." and \
                self.glued(i + 1) and self.glued(i + 2) and self.word(i + 2).isdigit():
            return self._new(i, i + 3, "identifier", None)  # "JN.1", "BA.2": variant names
        # "COVID-19", "F-16", "omega-3"
        if (w[:1].isupper() or self.low[i] in _LOWER_ID) and self.word(i + 1) == "-" and self.glued(i + 1) and self.glued(i + 2) \
                and i + 2 < self.n and self.raw[i + 2][:1].isdigit() and self.low[i] not in _NOT_ID_PREFIX \
                and len(w) <= 6:
            end = i + 3
            return self._new(i, end, "identifier", None)
        return None

    def _era(self, i: int) -> dict | None:
        """ "2000 B.C.", "AD 79", "300 BCE": a year of an era (kind date)."""
        w = self.low[i]
        if not w.isdigit() or len(w) > 4:
            return None
        if i and self.raw[i - 1] == "AD" and not self.glued(i):
            return self._new(i - 1, i + 1, "date", None)
        k = i + 1
        letters = []
        while k < self.n and len(letters) < 4 and (self.raw[k] in {"B", "C", "A", "D", "E"} or
                                                   self.raw[k] == "." and self.glued(k)):
            letters.append(self.raw[k])
            k += 1
        era = "".join(ch for ch in letters if ch != ".")
        if len(letters) == 1 and self.raw[i + 1] in {"BC", "AD", "BCE", "CE"}:
            era = self.raw[i + 1]
        if era not in {"BC", "AD", "BCE", "CE"} and (i + 1 >= self.n or self.raw[i + 1] not in {"BC", "AD", "BCE", "CE"}):
            return None
        if self.raw[i + 1] in {"BC", "AD", "BCE", "CE"}:
            k = i + 2 + (self.word(i + 2) == "." and self.glued(i + 2))
        fig = self._new(i, k, "date", None)
        fig["date"] = None
        return fig

    def ratio(self, i: int) -> dict | None:
        """ "3:1" (a ratio, kind fraction 3.0); "9/11", "24/7" (names, not amounts)."""
        w = self.low[i]
        m = _RATIO.fullmatch(w)
        if m and (len(m.group(2)) == 1 or "ratio" in {self.word(i - 1), self.word(i + 1)}):
            a, b = int(m.group(1)), int(m.group(2))
            return self._new(i, i + 1, "fraction", a / b) if b else None
        if w.isdigit() and self.word(i + 1) == "/" and self.word(i + 2).isdigit() and \
                self.glued(i + 1) and self.glued(i + 2) and self._slash(i) is None and \
                not (self.word(i + 3) == "/" and self.glued(i + 3)) and \
                not (i and self.word(i - 1) == "/" and self.glued(i)):
            start = i - 1 if self.word(i - 1) in _LABELS and self.raw[i - 1][:1].isupper() else i
            return self._new(start, i + 3, "identifier", None)  # "Regulation 2022/2065"
        return None

    def glued_identifier(self, i: int) -> dict | None:
        """ "4WD", "3D", "5G": digits glued to capitals that are not a unit; "4x4"."""
        if self.low[i][-1:] == "x" and self.low[i][:-1].isdigit() and self.glued(i + 1) \
                and self.word(i + 1).isdigit() and not (self.glued(i + 2) and self.word(i + 2)[:1].isalpha()):
            return self._new(i, i + 2, "identifier", None)
        m = W.GLUED.fullmatch(self.raw[i])
        if m and any(ch.isupper() for ch in m.group(2)) and m.group(2) not in _UPPER_UNITS:
            suffix = m.group(2).lower()
            if suffix in W.MAGNITUDE_ABBR or suffix in {"am", "pm"}:
                return None
            return self._new(i, i + 1, "identifier", None)  # "9G", "4WD", "3D"
        return None


# --------------------------------------------------------------------------- after the pass
def _as_range(fig: dict, low: float, high: float, **fields) -> dict:
    """Make ``fig`` the range ``low``..``high`` (with ``fields``); its value is the midpoint,
    the guidelines' convention for ranges."""
    fig.update(fields, low=low, high=high, value=(low + high) / 2)
    return fig


def _hedge_before(sc: _Scanner, end: int, skipped: int, fig_kind: str | None = None,
                  possessive_after: bool = False) -> str | None:
    """The bound of the hedge phrase ending right before token ``end``, if any."""
    for size in range(min(W.HEDGE_MAX, end), 0, -1):
        phrase = tuple(sc.low[end - size : end])
        b = W.HEDGES_BEFORE.get(phrase)
        if b is None:
            continue
        before = sc.word(end - size - 1)
        if size > 1 and phrase[-1] == "than" and (before[:1].isdigit() or before in W.SCALES):
            return None  # "CHF 12 less than a year earlier": a comparison of two figures
        # "from 5.3 up to about 5.7", "5.2, 5.3 up to": a direction, not a bound
        if phrase[0] == "up" and before[:1].isdigit():
            continue
        # "in the years leading up to 2005": a time line, not a bound
        if phrase[0] == "up" and before in {"leading", "lead", "leads", "run", "running"}:
            return None
        if phrase == ("past",) and before in {"the", "this", "these", "its", "his", "her", "their", "our"}:
            return None  # "for the past two days": a period, not "more than"
        if skipped and phrase in {("over",), ("for",), ("some",), ("within",)}:
            return None
        if phrase[0] == "up" and before in {"edged", "crept", "inched", "moved", "went", "climbed",
                                            "rose", "risen", "jumped", "ticked", "gone", "shot",
                                            "soared", "rising", "climbing", "goes", "go"}:
            return None  # "edged up to 4.3 per cent": a direction of change
        if phrase == ("from",) and before not in _PRICED:
            continue
        if phrase == ("over",) and before in {"rolled", "handed", "taken", "took", "turned", "handing",
                                               "turning", "carried", "hand", "roll", "turn"}:
            return None  # "rolled over 14 times", "handed over 63 aircraft": a phrasal verb
        if b == "ge" and phrase[-1] in {"at", "from"} and phrase not in {("at", "least")} and \
                fig_kind not in {None, "money"}:
            continue  # "starts at 9.30am": a time, not a price floor
        if phrase == ("over",) and fig_kind == "duration" and not possessive_after and (
                before[:1].isdigit() or before in _SPREAD_OVER or before in W.CURRENCY_WORDS
                or before in {"%", "cent", "percent", "billion", "million", "bn", "m"}
                or (before,) in W.UNITS):
            return None  # "$8.5bn over four years", "spread over 12 years": during them
        return b
    return None


def _bounds(sc: _Scanner, fig: dict) -> None:
    i, j = fig["i"], fig["j"]
    bound = None
    if fig["kind"] == "identifier":  # "under Article 5": a name is not bounded
        fig["bound"], fig["approximate"] = "eq", False
        return
    if fig["kind"] == "date" and sc.word(i - 1) == "-" and sc.glued(i) and \
            sc.word(i - 2) in {"pre", "post"} and sc.glued(i - 1):
        bound = "lt" if sc.word(i - 2) == "pre" else "gt"  # "pre-1917 debts"
    elif fig["kind"] == "duration" and sc.word(j) in {"earlier", "ago", "before", "later"}:
        bound = None  # "higher than a year earlier": the comparison is not about the year
    elif sc.low[i] != "between":
        possessive = sc.word(j) in {"'", "’"} or sc.word(j) in {"old", "of"}
        bound = _hedge_before(sc, i, 0, fig["kind"], possessive)
        if bound in _NEGATED and sc.word(i - 1) in {"below", "above", "under", "over", "exceed", "beyond"} \
                and _NEGATION.search(sc.text, sc.starts[max(0, i - 5)], sc.starts[i]):
            bound = _NEGATED[bound]  # "have not fallen below 90": at least 90
        # the hedge may stand before a determiner: "at least the next 10 years", "about a 60
        # to 65 per cent chance" ("over the next 10 years" means during them: no bound)
        if fig["kind"] in {"date", "time", "ordinal"}:
            pass  # "under a 1934 law": the hedge bounds the noun phrase, not the year
        elif bound is None and sc.word(i - 1) in {"a", "an"} and sc.low[i] not in {"a", "an"} \
                and "-" not in sc.raw[i:fig["j"]]:  # ("close to a 30-year low": the hedge is the low's)
            bound = _hedge_before(sc, i - 1, 1)
        elif bound is None and sc.word(i - 2) == "the" and \
                sc.word(i - 1) in {"next", "past", "last", "first", "coming"}:
            bound = _hedge_before(sc, i - 2, 2)
    if bound is None:
        for phrase, b in W.HEDGES_AFTER.items():
            if tuple(sc.low[j : j + len(phrase)]) == phrase:
                after = sc.word(j + len(phrase))
                if phrase == ("plus",) and after[:1].isalpha():
                    continue  # "45 million EUR plus add-ons": an addition, not "or more"
                if phrase[0] == "at" and (after[:1].isdigit() or after in W.SMALL):
                    continue  # "10 at least 3 times": the hedge is the next figure's
                bound = b
                break
        if bound is None and sc.word(j) == "-" and sc.word(j + 1) == "plus" and sc.glued(j):
            bound = "ge"
        if bound is None and fig.get("plus"):
            bound = "ge"
    if bound is None and fig.get("vague"):
        bound = "ge"
    fig["bound"] = bound or "eq"
    fig["approximate"] = fig["bound"] == "approx" or bool(fig.get("vague"))


_COMPARE = re.compile(r"\b(?:from|than|to|compared (?:with|to)|versus|vs|against)\W*$")


def _ellipsis(sc: _Scanner, figs: list[dict], sentence_of) -> list[dict]:
    """Give a unit-less number the unit of a figure it is compared with ("less than 20",
    "30 hours a week, up from 15").

    Spelled-out numbers with neither a noun nor an elided unit are dropped.
    """
    out = []
    for n, fig in enumerate(figs):
        if fig["kind"] == "number" and n and fig["low"] == fig["high"]:
            prev = figs[n - 1]
            before = sc.text[prev["end"] : fig["start"]]
            # Figures compared share an order of magnitude: "six years, more than 4,000
            # Victorians" is no duration, "falls of up to 40 millimetres ... less than 20" is.
            ratio = (fig["value"] or 0) / prev["value"] if prev.get("value") else 0
            similar = 0.01 <= ratio <= 100
            compared = _COMPARE.search(before) is not None and len(before) < 40 and similar
            kinds = {"quantity", "percent", "money", "duration"}
            if not compared and fig["bound"] in {"lt", "le", "gt", "ge"}:
                compared = similar
                kinds = {"quantity", "percent", "money"}
            if compared and prev["kind"] in kinds and \
                    sentence_of(prev["start"]) == sentence_of(fig["start"]):
                fig["kind"], fig["unit"] = prev["kind"], prev["unit"]
                fig.pop("weak", None)
        if fig.get("weak"):
            continue
        out.append(fig)
    return out


def _lists(sc: _Scanner, figs: list[dict]) -> None:
    """A hedge distributes over a comma list of bare numbers ("about 5.7, 5.8"); a unit
    distributes back over a list ("two, three years")."""
    for a, b in reversed(list(pairwise(figs))):
        if a["kind"] == "number" and b["kind"] in {
                "duration", "quantity", "percent", "money"} and \
                sc.text[a["end"] : b["start"]] in {", ", " or ", ", or ", " and "}:
            a["kind"], a["unit"] = b["kind"], b["unit"]
    for a, b in pairwise(figs):
        if a["kind"] == b["kind"] == "number" and b["bound"] == "eq" and \
                sc.text[a["end"] : b["start"]] == ", " and a["bound"] == "approx":
            b["bound"], b["approximate"] = "approx", True


def _conversions(sc: _Scanner, figs: list[dict]) -> None:
    """Link "6,000 square kilometers (2,316 square miles)" and check the arithmetic."""
    for a, b in pairwise(figs):
        between = sc.text[a["end"] : b["start"]]
        if between.strip() not in {"(", "- or", ", or", "or"} or not between.strip():
            continue
        if between.strip() == "(" and not _CLOSING_PAREN.match(sc.text, b["end"]):
            continue
        if a["kind"] not in {"quantity", "money", "percent"} or b["kind"] != a["kind"]:
            continue
        b["converted_from"] = a["number_id"]
        if between.strip() == "(" and b["bound"] == "eq" and a["bound"] != "eq":
            # "about 1,500 square kilometres (580 square miles)": the hedge covers both
            b["bound"], b["approximate"] = a["bound"], a["approximate"]
        if a["kind"] == "money":
            if a["unit"] == b["unit"]:
                b["conversion_ok"] = _agree(a["value"], a["precision"], b["value"], b["precision"])
            continue
        if a["kind"] == "quantity":
            try:
                fa, ua = _base(_pint_expr(a["unit"]))
                fb, ub = _base(_pint_expr(b["unit"]))
            except Exception:  # noqa: BLE001, S112 - a unit pint does not know stays unchecked
                continue
            if ua != ub:
                b["conversion_ok"] = False
                continue
            if a["unit"].startswith("degree"):
                # offsets: compare in kelvin; a Fahrenheit degree is 5/9 of a kelvin
                va, vb = normalise(a["value"], a["unit"])[0], normalise(b["value"], b["unit"])[0]
                fa = 5 / 9 if a["unit"].endswith("fahrenheit") else 1.0
                fb = 5 / 9 if b["unit"].endswith("fahrenheit") else 1.0
                b["conversion_ok"] = _agree(va, a["precision"] * fa, vb, b["precision"] * fb)
                continue
            b["conversion_ok"] = _agree(a["value"] * fa, a["precision"] * fa,
                                        b["value"] * fb, b["precision"] * fb)


def _agree(a: float, pa: float, b: float, pb: float) -> bool:
    """Two stated values agree when either one, rounded to the other's stated precision,
    gives the other (``pa``/``pb``: half a unit of the last stated digit), with 0.5% slack.

    >>> _agree(6000e6, 500e6, 2316 * 2.589988e6, 0.5 * 2.589988e6)
    True
    >>> _agree(6000e6, 500e6, 3000 * 2.589988e6, 500 * 2.589988e6)
    False
    """
    slack = 0.005 * max(abs(a), abs(b))
    return abs(a - b) <= max(pa, pb) + slack


# "ABARE says", "Brian Fisher's saying", "The Chinese Government has said", "the weather
# bureau was predicting", "Brett De Hayr from Agforce says": an attribution before a figure.
_NAME_WORDS = r"(?:[A-Z][\w’'-]*(?:\s+(?:and|of|for|to)\s+|\s+)){0,4}[A-Z][\w-]*"
_ATTRIBUTION = re.compile(
    r"(?<![\w’'])(?P<source>" + _NAME_WORDS
    + r"|[Tt]he\s+[a-z]+(?:\s+(?!has\b|had\b|is\b|was\b|also\b)[a-z]+)?)"
    r"(?:,?\s+(?:from|of|at|with)\s+(?:the\s+)?" + _NAME_WORDS + r",?)?"
    r"(?:[’']s\s+(?:saying|forecasting|predicting|tipping|estimating)|\s+(?:also\s+)?(?:says|said|"
    r"has said|had said|is saying|believes|was predicting|is predicting|predicts|predicted|"
    r"is forecasting|forecasts|is tipping|was tipping|tips|is estimating|estimates|warns|"
    r"warned|claimed))\b"
)
# Between a reporting verb and a figure that dates the statement ("said on Monday").
_STATEMENT_TIME = re.compile(r"\s+(?:on|in|at|late on|early on|last|this)?\s*")
# A source named after the figures, at the end of the sentence: "..., a poll found.",
# "..., the Office for National Statistics said on Monday.", "..., according to Ofcom."
_TRAILING_SOURCE = re.compile(
    r",\s+(?:(?P<source>(?:[Tt]he\s+)?" + _NAME_WORDS + r"|(?:[Tt]he|[Aa]n?)\s+[a-z]+(?:\s+[a-z]+){0,2}"
    r"|(?:government|official|new)\s+(?:data|figures|statistics))"
    r"\s+(?:said|says|found|finds|showed|shows|reported|reports|estimated|estimates|warned|"
    r"announced|added|told\s+\w+)|according\s+to\s+(?P<source2>" + _NAME_WORDS
    + r"|(?:the|a|an)\s+[a-z]+(?:\s+[a-z]+){0,2}))\b[^.!?;\"“”\d]{0,32}[.!?]?$"
)
# A new clause between the attribution and the figure ends the attribution's reach.
_CLAUSE_BREAK = re.compile(r",\s+(?:but|while|whereas|although)\b|;|[.!?]\s|[\"“”]")
_NOT_SOURCES = {"He", "She", "It", "They", "We", "I", "You", "This", "That", "There", "But",
                "And", "So", "Now", "Also", "Then", "The", "Mr", "Mrs", "Ms", "Dr", "Though",
                "However", "Meanwhile", "Instead", "Yesterday", "Today", "Like", "If", "When"}
_TITLES = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|Professor|Prof|Sir|Senator|Minister|Premier|Datuk|Dato|"
                     r"Tan Sri|Sheikh|Lord|Lady|Dame|Rev|Judge|Justice)\.?\s+)+")
# Role words: what follows the last of them is the person ("Agriculture Minister Peter
# McGauran" -> "Peter McGauran"), if anything does.
_ROLES = {"Minister", "Manager", "Chairman", "Chairwoman", "Chair", "Director", "Researcher",
          "President", "Secretary", "Senator", "Premier", "Commissioner", "Officer", "Executive",
          "Economist", "Analyst", "Spokesman", "Spokeswoman", "Spokesperson", "Chief", "Governor",
          "Treasurer", "Leader", "Member", "Editor", "Professor", "Dr", "Mr", "Mrs", "Ms",
          "Bank", "Exporters", "Coordinator", "Co-ordinator", "Scientist", "Forecaster",
          "Grower", "Farmer", "Owner", "Climatologist", "Horticulturalist", "Agronomist", "Vet",
          "Auctioneer", "Agent", "Consultant", "Lecturer", "Principal", "Mayor", "Councillor"}


_ORG_SUFFIXES = r"(?:Inc|Ltd|Co|Corp|Corporation|Group|plc|PLC|LLC|Association|Department|" \
    r"Commission|Bureau|Board|Authority|Agency|Council|Institute|Office|Exchange|Bank|Report)\.?"


def _organisation(text: str, source: str) -> str:
    """The full name of an organisation named short ("Carnival" -> "Carnival Cruise Lines
    Inc.", "Dow Jones" -> "Dow Jones & Co."): its first fuller mention ending in a
    corporate word, else ``source`` unchanged."""
    full = re.search(r"(?<![\w-])" + re.escape(source)
                     + r"(?:\s+(?:&|of|and|[A-Z][\w&'’-]*\.?)){1,5}?\s+" + _ORG_SUFFIXES
                     + r"(?![\w-])", text)
    if full is None or "\n" in full.group(0):
        return source
    return full.group(0)


def _attributed(text: str, window_start: int, figure_start: int,
                fullnames: dict[str, str] | None = None, is_time: bool = False) -> str | None:
    """The source named by the last attribution between ``window_start`` and the figure.

    >>> _attributed("Overall, ABARE says prices will fall by 1.7 per cent.", 0, 40)
    'ABARE'
    >>> _attributed("Agriculture Minister Peter McGauran says $350,000 was spent.", 0, 40)
    'Peter McGauran'
    """
    found = None
    for m in _ATTRIBUTION.finditer(text, window_start, figure_start):
        found = m
    if found is None or _CLAUSE_BREAK.search(text, found.end(), figure_start):
        return None
    if is_time and _STATEMENT_TIME.fullmatch(text, found.end(), figure_start):
        return None  # "the RAC said on [Monday]": the figure dates the statement itself
    words = _TITLES.sub("", found.group("source").strip()).split()
    while words and words[0] in _NOT_SOURCES and (len(words) > 1 and words[0] != "The"):
        words = words[1:]  # "But Mr Evans", "Though Ms McTiernan"
    words = _TITLES.sub("", " ".join(words)).split()
    # "Telstra's Michael Patterson": the affiliation before the name is not the source
    owners = [n for n, w in enumerate(words) if w.endswith(("'s", "’s")) and n + 1 < len(words)]
    if owners:
        words = words[owners[-1] + 1 :]
    roles = [n for n, w in enumerate(words) if w in _ROLES]
    if roles and roles[-1] + 1 < len(words):
        words = words[roles[-1] + 1 :]
    if not words or (len(words) == 1 and words[0] in _NOT_SOURCES):
        return None
    if words[0] == "The" and len(words) > 1 and words[1][:1].isupper():
        return _organisation(text, " ".join(words[1:]))  # "The Chinese Government"
    if words[0] in {"The", "the"}:
        return "the " + " ".join(words[1:])
    org = _organisation(text, " ".join(words))
    if org != " ".join(words):
        return org
    if len(words) == 1:
        # a surname: the first fuller mention ("Fisher" -> "Brian Fisher"), looked up once
        cache = fullnames if fullnames is not None else {}
        if words[0] not in cache:
            full = re.search(r"(?<![\w-])((?:[A-Z][\w’'-]+\s+){1,2})" + re.escape(words[0]) + r"\b",
                             text)
            name = _TITLES.sub("", full.group(0)).split() if full else words
            roles = [n for n, w in enumerate(name) if w in _ROLES or w in _NOT_SOURCES]
            if roles and roles[-1] + 1 < len(name):
                name = name[roles[-1] + 1 :]
            cache[words[0]] = " ".join(name)
        return cache[words[0]]
    return " ".join(words)


def _trailing_source(text: str, fig: dict, end: int) -> str | None:
    """The source named at the end of the figure's sentence, after the figure."""
    if end - fig["end"] > _ATTRIBUTION_REACH:
        return None  # too far to name this figure's source (and keeps long lines linear)
    m = _TRAILING_SOURCE.search(text, fig["end"], end)
    if m is None:
        return None
    source = (m.group("source") or m.group("source2") or "").strip()
    if source[:4] == "the " and source[4:5].isupper():
        source = source[4:]  # "the Office for National Statistics"
    if not source or source.split()[0] in _NOT_SOURCES and source.split()[0] != "The":
        return None
    if source.split()[0] == "The" and len(source.split()) > 1 and source.split()[1][:1].isupper():
        return source.split(" ", 1)[1]  # "The Bank of England" -> "Bank of England"
    return source[0].lower() + source[1:] if source.split()[0] in {"The", "A", "An"} else source


def _claims(text: str, figs: list[dict], quotes: pd.DataFrame, sentence_start,
            sentence_end=None) -> None:
    """Claimant of each figure: the innermost attribution around it.

    Inside a quote, an attribution between the quote's (or sentence's) start and the figure
    names a nested source ("ABARE says ..." within a speaker's answer); otherwise the quote's
    speaker. Outside quotes, an attribution earlier in the sentence ("the weather bureau was
    predicting ..."), else "narrator".
    """
    spans = []
    if quotes is not None and len(quotes) and {"start", "end"} <= set(quotes.columns):
        speakers = quotes["speaker"].tolist() if "speaker" in quotes.columns else [None] * len(quotes)
        ids = quotes["quote_id"].tolist() if "quote_id" in quotes.columns else list(range(len(quotes)))
        spans = sorted(zip(quotes["start"].tolist(), quotes["end"].tolist(), speakers, ids),
                       key=lambda s: s[1] - s[0])
    fullnames: dict[str, str] = {}  # surname -> the name as first written
    organisations: dict[str, str] = {}  # short name -> the organisation's full name
    if sentence_end is None:
        def sentence_end(offset: int) -> int:
            stop = re.compile(r"[.!?](?:\s|$)|\n").search(text, offset)
            return stop.end() if stop else len(text)
    for fig in figs:
        fig["claimant"], fig["quote_id"] = "narrator", None
        window = max(sentence_start(fig["start"]), fig["start"] - _ATTRIBUTION_REACH)
        for start, end, speaker, qid in spans:  # innermost (shortest) quote first
            if start <= fig["start"] and fig["end"] <= end:
                fig["claimant"] = speaker if isinstance(speaker, str) and speaker else None
                fig["quote_id"] = int(qid)
                window = max(window, start)
                break
        nested = _attributed(text, window, fig["start"], fullnames, fig["kind"] in {"date", "time"})
        speaker = fig["claimant"] or ""
        if nested and nested not in speaker and speaker.split()[-1:] != nested.split()[-1:]:
            fig["claimant"] = nested
        elif fig["claimant"] == "narrator" and fig["quote_id"] is None:
            trailing = _trailing_source(text, fig, sentence_end(fig["end"]))
            if trailing:
                fig["claimant"] = trailing
        claimant = fig["claimant"]
        if claimant and claimant != "narrator" and claimant[:1].isupper():
            if claimant not in organisations:
                organisations[claimant] = _organisation(text, claimant)
            fig["claimant"] = organisations[claimant]


_SUBUNIT_WORDS = {"cent": "cent", "cents": "cent", "penny": "penny", "pence": "penny"}


def _subunit(sc: _Scanner, fig: dict) -> str | None:
    """ "cent" or "penny" when a money figure is stated in the currency's hundredth part
    ("75 cents", "US73c", "30p", "a penny"), else None."""
    if "subunit" in fig:  # decided when a range or change took the unit of its partner
        return fig["subunit"]
    for k in range(fig["i"], fig["j"]):
        w = sc.low[k]
        if w in _SUBUNIT_WORDS:
            return _SUBUNIT_WORDS[w]
        if w[:1].isdigit() or W.PREFIXED.fullmatch(sc.raw[k]):
            if w.endswith("c") and not w.endswith("bc"):
                return "cent"
            glued = W.GLUED.fullmatch(w)
            if glued and glued.group(2) == "p":
                return "penny"  # "30p" ("£449pp" is per person)
        if w in {"per", "a", "an", "/"} and k > fig["i"]:
            break  # "$5 a cent"? the rate's denominator is not the unit
    return None


def extract(
    text: str,
    sentences: pd.DataFrame,
    tokens: pd.DataFrame,
    quotes: pd.DataFrame,
    published: str | None = None,
) -> pd.DataFrame:
    """One row per figure in ``text`` (columns of :data:`analysis.schema.NUMBERS`).

    ``tokens`` supplies POS tags (for the counted noun), ``sentences`` the sentence ids,
    ``quotes`` the claimants; any of them may be empty. ``published`` (ISO date) resolves
    weekdays and day-month dates.

    >>> import pandas as pd
    >>> empty = pd.DataFrame()
    >>> df = extract("It took 6,000 square kilometers (2,316 square miles) on Monday.",
    ...              empty, empty, empty, published="2022-09-13")
    >>> df[["surface", "kind", "unit", "converted_from", "conversion_ok", "date"]].values.tolist()
    [['6,000 square kilometers', 'quantity', 'square kilometre', <NA>, <NA>, <NA>], \
['2,316 square miles', 'quantity', 'square mile', 0, True, <NA>], \
['Monday', 'date', <NA>, <NA>, <NA>, '2022-09-12']]
    """
    if not text:
        return schema.empty("numbers")
    tokens = tokens if tokens is not None else pd.DataFrame()
    sc = _Scanner(text, tokens, _published(published))
    # beyond float range ("1" followed by 400 zeros, "10^400"): not a usable figure
    figs = [f for f in sc.scan() if all(f[k] is None or math.isfinite(f[k]) for k in ("value", "low", "high"))]
    for fig in figs:
        i = fig["i"]
        if fig["kind"] == "date" and i >= 2 and sc.low[i - 2] == "mid" and sc.word(i - 1) == "-" \
                and sc.glued(i - 1) and sc.glued(i):
            # "mid-2007", "mid-October": one date; "mid-2007" is no longer exactly the year
            fig.update(i=i - 2, value=None, low=None, high=None)
        fig["start"], fig["end"] = sc.starts[fig["i"]], sc.ends[fig["j"] - 1]
        _bounds(sc, fig)
    sent_starts: list[int] = []
    sent_ends: list[int] = []
    sent_ids: list[int] = []
    if sentences is not None and len(sentences):
        sent_starts = sentences["start"].tolist()
        sent_ends = sentences["end"].tolist()
        sent_ids = sentences["sentence_id"].tolist()

    def sentence_of(offset: int) -> int | None:
        k = bisect.bisect_right(sent_starts, offset) - 1
        return sent_ids[k] if k >= 0 else None

    figs = _ellipsis(sc, figs, sentence_of)
    _lists(sc, figs)
    for n, fig in enumerate(figs):
        fig["number_id"] = n
    _conversions(sc, figs)

    def sentence_start(offset: int) -> int:
        k = bisect.bisect_right(sent_starts, offset) - 1
        return sent_starts[k] if k >= 0 else 0

    def sentence_end(offset: int) -> int:
        k = bisect.bisect_right(sent_starts, offset) - 1
        return sent_ends[k] if k >= 0 else len(text)

    _claims(text, figs, quotes, sentence_start, sentence_end if sent_ends else None)
    rows = []
    for fig in figs:
        kind, value, unit = fig["kind"], fig["value"], fig["unit"]
        norm_value = norm_unit = None
        subunit = _subunit(sc, fig) if kind == "money" and value is not None else None
        if subunit:
            # stated in cents or pence: value and unit as written, normalised to the currency
            norm_value, norm_unit = value, unit
            value, unit = value / W.SUBUNITS[subunit], subunit
            fig["low"], fig["high"] = fig["low"] / W.SUBUNITS[subunit], fig["high"] / W.SUBUNITS[subunit]
        elif value is not None:
            if kind in {"quantity", "duration"} and unit:
                try:
                    norm_value, norm_unit = normalise(value, unit)
                except Exception:  # noqa: BLE001 - a unit pint cannot read stays unnormalised
                    norm_value = norm_unit = None
            elif kind == "money":
                norm_value, norm_unit = value, unit
            elif kind == "percent":
                norm_value, norm_unit = value / (10_000 if unit == "basis point" else 100), "ratio"
            elif kind == "fraction":
                norm_value, norm_unit = value, "ratio"
            elif kind in {"count", "number"}:
                norm_value = value
        value = _clean(value)
        norm_value = _clean(norm_value)
        rows.append({
            "number_id": fig["number_id"],
            "start": fig["start"],
            "end": fig["end"],
            "surface": text[fig["start"] : fig["end"]],
            "kind": kind,
            "value": value,
            "low": _clean(fig["low"]) if value is not None else None,
            "high": _clean(fig["high"]) if value is not None else None,
            "unit": unit,
            "normalised_value": norm_value,
            "normalised_unit": norm_unit,
            "bound": fig["bound"],
            "approximate": fig["approximate"],
            "counted": fig["counted"],
            "date": fig["date"],
            "weekday": fig["weekday"],
            "converted_from": fig.get("converted_from"),
            "conversion_ok": fig.get("conversion_ok"),
            "claimant": fig["claimant"],
            "quote_id": fig["quote_id"],
            "sentence_id": sentence_of(fig["start"]),
        })
    if not rows:
        return schema.empty("numbers")
    return schema.conform("numbers", rows)
