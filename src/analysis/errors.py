"""The one error type the package raises for bad input."""

from __future__ import annotations


class AnalysisError(Exception):
    """Bad input or a failed step, with a message that names the input and the problem.

    >>> str(AnalysisError("empty file", source="data/raw/x.txt"))
    'data/raw/x.txt: empty file'
    """

    def __init__(self, problem: str, source: str | None = None):
        self.problem = problem
        self.source = source
        super().__init__(f"{source}: {problem}" if source else problem)
