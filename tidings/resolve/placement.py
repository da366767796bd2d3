"""Where an actor with no stated nationality belongs: the evidence the text gives about its country.

Protesters, rebels, prisoners or an ethnic group ("ethnic Turks") are coded with the country where they act
when the text makes it clear. The evidence is read in this order (the first that answers wins):

1. the actor's own nationality ("Kenyan police", "Sudan's army"): set by the component, never overwritten;
2. the place of the act: the one country of the cities named in the actor's sentence ("in Lagos"); when
   they lie in several countries, the one of the cities the sentence puts the act in ("in", "near", ...).
   A venue of talks ("talks in Havana", "a summit in Geneva") is no place of the act, nor is a capital
   named for its government ("Kyiv condemned the act");
3. the state the sentence is about: the country named most often as a state actor in the actor's sentence
   (a tie goes to the only one named as an owner, "Sweden's decision"; else no guess): a country name, a
   national leader or a state institution ("demanding the resignation of the Algerian president",
   "protesting against Sweden's decision"). Adjectives of things ("Indonesian rule") and embassies (which
   sit in a host state) do not count. Only for actors outside the state (civilians, rebels, groups), not
   for the police, who are where they act. Then, for a people of one state ("Karen guerrillas"), that
   state (``peoples.tsv``);
4. the place of the paragraph, then the city of the story's dateline (or the country written after a
   dateline town the tables do not know: "MEDYKA, Poland, Feb. 21 -");
5. the country that dominates the paragraph, then the document (``entities._main_country``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable

from ..records import ActorMention
from .lexicon import Lexicon, norm

NON_STATE_CODES = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC", "WST"})
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
# Actors that are not the state: the state named in their sentence is the one they act in (step 3).
NON_STATE_SECTORS = frozenset({"CVL", "REF", "LAB", "AGR", "EDU", "REB", "RAD", "CRM", "REL", "MED", "SOC", "OPP"})
# Institutions that sit in another state: "the US embassy" is no evidence of where protesters are.
HOSTED = frozenset({"embassy", "embassies", "consulate", "consulates", "mission"})
_PLACE_NOUN_RE = re.compile(
    r"\s+(?:(?:northern|southern|eastern|western|central|border|port|coastal|frontier)\s+)?"
    r"(?:capital|city|town|village|port|province|region)\b"
)
# A dateline opening a paragraph: "CITY, Month day" or "CITY (Agency) -".
_DATELINE_RE = re.compile(r"^\s*([A-Z][A-Z.' \-]{2,40}?)\s*(?:,|\(|-\s|\u2013|\u2014)", re.M)
_SENTENCE_END_RE = re.compile(r"[.!?]\s|\n")
_VENUE_RE = re.compile(
    r"\b(?:talks|negotiations|summit|meeting|meetings|conference|ceremony|forum)\s+"
    r"(?:(?:held|hosted|taking\s+place|mediated|brokered)\s+)?(?:in|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_DATELINE_COUNTRY_RE = re.compile(r"\s*([A-Z][\w.' -]{2,30}?)\s*[,(\u2013\u2014-]")
_WORD_RE = re.compile(r"[A-Z][\w'-]+")
# A place introduced as the scene ("in the Iranian capital", "near Basra"), not a capital used for its state.
# The opening of a sentence set in a country: "In Mali, ...", "In northern Mali, ...".
_SCENE_RE = re.compile(r"\s*In\s+(?:the\s+)?(?:[a-z][a-z-]*\s+){0,2}")
_LOCATIVE_RE = re.compile(
    r"\b(?:in|at|near|outside|inside|across|around|throughout|into|through)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


class Sentences:
    """Sentence ranges of a text by a plain punctuation split, found once; ``bounds`` is a bisection."""

    def __init__(self, text: str) -> None:
        marks = [(m.start(), m.end()) for m in _SENTENCE_END_RE.finditer(text)]
        self._starts = [a for a, _ in marks]
        self._ends = [b for _, b in marks]
        self._length = len(text)

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """The character range of the sentence around ``text[start:end]``."""
        before = bisect_right(self._ends, start)
        after = bisect_left(self._starts, end)
        return (self._ends[before - 1] if before else 0), (
            self._starts[after] if after < len(self._starts) else self._length
        )


def _is_place(mention: ActorMention, text: str) -> bool:
    """A city or capital, or "the Iranian capital" / "the Malian town of X" (an adjective naming a place)."""
    if not mention.country or mention.country in NON_STATE_CODES:
        return False
    return mention.kind in ("PLACE", "CAPITAL") or (
        mention.kind == "DEMONYM" and mention.entity_type == "COUNTRY" and bool(_PLACE_NOUN_RE.match(text, mention.end))
    )


class Placement:
    """The place and state evidence of one document, read once from all its mentions."""

    def __init__(self, text: str, mentions: Iterable[ActorMention], lex: Lexicon) -> None:
        self.text = text
        self.lex = lex
        self.sentences = Sentences(text)
        mentions = list(mentions)
        # A venue ("talks in Havana", "a summit in Geneva") says where people met, not where anyone belongs.
        self.venues = {m.start for m in mentions if _VENUE_RE.search(text, max(0, m.start - 60), m.start)}
        located = [
            (m, bool(_LOCATIVE_RE.search(text, max(0, m.start - 40), m.start)))
            for m in mentions if _is_place(m, text) and m.start not in self.venues
        ]
        # A capital is a place only where the text puts something in it: "Kyiv condemned the act" is Ukraine's
        # government speaking, not where the protest happened.
        located = [(m, locative) for m, locative in located if locative or m.kind != "CAPITAL"]
        self.places = [(m.start, m.country, locative) for m, locative in located]
        # Countries named by name, for a sentence that opens on one ("In Mali, ..."): the scene of the sentence.
        self.named_states = [
            (m.start, m.country) for m in mentions
            if m.kind == "NAME" and m.entity_type == "COUNTRY" and m.country and m.country not in NON_STATE_CODES
        ]
        self.place_segments = [(m.segment, m.country) for m, _ in located]
        self.states = [(m.start, m.end, c) for m in mentions if (c := self._state_country(m)) is not None]
        self.leaders = [
            (m.start, m.end, c) for m in mentions
            if m.entity_type == "PERSON" and m.kind != "PRONOUN" and (c := self._state_country(m)) is not None
        ]
        self.dateline = self._dateline_country()

    def _state_country(self, mention: ActorMention) -> str | None:
        """The country ``mention`` names as a state actor, if it is one (step 3 evidence)."""
        if mention.kind in ("PRONOUN", "ANAPHOR", "PLACE"):
            return None
        country = mention.country
        if mention.entity_type == "COUNTRY":
            if mention.kind == "DEMONYM":
                return None  # "Indonesian rule", "Chinese goods": an adjective of a thing
        elif mention.entity_type == "PERSON":
            if mention.sector not in STATE_SECTORS:
                return None
            if country is None:  # "President Bouteflika": the office-holder table knows the country
                holders = self.lex.people_by_alias.get(norm(mention.name), ())
                codes = {p.country for p in holders}
                country = codes.pop() if len(codes) == 1 else None
        elif mention.kind == "INSTITUTION":
            if mention.sector not in STATE_SECTORS or any(w in HOSTED for w in mention.text.lower().split()):
                return None
        else:
            return None
        return country if country and country not in NON_STATE_CODES else None

    def place_of_sentence(self, mention: ActorMention, locative_only: bool = False) -> str | None:
        """The country of the one city named in the mention's sentence, if there is exactly one.

        ``locative_only``: count only cities the sentence puts something in ("in New Delhi").
        """
        begin, end = self.sentences.bounds(mention.start, mention.end)
        places = [(c, locative) for start, c, locative in self.places if begin <= start < end]
        if locative_only:
            places = [(c, locative) for c, locative in places if locative]
        countries = {c for c, _ in places}
        if len(countries) > 1:  # "Riyadh cut ties ... after protesters stormed it in the Iranian capital"
            countries = {c for c, locative in places if locative}
        return countries.pop() if len(countries) == 1 else None

    def is_locative(self, mention: ActorMention) -> bool:
        """Is the mention a place the text puts something in ("met in Beijing"), not an actor?"""
        return bool(_LOCATIVE_RE.search(self.text, max(0, mention.start - 40), mention.start))

    def scene_of_sentence(self, mention: ActorMention) -> str | None:
        """The country a sentence opens on as its scene: "In Mali, mercenaries fought alongside government
        forces" -> MLI (a short lower-case modifier may come between: "In northern Mali,")."""
        begin, _ = self.sentences.bounds(mention.start, mention.end)
        for start, country in self.named_states:
            if begin <= start < mention.start and _SCENE_RE.fullmatch(self.text, begin, start):
                return country
        return None

    def state_of_sentence(self, mention: ActorMention, leaders_only: bool = False) -> str | None:
        """The state the mention's sentence names as an actor: the only one, or the one named most.

        ``leaders_only``: count only the state's officials named before the mention ("Netanyahu said the
        army would ..."), not the ones the mention acts on.
        """
        begin, end = self.sentences.bounds(mention.start, mention.end)
        found = [
            (start, c) for start, stop, c in (self.leaders if leaders_only else self.states)
            if begin <= start < end and not (mention.start <= start and stop <= mention.end)
            and not (leaders_only and start > mention.start)  # "summoned China's ambassador" is no speaker
        ]
        counts = Counter(c for _, c in found)
        if not counts:
            return None
        top = max(counts.values())
        tied = {c for c, n in counts.items() if n == top}
        if len(tied) > 1:
            # A tie goes to the one state named as an owner ("against Sweden's decision to send them to Bulgaria").
            tied = {c for start, stop, c in self.states if c in tied and begin <= start < end and self._owner(stop)}
        return tied.pop() if len(tied) == 1 else None

    def _owner(self, end: int) -> bool:
        return self.text.startswith(("'s", "\u2019s"), end)

    def place_of_paragraph(self, mention: ActorMention) -> str | None:
        """The country of the cities named in the mention's paragraph, if they all lie in one country."""
        countries = {c for segment, c in self.place_segments if segment == mention.segment}
        return countries.pop() if len(countries) == 1 else None

    def locate(self, mention: ActorMention) -> str | None:
        """Steps 2 to 4 for an actor that belongs where it acts (civilians, police, rebels, groups)."""
        country = self.place_of_sentence(mention)
        if country is None and (mention.sector in NON_STATE_SECTORS or mention.entity_type == "GROUP") and (
            mention.sector not in STATE_SECTORS
        ):
            country = self.state_of_sentence(mention) or self.home_state(mention)
        return country or self.place_of_paragraph(mention) or self.dateline

    def home_state(self, mention: ActorMention) -> str | None:
        """The one state of the people that names the actor ("Karen guerrillas" -> MMR), if it has one."""
        homes = {
            entry.home for word in _WORD_RE.findall(mention.text)
            if (entry := self.lex.peoples.get(word.lower())) is not None and entry.home
        }
        return homes.pop() if len(homes) == 1 else None

    def _dateline_country(self) -> str | None:
        """The country of the city in the story's first dateline ("LIMA, May 3 -"), if the tables know it."""
        match = _DATELINE_RE.search(self.text[:2000])
        if match is None:
            return None
        entry = self.lex.countries.get(norm(match.group(1).strip().title()))
        if entry is None or entry.kind not in ("CAPITAL", "SEAT", "CITY"):
            # a town the tables do not know, followed by its country: "MEDYKA, Poland, Feb. 21 -"
            named = _DATELINE_COUNTRY_RE.match(self.text, match.end())
            entry = self.lex.countries.get(norm(named.group(1))) if named else None
            if entry is None or entry.kind not in ("NAME", "SHORT"):
                return None
        return entry.code if entry.code not in NON_STATE_CODES else None
