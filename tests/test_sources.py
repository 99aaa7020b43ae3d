"""Loaders: each format, each encoding, and every bad-input case ends in a clear AnalysisError."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from analysis import AnalysisError, sources

TEXT = "Ukraine’s government said it aims to take back its territories.\nKyiv says so. Café owners agree."


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "encoding, prefix",
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16", b""),  # Python writes a BOM for "utf-16"
        ("utf-16-le", b""),  # no BOM
        ("utf-16-be", b""),
    ],
)
def test_unicode_encodings_round_trip(tmp_path, encoding, prefix):
    path = write(tmp_path, "a.txt", prefix + TEXT.encode(encoding))
    doc = sources.load(path)
    assert doc.text == TEXT


def test_legacy_cp1252_is_detected(tmp_path):
    text = "The café’s owner said “it’s fine” — prices rose 5% to €40 in Zürich. " * 3
    path = write(tmp_path, "legacy.txt", text.encode("cp1252"))
    doc = sources.load(path)
    assert doc.text == text
    assert doc.encoding and doc.encoding.lower().replace("_", "") in {"cp1252", "windows1252"}


def test_latin1_text_is_read(tmp_path):
    text = "Le maire de Besançon a déclaré que la réunion était terminée. Ça va très bien. " * 3
    path = write(tmp_path, "latin.txt", text.encode("latin-1"))
    assert sources.load(path).text == text


def test_newlines_normalised_and_offsets_index_the_returned_text(tmp_path):
    path = write(tmp_path, "crlf.txt", b"One line.\r\nTwo line.\rThree.")
    doc = sources.load(path)
    assert doc.text == "One line.\nTwo line.\nThree."


def test_markdown_title(tmp_path):
    path = write(tmp_path, "story.md", b"# Big news\n\nKyiv says it won.\n")
    doc = sources.load(path)
    assert doc.title == "Big news"
    assert "Kyiv says it won." in doc.text


def test_html_drops_scripts_and_navigation_keeps_metadata(tmp_path):
    html = """<html><head><title>Ukraine pushes back</title>
    <meta property="article:published_time" content="2022-09-13T10:00:00Z">
    <script>var secret = "SCRIPT-TEXT";</script><style>.x{color:red}</style></head>
    <body><nav><a href="/">Home</a> <a href="/w">World NAVLINK</a></nav>
    <article><h1>Ukraine pushes back</h1>
    <p>Ukraine’s government on Tuesday said it aims to take back all of its territories after pushing back Russian forces in a rapid offensive.</p>
    <p>“The aim is to liberate the Kharkiv region,” Deputy Defence Minister Hanna Malyar told Reuters on Tuesday.</p>
    </article><footer>Copyright FOOTER</footer></body></html>"""
    doc = sources.load(write(tmp_path, "page.html", html.encode()))
    assert "Hanna Malyar told Reuters" in doc.text
    assert "SCRIPT-TEXT" not in doc.text and "color:red" not in doc.text
    assert "NAVLINK" not in doc.text
    assert doc.title == "Ukraine pushes back"
    assert doc.published == "2022-09-13"


def test_json_record_with_metadata(tmp_path):
    record = {"id": "wire-1", "title": "T", "published": "2022-09-13", "body": "Kyiv says it won."}
    doc = sources.load(write(tmp_path, "r.json", json.dumps(record).encode()))
    assert (doc.doc_id, doc.title, doc.published, doc.text) == ("wire-1", "T", "2022-09-13", "Kyiv says it won.")


def test_jsonl_yields_every_record_and_load_needs_record_index(tmp_path):
    lines = [json.dumps({"id": f"d{i}", "text": f"Story {i} says {i}."}) for i in range(3)]
    path = write(tmp_path, "r.jsonl", ("\n".join(lines) + "\n").encode())
    docs = list(sources.documents(path))
    assert [d.doc_id for d in docs] == ["d0", "d1", "d2"]
    with pytest.raises(AnalysisError, match="3 records"):
        sources.load(path)
    assert sources.load(path, record=2).text == "Story 2 says 2."


def test_csv_records(tmp_path):
    path = write(tmp_path, "r.csv", b'id,title,text\na,First,"Kyiv says, it won."\nb,Second,Moscow denies it.\n')
    docs = list(sources.documents(path))
    assert [(d.doc_id, d.title, d.text) for d in docs] == [
        ("a", "First", "Kyiv says, it won."),
        ("b", "Second", "Moscow denies it."),
    ]


BAD = [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\t \r\n", "whitespace"),
    ("image.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "unsupported file type"),
    ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG"),
    ("doc.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    ("archive.txt", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + b"\x00" * 40, "zip"),
    ("nul.txt", b"some text\x00\x00\x01\x02 more text \x00 and \xff\xfe\x00", "binary"),
    ("broken.json", b'{"text": "unterminated', "malformed JSON"),
    ("notext.json", b'{"title": "no body here"}', "no text field"),
    ("list.json", b"[]", "no records"),
    ("bad.jsonl", b'{"text": "fine"}\n{not json}\n', "line 2"),
    ("nocol.csv", b"id,title\n1,Headline\n", "no text column"),
    ("empty.html", b"<html><body><script>x()</script></body></html>", "no article text"),
]


@pytest.mark.parametrize("name, data, message", BAD, ids=[b[0] for b in BAD])
def test_bad_input_raises_clear_error_and_leaves_file_untouched(tmp_path, name, data, message):
    path = write(tmp_path, name, data)
    before = sha(path)
    with pytest.raises(AnalysisError) as info:
        list(sources.documents(path))
    assert message.lower() in str(info.value).lower()
    assert str(path) in str(info.value)
    assert sha(path) == before


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(AnalysisError, match="no such file"):
        sources.load(tmp_path / "nope.txt")
    with pytest.raises(AnalysisError, match="directory"):
        sources.load(tmp_path)


def test_size_limit_is_configurable(tmp_path, monkeypatch):
    path = write(tmp_path, "big.txt", b"Kyiv says it won. " * 100)
    with pytest.raises(AnalysisError, match="over the"):
        sources.load(path, max_bytes=100)
    monkeypatch.setenv("ANALYSIS_MAX_BYTES", "50")
    with pytest.raises(AnalysisError, match="limit"):
        sources.load(path)
    monkeypatch.setenv("ANALYSIS_MAX_BYTES", "100000")
    assert sources.load(path).text.startswith("Kyiv")


def test_undecodable_bytes_give_clear_error(tmp_path):
    # random high bytes with control characters: neither UTF-8 nor any text encoding
    data = bytes([0x80, 0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x01, 0x02, 0x03, 0x04]) * 50
    path = write(tmp_path, "garbage.txt", data)
    with pytest.raises(AnalysisError, match=r"garbage\.txt"):
        sources.load(path)


def test_loading_never_writes_to_raw_folder(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    path = write(raw, "a.txt", TEXT.encode())
    path.chmod(0o444)
    raw.chmod(0o555)
    try:
        assert sources.load(path).text == TEXT
        assert sorted(p.name for p in raw.iterdir()) == ["a.txt"]
    finally:
        raw.chmod(0o755)


def test_from_text_rejects_empty_and_nul():
    with pytest.raises(AnalysisError, match="empty"):
        sources.from_text("   ")
    with pytest.raises(AnalysisError, match="NUL"):
        sources.from_text("a\x00b")
