"""Run widely used quantity extractors on the numbers gold set, for comparison.

Writes predictions in the gold format, which ``python -m analysis.evaluate numbers``
scores with ``--predictions``. The peers are not project dependencies: run this script
with a separate environment that has them, e.g.::

    python3 -m venv /tmp/peers
    /tmp/peers/bin/pip install "quantulum3[classifier]" recognizers-text-suite "emoji==0.6.0"
    /tmp/peers/bin/python benchmarks/peers_numbers.py quantulum3 tests/data/numbers_gold.jsonl \
        --split dev > /tmp/quantulum3.jsonl
    .venv/bin/python -m analysis.evaluate numbers tests/data/numbers_gold.jsonl --split dev \
        --predictions /tmp/quantulum3.jsonl

Kinds are mapped from each tool's own categories (quantulum3: currency -> money,
percent units -> percent, time -> duration, dimensionless -> count or number, others ->
quantity; Recognizers-Text: currency, percentage, dimension/temperature, age, datetimeV2,
ordinal, number models, overlaps resolved longest first). Neither tool reports bounds or
claimants; they are scored as "eq" and "narrator".
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import warnings


def quantulum3_figures(text: str, published: str | None) -> list[dict]:
    from quantulum3 import parser

    out = []
    for q in parser.parse(text):
        start, end = q.span
        entity = q.unit.entity.name
        unit = q.unit.name
        if entity == "currency":
            kind = "money"
        elif "percent" in unit or unit == "per cent":
            kind = "percent"
        elif entity == "time":
            kind = "duration"
        elif entity == "dimensionless":
            kind = "count" if q.surface.strip()[-1:].isalpha() and " " in q.surface else "number"
        else:
            kind = "quantity"
        out.append({"start": start, "end": end, "surface": text[start:end], "kind": kind,
                    "value": float(q.value), "unit": unit, "bound": "eq", "date": None,
                    "claimant": "narrator"})
    return out


_RT_KIND = {"currency": "money", "percentage": "percent", "dimension": "quantity",
            "temperature": "quantity", "age": "duration", "ordinal": "ordinal",
            "number": "number"}


def recognizers_figures(text: str, published: str | None) -> list[dict]:
    import recognizers_suite as rs
    from recognizers_suite import Culture

    reference = dt.datetime.fromisoformat(published[:10]) if published else None
    found = []
    models = [rs.recognize_currency, rs.recognize_percentage, rs.recognize_dimension,
              rs.recognize_temperature, rs.recognize_age, rs.recognize_ordinal,
              rs.recognize_number]
    for model in models:
        found.extend(model(text, Culture.English))
    found.extend(rs.recognize_datetime(text, Culture.English, reference=reference))
    found.sort(key=lambda r: (-(r.end - r.start), r.start))
    taken: list[tuple[int, int]] = []
    out = []
    for r in found:
        start, end = r.start, r.end + 1  # Recognizers-Text ends are inclusive
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        type_name = r.type_name or ""
        resolution = r.resolution or {}
        value = date = None
        if type_name.startswith("datetimeV2"):
            sub = type_name.split(".")[-1]
            kind = {"duration": "duration", "time": "time"}.get(sub, "date")
            values = resolution.get("values") or [{}]
            first = values[-1] if reference else values[0]
            date = first.get("value") if sub == "date" else None
            if sub == "duration" and first.get("value"):
                value = float(first["value"])
        else:
            kind = _RT_KIND.get(type_name, "number")
            raw = resolution.get("value")
            try:
                value = float(str(raw).rstrip("%")) if raw is not None else None
            except ValueError:
                value = None
        out.append({"start": start, "end": end, "surface": text[start:end], "kind": kind,
                    "value": value, "unit": resolution.get("unit"), "bound": "eq",
                    "date": date, "claimant": "narrator"})
    out.sort(key=lambda f: f["start"])
    return out


SYSTEMS = {"quantulum3": quantulum3_figures, "recognizers": recognizers_figures}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("system", choices=sorted(SYSTEMS))
    parser.add_argument("file")
    parser.add_argument("--split", default="dev", help="a split name of the file (dev, test, wsj-test, ...) or all")
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")
    run = SYSTEMS[args.system]
    with open(args.file, encoding="utf-8") as handle:
        for line in handle:
            doc = json.loads(line)
            if args.split != "all" and doc["split"] != args.split:
                continue
            figures = run(doc["text"], doc.get("published"))
            print(json.dumps({"doc_id": doc["doc_id"], "numbers": figures}), file=sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
