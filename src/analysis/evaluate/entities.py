"""Article-level evaluation of entity mentions (:func:`analysis.entities.extract`).

``python -m analysis.evaluate entities FILE [--split all|dev|test] [--limit N] [--compare]``

FILE is either NLTK's IE-ER corpus (``ieer.zip`` or its ``ieer/`` folder: NIST 1999
newswire with PERSON / ORGANIZATION / LOCATION spans in the running text) or a CoNLL-2003
file (scored per document, so the document-level steps count). Mentions are mapped to the
gold scheme (IE-ER: PERSON, ORG -> ORGANIZATION, GPE/LOC -> LOCATION, NORP/MISC unscored;
CoNLL: PERSON -> PER, ORG, GPE/LOC -> LOC, NORP/MISC -> MISC) and scored by exact span and
type, and by >= 50% overlap with the same type. ``--compare`` also scores the bare model
spans (same label mapping, no lexicons, title/possessive handling or document consistency),
so the gain of the article-level steps is measured, not assumed.

>>> text, gold = parse_ieer_text('<b_enamex type="PERSON">Bob Edwards<e_enamex> of\\n<b_enamex type="LOCATION">Iowa<e_enamex>')
>>> text, gold
('Bob Edwards of Iowa', [(0, 11, 'PERSON'), (15, 19, 'LOCATION')])
"""

from __future__ import annotations

import argparse
import re
import time
import zipfile
from pathlib import Path

from .. import entities, tokenise
from .scoring import PRF, match_spans

IEER_MAP = {"PERSON": "PERSON", "ORG": "ORGANIZATION", "GPE": "LOCATION", "LOC": "LOCATION"}
CONLL_MAP = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "NORP": "MISC",
             "MISC": "MISC"}
_TAG = re.compile(r'<b_(\w+) type="(\w+)"[^>]*>|<e_(\w+)>')

Span = tuple[int, int, str]


def parse_ieer_text(marked: str, kinds: tuple[str, ...] = ("enamex",)) -> tuple[str, list[Span]]:
    """Plain text and the spans of one IE-ER ``<TEXT>`` body (ENAMEX by default).

    ``kinds`` picks the tags: ``("numex", "timex")`` gives the NUMEX/TIMEX spans (their
    types MONEY ... DURATION are distinct from the ENAMEX ones). Line breaks inside a
    paragraph become spaces (the tokeniser treats a line break as a paragraph end); a
    line starting with a tab starts a paragraph.

    >>> parse_ieer_text('<b_numex type="MONEY">$5<e_numex> on <b_timex type="DATE">May 1<e_timex>', ("numex", "timex"))
    ('$5 on May 1', [(0, 2, 'MONEY'), (6, 11, 'DATE')])
    """
    out: list[str] = []
    spans: list[Span] = []
    open_: list[tuple[str, str, int]] = []
    pos = length = 0
    for match in _TAG.finditer(marked):
        chunk = marked[pos: match.start()]
        out.append(chunk)
        length += len(chunk)
        pos = match.end()
        if match.group(1):
            open_.append((match.group(1), match.group(2), length))
        elif open_:
            kind, typ, start = open_.pop()
            if kind in kinds:
                spans.append((start, length, typ))
    out.append(marked[pos:])
    text = "".join(out)
    text = re.sub(r"\n(?!\t)", " ", text)  # one char for one char: offsets stay valid
    return text, sorted(spans)


def read_ieer(path: Path) -> list[tuple[str, str, list[Span]]]:
    """``(doc_id, text, gold spans)`` for every document of the IE-ER corpus."""
    return [(d["doc_id"], d["text"], d["gold"]) for d in read_ieer_documents(path)]


def read_ieer_documents(path: Path, kinds: tuple[str, ...] = ("enamex",)) -> list[dict]:
    """Every IE-ER document in corpus order (files sorted by name, documents as in the file).

    Each is a dict: ``doc_id``, ``text`` (the ``<TEXT>`` body, see :func:`parse_ieer_text`),
    ``gold`` (spans of the tags in ``kinds``), ``marked`` (the body as marked up) and
    ``published`` (the ``<DATE_TIME>`` date as ISO ``YYYY-MM-DD``, or None).
    """
    path = Path(path)
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as archive:
            files = {n: archive.read(n).decode("latin-1") for n in sorted(archive.namelist())
                     if re.search(r"/(APW|NYT)_\d+$", n)}
    else:
        files = {p.name: p.read_text(encoding="latin-1") for p in sorted(path.glob("*_*"))}
    docs = []
    for raw in files.values():
        for doc in re.findall(r"<DOC>(.*?)</DOC>", raw, flags=re.DOTALL):
            doc_id = re.search(r"<DOCNO>\s*(\S+)\s*</DOCNO>", doc).group(1)
            body = re.search(r"<TEXT>(.*?)</TEXT>", doc, flags=re.DOTALL)
            if body:
                when = re.search(r"<DATE_TIME>\s*(\d\d)/(\d\d)/(\d{4})", doc)
                published = f"{when.group(3)}-{when.group(1)}-{when.group(2)}" if when else None
                text, gold = parse_ieer_text(body.group(1), kinds)
                docs.append({"doc_id": doc_id, "text": text, "gold": gold,
                             "marked": body.group(1), "published": published})
    return docs


def read_conll_docs(path: Path) -> list[tuple[str, str, list[Span]]]:
    """CoNLL-2003 documents as space-joined text (a sentence per line) with gold spans."""
    from .ner import iob_to_spans, read_conll_documents

    docs = []
    for k, doc in enumerate(read_conll_documents(path)):
        parts: list[str] = []
        gold: list[Span] = []
        offset = 0
        for words, tags in doc:
            starts = []
            for w in words:
                starts.append(offset)
                offset += len(w) + 1
            for i, j, typ in iob_to_spans(tags):
                gold.append((starts[i], starts[j - 1] + len(words[j - 1]), typ))
            parts.append(" ".join(words))
        if parts:
            docs.append((f"conll-{k}", "\n".join(parts), gold))
    return docs


def predict(text: str, mapping: dict[str, str], model_only: bool = False) -> list[Span]:
    """Mention spans of a text in the gold scheme (``model_only``: bare NER spans)."""
    sentence_frame = tokenise.sentences(text)
    token_frame = tokenise.tokens(text, sentence_frame)
    if model_only:
        sents = entities._sentences(sentence_frame, token_frame)
        out = []
        for span in entities._model_spans(sents):
            sent = sents[span.sent]
            label = mapping.get(entities.NER_LABELS[span.label])
            if label:
                out.append((sent.starts[span.i], sent.ends[span.j - 1], label))
        return out
    mentions, _ = entities.extract(text, sentence_frame, token_frame)
    return [(s, e, mapping[label]) for s, e, label in
            zip(mentions["start"], mentions["end"], mentions["label"]) if label in mapping]


def score(docs, mapping, model_only=False) -> tuple[dict[str, PRF], dict[str, PRF], int, float]:
    """Exact and overlap P/R/F1 per type and ``ALL``; tokens and seconds."""
    exact: dict[str, PRF] = {}
    loose: dict[str, PRF] = {}
    tokens, seconds = 0, 0.0
    for _, text, gold in docs:
        t0 = time.perf_counter()
        pred = predict(text, mapping, model_only)
        seconds += time.perf_counter() - t0
        tokens += len(text.split())
        for table, need in ((exact, 1.0), (loose, 0.5)):
            for typ in sorted({g[2] for g in gold} | {p[2] for p in pred} | {"ALL"}):
                g = [x for x in gold if typ in ("ALL", x[2])]
                p = [x for x in pred if typ in ("ALL", x[2])]
                pairs = match_spans([x[:2] for x in g], [x[:2] for x in p], need)
                tp = sum(1 for i, j in pairs if g[i][2] == p[j][2])
                table.setdefault(typ, PRF()).add(PRF(tp, len(p), len(g)))
    return exact, loose, tokens, seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.evaluate entities",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("file", type=Path, help="ieer.zip / ieer folder, or a CoNLL-2003 file")
    parser.add_argument("--limit", type=int, help="only the first N documents")
    parser.add_argument("--split", choices=("all", "dev", "test"), default="all",
                        help="dev: even-numbered documents (tune on these), test: odd-numbered")
    parser.add_argument("--compare", action="store_true", help="also score the bare model spans")
    args = parser.parse_args(argv)
    is_ieer = args.file.suffix == ".zip" or args.file.is_dir()
    docs = read_ieer(args.file) if is_ieer else read_conll_docs(args.file)
    if args.split != "all":
        docs = docs[args.split == "test":: 2]
    docs = docs[: args.limit] if args.limit else docs
    mapping = IEER_MAP if is_ieer else CONLL_MAP
    entities.extract_text("Warm up.")  # load the models outside the timing
    runs = [("article pipeline (entities.extract)", False)]
    if args.compare:
        runs.append(("bare NER model spans", True))
    print(f"{args.file}: {len(docs)} documents, {sum(len(d[2]) for d in docs)} gold mentions")
    for title, model_only in runs:
        exact, loose, tokens, seconds = score(docs, mapping, model_only)
        print(f"\n{title}: {tokens / seconds:,.0f} whitespace tokens/s (with tokenising)")
        print("exact span and type")
        for typ, prf in exact.items():
            print("  " + prf.row(typ))
        print(">= 50% overlap, same type")
        print("  " + loose["ALL"].row("ALL"))
    return 0
