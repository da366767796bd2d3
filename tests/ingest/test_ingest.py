"""read_inputs: every input format and every bad input, on real files written at test time."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tidings.errors import InputError
from tidings.ingest import read_inputs
from tidings.records import RawDocument, content_id

LIMIT = 1_000_000


def _read(*paths, max_bytes=LIMIT):
    return list(read_inputs([str(p) for p in paths], max_bytes=max_bytes))


def _only_error(items) -> str:
    assert len(items) == 1 and isinstance(items[0], InputError), items
    return str(items[0])


def test_ingest_plain_text_file_gets_a_content_id(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("Laos and Thailand opened a new bridge.\r\nIt crosses the Mekong.\n", encoding="utf-8")
    (doc,) = _read(path)
    assert isinstance(doc, RawDocument)
    assert doc.text == "Laos and Thailand opened a new bridge.\nIt crosses the Mekong.\n"
    assert doc.doc_id == content_id(doc.text) and doc.source == str(path)


def test_ingest_unknown_extension_is_read_as_text(tmp_path):
    path = tmp_path / "story.article"
    path.write_text("Peru recalled its ambassador from Mexico.", encoding="utf-8")
    (doc,) = _read(path)
    assert doc.text.startswith("Peru recalled")


def test_ingest_missing_file(tmp_path):
    message = _only_error(_read(tmp_path / "absent.txt"))
    assert message.startswith("[E001]") and "absent.txt" in message


def test_ingest_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert _only_error(_read(path)).startswith("[E002]")


def test_ingest_binary_file(tmp_path):
    path = tmp_path / "blob.txt"
    path.write_bytes(b"GIF89a\x00\x01\x02\x00binary")
    assert _only_error(_read(path)).startswith("[E003]")


def test_ingest_invalid_utf8_names_the_byte_offset(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Caf".encode() + b"\xe9 in Bogot\xe1")
    message = _only_error(_read(path))
    assert message.startswith("[E004]") and "(byte 3)" in message


def test_ingest_over_the_size_limit_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(2048)  # a sparse file: its size comes from stat, its bytes are never read
    message = _only_error(_read(path, max_bytes=1024))
    assert message.startswith("[E005]") and "2048 bytes" in message and "1024" in message


def test_ingest_whitespace_only_text(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text("  \n\n\t\n", encoding="utf-8")
    assert _only_error(_read(path)).startswith("[E007]")


def test_ingest_html_main_text_title_and_date(ingest_inputs):
    (doc,) = _read(ingest_inputs / "page.html")
    assert isinstance(doc, RawDocument)
    assert "Norway and Iceland opened two days of talks" in doc.text
    assert "Subscribe to our newsletter" not in doc.text and "Sport" not in doc.text
    assert "\n\nThe Icelandic delegation" in doc.text  # paragraphs kept apart by a blank line
    assert doc.title == "Oslo hosts talks on Arctic fishing"
    assert doc.published == "2024-05-07"


def test_ingest_jsonl_good_and_bad_lines(ingest_inputs):
    path = ingest_inputs / "docs.jsonl"
    items = _read(path)
    docs = [i for i in items if isinstance(i, RawDocument)]
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert [d.doc_id for d in docs] == ["wire-001", content_id(docs[1].text), "wire-004"]
    assert [d.published for d in docs] == ["2024-06-06", "2024-06-07", None]
    assert docs[0].url == "https://example.org/a" and docs[0].source == f"{path}:1"
    assert errors[0].startswith(f"[E006] {path}:3: malformed JSON line")
    assert errors[1] == f"[E006] {path}:5: malformed JSON line: not a JSON object"
    assert errors[2].startswith(f"[E007] {path}:6")
    assert len(errors) == 3


def test_ingest_jsonl_invalid_utf8_line(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b'{"text": "Chad and Niger met."}\n{"text": "caf\xe9"}\n')
    items = _read(path)
    assert isinstance(items[0], RawDocument)
    assert str(items[1]).startswith(f"[E004] {path}:2")


def _warc(path: Path, records: list[tuple[str, str, bytes]]) -> None:
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=path.name.endswith(".gz"))
        for uri, content_type, payload in records:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(uri, "response", payload=io.BytesIO(payload), http_headers=headers)
            writer.write_record(record)


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_ingest_warc_html_records(tmp_path, ingest_inputs, name):
    page = (ingest_inputs / "page.html").read_bytes()
    path = tmp_path / name
    _warc(
        path,
        [
            ("https://news.example/oslo", "text/html; charset=utf-8", page),
            ("https://news.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n"),
            ("https://news.example/empty", "text/html", b"<html><head><script>var x = 1;</script></head><body></body></html>"),
        ],
    )
    items = _read(path)
    assert isinstance(items[0], RawDocument)
    assert items[0].source == "https://news.example/oslo" == items[0].url
    assert "Barents Sea" in items[0].text
    assert len(items) == 2 and str(items[1]).startswith("[E007] https://news.example/empty")


def test_ingest_not_a_warc(tmp_path):
    path = tmp_path / "fake.warc"
    path.write_bytes(b"this is not an archive\n")
    assert _only_error(_read(path)).startswith("[E008]")


def test_ingest_directory_is_recursive_sorted_and_filters_extensions(ingest_inputs):
    items = _read(ingest_inputs)
    sources = [i.source for i in items]
    assert not any(s.endswith((".csv", ".md")) for s in sources)
    files = [s.split(":")[0] for s in sources]
    assert files == sorted(files)
    assert str(ingest_inputs / "nested" / "brief.txt") in sources
    assert str(ingest_inputs / "page.html") in sources


def test_ingest_batch_goes_on_after_a_bad_input(tmp_path, ingest_inputs):
    items = _read(tmp_path / "gone.txt", ingest_inputs / "nested" / "brief.txt")
    assert isinstance(items[0], InputError) and isinstance(items[1], RawDocument)


def test_ingest_html_embedded_post_keeps_its_signature(ingest_inputs):
    from tidings.segment import segment_text

    (doc,) = _read(ingest_inputs / "embedded_post.html")
    segments, posts = segment_text(doc.text)
    assert [(p.author, p.handle, p.date) for p in posts] == [("Latvian Foreign Ministry", "@Latvia_MFA", "2024-03-12")]
    post = doc.text[posts[0].start : posts[0].end]
    assert post.startswith("We spoke today") and post.endswith("March 12, 2024")
    assert [s.kind for s in segments] == ["title", "body", "post", "body"]


def test_ingest_jsonl_over_long_line_is_refused_and_the_next_line_still_loads(tmp_path):
    path = tmp_path / "big.jsonl"
    long_text = "x" * 5000
    path.write_text(
        f'{{"id": "big", "text": "{long_text}"}}\n{{"id": "small", "text": "Fiji and Tonga met."}}\n',
        encoding="utf-8",
    )
    items = _read(path, max_bytes=1024)
    assert str(items[0]).startswith(f"[E005] {path}:1: 5025 bytes is over the limit of 1024 bytes")
    assert isinstance(items[1], RawDocument) and items[1].doc_id == "small"


def test_ingest_html_date_comes_from_markup_not_from_the_body(tmp_path):
    page = tmp_path / "undated.html"
    page.write_text(
        "<html><body><article><p>Ministers from Ghana and Togo met in Lome on 3 March 2021 to discuss "
        "border trade, officials said after the meeting ended late in the evening.</p><p>A second paragraph "
        "gives more detail about the customs posts and the new road between the two capitals.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    (doc,) = _read(page)
    assert "Ghana and Togo" in doc.text and doc.published is None


def test_ingest_folder_without_known_files_is_one_error(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "scans").mkdir()
    (tmp_path / "scans" / "page.pdf").write_bytes(b"%PDF-1.7")
    items = list(read_inputs([tmp_path / "empty", tmp_path / "scans"], max_bytes=1 << 20))
    assert [(type(i), i.source) for i in items] == [
        (InputError, str(tmp_path / "empty")), (InputError, str(tmp_path / "scans"))
    ]
    assert all("[E008]" in str(i) and ".txt" in str(i) for i in items)
