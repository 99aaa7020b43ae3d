"""The one error type the package raises for bad input."""

from __future__ import annotations


def _one_line(text: str) -> str:
    # CSV headers, JSON keys and file names come from the input: a newline or a terminal
    # escape in them must not split or colour the message, so they are shown escaped
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in str(text))


class AnalysisError(Exception):
    """Bad input or a failed step, with a one-line message that names the input and the problem.

    >>> str(AnalysisError("empty file", source="data/raw/x.txt"))
    'data/raw/x.txt: empty file'
    >>> print(AnalysisError("CSV has no text column; columns are: a\\nb", source="f.csv"))
    f.csv: CSV has no text column; columns are: a\\nb
    """

    def __init__(self, problem: str, source: str | None = None):
        self.problem = problem
        self.source = source
        message = f"{source}: {problem}" if source else problem
        super().__init__(_one_line(message))
