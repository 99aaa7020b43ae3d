"""Corpus scale: every source kind, parquet parts, the cache, errors, resume, Dask = local, lazy loading."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from conftest import needs_shared

import analysis
from analysis import cli, corpus, schema
from analysis.corpora import Story
from analysis.errors import AnalysisError
from analysis.sources import from_text

DOCS = [
    ("kyiv", (
        "Ukraine's government on Tuesday said it aims to take back all of its territories.\n"
        '"We will liberate every town," Deputy Defence Minister Hanna Malyar told Reuters.'
    )),
    ("blinken", (
        "Secretary of State Antony Blinken told reporters Monday that Ukrainian forces had "
        "made significant progress. It is too early to make predictions, he said."
    )),
    ("aid", "The United States has already given over $13.5 billion in military aid since Feb. 24."),
    ("land", "Zelenskyy claimed Ukrainian forces took 6,000 square kilometers (2,316 square miles)."),
    ("toll", '"More than 800 people were killed and injured," the ministry stated.'),
    ("wheat", "The Prime Minister has denied he knew AWB was paying kickbacks to Iraq.\nHe said so twice."),
]
TABLES = ["documents", "sentences", "quotes", "numbers", "mentions", "entities", "errors"]


@pytest.fixture(autouse=True)
def fixed_version(monkeypatch):
    # The real version hashes the pipeline's source files, which colleagues edit while
    # tests run; in-process runs get a fixed one so "unchanged" means unchanged.
    monkeypatch.setattr(corpus, "pipeline_version", lambda: "test+0")


def run(source, out, **kwargs):
    kwargs.setdefault("workers", 1)
    kwargs.setdefault("progress", False)
    return analysis.analyse_corpus(source, out=out, **kwargs)


def part_bytes(out) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.glob("*/part-*.parquet"))}


def write_folder(folder, docs=DOCS):
    folder.mkdir(parents=True, exist_ok=True)
    for doc_id, text in docs:
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    return folder


def test_folder_gives_every_table_with_doc_id_first_and_equals_per_article_analysis(tmp_path):
    folder = write_folder(tmp_path / "feed", DOCS[:3])
    (folder / "sub").mkdir()
    (folder / "sub" / "land.md").write_text("# Land\n\n" + DOCS[3][1], encoding="utf-8")
    (folder / ".hidden.txt").write_text("Not an article.", encoding="utf-8")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4")  # not an article type: skipped, not an error

    result = run(folder, tmp_path / "out")

    assert result.stats.analysed == 4 and result.stats.failed == 0
    for name in TABLES:
        frame = getattr(result, name)
        assert frame.columns.tolist() == ["doc_id", *[c for c in schema.columns(name) if c != "doc_id"]]
        assert (tmp_path / "out" / name / "part-00000.parquet").exists()
    assert result.documents["doc_id"].tolist() == ["aid", "blinken", "kyiv", "land"]
    assert result.documents.set_index("doc_id").loc["land", "title"] == "Land"
    for doc_id in ("kyiv", "land"):
        path = folder / ("sub/land.md" if doc_id == "land" else f"{doc_id}.txt")
        art = analysis.analyse(path)
        for name in ("sentences", "quotes", "numbers", "mentions", "entities"):
            stored = getattr(result, name)
            stored = stored[stored["doc_id"] == doc_id].drop(columns="doc_id").reset_index(drop=True)
            pd.testing.assert_frame_equal(stored, getattr(art, name), check_dtype=True)
    sha = result.documents.set_index("doc_id").loc["kyiv", "sha256"]
    assert sha == from_text(DOCS[0][1]).sha256


@pytest.mark.parametrize("kind", ["glob", "jsonl", "csv", "pairs", "stories", "documents", "paths"])
def test_every_source_kind(tmp_path, kind):
    docs = DOCS[:3]
    folder = write_folder(tmp_path / "feed", docs)
    if kind == "glob":
        source = str(folder / "*.txt")
    elif kind == "jsonl":
        source = tmp_path / "feed.jsonl"
        source.write_text("".join(json.dumps({"id": i, "text": t, "title": i.upper()}) + "\n" for i, t in docs))
    elif kind == "csv":
        source = tmp_path / "feed.csv"
        pd.DataFrame({"id": [i for i, _ in docs], "text": [t for _, t in docs]}).to_csv(source, index=False)
    elif kind == "pairs":
        source = (pair for pair in docs)  # a one-shot generator is fine
    elif kind == "stories":
        source = [Story(i, i.upper(), t) for i, t in docs]
    elif kind == "documents":
        source = [from_text(t, doc_id=i) for i, t in docs]
    else:
        source = [folder / f"{i}.txt" for i, _ in docs]

    result = run(source, tmp_path / "out")

    assert sorted(result.documents["doc_id"]) == sorted(i for i, _ in docs)
    texts = result.sentences.groupby("doc_id")["text"].apply(" ".join).to_dict()
    assert texts["aid"] == DOCS[2][1]
    if kind in ("jsonl", "stories"):
        assert set(result.documents["title"]) == {"KYIV", "BLINKEN", "AID"}


@needs_shared
def test_abc_source_with_limit_and_default_out_name(tmp_path):
    result = run("abc", tmp_path / "abc", limit=2)
    assert result.documents["doc_id"].tolist() == ["abc-rural-0000", "abc-rural-0001"]
    assert result.documents["title"].iloc[0] == "PM denies knowledge of AWB kickbacks"
    assert set(result.documents["source"]) == {"abc:rural"}
    assert corpus.default_out("abc").as_posix() == "data/processed/abc-rural"
    assert corpus.default_out("data/raw/*.txt").as_posix() == "data/processed/raw"


def test_bad_sources_raise_one_clear_error(tmp_path):
    with pytest.raises(AnalysisError, match="no files match"):
        run(str(tmp_path / "*.txt"), tmp_path / "out")
    with pytest.raises(AnalysisError, match="no such file or folder"):
        run(tmp_path / "missing", tmp_path / "out")
    with pytest.raises(AnalysisError, match="cannot use a int"):
        run([1, 2], tmp_path / "out")


def test_rerun_skips_unchanged_documents_and_redoes_a_changed_one(tmp_path):
    folder = write_folder(tmp_path / "feed")
    out = tmp_path / "out"
    first = run(folder, out, batch_size=2)
    assert (first.stats.analysed, first.stats.cached, first.stats.parts) == (6, 0, 3)
    before = part_bytes(out)

    again = run(folder, out, batch_size=2)
    assert (again.stats.analysed, again.stats.cached, again.stats.parts) == (0, 6, 0)
    assert part_bytes(out) == before  # nothing rewritten

    (folder / "aid.txt").write_text("The aid package is worth $2 billion. Congress approved it.", encoding="utf-8")
    changed = run(folder, out, batch_size=2)
    assert (changed.stats.analysed, changed.stats.cached) == (1, 5)
    sentences = changed.sentences
    aid = sentences.loc[sentences["doc_id"] == "aid", "text"].tolist()
    assert aid == ["The aid package is worth $2 billion.", "Congress approved it."]  # old rows gone
    assert changed.documents["doc_id"].is_unique and len(changed) == 6
    assert sorted(sentences["doc_id"].unique()) == sorted(i for i, _ in DOCS)


def test_new_pipeline_version_redoes_everything_and_force_rebuilds_identically(tmp_path, monkeypatch):
    folder = write_folder(tmp_path / "feed")
    out = tmp_path / "out"
    run(folder, out, batch_size=4)
    before = part_bytes(out)

    forced = run(folder, out, batch_size=4, force=True)
    assert (forced.stats.analysed, forced.stats.cached) == (6, 0)
    assert part_bytes(out) == before  # deterministic: same input, byte-identical parquet

    monkeypatch.setattr(corpus, "pipeline_version", lambda: "test+1")
    upgraded = run(folder, out, batch_size=4)
    assert (upgraded.stats.analysed, upgraded.stats.cached) == (6, 0)
    assert len(upgraded) == 6 and upgraded.documents["doc_id"].is_unique
    assert sorted(p.name for p in (out / "_index").iterdir()) == ["part-00002.json", "part-00003.json"]


def test_failures_go_to_the_errors_table_and_the_run_goes_on(tmp_path, monkeypatch):
    folder = write_folder(tmp_path / "feed", DOCS[:3])
    (folder / "scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    real = corpus.analyse_document

    def buggy(doc, published=None):
        if doc.doc_id == "blinken":
            raise RuntimeError("extractor bug")
        return real(doc, published)

    monkeypatch.setattr(corpus, "analyse_document", buggy)
    result = run(folder, tmp_path / "out")

    assert result.stats.failed == 2 and result.stats.analysed == 4
    errors = result.errors.set_index("doc_id")
    assert "binary file" in errors.loc["scan", "error"] and errors.loc["scan", "source"].endswith("scan.txt")
    assert errors.loc["blinken", "error"].startswith("RuntimeError: extractor bug [test_corpus.py:")
    assert sorted(result.documents["doc_id"]) == ["aid", "kyiv"]
    assert set(result.sentences["doc_id"]) == {"aid", "kyiv"}

    # failures are retried on the next run; once fixed, they leave the errors table
    monkeypatch.setattr(corpus, "analyse_document", real)
    fixed = run(folder, tmp_path / "out")
    assert (fixed.stats.analysed, fixed.stats.cached, fixed.stats.failed) == (2, 2, 1)
    assert fixed.errors["doc_id"].tolist() == ["scan"]
    assert sorted(fixed.documents["doc_id"]) == ["aid", "blinken", "kyiv"]


def test_cli_exits_non_zero_if_any_document_failed(tmp_path, capsys):
    folder = write_folder(tmp_path / "feed", DOCS[:2])
    assert cli.main(["corpus", str(folder), "--out", str(tmp_path / "ok"), "--workers", "1"]) == 0
    assert "2 analysed" in capsys.readouterr().out

    (folder / "empty.txt").write_bytes(b"")
    assert cli.main(["corpus", str(folder), "--out", str(tmp_path / "bad"), "--workers", "1", "--limit", "3"]) == 1
    err = capsys.readouterr().err
    assert "error: empty: file is empty" in err and "1 documents failed" in err


def test_interrupted_run_leaves_complete_parts_and_the_next_run_resumes(tmp_path, monkeypatch):
    folder = write_folder(tmp_path / "feed")
    clean = tmp_path / "clean"
    run(folder, clean, batch_size=2)

    out = tmp_path / "out"
    real = corpus.analyse_document
    seen = []

    def interrupted(doc, published=None):
        seen.append(doc.doc_id)
        if len(seen) == 5:  # Ctrl-C while analysing the 5th document, in the third batch
            raise KeyboardInterrupt
        return real(doc, published)

    monkeypatch.setattr(corpus, "analyse_document", interrupted)
    with pytest.raises(KeyboardInterrupt):
        run(folder, out, batch_size=2)
    assert sorted(p.name for p in (out / "_index").iterdir()) == ["part-00000.json", "part-00001.json"]
    assert not list(out.glob("*/part-00002.parquet")) and not list(out.rglob("*.tmp"))
    assert len(analysis.load_corpus(out)) == 4
    # what a killed worker can leave: a temporary file, tables of a part never committed
    (out / "sentences" / ".part-00002.parquet.x.tmp").write_bytes(b"half")
    (out / "sentences" / "part-00009.parquet").write_bytes(b"orphan")

    monkeypatch.setattr(corpus, "analyse_document", real)
    resumed = run(folder, out, batch_size=2)
    assert (resumed.stats.analysed, resumed.stats.cached) == (2, 4)
    assert part_bytes(out) == part_bytes(clean)  # same parts, same bytes as an uninterrupted run
    assert not list(out.rglob("*.tmp"))


def test_dask_engine_writes_the_same_tables_as_the_local_pool(tmp_path):
    pytest.importorskip("distributed")
    folder = write_folder(tmp_path / "feed")
    local = run(folder, tmp_path / "local", workers=2, batch_size=2)
    dask = run(folder, tmp_path / "dask", workers=2, batch_size=2, engine="dask")
    assert local.stats.analysed == dask.stats.analysed == 6
    assert len(part_bytes(tmp_path / "local")) == 3 * len(TABLES)
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(local, name), getattr(dask, name))
    assert part_bytes(tmp_path / "local") == part_bytes(tmp_path / "dask")
    run(folder, tmp_path / "inline", workers=1, batch_size=2)  # and in this process
    assert part_bytes(tmp_path / "inline") == part_bytes(tmp_path / "local")


def test_load_corpus_reads_each_table_only_when_used(tmp_path):
    out = tmp_path / "out"
    run(DOCS, out, batch_size=3)
    (out / "numbers" / "part-00001.parquet").write_bytes(b"not parquet")  # damage one table

    loaded = analysis.load_corpus(out)  # reads only the small part records
    assert "6 documents" in repr(loaded) and len(loaded) == 6
    assert loaded.counts()["sentences"] == len(loaded.sentences) > 6
    assert loaded.sentences is loaded.sentences  # read once, then kept
    with pytest.raises(AnalysisError, match="numbers"):
        loaded.numbers  # noqa: B018 - only now is the damaged table read
    few = loaded.read("sentences", columns=["doc_id", "text"])
    assert few.columns.tolist() == ["doc_id", "text"]
    import pyarrow.compute as pc

    aid = loaded.read("sentences", filter=pc.field("doc_id") == "aid")
    assert set(aid["doc_id"]) == {"aid"}
    assert loaded.dataset("quotes").count_rows() == len(loaded.quotes)
    assert len(loaded.dask("sentences").compute()) == len(loaded.sentences)
    with pytest.raises(AnalysisError, match="tokens=True"):
        loaded.tokens  # noqa: B018


def test_tokens_are_stored_only_on_request(tmp_path):
    out = tmp_path / "out"
    run(DOCS[:2], out)
    assert "tokens" not in analysis.load_corpus(out).tables
    with_tokens = run(DOCS[:2], out, tokens=True)
    assert with_tokens.stats.analysed == 2  # the cached parts had no tokens
    art = analysis.analyse(text=DOCS[0][1])
    stored = with_tokens.tokens
    stored = stored[stored["doc_id"] == "kyiv"].drop(columns="doc_id").reset_index(drop=True)
    pd.testing.assert_frame_equal(stored, art.tokens)


def test_duplicate_ids_are_kept_apart(tmp_path):
    result = run([("a", "One story."), ("a", "Another story."), ("a", "A third.")], tmp_path / "out")
    assert result.documents["doc_id"].tolist() == ["a", "a~2", "a~3"]
    assert result.stats.renamed == ["a", "a"]


def test_output_inside_the_source_folder_is_not_read_as_articles(tmp_path):
    folder = write_folder(tmp_path / "feed", DOCS[:2])
    first = run(folder, folder / "processed")
    again = run(folder, folder / "processed")  # _index/*.json and corpus.json are not articles
    assert (first.stats.analysed, again.stats.analysed, again.stats.cached) == (2, 0, 2)
    assert sorted(again.documents["doc_id"]) == ["blinken", "kyiv"] and again.errors.empty


def test_a_malformed_jsonl_record_is_an_error_and_earlier_records_are_kept(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "ok", "text": DOCS[2][1]}) + "\n{not json\n", encoding="utf-8")
    result = run([feed, *DOCS[:1]], tmp_path / "out")
    assert sorted(result.documents["doc_id"]) == ["kyiv", "ok"]
    assert result.errors["doc_id"].tolist() == ["feed"]
    assert result.errors["error"].iloc[0].startswith("malformed JSON on line 2")


def test_a_run_stopped_before_compacting_is_read_right_and_repaired_by_the_next(tmp_path, monkeypatch):
    out = tmp_path / "out"
    run(DOCS, out, batch_size=3)
    changed = [(i, t.replace("Monday", "Sunday")) for i, t in DOCS]
    real = corpus._compact
    monkeypatch.setattr(corpus, "_compact", lambda out, records: None)  # "crash" before compacting
    run(changed, out, batch_size=3)
    stale = analysis.load_corpus(out)  # blinken is now in part 0 (old) and part 2 (new)
    assert stale.documents["doc_id"].is_unique and len(stale.documents) == 6
    assert stale.sentences["text"].str.contains("Sunday").any()
    assert not stale.sentences["text"].str.contains("Monday").any()

    monkeypatch.setattr(corpus, "_compact", real)
    repaired = run(changed, out, batch_size=3)
    assert repaired.stats.analysed == 0
    old = pd.read_parquet(out / "sentences" / "part-00000.parquet")
    assert "blinken" not in set(old["doc_id"])  # rewritten without the re-done document
