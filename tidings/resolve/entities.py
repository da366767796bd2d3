"""Document-level resolution: actor mentions -> canonical entities.

Mentions are taken in text order. Countries, places, organisations and institutions group by key;
people link by name (full name, then surname or given name alone), titles link to the person who holds
that office in the document (or, when a publication date is given, in the office-holder table),
and pronouns, anaphors and pair references are resolved by ``coreference.Coreference``; actors with no
stated nationality are placed by ``placement.Placement``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..annotate.actor_pairs import PAIR_KIND
from ..records import ActorMention, Entity, Span, content_id
from .coreference import (
    _QUESTION_RE,
    ANAPHOR_REACH,
    FIRST_PLURAL,
    FIRST_SINGULAR,
    NON_STATE_CODES,
    STATE_SECTORS,
    Coreference,
    _Cluster,
)
from .lexicon import Lexicon, Person, lexicon, norm
from .placement import Placement

# Institution nouns that a named body of that kind can be called for short ("the court" for the ICJ).
NAMED_BODIES = frozenset({"court", "council", "commission", "committee", "assembly", "parliament", "tribunal", "senate"})
# Bodies that sit in a host state: a bare "the embassy" is the one of the envoy just named.
HOSTED_BODIES = frozenset({"Embassy", "Embassies", "Consulate"})
ENVOY_ROLES = frozenset({"ambassador", "envoy", "consul", "diplomat"})
# Bodies that sit where they govern (and every ministry): a bare "the government" in a sentence set in a
# city is that city's.
SEATED_SECTORS = frozenset({"GOV", "LEG", "JUD"})
# Civilians are where they are: protesters in Kirkuk are in Iraq, whatever the story's main country.
CIVILIAN_SECTORS = frozenset({"CVL", "REF", "LAB", "AGR"})
# Actors that belong where they act: civilians and police take the country of the place the text puts them in.
LOCAL_SECTORS = CIVILIAN_SECTORS | {"COP", "REB", "EDU", "MED", "CRM", "RAD"}
# "the Union of Teachers (NUT)": an acronym in brackets right after a name.
_ACRONYM_RE = re.compile(r"[A-Z][A-Z0-9&.-]{1,9}")
_OPEN_BRACKET_RE = re.compile(r"\s*\(\s*")
# Sectors whose side the text leaves open on purpose ("gunmen"): no country from the context.
UNKNOWN_SIDE = frozenset({"UAF", "UNK"})


@dataclass(frozen=True, slots=True)
class Resolution:
    """The canonical entities of one document and which entity each mention belongs to."""

    entities: tuple[Entity, ...]
    links: dict[tuple[int, int], int] = field(default_factory=dict, hash=False, compare=False)
    pairs: dict[tuple[int, int], tuple[int, ...]] = field(default_factory=dict, hash=False, compare=False)

    def entity_for(self, mention: ActorMention) -> Entity | None:
        """The entity of ``mention`` (None for a pronoun or title that could not be resolved)."""
        index = self.links.get((mention.start, mention.end))
        if index is None:
            # A mention cut differently (e.g. built from a bare model entity): the linked span around it.
            index = next(
                (i for (start, end), i in self.links.items() if start <= mention.start and mention.end <= end),
                None,
            )
        return self.entities[index] if index is not None else None

    def members(self, mention: ActorMention) -> tuple[Entity, ...]:
        """The entities a pair or group mention ("both countries", "the three governments") stands for, else ()."""
        found = self.pairs.get((mention.start, mention.end))
        return tuple(self.entities[i] for i in found) if found is not None else ()


@lru_cache(maxsize=2)
def _title_pattern(titles: tuple[str, ...]) -> re.Pattern[str]:
    words = sorted((t for t in titles if len(t) > 2), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def _role_fits(role: str, held: set[str]) -> bool:
    """A generic title fits the specific office: "the minister" fits a defence_minister."""
    return role in held or any(r.endswith("_" + role) for r in held)


def _roles_in(text: str, lex: Lexicon) -> set[str]:
    pattern = _title_pattern(tuple(lex.titles))
    return {lex.titles[norm(m.group(1))].role for m in pattern.finditer(text)}


class _Resolver(Coreference):
    def __init__(self, text: str, published: str | None, lex: Lexicon) -> None:
        self.text = text
        self.published = published
        self.lex = lex
        self.clusters: list[_Cluster] = []
        self.by_key: dict[str, int] = {}
        self.person_names: dict[str, int] = {}  # full name or single token -> cluster
        self.links: dict[tuple[int, int], int] = {}
        self.pairs: dict[tuple[int, int], tuple[int, ...]] = {}
        self.pair_mentions: list[tuple[ActorMention, tuple[int, ...]]] = []  # resolved pairs in text order
        self.mention_at: dict[tuple[int, int], ActorMention] = {}
        self.history: list[tuple[ActorMention, int]] = []  # resolved non-pronoun mentions in order
        self.country_counts: Counter[str] = Counter()
        self.segment_counts: dict[int, Counter[str]] = {}
        self.author_country: str | None = None  # set by an explicit cue ("our country, X")
        question = _QUESTION_RE.search(text)
        # In an interview, answers speak for the interviewee, named (with a state title) before the questions.
        self.questions_at = question.start() if question else None
        self.interviewee: str | None = None
        self.interviewee_at: tuple[int, int] | None = None  # the mention that names the interviewee

    # -- helpers ---------------------------------------------------------------------------------
    def _new(self, mention: ActorMention, **kw: object) -> int:
        cluster = _Cluster(
            type=str(kw.get("type", mention.entity_type)),
            name=str(kw.get("name", mention.name)),
            country=kw.get("country", mention.country),  # type: ignore[arg-type]
            sector=kw.get("sector", mention.sector),  # type: ignore[arg-type]
            mentions=[],
        )
        self.clusters.append(cluster)
        return len(self.clusters) - 1

    def _link(self, mention: ActorMention, index: int) -> None:
        self.clusters[index].add(mention)
        self.links[(mention.start, mention.end)] = index
        if mention.kind != "PRONOUN":
            self.history.append((mention, index))

    def _holders(self, name: str) -> tuple[Person, ...]:
        people = self.lex.people_by_alias.get(norm(name), ())
        if self.published:
            dated = tuple(p for p in people if p.holds(self.published))
            return dated or people
        return people

    # -- per kind --------------------------------------------------------------------------------
    def resolve(self, mentions: list[ActorMention]) -> None:
        # Given names and surnames of people named in full anywhere in the document: the model
        # sometimes tags such a name alone as a place or an organisation ("Zhakupova" as GPE).
        name_tokens = {
            token.lower()
            for m in mentions
            if m.entity_type == "PERSON" and m.kind == "NAME" and len(m.name.split()) > 1
            for token in (m.name.split()[0], m.name.split()[-1])
        }
        pronouns = []
        self.mention_at = {(m.start, m.end): m for m in mentions}
        self.placement = Placement(self.text, mentions, self.lex)
        self.segment_states: dict[int, Counter[str]] = {}
        for m in mentions:
            if m.country and m.country not in NON_STATE_CODES and m.kind != "PRONOUN" and m.start not in self.placement.venues:
                self.segment_states.setdefault(m.segment, Counter())[m.country] += 1
        for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
            if (mention.start, mention.end) in self.links:
                continue
            if mention.kind == "NER" and mention.entity_type != "PERSON" and (
                mention.name.lower() in name_tokens or norm(mention.name) in self.lex.people_by_alias
            ):
                mention = replace(mention, entity_type="PERSON", kind="NAME", key=mention.name)
            if self.author_country is None and mention.kind != "PRONOUN" and mention.country:
                self._author_cue(mention)
                if (
                    self.interviewee is None and self.questions_at is not None and mention.start < self.questions_at
                    and mention.entity_type == "PERSON" and mention.sector in STATE_SECTORS
                    and mention.country not in NON_STATE_CODES
                ):
                    self.interviewee = mention.country
                    self.interviewee_at = (mention.start, mention.end)
            if self._bracketed_acronym(mention):
                continue  # "the Nigerian Union of Teachers (NUT)": the same organisation
            if mention.kind == "PRONOUN":
                pronouns.append(mention)  # after the names, so that the ones it governs are known
            elif mention.kind == "ANAPHOR":
                self._anaphor(mention)
            elif mention.kind == PAIR_KIND:
                self._pair(mention)
            elif mention.entity_type == "PERSON" and mention.kind == "TITLE":
                self._title(mention)
            elif mention.entity_type == "PERSON":
                self._person(mention)
            else:
                self._keyed(mention)
        # first-person plurals last: a quotation's speaker may be a pronoun itself ("'We ...,' she said")
        for mention in sorted(pronouns, key=lambda m: m.text.lower() in FIRST_PLURAL | FIRST_SINGULAR):
            self._pronoun(mention)

    def _bracketed_acronym(self, mention: ActorMention) -> bool:
        """An acronym in brackets right after an organisation's name is that organisation ("the Union of
        Teachers (NUT)"); its key then leads to it wherever the acronym comes again."""
        if mention.kind not in ("NER", "NAME") or not _ACRONYM_RE.fullmatch(mention.text) or not self.history:
            return False
        previous, index = self.history[-1]
        if self.clusters[index].type != "ORGANIZATION" or previous.kind == "PRONOUN":
            return False
        if not _OPEN_BRACKET_RE.fullmatch(self.text, previous.end, mention.start) or not self.text.startswith(
            ")", mention.end
        ):
            return False
        key = mention.key or mention.name
        if key in self.by_key and self.by_key[key] != index:
            return False  # a known organisation of its own
        self.by_key[key] = index
        self._link(mention, index)
        return True

    def _keyed(self, mention: ActorMention) -> None:
        key = mention.key or mention.name
        country = mention.country
        placed = False
        if mention.kind == "INSTITUTION" and country is None and key.endswith("|") and mention.sector in STATE_SECTORS:
            # "Netanyahu told Israelis that the army would strike": the army of the official who speaks of it
            country = self.placement.state_of_sentence(mention, leaders_only=True)
            key = f"{key}{country}" if country else key
        if mention.kind == "INSTITUTION" and country is None and key.endswith("|"):
            # "the embassy" after "the US embassy": the same institution named before.
            earlier = next(
                (i for m, i in reversed(self.history) if m.kind == "INSTITUTION" and (m.key or "").startswith(key)),
                None,
            )
            if earlier is None:
                earlier = self._same_head(key, mention.segment)
            if earlier is None:
                earlier = self._named_body(key[2:].split("|")[0], mention.segment)
            if earlier is not None:
                self._link(mention, earlier)
                return
            if key[2:].split("|")[0] in HOSTED_BODIES:
                country = self._envoy_country(mention.segment)  # "the US ambassador ... the embassy": the US
                key = f"{key}{country}" if country else key
        if mention.kind == "INSTITUTION" and country is None and mention.sector == "REB" and (
            mention.text.lower().startswith("the ")
        ):
            group = self._named_group(mention.segment)  # "the ELN ... the rebels": the armed group just named
            if group is not None:
                self._link(mention, group)
                return
        if mention.kind == "INSTITUTION" and country is None and mention.sector == "NGO":
            country = "NGO"  # "rights groups": non-governmental, whatever country they work in
            key = f"{key}NGO" if key.endswith("|") else key
        if mention.kind == "INSTITUTION" and country is None and mention.text.lower().startswith("our "):
            country = self._first_person_country(mention)  # "our customs service" of an interviewed minister
            key = f"{key}{country}" if country and key.endswith("|") else key
        if mention.kind == "INSTITUTION" and country is None and mention.sector in LOCAL_SECTORS:
            # "protesters in Kirkuk", "refugees ... in Dili"; else the paragraph's or the dateline's city.
            country = self.placement.locate(mention)
            key = f"{key}{country}" if country and key.endswith("|") else key
            placed = country is not None
        if mention.kind == "DEMONYM" and mention.entity_type == "GROUP" and country is None:
            # "ethnic Turks ... against Sweden's decision": a people is coded where it acts, not by its kin state.
            country = self.placement.locate(mention) or self._paragraph_country(mention.segment)
            key = f"{key}{country}" if country and key.endswith("|") else key
            placed = country is not None
        if mention.kind == "INSTITUTION" and country is None and (
            mention.sector in SEATED_SECTORS or key[2:].split("|")[0].endswith("Ministry")
        ):
            # "opposition politicians in New Delhi accused the government": the government of the place named
            country = self.placement.place_of_sentence(mention, locative_only=True)
            key = f"{key}{country}" if country and key.endswith("|") else key
        if mention.kind == "INSTITUTION" and country is None and mention.sector in STATE_SECTORS:
            # "In Mali, mercenaries fought alongside government forces": the state the sentence is set in
            country = self.placement.scene_of_sentence(mention)
            key = f"{key}{country}" if country and key.endswith("|") else key
        if mention.kind == "INSTITUTION" and country is None and not self.country_counts and mention.sector not in UNKNOWN_SIDE:
            # The story opens with "students", "the government": the one state its first paragraph names.
            country = self._opening_country(mention.segment)
            key = f"{key.rstrip('|')}|{country}" if country and key.endswith("|") else key
        if mention.kind == "INSTITUTION" and country is None and self.country_counts and mention.sector not in UNKNOWN_SIDE:
            # The country of an unqualified "the government" is the one the document is about so far.
            country = self._main_country(mention.segment)
            key = f"{key.rstrip('|')}|{country}" if key.endswith("|") else key
        index = self.by_key.get(key)
        if index is None:
            index = self._new(mention, country=country)
            self.clusters[index].placed = placed
            self.by_key[key] = index
        self._link(mention, index)
        if (
            mention.entity_type != "PERSON"
            and mention.kind not in ("CAPITAL", "PLACE")  # a venue ("talks in Havana") is not the subject
            and mention.country
            and mention.country not in NON_STATE_CODES
        ):
            self.country_counts[mention.country] += 1
            self.segment_counts.setdefault(mention.segment, Counter())[mention.country] += 1

    def _opening_country(self, segment: int) -> str | None:
        """The state a paragraph names most (people's countries included), when one clearly leads."""
        counts = self.segment_states.get(segment, Counter()).most_common(2)
        if counts and (len(counts) == 1 or counts[0][1] > counts[1][1]):
            return counts[0][0]
        return None

    def _paragraph_country(self, segment: int) -> str | None:
        """The paragraph's country when it clearly has one so far (named twice, more than any other)."""
        local = self.segment_counts.get(segment, Counter()).most_common(2)
        if local and local[0][1] >= 2 and (len(local) == 1 or local[0][1] > local[1][1]):
            return local[0][0]
        return None

    def _main_country(self, segment: int) -> str:
        """The paragraph's country when it clearly has one, else the document's."""
        return self._paragraph_country(segment) or self.country_counts.most_common(1)[0][0]

    def _envoy_country(self, segment: int) -> str | None:
        """The country of the ambassador or envoy named most recently in this or the previous paragraph."""
        for previous, index in reversed(self.history):
            if segment - previous.segment > 1:
                break
            cluster = self.clusters[index]
            if cluster.type == "PERSON" and cluster.roles & ENVOY_ROLES and cluster.country not in (None, *NON_STATE_CODES):
                return cluster.country
        return None

    def _named_group(self, segment: int) -> int | None:
        """The armed group most recently named (an organisation of sector REB) in this or the previous paragraphs."""
        for previous, index in reversed(self.history):
            if segment - previous.segment > ANAPHOR_REACH:
                break
            cluster = self.clusters[index]
            if cluster.type == "ORGANIZATION" and cluster.sector == "REB" and previous.kind == "NAME":
                return index
        return None

    def _same_head(self, key: str, segment: int) -> int | None:
        """"the ministry" after "the Jordanian foreign ministry": a recent institution with that head noun."""
        head = key[2:].split("|")[0].lower()
        if " " in head:
            return None
        for previous, index in reversed(self.history):
            if segment - previous.segment > ANAPHOR_REACH:
                break
            if previous.kind != "INSTITUTION" or not self.clusters[index].country:
                continue
            words = (previous.key or "")[2:].split("|")[0].lower().split()
            if words and words[-1] == head:
                return index
        return None

    def _named_body(self, canonical: str, segment: int) -> int | None:
        """"the court" after "the International Court of Justice": a recent organisation so named."""
        word = canonical.split()[-1].lower()
        if word not in NAMED_BODIES:
            return None
        for previous, index in reversed(self.history):
            if segment - previous.segment > 1:
                break
            cluster = self.clusters[index]
            if cluster.type == "ORGANIZATION" and word in cluster.name.lower().split():
                return index
        return None

    def _person(self, mention: ActorMention) -> None:
        tokens = mention.name.split()
        full = " ".join(tokens)
        index = self.person_names.get(full.lower())
        if index is None and len(tokens) > 1:
            index = self._match_full(tokens)
        if index is None and len(tokens) == 1:
            index = self.person_names.get(tokens[0].lower())
        if index is None:
            index = self._new(mention, type="PERSON")
        cluster = self.clusters[index]
        if len(tokens) > 1 and not cluster.full_name:
            cluster.name, cluster.full_name = full, True
        cluster.roles |= _roles_in(mention.text, self.lex)
        self._link(mention, index)
        self.person_names.setdefault(full.lower(), index)
        for token in tokens if len(tokens) > 1 else ():
            # A surname or given name alone later refers to the most recent person who bore it.
            self.person_names[token.lower()] = index

    def _match_full(self, tokens: list[str]) -> int | None:
        first, last = tokens[0].lower(), tokens[-1].lower()
        for index in reversed(range(len(self.clusters))):
            cluster = self.clusters[index]
            if cluster.type != "PERSON" or cluster.from_table and not cluster.full_name:
                continue
            names = cluster.name.lower().split()
            if not names:
                continue
            if cluster.full_name and names[-1] == last and names[0] == first:
                return index  # "Rosa Quispe Huaman" / "Rosa Elena Quispe Huaman"
            if not cluster.full_name and names[-1] in (last, first):
                return index  # "Zhakupova" seen before "Aigerim Zhakupova"
        return None

    def _title(self, mention: ActorMention) -> None:
        for key_index, cluster in enumerate(self.clusters):
            if cluster.type == "PERSON" and any(m.key == mention.key and m.kind == "NAME" for m in cluster.mentions):
                self._link(mention, key_index)  # apposition: "X, the foreign minister"
                return
        role = next(iter(_roles_in(mention.text, self.lex)), None)
        if role == "counterpart":
            role = self._counterpart_role(mention)
            if role is not None and mention.country:  # "the Kenyan president ... his Ugandan counterpart"
                country_name = self.lex.country_names.get(mention.country, mention.country)
                mention = replace(mention, name=f"{role.replace('_', ' ').title()} of {country_name}",
                                  key=f"T:{role}|{mention.country}")
        if mention.country is None and role and role != "counterpart":
            own = self._answer_country(mention)  # "the president" in a minister's interview answer: his own
            mention = replace(mention, country=own, key=f"T:{role}|{own}") if own else mention
        index = self._holder_in_document(role, mention.country, mention.start)
        if index is None and role and self.published:
            # "the prime minister" of a story about one country: that country's prime minister then.
            country = mention.country or (self.country_counts.most_common(1)[0][0] if self.country_counts else None)
            index = self._holder_in_table(role, country, mention)
        if index is None:
            key = mention.key or mention.name
            index = self.by_key.get(key)
            if index is None:
                index = self._new(mention)
                self.by_key[key] = index
            if role:
                self.clusters[index].roles.add(role)  # a title-only person can be "the minister" later
        self._link(mention, index)

    def _counterpart_role(self, mention: ActorMention) -> str | None:
        """The office of the person whose counterpart ``mention`` is: the latest titled person of its paragraph."""
        for previous, index in reversed(self.history):
            if previous.segment != mention.segment:
                break
            cluster = self.clusters[index]
            roles = sorted(r for r in cluster.roles if r != "counterpart")
            if cluster.type == "PERSON" and roles and cluster.country != mention.country:
                return roles[0]
        return None

    def _holder_in_document(self, role: str | None, country: str | None, before: int) -> int | None:
        if role is None:
            return None
        for mention, index in reversed(self.history):
            cluster = self.clusters[index]
            if cluster.type != "PERSON":
                continue
            self._fill_from_table(cluster)
            if _role_fits(role, cluster.roles) and (country is None or cluster.country in (None, country)):
                return index
        return None

    def _holder_in_table(self, role: str, country: str | None, mention: ActorMention) -> int | None:
        if country is None:
            return None
        for person in self.lex.people:
            if person.role == role and person.country == country and person.holds(self.published):
                index = self.person_names.get(person.name.lower())
                if index is None:
                    index = self._new(mention, type="PERSON", name=person.name, country=person.country,
                                      sector=person.sector)
                    self.clusters[index].full_name = True
                    self.clusters[index].from_table = True
                    self.person_names[person.name.lower()] = index
                self.clusters[index].roles.add(role)
                return index
        return None

    def _fill_from_table(self, cluster: _Cluster) -> None:
        holders = self._holders(cluster.name)
        for mention in cluster.mentions:
            if holders:
                break
            if mention.kind == "NAME":
                # "King Charles", "Pope Francis": the table knows the title and name together.
                words = mention.text.split()
                for start in range(len(words) - 1):
                    holders = self._holders(" ".join(words[start:]))
                    if holders:
                        break
        if not holders:
            return
        same = [p for p in holders if cluster.country in (None, p.country)]
        if not same:
            return
        if not cluster.full_name:
            cluster.name = same[0].name
        cluster.country = cluster.country or same[0].country
        cluster.sector = cluster.sector or same[0].sector
        cluster.roles |= {p.role for p in same if p.role}

    def merge_titles_forward(self) -> None:
        """A title used before the holder is named ("the ambassador ... Ambassador X") joins X."""
        for index, cluster in enumerate(self.clusters):
            if cluster.type != "PERSON" or cluster.from_table or not cluster.mentions:
                continue
            if any(m.kind != "TITLE" for m in cluster.mentions):
                continue
            first = min(m.start for m in cluster.mentions)
            roles = set().union(*(_roles_in(m.text, self.lex) for m in cluster.mentions))
            for other_index, other in enumerate(self.clusters):
                if other_index == index or other.type != "PERSON" or not other.mentions:
                    continue
                if not any(m.kind == "NAME" for m in other.mentions):
                    continue
                if min(m.start for m in other.mentions) < first:
                    continue  # earlier holders were already tried when the title was read
                self._fill_from_table(other)
                if any(_role_fits(r, other.roles) for r in roles) and cluster.country in (None, other.country):
                    for mention in cluster.mentions:
                        other.add(mention)
                        self.links[(mention.start, mention.end)] = other_index
                    cluster.mentions = []
                    break

    def place_officials(self) -> None:
        """A titled official whose country the text never states takes the country of the paragraph; an
        unnamed civilian or journalist ("a journalist was killed in Beirut") the country of the place named."""
        per_segment: dict[int, Counter[str]] = {}
        for mention, index in self.history:
            cluster = self.clusters[index]
            if cluster.type != "PERSON" and mention.country and mention.country not in NON_STATE_CODES:
                per_segment.setdefault(mention.segment, Counter())[mention.country] += 1
        for cluster in self.clusters:
            if cluster.type != "PERSON" or cluster.country is not None or not cluster.mentions:
                continue
            self._fill_from_table(cluster)
            if cluster.country is None and cluster.sector in LOCAL_SECTORS | {"JRN"} and all(
                m.kind in ("TITLE", "PRONOUN") for m in cluster.mentions
            ):
                # "a journalist was killed in Beirut", "a prisoner died in a jail near Basra": where it happened
                first = min(cluster.mentions, key=lambda m: m.start)
                cluster.country = self.placement.place_of_sentence(first)
                continue
            if cluster.country is None and cluster.sector is None and any(m.kind == "NAME" for m in cluster.mentions):
                cluster.country = self._paragraph_state(cluster, per_segment)
                cluster.placed = cluster.country is not None
                continue
            if cluster.country is not None or cluster.sector not in STATE_SECTORS:
                continue
            first = min(cluster.mentions, key=lambda m: m.start)
            counts = per_segment.get(first.segment) or self.country_counts
            if counts:
                # a tie in the paragraph ("X accused Mexico of meddling in Peru") goes to the document's main country
                top = max(counts.values())
                tied = [c for c, n in counts.items() if n == top]
                cluster.country = max(tied, key=lambda c: self.country_counts.get(c, 0))
                if all(m.kind == "TITLE" for m in cluster.mentions) and " of " not in cluster.name:
                    # "the minister" of a story about Chile: "Minister of Chile"
                    cluster.name = f"{cluster.name} of {self.lex.country_names.get(cluster.country, cluster.country)}"

    def _paragraph_state(self, cluster: _Cluster, per_segment: dict[int, Counter[str]]) -> str | None:
        """A named person the text gives no country or office: the one state named in every paragraph that
        names the person, when it is the same state throughout ("the court in Lahore freed X ... X's appeal")."""
        found: set[str] = set()
        for mention in cluster.mentions:
            if mention.kind != "NAME":
                continue
            counts = per_segment.get(mention.segment)
            if not counts:
                continue
            top = max(counts.values())
            tied = [c for c, n in counts.items() if n == top]
            if len(tied) > 1:
                return None
            found.add(tied[0])
        return found.pop() if len(found) == 1 else None

    # -- output ----------------------------------------------------------------------------------
    def entities(
        self,
    ) -> tuple[tuple[Entity, ...], dict[tuple[int, int], int], dict[tuple[int, int], tuple[int, ...]]]:
        order = sorted(
            (i for i, c in enumerate(self.clusters) if c.mentions),
            key=lambda i: min(m.start for m in self.clusters[i].mentions),
        )
        position = {old: new for new, old in enumerate(order)}
        built = []
        for old in order:
            cluster = self.clusters[old]
            if cluster.type == "PERSON":
                self._fill_from_table(cluster)
            spans = tuple(
                Span(m.start, m.end, self.text[m.start : m.end] if self.text else m.text)
                for m in sorted(cluster.mentions, key=lambda m: m.start)
            )
            built.append(
                Entity(
                    id=content_id(cluster.type, cluster.name, cluster.country or ""),
                    name=cluster.name,
                    type=cluster.type,
                    country=cluster.country,
                    sector=cluster.sector,
                    mentions=spans,
                )
            )
        links = {span: position[i] for span, i in self.links.items() if i in position}
        pairs = {
            span: tuple(position[i] for i in members)
            for span, members in self.pairs.items() if all(i in position for i in members)
        }
        return tuple(built), links, pairs


def resolve_entities(
    mentions: list[ActorMention], text: str, published: str | None = None, *, lex: Lexicon | None = None
) -> Resolution:
    """Group a document's actor mentions into canonical entities.

    mentions (list[ActorMention]): every mention of the document, with document offsets.
    text (str): the document text (spans are cut from it).
    published (str | None): ISO publication date; enables the office-holder lookup for titles.
    RETURNS (Resolution): the entities in order of first mention, and ``entity_for(mention)``.
    """
    resolver = _Resolver(text, published, lex or lexicon())
    resolver.resolve(list(mentions))
    resolver.merge_titles_forward()
    resolver.place_officials()
    entities, links, pairs = resolver.entities()
    return Resolution(entities=entities, links=links, pairs=pairs)
