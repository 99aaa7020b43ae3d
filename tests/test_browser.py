"""notebooks/article.ipynb in a real JupyterLab, driven in Debian's Chromium with Playwright.

Starts JupyterLab headless on 127.0.0.1 (free port, token, temp root holding a copy of the
notebook), opens the notebook, runs every cell from the Run menu and checks that the
charts render and no cell shows an error. Skips when Chromium is not installed:
``.ci/install-browser`` installs it (``apt-get install chromium``).
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = Path(os.environ.get("ANALYSIS_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _kernel() -> str:
    from jupyter_client.kernelspec import KernelSpecManager

    return "analysis" if "analysis" in KernelSpecManager().find_kernel_specs() else "python3"


@pytest.fixture
def lab(tmp_path):
    if not CHROMIUM.exists():
        pytest.skip(
            f"Chromium not found at {CHROMIUM}: run .ci/install-browser (apt-get install chromium)"
        )
    pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    root = tmp_path / "root"
    root.mkdir()
    notebook = json.loads((REPO / "notebooks" / "article.ipynb").read_text(encoding="utf-8"))
    kernel = _kernel()
    if kernel != "analysis":  # no `make install` yet: run with this interpreter's own kernel
        notebook["metadata"]["kernelspec"] = {
            "name": kernel,
            "display_name": "Python 3",
            "language": "python",
        }
    (root / "article.ipynb").write_text(json.dumps(notebook), encoding="utf-8")
    # render every cell (no windowing), so all outputs are in the DOM to be checked
    settings = tmp_path / "settings" / "@jupyterlab" / "notebook-extension"
    settings.mkdir(parents=True)
    (settings / "tracker.jupyterlab-settings").write_text(
        json.dumps({"windowingMode": "none", "autoStartDefaultKernel": True})
    )
    env = {
        **os.environ,
        "JUPYTERLAB_SETTINGS_DIR": str(tmp_path / "settings"),
        "JUPYTERLAB_WORKSPACES_DIR": str(tmp_path / "workspaces"),
        "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime"),
    }
    port, token = _free_port(), secrets.token_hex(16)
    log = open(tmp_path / "jupyterlab.log", "wb")  # noqa: SIM115 - the server writes to it until teardown
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "jupyterlab",
            "--ip=127.0.0.1",
            f"--port={port}",
            "--no-browser",
            "--ServerApp.open_browser=False",
            f"--IdentityProvider.token={token}",
            f"--ServerApp.root_dir={root}",
            "--LabApp.news_url=None",
            "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
            "--LabApp.extension_manager=readonly",
            *(["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=env,
        cwd=root,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 40
        while True:
            try:
                with urllib.request.urlopen(f"{url}/api/status?token={token}", timeout=2):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(
                        f"JupyterLab did not start: {(tmp_path / 'jupyterlab.log').read_text()[-2000:]}"
                    )
                time.sleep(0.3)
        yield {"url": url, "token": token}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
        shutil.rmtree(root, ignore_errors=True)


ALL_DONE = """() => {
  const prompts = [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')];
  const ran = prompts.length > 0 && prompts.every(p => /\\[\\d+\\]/.test(p.textContent));
  return ran && document.querySelectorAll('.jp-OutputArea-output img').length >= 3;
}"""


def test_article_notebook_runs_in_jupyterlab(lab, tmp_path):
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(f"{lab['url']}/lab/tree/article.ipynb?token={lab['token']}")
            page.wait_for_selector(".jp-NotebookPanel .jp-Cell", timeout=60_000)
            # the kernel must be up before Run All; accept the kernel dialog if Lab still asks
            dialog = page.locator(".jp-Dialog .jp-mod-accept")
            try:
                dialog.wait_for(timeout=5_000)
                dialog.click()
            except PlaywrightTimeout:
                pass
            page.wait_for_selector(
                ".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=60_000
            )
            page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
            page.locator(".lm-Menu-itemLabel", has_text="Run All Cells").first.click()
            try:
                page.wait_for_function(ALL_DONE, timeout=60_000, polling=500)
            finally:
                page.screenshot(
                    path=str(tmp_path / "article.png"), full_page=True
                )  # also on failure
            images = page.locator(".jp-OutputArea-output img")
            assert images.count() >= 3  # quotes, figures and names charts
            assert all(
                images.nth(i).evaluate("img => img.naturalWidth > 0") for i in range(images.count())
            )
            errors = page.locator(
                ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']"
            )
            tracebacks = [errors.nth(i).inner_text() for i in range(errors.count())]
            assert not [t for t in tracebacks if "Error" in t or "Traceback" in t], tracebacks
            assert page.locator(".jp-OutputArea-output table.analysis-table").count() >= 1
        finally:
            browser.close()
    assert (tmp_path / "article.png").stat().st_size > 10_000
