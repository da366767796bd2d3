"""In-process tests of the web app: JSON API, one error shape, OpenAPI, read-only store, safe HTML."""

from __future__ import annotations

import hashlib
import re
import warnings
from pathlib import Path

import duckdb
import pytest
from serve_fixtures import reading_hostile, reading_one
from typer.testing import CliRunner

from tidings.cli import app as cli_app
from tidings.serve.app import create_app

with warnings.catch_warnings():  # starlette asks for `httpx2`; the installed httpx works the same
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

PAGES = ["/", "/network", "/network?by=country", "/timeline", "/events", "/documents",
         "/documents/fixture-one", "/documents/fixture-hostile", "/actors", "/actors/Norway"]


@pytest.fixture(scope="module")
def client(store_path: Path):
    app = create_app(store_path)
    with TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False) as c:
        yield c
    app.state.store.close()


def _is_error_shape(body: object, status: int) -> bool:
    return (
        isinstance(body, dict) and set(body) == {"error"} and set(body["error"]) == {"status", "message"}
        and body["error"]["status"] == status and isinstance(body["error"]["message"], str)
        and bool(body["error"]["message"])
    )


@pytest.mark.parametrize("path,status", [
    ("/api/nothing", 404),
    ("/api/documents/no-such-doc", 404),
    ("/api/events/no-such-event", 404),
    ("/api/actors/no-such-actor", 404),
    ("/api/events?type=NOT_A_TYPE", 422),
    ("/api/events?status=maybe", 422),
    ("/api/events?date_from=May", 422),
    ("/api/events?limit=0", 422),
    ("/api/network?by=planet", 422),
])
def test_api_errors_have_one_shape(client: TestClient, path: str, status: int) -> None:
    r = client.get(path)
    assert r.status_code == status
    assert r.headers["content-type"].startswith("application/json")
    assert _is_error_shape(r.json(), status)


def test_api_method_not_allowed_has_error_shape(client: TestClient) -> None:
    r = client.post("/api/events", json={"type": "AID"})
    assert r.status_code == 405
    assert _is_error_shape(r.json(), 405)


def test_api_internal_error_has_error_shape(store_path: Path) -> None:
    app = create_app(store_path)
    app.state.store.close()  # every query now fails inside the handler
    with TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False) as c:
        r = c.get("/api/summary")
        assert r.status_code == 500
        assert _is_error_shape(r.json(), 500)
        html = c.get("/")
        assert html.status_code == 500 and "text/html" in html.headers["content-type"]
        assert "Error 500" in html.text and "Traceback" not in html.text
        assert "script-src 'self'" in html.headers["content-security-policy"]


def test_html_errors_are_pages(client: TestClient) -> None:
    r = client.get("/documents/missing-one")
    assert r.status_code == 404 and "text/html" in r.headers["content-type"]
    assert "Error 404" in r.text and "missing-one" in r.text


def test_openapi_describes_the_api(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/summary", "/api/events", "/api/events/{event_id}", "/api/network", "/api/timeline",
                 "/api/documents", "/api/documents/{doc_id}", "/api/actors", "/api/actors/{key}"):
        assert path in spec["paths"], path
    params = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert {"type", "status", "attributed_to", "date_from", "date_to", "limit", "offset"} <= params
    responses = spec["paths"]["/api/events/{event_id}"]["get"]["responses"]
    assert responses["404"]["content"]["application/json"]["schema"]["$ref"].endswith("/ErrorOut")
    assert responses["200"]["content"]["application/json"]["schema"]["$ref"].endswith("/EventOut")
    event_fields = spec["components"]["schemas"]["EventOut"]["properties"]
    assert {"type", "status", "attributed_to", "evidence", "score", "colour"} <= set(event_fields)
    assert not any(p.startswith("/documents") for p in spec["paths"])  # pages stay out of the API spec
    assert client.get("/docs").status_code == 404  # no Swagger UI: it would load a CDN


def test_api_summary_matches_the_readings(client: TestClient) -> None:
    readings = [reading_one(), reading_hostile()]
    body = client.get("/api/summary").json()
    assert body["documents"] == len(readings)
    assert body["events"] == sum(len(r.events) for r in readings)
    types = [ev.type for r in readings for ev in r.events]
    assert body["by_type"] == {t: types.count(t) for t in set(types)}
    top = body["dyads"][0]
    assert {top["source"], top["target"]} == {"CHL", "NOR"}


def test_api_filters_by_status_type_and_attribution(client: TestClient) -> None:
    planned = client.get("/api/events?status=planned").json()
    assert planned["total"] == 1 and planned["events"][0]["type"] == "AID"
    accuse = client.get("/api/events", params={"type": "ACCUSE"}).json()
    assert {ev["source"] for ev in accuse["events"]} == {"Kenya", "Norway"}
    quoted = client.get("/api/events", params={"attributed_to": "Ruth Okello"}).json()
    assert [ev["status"] for ev in quoted["events"]] == ["negated"]


def test_api_date_filter_uses_overlap_of_precision(client: TestClient) -> None:
    # a month-precision event (2025-03) overlaps a window starting mid-month; a year (2026) overlaps 2026-06
    mid_march = client.get("/api/events", params={"date_from": "2025-03-15", "date_to": "2025-03-31"}).json()
    assert {ev["date"] for ev in mid_march["events"]} == {"2025-03"}
    later = client.get("/api/events", params={"date_from": "2026-06"}).json()
    assert [ev["date"] for ev in later["events"]] == ["2026"]


def test_api_rejects_injection_as_plain_values(client: TestClient) -> None:
    r = client.get("/api/events", params={"attributed_to": "x' OR '1'='1"})
    assert r.status_code == 200 and r.json()["total"] == 0
    assert client.get("/api/actors/x' OR '1'='1").status_code == 404
    assert client.get("/api/summary").json()["events"] == 6  # tables intact


def test_api_network_edges_are_coloured_by_score(client: TestClient) -> None:
    net = client.get("/api/network", params={"by": "country"}).json()
    edges = {frozenset((e["source"], e["target"])): e for e in net["edges"]}
    conflict = edges[frozenset(("ETH", "KEN"))]  # ACCUSE + MOBILIZE
    coop = edges[frozenset(("CHL", "NOR"))]  # AGREE + AID + ACCUSE
    assert conflict["score"] < 0 < coop["score"]
    red = lambda c: int(c[1:3], 16)  # noqa: E731
    assert red(conflict["colour"]) > red(coop["colour"])
    only_accuse = client.get("/api/network", params={"by": "country", "type": "ACCUSE"}).json()
    assert sum(e["count"] for e in only_accuse["edges"]) == 2


def test_api_document_has_text_segments_and_evidence(client: TestClient) -> None:
    doc = client.get("/api/documents/fixture-one").json()
    reading = reading_one()
    assert doc["text"] == reading.text
    assert [s["kind"] for s in doc["segments"]] == [s.kind for s in reading.segments]
    assert [(p["author"], p["handle"], p["date"]) for p in doc["posts"]] == [
        (p.author, p.handle, p.date) for p in reading.posts]
    for ev in doc["events"]:
        for span in ev["mentions"]:
            assert doc["text"][span["start"]:span["end"]] == span["text"]


def test_store_is_opened_read_only(client: TestClient, store_path: Path) -> None:
    before = hashlib.sha256(store_path.read_bytes()).hexdigest()
    for path in PAGES:
        assert client.get(path).status_code == 200, path
    store = client.app.state.store
    with store.request_scope():
        con, _owned = store._connection()  # the connection a request's queries share
        with pytest.raises(duckdb.Error):
            con.execute("CREATE TABLE intruder (a INTEGER)")
    assert hashlib.sha256(store_path.read_bytes()).hexdigest() == before


@pytest.mark.parametrize("path", PAGES)
def test_pages_have_csp_and_no_inline_script(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 200
    csp = r.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    for tag in re.findall(r"<script\b[^>]*>", r.text):
        assert 'src="/static/' in tag or 'type="application/json"' in tag, tag
    assert "http://" not in r.text.replace('xmlns="http://www.w3.org', "") and "https://" not in r.text


def test_hostile_document_is_escaped(client: TestClient) -> None:
    html = client.get("/documents/fixture-hostile").text
    assert "<script>window.__pwned" not in html
    assert "<img src=x" not in html and 'href="javascript:' not in html
    assert "&lt;script&gt;window.__pwned = 1" in html
    assert "\u202e" not in html and "[U+202E]" in html  # the bidi override is shown, not obeyed
    assert "{{ 7*7 }}" in html  # no template evaluation of article text


def test_serve_get_renders_one_page(store_path: Path) -> None:
    runner = CliRunner()
    ok = runner.invoke(cli_app, ["serve", "--db", str(store_path), "--get", "/api/summary"])
    assert ok.exit_code == 0 and '"documents":2' in ok.stdout
    page = runner.invoke(cli_app, ["serve", "--db", str(store_path), "--get", "/documents/fixture-one"])
    assert page.exit_code == 0 and 'class="ev ' in page.stdout
    missing = runner.invoke(cli_app, ["serve", "--db", str(store_path), "--get", "/api/events/nope"])
    assert missing.exit_code == 1 and '"status":404' in missing.stdout


def test_serve_missing_store_is_one_line(tmp_path: Path) -> None:
    r = CliRunner().invoke(cli_app, ["serve", "--db", str(tmp_path / "none.duckdb"), "--get", "/"])
    assert r.exit_code == 1
    assert "no such store file" in r.output and "Traceback" not in r.output


@pytest.mark.parametrize(
    ("make", "code"),
    [
        (lambda d: d / "none.duckdb", "[E033]"),
        (lambda d: (d / "notes.duckdb", (d / "notes.duckdb").write_text("not a database", encoding="utf-8"))[0], "[E034]"),
        (lambda d: d, "[E034]"),
    ],
)
def test_serve_unusable_store_is_one_error_line(tmp_path: Path, make, code: str) -> None:
    db = make(tmp_path)
    r = CliRunner().invoke(cli_app, ["serve", "--db", str(db), "--get", "/"])
    assert r.exit_code == 1 and r.stdout == ""
    (line,) = r.stderr.splitlines()
    assert line.startswith(f"error: {db}: ") and line.endswith(code)


def test_foreign_host_header_is_refused(client: TestClient) -> None:
    # a page reached through DNS rebinding carries the attacker's host name
    r = client.get("/api/summary", headers={"host": "evil.example:8000"})
    assert r.status_code == 400 and _is_error_shape(r.json(), 400)
    page = client.get("/", headers={"host": "evil.example"})
    assert page.status_code == 400 and "text/html" in page.headers["content-type"]
    assert client.get("/api/summary", headers={"host": "127.0.0.1:8000"}).status_code == 200
    assert client.get("/api/summary", headers={"host": "localhost"}).status_code == 200


def test_api_country_filter_matches_either_side(client: TestClient) -> None:
    readings = [reading_one(), reading_hostile()]
    expected = sum(1 for r in readings for ev in r.events if "ETH" in (ev.source_country, ev.target_country))
    body = client.get("/api/events", params={"country": "ETH"}).json()
    assert body["total"] == expected > 0
    assert all("ETH" in (ev["source_country"], ev["target_country"]) for ev in body["events"])
    assert client.get("/api/events", params={"country": "eth'--"}).status_code == 422


def test_store_is_not_held_open_between_requests(client: TestClient, store_path: Path) -> None:
    assert client.get("/api/summary").status_code == 200
    # With no request in flight, another process may open the file for writing.
    writer = duckdb.connect(str(store_path))
    try:
        writer.execute("SELECT count(*) FROM documents").fetchall()
    finally:
        writer.close()
    assert client.get("/api/summary").status_code == 200
