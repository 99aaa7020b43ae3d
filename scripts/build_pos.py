"""Copy NLTK's English averaged-perceptron POS model from ../shared into the package.

The weights are NLTK's own, unchanged; they are stored as one gzipped JSON file so
the package loads them without an NLTK data folder. Run by ``make models``.
"""

from __future__ import annotations

import gzip
import json
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from analysis.paths import nltk_data_dir
from analysis.pos import POS_MODEL


def main() -> None:
    source = nltk_data_dir() / "taggers" / "averaged_perceptron_tagger_eng.zip"
    prefix = "averaged_perceptron_tagger_eng/averaged_perceptron_tagger_eng"
    with zipfile.ZipFile(source) as archive:
        params = {
            part: json.loads(archive.read(f"{prefix}.{part}.json"))
            for part in ("weights", "tagdict", "classes")
        }
    params["classes"] = sorted(params["classes"])
    POS_MODEL.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(params, sort_keys=True, separators=(",", ":")).encode()
    # mtime=0 keeps the file byte-identical across runs
    with open(POS_MODEL, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as handle:
        handle.write(payload)
    print(f"wrote {POS_MODEL} ({POS_MODEL.stat().st_size / 1e6:.1f} MB) from {source}")


if __name__ == "__main__":
    main()
