"""Extraction quality, measured: ``python -m analysis.evaluate {ner,quotes,numbers} FILE``.

Each task has its own module (``ner``, ``quotes``, ``numbers``) with ``main(argv)``;
shared scoring helpers live in :mod:`analysis.evaluate.scoring`.
"""
