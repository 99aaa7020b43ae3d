"""Sentences, paragraphs and word tokens with exact character offsets, and POS tags.

Sentences come from NLTK's Punkt, with parameters the project trains on news text
(``scripts/train_punkt.py``) and ships in the package; paragraphs are runs of text
between line breaks; words come from ``NLTKWordTokenizer.span_tokenize``.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

import pandas as pd
from nltk.tokenize import NLTKWordTokenizer
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from . import pos, schema
from .paths import MODELS_DIR

PUNKT_MODEL = MODELS_DIR / "punkt.json"

# Abbreviations news text uses that Punkt may not learn from the training text:
# months, titles, US states, company suffixes. Stored lower case without the final dot.
EXTRA_ABBREVIATIONS = {
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt",
    "maj", "adm", "cmdr", "rev", "hon", "pres", "supt", "insp", "det", "cpl", "pvt", "amb",
    "st", "mt", "ft", "jr", "sr", "dept", "univ", "assn", "bros", "co", "corp", "inc", "ltd",
    "plc", "no", "nos", "vol", "vs", "etc", "approx", "est", "fig", "e.g", "i.e", "a.m", "p.m",
    "u.s", "u.k", "u.n", "e.u", "u.s.a", "d.c", "n.y", "l.a", "ala", "ariz", "ark", "calif",
    "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich",
    "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt",
    "wash", "wis", "wyo",
}

# Titles that precede a name: a sentence never ends right after them.
TITLES = {"mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt",
          "sgt", "maj", "adm", "cmdr", "rev", "hon", "pres", "supt", "insp", "det", "cpl",
          "pvt", "amb", "st", "mt"}

_PARAGRAPH = re.compile(r"[^\n]+")
_LAST_WORD = re.compile(r"(\w+)\.\s*$")
# A curly apostrophe is tokenised like a straight one; swapping one character for
# one character keeps every offset valid.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
_word_tokenizer = NLTKWordTokenizer()
# The POS model was trained on Penn Treebank text, where quotes are `` and ''.
_PTB_QUOTES = {"\u201c": "``", "\u201d": "''", '"': "``", "\u2018": "`", "\u2019": "'",
               "\u2019s": "'s", "\u2019re": "'re", "\u2019ll": "'ll", "\u2019ve": "'ve",
               "\u2019d": "'d", "\u2019m": "'m", "n\u2019t": "n't"}


def pos_tags(words: list[str]) -> list[str]:
    """Penn Treebank tags for one sentence, with curly quotes mapped as the tagger expects.

    >>> pos_tags(["Ukraine", "\u2019s", "army"])
    ['NNP', 'POS', 'NN']
    """
    return pos.tag([_PTB_QUOTES.get(w, w) for w in words])


@lru_cache(maxsize=1)
def sentence_tokenizer() -> PunktSentenceTokenizer:
    """The shipped Punkt model, loaded once."""
    data = json.loads(PUNKT_MODEL.read_text(encoding="utf-8"))
    params = PunktParameters()
    params.abbrev_types = set(data["abbrev_types"])
    params.collocations = {tuple(pair) for pair in data["collocations"]}
    params.sent_starters = set(data["sent_starters"])
    params.ortho_context.update({k: int(v) for k, v in data["ortho_context"].items()})
    return PunktSentenceTokenizer(params)


def _merge_after_titles(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged:
            match = _LAST_WORD.search(text, merged[-1][0], merged[-1][1])
            if match and match.group(1).lower() in TITLES:
                merged[-1] = (merged[-1][0], end)
                continue
        merged.append((start, end))
    return merged


def sentence_spans(text: str) -> list[tuple[int, int, int]]:
    """``(start, end, paragraph_id)`` of every sentence; no sentence crosses a line break.

    >>> sentence_spans("Mr. Smith went to Washington on Feb. 24. He said so.\\nNew line.")
    [(0, 40, 0), (41, 52, 0), (53, 62, 1)]
    """
    return list(_sentence_spans(text))


# The pipeline asks for one article's sentences twice (tokenise.sentences, then speaker mentions in
# entities.add_speaker_mentions): Punkt runs once. Keyed by the text; a few recent articles.
@lru_cache(maxsize=8)
def _sentence_spans(text: str) -> tuple[tuple[int, int, int], ...]:
    tokenizer = sentence_tokenizer()
    out = []
    paragraph_id = 0
    for paragraph in _PARAGRAPH.finditer(text):
        chunk = paragraph.group()
        if not chunk.strip():
            continue
        base = paragraph.start()
        spans = _merge_after_titles(chunk, list(tokenizer.span_tokenize(chunk)))
        for start, end in spans:
            out.append((base + start, base + end, paragraph_id))
        paragraph_id += 1
    return tuple(out)


def sentences(text: str) -> pd.DataFrame:
    """One row per sentence: ``sentence_id, paragraph_id, start, end, text``.

    >>> sentences("It rained. Then it stopped.")["text"].tolist()
    ['It rained.', 'Then it stopped.']
    """
    spans = sentence_spans(text)
    return schema.conform(
        "sentences",
        {
            "sentence_id": list(range(len(spans))),
            "paragraph_id": [p for _, _, p in spans],
            "start": [s for s, _, _ in spans],
            "end": [e for _, e, _ in spans],
            "text": [text[s:e] for s, e, _ in spans],
        },
    )


def word_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Word token offsets within ``text[start:end]`` (one sentence), as absolute offsets."""
    end = len(text) if end is None else end
    chunk = text[start:end].translate(_APOSTROPHES)
    try:
        spans = _word_tokenizer.span_tokenize(chunk)
        return [(start + a, start + b) for a, b in spans]
    except ValueError:
        # span alignment can fail on odd quote sequences; fall back to whitespace runs
        return [(start + m.start(), start + m.end()) for m in re.finditer(r"\S+", chunk)]


def tokens(text: str, sentence_frame: pd.DataFrame | None = None, tag: bool = True) -> pd.DataFrame:
    """One row per word token: ``token_id, sentence_id, start, end, text, pos``.

    >>> tokens("Kyiv says it won.")["text"].tolist()
    ['Kyiv', 'says', 'it', 'won', '.']
    """
    if sentence_frame is None:
        sentence_frame = sentences(text)
    sids, starts, ends, words, tags = [], [], [], [], []
    # plain lists, not Series iteration: this loop runs for every sentence of every document
    for sid, s_start, s_end in zip(
        sentence_frame["sentence_id"].tolist(), sentence_frame["start"].tolist(),
        sentence_frame["end"].tolist(),
    ):
        spans = word_spans(text, int(s_start), int(s_end))
        sentence_words = [text[a:b] for a, b in spans]
        if tag:
            tags.extend(pos_tags(sentence_words))
        sids.extend([int(sid)] * len(spans))
        starts.extend([a for a, _ in spans])
        ends.extend([b for _, b in spans])
        words.extend(sentence_words)
    ids = list(range(len(starts)))
    return schema.conform(
        "tokens",
        {
            "token_id": ids,
            "sentence_id": sids,
            "start": starts,
            "end": ends,
            "text": words,
            "pos": tags if tag else None,
        },
    )
