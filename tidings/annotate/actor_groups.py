"""Named groups of states: "the Baltic states", "the Nordic countries", "the two Koreas".

A group whose membership is a stable fact (``data/actors/state_groups.tsv``) stands for each member, like a
list of the member countries. The component emits it as a mention of kind ``PAIR`` whose key lists the members
("S:EST|LVA|LTU"); the resolver gives ``Resolution.members`` the member countries, so finalize codes one event
per member as it does for "both countries".
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from .actor_pairs import PAIR_KIND
from .actor_parts import Phrase

GROUP_PREFIX = "S:"
_DATA = Path(__file__).resolve().parents[1] / "data" / "actors" / "state_groups.tsv"
_CODE_RE = re.compile(r"^[A-Z]{3}$")


@lru_cache(maxsize=1)
def state_groups() -> dict[str, tuple[str, ...]]:
    """Group name (as written, without "the") -> member country codes."""
    with _DATA.open(encoding="utf-8") as handle:
        rows = csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t")
        next(rows, None)
        table: dict[str, tuple[str, ...]] = {}
        for row in rows:
            if len(row) < 2:
                continue
            members = tuple(code.strip() for code in row[1].split("|"))
            if not all(_CODE_RE.match(code) for code in members):
                raise ValueError(f"{_DATA}: bad member codes in line for {row[0]!r}")
            for name in row[0].split("|"):
                table[name.strip()] = members
        return table


@lru_cache(maxsize=1)
def _group_re() -> re.Pattern[str]:
    """The group names, with or without "the" and a number word; an apostrophe may be straight or curly."""
    names = sorted(state_groups(), key=len, reverse=True)
    alternatives = "|".join(re.escape(n).replace("'", "['\u2019]") for n in names)
    return re.compile(r"\b(?:[Tt]he\s+)?(?:(?:two|three|four|five|six)\s+)?(?P<name>" + alternatives + r")\b")


def group_key(members: tuple[str, ...]) -> str:
    return GROUP_PREFIX + "|".join(members)


def group_members(key: str) -> tuple[str, ...]:
    """The member codes a group key names (empty when it is no group key)."""
    if not key.startswith(GROUP_PREFIX):
        return ()
    return tuple(key[len(GROUP_PREFIX):].split("#", 1)[0].split("|"))


def group_phrases(doc: Doc) -> list[Phrase]:
    """The named groups of states in ``doc``, as PAIR phrases (not one that modifies a noun: "Baltic states
    summit" is a meeting)."""
    found = []
    for match in _group_re().finditer(doc.text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or span[-1].dep_ == "compound":
            continue
        members = state_groups()[match.group("name").replace("\u2019", "'")]
        found.append(Phrase(span.start, span.end, PAIR_KIND, "COUNTRY", span.text, key=group_key(members)))
    return found
