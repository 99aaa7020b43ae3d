"""Names that refer to the same thing: titles, normalised keys, alias tests and merging.

This is the one alias-merging implementation of the package: :mod:`analysis.entities`
uses it to group mentions into entities and :mod:`analysis.quotes` uses it to tie a
speaker ("Blinken", "Secretary of State Antony Blinken", "he") to an entity.

>>> split_title("Secretary of State Antony Blinken")
('Secretary of State', 'Antony Blinken', 19)
>>> name_key("the U.S.’s")
'us'
>>> is_alias("Blinken", "Antony Blinken"), is_alias("Russian Federation", "Russia")
(True, True)
>>> gender("Hanna"), gender("Antony"), gender("Volodymyr")
('female', 'male', None)

The lexicons used here ship in ``analysis/lexicons/`` (built by
``scripts/build_lexicons.py`` from NLTK's gazetteers and names corpus, plus two small
hand-curated files); see ``docs/entities.md``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

import pandas as pd

from . import schema
from .paths import PACKAGE_DIR

LEXICON_DIR = PACKAGE_DIR / "lexicons"

# Personal pronouns a quote attribution may use for a speaker -> gender or number.
PRONOUNS: dict[str, str] = {
    "he": "male", "him": "male", "his": "male", "himself": "male",
    "she": "female", "her": "female", "hers": "female", "herself": "female",
    "they": "plural", "them": "plural", "their": "plural", "theirs": "plural",
    "themselves": "plural", "we": "plural", "us": "plural", "our": "plural",
    "ours": "plural", "ourselves": "plural",
    "it": "neuter", "its": "neuter", "itself": "neuter",
}

# Words skipped when building an acronym: "United States of America" -> USA.
_ACRONYM_SKIP = {"of", "the", "and", "for", "de", "du", "la", "&"}
# Lower-case particles that belong inside a personal name ("Ursula von der Leyen").
_PARTICLES = {"von", "van", "der", "den", "de", "del", "della", "da", "di", "du", "la", "le",
              "bin", "ibn", "al", "el", "ter", "st", "y"}
# Company-form words an organisation's name may drop ("Qantas Airways Ltd" ~ "Qantas Airways").
_ORG_SUFFIXES = {"ltd", "limited", "inc", "incorporated", "corp", "corporation", "co",
                 "company", "plc", "pty", "group", "holdings", "llc"}
_COMPATIBLE = {frozenset({"GPE", "LOC"})}


# --------------------------------------------------------------------------- lexicons


def _lines(name: str) -> list[str]:
    text = (LEXICON_DIR / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def lexicon(name: str) -> frozenset[str]:
    """A one-entry-a-line lexicon as a set of exact strings.

    >>> "Ukraine" in lexicon("countries.txt"), "Ukrainian" in lexicon("nationalities.txt")
    (True, True)
    """
    return frozenset(_lines(name))


@dataclass(frozen=True)
class CuratedName:
    """One row of ``curated.tsv``: a surface, its label and the canonical name it stands for."""

    name: str
    label: str
    canonical: str


@lru_cache(maxsize=1)
def curated() -> dict[str, CuratedName]:
    """Curated names by exact surface ("Russian Federation" -> Russia, GPE)."""
    out: dict[str, CuratedName] = {}
    for line in _lines("curated.tsv"):
        parts = line.split("\t")
        canonical = parts[2] if len(parts) > 2 else parts[0]
        out[parts[0]] = CuratedName(parts[0], parts[1], canonical)
    return out


@lru_cache(maxsize=1)
def _curated_by_key() -> dict[str, CuratedName]:
    out: dict[str, CuratedName] = {}
    for entry in curated().values():
        out.setdefault(name_key(entry.name), entry)
        out.setdefault(name_key(entry.canonical), CuratedName(entry.canonical, entry.label,
                                                              entry.canonical))
    return out


def curated_entry(surface: str) -> CuratedName | None:
    """The curated row for a surface: exact first, then by :func:`name_key` (case-insensitive
    only for names longer than an acronym, so "us" never becomes the United States).

    >>> curated_entry("Russian Federation").canonical
    'Russia'
    >>> curated_entry("us") is None
    True
    """
    entry = curated().get(surface)
    if entry is not None:
        return entry
    key = name_key(surface)
    entry = _curated_by_key().get(key)
    if entry is None:
        return None
    # short keys ("us", "who", "ap") only match when written exactly as listed
    if len(key) <= 4 and strip_possessive(surface).replace(".", "") != entry.name.replace(".", ""):
        return None
    return entry


@lru_cache(maxsize=1)
def _titles() -> dict[str, str]:
    return dict(line.split("\t") for line in _lines("titles.tsv"))


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    return {k.lower(): v for k, v in (line.split("\t") for line in _lines("first_names.tsv"))}


@lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    """Nationality adjectives/nouns: the NLTK list plus curated NORP names."""
    extra = {e.name for e in curated().values() if e.label == "NORP"}
    return lexicon("nationalities.txt") | frozenset(extra)


def demonym_singular(word: str) -> str | None:
    """The listed demonym a word is, or is the plural of ("Russians" -> "Russian").

    >>> demonym_singular("Russians"), demonym_singular("Ukrainian"), demonym_singular("Paris")
    ('Russian', 'Ukrainian', None)
    """
    known = demonyms()
    if word in known:
        return word
    for suffix, replacement in (("s", ""), ("men", "man"), ("es", "")):
        if word.endswith(suffix) and word[: -len(suffix)] + replacement in known:
            return word[: -len(suffix)] + replacement
    return None


# --------------------------------------------------------------------------- keys and titles

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_POSSESSIVE = re.compile(r"(?:'s|')$")


def strip_possessive(surface: str) -> str:
    """Drop a trailing possessive: "Ukraine’s" -> "Ukraine", "Reuters'" -> "Reuters".

    >>> strip_possessive("Ukraine’s"), strip_possessive("Reuters'"), strip_possessive("Paris")
    ('Ukraine', 'Reuters', 'Paris')
    """
    straight = surface.translate(_APOSTROPHES)
    match = _POSSESSIVE.search(straight)
    return surface[: match.start()] if match else surface


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Normalised comparison key: accents, case, possessive, punctuation and a leading "the" go.

    >>> name_key("The Epoch Times"), name_key("U.S."), name_key("Zelenskyy’s"), name_key("Kraków")
    ('epoch times', 'us', 'zelenskyy', 'krakow')
    """
    text = unicodedata.normalize("NFKD", name.strip())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = strip_possessive(text.translate(_APOSTROPHES)).lower()
    text = re.sub(r"[-\u2010-\u2015/]", " ", text)
    text = re.sub(r"[^\w\s]", "", text)
    words = text.split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def title_kind(word: str) -> str | None:
    """"head", "modifier" or "portfolio" if ``word`` can be part of a job title, else None.

    >>> title_kind("Minister"), title_kind("Deputy"), title_kind("Dr."), title_kind("Blinken")
    ('head', 'head', 'head', None)
    """
    return _titles().get(word.lower().rstrip(".").translate(_APOSTROPHES))


_title_word = title_kind


def _is_qualifier(word: str) -> bool:
    # what may precede a title: a nationality or country ("Ukrainian", "US"), an
    # organisation written in capitals or capitalised ("AWB", "Qantas")
    return word[:1].isupper() or word in demonyms()


@dataclass(frozen=True)
class NameParts:
    """A name with what precedes it in a news attribution.

    ``qualifier`` is an affiliation before the title ("Ukrainian", "AWB"), ``title`` the job
    title ("President", "managing director"), ``name`` the name itself; ``*_start`` are
    character offsets into the surface (``None`` when the part is absent).
    """

    qualifier: str | None
    qualifier_start: int | None
    title: str | None
    title_start: int | None
    name: str
    name_start: int


@lru_cache(maxsize=65536)
def parse_name(surface: str) -> NameParts:
    """Split a name phrase into qualifier, title and name.

    >>> p = parse_name("Ukrainian President Volodymyr Zelenskyy")
    >>> p.qualifier, p.title, p.name, p.name_start
    ('Ukrainian', 'President', 'Volodymyr Zelenskyy', 20)
    >>> p = parse_name("AWB managing director Andrew Lindberg")
    >>> p.qualifier, p.title, p.name
    ('AWB', 'managing director', 'Andrew Lindberg')
    """
    tokens = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", surface)]
    if not tokens:
        return NameParts(None, None, None, None, surface, 0)
    # The name: the last word, then leftwards over capitalised non-title words (and name
    # particles between them). Title words that are also surnames ("Major") stay names
    # when last.
    def name_word(word: str) -> bool:
        return word[:1].isupper() and _title_word(word) is None

    i = len(tokens) - 1
    while i > 0:
        if name_word(tokens[i - 1][2]):
            i -= 1
            continue
        k = i - 1  # skip particles to the capitalised word before them
        while k >= 0 and tokens[k][2] in _PARTICLES:
            k -= 1
        if k < i - 1 and k >= 0 and name_word(tokens[k][2]):
            i = k
        else:
            break
    prefix = tokens[:i]
    everything_title = all(_title_word(t[2]) is not None for t in tokens)
    if len(tokens) > 1 and everything_title and any(_title_word(t[2]) == "head" for t in tokens):
        # a bare title ("the Prime Minister"): no name
        return NameParts(None, None, surface, 0, "", len(surface))
    if not prefix:
        return NameParts(None, None, None, None, surface, 0)
    # The title: the longest run of title words (or lower-case words) ending the prefix.
    j = len(prefix)
    while j > 0:
        word = prefix[j - 1][2]
        if _title_word(word) is not None or word[:1].islower():
            j -= 1
        else:
            break
    title_tokens = prefix[j:]
    # a leading "the"/"of" is not part of a title
    while title_tokens and title_tokens[0][2].lower() in {"the", "of", "and", "for"}:
        title_tokens = title_tokens[1:]
    if not any(_title_word(t[2]) == "head" for t in title_tokens):
        return NameParts(None, None, None, None, surface, 0)
    qualifier_tokens = prefix[:j]
    if qualifier_tokens and not all(_is_qualifier(t[2]) for t in qualifier_tokens):
        return NameParts(None, None, None, None, surface, 0)
    name_start = tokens[i][0]
    title_start = title_tokens[0][0]
    title = surface[title_start: title_tokens[-1][1]]
    qualifier = qualifier_start = None
    if qualifier_tokens:
        qualifier_start = qualifier_tokens[0][0]
        qualifier = surface[qualifier_start: qualifier_tokens[-1][1]]
    return NameParts(qualifier, qualifier_start, title, title_start, surface[name_start:],
                     name_start)


def split_title(surface: str) -> tuple[str | None, str, int]:
    """``(title, name, offset_of_name_in_surface)``; no title gives ``(None, surface, 0)``.

    A nationality or organisation before the title is not part of it ("Ukrainian President
    Volodymyr Zelenskyy" has title "President"); :func:`parse_name` returns it as the
    qualifier. A bare title ("the Prime Minister") gives ``(title, "", len(surface))``.

    >>> split_title("Deputy Defence Minister Hanna Malyar")
    ('Deputy Defence Minister', 'Hanna Malyar', 24)
    >>> split_title("Ukrainian President Volodymyr Zelenskyy")
    ('President', 'Volodymyr Zelenskyy', 20)
    >>> split_title("Mr Howard"), split_title("Dr. Jane Smith")
    (('Mr', 'Howard', 3), ('Dr.', 'Jane Smith', 4))
    >>> split_title("Antony Blinken")
    (None, 'Antony Blinken', 0)
    """
    parts = parse_name(surface)
    return parts.title, parts.name, parts.name_start


# --------------------------------------------------------------------------- alias tests


def _acronym(words: list[str], skip: bool = True) -> str:
    return "".join(w[0] for w in words if w and not (skip and w.lower() in _ACRONYM_SKIP)).upper()


def is_acronym_of(short: str, full: str) -> bool:
    """True if ``short`` is written in capitals and spells the initials of ``full``.

    >>> is_acronym_of("USA", "United States of America"), is_acronym_of("AWB", "Australian Wheat Board")
    (True, True)
    >>> is_acronym_of("CBH", "Co-operative Bulk Handling"), is_acronym_of("AFP", "Agence France-Presse")
    (True, True)
    """
    letters = strip_possessive(short).replace(".", "")
    if len(letters) < 2 or not letters.isalpha() or not letters.isupper():
        return False
    bare = strip_possessive(full)
    for words in (re.findall(r"[\w']+", bare.replace("-", " ")), re.findall(r"[\w'-]+", bare)):
        # "Co-operative Bulk Handling" is CBH; "Agence France-Presse" is AFP
        if len(words) > 1 and letters in (_acronym(words), _acronym(words, skip=False)):
            return True
    return False


def _labels_compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b or frozenset({a, b}) in _COMPATIBLE


# Common English short forms that are not simply a prefix of the full first name.
NICKNAMES = {
    "bill": "william", "billy": "william", "will": "william", "bob": "robert", "bobby": "robert",
    "rob": "robert", "dick": "richard", "rick": "richard", "jim": "james", "jimmy": "james",
    "jack": "john", "johnny": "john", "tony": "anthony", "mike": "michael", "mick": "michael",
    "tom": "thomas", "ted": "edward", "ned": "edward", "ed": "edward", "peggy": "margaret",
    "maggie": "margaret", "liz": "elizabeth", "beth": "elizabeth", "betty": "elizabeth",
    "kate": "katherine", "kathy": "katherine", "sandy": "alexander", "sasha": "alexander",
    "chuck": "charles", "charlie": "charles", "andy": "andrew", "drew": "andrew", "steve": "stephen",
    "jenny": "jennifer", "sue": "susan", "di": "diana", "ben": "benjamin", "greg": "gregory",
    "pete": "peter", "ron": "ronald", "don": "donald", "dave": "david", "joe": "joseph",
}


def same_first_name(a: str, b: str) -> bool:
    """True if two first names can be one person's: equal, a nickname, or a short form.

    >>> same_first_name("matt", "matthew"), same_first_name("bill", "william"), same_first_name("jo", "john")
    (True, True, False)
    """
    if a == b:
        return True
    if NICKNAMES.get(a) == b or NICKNAMES.get(b) == a:
        return True
    short, long = sorted((a, b), key=len)
    # "Matt"/"Matthew", "Chris"/"Christopher": a clipped form of at least 3 letters
    return len(short) >= 3 and len(long) > len(short) and long.startswith(short)


@lru_cache(maxsize=262144)
def is_alias(short: str, full: str, label: str | None = None) -> bool:
    """True if ``short`` can name the same entity as ``full``.

    Rules: equal keys; the same curated canonical name; an acronym of it; and, for people
    (``label`` None or "PERSON"), its surname or its first name, titles ignored; for
    organisations, the name without a company-form word ("Ltd"); for nationalities, the
    plural.

    >>> is_alias("Mr Blinken", "Antony Blinken"), is_alias("Hanna", "Hanna Malyar")
    (True, True)
    >>> is_alias("U.S.", "United States"), is_alias("Korea", "South Korea", "GPE")
    (True, False)
    """
    if not short.strip() or not full.strip():
        return False
    ks, kf = name_key(short), name_key(full)
    if not ks or not kf:
        return False
    if ks == kf:
        return True
    cs, cf = curated_entry(short), curated_entry(full)
    if cs is not None and cf is not None and cs.canonical == cf.canonical:
        return True
    if cs is not None and name_key(cs.canonical) == kf or cf is not None and name_key(cf.canonical) == ks:
        return True
    if is_acronym_of(short, full):
        return True
    if label in (None, "NORP"):
        singular = demonym_singular(strip_possessive(short).strip())
        other = demonym_singular(strip_possessive(full).strip())
        if singular is not None and singular == other:
            return True
    if label in (None, "PERSON"):
        s_words = name_key(split_title(short)[1] or short).split()
        f_words = name_key(split_title(full)[1] or full).split()
        if s_words and len(s_words) < len(f_words):
            if f_words[-len(s_words):] == s_words:  # surname ("Blinken", "von der Leyen")
                return True
            if len(s_words) == 1 and f_words[0] == s_words[0]:  # first name
                return True
            if len(s_words) == 2 and (s_words[0], s_words[-1]) == (f_words[0], f_words[-1]):
                return True  # without the middle name: "John Kennedy", "John F. Kennedy"
        if len(s_words) >= 2 and len(s_words) == len(f_words) and s_words[1:] == f_words[1:] \
                and same_first_name(s_words[0], f_words[0]):  # "Matt O'Sullivan", "Matthew O'Sullivan"
            return True
    if label in (None, "ORG"):
        s_words, f_words = ks.split(), kf.split()
        while f_words and f_words[-1] in _ORG_SUFFIXES:
            f_words = f_words[:-1]
        while s_words and s_words[-1] in _ORG_SUFFIXES:
            s_words = s_words[:-1]
        if s_words and s_words == f_words:
            return True
        # "Reserve Bank" for "Reserve Bank of Australia"
        if kf.startswith(ks + " of ") and known_place(full[len(short):].strip()[3:].strip()):
            return True
    return False


# --------------------------------------------------------------------------- merging


def _hooks(name: str) -> set[str]:
    """Look-up keys under which a name can find the names it may be an alias of.

    Every rule of :func:`is_alias` needs the two names to share one of these: a word of the
    key, the curated canonical name, the initials (for acronyms) or the demonym.
    """
    key = name_key(name)
    hooks = {"w:" + w for w in key.split()}
    letters = strip_possessive(name).replace(".", "")
    if letters.isalpha() and letters.isupper():
        hooks.add("a:" + letters)
    words = re.findall(r"[\w']+", strip_possessive(name).replace("-", " "))
    if len(words) > 1:
        hooks.add("a:" + _acronym(words))
        hooks.add("a:" + _acronym(words, skip=False))
        hooks.add("a:" + _acronym(re.findall(r"[\w'-]+", strip_possessive(name))))
    entry = curated_entry(name)
    if entry is not None:
        hooks.add("c:" + entry.canonical)
    singular = demonym_singular(strip_possessive(name).strip())
    if singular:
        hooks.add("d:" + singular)
    return hooks


def merge_ids(starts: list[int], names: list[str], labels: list[str]) -> list[int]:
    """Entity ids for mentions given as plain lists (the core of :func:`merge`).

    Each mention is compared only with the entities that share a look-up key with it
    (a word, initials, curated canonical name or demonym), so long documents with many
    names stay linear, not quadratic.

    >>> merge_ids([0, 30, 50], ["Antony Blinken", "Blinken", "Kyiv"], ["PERSON", "PERSON", "GPE"])
    [0, 0, 1]
    """
    n = len(names)
    keys = [name_key(x) for x in names]
    order = sorted(range(n), key=lambda i: (-len(names[i].split()), -len(names[i]), starts[i]))
    cluster_of = [0] * n
    clusters: list[dict] = []  # {"label", "name", "keys", "starts"}
    by_key: dict[str, list[int]] = {}
    by_hook: dict[str, list[int]] = {}
    for i in order:
        key, label = keys[i], labels[i]
        exact = [c for c in by_key.get(key, ()) if _labels_compatible(label, clusters[c]["label"])]
        hooks = _hooks(names[i])
        near = sorted({c for h in hooks for c in by_hook.get(h, ())})
        candidates = exact or [
            c for c in near
            if _labels_compatible(label, clusters[c]["label"])
            and is_alias(names[i], clusters[c]["name"], label)
        ]
        if len(candidates) > 1:
            # several entities fit ("Smith"): the one mentioned last before this mention
            here = starts[i]
            candidates = [max(candidates, key=lambda c: (
                max((s for s in clusters[c]["starts"] if s <= here), default=-1), -c))]
        if candidates:
            c = candidates[0]
            clusters[c]["keys"].add(key)
            clusters[c]["starts"].append(starts[i])
        else:
            c = len(clusters)
            clusters.append({"label": label, "name": names[i], "keys": {key}, "starts": [starts[i]]})
            for hook in hooks:
                by_hook.setdefault(hook, []).append(c)
        if c not in by_key.setdefault(key, []):
            by_key[key].append(c)
        cluster_of[i] = c
    # number entities by first appearance
    first = [min(cl["starts"]) for cl in clusters]
    renumber = {c: k for k, c in enumerate(sorted(range(len(clusters)), key=lambda c: (first[c], c)))}
    return [renumber[c] for c in cluster_of]


def _names(frame: pd.DataFrame) -> list[str]:
    if "name" in frame.columns:
        return frame["name"].astype(str).tolist()
    return [split_title(strip_possessive(s))[1] or strip_possessive(s)
            for s in frame["surface"].astype(str).tolist()]


def merge(mentions: pd.DataFrame) -> pd.DataFrame:
    """Assign ``entity_id`` to mention rows: mentions that name the same entity share one.

    Needs ``start``, ``surface`` and ``label``; uses ``name`` (the surface without title and
    possessive) when present. Fuller names are placed first, so "Zelenskyy" joins
    "Volodymyr Zelenskyy" wherever it appears; a short name that fits several entities
    joins the one mentioned most recently before it. Labels must agree (GPE and LOC may
    mix). Ids follow the order of first appearance. Pronoun rows (``kind == "pronoun"``)
    keep the ``entity_id`` they have.

    >>> m = pd.DataFrame({"start": [0, 30, 50], "surface": ["Antony Blinken", "Blinken", "Kyiv"],
    ...                   "label": ["PERSON", "PERSON", "GPE"]})
    >>> merge(m)["entity_id"].tolist()
    [0, 0, 1]
    """
    out = mentions.copy()
    if len(out) == 0:
        out["entity_id"] = pd.Series(dtype="int64")
        return out
    kinds = out["kind"].astype(str).tolist() if "kind" in out.columns else ["name"] * len(out)
    rows = [i for i, k in enumerate(kinds) if k != "pronoun"]
    names, labels = _names(out), out["label"].astype(str).tolist()
    starts = out["start"].astype(int).tolist()
    ids = merge_ids([starts[i] for i in rows], [names[i] for i in rows], [labels[i] for i in rows])
    if len(rows) == len(out):
        out["entity_id"] = pd.array(ids, dtype="int64")
    else:
        merged = out["entity_id"].tolist() if "entity_id" in out.columns else [pd.NA] * len(out)
        for i, eid in zip(rows, ids):
            merged[i] = eid
        out["entity_id"] = pd.array(merged, dtype="Int64")
    return out


def _best_name(names: list[str], labels: list[str]) -> str:
    """The canonical name of a group of mention names (fullest, curated canonical first)."""
    for name in names:
        entry = curated_entry(name)
        if entry is not None and entry.canonical != entry.name:
            return entry.canonical
    if labels and max(set(labels), key=labels.count) == "NORP":
        singular = [demonym_singular(n) for n in names]
        known = [s for s in singular if s]
        if known:
            return known[0]
    best = names[0]
    for name in names[1:]:
        if (len(name.split()), len(name)) > (len(best.split()), len(best)):
            best = name
    return best


def entity_columns(entity_ids: list[int], starts: list[int], names: list[str],
                   labels: list[str], kinds: list[str] | None = None) -> dict[str, list]:
    """The entities frame's columns (dict of lists) from mention lists (core of
    :func:`entity_table`)."""
    kinds = kinds or ["name"] * len(names)
    groups: dict[int, dict] = {}
    for k in sorted(range(len(names)), key=lambda k: starts[k]):
        g = groups.setdefault(int(entity_ids[k]), {"first": starts[k], "names": [], "labels": [],
                                                   "count": 0})
        g["count"] += 1
        if kinds[k] != "pronoun":
            g["names"].append(names[k])
            g["labels"].append(labels[k])
    cols: dict[str, list] = {c: [] for c in ("entity_id", "name", "label", "mentions",
                                             "first_start", "aliases", "gender")}
    for eid, g in sorted(groups.items()):
        names_ = g["names"] or [""]
        labels_ = g["labels"] or ["MISC"]
        label = max(dict.fromkeys(labels_), key=labels_.count)  # ties: first seen
        name = _best_name(names_, labels_)
        cols["entity_id"].append(eid)
        cols["name"].append(name)
        cols["label"].append(label)
        cols["mentions"].append(g["count"])
        cols["first_start"].append(g["first"])
        cols["aliases"].append("; ".join(dict.fromkeys(n for n in g["names"] if n)))
        cols["gender"].append(gender(name.split()[0]) if label == "PERSON" and name else None)
    return cols


def entity_table(mentions: pd.DataFrame) -> pd.DataFrame:
    """The entities frame of merged mentions: one row per ``entity_id``.

    ``name`` is the fullest name (or the curated canonical name), ``label`` the most
    frequent label of its name mentions, ``mentions`` counts every mention (pronouns
    included), ``aliases`` the distinct names in order of appearance (pronouns excluded),
    ``gender`` comes from the first name of people.

    >>> m = merge(pd.DataFrame({"start": [0, 30], "surface": ["Hanna Malyar", "Malyar"],
    ...                         "label": ["PERSON", "PERSON"]}))
    >>> entity_table(m)[["name", "mentions", "aliases", "gender"]].values.tolist()
    [['Hanna Malyar', 2, 'Hanna Malyar; Malyar', 'female']]
    """
    if len(mentions) == 0:
        return schema.empty("entities")
    kinds = mentions["kind"].astype(str).tolist() if "kind" in mentions.columns else None
    cols = entity_columns(mentions["entity_id"].astype(int).tolist(),
                          mentions["start"].astype(int).tolist(), _names(mentions),
                          mentions["label"].astype(str).tolist(), kinds)
    return schema.conform("entities", cols)


def canonical(surface: str, entities: pd.DataFrame, label: str | None = None) -> int | None:
    """The ``entity_id`` a name refers to among an article's entities, or None.

    Titles and possessives are ignored; an exact name or alias wins, otherwise a unique
    :func:`is_alias` match (several, e.g. two Smiths, give None). Pronouns give None: the
    quotes module resolves those itself.

    >>> ents = pd.DataFrame({"entity_id": [0, 1], "name": ["Antony Blinken", "Russia"],
    ...                      "label": ["PERSON", "GPE"], "mentions": [2, 3],
    ...                      "aliases": ["Antony Blinken; Blinken", "Russia; Russian Federation"]})
    >>> canonical("Secretary Blinken", ents), canonical("Russia’s", ents), canonical("Smith", ents)
    (0, 1, None)
    """
    if len(entities) == 0 or surface.strip().lower() in PRONOUNS:
        return None
    bare = strip_possessive(surface.strip())
    name = split_title(bare)[1] or bare
    key = name_key(name)
    if not key:
        return None
    ids = entities["entity_id"].tolist()
    names = entities["name"].astype(str).tolist()
    labels = entities["label"].astype(str).tolist()
    alias_lists = (entities["aliases"].fillna("").astype(str).tolist()
                   if "aliases" in entities.columns else [""] * len(ids))
    counts = entities["mentions"].tolist() if "mentions" in entities.columns else [0] * len(ids)
    rows = [r for r in range(len(ids)) if _labels_compatible(label, labels[r])]
    exact = [r for r in rows
             if key == name_key(names[r]) or key in {name_key(a) for a in alias_lists[r].split("; ")}]
    if exact:
        return int(ids[max(exact, key=lambda r: (counts[r], -r))])
    fuzzy = [r for r in rows
             if is_alias(name, names[r], labels[r])
             or any(is_alias(name, a, labels[r]) for a in alias_lists[r].split("; ") if a)]
    if len(fuzzy) == 1:
        return int(ids[fuzzy[0]])
    return None


def gender(first_name: str) -> str | None:
    """"female", "male" or None (unknown or used for both) from the names corpus.

    >>> gender("Hanna"), gender("antony"), gender("Leslie"), gender("Volodymyr")
    ('female', 'male', None, None)
    """
    word = first_name.strip().split()[0] if first_name.strip() else ""
    word = unicodedata.normalize("NFKD", word.rstrip("."))
    word = "".join(ch for ch in word if not unicodedata.combining(ch)).lower()
    value = _first_names().get(word)
    return value if value in ("female", "male") else None


def is_first_name(word: str) -> bool:
    """True if the names corpus lists ``word`` as a first name (of either gender).

    >>> is_first_name("Victoria"), is_first_name("Kyiv")
    (True, False)
    """
    return word.strip().lower() in _first_names()


def known_place(surface: str) -> str | None:
    """"GPE" or "LOC" if a lexicon lists the name as a place, else None.

    >>> known_place("Ukraine"), known_place("Kyiv"), known_place("the West"), known_place("Blinken")
    ('GPE', 'GPE', 'LOC', None)
    """
    entry = curated_entry(surface)
    if entry is not None:
        return entry.label if entry.label in ("GPE", "LOC") else None
    bare = strip_possessive(surface)
    for name in ("countries.txt", "us_states.txt", "ca_provinces.txt", "mx_states.txt",
                 "us_cities.txt"):
        if bare in lexicon(name):
            return "GPE"
    return None

