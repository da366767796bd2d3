"""Load the extraction lexicons (trigger words, status cues, reporting verbs) from TSV data files.

The files live in ``tidings/data/lexicon/``; see docs/extraction.md for their columns. Lines starting with
``#`` and blank lines are ignored. Loading is cached; ``reset_caches()`` forgets the cache.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..records import PLOVER_TYPES, STATUSES

LEXICON_DIR = Path(__file__).resolve().parents[1] / "data" / "lexicon"
# A pattern's words: spaCy splits a hyphen between letters into a token of its own ("sit-in" -> sit, -, in),
# so a hyphenated pattern is split the same way.
PATTERN_WORDS = re.compile(r"[^\s-]+|-")
POS_TAGS = {"V": ("VERB", "AUX"), "N": ("NOUN", "PROPN"), "A": ("ADJ",), "*": ("VERB", "NOUN", "PROPN", "ADJ")}
CUE_PLACES = frozenset({"aux", "gov", "mod", "pred", "mark"})


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """One line of triggers.tsv: a lemma pattern with its event type, mode and argument frame."""

    index: int
    pattern: str
    lemmas: tuple[str, ...]
    pos: tuple[str, ...]
    type: str
    mode: str | None
    objects: frozenset[str] = frozenset()  # required object lemmas (empty: none required)
    preps: frozenset[str] = frozenset()  # required prepositions (empty: none required)
    modifiers: frozenset[str] = frozenset()  # required modifier lemmas ("joint" exercise; empty: none required)
    needs_dobj: bool = False
    needs_xcomp: bool = False
    of_source: bool = False
    locative: bool = False
    sourceless: bool = False
    intransitive: bool = False
    poss_target: bool = False
    theme_object: bool = False
    needs_modal_clause: bool = False
    future: bool = False
    mutual: bool = False
    weight: float = 0.8
    subject_target: bool = False  # "X will pay a price": the subject is threatened, the speaker threatens
    needs_future_aux: bool = False  # the head needs will/would/could ("will pay a price", not "paid")
    complements: frozenset[str] = frozenset()  # required infinitive complement lemmas ("ordered X to leave")
    recipient_subject: bool = False  # the subject receives ("X received tanks from Y": Y gives to X)
    bare_passive: bool = False  # with no object, no agent and no auxiliary the subject undergoes it (a
    # headline's reduced passive: "X killed near Y")
    predicates: frozenset[str] = frozenset()  # required predicative complement lemmas ("kept X open")
    barred_preps: frozenset[str] = frozenset()  # prepositions the head must not have ("traded X for Y")
    needs_subject_clause: bool = False  # an infinitive clause with its own subject ("wants X to leave")
    barred_objects: frozenset[str] = frozenset()  # object lemmas that rule the line out ("released a video")


@dataclass(frozen=True, slots=True)
class StatusCue:
    """One line of status_cues.tsv."""

    cue: str
    status: str
    where: str


def _rows(name: str) -> list[tuple[int, list[str]]]:
    path = LEXICON_DIR / name
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append((number, line.rstrip("\n").split("\t")))
    return rows


# Frame constraints of triggers.tsv (documented in its header) -> TriggerEntry fields.
# key=value flags; a bare key is ("key", "").
FRAME_FLAGS: dict[tuple[str, str], str] = {
    ("dobj", ""): "needs_dobj", ("xcomp", ""): "needs_xcomp", ("of", "src"): "of_source",
    ("dobj", "theme"): "theme_object", ("poss", "tgt"): "poss_target", ("subj", "tgt"): "subject_target",
    ("aux", "fut"): "needs_future_aux", ("subj", "recipient"): "recipient_subject",
    ("bare", "passive"): "bare_passive", ("clause", "to"): "needs_subject_clause",
}
# Keys that switch a flag on whatever follows them.
FRAME_SWITCHES: dict[str, str] = {
    "loc": "locative", "nosrc": "sourceless", "intr": "intransitive", "mutual": "mutual", "future": "future",
    "modal": "needs_modal_clause",
}
# key=a,b lists of lemmas or prepositions.
FRAME_LISTS: dict[str, str] = {
    "obj": "objects", "prep": "preps", "xcomp": "complements", "mod": "modifiers", "noobj": "barred_objects",
    "noprep": "barred_preps", "pred": "predicates",
}


def _parse_trigger(index: int, number: int, cols: list[str]) -> TriggerEntry:
    if len(cols) < 4:
        raise ValueError(f"triggers.tsv line {number}: expected at least 4 tab-separated columns")
    pattern, pos, etype, mode = (c.strip() for c in cols[:4])
    frame = cols[4].strip() if len(cols) > 4 else "-"
    if etype not in PLOVER_TYPES:
        raise ValueError(f"triggers.tsv line {number}: unknown PLOVER type {etype!r}")
    if pos not in POS_TAGS:
        raise ValueError(f"triggers.tsv line {number}: unknown part of speech {pos!r}")
    values: dict[str, object] = {}
    for part in frame.split(";"):
        part = part.strip()
        if not part or part == "-":
            continue
        key, _, val = part.partition("=")
        if (key, val) in FRAME_FLAGS:
            values[FRAME_FLAGS[key, val]] = True
        elif key in FRAME_SWITCHES:
            values[FRAME_SWITCHES[key]] = True
        elif key in FRAME_LISTS:
            values[FRAME_LISTS[key]] = frozenset(v.strip() for v in val.split(","))
        elif key == "weight":
            values["weight"] = float(val)
        else:
            raise ValueError(f"triggers.tsv line {number}: unknown frame constraint {part!r}")
    return TriggerEntry(
        index=index,
        pattern=pattern,
        lemmas=tuple(PATTERN_WORDS.findall(pattern.lower())),
        pos=POS_TAGS[pos],
        type=etype,
        mode=None if mode in ("", "-") else mode,
        **values,  # type: ignore[arg-type]
    )


@lru_cache(maxsize=1)
def trigger_entries() -> tuple[TriggerEntry, ...]:
    """All trigger entries, in file order."""
    rows = _rows("triggers.tsv")
    return tuple(_parse_trigger(i, number, cols) for i, (number, cols) in enumerate(rows))


@lru_cache(maxsize=1)
def status_cues() -> dict[tuple[str, str], str]:
    """Map (where, cue) -> status."""
    cues: dict[tuple[str, str], str] = {}
    for number, cols in _rows("status_cues.tsv"):
        if len(cols) < 3 or cols[1] not in STATUSES or cols[2] not in CUE_PLACES:
            raise ValueError(f"status_cues.tsv line {number}: expected cue, status, place")
        cues[(cols[2].strip(), cols[0].strip().lower())] = cols[1].strip()
    return cues


@lru_cache(maxsize=1)
def reporting_verbs() -> frozenset[str]:
    """Lemmas of verbs that introduce reported speech."""
    return frozenset(cols[0].strip().lower() for _, cols in _rows("reporting.tsv"))


@lru_cache(maxsize=1)
def agent_roles() -> dict[str, str]:
    """Map a doer's head lemma -> role (``helper``: arriving is aid; ``crowd``: violence is a protest)."""
    roles: dict[str, str] = {}
    for number, cols in _rows("agent_roles.tsv"):
        if len(cols) < 2 or cols[1].strip() not in ("helper", "crowd"):
            raise ValueError(f"agent_roles.tsv line {number}: expected lemma, role (helper or crowd)")
        roles[cols[0].strip().lower()] = cols[1].strip()
    return roles


@lru_cache(maxsize=1)
def third_party_nouns() -> dict[str, frozenset[str]]:
    """One-word third-party trigger lemmas ("mediator") -> the parts of speech their entries allow."""
    found: dict[str, set[str]] = {}
    for entry in trigger_entries():
        if entry.mode == "third-party" and len(entry.lemmas) == 1:
            found.setdefault(entry.lemmas[0], set()).update(entry.pos)
    return {lemma: frozenset(pos) for lemma, pos in found.items()}


def reset_caches() -> None:
    """Forget the loaded lexicons (after editing a data file)."""
    trigger_entries.cache_clear()
    third_party_nouns.cache_clear()
    agent_roles.cache_clear()
    status_cues.cache_clear()
    reporting_verbs.cache_clear()
