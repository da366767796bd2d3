"""The logical subject of a verb, for argument finding: passive agents, late agents, control and raising
("X is expected to visit"), coordinated speakers, and where a doer of no known side comes from.
A mixin of ``arguments.RoleFinder``: it expects ``index``, ``trigger_heads`` and ``_actors``.
"""

from __future__ import annotations

from spacy.tokens import Token

from .clauses import active, clause_verb, governing_verb, past_dateline, shared_agent, stolen_subject
from .parties import RELATIVE_TAGS, Argument

SUBJ_DEPS = ("nsubj", "csubj")
# Prepositions on a doer noun of no known side that tell where it is based ("aid groups in X").
ORIGIN_IN_PREPS = frozenset({"in"})
# Plural pronouns that, as subject of a clause reported by coordinated speakers, stand for all of them.
GROUP_PRONOUNS = frozenset({"they", "we"})
# Verbs of fleeing whose object or place names where a group comes from ("refugees fleeing X").
FLEE_VERBS = frozenset({"flee", "escape", "leave"})
# Passive governors whose subject does the act of their infinitive ("X is expected to visit Y", "X was urged
# to leave"); not "bound to come", whose sense the lexicon does not tell apart.
RAISING_VERBS = frozenset({"expect", "schedule", "set", "say", "report", "believe", "urge", "ask", "order",
                           "allow", "invite", "force", "encourage", "tell"})


def placeable(arg: Argument) -> bool:
    """True when an actor can be tied to a country (it has one, or it is a person resolved later)."""
    return arg.mention.country is not None or arg.mention.entity_type == "PERSON"


class SubjectRoles:
    """Subjects of verbs and the origins of doers (mixed into ``arguments.RoleFinder``)."""

    def subject_tokens(self, verb: Token, hops: int = 0) -> tuple[list[Token], int]:
        """Tokens of the logical subject of ``verb`` (passive agent first), with the path length."""
        agent = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        agent = agent or self._late_agent(verb) or shared_agent(verb)
        if agent:
            return agent + self._origins(agent), hops + 1
        subj = [s for c in verb.children if c.dep_ in SUBJ_DEPS for s in past_dateline(c)]
        if subj:
            group = self._group_speakers(verb, subj)
            if group:
                return group, hops + 1
            if len(subj) == 1 and subj[0].lower_ == "it" and self.index.at(subj[0], 0) is None \
                    and verb.dep_ == "ccomp" and verb.head.pos_ == "VERB" and hops < 3:
                # "X said it was ready to ...": an "it" the actor step left unmarked is the speaker
                outer, n = self.subject_tokens(verb.head, hops + 1)
                if any(placeable(a) for a in self._actors(outer, 0)):
                    return outer, n
            subj = subj + self._origins(subj)
            if subj[0].tag_ in RELATIVE_TAGS and verb.dep_ == "relcl":
                return [verb.head], hops + 1  # "X, who kidnapped Y": the relative's antecedent
            return subj, hops + 1
        if hops >= 3:
            return [], hops
        if verb.dep_ == "relcl":
            return [verb.head], hops + 1
        if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.dep_ in ("acomp", "oprd"):
            return self.subject_tokens(verb.head.head, hops + 1)  # "X is able / ready to meet"
        if verb.dep_ == "conj":
            stolen = [t for t in verb.doc[verb.head.i + 1 : verb.i]
                      if (v := stolen_subject(t)) is not None and v.i == verb.i]
            if stolen:
                return stolen, hops + 1
        if verb.dep_ == "conj" and active(verb) and any(c.dep_ == "auxpass" for c in verb.head.children):
            passive_subject = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
            if passive_subject:  # "X has been indicted by Y and will resign": X resigns
                return passive_subject, hops + 1
        if verb.dep_ in ("conj", "advcl") and any(c.dep_ == "nsubjpass" for c in verb.children):
            # "X were attacked by Y and an officer was killed", "..., when civilians were killed": a passive
            # clause of its own, whose doer is not the other clause's subject
            return [], hops
        if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
            if verb.dep_ == "xcomp":  # object control: "urged X to support Y", "gave X a week to leave" -> X
                objs = [c for c in verb.head.children if c.dep_ in ("dobj", "dative")]
                if objs and self._actors(objs, 0):
                    return objs, hops + 1
                raised = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
                if raised and verb.head.lemma_.lower() in RAISING_VERBS and self._actors(raised, 0):
                    return raised, hops + 1  # "X is expected to visit Y", "X was urged by Z to leave" -> X
            found, n = self.subject_tokens(verb.head, hops + 1)
            if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and not any(placeable(a) for a in self._actors(found, 0)) \
                    and verb.head.head.pos_ == "VERB" and verb.i > verb.head.head.i \
                    and any(c.dep_ in ("dobj", "dative") for c in verb.children):
                # "X said [the crew were Indian] and asked Y for access": the parser hangs the second verb
                # on the reported clause, whose subject is no actor; the speaker does both
                outer, m = self.subject_tokens(verb.head.head, hops + 2)
                if any(placeable(a) for a in self._actors(outer, 0)):
                    return outer, m
            return found, n
        if verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBZ", "VBP") and verb.head.dep_ == "ROOT" \
                and verb.head.pos_ == "PROPN":
            # "X, which has ties with Y, called on them to ...": a finite verb the parser hung on the subject
            return [verb.head], hops + 1
        if verb.dep_ in ("acl",) and verb.head.pos_ in ("NOUN", "PROPN"):
            # "efforts to establish contact": the noun's possessor does it
            poss = [c for c in verb.head.children if c.dep_ == "poss"]
            poss += [p for c in verb.head.children if c.dep_ == "prep" and c.lower_ in ("of", "by")
                     for p in c.children if p.dep_ == "pobj"]  # "the attempts of X to ..."
            if poss:
                return poss, hops + 1
            gov, n = governing_verb(verb.head)
            if verb.tag_ == "VBG" and gov is not None and gov.pos_ == "VERB" and verb.head.dep_ == "dobj":
                # "issued a statement demanding that X ...": the one who issued it speaks
                return self.subject_tokens(gov, hops + n)
        return [], hops

    def _late_agent(self, verb: Token) -> list[Token]:
        """The agent of a passive verb that the parser hung on a plain noun of a long object ("sanctions
        were imposed on officials involved in making drones by X and Y"): a named actor after "by" on a
        noun or a subjectless gerund of the verb's own clause, with no act noun between; else []."""
        if not any(c.dep_ == "auxpass" for c in verb.children):
            return []
        for tok in verb.subtree:
            if tok.i <= verb.i or tok.dep_ != "prep" or tok.lower_ != "by" or not (
                tok.head.pos_ in ("NOUN", "PROPN") or tok.head.tag_ == "VBG"
            ):
                continue
            clause = clause_verb(tok)
            if clause is None or clause.i != verb.i:
                continue
            path = [a for a in tok.ancestors if a.i != verb.i and verb.i in {b.i for b in a.ancestors}]
            if any(a.i in self.trigger_heads for a in path):
                continue  # "after an attack on X by Y": Y did the attack
            pobjs = [p for p in tok.children if p.dep_ == "pobj"]
            named = self._actors(pobjs, 0)
            if named and all(a.mention.country for a in named):
                return pobjs
        return []

    def _group_speakers(self, verb: Token, subj: list[Token]) -> list[Token]:
        """The coordinated speakers a plural pronoun subject stands for: "X and Y said they would meet"
        -> X, Y (the pronoun alone resolves to one of them at best); else []."""
        if len(subj) != 1 or subj[0].lower_ not in GROUP_PRONOUNS or verb.dep_ != "ccomp":
            return []
        speakers = [c for c in verb.head.children if c.dep_ == "nsubj"]
        if len(speakers) != 1 or len(self._actors(speakers, 0, place_ok=False)) < 2:
            return []
        return speakers

    def _origins(self, doers: list[Token]) -> list[Token]:
        """Where a doer of no known side comes from: "a man crossing from X", "gunmen from X" (the
        "from"-object on the noun or on a participle after it), used only when the doer is no actor."""
        found = []
        for tok in doers:
            if self.index.at(tok) is not None or tok.pos_ not in ("NOUN", "PROPN"):
                continue
            holders = [tok, *[c for c in tok.children if c.dep_ == "acl" and c.tag_ in ("VBG", "VBN")]]
            found += [p for h in holders for prep in h.children if prep.dep_ == "prep"
                      and (prep.lower_ == "from" or (h.i == tok.i and prep.lower_ in ORIGIN_IN_PREPS))
                      for p in prep.children if p.dep_ == "pobj"]
        return found

    def _group_origins(self, groups: list[Token]) -> list[Token]:
        """Where a group of no known side comes from: "refugees from X", "people fleeing (the war in) X"
        (the "from"-object on the noun, or a from/in object of a fleeing participle or of its object)."""
        found: list[Token] = []
        for tok in groups:
            found += [p for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "from"
                      for p in prep.children if p.dep_ == "pobj"]
            for acl in tok.children:
                if acl.dep_ != "acl" or acl.lemma_.lower() not in FLEE_VERBS:
                    continue
                holders = [acl, *[c for c in acl.children if c.dep_ == "dobj"]]
                found += [c for c in acl.children if c.dep_ == "dobj" and self.index.at(c, 0) is not None]
                found += [p for h in holders for prep in h.children if prep.dep_ == "prep"
                          and prep.lower_ in ("from", "in") for p in prep.children if p.dep_ == "pobj"]
        return [t for t in found if (a := self.index.at(t)) is not None and self.index.mention(a).country]
