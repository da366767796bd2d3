"""Explicit calendar dates in running text: "February 23, 2022", "23 Feb 2022", "2022-02-23"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_MONTH2 = _MONTH.replace("?P<month>", "?P<month2>")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY2 = _DAY.replace("?P<day>", "?P<day2>")
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_YEAR2 = _YEAR.replace("?P<year>", "?P<year2>")
_YEAR3 = _YEAR.replace("?P<year>", "?P<year3>")

# Month D, YYYY | D Month YYYY | YYYY-MM-DD
FULL_DATE_RE = re.compile(
    rf"\b(?:{_MONTH}\s+{_DAY},?\s+{_YEAR}"
    rf"|{_DAY2}\s+(?:of\s+)?{_MONTH2},?\s+{_YEAR2}"
    rf"|{_YEAR3}-(?P<m3>[01]\d)-(?P<d3>[0-3]\d))\b",
    re.IGNORECASE,
)
# Month D or D Month without a year ("on February 23", "until 25 February").
DAY_MONTH_RE = re.compile(
    rf"\b(?:{_MONTH}\s+{_DAY}|{_DAY2}\s+(?:of\s+)?{_MONTH2})\b(?!,?\s+(?:1[89]|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
ISO_PREFIX_RE = re.compile(r"^\s*((?:1[89]|20)\d\d)-([01]\d)-([0-3]\d)")


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A calendar date found in the text, with its character offsets."""

    iso: str
    start: int
    end: int
    text: str


def _make_iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _month(match: re.Match[str], name: str) -> int:
    return MONTHS[match.group(name).lower().rstrip(".")]


def parse_full_date(match: re.Match[str]) -> str | None:
    """ISO date of a FULL_DATE_RE match, or None for an impossible date."""
    if match.group("year"):
        return _make_iso(int(match.group("year")), _month(match, "month"), int(match.group("day")))
    if match.group("year2"):
        return _make_iso(int(match.group("year2")), _month(match, "month2"), int(match.group("day2")))
    return _make_iso(int(match.group("year3")), int(match.group("m3")), int(match.group("d3")))


def find_full_dates(text: str, start: int = 0, end: int | None = None) -> list[FoundDate]:
    """Every explicit full date in ``text[start:end]``, offsets relative to ``text``."""
    end = len(text) if end is None else end
    found = []
    for match in FULL_DATE_RE.finditer(text, start, end):
        iso = parse_full_date(match)
        if iso:
            found.append(FoundDate(iso, match.start(), match.end(), match.group(0)))
    return found


def find_day_months(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, int, int]]:
    """(month, day, start, end) of year-less day-month expressions in ``text[start:end]``."""
    end = len(text) if end is None else end
    found = []
    for match in DAY_MONTH_RE.finditer(text, start, end):
        if match.group("month"):
            month, day = _month(match, "month"), int(match.group("day"))
        else:
            month, day = _month(match, "month2"), int(match.group("day2"))
        if 1 <= day <= 31:
            found.append((month, day, match.start(), match.end()))
    return found


def normalise_date(value: str) -> str | None:
    """ISO date (YYYY-MM-DD) from a metadata date string, or None when it cannot be read."""
    value = value.strip()
    if not value:
        return None
    iso = ISO_PREFIX_RE.match(value)
    if iso:
        return _make_iso(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    match = FULL_DATE_RE.search(value)
    if match:
        return parse_full_date(match)
    try:
        import dateparser  # slow import; only for unusual metadata formats
    except ImportError:  # pragma: no cover - dateparser is a dependency
        return None
    parsed = dateparser.parse(value, settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False})
    return parsed.date().isoformat() if parsed else None
