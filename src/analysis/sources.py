"""Load article text from files and strings: plain text, Markdown, HTML, JSON/JSONL/CSV records.

Every loader returns :class:`Document` objects whose ``text`` is the exact string all
offsets index: decoded (UTF-8 with or without BOM, UTF-16/32, legacy cp1252/latin-1
detected by charset-normalizer), newlines normalised to ``\\n``. Inputs are opened
read-only and never modified. Anything unusable raises :class:`AnalysisError`
naming the file and the problem.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import AnalysisError

DEFAULT_MAX_BYTES = 25_000_000
TEXT_FIELDS = ("text", "body", "content", "article", "story")
ID_FIELDS = ("id", "doc_id", "guid", "uuid")
TITLE_FIELDS = ("title", "headline")
DATE_FIELDS = ("published", "date", "published_at", "pubdate", "datetime")
URL_FIELDS = ("url", "link")
SOURCE_FIELDS = ("source", "publisher", "outlet")

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
RECORD_SUFFIXES = {".json", ".jsonl", ".ndjson", ".csv"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES

_MAGIC = [
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a zip archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x7fELF", "an executable"),
    (b"BZh", "a bzip2 archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7z archive"),
]
_BOMS = [
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
]
_NEWLINES = re.compile(r"\r\n?")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$", re.MULTILINE)
_SURROGATE = re.compile("[\ud800-\udfff]")
_ESCAPED = re.compile("[\udc80-\udcff]+")  # bytes a surrogateescape decode could not read


@dataclass
class Document:
    """One article: its text (what all offsets index) and metadata."""

    text: str
    doc_id: str = "text"
    title: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None
    encoding: str | None = None
    metadata: dict = field(default_factory=dict)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def normalise_newlines(text: str) -> str:
    r"""``\r\n`` and lone ``\r`` become ``\n``; nothing else changes.

    >>> normalise_newlines("a\r\nb\rc")
    'a\nb\nc'
    """
    return _NEWLINES.sub("\n", text)


def from_text(text: str, doc_id: str = "text", **metadata) -> Document:
    r"""A document from a string (newlines normalised).

    >>> from_text("Hello.\r\nWorld.").text
    'Hello.\nWorld.'
    """
    if not isinstance(text, str):
        raise AnalysisError(f"text must be a str, not {type(text).__name__}", doc_id)
    text = normalise_newlines(text.lstrip("\ufeff"))
    # Lone surrogates (half an emoji, escaped as "\\ud83d" in JSON) cannot be encoded
    # as UTF-8, so no frame holding them could be saved: each becomes one U+FFFD.
    text = _SURROGATE.sub("\ufffd", text)
    if "\x00" in text:
        raise AnalysisError("text contains NUL characters (binary data?)", doc_id)
    if not text.strip():
        raise AnalysisError("text is empty or whitespace only", doc_id)
    known = {k: metadata.pop(k) for k in ("title", "published", "url", "source") if k in metadata}
    return Document(text=text, doc_id=doc_id, metadata=metadata, **known)


def _document(text: str, doc_id: str, where: str) -> Document:
    """:func:`from_text` for a loader: its errors name the file (and record), not the id."""
    try:
        return from_text(text, doc_id=doc_id)
    except AnalysisError as exc:
        raise AnalysisError(exc.problem, where) from None


def read_bytes(path: str | Path, max_bytes: int | None = None) -> bytes:
    """The file's bytes, read-only, after checking it exists, is a file, and is not too large."""
    path = Path(path)
    limit = max_bytes if max_bytes is not None else int(os.environ.get("ANALYSIS_MAX_BYTES", DEFAULT_MAX_BYTES))
    try:
        if not path.exists():
            if path.is_symlink():
                raise AnalysisError("broken symbolic link (or a symlink loop)", str(path))
            raise AnalysisError("no such file", str(path))
        if path.is_dir():
            raise AnalysisError("is a directory, not a file", str(path))
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            # reading a FIFO blocks until someone writes; /dev/zero never ends
            raise AnalysisError("not a regular file (a pipe, socket or device)", str(path))
        size = info.st_size
        if size > limit:
            raise AnalysisError(
                f"file is {size / 1e6:.1f} MB, over the {limit / 1e6:.1f} MB limit "
                "(raise it with max_bytes= or ANALYSIS_MAX_BYTES)",
                str(path),
            )
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except AnalysisError:
        raise
    except OSError as exc:
        raise AnalysisError(f"cannot read file: {exc.strerror or exc}", str(path)) from None
    if len(data) > limit:
        raise AnalysisError(f"file is over the {limit / 1e6:.1f} MB limit", str(path))
    return data


def _looks_utf16(data: bytes) -> str | None:
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / len(sample[0::2])
    odd_nuls = sample[1::2].count(0) / len(sample[1::2])
    if odd_nuls > 0.3 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.3 and odd_nuls < 0.05:
        return "utf-16-be"
    return None




def _mostly_utf8(data: bytes) -> tuple[str, str] | None:
    r"""UTF-8 text with a few bad bytes, decoded without turning the rest into mojibake.

    A multi-byte character cut off at the very end (a truncated download) becomes one
    U+FFFD. Stray bytes in a file that is otherwise UTF-8 (a cp1252 quote pasted into
    a UTF-8 page) are read as cp1252, byte by byte. Returns None when the file shows
    no sign of being UTF-8 at all, so legacy files still go to charset detection.

    >>> _mostly_utf8("Kyiv €".encode()[:-1]) == ("Kyiv \ufffd", "utf-8")
    True
    >>> _mostly_utf8(b"caf\xe9") is None  # cp1252: left to charset detection
    True
    >>> _mostly_utf8("“Café” ".encode() + b"\x93fine\x94")  # cp1252 quotes in UTF-8
    ('“Café” “fine”', 'utf-8+cp1252')
    """
    text = data.decode("utf-8", errors="surrogateescape")
    runs = list(_ESCAPED.finditer(text))
    bad = sum(len(run.group()) for run in runs)
    # How many characters decoded as genuine multi-byte UTF-8: a legacy 8-bit file
    # almost never forms even one such sequence by accident, let alone two.
    valid = sum(1 for ch in text if ord(ch) > 0x7F) - bad
    last = runs[-1]
    # a lone lead byte at the end is as likely cp1252 ("café") as a cut character
    if len(runs) == 1 and last.end() == len(text) and (valid or len(last.group()) >= 2):
        tail = bytes(ord(ch) - 0xDC00 for ch in last.group())
        try:
            tail.decode("utf-8")
        except UnicodeDecodeError as exc:
            if exc.reason == "unexpected end of data":
                return text[: last.start()] + "\ufffd", "utf-8"
    if valid < 2 and not (valid == 1 and bad <= 1):
        return None

    def legacy(match: re.Match) -> str:
        raw = bytes(ord(ch) - 0xDC00 for ch in match.group())
        # the five bytes cp1252 leaves undefined are kept as their latin-1 code points
        return "".join(
            bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in raw
        )

    return _ESCAPED.sub(legacy, text), "utf-8+cp1252"


def decode(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode bytes to text and name the encoding used, or raise for binary/undecodable data.

    >>> decode("café".encode("cp1252"))[0]
    'café'
    """
    if not data.strip():
        raise AnalysisError("file is empty" if not data else "file is whitespace only", name)
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise AnalysisError(f"binary file ({what}), not text", name)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise AnalysisError(f"undecodable {encoding} text at byte {exc.start}", name) from None
    utf16 = _looks_utf16(data)
    if utf16:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            # a cut-off last byte or a lone surrogate: keep the text, mark the damage
            text = data.decode(utf16, errors="replace")
            if text.count("\ufffd") <= max(2, len(text) // 1000):
                return text, utf16
    if b"\x00" in data:
        raise AnalysisError("binary file (contains NUL bytes), not text", name)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    mostly_utf8 = _mostly_utf8(data)
    if mostly_utf8 is not None:
        return mostly_utf8
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise AnalysisError(
            f"undecodable bytes: not UTF-8 (byte {utf8_error.start}) and no other encoding fits",
            name,
        )
    # Latin-script single-byte encodings decode most bytes alike; where cp1252 reads
    # the text as cleanly as the detector's pick, prefer it: it is what legacy
    # Western news text nearly always is.
    if best.encoding != "cp1252":
        western = from_bytes(data, cp_isolation=["cp1252"]).best()
        if western is not None and western.chaos <= best.chaos + 0.01:
            best = western
    text = str(best)
    control = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if control > max(8, len(text) // 100):
        raise AnalysisError("binary file (control characters), not text", name)
    return text, best.encoding


def _field(record: dict, names: tuple[str, ...]) -> str | None:
    lowered = {str(k).lower(): v for k, v in record.items()}
    for name in names:
        value = lowered.get(name)
        if value not in (None, ""):
            return str(value)
    return None


def _from_record(record: object, name: str, position: str, default_id: str) -> Document:
    where = f"{name} ({position})"
    if not isinstance(record, dict):
        raise AnalysisError(f"record is a {type(record).__name__}, not an object with a text field", where)
    text = _field(record, TEXT_FIELDS)
    if text is None:
        raise AnalysisError(f"record has no text field (one of: {', '.join(TEXT_FIELDS)})", where)
    lowered = {str(k).lower(): v for k, v in record.items()}
    raw = next(lowered[n] for n in TEXT_FIELDS if lowered.get(n) not in (None, ""))
    if isinstance(raw, (list, dict)):
        # str() of a list would invent article text ("['a', 'b']")
        raise AnalysisError(f"record's text field is a {type(raw).__name__}, not a string", where)
    doc_id = _field(record, ID_FIELDS) or default_id
    extra = {k: v for k, v in record.items() if str(k).lower() not in TEXT_FIELDS}
    doc = _document(text, doc_id, where) if text.strip() else None
    if doc is None:
        raise AnalysisError("record's text is empty", where)
    doc.title = _field(record, TITLE_FIELDS)
    doc.published = _field(record, DATE_FIELDS)
    doc.url = _field(record, URL_FIELDS)
    doc.source = _field(record, SOURCE_FIELDS) or name
    doc.metadata = {k: v for k, v in extra.items() if isinstance(v, (str, int, float, bool))}
    return doc


def _parse_json(text: str, name: str, lineno: int | None = None) -> object:
    where = f" on line {lineno}" if lineno else ""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        at = where or f" at line {exc.lineno} column {exc.colno}"
        raise AnalysisError(f"malformed JSON{at}: {exc.msg}", name) from None
    except RecursionError:
        raise AnalysisError(f"cannot parse JSON{where}: nested too deeply", name) from None
    except ValueError as exc:  # e.g. an integer of more than 4,300 digits
        raise AnalysisError(f"cannot parse JSON{where}: {exc}", name) from None


def _records_json(text: str, name: str, stem: str) -> Iterator[Document]:
    data = _parse_json(text, name)
    items = data if isinstance(data, list) else [data]
    if not items:
        raise AnalysisError("JSON file holds no records", name)
    for i, item in enumerate(items):
        yield _from_record(item, name, f"record {i}", stem if len(items) == 1 else f"{stem}-{i}")


def _records_jsonl(text: str, name: str, stem: str) -> Iterator[Document]:
    count = 0
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        item = _parse_json(line, name, lineno)
        yield _from_record(item, name, f"line {lineno}", f"{stem}-{lineno}")
        count += 1
    if not count:
        raise AnalysisError("JSONL file holds no records", name)


def _records_csv(text: str, name: str, stem: str) -> Iterator[Document]:
    # csv's default 128 kB field limit is smaller than a long article; the file itself
    # is already size-checked. The limit is process-wide, so it is restored at once.
    previous = csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
    try:
        reader = csv.DictReader(io.StringIO(text))
        fields = [f.lower() for f in (reader.fieldnames or [])]
        if not any(f in TEXT_FIELDS for f in fields):
            raise AnalysisError(
                f"CSV has no text column (one of: {', '.join(TEXT_FIELDS)}); columns are: "
                f"{', '.join(reader.fieldnames or []) or 'none'}",
                name,
            )
        rows = list(reader)
    except csv.Error as exc:
        raise AnalysisError(f"malformed CSV: {exc}", name) from None
    finally:
        csv.field_size_limit(previous)
    if not rows:
        raise AnalysisError("CSV file holds no rows", name)
    for i, row in enumerate(rows, start=2):
        yield _from_record(row, name, f"row {i}", f"{stem}-{i}")


_MAX_DEPTH = 200
# Tags that carry the page's structure for trafilatura; every other tag (div, span,
# table, li, b, blockquote...) is dropped when the nesting is too deep to parse.
_KEEP = {"html", "head", "body", "title", "meta", "link", "script", "style", "noscript",
         "template", "nav", "header", "footer", "article", "main", "aside", "p", "br", "hr",
         "h1", "h2", "h3", "h4", "h5", "h6", "a", "img", "time"}
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)[^>]*?(/?)>")
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def _nesting_depth(markup: str) -> int:
    """Deepest element nesting, counted from tags alone (linear; no parser limits).

    >>> _nesting_depth("<div><div><p>x</p><br></div></div>")
    3
    """
    depth = deepest = 0
    for match in _TAG.finditer(markup):
        closing, tag, self_closing = match.groups()
        if closing:
            depth = max(0, depth - 1)
        elif not self_closing and tag.lower() not in _VOID:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def _from_html(text: str, name: str, stem: str) -> Document:
    import trafilatura

    if _nesting_depth(text) > _MAX_DEPTH:
        # libxml2 silently drops everything nested deeper than 255 elements; layout and
        # inline tags carry no text of their own, so flattening them lets the article through
        text = _TAG.sub(lambda m: m.group() if m.group(2).lower() in _KEEP else " ", text)
    try:
        extracted = trafilatura.bare_extraction(
            text, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as exc:  # noqa: BLE001 - trafilatura raises many lxml errors on broken markup
        raise AnalysisError(f"cannot parse HTML: {exc}", name) from None
    body = getattr(extracted, "text", None) if extracted is not None else None
    if not body or not body.strip():
        raise AnalysisError("HTML holds no article text", name)
    doc = _document(body, stem, name)
    doc.title = getattr(extracted, "title", None)
    doc.published = getattr(extracted, "date", None)
    doc.url = getattr(extracted, "url", None)
    return doc


def documents(path: str | Path, max_bytes: int | None = None) -> Iterator[Document]:
    """Every document in a file: one for text/Markdown/HTML, one per record for JSON/JSONL/CSV.

    >>> [d.doc_id for d in documents("seeds/000_21b230e0212b6aab.txt")]  # doctest: +SKIP
    ['000_21b230e0212b6aab']
    """
    path = Path(path)
    name = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise AnalysisError(
            f"unsupported file type {suffix!r} (use .txt, .md, .html, .json, .jsonl or .csv)", name
        )
    text, encoding = decode(read_bytes(path, max_bytes), name)
    text = normalise_newlines(text.lstrip("\ufeff"))
    stem = path.stem
    if suffix in HTML_SUFFIXES:
        docs: Iterator[Document] = iter([_from_html(text, name, stem)])
    elif suffix == ".json":
        docs = _records_json(text, name, stem)
    elif suffix in {".jsonl", ".ndjson"}:
        docs = _records_jsonl(text, name, stem)
    elif suffix == ".csv":
        docs = _records_csv(text, name, stem)
    else:
        doc = _document(text, stem, name) if text.strip() else None
        if doc is None:
            raise AnalysisError("file is whitespace only", name)
        if suffix in {".md", ".markdown"}:
            heading = _MD_HEADING.search(text)
            doc.title = heading.group(1) if heading else None
        docs = iter([doc])
    for doc in docs:
        doc.encoding = encoding
        doc.source = doc.source or name
        yield doc


def load(path: str | Path, record: int | None = None, max_bytes: int | None = None) -> Document:
    """One document from a file; for a file of several records, pass ``record`` (0-based).

    >>> load("seeds/000_21b230e0212b6aab.txt").text[:7]  # doctest: +SKIP
    'Ukraine'
    """
    docs = list(documents(path, max_bytes))
    if record is not None:
        if not 0 <= record < len(docs):
            raise AnalysisError(f"has {len(docs)} records, no record {record}", str(path))
        return docs[record]
    if len(docs) > 1:
        raise AnalysisError(
            f"holds {len(docs)} records: pass record=N, or use analyse_corpus for all of them",
            str(path),
        )
    return docs[0]
