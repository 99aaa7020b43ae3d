"""Hostile and broken input: every case ends in a correct result or one clear AnalysisError.

Each file case in ``tests/hostile.py`` states its exact outcome; the tests here check it
through the loader, the whole pipeline and the CLI, and check the input file is
byte-identical (sha256) with an unchanged mtime afterwards.
"""

from __future__ import annotations

import builtins
import math
import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pandas.testing as pd_testing
import pytest

import analysis
from analysis import AnalysisError, cli, schema, sources
from analysis.article import analyse_document

sys.path.insert(0, str(Path(__file__).parent))
import hostile

REPO = Path(__file__).resolve().parents[1]


def assert_offsets(art) -> None:
    for name, column in schema.SURFACE.items():
        frame = getattr(art, name)
        for start, end, surface in zip(frame["start"], frame["end"], frame[column]):
            assert art.text[start:end] == surface, (name, start, end, surface)


def run_cli(*args: str, timeout: float = 120, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "analysis", *args],
        capture_output=True,
        check=False,
        text=True,
        timeout=timeout,
        cwd=cwd,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )


# --------------------------------------------------------------------------- files


@pytest.mark.parametrize("case", hostile.CASES, ids=[c.name for c in hostile.CASES])
def test_file_case_has_its_exact_outcome_and_file_is_untouched(tmp_path, case):
    path = hostile.write_case(case, tmp_path)
    before = hostile.snapshot(path)
    started = time.monotonic()
    if case.error is not None:
        with pytest.raises(AnalysisError) as info:
            list(sources.documents(path))
        message = str(info.value)
        assert case.error.lower() in message.lower()
        assert str(path) in message  # names the input
        assert "\n" not in message
    else:
        docs = list(sources.documents(path))
        assert len(docs) == 1
        doc = docs[0]
        if case.text is not None:
            assert doc.text == case.text
        if case.contains is not None:
            assert case.contains in doc.text
        for marker in case.absent:
            assert marker not in doc.text
        art = analyse_document(doc)
        assert art.text == doc.text
        assert_offsets(art)
    assert time.monotonic() - started < 30  # each case: seconds, not minutes
    assert hostile.snapshot(path) == before


# --------------------------------------------------------------------------- CLI


def test_cli_on_every_case_one_line_per_bad_file_no_traceback(tmp_path):
    folder = tmp_path / "in"
    paths = [hostile.write_case(case, folder) for case in hostile.CASES]
    before = {p: hostile.snapshot(p) for p in paths}
    result = run_cli("analyse", "--out", str(tmp_path / "out"), *map(str, paths), timeout=300)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.splitlines()
    bad = [c for c in hostile.CASES if c.error]
    assert len(lines) == len(bad)
    for case, line in zip(bad, lines):
        assert line.startswith(f"error: {folder / case.name}")
        assert case.error.lower() in line.lower()
    good = [c for c in hostile.CASES if not c.error]
    partial = sum(c.records_before_error for c in bad)
    assert len(result.stdout.splitlines()) == len(good) + partial
    assert {p: hostile.snapshot(p) for p in paths} == before


def test_cli_record_ids_cannot_escape_the_output_folder(tmp_path):
    feed = tmp_path / "feed.jsonl"
    records = [("../../escape", "Kyiv says it won."), (str(tmp_path / "abs"), "Moscow denies it."),
               ("..", "Kyiv says so."), ("same", "One."), ("same", "Two.")]
    feed.write_text("".join(f'{{"id": "{i}", "text": "{t}"}}\n' for i, t in records))
    out = tmp_path / "a" / "b"
    assert cli.main(["analyse", "--out", str(out), str(feed)]) == 0
    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_dir())
    assert all(d == "a" or d.startswith("a/b") for d in written), written
    assert len(list(out.iterdir())) == len(records)  # clashing ids do not overwrite each other


def test_cli_hostile_file_name_stays_one_line(tmp_path, capsys):
    path = tmp_path / "evil\n\x1b[2Jname.txt"
    path.write_bytes(b"")
    assert cli.main(["analyse", "--out", str(tmp_path / "out"), str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "\x1b" not in err
    assert "\\x1b[2Jname.txt: file is empty" in err


def test_cli_reports_a_bug_in_one_line_and_goes_on(tmp_path, monkeypatch, capsys):
    import analysis.article

    good = tmp_path / "good.txt"
    good.write_text("Kyiv says it won.")
    boom = tmp_path / "boom.txt"
    boom.write_text("Moscow denies it.")
    real = analysis.article.analyse_document

    def flaky(doc, **kwargs):
        if doc.doc_id == "boom":
            raise IndexError("list index out of range")
        return real(doc, **kwargs)

    monkeypatch.setattr(analysis.article, "analyse_document", flaky)
    monkeypatch.delenv("ANALYSIS_DEBUG", raising=False)
    assert cli.main(["analyse", "--out", str(tmp_path / "out"), str(boom), str(good)]) == 1
    captured = capsys.readouterr()
    assert captured.err == (
        f"error: {boom}: internal error (IndexError: list index out of range); "
        "please report it (ANALYSIS_DEBUG=1 shows the traceback)\n"
    )
    assert (tmp_path / "out" / "good" / "sentences.parquet").exists()


# --------------------------------------------------------------------------- size, time, memory

# Peak RSS of a child that imports the package and runs one step (getrusage's ru_maxrss
# is in kB on Linux). Importing pandas/pyarrow/nltk alone takes ~200 MB.
MEASURE = r"""
import resource, sys, time
import analysis
from analysis import AnalysisError, sources
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.monotonic()
try:
    {step}
    outcome = "ok"
except AnalysisError as exc:
    outcome = "error: " + str(exc)
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(outcome)
print((after - before) // 1024, round(time.monotonic() - started, 1))
"""


def measure(step: str, timeout: float) -> tuple[str, int, float]:
    """Run ``step`` in a fresh interpreter: (outcome line, peak RSS growth in MB, seconds)."""
    result = subprocess.run(
        [sys.executable, "-c", MEASURE.format(step=step)],
        capture_output=True, text=True, timeout=timeout, check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    outcome, numbers = result.stdout.strip().splitlines()[-2:]
    grown, seconds = numbers.split()
    return outcome, int(grown), float(seconds)


def test_50_mb_file_is_refused_by_size_without_reading_it(tmp_path):
    path = hostile.big_text(tmp_path / "huge.txt", 50 * hostile.MB)
    before = hostile.snapshot(path)
    outcome, grown_mb, seconds = measure(f"analysis.analyse({str(path)!r})", timeout=120)
    assert outcome == f"error: {path}: file is 50.0 MB, over the 25.0 MB limit " \
        "(raise it with max_bytes= or ANALYSIS_MAX_BYTES)"
    assert grown_mb < 20  # refused from stat(): the 50 MB are never read into memory
    assert seconds < 5
    result = run_cli("analyse", "--out", str(tmp_path / "out"), str(path))
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert "over the 25.0 MB limit" in result.stderr and "Traceback" not in result.stderr
    assert hostile.snapshot(path) == before


def test_file_growing_past_the_limit_after_stat_is_still_refused(tmp_path, monkeypatch):
    # stat() said small, the read finds more (a file still being written): never over-read
    path = tmp_path / "growing.txt"
    path.write_bytes(b"Kyiv says it won. " * 100)
    with pytest.raises(AnalysisError, match="over the 0.0 MB limit"):
        sources.read_bytes(path, max_bytes=50)
    regular_but_empty = os.stat_result((stat.S_IFREG | 0o644,) + (0,) * 9)
    monkeypatch.setattr(Path, "stat", lambda self, **kw: regular_but_empty)
    with pytest.raises(AnalysisError, match=r"growing.txt: file is over the 0.0 MB limit"):
        sources.read_bytes(path, max_bytes=50)


@pytest.mark.slow
def test_one_mb_single_line_without_punctuation_finishes_in_bounded_time(tmp_path):
    # Measured 46 s and +250 MB on the 2-core dev box (benchmarks would track it);
    # the bounds are generous so a slower CI box passes but a quadratic step cannot.
    path = tmp_path / "line.txt"
    path.write_text(hostile.single_line(hostile.MB))
    before = hostile.snapshot(path)
    outcome, grown_mb, seconds = measure(
        f"art = analysis.analyse({str(path)!r}); assert len(art.sentences) == 1, len(art.sentences)",
        timeout=400,
    )
    assert outcome == "ok"
    assert seconds < 300
    assert grown_mb < 2000
    assert hostile.snapshot(path) == before


@pytest.mark.parametrize("mark", ['"', "\u201c", "\u201d", "'", "\u00ab"])
def test_ten_thousand_quotation_marks(mark):
    started = time.monotonic()
    art = analysis.analyse(text=mark * 10_000)
    assert time.monotonic() - started < 60  # measured 1.8 s idle, 8.5 s on a busy box (straight ")
    assert len(art.tokens) >= 1 and len(art.sentences) == 1
    assert len(art.quotes) == 0  # nothing is quoted: no quote has any content
    assert_offsets(art)


@pytest.mark.parametrize(
    "text",
    [
        "“He said “this ‘and “that. ” ” “ Blinken said “",
        '"The aim is to liberate the region, Malyar told Reuters.',
        "The aim is to liberate the region,” Malyar told Reuters.",
        "‘Single ‘nested ’quotes’ ’ and ’ stray ones, he said.",
        "«Nous gagnerons», a dit Zelenskyy. „Wir gewinnen“, sagte er.",
    ],
)
def test_unbalanced_and_foreign_quotes(text):
    art = analysis.analyse(text=text)
    assert_offsets(art)
    for q in art.quotes.itertuples():
        assert 0 <= q.start <= q.end <= len(text)


# --------------------------------------------------------------------------- folders, permissions, links


def test_unreadable_file_is_a_clear_error(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text("Kyiv says it won.")
    path.chmod(0)
    try:
        if os.geteuid() != 0:  # root reads anything, so only a normal user sees chmod 000
            with pytest.raises(AnalysisError, match="cannot read file: Permission denied"):
                sources.load(path)
        real_open = builtins.open

        def denied(file, *args, **kwargs):
            if str(file) == str(path):
                raise PermissionError(13, "Permission denied", str(file))
            return real_open(file, *args, **kwargs)

        monkeypatch.setattr(builtins, "open", denied)
        with pytest.raises(AnalysisError) as info:
            sources.load(path)
        assert str(info.value) == f"{path}: cannot read file: Permission denied"
    finally:
        path.chmod(0o644)


def test_folder_with_unreadable_file_loop_and_broken_links(tmp_path, monkeypatch):
    from analysis import corpus, report

    folder = tmp_path / "in dir é"
    folder.mkdir()
    (folder / "good story.txt").write_text(hostile.STORY)
    (folder / "secret.txt").write_text("Kyiv says it won.")
    (folder / "loop-a.txt").symlink_to(folder / "loop-b.txt")
    (folder / "loop-b.txt").symlink_to(folder / "loop-a.txt")
    (folder / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (folder / "sub").mkdir()
    (folder / "sub" / "back-up").symlink_to(folder, target_is_directory=True)  # dir loop
    with pytest.raises(AnalysisError, match="symlink loop"):
        sources.load(folder / "loop-a.txt")
    with pytest.raises(AnalysisError, match="broken symbolic link"):
        sources.load(folder / "dangling.txt")
    assert [p.name for p in report.input_files(folder)] == ["good story.txt", "secret.txt"]

    real_open = builtins.open
    secret = str(folder / "secret.txt")

    def denied(file, *args, **kwargs):
        if str(file) == secret:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", denied)
    result = corpus.analyse_corpus(folder, out=tmp_path / "out", workers=1, progress=False)
    assert result.documents["doc_id"].tolist() == ["good story"]
    # links that lead nowhere are not files, so the folder walk skips them; the
    # unreadable file is an errors row naming the problem, and the run goes on
    assert result.errors[["doc_id", "error"]].values.tolist() == [
        ["secret", "cannot read file: Permission denied"]
    ]


# --------------------------------------------------------------------------- text


def tokens_of(art) -> list[str]:
    return art.tokens["text"].tolist()


def test_right_to_left_and_mixed_scripts():
    text = "قال الرئيس إن 5 أشخاص قتلوا. Zelenskyy said “שלום לכם” in Kyiv. Путин промолчал."
    art = analysis.analyse(text=text)
    assert_offsets(art)
    assert "الرئيس" in tokens_of(art) and "Путин" in tokens_of(art)
    assert art.sentences["text"].str.contains("Zelenskyy said").any()


def test_emoji_and_flags_keep_offsets():
    text = "Zelenskyy 🇺🇦 said “we will win 🙂👍🏽” on Tuesday. Aid reached $5 billion 💰."
    art = analysis.analyse(text=text)
    assert_offsets(art)
    assert art.quotes["quote"].tolist() == ["we will win 🙂👍🏽"]
    assert "$5 billion" in art.numbers["surface"].tolist()


def test_combining_characters_stay_inside_their_word():
    text = "Cafe\u0301 owner Jose\u0301 Marti\u0301nez said the price was 5 euros."
    art = analysis.analyse(text=text)
    assert_offsets(art)
    assert "Jose\u0301" in tokens_of(art) and "Cafe\u0301" in tokens_of(art)


def test_zero_width_spaces_and_joiners():
    text = "Kyiv\u200b says\u200b it\u200b won\u200d 6,000\u200b square kilometres.\u2060 “We won,” he said.\ufeff"
    art = analysis.analyse(text=text)
    assert_offsets(art)
    assert art.text == text


def test_windows_newlines_give_the_same_analysis_as_unix_ones():
    unix = "Kyiv says it won.\n\n“We won,” Zelenskyy said on Tuesday.\nIt took 6,000 square kilometres."
    windows = analysis.analyse(text=unix.replace("\n", "\r\n"))
    old_mac = analysis.analyse(text=unix.replace("\n", "\r"))
    reference = analysis.analyse(text=unix)
    for art in (windows, old_mac):
        assert art.text == unix
        for name, frame in reference.frames().items():
            pd_testing.assert_frame_equal(getattr(art, name), frame)


@pytest.mark.parametrize(
    "text",
    [
        "The codes were 1,2,3 and the version 1.2.3 shipped.",
        "The universe holds 10^100 atoms, give or take.",
        "Temperatures fell to −5 degrees and then -5 again.",
        "The form was dated 31/02/2022 and 2022-02-31 and February 31, 2022.",
        "It cost $1e308 and ﹩5 and ＄7 and ١٢٣ dinars and ½ a loaf and 5\u00a0000 people.",
        "Numbers: 9" + "9" * 300 + " stars and 0." + "0" * 400 + "1 percent.",
        "It had 1" + "0" * 320 + " people.",  # overflowed float() before numbers.py's fix
    ],
    ids=["list", "version", "power", "minus", "bad-dates", "exotic", "huge"],
)
def test_odd_numbers_and_dates(text):
    art = analysis.analyse(text=text)
    assert_offsets(art)

    for value in art.numbers["value"].dropna():
        assert math.isfinite(value)
    dates = art.numbers["date"].dropna().tolist()
    assert not any(d.startswith("2022-02-3") for d in dates), dates  # no impossible dates


def test_corpus_cli_on_the_hostile_folder_records_each_bad_file_and_goes_on(tmp_path):
    from analysis import corpus

    folder = tmp_path / "in"
    paths = [hostile.write_case(case, folder) for case in hostile.CASES]
    before = {p: hostile.snapshot(p) for p in paths}
    result = run_cli("corpus", str(folder), "--out", str(tmp_path / "out"), "--workers", "2",
                     timeout=300)
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    loaded = corpus.load_corpus(tmp_path / "out")
    # unsupported suffixes (.png, .pdf, .zip) are not articles: the folder walk skips them
    walked = [c for c in hostile.CASES if Path(c.name).suffix in sources.SUFFIXES]
    bad = {Path(c.name).stem: c.error for c in walked if c.error}
    errors = dict(zip(loaded.errors["doc_id"], loaded.errors["error"]))
    assert set(errors) == set(bad)
    for doc_id, fragment in bad.items():
        # the table keeps the problem as raised (a newline from a CSV header included)
        assert fragment.lower() in cli.one_line(errors[doc_id]).lower(), (doc_id, errors[doc_id])
    good = [c for c in walked if not c.error]
    assert len(loaded.documents) == len(good) + sum(c.records_before_error for c in walked)
    assert {p: hostile.snapshot(p) for p in paths} == before


def test_report_cli_on_a_bad_file_is_one_line(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    result = run_cli("report", str(path), "--out", str(tmp_path / "out"), timeout=300)
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and f"{path}: file is empty" in errors[0]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Temperatures fell to −5 degrees.", [("−5 degrees", -5.0)]),  # U+2212 minus
        ("The index fell -5 points.", [("-5 points", -5.0)]),
        ("The universe holds 10^100 atoms.", [("10^100", 1e100)]),
        ("The codes were 1,2,3.", []),  # a list, not one thousand-separated figure
        ("It had 1" + "0" * 320 + " people.", []),  # beyond float range: no figure
    ],
    ids=["unicode-minus", "hyphen-minus", "power", "list", "huge"],
)
def test_odd_figures_have_the_right_value(text, expected):
    numbers = analysis.analyse(text=text).numbers
    assert list(zip(numbers["surface"], numbers["value"])) == expected


def test_impossible_dates_are_not_dates():
    numbers = analysis.analyse(text="Dated 31/02/2022, February 31, 2022 and 29/02/2024.").numbers
    assert numbers["date"].dropna().tolist() == ["2024-02-29"]


def test_cli_unwritable_output_is_one_clear_line(tmp_path, capsys):
    story = tmp_path / "story.txt"
    story.write_text("Kyiv says it won.")
    before = hostile.snapshot(story)
    # --out names a file: every write under it fails with NotADirectoryError
    assert cli.main(["analyse", "--out", str(story), str(story)]) == 1
    err = capsys.readouterr().err
    assert err == f"error: {story}: cannot write {story}/story: Not a directory\n"
    assert hostile.snapshot(story) == before


def test_cli_never_writes_over_its_own_input(tmp_path, capsys):
    # a previous run's text.txt analysed again into the same --out would be replaced
    source = tmp_path / "out" / "text" / "text.txt"
    source.parent.mkdir(parents=True)
    source.write_bytes(b"Kyiv says it won.\r\n")  # CRLF: a rewrite would change it
    before = hostile.snapshot(source)
    assert cli.main(["analyse", "--out", str(tmp_path / "out"), str(source)]) == 1
    err = capsys.readouterr().err
    assert err == f"error: {source}: output folder {tmp_path / 'out' / 'text'} holds the input: " \
        "pick another --out\n"
    assert hostile.snapshot(source) == before


# --------------------------------------------------------------------------- notebook HTML


def test_notebook_html_reprs_escape_the_story(tmp_path):
    from analysis import corpus, report

    art = analysis.analyse(text=hostile.HOSTILE_STORY, title=hostile.PAYLOADS[1])
    folder = tmp_path / "<script>alert('XSS-SCRIPT')</script>"
    corpus_html = corpus.analyse_corpus([("d", hostile.HOSTILE_STORY)], out=folder,
                                        workers=1, progress=False)._repr_html_()
    pieces = {
        "Article": art._repr_html_(),
        "Corpus": corpus_html,
        "who_said_what": report.show_table(report.who_said_what(art))._repr_html_(),
        "figures": report.show_table(report.figures_table(art))._repr_html_(),
        "entities": report.show_table(report.entities_table(art))._repr_html_(),
        "heading": report.heading(hostile.HOSTILE_STORY)._repr_html_(),
        "article_text": report.article_text(art)._repr_html_(),
    }
    for name, markup in pieces.items():
        assert hostile.active_markers_in_html(markup, f"{name}: ") == []
    assert "&lt;script&gt;" in pieces["article_text"] and "XSS-IFRAME" in pieces["article_text"]
    assert "onerror" in pieces["Article"]  # the title is shown, as text


def test_pipes_and_devices_are_refused_without_reading(tmp_path):
    fifo = tmp_path / "inbox.txt"
    os.mkfifo(fifo)  # opening it for reading would block until a writer came
    for path in (fifo, Path("/dev/zero")):
        started = time.monotonic()
        with pytest.raises(AnalysisError) as info:
            sources.load(path)
        assert str(info.value) == f"{path}: not a regular file (a pipe, socket or device)"
        assert time.monotonic() - started < 5


@pytest.mark.parametrize(
    "name, markup, present, absent",
    [
        ("many-paragraphs", "<p>Kyiv says it won the battle on Tuesday, officials said.</p>" * 50_000,
         "Kyiv says it won", None),
        ("huge-attribute", "<p title='" + "x" * 2_000_000 + "'>Kyiv says it won the battle.</p>",
         "Kyiv says it won", "xxxx"),
        ("entities", "<p>" + "&amp;" * 200_000 + "</p><p>Kyiv says it won the battle.</p>",
         "&&&", "&amp;"),
        # an unclosed comment swallows the rest of the page, as in a browser
        ("unclosed-comment", "<p>Intro to the war.</p><!--" + "-" * 1_000_000 + "<p>Kyiv says.</p>",
         "Intro to the war.", "Kyiv"),
    ],
    ids=["many-paragraphs", "huge-attribute", "entities", "unclosed-comment"],
)
def test_large_and_odd_html_loads_in_bounded_time(tmp_path, name, markup, present, absent):
    path = tmp_path / f"{name}.html"
    path.write_text(f"<html><body>{markup}</body></html>", encoding="utf-8")
    started = time.monotonic()
    text = sources.load(path).text
    assert present in text
    assert absent is None or absent not in text
    assert time.monotonic() - started < 30  # measured 3.8 s for 50,000 paragraphs (4 MB)


@pytest.mark.parametrize("text", ["A-", "É-", "Ç-\n", "Zelenskyy said Â-"])
def test_capital_and_hyphen_at_the_very_end(text):
    # found by the fuzz campaign: numbers.py looked one token past the end (findings F8)
    art = analysis.analyse(text=text)
    assert_offsets(art)
    assert art.numbers.empty
