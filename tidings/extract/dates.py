"""Date expressions: find them in a Doc, pick the one that governs an event, resolve it to an ISO date.

Resolution is done here, not with dateparser, because the precision must be kept ("in August 2021" is a month,
not the 1st or the publication day) and ranges give their first day ("February 23-24" -> the 23rd).
Relative expressions ("yesterday", "on Tuesday", "last month", "a week later") are resolved against the
publication date, or against an explicit date earlier in the same sentence for "later/earlier". Nothing is
guessed: without a year or an anchor the result is None.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from .status import clause_chain, status_words

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "several": None, "few": None}

_M = r"(?P<m>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_MF = r"(?P<m>" + "|".join(name.lower() for name in calendar.month_name if name) + r")"  # full names only
_D = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_D2 = r"(?:\s*[-–]\s*[0-3]?\d(?:st|nd|rd|th)?)?"
_Y = r"(?P<y>(?:1[89]|20)\d\d)"
_Y2 = r"(?:\s*[-–]\s*(?:1[89]|20)?\d\d)?"
_NUM = r"(?P<n>\d+|" + "|".join(NUMBER_WORDS) + r")"
_UNIT = r"(?P<unit>day|week|month|year)s?"

PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(rx, re.IGNORECASE))
    for kind, rx in (
        ("iso", r"\b(?P<y>(?:1[89]|20)\d\d)-(?P<mm>[01]\d)-(?P<d>[0-3]\d)\b"),
        ("mdy", rf"\b{_M}\s+{_D}{_D2},?\s+{_Y}\b"),
        ("dmy", rf"\b{_D}{_D2}\s+(?:of\s+)?{_M},?\s+{_Y}\b"),
        ("my", rf"\b{_M},?\s+(?:of\s+)?{_Y}\b"),
        ("m", rf"\b(?:in|since|during|until|from|early|late|mid|mid-|last|next|this|by)\s+(?:early\s+|late\s+|mid-?)?{_MF}\b(?!\s*[0-3]?\d\b)(?!,?\s+(?:1[89]|20)\d\d)"),
        ("md", rf"\b{_M}\s+{_D}{_D2}\b(?!\d)"),
        ("dm", rf"\b{_D}{_D2}\s+(?:of\s+)?{_M}\b"),
        ("season", rf"\b(?P<lead>in|during|by|until|this|next|last|early|late)\s+(?:the\s+)?(?:early\s+|late\s+)?"
                   rf"(?P<season>spring|summer|autumn|fall|winter)\b(?:\s+of\s+{_Y}\b|(?!\s+of\b))"),
        ("years", rf"\b(?:in|since|during|by|until|from|of|around|before|after|early|late|mid)\s+(?P<core>(?:the\s+years?\s+)?{_Y}{_Y2})\b"),
        ("years", rf"\bthe\s+years?\s+{_Y}{_Y2}\b"),
        ("rel_day", r"\b(?P<w>yesterday|today|tomorrow|overnight|tonight|last\s+night"
                    r"|this\s+(?:morning|afternoon|evening))\b"),
        ("weekday", r"\b(?:on\s+|last\s+|next\s+|this\s+)?(?P<w>" + "|".join(WEEKDAYS) + r")\b"),
        ("rel_unit", r"\b(?P<dir>last|next|this|past|coming)\s+(?P<unit>week|month|year)\b"),
        ("period_end", r"\b(?:by|before)\s+(?:the\s+end\s+of\s+(?:the|this)\s+(?P<unit>month|year)"
                       r"|(?:the|this)\s+(?P<unit2>month|year)\s+is\s+out|(?P<unit3>month|year)(?:'s|’s)\s+end)\b"),
        ("offset", rf"\b{_NUM}\s+{_UNIT}\s+(?P<dir>later|earlier|ago|after|before)\b"),
        ("near_day", r"\b(?:the\s+(?P<rel>same|next|following|previous|preceding)\s+day|that\s+(?P<that>same\s+)?day"
                     r"|the\s+day\s+(?P<ba>before|after))\b"),
    )
)
# Used only when resolving a span already known to be a date ("1999" cut from "in 1999").
BARE_YEAR = re.compile(rf"^(?:the\s+years?\s+)?{_Y}{_Y2}$", re.IGNORECASE)
DATE_GROUP = "tidings_dates"
DASHES = frozenset({"-", "–", "—", "--"})
CLAUSE_DEPS = frozenset({"relcl", "acl"})  # a date inside a relative clause dates that clause only
PRECISION_OF_LENGTH = {4: "year", 7: "month", 10: "day"}
# Day words counted from the publication day ("overnight" in a morning story is the night just gone).
REL_DAYS = {"yesterday": -1, "last night": -1, "tomorrow": 1}
# A date after "since" starts a period that is still running; it is not the day of the act.
PERIOD_STARTS = frozenset({"since"})
# Kinds that only make sense next to their event or an anchor: never used as a sentence-wide fallback.
RELATIVE_KINDS = frozenset({"offset", "weekday", "rel_unit", "near_day", "period_end"})
# Dependency steps a misplaced date may take up to the verb it dates.
DEEP_DEPS = frozenset({"prep", "pobj", "dobj", "conj", "compound", "appos", "agent", "nmod", "npadvmod", "pcomp"})
# The month a season begins in (northern seasons, as the news mostly means them).
SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
# Days counted from the anchor date: "the next day", "the day before", "that same day".
NEAR_DAYS = {"same": 0, "next": 1, "following": 1, "previous": -1, "preceding": -1, "after": 1, "before": -1}


def find_dates(doc: Doc) -> list[Span]:
    """Token spans of the date expressions of ``doc`` (non-overlapping, leftmost-longest)."""
    found: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    text = doc.text  # built from the tokens on every access: read it once
    for kind, rx in PATTERNS:
        for m in rx.finditer(text):
            start, end = (m.start("core"), m.end("core")) if "core" in rx.groupindex else m.span()
            if any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            found.append((start, end, kind))
    spans = []
    for start, end, kind in sorted(found):
        span = doc.char_span(start, end, label=kind, alignment_mode="expand")
        if span is not None and not _is_dateline(span):
            spans.append(span)
    return spans


def _is_dateline(span: Span) -> bool:
    """ "CITY, May 2, 2024 - ...": the filing date of the story, not the date of an event."""
    doc = span.doc
    return span.start < 8 and span.end < len(doc) and doc[span.end].text in DASHES


def _in_span(tok: Token, spans: list[Span]) -> Span | None:
    for span in spans:
        if span.start <= tok.i < span.end:
            return span
    return None


def _attached(tok: Token, spans: list[Span], skip: set[int]) -> Span | None:
    """A date hanging directly off ``tok`` (through a preposition or as a bare noun phrase)."""
    for child in tok.children:
        if child.i in skip:
            continue
        if child.dep_ == "prep":
            if child.lower_ in PERIOD_STARTS:
                continue
            for pobj in child.children:
                hit = _in_span(pobj, spans)
                if hit is not None:
                    return hit
        elif child.dep_ in ("npadvmod", "tmod", "pobj", "nummod", "appos"):
            hit = _in_span(child, spans)
            if hit is not None:
                return hit
        hit = _in_span(child, spans) if child.dep_ in ("advmod", "prep") else None
        if hit is not None:
            return hit
    if tok.pos_ in ("NOUN", "PROPN"):  # "a visit planned for early September", "talks set for June"
        after = tok.right_edge.i + 1
        # the parser often hangs that participle on the verb instead: take it when it follows the noun
        reduced = [c for c in tok.head.children if c.dep_ == "advcl" and c.i == after] if tok.dep_ == "dobj" else []
        for acl in [*tok.children, *reduced]:
            if acl.dep_ in ("acl", "advcl") and acl.tag_ in ("VBN", "VBD") and acl.i not in skip and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in acl.children
            ):
                hit = _attached(acl, spans, skip)
                if hit is not None:
                    return hit
    return None


def date_for(head: Token, spans: list[Span]) -> tuple[Span | None, bool]:
    """(date expression governing the event whose trigger head is ``head``, whether it sits in the event's
    own clause); (None, False) when no date governs it."""
    if not spans:
        return None, False
    chain = clause_chain(head)
    if chain[-1].dep_ == "ccomp" and chain[-1].pos_ in ("NOUN", "PROPN") and not any(
        c.dep_ in ("aux", "cop") for c in chain[-1].children
    ):
        chain = [*chain, chain[-1].head]  # "declared X persona non grata on Tuesday": the verb's date
    seen: set[int] = set()
    for tok in chain:
        hit = _attached(tok, spans, seen)
        for obj in (c for c in tok.children if c.dep_ in ("dobj", "attr") and hit is None):
            hit = _attached(obj, spans, seen)  # "summoned the ambassador on Monday", attached to the object
        if hit is not None:
            return hit, True
        seen.add(tok.i)
        for t in (tok,) if tok.dep_ in ("relcl", "advcl", "acl") else ():
            if _in_span(t.head, spans) is not None:
                return _in_span(t.head, spans), False  # "on January 17, when he praised ..."
    for comp in (c for c in head.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")):
        hit = _attached(comp, spans, seen)  # "ordered X to leave within 48 hours on Thursday": one act
        if hit is not None:
            return hit, True
    top = chain[-1]
    if top.dep_ == "conj" and top.pos_ in ("VERB", "AUX") and top.head.pos_ in ("VERB", "AUX"):
        hit = _attached(top.head, spans, seen)  # "X was summoned on Sunday, and a protest was held ...": one day
        if hit is not None and hit.start < top.i:
            return hit, False
    if head.dep_ == "advcl" and head.tag_ in ("VBG", "VBN") and head.head is not head and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in head.children
    ):
        return date_for(head.head, spans)  # "attacked X on Sunday, killing two": the participle's date
    sent = head.sent
    deep = _deep_date(chain, [s for s in spans if sent.start <= s.start < sent.end])
    if deep is not None:
        return deep, False
    same = [s for s in spans if sent.start <= s.start < sent.end and s.label_ not in RELATIVE_KINDS
            and not _starts_period(s)]
    # the only date of the sentence, unless it sits in a relative clause ("the officer it had jailed in 2021")
    if len(same) == 1 and not any(_dates_another_act(t) for t in _path_to_root(same[0].root, sent.root)):
        return same[0], False
    return None, False


def _deep_date(chain: list[Token], in_sentence: list[Span]) -> Span | None:
    """The only date told under the event's verb when the parser hung it deep inside its object ("seized
    a ship owned by a firm linked to X near Y on Saturday"): reached from the verb through prepositions,
    objects and descriptive participles only, never through a clause of its own or "since"."""
    verb = next((t for t in chain if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    below = [s for s in in_sentence if verb.left_edge.i <= s.start and s.end <= verb.right_edge.i + 1]
    if len(below) != 1 or _starts_period(below[0]):
        return None  # the only date told under the verb ("X, which brokered a deal in 2015, ... in May")
    tok = below[0].root
    if tok.i != verb.i and not below[0].start <= tok.head.i < below[0].end:
        tok = tok.head  # the first step leaves the date itself, whatever it is ("before the year is out")
    for _ in range(12):
        if tok.i == verb.i:
            return below[0]
        if tok.dep_ == "acl" and tok.lemma_.lower() in status_words()["stative_participle"] and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in tok.children
        ):
            tok = tok.head
            continue
        if tok.dep_ not in DEEP_DEPS or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _starts_period(span: Span) -> bool:
    """ "since 2021", "since last April": the start of a period, not the date of an act."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return span[0].lower_ in PERIOD_STARTS or (before is not None and before.lower_ in PERIOD_STARTS)


def _dates_another_act(tok: Token) -> bool:
    """True when a date below ``tok`` belongs to another act: a relative clause ("the officer it had jailed
    in 2021"), a "since" clause ("since a truce took effect last April")."""
    if tok.dep_ in CLAUSE_DEPS:
        return True
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in PERIOD_STARTS for c in tok.children)


def _path_to_root(tok: Token, root: Token) -> list[Token]:
    path = []
    while tok is not root and tok.head is not tok and len(path) < 30:
        path.append(tok)
        tok = tok.head
    return path


# -- resolution -------------------------------------------------------------------------------------

def _parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        parts = [int(p) for p in value[:10].split("-")]
        return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


def _fmt(day: date, precision: str) -> str:
    return {"day": day.isoformat(), "month": day.isoformat()[:7], "year": str(day.year)}[precision]


def _number(word: str) -> int | None:
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower())


def _shift(day: date, amount: int, unit: str) -> date:
    if unit == "day":
        return day + timedelta(days=amount)
    if unit == "week":
        return day + timedelta(weeks=amount)
    months = day.month - 1 + (amount if unit == "month" else 12 * amount)
    year, month = day.year + months // 12, months % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def resolve_date(
    text: str, published: str | None = None, anchor: str | None = None, future: bool = False,
    inverted: bool = False,
) -> tuple[str, str] | None:
    """Resolve one date expression to (ISO date, precision) or None when the text does not fix it.

    text: the expression ("February 23-24", "in August 2021", "yesterday", "a week later").
    published: the publication date (ISO) for year-less and relative expressions.
    anchor: an explicit date of the same sentence that "later"/"earlier" count from.
    future: the event is planned, so a bare weekday means the next one rather than the last one.
    inverted: the event is the one told AFTER "two days after/before" (the anchor is the other act's date:
    "Y happened on Tuesday, two days after X" dates X two days before Tuesday).
    """
    pub = _parse_iso(published)
    for kind, rx in (*PATTERNS, ("years", BARE_YEAR)):
        m = rx.search(text.strip())
        if m is None:
            continue
        try:
            found = _resolve(kind, m, pub, _parse_iso(anchor), future, inverted)
            if found is not None and anchor and (kind == "near_day" or (
                kind == "offset" and m.group("dir").lower() != "ago"
            )):
                found = _coarsen(found, PRECISION_OF_LENGTH.get(len(anchor), "day"))
            return found
        except ValueError:
            return None
    return None


def _coarsen(found: tuple[str, str], precision: str) -> tuple[str, str]:
    """A date counted from a month or a year is known no better than that ("In May ... a week later")."""
    order = ("year", "month", "day")
    if order.index(precision) >= order.index(found[1]):
        return found
    return found[0][: {"year": 4, "month": 7}[precision]], precision


def _season(g: dict[str, str | None], pub: date | None, future: bool) -> tuple[str, str] | None:
    """The year of "in the spring", "next summer", "in the autumn of 2021" (a season is known to its year only;
    "last winter" spans two years and is left unresolved)."""
    if g.get("y"):
        return str(g["y"]), "year"
    lead, season = (g["lead"] or "").lower(), (g["season"] or "").lower()
    if pub is None or (lead == "last" and season == "winter"):
        return None
    start = SEASON_START[season]
    if lead == "this":
        year = pub.year
    elif lead == "next" or (future and lead != "last"):
        year = pub.year + (1 if lead == "next" or start < pub.month else 0)
    else:  # told of the past: the last such season begun by publication
        year = pub.year if start <= pub.month else pub.year - 1
    return str(year), "year"


def _resolve(
    kind: str, m: re.Match[str], pub: date | None, anchor: date | None, future: bool, inverted: bool = False
) -> tuple[str, str] | None:
    g = m.groupdict()
    if kind == "iso":
        return _fmt(date(int(g["y"]), int(g["mm"]), int(g["d"])), "day"), "day"
    if kind in ("mdy", "dmy"):
        return _fmt(date(int(g["y"]), MONTHS[g["m"].lower()], int(g["d"])), "day"), "day"
    if kind == "my":
        return _fmt(date(int(g["y"]), MONTHS[g["m"].lower()], 1), "month"), "month"
    if kind == "m":
        if pub is None:
            return None
        month = MONTHS[g["m"].lower()]
        lead = m.group(0).lower()
        year = pub.year
        if lead.startswith("next") or (future and month < pub.month):
            year += 1 if month < pub.month or lead.startswith("next") else 0
        elif month > pub.month and not future:
            year -= 1  # "in November", written in March, is the last one
        return f"{year:04d}-{month:02d}", "month"
    if kind in ("md", "dm"):
        if pub is None:
            return None
        return _fmt(date(pub.year, MONTHS[g["m"].lower()], int(g["d"])), "day"), "day"
    if kind == "years":
        return g["y"], "year"
    if kind == "season":
        return _season(g, pub, future)
    if pub is None:
        return None
    if kind == "rel_day":
        word = " ".join(g["w"].lower().split())
        delta = REL_DAYS.get(word, 0)
        return _fmt(pub + timedelta(days=delta), "day"), "day"
    if kind == "weekday":
        target = WEEKDAYS[g["w"].lower()]
        lead = m.group(0).lower()
        if lead.startswith("next") or (future and not lead.startswith("last")):
            day = pub + timedelta(days=(target - pub.weekday()) % 7 or 7)
        else:
            day = pub - timedelta(days=(pub.weekday() - target) % 7)
        return _fmt(day, "day"), "day"
    if kind == "rel_unit":
        step = {"last": -1, "past": -1, "next": 1, "coming": 1, "this": 0}[g["dir"].lower()]
        unit = g["unit"].lower()
        day = _shift(pub, step, unit)
        precision = "year" if unit == "year" else "month"
        return _fmt(day, precision), precision
    if kind == "period_end":  # "by the end of the year", "before the year is out": this year (month)
        unit = (g.get("unit") or g.get("unit2") or g.get("unit3") or "year").lower()
        return (_fmt(pub, "year"), "year") if unit == "year" else (_fmt(pub, "month"), "month")
    if kind == "near_day":
        if anchor is None:
            return None
        word = (g.get("rel") or g.get("ba") or "same").lower()
        return _fmt(anchor + timedelta(days=NEAR_DAYS[word]), "day"), "day"
    if kind == "offset":
        amount = _number(g["n"])
        if amount is None:
            return None
        unit = g["unit"].lower()
        direction = g["dir"].lower()
        base = pub if direction == "ago" else anchor
        if base is None and inverted and unit in ("month", "year"):
            base = pub  # "Six years after X walked out, the policy has ...": counted back from now, to the year
        if base is None:
            return None
        sign = 1 if direction in ("later", "after") else -1
        if inverted and direction in ("after", "before"):
            sign = -sign
        day = _shift(base, sign * amount, unit)
        precision = {"day": "day", "week": "day", "month": "month", "year": "year"}[unit]
        return _fmt(day, precision), precision
    return None


# -- anchors and occasions (used in finalisation) ------------------------------------------------------

# A date given as the one an act was scheduled for lies ahead of the report ("a visit planned for September").
SCHEDULED = re.compile(r"\b(?:planned|scheduled|set|due|slated)\s+(?:for|in|on)\s+$", re.IGNORECASE)
_ANCHOR_KINDS = ("iso", "mdy", "dmy", "my", "m", "md", "dm", "years", "rel_day", "weekday")
# The end of a sentence: a full stop (not after a one-letter initial or an abbreviated month) or a line break.
_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z]{2})[.!?][\"'”’]?\s+(?=[A-Z\"“])|\n+")
# A stretch counted from another act: "two days after", "a week before".
SHIFT_AFTER = re.compile(r"\b(?:after|before)$", re.IGNORECASE)
# What follows the date of a dateline ("CITY, May 2, 2024 - ...").
_DATELINE_END = re.compile(r"\s*(?:[-–—]|--)\s")
# Words that tie an act to the one told just before it, on the same occasion ("In return, X freed ...", "In the
# same statement X withdrew ...", "X also agreed ..."): an undated act so told takes that occasion's date.
_CONTINUATION = re.compile(
    r"\b(?:also|in\s+return|in\s+exchange|in\s+turn|at\s+the\s+same\s+time"
    r"|(?:in|at|during)\s+the\s+same\s+(?:statement|speech|call|meeting|announcement|interview|letter|address"
    r"|session|communiqu[eé]|summit|talks|ceremony|news\s+conference|press\s+conference|visit))\b",
    re.IGNORECASE,
)
# The time of day that opens an entry of a live blog ("14:30 - ..."): the entry tells acts of the blog's day.
_ENTRY_TIME = re.compile(r"\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:GMT|UTC|[A-Z]{3,4})?\s*[-–—|:]\s")
# Statuses of acts that a continuation or a blog entry dates (what is planned looks forward, not to the day).
DATED_BY_OCCASION = frozenset({"occurred", "negated"})
CONTINUATION_REACH = 400  # characters before the sentence in which the occasion's date must be told
ANCHOR_WINDOW = 200  # characters before a relative date in which an explicit date can anchor it


def anchor_date(
    text: str, at: int, floor: int, published: str | None = None, reach: int = ANCHOR_WINDOW,
    latest: bool = False, main: bool = False, end: int | None = None,
) -> str | None:
    """The date a relative date expression (from ``at`` to ``end``) counts from, as ISO at its own precision
    (a full date, or a month or year: "In December ... A week later" counts from December): the last date
    before it in its own sentence, else the FIRST date of the nearest sentence before it that has one (the date of that
    sentence's main act: "A month ago X told parliament ... killing in June. Y acted the same day" counts
    from a month ago), told within ``reach`` characters before it and after ``floor`` (the segment start).
    Expressions that themselves need an anchor ("two days later") are skipped; "ago" counts from publication
    and may anchor; a dateline is not an anchor. ``latest``: the LAST date of that sentence instead (the
    act told just before, for "In return, ...", "X also ..."). ``main``: the FIRST date of the expression's own
    sentence when it has one (the main act's: "Y acted on Tuesday, two days after X ...")."""
    begin = max(floor, at - 3 * reach)  # room for the start of the sentence found
    window = text[begin:at]
    first: dict[int, str] = {}  # by position: the first pattern that reads a date there (the most precise)
    matches = [(kind, m) for kind, rx in PATTERNS if kind in _ANCHOR_KINDS or kind == "offset"
               for m in rx.finditer(window)]
    # "CITY, May 2, 2024 - ...": the filing date, not the date of an act (nor "May 2" inside it)
    datelines = [m.span() for _, m in matches if _DATELINE_END.match(window, m.end())]
    for kind, m in matches:
        if kind == "offset" and m.group("dir").lower() != "ago":
            continue
        if any(a <= m.start() < b for a, b in datelines):
            continue
        future = bool(SCHEDULED.search(window, max(0, m.start() - 30), m.start()))  # "planned for May"
        resolved = resolve_date(m.group(0), published, future=future)
        if resolved:
            first.setdefault(m.start(), resolved[0])
    found = sorted(first.items())
    if not found or found[-1][0] < len(window) - reach:
        return None
    upto = at if end is None else end
    ends = [m.end() for m in _SENTENCE_END.finditer(text[begin:upto]) if m.end() <= len(window)]
    own = ends[-1] if ends else 0
    same = [f for f in found if f[0] >= own]
    if same:
        return same[0][1] if main else same[-1][1]
    before = [e for e in ends if e <= found[-1][0]]  # the start of the last sentence holding a date
    start = before[-1] if before else 0
    if latest:
        return found[-1][1]
    return next(f[1] for f in found if f[0] >= start)


def _sentence_start(text: str, pos: int, floor: int) -> int:
    """Where the sentence holding ``pos`` begins (not before ``floor``)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, floor, pos)]
    return ends[-1] if ends else floor


def occasion_date(
    trigger_start: int, segment_start: int, segment_index: int, text: str, base: str | None,
    floors: dict[int, int],
) -> tuple[str, str] | None:
    """The date of the occasion an undated act belongs to: the day of a live-blog entry ("14:30 - X
    condemned ..."), or, for an act tied to the one told before it ("In return, X freed ...", "X also
    agreed ..."), the last date told before it, within its sentence or the nearest sentence before it
    that has one, in this paragraph or the one before, when that date is a day."""
    if _ENTRY_TIME.match(text, segment_start) and base:
        return base[:10], "day"
    start = _sentence_start(text, trigger_start, segment_start)
    if not _CONTINUATION.search(text, start, trigger_start):
        return None
    floor = floors.get(segment_index, segment_start)
    anchor = anchor_date(text, start, floor, base, reach=CONTINUATION_REACH, latest=True)
    if anchor is None or len(anchor) < 10:
        return None  # an occasion is a day: a month or a year told before is background ("imposed in 2019")
    return anchor, PRECISION_OF_LENGTH.get(len(anchor), "day")
