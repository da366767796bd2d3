"""Amounts with units: "1,100 km", "1.2 million tons of wheat", "$4.5 billion", "12 percent",
"400 Kenyan police officers", "three villages", "a seven-day truce", "tens of thousands of refugees".

Units, number words and the words that are never counted live in ``quantity_units.tsv`` and
``quantity_currencies.tsv`` next to this module. A number counts only with a unit, a currency or a counted
noun; bare years, dates, ordinals and model numbers (T-80UD, S-400) are not quantities.
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
YEAR_RE = re.compile(r"^(?:1[89]|20)\d\d$")
PREVIOUS_WORD_RE = re.compile(r"([A-Za-z]+)\.?\s*$")
NEXT_WORD_RE = re.compile(r"\s*([A-Za-z]+)")
SPACES_RE = re.compile(r"\s+")
NEXT_WORDS_RE = re.compile(r"\s+([A-Za-z][\w-]*)")
MAX_MODIFIERS = 3
ANAPHORA_RE = re.compile(r"\b(?:the|both|all|these|those)\s+$", re.IGNORECASE)
ANAPHORIC_MAX = 4
PART_OF_RE = re.compile(r"\s+of\s+(?:the|its|their|his|her|our|those|these)(?=\s)", re.IGNORECASE)


def _read_table(name: str) -> list[list[str]]:
    rows = []
    with (HERE / name).open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip() and not line.startswith("#"):
                rows.append(line.rstrip("\n").split("\t"))
    return rows


_ROWS = _read_table("quantity_units.tsv")
_BY_KIND: dict[str, list[list[str]]] = {}
for _row in _ROWS:
    _BY_KIND.setdefault(_row[2], []).append(_row)
UNIT_KINDS = ("measure", "mass", "time", "percent", "currency", "count")
UNITS: dict[str, tuple[str, str]] = {r[0]: (r[1], r[2]) for k in UNIT_KINDS for r in _BY_KIND.get(k, [])}
# Words that take a second goods word: "barrels of crude oil", "cubic metres of natural gas".
GOODS_MODIFIERS = frozenset(r[0] for r in _BY_KIND.get("goods_modifier", []))
NUMBER_WORDS: dict[str, float] = {r[0]: float(r[1]) for r in _BY_KIND.get("number_word", [])}
VAGUE_NUMBERS = [r[0] for r in _BY_KIND.get("vague_number", [])]
NOT_COUNTED = frozenset(r[0] for r in _BY_KIND.get("not_counted", []))
CURRENCIES: dict[str, str] = {row[0]: row[1] for row in _read_table("quantity_currencies.tsv")}


def _alternation(words: Iterable[str]) -> str:
    parts = []
    for word in sorted(words, key=len, reverse=True):
        parts.append(re.escape(word).replace(r"\ ", r"\s+") + (r"(?!\w)" if word[-1].isalnum() else ""))
    return "|".join(parts)


_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_SPELLED = rf"(?:(?:{_TENS})-(?:one|two|three|four|five|six|seven|eight|nine)\b|{_alternation(NUMBER_WORDS)})"
_BEFORE = r"(?<![\w.,/-])"
_AFTER_DIGITS = r"(?![\d,.]\d)(?!-\w)"

QUANTITY_RE = re.compile(
    _BEFORE
    + rf"(?:(?P<cur>{_alternation(CURRENCIES)})\s?)?"
    + rf"{_BEFORE}(?P<num>{_DIGITS}){_AFTER_DIGITS}"
    + rf"(?:\s?(?P<scale>{_alternation(SCALES)}))?"
    + rf"(?:\s?(?P<unit>{_alternation(UNITS)}))?"
    + r"(?P<of>\s+of\s+(?P<goods>[a-z]+(?:\s+[a-z]+)?))?"
)
# A number, spelled or not, that may count the noun after it ("three villages", "19 navy vessels").
COUNT_RE = re.compile(
    rf"{_BEFORE}(?P<num>{_DIGITS}(?![\d,.]\d)(?![-\w])|(?i:{_SPELLED}))"
    r"(?:\s+(?P<scale>thousand|million|billion|trillion)\b)?"
)
HYPHEN_RE = re.compile(
    rf"{_BEFORE}(?P<num>\d+|(?i:{_SPELLED}))-(?P<unit>day|week|month|year|hour|minute|mile|km|kilometre|kilometer|ton|tonne)(?![\w-])",
    re.IGNORECASE,
)
VAGUE_RE = re.compile(rf"\b(?P<num>(?i:{_alternation(VAGUE_NUMBERS)}))\s+of\b")


def _number(raw: str) -> float:
    lower = SPACES_RE.sub(" ", raw.lower())
    if lower in NUMBER_WORDS:
        return NUMBER_WORDS[lower]
    if "-" in lower:
        tens, units = lower.split("-", 1)
        return NUMBER_WORDS.get(tens, 0.0) + NUMBER_WORDS.get(units, 0.0)
    return float(lower.replace(",", ""))


def _is_date_number(text: str, start: int, end: int) -> bool:
    """True when the number sits next to a month name ("February 23", "23 February")."""
    before = PREVIOUS_WORD_RE.search(text, max(0, start - 12), start)
    if before and before.group(1).lower() in MONTH_NAMES:
        return True
    after = NEXT_WORD_RE.match(text, end, end + 12)
    return bool(after and after.group(1).lower() in MONTH_NAMES)


def _goods(raw: str) -> str | None:
    words = raw.split()
    if not words or words[0] in NOT_COUNTED:
        return None
    if len(words) > 1 and words[0] not in GOODS_MODIFIERS:
        words = words[:1]
    return " ".join(words)


def _unit_quantity(text: str, match: re.Match[str]) -> Quantity | None:
    cur, num, scale, unit_text = match.group("cur"), match.group("num"), match.group("scale"), match.group("unit")
    if scale and scale in CURRENCY_ONLY_SCALES and not cur:
        scale, unit_text = None, None
    if not cur and not unit_text:
        return None
    unit, kind = UNITS.get(SPACES_RE.sub(" ", unit_text), (None, None)) if unit_text else (None, None)
    if not cur and not scale and YEAR_RE.match(num) and kind not in ("count", "measure", "mass"):
        return None
    if _is_date_number(text, match.start("num"), match.end("num")):
        return None
    value = _number(num) * (SCALES[scale.lower()] if scale else 1.0)
    end = match.end("unit") if unit_text else match.end("scale") if scale else match.end("num")
    if cur:
        unit = CURRENCIES[cur]
    elif kind == "mass" and match.group("goods"):
        goods = _goods(match.group("goods"))
        if goods:
            unit = f"{unit} of {goods}"
            end = match.end("goods") if " " in goods else match.start("goods") + len(goods)
    start = match.start("cur") if cur else match.start("num")
    return Quantity(text=text[start:end], value=value, unit=unit, start=start, end=end)


def _counted(text: str, pos: int, limit: int) -> tuple[str, int] | None:
    """The counted noun phrase starting at ``pos``: (unit, end), with up to three modifiers before a plural
    noun or a known unit ("Kenyan police officers" -> "police officers"); None when there is none."""
    words: list[re.Match[str]] = []
    cursor = pos
    while len(words) <= MAX_MODIFIERS:
        match = NEXT_WORDS_RE.match(text, cursor, limit)
        if not match:
            break
        words.append(match)
        cursor = match.end()
    demonym: tuple[str, int] | None = None
    demonym_at = 0
    for k, match in enumerate(words):
        word = match.group(1)
        lower = word.lower()
        if lower in NOT_COUNTED or lower.endswith("ly"):
            return demonym
        known = UNITS.get(lower)
        plural = len(word) >= 4 and (word.endswith("s") and not word.endswith("ss") or word.endswith("men"))
        if word.islower() and (known or plural):
            modifiers = [m.group(1) for m in words[:k] if m.group(1).islower()]
            noun = known[0] if known and not modifiers else lower
            return " ".join([*modifiers, noun]), match.end()
        if demonym is not None and (not word.islower() or lower.endswith("ed") or k > demonym_at + 2):
            break
        if demonym is None and word[:1].isupper() and len(word) >= 5:
            if word.endswith("ans"):  # "300 Armenians": a plural people noun
                return word, match.end()
            if word.endswith("ese"):  # "two Sudanese", but "two Chinese shipping firms" counts the firms
                demonym, demonym_at = (word, match.end()), k
    return demonym


def _count_quantity(text: str, match: re.Match[str], limit: int) -> Quantity | None:
    num, scale = match.group("num"), match.group("scale")
    if _is_date_number(text, match.start("num"), match.end("num")):
        return None
    part = PART_OF_RE.match(text, match.end(), limit)  # "41 of its diplomats"
    counted = _counted(text, part.end() if part else match.end(), limit)
    if counted is None:
        return None
    unit, end = counted
    direct = NEXT_WORDS_RE.match(text, match.end(), limit)
    plain_unit = part is None and direct is not None and direct.end() == end
    if YEAR_RE.match(num) and not (plain_unit and unit in {v[0] for v in UNITS.values()}):
        return None
    value = _number(num) * (SCALES[scale] if scale else 1.0)
    if value == 1 and not plain_unit:
        return None
    if not num[0].isdigit() and value <= ANAPHORIC_MAX and ANAPHORA_RE.search(text, max(0, match.start() - 6), match.start()):
        return None  # "the two leaders": a reference to actors already named, not an amount
    return Quantity(text=text[match.start() : end], value=value, unit=unit, start=match.start(), end=end)


def _candidates(text: str, start: int, end: int) -> Iterable[Quantity]:
    for match in QUANTITY_RE.finditer(text, start, end):
        found = _unit_quantity(text, match)
        if found:
            yield found
    for match in COUNT_RE.finditer(text, start, end):
        found = _count_quantity(text, match, end)
        if found:
            yield found
    for match in HYPHEN_RE.finditer(text, start, end):
        unit = UNITS.get(match.group("unit").lower() + "s", UNITS.get(match.group("unit").lower(), ("", "")))[0]
        yield Quantity(match.group(0), _number(match.group("num")), unit or match.group("unit").lower(),
                       match.start(), match.end())
    for match in VAGUE_RE.finditer(text, start, end):
        counted = _counted(text, match.end(), end)
        if counted:
            yield Quantity(text[match.start() : counted[1]], None, counted[0], match.start(), counted[1])


def find_quantities(text: str, segments: Iterable[Segment]) -> tuple[Quantity, ...]:
    """Amounts with units in the body, post and footnote segments of ``text`` (duplicates skipped).

    text (str): the document text.
    segments (Iterable[Segment]): its segments from ``segment_text``.
    RETURNS (tuple[Quantity, ...]): in text order, without overlaps, offsets relative to ``text``.
    """
    found: list[Quantity] = []
    for seg in segments:
        if seg.kind not in QUANTITY_KINDS or seg.duplicate_of is not None:
            continue
        candidates = sorted(_candidates(text, seg.start, seg.end), key=lambda q: (q.start, -(q.end - q.start)))
        last_end = -1
        for quantity in candidates:
            if quantity.start >= last_end:
                found.append(quantity)
                last_end = quantity.end
    return tuple(found)
