"""Event status from the parse: occurred, ongoing, planned, negated, hypothetical or normative.

The trigger's clause chain is walked upward (the trigger, then the words governing it: the verb whose object
it is, the verb it is the complement of, ...) and at each level the cue lexicon (status_cues.tsv) is checked
against auxiliaries, negations, modifiers, predicates and markers. The strongest cue wins in the order
normative > negated > hypothetical > planned > ongoing, except that an outer modal or wish overrides an inner
negation ("X could fail to meet Y" is hypothetical). With no cue the tense
decides: present progressive and present simple -> ongoing (but a stance verb of verbal conflict in the
present simple, "X rejects the plan", -> occurred), else occurred. Reporting verbs ("said") end the
walk: a report does not change the status of what it reports.
"""

from __future__ import annotations

from spacy.tokens import Token

from functools import lru_cache

from .lexicon import LEXICON_DIR, reporting_verbs, status_cues, trigger_entries

RANK = {"normative": 5, "negated": 4, "hypothetical": 3, "planned": 2, "ongoing": 1, "occurred": 0}
CLIMB_DEPS = frozenset({"xcomp", "dobj", "pobj", "prep", "attr", "nsubj", "nsubjpass", "acl", "conj", "ccomp",
                        "oprd", "pcomp", "appos", "acomp"})
NEG_DEPS = frozenset({"neg"})
MOD_DEPS = frozenset({"amod", "acl", "advmod", "npadvmod", "compound"})
PRED_DEPS = frozenset({"acomp", "attr", "prep", "oprd"})
# Speech acts of verbal conflict: told in the present simple they are a stance taken ("X and Y reject the
# plan", "X accuses Y"), coded as occurred, not as something going on.
STANCE_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN"})
# Classes of status_words.tsv (see the file's header).
WORD_CLASSES = frozenset({"count_noun", "duration_unit", "time_point_prep", "given_prep", "frame_noun",
                          "standing_noun", "state_verb", "holding_verb", "onset_verb", "stative_participle",
                          "litotes_verb", "lifting_verb", "future_time", "weighing_verb"})


@lru_cache(maxsize=1)
def status_words() -> dict[str, frozenset[str]]:
    """Word classes of status_words.tsv: class -> words (lemmas or lower-case forms)."""
    found: dict[str, set[str]] = {c: set() for c in WORD_CLASSES}
    path = LEXICON_DIR / "status_words.tsv"
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) < 2 or cols[1] not in WORD_CLASSES:
            known = ", ".join(sorted(WORD_CLASSES))
            raise ValueError(f"status_words.tsv line {number}: expected word, class ({known})")
        found[cols[1]].add(cols[0].lower())
    return {c: frozenset(words) for c, words in found.items()}


def _words(word_class: str) -> frozenset[str]:
    return status_words()[word_class]


def _given_prep(tok: Token) -> bool:
    """ "after"/"following" (a past point of time) or "despite" (a given fact), also a second one coordinated."""
    return tok.dep_ in ("prep", "conj") and tok.pos_ in ("ADP", "SCONJ") and (
        tok.lower_ in _words("time_point_prep") or tok.lower_ in _words("given_prep"))


@lru_cache(maxsize=1)
def _stance_verbs() -> dict[str, frozenset[str]]:
    """Single-word verb triggers of the stance types (triggers.tsv), each with the object words that make
    it a trigger of another type instead ("probe" is an inquiry, but "jets probe airspace" is MOBILIZE)."""
    verbs = [e for e in trigger_entries() if len(e.lemmas) == 1 and "VERB" in e.pos]
    stance = {e.pattern for e in verbs if e.type in STANCE_TYPES}
    other: dict[str, set[str]] = {}
    for e in verbs:
        if e.pattern in stance and e.type not in STANCE_TYPES:
            other.setdefault(e.pattern, set()).update(e.objects)
    return {v: frozenset(other.get(v, ())) for v in stance}


def _open_threat(tok: Token) -> bool:
    """True for a negating verb ("rule out") that a THREATEN entry takes with this object ("rule out force"):
    not ruling it out is the threat; "did not rule out talks" stays a negated rejection."""
    if governor_cue(tok) != "negated":
        return False
    keys = set(phrasal_keys(tok))
    objects = {c.lemma_.lower() for c in tok.children if c.dep_ == "dobj"}
    return any(e.type == "THREATEN" and e.pattern in keys and (not e.objects or objects & e.objects)
               for e in trigger_entries())


def _stance(tok: Token) -> bool:
    """True for a verb of verbal conflict used as such (not "jets probe the airspace")."""
    objects = _stance_verbs().get(tok.lemma_.lower())
    if objects is None:
        return False
    return not any(c.dep_ == "dobj" and c.lemma_.lower() in objects for c in tok.children)


def reset_caches() -> None:
    """Forget the stance verbs read from the trigger lexicon and the word classes."""
    _stance_verbs.cache_clear()
    status_words.cache_clear()


def phrasal_keys(tok: Token) -> list[str]:
    """Lexicon keys of a word, most specific first: "call off" for "called ... off", then "call"."""
    lemma = tok.lemma_.lower()
    return [f"{lemma} {c.lower_}" for c in tok.children if c.dep_ == "prt"] + [lemma]


def governor_cue(tok: Token) -> str | None:
    """The status a governing word gives its complement ("plan", "call off", "put off"), if any."""
    cues = status_cues()
    for key in phrasal_keys(tok):
        if ("gov", key) in cues:
            return cues[("gov", key)]
    return None


def _cue_governor(tok: Token) -> bool:
    """True for "hope (that)", "it is important (that)": a word whose complement clause takes its status."""
    cues = status_cues()
    if governor_cue(tok) is not None:
        return True
    return any(c.dep_ in ("acomp", "attr") and ("pred", c.lemma_.lower()) in cues for c in tok.children)


def clause_chain(head: Token) -> list[Token]:
    """The trigger and its governors up to the top of the clause (reporting verbs excluded)."""
    chain = [head]
    tok = head
    reporting = reporting_verbs()
    while tok.dep_ in CLIMB_DEPS and tok.head is not tok and len(chain) < 8:
        parent = tok.head
        if parent.lemma_.lower() in reporting:
            break
        if tok.dep_ == "ccomp" and not _cue_governor(parent):
            break  # a clausal complement of a verb that is not a status cue keeps its own status
        if tok.dep_ in ("conj", "acl", "relcl") and tok.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in tok.children
        ):
            break  # a coordinated clause or a noun's content clause with its own subject ("the fact that X")
        if tok.dep_ == "conj" and tok.tag_ in ("VBD", "VBZ") and parent.tag_ == "VB":
            break  # a finite verb cannot share a bare head's auxiliaries: "did not sign X and rejected Y"
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and len(chain) > 1:
            break  # "the panel monitoring sanctions": a participle describing a noun, like a relative clause
        chain.append(parent)
        tok = parent
        if _given_prep(tok):
            break  # "plans to retaliate after X's seizure of Y": a past point of time, not the verb's content
        if tok.dep_ == "prep" and chain[-2].lemma_.lower() in _words("frame_noun"):
            if tok.head is not tok and tok.head.lemma_.lower() not in reporting:
                chain.append(tok.head)  # "agreed to extend X at the end of talks": the talks share the time of
            break  # "extend" (its auxiliaries), not what "agreed" makes of it
    return chain


def _level_status(tok: Token, is_trigger: bool, via: str = "") -> str | None:
    """The strongest cue at one level of the chain; ``via`` is how the walk got here (a coordinated verb
    shares the auxiliaries of its head, not its meaning: "rejected X and accused Y")."""
    cues = status_cues()
    found: list[str] = []
    if not is_trigger and via == "xcomp" and tok.lemma_ == "be" and any(c.dep_ == "nsubj" for c in tok.children):
        found.append("planned")  # "troops are to withdraw"
    transitive_subject = via == "nsubj" and any(c.dep_ == "dobj" for c in tok.children)
    if not is_trigger and _litotes(tok):
        return None  # "did not hesitate to fire", "never failed to pay": the two negations cancel
    if not is_trigger and via != "conj" and not transitive_subject:  # "X's offer kept the lights on"
        status = governor_cue(tok)
        if status and tok.pos_ in ("VERB", "NOUN", "ADJ", "AUX", "ADV"):  # ADV: "stopped short of"
            found.append(status)
    for child in tok.children:
        low, lemma = child.lower_, child.lemma_.lower()
        if child.dep_ in NEG_DEPS:
            found.append("negated")
        elif child.dep_ == "det" and low == "no" and tok.pos_ in ("NOUN", "PROPN"):
            found.append("negated")  # "no visit had been scheduled", "no sign of a deal"
        elif child.dep_ in ("nsubj", "nsubjpass") and tok.pos_ in ("VERB", "AUX") and any(
            d.dep_ == "det" and d.lower_ == "no" for d in child.children
        ):
            found.append("negated")  # "no convoy has crossed"
        elif child.dep_ in ("aux", "auxpass"):
            status = cues.get(("aux", low)) or cues.get(("aux", lemma))
            if status:
                found.append(status)
            elif lemma == "go" and child.tag_ == "VBG":
                found.append("planned")
        elif child.dep_ == "mark":
            status = cues.get(("mark", low))
            if status:
                found.append(status)
        elif child.dep_ in MOD_DEPS:
            status = cues.get(("mod", low)) or cues.get(("mod", lemma))
            if status:
                found.append(status)
        if child.dep_ in PRED_DEPS and not is_trigger:
            status = cues.get(("pred", lemma))
            if status is None and child.dep_ == "prep":  # "on the threshold", "on the verge"
                for pobj in child.children:
                    status = status or cues.get(("pred", pobj.lemma_.lower()))
            if status:
                found.append(status)
        if child.dep_ == "xcomp" and not is_trigger and cues.get(("pred", lemma)):
            found.append(cues[("pred", lemma)])
    if tok.lower_ == "going" and any(c.dep_ == "xcomp" for c in tok.children) and not is_trigger:
        found.append("planned")
    if not found:
        return None
    return max(found, key=RANK.__getitem__)


def _lifted_measure(head: Token) -> bool:
    """True for a standing measure that is what a lifting verb acts on: whatever that verb's mood, the
    measure itself is in force now (a lifting that happened absorbs the measure in the trigger step)."""
    return (
        head.pos_ == "NOUN" and head.lower_ in _words("standing_noun")
        and head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in _words("lifting_verb")
    )


def _litotes(tok: Token) -> bool:
    """True for a negated verb whose own meaning negates ("did not hesitate to", "never failed to")."""
    return tok.lemma_.lower() in _words("litotes_verb") and any(c.dep_ in NEG_DEPS for c in tok.children)


def _tense(chain: list[Token]) -> str:
    """occurred or ongoing from the first finite verb of the chain (not through a subject or apposition:
    the copula of "the meeting is an achievement" says nothing about when the meeting was)."""
    for n, tok in enumerate(chain):
        if n > 0 and chain[n - 1].dep_ == "nsubj" and chain[n - 1].pos_ == "NOUN" and _present_state(tok):
            return "ongoing"  # "X's backing for Y has been unwavering", "X's support is firm": a state now
        if n > 0 and chain[n - 1].dep_ == "nsubj" and chain[n - 1].pos_ == "NOUN" and _state_verb(tok):
            return "ongoing"  # "X's exports to Y have grown", "the sanctions remain in force"
        if n > 0 and chain[n - 1].dep_ == "nsubj" and tok.lemma_ == "be" and tok.tag_ in ("VBZ", "VBP") \
                and any(c.dep_ == "ccomp" for c in tok.children):
            return "ongoing"  # "their main demand is that X go", "one of their demands is that ...": it stands
        if n > 0 and chain[n - 1].dep_ in ("nsubj", "nsubjpass", "attr", "appos", "acl"):
            break
        if n > 0 and _given_prep(tok):
            return "occurred"  # "months after X's cut in gas deliveries": a past point the clause counts from
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        if tok.tag_ == "VBG" and any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in auxes):
            return "planned" if _future_time(tok) else "ongoing"  # "is flying to X next week": a plan
        if tok.tag_ == "VBG" and any(a.lower_ == "been" for a in auxes) and any(
            a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in auxes
        ):
            return "ongoing"  # "has been negotiating"
        if any(a.tag_ in ("VBD",) or (a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP")) for a in auxes):
            return "occurred"
        if tok.tag_ in ("VBZ", "VBP") and tok.dep_ != "aux":
            return "occurred" if n == 0 and _stance(tok) else "ongoing"
        if tok.tag_ in ("VBD", "VBN"):
            return "occurred"
    if chain[0].pos_ == "NOUN" and chain[0].lower_ in _words("standing_noun") and all(
        t.pos_ not in ("VERB", "AUX") or (t.dep_ == "acl" and t.tag_ == "VBG") for t in chain
    ):
        return "ongoing"  # "the panel monitoring sanctions against X": a measure in force, no tense to say otherwise
    return "occurred"


def status_for(head: Token) -> tuple[str, str | None]:
    """(status, cue word) for the event whose trigger head is ``head``."""
    chain = clause_chain(head)
    if _lifted_measure(head):  # "unless the EU's sanctions on X are lifted": in force until then
        return "ongoing", head.head.text
    best: tuple[str, str | None] | None = None
    first = 0
    if _open_threat(head):
        if not any(c.dep_ in NEG_DEPS for c in head.children):
            return "negated", head.text  # "ruled out a strike": the force is excluded, no threat
        first = 1  # "would not rule out military action": leaving force open is the threat, made now
        cues = status_cues()
        for aux in (c for c in head.children if c.dep_ == "aux"):
            if cues.get(("aux", aux.lower_)) == "normative":
                return "normative", aux.text  # "X should not rule out force": advice, not a threat made
    for level, tok in enumerate(chain[first:], start=first):
        status = _level_status(tok, level == 0, chain[level - 1].dep_ if level else "")
        if status is None:
            continue
        # the strongest cue wins ("expect that X could" -> hypothetical), but an outer modal or wish
        # overrides an inner negation ("X could fail to meet" is hypothetical, not negated)
        if best is None or RANK[status] > RANK[best[0]] or (
            status in ("hypothetical", "normative") and best[0] == "negated"
        ):
            best = (status, tok.text)
    if best is None and head.pos_ == "NOUN":
        best = _onset_status(head)
    if first and best is None:
        return "occurred", None
    if head.pos_ == "VERB" and head.lemma_.lower() in _words("weighing_verb") and (best is None or RANK[best[0]] <= 3):
        return "hypothetical", head.text  # "is reviewing its ties with X": the cut is only weighed
    if best is not None:
        if best[0] == "hypothetical" and best[1] is not None and _reported_future(chain):
            return "planned", best[1]  # "X said it would send aid": the future of a report, not a guess
        return best
    tense = _tense(chain)
    if tense == "occurred" and _durative_perfect(chain):
        return "ongoing", None
    return tense, None


def _onset(verb: Token) -> bool:
    """True for a verb telling that something starts to hold ("take effect", "come into force", "begin")."""
    lemma = verb.lemma_.lower()
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lemma_.lower() == "effect" for c in verb.children)
    if lemma in ("come", "enter"):
        return any(p.dep_ == "prep" and p.lower_ == "into" and any(o.lemma_.lower() == "force" for o in p.children)
                   for p in verb.children)
    return lemma in _words("onset_verb")


def _onset_status(noun: Token) -> tuple[str, str | None] | None:
    """The status of a measure told through the clause of its start: "the truce, which is due to take effect
    on Monday" is planned, "a ban that could begin in May" hypothetical."""
    for clause in noun.children:
        if clause.dep_ != "relcl":
            continue
        verbs = [clause, *(c for c in clause.children if c.dep_ in ("xcomp", "acomp"))]
        verbs += [g for v in verbs[1:] for g in v.children if g.dep_ == "xcomp"]
        for verb in verbs:
            if verb.pos_ in ("VERB", "AUX") and _onset(verb):
                status, cue = status_for(verb)
                if status in ("planned", "hypothetical", "negated"):
                    return status, cue
    return None


def _counted(obj: Token) -> bool:
    """An object given as a number: "13,000 containers", "hundreds of shipments", "dozens of ships"."""
    return obj.like_num or obj.lemma_.lower() in _words("count_noun") or any(
        c.dep_ == "nummod" or (c.dep_ == "quantmod") for c in obj.children
    )


def _present_state(verb: Token) -> bool:
    """True for a copula in the present or present perfect with an adjective predicate ("is firm", "has
    been unwavering")."""
    if verb.lemma_ != "be" or not any(c.dep_ == "acomp" for c in verb.children):
        return False
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    if verb.tag_ in ("VBZ", "VBP") and not auxes:
        return True
    return verb.tag_ == "VBN" and any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in auxes)


def _state_verb(verb: Token) -> bool:
    """True for a verb of state or trend in the present or present perfect ("remains", "have grown")."""
    if verb.lemma_.lower() not in _words("state_verb"):
        return False
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    if verb.tag_ in ("VBZ", "VBP") and not auxes:
        return True
    if verb.tag_ == "VBG" and any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in auxes):
        return True
    return verb.tag_ == "VBN" and any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in auxes)


def _durative_perfect(chain: list[Token]) -> bool:
    """True for a present perfect stretched over a period up to now: "has shelled X for two years",
    "have blocked roads for weeks", "has fought there since 2021", and an act named as the subject of one
    ("fighting between X and Y has killed hundreds since April"): the act goes on."""
    for n, tok in enumerate(chain):
        subject_act = n > 0 and chain[n - 1].dep_ == "nsubj" and _act_noun(chain[n - 1])
        if n > 0 and chain[n - 1].dep_ in ("nsubj", "nsubjpass", "attr", "appos", "acl") and not subject_act:
            return False
        if tok.pos_ not in ("VERB", "AUX") or (n == 0 and tok.dep_ == "nsubj" and tok.tag_ == "VBG"):
            continue  # a noun, or a gerund named as the subject ("fighting ... has killed")
        auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        if tok.tag_ != "VBN" or not any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in auxes):
            return False
        if subject_act:
            return _stretched(tok)  # what the act has done is counted; the act itself runs on
        if tok.lemma_.lower() in _words("holding_verb") and any(c.dep_ == "dobj" for c in tok.children):
            return True  # "has kept 50,000 troops along the border": the holding goes on
        if any(_counted(c) for c in tok.children if c.dep_ == "dobj"):
            return False  # "has shipped 13,000 containers since May": a total so far, told as done
        return _stretched(tok)
    return False


def _act_noun(tok: Token) -> bool:
    """A noun or a gerund naming an act ("the fighting", "fighting between X and Y")."""
    return tok.pos_ == "NOUN" or tok.tag_ == "VBG"


def _stretched(verb: Token) -> bool:
    """True for a verb told over a period up to now: "since 2021" (not "since then"), "for two years"."""
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        objs = [p for p in prep.children if p.dep_ == "pobj"]
        then = any(p.lower_ == "then" for p in prep.children)  # "since then" (also parsed with "then" apart)
        if prep.lower_ == "since" and objs and not then:
            return True
        if prep.lower_ == "for" and any(p.lemma_.lower() in _words("duration_unit") for p in objs):
            return True
    return False


def _future_time(verb: Token) -> bool:
    """True when a time modifier of the verb names a time still to come ("next week", "tomorrow")."""
    words = _words("future_time")
    return any(c.dep_ in ("npadvmod", "advmod", "prep", "tmod") and any(t.lower_ in words for t in c.subtree)
               for c in verb.children)


def _reported_future(chain: list[Token]) -> bool:
    """True when the clause is reported speech whose verb carries "would" ("said it would ...")."""
    top = chain[-1]
    if not (top.dep_ in ("ccomp", "parataxis") and top.head.lemma_.lower() in reporting_verbs()):
        return False
    return any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for t in chain for c in t.children)
