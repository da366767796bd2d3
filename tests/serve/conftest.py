"""Fixtures of the web tests: a real store file, a real uvicorn server, headless Debian Chromium."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).parent))

from serve_fixtures import reading_hostile, reading_one  # noqa: E402

from tidings.store import write_readings  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
DATA = Path(__file__).parent / "data"
SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store file written through the store's own writer from hand-built Readings."""
    path = tmp_path_factory.mktemp("store") / "web.duckdb"
    counts = write_readings(path, [reading_one(), reading_hostile()], "web-tests")
    assert counts.documents == 2
    return path


@pytest.fixture(scope="session")
def pipeline_readings() -> list:
    """Team-written articles (a plain one and a hostile one) read by the real extraction pipeline."""
    from tidings.annotate import load_pipeline
    from tidings.ingest import read_inputs
    from tidings.pipeline import read_documents

    docs = list(read_inputs([DATA / "harbour-talks.txt", DATA / "hostile-note.txt"], max_bytes=1 << 20))
    return list(read_documents(docs, nlp=load_pipeline()))


@pytest.fixture(scope="session")
def pipeline_store(tmp_path_factory: pytest.TempPathFactory, pipeline_readings: list) -> Path:
    """A store written by the store's writer from the pipeline's Readings."""
    path = tmp_path_factory.mktemp("pipeline-store") / "pipeline.duckdb"
    write_readings(path, pipeline_readings, "web-pipeline-tests")
    return path


@pytest.fixture(scope="session")
def server(store_path: Path) -> Iterator[str]:
    """`tidings serve` over the hand-built store, in a subprocess on a free loopback port (base URL)."""
    yield from _serve(store_path)


@pytest.fixture(scope="session")
def pipeline_server(pipeline_store: Path) -> Iterator[str]:
    """`tidings serve` over the pipeline-built store (base URL)."""
    yield from _serve(pipeline_store)


def _serve(db: Path) -> Iterator[str]:
    port = free_port()
    code = "import sys; from tidings.cli import main; sys.argv[0] = 'tidings'; main()"
    proc = subprocess.Popen(
        [sys.executable, "-c", code, "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    try:
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"tidings serve exited: {proc.stderr.read().decode() if proc.stderr else ''}")
            try:
                if httpx.get(base + "/api/summary", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("tidings serve did not answer within 60 s")
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Headless Debian Chromium through Playwright; skipped when absent unless $CI is set."""
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing in CI")
        pytest.skip(f"{CHROMIUM} not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture()
def page(browser: object) -> Iterator[object]:
    """A fresh page that records console errors, page errors and dialogs."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    pg = context.new_page()
    pg.problems = []  # type: ignore[attr-defined]
    pg.dialogs = []  # type: ignore[attr-defined]
    pg.on("console", lambda m: m.type in ("error", "warning") and pg.problems.append(m.text))
    pg.on("pageerror", lambda e: pg.problems.append(f"pageerror: {e}"))

    def on_dialog(d: object) -> None:
        pg.dialogs.append(d.message)  # type: ignore[attr-defined]
        d.dismiss()  # type: ignore[attr-defined]

    pg.on("dialog", on_dialog)
    try:
        yield pg
    finally:
        context.close()


@pytest.fixture()
def offline_page(page: object) -> object:
    """A page that lets only file:// requests through; ``page.attempted`` lists the ones it aborted."""
    page.attempted = []  # type: ignore[attr-defined]

    def guard(route: object) -> None:
        url = route.request.url  # type: ignore[attr-defined]
        if url.startswith("file://"):
            route.continue_()  # type: ignore[attr-defined]
        else:
            page.attempted.append(url)  # type: ignore[attr-defined]
            route.abort()  # type: ignore[attr-defined]

    page.route("**/*", guard)  # type: ignore[attr-defined]
    return page


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
