"""Inputs as a user has them (a folder of .txt/.html, a JSONL dump, a WARC file) through one ingest."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tidings.cli import app
from tidings.store import connect

ARTICLE = ("{a} and {b} agreed on {day} May 2023 to reopen their border crossing, "
           "the government of {a} announced.")
HTML = ("<html><head><title>Border news</title></head><body><article><h1>Crossing to reopen</h1>"
        "<p>{text}</p><p>Traders on both sides said they had waited two years for the decision, "
        "which covers trucks and buses alike.</p></article></body></html>")


def _warc(path: Path, url: str, html: str) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                   protocol="HTTP/1.0")
        record = writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode("utf-8")),
                                           http_headers=headers)
        writer.write_record(record)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("inputs")
    folder = root / "folder"
    folder.mkdir()
    (folder / "one.txt").write_text(ARTICLE.format(a="Chile", b="Peru", day=2), encoding="utf-8")
    (folder / "two.html").write_text(HTML.format(text=ARTICLE.format(a="Kenya", b="Uganda", day=3)),
                                     encoding="utf-8")
    lines = [
        {"id": "dump-1", "text": ARTICLE.format(a="Norway", b="Sweden", day=4),
         "url": "https://www.news.example/a", "title": "Nordic border", "published": "2023-05-05"},
        {"id": "dump-2", "text": ARTICLE.format(a="Ghana", b="Togo", day=5),
         "url": "https://other.example/b", "published": "2023-05-06"},
    ]
    dump = root / "dump.jsonl"
    dump.write_text("\n".join(json.dumps(x) for x in lines) + "\n{not json\n", encoding="utf-8")
    _warc(root / "crawl.warc.gz", "https://archive.example/page",
          HTML.format(text=ARTICLE.format(a="Spain", b="Portugal", day=6)))
    return root


def test_folder_jsonl_and_warc_through_one_ingest(inputs: Path, tmp_path: Path) -> None:
    db = tmp_path / "formats.duckdb"
    res = CliRunner().invoke(app, ["ingest", str(inputs / "folder"), str(inputs / "dump.jsonl"),
                                   str(inputs / "crawl.warc.gz"), "--db", str(db)])
    assert res.exit_code == 1, res.output  # the malformed JSON line
    assert "dump.jsonl:3" in res.stderr and "stored 5 documents" in res.stdout
    con = connect(db, read_only=True)
    docs = dict(con.execute("SELECT doc_id, source_domain FROM documents WHERE url IS NOT NULL").fetchall())
    rejects = con.execute("SELECT input FROM rejects").fetchall()
    con.close()
    assert docs["dump-1"] == "news.example" and docs["dump-2"] == "other.example"
    assert "archive.example" in docs.values()
    assert rejects == [(f"{inputs / 'dump.jsonl'}:3",)]


def test_reused_jsonl_id_with_new_text_is_rejected_not_overwritten(inputs: Path, tmp_path: Path) -> None:
    db = tmp_path / "ids.duckdb"
    runner = CliRunner()
    runner.invoke(app, ["ingest", str(inputs / "dump.jsonl"), "--db", str(db)])
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps({"id": "dump-1", "text": ARTICLE.format(a="Japan", b="Korea", day=9)}) + "\n")
    res = runner.invoke(app, ["ingest", str(other), "--db", str(db)])
    assert res.exit_code == 1 and "already stored with a different text" in res.stderr
    con = connect(db, read_only=True)
    text = con.execute("SELECT text FROM documents WHERE doc_id = 'dump-1'").fetchall()[0][0]
    con.close()
    assert text.startswith("Norway")
    res = runner.invoke(app, ["ingest", str(other), "--db", str(db), "--force"])
    assert res.exit_code == 0 and "1 replaced" in res.stdout


def test_jsonl_on_stdin(tmp_path: Path) -> None:
    db = tmp_path / "stdin.duckdb"
    line = json.dumps({"id": "piped-1", "text": ARTICLE.format(a="Chile", b="Bolivia", day=7),
                       "url": "https://piped.example/1"})
    res = CliRunner().invoke(app, ["ingest", "-", "--db", str(db)], input=line + "\n")
    assert res.exit_code == 0, res.output
    con = connect(db, read_only=True)
    assert con.execute("SELECT doc_id, source, source_domain FROM documents").fetchall() == [
        ("piped-1", "<stdin>:1", "piped.example")]
    con.close()


def test_reused_id_inside_one_input_keeps_the_first_text_and_rejects_the_second(tmp_path: Path) -> None:
    db = tmp_path / "twice.duckdb"
    dump = tmp_path / "twice.jsonl"
    first, second = ARTICLE.format(a="Japan", b="Korea", day=9), ARTICLE.format(a="Chile", b="Peru", day=3)
    dump.write_text("".join(json.dumps({"id": "same", "text": t}) + "\n" for t in (first, second)))
    res = CliRunner().invoke(app, ["ingest", str(dump), "--db", str(db)])
    assert res.exit_code == 1 and "comes twice in the input with different texts" in res.stderr
    assert f"rejected: {dump}:2: document id " in res.stderr and "[E037]" in res.stderr
    con = connect(db, read_only=True)
    stored = con.execute("SELECT doc_id, text FROM documents").fetchall()
    rejects = con.execute("SELECT input FROM rejects").fetchall()
    con.close()
    assert stored == [("same", first)] and rejects == [(f"{dump}:2",)]
    again = CliRunner().invoke(app, ["ingest", str(dump), "--db", str(db)])  # a rerun adds nothing
    assert again.exit_code == 1
    con = connect(db, read_only=True)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
    assert con.execute("SELECT count(*) FROM rejects").fetchone()[0] == 1
    con.close()
