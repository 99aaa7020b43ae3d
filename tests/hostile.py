"""Hostile inputs for the hardening suites, generated into a folder on demand.

Nothing here is committed as data: every file is built from a few bytes of code when a
test asks for it, so big inputs (50 MB, 1 MB single lines) never enter the repo.

>>> import tempfile, pathlib
>>> path = write_case(CASES_BY_NAME["empty.txt"], pathlib.Path(tempfile.mkdtemp()))
>>> path.read_bytes()
b''
"""

from __future__ import annotations

import hashlib
import json
import os
import random
from dataclasses import dataclass
from pathlib import Path

MB = 1_000_000
STORY = (
    "Ukraine’s government on Tuesday said it aims to take back all of its territories. "
    "“The aim is to liberate the Kharkiv region,” Deputy Defence Minister Hanna Malyar "
    "told Reuters. Zelenskyy claimed Ukrainian forces took 6,000 square kilometers."
)
# What a hostile page tries to smuggle into a report: each marker must never reach a
# browser as markup. Markers are plain words so a test can find them wherever they land.
PAYLOADS = (
    '<script>alert("XSS-SCRIPT")</script>',
    "<img src=x onerror=alert('XSS-IMG')>",
    '<a href="javascript:alert(\'XSS-HREF\')" onclick="alert(\'XSS-CLICK\')">link</a>',
    "<svg onload=alert('XSS-SVG')></svg>",
    "<style>body{background:url(XSS-STYLE)}</style>",
    "</textarea></title></script><iframe src=XSS-IFRAME></iframe>",
)
HOSTILE_STORY = (
    f"{PAYLOADS[0]} Ukraine’s government said it aims to take back its territories {PAYLOADS[1]}. "
    f"“We will win {PAYLOADS[2]},” Zelenskyy told Reuters on Tuesday. "
    f"The {PAYLOADS[3]} ministry said 800 people were killed {PAYLOADS[4]}. "
    f"Officials in Kyiv {PAYLOADS[5]} said the aim is to liberate the Kharkiv region."
)

SCRIPT_HTML = (
    "<html><head><title>Kyiv pushes back</title><script>var leak = 'SCRIPT-PAYLOAD';</script>"
    "<style>.x{content:'STYLE-PAYLOAD'}</style></head><body>"
    "<article><p onclick=\"alert('HANDLER-PAYLOAD')\">Kyiv says it won the battle for the "
    "Kharkiv region on Tuesday, officials told reporters in the capital.</p>"
    "<p>Zelenskyy said <img src=x onerror=\"alert('IMG-PAYLOAD')\"> it was a good day for "
    "everyone in the country and thanked the army.</p>"
    "<script>document.write('INLINE-PAYLOAD')</script>"
    "</article></body></html>"
)


BIG_FIELD = "The river ran past the old mill and the quiet fields beyond the town. " * 2000


def nested_html(depth: int = 5000, tag: str = "div", close: bool = True) -> bytes:
    """A page whose article sits under ``depth`` nested tags (libxml2 stops at 255)."""
    body = (
        "<p>Kyiv says it won the battle for the Kharkiv region on Tuesday, officials said.</p>"
        "<p>Zelenskyy thanked the army and said the offensive would go on into the winter.</p>"
    )
    return (
        "<html><head><title>Deep</title></head><body><nav>Home NAVLINK</nav>"
        + f'<{tag} class="wrap">' * depth
        + body
        + ("".join(f"</{t}>" for t in reversed(tag.split("><"))) * depth if close else "")
        + "</body></html>"
    ).encode()


def mixed_encoding() -> tuple[bytes, str]:
    """A UTF-8 file with cp1252 curly quotes and an é pasted in, and the text it holds."""
    data = "Zelenskyy’s aide said “we won” in Kyiv. ".encode() + b"The caf\xe9 owner said \x93fine\x94."
    return data, "Zelenskyy’s aide said “we won” in Kyiv. The café owner said “fine”."


def truncated_utf8() -> tuple[bytes, str]:
    """A UTF-8 file whose last character (€) lost its final byte."""
    text = "Zelenskyy’s aide said prices rose to 40 €"
    return text.encode()[:-1], text[:-1] + "\ufffd"


@dataclass(frozen=True)
class Case:
    """One hostile file: its name and bytes, and the exact outcome the package owes it.

    ``error`` is a fragment of the AnalysisError message (None: the file must load);
    ``text`` is the exact text it must load as, or ``contains`` a part of it.
    """

    name: str
    data: bytes
    error: str | None = None
    text: str | None = None
    contains: str | None = None
    absent: tuple[str, ...] = ()
    note: str = ""
    records_before_error: int = 0  # JSONL: good lines before the bad one are still analysed


def _cases() -> list[Case]:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n"
    zipped = b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256))
    mixed, mixed_text = mixed_encoding()
    cut, cut_text = truncated_utf8()
    utf16 = STORY.encode("utf-16-le")
    rng = random.Random(7)
    return [
        Case("empty.txt", b"", error="file is empty"),
        Case("whitespace.txt", b" \n\t\r\n  \x0c\n", error="whitespace only"),
        Case("bom-only.txt", b"\xef\xbb\xbf", error="whitespace only"),
        Case("image.png", png, error="unsupported file type '.png'"),
        Case("image.txt", png, error="binary file (a PNG image)", note="PNG bytes, .txt name"),
        Case("document.pdf", pdf, error="unsupported file type '.pdf'"),
        Case("document.txt", pdf, error="binary file (a PDF document)"),
        Case("archive.zip", zipped, error="unsupported file type '.zip'"),
        Case("archive.txt", zipped, error="binary file (a zip archive)"),
        Case("noise.txt", bytes(rng.randrange(256) for _ in range(4000)), error="binary file"),
        Case("nul-bytes.txt", b"Kyiv says\x00 it won.\x00", error="NUL"),
        Case("utf16-with-nul.txt", ("Kyiv says\x00 it won. " + STORY * 3).encode("utf-16-le"),
             error="text contains NUL characters", note="found by the fuzz campaign"),
        Case("nul-in-record.jsonl", b'{"text": "Kyiv says\\u0000 it won."}\n',
             error="text contains NUL characters", note="error names FILE (line 1)"),
        Case("truncated-utf8.txt", cut, text=cut_text, note="last character cut: U+FFFD"),
        Case("utf16-le-no-bom.txt", utf16, text=STORY),
        Case("utf16-be-no-bom.txt", STORY.encode("utf-16-be"), text=STORY),
        Case("utf16-odd-length.txt", utf16[:-1], text=STORY[:-1] + "\ufffd",
             note="UTF-16 cut mid-character"),
        Case("mixed-encoding.txt", mixed, text=mixed_text, note="UTF-8 with cp1252 bytes"),
        Case("cp1252.txt", "Le café “Zürich” a fermé à 5 €.".encode("cp1252"),
             text="Le café “Zürich” a fermé à 5 €."),
        Case("crlf.txt", b"Kyiv says it won.\r\n\r\n\xe2\x80\x9cWe won,\xe2\x80\x9d he said.\r\n",
             text="Kyiv says it won.\n\n“We won,” he said.\n"),
        Case("control-chars.txt", b"Kyiv\x07 says \x1b[31mit won\x1b[0m.", contains="Kyiv",
             note="terminal escapes kept as text"),
        Case("nested-divs.html", nested_html(5000), contains="Kyiv says it won the battle",
             absent=("NAVLINK",), note="5,000 nested divs"),
        Case("unclosed-bold.html", nested_html(5000, "b", close=False),
             contains="Kyiv says it won the battle", note="5,000 unclosed <b>"),
        Case("nested-tables.html", nested_html(2000, "table><tr><td"),
             contains="Zelenskyy thanked the army", note="2,000 nested tables"),
        Case("script.html", SCRIPT_HTML.encode(), contains="Kyiv says it won",
             absent=("PAYLOAD", "<script", "onclick", "onerror", "alert")),
        Case("only-script.html", b"<html><body><script>x()</script></body></html>",
             error="HTML holds no article text"),
        Case("malformed.jsonl", b'{"text": "Kyiv says it won."}\n{"text": \n', error="line 2",
             records_before_error=1),
        Case("not-object.jsonl", b'["Kyiv says it won."]\n', error="record is a list"),
        Case("text-is-list.json", b'{"text": ["Kyiv", "says"]}', error="text field is a list"),
        Case("deep.json", b"[" * 100_000 + b"]" * 100_000, error="nested too deeply"),
        Case("huge-int.json", b'{"text": "Kyiv says it won.", "id": ' + b"9" * 5000 + b"}",
             error="cannot parse JSON"),
        Case("lone-surrogate.jsonl", b'{"text": "Kyiv \\ud83d says it won."}\n',
             text="Kyiv \ufffd says it won.", note="half an emoji escaped in JSON"),
        Case("missing-text-column.csv", b"id,headline\n1,Kyiv says it won\n",
             error="CSV has no text column"),
        Case("newline-in-header.csv", b'id,"head\nline"\n1,Kyiv says it won\n',
             error="columns are: id, head\\nline", note="found by the fuzz campaign"),
        Case("big-field.csv", b'id,text\n1,"' + BIG_FIELD.encode() + b'"\n', text=BIG_FIELD,
             note="140 kB field, over csv's 128 kB default"),
        Case("name with spaces é 日本.txt", STORY.encode(), text=STORY),
        Case("record-id-traversal.jsonl",
             json.dumps({"id": "../../escape", "text": STORY}).encode() + b"\n", text=STORY,
             note="doc id tries to leave the output folder"),
    ]


CASES = _cases()
CASES_BY_NAME = {case.name: case for case in CASES}


def write_case(case: Case, folder: Path) -> Path:
    """Write one case's bytes into ``folder`` and return the path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / case.name
    path.write_bytes(case.data)
    return path


def big_text(path: Path, size: int = 50 * MB) -> Path:
    """A plain-text file of ``size`` bytes of news sentences, written in 1 MB blocks."""
    block = (STORY + "\n").encode()
    block = block * (MB // len(block) + 1)
    with open(path, "wb") as handle:
        left = size
        while left > 0:
            handle.write(block[: min(left, MB)])
            left -= min(left, MB)
    return path


def single_line(size: int = MB, seed: int = 0) -> str:
    """``size`` characters of news words on one line, with no punctuation at all."""
    rng = random.Random(seed)
    words = ["the", "army", "said", "Kyiv", "forces", "took", "villages", "and", "Zelenskyy", "told", "Reuters", "region", "officials", "claimed", "6000", "square", "kilometres", "Russian", "troops", "in", "Kharkiv"]
    out, length = [], 0
    while length < size:
        word = rng.choice(words)
        out.append(word)
        length += len(word) + 1
    return " ".join(out)[:size]


def snapshot(path: Path) -> tuple[str, int]:
    """sha256 and mtime (ns) of a file: what must be identical after the package reads it."""
    return hashlib.sha256(path.read_bytes()).hexdigest(), os.stat(path).st_mtime_ns


# --------------------------------------------------------------------------- fuzzing

SPEAKERS = ("Zelenskyy", "Antony Blinken", "Deputy Defence Minister Hanna Malyar", "the ministry",
            "he", "she", "They", "Mr. Putin", "a U.S. official", "Ukraine’s army", "Reuters",
            "Dr. O'Neill-Smith", "José Martí", "محمد", "Владимир", "李明")
VERBS = ("said", "told reporters", "told Reuters", "claimed", "stated", "added", "warned",
         "according to", "says", "denied", "insisted")
FIGURES = ("$13.5 billion", "6,000 square kilometers", "(2,316 square miles)", "800 people",
           "Feb. 24", "Tuesday", "5%", "−5", "-5", "1,2,3", "1.2.3", "10^100", "31/02/2022",
           "½", "one-third", "1e308", "12:30 p.m.", "€40", "£1.2m", "3-4", "between 5 and 10",
           "more than 1,000", "about 2.5 million", "2022", "the 1990s", "No. 10", "9" * 40,
           "0.000001", "١٢٣", "１２３", "5 000", "5\u00a0000", "10km", "40C/104F", "#1")
MARKS = ("“", "”", '"', "'", "‘", "’", "«", "»", "„", "(", ")", "[", "]", "—", "–", "-", ":",
         ";", ",", ".", "...", "…", "?", "!", "\n", "\n\n", "\r\n", "\t", " ", "  ", "\u200b",
         "\u200d", "\ufeff", "\u202e", "\u00ad", "\u0301", "🇺🇦", "🙂", "<script>", "&amp;",
         "*", "#", "/", "\\", "^", "%", "$", "€")
WORDS = ("the", "government", "forces", "took", "back", "territories", "in", "Kyiv", "Kharkiv",
         "Russia", "United States", "weapons", "systems", "Ukrainian", "aid", "killed", "and",
         "injured", "region", "Tuesday", "Monday", "it", "is", "too", "early", "progress")


EXTREME = ("1" + "0" * 330, '"' * 300, "“" * 200 + "”" * 100, "\u202e" * 50, "(" * 500,
           "9" * 5000, "." * 1000, "Mr. " * 200, "-" * 300 + "5", "\n" * 200, "‘" * 300)


def news_text(extreme: bool = False):
    """A hypothesis strategy: news-like text from quotes, figures, names and punctuation,
    mixed with arbitrary unicode; ``extreme`` adds long runs and huge figures (the campaign).

    >>> from hypothesis import given
    >>> callable(news_text().example)
    True
    """
    from hypothesis import strategies as st

    pick = st.sampled_from
    clause = st.lists(st.one_of(pick(WORDS), pick(FIGURES), pick(SPEAKERS)), min_size=1, max_size=8)
    clause = clause.map(" ".join)
    direct = st.builds(lambda o, c, k, s, v: f"{o}{c},{k} {s} {v}.", pick("“\"‘«„"), clause,
                       pick("”\"’»“"), pick(SPEAKERS), pick(VERBS))
    reported = st.builds(lambda s, v, c: f"{s} {v} {c}.", pick(SPEAKERS), pick(VERBS), clause)
    fragment = st.one_of(
        direct, reported, clause, pick(MARKS), pick(FIGURES),
        st.text(max_size=12),  # arbitrary unicode, surrogates excluded as str allows
        st.text(alphabet=st.characters(codec="utf-8"), max_size=6),
        *([pick(EXTREME)] if extreme else []),
    )
    separator = pick((" ", " ", " ", "", "\n", ". ", ", "))
    return st.lists(st.tuples(fragment, separator), max_size=14).map(
        lambda parts: "".join(a + b for a, b in parts)
    )


ID_COLUMNS = {"sentences": "sentence_id", "tokens": "token_id", "quotes": "quote_id",
              "numbers": "number_id", "mentions": "mention_id", "entities": "entity_id"}


def check_article(art) -> None:
    """The invariants every analysis must hold; raises AssertionError naming the broken one."""
    import pandas as pd

    from analysis import schema

    text = art.text
    for name, column in schema.SURFACE.items():
        frame = getattr(art, name)
        for start, end, surface in zip(frame["start"], frame["end"], frame[column]):
            assert 0 <= start <= end <= len(text), (name, start, end)
            assert text[start:end] == surface, (name, start, end, surface)
    quotes = art.quotes
    for a, b, surface in zip(quotes["speaker_start"], quotes["speaker_end"], quotes["speaker_surface"]):
        if not pd.isna(a):
            assert text[a:b] == surface, ("speaker", a, b, surface)
    for a, b, verb in zip(quotes["verb_start"], quotes["verb_end"], quotes["verb"]):
        if not pd.isna(a):
            assert text[a:b] == verb, ("verb", a, b, verb)
    for a, b in zip(quotes["fragment_start"], quotes["fragment_end"]):
        if not pd.isna(a):
            assert 0 <= a <= b <= len(text), ("fragment", a, b)
    for name, column in ID_COLUMNS.items():
        ids = getattr(art, name)[column]
        assert ids.is_unique, (name, "duplicate ids")
    sentence_ids = set(art.sentences["sentence_id"])
    assert set(art.tokens["sentence_id"]) <= sentence_ids, "token in no sentence"
    entity_ids = set(art.entities["entity_id"])
    assert set(art.mentions["entity_id"]) <= entity_ids, "mention of no entity"
    assert set(quotes["speaker_entity_id"].dropna()) <= entity_ids, "speaker of no entity"


def check_deterministic(first, second) -> None:
    """Two analyses of the same text give identical frames."""
    import pandas.testing as pdt

    assert first.text == second.text
    for name, frame in first.frames().items():
        pdt.assert_frame_equal(frame, getattr(second, name), obj=name)


# --------------------------------------------------------------------------- active content

MARKERS = ("XSS-SCRIPT", "XSS-IMG", "XSS-HREF", "XSS-CLICK", "XSS-SVG", "XSS-STYLE", "XSS-IFRAME")
_RISKY_ATTRS = {"href", "src", "srcdoc", "style", "action", "formaction", "xlink:href", "data",
                "background", "poster", "content"}
_RISKY_TAGS = {"script", "style", "iframe", "object", "embed", "frame", "frameset", "base",
               "link", "meta", "form", "template", "svg", "math", "img", "a"}


def active_markers_in_html(markup: str, where: str = "") -> list[str]:
    """Every place a story marker would reach a browser as markup, not text.

    A marker inside a script/style element, in an event-handler attribute (on*), in a
    URL or style attribute, or in any attribute of a risky element counts; a marker in
    an ordinary text node (escaped story text) does not.

    >>> active_markers_in_html("<p>&lt;script&gt;XSS-SCRIPT&lt;/script&gt;</p>")
    []
    >>> active_markers_in_html("<p><img src=x onerror=alert('XSS-IMG')></p>")
    ['img onerror="alert(\\'XSS-IMG\\')"']
    """
    from html.parser import HTMLParser

    found: list[str] = []

    class Finder(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.raw: list[str] = []  # open script/style elements

        def handle_starttag(self, tag, attrs):
            for name, value in attrs:
                value = value or ""
                if not any(m in value for m in MARKERS):
                    continue
                if name.startswith("on") or name in _RISKY_ATTRS or tag in _RISKY_TAGS:
                    found.append(f"{where}{tag} {name}={value!r}")
            if tag in ("script", "style"):
                self.raw.append(tag)

        def handle_startendtag(self, tag, attrs):
            self.handle_starttag(tag, attrs)
            if tag in ("script", "style") and self.raw:
                self.raw.pop()

        def handle_endtag(self, tag):
            if tag in ("script", "style") and self.raw:
                self.raw.pop()

        def handle_data(self, data):
            if self.raw:
                found.extend(f"{where}<{self.raw[-1]}> holds {m}" for m in MARKERS if m in data)

    Finder().feed(markup)
    return found


def active_markers_in_folder(folder: Path) -> list[str]:
    """Check every file a report wrote: HTML and SVG pages, notebook HTML outputs, PPTX XML."""
    import zipfile

    found: list[str] = []
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        name = f"{path.relative_to(folder)}: "
        if path.suffix in (".html", ".htm", ".svg"):
            found += active_markers_in_html(path.read_text(encoding="utf-8", errors="replace"), name)
        elif path.suffix == ".ipynb":
            nb = json.loads(path.read_text(encoding="utf-8"))
            for cell in nb.get("cells", []):
                for output in cell.get("outputs", []):
                    markup = output.get("data", {}).get("text/html")
                    if markup:
                        markup = "".join(markup) if isinstance(markup, list) else markup
                        found += active_markers_in_html(markup, name)
        elif path.suffix == ".pptx":
            from lxml import etree

            with zipfile.ZipFile(path) as deck:
                for part in deck.namelist():
                    if not part.endswith((".xml", ".rels")):
                        continue
                    root = etree.fromstring(deck.read(part))  # unescaped text would not parse
                    for element in root.iter():
                        for attr, value in element.attrib.items():
                            if any(m in value for m in MARKERS):  # e.g. a hyperlink target
                                found.append(f"{name}{part} {attr}={value!r}")
    return found
