"""Actor lexicons read from ``tidings/data/actors/*.tsv`` (and the user's ``TIDINGS_PEOPLE`` file).

Loaded once per process (``load_lexicon`` is cached; ``reset_caches()`` forgets it). Aliases are
keyed by their lower-cased form without a leading "the ".
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "actors"
PEOPLE_ENV = "TIDINGS_PEOPLE"
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class CountryAlias:
    """One way of naming a country (or a city of it)."""

    alias: str
    code: str
    name: str  # the country's short name
    kind: str  # NAME, SHORT, DEMONYM, PEOPLE, CAPITAL, SEAT, CITY
    type: str  # COUNTRY or LOCATION


@dataclass(frozen=True, slots=True)
class OrgEntry:
    """A named organisation."""

    name: str
    country: str | None
    sector: str | None
    type: str


@dataclass(frozen=True, slots=True)
class Institution:
    """A common noun for a state or collective actor ("foreign ministry", "troops")."""

    canonical: str
    sector: str | None
    type: str


@dataclass(frozen=True, slots=True)
class Title:
    """A personal title or role ("prime minister" -> prime_minister, GOV)."""

    role: str
    sector: str | None


@dataclass(frozen=True, slots=True)
class Anaphor:
    """A definite noun that points back to an earlier actor ("the bloc", "the group")."""

    types: tuple[str, ...]
    sectors: tuple[str, ...]
    name_has: str | None


@dataclass(frozen=True, slots=True)
class People:
    """A people that is not the nation of one state ("Kurds", "Tuareg"), with its home state if it has one."""

    canonical: str
    home: str | None  # ISO3 when the people lives in one state, else None
    context: bool  # also a personal name or common word: an actor only before a group noun or after "ethnic"


@dataclass(frozen=True, slots=True)
class Person:
    """One term of office of a well-known person."""

    name: str
    aliases: tuple[str, ...]
    country: str | None
    sector: str | None
    role: str | None
    start: str | None
    end: str | None

    def holds(self, date: str | None) -> bool:
        """True when the term covers ``date`` (ISO; prefixes compare as the start of the period)."""
        if date is None:
            return self.end is None
        return (self.start is None or self.start[: len(date)] <= date) and (
            self.end is None or date <= self.end[: len(date)]
        )


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Every actor table, keyed by normalised alias."""

    countries: dict[str, CountryAlias]
    country_names: dict[str, str]  # code -> short name
    orgs: dict[str, OrgEntry]
    institutions: dict[str, Institution]
    titles: dict[str, Title]
    people: tuple[Person, ...]
    people_by_alias: dict[str, tuple[Person, ...]] = field(default_factory=dict)
    surfaces: dict[str, tuple[str, ...]] = field(default_factory=dict)  # table -> aliases as written
    anaphors: dict[str, Anaphor] = field(default_factory=dict)
    peoples: dict[str, People] = field(default_factory=dict)
    leaders: dict[str, tuple[str, ...]] = field(default_factory=dict)  # organisation name -> leading states


def norm(text: str) -> str:
    """The lookup key of an alias: lower case, single spaces, no leading "the", straight quotes."""
    text = text.replace("\u2019", "'").strip()
    text = _LEADING_THE.sub("", text)
    return " ".join(text.lower().split())


def _cell(value: str | None) -> str | None:
    value = (value or "").strip()
    return None if value in ("", "-") else value


def _rows(path: Path) -> Iterator[dict[str, str]]:
    try:
        with path.open(encoding="utf-8") as handle:
            lines = [line for line in handle if line.strip() and not line.startswith("#")]
    except OSError as exc:
        raise ValueError(f"{path}: cannot read the actor table: {exc.strerror}") from exc
    yield from csv.DictReader(lines, delimiter="\t")


def read_people(path: Path) -> list[Person]:
    """Office holders from a people.tsv-shaped file."""
    people = []
    for row in _rows(path):
        name = _cell(row.get("name"))
        if not name:
            continue
        aliases = tuple(a.strip() for a in (row.get("aliases") or "").split("|") if _cell(a))
        people.append(
            Person(
                name=name,
                aliases=aliases,
                country=_cell(row.get("country")),
                sector=_cell(row.get("sector")),
                role=_cell(row.get("role")),
                start=_cell(row.get("from")),
                end=_cell(row.get("to")),
            )
        )
    return people


@lru_cache(maxsize=2)
def load_lexicon(data_dir: Path = DATA_DIR, people_file: str | None = None) -> Lexicon:
    """Read all actor tables. ``people_file`` defaults to the ``TIDINGS_PEOPLE`` variable."""
    surfaces: dict[str, list[str]] = {"countries": [], "orgs": [], "institutions": [], "titles": [], "peoples": []}
    countries: dict[str, CountryAlias] = {}
    names: dict[str, str] = {}
    for row in _rows(data_dir / "countries.tsv"):
        entry = CountryAlias(row["alias"], row["code"], row["name"], row["kind"], row["type"])
        countries.setdefault(norm(entry.alias), entry)
        surfaces["countries"].append(entry.alias)
        names.setdefault(entry.code, entry.name)
    orgs: dict[str, OrgEntry] = {}
    for row in _rows(data_dir / "orgs.tsv"):
        org = OrgEntry(row["name"], _cell(row["country"]), _cell(row["sector"]), row["type"])
        for alias in row["aliases"].split("|"):
            orgs.setdefault(norm(alias), org)
            surfaces["orgs"].append(alias.strip())
    institutions: dict[str, Institution] = {}
    for row in _rows(data_dir / "institutions.tsv"):
        institutions[norm(row["phrase"])] = Institution(row["canonical"], _cell(row["sector"]), row["type"])
        surfaces["institutions"].append(row["phrase"].strip())
    titles: dict[str, Title] = {}
    for row in _rows(data_dir / "titles.tsv"):
        titles[norm(row["phrase"])] = Title(row["role"], _cell(row["sector"]))
        surfaces["titles"].append(row["phrase"].strip())
    anaphors: dict[str, Anaphor] = {}
    for row in _rows(data_dir / "anaphors.tsv"):
        types, _, sectors = row["wants"].partition(":")
        anaphors[norm(row["phrase"])] = Anaphor(
            types=tuple(t for t in types.split("|") if t),
            sectors=tuple(s for s in sectors.split("|") if s),
            name_has=_cell(row.get("name_has")),
        )
    peoples: dict[str, People] = {}
    for row in _rows(data_dir / "peoples.tsv"):
        entry = People(row["canonical"], _cell(row["home"]), _cell(row.get("context")) == "y")
        for alias in row["names"].split("|"):
            peoples.setdefault(norm(alias), entry)
            surfaces["peoples"].append(alias.strip())
    leaders = {
        row["name"].strip(): tuple(c for c in row["leaders"].split("|") if c.strip())
        for row in _rows(data_dir / "led_orgs.tsv")
    }
    people = read_people(data_dir / "people.tsv")
    user_file = people_file if people_file is not None else os.environ.get(PEOPLE_ENV)
    if user_file:
        # The user's entries come first so that they win on shared aliases.
        people = read_people(Path(user_file)) + people
    by_alias: dict[str, list[Person]] = {}
    for person in people:
        for alias in (person.name, *person.aliases):
            by_alias.setdefault(norm(alias), []).append(person)
    return Lexicon(
        countries=countries,
        country_names=names,
        orgs=orgs,
        institutions=institutions,
        titles=titles,
        people=tuple(people),
        people_by_alias={k: tuple(v) for k, v in by_alias.items()},
        surfaces={k: tuple(v) for k, v in surfaces.items()},
        anaphors=anaphors,
        peoples=peoples,
        leaders=leaders,
    )


def lexicon() -> Lexicon:
    """The process-wide lexicon (honours ``TIDINGS_PEOPLE`` at first use)."""
    return load_lexicon(DATA_DIR, os.environ.get(PEOPLE_ENV) or None)


def reset_caches() -> None:
    """Forget loaded tables (after editing a data file or changing ``TIDINGS_PEOPLE``)."""
    load_lexicon.cache_clear()
