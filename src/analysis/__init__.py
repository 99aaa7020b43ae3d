"""Who said what, which figures, which names: news text into tidy pandas dataframes.

>>> import analysis
>>> art = analysis.analyse()          # the seed article
>>> art.sentences.columns.tolist()
['sentence_id', 'paragraph_id', 'start', 'end', 'text']
"""

from __future__ import annotations

__version__ = "0.1.0"

from .article import Article, analyse, analyse_document
from .errors import AnalysisError

__all__ = ["AnalysisError", "Article", "__version__", "analyse", "analyse_document"]


def __getattr__(name: str):
    # corpus-scale helpers load lazily: they pull in pyarrow, tqdm and (optionally) Dask
    if name in {"analyse_corpus", "load_corpus"}:
        from . import corpus

        return getattr(corpus, name)
    if name == "corpora":
        import importlib

        return importlib.import_module(".corpora", __name__)
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")
