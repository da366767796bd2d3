"""HTML pages: the main text, title and date through trafilatura."""

from __future__ import annotations

import logging
import re

from ..errors import Errors, InputError
from ..records import RawDocument, content_id
from ..segment.dates import normalise_date

PARAGRAPH_BREAK_RE = re.compile(r"\n+")
# Dates only from the page's markup (meta tags, structured data): a date guessed from the body text is
# often the date of an event, and infer_published reads the text itself with its own evidence.
DATE_PARAMS = {"extensive_search": False, "original_date": True}
# trafilatura and its helpers log at WARNING on odd pages; the caller reports bad input itself.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).setLevel(logging.ERROR)


def html_document(html: bytes | str, source: str, url: str | None = None) -> RawDocument:
    """A RawDocument from an HTML page; InputError when no main text can be found."""
    import trafilatura  # imported lazily: it is slow to import and only HTML needs it

    extracted = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        date_extraction_params=DATE_PARAMS,
    )
    text = (getattr(extracted, "text", None) or "").strip() if extracted is not None else ""
    if not text:
        raise InputError(Errors.E007.format(source=source), source)
    # trafilatura puts one newline between blocks; a blank line keeps them apart as paragraphs.
    text = PARAGRAPH_BREAK_RE.sub("\n\n", text) + "\n"
    date = getattr(extracted, "date", None)
    return RawDocument(
        doc_id=content_id(text),
        text=text,
        source=source,
        url=url or getattr(extracted, "url", None),
        title=getattr(extracted, "title", None),
        published=normalise_date(date) if date else None,
    )
