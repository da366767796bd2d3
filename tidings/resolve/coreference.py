"""Coreference for the resolver: pronouns, anaphors ("the country", "the bloc"), pair references ("both
countries") and the author's "we". A mixin of ``entities._Resolver``; also holds the cluster record the
resolver builds entities from.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from ..annotate.actor_groups import group_members
from ..annotate.actor_pairs import PAIR_KIND, pair_sectors, pair_size, pair_types
from ..annotate.actor_pronouns import decode_key
from ..annotate.actor_sponsors import LED_MARK
from ..extract.quotes import Quote, find_quotes
from ..records import ActorMention
from .lexicon import Lexicon
from .placement import Placement

# Sectors of state office: a person titled so belongs to a state even when the text does not say which.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
NON_STATE_CODES = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC", "WST"})
ANAPHOR_REACH = 2
# Nouns that may point back past ANAPHOR_REACH to the one fitting organisation of the whole text ("the bloc");
# not "union" (a trade union nobody named) nor "group".
FAR_ANAPHORS = frozenset({"bloc", "alliance"})
PAIR_REACH = 2  # paragraphs back in which "the two sides" looks for its two members
PERSON_PRONOUNS = frozenset({"he", "him", "she", "her", "his"})
THING_PRONOUNS = frozenset({"it", "its"})
GROUP_PRONOUNS = frozenset({"they", "them", "their"})
FIRST_PLURAL = frozenset({"we", "us", "our"})
FIRST_SINGULAR = frozenset({"i", "me"})
# Cues that name the author's own country right before a country mention: "our country, X", "we Xs",
# "our president, X". The author's "we" then stands for that country.
_AUTHOR_CUE_RE = re.compile(
    r"(?:\b(?:our|my)\s+(?:own\s+)?(?:country|nation|homeland|motherland|state|republic)\s*,?\s*"
    r"|\bwe\s*,?\s*(?:the\s+)?"
    r"|\bour\s+(?:own\s+)?(?:president|prime\s+minister|premier|leader|government|king|chancellor|army|military)\s*,?\s*)$",
    re.IGNORECASE,
)
# Interview transcripts: question and answer lines ("Q: ...", "A: ...").
_QUESTION_RE = re.compile(r"(?m)^[ \t]*Q[ \t]*[:.\u2014-]")
_ANSWER_RE = re.compile(r"[ \t]*A[ \t]*[:.\u2014-]")
# Who says a quotation: the actor named right after its closing mark (", the minister said") or right before its
# opening one ("the minister said: "). A quote with no speaker of its own continues the previous quote's.
_SPEECH = (r"(?:said|says|added|adds|told|tells|stated|states|declared|declares|insisted|insists|argued|argues|"
           r"noted|notes|warned|warns|wrote|writes|explained|explains|stressed|stresses|continued|urged|urges)")
_BETWEEN_AFTER_RE = re.compile(rf"[\u201d\"\s,.]*(?:{_SPEECH}\s+)?")
_SPEECH_NEXT_RE = re.compile(rf"\s*(?:,[^,.\"\u201c\u201d]{{0,80}},\s*)?{_SPEECH}\b")
_BETWEEN_BEFORE_RE = re.compile(rf"^\s*(?:,[^,.\"\u201c\u201d]{{0,80}},\s*)?{_SPEECH}(?:\s+\w+)?\s*(?:[:,.]|that)?\s*[\"\u201c]$")
_BREAKS_RE = re.compile(r"\n+")
# The signature line under an embedded post: "— Name of the account (@handle) date".
_SIGNATURE_RE = re.compile(r"(?m)^[ \t]*[\u2014\u2013-]+[ \t]*(?P<name>[^\n(]{2,120}?)\s*\(@\w+\)")
# Text between two actors named in one list: "X, Y and Z", "X and Y", "X and the Y".
_COORDINATION_RE = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:the\s+)?")
SPEAKER_REACH = 120  # characters between a quotation mark and its speaker
CONTINUED_QUOTE_GAP = 2  # paragraph breaks a quote may follow the previous one by and still be the same speaker's
# How far back (in segments) a pronoun may look for its antecedent.
PRONOUN_REACH = {"PERSON": 1, "OTHER": 1}


@dataclass(slots=True)
class _Cluster:
    type: str
    name: str
    country: str | None
    sector: str | None
    mentions: list[ActorMention]
    roles: set[str] = field(default_factory=set)
    full_name: bool = False
    from_table: bool = False
    placed: bool = False  # country read from where the actor acts (Placement), not stated

    def add(self, mention: ActorMention) -> None:
        self.mentions.append(mention)
        if self.country is None and mention.kind != "PRONOUN":
            self.country = mention.country
        if self.sector is None and mention.kind != "PRONOUN":
            self.sector = mention.sector


def _distinct(candidates: list[tuple[ActorMention, int, str]], limit: int) -> list[int]:
    """Up to ``limit`` entities of distinct sides, in the candidates' order."""
    found: list[int] = []
    sides: set[str] = set()
    for _, index, side in candidates:
        if index in found or side in sides:
            continue
        found.append(index)
        sides.add(side)
        if len(found) == limit:
            break
    return found


class Coreference:
    """Pronoun, anaphor, pair and first-person resolution over the resolver's clusters and history."""

    text: str
    lex: Lexicon
    clusters: list[_Cluster]
    by_key: dict[str, int]
    links: dict[tuple[int, int], int]
    pairs: dict[tuple[int, int], tuple[int, ...]]
    pair_mentions: list[tuple[ActorMention, tuple[int, ...]]]
    mention_at: dict[tuple[int, int], ActorMention]
    history: list[tuple[ActorMention, int]]
    author_country: str | None
    interviewee: str | None
    interviewee_at: tuple[int, int] | None
    placement: Placement

    _link: Callable[[ActorMention, int], None]  # the resolver's: add a mention to a cluster
    _quotes: list[Quote] | None = None
    _speakers: dict[int, int | None] | None = None

    def _speaker_of_quote(self, at: int) -> int | None:
        """The entity that says the quotation holding offset ``at``, or of the quote it continues."""
        if self._quotes is None:
            self._quotes = find_quotes(self.text)
            self._speakers = {}
        assert self._speakers is not None
        position = next((i for i, q in enumerate(self._quotes) if q.start <= at < q.end), None)
        if position is None:
            return None
        while position >= 0:
            if position not in self._speakers:
                self._speakers[position] = self._named_speaker(self._quotes[position])
            found = self._speakers[position]
            if found is not None:
                return found
            quote = self._quotes[position]
            reported = self._reported_speaker(quote)
            if reported is not None:
                return reported
            if position == 0:
                return None
            previous = self._quotes[position - 1]
            if len(_BREAKS_RE.findall(self.text, previous.end, quote.start)) > CONTINUED_QUOTE_GAP:
                return None
            position -= 1
        return None

    def _post_signer(self, mention: ActorMention) -> int | None:
        """The account that signs the embedded post holding ``mention`` (its signature line follows the post)."""
        signature = _SIGNATURE_RE.search(self.text, mention.end)
        if signature is None or len(_BREAKS_RE.findall(self.text, mention.end, signature.start())) > CONTINUED_QUOTE_GAP:
            return None
        begin, end = signature.span("name")
        found = sorted((start, index) for (start, stop), index in self.links.items() if begin <= start and stop <= end)
        return found[0][1] if found else None

    def _reported_speaker(self, quote: Quote) -> int | None:
        """A quoted paragraph with no speaker, right after a paragraph that says who speaks ("The minister said
        the drills would go ahead." then a quote): that paragraph's speaker."""
        begin = self.text.rfind("\n", 0, quote.start) + 1
        if self.text[begin : quote.start - 1].strip() or begin == 0:
            return None  # the quote does not open its paragraph
        before = self.text[: begin].rstrip("\n")
        previous = before.rfind("\n") + 1
        if not before or '"' in before[previous:] or "\u201c" in before[previous:]:
            return None
        found = None
        for (start, end), index in self.links.items():
            if previous <= start and end <= len(before) and _SPEECH_NEXT_RE.match(self.text, end):
                if found is None or start > found[0]:
                    found = (start, index)
        return found[1] if found is not None else None

    def _named_speaker(self, quote: Quote) -> int | None:
        """The entity named as saying ``quote``: right after its closing mark, else right before its opening."""
        after, before = None, None
        for (start, end), index in self.links.items():
            if quote.end < start <= quote.end + SPEAKER_REACH and (after is None or start < after[0]):
                if _BETWEEN_AFTER_RE.fullmatch(self.text, quote.end, start) and (
                    re.search(_SPEECH, self.text[quote.end : start]) or _SPEECH_NEXT_RE.match(self.text, end)
                ):
                    after = (start, index)
            if quote.start - SPEAKER_REACH <= end < quote.start and (before is None or end > before[0]):
                if _BETWEEN_BEFORE_RE.match(self.text[end : quote.start]):
                    before = (end, index)
        found = after or before
        return found[1] if found is not None else None

    def _speaker_side(self, index: int) -> int | None:
        """The side a speaker's "we" stands for: a state official's state, an organisation itself, else the person."""
        cluster = self.clusters[index]
        if cluster.type != "PERSON":
            return index
        if cluster.country is None:
            return None
        state = self._state_of(cluster)
        return state if state is not None else index

    def _author_cue(self, mention: ActorMention) -> None:
        """"our country, X", "we Xs", "our president X": the author writes as X's country."""
        before = self.text[max(0, mention.start - 40) : mention.start]
        if mention.country not in NON_STATE_CODES and _AUTHOR_CUE_RE.search(before) and not self._quoted(mention):
            self.author_country = mention.country

    def _quoted(self, mention: ActorMention) -> bool:
        """Is the mention inside a quotation of its paragraph (someone else's "we")?"""
        line = self.text[self.text.rfind("\n", 0, mention.start) + 1 : mention.start]
        return line.count('"') % 2 == 1 or line.count("\u201c") > line.count("\u201d")

    def _first_person_country(self, mention: ActorMention) -> str | None:
        """The country a first-person plural at ``mention`` speaks for, if the text says."""
        line = self.text[self.text.rfind("\n", 0, mention.start) + 1 : mention.start]
        if self.author_country is not None:
            return None if self._quoted(mention) else self.author_country
        if self.interviewee is not None and _ANSWER_RE.match(line):
            return self.interviewee
        return None

    def _answer_country(self, mention: ActorMention) -> str | None:
        """The interviewee's state when ``mention`` is in an answer ("A: ...") of an interview, else None."""
        line = self.text[self.text.rfind("\n", 0, mention.start) + 1 : mention.start]
        return self.interviewee if self.interviewee is not None and _ANSWER_RE.match(line) else None

    def _speaker_self(self, mention: ActorMention) -> None:
        """I/me: in a quotation, its speaker (named next to it or to the quote it continues); in an interview
        answer, the interviewee; else nobody (the author is no actor)."""
        speaker = self._speaker_of_quote(mention.start) if self._quoted(mention) else None
        if speaker is None and self._answer_country(mention) is not None and self.interviewee_at is not None:
            speaker = self.links.get(self.interviewee_at)
        if speaker is not None:
            self._link(mention, speaker)

    def _author(self, mention: ActorMention) -> None:
        """we/us/our: in a quotation, the side of its speaker (named next to it or to the quote it continues); in an
        embedded post, the side of the account that signs it;
        else, in a text whose author says which country they write as, that country.

        In an interview, "we" in an answer is the interviewee's country.
        """
        speaker = self._speaker_of_quote(mention.start) if self._quoted(mention) else self._post_signer(mention)
        if speaker is not None:
            side = self._speaker_side(speaker)
            if side is not None:
                self._link(mention, side)  # "'We will not yield,' the minister said": the minister's state
                return
        country = self._first_person_country(mention)
        if country is None:
            return
        key = f"C:{country}"
        index = self.by_key.get(key)
        if index is None:
            index = next(
                (i for i, c in enumerate(self.clusters) if c.type == "COUNTRY" and c.country == country),
                None,
            )
        if index is not None:
            self._link(mention, index)

    def _anaphor(self, mention: ActorMention) -> None:
        key, spans, _ = decode_key(mention.key, mention.start)
        excluded = self._excluded(spans)  # "Paris suspended its aid to the country": not France
        word = mention.text.lower().split()[-1]
        if key and LED_MARK in key:
            self._led_body(mention, word, key.partition(LED_MARK)[2], excluded)
            return
        described = self._described_as(word, mention, excluded) if word in self.lex.anaphors else None
        if described is not None:  # "the South American bloc Mercosur ... the bloc": Mercosur
            self._link(mention, described)
            return
        if key and not key.startswith("A:"):
            for previous, index in reversed(self.history):  # bound by the component
                if previous.key == key and previous.start < mention.start:
                    self._link(mention, index)
                    return
        anaphor = self.lex.anaphors.get(word)
        if anaphor is None:
            return
        candidates: list[tuple[ActorMention, int]] = []
        for previous, index in reversed(self.history):
            if mention.segment - previous.segment > ANAPHOR_REACH:
                break
            cluster = self.clusters[index]
            if previous.kind in ("DEMONYM", "PLACE") or index in excluded:
                continue
            if cluster.type not in anaphor.types:
                state = self._state_of(cluster) if "COUNTRY" in anaphor.types and (
                    not anaphor.sectors or cluster.country in anaphor.sectors
                ) else None
                if state is not None and state not in excluded:
                    candidates.append((previous, state))  # "Niger's junta ... the country": Niger
                continue
            if anaphor.sectors and cluster.sector not in anaphor.sectors and cluster.country not in anaphor.sectors:
                continue
            if anaphor.name_has and anaphor.name_has not in cluster.name.lower():
                continue
            candidates.append((previous, index))
        if candidates:
            self._link(mention, self._salient(mention, candidates))
        elif word in FAR_ANAPHORS and anaphor.types == ("ORGANIZATION",) and anaphor.sectors:
            far = self._only_fitting(mention, anaphor, excluded)
            if far is not None:
                self._link(mention, far)  # "the bloc" paragraphs after the one bloc the story names

    def _only_fitting(self, mention: ActorMention, anaphor: object, excluded: set[int]) -> int | None:
        """The one organisation of the anaphor's sectors the text named before it, however far back, else None."""
        found = {
            index for previous, index in self.history
            if previous.start < mention.start and index not in excluded and previous.kind not in ("DEMONYM", "PLACE")
            and self.clusters[index].type == "ORGANIZATION"
            and self.clusters[index].sector in anaphor.sectors  # type: ignore[attr-defined]
            and (not anaphor.name_has or anaphor.name_has in self.clusters[index].name.lower())  # type: ignore[attr-defined]
        }
        return found.pop() if len(found) == 1 else None

    def _led_body(self, mention: ActorMention, word: str, leader: str, excluded: set[int]) -> None:
        """"the Russian-led alliance": the last organisation named before that the leaders table says this state
        leads, or the one the text introduced with this noun; else a body of its own, a generic intergovernmental
        organisation (IGO), never an unrelated organisation named earlier ("the EU's monitors")."""
        led = [
            index for previous, index in reversed(self.history)
            if previous.start < mention.start and index not in excluded
            and self.clusters[index].type == "ORGANIZATION" and leader in self.lex.leaders.get(self.clusters[index].name, ())
        ]
        if not led:
            described = self._described_as(word, mention, excluded)
            if described is not None and self.lex.leaders.get(self.clusters[described].name, (leader,)).count(leader):
                led = [described]
        if led:
            self._link(mention, led[0])
            return
        key = f"L:{word}|{leader}"
        index = self.by_key.get(key)
        if index is None:
            name = re.sub(r"^(?:the|this|that)\s+", "", mention.text, flags=re.IGNORECASE)
            self.clusters.append(_Cluster("ORGANIZATION", name, "IGO", "IGO", []))
            index = self.by_key[key] = len(self.clusters) - 1
        self._link(mention, index)

    def _described_as(self, word: str, mention: ActorMention, excluded: set[int]) -> int | None:
        """The one organisation the text introduced with the anaphor's noun before it ("the trade bloc Mercosur",
        "Mercosur, the South American bloc"), else None."""
        before = re.compile(rf"\b{re.escape(word)}\s+$", re.IGNORECASE)
        after = re.compile(rf"\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}{re.escape(word)}\b", re.IGNORECASE)
        found = {
            index for previous, index in self.history
            if previous.start < mention.start and previous.kind == "NAME" and index not in excluded
            and self.clusters[index].type == "ORGANIZATION"
            and (before.search(self.text, max(0, previous.start - 40), previous.start)
                 or after.match(self.text, previous.end)
                 or re.search(rf"\b{re.escape(word)}\s+\S", previous.text, re.IGNORECASE))
        }
        return found.pop() if len(found) == 1 else None

    def _state_of(self, cluster: _Cluster) -> int | None:
        """The country entity a state's official or body stands for ("Niger's junta" -> Niger), if named."""
        if cluster.country is None or cluster.country in NON_STATE_CODES or cluster.sector not in STATE_SECTORS:
            return None
        key = f"C:{cluster.country}"
        if key not in self.by_key:  # named only through its officials: the country entity starts here
            self.clusters.append(_Cluster("COUNTRY", self.lex.country_names.get(cluster.country, cluster.country),
                                          cluster.country, None, []))
            self.by_key[key] = len(self.clusters) - 1
        return self.by_key[key]

    def _pair(self, mention: ActorMention) -> None:
        """"both countries", "the two leaders", "the three governments": the most recent distinct actors of a
        fitting type, never the actor that acts on the pair ("Moscow urged both countries"). When fewer new sides
        than it has members were named since the last pair, this pair is that one ("both neighbours ... both sides");
        leaders with no two people named are the leaders of the last two states."""
        base, spans, banned = decode_key(mention.key, mention.start)
        base = base or ""
        excluded = self._excluded(spans)
        banned |= {
            c.country for c in (self.clusters[i] for i in excluded)
            if c.country and c.country not in NON_STATE_CODES and (c.type == "COUNTRY" or c.sector in STATE_SECTORS)
        }
        if group_members(base):  # "Sweden consulted the other Nordic countries": not Sweden
            self._group(mention, tuple(c for c in group_members(base) if c not in banned))
            return
        size, wanted = pair_size(base), pair_types(base)
        earlier = self._earlier_pair(mention, size)
        since = earlier[0].end if earlier is not None else -1
        found = None
        preferred = pair_sectors(base)
        if preferred:  # "the two forces": the armed actors, not the states that brokered their truce
            found = self._members_before(mention, wanted, size, excluded, banned, -1, preferred)
        if found is None and earlier is not None:
            # the same pair again, unless at least as many new sides as it has members were named since
            named_since = {side for _, _, side in self._candidates(mention, wanted, excluded, banned, since)}
            if len(named_since - {self._side(i) for i in earlier[1]}) < size:
                found = earlier[1]
        if found is None:
            found = self._members_before(mention, wanted, size, excluded, banned, since)
        if found is None:
            found = self._members_before(mention, wanted, size, excluded, banned, -1)
        if found is None and "PERSON" in wanted:
            found = self._members_before(mention, frozenset({"COUNTRY"}), size, excluded, banned, -1)
        if found is not None:
            self._members_found(mention, found)

    def _members_found(self, mention: ActorMention, found: tuple[int, ...]) -> None:
        """Record the members of a pair or group; its phrase counts as a mention of each of them."""
        for index in found:
            if mention not in self.clusters[index].mentions:
                self.clusters[index].mentions.append(mention)
        self.pairs[(mention.start, mention.end)] = found
        self.pair_mentions.append((mention, found))

    def _group(self, mention: ActorMention, codes: tuple[str, ...]) -> None:
        """"the Baltic states": the member countries, as if the text had listed them."""
        found = []
        for code in codes:
            key = f"C:{code}"
            if key not in self.by_key:  # not named yet: the country entity starts here
                self.clusters.append(_Cluster("COUNTRY", self.lex.country_names.get(code, code), code, None, []))
                self.by_key[key] = len(self.clusters) - 1
            found.append(self.by_key[key])
        self._members_found(mention, tuple(found))

    def _earlier_pair(self, mention: ActorMention, size: int) -> tuple[ActorMention, tuple[int, ...]] | None:
        """The latest resolved pair of the same size in reach before ``mention``, with its members."""
        best = None
        for previous, members in self.pair_mentions:
            if len(members) != size or previous.start >= mention.start:
                continue
            if mention.segment - previous.segment <= PAIR_REACH and (best is None or previous.start > best[0].start):
                best = (previous, members)
        return best

    def _side(self, index: int) -> str:
        """A state actor's side is its state; any other actor is a side of its own."""
        cluster = self.clusters[index]
        country = cluster.country if cluster.country not in NON_STATE_CODES else None
        state_actor = country is not None and (cluster.type == "COUNTRY" or cluster.sector in STATE_SECTORS)
        return country if state_actor and country else f"#{index}"

    def _candidates(
        self, mention: ActorMention, wanted: frozenset[str], excluded: set[int], banned: set[str], since: int,
        sectors: frozenset[str] = frozenset(),
    ) -> list[tuple[ActorMention, int, str]]:
        """The fitting actors in reach (after offset ``since``) before ``mention``, latest first, with their side."""
        candidates: list[tuple[ActorMention, int, str]] = []
        for previous, index in sorted(self.history, key=lambda h: h[0].start, reverse=True):
            if previous.start >= mention.start or previous.kind in ("PLACE", PAIR_KIND):
                continue
            if mention.segment - previous.segment > PAIR_REACH or previous.start < since:
                break
            if index in excluded or (sectors and self.clusters[index].sector not in sectors):
                continue
            if previous.kind == "CAPITAL" and self.placement.is_locative(previous):
                continue  # "X met Y in Beijing": a venue, not a side
            cluster = self.clusters[index]
            side = self._side(index)
            state_actor = not side.startswith("#")
            if state_actor and side in banned:
                continue  # "Moscow urged both countries": no Russian actor is one of them
            if cluster.type not in wanted:
                # "Pakistani and Indian officials ... both countries": a state's officials stand for the state
                if "COUNTRY" not in wanted or not state_actor:
                    continue
                index = self.by_key.get(f"C:{side}", index)
            # a state and its officials are one side ("Chile ... the Chilean minister"); an armed group is
            # a side of its own ("the army and the RSF ... the two forces")
            candidates.append((previous, index, side))
        return candidates

    def _members_before(
        self, mention: ActorMention, wanted: frozenset[str], size: int, excluded: set[int], banned: set[str], since: int,
        sectors: frozenset[str] = frozenset(),
    ) -> tuple[int, ...] | None:
        """``size`` distinct sides named (after offset ``since``) before ``mention``, oldest first, else None.
        For three or more, a list of exactly that many sides named together ("Mali, Niger and Chad") wins over
        recency (two are named together too often for one to say which two a pair means)."""
        candidates = self._candidates(mention, wanted, excluded, banned, since, sectors)
        for run in self._coordinated_runs(candidates) if size > 2 else ():
            found = _distinct(run, size + 1)
            if len(found) == size:
                return tuple(reversed(found))
        if len({side for _, _, side in candidates}) > size:
            # more sides in reach than the pair has: the ones the story names most ("Saudi-Iranian talks ...
            # Yemen ... both countries"), the latest first among equals
            named: Counter[str] = Counter()
            for previous, index in self.history:
                if previous.start < mention.start:
                    cluster = self.clusters[index]
                    if cluster.country and cluster.country not in NON_STATE_CODES:
                        named[cluster.country] += 1
                    named[f"#{index}"] += 1
            ranked = sorted(range(len(candidates)), key=lambda n: (-named[candidates[n][2]], n))
            found = _distinct([candidates[n] for n in ranked], size)
            found.sort(key=lambda i: next(n for n, c in enumerate(candidates) if c[1] == i))
        else:
            found = _distinct(candidates, size)
        return tuple(reversed(found)) if len(found) == size else None

    def _coordinated_runs(self, candidates: list[tuple[ActorMention, int, str]]) -> list[list[tuple[ActorMention, int, str]]]:
        """Runs of candidates named together ("X, Y and Z", "X and Y"), latest first; single ones left out."""
        runs: list[list[tuple[ActorMention, int, str]]] = []
        for item in candidates:  # latest first
            if runs and _COORDINATION_RE.fullmatch(self.text, item[0].end, runs[-1][-1][0].start):
                runs[-1].append(item)
            else:
                runs.append([item])
        return [run for run in runs if len(run) > 1]

    def _excluded(self, spans: list[tuple[int, int]]) -> set[int]:
        """The entities of the mentions a pronoun's own clause governs."""
        found = set()
        for start, end in spans:
            index = self.links.get((start, end))
            if index is None:
                index = next((i for (s, e), i in self.links.items() if s <= start and end <= e), None)
            if index is None:
                index = self._bound_pronoun(start, end)  # "he looked forward to hosting the two leaders"
            if index is not None:
                found.add(index)
        return found

    def _bound_pronoun(self, start: int, end: int) -> int | None:
        """The entity of a pronoun not resolved yet that the component bound by syntax (its key names it)."""
        mention = self.mention_at.get((start, end))
        if mention is None or mention.kind != "PRONOUN":
            return None
        key, _, _ = decode_key(mention.key, mention.start)
        if not key or key.startswith("P:"):
            return None
        return next((i for m, i in reversed(self.history) if m.key == key and m.start < start), None)

    def _pronoun(self, mention: ActorMention) -> None:
        key, spans, countries = decode_key(mention.key, mention.start)
        excluded = self._excluded(spans)
        if countries:  # "it expelled Chad's envoy": no Chadian state actor
            # (a group placed by context is not: "protesters in Lagos ... they accused Nigeria's police"; nor an
            # armed group or party of that state: "the rebels ... its capture of the capital")
            excluded |= {
                i for i, c in enumerate(self.clusters)
                if c.country in countries and not c.placed and (c.type == "COUNTRY" or c.sector in STATE_SECTORS)
            }
        word = mention.text.lower()
        if key and not key.startswith("P:"):
            # The component bound the pronoun to a person of its segment by syntax.
            for previous, index in reversed(self.history):
                if previous.key == key and previous.start < mention.start and index not in excluded:
                    self._link(mention, index)
                    if word in GROUP_PRONOUNS:
                        self._listed_with(mention, previous, excluded)  # "Mali and Niger said ... them"
                    return
        if word in PERSON_PRONOUNS:
            wanted = {"PERSON"}
        elif word in THING_PRONOUNS:
            wanted = {"ORGANIZATION", "COUNTRY"}
        elif word in GROUP_PRONOUNS:
            wanted = {"GROUP", "ORGANIZATION", "COUNTRY"}
        elif word in FIRST_PLURAL:
            self._author(mention)  # the author's side: only when the text says which it is
            return
        elif word in FIRST_SINGULAR:
            self._speaker_self(mention)  # a quotation's speaker or the interviewee; never the author
            return
        else:
            return
        reach = PRONOUN_REACH["PERSON" if "PERSON" in wanted else "OTHER"]
        candidates: list[tuple[ActorMention, int]] = []
        for previous, index in reversed(self.history):
            if mention.segment - previous.segment > reach:
                break
            if previous.start >= mention.start or index in excluded:
                continue
            if self.clusters[index].type in wanted and previous.kind not in ("DEMONYM", "PLACE"):
                candidates.append((previous, index))
        if word in GROUP_PRONOUNS and self._pair_antecedent(mention, candidates, excluded):
            return  # "China, a friend of both neighbours, called on them": the pair
        if candidates:
            index = self._salient(mention, candidates)
            self._link(mention, index)
            if word in GROUP_PRONOUNS:
                previous = next(p for p, i in candidates if i == index)
                self._listed_with(mention, previous, excluded)

    def _pair_antecedent(
        self, mention: ActorMention, candidates: list[tuple[ActorMention, int]], excluded: set[int]
    ) -> bool:
        """they/them after a pair or group of its own or the previous sentence, with no actor named since:
        the pronoun stands for the members. Linked to the last member; ``members`` gives them all."""
        begin, _ = self.placement.sentences.bounds(mention.start, mention.end)
        earlier, _ = self.placement.sentences.bounds(max(0, begin - 1), max(0, begin - 1))
        latest = max((p.start for p, _ in candidates), default=-1)
        for pair, members in reversed(self.pair_mentions):
            if pair.end > mention.start:
                continue
            if pair.start < earlier or pair.start < latest or any(i in excluded for i in members):
                return False
            self._link(mention, members[-1])
            self.pairs[(mention.start, mention.end)] = members
            return True
        return False

    def _listed_with(self, mention: ActorMention, antecedent: ActorMention, excluded: set[int]) -> None:
        """A plural pronoun whose antecedent is named in a list ("Mali and Niger", "the juntas of Mali and
        Niger") stands for every actor of the list: ``members`` gives them."""
        named = sorted((m for m in self.history if m[0].start < mention.start), key=lambda h: h[0].start)
        at = next((n for n, (m, _) in enumerate(named) if m is antecedent), None)
        if at is None:
            return
        first = last = at
        while first > 0 and _COORDINATION_RE.fullmatch(self.text, named[first - 1][0].end, named[first][0].start):
            first -= 1
        while last + 1 < len(named) and _COORDINATION_RE.fullmatch(self.text, named[last][0].end, named[last + 1][0].start):
            last += 1
        listed = [(m, i, f"#{i}") for m, i in named[first : last + 1] if i not in excluded and m.kind != "PLACE"]
        members = _distinct(listed, len(listed))
        if len(members) > 1:
            self.pairs[(mention.start, mention.end)] = tuple(members)

    def _salient(self, mention: ActorMention, candidates: list[tuple[ActorMention, int]]) -> int:
        """The antecedent of a pronoun in a later sentence: the first fitting actor of the latest sentence
        that has one (in English news the subject comes first), not the last actor named."""
        latest = candidates[0][0]
        begin, end = self.placement.sentences.bounds(latest.start, latest.end)
        if mention.start < end:
            return candidates[0][1]  # same sentence: the component's syntax already had its say
        same = [(previous, index) for previous, index in candidates if begin <= previous.start < end]
        own = self._quote_at(mention.start)
        # a person only quoted ("'I met Lula,' Khan said. He ...") is not the topic: the speaker is
        outside = [index for previous, index in same if self._quote_at(previous.start) in (None, own)]
        return outside[-1] if outside else same[-1][1]

    def _quote_at(self, at: int) -> int | None:
        """The position of the quotation holding offset ``at`` among the document's quotes, else None."""
        if self._quotes is None:
            self._quotes = find_quotes(self.text)
            self._speakers = {}
        return next((i for i, q in enumerate(self._quotes) if q.start <= at < q.end), None)
