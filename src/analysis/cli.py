"""Command line: ``analysis analyse``, ``analysis report``, ``analysis corpus``.

Errors in the input are printed on one line (``error: FILE: problem``) and the exit
status is non-zero; no traceback.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

from . import __version__
from .errors import AnalysisError

DEFAULT_OUT = Path("data/processed")


def _analyse(args: argparse.Namespace) -> int:
    from . import sources
    from .article import analyse_document
    from .paths import seed_path

    paths = args.paths or [seed_path()]
    failures = 0
    used: set[str] = set()
    for path in paths:
        try:
            for doc in sources.documents(path):
                art = analyse_document(doc, published=args.published)
                out = Path(args.out) / folder_name(art.doc_id, used)
                if Path(path).resolve().parent == out.resolve():
                    # text.txt or a .csv table would replace the very file being read
                    raise AnalysisError(
                        f"output folder {out} holds the input: pick another --out", str(path)
                    )
                try:
                    art.save(out, args.format)
                except OSError as exc:  # the output side: a file in the way, a full disk
                    raise AnalysisError(
                        f"cannot write {exc.filename or out}: {exc.strerror or exc}", str(path)
                    ) from None
                counts = ", ".join(f"{len(f)} {n}" for n, f in art.frames().items())
                print(one_line(f"{path}: {counts} -> {out}/"))
        except AnalysisError as exc:
            print(one_line(f"error: {exc}"), file=sys.stderr)
            failures += 1
        except Exception as exc:  # a bug, not bad input: report it and go on to the next file
            if os.environ.get("ANALYSIS_DEBUG"):
                raise
            print(
                one_line(f"error: {path}: internal error ({type(exc).__name__}: {exc}); "
                         "please report it (ANALYSIS_DEBUG=1 shows the traceback)"),
                file=sys.stderr,
            )
            failures += 1
    return 1 if failures else 0


_UNSAFE = re.compile(r"[^\w.-]+")


def folder_name(doc_id: str, used: set[str] | None = None) -> str:
    """A folder name for a document id that stays inside the output folder.

    Ids come from the input (file stems, JSON/CSV ``id`` fields), so ``../x`` or
    ``/etc`` must not become a path; clashes in one run get ``-2``, ``-3``...

    >>> folder_name("../../etc/cron.d"), folder_name("/abs"), folder_name("Kyiv, 12 Sep")
    ('etc_cron.d', 'abs', 'Kyiv_12_Sep')
    """
    name = _UNSAFE.sub("_", doc_id).strip("._")[:120] or "document"
    if used is not None:
        base, n = name, 2
        while name in used:
            name, n = f"{base}-{n}", n + 1
        used.add(name)
    return name


def one_line(message: str) -> str:
    r"""A message as one printable line: newlines and control characters (terminal escapes
    in a hostile file name) are shown escaped, not obeyed.

    >>> print(one_line("error: a\nb\x1b[2J.txt: empty"))
    error: a\nb\x1b[2J.txt: empty
    """
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in message)


def _report(args: argparse.Namespace) -> int:
    from . import report

    return report.run_cli(args)


def _corpus(args: argparse.Namespace) -> int:
    from . import corpus

    return corpus.run_cli(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="analysis",
        description="Who said what, which figures, which names: analyse news articles into tables, charts and reports.",
    )
    parser.add_argument("--version", action="version", version=f"analysis {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    analyse = sub.add_parser(
        "analyse",
        aliases=["analyze"],
        help="analyse articles into dataframes (the seed article if no PATH)",
        description="Analyse each article (txt, md, html, json, jsonl, csv) and write one table per "
        "frame (sentences, tokens, quotes, numbers, mentions, entities) to OUT/<doc_id>/.",
    )
    analyse.add_argument("paths", nargs="*", metavar="PATH", help="article files (default: the seed article)")
    analyse.add_argument("--out", default=str(DEFAULT_OUT), help="output folder (default: %(default)s)")
    analyse.add_argument("--format", choices=["parquet", "csv"], default="parquet", help="table format (default: %(default)s)")
    analyse.add_argument("--published", help="publication date (YYYY-MM-DD) to resolve 'Monday', 'Feb. 24'")
    analyse.set_defaults(func=_analyse)

    report = sub.add_parser(
        "report",
        help="run a notebook report with papermill: HTML, charts, slides",
        description="Run notebooks/article.ipynb (or corpus.ipynb) with papermill on INPUT and write "
        "the executed notebook, an HTML report, PNG/SVG charts, a PPTX deck and reveal.js slides.",
    )
    report.add_argument("inputs", nargs="*", metavar="INPUT", help="article file(s) or a folder (default: the seed)")
    report.add_argument("--notebook", choices=["article", "corpus"], default="article")
    report.add_argument("--out", help="output folder (default: reports/<date>/<name>/)")
    report.add_argument("-p", "--parameter", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"), help="notebook parameter, repeatable")
    report.add_argument("--force", action="store_true", help="re-run even if an identical report exists")
    report.set_defaults(func=_report)

    corpus = sub.add_parser(
        "corpus",
        help="analyse many articles into parquet tables, in parallel, with a cache",
        description="Analyse a folder, glob, JSONL/CSV file of articles, or 'abc' (the ABC news corpus) "
        "into parquet tables documents, sentences, quotes, numbers, mentions, entities, errors.",
    )
    corpus.add_argument("source", help="folder, glob, .jsonl/.csv file, or 'abc'")
    corpus.add_argument("--out", help="output folder (default: data/processed/<name>)")
    corpus.add_argument("--workers", type=int, help="worker processes (default: all cores)")
    corpus.add_argument("--engine", choices=["local", "dask"], default="local")
    corpus.add_argument("--scheduler", help="address of an existing Dask scheduler (engine dask)")
    corpus.add_argument("--force", action="store_true", help="ignore the cache and redo every document")
    corpus.add_argument("--limit", type=int, help="only the first N documents")
    corpus.add_argument("--tokens", action="store_true", help="also store the tokens table (large)")
    corpus.add_argument("--batch-size", type=int, default=100, metavar="N", help="documents per part file (default: %(default)s)")
    corpus.set_defaults(func=_corpus)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        args = parser.parse_args(["analyse", *(argv or [])])
    try:
        return args.func(args)
    except AnalysisError as exc:
        print(one_line(f"error: {exc}"), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
