"""Seeing the events: the read-only web app (``tidings serve``) and the self-contained HTML report.

``view`` builds the shared view models (network, timeline, highlighted document blocks) from Readings or
store rows; ``render`` holds the escaping Jinja2 environment; ``data`` holds every SQL query of the app;
``app`` is the FastAPI app; ``report`` writes one offline HTML file.
"""

from __future__ import annotations

from .report import build_report, report

__all__ = ["build_report", "create_app", "report"]


def create_app(db: str) -> object:
    """Build the web app over the store file ``db`` (see ``tidings.serve.app.create_app``)."""
    from .app import create_app as _create_app

    return _create_app(db)
