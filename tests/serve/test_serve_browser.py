"""Headless Chromium against the real `tidings serve` process and the self-contained report."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
from serve_fixtures import reading_hostile, reading_one

from tidings.serve.report import build_report

PAGES = {
    "overview": "/",
    "network": "/network",
    "timeline": "/timeline",
    "events": "/events",
    "documents": "/documents",
    "document": "/documents/fixture-one",
    "actors": "/actors",
    "actor": "/actors/Norway",
}


def _open(page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("html[data-tidings-ready='1']", state="attached", timeout=15000)


@pytest.mark.parametrize("name", sorted(PAGES))
def test_browser_page_loads_clean(page, server: str, artifacts: Path, name: str) -> None:
    _open(page, server + PAGES[name])
    assert page.locator("main h1").count() == 1
    assert page.problems == [], page.problems  # no script errors, no CSP violations
    page.screenshot(path=str(artifacts / f"serve-{name}.png"), full_page=True)


def test_browser_network_draws_and_filters(page, server: str, artifacts: Path) -> None:
    _open(page, server + "/network?by=country")
    api = httpx.get(server + "/api/network", params={"by": "country"}).json()
    svg = page.locator("#network-svg")
    assert svg.locator("circle").count() == len(api["nodes"]) > 0
    assert svg.locator("line.edge").count() == len(api["edges"]) > 0
    colours = {e["colour"] for e in api["edges"]}
    drawn = {svg.locator("line.edge").nth(i).get_attribute("stroke") for i in range(len(api["edges"]))}
    assert drawn == colours
    page.select_option("select[name=type]", "ACCUSE")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**type=ACCUSE**")
    page.wait_for_selector("html[data-tidings-ready='1']", state="attached")
    filtered = httpx.get(server + "/api/network", params={"by": "country", "type": "ACCUSE"}).json()
    assert page.locator("#network-svg line.edge").count() == len(filtered["edges"]) < len(api["edges"])
    assert page.problems == []
    page.screenshot(path=str(artifacts / "serve-network-filtered.png"), full_page=True)


def test_browser_event_table_filter(page, server: str) -> None:
    _open(page, server + "/events")
    page.select_option("select[name=status]", "negated")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**status=negated**")
    rows = page.locator("tr.event-row")
    assert rows.count() == 1
    assert rows.first.get_attribute("data-status") == "negated"


def test_browser_timeline_marks_every_dated_event(page, server: str) -> None:
    _open(page, server + "/timeline")
    tl = httpx.get(server + "/api/timeline").json()
    assert page.locator("#timeline-svg [data-event]").count() == len(tl["dated"]) > 0
    assert page.locator("#timeline-svg .row-label").count() == len(tl["types"])


def test_browser_document_highlight_links_to_event(page, server: str, artifacts: Path) -> None:
    _open(page, server + "/documents/fixture-one")
    doc = httpx.get(server + "/api/documents/fixture-one").json()
    planned = next(ev for ev in doc["events"] if ev["status"] == "planned")
    mark = page.locator(f"#hl-{planned['id']}")
    assert mark.inner_text() == planned["evidence"]["text"]
    assert "planned" in mark.get_attribute("title") and "Tomas Berg" in mark.get_attribute("title")
    assert page.locator(".seg-post").count() == 1 and page.locator(".seg-title").count() == 1
    assert "by Ruth Okello (@rokello)" in page.locator(".seg-post .seg-kind").text_content()
    mark.click()
    assert urlsplit(page.url).fragment == f"ev-{planned['id']}"
    item = page.locator(f"li#ev-{planned['id']}")
    assert item.locator(".status").inner_text() == "planned"
    assert "attributed to Tomas Berg" in item.inner_text()
    assert page.evaluate("document.querySelector(':target').id") == f"ev-{planned['id']}"
    page.screenshot(path=str(artifacts / "serve-document-highlight.png"), full_page=True)


def test_browser_hostile_article_renders_as_text(page, server: str, artifacts: Path) -> None:
    _open(page, server + "/documents/fixture-hostile")
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None
    assert page.dialogs == []
    text = page.locator(".doc-text").inner_text()
    assert "<script>window.__pwned = 1; alert('x')</script>" in text
    assert '<img src=x onerror="window.__pwned=2">' in text
    assert page.locator(".doc-text img, .doc-text script, .doc-text a[href^='javascript']").count() == 0
    assert "[U+202E]" in text and "\u202e" not in text
    assert "<b onmouseover" in page.locator("h1").inner_text()
    page.locator("h1").hover()
    page.locator(".doc-text a.ev").first.click()
    assert page.evaluate("window.__pwned") is None and page.dialogs == []
    page.screenshot(path=str(artifacts / "serve-hostile.png"), full_page=True)


@pytest.fixture(scope="module")
def report_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(build_report([reading_one(), reading_hostile()]), encoding="utf-8")
    return path


def test_browser_report_offline_renders_svgs(offline_page, report_file: Path, artifacts: Path) -> None:
    page = offline_page
    _open(page, report_file.as_uri())
    assert page.attempted == []
    assert page.problems == [], page.problems  # the CSP hashes let the inline script and style run
    readings = [reading_one(), reading_hostile()]
    assert page.locator("#network-svg circle").count() > 0
    assert page.locator("#network-svg line.edge").count() > 0
    dated = sum(1 for r in readings for ev in r.events if ev.date)
    assert page.locator("#timeline-svg [data-event]").count() == dated
    assert page.locator("a.ev").count() >= sum(len(r.events) for r in readings)
    assert page.evaluate("window.__pwned") is None and page.dialogs == []
    page.screenshot(path=str(artifacts / "report-fixtures.png"), full_page=True)
    before = page.locator("#network-svg line.edge").count()
    page.select_option("#report-filters select[name=type]", "AGREE")
    assert page.locator("#network-svg line.edge").count() == 1 < before
    assert page.locator("tr.event-row:visible").count() == 1


def test_browser_pipeline_store_hostile_evidence(page, pipeline_server: str, pipeline_readings, artifacts: Path) -> None:
    hostile = next(r for r in pipeline_readings if "__pwned" in r.text)
    _open(page, pipeline_server + "/documents/" + hostile.doc_id)
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None and page.dialogs == []
    assert page.problems == [], page.problems
    text = page.locator(".doc-text").inner_text()
    assert '<script>window.__pwned = 1; alert("x")</script>' in text
    assert page.locator(".doc-text img, .doc-text script, .doc-text svg, .doc-text a[href^='javascript']").count() == 0
    assert "[U+202E]" in text and "[U+200B]" in text
    # every extracted event has its highlight, whose visible text is its evidence, even around markup
    for ev in hostile.events:
        assert page.locator(f"#hl-{ev.id}").count() == 1
        shown = re.sub(r"\[U\+[0-9A-F]{4}\]", "", page.locator(f"#hl-{ev.id}").inner_text())
        assert re.sub("[\u200b\u202c\u202e]", "", ev.evidence.text).startswith(shown)
    for a in page.locator(".doc-text a.ev").all():
        a.click()
    assert page.evaluate("window.__pwned") is None and page.dialogs == []
    page.screenshot(path=str(artifacts / "serve-pipeline-hostile.png"), full_page=True)


def test_browser_pipeline_store_overview_counts(page, pipeline_server: str, pipeline_readings) -> None:
    _open(page, pipeline_server + "/")
    assert page.locator("#count-documents").inner_text() == str(len(pipeline_readings))
    assert page.locator("#count-events").inner_text() == str(sum(len(r.events) for r in pipeline_readings))
    assert page.problems == []


def test_browser_country_node_opens_its_events(page, server: str) -> None:
    _open(page, server + "/network?by=country")
    page.locator("#network-svg a.node", has_text="ETH").first.click()
    page.wait_for_url("**/events?country=ETH")
    rows = page.locator("tr.event-row")
    assert rows.count() == httpx.get(server + "/api/events", params={"country": "ETH"}).json()["total"] > 0
    page.select_option("select[name=status]", "ongoing")  # the country filter survives a new filter
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**status=ongoing**")
    assert "country=ETH" in page.url
    assert all(r.get_attribute("data-status") == "ongoing" for r in page.locator("tr.event-row").all())


def test_browser_marks_targets_read_from_context(page, pipeline_server: str, pipeline_readings) -> None:
    harbour = next(r for r in pipeline_readings if "Mombasa" in r.text)
    from_context = {e.id: e.target_found_by for e in harbour.events if e.target_found_by}
    assert from_context  # "Somalia did not sign the agreement": the clause names no other party
    api = httpx.get(pipeline_server + "/api/events", params={"limit": 1000}).json()["events"]
    assert {e["id"]: e["target_found_by"] for e in api
            if e["target_found_by"] and e["doc_id"] == harbour.doc_id} == from_context
    _open(page, pipeline_server + "/documents/" + harbour.doc_id)
    marked = page.locator(".doc-events .from-context")
    assert marked.count() == len(from_context)
    shown = sorted(m.get_attribute("title").rsplit("(", 1)[1].rstrip(")") for m in marked.all())
    assert shown == sorted(from_context.values())
    assert page.problems == []
