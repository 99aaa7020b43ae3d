"""Wall time of ``analysis report`` on the seed next to a bare papermill run of an empty notebook.

Both are timed in the same run, the same way, as the commands a user or cron types:

* floor:  ``papermill empty.ipynb out.ipynb -k <kernel>`` — process start, papermill
  import, kernel start and shutdown, writing a notebook; nothing of ours.
* report: ``analysis report SEED --out DIR --force`` — the same, plus the analysis, the
  charts (PNG + SVG), HTML and reveal.js export, the PPTX deck and the manifest.

Each is run ``--repeat`` times (default 3) and the median printed; the goal is a report
within 2x the floor. In-process stage times (papermill execute, export, deck) follow.

    .venv/bin/python benchmarks/bench_report.py [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat

from analysis import report, slides
from analysis.paths import seed_path

BIN = Path(sys.executable).parent


def _time(cmd: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    kernel = report._kernel_name()
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        empty = nbformat.v4.new_notebook()
        empty.metadata["kernelspec"] = {
            "name": kernel,
            "display_name": kernel,
            "language": "python",
        }
        empty.cells.append(nbformat.v4.new_code_cell("pass"))
        nbformat.write(empty, tmp / "empty.ipynb")
        floor_cmd = [
            str(BIN / "papermill"),
            str(tmp / "empty.ipynb"),
            str(tmp / "out.ipynb"),
            "-k",
            kernel,
            "--no-progress-bar",
        ]
        report_cmd = [
            str(BIN / "analysis"),
            "report",
            str(seed_path()),
            "--out",
            str(tmp / "report"),
            "--force",
        ]
        floors, reports = [], []
        for _ in range(args.repeat):  # interleaved, so load changes hit both alike
            floors.append(_time(floor_cmd, env))
            reports.append(_time(report_cmd, env))
        floor, full = statistics.median(floors), statistics.median(reports)
        print(
            f"kernel: {kernel}; {args.repeat} runs each, median wall time; cpus: {os.cpu_count()}; "
            f"load average: {os.getloadavg()[0]:.1f}"
        )
        print(
            f"papermill, empty notebook (floor)   {floor:6.2f} s   runs: {', '.join(f'{t:.2f}' for t in floors)}"
        )
        print(
            f"analysis report, seed article       {full:6.2f} s   runs: {', '.join(f'{t:.2f}' for t in reports)}"
        )
        print(f"ratio report / floor                {full / floor:6.2f} x   (goal <= 2.0)")

        # where the report's time goes, in process (imports already paid)
        job = report.plan([str(seed_path())], out=tmp / "stages")[0]
        work = tmp / "stages-work"
        work.mkdir()
        stages = {}
        start = time.perf_counter()
        executed = report.execute(job, work, progress=False)
        stages["papermill execute (kernel start, analysis, charts)"] = time.perf_counter() - start
        start = time.perf_counter()
        report.export(executed, work, "bench")
        stages["nbconvert HTML + reveal.js"] = time.perf_counter() - start
        start = time.perf_counter()
        slides.build_deck(work, work / "slides.pptx")
        stages["python-pptx deck"] = time.perf_counter() - start
        for name, seconds in stages.items():
            print(f"  {name:<52} {seconds:6.2f} s")
        nb = nbformat.read(executed, as_version=4)
        print("  notebook cells over 0.1 s:")
        for cell in nb.cells:
            seconds = cell.metadata.get("papermill", {}).get("duration") or 0
            if cell.cell_type == "code" and seconds > 0.1:
                lines = [x for x in cell.source.splitlines() if x.strip() and x[0] not in "#%"]
                line = "; ".join(x for x in lines if "analyse" in x) or lines[-1]
                print(f"    {line[:60]:<60} {seconds:6.2f} s")


if __name__ == "__main__":
    main()
