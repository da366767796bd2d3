"""View models and safe rendering: document blocks, network, timeline, escaping, JSON in <script>."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st
from serve_fixtures import reading_hostile, reading_one

from tidings.serve.render import render, script_json, visible
from tidings.serve.report import build_report
from tidings.serve.view import (
    build_network,
    build_timeline,
    date_range,
    document_blocks,
    events_from_reading,
    reading_segments,
    score_colour,
)


def test_document_blocks_cover_segments_and_mark_evidence() -> None:
    r = reading_one()
    events = events_from_reading(r)
    blocks = document_blocks(r.text, reading_segments(r), events)
    assert [b["kind"] for b in blocks] == [s.kind for s in r.segments]
    for b in blocks:
        assert "".join(p["text"] for p in b["pieces"]) == r.text[b["start"]:b["end"]]
    marked: dict[str, str] = {}
    for b in blocks:
        for p in b["pieces"]:
            for i in p["events"]:
                marked[i] = marked.get(i, "") + p["text"]
    for ev in r.events:
        assert marked[ev.id] == ev.evidence.text
    starts = [i for b in blocks for p in b["pieces"] for i in p["starts"]]
    assert sorted(starts) == sorted(ev.id for ev in r.events)  # each highlight has one anchor


def test_document_blocks_split_overlapping_evidence() -> None:
    text = "Alpha warned Beta and Beta warned Gamma."
    evs = [
        {"id": "a", "evidence": {"start": 0, "end": 17, "text": text[0:17]}},
        {"id": "b", "evidence": {"start": 13, "end": 39, "text": text[13:39]}},
    ]
    blocks = document_blocks(text, [], evs)
    pieces = [(p["text"], p["events"]) for p in blocks[0]["pieces"]]
    assert pieces == [("Alpha warned ", ["a"]), ("Beta", ["a", "b"]), (" and Beta warned Gamma", ["b"]), (".", [])]


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=80), st.lists(st.tuples(st.integers(0, 80), st.integers(0, 80)), max_size=5))
def test_document_blocks_never_lose_text(text: str, raw_spans: list[tuple[int, int]]) -> None:
    evs = [{"id": f"e{i}", "evidence": {"start": min(a, b), "end": max(a, b), "text": ""}}
           for i, (a, b) in enumerate(raw_spans)]
    blocks = document_blocks(text, [], evs)
    assert "".join(p["text"] for b in blocks for p in b["pieces"]) == text


def test_network_edges_are_undirected_and_scored() -> None:
    events = events_from_reading(reading_one())
    net = build_network(events, by="country")
    pairs = [frozenset((e["source"], e["target"])) for e in net["edges"]]
    assert len(pairs) == len(set(pairs))
    ken_eth = next(e for e in net["edges"] if {e["source"], e["target"]} == {"KEN", "ETH"})
    assert ken_eth["count"] == 2 and ken_eth["score"] < 0
    assert sum(n["count"] for n in net["nodes"]) == sum(
        (ev["source_country"] is not None) + (ev["target_country"] is not None) for ev in events)


def test_score_colour_runs_red_to_blue() -> None:
    red, grey, blue = score_colour(-10), score_colour(0), score_colour(10)
    assert int(red[1:3], 16) > int(red[5:7], 16)
    assert grey == "#969696" and score_colour(None) == grey
    assert int(blue[5:7], 16) > int(blue[1:3], 16)


def test_timeline_ranges_follow_precision() -> None:
    assert date_range("2025") == ("2025-01-01", "2025-12-31")
    assert date_range("2024-02") == ("2024-02-01", "2024-02-29")
    assert date_range("2025-03-03") == ("2025-03-03", "2025-03-03")
    assert date_range("soon") is None and date_range("2025-13") is None
    tl = build_timeline(events_from_reading(reading_one()))
    assert [d["start"] for d in tl["dated"]] == sorted(d["start"] for d in tl["dated"])
    assert len(tl["undated"]) == 1


def test_visible_escapes_and_reveals_controls() -> None:
    out = str(visible("<b>x</b> \u202eevil\u200b\x00 & ok"))
    assert "<b>" not in out and "&lt;b&gt;" in out and "&amp; ok" in out
    assert "[U+202E]" in out and "[U+200B]" in out and "[U+0000]" in out
    assert "\u202e" not in out and "\x00" not in out


def test_script_json_cannot_close_the_script() -> None:
    payload = {"t": "</script><script>alert(1)</script> & \u2028\u2029 <!--"}
    out = str(script_json(payload))
    assert "</" not in out and "<!--" not in out and "\u2028" not in out and "&" not in out
    assert json.loads(out) == payload


def test_templates_autoescape_every_value() -> None:
    html = render("error.html", inline=False, status=404, message="<img src=x onerror=alert(1)>")
    assert "<img" not in html and "&lt;img src=x" in html


def test_report_html_escapes_hostile_article() -> None:
    html = build_report([reading_hostile()])
    body = html.split("<main>", 1)[1].split("</main>", 1)[0]
    assert "<script" not in body and "<img" not in body and "javascript:window" not in body.replace(
        "&lt;a href=&#34;javascript:window", "")
    data = html.split('<script type="application/json" id="tidings-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data and json.loads(data)["events"][0]["type"] == "ACCUSE"
