"""Column names and dtypes of every dataframe the package returns, defined once.

Each frame is a list of ``(column, dtype)`` pairs. ``empty(name)`` gives a frame with
the right columns and no rows; ``conform(name, df)`` orders and types a frame built
by an extractor. Every frame has ``start``/``end`` character offsets into the
article text with ``text[start:end]`` equal to the row's surface column (named in
``SURFACE``).

Nullable dtypes (``Int64``, ``boolean``, ``string``) are used where a value may be
missing, so that a missing speaker is ``<NA>``, not ``NaN`` or ``None``.

>>> list(empty("sentences").columns)
['sentence_id', 'paragraph_id', 'start', 'end', 'text']
"""

from __future__ import annotations

from functools import cache

import numpy as np
import pandas as pd
import pyarrow as pa

STR = "string"

SENTENCES = [
    ("sentence_id", "int64"),
    ("paragraph_id", "int64"),
    ("start", "int64"),
    ("end", "int64"),
    ("text", STR),
]

TOKENS = [
    ("token_id", "int64"),
    ("sentence_id", "int64"),
    ("start", "int64"),
    ("end", "int64"),
    ("text", STR),
    ("pos", STR),
]

QUOTES = [
    ("quote_id", "int64"),
    ("utterance_id", "int64"),  # rows of one utterance split by its attribution share it
    ("start", "int64"),  # the quoted content, without quotation marks
    ("end", "int64"),
    ("quote", STR),
    ("kind", STR),  # direct | mixed | indirect | unattributed
    ("speaker", STR),  # canonical name ("Antony Blinken")
    ("speaker_start", "Int64"),  # where the attribution names the speaker
    ("speaker_end", "Int64"),
    ("speaker_surface", STR),  # what the text says there ("he", "Blinken")
    ("speaker_title", STR),  # "Secretary of State"
    ("speaker_entity_id", "Int64"),  # entities.entity_id
    ("verb", STR),  # reporting verb as written ("told", "according to")
    ("verb_start", "Int64"),
    ("verb_end", "Int64"),
    ("addressee", STR),  # "Reuters", "reporters"
    ("sentence_id", "Int64"),  # sentence where the quote starts
    ("paragraph_id", "Int64"),
    ("fragment_start", "Int64"),  # mixed quotes: the (first) quoted fragment, marks excluded
    ("fragment_end", "Int64"),
]

NUMBERS = [
    ("number_id", "int64"),
    ("start", "int64"),
    ("end", "int64"),
    ("surface", STR),
    ("kind", STR),  # money | percent | quantity | count | fraction | date | time | duration | ordinal | number | identifier
    ("value", "float64"),  # the figure; midpoint for ranges
    ("low", "float64"),
    ("high", "float64"),
    ("unit", STR),  # ISO currency for money, unit name for quantities
    ("normalised_value", "float64"),  # in SI or the stated base unit (pint)
    ("normalised_unit", STR),
    ("bound", STR),  # eq | approx | gt | ge | lt | le
    ("approximate", "boolean"),
    ("counted", STR),  # the counted noun ("people", "soldiers")
    ("date", STR),  # ISO date when resolved
    ("weekday", STR),  # "Monday" for named weekdays and dates resolved to a day
    ("converted_from", "Int64"),  # number_id this one converts (parenthetical conversions)
    ("conversion_ok", "boolean"),
    ("claimant", STR),  # quote speaker, or "narrator"
    ("quote_id", "Int64"),
    ("sentence_id", "Int64"),
]

MENTIONS = [
    ("mention_id", "int64"),
    ("start", "int64"),
    ("end", "int64"),
    ("surface", STR),
    ("label", STR),  # PERSON | ORG | GPE | LOC | NORP | MISC
    ("entity_id", "int64"),
    ("sentence_id", "int64"),
    ("kind", STR),  # name | pronoun | nominal (speaker mentions added from quotes)
    ("title", STR),  # job title before a person's name ("Secretary of State"), kept out of surface
]

ENTITIES = [
    ("entity_id", "int64"),
    ("name", STR),  # canonical (fullest) name
    ("label", STR),
    ("mentions", "int64"),  # number of mentions, pronouns included
    ("first_start", "int64"),  # offset of the first mention
    ("aliases", STR),  # distinct surfaces, "; "-separated, in order of appearance
    ("gender", STR),  # female | male for people whose first name says so, else <NA>
]

DOCUMENTS = [
    ("doc_id", STR),
    ("title", STR),
    ("published", STR),
    ("source", STR),
    ("url", STR),
    ("chars", "int64"),
    ("sha256", STR),
]

ERRORS = [
    ("doc_id", STR),
    ("source", STR),
    ("error", STR),
]

FRAMES: dict[str, list[tuple[str, str]]] = {
    "sentences": SENTENCES,
    "tokens": TOKENS,
    "quotes": QUOTES,
    "numbers": NUMBERS,
    "mentions": MENTIONS,
    "entities": ENTITIES,
    "documents": DOCUMENTS,
    "errors": ERRORS,
}

# The column that holds each frame's surface text, for the offset invariant.
SURFACE = {
    "sentences": "text",
    "tokens": "text",
    "quotes": "quote",
    "numbers": "surface",
    "mentions": "surface",
}


# The arrow-backed string array that pd.array(..., dtype="string") returns: built directly
# when this pandas uses it for "string" (pandas 3), else through pd.array.
_ARROW_STRINGS = pd.arrays.ArrowStringArray(pa.array([], type=pa.large_string())).dtype == pd.StringDtype() \
    and isinstance(pd.array([], dtype="string"), pd.arrays.ArrowStringArray)


def columns(name: str) -> list[str]:
    """Column names of frame ``name``."""
    return [column for column, _ in FRAMES[name]]


def _strings(values: list):
    # pd.array(..., dtype="string") goes through a per-value coercion; a list of str/None
    # converts to arrow directly, the same array about 3x faster.
    if _ARROW_STRINGS and all(v is None or type(v) is str for v in values):
        return pd.arrays.ArrowStringArray(pa.array(values, type=pa.large_string()))
    return None


def _masked(values: list, kind: type, fill, numpy_dtype: str, array_type):
    # Int64/boolean from a list of ints/bools and None: data plus mask, as pd.array builds
    # them (masked slots hold the same fill value), without its per-value NA checks.
    if not all(v is None or type(v) is kind for v in values):
        return None
    mask = np.fromiter((v is None for v in values), dtype=bool, count=len(values))
    data = np.fromiter((fill if v is None else v for v in values), dtype=numpy_dtype, count=len(values))
    return array_type(data, mask)


_FAST = {
    "string": _strings,
    "Int64": lambda values: _masked(values, int, 1, "int64", pd.arrays.IntegerArray),
    "boolean": lambda values: _masked(values, bool, False, "bool", pd.arrays.BooleanArray),
}


def _array(values, dtype: str, length: int):
    # Building each column with its final dtype is several times faster than
    # DataFrame(...).astype(...): this runs for every frame of every document.
    if values is None:
        values = [None] * length
    if dtype in ("int64", "float64"):
        return np.asarray(values, dtype=dtype)
    if isinstance(values, list) and dtype in _FAST:
        try:
            out = _FAST[dtype](values)
        except OverflowError:  # an int beyond int64: let pandas raise its own error
            out = None
        if out is not None:
            return out
    if dtype == "boolean" and not isinstance(values, list):
        values = pd.Series(values).astype(object).where(pd.notna(values), None).tolist()
    return pd.array(values, dtype=dtype)


@cache
def _empty_template(name: str) -> pd.DataFrame:
    return pd.DataFrame({column: _array([], dtype, 0) for column, dtype in FRAMES[name]}, copy=False)


def empty(name: str) -> pd.DataFrame:
    """A frame with the columns and dtypes of ``name`` and no rows."""
    return _empty_template(name).copy()


def conform(name: str, frame: pd.DataFrame | dict | list[dict]) -> pd.DataFrame:
    """Order, complete and type a frame's columns as the schema says.

    ``frame`` may be a DataFrame, a dict of column lists (fastest), or a list of row
    dicts. Missing columns are added as missing values; extra columns are kept, after
    the schema's own.

    >>> conform("sentences", {"sentence_id": [0], "paragraph_id": [0], "start": [0], "end": [2], "text": ["Hi"]}).dtypes["text"].name
    'string'
    """
    spec = FRAMES[name]
    if isinstance(frame, pd.DataFrame) and _matches(frame, spec):
        return frame
    if isinstance(frame, list):
        keys: dict[str, None] = {}
        for row in frame:
            keys.update(dict.fromkeys(row))
        frame = {key: [row.get(key) for row in frame] for key in keys}
    if isinstance(frame, pd.DataFrame):
        # the arrays, not the Series: building from Series aligns indexes, which is slow
        data = {column: frame[column].array for column in frame.columns}
        length = len(frame)
    else:
        data = dict(frame)
        length = len(next(iter(data.values()))) if data else 0
    out = {}
    for column, dtype in spec:
        values = data.pop(column, None)
        if isinstance(values, (pd.Series, pd.api.extensions.ExtensionArray, np.ndarray)):
            if str(values.dtype) == dtype:
                out[column] = values
                continue
            values = values.tolist() if dtype != "boolean" else values
        out[column] = _array(values, dtype, length)
    out.update(data)
    return pd.DataFrame(out, copy=False)


def _matches(frame: pd.DataFrame, spec: list[tuple[str, str]]) -> bool:
    if len(frame.columns) < len(spec) or not isinstance(frame.index, pd.RangeIndex):
        return False
    if frame.index.start != 0 or frame.index.step != 1:
        return False
    # names first: frame.dtypes builds a Series, only worth it when the names agree
    names = frame.columns.tolist()
    if any(names[i] != column for i, (column, _) in enumerate(spec)):
        return False
    dtypes = frame.dtypes.tolist()
    return all(str(dtypes[i]) == dtype for i, (_, dtype) in enumerate(spec))


def column_list(frame: pd.DataFrame, column: str) -> list:
    """``frame[column].tolist()``, faster for string columns (missing values stay ``<NA>``).

    >>> column_list(pd.DataFrame({"a": pd.array(["x", None], dtype="string")}), "a")
    ['x', <NA>]
    """
    series = frame[column]
    if isinstance(series.array, pd.arrays.ArrowStringArray):
        # arrow's own conversion is ~10x faster than pandas' for strings
        return [pd.NA if v is None else v for v in series.array.__arrow_array__().to_pylist()]
    return series.tolist()
