"""Quotes: direct, mixed and reported speech with speaker, verb and addressee.

Not built yet: :func:`extract` returns an empty frame with the right columns.
"""

from __future__ import annotations

import pandas as pd

from . import schema


def extract(
    text: str,
    sentences: pd.DataFrame,
    tokens: pd.DataFrame,
    mentions: pd.DataFrame,
    entities: pd.DataFrame,
) -> pd.DataFrame:
    """One row per quoted span."""
    return schema.empty("quotes")
