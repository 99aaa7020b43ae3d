"""Lexicons and small parsers behind :mod:`analysis.numbers` (private).

Everything here is plain data or a pure function over lower-cased word tokens, so the
extractor can look words up in dicts instead of running many regexes.

>>> cardinal(["seven", "hundred", "and", "thirty", "eight", "million"], 0)[:2]
(6, 738000000.0)
>>> cardinal(["4", "thousand", "3", "hundred", "and", "21"], 0)[:2]
(6, 4321.0)
"""

from __future__ import annotations

import re

# --------------------------------------------------------------------------- words
ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9,
}
TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SMALL = {**ONES, **TEENS, **TENS}
# Scale words multiply what precedes them. "dozen" behaves like "hundred" (a multiplier
# inside a group), the others close a group ("4 thousand 3 hundred").
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "lakh": 1e5,
          "crore": 1e7}
# Abbreviated magnitudes written as a separate word or glued to digits ("$13.5bn", "$134b").
MAGNITUDE_ABBR = {
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "b": 1e9, "bn": 1e9, "bln": 1e9,
    "tn": 1e12, "trn": 1e12, "tr": 1e12, "bi": 1e9,
}
# "hundreds of", "tens of thousands of": a vague magnitude is its lower bound.
VAGUE = {
    "tens": 10.0, "dozens": 12.0, "scores": 20.0, "hundreds": 100.0, "thousands": 1e3,
    "millions": 1e6, "billions": 1e9, "trillions": 1e12,
}
DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
    "hundredth": 100, "hundredths": 100, "thousandth": 1000, "thousandths": 1000,
    "twentieth": 20, "twentieths": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "fiftieths": 50, "millionth": 1e6, "millionths": 1e6,
}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
    "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    "hundredth": 100, "thousandth": 1000, "millionth": 1e6,
}
# Unicode vulgar fractions ("3½ inches", "¾ of voters").
VULGAR = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4,
          "⅗": 0.6, "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625,
          "⅞": 0.875}
# Denominators of "1/2", "3 1/4" (fractions as written in prices and recipes); "9/11" and
# "24/7" are not fractions.
SLASH_DENOMINATORS = {2, 3, 4, 5, 6, 8, 10, 16, 32, 64, 100}
# Verbs and adjectives that state a ratio to a former value (kind "fraction").
MULTIPLIERS = {
    "double": 2.0, "doubled": 2.0, "doubles": 2.0, "doubling": 2.0,
    "triple": 3.0, "tripled": 3.0, "triples": 3.0, "tripling": 3.0, "treble": 3.0,
    "trebled": 3.0, "quadruple": 4.0, "quadrupled": 4.0, "halve": 0.5, "halved": 0.5,
    "halves": 0.5, "halving": 0.5, "twofold": 2.0, "threefold": 3.0, "fourfold": 4.0,
    "fivefold": 5.0, "sixfold": 6.0, "sevenfold": 7.0, "eightfold": 8.0, "ninefold": 9.0,
    "tenfold": 10.0, "hundredfold": 100.0, "thousandfold": 1000.0,
}

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
MONTH_ABBR = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# --------------------------------------------------------------------------- hedges
# Words right before a figure that bound it; matched on whole words, longest first.
HEDGES_BEFORE: dict[tuple[str, ...], str] = {}
for _bound, _phrases in {
    "gt": ["over", "more than", "exceeded", "exceeding", "exceeds", "exceed", "above",
           "north of", "beyond", "past", "passed", "topping", "tops",
           "upwards of", "in excess of", "topped", "surpassed", "greater than", "well over",
           "just over", "higher than", "larger than", "in excess", "well above"],
    "ge": ["at least", "no fewer than", "no less than", "a minimum of", "minimum of", "as low as",
           "not less than"],
    "le": ["up to", "within", "within the next", "within the coming", "no later than", "at most", "no more than", "not more than",
           "a maximum fine of", "maximum fine of", "a maximum penalty of", "maximum penalty of",
           "a maximum sentence of", "maximum sentence of", "capped at", "as high as",
           "as many as", "as much as", "a maximum of", "maximum of", "not exceeding"],
    "lt": ["under", "less than", "fewer than", "below", "just under", "short of",
           "lower than", "just below", "well under", "well below"],
    "approx": ["nearly", "almost", "around", "about", "roughly", "some", "approximately",
               "estimated at", "valued at about",
               "something like", "close to", "an estimated", "estimated", "approx",
               "circa", "or so", "perhaps around", "just about", "the best part of",
               "upward of", "in the order of", "on the order of", "in the region of",
               "more or less", "an approximate", "up to about"],
}.items():
    for _phrase in _phrases:
        HEDGES_BEFORE[tuple(_phrase.split())] = _bound
for _symbol, _bound in {"~": "approx", "≈": "approx", ">": "gt", "<": "lt", "≥": "ge", "≤": "le",
                       "c.": "approx"}.items():
    HEDGES_BEFORE[(_symbol,)] = _bound  # "~12%", ">20%"
for _phrase in ["starting at", "starts at", "start at", "priced from", "prices from", "from just",
                "from only", "fares from", "rooms from", "tickets from", "starting from", "from"]:
    HEDGES_BEFORE[tuple(_phrase.split())] = "ge"  # price floors: "from £14.99"
HEDGE_MAX = max(len(k) for k in HEDGES_BEFORE)
HEDGES_AFTER = {("or", "so"): "approx", ("or", "more"): "ge", ("or", "over"): "ge",
                ("or", "later"): "ge", ("or", "earlier"): "le", ("or", "sooner"): "le",
                ("or", "less"): "le", ("or", "fewer"): "le", ("plus",): "ge", ("at", "least"): "ge",
                ("or", "older"): "ge", ("or", "younger"): "le", ("or", "above"): "ge",
                ("or", "higher"): "ge", ("or", "lower"): "le", ("or", "below"): "le",
                ("at", "most"): "le",
                ("+",): "ge", ("and", "over"): "ge", ("and", "above"): "ge"}

# --------------------------------------------------------------------------- money
CURRENCY_SYMBOLS = {"$": None, "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW",
                    "₽": "RUB", "₴": "UAH", "₺": "TRY", "₪": "ILS", "₦": "NGN", "₱": "PHP",
                    "฿": "THB", "₫": "VND", "₿": "BTC", "#": "GBP", "₵": "GHS"}
# Currency abbreviations written before the amount ("Rs 400", "Rs. 400 crore", "SFr 5").
CURRENCY_PREFIXES = {"rs": "INR", "rp": "IDR", "sfr": "CHF", "fr": "CHF", "dm": "DEM",
                     "nt": "TWD", "hk": "HKD", "r": "ZAR", "rm": "MYR", "dlrs": "USD", "tk": "BDT"}
# Money written in a subunit: the value is kept as stated ("75 cents" = 75 cent) and
# normalised to the main unit (0.75 of the currency).
SUBUNITS = {"cent": 0.01, "penny": 0.01}
# Letters glued before "$": "US$", "A$", "NZ$" (None: the text's default dollar).
DOLLAR_PREFIX = {
    "us": "USD", "u.s.": "USD", "a": "AUD", "au": "AUD", "aud": "AUD", "nz": "NZD",
    "c": "CAD", "ca": "CAD", "can": "CAD", "hk": "HKD", "s": "SGD", "sg": "SGD",
    "rm": "MYR", "rs": "INR", "r": "BRL", "nt": "TWD", "gh": "GHS",
}
ISO_CODES = {
    "usd", "aud", "eur", "gbp", "jpy", "cny", "rmb", "nzd", "cad", "hkd", "sgd", "inr", "chf",
    "rub", "uah", "krw", "zar", "brl", "mxn", "try", "sek", "nok", "dkk", "pln", "ils", "aed",
    "sar", "myr", "thb", "idr", "php", "vnd", "ngn", "egp", "pkr", "kes", "czk", "huf", "ars",
    "clp", "cop", "twd", "btc", "dem", "frf", "itl", "esp",
}
# Currency nouns after a number; value is multiplied by the factor ("cents").
CURRENCY_WORDS = {
    "dollar": (None, 1.0), "dollars": (None, 1.0), "cent": (None, 0.01),
    "cents": (None, 0.01), "euro": ("EUR", 1.0), "euros": ("EUR", 1.0),
    "yen": ("JPY", 1.0), "yuan": ("CNY", 1.0), "renminbi": ("CNY", 1.0),
    "rupee": ("INR", 1.0), "rupees": ("INR", 1.0), "rouble": ("RUB", 1.0),
    "roubles": ("RUB", 1.0), "ruble": ("RUB", 1.0), "rubles": ("RUB", 1.0),
    "hryvnia": ("UAH", 1.0), "hryvnias": ("UAH", 1.0), "francs": ("CHF", 1.0),
    "pence": ("GBP", 0.01), "penny": ("GBP", 0.01), "won": ("KRW", 1.0),
    "franc": ("CHF", 1.0), "rand": ("ZAR", 1.0), "reais": ("BRL", 1.0), "peso": ("MXN", 1.0),
    "pesos": ("MXN", 1.0), "lira": ("TRY", 1.0), "liras": ("TRY", 1.0), "lire": ("ITL", 1.0),
    "krona": ("SEK", 1.0), "kronor": ("SEK", 1.0), "krone": ("NOK", 1.0), "kroner": ("NOK", 1.0),
    "zloty": ("PLN", 1.0), "zlotys": ("PLN", 1.0), "shekel": ("ILS", 1.0), "shekels": ("ILS", 1.0),
    "dirham": ("AED", 1.0), "dirhams": ("AED", 1.0), "riyal": ("SAR", 1.0), "riyals": ("SAR", 1.0),
    "ringgit": ("MYR", 1.0), "baht": ("THB", 1.0), "rupiah": ("IDR", 1.0), "dong": ("VND", 1.0),
    "naira": ("NGN", 1.0), "marks": ("DEM", 1.0), "deutschmarks": ("DEM", 1.0),
    "bitcoin": ("BTC", 1.0), "bitcoins": ("BTC", 1.0), "sterling": ("GBP", 1.0),
    "shilling": ("KES", 1.0), "shillings": ("KES", 1.0), "real": ("BRL", 1.0),
    "taka": ("BDT", 1.0), "cedi": ("GHS", 1.0), "cedis": ("GHS", 1.0), "kr": ("SEK", 1.0),
    "forint": ("HUF", 1.0), "koruna": ("CZK", 1.0), "dinar": ("RSD", 1.0), "dinars": ("RSD", 1.0),
}
# "5 Swiss francs", "10 Hong Kong dollars": an adjective naming the currency of a noun.
CURRENCY_ADJECTIVES = {("swiss", "franc"): "CHF", ("swiss", "francs"): "CHF",
                       ("norwegian", "kroner"): "NOK", ("norwegian", "krone"): "NOK",
                       ("danish", "kroner"): "DKK", ("danish", "krone"): "DKK",
                       ("swedish", "kronor"): "SEK", ("swedish", "krona"): "SEK",
                       ("chilean", "pesos"): "CLP", ("colombian", "pesos"): "COP",
                       ("argentine", "pesos"): "ARS", ("kenyan", "shillings"): "KES",
                       ("ugandan", "shillings"): "UGX", ("tanzanian", "shillings"): "TZS",
                       ("french", "francs"): "FRF", ("deutsche", "marks"): "DEM",
                       ("german", "marks"): "DEM", ("indian", "rupees"): "INR",
                       ("pakistani", "rupees"): "PKR", ("mexican", "pesos"): "MXN",
                       ("philippine", "pesos"): "PHP", ("brazilian", "reais"): "BRL",
                       ("turkish", "lira"): "TRY", ("south", "african", "rand"): "ZAR",
                       ("chinese", "yuan"): "CNY", ("japanese", "yen"): "JPY"}
# Adjectives that name the dollar: "5 million US dollars", "Australian dollars".
DOLLAR_ADJECTIVES = {
    ("us",): "USD", ("u.s.",): "USD", ("american",): "USD", ("australian",): "AUD",
    ("canadian",): "CAD", ("new", "zealand"): "NZD", ("hong", "kong"): "HKD",
    ("singapore",): "SGD", ("taiwan",): "TWD", ("taiwanese",): "TWD", ("new", "taiwan"): "TWD",
    ("jamaican",): "JMD", ("zimbabwean",): "ZWL", ("zimbabwe",): "ZWL", ("fijian",): "FJD",
}
POUND_WORDS = {"pound", "pounds"}

# --------------------------------------------------------------------------- regexes
# Our own word tokens: numbers with separators ("6,000", "13.5", "3:30") and any glued
# letters ("134b", "1950s", "21st", "10am"), letter-digit words ("H5N1", "US73c"),
# words, and single symbols.
TOKEN = re.compile(
    r"\d+(?:[.,:]\d+)*[A-Za-z²³]*|[A-Za-z]+\d+(?:[.,]\d+)*[A-Za-z]*(?:\d+[A-Za-z]*)*|[A-Za-z]+"
    r"|[^\w\s]|\w"
)
# Thousands groups have 3+ digits ("6,000"; the malformed "2,5000" is read digit-wise);
# "1,2,3" is a list, not a number.
DIGITS = re.compile(r"\d+(?:,\d{3,})*(?:\.\d+)?")
# "US73c", "$US1.4 billion", "A$" written "A5m": a dollar code glued to the amount.
PREFIXED = re.compile(r"(US|AU|A|NZ|RM|Rs|R)(\d+(?:,\d{3})*(?:\.\d+)?)(c|m|bn|b|k|tn|tr)?")
GLUED = re.compile(r"(\d+(?:,\d+)*(?:\.\d+)?)([A-Za-z²³]+)")
PHONE = re.compile(
    r"(?<![\w$.,])\b1-\d{3}-\d{3}-\d{4}\b"  # "1-800-555-0199"
    r"|(?<![\w$.,])(?:\+\d{1,3}[ -]?)?(?:\(0?\d{1,4}\)[ -]?|\b\d{2,4}[ -])\d{3,4}[ -]\d{3,4}\b"
    r"|\b1[38]00 ?\d{3} ?\d{3}\b|\b13 ?\d{2} ?\d{2}\b(?![.,]\d)"
)
ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


# --------------------------------------------------------------------------- units
# canonical singular name -> (pint expression, spellings). Spellings are written as the
# extractor's tokens see them, lower case; plurals are generated.
_UNIT_TABLE: dict[str, tuple[str, list[str]]] = {
    "millimetre": ("millimeter", ["millimetre", "millimeter", "mm"]),
    "centimetre": ("centimeter", ["centimetre", "centimeter", "cm"]),
    "metre": ("meter", ["metre", "meter", "m"]),
    "kilometre": ("kilometer", ["kilometre", "kilometer", "km", "kms", "klm"]),
    "micron": ("micrometer", ["micron"]),
    "micrometre": ("micrometer", ["micrometre", "micrometer", "µm", "μm"]),
    "inch": ("inch", ["inch", "inches"]),
    "foot": ("foot", ["foot", "feet", "ft"]),
    "yard": ("yard", ["yard"]),
    "mile": ("mile", ["mile", "mi"]),
    "nautical mile": ("nautical_mile", ["nautical mile", "nm"]),
    "square millimetre": ("millimeter ** 2", ["square millimetre", "square millimeter", "mm2", "mm²", "sq mm"]),
    "square centimetre": ("centimeter ** 2", ["square centimetre", "square centimeter", "cm2", "cm²"]),
    "square metre": ("meter ** 2", ["square metre", "square meter", "m2", "m²", "sq m", "sqm"]),
    "square kilometre": ("kilometer ** 2", ["square kilometre", "square kilometer", "km2", "km²", "sq km", "sq kilometre", "sq kilometer"]),
    "square mile": ("mile ** 2", ["square mile", "sq mile", "sq mi"]),
    "square foot": ("foot ** 2", ["square foot", "square feet", "sq ft"]),
    "hectare": ("hectare", ["hectare", "ha"]),
    "acre": ("acre", ["acre"]),
    "millilitre": ("milliliter", ["millilitre", "milliliter", "ml"]),
    "litre": ("liter", ["litre", "liter", "l"]),
    "kilolitre": ("kiloliter", ["kilolitre", "kiloliter", "kl"]),
    "megalitre": ("megaliter", ["megalitre", "megaliter"]),
    "gigalitre": ("gigaliter", ["gigalitre", "gigaliter", "gl"]),
    "cubic metre": ("meter ** 3", ["cubic metre", "cubic meter", "m3", "m³"]),
    "cubic kilometre": ("kilometer ** 3", ["cubic kilometre", "cubic kilometer", "km3", "km³"]),
    "gallon": ("gallon", ["gallon"]),
    "barrel": ("oil_barrel", ["barrel", "bbl"]),
    "bushel": ("bushel", ["bushel"]),
    "milligram": ("milligram", ["milligram", "milligramme", "mg"]),
    "gram": ("gram", ["gram", "gramme", "g"]),
    "kilogram": ("kilogram", ["kilogram", "kilogramme", "kg", "kgs", "kilo", "kilos"]),
    "tonne": ("metric_ton", ["tonne", "metric ton", "t"]),
    "ton": ("ton", ["ton"]),
    "pound": ("pound", ["lb", "lbs"]),
    "ounce": ("ounce", ["ounce", "oz"]),
    "kilometre per hour": ("kilometer / hour", ["kilometre per hour", "kilometer per hour", "kilometre an hour", "kilometer an hour", "km/h", "kph", "kmh", "km / h"]),
    "mile per hour": ("mile / hour", ["mile per hour", "mile an hour", "mph"]),
    "knot": ("knot", ["knot"]),
    "degree celsius": ("degC", ["degree celsius", "degree centigrade", "degree c", "°c", "° c", "celsius", "degree"]),
    "degree": ("degree", []),  # an angle; named only by context ("an angle of 3 degrees")
    "degree fahrenheit": ("degF", ["degree fahrenheit", "degree f", "°f", "° f", "fahrenheit"]),
    "watt": ("watt", ["watt", "w"]),
    "kilowatt": ("kilowatt", ["kilowatt", "kw"]),
    "megawatt": ("megawatt", ["megawatt", "mw"]),
    "gigawatt": ("gigawatt", ["gigawatt", "gw"]),
    "kilowatt hour": ("kilowatt_hour", ["kilowatt hour", "kilowatt - hour", "kwh"]),
    "megawatt hour": ("megawatt_hour", ["megawatt hour", "megawatt - hour", "mwh"]),
    "gigawatt hour": ("gigawatt_hour", ["gigawatt hour", "gigawatt - hour", "gwh"]),
    "terawatt hour": ("terawatt_hour", ["terawatt hour", "terawatt - hour", "twh"]),
    "terawatt": ("terawatt", ["terawatt", "tw"]),
    "nanometre": ("nanometer", ["nanometre", "nanometer"]),
    "light year": ("light_year", ["light year", "light - year", "lightyear"]),
    "astronomical unit": ("astronomical_unit", ["astronomical unit"]),
    "furlong": ("furlong", ["furlong"]),
    "fathom": ("fathom", ["fathom"]),
    "square yard": ("yard ** 2", ["square yard", "sq yd"]),
    "square inch": ("inch ** 2", ["square inch", "square inches", "sq in"]),
    "cubic centimetre": ("centimeter ** 3", ["cubic centimetre", "cubic centimeter", "cm3", "cm³", "cc"]),
    "cubic foot": ("foot ** 3", ["cubic foot", "cubic feet", "cu ft"]),
    "cubic inch": ("inch ** 3", ["cubic inch", "cubic inches"]),
    "cubic yard": ("yard ** 3", ["cubic yard"]),
    "acre foot": ("acre_foot", ["acre foot", "acre - foot", "acre feet", "acre - feet"]),
    "hectolitre": ("hectoliter", ["hectolitre", "hectoliter", "hl"]),
    "cup": ("cup", ["cup"]),
    "teaspoon": ("teaspoon", ["teaspoon", "tsp"]),
    "tablespoon": ("tablespoon", ["tablespoon", "tbsp"]),
    "pint": ("pint", ["pint"]),
    "quart": ("quart", ["quart"]),
    "fluid ounce": ("fluid_ounce", ["fluid ounce", "fl oz"]),
    "stone": ("stone", ["stone"]),
    "carat": ("carat", ["carat"]),
    "microgram": ("microgram", ["microgram", "mcg", "µg", "μg"]),
    "kilotonne": ("kilotonne", ["kilotonne", "kiloton", "kt"]),
    "megatonne": ("megametric_ton", ["megatonne", "megaton", "mt"]),
    "byte": ("byte", ["byte"]),
    "kilobyte": ("kilobyte", ["kilobyte", "kb"]),
    "megabyte": ("megabyte", ["megabyte", "mb"]),
    "gigabyte": ("gigabyte", ["gigabyte", "gb"]),
    "terabyte": ("terabyte", ["terabyte", "tb"]),
    "petabyte": ("petabyte", ["petabyte", "pb"]),
    "bit": ("bit", ["bit"]),
    "kilobit per second": ("kilobit / second", ["kilobit per second", "kbps", "kbit / s", "kb / s"]),
    "megabit per second": ("megabit / second", ["megabit per second", "mbps", "mbit / s", "mb / s"]),
    "gigabit per second": ("gigabit / second", ["gigabit per second", "gbps", "gbit / s", "gb / s"]),
    "hertz": ("hertz", ["hertz", "hz"]),
    "kilohertz": ("kilohertz", ["kilohertz", "khz"]),
    "megahertz": ("megahertz", ["megahertz", "mhz"]),
    "gigahertz": ("gigahertz", ["gigahertz", "ghz"]),
    "volt": ("volt", ["volt", "v"]),
    "kilovolt": ("kilovolt", ["kilovolt", "kv"]),
    "ampere": ("ampere", ["ampere", "amp", "amps"]),
    "milliampere": ("milliampere", ["milliampere", "milliamp", "ma"]),
    "ohm": ("ohm", ["ohm"]),
    "joule": ("joule", ["joule"]),
    "kilojoule": ("kilojoule", ["kilojoule", "kj"]),
    "megajoule": ("megajoule", ["megajoule", "mj"]),
    "calorie": ("calorie", ["calorie"]),
    "kilocalorie": ("kilocalorie", ["kilocalorie", "kcal"]),
    "british thermal unit": ("Btu", ["british thermal unit", "btu", "btus"]),
    "pound per square inch": ("psi", ["pound per square inch", "psi"]),
    "pascal": ("pascal", ["pascal", "pa"]),
    "kilopascal": ("kilopascal", ["kilopascal", "kpa"]),
    "hectopascal": ("hectopascal", ["hectopascal", "hpa"]),
    "millibar": ("millibar", ["millibar"]),
    "bar": ("bar", ["bar"]),
    "atmosphere": ("atmosphere", ["atmosphere", "atm"]),
    "kelvin": ("kelvin", ["kelvin"]),
    "metre per second": ("meter / second", ["metre per second", "meter per second", "m / s"]),
    "foot per second": ("foot / second", ["foot per second", "feet per second", "ft / s"]),
    "horsepower": ("horsepower", ["horsepower", "hp", "bhp"]),
    "troy ounce": ("troy_ounce", ["troy ounce", "troy oz"]),
    "nit": ("candela / meter ** 2", ["nit"]),
    "megapixel": ("1e6", ["megapixel", "mp"]),
    "billion cubic metre": ("1e9 * meter ** 3", ["billion cubic metre", "billion cubic meter", "bcm"]),
    "trillion cubic feet": ("1e12 * foot ** 3", ["trillion cubic feet", "tcf"]),
    "frame per second": ("1 / second", ["frame per second", "fps"]),
    "part per million": ("ppm", ["part per million", "ppm"]),
    "part per billion": ("1e-9", ["part per billion", "ppb"]),
    "part per trillion": ("1e-12", ["part per trillion", "ppt"]),
    "sievert": ("sievert", ["sievert", "sv"]),
    "millisievert": ("millisievert", ["millisievert", "msv"]),
    "microsievert": ("microsievert", ["microsievert", "μsv", "µsv"]),
    "becquerel": ("becquerel", ["becquerel", "bq"]),
    "decibel": ("decibel", ["decibel", "db"]),
    "mile per gallon": ("mile / gallon", ["mile per gallon", "mpg"]),
    "litre per 100 kilometre": ("liter / (100 * kilometer)", ["litre per 100 kilometre", "liter per 100 kilometer", "litre per 100 km", "l / 100 km", "l / 100km", "litre / 100km", "litre / 100 km"]),
    "milliampere hour": ("milliampere * hour", ["milliampere hour", "milliamp hour", "mah"]),
    "millimetre of mercury": ("mmHg", ["millimetre of mercury", "millimeter of mercury", "mmhg", "mm hg"]),
}
TIME_UNITS: dict[str, tuple[str, list[str]]] = {
    "nanosecond": ("nanosecond", ["nanosecond"]),
    "microsecond": ("microsecond", ["microsecond"]),
    "millisecond": ("millisecond", ["millisecond", "ms", "msec"]),
    "second": ("second", ["second", "sec", "secs"]),
    "minute": ("minute", ["minute", "min", "mins"]),
    "hour": ("hour", ["hour", "hr", "hrs", "h"]),
    "day": ("day", ["day"]),
    "night": ("day", ["night"]),
    "week": ("week", ["week", "wk", "wks"]),
    "fortnight": ("fortnight", ["fortnight"]),
    "month": ("month", ["month"]),
    "year": ("year", ["year", "yr", "yrs"]),
    "decade": ("10 * year", ["decade"]),  # pint's "decade" is a logarithmic unit
    "century": ("century", ["century", "centuries"]),
}
# Unit abbreviations that are also common words or letters are only read as units
# when glued to the digits ("5m", "3t") -- never "5 m people".
GLUED_ONLY = {"m", "t", "g", "w", "in", "gl", "nm", "mi", "min", "sec", "hr", "v", "ma", "mt", "l", "h", "mp",
              "sv", "ppt",
              "kt", "pa", "ms", "cc", "tw", "atm"}


# Abbreviations and symbols have no plural form ("kms", "lbs" are listed as spellings).
_NO_PLURAL = {"mm", "cm", "m", "km", "mi", "nm", "ft", "ha", "ml", "kl", "gl", "mg", "g", "kg",
              "t", "lb", "oz", "kph", "kmh", "mph", "w", "kw", "mw", "gw", "kwh", "mwh", "gwh",
              "bbl", "sec", "min", "hr", "wk", "yr", "feet", "celsius", "fahrenheit",
              "centuries", "inches", "kilo", "kb", "mb", "gb", "tb", "pb", "kbps", "mbps",
              "gbps", "hz", "khz", "mhz", "ghz", "v", "kv", "ma", "mah", "kj", "mj", "kcal", "psi",
              "pa", "kpa", "hpa", "atm", "mps", "fps", "hp", "bhp", "tsp", "tbsp", "cc", "mcg",
              "µg", "μg", "kt", "mt", "hl", "twh", "tw", "ms", "msec", "btus", "amps", "horsepower",
              "hertz", "btu", "l", "h", "ppm", "ppb", "ppt", "sv", "msv", "μsv", "µsv", "bq", "db", "mpg",
              "mmhg", "µm", "μm", "mp", "bcm", "tcf"}


def _plural(spelling: str) -> list[str]:
    """The spelling and its plural; a multiword unit inflects its head word
    ("square kilometres", "degrees celsius", "kilometres per hour")."""
    words = spelling.split()
    head = 0 if (words[0] == "degree" or "per" in words or "an" in words) else len(words) - 1
    word = words[head]
    if not word.isalpha() or word in _NO_PLURAL or len(words) == 1 and word.endswith("s"):
        return [spelling]
    if word.endswith("y") and not word.endswith(("ey", "ay")):
        plural = word[:-1] + "ies"
    elif word.endswith(("s", "x", "ch")):
        plural = word + "es"
    else:
        plural = word + "s"
    return [spelling, " ".join(words[:head] + [plural] + words[head + 1 :])]


def _expand(table: dict[str, tuple[str, list[str]]]) -> dict[tuple[str, ...], str]:
    out: dict[tuple[str, ...], str] = {}
    for name, (_, spellings) in table.items():
        for spelling in spellings:
            for form in _plural(spelling):
                # Our tokeniser splits "km/h" into "km", "/", "h" and "°c" into "°", "c".
                key = tuple(TOKEN.findall(form))
                out.setdefault(key, name)
                if " " in form and "/" not in form:  # "a 250,000-square-foot project"
                    out.setdefault(tuple(TOKEN.findall(form.replace(" ", "-"))), name)
    return out


UNITS = _expand(_UNIT_TABLE)
TIMES = _expand(TIME_UNITS)
UNIT_MAX = max(len(k) for k in UNITS)
PINT_EXPR = {name: expr for name, (expr, _) in {**_UNIT_TABLE, **TIME_UNITS}.items()}
# Single nouns a rate can be "per"/"a": "$65 a barrel", "three cents a litre".
RATE_NOUNS = {
    "head", "share", "person", "unit", "bale", "carton", "tray", "box", "animal",
    "household", "family", "worker", "student", "visit", "night", "trip", "kilo", "kilos",
}

def number_value(token: str) -> float | None:
    """Value of a digit token ("6,000" -> 6000.0, "2,5000" -> 25000.0), else None.

    >>> number_value("13.5"), number_value("2,316"), number_value("Feb")
    (13.5, 2316.0, None)
    """
    if DIGITS.fullmatch(token):
        return float(token.replace(",", ""))
    return None


def small_value(word: str) -> float | None:
    """Value of a number word or digit token below the scale words."""
    if word in SMALL:
        return float(SMALL[word])
    return number_value(word)


def precision(token: str) -> float:
    """Half a unit of the last stated digit: "2,316" -> 0.5, "6,000" -> 500, "13.5" -> 0.05.

    Used to decide whether a stated conversion agrees "within rounding".
    """
    token = token.replace(",", "")
    if "." in token:
        return 0.5 * 10.0 ** -min(len(token.split(".")[1]), 300)
    stripped = token.rstrip("0")
    zeros = len(token) - len(stripped) if stripped else 0
    return 0.5 * 10.0 ** min(zeros, 300)  # floats: 1 followed by 320 zeros must not overflow


def cardinal(words: list[str], i: int, stop: int | None = None) -> tuple[int, float, dict] | None:
    """Parse a written, digit or mixed number starting at ``words[i]`` (lower-cased tokens).

    Returns ``(end, value, info)`` with ``end`` exclusive, or None. ``info`` says whether
    digits or words were used, the first digit token (for precision) and the scale applied.
    Hyphens must already be tokens ("twenty", "-", "five").

    >>> cardinal(["twenty", "-", "five", "people"], 0)[:2]
    (3, 25.0)
    >>> cardinal(["two", "-", "and", "-", "a", "-", "half", "year"], 0)[:2]
    (7, 2.5)
    >>> cardinal(["twenty", "and", "three", "fifths"], 0)[:2]
    (4, 20.6)
    >>> cardinal(["a", "dozen"], 0)[:2]
    (2, 12.0)
    """
    n = len(words) if stop is None else stop
    total = 0.0
    group: float | None = None
    last = ""  # "", a, num, tens, hundred, scale, and
    j = i
    info = {"digits": False, "words": False, "token": None, "scale": 1.0, "fraction": False}
    if words[i] in {"a", "an"}:
        if i + 1 < n and (words[i + 1] in SCALES or words[i + 1] in {"hundred", "dozen"}):
            group, last, j = 1.0, "a", i + 1
        else:
            return None
    while j < n:
        w = words[j]
        if w == "-" and last in {"num", "tens", "and", "a", "hundred", "scale"} and j + 1 < n:
            nxt = words[j + 1]
            if nxt in SMALL or nxt == "and" or (last == "and" and nxt in {"a", "an"}) or (
                last in {"num", "tens"} and nxt in {"hundred", "thousand"}
            ):
                j += 1
                continue
            break
        v = small_value(w)
        if v is not None:
            is_digit = w[0].isdigit()
            if last == "":
                group = v
            elif w == "zero":  # "$300 million zero coupon bonds": zero never continues
                break
            elif last == "tens" and w in ONES and w != "zero" or last in {"hundred", "scale", "and"} and v < (100 if last != "scale" else 1000):
                group = (group or 0) + v
            else:
                break
            if is_digit:
                info["digits"] = True
                info["token"] = info["token"] or w
            else:
                info["words"] = True
            last = "tens" if w in TENS else "num"
            j += 1
            continue
        if w in {"hundred", "dozen"} and last in {"num", "tens", "a", "frac"}:
            group = (group or 1.0) * (100 if w == "hundred" else 12)
            info["words"] = True
            last = "hundred"
            j += 1
            continue
        if w == "crore" and last == "scale" and words[j - 1] == "lakh":
            total *= SCALES["crore"]  # "11.1 lakh crore": 1.11e13
            info["scale"] *= SCALES["crore"]
            j += 1
            continue
        if w in SCALES and last in {"num", "tens", "a", "hundred", "frac"}:
            total += (group or 1.0) * SCALES[w]
            info["scale"] = SCALES[w] if info["scale"] == 1.0 else info["scale"]
            group = 0.0
            last = "scale"
            j += 1
            continue
        if w in {"bn", "mn", "mln", "bln", "trn", "tn", "bi", "tr"} and last == "num" and info["digits"]:
            total += (group or 1.0) * MAGNITUDE_ABBR[w]
            info["scale"] = MAGNITUDE_ABBR[w]
            group = 0.0
            last = "scale"
            j += 1
            continue
        if w == "and" and last in {"hundred", "scale", "num", "tens"} and j + 1 < n:
            # "hundred and twenty", "two and a half", "twenty and three fifths"
            k = j + 1 + (words[j + 1] == "-")
            frac = _and_fraction(words, k, n)
            if frac is not None and last in {"num", "tens", "scale"}:
                k_end, f = frac
                group = (group or 0.0) + f
                info["fraction"] = True
                j = k_end
                if last == "scale":
                    last = "frac"
                    break
                last = "frac"  # "one and a half million": a scale may follow
                continue
            if last in {"hundred", "scale"} and k < n and small_value(words[k]) is not None:
                last = "and"
                j = k
                continue
            break
        break
    if last in {"", "a"}:
        return None
    if last == "and":
        return None
    value = total + (group or 0.0)
    # drop a dangling hyphen
    while j > i and words[j - 1] == "-":
        j -= 1
    return j, value, info


def _and_fraction(words: list[str], k: int, n: int) -> tuple[int, float] | None:
    """After "and": "a half", "a quarter", "three fifths" -> (end, value)."""
    if k >= n:
        return None
    w = words[k]
    if w in {"a", "an", "one"}:
        k2 = k + 1 + (k + 1 < n and words[k + 1] == "-")
        if k2 < n and words[k2] in DENOMINATORS:
            return k2 + 1, 1.0 / DENOMINATORS[words[k2]]
        return None
    v = small_value(w)
    if v is not None:
        k2 = k + 1 + (k + 1 < n and words[k + 1] == "-")
        if k2 < n and words[k2] in DENOMINATORS and words[k2].endswith("s"):
            return k2 + 1, v / DENOMINATORS[words[k2]]
    return None
