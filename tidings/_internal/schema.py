"""Build the JSON Schema of ``tidings extract`` output from the records in ``tidings/records.py``.

Run ``python -m tidings._internal.schema docs/schema.json`` to regenerate the file, or with
``--check`` to fail when the file is out of date. Field descriptions come from the comments next to
the fields in records.py; class descriptions from the docstrings.
"""

from __future__ import annotations

import dataclasses
import inspect
import json
import re
import sys
import types
import typing
from pathlib import Path
from typing import Any

from .. import records
from ..records import PLOVER_TYPES, SEGMENT_KINDS, STATUSES, Reading

FIELD_COMMENT_RE = re.compile(r"^\s+(\w+):[^#\n]*#\s*(.+)$", re.M)

# Closed vocabularies of string fields (the records type them as ``str``).
ENUMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("Segment", "kind"): SEGMENT_KINDS,
    ("Event", "type"): PLOVER_TYPES,
    ("Event", "status"): STATUSES,
    ("Event", "date_precision"): typing.get_args(records.DatePrecision),
    ("Entity", "type"): typing.get_args(records.EntityType),
    ("Reading", "genre"): typing.get_args(records.Genre),
    ("PublishedEvidence", "method"): ("metadata", "post", "text", "none"),
}


def _comments(cls: type) -> dict[str, str]:
    source = inspect.getsource(cls)
    return {name: text.strip() for name, text in FIELD_COMMENT_RE.findall(source)}


def _doc(cls: type) -> str:
    return " ".join((inspect.getdoc(cls) or "").split())


def _type_schema(hint: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [_type_schema(arg, defs) for arg in typing.get_args(hint)]
        return {"anyOf": options}
    if origin is tuple or origin is list:
        args = [a for a in typing.get_args(hint) if a is not Ellipsis]
        return {"type": "array", "items": _type_schema(args[0], defs) if args else {}}
    if origin is dict:
        _key, value = typing.get_args(hint)
        return {"type": "object", "additionalProperties": _type_schema(value, defs)}
    if hint is type(None):
        return {"type": "null"}
    if hint is str:
        return {"type": "string"}
    if hint is bool:
        return {"type": "boolean"}
    if hint is int:
        return {"type": "integer"}
    if hint is float:
        return {"type": "number"}
    if dataclasses.is_dataclass(hint):
        _record_schema(hint, defs)
        return {"$ref": f"#/$defs/{hint.__name__}"}
    raise TypeError(f"no JSON Schema mapping for {hint!r}")


def _with_enum(schema: dict[str, Any], values: tuple[str, ...]) -> dict[str, Any]:
    if "anyOf" in schema:
        return {"anyOf": [_with_enum(s, values) for s in schema["anyOf"]]}
    if schema.get("type") == "string":
        return {**schema, "enum": list(values)}
    return schema


def _record_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    name = cls.__name__
    if name in defs:
        return defs[name]
    defs[name] = {}  # placeholder against recursion
    hints = typing.get_type_hints(cls)
    comments = _comments(cls)
    properties: dict[str, Any] = {}
    for field in dataclasses.fields(cls):  # type: ignore[arg-type]
        schema = _type_schema(hints[field.name], defs)
        if (name, field.name) in ENUMS:
            schema = _with_enum(schema, ENUMS[(name, field.name)])
        if field.name in comments:
            schema = {"description": comments[field.name], **schema}
        properties[field.name] = schema
    # to_dict() always writes every field, so all are required in the output.
    defs[name] = {
        "type": "object",
        "description": _doc(cls),
        "properties": properties,
        "required": [f.name for f in dataclasses.fields(cls)],  # type: ignore[arg-type]
        "additionalProperties": False,
    }
    return defs[name]


def build_schema() -> dict[str, Any]:
    """The JSON Schema of one output line of ``tidings extract`` (a Reading)."""
    defs: dict[str, Any] = {}
    root = _record_schema(Reading, defs)
    body = dict(root)
    del defs["Reading"]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "tidings Reading",
        **body,
        "$defs": dict(sorted(defs.items())),
    }


def render() -> str:
    """The schema as the text stored in docs/schema.json."""
    return json.dumps(build_schema(), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str]) -> int:
    """Write the schema to the path given (docs/schema.json by default); with --check, compare only."""
    check = "--check" in argv
    paths = [a for a in argv if not a.startswith("--")]
    target = Path(paths[0]) if paths else Path("docs/schema.json")
    text = render()
    if check:
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        if current != text:
            print(f"{target}: out of date; run python -m tidings._internal.schema {target}", file=sys.stderr)
            return 1
        return 0
    target.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
