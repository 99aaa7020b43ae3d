"""Figures: money, percentages, quantities, counts, fractions, dates, with bounds and claimants.

Not built yet: :func:`extract` returns an empty frame with the right columns.
"""

from __future__ import annotations

import pandas as pd

from . import schema


def extract(
    text: str,
    sentences: pd.DataFrame,
    tokens: pd.DataFrame,
    quotes: pd.DataFrame,
    published: str | None = None,
) -> pd.DataFrame:
    """One row per figure."""
    return schema.empty("numbers")
