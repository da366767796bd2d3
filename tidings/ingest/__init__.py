"""Ingest: text, HTML, JSON Lines and WARC inputs -> RawDocument (bad inputs as InputError values)."""

from __future__ import annotations

from .readers import KNOWN_SUFFIXES, expand, read_file, read_inputs, read_jsonl_binary

__all__ = ["read_inputs", "read_file", "read_jsonl_binary", "expand", "KNOWN_SUFFIXES"]
