"""Precision/recall/F1 bookkeeping shared by the evaluations."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class PRF:
    """Counts of true positives, predicted and gold items, with P/R/F1.

    >>> PRF(tp=8, predicted=10, gold=16).f1
    0.6153846153846154
    """

    tp: float = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: PRF) -> None:
        self.tp += other.tp
        self.predicted += other.predicted
        self.gold += other.gold

    def row(self, label: str) -> str:
        return (
            f"{label:<24} P={self.precision:6.3f}  R={self.recall:6.3f}  F1={self.f1:6.3f}"
            f"  (tp={self.tp:g} pred={self.predicted} gold={self.gold})"
        )


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Overlap of two spans as a fraction of the longer one.

    >>> overlap((0, 10), (5, 10))
    0.5
    """
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / max(a[1] - a[0], b[1] - b[0])


def match_spans(
    gold: list[tuple[int, int]], predicted: list[tuple[int, int]], min_overlap: float = 1.0
) -> list[tuple[int, int]]:
    """Greedy one-to-one matching of predicted to gold spans; returns ``(gold_i, pred_j)`` pairs.

    ``min_overlap=1.0`` means exact match.

    >>> match_spans([(0, 5), (10, 20)], [(10, 20), (0, 4)], 0.5)
    [(1, 0), (0, 1)]
    """
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            score = 1.0 if g == p else overlap(g, p)
            if score >= min_overlap and score > 0:
                candidates.append((score, i, j))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g, used_p, pairs = set(), set(), []
    for _, i, j in candidates:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        pairs.append((i, j))
    return pairs
