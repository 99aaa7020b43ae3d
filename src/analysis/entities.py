"""Entity mentions and merged entities: people, places, organisations, nationalities.

:func:`extract` tags each sentence with the NER model (:mod:`analysis.ner`, CoNLL types
PER/LOC/ORG/MISC), turns the spans into mentions with the labels PERSON, ORG, GPE, LOC,
NORP and MISC (lexicons decide GPE vs LOC and NORP vs MISC), adds names the lexicons know
and the model missed, makes the article consistent (a name found once is found
everywhere, with one label) and merges mentions into entities with
:func:`analysis.aliases.merge`.

>>> mentions, entities = extract_text("Antony Blinken visited Kyiv. Blinken met Ukrainian officials.")
>>> mentions[["surface", "label", "entity_id"]].values.tolist()
[['Antony Blinken', 'PERSON', 0], ['Kyiv', 'GPE', 1], ['Blinken', 'PERSON', 0], ['Ukrainian', 'NORP', 2]]
>>> entities[["name", "label", "mentions"]].values.tolist()
[['Antony Blinken', 'PERSON', 2], ['Kyiv', 'GPE', 1], ['Ukrainian', 'NORP', 1]]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, pairwise

import numpy as np
import pandas as pd

from . import aliases, schema

# Labels the model's CoNLL types become before the lexicons refine them.
NER_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE", "MISC": "MISC"}
# A LOC span ending in one of these is a region or natural feature, not a polity.
_LOC_HEADS = {"region", "river", "sea", "ocean", "mountains", "mountain", "valley", "basin",
              "coast", "peninsula", "desert", "gulf", "bay", "lake", "island", "islands",
              "strait", "reef", "range", "plains", "forest", "creek", "highlands", "delta"}
_COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
            "central", "northeastern", "northwestern", "southeastern", "southwestern"}
# Lexicon names that are also people's names or ordinary capitalised words: they are used
# to label what the model found, never to add mentions on their own.
_NO_LOOKUP = {"Chad", "Jordan", "Georgia", "Victoria", "Jersey", "Guinea", "Niger", "Mali",
              "Western", "Labor", "Liberal", "Liberals", "Nationals", "Greens", "Conservative",
              "Conservatives", "Indigenous", "Orthodox", "Catholic", "Protestant", "Christian",
              "Jewish", "Muslim", "Democrat", "Democrats", "Republican", "Republicans",
              "Parliament", "Congress", "Senate", "Aboriginal", "Reserve Bank", "Pacific",
              "Atlantic", "Arctic", "Baltic", "Outback", "Mobile", "Orange", "Independence",
              "Jackson", "Lincoln", "Norman", "Columbia", "Concord", "Cambridge", "Lafayette",
              "Kiwi", "English", "American Samoa", "Hollywood", "Dominica"}
# "Beijing-based": a name glued to a participle or similar; "Co-operative" is one word
_COMPOUND = re.compile(
    r"^([A-Z][A-Za-z.]+)(?=-(?:based|born|bred|owned|backed|led|run|made|grown|funded|"
    r"controlled|occupied|held|speaking|style|era|bound|wide|listed|registered|"
    r"headquartered|focused|linked|allied|aligned|sponsored|brokered|built|flagged|"
    r"produced|sourced|raised|educated|trained|appointed|elected|friendly|bashing|"
    r"centric|inspired|influenced)$)")
_OPEN_QUOTES = {"``", "\u201c", "`", '"', "\u2018", "'"}
_CLOSE_QUOTES = {"''", "\u201d", "'", '"', "\u2019"}
_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "mme", "mlle", "prof",
               "professor", "rev", "reverend"}
# Last words that make a name an organisation whatever the model says.
_ORG_HEADS = {"Opposition", "Government", "Council", "Department", "Association", "Federation",
              "Commission", "Authority", "Board", "Party", "Union", "Bank", "University",
              "Company", "Corporation", "Institute", "Agency", "Ministry", "Committee", "Court",
              "Police", "Service", "Services", "Group", "Cooperative", "Co-operative", "Ltd",
              "Limited", "Inc", "Council's", "Parliament", "Senate", "Office", "Bureau"}
# Acronyms used as adjectives ("GM cotton"): not names when a lower-case word follows.
_ADJECTIVE_ACRONYMS = {"GM", "GMO", "GE"}
_STORMS = {"Cyclone", "Hurricane", "Typhoon"}
_EVENTS = {"inquiry", "commission", "report", "review", "affair", "scandal", "accord",
           "protocol", "doctrine"}
# Reporting verbs after a name: "... Peter Weeks says" ends with a person.
_REPORTING = {"says", "said", "say", "told", "tells", "explains", "explained", "adds", "added",
              "believes", "warns", "warned", "agrees", "argues", "admits", "reckons", "thinks",
              "claims", "claimed", "describes", "predicts", "expects", "hopes", "estimates",
              "concedes", "insists", "suggests", "stresses", "acknowledges", "notes", "urges",
              "welcomes", "disagrees", "denies", "fears", "doubts", "wants"}
_PUNCT = set("\"'“”‘’«»()[]{},.;:!?-–—…/")
_NER_WORD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


@dataclass
class _Sentence:
    sentence_id: int
    words: list[str]
    pos: list[str]
    starts: list[int]
    ends: list[int]
    _caps: bool | None = None

    @property
    def caps(self) -> bool:
        """An all-capitals headline, where capitals say nothing about names."""
        if self._caps is None:
            self._caps = _is_caps_sentence(self.words)
        return self._caps


@dataclass
class _Span:
    sent: int  # index into the sentence list
    i: int  # first token
    j: int  # one past the last token
    label: str
    source: str  # model | lexicon | document
    start: int = 0
    end: int = 0
    title: str | None = None


# --------------------------------------------------------------------------- lexicon look-up


@lru_cache(maxsize=1)
def _lookup_table() -> tuple[dict[tuple[str, ...], str], int]:
    """Token sequences the lexicons label on their own -> label; and the longest length."""
    table: dict[tuple[str, ...], str] = {}

    def add(name: str, label: str) -> None:
        if name in _NO_LOOKUP or not name[:1].isupper() and not name.startswith("the "):
            return
        words = tuple(_split_words(name))
        table.setdefault(words, label)
        if name.endswith(".") and name.count(".") > 1:
            # "U.S." whose dot a sentence break took ("the 8th U.S. | Circuit Court")
            table.setdefault(tuple(_split_words(name[:-1])), label)

    for entry in aliases.curated().values():
        add(entry.name, entry.label)
    for name in ("countries.txt", "us_states.txt", "ca_provinces.txt"):
        for place in aliases.lexicon(name):
            add(place, "GPE")
    for nationality in aliases.lexicon("nationalities.txt"):
        add(nationality, "NORP")
        if not nationality.endswith("s"):
            add(nationality + "s", "NORP")
    return table, max(len(k) for k in table)


def _split_words(name: str) -> list[str]:
    # the word tokeniser splits "U.S." as one token and "People's" as "People" "'s"
    from .tokenise import _word_tokenizer

    return [name[s:e].translate(_NER_WORD) for s, e in _word_tokenizer.span_tokenize(name)]


def _us_place(name: str) -> bool:
    title = name.title() if name.isupper() else name
    return (title in aliases.lexicon("us_cities.txt") or title in aliases.lexicon("us_states.txt")) \
        and name not in aliases.lexicon("countries.txt")


def label_for(name: str, ner_type: str) -> str:
    """The mention label of a name the model tagged ``ner_type`` (PER, ORG, LOC, MISC).

    >>> label_for("Kyiv", "ORG"), label_for("the West", "LOC"), label_for("Russians", "MISC")
    ('GPE', 'LOC', 'NORP')
    >>> label_for("Kharkiv region", "LOC"), label_for("Reuters", "ORG"), label_for("Euro", "MISC")
    ('LOC', 'ORG', 'MISC')
    """
    if ner_type == "PER":
        if aliases.demonym_singular(name) is not None:
            return "NORP"  # "Muslims", "Croats" tagged as people
        # a listed place the model took for a person ("Kyiv said"), unless it is also a
        # first name ("Victoria", "Jordan"): then the model's reading stands
        place = aliases.known_place(name)
        if place is not None and not aliases.is_first_name(name.split()[0]):
            return place
        return "PERSON"
    if ner_type == "ORG" and _us_place(name):
        return "ORG"  # a US city or state the model calls an organisation: a sports team
    entry = aliases.curated_entry(name)
    if entry is not None:
        return entry.label
    place = aliases.known_place(name)
    if place is not None:
        # a country or capital tagged as an organisation is its government ("Kyiv says")
        return place
    if aliases.demonym_singular(name) is not None:
        return "NORP"
    words = name.split()
    if len(words) > 1 and words[0].lower() in _COMPASS and aliases.demonym_singular(" ".join(words[1:])):
        return "NORP"  # "Northern Australian"
    if len(words) > 1 and words[-1] in _ORG_HEADS:
        return "ORG"  # "Queensland Opposition", "Dairy Australia Board" tagged as places
    if ner_type == "MISC" and len(words) == 1 and name.endswith(("ese", "ian", "ians")):
        return "NORP"  # "Timorese", "Tongan"-like demonyms the lists lack
    if ner_type == "LOC":
        words = name.lower().split()
        if words[-1] in _LOC_HEADS or (len(words) > 1 and words[0] in _COMPASS):
            return "LOC"
        return "GPE"
    return NER_LABELS.get(ner_type, "MISC")


# --------------------------------------------------------------------------- extraction


_tolist = schema.column_list


def _sentences(sentences: pd.DataFrame, tokens: pd.DataFrame) -> list[_Sentence]:
    """Per-sentence token lists (tokens come sorted by sentence: slice, don't loop)."""
    if len(tokens) == 0:
        return []
    sids = tokens["sentence_id"].to_numpy()
    cuts = [0, *(np.flatnonzero(sids[1:] != sids[:-1]) + 1).tolist(), len(sids)]
    words, starts, ends = _tolist(tokens, "text"), tokens["start"].tolist(), tokens["end"].tolist()
    pos = [p if isinstance(p, str) else "NN" for p in _tolist(tokens, "pos")]
    out = []
    for a, b in pairwise(cuts):
        sent = _Sentence(int(sids[a]), words[a:b], pos[a:b], starts[a:b], ends[a:b])
        if any("-" in w for w in sent.words):
            _split_compounds(sent)
        out.append(sent)
    return out


def _split_compounds(sent: _Sentence) -> None:
    """"Beijing-based", "Russian-backed": the name part becomes a token of its own."""
    k = 0
    while k < len(sent.words):
        word = sent.words[k]
        compound = _COMPOUND.match(word) if "-" in word else None
        if compound:
            start, end = sent.starts[k], sent.ends[k]
            cut = start + compound.end(1)
            sent.words[k: k + 1] = [compound.group(1), word[compound.end(1):]]
            sent.pos[k: k + 1] = ["NNP", "JJ"]
            sent.starts[k: k + 1] = [start, cut]
            sent.ends[k: k + 1] = [cut, end]
            k += 1
        k += 1


def _model_spans(sents: list[_Sentence]) -> list[_Span]:
    try:
        from . import ner

        model = ner.model()
    except (FileNotFoundError, OSError):
        return []  # no trained model shipped: the lexicons still find what they list
    words = [[w.translate(_NER_WORD) for w in s.words] for s in sents]
    tags = model.tag_many(words, [s.pos for s in sents])
    return [_Span(k, i, j, typ, "model")
            for k, sent_tags in enumerate(tags) for i, j, typ in ner.spans(sent_tags)]


def _is_caps_sentence(words: list[str]) -> bool:
    alpha = [w for w in words if w[:1].isalpha()]
    return len(alpha) > 3 and sum(w.isupper() for w in alpha) / len(alpha) > 0.6


def _trim(span: _Span, sent: _Sentence) -> _Span | None:
    """Drop possessives and punctuation at the edges of a span.

    An organisation span that ends in "'s" keeps it: the model includes a possessive only
    when it is part of the name ("Moody's", "McDonald's").
    """
    i, j = span.i, span.j
    words = sent.words
    while j > i and ((words[j - 1] in _PUNCT and not (words[j - 1] == ")" and "(" in words[i:j])) or (
            words[j - 1].translate(_NER_WORD) in ("'s", "'")
            and not (span.label == "ORG" and j - i > 1))):
        j -= 1
    # "-based" left over from splitting "Beijing-based" never belongs to a name
    while j > i and words[j - 1].startswith("-") and len(words[j - 1]) > 1:
        j -= 1
    while i < j and (words[i] in _PUNCT or words[i].startswith("-")):
        i += 1
    if i >= j:
        return None
    span.i, span.j = i, j
    return span


def _title_before(text: str, sent: _Sentence, i: int) -> str | None:
    """The job title written right before token ``i`` ("Secretary of State"), if any."""
    k = i
    while k > 0 and aliases.title_kind(sent.words[k - 1]) is not None:
        k -= 1
    while k < i and sent.words[k].lower() in ("the", "of", "and", "for", "'s"):
        k += 1
    if k == i or not any(aliases.title_kind(w) == "head" for w in sent.words[k:i]):
        return None
    return text[sent.starts[k]: sent.ends[i - 1]]


def _split_places(span: _Span, sent: _Sentence) -> list[_Span] | None:
    """"Northern Territory and Western Australia" tagged as one name: two places."""
    words = sent.words[span.i: span.j]
    cuts = [k for k, w in enumerate(words) if w in ("and", ",", "&")]
    if not cuts:
        return None
    parts, begin = [], 0
    for cut in [*cuts, len(words)]:
        parts.append((begin, cut))
        begin = cut + 1
    names = [" ".join(words[a:b]) for a, b in parts]
    if any(a >= b for a, b in parts) or not all(aliases.known_place(n) for n in names):
        return None
    return [_Span(span.sent, span.i + a, span.i + b, "LOC", "model") for a, b in parts]


def _split_person(span: _Span, sent: _Sentence) -> list[_Span] | None:
    """"Meat and Livestock Australia Peter Weeks says": an organisation, then a person."""
    n = span.j - span.i
    nxt = sent.words[span.j] if span.j < len(sent.words) else ""
    if n < 3 or nxt not in _REPORTING:
        return None
    words = sent.words[span.i: span.j]
    for k in (n - 2, n - 3):
        if k >= 1 and aliases.is_first_name(words[k]) and all(
                w[:1].isupper() and w.isalpha() for w in words[k:]):
            return [_Span(span.sent, span.i, span.i + k, span.label, "model"),
                    _Span(span.sent, span.i + k, span.j, "PER", "model")]
    return None


def _finish(text: str, span: _Span, sent: _Sentence) -> list[_Span]:
    """Character offsets, label, title split and "the"-extension of one model span."""
    if span.source == "model" and span.label != "PER":
        parts = _split_places(span, sent) or _split_person(span, sent)
        if parts:
            return [done for part in parts for done in _finish(text, part, sent)]
    span.start, span.end = sent.starts[span.i], sent.ends[span.j - 1]
    surface = text[span.start: span.end]
    extra: list[_Span] = []
    if span.source == "model":
        words = sent.words
        if span.i > 0 and words[span.i - 1].lower().rstrip(".") in _HONORIFICS or (
                span.j - span.i > 1 and words[span.i].lower().rstrip(".") in _HONORIFICS):
            span.label = "PER"  # "Ms. Lewinsky" is a person whatever the model says
        if (span.i > 0 and span.j < len(words) and words[span.i - 1] in _OPEN_QUOTES
                and words[span.j] in _CLOSE_QUOTES):
            # a whole quoted name is a title of a work: ``Titanic'', “Lohengrin”
            span.label = "MISC_WORK"
        if span.j - span.i == 1 and len(surface) <= 2 and not surface.isupper() and span.label != "PER":
            return []  # "Oh", "Ah": interjections the model took for places
        if surface in _ADJECTIVE_ACRONYMS and span.j < len(words) and words[span.j][:1].islower():
            return []  # "GM cotton": genetically modified, not General Motors
        if span.i > 0 and words[span.i - 1] in _STORMS:
            span.i -= 1  # "Cyclone Larry" is a storm, not a person
            span.start = sent.starts[span.i]
            surface = text[span.start: span.end]
        if words[span.i] in _STORMS:
            span.label = "MISC_WORK"
        elif span.j < len(words) and words[span.j] in _EVENTS and not aliases.known_place(surface):
            span.label = "MISC_WORK"  # "the Cole inquiry": an event named after someone
        if span.label == "PER":
            parts = aliases.parse_name(surface)
            if parts.title is not None or not parts.name:
                if not parts.name:
                    return []
                # move the start to the name's first token
                name_start = span.start + parts.name_start
                k = span.i
                while k < span.j and sent.starts[k] < name_start:
                    k += 1
                if parts.qualifier is not None:
                    q_end = span.i
                    while q_end < k and sent.ends[q_end] <= span.start + parts.qualifier_start + len(parts.qualifier):
                        q_end += 1
                    qualifier = _Span(span.sent, span.i, q_end, "MISC", "model")
                    extra = _finish(text, qualifier, sent)
                span.title = parts.title
                span.i, span.start = k, sent.starts[k]
                surface = text[span.start: span.end]
        elif all(aliases.title_kind(w) is not None for w in sent.words[span.i: span.j]) and any(
                aliases.title_kind(w) == "head" for w in sent.words[span.i: span.j]):
            return []  # "Defence Minister" tagged as an organisation: a title, not a name
        # a curated name that begins before the span: "the West", "Meat and Livestock Australia"
        for back in range(min(span.i, 4), 0, -1):
            joined = text[sent.starts[span.i - back]: span.end]
            if joined in aliases.curated():
                span.i, span.start, surface = span.i - back, sent.starts[span.i - back], joined
                break
        span.label = "MISC" if span.label == "MISC_WORK" else label_for(surface, span.label)
    if span.label == "PERSON" and span.title is None:
        span.title = _title_before(text, sent, span.i)
    return [*extra, span]


def _lexicon_spans(sents: list[_Sentence], covered: list[set[int]]) -> list[_Span]:
    """Names the lexicons list that the model left untagged."""
    table, longest = _lookup_table()
    out = []
    for k, sent in enumerate(sents):
        if sent.caps:
            continue
        words = [w.translate(_NER_WORD) for w in sent.words]  # in headlines every word is capitalised: "US" may be "us"
        n, i = len(words), 0
        while i < n:
            hit = None
            if words[i][:1].isupper() or words[i] == "the":
                for j in range(min(n, i + longest), i, -1):
                    label = table.get(tuple(words[i:j]))
                    if label is not None and not any(t in covered[k] for t in range(i, j)):
                        hit = (j, label)
                        break
            if hit is None:
                i += 1
                continue
            j, label = hit
            # part of a longer name the model did not tag ("Bank of America", "Georgia Smith")
            nxt = words[j] if j < n else ""
            prev = words[i - 1] if i > 0 else ""
            prev2 = words[i - 2] if i > 1 else ""
            glued = (nxt[:1].isupper() and nxt not in _PUNCT and label != "NORP") or (
                i > 1 and prev[:1].isupper() and prev not in _PUNCT and label != "NORP"
            ) or (prev == "of" and prev2[:1].isupper())
            if not glued:
                out.append(_Span(k, i, j, label, "lexicon"))
                covered[k].update(range(i, j))
            i = j
    return out


def _acronym_labels(spans: list[_Span], sents: list[_Sentence]) -> None:
    """"Co-operative Bulk Handling (CBH)": the name and its acronym get one label, ORG if
    either is one (people rarely come with acronyms)."""
    by_start = {(s.sent, s.i): s for s in spans}
    for span in spans:
        if span.j <= span.i:
            continue
        words = sents[span.sent].words
        if span.j + 2 < len(words) and words[span.j] == "(":
            short = by_start.get((span.sent, span.j + 1))
            if short is None or short.j >= len(words) or words[short.j] != ")":
                continue
            acronym = " ".join(words[short.i: short.j])
            # the model may have missed the first word(s) of the long form: take them in
            for i in range(span.i, max(span.i - 6, -1), -1):
                if i < span.i and not (words[i][:1].isupper() or words[i] in ("of", "and", "for")):
                    break
                if words[i][:1].isupper() and aliases.is_acronym_of(acronym, " ".join(words[i: span.j])):
                    if i < span.i:
                        for other in spans:  # "Australian" tagged alone inside the long form
                            if other.sent == span.sent and i <= other.i and other.j <= span.i:
                                other.j = other.i
                        span.i, span.start = i, sents[span.sent].starts[i]
                    label = "ORG" if "ORG" in (span.label, short.label) else span.label
                    span.label = short.label = label
                    break


def _majority_labels(spans: list[_Span], sents: list[_Sentence]) -> dict[tuple[str, ...], str]:
    """The most frequent label of every name (as words) the model and lexicons found."""
    votes: dict[tuple[str, ...], Counter] = {}
    for span in spans:
        words = tuple(sents[span.sent].words[span.i: span.j])
        votes.setdefault(words, Counter())[span.label] += 1
    labels = {words: counter.most_common(1)[0][0] for words, counter in votes.items()}
    surnames = {words[-1] for words, label in labels.items() if label == "PERSON" and len(words) > 1}
    for words, label in labels.items():
        # a lone "Washington" tagged as a person, in an article that never names anyone
        # Washington in full, is the place: news introduces people with their full name
        if label == "PERSON" and len(words) == 1 and words[0] not in surnames:
            place = aliases.known_place(words[0])
            if place is not None:
                labels[words] = place
    return labels


def _document_spans(labels: dict[tuple[str, ...], str], sents: list[_Sentence],
                    covered: list[set[int]], text: str) -> list[_Span]:
    """Find again, anywhere in the article, every name already found once (same label)."""
    patterns: dict[tuple[str, ...], str] = {}
    for words, label in labels.items():
        if len(words) == 1 and not _findable(words[0]):
            continue
        patterns[words] = label
        if label == "PERSON" and len(words) >= 2 and _findable(words[-1]):
            patterns.setdefault((words[-1],), "PERSON")  # the surname alone
    if not patterns:
        return []
    longest = max(len(p) for p in patterns)
    firsts = {p[0] for p in patterns}
    out = []
    for k, sent in enumerate(sents):
        words, n, i = sent.words, len(sent.words), 0
        if sent.caps:
            continue
        while i < n:
            if words[i] not in firsts or i in covered[k]:
                i += 1
                continue
            for j in range(min(n, i + longest), i, -1):
                label = patterns.get(tuple(words[i:j]))
                if label is not None and not any(t in covered[k] for t in range(i, j)):
                    # a surname glued to another capitalised word is someone else's name
                    if j < n and words[j][:1].isupper() and words[j] not in _PUNCT:
                        break
                    span = _Span(k, i, j, label, "document")
                    span.start, span.end = sent.starts[i], sent.ends[j - 1]
                    if label == "PERSON":
                        span.title = _title_before(text, sent, i)
                    out.append(span)
                    covered[k].update(range(i, j))
                    i = j - 1
                    break
            i += 1
    return out


def _findable(word: str) -> bool:
    # one word is searched for again only if it cannot be an interjection or initial:
    # three letters or more, or an acronym
    return word[:1].isupper() and (len(word) > 2 or (len(word) == 2 and word.isupper()))


def extract(text: str, sentences: pd.DataFrame, tokens: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(mentions, entities)`` for one article from its sentence and token frames.

    >>> from analysis import tokenise
    >>> text = "Hanna Malyar told Reuters. Malyar said Russia’s losses grew."
    >>> s = tokenise.sentences(text)
    >>> mentions, entities = extract(text, s, tokenise.tokens(text, s))
    >>> mentions["surface"].tolist()
    ['Hanna Malyar', 'Reuters', 'Malyar', 'Russia']
    """
    sents = _sentences(sentences, tokens)
    covered: list[set[int]] = [set() for _ in sents]
    spans: list[_Span] = []
    for span in _model_spans(sents):
        sent = sents[span.sent]
        trimmed = _trim(span, sent)
        if trimmed is None:
            continue
        spans.extend(_finish(text, trimmed, sent))
    # "Western" + "Australian Farmers Federation", "Western Australian" + "Farmers
    # Federation": pieces of one name tagged apart
    spans.sort(key=lambda s: (s.sent, s.i))
    for a, b in pairwise(spans):
        if a.sent != b.sent or a.j != b.i or a.j == a.i:
            continue
        compass = a.j - a.i == 1 and sents[a.sent].words[a.i].lower() in _COMPASS
        if compass or (a.label in ("NORP", "MISC") and b.label == "ORG"):
            b.i, b.start = a.i, a.start
            if b.label == "ORG":
                b.label = label_for(text[b.start: b.end], "ORG")
            a.j = a.i  # emptied: dropped below
    spans = [s for s in spans if s.j > s.i]
    # a span grown to a curated name ("Western Australia") wins over the piece the model
    # tagged on its own ("Western"): keep the longer of overlapping spans
    kept: list[_Span] = []
    for span in sorted(spans, key=lambda s: (s.start - s.end, s.start)):
        if covered[span.sent].isdisjoint(range(span.i, span.j)):
            kept.append(span)
            covered[span.sent].update(range(span.i, span.j))
    spans = kept
    for span in _lexicon_spans(sents, covered):
        span.start, span.end = sents[span.sent].starts[span.i], sents[span.sent].ends[span.j - 1]
        spans.append(span)
    _acronym_labels(spans, sents)
    spans = [s for s in spans if s.j > s.i]
    majority = _majority_labels(spans, sents)
    for span in spans:
        label = majority[tuple(sents[span.sent].words[span.i: span.j])]
        # "Chicago" the team (ORG) and the city (GPE) may share an article
        if {label, span.label} != {"ORG", "GPE"} or not _us_place(text[span.start: span.end]):
            span.label = label
    spans.extend(_document_spans(majority, sents, covered, text))
    for span in spans:
        # "U.S." cut from its dot by a sentence break: the dot belongs to the name
        if text[span.end: span.end + 1] == "." and text[span.start: span.end + 1] in aliases.curated():
            span.end += 1
        if span.label != "ORG":
            # a possessive the word tokeniser left inside a token ("Ukraine’s’s")
            span.end = span.start + len(aliases.strip_possessive(text[span.start: span.end]))
    spans = [s for s in spans if s.end > s.start]
    spans.sort(key=lambda s: (s.start, s.end))
    if not spans:
        return schema.empty("mentions"), schema.empty("entities")
    surfaces = [text[s.start: s.end] for s in spans]
    starts = [s.start for s in spans]
    labels = [s.label for s in spans]
    ids = aliases.merge_ids(starts, surfaces, labels)
    mentions = schema.conform("mentions", {
        "mention_id": list(range(len(spans))),
        "start": starts,
        "end": [s.end for s in spans],
        "surface": surfaces,
        "label": labels,
        "entity_id": ids,
        "sentence_id": [sents[s.sent].sentence_id for s in spans],
        "kind": ["name"] * len(spans),
        "title": [s.title for s in spans],
    })
    return mentions, schema.conform("entities", aliases.entity_columns(ids, starts, surfaces, labels))


def extract_text(text: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(mentions, entities)`` of a plain string (tokenises it first)."""
    from . import tokenise

    sentence_frame = tokenise.sentences(text)
    return extract(text, sentence_frame, tokenise.tokens(text, sentence_frame))


# --------------------------------------------------------------------------- speakers


def _sentence_of(text: str, offsets: list[int]) -> list[int]:
    from . import tokenise

    # the spans, not the frame: sentence ids are their positions (tokenise.sentences)
    starts = [start for start, _, _ in tokenise.sentence_spans(text)]
    ids = list(range(len(starts)))
    return [ids[max(bisect_right(starts, o) - 1, 0)] if ids else 0 for o in offsets]


def add_speaker_mentions(
    text: str, mentions: pd.DataFrame, entities: pd.DataFrame, quotes: pd.DataFrame
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Add the pronoun/nominal speaker mentions that quote attribution resolved.

    Every quote row whose ``speaker_entity_id`` is set and whose ``speaker_start``/
    ``speaker_end`` span is not already (inside) a mention becomes a mention of that
    entity, ``kind`` "pronoun" ("he") or "nominal" ("the ministry"); entity mention counts
    are recomputed. A speaker entity id the entities frame lacks gets a new row named after
    the quote's ``speaker``. Frames are rebuilt once from lists (this runs per article).
    """
    needed = ("speaker_entity_id", "speaker_start", "speaker_end")
    if len(quotes) == 0 or not set(needed) <= set(quotes.columns):
        return mentions, entities
    eids, q_starts, q_ends = (quotes[c].tolist() for c in needed)
    speakers = _tolist(quotes, "speaker") if "speaker" in quotes.columns else [None] * len(eids)
    spans = sorted(zip(mentions["start"].tolist(), mentions["end"].tolist()))
    span_starts = [a for a, _ in spans]
    # furthest end among the first k spans: "a mention starting before the speaker span's
    # end reaches into it" is one bisect and one look-up, not a scan per quote
    reach = list(accumulate((b for _, b in spans), max))
    labels = dict(zip(entities["entity_id"].tolist(), _tolist(entities, "label")))
    new: list[tuple[int, int, int, str | None]] = []  # start, end, entity id, quote speaker
    seen: set[tuple[int, int]] = set()
    for eid, start, end, speaker in zip(eids, q_starts, q_ends, speakers):
        if pd.isna(eid) or pd.isna(start) or pd.isna(end):
            continue
        start, end, eid = int(start), int(end), int(eid)
        if (start, end) in seen or end <= start:
            continue
        # already a mention, or a name mention lies inside the speaker span
        k = bisect_right(span_starts, end - 1)
        if k and reach[k - 1] > start:
            continue
        seen.add((start, end))
        new.append((start, end, eid, speaker if isinstance(speaker, str) else None))
    if not new:
        return mentions, entities

    columns = schema.columns("mentions")
    rows = {c: _tolist(mentions, c) for c in columns}
    extra_entities: dict[int, dict] = {}
    sentence_ids = _sentence_of(text, [n[0] for n in new])
    for (start, end, eid, speaker), sid in zip(new, sentence_ids):
        surface = text[start:end]
        pronoun = aliases.PRONOUNS.get(surface.lower())
        if eid not in labels:
            labels[eid] = "PERSON" if pronoun in ("male", "female") else "MISC"
            extra_entities[eid] = {"name": speaker or surface, "label": labels[eid],
                                   "gender": pronoun if pronoun in ("male", "female") else None}
        for column, value in (("mention_id", -1), ("start", start), ("end", end),
                              ("surface", surface), ("label", labels[eid]), ("entity_id", eid),
                              ("sentence_id", sid),
                              ("kind", "pronoun" if pronoun else "nominal"), ("title", None)):
            rows[column].append(value)
    order = sorted(range(len(rows["start"])), key=lambda k: (rows["start"][k], rows["end"][k]))
    rows = {c: [values[k] for k in order] for c, values in rows.items()}
    rows["mention_id"] = list(range(len(order)))
    rows = {c: [None if v is pd.NA else v for v in values] for c, values in rows.items()}

    counts: dict[int, int] = {}
    firsts: dict[int, int] = {}
    for eid, start in zip(rows["entity_id"], rows["start"]):
        counts[eid] = counts.get(eid, 0) + 1
        firsts.setdefault(eid, start)  # rows are in text order
    ent_cols = {c: _tolist(entities, c) for c in schema.columns("entities")}
    for eid, info in extra_entities.items():
        row = {"entity_id": eid, "mentions": 0, "first_start": firsts[eid], "aliases": None, **info}
        for column, values in ent_cols.items():
            values.append(row.get(column))
    ent_cols["mentions"] = [counts.get(e, 0) for e in ent_cols["entity_id"]]
    ent_cols["first_start"] = [firsts.get(e, f) for e, f in zip(ent_cols["entity_id"],
                                                               ent_cols["first_start"])]
    ent_cols = {c: [None if v is pd.NA else v for v in values] for c, values in ent_cols.items()}
    return schema.conform("mentions", rows), schema.conform("entities", ent_cols)
