"""Derive the run-time lexicons in ``src/analysis/lexicons/`` from NLTK's gazetteers and names.

Writes (UTF-8, one entry a line, sorted, so rebuilds are byte-identical):

- ``countries.txt``      countries.txt + isocountries.txt (the latter is Latin-1)
- ``nationalities.txt``  demonyms ("Russian", "Ukrainian")
- ``us_states.txt``, ``us_cities.txt``, ``ca_provinces.txt``, ``mx_states.txt``
- ``first_names.tsv``    ``name<TAB>female|male|ambiguous`` from the names corpus
- ``NAMES_README.txt``   the names corpus licence note (its licence asks for it to travel
                         with the lists)

The hand-curated files (``curated.tsv``: extra places, organisations, groups and aliases;
``titles.tsv``: words of job titles) are edited by hand and only checked here.

Usage::

    .venv/bin/python scripts/build_lexicons.py          # rebuild from ../shared/nltk_data
    .venv/bin/python scripts/build_lexicons.py --check  # validate the curated files only
"""

from __future__ import annotations

import argparse
import re
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from analysis.paths import PACKAGE_DIR, nltk_data_dir

OUT = PACKAGE_DIR / "lexicons"
LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "MISC"}
TITLE_KINDS = {"head", "modifier", "portfolio"}


def _read(archive: zipfile.ZipFile, member: str, encoding: str = "utf-8") -> list[str]:
    raw = archive.read(member).decode(encoding)
    lines = []
    for line in raw.splitlines():
        # "San Buenaventura (Ventura)" -> "San Buenaventura"; trailing blanks in "Saint Kitts "
        line = re.sub(r"\s*\(.*?\)", "", line).strip()
        if line:
            lines.append(line)
    return lines


def _write(out: Path, name: str, lines: list[str]) -> None:
    path = out / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {path}: {len(lines)} entries")


def build(out: Path = OUT) -> None:
    """Write the derived lexicons into ``out`` (the package's ``lexicons/`` by default)."""
    corpora = nltk_data_dir() / "corpora"
    out.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(corpora / "gazetteers.zip") as gz:
        countries = _read(gz, "gazetteers/countries.txt")
        countries += _read(gz, "gazetteers/isocountries.txt", "latin-1")
        _write(out, "countries.txt", sorted(set(countries)))
        _write(out, "nationalities.txt", sorted(set(_read(gz, "gazetteers/nationalities.txt"))))
        _write(out, "us_states.txt", sorted(set(_read(gz, "gazetteers/usstates.txt"))))
        # "Louisville-Jefferson County" is how the list spells Louisville
        cities = {c.split("-Jefferson")[0] for c in _read(gz, "gazetteers/uscities.txt")}
        _write(out, "us_cities.txt", sorted(cities))
        _write(out, "ca_provinces.txt", sorted(set(_read(gz, "gazetteers/caprovinces.txt"))))
        _write(out, "mx_states.txt", sorted(set(_read(gz, "gazetteers/mexstates.txt"))))
    with zipfile.ZipFile(corpora / "names.zip") as nz:
        female = set(_read(nz, "names/female.txt"))
        male = set(_read(nz, "names/male.txt"))
        readme = nz.read("names/README").decode("utf-8")
    rows = []
    for name in sorted(female | male):
        gender = "ambiguous" if name in female and name in male else (
            "female" if name in female else "male")
        rows.append(f"{name}\t{gender}")
    _write(out, "first_names.tsv", rows)
    (out / "NAMES_README.txt").write_text(readme, encoding="utf-8")
    check()


def check() -> None:
    """Fail loudly on malformed curated rows (wrong label, wrong column count)."""
    problems = []
    for number, line in enumerate((OUT / "curated.tsv").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) not in (2, 3) or parts[1] not in LABELS:
            problems.append(f"curated.tsv:{number}: {line!r}")
    for number, line in enumerate((OUT / "titles.tsv").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or parts[1] not in TITLE_KINDS:
            problems.append(f"titles.tsv:{number}: {line!r}")
    if problems:
        raise SystemExit("malformed curated lexicon rows:\n" + "\n".join(problems))
    print("curated lexicons OK")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only validate the curated files")
    parser.add_argument("--out", type=Path, default=OUT, help="output folder (default: the package's)")
    args = parser.parse_args(argv)
    check() if args.check else build(args.out)


if __name__ == "__main__":
    main()
