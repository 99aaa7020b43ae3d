"""Quotes: who said what — direct, mixed and reported speech with speaker, verb and addressee.

:func:`extract` returns one row per quoted span (columns in :data:`analysis.schema.QUOTES`):

- ``direct``: the text between quotation marks, marks excluded. A quote split by its
  attribution ("“X,” she said, “Y.”") gives two rows with one ``utterance_id``; so does a
  quote continued over paragraphs (the continued paragraph opens with a mark, the
  previous one never closed).
- ``mixed``: a reported clause that embeds a quoted fragment ("told reporters that forces
  had made “significant progress” in recent days"); ``fragment_start``/``fragment_end``
  mark the fragment inside the row's span.
- ``indirect``: reported speech without marks ("Kyiv says ...", "..., the ministry said",
  "according to X, ...", "called on Y to ...", "..., saying ...").
- ``unattributed``: marks that are not speech (titles, scare quotes); no speaker.

How it works, in three passes over plain Python lists (no per-token pandas):

1. pair quotation marks paragraph by paragraph (apostrophes are not marks; single quotes
   inside double quotes are part of the outer quote);
2. find reporting cues (``lexicons/quotes_verbs.tsv``) outside quoted text, each with its
   subject (the noun phrase left of the verb, an inverted "said Mr X", an inherited
   subject for "but said"/", saying", or the name before an appositive) and addressee;
3. give each sentence-level quote the cue right after or right before it, turn the
   remaining cues into reported clauses, and resolve speakers with :mod:`analysis.aliases`
   against the article's mentions and entities (pronouns and "the minister" go to the
   nearest compatible earlier person).

>>> import analysis
>>> art = analysis.analyse(text="“We will rebuild,” Mayor Jane Smith said on Monday.")
>>> art.quotes[["quote", "kind", "speaker", "speaker_title", "verb"]].values.tolist()
[['We will rebuild,', 'direct', 'Jane Smith', 'Mayor', 'said']]
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd

from . import aliases, schema
from .paths import PACKAGE_DIR

VERBS_LEXICON = PACKAGE_DIR / "lexicons" / "quotes_verbs.tsv"

KINDS = ("direct", "mixed", "indirect", "unattributed")


@lru_cache(maxsize=1)
def reporting_verbs() -> dict[str, str]:
    """Reporting cues by lower-case form -> class (say, tell, participle, directive, ...).

    >>> reporting_verbs()["told"], reporting_verbs()["according to"]
    ('tell', 'according')
    """
    out: dict[str, str] = {}
    for line in VERBS_LEXICON.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            form, cls = line.split("\t")
            out[form.strip().lower()] = cls.strip()
    return out


# --------------------------------------------------------------------------- word classes

_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_TIME_NOUNS = {"week", "month", "year", "morning", "afternoon", "evening", "night", "weekend",
               "fortnight"}
_TIME_WORDS = {"yesterday", "today", "tonight", "overnight", "earlier", "later", "recently",
               "previously", "late"} | _WEEKDAYS
# Between a subject and its verb: auxiliaries and adverbs ("has also said", "on Tuesday said").
_SKIP_MID = {"has", "have", "had", "will", "would", "could", "may", "might", "should", "also",
             "already", "again", "then", "now", "still", "further", "repeatedly", "publicly",
             "reportedly", "separately", "previously", "recently", "earlier", "today",
             "yesterday", "is", "are", "was", "were", "does", "did", "do", "once", "often",
             "always", "never", "however", "though", "too", "just", "since"}
# Plain verbs of saying: their clause needs no finite verb ("says more needs to be done").
_SAY = {"say", "says", "said", "tell", "tells", "told"}
_BE = {"is", "are", "was", "were", "be", "been", "being", "'s", "\u2019s", "get", "got", "gets"}
_SUBJECT_PRONOUNS = {"he", "she", "they", "it", "we", "i", "who", "you"}
_NOUNISH = {"NNP", "NNPS", "NN", "NNS", "CD", "POS", "JJ", "JJS", "JJR", "PRP$", "NNP$"}
_NP_PREPS = {"of", "for", "from", "at", "in", "on", "near", "with"}
_FINITE = {"VBD", "VBZ", "VBP", "MD"}
# Heads of noun phrases that are not speakers ("70 per cent believed ...").
_NOT_SPEAKERS = {"cent", "percent", "%", "per", "number", "numbers", "majority", "minority",
                 "half", "third", "quarter", "rest"}
_VERB_TAGS = {"VB", "VBD", "VBZ", "VBP", "VBN", "VBG", "MD"}
_TRAIL = " \t.,;:!?\u2026-\u2013\u2014"
_OPEN_MARKS = "\u201c\u2018\"'"
_QUOTE_TOKENS = {"\u201c", "\u201d", "\u2018", "\u2019", '"', "'", "``", "''", "`"}
_STATEMENT = re.compile(
    r"\s*(?:in\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:statement|interview|speech|address|release|report|letter|post|tweet|video|"
    r"submission|briefing|message|column|op-ed)s?\b"
    r"|on\s+(?:Twitter|Facebook|Instagram|X|radio|television|TV|social\s+media|(?:his|her|its|their)\s+"
    r"(?:blog|website|podcast)))"
)
# A dateline before the first quote: "WASHINGTON (AP) — "
_DATELINE = re.compile(r"\s*[A-Z][A-Z .,'-]*(?:\([^()]{1,20}\))?\s*[\u2014\u2013-]+\s*$")

# A transcript turn: a paragraph that opens with "Name:" before the quote.
_LABEL = re.compile(
    r"\s*([A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})(?:\s*\([^()]{1,60}\))?\s*:\s*$"
)
_MARKS = re.compile("[\u201c\u201d\u2018\u2019\"']")
_ELISION = re.compile(r"(?:em|til|cause|n|round|bout|twas|tis)\b|\d", re.IGNORECASE)


# --------------------------------------------------------------------------- data


@dataclass
class _Sentence:
    sid: int
    pid: int
    start: int
    end: int
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    lower: list[str] = field(default_factory=list)
    pos: list[str] = field(default_factory=list)


@dataclass
class _Piece:
    """One quoted span: marks at ``open``/``close`` (``close`` None when never closed)."""

    open: int
    close: int | None
    start: int
    end: int
    paragraph: int
    continues: bool = False  # opens a paragraph that continues an unclosed quote
    unclosed: bool = False
    sentence_level: bool = False
    cue: _Cue | None = None
    label: tuple[int, int] | None = None  # transcript label span
    utterance: int = -1
    split_of: _Piece | None = None  # “A,” she said, “B”: B is split from A


@dataclass
class _Cue:
    sent: _Sentence
    vi: int  # first token of the cue
    vj: int  # last token of the cue
    cls: str
    subj: tuple[int, int] | None = None  # token range [a, b)
    subj_from: str = ""  # left | right | apposition | inherit
    addr: tuple[int, int] | None = None
    lo: int = 0  # first token of the attribution
    hi: int = 0  # last token of the attribution (verb, addressee, adjuncts, "that")
    used: bool = False
    parent: _Cue | None = None  # the cue whose subject this one inherits
    that: bool = False  # a complementiser "that" follows
    antecedent: tuple[int, int] | None = None  # what a relative "who" stands for (tokens)
    verb_end: int | None = None  # last token of the verb when the cue is longer

    @property
    def verb_span(self) -> tuple[int, int]:
        return self.sent.starts[self.vi], self.sent.ends[self.vj if self.verb_end is None else self.verb_end]


@dataclass
class _Speaker:
    speaker: str | None
    start: int | None
    end: int | None
    surface: str | None
    title: str | None
    entity_id: int | None


# --------------------------------------------------------------------------- 1. quotation marks


def _paragraphs(text: str, sentences: list[_Sentence]) -> list[tuple[int, int, int]]:
    spans: dict[int, list[int]] = {}
    for s in sentences:
        if s.pid in spans:
            spans[s.pid][1] = s.end
        else:
            spans[s.pid] = [s.start, s.end]
    out = []
    for pid, (a, b) in sorted(spans.items()):
        # extend to the whole line so marks after Punkt's last sentence are seen
        line_end = text.find("\n", b)
        out.append((a, len(text) if line_end < 0 else line_end, pid))
    return out


def quoted_spans(text: str, paragraphs: list[tuple[int, int, int]]) -> list[_Piece]:
    """Pair quotation marks into quoted pieces, paragraph by paragraph.

    Curly double marks pair by shape; straight ``"`` alternate. Single marks only count
    outside double quotes, and only when they cannot be apostrophes (it’s, 90s’, '90s,
    rock 'n' roll). A paragraph whose double quote never closes is spanned to its end and
    joined to the next paragraph's piece when that opens with a mark.
    """
    pieces: list[_Piece] = []
    carry: _Piece | None = None
    for p_start, p_end, pid in paragraphs:
        d_open: int | None = None
        s_open: int | None = None
        nested = 0  # straight double quotes nested in a straight double quote
        first = True
        marks = list(_MARKS.finditer(text, p_start, p_end))
        # straight double quotes after each mark (suffix counts: linear in the paragraph)
        straight_after = [0] * (len(marks) + 1)
        for mi in range(len(marks) - 1, -1, -1):
            straight_after[mi] = straight_after[mi + 1] + (marks[mi].group() == '"')
        for mi, m in enumerate(marks):
            pos, ch = m.start(), m.group()
            prev = text[pos - 1] if pos > p_start else " "
            nxt = text[pos + 1] if pos + 1 < p_end else " "
            at_start = not text[p_start:pos].strip()
            if ch in "\u201c\u201d\"":
                if d_open is None:
                    if ch == "\u201d" and not (at_start or (prev.isspace() and not nxt.isspace())):
                        continue  # a stray closing mark
                    if ch == '"' and nxt.isspace() and not prev.isspace() and not at_start:
                        continue
                    d_open, s_open = pos, None
                    continue
                if ch == '"' and text[d_open] == '"':
                    opener = (prev.isspace() or prev in "([") and (nxt.isalnum() or nxt == "'")
                    later = straight_after[mi + 1]
                    if opener and later >= 2:
                        nested += 1  # 'talk of that "super-commodities cycle" which ...'
                        continue
                    if nested and not opener:
                        nested -= 1
                        continue
                if ch == "\u201c":
                    # a new opening mark while one is open: the first was never closed
                    pieces.append(_Piece(d_open, None, d_open + 1, _rstrip(text, d_open + 1, pos),
                                         pid, unclosed=True))
                    d_open = pos
                    continue
                piece = _Piece(d_open, pos, d_open + 1, pos, pid)
                if first and carry is not None and not text[p_start:d_open].strip():
                    piece.continues = True
                pieces.append(piece)
                first = False
                carry = None
                d_open = None
                nested = 0
                continue
            if d_open is not None:
                continue  # single marks inside a double quote belong to it
            if ch in "\u2018'" and s_open is None:
                if prev.isalnum() or not (nxt.isalpha()) or _ELISION.match(text, pos + 1):
                    continue  # apostrophe: don't, '90s, 'n'
                s_open = pos
                continue
            if ch in "\u2019'" and s_open is not None:
                if prev.isspace() or nxt.isalnum():
                    continue  # it’s, farmers’ land
                piece = _Piece(s_open, pos, s_open + 1, pos, pid)
                pieces.append(piece)
                first = False
                s_open = None
        if d_open is not None:
            end = _rstrip(text, d_open + 1, p_end)
            piece = _Piece(d_open, None, d_open + 1, end, pid, unclosed=True)
            if first and carry is not None and not text[p_start:d_open].strip():
                piece.continues = True
            pieces.append(piece)
            carry = piece
        else:
            carry = None if not pieces or pieces[-1].paragraph != pid or not pieces[-1].unclosed \
                else pieces[-1]
    return [p for p in pieces if p.end > p.start]


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


# --------------------------------------------------------------------------- 2. cues


def _in_quote(pos: int, spans: list[tuple[int, int]]) -> bool:
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _find_cues(s: _Sentence, quoted: list[tuple[int, int]]) -> list[_Cue]:
    verbs = reporting_verbs()
    cues: list[_Cue] = []
    n = len(s.words)
    i = 0
    while i < n:
        w = s.lower[i]
        two = f"{w} {s.lower[i + 1]}" if i + 1 < n else ""
        if two in verbs:
            cls, j = verbs[two], i + 1
        elif w in verbs and (s.pos[i] in _VERB_TAGS or verbs[w] == "participle"
                             or _mistagged_verb(s, i)):
            cls, j = verbs[w], i
        else:
            i += 1
            continue
        if _in_quote(s.starts[i], quoted):
            i = j + 1
            continue
        if cls == "participle" and _after_be(s, i):
            cls = "say"  # "the group is saying ..."
        cue = _Cue(s, i, j, cls)
        if cls == "rejects":
            # "rejected claims that ...": the verb is the first word
            cue.cls, cue.verb_end = "say", i
        cues.append(cue)
        i = j + 1
    return cues


def _mistagged_verb(s: _Sentence, i: int) -> bool:
    """A verb form the tagger read as a plural noun: "management denies that ...",
    "... Co-operative says drought has ...", "Matt Waller, from X, reckons there'll be ..."."""
    if s.pos[i] not in {"NNS", "NN"} or i == 0 or i + 1 >= len(s.words):
        return False
    if s.pos[i - 1] not in {"NN", "NNP", "NNPS", "NNS", "PRP", ","}:
        return False
    if s.lower[i + 1] == "that":
        return True
    # a clause follows: its subject, then a finite verb within a few words
    if s.pos[i + 1] not in {"PRP", "DT", "NNP", "NNPS", "NN", "NNS", "EX", "CD", "JJ", "PRP$"}:
        return False
    return any(s.pos[k] in _FINITE for k in range(i + 2, min(len(s.words), i + 7)))


def _after_be(s: _Sentence, i: int) -> bool:
    k = i - 1
    while k >= 0 and s.pos[k] == "RB":
        k -= 1
    return k >= 0 and s.lower[k] in _BE


def _is_time(s: _Sentence, k: int) -> int:
    """How many tokens of a time adjunct end at token ``k`` (0 if none)."""
    w = s.lower[k]
    if w in _WEEKDAYS:
        return 2 if k > 0 and s.lower[k - 1] == "on" else 1
    if w in _TIME_WORDS:
        return 1
    if w in _TIME_NOUNS and k > 0 and s.lower[k - 1] in {"last", "this", "next"}:
        extra = 1 if k > 1 and s.lower[k - 2] in {"earlier", "later"} else 0
        return 2 + extra
    return 0


def _skip_left(s: _Sentence, j: int, lo: int) -> int:
    """Step left over auxiliaries, adverbs, time adjuncts and a parenthesis ("(AWI)")."""
    while j >= lo:
        w, p = s.lower[j], s.pos[j]
        t = _is_time(s, j)
        if t:
            j -= t
            continue
        if w in _SKIP_MID or (p == "RB" and w not in {"not", "n't"}):
            j -= 1
            continue
        if w == ")":
            k = j - 1
            while k >= lo and s.words[k] != "(" and j - k < 8:
                k -= 1
            if k >= lo and s.words[k] == "(":
                j = k - 1
                continue
        break
    return j


def _left_np(s: _Sentence, i: int, lo: int) -> tuple[int, int] | None:
    """The subject noun phrase ending left of token ``i`` (skipping auxiliaries, adverbs, time).

    Prepositional affiliations stay in the phrase ("Tony Williams from Mt Barry Station
    near Oodnadatta", "stud breeders in the cattle industry"); the resolver trims them.
    """
    j = _skip_left(s, i - 1, lo)
    if j < lo:
        return None
    w, p = s.lower[j], s.pos[j]
    if w in _SUBJECT_PRONOUNS and p in {"PRP", "WP"} or w == "which" and p == "WDT":
        return (j, j + 1)
    if p not in _NOUNISH or w in _QUOTE_TOKENS or p == "JJ" or w in _NOT_SPEAKERS:
        return None
    a = j
    k = j - 1
    while k >= lo:
        w, p = s.lower[k], s.pos[k]
        if w in _QUOTE_TOKENS or _is_time(s, k) and p != "NNP":
            break
        if p in _NOUNISH or (w in {"&", "-", "and"} and k > lo and s.words[k - 1][:1].isupper()
                             and s.pos[k + 1] in {"NNP", "NNPS"}) \
                or (p == "VBG" and k > lo and s.pos[k - 1] in {"NN", "NNS"}
                    and s.pos[k + 1] in {"NN", "NNS"}):  # "grain growing region"
            a = k
            k -= 1
            continue
        if w in {"of", "for"} and k > lo and s.words[k - 1][:1].isupper() and s.words[k + 1][:1].isupper():
            a = k  # "Secretary of State", "Minister for Agriculture"
            k -= 1
            continue
        if w in _NP_PREPS and k > lo and s.pos[k - 1] in {"NNS", "NN", "NNP", "NNPS"} \
                and (s.words[k + 1][:1].isupper() or s.pos[k + 1] in {"DT", "JJ", "NN", "NNS"}):
            a = k  # "Ross Hendy from Tankworld in north-west Victoria"
            k -= 1
            continue
        if p == "DT" and w in {"the", "a", "an", "this", "that", "these", "those"}:
            a = k
            # "stud breeders in the cattle industry": a preposition inside the phrase
            if k - 2 >= lo and s.lower[k - 1] in _NP_PREPS and s.pos[k - 2] in {"NNS", "NN", "NNP", "NNPS"}:
                k -= 2
                a = k
                k -= 1
                continue
            break
        break
    # the phrase may not start with a preposition
    while a <= j and s.lower[a] in _NP_PREPS:
        a += 1
    if a > j:
        return None
    return (a, j + 1)


def _right_np(s: _Sentence, k: int, hi: int, stop_time: bool = True) -> tuple[int, int] | None:
    """A noun phrase starting at token ``k`` (addressee, inverted subject)."""
    if k >= hi:
        return None
    a = k
    if s.pos[k] in {"DT", "PRP$"} or s.lower[k] in {"the", "a", "an"}:
        k += 1
    elif s.lower[k] in _SUBJECT_PRONOUNS | {"him", "her", "them", "us", "me"} and s.pos[k] == "PRP":
        return (k, k + 1)
    b = k
    while b < hi and s.lower[b] not in _QUOTE_TOKENS:
        if stop_time and _is_time(s, b) == 1:
            break
        if s.pos[b] in _NOUNISH - {"PRP$"}:
            b += 1
            continue
        # "the Wine and Brandy Corporation", "Department of Primary Industries"
        if s.lower[b] in {"and", "of", "&", "for"} and b > k and b + 1 < hi \
                and s.words[b - 1][:1].isupper() and s.words[b + 1][:1].isupper():
            b += 1
            continue
        break
    if b == k:
        return None
    return (a, b)


def _attach(text: str, cues: list[_Cue], quote_tokens: set[int]) -> list[_Cue]:
    """Give each cue its subject, addressee and attribution extent; drop cues with no subject."""
    out: list[_Cue] = []
    for c in cues:
        s, n = c.sent, len(c.sent.words)
        prev = out[-1] if out else None
        lo = prev.hi + 1 if prev is not None else 0
        # a quote mark or an earlier cue bounds the subject search
        floor = lo
        for k in range(c.vi - 1, lo - 1, -1):
            if k in quote_tokens:
                floor = k + 1
                break
        # passive ("was told", "is said"): not the subject speaking
        if c.cls in {"say", "tell"} and s.pos[c.vi] in {"VBN", "VBD"} and _after_be(s, c.vi):
            continue
        if c.cls == "according":
            np = _right_np(s, c.vj + 1, n, stop_time=False)
            # a source, not a criterion: "grading crocodiles according to size"
            if np is None or (np[1] - np[0] == 1 and s.pos[np[0]] == "NN"):
                continue
            b = np[1]
            # "according to new figures from the Wine and Brandy Corporation"
            while b < n and s.lower[b] in {"from", "by", "of", "at"}:
                more = _right_np(s, b + 1, n, stop_time=False)
                if more is None:
                    break
                np, b = (more if s.lower[b] in {"from", "by"} else (np[0], more[1])), more[1]
            c.subj, c.subj_from, c.lo, c.hi = np, "right", c.vi, b - 1
            # "According to official data released on Thursday, CLAUSE": the source runs
            # to the comma
            if c.vi == 0 or s.words[c.vi - 1] in {",", "``", "\u201c"}:
                comma = next((k for k in range(b, min(n, b + 10)) if s.words[k] == ","), None)
                if comma is not None:
                    c.hi = comma
            out.append(c)
            continue
        if c.cls == "participle":
            comma = c.vi - 1
            parent = prev if prev is not None and prev.vi < c.vi else None
            has_comma = comma >= 0 and s.words[comma] == ","
            if not has_comma and parent is None:
                continue
            if parent is None:
                np = _left_np(s, _first_verb(s, 0, comma), 0) if comma > 0 else None
                if np is None:
                    continue
                c.subj, c.subj_from = np, "left"
            else:
                c.parent, c.subj, c.subj_from, c.addr = parent, parent.subj, "inherit", parent.addr
            c.lo, c.hi = (comma if has_comma else c.vi), c.vj
        else:
            np = _relative_subject(s, c.vi, floor) or _left_np(s, c.vi, floor)
            before = _skip_left(s, c.vi - 1, floor)
            if np is not None and np[0] - 1 > floor and s.words[np[0] - 1] == "," \
                    and s.words[np[0]][:1].islower() and s.pos[np[0]] in {"NN", "NNS", "JJ"}:
                # "Mark Boyd, general manager of Tropical Pines, said": the name, not the role
                named = _left_np(s, np[0] - 1, floor)
                if named is not None and sum(s.pos[t] == "NNP" for t in range(*named)) >= 2 \
                        and not (named[0] > 0 and s.pos[named[0] - 1] == "IN"):
                    np = named
            if np is not None:
                c.subj, c.subj_from = np, "left"
                c.lo = np[0]
                if np[1] - np[0] == 1 and s.lower[np[0]] in {"who", "which"}:
                    # "Richard Hobbs at Clear Lake, who says ...": the phrase before "who"
                    j = np[0] - 1 if np[0] > floor and s.words[np[0] - 1] == "," else np[0]
                    c.antecedent = _left_np(s, j, floor)
            elif before >= 0 and s.lower[before] in {"but", "and"}:
                # "told reporters that A but said B": the shared subject; with no earlier
                # cue, the main clause's ("AWI will not go into detail, but says ...")
                if prev is not None:
                    c.parent, c.subj, c.subj_from = prev, prev.subj, "inherit"
                else:
                    np = _left_np(s, _first_verb(s, 0, before), 0)
                    if np is None:
                        continue
                    c.subj, c.subj_from = np, "left"
                c.lo = before
            elif before >= 0 and (s.words[before] in {",", "''", "\u201d", '"'}
                                  or s.lower[before] in _QUOTE_TOKENS):
                # (auxiliaries skipped: "The Prime Minister, John Howard, has pledged ...")
                right = _right_np(s, c.vj + 1, n) if before == c.vi - 1 else None
                comma = s.words[before] == ","
                appo = _apposition(s, before, floor) if comma else None
                before_comma = _left_np(s, before, floor) if comma else None
                if appo is not None:
                    c.subj, c.subj_from, c.lo = appo, "apposition", appo[0]
                elif right is not None and _ends_clause(s, right[1]):
                    # "..., said Mr Smith."
                    c.subj, c.subj_from, c.lo = right, "right", c.vi
                elif before_comma is not None and not _ends_clause(s, c.vj + 1) \
                        and any(s.pos[t] in {"NNP", "NNPS"} for t in range(*before_comma)):
                    # "participant Joanne Farey from Anglesea, says it has helped her"
                    c.subj, c.subj_from, c.lo = before_comma, "left", before_comma[0]
                else:
                    continue
            else:
                continue
            c.hi = c.vj if c.subj_from != "right" else c.subj[1] - 1
        # addressee
        k = c.hi + 1
        if c.cls in {"tell", "directive"} and c.subj_from != "right":
            addr = _right_np(s, k, n)
            if addr is not None and c.cls == "directive":
                # "called on the West and United States to ...", "members of the WTO to ..."
                b = addr[1]
                while b < n and b - addr[0] < 12 and s.lower[b] not in {"to", "not"} \
                        and s.pos[b] not in _VERB_TAGS:
                    b += 1
                if b < n and s.lower[b] in {"to", "not"}:
                    addr = (addr[0], b)
            if addr is not None and s.lower[addr[0]] not in {"that"}:
                c.addr = addr
                k = addr[1]
        # adjuncts after the verb: time, "in a statement", then "that"
        while k < n:
            t = _time_ahead(s, k)
            if t:
                k += t
                continue
            m = _STATEMENT.match(text, s.starts[k])
            if m:
                k = _token_index(s, m.end())
                continue
            break
        # "that" as complementiser, not as the clause's subject ("denies that is because")
        if k < n and s.lower[k] == "that" and s.pos[k] in {"IN", "WDT", "DT"} \
                and not (k + 1 < n and s.pos[k + 1] in {"VBZ", "VBD", "MD"}):
            k += 1
            c.that = True
        c.hi = max(c.hi, k - 1)
        out.append(c)
    return out


def _time_ahead(s: _Sentence, k: int) -> int:
    n = len(s.words)
    w = s.lower[k]
    if w == "on" and k + 1 < n and s.lower[k + 1] in _WEEKDAYS:
        return 2
    if w in _TIME_WORDS:
        return 1
    if w in {"last", "this", "next"} and k + 1 < n and s.lower[k + 1] in _TIME_NOUNS:
        return 2
    return 0


def _first_verb(s: _Sentence, a: int, b: int) -> int:
    for k in range(a, b):
        if s.pos[k] in _FINITE:
            return k
    return b


def _ends_clause(s: _Sentence, k: int) -> bool:
    return k >= len(s.words) or s.words[k] in {".", ",", "!", "?", ";", ":"}


def _relative_subject(s: _Sentence, i: int, floor: int) -> tuple[int, int] | None:
    """"Neil Simpson who has planted 1,500 hectares at Berriwillock says ...": the name
    before an unbracketed relative clause is the subject of the verb at ``i``."""
    for k in range(i - 2, floor, -1):
        if s.words[k] in {",", ";"} or s.lower[k] in reporting_verbs():
            return None
        if s.lower[k] == "who" and s.pos[k] == "WP":
            if not any(s.pos[t] in _FINITE for t in range(k + 1, i)):
                return None
            np = _left_np(s, k, floor)
            if np is not None and s.pos[np[1] - 1] in {"NNP", "NNPS"}:
                return np
            return None
    return None


def _apposition(s: _Sentence, comma: int, floor: int) -> tuple[int, int] | None:
    """The speaker of "NAME, APPOSITIVE, says" or "DESCRIPTION, NAME, says".

    "Rob Loughnan, from the saleyard's board, says" -> Rob Loughnan; "The group's chairman,
    Australian Trade Minister Mark Vaile, says" -> the name between the commas.
    """
    for k in range(comma - 1, max(floor, comma - 14) - 1, -1):
        if s.words[k] != ",":
            continue
        inner = range(k + 1, comma)
        starts_rel = s.lower[k + 1] in {"who", "which"} if k + 1 < comma else False
        if not starts_rel and any(s.pos[t] in _FINITE for t in inner):
            return None
        outer = _left_np(s, k, floor)
        named = _left_np(s, comma, k + 1)
        descriptive = outer is None or not s.words[outer[1] - 1][:1].isupper() or (
            s.words[outer[0]][:1].islower() or s.pos[outer[0]] == "DT")
        if named == (k + 1, comma) and any(s.pos[t] == "NNP" for t in inner) and descriptive:
            return named
        if outer is None or not any(s.pos[t] in {"NNP", "NNPS"} for t in range(*outer)):
            return None
        return outer
    return None


# --------------------------------------------------------------------------- 3. attribution


def _token_index(s: _Sentence, pos: int) -> int:
    """Index of the first token starting at or after ``pos``."""
    return bisect.bisect_left(s.starts, pos)


def extract(
    text: str,
    sentences: pd.DataFrame,
    tokens: pd.DataFrame,
    mentions: pd.DataFrame,
    entities: pd.DataFrame,
) -> pd.DataFrame:
    """One row per quoted span (direct, mixed, indirect or unattributed), in text order.

    >>> import analysis
    >>> art = analysis.analyse(text="Kyiv says it has retaken 6,000 square kilometres.")
    >>> art.quotes[["quote", "kind", "speaker", "verb"]].values.tolist()
    [['it has retaken 6,000 square kilometres', 'indirect', 'Kyiv', 'says']]
    """
    sents = _sentences(text, sentences, tokens)
    if not sents:
        return schema.empty("quotes")
    paragraphs = _paragraphs(text, sents)
    pieces = quoted_spans(text, paragraphs)
    quoted = sorted((p.start, p.end) for p in pieces)
    sent_starts = [s.start for s in sents]

    # tokens that are quotation marks or inside quotes bound subject searches
    cues_by_sent: dict[int, list[_Cue]] = {}
    for s in sents:
        raw = _find_cues(s, quoted)
        if not raw:
            continue
        quote_tokens = {k for k, w in enumerate(s.words) if w in _QUOTE_TOKENS or _in_quote(s.starts[k], quoted)}
        cues_by_sent[s.sid] = _attach(text, raw, quote_tokens)

    _attribute_pieces(text, sents, sent_starts, pieces, cues_by_sent)
    clauses = _clauses(pieces, cues_by_sent)
    return _rows(text, sents, sent_starts, pieces, clauses, mentions, entities)


_tolist = schema.column_list


def _sentences(text: str, sentences: pd.DataFrame, tokens: pd.DataFrame) -> list[_Sentence]:
    out = [
        _Sentence(int(sid), int(pid), int(a), int(b))
        for sid, pid, a, b in zip(sentences["sentence_id"].tolist(), sentences["paragraph_id"].tolist(),
                                  sentences["start"].tolist(), sentences["end"].tolist())
    ]
    by_id = {s.sid: s for s in out}
    pos = _tolist(tokens, "pos") if "pos" in tokens.columns else [None] * len(tokens)
    s = None
    # words are sliced from the text: cheaper than converting the string column
    for sid, a, b, p in zip(tokens["sentence_id"].tolist(), tokens["start"].tolist(),
                            tokens["end"].tolist(), pos):
        if s is None or s.sid != sid:
            s = by_id.get(sid)
            if s is None:
                continue
        w = text[a:b]
        s.starts.append(a)
        s.ends.append(b)
        s.words.append(w)
        s.lower.append(w.lower())
        s.pos.append(p if isinstance(p, str) else "NN")
    return out


def _attribute_pieces(text: str, sents: list[_Sentence], sent_starts: list[int],
                      pieces: list[_Piece], cues_by_sent: dict[int, list[_Cue]]) -> None:
    """Decide which quoted pieces are sentence-level quotes and find their attribution."""
    prev_close = -1
    prev_piece: _Piece | None = None
    para_starts: dict[int, int] = {}
    for s in sents:
        para_starts.setdefault(s.pid, s.start)
    for p in pieces:
        so = sents[max(0, bisect.bisect_right(sent_starts, p.open) - 1)]
        end_mark = p.close if p.close is not None else p.end
        sc_i = max(0, bisect.bisect_right(sent_starts, max(end_mark - 1, p.start)) - 1)
        sc = sents[sc_i]
        para_start = para_starts[p.paragraph]
        lo = max(so.start, prev_close + 1) if prev_close >= so.start else so.start
        prefix = text[lo:p.open]
        # the cue right before the opening mark ("X said: “...”", "“A,” she said, “B.”")
        pre_cue = None
        for c in cues_by_sent.get(so.sid, []):
            if c.cls == "participle" or c.used and (prev_piece is None or prev_piece.cue is not c):
                continue
            if c.sent.ends[c.hi] <= p.open and not text[c.sent.ends[c.hi]:p.open].strip(" ,:\u2014-"):
                pre_cue = c
        label = _LABEL.match(text, para_start, p.open) if lo == para_start or so.start == para_start else None
        p.sentence_level = (
            p.continues
            or not prefix.strip()
            or _DATELINE.match(prefix) is not None
            or pre_cue is not None
            or label is not None
        )
        if not p.sentence_level:
            prev_close = p.close if p.close is not None else p.end
            prev_piece = p
            continue
        # the cue right after the closing mark ("“...,” Blinken said.")
        post_cue = None
        if p.close is not None:
            # Punkt may end the sentence at '?"' and start a new one at 'he said.'
            k = sc_i + 1
            following = cues_by_sent.get(sents[k].sid, []) if k < len(sents) \
                and not text[p.close + 1:sents[k].start].strip() else []
            for c in cues_by_sent.get(sc.sid, []) + following:
                if c.used:
                    continue
                a = c.sent.starts[c.lo]
                if a > p.close and not text[p.close + 1:a].strip(" ,\u2014-"):
                    post_cue = c
                    break
                if a > p.close:
                    break
        if post_cue is not None and not _closes_sentence(post_cue):
            post_cue = None
        split = (
            pre_cue is not None and prev_piece is not None and prev_piece.cue is pre_cue
        )
        if split:
            p.cue = pre_cue
            p.split_of = prev_piece
        elif post_cue is not None:
            p.cue = post_cue
            post_cue.used = True
        elif pre_cue is not None:
            p.cue = pre_cue
            pre_cue.used = True
        elif label is not None:
            p.label = (label.start(1), label.end(1))
        prev_close = p.close if p.close is not None else p.end
        prev_piece = p


def _closes_sentence(c: _Cue) -> bool:
    """The attribution after a quote ends its clause ("Blinken said." / "he said, “B”")."""
    s = c.sent
    k = c.hi + 1
    return k >= len(s.words) or s.words[k] in {".", ",", "!", "?", ";", ":", "''", "``", "\u201c", '"'} \
        or s.lower[k] in {"on", "in", "at", "after", "before", "during", "when", "while", "as", "and", "but"} \
        or s.pos[k] in {"IN", "CC", "``"}


@dataclass
class _Clause:
    cue: _Cue
    start: int
    end: int
    utterance_with: _Clause | None = None
    fragment: tuple[int, int] | None = None
    needs_fragment: bool = False  # "calls Korea a “very different situation”"


def _clauses(pieces: list[_Piece], cues_by_sent: dict[int, list[_Cue]]) -> list[_Clause]:
    """Reported clauses of the cues no quote took."""
    out: list[_Clause] = []
    for cues in cues_by_sent.values():
        if all(c.used for c in cues):
            continue
        s = cues[0].sent
        n = len(s.words)
        for idx, c in enumerate(cues):
            if c.used:
                continue
            nxt = cues[idx + 1] if idx + 1 < len(cues) else None
            end = nxt.lo if nxt is not None and nxt.lo > c.hi else n
            if c.subj is not None and s.lower[c.subj[0]] in {"who", "which"}:
                # "X, who predicts the weather months ahead, reckons ...": the relative
                # clause ends at its comma
                end = next((k for k in range(c.hi + 1, end) if s.words[k] == ","), end)
            fwd = _trim(s, c.hi + 1, end)
            after = s.words[c.hi + 1] if c.hi + 1 < n else "."
            # backward clause: "CLAUSE, X said." (the attribution follows a comma and
            # closes the clause, or interrupts it: "A, he said, B")
            back = None
            relative = c.subj is not None and s.lower[c.subj[0]] in {"who", "which"}
            if c.subj_from in {"left", "apposition", "right"} and c.cls != "participle" \
                    and not relative and (fwd is None or after in {",", ".", "!", "?", ";"}):
                comma = c.lo - 1 if c.subj_from != "right" else c.vi - 1
                prev = cues[idx - 1] if idx > 0 else None
                b_lo = prev.hi + 1 if prev is not None else 0
                # an unused earlier cue's own clause runs up to here
                if comma > b_lo and s.words[comma] == "," and (prev is None or prev.used):
                    back = _trim(s, b_lo, comma)
                    if back is not None and (s.words[_token_index(s, back[0])][:1] in _OPEN_MARKS
                                             or not _has_finite(s, *back)):
                        back = None  # "Also in the video, Zelenskyy claimed ...": not a clause
            if back is not None:
                bc = _Clause(c, *back)
                out.append(bc)
                if fwd is not None and after == "," and fwd[1] - fwd[0] > 3:
                    out.append(_Clause(c, *fwd, utterance_with=bc))
                continue
            if fwd is None or c.subj_from == "right" and c.cls != "according":
                continue  # an inverted attribution ("..., said Jones, a teacher") ends its clause
            first = s.lower[_token_index(s, fwd[0])]
            if c.cls in {"directive", "commissive"}:
                if first in {"to", "not"}:
                    out.append(_Clause(c, *fwd))
                continue
            if c.cls == "name":
                # "calls Korea a “very different situation” to Japan, which ...": the
                # naming clause ends before a non-restrictive relative clause
                for k in range(_token_index(s, fwd[0]), _token_index(s, fwd[1])):
                    if s.words[k] == "," and k + 1 < n and s.lower[k + 1] in {"which", "who"}:
                        fwd = _trim(s, _token_index(s, fwd[0]), k) or fwd
                        break
                out.append(_Clause(c, *fwd, needs_fragment=True))
                continue
            # "told farmers to ..." is a directive; "asked growers to ..." is not reported
            directive = (c.cls == "tell" and c.addr is not None and first in {"to", "not"}
                         and s.lower[c.vi] not in {"asked", "ask", "asks"})
            plain_say = s.lower[c.vi] in _SAY and first != "to"
            if not (directive or plain_say or c.that or _has_finite(s, *fwd)):
                continue  # "announced a $10 million project": no content clause
            out.append(_Clause(c, *fwd))
    # a clause stops before a sentence-level quote (that quote has its own row)
    whole = [(p.open, p.close + 1 if p.close is not None else p.end) for p in pieces
             if p.sentence_level]
    kept = []
    for cl in out:
        for a, b in whole:
            if a < cl.end and cl.start < b:
                s = cl.cue.sent
                cut = _trim(s, _token_index(s, cl.start), _token_index(s, a)) if cl.start < a else None
                if cut is None:
                    break
                cl.start, cl.end = cut
        else:
            kept.append(cl)
    out = kept
    # fragments inside clauses -> mixed
    frags = [p for p in pieces if not p.sentence_level]
    for cl in out:
        for p in frags:
            close = p.close if p.close is not None else p.end
            if cl.start <= p.open and close < cl.end + 1:
                # the first fragment is marked; every fragment is part of the clause
                cl.fragment = cl.fragment or (p.start, p.end)
                p.utterance = -2  # absorbed
            elif p.open < cl.end and cl.start < close:
                p.utterance = -2  # marks straddling the clause: no row of their own
    return [cl for cl in out if cl.fragment is not None or not cl.needs_fragment]


def _has_finite(s: _Sentence, a: int, b: int) -> bool:
    i, j = _token_index(s, a), _token_index(s, b)
    return any(s.pos[k] in _FINITE for k in range(i, j))


def _trim(s: _Sentence, i: int, j: int) -> tuple[int, int] | None:
    """Character span of tokens ``i..j-1`` without edge punctuation and conjunctions."""
    n = len(s.words)
    j = min(j, n)
    while i < j and (s.words[i] in {",", ":", ";", "-", "--", "\u2014"} or s.lower[i] == "that" and i == 0):
        i += 1
    while j > i and (s.words[j - 1] in {",", ".", ";", ":", "!", "?", "-", "--", "\u2014", "\u2013", "..."}
                     or s.lower[j - 1] in {"but", "and", "while", "although"}):
        j -= 1
    if sum(any(ch.isalnum() for ch in w) for w in s.words[i:j]) < 2:
        return None  # not a clause: fewer than two words
    return s.starts[i], s.ends[j - 1]


# --------------------------------------------------------------------------- speakers


_AFFILIATION = {"from", "at", "near", "in", "with", "of", "for", "on"}
_NAME_GLUE = {"of", "and", "&", "for", "de", "van", "von", "der", "du", "la", "le", "al", "bin"}
_WORD = re.compile(r"\S+")
# Last words of organisations' names, never of a person's
_ORG_HEADS = {"Company", "Council", "Association", "Group", "Federation", "Commission", "Authority",
              "Board", "Corporation", "Department", "Service", "Services", "Industries",
              "University", "Institute", "Bank", "Limited", "Ltd", "Inc", "Club", "Society",
              "Union", "Party", "Network", "Alliance", "Office", "Agency", "Centre", "Center",
              "Committee", "Trust", "Foundation", "Government", "Ministry", "Bureau"}
# "Climatologist", "Grazier", "Economist", "Pastor": a role, not a first name
_ROLE_ENDINGS = ("ist", "ier", "er", "or", "ian", "ant", "man", "woman")


def _ends_in_name(toks: list[tuple[int, int, str]]) -> bool:
    """The words end in a name: two capitalised words ("Tony Williams", "Dr Curran") or a
    first name; not a bare title ("Parliamentary Secretary") or a plural ("Farmers")."""
    last = toks[-1][2]
    if not last[:1].isupper() or _is_title_word(last):
        return False
    return (len(toks) >= 2 and toks[-2][2][:1].isupper()) or _gender(last) is not None


def _is_title_word(word: str) -> bool:
    """"Secretary", "Minister": a job title on its own (per the aliases title lexicon)."""
    return not aliases.split_title(f"the {word}")[1]


def name_span(text: str, a: int, b: int) -> tuple[str | None, int, int]:
    """``(title, name_start, name_end)`` of the speaker inside an attribution phrase.

    Affiliations ("Tony English from the Wild Animal Working Group", "Livestock Australia's
    Patrick Underwood") and roles written in lower case ("real estate agent Jim Hickey") are
    not part of the name; job titles are split by :func:`analysis.aliases.split_title`.

    >>> t = "Broken Hill real estate agent Jim Hickey"
    >>> title, a, b = name_span(t, 0, len(t)); title, t[a:b]
    ('Broken Hill real estate agent', 'Jim Hickey')
    >>> t = "Tony Williams from Mt Barry Station near Oodnadatta"
    >>> name_span(t, 0, len(t))[1:]
    (0, 13)
    """
    toks = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, a, b)]
    if not toks:
        return None, a, b
    if not toks[-1][2][:1].isupper():
        # no name: a bare title ("the minister") or a description ("a spokeswoman for the
        # bank", "Ukraine’s government")
        title, name, _ = aliases.split_title(text[a:b])
        return (title, b, b) if title and not name else (None, a, b)
    # 1. an affiliation after a name: cut at the preposition
    for i in range(1, len(toks)):
        if toks[i][2].lower() in _AFFILIATION and _ends_in_name(toks[:i]) \
                and not (toks[i][2].lower() in {"of", "for"} and i + 1 < len(toks)
                         and toks[i + 1][2][:1].isupper()):
            # (not after a bare title: "Parliamentary Secretary for water policy ...")
            toks = toks[:i]
            break
    # 2. an organisation's person: "the association's Martin Oppenheimer"
    for i in range(len(toks) - 1):
        word = toks[i][2]
        if word.endswith(("'s", "\u2019s", "s'", "s\u2019")) and toks[i + 1][2][:1].isupper() \
                and toks[-1][2][:1].isupper() and _gender(toks[i + 1][2]) is not None:
            toks = toks[i + 1:]
            break
    lead = toks[0][0]
    title, name, off = aliases.split_title(text[lead:toks[-1][1]])
    if title and not name:
        return title, toks[-1][1], toks[-1][1]
    start = lead + off
    toks = [t for t in toks if t[0] >= start]
    # 3. a lower-case role before the name: "water policy Malcolm Turnbull"
    k = len(toks)
    while k > 0 and (toks[k - 1][2][:1].isupper()
                     or toks[k - 1][2].lower() in _NAME_GLUE and 1 < k < len(toks)):
        k -= 1
    if 0 < k < len(toks) and toks[k][2][:1].isupper() and toks[k - 1][2].lower() not in {"the"}:
        role = text[lead:toks[k - 1][1]]
        title = f"{title} {role[len(title) if title and role.startswith(title) else 0:].strip()}".strip() \
            if title else role
        toks = toks[k:]
    # 4. a role before a first name: "Climatologist Sam Cleland", "Member for Mallee John
    # Forrest" (not inside an organisation's name: "the Wine and Brandy Corporation")
    if len(toks) >= 3 and _gender(toks[0][2]) is None and toks[0][2] != "The":
        for i in range(1, len(toks) - 1):
            rest = toks[i:]
            if not (2 <= len(rest) <= 3 and all(t[2][:1].isupper() for t in rest)) \
                    or rest[-1][2] in _ORG_HEADS or toks[i - 1][2].lower() in _NAME_GLUE:
                continue
            if _gender(toks[i][2]) is not None or (
                    i == 1 and toks[0][2].lower().endswith(_ROLE_ENDINGS)
                    and aliases.demonym_singular(toks[0][2]) is None):
                title = text[lead:toks[i - 1][1]]
                toks = rest
                break
    return title, toks[0][0], toks[-1][1]


class _Resolver:
    """Turn attribution surfaces into canonical speakers, in text order."""

    def __init__(self, text: str, sents: list[_Sentence], mentions: pd.DataFrame,
                 entities: pd.DataFrame, quoted: list[tuple[int, int]]):
        self.text = text
        self.entities = entities
        self.quoted = quoted
        self.sents = sents
        self.sent_starts = [x.start for x in sents]
        self.names: dict[int, str] = {}
        self.labels: dict[int, str] = {}
        if len(entities):
            for eid, name, label in zip(entities["entity_id"].tolist(), _tolist(entities, "name"),
                                        _tolist(entities, "label")):
                self.names[int(eid)] = str(name)
                self.labels[int(eid)] = str(label)
        self.genders: dict[int, str] = {}
        if len(entities) and "gender" in entities.columns:
            for eid, g in zip(entities["entity_id"].tolist(), _tolist(entities, "gender")):
                if isinstance(g, str):
                    self.genders[int(eid)] = g
        self.mentions: list[tuple[int, int, str, int]] = []
        titles: dict[int, str] = {}
        if len(mentions):
            mention_titles = _tolist(mentions, "title") if "title" in mentions.columns \
                else [None] * len(mentions)
            for a, b, label, eid, title in zip(mentions["start"].tolist(), mentions["end"].tolist(),
                                               _tolist(mentions, "label"),
                                               mentions["entity_id"].tolist(), mention_titles):
                if pd.isna(eid):
                    continue
                self.mentions.append((int(a), int(b), str(label), int(eid)))
                if isinstance(title, str):
                    titles[int(a)] = title
        self.mentions.sort()
        self.mention_starts = [m[0] for m in self.mentions]
        # people the article names: (start, name, entity_id, gender, title)
        self.people: list[tuple[int, str, int | None, str | None, str | None]] = []
        for a, b, label, eid in self.mentions:
            if label == "PERSON" and not _in_quote(a, quoted):
                name = self.names.get(eid, text[a:b])
                self.people.append((a, name, eid, self.genders.get(eid) or _gender(name),
                                    titles.get(a)))
        self.people.sort(key=lambda t: t[0])
        # every person named anywhere (quotes included), for surname -> full name
        self.person_names: list[tuple[int, str]] = [
            (a, aliases.split_title(self.names.get(eid, text[a:b]))[1] or text[a:b])
            for a, b, label, eid in self.mentions if label == "PERSON"
        ]
        self.orgs: list[tuple[int, str, int | None]] = [
            (a, self.names.get(eid, text[a:b]), eid) for a, b, label, eid in self.mentions
            if label in {"ORG", "GPE", "NORP"}
        ]
        # look-up indexes for _earlier_alias, built on first use and kept current
        self._people_index: dict[str, tuple[str, list[int]]] = {}
        self._people_count = -1
        self._orgs_index: dict[str, list[tuple[int, int]]] = {}
        self._orgs_count = 0
        self._alias_memo: dict[tuple[str, str, str], bool] = {}

    def mentions_in(self, a: int, b: int) -> list[tuple[int, int, str, int]]:
        """Mentions overlapping ``[a, b)`` (mentions are sorted; no mention is 300+ chars)."""
        hi = bisect.bisect_left(self.mention_starts, b)
        lo = bisect.bisect_left(self.mention_starts, a - 300)
        return [m for m in self.mentions[lo:hi] if m[1] > a]

    def mention_at(self, a: int, b: int) -> tuple[int, int, str, int] | None:
        """The longest mention overlapping ``[a, b)``."""
        best = None
        for m in self.mentions_in(a, b):
            if best is None or (m[1] - m[0]) > (best[1] - best[0]):
                best = m
        return best

    def resolve(self, a: int, b: int, antecedent: tuple[int, int] | None = None) -> _Speaker:
        """The speaker named by ``text[a:b]``; ``antecedent`` is the phrase a "who" stands for."""
        text = self.text
        surface = text[a:b]
        low = surface.lower()
        if low in {"who", "which"} and antecedent is not None:
            people = [p for p in self.people if antecedent[0] <= p[0] < antecedent[1]]
            if people:
                return _Speaker(people[-1][1], a, b, surface, people[-1][4], people[-1][2])
            named = self.resolve(*antecedent)
            return _Speaker(named.speaker, a, b, surface, named.title, named.entity_id)
        if low in {"he", "she", "they", "it", "we", "i", "you", "who"}:
            return self._pronoun(a, b, low)
        inner = [m for m in self.mentions_in(a, b)
                 if m[2] == "PERSON" and a < m[0] and m[1] <= b and b - m[1] <= 3
                 # not the tail of a longer name ("the Wine and Brandy Corporation"), not
                 # inside an affiliation ("Ross Greenaway from Murray Goulburn")
                 and text[a:m[0]].split()[-1].lower() not in _NAME_GLUE
                 and name_span(text, a, b)[1] >= m[0]]
        if inner:
            # NER found the name inside the phrase ("Head of the X Council Kris Newton")
            na, nb = inner[-1][0], inner[-1][1]
            title = name_span(text, a, b)[0] or text[a:na].strip(" ,") or None
        else:
            title, na, nb = name_span(text, a, b)
        name = text[na:nb]
        if title and not name:
            return self._role(a, b, surface, title)
        words = name.split()
        # an unnamed source: "the ministry", "Ukraine’s government", "management"
        if not words or not words[-1][:1].isupper() or not words[0][:1].isupper() \
                and words[0].lower() not in {"the"}:
            nominal = self._nominal(na, nb, name)
            if nominal is not None:
                return nominal
            shown = name[0].lower() + name[1:] if words and words[0] in {"The", "A", "An"} else name
            self.orgs.append((na, shown, None))  # "they"/"it" may refer back to it
            return _Speaker(shown, na, nb, name, title, None)
        if words[0].lower() == "the":
            # a named organisation: "The WA Chamber of Minerals and Energy"
            na += len(words[0]) + 1
            name = text[na:nb]
        m = self.mention_at(na, nb)
        eid = m[3] if m is not None and m[1] >= nb - 2 and m[0] <= na + 2 else None
        if eid is None and len(self.entities):
            eid = aliases.canonical(name, self.entities, None)
        if eid is not None and eid in self.names:
            speaker = self.names[eid]
            if len(aliases.name_key(speaker)) < len(aliases.name_key(name)) and not aliases.is_alias(
                    speaker, name):
                speaker, eid = name, None  # the entity is only part of the name
            else:
                speaker = aliases.split_title(speaker)[1] or speaker
        else:
            speaker = name
        if len(speaker.split()) == 1:
            # a surname the entities kept apart ("Dr Fisher"): the fuller name said earlier
            speaker = self._earlier_alias(speaker, a) or speaker
        if speaker and speaker.lower().startswith("the "):
            speaker = speaker[4:]
        self._remember(na, speaker, eid, title)
        return _Speaker(speaker, na, nb, name, title, eid)

    def _remember(self, a: int, speaker: str, eid: int | None, title: str | None) -> None:
        label = self.labels.get(eid) if eid is not None else None
        if label == "PERSON" or (label is None and _person_like(speaker)) \
                or (title is not None and label in (None, "PERSON")):
            bisect.insort(self.people, (a, speaker, eid, _gender(speaker), title),
                          key=lambda t: t[0])
            if self._people_count == len(self.people) - 1:
                _, starts = self._people_index.setdefault(speaker, (speaker.lower(), []))
                bisect.insort(starts, a)
                self._people_count += 1
        elif label in {"ORG", "GPE", "NORP"} or label is None:
            self.orgs.append((a, speaker, eid))

    def _earlier_alias(self, name: str, before: int) -> str | None:
        """The fullest earlier name ``name`` is an alias of: the last such person in text order,
        else the last such organisation remembered."""
        key = name.lower()
        best = None
        # one test per distinct name, not per mention: linear on long articles (F2)
        for full, (low, starts) in self._people_by_name().items():
            # (a cheap substring test first: is_alias is the costly part)
            if full != name and len(full) > len(name) and key in low \
                    and self._is_alias(name, full, "PERSON"):
                i = bisect.bisect_left(starts, before)
                if i and (best is None or (starts[i - 1], full) > best):
                    best = (starts[i - 1], full)
        if best is not None:
            return best[1]
        last = -1
        for full, entries in self._orgs_by_name().items():
            if len(full) > len(name) and self._is_alias(name, full, "ORG"):
                for order, a in reversed(entries):
                    if a < before:
                        if order > last:
                            last, best = order, full
                        break
        return best

    def _is_alias(self, short: str, full: str, label: str) -> bool:
        key = (short, full, label)
        if key not in self._alias_memo:
            self._alias_memo[key] = aliases.is_alias(short, full, label)
        return self._alias_memo[key]

    def _people_by_name(self) -> dict[str, tuple[str, list[int]]]:
        """Every person (named or remembered) by name: its lower case and sorted starts."""
        if self._people_count != len(self.people):  # rebuilt if people changed behind our back
            index: dict[str, tuple[str, list[int]]] = {}
            for a, full in [(p[0], p[1]) for p in self.people] + self.person_names:
                index.setdefault(full, (full.lower(), []))[1].append(a)
            for _low, starts in index.values():
                starts.sort()
            self._people_index, self._people_count = index, len(self.people)
        return self._people_index

    def _orgs_by_name(self) -> dict[str, list[tuple[int, int]]]:
        """Organisations by name: ``(order remembered, start)`` of each (orgs only grow)."""
        for order in range(self._orgs_count, len(self.orgs)):
            a, full, _eid = self.orgs[order]
            self._orgs_index.setdefault(full, []).append((order, a))
        self._orgs_count = len(self.orgs)
        return self._orgs_index

    def _pronoun(self, a: int, b: int, low: str) -> _Speaker:
        surface = self.text[a:b]
        want = {"he": "male", "she": "female"}.get(low)
        if low == "who":
            # the phrase right before ", who"
            for start, name, eid, _g, _t in reversed(self.people):
                if start < a and a - start < 80:
                    return _Speaker(name, a, b, surface, None, eid)
            for start, name, eid in reversed(self.orgs):
                if start < a and a - start < 80:
                    return _Speaker(name, a, b, surface, None, eid)
            return _Speaker(None, a, b, surface, None, None)
        if low in {"he", "she"}:
            person = self._salient_person(a, want)
            if person is not None:
                return _Speaker(person[1], a, b, surface, None, person[2])
            return _Speaker(None, a, b, surface, None, None)
        if low in {"it", "they"}:
            for start, name, eid in reversed(self.orgs):
                if start < a:
                    return _Speaker(name, a, b, surface, None, eid)
        return _Speaker(None, a, b, surface, None, None)

    def _sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

    def _is_subject(self, start: int) -> bool:
        """The person named at ``start`` is followed by a verb ("Angus MacNeil has resigned")."""
        s = self.sents[self._sentence_of(start)]
        k = _token_index(s, start)
        while k < len(s.words) and s.pos[k] in {"NNP", "NNPS", "POS"}:
            k += 1
        return k < len(s.words) and (s.pos[k] in _FINITE or s.lower[k] in reporting_verbs())

    def _salient_person(self, a: int, want: str | None):
        """The person "he"/"she" at ``a`` refers to: looking back sentence by sentence, the
        compatible person in subject position, else the first one in that sentence."""
        here = self._sentence_of(a)
        window = self.sents[max(0, here - 3)].start
        # people are sorted by position: walk back from the pronoun only as far as needed
        nearest = None
        by_sentence: dict[int, list] = {}
        for p in reversed(self.people):
            if p[0] >= a or not (p[3] is None or p[3] == want):
                continue
            if p[0] < window:
                nearest = nearest or p
                break
            nearest = nearest or p
            by_sentence.setdefault(self._sentence_of(p[0]), []).append(p)
        if by_sentence:
            group = sorted(by_sentence[max(by_sentence)], key=lambda p: p[0])
            subjects = [p for p in group if self._is_subject(p[0])]
            return subjects[-1] if subjects else group[0]
        return nearest

    def _role(self, a: int, b: int, surface: str, title: str) -> _Speaker:
        """"the minister": the nearest earlier person with that title."""
        head = title.lower().split()[-1]
        for start, name, eid, _g, t in reversed(self.people):
            if start < a and t and head in t.lower():
                return _Speaker(name, a, b, surface, title, eid)
        shown = surface[0].lower() + surface[1:] if surface[:4] == "The " else surface
        return _Speaker(shown, a, b, surface, None, None)

    def _nominal(self, a: int, b: int, surface: str) -> _Speaker | None:
        """"the network" -> an earlier organisation whose name ends with that head noun."""
        words = surface.split()
        if len(words) != 2 or words[0].lower() != "the":
            return None
        head = words[1].lower()
        for start, name, eid in reversed(self.orgs):
            if start < a and name.lower().split()[-1] == head and len(name.split()) > 1:
                return _Speaker(name, a, b, surface, None, eid)
        # no organisation mention: a capitalised name ending in that head, said earlier
        pattern = re.compile(r"\b((?:[A-Z][\w'&-]* +(?:(?:of|and|for|&) +)?){1,6}"
                             + re.escape(words[1].capitalize()) + r")\b")
        # (the last 20,000 characters are enough and keep long articles linear)
        found = [m.group(1) for m in pattern.finditer(self.text, max(0, a - 20_000), a)]
        if found:
            name = max(enumerate(found), key=lambda e: (len(e[1].split()), e[0]))[1]
            name = name.removeprefix("The ")
            return _Speaker(name, a, b, surface, None, None)
        return None


def _person_like(name: str) -> bool:
    """A speaker NER did not label reads as a person: "Tony Williams", not "Wheat Australia".

    Two or three capitalised words, a first name of known gender or else no sign of an
    organisation or place (an organisation word last, a place or nationality first).
    """
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    if _gender(name) is not None:
        return True
    return (words[-1] not in _ORG_HEADS and aliases.known_place(words[-1]) is None
            and aliases.known_place(words[0]) is None
            and aliases.demonym_singular(words[0]) is None)


def _gender(name: str) -> str | None:
    first = name.split()[0] if name.split() else ""
    return aliases.gender(first) if first[:1].isupper() else None


# --------------------------------------------------------------------------- rows


def _rows(text: str, sents: list[_Sentence], sent_starts: list[int], pieces: list[_Piece],
          clauses: list[_Clause], mentions: pd.DataFrame, entities: pd.DataFrame) -> pd.DataFrame:
    """Number utterances, resolve speakers in text order and build the frame."""
    quoted = sorted((p.start, p.end) for p in pieces)
    resolver = _Resolver(text, sents, mentions, entities, quoted)
    # pronoun-free fallback people: "Firstname Lastname" runs outside quotes
    _seed_people(resolver, sents, quoted)

    items: list[dict] = []
    next_utt = 0
    # pieces: utterances (continuations and split attributions join)
    prev: _Piece | None = None
    for p in pieces:
        if p.utterance == -2:
            prev = p
            continue
        if p.continues and prev is not None and prev.utterance >= 0 and prev.sentence_level:
            p.utterance = prev.utterance
        elif p.split_of is not None and p.split_of.utterance >= 0:
            p.utterance = p.split_of.utterance
        else:
            p.utterance = next_utt
            next_utt += 1
        prev = p

    for p in pieces:
        if p.utterance == -2:
            continue
        kind = "direct" if p.sentence_level else "unattributed"
        items.append({"start": p.start, "end": p.end, "kind": kind, "piece": p, "cue": p.cue,
                      "utterance": p.utterance, "fragment": None})
    clause_utt: dict[int, int] = {}
    for cl in clauses:
        kind = "mixed" if cl.fragment is not None else "indirect"
        if cl.utterance_with is not None:
            u = clause_utt[id(cl.utterance_with)]
        else:
            u = next_utt
            next_utt += 1
        clause_utt[id(cl)] = u
        items.append({"start": cl.start, "end": cl.end, "kind": kind, "piece": None, "cue": cl.cue,
                      "utterance": u, "fragment": cl.fragment, "clause": cl})
    # a split mixed utterance: every piece is mixed
    kinds_by_utt: dict[int, set[str]] = {}
    for it in items:
        kinds_by_utt.setdefault(it["utterance"], set()).add(it["kind"])
    for it in items:
        if it["kind"] == "indirect" and "mixed" in kinds_by_utt[it["utterance"]]:
            it["kind"] = "mixed"

    # resolve speakers in order of the attribution
    def attribution_pos(it):
        c = it["cue"]
        if c is not None and c.subj is not None:
            return c.sent.starts[c.subj[0]]
        return it["start"]

    resolved: dict[int, _Speaker] = {}
    for it in sorted(items, key=attribution_pos):
        c = it["cue"]
        if c is not None and c.subj is not None:
            root = c
            while root.parent is not None:
                root = root.parent
            key = id(root)
            if key not in resolved:
                a, b = root.sent.starts[root.subj[0]], root.sent.ends[root.subj[1] - 1]
                ante = None
                if root.antecedent is not None:
                    x, y = root.antecedent
                    ante = (root.sent.starts[x], root.sent.ends[y - 1])
                resolved[key] = resolver.resolve(*_strip_np(text, a, b), antecedent=ante)
            it["speaker"] = resolved[key]
        elif it["piece"] is not None and it["piece"].label is not None:
            a, b = it["piece"].label
            sp = resolver.resolve(a, b)
            it["speaker"] = sp
        else:
            it["speaker"] = None

    items.sort(key=lambda it: it["start"])
    # utterance-level speaker for continued/split pieces, then by-context speakers
    by_utt: dict[int, _Speaker] = {}
    for it in items:
        if it["speaker"] is not None and it["speaker"].speaker is not None:
            by_utt.setdefault(it["utterance"], it["speaker"])
    for i, it in enumerate(items):
        if it["speaker"] is None and it["utterance"] in by_utt:
            sp = by_utt[it["utterance"]]
            it["speaker"] = _Speaker(sp.speaker, None, None, None, sp.title, sp.entity_id)
            it["context"] = True
    for i, it in enumerate(items):
        if it["speaker"] is not None or it["kind"] != "direct":
            continue
        sp = _introduced_speaker(text, it["piece"], resolver, sents, sent_starts) \
            or _context_speaker(text, items, i, sent_starts, sents)
        if sp is None:
            it["kind"] = "unattributed"
        else:
            it["speaker"] = _Speaker(sp.speaker, None, None, None, sp.title, sp.entity_id)
            it["context"] = True

    rows = []
    for qid, it in enumerate(items):
        sp: _Speaker | None = it["speaker"]
        c: _Cue | None = it["cue"] if not it.get("context") else None
        s = sents[max(0, bisect.bisect_right(sent_starts, it["start"]) - 1)]
        verb = verb_a = verb_b = None
        addressee = None
        if c is not None and it["kind"] != "unattributed":
            verb_a, verb_b = c.verb_span
            verb = text[verb_a:verb_b]
            if c.addr is not None:
                addressee = text[c.sent.starts[c.addr[0]]:c.sent.ends[c.addr[1] - 1]]
        unattributed = it["kind"] == "unattributed"
        rows.append({
            "quote_id": qid,
            "utterance_id": it["utterance"],
            "start": it["start"],
            "end": it["end"],
            "quote": text[it["start"]:it["end"]],
            "kind": it["kind"],
            "speaker": None if unattributed or sp is None else sp.speaker,
            "speaker_start": None if unattributed or sp is None else sp.start,
            "speaker_end": None if unattributed or sp is None else sp.end,
            "speaker_surface": None if unattributed or sp is None else sp.surface,
            "speaker_title": None if unattributed or sp is None else sp.title,
            "speaker_entity_id": None if unattributed or sp is None else sp.entity_id,
            "verb": verb,
            "verb_start": verb_a,
            "verb_end": verb_b,
            "addressee": addressee,
            "sentence_id": s.sid,
            "paragraph_id": s.pid,
            "fragment_start": it["fragment"][0] if it["fragment"] else None,
            "fragment_end": it["fragment"][1] if it["fragment"] else None,
        })
    if not rows:
        return schema.empty("quotes")
    # renumber utterances by first appearance
    order: dict[int, int] = {}
    for r in rows:
        order.setdefault(r["utterance_id"], len(order))
        r["utterance_id"] = order[r["utterance_id"]]
    # one frame at the end, column by column (faster than a list of row dicts)
    return schema.conform("quotes", {c: [r[c] for r in rows] for c in schema.columns("quotes")})


def _strip_np(text: str, a: int, b: int) -> tuple[int, int]:
    # a possessive or trailing punctuation is not part of the speaker
    while b > a and text[b - 1] in " ,.:;":
        b -= 1
    return a, b


_CONTEXT_ROWS = 6


def _context_speaker(text: str, items: list[dict], i: int, sent_starts: list[int],
                     sents: list[_Sentence]) -> _Speaker | None:
    """A quote with no attribution of its own continues an adjacent speaker.

    The nearest attributed row before it (same or previous paragraph), else the next one in
    its paragraph; a speaker the quote names in the third person ("Brian Fisher also says
    ...") is not its speaker.
    """
    it = items[i]
    pid = sents[max(0, bisect.bisect_right(sent_starts, it["start"]) - 1)].pid
    content = text[it["start"]:it["end"]]

    def pid_of(other):
        return sents[max(0, bisect.bisect_right(sent_starts, other["start"]) - 1)].pid

    def usable(other) -> bool:
        sp = other["speaker"]
        return sp is not None and sp.speaker is not None and other["kind"] != "unattributed"

    def named_in_quote(other) -> bool:
        words = other["speaker"].speaker.split()
        return bool(words) and words[-1][:1].isupper() and words[-1] in content

    # a few rows each way, so a page of quote marks stays linear
    reach = 1
    for j in range(i - 1, max(-1, i - 1 - _CONTEXT_ROWS), -1):
        other = items[j]
        if pid - pid_of(other) > reach:
            break
        if usable(other):
            if not named_in_quote(other):
                return other["speaker"]
            reach += 1  # look past a row this quote talks about
    for j in range(i + 1, min(len(items), i + 1 + _CONTEXT_ROWS)):
        other = items[j]
        if pid_of(other) - pid > 0:
            break
        if usable(other) and not named_in_quote(other):
            return other["speaker"]
    return None


def _introduced_speaker(text: str, piece: _Piece | None, resolver: _Resolver,
                        sents: list[_Sentence], sent_starts: list[int]) -> _Speaker | None:
    """A quote introduced by a colon names its speaker just before it.

    "The message from Dr Fisher though is that won't happen:" + a quote -> Brian Fisher.
    """
    if piece is None or piece.continues:
        return None
    k = piece.open - 1
    while k >= 0 and (text[k].isspace() or text[k] in '"\u201d\u2019'):
        k -= 1
    if k < 0 or text[k] != ":":
        return None
    s = sents[max(0, bisect.bisect_right(sent_starts, k) - 1)]
    run: tuple[int, int] | None = None
    i = 0
    n = len(s.words)
    while i < n and s.starts[i] < k:
        if s.pos[i] in {"NNP", "NNPS"} and s.words[i][:1].isupper() and s.words[i].isalpha():
            j = i
            while j + 1 < n and s.pos[j + 1] in {"NNP", "NNPS"} and s.starts[j + 1] < k:
                j += 1
            run = (s.starts[i], s.ends[j])
            i = j + 1
        else:
            i += 1
    if run is None:
        return None
    sp = resolver.resolve(*run)
    return sp if sp.speaker else None


def _seed_people(resolver: _Resolver, sents: list[_Sentence], quoted: list[tuple[int, int]]) -> None:
    """Add people the mentions missed: runs of capitalised words whose name (titles split
    off) starts with a first name of known gender ("Agriculture Minister Peter Clark")."""
    for s in sents:
        k = 0
        n = len(s.words)
        while k < n:
            # (a capitalised common noun may open the run: "Worker Barry Donnelly")
            if s.pos[k] not in {"NNP", "NNPS", "NN"} or not s.words[k][:1].isupper():
                k += 1
                continue
            j = k + 1
            while j < n and s.words[j][:1].isupper() and s.pos[j] in {"NNP", "NNPS", "NN"}:
                j += 1
            a, b = s.starts[k], s.ends[j - 1]
            k = j
            if _in_quote(a, quoted):
                continue
            title, na, nb = name_span(resolver.text, a, b)
            name = resolver.text[na:nb]
            # a first name of known gender, or a role before the name ("Worker Barry Donnelly")
            if len(name.split()) < 2 or _gender(name) is None and not (title and _person_like(name)):
                continue
            m = resolver.mention_at(na, nb)
            if m is not None and m[2] == "PERSON":
                continue  # NER has it (with its entity)
            resolver.people.append((na, name, None, _gender(name), title))
    resolver.people.sort(key=lambda t: t[0])
