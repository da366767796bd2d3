"""Who takes part in multi-party acts, and the context placeholder: mixed into ``arguments.RoleFinder``.

- Hosted talks: "talks hosted by Z", "talks were held in Z between X and Y", "Z hosted talks between X and
  Y" -> X-Y, X-Z, Y-Z (team rule); a host or broker with no party named acts towards both sides of the
  document's main dispute (the ``PARTIES`` marker of the context placeholder).
- A refusal to let or allow X to act is aimed at X.
- A one-sided act of force with no target ("X has not returned fire"): the ``COUNTERPART`` placeholder.
- Co-negotiators: "the swap was negotiated by X, Y and Z" acted towards another party, not each other.
- The doer named on a threatened act ("UN sanctions") is on the threatener's side, not its target.
- The context placeholder (``context.py``) for a trigger that needs a target its clause does not name:
  ``with_context``, the hook the component calls after its role repairs (so a target a repair finds, from
  an absorbed act or an if-clause, is never second-guessed here).

The methods use ``RoleFinder``'s ``index``, ``_actors`` and ``roles``; see docs/extraction.md (Arguments).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..records import ActorMention
from .context import (
    COUNTERPART, COUNTERPART_TYPES, JOINT, PARTIES, answered_types, context_mention, context_type, evidence_for,
)
from .triggers import Trigger

RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
PLACE_TYPES = frozenset({"LOCATION", "COUNTRY"})
# Verbs of denial: a denied act is not an answer to a context party, nor aimed at the denier's target
# (shared with the component).
DENIALS = frozenset({"deny", "refute", "dismiss"})
# Verbs of hosting talks: their agent (or, for "hold", the place after "in") is the host.
HOST_VERBS = frozenset({"host", "hold", "organise", "organize", "convene"})
# Verbs whose subject hosts the talks that are their object ("X hosted talks between Y and Z"); "hold" is
# not one ("X held talks with Y": X is a party).
HOSTING_VERBS = frozenset({"host", "organise", "organize", "convene"})
# Nouns of meetings that a third party can host ("a round of talks" through its "of"-object).
MEETING_NOUNS = frozenset({"talk", "talks", "negotiation", "contact", "meeting", "summit", "dialogue",
                           "conference", "consultation"})
ROUND_NOUNS = frozenset({"round", "series"})
# Verbs of letting someone act: a refusal to let X do something is aimed at X.
PERMIT_VERBS = frozenset({"let", "allow", "permit"})
# Reactions to an act: their target is the act's author ("condemned the raid", "welcomed the deal"; used by
# the component's repairs).
REACTION_TYPES = frozenset({"SUPPORT", "ACCUSE", "REJECT"})


# Prepositions of the act that help is given for ("support for the strikes").
HELPED_ACT_PREPS = frozenset({"for"})
# Determiners that point back to talks already told of ("those talks", "these negotiations").
BACKWARD_DETS = frozenset({"those", "these", "that", "this"})
# Types of the earlier joint act such talks recall (the talks themselves, or the deal they are to reach).
RECALLED_MEETING_TYPES = ("CONSULT", "AGREE")


@dataclass(frozen=True, slots=True)
class Argument:
    """An actor filling a role: its span, mention record and how far it is from the trigger."""

    span: Span
    mention: ActorMention
    distance: int


class PartyRoles:
    """Mixin of ``RoleFinder``: hosts, co-agents, threatened acts' doers and context placeholders (it relies
    on ``RoleFinder.index``, ``trigger_heads``, ``_actors`` and ``roles``)."""

    def _host(self, noun: Token, gov: Token | None) -> Argument | None:
        """The country that hosts talks: "talks hosted by Z", "talks were hosted / held in Z", "held talks in Z"
        (a country, or a place of a country such as its capital)."""
        parties = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"
                   for p in c.children if p.dep_ == "pobj"]
        parties += [c for p in parties for c in p.conjuncts]
        # "talks between X and Y, hosted by Z": the parser often hangs the participle on the last party
        holders = [c for h in (noun, *parties) for c in h.children
                   if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in HOST_VERBS]
        if gov is not None and gov.lemma_.lower() in HOST_VERBS:
            holders.append(gov)
        for verb in holders:
            agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            places = [] if verb.lemma_.lower() != "hold" else [
                p for h in (verb, noun) for c in h.children if c.dep_ == "prep" and c.lower_ == "in"
                for p in c.children if p.dep_ == "pobj"]
            for arg in self._actors(agents, 2) + self._actors(places, 2):
                if not arg.mention.country or arg.mention.entity_type not in PLACE_TYPES | {"PERSON", "ORGANIZATION"}:
                    continue
                if arg.span.root.dep_ == "pobj" and arg.span.root.head.lower_ == "in":
                    # the host's span takes its "in": a venue of a meeting between named parties is not a party,
                    # but the host of talks is one
                    prep = arg.span.root.head
                    return Argument(arg.span.doc[prep.i : arg.span.end], arg.mention, arg.distance)
                return arg
        return None

    def _with_host(
        self, noun: Token, gov: Token | None, sources: list[Argument], targets: list[Argument]
    ) -> tuple[list[Argument], list[Argument]]:
        """Talks hosted by a third country: the parties meet each other and each meets the host (team
        rule). With parties X and Y and host Z: sources [X, Y], targets [Y, Z] pair as X-Y, X-Z, Y-Z; with
        no party named, the host is the source and the parties are left to the context."""
        host = self._host(noun, gov)
        if host is None:
            return sources, targets
        parties = list({a.span.start: a for a in sources + targets if a.span.start != host.span.start}.values())
        if any(p.mention.country == host.mention.country for p in parties):
            return sources, targets  # the venue is a party's own: its visitors already meet it
        if not parties:
            return [host], []
        if len(parties) == 1:
            return parties, [host]
        return parties, [*parties[1:], host]

    # -- hosting talks between others (active verbs) ------------------------------------------
    @staticmethod
    def _meeting_object(verb: Token) -> Token | None:
        """The talks a hosting verb has as its object ("hosted talks", "convene a round of talks"), else None."""
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in HOSTING_VERBS:
            return None
        for obj in verb.children:
            if obj.dep_ != "dobj":
                continue
            lemma = obj.lemma_.lower()
            if lemma in MEETING_NOUNS or (lemma in ROUND_NOUNS and any(
                p.lemma_.lower() in MEETING_NOUNS for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children if p.dep_ == "pobj"
            )):
                return obj
        return None

    def _meeting_parties(self, meeting: Token) -> list[Argument]:
        """The parties named after "between" on hosted talks ("talks between X and Y", "a round of talks
        between the two sides")."""
        holders = [meeting, *[p for c in meeting.children if c.dep_ == "prep" and c.lower_ == "of"
                              for p in c.children if p.dep_ == "pobj"]]
        return self._actors([p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "between"
                             for p in c.children if p.dep_ == "pobj"], 2)

    def _hosting(self, head: Token) -> Token | None:
        """The hosting verb of an act: the trigger itself, or the verb of its infinitive complement ("offered
        to host talks", "is ready to host talks"), when it hosts talks."""
        if self._meeting_object(head) is not None:
            return head
        # (an infinitive after an adjunct is often parsed as an adverbial clause: "offered on Monday to host")
        return next((c for c in head.children if (c.dep_ == "xcomp" or (c.dep_ == "advcl" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children))) and self._meeting_object(c) is not None), None)

    def _with_hosted_parties(
        self, verb: Token, sources: list[Argument], targets: list[Argument]
    ) -> tuple[list[Argument], list[Argument]]:
        """"X hosted talks between Y and Z": Y and Z meet each other and each meets X (team rule), as for
        "talks hosted by X"; a pair ("between the two sides") meets itself and the host. Without named
        parties the host keeps its targets (the context gives the parties: ``PARTIES``)."""
        meeting = self._meeting_object(verb)
        if meeting is None or not sources:
            return sources, targets
        starts = {a.span.start for a in sources}
        parties = [p for p in self._meeting_parties(meeting) if p.span.start not in starts]
        if not parties:
            return sources, targets
        if {p.mention.country for p in parties} & {s.mention.country for s in sources} - {None}:
            sources = []  # the host is a party: its talks are between the named parties
        if len(parties) == 1 and parties[0].mention.kind == "PAIR":
            pair = parties[0]
            return [pair], [Argument(pair.span[1:], pair.mention, pair.distance), *sources]
        if len(parties) == 1:
            return (sources, parties) if sources else (parties, [])
        return parties[:1] + parties[1:], [*parties[1:], *sources]

    def _act_authors(self, trigger: Trigger) -> set[int]:
        """Starts of the actor spans that modify an act noun absorbed by the trigger as its doer ("UN
        sanctions", "Russian strikes", "the EU's sanctions")."""
        found: set[int] = set()
        for inner in trigger.absorbed:
            if inner.head.pos_ not in ("NOUN", "PROPN"):
                continue
            for c in inner.head.children:
                if c.dep_ in ("poss", "compound", "amod", "nmod") and (span := self.index.at(c, 0)) is not None:
                    found.add(span.start)
        return found

    # -- context -------------------------------------------------------------------------------
    def with_context(self, trigger: Trigger, sources: list[Argument], targets: list[Argument]) -> list[Argument]:
        """The targets, or the context placeholder when there are none and the trigger needs one. Called by
        the component after its role repairs (targets from an absorbed act, from an if-clause), so a target
        a repair removed (the troops of "ruled out sending its troops" are what is moved) leaves room for it."""
        if not targets and trigger.entry.type == "REJECT":
            targets = self._refused_permission(trigger.head)
        if not targets and self._needs_context(trigger, sources):
            return [self._context_argument(trigger)]
        if self._needs_counterpart(trigger, sources, targets):
            span = trigger.span
            return [Argument(span, context_mention(span.start_char, span.end_char, span.text, (COUNTERPART,),
                                                   trigger.entry.type, True), 6)]
        return targets

    def subject_context(self, trigger: Trigger, acts: dict[int, str]) -> list[Argument]:
        """The context placeholder of a threat whose subject is its target but names no actor: "the strikes
        will not go unpunished" answers the author of the strikes (an earlier act of that type); "those who
        shelter militants will pay a price" aims at the speaker's counterpart. [] for an absorbed trigger."""
        if trigger.head.i not in self.trigger_heads:
            return []
        subjects = [c for c in trigger.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            return []
        answered = tuple(acts[s.i] for s in subjects if s.i in acts) or (COUNTERPART,)
        span = trigger.span
        return [Argument(span, context_mention(span.start_char, span.end_char, span.text, answered,
                                               trigger.entry.type, False), 6)]

    def act_context(self, trigger: Trigger, acts: dict[int, str]) -> list[Argument]:
        """The context placeholder of help given for an act whose doer is not named ("provided logistical
        support for the strikes"): the authors of the latest earlier act of that type. [] otherwise."""
        if trigger.head.i not in self.trigger_heads:
            return []
        given = {x.head.i: x.entry.type for x in trigger.absorbed if x.head.dep_ == "dobj"}
        for holder in [trigger.head, *[t for t in trigger.head.children if t.i in given]]:
            for prep in holder.children:
                if prep.dep_ != "prep" or prep.lower_ not in HELPED_ACT_PREPS:
                    continue
                for act in prep.children:
                    if act.dep_ != "pobj" or act.i not in acts or any(
                            c.dep_ in ("poss", "amod", "compound", "nmod") and self.index.at(c, 0) is not None
                            for c in act.children):
                        continue
                    span = trigger.span
                    etype = given.get(holder.i, trigger.entry.type)
                    return [Argument(span, context_mention(span.start_char, span.end_char, span.text,
                                                           (acts[act.i],), etype, False), 6)]
        return []

    def _refused_permission(self, head: Token) -> list[Argument]:
        """"refused to let / allow X (to) visit Y": the refusal is aimed at X, the one not let in."""
        found: list[Token] = []
        for verb in head.children:
            if verb.dep_ != "xcomp" or verb.lemma_.lower() not in PERMIT_VERBS:
                continue
            found += [c for c in verb.children if c.dep_ in ("dobj", "nsubj")]
            found += [s for c in verb.children if c.dep_ in ("ccomp", "xcomp") for s in c.children
                      if s.dep_ in ("nsubj", "nsubjpass")]
        return [a for a in self._actors(found, 3) if a.mention.country or a.mention.entity_type == "PERSON"]

    def _needs_counterpart(self, trigger: Trigger, sources: list[Argument], targets: list[Argument]) -> bool:
        """True for a top-level act of force or coercion by one side that needs no target and names none
        ("X has not returned fire"), or names only a thing of no known country taken for an actor ("has not
        closed the X crossing"): its target is the source's counterpart in the document, if any."""
        entry = trigger.entry
        # a thing of no known country taken for an actor ("closed the X crossing") is no party either
        nameless = all(t.mention.country is None and t.mention.entity_type not in ("PERSON", "GROUP")
                       and t.mention.kind in ("NAME", "NER") and t.mention.sector is None for t in targets)
        return (entry.type in COUNTERPART_TYPES and (entry.intransitive or (targets and nameless)) and bool(sources)
                and nameless and trigger.head.i in self.trigger_heads and not (entry.mutual and len(sources) > 1))

    def _needs_context(self, trigger: Trigger, sources: list[Argument]) -> bool:
        """True when a trigger of the Doc (not an absorbed one), left without a target by its clause and by
        the component's repairs, needs one: finalisation looks for it in context."""
        entry = trigger.entry
        head = trigger.head
        if head.i not in self.trigger_heads or not evidence_for(context_type(entry.type, entry.future),
                                                                  entry.intransitive):
            return False
        if head.lemma_.lower() in DENIALS and any(c.dep_ in ("xcomp", "ccomp") for c in head.children):
            return False  # "denied arming X": the act denied, not an answer to someone
        if entry.subject_target or (entry.mutual and len(sources) > 1 and not self._co_agents(head)):
            return False
        if not sources and (entry.sourceless or trigger.head.pos_ != "ADJ"):
            return False
        for inner in trigger.absorbed:
            if inner.entry.intransitive and inner.head.dep_ in ("ccomp", "advcl"):
                return False  # "warned that it would mobilise": with no target the content stands on its own
        return True

    def _co_agents(self, head: Token) -> bool:
        """True when several actors did a mutual act to a thing, named as the passive agent: "the swap was
        negotiated by X, Y and Z", "a deal negotiated by X and Y": they acted together towards another
        party, not with each other."""
        if not any(c.dep_ == "agent" for c in head.children):
            return False
        things = [c for c in head.children if c.dep_ == "nsubjpass"]
        if head.dep_ in ("acl", "relcl") and head.tag_ == "VBN":
            things.append(head.head)
        return bool(things) and all(self.index.at(t) is None and t.tag_ not in RELATIVE_TAGS for t in things)

    def _context_argument(self, trigger: Trigger) -> Argument:
        """The context placeholder as an argument (far from the trigger, so the confidence is low)."""
        span = trigger.span
        answered = answered_types(trigger.head, [t.entry.type for t in trigger.absorbed if t.head.dep_ == "dobj"])
        host = self._hosting(trigger.head)
        meeting = self._meeting_object(host) if host is not None else None
        if meeting is not None and any(c.dep_ == "det" and c.lower_ in BACKWARD_DETS for c in meeting.children):
            # "offered to host those talks": the parties of the talks (or the deal) told just before
            answered = (*answered, *[t for t in RECALLED_MEETING_TYPES if t not in answered], JOINT)
        elif trigger.entry.mode == "third-party" or host is not None:
            answered = (PARTIES, *answered)  # a broker or host: the two sides it brings together
        mention = context_mention(span.start_char, span.end_char, span.text, answered,
                                  context_type(trigger.entry.type, trigger.entry.future),
                                  trigger.entry.intransitive)
        return Argument(span, mention, 6)

