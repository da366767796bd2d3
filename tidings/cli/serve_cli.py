"""``tidings serve``: browse a store in a local web app, or render one page with ``--get``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from .._internal.cli import exit_with
from ..errors import Errors
from ..settings import Settings
from .app import app


@app.command("serve")
def serve_cli(
    db: Optional[Path] = typer.Option(None, "--db", help="Store file (default: $TIDINGS_DB or tidings.duckdb)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to bind; loopback by default."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="Port to listen on (0: any free port)."),
    get: Optional[str] = typer.Option(None, "--get", help="Render this one path in-process, print it and exit."),
) -> None:
    """Serve the read-only web app (overview, network, timeline, events, documents, actors, /api).

    Example: tidings serve --db corpus.duckdb --port 8765
    Example: tidings serve --db corpus.duckdb --get /api/summary
    """
    from ..serve.app import LOOPBACK_HOSTS, create_app, get_page

    path = db or Path(Settings.from_env().db_path)
    if path.is_dir():
        exit_with(Errors.E034.format(source=path, reason="a folder, not a store file"))
    if not path.is_file():
        exit_with(Errors.E033.format(source=path))
    allowed = LOOPBACK_HOSTS if host in ("127.0.0.1", "localhost", "::1") else frozenset({"*"})
    try:
        web = create_app(path, allowed_hosts=allowed)
    except Exception as exc:  # an unreadable or locked store: one line, no traceback
        exit_with(Errors.E034.format(source=path, reason=exc))
    if get is not None:
        status, _ctype, body = get_page(web, get)
        sys.stdout.write(body if body.endswith("\n") else body + "\n")
        raise typer.Exit(0 if status < 400 else 1)
    if host not in ("127.0.0.1", "localhost", "::1"):
        typer.echo(f"tidings serve: warning: binding {host} exposes the store beyond this machine", err=True)
    import uvicorn

    uvicorn.run(web, host=host, port=port, log_level="warning", server_header=False)
