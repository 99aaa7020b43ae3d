"""Property tests: any text gives an Article that holds every invariant, or an AnalysisError.

The CI variant runs a few dozen examples per property (fixed seed, so CI is stable); the
long campaign is ``benchmarks/fuzz_campaign.py`` (``make fuzz``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import analysis
from analysis import AnalysisError

sys.path.insert(0, str(Path(__file__).parent))
import hostile

CI = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,  # the same examples on every CI run; the campaign explores
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def analyse_or_refuse(text: str):
    """The article, or None when the package refuses the text with its own error."""
    try:
        return analysis.analyse(text=text)
    except AnalysisError as exc:
        assert str(exc).startswith("text: "), exc  # names the input
        return None


@CI
@given(hostile.news_text())
@example("")
@example(" \n\t ")
@example("\x00")
@example("“" * 50 + "Zelenskyy said.")
@example("Kyiv \ud83d says it won.")  # a lone surrogate
@example(hostile.STORY)
@example(hostile.HOSTILE_STORY)
def test_news_like_text_holds_every_invariant_and_is_deterministic(text):
    art = analyse_or_refuse(text)
    if art is None:
        assert not text.replace("\ufeff", "").strip() or "\x00" in text
        return
    hostile.check_article(art)
    hostile.check_deterministic(art, analysis.analyse(text=text))


@CI
@given(st.text(max_size=200))
def test_arbitrary_unicode_never_raises_anything_else(text):
    art = analyse_or_refuse(text)
    if art is not None:
        hostile.check_article(art)


@pytest.mark.parametrize("text", [hostile.STORY, hostile.HOSTILE_STORY])
def test_check_article_catches_a_broken_offset(text):
    # the invariant checker itself must fail on a broken frame, or the fuzzing proves nothing
    art = analysis.analyse(text=text)
    hostile.check_article(art)
    art.sentences.loc[0, "start"] = art.sentences.loc[0, "start"] + 1
    with pytest.raises(AssertionError):
        hostile.check_article(art)
    dup = analysis.analyse(text=text)
    dup.tokens.loc[1, "token_id"] = dup.tokens.loc[0, "token_id"]
    with pytest.raises(AssertionError, match="duplicate"):
        hostile.check_article(dup)


SUFFIXES = [".txt", ".md", ".html", ".json", ".jsonl", ".csv", ".xml"]


@CI
@given(
    st.one_of(
        st.binary(max_size=400),
        hostile.news_text().map(lambda t: t.encode("utf-8", "surrogatepass")),
        st.tuples(hostile.news_text(), st.sampled_from(["utf-16-le", "cp1252", "latin-1"])).map(
            lambda te: te[0].encode(te[1], "replace")
        ),
        st.builds(lambda b, t: b + t.encode(), st.sampled_from(
            [b"\x89PNG\r\n\x1a\n", b"%PDF-", b"PK\x03\x04", b"\xef\xbb\xbf", b"\xff\xfe", b"{", b"["]
        ), hostile.news_text()),
    ),
    st.sampled_from(SUFFIXES),
)
def test_any_bytes_in_any_file_type_load_or_fail_with_analysis_error(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("fuzz") / f"input{suffix}"
    path.write_bytes(data)
    try:
        docs = list(analysis.sources.documents(path))
    except AnalysisError as exc:
        assert str(exc).startswith(str(path))
        assert "\n" not in str(exc)
        return
    assert docs
    for doc in docs:
        assert isinstance(doc.text, str) and doc.text.strip()
        doc.text.encode("utf-8")  # no lone surrogates: every frame can be saved
    assert path.read_bytes() == data
