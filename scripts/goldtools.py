"""Shared code of the gold-annotation scripts (``scripts/annotate_*.py``).

The scripts hold the hand-written annotations; this module holds what they have in
common and nothing that detects quotes or figures:

* the annotation notation: ``Q(...)`` for a quote, ``F(...)`` / ``R(...)`` for a figure;
* the ABC story selections (gold, blind, dev2) drawn from ``analysis.corpora.abc()``;
* turning a hand-written annotation into character offsets: a quote span and its
  speaker / verb cues (``quote_rows``), a figure marked as ``[span]`` inside a verbatim
  context (``locate_bracketed``, ``figure_rows``);
* the validation of quote and figure rows (``validate_quotes``, ``validate_figures``);
* reading and writing JSONL deterministically (``read_jsonl``, ``write_jsonl``).

Each script imports it from its own folder (``python scripts/annotate_....py`` puts
``scripts/`` first on ``sys.path``).
"""

from __future__ import annotations

import itertools
import json
import random
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
SEED = ROOT / "seeds" / "000_21b230e0212b6aab.txt"

QUOTE_KINDS = {"direct", "mixed", "indirect", "unattributed"}
# fmt: off
FIGURE_KINDS = {
    "money", "percent", "quantity", "count", "fraction", "date", "time", "duration",
    "ordinal", "number", "identifier",
}
# fmt: on
BOUNDS = {"eq", "approx", "gt", "ge", "lt", "le"}
QUOTE_DOC_KEYS = ("doc_id", "split", "title", "text", "quotes")
FIGURE_DOC_KEYS = ("doc_id", "split", "title", "text", "published", "numbers")
OPEN_MARKS = "\u201c\u2018\"'"
MARKS = '\u201c\u201d\u2018\u2019"'
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
NARRATOR = "narrator"


# --------------------------------------------------------------------------------------
# Notation
# --------------------------------------------------------------------------------------


class Q:
    """A hand-written quote: ``span`` is the exact text or ``("first words", "last words")``;
    ``surface`` / ``verb`` are whole-word cues outside the span (``s_side`` / ``v_side``
    restrict the side, ``s_at`` / ``v_at`` give a unique context); ``u`` labels the rows
    of one utterance; ``at`` is a unique context string the span lies in."""

    def __init__(
        self,
        kind,
        span,
        speaker=None,
        surface=None,
        verb=None,
        addressee=None,
        u=None,
        at=None,
        s_side=None,
        v_side=None,
        s_at=None,
        v_at=None,
    ):
        self.__dict__.update(locals())
        del self.__dict__["self"]


def F(
    ctx,
    kind,
    value=None,
    unit=None,
    bound="eq",
    low=None,
    high=None,
    counted=None,
    date=None,
    claimant=NARRATOR,
    approximate=None,
    nth=None,
):
    """A hand-written figure: ``ctx`` is verbatim story text with the span in [brackets]."""
    return {
        "ctx": ctx,
        "kind": kind,
        "value": value,
        "unit": unit,
        "bound": bound,
        "low": low,
        "high": high,
        "counted": counted,
        "date": date,
        "claimant": claimant,
        "approximate": approximate,
        "nth": nth,
    }


def R(ctx, kind, low, high, **kw):
    """A range: value is the midpoint."""
    return F(ctx, kind, value=(low + high) / 2, low=low, high=high, **kw)


# --------------------------------------------------------------------------------------
# Story selections
# --------------------------------------------------------------------------------------


def abc_stories():
    from analysis.corpora import abc

    return list(abc())


def gold_indices(n):
    """The 60 sampled stories: the first 50 are the gold set, the last 10 the blind reserve."""
    return sorted(random.Random(2026).sample(range(n), 60))


def reserve_indices(n):
    """15 further stories outside the 60, for the blind set."""
    taken = set(gold_indices(n))
    return sorted(random.Random(4242).sample([i for i in range(n) if i not in taken], 15))


def blind_indices(n):
    return gold_indices(n)[50:60] + reserve_indices(n)


def used_indices(n):
    """Every story of the gold and blind samples (and the unused rest of the 60)."""
    return set(gold_indices(n)) | set(reserve_indices(n))


def dev2_indices(n):
    used = used_indices(n)
    return sorted(random.Random(777).sample([i for i in range(n) if i not in used], 30))


def gold_sample(stories):
    """``(split, story)`` for the 50 gold stories: 40 dev, then 10 test."""
    idx = gold_indices(len(stories))[:50]
    return [("dev" if n < 40 else "test", stories[i]) for n, i in enumerate(idx)]


def check_coverage(annotated, sample_ids, what):
    """Stop unless the annotations cover exactly the sampled stories."""
    missing = sorted(set(sample_ids) - set(annotated))
    if missing:
        raise SystemExit(f"{what}: not annotated yet: {missing}")
    extra = sorted(set(annotated) - set(sample_ids))
    if extra:
        raise SystemExit(f"{what}: annotations for stories not in the sample: {extra}")


# --------------------------------------------------------------------------------------
# Quotes: hand-written strings to offsets
# --------------------------------------------------------------------------------------


def find_unique(text, needle, lo=0, hi=None):
    hi = len(text) if hi is None else hi
    hits = [m.start() for m in re.finditer(re.escape(needle), text[lo:hi])]
    if len(hits) != 1:
        raise ValueError(f"{needle!r} occurs {len(hits)} times")
    return lo + hits[0]


def locate_span(text, q):
    lo, hi = 0, len(text)
    if q.at:
        lo = find_unique(text, q.at)
        hi = lo + len(q.at)
    if isinstance(q.span, tuple):
        first, last = q.span
        s = find_unique(text, first, lo, hi)
        e = text.index(last, s) + len(last)
        return s, e
    s = find_unique(text, q.span, lo, hi)
    return s, s + len(q.span)


def locate_cue(text, word, qs, qe, side, at):
    """Offsets of a whole-word cue outside the quote ``qs:qe``, nearest to it."""
    if word is None:
        return None, None
    if at:
        base = find_unique(text, at)
        off = find_unique(text, word, base, base + len(at))
        return off, off + len(word)
    pat = r"(?<!\w)" + re.escape(word) + r"(?!\w)"
    cands = []
    for m in re.finditer(pat, text):
        a, b = m.span()
        if a < qe and b > qs:  # inside the quote span
            continue
        if side == "before" and b > qs:
            continue
        if side == "after" and a < qe:
            continue
        dist = qs - b if b <= qs else a - qe
        cands.append((dist, a, b))
    if not cands:
        raise ValueError(f"cue {word!r} not found")
    _, a, b = min(cands)
    return a, b


def fragment(text, s, e):
    """Offsets of the quoted fragment inside a mixed span (content between the marks)."""
    seg = text[s:e]
    m = re.search('[\u201c"\u2018]([^\u201d"\u2019]+)[\u201d"\u2019]', seg)
    if not m:
        return None, None
    return s + m.start(1), s + m.end(1)


def quote_rows(doc_id, text, anns):
    """The quote rows of one story from its ``Q`` annotations, sorted by offset."""
    rows, labels, next_uid = [], {}, 0
    for q in anns:
        try:
            s, e = locate_span(text, q)
            ss, se = locate_cue(text, q.surface, s, e, q.s_side, q.s_at)
            vs, ve = locate_cue(text, q.verb, s, e, q.v_side, q.v_at)
        except ValueError as exc:
            raise SystemExit(f"{doc_id}: {q.span!r}: {exc}")
        if q.u is not None and q.u in labels:
            uid = labels[q.u]
        else:
            uid = next_uid
            next_uid += 1
            if q.u is not None:
                labels[q.u] = uid
        row = {
            "start": s,
            "end": e,
            "quote": text[s:e],
            "kind": q.kind,
            "speaker": q.speaker,
            "speaker_surface": q.surface,
            "speaker_start": ss,
            "speaker_end": se,
            "verb": q.verb,
            "verb_start": vs,
            "verb_end": ve,
            "addressee": q.addressee,
            "utterance_id": uid,
        }
        if q.kind == "mixed":
            row["fragment_start"], row["fragment_end"] = fragment(text, s, e)
        rows.append(row)
    rows.sort(key=lambda r: (r["start"], r["end"]))
    return rows


# --------------------------------------------------------------------------------------
# Figures: a [bracketed] span inside a verbatim context to offsets
# --------------------------------------------------------------------------------------


def locate_bracketed(text, ctx, nth=None):
    """``(start, end, span)`` of the ``[span]`` marked in ``ctx``, a verbatim piece of
    ``text``; the bracket-free context must occur once unless ``nth`` picks one."""
    m = re.fullmatch(r"(.*?)\[(.+?)\](.*)", ctx, flags=re.DOTALL)
    if not m:
        raise ValueError(f"no [span] in ctx {ctx!r}")
    pre, span, post = m.groups()
    plain = pre + span + post
    hits = [i for i in range(len(text)) if text.startswith(plain, i)]
    if not hits:
        raise ValueError(f"context not found: {plain!r}")
    if len(hits) > 1 and nth is None:
        raise ValueError(f"context {plain!r} occurs {len(hits)} times; make it unique")
    start = hits[nth or 0] + len(pre)
    return start, start + len(span), span


def figure_row(text, ann):
    start, end, surface = locate_bracketed(text, ann["ctx"], ann["nth"])
    value = None if ann["value"] is None else float(ann["value"])
    low = ann["low"] if ann["low"] is not None else value
    high = ann["high"] if ann["high"] is not None else value
    approximate = ann["approximate"]
    if approximate is None:
        approximate = ann["bound"] == "approx"
    return {
        "start": start,
        "end": end,
        "surface": surface,
        "kind": ann["kind"],
        "value": value,
        "low": None if low is None else float(low),
        "high": None if high is None else float(high),
        "unit": ann["unit"] or None,
        "bound": ann["bound"],
        "approximate": bool(approximate),
        "counted": ann["counted"],
        "date": ann["date"],
        "claimant": ann["claimant"],
    }


def figure_rows(doc_id, text, anns):
    """The figure rows of one story from its ``F`` annotations, sorted by start."""
    try:
        return sorted((figure_row(text, a) for a in anns), key=lambda r: r["start"])
    except ValueError as exc:
        raise SystemExit(f"{doc_id}: {exc}")


def figure_doc(doc_id, split, title, text, anns, published=None):
    return {
        "doc_id": doc_id,
        "split": split,
        "title": title,
        "text": text,
        "published": published,
        "numbers": figure_rows(doc_id, text, anns),
    }


# --------------------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------------------


def doc_errors(docs, keys, splits):
    """Duplicate doc_ids, documents with other keys than ``keys``, splits not in ``splits``."""
    ids = Counter(d["doc_id"] for d in docs)
    errors = [f"duplicate doc_id {k}" for k, v in ids.items() if v > 1]
    for d in docs:
        if set(d) != set(keys):
            errors.append(f"{d['doc_id']}: bad keys {sorted(d)}")
        if d["split"] not in splits:
            errors.append(f"{d['doc_id']}: bad split {d['split']!r}")
    return errors


def _has_marks(quote):
    return any(c in quote for c in MARKS)


def quote_errors(d):
    """Errors in the quote rows of one document."""
    errors = []
    did, text = d["doc_id"], d["text"]
    speakers_by_uid, spans = {}, []
    for i, r in enumerate(d["quotes"]):
        where = f"{did}#{i}"
        s, e = r["start"], r["end"]
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            errors.append(f"{where}: offsets out of range")
            continue
        if text[s:e] != r["quote"]:
            errors.append(f"{where}: text[start:end] != quote")
        if r["quote"] != r["quote"].strip():
            errors.append(f"{where}: quote has surrounding whitespace")
        if "\n" in r["quote"]:
            errors.append(f"{where}: quote crosses a paragraph")
        if r["kind"] not in QUOTE_KINDS:
            errors.append(f"{where}: bad kind {r['kind']!r}")
        if r["kind"] == "direct" and (s == 0 or text[s - 1] not in OPEN_MARKS):
            errors.append(f"{where}: direct quote not preceded by an opening mark")
        # a mixed row without marks is allowed only for a piece of a split utterance
        # whose other piece has the marks
        if (
            r["kind"] == "mixed"
            and not _has_marks(r["quote"])
            and not any(
                o is not r
                and o["utterance_id"] == r["utterance_id"]
                and o["kind"] == "mixed"
                and _has_marks(o["quote"])
                for o in d["quotes"]
            )
        ):
            errors.append(f"{where}: mixed quote without quotation marks")
        if r["kind"] == "indirect" and (r["verb"] is None or r["speaker"] is None):
            errors.append(f"{where}: indirect quote needs speaker and verb")
        if r["kind"] == "unattributed" and (r["speaker"] is not None or r["verb"] is not None):
            errors.append(f"{where}: unattributed quote with speaker/verb")
        for name, a, b in (
            ("speaker_surface", "speaker_start", "speaker_end"),
            ("verb", "verb_start", "verb_end"),
        ):
            val, sa, sb = r[name], r[a], r[b]
            if val is None:
                if sa is not None or sb is not None:
                    errors.append(f"{where}: {name} null but offsets set")
            elif sa is None or sb is None or not (0 <= sa < sb <= len(text)) or text[sa:sb] != val:
                errors.append(f"{where}: {name} offsets do not match {val!r}")
            elif sa < e and sb > s:
                errors.append(f"{where}: {name} inside the quote span")
        if r["speaker_surface"] is not None and r["speaker"] is None:
            errors.append(f"{where}: surface without speaker")
        if not isinstance(r["utterance_id"], int):
            errors.append(f"{where}: utterance_id not int")
        speakers_by_uid.setdefault(r["utterance_id"], set()).add(r["speaker"])
        spans.append((s, e, where))
    for uid, sp in speakers_by_uid.items():
        if len(sp) > 1:
            errors.append(f"{did}: utterance {uid} has several speakers {sp}")
    spans.sort()
    for (_, b1, w1), (a2, _, w2) in itertools.pairwise(spans):
        if a2 < b1:
            errors.append(f"{w1} and {w2} overlap")
    return errors


def figure_errors(d):
    """Errors in the figure rows of one document."""
    errors = []
    t = d["text"]
    prev_end = -1
    for f in sorted(d["numbers"], key=lambda f: f["start"]):
        where = f"{d['doc_id']}:{f['start']}:{f['surface']!r}"
        if not (0 <= f["start"] < f["end"] <= len(t)):
            errors.append(f"{where} offsets out of range")
        if t[f["start"] : f["end"]] != f["surface"]:
            errors.append(f"{where} surface mismatch")
        if f["surface"] != f["surface"].strip():
            errors.append(f"{where} surface has outer whitespace")
        if f["start"] < prev_end:
            errors.append(f"{where} overlaps previous span")
        prev_end = max(prev_end, f["end"])
        if f["kind"] not in FIGURE_KINDS:
            errors.append(f"{where} bad kind")
        if f["bound"] not in BOUNDS:
            errors.append(f"{where} bad bound")
        if f["bound"] == "approx" and not f["approximate"]:
            errors.append(f"{where} approx bound but approximate false")
        if f["date"] is not None and not ISO.match(f["date"]):
            errors.append(f"{where} bad date")
        if f["kind"] == "money" and not re.fullmatch(r"[A-Z]{3}|cent|penny", f["unit"] or ""):
            errors.append(f"{where} money without ISO unit")
        if f["kind"] in {"percent", "quantity", "duration"} and not f["unit"]:
            errors.append(f"{where} {f['kind']} without unit")
        if f["kind"] == "count" and (f["unit"] is not None or not f["counted"]):
            errors.append(f"{where} count needs counted and no unit")
        if f["kind"] in {"fraction", "ordinal", "number", "date", "time", "identifier"} and f["unit"] is not None:
            errors.append(f"{where} {f['kind']} with a unit (a bound passed where the unit goes?)")
        if f["kind"] == "identifier" and f["value"] is not None:
            errors.append(f"{where} identifier with value")
        v, lo, hi = f["value"], f["low"], f["high"]
        if v is None and (lo is not None or hi is not None):
            errors.append(f"{where} low/high without value")
        if v is not None and (lo is None or hi is None or not lo <= v <= hi):
            errors.append(f"{where} low/value/high inconsistent")
        if not f["claimant"]:
            errors.append(f"{where} empty claimant")
    return errors


def validate_quotes(docs, splits):
    errors = doc_errors(docs, QUOTE_DOC_KEYS, splits)
    for d in docs:
        errors += quote_errors(d)
    return errors


def validate_figures(docs, splits):
    errors = doc_errors(docs, FIGURE_DOC_KEYS, splits)
    for d in docs:
        errors += figure_errors(d)
    return errors


def report(errors):
    for e in errors:
        print("ERROR", e)
    return bool(errors)


def kind_counts(docs, rows_key):
    """``(by, ndocs)``: rows a ``(split, kind)`` and documents a split."""
    by = Counter((d["split"], r["kind"]) for d in docs for r in d[rows_key])
    return by, Counter(d["split"] for d in docs)


def uncovered_digits(rows):
    """Print digits not covered by any figure span (a reading aid, not an annotator)."""
    for r in rows:
        spans = [(f["start"], f["end"]) for f in r["numbers"]]
        for m in re.finditer(r"\d", r["text"]):
            if not any(s <= m.start() < e for s, e in spans):
                ctx = r["text"][m.start() - 20 : m.end() + 20]
                print(f"  uncovered digit in {r['doc_id']}: ...{ctx!r}")


# --------------------------------------------------------------------------------------
# JSONL
# --------------------------------------------------------------------------------------


def write_jsonl(path, rows):
    """One JSON object a line, keys in insertion order, UTF-8 unescaped, ``\\n`` endings."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def read_jsonl(path):
    with Path(path).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def read_or_build(argv, path, build):
    """With ``--check`` in ``argv`` the rows of the existing file; else ``build()``'s rows,
    written to ``path`` first (validation comes after, as a report)."""
    if "--check" in argv:
        return read_jsonl(path)
    rows = build()
    write_jsonl(path, rows)
    return rows


# --------------------------------------------------------------------------- written sets
def split_summary(rows, dev, test):
    """Counts by kind for a dev/test pair of splits, bounds, claimants and dates (Markdown)."""
    by, docs = kind_counts(rows, "numbers")
    lines = [f"| kind | {dev} | {test} | total |", "|---|---:|---:|---:|"]
    for k in sorted({k for _, k in by}):
        d, t = by[(dev, k)], by[(test, k)]
        lines.append(f"| {k} | {d} | {t} | {d + t} |")
    d = sum(v for (s, _), v in by.items() if s == dev)
    t = sum(v for (s, _), v in by.items() if s == test)
    lines.append(f"| **all figures** | {d} | {t} | {d + t} |")
    lines.append(f"| documents | {docs[dev]} | {docs[test]} | {docs[dev] + docs[test]} |")
    figs = [f for r in rows for f in r["numbers"]]
    bounds = Counter(f["bound"] for f in figs)
    claim = Counter("narrator" if f["claimant"] == "narrator" else "speaker" for f in figs)
    pub = sum(r["published"] is not None for r in rows)
    lines.append("")
    lines.append("Bounds: " + ", ".join(f"{k} {v}" for k, v in bounds.most_common()))
    lines.append(f"Claimant: narrator {claim['narrator']}, a source {claim['speaker']}")
    lines.append(f"Documents with published date: {pub}, without: {len(rows) - pub}")
    money = Counter(f["unit"] for f in figs if f["kind"] == "money")
    lines.append(f"Money units ({len(money)}): " + ", ".join(sorted(money)))
    return "\n".join(lines)


def written_set_main(argv, out, docs, prefix):
    """Build or check a set of texts written for it: ``docs`` is a list of
    ``(published, text, annotations)``; document i is ``{prefix}-{i:03d}``, every third one
    is held out (``{prefix}-test``), the rest ``{prefix}-dev``."""
    dev, test = f"{prefix}-dev", f"{prefix}-test"

    def doc_id(i):
        return f"{prefix}-{i:03d}"

    def split_of(i):
        return test if i % 3 == 0 else dev

    def build():
        return [figure_doc(doc_id(i), split_of(i), "", text, anns, published=published)
                for i, (published, text, anns) in enumerate(docs, start=1)]

    rows = read_or_build(argv, out, build)
    errors = validate_figures(rows, {dev, test})
    if any(not r["numbers"] for r in rows):
        errors.append("a document without figures")
    for i, r in enumerate(rows, start=1):
        if r["doc_id"] != doc_id(i) or r["split"] != split_of(i) or r["title"] != "":
            errors.append(f"{r['doc_id']}: id/split/title out of order")
    report(errors)
    uncovered_digits(rows)
    print(split_summary(rows, dev, test))
    return 1 if errors else 0


def print_split_counts(rows, splits):
    """One line per split: documents, figures and figures by kind."""
    for split in splits:
        part = [r for r in rows if r["split"] == split]
        kinds = Counter(f["kind"] for r in part for f in r["numbers"])
        print(f"{split}: {len(part)} documents, {sum(kinds.values())} figures: "
              f"{dict(sorted(kinds.items()))}")


def selected_rows(sample, splits, anns):
    """Gold rows of sampled documents: ``sample`` is ``(split, {doc_id, text[, published]})``
    pairs, ``anns`` the annotations of each split (every sampled document must have some)."""
    rows = []
    for split, ann in zip(splits, anns):
        part = [d for s, d in sample if s == split]
        check_coverage(ann, [d["doc_id"] for d in part], split)
        rows += [figure_doc(d["doc_id"], split, "", d["text"], ann[d["doc_id"]],
                            published=d.get("published")) for d in part]
    return rows


def last_weekday(published, weekday):
    """ISO date of the most recent ``weekday`` ("Monday") on or before ``published`` (README rule)."""
    import datetime as dt

    p = dt.date.fromisoformat(published)
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    return (p - dt.timedelta(days=(p.weekday() - days.index(weekday)) % 7)).isoformat()


def wsj_text(z, i):
    """The document text of ``wsj_{i:04d}`` in the treebank zip ``z``: the file without its
    ``.START`` line, stripped."""
    raw = z.read(f"treebank/raw/wsj_{i:04d}")
    try:
        s = raw.decode("utf-8")
    except UnicodeDecodeError:
        s = raw.decode("latin-1")
    lines = s.split("\n")
    if lines[0].strip() != ".START":
        raise SystemExit(f"wsj_{i:04d}: no .START line")
    return "\n".join(lines[1:]).strip()


def stride_selection(docs, plan, stride, max_chars, exclude=()):
    """``[(split, doc)]``: for each ``(split, first, n)`` of ``plan``, the first ``n`` documents
    of ``docs[first::stride]`` no longer than ``max_chars`` and whose doc_id is not excluded."""
    out = []
    for split, first, n in plan:
        keep = [d for d in docs[first::stride]
                if len(d["text"]) <= max_chars and d["doc_id"] not in exclude][:n]
        if len(keep) != n:
            raise SystemExit(f"{split}: only {len(keep)} documents")
        out += [(split, d) for d in keep]
    return out


def wsj_selection(z, seed, splits, n_dev, n_test, min_chars, max_chars, skip=0):
    """``[(split, doc_id, text)]``: WSJ files of the treebank zip ``z`` in
    ``Random(seed).sample`` order, those between ``min_chars`` and ``max_chars`` long, the
    first ``skip`` of them passed over, then ``n_dev`` for ``splits[0]`` and ``n_test`` for
    ``splits[1]``."""
    order = random.Random(seed).sample(range(1, 200), 199)
    keep = []
    for i in order:
        text = wsj_text(z, i)
        if min_chars <= len(text) <= max_chars:
            keep.append((f"wsj_{i:04d}", text))
        if len(keep) == skip + n_dev + n_test:
            break
    keep = keep[skip:]
    return [(splits[0] if n < n_dev else splits[1], d, t) for n, (d, t) in enumerate(keep)]
