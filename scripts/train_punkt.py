"""Train the Punkt sentence model on ABC news text plus an abbreviation list.

Writes ``src/analysis/models/punkt.json`` (Punkt's learned parameters as plain JSON).
Punkt training is deterministic, so re-running gives the same file. Run by ``make models``.
"""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

from nltk.tokenize.punkt import PunktTrainer

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from analysis.paths import nltk_data_dir
from analysis.tokenise import EXTRA_ABBREVIATIONS, PUNKT_MODEL


def training_text() -> str:
    with zipfile.ZipFile(nltk_data_dir() / "corpora" / "abc.zip") as archive:
        return "\n".join(
            archive.read(f"abc/{section}.txt").decode("utf-8", errors="replace")
            for section in ("rural", "science")
        )


def moses_abbreviations() -> set[str]:
    with zipfile.ZipFile(nltk_data_dir() / "corpora" / "nonbreaking_prefixes.zip") as archive:
        lines = archive.read("nonbreaking_prefixes/nonbreaking_prefix.en").decode().splitlines()
    words = set()
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        word = line.split()[0]
        # single capital letters are initials; Punkt handles those itself
        if len(word) > 1:
            words.add(word.lower())
    return words


def main() -> None:
    trainer = PunktTrainer()
    trainer.INCLUDE_ALL_COLLOCS = True
    trainer.train(training_text(), finalize=True)
    params = trainer.get_params()
    abbreviations = set(params.abbrev_types) | moses_abbreviations() | EXTRA_ABBREVIATIONS
    model = {
        "abbrev_types": sorted(abbreviations),
        "collocations": sorted([a, b] for a, b in params.collocations),
        "sent_starters": sorted(params.sent_starters),
        "ortho_context": dict(sorted(params.ortho_context.items())),
    }
    PUNKT_MODEL.parent.mkdir(parents=True, exist_ok=True)
    PUNKT_MODEL.write_text(json.dumps(model, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(
        f"wrote {PUNKT_MODEL}: {len(model['abbrev_types'])} abbreviations, "
        f"{len(model['collocations'])} collocations, {len(model['sent_starters'])} sentence starters"
    )


if __name__ == "__main__":
    main()
