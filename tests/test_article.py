"""The public API: analyse() on the seed, a file and a string; frames follow the schema; saving."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from conftest import SEED, assert_offsets

import analysis
from analysis import AnalysisError, schema
from analysis.article import FRAME_NAMES


def test_default_is_the_seed(seed_article, seed_text):
    assert seed_article.text == seed_text
    assert seed_article.doc_id == SEED.stem
    assert len(seed_article.sentences) == 14


def test_every_frame_has_the_schema_columns_and_dtypes(seed_article):
    for name in FRAME_NAMES:
        frame = getattr(seed_article, name)
        expected = schema.columns(name)
        assert list(frame.columns[: len(expected)]) == expected, name
        for column, dtype in schema.FRAMES[name]:
            assert str(frame[column].dtype) == str(pd.Series(dtype=dtype).dtype), (name, column)


def test_offsets_trace_back_to_the_text(seed_article):
    assert_offsets(seed_article)


def test_text_and_path_inputs(tmp_path, seed_text):
    from_string = analysis.analyse(text=seed_text)
    path = tmp_path / "copy.txt"
    path.write_text(seed_text, encoding="utf-8")
    from_file = analysis.analyse(path)
    assert from_string.text == from_file.text == seed_text
    pd.testing.assert_frame_equal(from_string.tokens, from_file.tokens)
    assert from_file.doc_id == "copy"


def test_metadata_arguments():
    art = analysis.analyse(text="Kyiv says it won.", title="T", published="2022-09-13")
    assert (art.title, art.published) == ("T", "2022-09-13")


def test_path_and_text_together_is_an_error(seed_text):
    with pytest.raises(ValueError):
        analysis.analyse("x.txt", text=seed_text)


def test_bad_inputs_raise_analysis_error(tmp_path):
    with pytest.raises(AnalysisError, match="empty"):
        analysis.analyse(text="")
    with pytest.raises(AnalysisError, match="no such file"):
        analysis.analyse(tmp_path / "missing.txt")


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_save_writes_one_file_per_frame_and_round_trips(seed_article, tmp_path, fmt):
    written = seed_article.save(tmp_path, fmt)
    names = sorted(p.name for p in written)
    assert names == sorted([f"{n}.{fmt}" for n in FRAME_NAMES] + ["document.json", "text.txt"])
    assert not list(tmp_path.glob(".*.tmp")), "temporary files left behind"
    reader = pd.read_parquet if fmt == "parquet" else pd.read_csv
    tokens = reader(tmp_path / f"tokens.{fmt}")
    assert tokens["text"].tolist() == seed_article.tokens["text"].tolist()
    assert (tmp_path / "text.txt").read_text(encoding="utf-8") == seed_article.text
    info = json.loads((tmp_path / "document.json").read_text())
    assert info["counts"]["sentences"] == 14


def test_parquet_output_is_deterministic(seed_article, tmp_path):
    seed_article.to_parquet(tmp_path / "a")
    analysis.analyse().to_parquet(tmp_path / "b")
    for name in FRAME_NAMES:
        assert (tmp_path / "a" / f"{name}.parquet").read_bytes() == (tmp_path / "b" / f"{name}.parquet").read_bytes()


def test_failed_save_keeps_the_previous_file(seed_article, tmp_path, monkeypatch):
    seed_article.to_csv(tmp_path)
    before = (tmp_path / "tokens.csv").read_bytes()

    def boom(self, *args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(pd.DataFrame, "to_csv", boom)
    with pytest.raises(OSError):
        seed_article.to_csv(tmp_path)
    assert (tmp_path / "tokens.csv").read_bytes() == before
    assert not list(tmp_path.glob(".*.tmp"))


def test_repr_names_counts(seed_article):
    assert "14 sentences" in repr(seed_article)
    assert "<table>" in seed_article._repr_html_()
