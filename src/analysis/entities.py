"""Entity mentions and merged entities (people, places, organisations, nationalities).

Not built yet: :func:`extract` returns empty frames with the right columns.
"""

from __future__ import annotations

import pandas as pd

from . import schema


def extract(text: str, sentences: pd.DataFrame, tokens: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(mentions, entities)`` for one article."""
    return schema.empty("mentions"), schema.empty("entities")


def add_speaker_mentions(
    text: str, mentions: pd.DataFrame, entities: pd.DataFrame, quotes: pd.DataFrame
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Add the pronoun/nominal speaker mentions that quote attribution resolved."""
    return mentions, entities
