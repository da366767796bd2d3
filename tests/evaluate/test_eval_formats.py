"""Gold and prediction readers, evaluate_path on files, and the `tidings eval` command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tidings.cli import app
from tidings.errors import InputError
from tidings.evaluate import evaluate_path, read_gold, read_predictions

TEXT = (
    "Chile and Peru signed a fisheries accord on Monday. "
    "Peru did not expel the Chilean envoy, officials said."
)
NEG = "Peru did not expel the Chilean envoy"


def _seed_gold(tmp_path: Path) -> Path:
    (tmp_path / "fish.txt").write_text(TEXT, encoding="utf-8")
    evidence = "Chile and Peru signed a fisheries accord"
    gold = {
        "doc_id": "fish",
        "file": "fish.txt",
        "published": "2024-03-06",
        "entities": [
            {"name": "Chile", "type": "COUNTRY", "country": "CHL", "sector": None, "forms": ["Chile", "Chilean"]},
            {"name": "Peru", "type": "COUNTRY", "country": "PER", "sector": None, "forms": ["Peru"]},
            {"name": "Chilean envoy", "type": "PERSON", "country": "CHL", "sector": "GOV", "forms": ["the Chilean envoy"]},
        ],
        "events": [
            {"evidence": evidence, "start": 0, "end": len(evidence), "event_type": "SUPPORT",
             "source": "Chile", "target": "Peru", "date": "2024-03-04", "status": "occurred",
             "attributed_to": "author", "note": None},
            {"evidence": NEG, "start": TEXT.index(NEG), "end": TEXT.index(NEG) + len(NEG), "event_type": "SANCTION",
             "source": "Peru", "target": "Chilean envoy", "date": None, "status": "negated",
             "attributed_to": "officials", "note": None},
        ],
    }
    path = tmp_path / "fish.gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    return path


def _predictions(tmp_path: Path, events: list[dict]) -> Path:
    path = tmp_path / "pred.jsonl"
    reading = {"doc_id": "fish", "text": TEXT, "events": events}
    path.write_text(json.dumps(reading) + "\n", encoding="utf-8")
    return path


def _pred_event(etype: str, src: str, tgt: str, status: str) -> dict:
    return {"type": etype, "source_country": src, "target_country": tgt, "status": status,
            "date": None, "attributed_to": "author", "evidence": {"start": 0, "end": 5, "text": "Chile"}}


def test_read_gold_seed_format_maps_names_to_countries(tmp_path: Path) -> None:
    docs = read_gold(_seed_gold(tmp_path))
    assert [d.doc_id for d in docs] == ["fish"]
    assert docs[0].text == TEXT
    assert [(e.type, e.source_country, e.target_country, e.status) for e in docs[0].events] == [
        ("SUPPORT", "CHL", "PER", "occurred"),
        ("SANCTION", "PER", "CHL", "negated"),
    ]
    second = docs[0].events[1]
    assert second.start is not None and TEXT[second.start : second.end] == second.evidence == NEG


def test_read_gold_jsonl_format(tmp_path: Path) -> None:
    lines = [
        {"doc_id": "j1", "text": "Kenya sent aid to Somalia.", "events": [
            {"event_type": "AID", "source_country": "KEN", "target_country": "SOM", "status": None,
             "sentence": "Kenya sent aid to Somalia."}]},
        {"doc_id": "j2", "text": "Nothing happened.", "events": []},
    ]
    path = tmp_path / "set.gold.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    docs = read_gold(path)
    assert [d.doc_id for d in docs] == ["j1", "j2"]
    assert docs[0].events[0].status is None and docs[0].has_null_status


def test_read_gold_directory_collects_gold_files(tmp_path: Path) -> None:
    _seed_gold(tmp_path)
    (tmp_path / "other.gold.jsonl").write_text(
        json.dumps({"doc_id": "o", "text": "x", "events": []}) + "\n", encoding="utf-8"
    )
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")  # not a gold file: ignored
    assert sorted(d.doc_id for d in read_gold(tmp_path)) == ["fish", "o"]


@pytest.mark.parametrize(
    "content, reason",
    [
        ("", "empty"),
        ('{"doc_id": "a"}', "missing events"),
        ('{"events": []}', "missing doc_id"),
        ('{"doc_id": "a", "events": []}\n{bad json\n', "malformed JSON line"),
        ('{"doc_id": "a", "events": [{"event_type": "AID", "source": "Nobody"}]}', "not an entity"),
    ],
)
def test_read_gold_bad_input_names_file_and_reason(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "bad.gold.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_gold(path)
    message = str(info.value)
    assert "bad.gold.json" in message and reason in message and "\n" not in message


def test_read_predictions_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "pred.jsonl"
    path.write_text('{"doc_id": "a", "events": []}\nnot json\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"pred.jsonl:2"):
        read_predictions(path)


def test_evaluate_path_with_prediction_file(tmp_path: Path) -> None:
    gold = _seed_gold(tmp_path)
    pred = _predictions(tmp_path, [_pred_event("SUPPORT", "PER", "CHL", "occurred"),
                                   _pred_event("SANCTION", "PER", "CHL", "occurred")])
    s = evaluate_path(gold, pred)
    # SUPPORT is ordered: reversed dyad is wrong; SANCTION matches but its status is wrong
    assert (s.type_dyad.tp, s.type_dyad.fp, s.type_dyad.fn) == (1, 1, 1)
    assert s.status is not None and (s.status.correct, s.status.total) == (0, 1)
    assert s.full is not None and s.full.tp == 0


def _invoke(args: list[str]):
    runner = CliRunner()
    # typer runs a lone command without its name; with several commands, "eval" selects it
    prefix = ["eval"] if len(app.registered_commands) > 1 else []
    return runner.invoke(app, prefix + args)


def test_eval_cli_json_output(tmp_path: Path) -> None:
    gold = _seed_gold(tmp_path)
    pred = _predictions(tmp_path, [_pred_event("SUPPORT", "CHL", "PER", "occurred")])
    result = _invoke([str(gold), str(pred), "--json", "--errors"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["type_dyad"]["tp"] == 1 and data["type_dyad"]["fn"] == 1
    assert data["type_dyad"]["recall"] == 0.5
    assert [e["kind"] for e in data["errors"]] == ["fn"]


def test_eval_cli_table_output(tmp_path: Path) -> None:
    gold = _seed_gold(tmp_path)
    pred = _predictions(tmp_path, [])
    result = _invoke([str(gold), str(pred), "--errors"])
    assert result.exit_code == 0, result.output
    assert "full tuple" in result.stdout and "SANCTION" in result.stdout


def test_eval_cli_bad_gold_is_one_line(tmp_path: Path) -> None:
    result = _invoke([str(tmp_path / "missing.gold.json"), str(tmp_path / "p.jsonl")])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "missing.gold.json" in result.output


def test_eval_cli_needs_predictions_or_run(tmp_path: Path) -> None:
    result = _invoke([str(_seed_gold(tmp_path))])
    assert result.exit_code == 2


def test_eval_cli_run_extracts_with_the_real_pipeline(tmp_path: Path, nlp) -> None:
    """--run reads the text next to the gold, extracts it and scores: every gold doc gets a prediction."""
    text = (
        "KIGALI, May 3, 2024 - Rwanda and Uganda signed a trade agreement on Thursday, officials said.\n\n"
        "Burundi did not attend the ceremony.\n"
    )
    (tmp_path / "trade.txt").write_text(text, encoding="utf-8")
    evidence = "Rwanda and Uganda signed a trade agreement"
    gold = {
        "doc_id": "trade",
        "file": "trade.txt",
        "published": "2024-05-03",
        "entities": [
            {"name": "Rwanda", "type": "COUNTRY", "country": "RWA", "sector": None, "forms": ["Rwanda"]},
            {"name": "Uganda", "type": "COUNTRY", "country": "UGA", "sector": None, "forms": ["Uganda"]},
        ],
        "events": [{"evidence": evidence, "start": text.index(evidence), "end": text.index(evidence) + len(evidence),
                    "event_type": "AGREE", "source": "Rwanda", "target": "Uganda", "date": "2024-05-02",
                    "status": "occurred", "attributed_to": "officials", "note": None}],
    }
    (tmp_path / "trade.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    result = _invoke([str(tmp_path), "--run", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["documents"] == 1 and data["missing_predictions"] == []
    assert data["type_dyad"]["tp"] + data["type_dyad"]["fn"] == 1


def test_align_predictions_by_content_hash_and_file_name() -> None:
    from tidings.evaluate import EvalDocument, align_predictions
    from tidings.records import content_id

    gold = [
        EvalDocument(doc_id="a", events=(), text="Text of A.", file="a.txt"),
        EvalDocument(doc_id="b", events=(), text="Text of B.", file="b.txt"),
        EvalDocument(doc_id="c", events=(), text="Text of C.", file="c.txt"),
    ]
    preds = [
        EvalDocument(doc_id=content_id("Text of A."), events=(), file="/tmp/x/a.txt"),
        EvalDocument(doc_id="zz", events=(), file="/elsewhere/b.txt"),
        EvalDocument(doc_id="c", events=()),
        EvalDocument(doc_id="other", events=(), file="/tmp/unrelated.txt"),
    ]
    assert [p.doc_id for p in align_predictions(gold, preds)] == ["a", "b", "c", "other"]


def test_eval_cli_unknown_model_is_one_line(tmp_path: Path) -> None:
    result = _invoke([str(_seed_gold(tmp_path)), "--run", "--model", "no_such_pipeline_xyz"])
    assert result.exit_code == 2
    assert "E010" in result.output and "Traceback" not in result.output


def _error_lines(stderr: str) -> list[str]:
    lines = stderr.splitlines()
    assert all(line.startswith("error: ") for line in lines), lines
    return lines


def test_eval_cli_bad_gold_file_in_a_directory_is_skipped(tmp_path: Path) -> None:
    """One bad gold file costs one line; the other gold files are still scored; exit code 1."""
    _seed_gold(tmp_path)
    (tmp_path / "broken.gold.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "binary.gold.json").write_bytes(b"\x00\x01\x02")
    (tmp_path / "latin.gold.json").write_bytes('{"doc_id": "caf\xe9"}'.encode("latin-1"))
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({"doc_id": "fish", "events": []}) + "\n", encoding="utf-8")
    result = _invoke([str(tmp_path), str(pred), "--json"])
    assert result.exit_code == 1
    lines = _error_lines(result.stderr)
    assert len(lines) == 3
    assert any("broken.gold.json" in line and "[E020]" in line for line in lines)
    assert any("binary.gold.json" in line and "binary" in line for line in lines)
    assert any("latin.gold.json" in line and "UTF-8" in line for line in lines)
    assert json.loads(result.stdout)["documents"] == 1  # the good gold file was scored


def test_eval_cli_bad_prediction_lines_are_skipped(tmp_path: Path) -> None:
    """Malformed, binary and non-UTF-8 prediction lines: one line each naming file:line, the rest scored."""
    gold = _seed_gold(tmp_path)
    pred = tmp_path / "pred.jsonl"
    good = json.dumps({"doc_id": "fish", "events": [
        {"type": "SUPPORT", "source_country": "CHL", "target_country": "PER", "status": "occurred"}]})
    pred.write_bytes(b"{broken\n" + good.encode() + b"\n\x00\x01\n" + "caf\xe9\n".encode("latin-1"))
    result = _invoke([str(gold), str(pred), "--json"])
    assert result.exit_code == 1
    lines = _error_lines(result.stderr)
    assert [line.split(": ", 2)[1] for line in lines] == [f"{pred}:1", f"{pred}:3", f"{pred}:4"]
    assert [line[-6:] for line in lines] == ["[E006]", "[E003]", "[E004]"]
    figures = json.loads(result.stdout)
    assert figures["documents"] == 1 and figures["type_dyad"]["tp"] > 0


@pytest.mark.parametrize(
    ("make", "code"),
    [
        (lambda d: d / "absent.jsonl", "[E001]"),
        (lambda d: (d / "empty.jsonl", (d / "empty.jsonl").write_bytes(b""))[0], "[E002]"),
        (lambda d: (d / "folder", (d / "folder").mkdir())[0], "[E021]"),
    ],
)
def test_eval_cli_unusable_predictions_file_is_one_line(tmp_path: Path, make, code: str) -> None:
    gold = _seed_gold(tmp_path)
    pred = make(tmp_path)
    result = _invoke([str(gold), str(pred)])
    assert result.exit_code == 1 and result.stdout == ""
    (line,) = _error_lines(result.stderr)
    assert line.startswith(f"error: {pred}: ") and line.endswith(code)


def test_read_gold_on_error_skips_and_fails_when_nothing_is_left(tmp_path: Path) -> None:
    (tmp_path / "a.gold.json").write_text("{bad", encoding="utf-8")
    seen: list[InputError] = []
    with pytest.raises(InputError, match="no readable gold document"):
        read_gold(tmp_path, on_error=seen.append)
    assert [e.source for e in seen] == [f"{tmp_path / 'a.gold.json'}:1"]
