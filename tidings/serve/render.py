"""Safe rendering: the Jinja2 environment (autoescape on), visible control characters, JSON for <script>.

Every ``{{ value }}`` of type ``str`` passes through :func:`visible`: HTML-escaped, and invisible or
direction-changing characters (bidi overrides, zero-width marks, C0/C1 controls, lone surrogates) shown as
a visible ``[U+XXXX]`` marker instead of acting on the page.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

# Controls that would hide text, reorder it or break the markup; \t \n \r stay as they are.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\ud800-\udfff]"
)
# Characters that must not appear raw inside a <script> element's JSON.
_SCRIPT_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_SCRIPT_UNSAFE_RE = re.compile("[<>&\u2028\u2029]")


def visible(value: Any) -> Markup:
    """Escape text for HTML and make invisible or bidi-control characters visible as ``[U+XXXX]``."""
    if isinstance(value, Markup):
        return value
    text = str(value)
    out: list[str] = []
    pos = 0
    for m in _INVISIBLE.finditer(text):
        out.append(str(escape(text[pos : m.start()])))
        out.append(f'<span class="ctl" title="hidden character">[U+{ord(m.group()):04X}]</span>')
        pos = m.end()
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))


def script_json(value: Any) -> Markup:
    """JSON safe to place inside a <script> element: ``< > &`` and U+2028/2029 escaped."""
    raw = json.dumps(value, ensure_ascii=True, allow_nan=False, default=str)
    return Markup(_SCRIPT_UNSAFE_RE.sub(lambda m: _SCRIPT_UNSAFE[m.group()], raw))


def _finalize(value: Any) -> Any:
    if isinstance(value, str) and not isinstance(value, Markup):
        return visible(value)
    return value


def _fmt_score(value: Any) -> str:
    return "" if value is None else f"{float(value):+.1f}"


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The one Jinja2 environment of the app and the report (autoescape always on)."""
    env = Environment(
        loader=PackageLoader("tidings.serve", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        finalize=_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["visible"] = visible
    env.filters["script_json"] = script_json
    env.filters["score"] = _fmt_score
    return env


def render(template: str, **context: Any) -> str:
    """Render one template of tidings/serve/templates with the given context."""
    return environment().get_template(template).render(**context)


def static_text(name: str) -> str:
    """The text of one file of tidings/serve/static (for inlining into the report)."""
    return resources.files(__package__).joinpath("static", name).read_text(encoding="utf-8")


def csp_hash(source: str) -> str:
    """The CSP source expression ``'sha256-...'`` of an inline script or style body."""
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"
