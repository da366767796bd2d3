"""Split a document into paragraphs with offsets, and recognise the special lines of a web article.

A paragraph is a run of non-blank lines; inside a run, a line break starts a new paragraph when the
line before ends a sentence or when either line is a special line (a post signature, a bullet caption,
a hashtag line, a footnote, a photo credit). Hard-wrapped prose lines are joined.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .dates import FULL_DATE_RE, parse_full_date

CUES_PATH = Path(__file__).with_name("cues.json")

LINE_RE = re.compile(r"[^\n]*")
SENTENCE_END_RE = re.compile(r"[.!?:;\"”»…)\]]\s*$")
# "— Name (@handle) February 23, 2022", also with "-", "–", "~" and optional "on Twitter".
SIGNATURE_RE = re.compile(
    r"^[—–~-]{1,2}\s*(?P<author>[^\n()@]{1,80}?)\s*"
    r"(?:\((?P<handle>@\w{1,30})\)|(?P<bare>@\w{1,30}))?\s*"
    r"(?:on\s+(?:Twitter|X|Facebook|Instagram|Telegram)[,:]?\s*)?"
    r"(?P<date>(?:[A-Z][a-z]{2,8}\.?\s+[0-3]?\d,?\s+\d{4})|(?:[0-3]?\d\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}))"
    r"(?:,?\s*(?:at\s+)?[0-2]?\d[:.][0-5]\d\s*(?:[AaPp]\.?[Mm]\.?)?)?"
    r"\s*(?P<url>https?://\S+)?\s*$"
)
HASHTAG_LINE_RE = re.compile(r"^(?:#\w[\w-]*[\s,;]*)+$")
FOOTNOTE_STAR_RE = re.compile(r"^\*{1,3}(?!\*)\s*\S")
FOOTNOTE_NUM_RE = re.compile(r"^(?P<mark>\[\d{1,2}\]|\(\d{1,2}\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\d{1,2}\))\s*\S")
WORD_RE = re.compile(r"[\w'’-]+")
URL_RE = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/)\S+|(?<![@\w.-])[a-z0-9][a-z0-9.-]*\.(?:com|org|net|co|ru|ly)/\S+", re.I)
CREDIT_SPLIT_RE = re.compile(r"\s*[/|,;]\s*|\s+via\s+", re.I)
TITLE_END_RE = re.compile(r"[.,;:]$")
SENTENCE_SPLIT_RE = re.compile(r"[.!?]\s+[A-Z]")


@lru_cache(maxsize=1)
def cues() -> dict[str, Any]:
    """The cue lists of ``cues.json`` (loaded once)."""
    with CUES_PATH.open(encoding="utf-8") as handle:
        return json.load(handle)


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A stripped paragraph: ``text[start:end]``; ``blank_after`` when a blank line follows it."""

    start: int
    end: int
    blank_after: bool


def split_paragraphs(text: str) -> list[Paragraph]:
    """Paragraphs of ``text`` in order, each stripped of surrounding whitespace."""
    lines: list[tuple[int, int]] = []  # (start, end) of stripped non-blank lines; (-1, -1) for blank
    for match in LINE_RE.finditer(text):
        if match.start() > 0 and match.start() == match.end() and text[match.start() - 1] != "\n":
            continue  # the empty match after a line's last character
        raw = match.group(0)
        stripped = raw.strip()
        if not stripped:
            lines.append((-1, -1))
            continue
        lead = len(raw) - len(raw.lstrip())
        start = match.start() + lead
        lines.append((start, start + len(stripped)))
    paragraphs: list[Paragraph] = []
    current: tuple[int, int] | None = None
    previous_line: str | None = None
    for start, end in lines:
        if start < 0:
            if current:
                paragraphs.append(Paragraph(current[0], current[1], True))
            current, previous_line = None, None
            continue
        line = text[start:end]
        if current is None:
            current = (start, end)
        elif _breaks(previous_line or "", line):
            paragraphs.append(Paragraph(current[0], current[1], False))
            current = (start, end)
        else:
            current = (current[0], end)
        previous_line = line
    if current:
        paragraphs.append(Paragraph(current[0], current[1], True))
    return paragraphs


def _breaks(previous: str, line: str) -> bool:
    """True when ``line`` starts a new paragraph after ``previous`` inside one block of lines."""
    if SENTENCE_END_RE.search(previous):
        return True
    return is_special(previous) or is_special(line)


def is_special(line: str) -> bool:
    """True for lines that are never part of running prose."""
    return bool(
        is_signature(line)
        or is_hashtag_line(line)
        or bullet_caption(line) is not None
        or FOOTNOTE_STAR_RE.match(line)
        or is_credit(line)
    )


def is_signature(line: str) -> re.Match[str] | None:
    """The signature match of an embedded post ("— Name (@handle) Month D, YYYY"), if ``line`` is one."""
    match = SIGNATURE_RE.match(line.strip())
    if not match:
        return None
    date_match = FULL_DATE_RE.search(match.group("date"))
    if not date_match or not parse_full_date(date_match):
        return None
    return match


def is_hashtag_line(line: str) -> bool:
    """A line made only of hashtags."""
    return bool(HASHTAG_LINE_RE.match(line.strip()))


def bullet_caption(line: str) -> int | None:
    """Offset of the caption text after a bullet, when ``line`` is a short bullet line; else None."""
    stripped = line.strip()
    for bullet in cues()["bullets"]:
        if stripped.startswith(bullet):
            rest = stripped[len(bullet):].lstrip()
            words = WORD_RE.findall(rest)
            if rest and len(words) <= 10 and not rest.endswith((".", "!", "?", ":")):
                return line.index(rest)
            return None
    return None


def is_credit(line: str) -> bool:
    """A photo caption or credit line: "© Name", "Photo: ...", an agency name, "Name/Reuters"."""
    stripped = line.strip()
    if not stripped or len(stripped) > 160:
        return False
    lower = stripped.lower()
    if any(lower.startswith(prefix) for prefix in cues()["caption_prefixes"]):
        return len(WORD_RE.findall(stripped)) <= 16
    words = WORD_RE.findall(stripped)
    if len(words) > 8 or stripped.endswith((".", "!", "?", ":")) and not lower.endswith(("photo.", "images.")):
        return False
    agencies = set(cues()["agencies"])
    parts = [p.strip(" .()[]").lower() for p in CREDIT_SPLIT_RE.split(stripped) if p.strip()]
    if lower.strip(" .()[]") in agencies:
        return True
    # "Jane Doe / Reuters", "AFP via Getty Images": several parts, at least one an agency.
    return len(parts) >= 2 and any(p in agencies for p in parts)


def footnote_line(line: str, text: str) -> bool:
    """A note explaining a marked term: "* ..." or "[1] ..." whose marker appears earlier in ``text``."""
    stripped = line.strip()
    if FOOTNOTE_STAR_RE.match(stripped):
        return True
    match = FOOTNOTE_NUM_RE.match(stripped)
    if not match:
        return False
    mark = match.group("mark")
    return text.count(mark) >= 2


@lru_cache(maxsize=1)
def _disclaimer_res() -> tuple[list[re.Pattern[str]], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    table = cues()
    patterns = [re.compile(p, re.IGNORECASE) for p in table["disclaimer_patterns"]]
    labels = "|".join(table["credit_labels"])
    tail = re.compile(
        rf"(?:\((?:(?:{labels})\s*[:/]\s*)?[^()\n]{{1,40}}\)|\b(?:{labels})\s*:\s*[^.:\n]{{1,50}}\.?)\s*$",
        re.IGNORECASE,
    )
    return patterns, re.compile(table["author_bio_start"]), re.compile(table["author_bio_name_start"]), tail


def is_disclaimer(paragraph: str) -> bool:
    """An editors' disclaimer: the author's views may not coincide with / reflect the publication's,
    or are the author's own."""
    if len(paragraph) > 400:
        return False
    patterns = _disclaimer_res()[0]
    if any(p.search(paragraph) for p in patterns):
        return True
    lower = paragraph.lower()
    words = set(WORD_RE.findall(lower))
    table = cues()
    has_subject = any(w in words for w in table["disclaimer_subject"])
    has_object = any(w in words for w in table["disclaimer_object"])
    has_view = bool(words & {"view", "views", "opinion", "opinions", "position", "positions", "viewpoint"})
    has_verb = any(v in lower for v in table["disclaimer_verb"])
    return has_subject and has_object and has_view and has_verb


def is_author_bio(paragraph: str) -> bool:
    """A closing note about the author ("The author is a former trade negotiator.")."""
    if len(paragraph) > 300 or "\n" in paragraph:
        return False
    _, bio_start, name_start, _ = _disclaimer_res()
    if bio_start.match(paragraph):
        return True
    lower = paragraph.lower()
    return bool(name_start.match(paragraph)) and any(w in lower for w in cues()["author_bio_words"])


def credit_tail(paragraph: str) -> int | None:
    """Offset of a photo credit ending a short caption ("... in Niamey. (AFP)", "... Photo: Reuters")."""
    if len(paragraph) > 260 or "\n" in paragraph:
        return None
    match = _disclaimer_res()[3].search(paragraph)
    if not match or match.start() == 0:
        return None
    credit = match.group(0).strip()
    if credit.startswith("(") and ":" not in credit and "/" not in credit:
        if credit.strip("() ").lower() not in set(cues()["agencies"]):
            return None
    head = paragraph[: match.start()].strip()
    if not head or len(WORD_RE.findall(head)) > 25 or SENTENCE_SPLIT_RE.search(head):
        return None
    return match.start() + (len(match.group(0)) - len(match.group(0).lstrip()))


def looks_like_title(line: str) -> bool:
    """A headline: one short line with no final sentence punctuation."""
    stripped = line.strip()
    if "\n" in stripped or not stripped or not stripped[0].isupper():
        return False
    words = WORD_RE.findall(stripped)
    if not 2 <= len(words) <= 18 or len(stripped) > 150:
        return False
    if TITLE_END_RE.search(stripped) or stripped.endswith("!") or SENTENCE_SPLIT_RE.search(stripped):
        return False
    return not (is_special(stripped) or stripped.startswith(("“", '"', "«", "'")))


def links(text: str) -> list[str]:
    """Links in ``text`` ("pic.twitter.com/x" and "t.co/x" included)."""
    return [m.group(0).rstrip(".,)") for m in URL_RE.finditer(text)]
