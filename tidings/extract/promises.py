"""What a trigger's act amounts to when it is promised, warned of, announced or made conditional: a promise of
force is a threat, a promise of aid the planned aid, a warning about another side's act a forecast, a promise
not to use force an agreement. Used by the ``tidings_events`` component (``component.py``).
"""

from __future__ import annotations

from spacy.tokens import Token

from .actor_index import ActorIndex
from .arguments import Argument
from .clauses import INVITE_VERBS
from .lexicon import reporting_verbs
from .status import governor_cue
from .triggers import Trigger

# Material conflict: promising one of these is threatening it.
FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})
# Types whose announcement ("announced an aid package") is a promise, not yet the act.
ANNOUNCED_TYPES = frozenset({"AID"})
# Verbs of getting ready: preparing an attack (the verb, not "is prepared to", a stated willingness) is MOBILIZE.
PREPARATIONS = frozenset({"prepare", "gear"})
# Verbs of warning: about another side's act they are a forecast, not a threat.
WARNINGS = frozenset({"warn", "caution"})
# Auxiliaries of a promised consequence ("would strike if ...").
CONDITIONAL_AUX = frozenset({"will", "would", "'ll", "wo", "shall"})

# Help whose beneficiary may be the author of the act it is given for ("support for the strikes").
HELP_TYPES = frozenset({"COOPERATE", "SUPPORT", "AID"})
# Joint acts an invitation proposes to do with the invitees ("invited X to coordinate patrols").
JOINT_INVITED_TYPES = frozenset({"COOPERATE"})


def event_type(trigger: Trigger) -> str:
    """The trigger's type, except that a promise of force is a threat ("vowed to attack X", "vowed to punish
    X" -> THREATEN), a promise of aid is the (planned) aid ("promised to contribute police"), and a force
    act made conditional on what the other side does is a threat ("would strike hard if X broke the terms")."""
    if trigger.entry.type == "AGREE" and trigger.complement in {"ASSAULT", "COERCE"} \
            and trigger.head.pos_ == "VERB" and trigger.head.lemma_.lower() in PREPARATIONS \
            and not (trigger.head.tag_ == "VBN" and any(c.lemma_ == "be" for c in trigger.head.children)):
        return "MOBILIZE"  # "the army prepared to resume shelling": getting ready to strike is a force posture
    if trigger.entry.type == "AGREE" and trigger.complement in FORCE_TYPES | {"THREATEN"} \
            and not renounced_force(trigger):
        return "THREATEN"
    if trigger.entry.type == "AGREE" and trigger.complement == "AID":
        return "AID"
    if trigger.entry.type in FORCE_TYPES and is_conditional(trigger.head, ("if", "unless")):
        return "THREATEN"
    if trigger.entry.type == "REQUEST" and trigger.head.lemma_.lower() in INVITE_VERBS and any(
            inner.entry.mutual and inner.entry.type in JOINT_INVITED_TYPES and inner.head.dep_ == "xcomp"
            for inner in trigger.absorbed):
        # "should invite X and Y to coordinate their patrols": the inviter proposes to work with them
        return next(inner.entry.type for inner in trigger.absorbed if inner.entry.type in JOINT_INVITED_TYPES)
    if trigger.entry.type == "RETREAT" and is_conditional(trigger.head, ("unless",)):
        return "THREATEN"  # "will pull its troops out unless X holds elections"
    return trigger.entry.type


def is_forecast(trigger: Trigger, sources: list[Argument], index: ActorIndex) -> bool:
    """True for a warning about what ANOTHER side may do ("Seoul warned that North Korean troops could cross",
    "rights groups warned that the Kenyan force could use force"): a forecast, not a threat. The warned act
    then stands on its own. A warning whose content is done by the warner's own side ("an official warned
    that Washington could impose sanctions") stays a threat."""
    if trigger.entry.type != "THREATEN" or trigger.head.lemma_.lower() not in WARNINGS:
        return False
    own = {s.mention.country for s in sources if s.mention.country}
    threatened = {inner.head.i for inner in trigger.absorbed if inner.entry.subject_target}
    # "warned that X would pay a price": X is the one threatened, not a forecast about X
    clauses = [c for c in trigger.head.children if c.dep_ == "ccomp" and c.i not in threatened]
    for clause in clauses:
        for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
            span = index.at(subject)
            mention = index.mention(span) if span is not None else None
            if mention is not None and mention.kind not in ("PRONOUN", "CONTEXT") and mention.country \
                    and own and mention.country not in own:
                return True
    return False


def renounced_force(trigger: Trigger) -> bool:
    """True for a promise NOT to use force ("pledged not to attack each other"): an AGREE, not a threat."""
    return any(
        inner.entry.type in FORCE_TYPES | {"THREATEN"} and any(c.dep_ == "neg" for c in inner.head.children)
        for inner in trigger.absorbed
    )


def is_announced(head: Token, etype: str) -> bool:
    """True for an event noun that is the object of a reporting verb with a planned cue ("announced aid")."""
    verb = head.head
    return (etype in ANNOUNCED_TYPES and head.pos_ == "NOUN" and head.dep_ == "dobj"
            and verb.lemma_.lower() in reporting_verbs() and governor_cue(verb) == "planned")


def is_conditional(head: Token, marks: tuple[str, ...]) -> bool:
    """True when the trigger's clause is a consequence promised on a condition: a future or modal
    auxiliary ("would", "will", "could") and an "if"/"unless" clause, on the trigger or its governing verb."""
    clause = head
    for _ in range(2):
        if clause.pos_ not in ("VERB", "AUX"):
            return False
        has_modal = any(c.dep_ == "aux" and c.lower_ in CONDITIONAL_AUX for c in clause.children)
        has_if = any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
            for c in clause.children
        )
        if has_modal and has_if:
            return True
        if clause.dep_ != "xcomp":
            return False
        clause = clause.head  # "would not hesitate to close the strait if ..."
    return False
