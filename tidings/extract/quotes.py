"""Quotations at document level: where a quote runs, and who is named as saying it.

A quotation may run over several paragraphs (each its own segment), so it is found on the whole text:
paired curly quotes, or straight double quotes, with the speaker named right after the closing mark
(", writes X", "X said") or right before the opening one ("X said:"). In a question-and-answer interview
the answers ("A: ...") are the interviewee's words, named where the piece says whom it interviewed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_QUOTE = 2000  # characters; longer "quotes" are unpaired marks
_VERBS = r"(?:writes|wrote|said|says|told\s+\w+|tells\s+\w+|added|adds|notes|noted|stated|states|explained|explains|" \
         r"insisted|insists|argued|argues|declared|declares|claimed|claims|reported|reports|tweeted|posted)"
_NAME = r"(?P<name>(?:[A-Z][\w.'’-]+)(?:\s+(?:[A-Z][\w.'’-]+|of|the|de|al|bin|van|von)){0,5})"
AFTER_RE = re.compile(rf"[\s,.]*(?:{_VERBS}\s+{_NAME}|{_NAME.replace('?P<name>', '?P<name2>')}\s+{_VERBS})")
BEFORE_RE = re.compile(rf"{_NAME}\s+{_VERBS}\s*[:,]?\s*$")
PAIRED_RE = re.compile(r"“([^“”]{1,%d})”" % MAX_QUOTE, re.DOTALL)
STRAIGHT_RE = re.compile(r'"([^"]{1,%d})"' % MAX_QUOTE, re.DOTALL)


# "an interview with Kazakhstan's foreign minister", "Interview with President X:" (in the title or lead).
INTERVIEWEE_RE = re.compile(r"\binterview\s+with\s+(?P<who>[^,.:;!?\n()\"“”]{3,80})", re.IGNORECASE)
INTERVIEW_LEAD = 800  # characters from the start in which the interviewee is named
ANSWER_RE = re.compile(r"^A\s*[:.]\s", re.MULTILINE)  # an answer paragraph opens with "A:"
QUESTION_RE = re.compile(r"^Q\s*[:.]\s", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Quote:
    """A quoted stretch ``text[start:end]`` (inside the marks) and the speaker named next to it."""

    start: int
    end: int
    speaker: str | None


def find_quotes(text: str) -> list[Quote]:
    """Quotations of the document with their speakers (None when no speaker is named next to them)."""
    quotes: list[Quote] = []
    for rx in (PAIRED_RE, STRAIGHT_RE):
        for m in rx.finditer(text):
            if any(q.start <= m.start(1) < q.end for q in quotes):
                continue
            if rx is STRAIGHT_RE and len(m.group(1).split()) < 4:
                continue  # scare quotes: "welcomed", "sworn friend"
            after = AFTER_RE.match(text, m.end(), min(len(text), m.end() + 120))
            before = BEFORE_RE.search(text, max(0, m.start() - 120), m.start())
            speaker = None
            if after is not None:
                speaker = after.group("name") or after.group("name2")
            elif before is not None:
                speaker = before.group("name")
            quotes.append(Quote(m.start(1), m.end(1), speaker.strip() if speaker else None))
    return sorted(quotes, key=lambda q: q.start)


def quote_speaker(quotes: list[Quote], start: int, end: int) -> str | None:
    """The named speaker of the quote that holds ``text[start:end]``, if any."""
    for q in quotes:
        if q.start <= start and end <= q.end:
            return q.speaker
    return None


def interview_answers(text: str) -> tuple[str | None, list[tuple[int, int]]]:
    """(the interviewee as named in the title or lead, the spans of the answers) of a question-and-answer
    interview; (None, []) when the text has no "Q:" and "A:" paragraphs. An answer runs from "A:" to the
    next "Q:" (or the end)."""
    answers = [m.start() for m in ANSWER_RE.finditer(text)]
    questions = [m.start() for m in QUESTION_RE.finditer(text)]
    if not answers or not questions:
        return None, []
    named = INTERVIEWEE_RE.search(text, 0, min(len(text), INTERVIEW_LEAD))
    who = named.group("who").strip() if named else None
    spans = []
    for start in answers:
        end = min((q for q in questions if q > start), default=len(text))
        spans.append((start, end))
    return who, spans


def answer_speaker(interview: tuple[str | None, list[tuple[int, int]]], start: int, end: int) -> str | None:
    """The interviewee when ``text[start:end]`` lies in one of the answers, else None."""
    who, spans = interview
    if who is None:
        return None
    return who if any(a <= start and end <= b for a, b in spans) else None
