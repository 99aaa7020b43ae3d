"""Part-of-speech tags from NLTK's averaged perceptron, loaded from the package's own files.

The weights are NLTK's English model, unchanged. :func:`tag` reproduces
``PerceptronTagger.tag`` exactly (same features, same tie-breaking) but scores each
token with one sum over rows of a dense weight matrix instead of NLTK's per-class
dict arithmetic, which makes it several times faster; ``tests/test_pos.py`` checks the two agree.
"""

from __future__ import annotations

import gzip
import json
from functools import lru_cache

import numpy as np
from nltk.tag.perceptron import PerceptronTagger

from .paths import MODELS_DIR

POS_MODEL = MODELS_DIR / "pos" / "perceptron.json.gz"
_START = ("-START-", "-START2-")
_END = ("-END-", "-END2-")


@lru_cache(maxsize=1)
def _raw_params() -> dict:
    with gzip.open(POS_MODEL, "rt", encoding="utf-8") as handle:
        return json.load(handle)


@lru_cache(maxsize=1)
def _params() -> tuple[dict[str, int], np.ndarray, dict, tuple[str, ...]]:
    """Feature ids, a dense (features x classes) weight matrix, the tag dictionary, classes."""
    params = _raw_params()
    classes = tuple(sorted(params["classes"]))
    class_id = {c: i for i, c in enumerate(classes)}
    feature_id = {f: i for i, f in enumerate(params["weights"])}
    matrix = np.zeros((len(feature_id) + 1, len(classes)))  # last row: unknown features
    for feature, labels in params["weights"].items():
        row = matrix[feature_id[feature]]
        for label, weight in labels.items():
            row[class_id[label]] = weight
    return feature_id, matrix, params["tagdict"], classes


@lru_cache(maxsize=1)
def tagger() -> PerceptronTagger:
    """NLTK's own ``PerceptronTagger`` with the shipped weights (for comparison and benchmarks)."""
    params = _raw_params()
    model = PerceptronTagger(load=False)
    model.decode_json_params((params["weights"], params["tagdict"], params["classes"]))
    return model


def _normalise(word: str) -> str:
    if "-" in word and word[0] != "-":
        return "!HYPHEN"
    if word.isdigit() and len(word) == 4:
        return "!YEAR"
    if word and word[0].isdigit():
        return "!DIGITS"
    return word.lower()


def tag(words: list[str]) -> list[str]:
    """Penn Treebank tags for one sentence's words.

    >>> tag(["Ukraine", "said", "it", "aims", "to", "win", "."])
    ['NNP', 'VBD', 'PRP', 'VBZ', 'TO', 'VB', '.']
    """
    if not words:
        return []
    feature_id, matrix, tagdict, classes = _params()
    unknown = len(feature_id)
    get, take, add = feature_id.get, matrix.take, np.add.reduce
    last = len(classes) - 1
    context = [*_START, *(_normalise(w) for w in words), *_END]
    prev, prev2 = _START
    out = []
    for i, word in enumerate(words):
        label = tagdict.get(word)
        if not label:
            j = i + 2
            features = (
                "bias",
                "i suffix " + word[-3:],
                "i pref1 " + (word[0] if word else ""),
                "i-1 tag " + prev,
                "i-2 tag " + prev2,
                f"i tag+i-2 tag {prev} {prev2}",
                "i word " + context[j],
                f"i-1 tag+i word {prev} {context[j]}",
                "i-1 word " + context[j - 1],
                "i-1 suffix " + context[j - 1][-3:],
                "i-2 word " + context[j - 2],
                "i+1 word " + context[j + 1],
                "i+1 suffix " + context[j + 1][-3:],
                "i+2 word " + context[j + 2],
            )
            # take + add.reduce: the same sum as matrix[ids].sum(axis=0), less numpy overhead
            scores = add(take([get(f, unknown) for f in features], axis=0), axis=0)
            # NLTK picks max over classes by (score, label): the last of the tied best
            label = classes[last - int(np.argmax(scores[::-1]))]
        out.append(label)
        prev2, prev = prev, label
    return out
