"""Builds the spaCy pipeline; tidings' own components live here and in extract/."""

from .pipeline import load_pipeline, reset_pipelines

__all__ = ["load_pipeline", "reset_pipelines"]
