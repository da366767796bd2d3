"""The ``tidings_events`` spaCy component: triggers -> arguments -> status, speaker, date -> EventCandidate.

It runs after ``tidings_actors`` and sets ``doc._.tidings_events`` (EventCandidates with offsets relative to
the Doc, segment 0) and ``doc.spans["tidings_triggers"]`` (one span per trigger, labelled with its type).
``candidates_from_doc`` turns them into document offsets for one segment.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span as SpacySpan, Token

from ..records import UNORDERED_TYPES, ActorMention, EventCandidate, Span
from .actor_index import ActorIndex
from .arguments import BACKED_TYPES, Argument, RoleFinder
from .attribution import speaker_for
from .clauses import BACKED_PREPS, backed_verb, misparsed_small_clause
from .dates import DATE_GROUP, date_for, find_dates
from .lexicon import agent_roles, reporting_verbs, third_party_nouns
from .parties import DENIALS, REACTION_TYPES
from .promises import FORCE_TYPES, HELP_TYPES, event_type, is_announced, is_conditional, is_forecast
from .status import status_for
from .triggers import Trigger, TriggerMatcher, build_matcher, find_triggers, meeting_refusal

COMPONENT = "tidings_events"
TRIGGER_GROUP = "tidings_triggers"
MAX_PAIRS = 8
# Verbal conflict: an official's own country named as the target is the speaker's side, not the target.
VERBAL_CONFLICT = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN"})
# Sectors whose arrival somewhere is a deployment, not a visit.
NON_VISITOR_SECTORS = frozenset({"MIL", "COP", "REB", "UAF", "PRM"})
# Prepositions that name where two parties met, not a third party.
VENUE_PREPS = frozenset({"in", "at", "on", "near"})
# Types whose acts are one-off measures: told in the present progressive they are taken, not going on.
PUNCTUAL_TYPES = frozenset({"SANCTION"})
# First-person pronouns: in quoted speech they stand for the speaker.
FIRST_PERSON = frozenset({"we", "us", "i", "me"})
# Military exercises: held by the forces of several countries they are joint (COOPERATE).
EXERCISES = frozenset({("exercise",), ("drill",), ("war", "game"), ("maneuver",), ("manoeuvre",)})
# Custody acts told in the passive with no agent are done by the state where they happen.
CUSTODY_MODES = frozenset({"arrest", "deport"})
# An event noun as a state: "on alert" is kept by its subject, "under attack" is undergone by it.
STATE_PREPS = frozenset({"on", "under"})
STATE_VERBS = frozenset({"be", "remain", "stay", "keep", "go", "come", "put", "place", "fall", "enter", "bring"})

if not Doc.has_extension("tidings_events"):
    Doc.set_extension("tidings_events", default=None)


@Language.factory(COMPONENT, assigns=["doc._.tidings_events"])
def make_event_component(nlp: Language, name: str) -> "EventComponent":
    """Build the event extractor for ``nlp`` (the matcher is compiled once here)."""
    return EventComponent(nlp, name)


class EventComponent:
    """Finds event candidates in a parsed Doc."""

    def __init__(self, nlp: Language, name: str = COMPONENT) -> None:
        self.name = name
        self.matcher: TriggerMatcher = build_matcher(nlp.vocab)

    def __call__(self, doc: Doc) -> Doc:
        candidates, triggers = extract_candidates(doc, self.matcher)
        doc._.tidings_events = candidates
        doc.spans[TRIGGER_GROUP] = [
            SpacySpan(doc, t.span.start, t.span.end, label=t.entry.type) for t in triggers
        ]
        return doc

    def pipe(self, docs: Any, batch_size: int = 128) -> Any:
        for doc in docs:
            yield self(doc)

    # The component has no trained state: serialisation keeps nothing and rebuilds the matcher.
    def to_bytes(self, *, exclude: tuple = ()) -> bytes:
        return b""

    def from_bytes(self, data: bytes, *, exclude: tuple = ()) -> "EventComponent":
        return self

    def to_disk(self, path: Any, *, exclude: tuple = ()) -> None:
        return None

    def from_disk(self, path: Any, *, exclude: tuple = ()) -> "EventComponent":
        return self


def _span(doc_span: SpacySpan) -> Span:
    return Span(doc_span.start_char, doc_span.end_char, doc_span.text)


def _evidence(trigger: Trigger, parts: list[SpacySpan]) -> Span:
    doc = trigger.span.doc
    sent = trigger.head.sent
    start = min([trigger.span.start, *(p.start for p in parts if p.sent == sent)])
    end = max([trigger.span.end, *(p.end for p in parts if p.sent == sent)])
    while end > start + 1 and doc[end - 1].is_punct:
        end -= 1
    return _span(doc[start:end])


def _confidence(trigger: Trigger, source: Argument | None, target: Argument | None) -> float:
    score = 0.25 + 0.4 * trigger.entry.weight
    for arg in (source, target):
        if arg is not None:
            score += 0.15 - 0.02 * max(0, arg.distance - 1)
    return round(min(0.97, max(0.05, score)), 3)


def _pairs(
    trigger: Trigger, sources: list[Argument], targets: list[Argument]
) -> list[tuple[Argument | None, Argument | None]]:
    """Source x target pairs of a trigger; empty when the lexicon entry's frame is not filled.

    With a ``mutual`` entry, "X and Y met / agreed / cooperate" (no target) pairs the conjuncts with each
    other (one exchange between them, not two acts without a partner). Other types need a
    target unless their entry says ``intr``, and a source unless it says ``nosrc``.
    """
    if len(sources) > 1 and trigger.entry.mutual:  # "X and Y met on the island of Z": Z is the venue
        targets = [t for t in targets if not (t.span.root.dep_ == "pobj" and t.span.root.head.lower_ in VENUE_PREPS)]
    if not targets and len(sources) > 1 and trigger.entry.mutual:
        # "X, Y and Z will work together": every two of them, once for the unordered types; "X and Y
        # fought / pulled back" is an act of each against the other, so both directions otherwise
        pairs = [(a, b) for i, a in enumerate(sources) for b in sources[i + 1:] if a.span.start != b.span.start]
        if trigger.entry.type not in UNORDERED_TYPES:
            pairs = [p for a, b in pairs for p in ((a, b), (b, a))]
        return pairs[:MAX_PAIRS]
    if not sources and not (trigger.entry.sourceless and targets):
        return []
    if not targets and not trigger.entry.intransitive:
        return []
    if trigger.entry.mode == "visit" and sources and all(s.mention.sector in NON_VISITOR_SECTORS for s in sources):
        return []  # troops or police arriving somewhere are not on a visit
    if trigger.entry.type in VERBAL_CONFLICT:  # "a US official warned that Washington could ...": own side
        targets = [t for t in targets if not (
            t.mention.entity_type == "COUNTRY" and any(
                s.mention.entity_type != "COUNTRY" and s.mention.country is not None
                and s.mention.country == t.mention.country for s in sources
            )
        )]
        if not targets and not trigger.entry.intransitive:
            return []
    pairs: list[tuple[Argument | None, Argument | None]] = [
        (s, t) for s in (sources or [None]) for t in (targets or [None])
        if s is None or t is None or s.span.start != t.span.start
    ]
    return pairs[:MAX_PAIRS]


def _doer_roles(trigger: Trigger, sources: list[Argument]) -> set[str]:
    """Roles (agent_roles.tsv) of the doer: the head nouns of the source actors and of the subject."""
    table = agent_roles()
    heads = [s.span.root for s in sources]
    heads += [c for c in trigger.head.children if c.dep_ in ("nsubj", "agent")]
    words = set()
    for tok in heads:
        words.add(tok.lemma_.lower())
        words.update(c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod"))
        words.update(p.lemma_.lower() for c in tok.children if c.dep_ == "agent" for p in c.children)
    return {table[w] for w in words if w in table}


def _with_coordinated_modifiers(sources: list[Argument], index: ActorIndex) -> list[Argument]:
    """Add the actors named by coordinated modifiers of a source's head: "French and Egyptian warships" is
    one actor span ("Egyptian warships") and a modifier ("French") coordinated with the span's own."""
    found = list(sources)
    starts = {a.span.start for a in sources}
    for arg in sources:
        for mod in arg.span.root.children:
            if mod.dep_ not in ("amod", "compound") or not any(c.dep_ == "conj" for c in mod.children):
                continue
            for tok in (mod, *mod.conjuncts):
                span = index.by_token.get(tok.i)
                if span is not None and span.start not in starts:
                    starts.add(span.start)
                    found.append(Argument(span, index.mention(span), arg.distance))
    return found


def _by_doer(trigger: Trigger, sources: list[Argument]) -> Trigger:
    """Retype by who acts: police, peacekeepers or rescuers arriving somewhere bring aid, other armed forces
    arriving are deployed; violence by protesters is a riot (PROTEST); drills held by the forces of two or
    more countries are joint (COOPERATE)."""
    entry = trigger.entry
    if entry.type == "MOBILIZE" and entry.lemmas in EXERCISES and \
            len({s.mention.country for s in sources if s.mention.country}) > 1:
        return replace(trigger, entry=replace(entry, type="COOPERATE", mode=None, mutual=True, intransitive=False))
    if entry.mode == "visit" and entry.pos != ("NOUN", "PROPN"):
        doers = _doer_roles(trigger, sources)
        if "helper" in doers:
            return replace(trigger, entry=replace(entry, type="AID", mode=None))
        if sources and all(s.mention.sector in NON_VISITOR_SECTORS for s in sources):
            return replace(trigger, entry=replace(entry, type="MOBILIZE", mode="troops"))
    elif entry.type in ("ASSAULT", "COERCE") and "crowd" in _doer_roles(trigger, sources):
        return replace(trigger, entry=replace(entry, type="PROTEST", mode="riot", sourceless=True))
    elif entry.type == "PROTEST" and entry.lemmas == ("protest",) and trigger.head.pos_ == "VERB" and sources and all(
        (s.mention.entity_type == "COUNTRY" and s.mention.kind in ("NAME", "CAPITAL")) or s.mention.sector == "GOV"
        for s in sources
    ):  # a state protesting ("Manila protested") is a diplomatic protest: ACCUSE, aimed at someone
        return replace(trigger, entry=replace(entry, type="ACCUSE", mode="disapprove", sourceless=False,
                                              intransitive=False))
    return trigger


def _inside_complement(arg: Argument, head: Token) -> bool:
    """True when the argument sits inside a clausal complement of ``head`` ("denied having asked X")."""
    tok = arg.span.root
    while tok.head.i != tok.i and tok.i != head.i:
        if tok.head.i == head.i:
            return tok.dep_ in ("xcomp", "ccomp", "advcl", "pcomp")
        tok = tok.head
    return False


def _ultimatum(trigger: Trigger, roles: RoleFinder) -> tuple[list[Argument], list[Argument]] | None:
    """An ultimatum: a subject-is-target threat ("face action") told as the "or" alternative of an infinitive
    under a verb with an object ("gave X a week to free Y or face action", "told X to leave or face
    sanctions"): the verb's subject threatens its object. None for any other shape."""
    head = trigger.head
    first = head.head
    if head.dep_ != "conj" or not any(c.dep_ == "cc" and c.lower_ == "or" for c in first.children) \
            or first.dep_ not in ("advcl", "xcomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in first.children):
        return None
    gov = first.head
    targets = roles._actors([c for c in gov.children if c.dep_ in ("dobj", "dative")], 2)  # noqa: SLF001
    toks, hops = roles.subject_tokens(gov)
    sources = roles._actors(toks, hops + 1)  # noqa: SLF001
    return (sources, targets) if sources and targets else None


def _speaker_argument(trigger: Trigger, index: ActorIndex) -> list[Argument]:
    """The speaker of a reported threat as its source (an actor span of the Doc), or nothing."""
    mention, _text = speaker_for(trigger.head, index)
    if mention is None:
        return _shared_subject_speaker(trigger.head, index)
    for span in index.spans:
        if span.start_char == mention.start:
            return [Argument(span, mention, 3)]
    return []


def _speaker_for_first_person(trigger: Trigger, sources: list[Argument], index: ActorIndex) -> list[Argument]:
    """A first-person source in quoted speech ("'We will retaliate,' the minister said") is the speaker."""
    if not sources or not all(s.span.text.lower() in FIRST_PERSON for s in sources):
        return sources
    return _speaker_argument(trigger, index) or sources


def _shared_subject_speaker(head: Token, index: ActorIndex) -> list[Argument]:
    """The speaker of a reporting verb coordinated with an earlier verb and sharing its subject ("the ministry
    accused X and said X would bear the consequences"): the subject of that first verb."""
    tok, verbs = head, reporting_verbs()
    for _ in range(4):
        if tok.head.i == tok.i:
            return []
        tok = tok.head
        if tok.lemma_.lower() in verbs:
            break
    else:
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) or tok.dep_ != "conj":
        return []
    for subject in (c for c in tok.head.children if c.dep_ == "nsubj"):
        span = index.at(subject)
        if span is not None:
            return [Argument(span, index.mention(span), 4)]
    return []


def _roles(trigger: Trigger, roles: RoleFinder) -> tuple[list[Argument], list[Argument]]:
    """Sources and targets of a trigger, with three repairs: an adjective ("X is ready / willing to ...")
    takes the subject of its copula; the thing a promised act moves ("ready to contribute troops to X") is
    not its target; a governor with no target takes one from the act it absorbed."""
    sources, targets = roles.roles(trigger)
    head = trigger.head
    sources, targets = _state_roles(trigger, roles, sources, targets)
    if trigger.entry.recipient_subject:  # "X received tanks from Y": Y gives, X receives
        sources, targets = _named(targets), _named(sources) or targets
    passive = [c for c in head.children if c.dep_ == "nsubjpass"]
    if passive and not _named(sources) and not any(c.dep_ == "agent" for c in head.children):
        if trigger.entry.theme_object:  # "Kenyan peacekeepers were deployed to Haiti": the owner of what is moved
            sources = roles._actors(passive, 2) or sources  # noqa: SLF001
        elif trigger.entry.mode in CUSTODY_MODES:  # "a Russian spy was arrested in Poland": the state of the place
            held = roles._actors(passive, 2)  # noqa: SLF001
            place = roles._place_target(head)  # noqa: SLF001
            if held and place and {a.span.start for a in held}.isdisjoint(a.span.start for a in place):
                sources, targets = place, held
    if not sources and head.pos_ == "ADJ" and head.dep_ in ("acomp", "oprd") and head.head.pos_ in ("VERB", "AUX"):
        toks, hops = roles.subject_tokens(head.head)
        sources = roles._actors(toks, hops)  # noqa: SLF001 (same role mapping as for verbs)
    if not _named(sources) and head.pos_ == "NOUN":
        # "the arrest of X by Y": the parser often hangs "by Y" on X rather than on the event noun
        agents = [pobj for of in head.children if of.dep_ == "prep" and of.lower_ == "of"
                  for obj in of.children if obj.dep_ == "pobj"
                  for by in obj.children if by.dep_ == "prep" and by.lower_ == "by"
                  for pobj in by.children if pobj.dep_ == "pobj"]
        sources = roles._actors(agents, 3) or sources  # noqa: SLF001
    if not sources and head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.lower_ == "as" \
            and head.head.head.pos_ in ("VERB", "AUX"):
        toks, hops = roles.subject_tokens(head.head.head)  # "X will act / serve as a mediator between ..."
        sources = roles._actors(toks, hops + 2)  # noqa: SLF001
    themes = {
        span.start for inner in trigger.absorbed if inner.entry.theme_object
        for c in inner.head.children if c.dep_ == "dobj"
        for span in [roles.index.at(c)] if span is not None
    }
    targets = [t for t in targets if t.span.start not in themes]
    means = [inner for inner in trigger.absorbed if inner.entry.type == "ASSAULT" and inner.head.pos_ in ("NOUN", "PROPN")
             and inner.head.dep_ == "pobj"]
    if means and not _named(sources):  # "two soldiers were killed in an Israeli air strike": the strike's author
        sources = roles.roles(means[0])[0] or sources
        starts = {a.span.start for a in sources}
        victims = [a for a in roles._actors([c for c in head.children if c.dep_ == "nsubjpass"], 1)  # noqa: SLF001
                   if a.span.start not in starts]
        targets = victims or [t for t in targets if t.span.start not in starts]
    if trigger.entry.complements and all(t.mention.kind == "CONTEXT" for t in targets):
        # "allowed X to visit", "ordered X to suspend ...": X, the subject of the complement clause
        subjects = [s for c in head.children if c.i in trigger.consumed for s in c.children if s.dep_ == "nsubj"]
        targets = roles._actors(subjects, 2) or targets  # noqa: SLF001
    if not targets and trigger.absorbed:
        targets = _targets_from_content(trigger, sources, roles)
    if head.lemma_.lower() in DENIALS and not any(c.dep_ in ("dobj", "dative") for c in head.children):
        # "denied buying weapons from X": a denial answers the accuser, not the one the denied act was aimed at
        targets = [t for t in targets if not _inside_complement(t, head)]
    conditional_force = trigger.entry.type in FORCE_TYPES and is_conditional(head, ("if", "unless"))
    if not _named(targets) and (trigger.entry.type == "THREATEN" or conditional_force):
        # "warned that it would respond if X attacked", "threatened to ban the vote if X took part", "the army
        # would strike hard if X broke the terms": the one whose act is the condition is the target
        starts = {a.span.start for a in sources}
        subjects = [
            subj for comp in [head, *head.children] if comp.i == head.i or comp.dep_ in ("ccomp", "xcomp")
            for adv in comp.children if adv.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in adv.children)
            for subj in adv.children if subj.dep_ in ("nsubj", "nsubjpass")
        ]
        targets = [t for t in roles._actors(subjects, 4) if t.span.start not in starts] or targets  # noqa: SLF001
    return sources, roles.with_context(trigger, sources, targets)


def _named(args: list[Argument]) -> list[Argument]:
    """The arguments read from the text (not a context placeholder)."""
    return [a for a in args if a.mention.kind != "CONTEXT"]


def _state_roles(
    trigger: Trigger, roles: RoleFinder, sources: list[Argument], targets: list[Argument]
) -> tuple[list[Argument], list[Argument]]:
    """An event noun as a state entered, kept or undergone. "X remained / went on alert", "X put its forces on
    alert": X acts. "X came / is under attack / sanctions", "Y was put under investigation", "Z put Y under
    arrest": the one under it (Y, or X) is the target, the one who put them there (Z) the source."""
    head = trigger.head
    if head.pos_ != "NOUN" or head.dep_ != "pobj" or head.head.lower_ not in STATE_PREPS:
        return sources, targets
    prep, verb = head.head, head.head.head
    if verb.lemma_.lower() not in STATE_VERBS:
        return sources, targets
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    placed = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if prep.lower_ == "on":
        if not _named(sources):
            sources = roles._actors(subjects or placed, 2) or sources  # noqa: SLF001
        return sources, targets
    undergoers = roles._actors(placed or subjects, 2)  # noqa: SLF001
    if undergoers and not _named(targets):
        starts = {u.span.start for u in undergoers}
        targets = undergoers
        sources = [a for a in sources if a.span.start not in starts]
        if placed and not sources:
            sources = roles._actors(subjects, 2)  # noqa: SLF001
        if placed and not sources and not subjects:  # "X was put under investigation in Italy": the state there
            sources = [a for a in roles._place_target(verb) if a.span.start not in starts]  # noqa: SLF001
    return sources, targets


def _targets_from_content(trigger: Trigger, sources: list[Argument], roles: RoleFinder) -> list[Argument]:
    """Targets of a governing trigger taken from the act it absorbed. A reaction to an act ("condemned the
    raid", "welcomed the deal") is aimed at whoever did it; a demand, threat or promise ("warned that it
    would cut gas to X") at whoever the act is aimed at."""
    starts = {s.span.start for s in sources}
    for inner in trigger.absorbed:
        inner_sources, inner_targets = roles.roles(inner)
        if trigger.entry.type in REACTION_TYPES and inner.head.dep_ == "dobj":
            found = inner_sources + (inner_targets if inner.entry.mutual else [])
        else:
            found = inner_targets
        found = [t for t in found if t.span.start not in starts]
        if found:
            return found
    return []


def _agent_noun(tok: Token, span: SpacySpan, index: ActorIndex) -> bool:
    """True for the head of an unnamed actor that names a third-party role ("a mediator between X and Y"):
    the word is the act, while a token of a name ("the Cooperation Council") never heads a trigger."""
    if tok.i != span.root.i or index.mention(span).kind == "NAME":
        return False
    return tok.pos_ in third_party_nouns().get(tok.lemma_.lower(), ())



def extract_candidates(doc: Doc, matcher: TriggerMatcher) -> tuple[list[EventCandidate], list[Trigger]]:
    """Event candidates of one Doc (Doc-relative offsets, segment 0) and the triggers that gave them."""
    index = ActorIndex(doc)
    blocked = {i for i, span in index.by_token.items() if not _agent_noun(doc[i], span, index)}
    triggers = find_triggers(doc, matcher, blocked)
    # the subject of "postponed the visit" is the visitor: that verb does not hide the subject from its object
    roles = RoleFinder(index, {t.head.i for t in triggers if not meeting_refusal(t)},
                       {t.head.i for t in triggers if t.entry.type in BACKED_TYPES})
    acts = {t.head.i: t.entry.type for t in triggers}
    dates = find_dates(doc)
    doc.spans[DATE_GROUP] = dates
    out: list[EventCandidate] = []
    kept: list[Trigger] = []
    queue = list(triggers)
    while queue:
        trigger = queue.pop(0)
        denied = [t for t in trigger.absorbed if t.head.dep_ == "xcomp"]
        if denied and trigger.head.lemma_.lower() in DENIALS:
            queue[:0] = denied  # "denied shipping arms to X": the act itself, negated, not a rejection
            continue
        sources, targets = _roles(trigger, roles)
        if trigger.entry.type in HELP_TYPES and sources and not _named(targets):
            targets = roles.act_context(trigger, acts) or targets  # "provided support for the strikes"
        sources = _speaker_for_first_person(trigger, sources, index)
        sources = _with_coordinated_modifiers(sources, index)
        trigger = _by_doer(trigger, sources)
        ultimatum = _ultimatum(trigger, roles) if trigger.entry.subject_target else None
        if ultimatum is not None:  # "gave X a week to free Y or face military action": the giver threatens X
            sources, targets = ultimatum
        elif trigger.entry.subject_target:  # "X would bear the consequences", the speaker warned
            sources, targets = _speaker_argument(trigger, index), sources
            if sources and not targets:  # "the strikes will not go unpunished": their author, from context
                targets = roles.subject_context(trigger, acts)
        pairs = [] if is_forecast(trigger, sources, index) else _pairs(trigger, sources, targets)
        if not pairs:
            # a warning or promise that gives nothing leaves its future content clause to stand on its own
            # and help it was done with ("sought X with Y's backing") stays Y's act
            queue[:0] = [t for t in trigger.absorbed if t.head.dep_ in ("ccomp", "advcl") or (
                t.entry.type in BACKED_TYPES and t.head.dep_ == "pobj" and t.head.head.lower_ in BACKED_PREPS)]
            continue
        # a verbless clause the parser took for a verb ("declared X persona non grata"): the declaring verb's status
        status, _cue = status_for(trigger.head.head if misparsed_small_clause(trigger.head, trigger) else trigger.head)
        etype = event_type(trigger)
        backed = backed_verb(trigger.head) if trigger.entry.type in BACKED_TYPES else None
        if backed is not None:
            # "X, which seeks Z with Y's backing": the backing holds as the backed act does (not what X seeks)
            status = status_for(backed)[0]
            if status == "occurred" and backed.tag_ in ("VBZ", "VBP"):
                status = "ongoing"
        if etype in PUNCTUAL_TYPES and status == "ongoing" and _cue is None and trigger.head.tag_ == "VBG":
            status = "occurred"  # "is expelling two envoys": a one-off measure told in the progressive is done
        if status in ("occurred", "ongoing") and is_announced(trigger.head, etype):
            status = "planned"  # "announced an aid package": what was announced is still to be delivered
        if etype == "THREATEN" and trigger.entry.type == "AGREE" and trigger.entry.mutual and len(sources) > 1 \
                and not targets:
            etype = "AGREE"  # "X and Y agreed to hold exercises": what two parties agree on is not a threat
        promised_aid = etype == "AID" and trigger.entry.type == "AGREE"
        if (trigger.entry.future or promised_aid) and status in ("occurred", "ongoing"):
            status = "planned"  # what was pledged has not been delivered yet
        if etype == "THREATEN" and (trigger.entry.type in FORCE_TYPES | {"RETREAT"} or trigger.entry.subject_target
                                    or trigger.entry.needs_future_aux) \
                and status in ("hypothetical", "planned"):
            status = "occurred"  # the conditional promise of force was made
        if etype == "THREATEN" and trigger.entry.subject_target and status == "negated" and any(
                c.dep_ in ("acomp", "oprd") and c.lower_.startswith("un") and c.lower_.endswith("ed")
                for c in trigger.head.children):
            status = "occurred"  # "X will not go unpunished": the negation undoes the negative participle
        if etype == "THREATEN" and trigger.entry.type == "AGREE" and status == "ongoing":
            status = "occurred"  # "X is ready to strike Y": the readiness was stated, the threat made
        speaker, speaker_text = speaker_for(trigger.head, index)
        date_span, attached = date_for(trigger.head, dates)
        for source, target in pairs:
            parts = [a.span for a in (source, target) if a is not None]
            if date_span is not None and attached and abs(date_span.start - trigger.head.i) <= 12:
                parts.append(date_span)
            out.append(
                EventCandidate(
                    type=etype,
                    trigger=_span(trigger.span),
                    evidence=_evidence(trigger, parts),
                    segment=0,
                    source=source.mention if source else None,
                    target=target.mention if target else None,
                    status=status,
                    mode=trigger.entry.mode,
                    speaker=speaker,
                    speaker_text=speaker_text,
                    date_text=_span(date_span) if date_span is not None else None,
                    confidence=_confidence(trigger, source, target),
                )
            )
        if pairs:
            kept.append(trigger)
    return out, kept


def _shift_span(span: Span | None, offset: int) -> Span | None:
    if span is None:
        return None
    return Span(span.start + offset, span.end + offset, span.text)


def _shift_mention(mention: ActorMention | None, segment: int, offset: int) -> ActorMention | None:
    if mention is None:
        return None
    return replace(mention, start=mention.start + offset, end=mention.end + offset, segment=segment)


def candidates_from_doc(doc: Doc, segment_index: int, offset: int) -> list[EventCandidate]:
    """The Doc's event candidates with DOCUMENT offsets (``offset`` = the segment's start)."""
    found = doc._.tidings_events
    if found is None:
        return []
    return [
        replace(
            c,
            trigger=_shift_span(c.trigger, offset),
            evidence=_shift_span(c.evidence, offset),
            segment=segment_index,
            source=_shift_mention(c.source, segment_index, offset),
            target=_shift_mention(c.target, segment_index, offset),
            speaker=_shift_mention(c.speaker, segment_index, offset),
            date_text=_shift_span(c.date_text, offset),
        )
        for c in found
    ]
