"""`tidings report` end to end: the real pipeline, one self-contained file, opened offline in Chromium."""

from __future__ import annotations

import base64
import hashlib
import re
from html import unescape
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tidings.cli import app as cli_app
from tidings.serve.view import build_network, events_from_reading

ARTICLE = Path(__file__).parent / "data" / "harbour-talks.txt"
SHARED_SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "examples" / "seed-article.txt"


@pytest.fixture(scope="module")
def reading(pipeline_readings: list):
    """The pipeline's Reading of ARTICLE, shared with the browser tests (extracted once per session)."""
    (found,) = [r for r in pipeline_readings if r.source == str(ARTICLE)]
    return found


@pytest.fixture(scope="module")
def report_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("cli-report") / "harbour.html"
    result = CliRunner().invoke(cli_app, ["report", str(ARTICLE), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def _sha(body: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode() + "'"


def test_report_is_self_contained_with_hashed_csp(report_path: Path) -> None:
    html = report_path.read_text(encoding="utf-8")
    csp = unescape(re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html).group(1))
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp
    scripts = re.findall(r"<script>(.*?)</script>", html, flags=re.S)
    styles = re.findall(r"<style>(.*?)</style>", html, flags=re.S)
    assert len(scripts) == 1 and len(styles) == 1
    assert f"script-src {_sha(scripts[0])}" in csp and f"style-src {_sha(styles[0])}" in csp
    assert not re.search(r"<(script|img|link|iframe)[^>]+(src|href)=", html.replace('<link rel="icon" href="data:,">', ""))
    assert "https://" not in html and "http://" not in html.replace("http://www.w3.org/2000/svg", "")


def test_report_highlights_every_event(report_path: Path, reading) -> None:
    html = report_path.read_text(encoding="utf-8")
    assert reading.events, "the fixture article should yield events"
    for ev in reading.events:
        assert f'id="hl-{ev.id}"' in html and f'id="ev-{ev.id}"' in html
        assert f'<span class="status st-{ev.status}">{ev.status}</span>' in html


def test_report_refuses_to_overwrite_without_force(report_path: Path) -> None:
    r = CliRunner().invoke(cli_app, ["report", str(ARTICLE), "-o", str(report_path)])
    assert r.exit_code == 2 and "--force" in r.output and "[E030]" in r.output


def test_report_bad_input_is_one_line(tmp_path: Path) -> None:
    missing = CliRunner().invoke(cli_app, ["report", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "o.html")])
    assert missing.exit_code == 1 and "[E001]" in missing.output and "Traceback" not in missing.output
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\x01\x02binary")
    r = CliRunner().invoke(cli_app, ["report", str(binary), "-o", str(tmp_path / "o.html")])
    assert r.exit_code == 1 and "[E003]" in r.output
    latin = tmp_path / "latin.txt"
    latin.write_bytes("caf\xe9 talks".encode("latin-1"))
    r = CliRunner().invoke(cli_app, ["report", str(latin), "-o", str(tmp_path / "o.html")])
    assert r.exit_code == 1 and "[E004]" in r.output
    assert not (tmp_path / "o.html").exists()


def test_report_keeps_good_inputs_and_names_bad_ones(tmp_path: Path) -> None:
    page = tmp_path / "statement.html"
    page.write_text(
        "<html><head><title>Ministry note</title></head><body><article><h1>Ministry note</h1>"
        "<p>Chile and Peru signed a water sharing agreement in Lima on Friday, the ministry said.</p>"
        "<p>The two governments will hold a follow-up meeting in Santiago next month.</p>"
        "</article></body></html>", encoding="utf-8")
    out = tmp_path / "two.html"
    r = CliRunner().invoke(cli_app, ["report", str(ARTICLE), str(page), str(tmp_path / "gone.txt"), "-o", str(out)])
    assert r.exit_code == 1  # one input failed ...
    assert "[E001]" in r.output and "gone.txt" in r.output
    html = out.read_text(encoding="utf-8")  # ... but the report of the two good ones is written
    assert html.count('<article class="report-doc"') == 2
    assert "water sharing agreement" in html


def test_browser_pipeline_report_offline(offline_page, report_path: Path, reading, artifacts: Path) -> None:
    page = offline_page
    page.goto(report_path.as_uri())
    page.wait_for_selector("html[data-tidings-ready='1']", state="attached")
    assert page.attempted == [] and page.problems == [], (page.attempted, page.problems)
    net = build_network(events_from_reading(reading), by="actor")
    assert page.locator("#network-svg circle").count() == len(net["nodes"]) > 0
    assert page.locator("#network-svg line.edge").count() == len(net["edges"])
    dated = [ev for ev in reading.events if ev.date]
    assert page.locator("#timeline-svg [data-event]").count() == len(dated)
    first = reading.events[0]
    assert page.locator(f"#hl-{first.id}").inner_text() in reading.text
    page.screenshot(path=str(artifacts / "report-harbour.png"), full_page=True)


@pytest.mark.skipif(not SHARED_SEED.exists(), reason="../shared is not available")
def test_browser_seed_report_renders(page, tmp_path: Path, artifacts: Path) -> None:
    out = tmp_path / "seed.html"
    r = CliRunner().invoke(cli_app, ["report", str(SHARED_SEED), "-o", str(out)])
    assert r.exit_code == 0, r.output
    page.goto(out.as_uri())
    page.wait_for_selector("html[data-tidings-ready='1']", state="attached")
    assert page.problems == []
    assert page.locator("#network-svg circle").count() > 0
    assert page.locator("a.ev").count() > 0
    page.screenshot(path=str(artifacts / "report-seed.png"))


def test_browser_hostile_article_report_runs_nothing(page, tmp_path: Path) -> None:
    out = tmp_path / "hostile.html"
    r = CliRunner().invoke(cli_app, ["report", str(ARTICLE.parent / "hostile-note.txt"), "-o", str(out)])
    assert r.exit_code == 0, r.output
    attempted: list[str] = []
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file://")
               else (attempted.append(route.request.url), route.abort()))
    page.goto(out.as_uri())
    page.wait_for_selector("html[data-tidings-ready='1']", state="attached")
    for a in page.locator("a.ev").all():
        a.click()
    assert page.evaluate("window.__pwned") is None and page.dialogs == [] and attempted == []
    assert page.problems == []
    assert page.locator(".doc-text img, .doc-text svg, .doc-text script").count() == 0
    assert '<img src=x onerror="window.__pwned = 2">' in page.locator(".doc-text").inner_text()
