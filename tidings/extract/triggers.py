"""Find event triggers in a parsed Doc with phrase matchers built once from the trigger lexicon."""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from .lexicon import TriggerEntry, status_cues, trigger_entries

OBJECT_DEPS = frozenset({"dobj", "attr", "nsubjpass", "oprd"})
# Relations through which a governing trigger absorbs its complement (the complement is not a separate event).
ABSORBING_DEPS = frozenset({"xcomp", "dobj", "acl"})  # acl: "a refusal to accept", "an offer to host"
ABSORBING_TYPES = frozenset({"AGREE", "REQUEST", "REJECT", "THREATEN"})
# Help named after "with" ("with Iran's backing") is an event of its own, never a governing act's content.
BACKING_TYPES = frozenset({"SUPPORT", "AID"})
# Speech acts that are done by offering or expressing them.
PERFORMED_TYPES = frozenset({"CONCEDE", "SUPPORT", "ACCUSE"})
QUOTES = frozenset({'"', "“", "”", "'", "‘", "’", "«", "»", "``", "''"})
PARTICLES = frozenset({"out", "away", "back", "off"})
# Second words of phrasal verbs that may stand apart from their verb ("handed the suspects over").
SPLIT_PARTICLES = frozenset({"out", "over", "off", "up", "down", "back", "away", "in", "aside", "on"})
RELATIVE_PRONOUNS = frozenset({"which", "that", "whom", "who"})
# Prepositions of time and circumstance: what they introduce is never the content of a governing act.
ADJUNCT_PREPS = frozenset({"after", "before", "during", "since", "until", "till", "following", "amid", "amidst",
                           "despite", "as", "because"})
# Prepositions naming the means of a violent act ("killed in an air strike", "wounded by a drone attack").
MEANS_PREPS = frozenset({"in", "by"})
# Verbs whose bare-infinitive clause is what they bring about: "refused to let inspectors visit" is one refusal.
CAUSATIVES = frozenset({"let", "make", "help", "have"})
# Modals that turn "X said that Y must ..." into a request from X to Y.
OBLIGATION = frozenset({"must", "should", "ought"})
# A that-clause is the content of a promise or warning when it speaks of what is to come ("warned that it
# would cut ..."); the act a demand asks for stays an event of its own (normative).
CLAUSE_ABSORBING_TYPES = frozenset({"AGREE", "THREATEN"})
# Relations of a predicative complement: "kept the crossing open", "left the border open".
PREDICATIVE_DEPS = frozenset({"oprd", "acomp", "ccomp", "xcomp", "advcl"})
FUTURE_AUX = frozenset({"will", "would", "could", "might", "may", "shall", "'ll", "wo", "ca", "can", "must", "should"})
# Conjunctions of a condition still to be met: "unless the sanctions are lifted", "until the curbs are eased".
CONDITION_MARKS = frozenset({"unless", "until", "till", "if"})
# Measures whose lifting (not yet done) leaves them standing: the measure stays an event of its own.
STANDING_TYPES = frozenset({"SANCTION"})


@dataclass(frozen=True, slots=True)
class Trigger:
    """A trigger found in a Doc: the matched tokens, their syntactic head and the lexicon entry."""

    span: Span
    head: Token
    entry: TriggerEntry
    consumed: tuple[int, ...] = ()  # token indices used by the frame (e.g. the object "sanctions")
    complement: str | None = None  # type of the trigger this one absorbed ("vowed to attack" -> ASSAULT)
    absorbed: tuple["Trigger", ...] = ()  # the absorbed triggers themselves (their roles can stand in)


class TriggerMatcher:
    """Phrase matchers over lemmas and lower-case forms, built once from triggers.tsv.

    Hash lookups only (PhraseMatcher); the part of speech of single-word entries is checked on the few hits.
    """

    def __init__(self, vocab: Vocab) -> None:
        self.by_lemma = PhraseMatcher(vocab, attr="LEMMA")
        self.by_form = PhraseMatcher(vocab, attr="LOWER")
        # (verb lemma, particle) -> entry indices of phrasal verbs, for a particle standing after the object
        self.phrasal: dict[tuple[str, str], list[int]] = {}
        for entry in trigger_entries():
            words = list(entry.lemmas)
            key = str(entry.index)
            self.by_lemma.add(key, [Doc(vocab, words=words, lemmas=words)])
            self.by_form.add(key, [Doc(vocab, words=words)])
            if len(words) == 2 and words[1] in SPLIT_PARTICLES and "VERB" in entry.pos:
                self.phrasal.setdefault((words[0], words[1]), []).append(entry.index)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(entry index, start, end) of every lexicon match, part of speech checked."""
        entries = trigger_entries()
        found = set()
        for matcher in (self.by_lemma, self.by_form):
            for match_id, start, end in matcher(doc):
                index = int(doc.vocab.strings[match_id])
                if end - start == 1 and doc[start].pos_ not in entries[index].pos:
                    continue
                found.add((index, start, end))
        found.update(self._split_phrasal(doc))
        return sorted(found, key=lambda m: (m[1], m[0]))

    def _split_phrasal(self, doc: Doc) -> set[tuple[int, int, int]]:
        """Phrasal verbs whose particle stands after the object ("handed the suspects over", "pulled its
        troops out"): the verb is the match, its particle a ``prt`` child with the pattern's second word."""
        found = set()
        for tok in doc:
            if tok.pos_ not in ("VERB", "AUX"):
                continue
            for child in tok.children:
                if child.dep_ == "prt" and child.i > tok.i + 1:
                    for index in self.phrasal.get((tok.lemma_.lower(), child.lower_), ()):
                        found.add((index, tok.i, tok.i + 1))
        return found


def build_matcher(vocab: Vocab) -> TriggerMatcher:
    """The trigger matcher for ``vocab`` (compiled once per component)."""
    return TriggerMatcher(vocab)


def _objects(head: Token) -> list[Token]:
    """Object-like dependents of a trigger head: direct objects and "of"-objects (one level of prep)."""
    found = [c for c in head.children if c.dep_ in OBJECT_DEPS]
    # a predicative adjective, however parsed: "held X responsible", "called the claim false"
    found.extend(c for c in head.children if c.pos_ == "ADJ" and c.dep_ in ("acomp", "advcl", "ccomp", "xcomp"))
    # "pulled out of the deal": "of" hangs off the particle (or off "out" parsed as a preposition)
    particles = [c for c in head.children if c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ in PARTICLES)]
    for prep in [*head.children, *(g for p in particles for g in p.children)]:
        if prep.dep_ == "prep":
            found.extend(c for c in prep.children if c.dep_ == "pobj")
    if any(c.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
           for c in head.children):
        # "gave the junta one week to hand over power": the parser makes the span of time an adverb
        found.extend(c for c in head.children if c.dep_ == "npadvmod" and c.ent_type_ != "DATE" or (
            c.dep_ == "npadvmod" and any(n.dep_ == "nummod" for n in c.children)))
    if head.dep_ in ("acl", "relcl") and head.tag_ == "VBN":
        found.append(head.head)  # "sanctions imposed on X"
    if head.dep_ == "relcl" and any(t.lower_ in RELATIVE_PRONOUNS for t in found):
        found.append(head.head)  # "the tariffs, which it imposed on X": the relative pronoun stands for the noun
    elif head.dep_ == "relcl" and head.pos_ in ("VERB", "AUX") and not any(c.dep_ in OBJECT_DEPS for c in head.children):
        # "the curbs it imposed": a relative clause with no object of its own has the noun as its object
        noun = head.head
        found.append(noun)
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN":
            found.append(noun.head.head)  # "the curbs on Korean chips it imposed": the clause hangs on "chips"
    for tok in list(found):
        found.extend(tok.conjuncts)
        found.extend(c for c in tok.children if c.dep_ == "compound")  # "the 25 crew members"
        labels = [c for c in tok.children if c.dep_ == "appos"] if tok.dep_ == "dobj" else []
        if tok.dep_ in ("attr", "oprd") or (tok.dep_ == "pobj" and tok.head.lower_ == "as"):
            labels.append(tok)
        found.extend(labels)  # a label: "called it a hostile act", "called X's remarks a provocation"
        found.extend(c for t in labels for c in t.children if c.dep_ == "amod")
        for prep in tok.children:  # "tons of food aid", "a treaty of friendship"
            if prep.dep_ == "prep" and prep.lower_ == "of":
                found.extend(c for c in prep.children if c.dep_ == "pobj")
    return found


def _frame_ok(entry: TriggerEntry, head: Token) -> tuple[bool, tuple[int, ...]]:
    consumed: tuple[int, ...] = ()
    if entry.objects:
        found = _objects(head)
        if entry.predicates:  # "kept the border crossing open": the parser may make the noun in -ing a verb
            found += [c for c in head.children if c.dep_ == "xcomp"]
        hits = [t for t in found if t.lemma_.lower() in entry.objects or t.lower_ in entry.objects]
        if not hits and head.pos_ == "VERB":
            # "send X's bid to parliament for ratification": the parser hangs the purpose on the direct object
            hits = [p for d in head.children if d.dep_ == "dobj" for f in d.children
                    if f.dep_ == "prep" and f.lower_ == "for" for p in f.children
                    if p.dep_ == "pobj" and p.lemma_.lower() in entry.objects]
        if not hits:
            return False, ()
        consumed = tuple(t.i for t in hits)
    if entry.preps:
        # the preposition may hang on the verb or on its direct object ("charged two men with fraud")
        holders = [head, *(c for c in head.children if c.dep_ == "dobj")]
        # "opened its borders wider to X": the preposition hangs on the adverb of degree
        holders += [c for c in head.children if c.dep_ == "advmod" and c.tag_ in ("JJR", "RBR")]
        if head.pos_ == "NOUN" and head.dep_ == "dobj":
            holders.append(head.head)  # "would deepen its trade with X": the preposition hangs on the verb
        if not any(c.dep_ in ("prep", "agent", "dative") and c.lower_ in entry.preps and not _temporal(c)
                   for h in holders for c in h.children) and not any(
            # "pressed for X to leave": spaCy makes "for" the marker of an infinitive clause
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in entry.preps for m in c.children)
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in head.children
        ):
            return False, ()
    if entry.modifiers and not any(
        c.dep_ in ("amod", "compound", "advmod") and c.lemma_.lower() in entry.modifiers for c in head.children
    ):
        return False, ()
    if entry.barred_objects and any(
        t.lemma_.lower() in entry.barred_objects or t.lower_ in entry.barred_objects for t in _objects(head)
    ):
        return False, ()
    if entry.needs_subject_clause and not any(
        c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        and any(n.dep_ in ("nsubj", "nsubjpass") for n in c.children)
        for c in head.children
    ):
        return False, ()
    if entry.barred_preps and any(c.dep_ == "prep" and c.lower_ in entry.barred_preps for c in head.children):
        return False, ()
    if entry.predicates and not any(
        c.dep_ in PREDICATIVE_DEPS and (c.lemma_.lower() in entry.predicates or c.lower_ in entry.predicates)
        for c in head.children
    ):
        return False, ()
    if entry.needs_future_aux and not any(
        c.dep_ == "aux" and c.lower_ in FUTURE_AUX for t in (head, head.head) for c in t.children
    ) and not _ultimatum(head):
        return False, ()
    if entry.needs_dobj and not any(c.dep_ in ("dobj", "dative", "nsubjpass") for c in head.children):
        return False, ()
    if entry.complements:
        # the infinitive may hang on the object it times: "gave the envoy two days to leave"
        deadline = [g for c in head.children if c.dep_ == "dobj" for g in c.children
                    if g.dep_ in ("relcl", "acl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in g.children)]
        wanted = [c for c in [*head.children, *deadline]
                  if c.lemma_.lower() in entry.complements and (c in deadline or _infinitive(c))]
        if not wanted:
            return False, ()
        consumed += tuple(c.i for c in wanted)  # "allowed X to visit": the visit is part of the permission
    if entry.needs_xcomp and not any(c.dep_ == "xcomp" for c in head.children):
        return False, ()
    if entry.needs_modal_clause and not any(
        c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in OBLIGATION for a in c.children)
        for c in head.children
    ):
        return False, ()
    return True, consumed


def meeting_refusal(trigger: Trigger) -> bool:
    """A cancelled or postponed meeting ("postponed a visit to X") is a refusal AND the meeting itself, which
    stays an event of its own (negated by the status cue of the verb): its object is neither consumed nor absorbed."""
    return trigger.entry.type == "REJECT" and trigger.entry.mode == "meet" and trigger.head.pos_ in ("VERB", "AUX")


def _invitation(trigger: Trigger) -> bool:
    """An invitation (REQUEST to meet) leaves the meeting it names standing: team corpus rule, the meeting is a
    CONSULT of its own (planned when set)."""
    return trigger.entry.type == "REQUEST" and trigger.entry.mode == "meet"


def _infinitive(tok: Token) -> bool:
    """An infinitive complement: ``xcomp``, or a ``ccomp`` with "to" and its own subject ("allowed X to visit")."""
    return tok.dep_ == "xcomp" or (tok.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children))


def _phrasal_status_verb(head: Token) -> bool:
    """True for a verb whose particle makes it a status cue ("call off", "put off"): not an event itself."""
    cues = status_cues()
    lemma = head.lemma_.lower()
    return head.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "prt" and ("gov", f"{lemma} {c.lower_}") in cues for c in head.children
    )


def _temporal(prep: Token) -> bool:
    """A preposition whose object is a date or time ("on Monday", "at dawn") names no party ("for" + a
    duration still counts: "jailed for ten years")."""
    if prep.lower_ == "for":
        return False
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in ("DATE", "TIME") for o in objects)


def _scare_quoted(span: Span) -> bool:
    """A trigger standing alone in quotation marks ("welcomed" in quotes) is irony, not a report."""
    doc = span.doc
    return (
        span.start > 0 and span.end < len(doc)
        and doc[span.start - 1].text in QUOTES and doc[span.end].text in QUOTES
    )


def find_triggers(doc: Doc, matcher: TriggerMatcher, blocked: set[int] | None = None) -> list[Trigger]:
    """Return the triggers of ``doc``: one per head token, the longest satisfied pattern winning.

    blocked: token indices that cannot head a trigger (e.g. tokens inside actor names).
    """
    entries = trigger_entries()
    blocked = blocked or set()
    best: dict[int, Trigger] = {}
    for index, start, end in matcher(doc):
        entry = entries[index]
        span = doc[start:end]
        head = span.root
        if head.i in blocked or (head.dep_ == "compound" and len(entry.lemmas) == 1) or _scare_quoted(span):
            continue
        if head.pos_ == "PROPN" and head.ent_type_ in ("DATE", "TIME"):
            continue  # the month "March", not a march
        if len(entry.lemmas) == 1 and _phrasal_status_verb(head):
            continue  # "called off the talks": the phrasal verb tells the status of the talks, not a call
        ok, consumed = _frame_ok(entry, head)
        if not ok:
            continue
        current = best.get(head.i)
        if current is not None:
            longer = len(entry.lemmas) > len(current.entry.lemmas)
            if not longer and not (len(entry.lemmas) == len(current.entry.lemmas) and entry.index < current.entry.index):
                continue
        best[head.i] = Trigger(span=span, head=head, entry=entry, consumed=consumed)
    # Tokens used by a multiword pattern or a frame object are not triggers on their own.
    used = {i for t in best.values() for i in range(t.span.start, t.span.end) if i != t.head.i}
    standing = _standing_measures(best)
    used |= {i for t in best.values() if not meeting_refusal(t) for i in t.consumed if i not in standing}
    triggers = [t for i, t in sorted(best.items()) if i not in used]
    # "offered an apology", "extended support": offering a speech act performs it; the noun carries the event
    performed = {t.head.head.i for t in triggers
                 if t.head.dep_ == "dobj" and t.entry.type in PERFORMED_TYPES}
    triggers = [t for t in triggers if not (t.entry.type == "AGREE" and t.head.i in performed)]
    heads = {t.head.i: t for t in triggers}
    # a frame object stands for its trigger: "signed an agreement to increase trade" (the agreement is consumed
    # by "signed"), so what the object governs is the trigger's content
    by_object = {i: t.head.i for t in triggers if not meeting_refusal(t) for i in t.consumed if i not in heads}
    kept = []
    for trigger in triggers:
        if trigger.head.i in standing:
            kept.append(trigger)  # "unless the EU's sanctions are lifted": the sanctions still stand
            continue
        governor = _absorber(trigger, {**{i: heads[h] for i, h in by_object.items()}, **heads})
        if governor is None:
            kept.append(trigger)
            continue
        current = heads[governor.head.i]
        heads[governor.head.i] = replace(
            current,
            complement=current.complement or trigger.entry.type,
            absorbed=(*current.absorbed, trigger),
        )
    return [heads[t.head.i] for t in kept]


def _standing_measures(best: dict[int, Trigger]) -> set[int]:
    """Sanction nouns whose lifting is not done, with their imposer named ("unless the EU's sanctions on X are
    lifted", "has not eased its curbs", "demanded that American sanctions be eased"): the measure still stands
    and stays a trigger of its own besides the (negated, hypothetical or asked-for) concession."""
    standing = set()
    for trigger in best.values():
        head = trigger.head
        if trigger.entry.type != "CONCEDE" or head.pos_ not in ("VERB", "AUX"):
            continue
        children = list(head.children)
        not_done = (
            any(c.dep_ == "neg" for c in children)
            or any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in children)
            or any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in children)
            or (head.dep_ in ("ccomp", "xcomp") and head.head.i in best
                and best[head.head.i].entry.type == "REQUEST")
        )
        if not not_done:
            continue
        for i in trigger.consumed:
            measure = best.get(i)
            if measure is None or measure.entry.type not in STANDING_TYPES or measure.head.pos_ != "NOUN":
                continue
            if any(c.dep_ in ("poss", "amod", "compound") and (c.pos_ == "PROPN" or c.ent_type_)
                   for c in measure.head.children):  # a named imposer: "the EU's", "American", "Chinese"
                standing.add(i)
    return standing


def _absorber(trigger: Trigger, heads: dict[int, Trigger]) -> Trigger | None:
    """The governing trigger (offer, urge, refuse, threaten ...) that takes this one as its complement,
    directly or through a plain verb ("threatened to stop negotiations", "called for sanctions"), if any."""
    tok = trigger.head
    if trigger.entry.type in BACKING_TYPES and tok.dep_ == "pobj" and tok.head.lower_ == "with":
        return None  # "seeks autonomy with Iran's backing", "signed a deal with French support": help of its own
    means = _means_of(trigger, heads)
    if means is not None:
        return means
    while tok.dep_ == "conj" and tok.head.dep_ != "ROOT" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        tok = tok.head  # "urged X to list the group and to impose sanctions": each conjunct has the first's place
    if tok.dep_ == "dobj" and tok.head.i in heads:
        if meeting_refusal(heads[tok.head.i]):
            return None  # "postponed the visit": the visit stays an event of its own
        return heads[tok.head.i]  # "condemned the strikes", "severed ties": the verb's event covers its object
    governor = _clause_absorber(tok, heads) or _protest_purpose(trigger, heads)
    if governor is not None:
        return governor
    for _ in range(3):
        if tok.dep_ not in ABSORBING_DEPS and not (tok.dep_ == "pobj" and tok.head.dep_ == "prep") \
                and not (tok.dep_ == "ccomp" and tok.head.lemma_.lower() in CAUSATIVES) \
                and not _agreed_purpose(tok, heads):
            return None
        prep = tok.head.lower_ if tok.dep_ == "pobj" else None
        if prep in ADJUNCT_PREPS:
            return None  # "signed a truce after weeks of talks": the talks are not what was signed
        tok = tok.head.head if tok.dep_ == "pobj" else tok.head
        governor = heads.get(tok.i)
        if governor is not None and _invitation(governor) and trigger.entry.type == "CONSULT":
            return None  # "invited X to Y for talks": the invitation and the meeting it sets are two events
        if governor is not None and governor.entry.type in ABSORBING_TYPES:
            if prep == "for" and governor.entry.type != "REQUEST":
                return None  # "vowed to punish X for the strike": a reason, while "called for talks" asks for them
            return governor  # else keep climbing: "offered to host talks" -> the offer takes the talks
    return None


def _agreed_purpose(tok: Token, heads: dict[int, Trigger]) -> bool:
    """A bare to-infinitive hung on an agreement verb is what was agreed: "signed an accord to raise trade"."""
    governor = heads.get(tok.head.i)
    return (
        tok.dep_ == "advcl" and governor is not None and governor.entry.type == "AGREE"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children)
    )


def _means_of(trigger: Trigger, heads: dict[int, Trigger]) -> Trigger | None:
    """An attack named as the means of a killing ("were killed in an air strike", "wounded by a drone attack")
    is part of that act: one ASSAULT, whose author the noun names."""
    tok = trigger.head
    if trigger.entry.type != "ASSAULT" or tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj" \
            or tok.head.lower_ not in MEANS_PREPS:
        return None
    governor = heads.get(tok.head.head.i)
    if governor is not None and governor.entry.type == "ASSAULT" and governor.head.pos_ == "VERB":
        return governor
    return None


def _clause_absorber(tok: Token, heads: dict[int, Trigger]) -> Trigger | None:
    """The speech-act trigger whose content clause this trigger heads: "warned that it could cut supplies",
    "vowed that they would keep targeting ships", "ruled out sending troops" (a bare gerund complement)."""
    governor = heads.get(tok.head.i) if tok.head.i != tok.i else None
    if governor is not None and governor.entry.type in ABSORBING_TYPES and tok.dep_ == "advcl" \
            and tok.tag_ == "VBG" and not any(c.dep_ == "mark" for c in tok.children):
        return governor
    if governor is not None and governor.entry.type in ABSORBING_TYPES and tok.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "for" for c in tok.children
    ) and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return governor  # "called for X to free Y": the act asked for is part of the request
    clause = tok
    for _ in range(2):  # up through plain verbs: "would keep targeting", "could try to cut"
        if clause.dep_ != "xcomp" or clause.head.i in heads:
            break
        clause = clause.head
    governor = heads.get(clause.head.i) if clause.head.i != clause.i else None
    if clause.dep_ == "ccomp" and governor is not None and governor.entry.type == "REQUEST":
        return governor  # "demanded that X withdraw": what is asked for is part of the demand
    if governor is None and (
        (clause.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children))
        or (clause.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
            and (any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)
                 or not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children)))
    ):
        # "repeated its demand that X withdraw", "renewed its call for X to free Y": the parser hangs the
        # noun's clause on the verb
        holders = [c for c in clause.head.children if c.dep_ == "dobj"]
        if clause.head.lemma_ == "be":  # "their main demand is that X ...", "one of their demands is that ..."
            subjects = [c for c in clause.head.children if c.dep_ == "nsubj"]
            holders += subjects + [p for s in subjects for of in s.children if of.dep_ == "prep" and of.lower_ == "of"
                                   for p in of.children if p.dep_ == "pobj"]
        demands = [heads[c.i] for c in holders
                   if c.i in heads and c.i < clause.i and heads[c.i].entry.type == "REQUEST"]
        if demands:
            return demands[0]
    if clause.dep_ != "ccomp" or governor is None or governor.entry.type not in CLAUSE_ABSORBING_TYPES:
        return None
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in clause.children):
        return governor
    return None


def _protest_purpose(trigger: Trigger, heads: dict[int, Trigger]) -> Trigger | None:
    """A demand that is the purpose of a protest is part of it: "marched to demand reforms", "staged rallies
    calling for independence" (the clause hangs off the protest verb or the verb whose object it is)."""
    tok = trigger.head
    if trigger.entry.type != "REQUEST" or tok.dep_ not in ("advcl", "xcomp", "acl", "conj"):
        return None
    anchor = tok.head
    candidates = [anchor, *(c for c in anchor.children if c.dep_ in ("dobj", "attr"))]
    for cand in candidates:
        governor = heads.get(cand.i)
        if governor is not None and governor.entry.type == "PROTEST":
            return governor
    return None


def _ultimatum(head: Token) -> bool:
    """True for the second arm of an either-or demand ("leave or face sanctions"): a consequence still to come."""
    return head.dep_ == "conj" and head.tag_ == "VB" and head.head.pos_ == "VERB" and any(
        c.dep_ == "cc" and c.lower_ == "or" for c in head.head.children
    )
