"""``python -m analysis.evaluate TASK FILE``: print precision/recall/F1 for a task."""

from __future__ import annotations

import importlib
import sys

TASKS = {
    "ner": "CoNLL-format file: entity-level P/R/F1 of the NER model",
    "quotes": "JSONL gold quotes: span P/R/F1 (exact, >=50% overlap) and speaker accuracy by kind",
    "numbers": "JSONL gold figures: span P/R/F1 (exact, overlap) and value accuracy by kind",
    "entities": "IE-ER zip/folder or CoNLL file: article-level mention P/R/F1 (--split, --compare)",
}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in {"-h", "--help"} or argv[0] not in TASKS:
        print("usage: python -m analysis.evaluate {ner,quotes,numbers,entities} FILE [options]\n")
        for task, what in TASKS.items():
            print(f"  {task:<8} {what}")
        return 0 if argv and argv[0] in {"-h", "--help"} else 2
    module = importlib.import_module(f"analysis.evaluate.{argv[0]}")
    return int(module.main(argv[1:]) or 0)


if __name__ == "__main__":
    sys.exit(main())
