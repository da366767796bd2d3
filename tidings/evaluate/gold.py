"""Gold and prediction readers for the scorer: both reduce to ``EvalDocument`` records.

Two gold formats are read:

* the seed gold format: one JSON object per document (or a JSON list of them) with ``doc_id``,
  ``file`` (the text file next to the gold file), ``entities`` and ``events`` whose ``source`` /
  ``target`` are entity names mapped to countries through ``entities``;
* JSON Lines: one ``{"doc_id", "text", "events": [{event_type, source_country, target_country,
  status, sentence}]}`` per line (the PLOVER peer file).

Predictions are JSON Lines of ``Reading.to_dict()`` as written by ``tidings extract``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..errors import Errors, InputError
from ..records import UNORDERED_TYPES, content_id

OnError = Callable[[InputError], None]
GOLD_SUFFIXES: tuple[str, ...] = (".gold.json", ".gold.jsonl")
_CODE = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True, slots=True)
class EvalEvent:
    """One event reduced to what the scorer compares, plus context for error analysis."""

    type: str
    source_country: str | None
    target_country: str | None
    status: str | None
    evidence: str = ""
    start: int | None = None
    end: int | None = None
    date: str | None = None
    attributed_to: str | None = None


@dataclass(frozen=True, slots=True)
class EvalDocument:
    """A gold (or predicted) document: its id, text when known, and events."""

    doc_id: str
    events: tuple[EvalEvent, ...]
    text: str | None = None
    published: str | None = None
    source: str = ""  # where the record was read (file or file:line)
    file: str | None = None  # gold: the text file named by the record; prediction: the Reading's source
    fold_igo: bool = False  # gold codes every international actor as IGO (PLOVER 0.5b1): score UNO/EUR/NGO as IGO

    @property
    def has_null_status(self) -> bool:
        """True when any event lacks a status (the full tuple cannot be scored)."""
        return any(e.status is None for e in self.events)


def _fail(source: object, reason: str) -> InputError:
    return InputError(Errors.E020.format(source=source, reason=reason), source=str(source))


def gold_files(path: Path) -> list[Path]:
    """Return the gold files at ``path``: the file itself, or the gold files of a directory."""
    if not path.exists():
        raise InputError(Errors.E001.format(source=path), source=str(path))
    if path.is_file():
        return [path]
    files = sorted(p for p in path.rglob("*") if p.is_file() and p.name.endswith(GOLD_SUFFIXES))
    if not files:
        raise _fail(path, "no *.gold.json or *.gold.jsonl files in the directory")
    return files


def read_gold(path: str | Path, on_error: OnError | None = None) -> list[EvalDocument]:
    """Read every gold document at ``path`` (a file or a directory of gold files).

    on_error: called with each bad gold file or record, which is then skipped; without it the first one raises.
    RETURNS (list[EvalDocument]): documents in file order; doc ids must be unique.
    """
    docs: list[EvalDocument] = []
    seen: set[str] = set()
    failed = 0
    for file in gold_files(Path(path)):
        try:
            found = list(_read_gold_file(file))
            for doc in found:
                if doc.doc_id in seen:
                    raise _fail(doc.source, f"duplicate doc_id {doc.doc_id!r}")
                seen.add(doc.doc_id)
        except InputError as error:
            if on_error is None:
                raise
            on_error(error)
            failed += 1
            continue
        docs.extend(found)
    if failed and not docs:
        raise _fail(path, "no readable gold document")
    return docs


def _read_gold_file(file: Path) -> Iterator[EvalDocument]:
    try:
        raw = file.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise _fail(file, f"not valid UTF-8 (byte {exc.start})") from None
    except OSError as exc:
        raise _fail(file, exc.strerror or str(exc)) from None
    if not raw.strip():
        raise _fail(file, "the file is empty")
    if "\x00" in raw:
        raise _fail(file, "binary content, not text")
    records: list[tuple[str, Any]]
    try:
        whole = json.loads(raw)
        items = whole if isinstance(whole, list) else [whole]
        records = [(str(file), item) for item in items]
    except json.JSONDecodeError:
        records = list(_json_lines(file, raw))
    docs = [_gold_document(record, file, where) for where, record in records]
    if _codes_international_actors_as_igo(docs):
        docs = [replace(doc, fold_igo=True, events=tuple(folded_event(e) for e in doc.events)) for doc in docs]
    yield from docs


# Codes that older PLOVER gold (0.5b1) folds into one IGO code; ours keeps them apart (ontology.md).
INTERNATIONAL_CODES = frozenset({"IGO", "UNO", "EUR", "NGO"})


def _codes_international_actors_as_igo(docs: list[EvalDocument]) -> bool:
    """True when a gold file uses IGO but never UNO or EUR: its IGO covers UN and EU bodies.

    Such files (PLOVER 0.5b1) also code most international NGOs as IGO and only a few as NGO, so NGO is
    folded with the others rather than taken as a sign of the newer scheme.
    """
    codes = {c for d in docs for e in d.events for c in (e.source_country, e.target_country) if c}
    return "IGO" in codes and not codes & {"UNO", "EUR"}


def fold_international(code: str | None) -> str | None:
    """UNO, EUR and NGO read as IGO (for gold files coded with the single legacy code)."""
    return "IGO" if code in INTERNATIONAL_CODES else code


def folded_event(event: EvalEvent) -> EvalEvent:
    return replace(event, source_country=fold_international(event.source_country),
                   target_country=fold_international(event.target_country))


def _json_lines(file: Path, raw: str) -> Iterator[tuple[str, Any]]:
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield f"{file}:{number}", json.loads(line)
        except json.JSONDecodeError as exc:
            raise _fail(f"{file}:{number}", f"malformed JSON line: {exc.msg}") from None


def _gold_document(record: Any, file: Path, where: str) -> EvalDocument:
    if not isinstance(record, Mapping):
        raise _fail(where, "a gold record must be a JSON object")
    doc_id = record.get("doc_id")
    if not isinstance(doc_id, str) or not doc_id:
        raise _fail(where, "missing doc_id")
    events = record.get("events")
    if not isinstance(events, list):
        raise _fail(where, "missing events list")
    text = record.get("text")
    if text is None and record.get("file"):
        text_path = file.parent / str(record["file"])
        try:
            text = text_path.read_text(encoding="utf-8").removeprefix("\ufeff")
        except OSError:
            raise _fail(where, f"text file {text_path} not found") from None
        except UnicodeDecodeError as exc:
            raise _fail(text_path, f"not valid UTF-8 (byte {exc.start})") from None
    countries = _entity_countries(record.get("entities") or [], where)
    return EvalDocument(
        doc_id=doc_id,
        events=joint_acts_as_pairs([_gold_event(ev, countries, f"{where} ({doc_id})") for ev in events]),
        text=text if isinstance(text, str) else None,
        published=record.get("published"),
        source=where,
        file=str(record["file"]) if record.get("file") else None,
    )


def _entity_countries(entities: Iterable[Any], where: str) -> dict[str, str | None]:
    countries: dict[str, str | None] = {}
    for ent in entities:
        if not isinstance(ent, Mapping) or "name" not in ent:
            raise _fail(where, "an entity without a name")
        country = ent.get("country")
        countries[str(ent["name"])] = country
        for form in ent.get("forms") or []:
            countries.setdefault(str(form), country)
    return countries


def _actor_country(ev: Mapping[str, Any], role: str, countries: dict[str, str | None], where: str) -> str | None:
    if f"{role}_country" in ev:
        return ev[f"{role}_country"]
    name = ev.get(role)
    if name is None:
        return None
    if name in countries:
        return countries[name]
    if _CODE.match(str(name)):
        return str(name)
    raise _fail(where, f"{role} {name!r} is not an entity of the document")


def _gold_event(ev: Any, countries: dict[str, str | None], where: str) -> EvalEvent:
    if not isinstance(ev, Mapping):
        raise _fail(where, "an event must be a JSON object")
    etype = ev.get("event_type") or ev.get("type")
    if not etype:
        raise _fail(where, "an event without event_type")
    return EvalEvent(
        type=str(etype),
        source_country=_actor_country(ev, "source", countries, where),
        target_country=_actor_country(ev, "target", countries, where),
        status=ev.get("status"),
        evidence=str(ev.get("evidence") or ev.get("sentence") or ""),
        start=ev.get("start"),
        end=ev.get("end"),
        date=ev.get("date"),
        attributed_to=ev.get("attributed_to"),
    )


def joint_acts_as_pairs(events: list[EvalEvent]) -> tuple[EvalEvent, ...]:
    """Read a joint act coded one target-less event per actor as one mutual event per pair of actors.

    PLOVER codes "X and Y agreed" as X→(none) and Y→(none); tidings, like the seed gold, codes it as one
    unordered X–Y event. For the unordered types only, target-less events of one type, status and sentence
    with two or more different sources become the pairs of those sources; everything else is kept as written.
    """
    groups: dict[tuple[str, str | None, str], list[EvalEvent]] = {}
    for event in events:
        if event.type in UNORDERED_TYPES and event.target_country is None and event.source_country and event.evidence:
            groups.setdefault((event.type, event.status, event.evidence), []).append(event)
    joint = {key: group for key, group in groups.items() if len({e.source_country for e in group}) > 1}
    if not joint:
        return tuple(events)
    out: list[EvalEvent] = []
    done: set[tuple[str, str | None, str]] = set()
    for event in events:
        key = (event.type, event.status, event.evidence)
        if key not in joint or event.target_country is not None:
            out.append(event)
            continue
        if key in done:
            continue
        done.add(key)
        actors = sorted({e.source_country for e in joint[key] if e.source_country})
        out.extend(replace(event, source_country=a, target_country=b)
                   for i, a in enumerate(actors) for b in actors[i + 1:])
    return tuple(out)


def prediction_document(record: Mapping[str, Any], where: str = "<predictions>") -> EvalDocument:
    """Turn one ``Reading.to_dict()`` (or any dict with doc_id and events) into an EvalDocument."""
    doc_id = record.get("doc_id")
    if not isinstance(doc_id, str) or not doc_id:
        raise InputError(Errors.E006.format(source=where, reason="missing doc_id"), source=where)
    events = []
    for ev in record.get("events") or []:
        evidence = ev.get("evidence")
        span = evidence if isinstance(evidence, Mapping) else {"text": evidence}
        events.append(
            EvalEvent(
                type=str(ev.get("type") or ev.get("event_type")),
                source_country=ev.get("source_country"),
                target_country=ev.get("target_country"),
                status=ev.get("status"),
                evidence=str(span.get("text") or ""),
                start=span.get("start"),
                end=span.get("end"),
                date=ev.get("date"),
                attributed_to=ev.get("attributed_to"),
            )
        )
    origin = record.get("source")
    return EvalDocument(
        doc_id=doc_id,
        events=tuple(events),
        text=record.get("text"),
        source=where,
        file=str(origin) if origin else None,
    )


def align_predictions(gold_docs: Iterable[EvalDocument], predictions: Iterable[EvalDocument]) -> list[EvalDocument]:
    """Give predictions the gold doc_id when they were extracted under another id.

    ``tidings extract`` names a text file's document by a content hash, not by the gold doc_id. A gold
    document with no prediction of its own id takes the prediction whose id is the content hash of the gold
    text, or else the one whose source path ends with the gold ``file`` name (only when that is unambiguous).
    """
    preds = list(predictions)
    by_id = {p.doc_id: p for p in preds}
    by_name: dict[str, list[EvalDocument]] = {}
    for p in preds:
        if p.file:
            by_name.setdefault(Path(p.file.split(":", 1)[0]).name, []).append(p)
    renamed: dict[str, str] = {}
    for gold in gold_docs:
        if gold.doc_id in by_id:
            continue
        match = by_id.get(content_id(gold.text)) if gold.text else None
        if match is None and gold.file and len(by_name.get(Path(gold.file).name, [])) == 1:
            match = by_name[Path(gold.file).name][0]
        if match is not None and match.doc_id not in renamed:
            renamed[match.doc_id] = gold.doc_id
    return [replace(p, doc_id=renamed[p.doc_id]) if p.doc_id in renamed else p for p in preds]


def read_predictions(path: str | Path, on_error: OnError | None = None) -> list[EvalDocument]:
    """Read a predictions JSONL file (one Reading per line) into EvalDocuments.

    on_error: called with each bad line, which is then skipped; without it the first bad line raises.
    """
    file = Path(path)
    source = str(file)
    if not file.exists():
        raise InputError(Errors.E001.format(source=source), source=source)
    if not file.is_file():
        raise _bad_predictions(source, "not a file (give the JSON Lines written by tidings extract)")
    if file.stat().st_size == 0:
        raise InputError(Errors.E002.format(source=source), source=source)
    docs: list[EvalDocument] = []
    with file.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                docs.append(_prediction_line(raw, f"{file}:{number}"))
            except InputError as error:
                if on_error is None:
                    raise
                on_error(error)
    return docs


def _bad_predictions(source: str, reason: str) -> InputError:
    return InputError(Errors.E021.format(source=source, reason=reason), source=source)


def _prediction_line(raw: bytes, where: str) -> EvalDocument:
    if b"\x00" in raw:
        raise InputError(Errors.E003.format(source=where), source=where)
    try:
        record = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise InputError(Errors.E004.format(source=where, position=exc.start), source=where) from None
    except json.JSONDecodeError as exc:
        raise InputError(Errors.E006.format(source=where, reason=exc.msg), source=where) from None
    if not isinstance(record, Mapping):
        raise InputError(Errors.E006.format(source=where, reason="not a JSON object"), source=where)
    return prediction_document(record, where)
