"""``analysis report``: papermill runs of the notebooks into HTML, charts, PPTX, reveal.js, manifest.

One article report is built once for the module (papermill runs cost seconds) and
shared; the failure, corpus and forced re-run tests add one run each. Tests that run
papermill are marked ``slow`` (``make test-fast`` leaves them out).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import json
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from filelock import FileLock
from PIL import Image
from pptx import Presentation

from analysis import cli, report
from analysis.errors import AnalysisError
from analysis.paths import seed_path

STORY = (
    "Officials said the <script>alert(1)</script> tag in the page was harmless.\n"
    "“Nothing <img src=x onerror=alert(1)> happened here,” the minister said on Tuesday.\n"
    "The ministry said 800 people had been evacuated from 12 villages."
)
TITLE = "Evil <b onmouseover=alert(2)>report</b>"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(["report", *argv])
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def side_runs(tmp_path_factory):
    """A forced rebuild, a failing and a corpus report: ``analysis report`` processes, at once.

    They run alongside the in-process article build (each papermill run mostly waits on
    its own kernel), so the module costs about two runs of wall time, not four.
    """
    root = tmp_path_factory.mktemp("side")
    bad = root / "blank.txt"
    bad.write_text("   \n\n  ", encoding="utf-8")
    folder = root / "raw"
    folder.mkdir()
    (folder / "seed.txt").write_bytes(seed_path().read_bytes())
    (folder / "story.txt").write_text(STORY, encoding="utf-8")
    (folder / "README.md").write_text("# not an article\n", encoding="utf-8")
    article = root / "inbox" / "evil story.txt"
    article.parent.mkdir()
    article.write_text(STORY, encoding="utf-8")
    # an old report with the leftovers of a failed and of a killed run, rebuilt with --force
    again = root / "again" / "evil-story"
    again.mkdir(parents=True)
    (again / "stale.txt").write_text("from an older run", encoding="utf-8")
    (again.parent / "evil-story.failed").mkdir()
    (again.parent / ".evil-story.tmp-999999").mkdir()
    runs = {
        "again": [
            str(article),
            "-p",
            "title",
            TITLE,
            "-p",
            "top_n",
            "3",
            "--force",
            "--out",
            str(again),
        ],
        "failing": [str(bad), "--out", str(root / "out" / "blank")],
        "corpus": [
            str(folder),
            "--notebook",
            "corpus",
            "--out",
            str(root / "corpus"),
            "-p",
            "limit",
            "5",
        ],
    }
    procs = {}
    for name, argv in runs.items():
        out, err = open(root / f"{name}.out", "w+"), open(root / f"{name}.err", "w+")  # noqa: SIM115
        proc = subprocess.Popen(
            [sys.executable, "-m", "analysis", "report", *argv], stdout=out, stderr=err, cwd=root
        )
        procs[name] = (proc, out, err)
    yield {"root": root, "article": article, "again": again, "procs": procs}
    for proc, out, err in procs.values():
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        out.close()
        err.close()


def _finished(side_runs, name: str) -> tuple[int, str, str]:
    proc, out, err = side_runs["procs"][name]
    code = proc.wait(timeout=240)
    out.seek(0)
    err.seek(0)
    return code, out.read(), err.read()


@pytest.fixture(scope="module")
def built(tmp_path_factory, side_runs):
    root = tmp_path_factory.mktemp("report")
    article = side_runs["article"]
    reports_dir = root / "reports"
    results = report.run(
        [str(article)],
        parameters={"title": TITLE, "top_n": 3},
        reports_dir=reports_dir,
        progress=False,
    )
    assert [r.status for r in results] == ["built"], results[0].error
    return {"root": root, "article": article, "reports_dir": reports_dir, "dest": results[0].path}


@pytest.mark.slow  # runs papermill
def test_report_lands_in_dated_folder_with_every_output(built):
    dest = built["dest"]
    assert dest == built["reports_dir"] / dt.date.today().isoformat() / "evil-story"
    for name in (
        "article.ipynb",
        "report.html",
        "slides.html",
        "slides.pptx",
        "manifest.json",
        "charts.json",
    ):
        assert (dest / name).stat().st_size > 0, name
    charts = json.loads((dest / "charts.json").read_text())
    assert {c["name"] for c in charts} == {
        "quotes_by_speaker",
        "figures_by_kind",
        "mentions_by_type",
    }
    for chart in charts:
        assert sorted(Path(f).suffix for f in chart["files"]) == [".png", ".svg"]
        assert all((dest / f).exists() for f in chart["files"])
        png = next(dest / f for f in chart["files"] if f.endswith(".png"))
        assert Image.open(png).size == (1920, 1080)  # 16:9 slide size at 160 dpi
    # nothing temporary is left beside the report
    assert [p.name for p in dest.parent.iterdir()] == ["evil-story"]


@pytest.mark.slow  # runs papermill
def test_parameters_reach_the_notebook(built):
    nb = nbformat.read(built["dest"] / "article.ipynb", as_version=4)
    injected = next(c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", []))
    assert "top_n = 3" in injected.source
    assert f"title = {TITLE!r}" in injected.source or f'title = "{TITLE}"' in injected.source
    assert json.loads((built["dest"] / "meta.json").read_text())["title"] == TITLE
    assert "error" not in {o.get("output_type") for c in nb.cells for o in c.get("outputs", [])}


@pytest.mark.slow  # runs papermill
def test_manifest_records_inputs_parameters_versions_outputs(built):
    dest = built["dest"]
    manifest = json.loads((dest / "manifest.json").read_text())
    assert manifest["inputs"] == [
        {
            "path": str(built["article"]),
            "sha256": _sha(built["article"]),
            "bytes": built["article"].stat().st_size,
        }
    ]
    assert manifest["parameters"] == {"title": TITLE, "top_n": 3}
    assert manifest["notebook"] == "article"
    assert manifest["code_version"] == report.code_version()  # part of the key
    assert {
        "python",
        "analysis",
        "pandas",
        "matplotlib",
        "papermill",
        "nbconvert",
        "python-pptx",
    } <= set(manifest["versions"])
    listed = {o["path"]: o["sha256"] for o in manifest["outputs"]}
    on_disk = {str(p.relative_to(dest)) for p in dest.rglob("*") if p.is_file()} - {"manifest.json"}
    assert set(listed) == on_disk
    assert all(_sha(dest / path) == sha for path, sha in listed.items())


@pytest.mark.slow  # runs papermill
def test_html_hides_code_and_escapes_the_story(built):
    for name in ("report.html", "slides.html"):
        page = (built["dest"] / name).read_text(encoding="utf-8")
        assert "<script>alert(1)" not in page, name
        assert "<img src=x onerror" not in page and "onerror=alert(1)>" not in page, name
        assert "onmouseover=alert(2)>" not in page, name
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page, name
        assert "Evil &lt;b onmouseover=alert(2)&gt;report&lt;/b&gt;" in page, name
        assert "report.publish(" not in page, name  # code cells hidden
    html = (built["dest"] / "report.html").read_text(encoding="utf-8")
    assert html.count('src="data:image/png;base64') >= 3  # the three charts


@pytest.mark.slow  # runs papermill
def test_pptx_opens_and_has_every_chart(built):
    dest = built["dest"]
    deck = Presentation(str(dest / "slides.pptx"))
    charts = json.loads((dest / "charts.json").read_text())
    slides = list(deck.slides)
    assert slides[0].shapes.title.text_frame.text == TITLE  # a text run, so escaped in the XML
    pictures = [s for slide in slides for s in slide.shapes if s.shape_type == 13]
    assert len(pictures) == len(charts) == 3
    titles = [
        next(s.text_frame.text for s in slide.shapes if s.has_text_frame) for slide in slides[1:]
    ]
    assert titles[:3] == [c["title"] for c in charts]
    assert any(t.startswith("Who said what") for t in titles)
    texts = [
        shape.table.cell(r, c).text
        for slide in slides
        for shape in slide.shapes
        if shape.has_table
        for r in range(len(shape.table.rows))
        for c in range(len(shape.table.columns))
    ]
    if any("onerror" in t for t in texts):  # the quote extractor found the quote
        assert any("<img src=x onerror=alert(1)>" in t for t in texts)


@pytest.mark.slow  # runs papermill
def test_rerun_with_same_input_is_skipped(built):
    before = (built["dest"] / "manifest.json").read_text()
    results = report.run(
        [str(built["article"])],
        parameters={"title": TITLE, "top_n": 3},
        reports_dir=built["reports_dir"],
        progress=False,
    )
    assert [(r.status, r.path) for r in results] == [("skipped", built["dest"])]
    assert (built["dest"] / "manifest.json").read_text() == before
    # a different parameter is a different report
    jobs = report.plan(
        [str(built["article"])],
        parameters={"title": TITLE, "top_n": 4},
        reports_dir=built["reports_dir"],
    )
    assert report.find_existing(jobs[0], built["reports_dir"]) is None
    # an explicit --out elsewhere is built there, even though an identical report exists
    same = report.plan(
        [str(built["article"])],
        out=built["root"] / "elsewhere",
        parameters={"title": TITLE, "top_n": 3},
        reports_dir=built["reports_dir"],
    )[0]
    assert report.find_existing(same, built["reports_dir"]) == built["dest"]
    assert report.find_existing(same, None) is None


@pytest.mark.slow  # runs papermill
def test_forced_rebuild_replaces_the_old_report_with_identical_charts(built, side_runs):
    code, out, err = _finished(side_runs, "again")
    again = side_runs["again"]
    assert code == 0, err
    assert out.strip() == f"{again}/"  # the folder is what goes to stdout
    assert not (again / "stale.txt").exists()  # replaced whole, not merged
    assert sorted(p.name for p in again.parent.iterdir() if p.name != report.LOCK_NAME) == [
        "evil-story"
    ]  # the .failed folder and the killed run's temporary folder are gone
    # same article and parameters, two runs: byte-identical charts
    first = json.loads((built["dest"] / "manifest.json").read_text())
    second = json.loads((again / "manifest.json").read_text())
    assert first["key"] == second["key"]
    charts = {o["path"]: o["sha256"] for o in first["outputs"] if o["path"].startswith("charts/")}
    assert len(charts) == 6
    assert charts == {o["path"]: o["sha256"] for o in second["outputs"] if o["path"] in charts}


@pytest.mark.slow  # runs papermill
def test_failing_notebook_exits_nonzero_with_one_line_and_keeps_partial_notebook(side_runs):
    code, out, err = _finished(side_runs, "failing")
    dest = side_runs["root"] / "out" / "blank"
    assert code == 1
    lines = [line for line in err.splitlines() if line.startswith("error:")]
    assert len(lines) == 1, err
    assert (
        "notebook failed at cell" in lines[0]
        and "AnalysisError" in lines[0]
        and "whitespace" in lines[0]
    )
    assert "Traceback" not in err
    partial = Path(lines[0].rsplit("partial notebook: ", 1)[1].rstrip(")"))
    assert partial == dest.with_name("blank.failed") / "article.ipynb"
    nb = nbformat.read(partial, as_version=4)
    assert "error" in {o.get("output_type") for c in nb.cells for o in c.get("outputs", [])}
    assert not dest.exists()  # no half report
    assert sorted(p.name for p in dest.parent.iterdir() if p.name != report.LOCK_NAME) == [
        "blank.failed"
    ]
    assert out == ""


@pytest.mark.slow  # runs papermill
def test_corpus_notebook_over_a_folder(side_runs):
    code, stdout, err = _finished(side_runs, "corpus")
    out = side_runs["root"] / "corpus"
    assert code == 0, err
    assert stdout.strip() == f"{out}/"
    manifest = json.loads((out / "manifest.json").read_text())
    assert [Path(i["path"]).name for i in manifest["inputs"]] == ["seed.txt", "story.txt"]
    charts = {c["name"] for c in json.loads((out / "charts.json").read_text())}
    assert charts == {"top_speakers", "top_entities", "figures_by_kind", "quotes_over_time"}
    nb = nbformat.read(out / "corpus.ipynb", as_version=4)
    facts = next(
        o for c in nb.cells for o in c.get("outputs", []) if "documents" in str(o.get("data", {}))
    )
    assert "<td>2</td>" in facts["data"]["text/html"]  # two documents, README skipped
    assert Presentation(str(out / "slides.pptx")).slides


def test_folder_plans_one_report_per_article(tmp_path):
    (tmp_path / "a.txt").write_text("Kyiv says so.", encoding="utf-8")
    (tmp_path / "b.md").write_text("# B\n\nMoscow says no.", encoding="utf-8")
    (tmp_path / "README.md").write_text("about this folder", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    jobs = report.plan([str(tmp_path)], reports_dir=tmp_path / "reports", today="2026-01-02")
    assert [(j.name, j.dest) for j in jobs] == [
        ("a", tmp_path / "reports" / "2026-01-02" / "a"),
        ("b", tmp_path / "reports" / "2026-01-02" / "b"),
    ]
    assert jobs[0].key != jobs[1].key


def test_unknown_parameter_and_missing_input_are_one_line_errors(tmp_path):
    code, _, err = _cli(str(seed_path()), "-p", "colour", "red", "--out", str(tmp_path / "x"))
    assert code == 1 and err.startswith("error: unknown parameter 'colour'") and "top_n" in err
    code, _out, err = _cli(str(tmp_path / "missing.txt"), "--out", str(tmp_path / "x"))
    assert code == 1 and "no such file" in err and len(err.strip().splitlines()) == 1
    with pytest.raises(AnalysisError, match="set by the runner"):
        report.plan([str(seed_path())], parameters={"output_dir": "/tmp"})


def test_a_second_run_does_not_collide_with_a_running_one(tmp_path):
    out = tmp_path / "reports" / "seed"
    (tmp_path / "reports").mkdir()
    with FileLock(str(tmp_path / "reports" / report.LOCK_NAME)):
        code, _, err = _cli(str(seed_path()), "--out", str(out))
    assert code == 1 and "another report run holds the lock" in err
    assert not out.exists()


def test_parse_value():
    assert report.parse_value("3") == 3 and report.parse_value("0.5") == 0.5
    assert report.parse_value("false") is False and report.parse_value("null") is None
    assert report.parse_value('["png"]') == ["png"] and report.parse_value("Kyiv") == "Kyiv"


def test_feeds_give_one_report_per_record_and_names_stay_unique(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"id": "one", "text": "Kyiv says so."}\n{"id": "two", "text": "Moscow says no."}\n',
        encoding="utf-8",
    )
    (tmp_path / "sub").mkdir()
    for path in (tmp_path / "a.txt", tmp_path / "a.md", tmp_path / "sub" / "a.txt"):
        path.write_text("Kyiv says so.", encoding="utf-8")
    jobs = report.plan([str(tmp_path)], reports_dir=tmp_path / "reports")
    names = [j.name for j in jobs]
    assert sorted(names) == ["a-md", "a-txt", "feed-one", "feed-two", "sub-a"]
    one = next(j for j in jobs if j.name == "feed-one")
    assert one.parameters["record"] == 0 and one.input_hashes[0]["doc_id"] == "one"
    # growing the feed keeps the old record's key, so only the new record is rebuilt
    feed.write_text(
        feed.read_text() + '{"id": "three", "text": "Minsk is silent."}\n', encoding="utf-8"
    )
    again = {j.name: j.key for j in report.plan([str(tmp_path)], reports_dir=tmp_path / "reports")}
    assert again["feed-one"] == one.key and "feed-three" in again


def test_an_empty_inbox_is_not_a_failure(tmp_path):
    code, out, err = _cli(str(tmp_path), "--out", str(tmp_path / "out"))
    assert (code, out) == (0, "") and "nothing to report" in err


def test_a_failing_build_step_is_one_line_and_keeps_the_partial_report(tmp_path, monkeypatch):
    from analysis import slides

    def fake_execute(job, workdir, progress=True):  # no kernel: the step after it fails
        path = workdir / "article.ipynb"
        nbformat.write(
            nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# Hi")]), path
        )
        return path

    def broken_deck(*args):
        raise ValueError("bad\nthing")

    monkeypatch.setattr(report, "execute", fake_execute)
    monkeypatch.setattr(slides, "build_deck", broken_deck)
    code, out, err = _cli(str(seed_path()), "--out", str(tmp_path / "r"))
    lines = [line for line in err.splitlines() if line.startswith("error:")]
    assert code == 1 and out == "" and len(lines) == 1
    assert "building the report failed: ValueError: bad thing" in lines[0]
    assert (tmp_path / "r.failed" / "article.ipynb").exists() and not (tmp_path / "r").exists()


def test_an_unwritable_output_folder_is_one_line(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    code, out, err = _cli(str(seed_path()), "--out", str(blocker / "report"))
    assert code == 1 and out == ""
    assert (
        err.startswith("error: ") and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    )
