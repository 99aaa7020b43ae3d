"""Named-entity tagger: a structured averaged perceptron with first-order Viterbi decoding.

Tags pre-tokenised sentences with IOB2 tags for the CoNLL-2003 types ``PER``, ``LOC``,
``ORG`` and ``MISC``. Everything the tagger needs ships inside the package under
``models/ner/`` (weights as ``.npz``, feature names, gazetteers and word clusters as gzip
JSON), so it needs neither NLTK data nor the shared folder at run time.

>>> tag_conll([["Angela", "Merkel", "visited", "Paris", "."]])
[['B-PER', 'I-PER', 'O', 'B-LOC', 'O']]
>>> spans(["B-PER", "I-PER", "O", "B-LOC", "O"])
[(0, 2, 'PER'), (3, 4, 'LOC')]

Design (details in ``docs/ner.md``): per-token features are the union of *word-type*
features of the words at offsets -2..+2 (identity, shape, affixes, clusters, ...) and a few
*token* features that depend on the sentence (POS window, bigrams, gazetteer matches,
sentence-initial / all-caps-headline conjunctions). Because word-type features do not
depend on the sentence, their summed weight vectors are cached per (word, offset): at run
time most of the emission score is five cached vector look-ups.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from .paths import MODELS_DIR

MODEL_DIR = MODELS_DIR / "ner"
TAGS: tuple[str, ...] = (
    "O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC",
)
TAG_INDEX = {t: i for i, t in enumerate(TAGS)}
N_TAGS = len(TAGS)
# feature groups that can be switched off (for the ablation table)
GROUPS = ("affix", "shape", "context", "pos", "caps", "gaz", "traingaz", "clusters", "embed")
DENSE_OFFSETS = (-1, 0, 1)  # word vectors are used for the current word and its neighbours
EMBED_SCALE = 1.0  # 3.0 gave the same eng.testa F1 (92.2, two-run ensembles)
OFFSETS = (-2, -1, 0, 1, 2)
_OFFSET_KEY = {-2: "a", -1: "b", 0: "c", 1: "d", 2: "e"}
PAD_LEFT, PAD_RIGHT = "<S>", "</S>"
_NEG = -1e9


# --------------------------------------------------------------------------- features


def word_shape(word: str) -> str:
    """Character classes (``X`` upper, ``x`` lower, ``d`` digit), runs cut to 4 characters.

    >>> word_shape("Merkel"), word_shape("1996-08-22"), word_shape("U.S.")
    ('Xxxxx', 'dddd-dd-dd', 'X.X.')
    """
    out: list[str] = []
    prev, run = "", 0
    for ch in word:
        c = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        run = run + 1 if c == prev else 1
        prev = c
        if run <= 4:
            out.append(c)
    return "".join(out)


def short_shape(word: str) -> str:
    """Shape with every run collapsed to one character.

    >>> short_shape("Merkel"), short_shape("1996-08-22"), short_shape("McDonald")
    ('Xx', 'd-d-d', 'XxXx')
    """
    out: list[str] = []
    for ch in word:
        c = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def is_caps_sentence(words: Sequence[str]) -> bool:
    """True for headline-style sentences whose alphabetic words are mostly in capitals.

    >>> is_caps_sentence(["SOCCER", "-", "JAPAN", "GET", "LUCKY", "WIN", "."])
    True
    """
    alpha = [w for w in words if any(ch.isalpha() for ch in w)]
    if not alpha:
        return False
    upper = sum(1 for w in alpha if w.isupper())
    return upper / len(alpha) > 0.6


class Featurizer:
    """Turns sentences into feature strings; holds the lexical resources the features use.

    ``gazetteer`` maps a lowercased, space-joined phrase to the names of the lists it is in;
    ``clusters`` maps a word to its cluster ids (coarse to fine); ``capratio`` maps a
    lowercased word to a 0..4 bucket of how often it is capitalised mid-sentence.
    """

    def __init__(
        self,
        gazetteer: dict[str, list[str]],
        clusters: dict[str, list[int]],
        capratio: dict[str, int],
        first_names: Iterable[str],
        groups: Iterable[str] = GROUPS,
        vectors: np.ndarray | None = None,
        vector_words: Sequence[str] = (),
    ):
        self.groups = frozenset(groups)
        if "embed" in self.groups and vectors is not None:
            # unit vectors scaled so the dense part weighs like a few binary features
            self.vectors: np.ndarray | None = np.asarray(vectors, dtype=np.float32) * EMBED_SCALE
            self.vector_index = {w: i for i, w in enumerate(vector_words)}
            self.dim = self.vectors.shape[1]
        else:
            self.vectors, self.vector_index, self.dim = None, {}, 0
        self.clusters = clusters if "clusters" in self.groups else {}
        self.capratio = capratio if "clusters" in self.groups else {}
        self.first_names = frozenset(first_names) if "gaz" in self.groups else frozenset()
        gaz: dict[str, list[str]] = {}
        for phrase, lists in gazetteer.items():
            keep = [g for g in lists if ("traingaz" if g.startswith("tr") else "gaz") in self.groups]
            if keep:
                gaz[phrase] = sorted(set(keep))
        self.gazetteer = gaz
        self.max_gaz_len = max((p.count(" ") + 1 for p in gaz), default=0)
        # all proper prefixes of gazetteer phrases, so the matcher can stop early
        self._gaz_prefixes = {
            " ".join(p.split(" ")[:k]) for p in gaz for k in range(1, p.count(" ") + 1)
        }

    # -- word-type features (cached per word at run time) --------------------------------

    def _cluster(self, word: str) -> list[int] | None:
        c = self.clusters.get(word)
        if c is None and word.isupper():
            c = self.clusters.get(word.capitalize())
        if c is None:
            c = self.clusters.get(word.lower())
        return c

    def embedding(self, word: str) -> np.ndarray | None:
        """The word's unit-length vector (same case fallbacks as the clusters), if any."""
        index = self.vector_index
        i = index.get(word)
        if i is None and word.isupper():
            i = index.get(word.capitalize())
        if i is None:
            i = index.get(word.lower())
        return None if i is None else self.vectors[i]

    def dense_features(self, words: Sequence[str]) -> np.ndarray:
        """``[n, len(DENSE_OFFSETS) * dim]``: vectors of the words at -1, 0, +1 (training)."""
        n = len(words)
        out = np.zeros((n, len(DENSE_OFFSETS) * self.dim), dtype=np.float32)
        if self.vectors is None:
            return out
        vecs = [self.embedding(w) for w in words]
        for i in range(n):
            for k, d in enumerate(DENSE_OFFSETS):
                j = i + d
                if 0 <= j < n and vecs[j] is not None:
                    out[i, k * self.dim:(k + 1) * self.dim] = vecs[j]
        return out

    def type_features(self, word: str, offset: int) -> list[str]:
        """Features of a word seen at ``offset`` from the current token (no sentence context).

        >>> f = Featurizer({}, {}, {}, [])
        >>> f.type_features("Paris", 0)[:3]
        ['cw=Paris', 'cl=paris', 'cs=Xx']
        >>> f.type_features("Paris", -1)[:2]
        ['bl=paris', 'bs=Xx']
        """
        return self.type_features_all(word)[offset + 2]

    def type_features_all(self, word: str) -> tuple[list[str], ...]:
        """:meth:`type_features` of a word at offsets -2, -1, 0, +1, +2, computed together."""
        if word in (PAD_LEFT, PAD_RIGHT):
            return tuple([k + "pad=" + word] for k in "abcde")
        g = self.groups
        lw = word.lower()
        near = ["l=" + lw]  # features of the word as the -1/+1 neighbour
        far = ["l=" + lw]  # ... as the -2/+2 neighbour
        cur = ["w=" + word, "l=" + lw]  # ... as the current token
        if "shape" in g:
            shape = "s=" + short_shape(word)
            near.append(shape)
            far.append(shape)
            cur.append(shape)
            cur.append("S=" + word_shape(word))
            if any(ch.isdigit() for ch in word):
                cur.append("dig")
            if "-" in word:
                cur.append("hyph")
            if len(word) == 1:
                cur.append("len1")
        if "affix" in g:
            for n in (1, 2, 3, 4):
                if len(lw) > n:
                    cur.append(f"p{n}={lw[:n]}")
                    cur.append(f"x{n}={lw[-n:]}")
            near.append("x3=" + lw[-3:])
        if "clusters" in g:
            c = self._cluster(word)
            if c is None:
                near.append("c=none")
                far.append("c=none")
                cur.append("c=none")
            else:
                levels = [f"c{i}={ci}" for i, ci in enumerate(c)]
                near.extend(levels)
                far.extend(levels[:2])
                cur.extend(levels)
            ratio = f"cr={self.capratio.get(lw, -1)}"
            near.append(ratio)
            cur.append(ratio)
        if "gaz" in g and lw in self.first_names:
            near.append("fn")
            cur.append("fn")
        if "context" not in g:
            return [], [], ["c" + f for f in cur], [], []
        return (["a" + f for f in far], ["b" + f for f in near], ["c" + f for f in cur],
                ["d" + f for f in near], ["e" + f for f in far])

    # -- token features (depend on the sentence) -----------------------------------------

    def gazetteer_matches(self, words: Sequence[str]) -> list[list[str]]:
        """Features from gazetteer phrases found in the sentence (B/I position x list name).

        A phrase must start with a capitalised word (or be in an all-caps sentence), since
        lists such as first names are full of ordinary lowercase words.
        """
        n = len(words)
        out: list[list[str]] = [[] for _ in range(n)]
        if not self.gazetteer:
            return out
        lows = [w.lower() for w in words]
        for i in range(n):
            if not words[i][:1].isupper():
                continue
            phrase = lows[i]
            for j in range(i + 1, min(n, i + self.max_gaz_len) + 1):
                if j > i + 1:
                    phrase = phrase + " " + lows[j - 1]
                lists = self.gazetteer.get(phrase)
                if lists:
                    single = j == i + 1
                    for g in lists:
                        if single:
                            out[i].append("gU=" + g)
                        else:
                            out[i].append("gB=" + g)
                            for t in range(i + 1, j):
                                out[t].append("gI=" + g)
                if phrase not in self._gaz_prefixes:
                    break
        return out

    def token_features(self, words: Sequence[str], pos: Sequence[str]) -> list[list[str]]:
        """Sentence-dependent features of every token (the non-cached part)."""
        g = self.groups
        n = len(words)
        lows = [w.lower() for w in words]
        caps = "caps" in g and is_caps_sentence(words)
        gaz = self.gazetteer_matches(words) if ("gaz" in g or "traingaz" in g) else None
        shapes = [short_shape(w) for w in words] if "shape" in g else None
        out: list[list[str]] = []
        for i in range(n):
            f = ["bias"]
            if "pos" in g:
                p0 = pos[i]
                pm = pos[i - 1] if i > 0 else "<S>"
                pp = pos[i + 1] if i + 1 < n else "</S>"
                f.append("P0=" + p0)
                f.append("P-1=" + pm)
                f.append("P1=" + pp)
                f.append("P-2=" + (pos[i - 2] if i > 1 else "<S>"))
                f.append("P2=" + (pos[i + 2] if i + 2 < n else "</S>"))
                f.append("P-10=" + pm + "|" + p0)
                f.append("P01=" + p0 + "|" + pp)
            if "context" in g:
                f.append("L-10=" + (lows[i - 1] if i > 0 else "<S>") + "|" + lows[i])
                f.append("L01=" + lows[i] + "|" + (lows[i + 1] if i + 1 < n else "</S>"))
                if shapes is not None:
                    f.append("S-101=" + (shapes[i - 1] if i > 0 else "<S>") + "|" + shapes[i]
                             + "|" + (shapes[i + 1] if i + 1 < n else "</S>"))
            if "caps" in g:
                if i == 0:
                    f.append("first")
                    f.append("first|l=" + lows[i])
                    if shapes is not None:
                        f.append("first|s=" + shapes[i])
                if caps:
                    f.append("caps")
                    f.append("caps|l=" + lows[i])
                    if shapes is not None:
                        f.append("caps|s=" + shapes[i])
                    if "clusters" in g:
                        c = self._cluster(words[i])
                        f.append("caps|c=" + (str(c[-1]) if c else "none"))
            if gaz is not None:
                f.extend(gaz[i])
            out.append(f)
        return out

    def sentence_features(self, words: Sequence[str], pos: Sequence[str]) -> list[list[str]]:
        """All feature strings of every token (what training sees).

        >>> f = Featurizer({}, {}, {}, [])
        >>> feats = f.sentence_features(["Paris", "."], ["NNP", "."])
        >>> "cw=Paris" in feats[0] and "dl=." in feats[0] and "bpad=<S>" in feats[0]
        True
        """
        n = len(words)
        padded = [PAD_LEFT, PAD_LEFT, *words, PAD_RIGHT, PAD_RIGHT]
        tok = self.token_features(words, pos)
        per_word = [self.type_features_all(w) for w in padded]
        out = []
        for i in range(n):
            f = list(tok[i])
            for d in OFFSETS:
                f.extend(per_word[i + 2 + d][d + 2])
            out.append(f)
        return out


# --------------------------------------------------------------------------- decoding


def allowed_transitions() -> tuple[np.ndarray, np.ndarray]:
    """Masks of legal IOB2 transitions: ``trans[i, j]`` prev i -> next j, and ``start[j]``."""
    trans = np.ones((N_TAGS, N_TAGS), dtype=bool)
    start = np.ones(N_TAGS, dtype=bool)
    for j, t in enumerate(TAGS):
        if t.startswith("I-"):
            start[j] = False
            for i, s in enumerate(TAGS):
                trans[i, j] = s[2:] == t[2:]
    return trans, start


_TRANS_OK, _START_OK = allowed_transitions()


def viterbi(emis: np.ndarray, trans: np.ndarray, start: np.ndarray) -> list[int]:
    """Best tag sequence for one sentence; ``trans`` and ``start`` already hold -inf masks.

    >>> e = np.zeros((2, N_TAGS)); e[0, TAG_INDEX["I-PER"]] = 5; e[0, TAG_INDEX["B-PER"]] = 1
    >>> t, s = np.where(_TRANS_OK, 0.0, _NEG), np.where(_START_OK, 0.0, _NEG)
    >>> [TAGS[i] for i in viterbi(e, t, s)]
    ['B-PER', 'O']
    """
    n = emis.shape[0]
    if n == 0:
        return []
    score = start + emis[0]
    back = np.empty((n, N_TAGS), dtype=np.int64)
    for t in range(1, n):
        cand = score[:, None] + trans
        back[t] = cand.argmax(axis=0)
        score = cand.max(axis=0) + emis[t]
    best = [int(score.argmax())]
    for t in range(n - 1, 0, -1):
        best.append(int(back[t, best[-1]]))
    return best[::-1]


def viterbi_batch(emis: np.ndarray, lengths: np.ndarray, trans: np.ndarray,
                  start: np.ndarray) -> np.ndarray:
    """Viterbi over a padded batch ``emis[b, t, tag]``; returns ``[b, t]`` tag ids."""
    b, n, _ = emis.shape
    score = start[None, :] + emis[:, 0]
    back = np.zeros((n, b, N_TAGS), dtype=np.int64)
    ident = np.broadcast_to(np.arange(N_TAGS), (b, N_TAGS))
    for t in range(1, n):
        cand = score[:, :, None] + trans[None]
        arg = cand.argmax(axis=1)
        new = np.take_along_axis(cand, arg[:, None, :], axis=1)[:, 0] + emis[:, t]
        live = (lengths > t)[:, None]
        # finished sentences keep their score and point back to themselves
        score = np.where(live, new, score)
        back[t] = np.where(live, arg, ident)
    out = np.zeros((b, n), dtype=np.int64)
    cur = score.argmax(axis=1)
    rows = np.arange(b)
    for t in range(n - 1, -1, -1):
        out[:, t] = cur
        if t:
            cur = back[t, rows, cur]
    return out


# --------------------------------------------------------------------------- model


class NerModel:
    """A trained tagger: feature table, weights and the lexical resources of its features."""

    def __init__(self, featurizer: Featurizer, features: list[str], weights: np.ndarray,
                 trans: np.ndarray, start: np.ndarray, dense: np.ndarray | None = None):
        self.featurizer = featurizer
        # dense[k]: [dim, n_tags] weights of the word vector at DENSE_OFFSETS[k]
        self.dense = None if dense is None or featurizer.vectors is None else (
            np.asarray(dense, dtype=np.float32).reshape(len(DENSE_OFFSETS), featurizer.dim, N_TAGS))
        self.feature_index = {f: i for i, f in enumerate(features)}
        self.weights = np.asarray(weights, dtype=np.float32)
        # illegal IOB2 moves get a huge negative score, so output is always valid IOB2
        self.trans = np.where(_TRANS_OK, trans, _NEG).astype(np.float32)
        self.start = np.where(_START_OK, start, _NEG).astype(np.float32)
        self._zero = np.zeros(N_TAGS, dtype=np.float32)
        self._type_cache: dict[str, np.ndarray] = {}

    # -- scoring ------------------------------------------------------------------------

    def _word_scores(self, word: str) -> np.ndarray:
        """``[5, n_tags]``: the word's type-feature scores when at offset -2, -1, 0, +1, +2."""
        mat = self._type_cache.get(word)
        if mat is None:
            index = self.feature_index
            mat = np.zeros((len(OFFSETS), N_TAGS), dtype=np.float32)
            for k, feats in enumerate(self.featurizer.type_features_all(word)):
                ids = [i for i in map(index.get, feats) if i is not None]
                if ids:
                    mat[k] = self.weights[ids].sum(axis=0)
            if self.dense is not None:
                e = self.featurizer.embedding(word)
                if e is not None:
                    for k, d in enumerate(DENSE_OFFSETS):
                        mat[d + 2] += e @ self.dense[k]
            if len(self._type_cache) > 200_000:  # bound memory in long-running processes
                self._type_cache.clear()
            self._type_cache[word] = mat
        return mat

    def emissions(self, words: Sequence[str], pos: Sequence[str]) -> np.ndarray:
        """Per-token tag scores ``[n, n_tags]`` of one sentence."""
        n = len(words)
        ws = self._word_scores
        mats = np.asarray([ws(w) for w in (PAD_LEFT, PAD_LEFT, *words, PAD_RIGHT, PAD_RIGHT)])
        # token i sees the word at padded position i + 2 + d through that word's row d + 2
        emis = mats[0:n, 0] + mats[1:n + 1, 1] + mats[2:n + 2, 2] + mats[3:n + 3, 3] \
            + mats[4:n + 4, 4]
        index = self.feature_index
        tok_rows: list[int] = []
        tok_ids: list[int] = []
        for i, feats in enumerate(self.featurizer.token_features(words, pos)):
            for f in feats:
                j = index.get(f)
                if j is not None:
                    tok_rows.append(i)
                    tok_ids.append(j)
        if tok_ids:
            np.add.at(emis, np.asarray(tok_rows), self.weights[np.asarray(tok_ids)])
        return emis

    def tag(self, words: Sequence[str], pos: Sequence[str]) -> list[str]:
        """IOB2 tags of one sentence given its POS tags."""
        if not words:
            return []
        return [TAGS[i] for i in viterbi(self.emissions(words, pos), self.trans, self.start)]

    def tag_many(self, sentences: Sequence[Sequence[str]],
                 pos: Sequence[Sequence[str]]) -> list[list[str]]:
        """IOB2 tags of many sentences (batched Viterbi, same result as :meth:`tag`)."""
        out: list[list[str]] = [[] for _ in sentences]
        order = sorted((i for i, s in enumerate(sentences) if s), key=lambda i: len(sentences[i]))
        batch = 256
        for k in range(0, len(order), batch):
            idx = order[k:k + batch]
            lengths = np.array([len(sentences[i]) for i in idx])
            emis = np.zeros((len(idx), int(lengths.max()), N_TAGS), dtype=np.float32)
            for r, i in enumerate(idx):
                emis[r, : lengths[r]] = self.emissions(sentences[i], pos[i])
            best = viterbi_batch(emis, lengths, self.trans, self.start)
            for r, i in enumerate(idx):
                out[i] = [TAGS[t] for t in best[r, : lengths[r]]]
        return out

    # -- persistence --------------------------------------------------------------------

    def save(self, directory: Path, weight_dtype: str = "float16") -> None:
        """Write ``weights.npz``, ``features.json.gz`` and ``lexicon.json.gz`` to ``directory``."""
        directory.mkdir(parents=True, exist_ok=True)
        features = sorted(self.feature_index, key=self.feature_index.get)
        np.savez_compressed(
            directory / "weights.npz",
            weights=self.weights.astype(weight_dtype),
            trans=np.where(_TRANS_OK, self.trans, 0).astype(np.float32),
            start=np.where(_START_OK, self.start, 0).astype(np.float32),
            **({} if self.dense is None else {"dense": self.dense.astype(weight_dtype)}),
        )
        fz = self.featurizer
        lexicon = {
            "groups": sorted(fz.groups),
            "gazetteer": fz.gazetteer,
            "first_names": sorted(fz.first_names),
            "tags": list(TAGS),
        }
        _write_json(directory / "features.json.gz", features)
        _write_json(directory / "lexicon.json.gz", lexicon)
        # clusters.json.gz is written by scripts/build_clusters.py and shared as is


def _write_json(path: Path, obj: object) -> None:
    with gzip.GzipFile(path, "wb", mtime=0) as handle:  # mtime=0: byte-identical rebuilds
        handle.write(json.dumps(obj, sort_keys=True, separators=(",", ":")).encode("utf-8"))


def _read_json(path: Path) -> object:
    with gzip.open(path, "rb") as handle:
        return json.loads(handle.read())


def load_clusters(directory: Path = MODEL_DIR) -> dict:
    """Word clusters, capitalisation buckets and word vectors shipped with the model.

    Keys: ``clusters``, ``capratio``, ``vector_words`` and ``vectors`` (``None`` if absent).
    """
    data = _read_json(directory / "clusters.json.gz")
    path = directory / "embeddings.npz"
    data["vectors"] = None
    if path.exists():
        with np.load(path) as npz:
            data["vectors"] = npz["vectors"]
    data.setdefault("vector_words", [])
    return data


def load_model(directory: Path = MODEL_DIR) -> NerModel:
    """Read a saved model (no pickle: npz + gzip JSON)."""
    lex = _read_json(directory / "lexicon.json.gz")
    if list(lex["tags"]) != list(TAGS):
        raise ValueError(f"{directory}: model was trained with other tags: {lex['tags']}")
    cl = load_clusters(directory)
    featurizer = Featurizer(lex["gazetteer"], cl["clusters"], cl["capratio"], lex["first_names"],
                            groups=lex["groups"], vectors=cl["vectors"],
                            vector_words=cl["vector_words"])
    with np.load(directory / "weights.npz") as npz:
        weights, trans, start = npz["weights"], npz["trans"], npz["start"]
        dense = npz["dense"] if "dense" in npz.files else None
    features = _read_json(directory / "features.json.gz")
    return NerModel(featurizer, features, weights, trans, start, dense)


@lru_cache(maxsize=1)
def model() -> NerModel:
    """The shipped model, loaded once."""
    return load_model(MODEL_DIR)


# --------------------------------------------------------------------------- public API


def _pos_tags(words: list[str]) -> list[str]:
    from .pos import tag as pos_tag  # the same POS tagger the model was trained with

    return pos_tag(words)


def tag(words: list[str], pos: list[str] | None = None) -> list[str]:
    """IOB2 entity tags for one tokenised sentence; pass ``pos`` if already computed.

    >>> tag(["Volodymyr", "Zelenskyy", "met", "Antony", "Blinken", "in", "Kyiv", "."])
    ['B-PER', 'I-PER', 'O', 'B-PER', 'I-PER', 'O', 'B-LOC', 'O']
    """
    if not words:
        return []
    if pos is None:
        pos = _pos_tags(list(words))
    elif len(pos) != len(words):
        raise ValueError(f"{len(words)} words but {len(pos)} POS tags")
    return model().tag(words, pos)


def tag_conll(sentences: list[list[str]]) -> list[list[str]]:
    """IOB2 tags (``B-PER``, ``I-ORG``, ``O``, ...) for pre-tokenised sentences.

    >>> tag_conll([["EU", "rejects", "German", "call", "."], []])
    [['B-ORG', 'O', 'B-MISC', 'O', 'O'], []]
    """
    pos = [_pos_tags(list(s)) if s else [] for s in sentences]
    return model().tag_many(sentences, pos)


def spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Entity spans ``(start, end_exclusive, type)`` from IOB2 tags.

    A stray ``I-X`` (not following ``B-X``/``I-X``) starts a new entity, as conlleval does.

    >>> spans(["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-ORG"])
    [(0, 2, 'PER'), (3, 4, 'LOC'), (4, 5, 'LOC'), (5, 6, 'ORG')]
    """
    out: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    for i, t in enumerate(list(tags) + ["O"]):
        prefix, _, typ = t.partition("-")
        continues = prefix == "I" and typ == kind and start >= 0
        if start >= 0 and not continues:
            out.append((start, i, kind))
            start, kind = -1, ""
        if prefix in ("B", "I") and not continues:
            start, kind = i, typ
    return out


_IOB_RE = re.compile(r"^(?:O|[BI]-(?:PER|LOC|ORG|MISC))$")


def is_valid_iob2(tags: Sequence[str]) -> bool:
    """True if every ``I-X`` follows ``B-X`` or ``I-X`` and all tags are known.

    >>> is_valid_iob2(["B-PER", "I-PER", "O"]), is_valid_iob2(["O", "I-PER"])
    (True, False)
    """
    prev = "O"
    for t in tags:
        if not _IOB_RE.match(t):
            return False
        if t.startswith("I-") and prev[2:] != t[2:]:
            return False
        prev = t
    return True
