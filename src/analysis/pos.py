"""Part-of-speech tags from NLTK's averaged perceptron, loaded from the package's own files."""

from __future__ import annotations

import gzip
import json
from functools import lru_cache

from nltk.tag.perceptron import PerceptronTagger

from .paths import MODELS_DIR

POS_MODEL = MODELS_DIR / "pos" / "perceptron.json.gz"


@lru_cache(maxsize=1)
def tagger() -> PerceptronTagger:
    """The shipped English POS tagger (Penn Treebank tags), loaded once."""
    with gzip.open(POS_MODEL, "rt", encoding="utf-8") as handle:
        params = json.load(handle)
    model = PerceptronTagger(load=False)
    model.decode_json_params((params["weights"], params["tagdict"], params["classes"]))
    return model


def tag(words: list[str]) -> list[str]:
    """Penn Treebank tags for one sentence's words.

    >>> tag(["Ukraine", "said", "it", "aims", "to", "win", "."])
    ['NNP', 'VBD', 'PRP', 'VBZ', 'TO', 'VB', '.']
    """
    if not words:
        return []
    return [t for _, t in tagger().tag(words)]
