"""Amounts with units: "1,100 km", "1.2 million tons of wheat", "$4.5 billion", "12 percent".

Units and currency marks live in ``quantity_units.tsv`` and ``quantity_currencies.tsv`` next to this
module. A number counts only with a unit or a currency; bare years, dates, ordinals and model
numbers (T-80UD, S-400) are not quantities.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from ..records import Quantity, Segment

HERE = Path(__file__).parent
QUANTITY_KINDS = frozenset({"body", "post", "footnote"})
SCALES: dict[str, float] = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "mln": 1e6, "bln": 1e9, "bn": 1e9, "tn": 1e12, "m": 1e6, "k": 1e3,
}
CURRENCY_ONLY_SCALES = frozenset({"m", "k"})  # "$5m", "€40k" but never "5 m"
MONTH_NAMES = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
})
GOODS_STOP = frozenset({
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "to", "from",
    "for", "in", "on", "at", "by", "and", "or", "with", "per", "each", "which", "was", "were", "is", "are",
    "them", "it", "all", "some", "any",
})
YEAR_RE = re.compile(r"^(?:1[89]|20)\d\d$")
PREVIOUS_WORD_RE = re.compile(r"([A-Za-z]+)\.?\s*$")


def _read_table(name: str) -> list[list[str]]:
    rows = []
    with (HERE / name).open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip() and not line.startswith("#"):
                rows.append(line.rstrip("\n").split("\t"))
    return rows


_ROWS = _read_table("quantity_units.tsv")
UNITS: dict[str, tuple[str, str]] = {row[0]: (row[1], row[2]) for row in _ROWS if row[2] != "goods_modifier"}
# Words that take a second goods word: "barrels of crude oil", "cubic metres of natural gas".
GOODS_MODIFIERS = frozenset(row[0] for row in _ROWS if row[2] == "goods_modifier")
CURRENCIES: dict[str, str] = {row[0]: row[1] for row in _read_table("quantity_currencies.tsv")}


def _alternation(words: Iterable[str]) -> str:
    parts = []
    for word in sorted(words, key=len, reverse=True):
        parts.append(re.escape(word).replace(r"\ ", r"\s+") + (r"(?!\w)" if word[-1].isalnum() else ""))
    return "|".join(parts)


QUANTITY_RE = re.compile(
    r"(?<![\w.,/-])"
    rf"(?:(?P<cur>{_alternation(CURRENCIES)})\s?)?"
    r"(?<![\w.,/-])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d,.]\d)(?!-\w)"
    rf"(?:\s?(?P<scale>{_alternation(SCALES)}))?"
    rf"(?:\s?(?P<unit>{_alternation(UNITS)}))?"
    r"(?P<of>\s+of\s+(?P<goods>[a-z]+(?:\s+[a-z]+)?))?"
)


def _goods(raw: str) -> str | None:
    words = raw.split()
    if not words or words[0] in GOODS_STOP:
        return None
    if len(words) > 1 and words[0] not in GOODS_MODIFIERS:
        words = words[:1]
    return " ".join(words)


def _is_date_number(text: str, start: int, end: int) -> bool:
    """True when the number sits next to a month name ("February 23", "23 February")."""
    before = PREVIOUS_WORD_RE.search(text, max(0, start - 12), start)
    if before and before.group(1).lower() in MONTH_NAMES:
        return True
    after = re.match(r"\s*([A-Za-z]+)", text[end : end + 12])
    return bool(after and after.group(1).lower() in MONTH_NAMES)


def _quantity(text: str, match: re.Match[str]) -> Quantity | None:
    cur, num, scale, unit_text = match.group("cur"), match.group("num"), match.group("scale"), match.group("unit")
    if scale and scale in CURRENCY_ONLY_SCALES and not cur:
        scale, unit_text = None, None
    if not cur and not unit_text:
        return None
    unit, kind = UNITS.get(re.sub(r"\s+", " ", unit_text), (None, None)) if unit_text else (None, None)
    if not cur and not scale and YEAR_RE.match(num) and kind not in ("count", "measure", "mass"):
        return None
    if _is_date_number(text, match.start("num"), match.end("num")):
        return None
    value = float(num.replace(",", "")) * (SCALES[scale.lower()] if scale else 1.0)
    end = match.end("unit") if unit_text else match.end("scale") if scale else match.end("num")
    if cur:
        unit = CURRENCIES[cur]
    elif kind == "currency":
        pass  # the unit table already maps "dollars" -> USD
    elif kind == "mass" and match.group("goods"):
        goods = _goods(match.group("goods"))
        if goods:
            unit = f"{unit} of {goods}"
            end = match.end("goods") if " " in goods else match.start("goods") + len(goods)
    start = match.start("cur") if cur else match.start("num")
    return Quantity(text=text[start:end], value=value, unit=unit, start=start, end=end)


def find_quantities(text: str, segments: Iterable[Segment]) -> tuple[Quantity, ...]:
    """Amounts with units in the body, post and footnote segments of ``text`` (duplicates skipped).

    text (str): the document text.
    segments (Iterable[Segment]): its segments from ``segment_text``.
    RETURNS (tuple[Quantity, ...]): in text order, offsets relative to ``text``.
    """
    found: list[Quantity] = []
    for seg in segments:
        if seg.kind not in QUANTITY_KINDS or seg.duplicate_of is not None:
            continue
        for match in QUANTITY_RE.finditer(text, seg.start, seg.end):
            quantity = _quantity(text, match)
            if quantity is not None:
                found.append(quantity)
    return tuple(found)
