"""Find the source and target actors of a trigger from the dependency parse.

Actors are looked up through ``actor_index.ActorIndex``; subjects come from ``subjects.SubjectRoles`` and
multi-party acts from ``parties.PartyRoles``. For each trigger the syntactic arguments are found (subject,
passive agent, object, prepositional objects, possessive, "between X and Y", relative-clause head, control
and coordination) and each is mapped to the actor span that covers it or sits inside its noun phrase.
"""

from __future__ import annotations

from spacy.tokens import Token

from .actor_index import ActorIndex
from .clauses import (
    BACKED_PREPS, backed_verb, clause_verb, for_to_clause, governing_verb, invitation, is_place_phrase,
    misparsed_small_clause, object_relative, small_clause, with_conjuncts,
)
from .parties import PLACE_TYPES, Argument, PartyRoles
from .subjects import SUBJ_DEPS, SubjectRoles, placeable
from .triggers import Trigger

TARGET_PREPS = ("to", "with", "against", "on", "at", "from", "for", "into", "toward", "towards", "upon", "over", "alongside",
                "in", "by")
# Prepositions that name a place rather than a party; they give a target only for locative triggers.
PLACE_PREPS = frozenset({"in", "at", "into"})
# Particles of leaving whose "of"-object is what is left ("pulled out of", "walked out of").
EXIT_PARTICLES = frozenset({"out"})
# Types whose target, when no party is named, is the place where the act happened (PLOVER practice).
PLACE_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "SANCTION"})
PLACE_TARGET_PREPS = frozenset({"in", "near", "at", "into", "outside", "across", "inside", "around", "off", "along"})
# Spoken acts: for their nouns "from X" names who speaks ("a demand from X"), not the target.
SPOKEN_TYPES = frozenset({"REQUEST", "AGREE", "THREATEN", "ACCUSE", "SUPPORT"})
SELF_PRONOUNS = frozenset({"it", "we", "i"})
# Verbs whose subject undergoes the spoken act named as their object ("X faced calls from Y to ...", "X
# drew criticism from Y"): that subject is the act's target.
UNDERGO_VERBS = frozenset({"face", "receive", "get", "draw", "attract", "endure", "weather"})
# Acts whose noun, as the purpose of a verb with no object ("gathered for a rally"), is done by that verb's
# subject.
PURPOSE_TYPES = frozenset({"PROTEST"})
# Types whose direct object is usually the thing given or moved: a recipient named after to/for/with is the
# target ("send SCALP missiles to X", "signed a deal with X"), even when the object names something.
RECIPIENT_TYPES = frozenset({"AID", "COOPERATE", "CONCEDE", "AGREE", "MOBILIZE"})
RECIPIENT_PREPS = frozenset({"to", "for", "with"})
# Judgements: what is judged "in X" is held against (or credited to) X: "condemned the abuses in X".
WHERE_TARGET_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT"})
# Complaints are made to someone about someone else: the one complained about is the target.
AUDIENCE_TYPES = frozenset({"ACCUSE"})
# Prepositions after a participle that tie a noun to an actor: "linked to X", "owned by X", "backed by X".
PARTICIPLE_PREPS = frozenset({"to", "by", "with"})
# Help and joint projects: with no named partner, the country where the help lands or the project is built.
BENEFIT_TYPES = frozenset({"AID", "COOPERATE"})
BENEFIT_PREPS = frozenset({"in", "across", "inside"})
# Verbs of owing: the subject of "the debt that X owes" is the one a debt relief is for.
DEBT_VERBS = frozenset({"owe"})
# Material conflict done by a pair ("each side", "the two armies") with no one else named: each member acts
# against the other.
PAIR_CONFLICT_TYPES = frozenset({"ASSAULT", "MOBILIZE", "COERCE", "SANCTION"})
# Types whose target can be the subject of a that-clause: "demanded that X withdraw", "warned that X would".
CLAUSE_TARGET_TYPES = frozenset({"REQUEST", "THREATEN"})
# Spoken acts that, told by a verb coordinated after another with no object of its own, are addressed to the
# first verb's object ("summoned X's envoy and demanded ...").
SHARED_OBJECT_TYPES = frozenset({"REQUEST", "ACCUSE", "THREATEN"})
# Of those, types where the clause may tell the speaker's own act ("warned that X could impose sanctions on
# Y"): its target is then the one threatened.
SELF_CLAUSE_TYPES = frozenset({"THREATEN"})
# Help named as the means of a verb ("fought X with Y's backing"): the verb's subject is the one helped.
BACKED_TYPES = frozenset({"SUPPORT", "AID"})
# Participles that name where a thing on the move is going ("ships bound for X").
DESTINATION_VERBS = frozenset({"bind", "bound", "head", "sail", "steam"})
# Adverbs of moving away that carry the verb's prepositional phrase ("pulled back from X").
AWAY_ADVERBS = frozenset({"back", "away"})
# Sectors of the organs of a state ("the government", "the army"): asked to act, they stand for their state.
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP"})


class RoleFinder(SubjectRoles, PartyRoles):
    """Finds (sources, targets) for triggers of one Doc."""

    def __init__(self, index: ActorIndex, trigger_heads: set[int] | None = None,
                 backing_heads: set[int] | None = None) -> None:
        self.index = index
        self.trigger_heads = trigger_heads or set()
        self.backing_heads = backing_heads or set()  # heads of SUPPORT/AID triggers ("with X's backing")

    def _actors(self, tokens: list[Token], distance: int, place_ok: bool = True) -> list[Argument]:
        found: list[Argument] = []
        seen: set[int] = set()
        for tok in tokens:
            for t in with_conjuncts(tok):
                span = self.index.at(t)
                if span is None:
                    continue
                # "Polish and Ukrainian ministers": coordinated modifiers name several actors
                extra = (
                    [self.index.by_token.get(c.i) for c in with_conjuncts(span.root, ("ADJ", "PROPN", "NOUN"))[1:]]
                    if t.i != span.root.i else []
                )
                # "the leaders of X and Y" read as one actor "the leaders of X": Y joins through the "of" object
                extra += [self.index.by_token.get(c.i) for inner in span if inner.i != span.root.i
                          and inner.dep_ == "pobj" and inner.head.lower_ == "of"
                          for c in with_conjuncts(inner)[1:] if c.i >= span.end]
                for each in [span, *[e for e in extra if e is not None]]:
                    if each.start in seen:
                        continue
                    mention = self.index.mention(each)
                    if not place_ok and mention.entity_type == "LOCATION":
                        continue
                    seen.add(each.start)
                    found.append(Argument(each, mention, distance))
        return found

    # -- verbs ---------------------------------------------------------------------------------
    def object_tokens(self, head: Token, trigger: Trigger) -> list[tuple[Token, int]]:
        """Candidate target tokens with their path length, best first."""
        out: list[tuple[Token, int]] = []
        passive = any(c.dep_ == "agent" for c in head.children) or (
            # "two X engineers were kidnapped in Y": the one who underwent the act, before the place
            any(c.dep_ == "auxpass" for c in head.children) and not trigger.entry.theme_object)
        for c in head.children:
            if c.dep_ == "dobj" and trigger.entry.theme_object:
                # "withdrew its troops from X": the troops are moved, X is the target; "recalled its
                # ambassador to X": the target may hang off the moved object
                out.extend(self._prep_objects(c, False, 3))
                out.extend(found for of in c.children if of.dep_ == "prep" and of.lower_ == "of"
                           for p in of.children if p.dep_ == "pobj" for found in self._prep_objects(p, False, 4))
                continue
            if c.dep_ in ("dobj", "dative") or (passive and c.dep_ == "nsubjpass"):
                if c.pos_ == "ADP":  # "send aid to X" parsed with "to" as the dative
                    out.extend((p, 2) for p in c.children if p.dep_ == "pobj")
                else:
                    out.append((c, 1))
        if head.dep_ == "conj" and head.tag_ == "VBN" and not trigger.entry.theme_object and not any(
                c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in head.children):
            # "X were beaten and detained by Y": the later participle shares the first one's passive subject
            out.extend((c, 2) for c in head.head.children if c.dep_ == "nsubjpass")
        if object_relative(head):  # "the firms it accused", "the envoys who were expelled": the antecedent
            out.append((head.head, 1))
        # "kidnapped up to 16 X advisers": a counted object after the particle "up to"
        out.extend((p, 1) for prt in head.children if prt.dep_ == "prt" for prep in prt.children
                   if prep.dep_ == "prep" and prep.lower_ == "to" for p in prep.children
                   if p.dep_ == "pobj" and any(n.dep_ == "nummod" for n in p.children))
        out.extend(self._prep_objects(head, trigger.entry.locative, 2))
        # "pulled back from X", "moved away from X": the parser hangs the phrase on the adverb
        out.extend(found for adv in head.children if adv.dep_ in ("advmod", "prt") and adv.lower_ in AWAY_ADVERBS
                   for found in self._prep_objects(adv, trigger.entry.locative, 2))
        # "pulled out of the deal with X": the "of"-object of a particle, whose own prepositions may name X
        out.extend((p, 2) for prt in head.children
                   if prt.dep_ == "prt" or (prt.dep_ == "prep" and prt.lower_ in EXIT_PARTICLES)
                   for prep in prt.children if prep.dep_ == "prep" and prep.lower_ == "of"
                   for p in prep.children if p.dep_ == "pobj")
        if trigger.entry.type in WHERE_TARGET_TYPES:
            for tok, dist in list(out):
                if tok.dep_ != "dobj" or self.index.by_token.get(tok.i) is not None:
                    continue
                # "investigated its purchases of X's drones": the one whose act is judged
                out[:0] = [(c, dist) for c in tok.children if c.dep_ == "poss" and self.index.at(c, 0) is not None]
                if trigger.entry.type == "REJECT":
                    # "dismissed the idea that X could buy Y": the one the rejected claim is about
                    out.extend((s, dist + 2) for cl in tok.children if cl.dep_ in ("acl", "ccomp")
                               and any(m.dep_ == "mark" and m.lower_ == "that" for m in cl.children)
                               for s in cl.children if s.dep_ in ("nsubj", "nsubjpass"))
        # "wrote off the debt that X owes it", "part of what X owes": the debtor of what is given up
        out.extend((subj, dist + 2) for tok, dist in list(out) if tok.dep_ == "dobj" and self.index.at(tok) is None
                   for holder in [tok, *[p for of in tok.children if of.dep_ == "prep" and of.lower_ == "of"
                                         for p in of.children if p.dep_ in ("pobj", "pcomp")]]
                   for verb in [holder, *[c for c in holder.children if c.dep_ == "relcl"]]
                   if verb.lemma_.lower() in DEBT_VERBS
                   for subj in verb.children if subj.dep_ == "nsubj")
        # the object of an object: "imposed sanctions on X", "rejected calls by X", "an offer from X"
        for tok, dist in list(out):
            if self.index.by_token.get(tok.i) is None:  # also "its complaint against X"
                nested = self._prep_objects(tok, False, dist + 2, extra=self._nested_preps(trigger))
                out.extend(nested)
                for inner, d in nested:  # "suspended part of a programme for X": through a partitive "of"
                    if inner.head.lower_ == "of" and self.index.at(inner) is None:
                        out.extend(self._prep_objects(inner, False, d + 2, extra=self._nested_preps(trigger)))
                out.extend(self._participle_objects(tok, dist + 2))
        if head.pos_ == "VERB" and not any(c.dep_ in ("dobj", "dative") for c in head.children):
            for conj in head.children:  # "praised and thanked X": the later conjunct's object is shared
                if conj.dep_ == "conj" and conj.pos_ == "VERB":
                    out.extend((c, 2) for c in conj.children if c.dep_ == "dobj")
        # a complement clause carries the target of "threatened to cut aid to X", "refused to deploy in X",
        # "demanded that X withdraw"
        for comp in head.children:
            if comp.dep_ == "xcomp" and comp.pos_ in ("VERB", "AUX"):
                inner = [(c, 3) for c in comp.children if c.dep_ in ("dobj", "dative")]
                inner += self._prep_objects(comp, True, 4)
                out.extend(inner)
                for tok, dist in inner:  # "refused to respond to a demand from X", "threatened attacks in X"
                    if self.index.at(tok) is None:
                        out.extend(self._prep_objects(tok, True, dist + 2, extra=("by", "of", "between")))

            elif for_to_clause(comp):
                # "called for X to free Y": the subject of a for-to infinitive is the one asked
                out.extend((c, 2) for c in comp.children if c.dep_ in ("nsubj", "nsubjpass"))
            elif comp.dep_ == "ccomp" and trigger.entry.type in CLAUSE_TARGET_TYPES:
                # "warned that it would retaliate": "it" is the speaker itself, not the one warned
                out.extend((c, 3) for c in comp.children
                           if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in SELF_PRONOUNS)
                if trigger.entry.type in SELF_CLAUSE_TYPES:
                    # "warned that it / X's own capital could impose sanctions on Y": the act's target
                    out.extend((c, 4) for c in comp.children if c.dep_ in ("dobj", "dative"))
                    out.extend(self._prep_objects(comp, False, 5))
        if trigger.entry.type == "THREATEN":  # "threatened to leave the talks if X goes ahead": X is threatened
            clauses = [head, *[c for c in head.children if c.dep_ == "xcomp"]]
            for clause in clauses:
                for comp in clause.children:
                    if comp.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                                    for m in comp.children):
                        out.extend((c, 4) for c in comp.children if c.dep_ in ("nsubj", "nsubjpass"))
        return out

    def _participle_objects(self, noun: Token, dist: int, depth: int = 2) -> list[tuple[Token, int]]:
        """Who a noun is tied to by a participle: "hackers linked to X", "a ship owned by a company linked
        to X" (through at most two participles)."""
        found: list[tuple[Token, int]] = []
        for acl in noun.children:  # "ships bound for X", "vessels heading to X": where the thing is going
            if acl.dep_ == "acl" and acl.lemma_.lower() in DESTINATION_VERBS and acl.i not in self.trigger_heads:
                found += [(p, dist + 1) for prep in acl.children if prep.dep_ == "prep" and prep.lower_ in ("for", "to")
                          for p in prep.children if p.dep_ == "pobj"]
            if acl.dep_ != "acl" or acl.tag_ != "VBN":
                continue
            for prep in acl.children:
                if prep.dep_ == "agent" and acl.i in self.trigger_heads:
                    continue  # "pardoned the people freed by X": X did another act to them, they are not X's
                if prep.dep_ in ("agent", "prep") and prep.lower_ in PARTICIPLE_PREPS:
                    for pobj in prep.children:
                        if pobj.dep_ != "pobj":
                            continue
                        found.append((pobj, dist + 1))
                        if depth > 1 and self.index.at(pobj) is None:
                            found.extend(self._participle_objects(pobj, dist + 2, depth - 1))
        return found

    @staticmethod
    def _nested_preps(trigger: Trigger) -> tuple[str, ...]:
        """Prepositions on a trigger's object that can carry the target: "rejected calls by X", "an offer
        of X"; for judgements also the place of what is judged ("condemned the abuses in X")."""
        if trigger.entry.type in WHERE_TARGET_TYPES:
            return ("by", "of", "between", "in")
        return ("by", "of", "between")

    @staticmethod
    def _prep_objects(
        tok: Token, places: bool, dist: int, extra: tuple[str, ...] = ()
    ) -> list[tuple[Token, int]]:
        found = []
        for c in tok.children:
            word = c.lower_
            if c.dep_ not in ("prep", "agent") and not (c.dep_ == "dative" and c.pos_ == "ADP"):
                continue  # "offered an apology to X" may come with "to" parsed as the dative
            if word not in extra:
                if c.dep_ == "agent" or word not in TARGET_PREPS or word == "by":
                    continue
                if word in PLACE_PREPS and not places:
                    continue
            found.extend((p, dist) for p in c.children if p.dep_ == "pobj")
        return found

    # -- nouns ---------------------------------------------------------------------------------
    def noun_roles(self, noun: Token, trigger: Trigger) -> tuple[list[Argument], list[Argument]]:
        """Roles of an event noun: possessor, "by"/"of" phrases, "between X and Y", prepositional targets;
        failing an explicit source, the subject of the verb the noun is the object of."""
        sources: list[Argument] = []
        targets: list[Argument] = []
        between: list[Argument] = []
        target_groups: list[list[Argument]] = []
        gov, hops = governing_verb(noun, trigger.entry.type in PURPOSE_TYPES)
        # "their expulsion": the possessor undergoes the act; "X's expulsion of Y": X does it
        of_object = any(p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" for o in p.children)
                        for p in noun.children)
        for c in noun.children:
            # (with an "of"-object the possessor does the act, a pronoun too: "its capture of X")
            if c.dep_ == "poss" and trigger.entry.poss_target and not of_object:
                targets.extend(self._actors([c], 1))
            elif c.dep_ == "poss" and c.tag_ == "PRP$" and gov is not None and gov.i not in self.trigger_heads \
                    and (named := self._named_subject(gov)):
                sources.extend(named)  # "X and Y deepened their cooperation": "their" is the subject
            elif c.dep_ == "poss" or (c.dep_ in ("amod", "compound", "nmod") and self.index.at(c, 0) is not None):
                sources.extend(self._actors([c], 1))
        if small_clause(noun):  # "declared X persona non grata": the clause's subject undergoes it
            target_groups.append(self._actors([c for c in noun.children if c.dep_ == "nsubj"], 1))
        for prep in noun.children:
            if prep.dep_ != "prep":
                continue
            pobjs = [p for p in prep.children if p.dep_ == "pobj"]
            word = prep.lower_
            if word == "between":
                between.extend(self._actors(pobjs, 2))
            elif word == "of":
                if trigger.entry.of_source:
                    sources.extend(self._actors(pobjs, 2))
                else:
                    group = self._actors(pobjs, 2)
                    if not group and trigger.entry.type in WHERE_TARGET_TYPES:  # "criticism of abuses in X"
                        group = self._actors([p for o in pobjs for p, _ in self._prep_objects(
                            o, False, 0, extra=("in", "by"))], 3)
                    target_groups.append(group)
            elif word == "by" or (word == "from" and trigger.entry.type in SPOKEN_TYPES):
                sources.extend(self._actors(pobjs, 2))  # "an offer from X", "calls from X"
            elif word in TARGET_PREPS:
                if word in PLACE_PREPS and not trigger.entry.locative and not (
                    word == "in" and trigger.entry.type in WHERE_TARGET_TYPES
                ):
                    continue
                target_groups.append(self._actors(pobjs, 2, place_ok=trigger.entry.locative))
        if not sources and trigger.entry.mode == "expel":
            # "the expulsion of 30 X diplomats from Y": the state they are expelled from does it
            # ("from Y" often hangs on the "of"-object)
            holders = [noun, *[o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                               for o in p.children if o.dep_ == "pobj"]]
            sources = [a for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "from"
                       for a in self._actors([o for o in p.children if o.dep_ == "pobj"], 2)
                       if a.mention.entity_type in PLACE_TYPES]
            starts = {a.span.start for a in sources}
            target_groups = [[a for a in g if a.span.start not in starts] for g in target_groups]
        if not between and gov is not None and (noun.dep_ == "nsubjpass" or (
                noun.dep_ == "dobj" and trigger.entry.mode == "third-party")):
            # "talks were held ... between X and Y", "launched a mediation effort on Monday between X and Y"
            between = self._actors([p for c in gov.children if c.dep_ == "prep" and c.lower_ == "between"
                                    for p in c.children if p.dep_ == "pobj"], hops + 2)
        if between:
            if sources or trigger.entry.mode == "third-party":
                targets.extend(between)  # a mediator between X and Y
            else:
                sources.append(between[0])  # a meeting between X and Y
                targets.extend(between[1:])
        invited = invitation(noun) if trigger.entry.type == "CONSULT" and not sources and not between else None
        if invited is not None:
            # "invited X to Y for talks", "invited X for a state visit": the invitees meet the inviter
            toks, n = self.subject_tokens(invited)
            inviters = self._actors(toks, n + 2)
            invitees = self._actors([c for c in invited.children if c.dep_ in ("dobj", "dative")], 2)
            if inviters and invitees:
                sources, targets = invitees, inviters
                gov = None
        if gov is not None and noun.dep_ == "dobj" and trigger.entry.type in SPOKEN_TYPES \
                and gov.lemma_.lower() in UNDERGO_VERBS and gov.i not in self.trigger_heads:
            # "X has faced calls from Y to ...", "X drew criticism from Y": the one who faced them is the
            # target, and a "from" on the verb names the speaker
            if not sources:
                sources = self._actors([p for c in gov.children if c.dep_ == "prep" and c.lower_ == "from"
                                        for p in c.children if p.dep_ == "pobj"], hops + 2)
            toks, n = self.subject_tokens(gov)
            starts = {a.span.start for a in sources}
            if not targets and sources:
                target_groups.insert(0, [a for a in self._actors(toks, hops + n) if a.span.start not in starts])
            gov = None  # not a light verb: its subject does not act
        if gov is not None and not sources and gov.i not in self.trigger_heads:
            # "X expressed support for", "X played the role of mediator"; but "X condemned the strikes"
            # does not make X the striker
            toks, n = self.subject_tokens(gov)
            sources.extend(self._actors(toks, hops + n))
        if gov is not None and noun.dep_ == "dobj" and gov.pos_ == "VERB":
            # "offered help to X", "held talks with X": the light verb carries the target
            target_groups.append(
                self._actors([p for p, _ in self._prep_objects(gov, trigger.entry.locative, 2)], hops + 2)
            )
        if not targets and trigger.entry.type in CLAUSE_TARGET_TYPES:
            # "its demand that X ease restrictions on Y": the one asked is the subject of the content clause
            starts = {a.span.start for a in sources}
            clauses = [c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")]
            clauses += [v for inner in trigger.absorbed
                        for v in [inner.head if inner.head.pos_ in ("VERB", "AUX") else clause_verb(inner.head)]
                        if v is not None and v.i != noun.i and (gov is None or v.i != gov.i)]
            asked = [a for a in self._actors(
                [c for v in clauses for c in v.children if c.dep_ in ("nsubj", "nsubjpass")
                 and c.lower_ not in SELF_PRONOUNS], 3) if a.span.start not in starts]
            if any(placeable(a) for a in asked):
                target_groups.insert(0, [a for a in asked if placeable(a)])
            elif any(_state_organ(a) for a in asked):
                # "their demand is that the government drop the deal": an organ of a state, resolved later
                targets = [a for a in asked if _state_organ(a)]
        if not targets and trigger.entry.type in BACKED_TYPES and sources:
            # "fought X with Y's backing", "seeks independence with Y's help": the one backed does the verb
            target_groups.insert(0, self._backed(noun, sources))
        if not targets:
            # a group that names a country or a person beats one of nameless things taken for actors
            # ("criticism of X-ism in Western countries")
            targets.extend(next((g for g in target_groups if g and any(placeable(a) for a in g)),
                                next((g for g in target_groups if g), [])))
        return sources, targets

    def _backed(self, noun: Token, sources: list[Argument]) -> list[Argument]:
        """Who acts with the backing a noun names ("X, which fought Z with Y's backing"): the subject of the verb
        the noun's "with" hangs on, when it is not the backer itself; else []."""
        verb = backed_verb(noun)
        if verb is None:
            return []
        toks, n = self.subject_tokens(verb)
        starts = {a.span.start for a in sources}
        return [a for a in self._actors(toks, n + 2, place_ok=False) if a.span.start not in starts]

    def _named_subject(self, verb: Token) -> list[Argument]:
        """The subject actors of ``verb`` when they are named (not pronouns themselves)."""
        toks, n = self.subject_tokens(verb)
        found = self._actors(toks, n)
        return found if found and all(a.span.root.pos_ != "PRON" for a in found) else []

    def roles(self, trigger: Trigger) -> tuple[list[Argument], list[Argument]]:
        """All source and target actors of a trigger (conjunctions expanded)."""
        head = trigger.head
        if head.pos_ in ("NOUN", "PROPN"):
            sources, targets = self.noun_roles(head, trigger)
        elif misparsed_small_clause(head, trigger):
            # "declared X persona non grata" with "persona" taken for a verb: the declarer acts on X
            toks, n = self.subject_tokens(head.head)
            sources = self._actors(toks, n + 1)
            targets = self._actors([c for c in head.children if c.dep_ == "nsubj"], 1)
        else:
            toks, n = self.subject_tokens(head)
            sources = self._actors(toks, n)
            targets = []
            objects = self.object_tokens(head, trigger)
            if trigger.entry.type in RECIPIENT_TYPES:  # the recipient before the thing given
                objects.sort(key=lambda o: not (o[0].head.head.i == head.i and o[0].head.lower_ in RECIPIENT_PREPS
                                                and o[0].dep_ == "pobj"))
            elif trigger.entry.type in AUDIENCE_TYPES:  # "complained to X over Y": Y is accused, X listens
                objects.sort(key=lambda o: o[0].dep_ == "pobj" and o[0].head.lower_ == "to")
            fallback: list[Argument] = []
            homes = {a.mention.country for a in sources} - {None}
            backing = self.backing_heads | {a.head.i for a in trigger.absorbed if a.entry.type in BACKED_TYPES}
            for tok, dist in objects:
                if tok.i in backing and tok.dep_ == "pobj" and tok.head.lower_ in BACKED_PREPS:
                    continue  # "sought X with Y's backing": Y backs the doer, it is not the act's target
                found = self._actors([tok], dist, place_ok=trigger.entry.locative)
                if found and trigger.entry.type in SELF_CLAUSE_TYPES and homes and tok.head.dep_ == "ccomp" \
                        and {a.mention.country for a in found} <= homes:
                    continue  # the speaker's own side as doer of the act warned of: not the one warned
                if found:
                    if len(sources) > 1 and trigger.entry.mutual and is_place_phrase(tok):
                        break  # "X and Y met on the island of Z": Z is where they met, not a party
                    if not any(placeable(a) for a in found):
                        fallback = fallback or found  # a nameless thing: look on for a country or person
                        continue
                    targets.extend(found)
                    break
            targets = targets or fallback
            if targets and all(t.mention.country is None and t.mention.entity_type == "GROUP" for t in targets):
                # "opened its border to refugees fleeing the war in X", "aid to migrants from X": their origin
                targets = self._actors(self._group_origins([t.span.root for t in targets]), 3, place_ok=True) or targets
            if not targets and trigger.entry.type in SHARED_OBJECT_TYPES and head.dep_ == "conj" \
                    and head.head.pos_ == "VERB" and not any(c.dep_ in SUBJ_DEPS for c in head.children):
                # "summoned X's envoy and demanded an end to Y": the demand is made to the one summoned
                targets = [a for a in self._actors([c for c in head.head.children if c.dep_ == "dobj"], 3)
                           if placeable(a)]
            victims = self._modified_noun(head, trigger) or self._bare_passive_subject(head, trigger, sources)
            if victims:  # "Iranian advisers killed near X": the advisers underwent the act
                starts = {v.span.start for v in victims}
                sources = [a for a in sources if a.span.start not in starts]
                targets = victims
            if not targets:  # "X met Y and Z" handled above; "meeting between" style objects:
                for c in head.children:
                    if c.dep_ == "prep" and c.lower_ == "between":
                        targets.extend(self._actors([p for p in c.children if p.dep_ == "pobj"], 2))
                if targets and not sources and trigger.entry.mutual:
                    sources, targets = targets[:1], targets[1:]  # "fighting between X and Y": both take part
        if not targets and trigger.entry.type == "REJECT" and head.dep_ == "relcl" \
                and head.head.dep_ in ("appos", "npadvmod"):
            # "X accused Y of Z, a charge Y denied": the denial answers whoever made the charge
            toks, n = self.subject_tokens(head.sent.root)
            targets = self._actors(toks, n + 2)
        if trigger.entry.type in PLACE_TARGET_TYPES and all(
            t.mention.country is None and t.mention.entity_type != "PERSON" for t in targets
        ):
            # no target, or only groups of no known country ("killed three ethnic X in Y"): the place
            placed = [t for t in self._place_target(head) if t.mention.country or not targets]
            targets = placed or targets
        if not targets and trigger.entry.type in BENEFIT_TYPES and sources:
            # "built ports in X", "delivered food to 100,000 people in X": the country that gains
            targets = [t for t in self._place_target(head, BENEFIT_PREPS)
                       if t.mention.entity_type in PLACE_TYPES]
        src_starts = {a.span.start for a in sources}
        targets = [t for t in targets if t.span.start not in src_starts]
        if head.pos_ in ("NOUN", "PROPN") and trigger.entry.type == "CONSULT" and trigger.entry.mode != "third-party":
            sources, targets = self._with_host(head, governing_verb(head)[0], sources, targets)
        elif trigger.entry.type == "CONSULT" and trigger.entry.mode != "third-party":
            sources, targets = self._with_hosted_parties(head, sources, targets)  # "X hosted talks between Y and Z"
        if not sources and not targets and trigger.entry.mutual and head.pos_ in ("NOUN", "PROPN"):
            # "steps that brought X and Y closer: the signing of a defence pact": a joint act with no party of
            # its own is between the one pair of coordinated actors its sentence names
            sources = self._sentence_pair(head)
        if trigger.entry.type == "THREATEN":
            # "threatened to trigger UN sanctions": who would carry out the act threatened is on the speaker's
            # side, not its target (a reaction, a demand or an acceptance is aimed at the act's author)
            authors = self._act_authors(trigger)
            targets = [t for t in targets if t.span.start not in authors]
        if len(sources) == 1 and sources[0].mention.kind == "PAIR" and (
            (not targets and trigger.entry.mutual)
            or (trigger.entry.type in PAIR_CONFLICT_TYPES and not any(placeable(t) for t in targets))
        ):
            # "the two sides met": a pair is both parties of a mutual act; "each side kept troops along the
            # frontier", "soldiers of the two armies fought in a valley": each acts against the other (finalize
            # splits the pair into its members)
            pair = sources[0]
            targets = [Argument(pair.span[1:], pair.mention, pair.distance)]
        return sources, targets

    def _sentence_pair(self, head: Token) -> list[Argument]:
        """The actors of the only coordination of two or more actors of different countries in the sentence
        of ``head`` ("X and Y"), else []."""
        others = [head.doc[i] for i in self.trigger_heads if i != head.i and head.sent.start <= i < head.sent.end]
        if any(head.i in {t.i for t in o.subtree} for o in others):
            return []  # a joint act named under another act ("welcomed the signing"): that act says who
        inside = {t.i for o in others for t in o.subtree}
        clause = clause_verb(head)
        groups = []
        for tok in head.sent:
            if tok.dep_ == "conj" or not any(c.dep_ == "conj" for c in tok.children) or tok.i in inside:
                continue
            own = clause_verb(tok)
            if clause is None or own is None or own.i != clause.i or (tok.head.i == clause.i and tok.dep_ in SUBJ_DEPS):
                continue  # another clause's actors; "X and Y held talks": the light verb's subject is read elsewhere
            group = self._actors([tok], 3, place_ok=False)
            if len(group) >= 2 and len({a.mention.country for a in group} - {None}) >= 2:
                groups.append(group)
        return groups[0] if len(groups) == 1 else []

    def _bare_passive_subject(self, head: Token, trigger: Trigger, sources: list[Argument]) -> list[Argument]:
        """The subject of a reduced passive ("Iranian advisers killed near X" in a headline): a verb of an
        entry marked ``bare=passive`` in the past form with no object, agent or auxiliary."""
        if not trigger.entry.bare_passive or head.tag_ not in ("VBD", "VBN") or any(
            c.dep_ in ("dobj", "agent", "aux", "auxpass", "dative", "ccomp", "xcomp") for c in head.children
        ):
            return []
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
        return [s for s in sources for subj in subjects
                if subj.left_edge.i <= s.span.start and s.span.end <= subj.right_edge.i + 1]

    def _modified_noun(self, head: Token, trigger: Trigger) -> list[Argument]:
        """The actors a passive participle trigger modifies ("advisers killed near X", "diplomats expelled
        from Y"): what the act was done to, never its doer (not for a thing moved: "troops deployed to X")."""
        if head.dep_ != "acl" or head.tag_ != "VBN" or head.head.pos_ not in ("NOUN", "PROPN") \
                or trigger.entry.theme_object:
            return []
        return self._actors([head.head], 1)

    def _place_target(self, head: Token, preps: frozenset[str] = PLACE_TARGET_PREPS) -> list[Argument]:
        """Where the act happened stands for its target when no party is named ("killed 20 people in X",
        "blocked roads in X"): a place after in/near/at/into on the trigger or on its object."""
        holders = [head, *[c for c in head.children if c.dep_ in ("dobj", "nsubjpass", "pobj", "advcl")]]
        # one step further: "in a gunbattle in X", "part of a base in X"
        holders += [p for h in holders if h.i == head.i or h.dep_ in ("dobj", "nsubjpass")
                    for prep in h.children if prep.dep_ == "prep" for p in prep.children if p.dep_ == "pobj"]
        if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "nsubjpass") and head.head.pos_ == "VERB":
            holders.append(head.head)  # "a protest was held outside X", "staged a rally in X"
        # "fired a missile that fell into the sea off X": where the thing sent landed
        holders += [r for h in holders if h.dep_ == "dobj" and h.head.i == head.i
                    for r in h.children if r.dep_ == "relcl" and r.pos_ == "VERB"]
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ == "prep" and prep.lower_ in preps:
                    found = self._actors([p for p in prep.children if p.dep_ == "pobj"], 3)
                    if found:  # the first place named, with the places coordinated with it
                        return found
        return []


def _state_organ(arg: Argument) -> bool:
    """True for an unnamed organ of a state ("the government", "the ministry"), tied to its country later."""
    return arg.mention.kind == "INSTITUTION" and arg.mention.sector in STATE_SECTORS


