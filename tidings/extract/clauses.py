"""Parse helpers for argument finding (``arguments.py``): clause structure, coordination the parser got wrong,
datelines, relative and small clauses, and the verb an event noun belongs to. Pure functions of spaCy tokens.
"""

from __future__ import annotations

from spacy.tokens import Token

from .triggers import Trigger

from .parties import RELATIVE_TAGS

# Verbs of inviting: the talks or visit they are for are between the invitees and the inviter.
INVITE_VERBS = frozenset({"invite"})
# Prepositions through which an event noun still belongs to the verb before it.
GOVERNING_PREPS = frozenset({"in", "into", "including"})
# Verbs of going back whose "to"-object is taken up again by their subject ("return to talks").
RETURN_VERBS = frozenset({"return"})
# Prepositions that name where something happens.
WHERE_PREPS = frozenset({"on", "in", "at", "near", "inside", "outside"})
# Prepositions that bring in help as the means of a verb ("fought X with Y's backing").
BACKED_PREPS = frozenset({"with"})
# Dashes that end a dateline ("CITY, March 29 – ...").
DATELINE_DASHES = frozenset({"–", "—", "-", "--"})
DATELINE_SPAN = 12  # tokens from the sentence start in which a dateline's dash is looked for


def stolen_subject(tok: Token) -> Token | None:
    """The verb whose subject ``tok`` really is when the parser hung it on the previous clause's object
    ("X will release A and B will free C": B is parsed as a conjunct of A; "visit two sites, and X, Y and Z
    have threatened ...": a list of names after a plain noun); else None."""
    verb = stolen_by_next(tok)
    if verb is not None or tok.dep_ != "conj" or tok.pos_ != "PROPN":
        return verb
    end = tok
    while (nxt := [c for c in end.children if c.dep_ == "conj" and c.i > end.i]):
        end = nxt[0]
        if end.pos_ != "PROPN":
            return None
    start = tok
    while start.dep_ == "conj" and start.head.pos_ == "PROPN":
        start = start.head
    if end.i == tok.i or start.dep_ != "conj":
        return None
    return stolen_by_next(end)


def stolen_by_next(tok: Token) -> Token | None:
    """The verb right after a conjunct that has no subject of its own (see ``stolen_subject``)."""
    if tok.dep_ != "conj" or tok.i + 1 >= len(tok.doc):
        return None
    nxt = tok.doc[tok.i + 1]
    verb = nxt.head if nxt.dep_ in ("aux", "auxpass", "neg") else nxt
    if verb.pos_ != "VERB" or verb.dep_ != "conj" or verb.i <= tok.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return verb


def with_conjuncts(token: Token, pos: tuple[str, ...] = ("NOUN", "PROPN", "PRON")) -> list[Token]:
    """The token and the words coordinated with it by a conjunction ("X, Y and Z"); a bare comma or dash
    chain (a dateline "CITY, date - X") is not a coordination."""
    conjuncts = [c for c in token.conjuncts if c.i > token.i and c.pos_ in pos and stolen_subject(c) is None]
    if not conjuncts or not any(c.dep_ in ("cc", "preconj") for t in (token, *conjuncts) for c in t.children):
        conjuncts = []
    return [token, *conjuncts, *repeated_preposition_objects(token)]


def repeated_preposition_objects(token: Token) -> list[Token]:
    """Objects of the same preposition repeated in a coordination ("spoke with X and with Y": Y), for the
    object of the first one; else []."""
    prep = token.head
    if token.dep_ != "pobj" or prep.pos_ != "ADP":
        return []
    return [p for c in prep.conjuncts if c.i > prep.i and c.pos_ == "ADP" and c.lower_ == prep.lower_
            for p in c.children if p.dep_ == "pobj"]


def past_dateline(tok: Token) -> list[Token]:
    """A subject, or for a place that opens a dateline ("CITY, March 29 – X did ...", "CITY (Agency) – ...":
    where the story was filed, not a subject) the real subject after the dash, which the parser often hangs
    on the place as a conjunct or apposition."""
    sent = tok.sent
    dash = next((t for t in sent[:DATELINE_SPAN] if t.text in DATELINE_DASHES), None)
    if dash is None or tok.i >= dash.i or tok.i > sent.start + 3:
        return [tok]
    between = tok.doc[tok.i + 1 : dash.i]
    if not (any(t.ent_type_ == "DATE" or t.text == "(" for t in between) and any(t.text in (",", "(") for t in between)):
        return [tok]
    return [c for c in tok.children if c.dep_ in ("conj", "appos") and c.i > dash.i]


def active(verb: Token) -> bool:
    """True for a verb in the active voice: not a bare past participle ("were beaten and detained") and with
    no passive auxiliary of its own."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False
    return verb.tag_ != "VBN" or any(c.dep_ == "aux" for c in verb.children)


def invitation(noun: Token) -> Token | None:
    """The verb of inviting whose purpose the noun is ("invited X to Y for talks", "invited X for a visit",
    "invited X to talks"), else None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("for", "to"):
        return None
    verb = prep.head
    if verb.dep_ == "pobj" and verb.head.head.pos_ == "VERB":  # "to Brussels for talks" hung on the place
        verb = verb.head.head
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in INVITE_VERBS else None


def shared_agent(verb: Token) -> list[Token]:
    """The agent of a later passive participle coordinated with an agentless passive verb ("X were beaten
    and detained by Y": Y beat them too); else []."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    return [p for conj in verb.children if conj.dep_ == "conj" and conj.tag_ == "VBN"
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children)
            for a in conj.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]


def object_relative(verb: Token) -> bool:
    """True for a relative clause whose antecedent is the verb's object: it has a subject of its own that is
    not the relative pronoun and no object ("the firms [that] it accused"), or a relative pronoun as its
    passive subject ("the envoys who were expelled")."""
    if verb.dep_ != "relcl" or verb.pos_ != "VERB" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ == "dobj" and c.tag_ in RELATIVE_TAGS for c in verb.children):
        return True  # "the banks that it accused"
    if any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp") for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(c.dep_ == "nsubjpass" and c.tag_ in RELATIVE_TAGS for c in subjects):
        return True
    return any(c.dep_ == "nsubj" and c.tag_ not in RELATIVE_TAGS for c in subjects) and not any(
        c.dep_ in ("agent", "nsubjpass") for c in verb.children)


def for_to_clause(tok: Token) -> bool:
    """True for an infinitive clause with its own subject introduced by "for" ("for X to leave")."""
    return tok.dep_ == "advcl" and tok.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "mark" and c.lower_ == "for" for c in tok.children
    ) and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def small_clause(noun: Token) -> bool:
    """True for a noun heading a verbless clause under a verb ("declared [X persona non grata]")."""
    return noun.pos_ in ("NOUN", "PROPN") and noun.dep_ == "ccomp" and any(c.dep_ == "nsubj" for c in noun.children) \
        and not any(c.dep_ in ("aux", "cop") or c.pos_ == "AUX" for c in noun.children)


def is_place_phrase(tok: Token) -> bool:
    """True for the object of a place preposition hanging off a verb ("met on the island of Z")."""
    return tok.dep_ == "pobj" and tok.head.lower_ in WHERE_PREPS and tok.head.head.pos_ in ("VERB", "AUX")


def clause_verb(tok: Token) -> Token | None:
    """The nearest verb above ``tok`` that has a subject or is passive (the clause ``tok`` belongs to); a
    participle or gerund on the way ("officials involved in making X") is skipped."""
    head = tok.head
    while head.i != head.head.i:
        if head.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in head.children):
            return head
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else None


def _returning(verb: Token) -> bool:
    """True for a verb of going back to something ("return to", "go / come / get back to")."""
    if verb.pos_ != "VERB":
        return False
    return verb.lemma_.lower() in RETURN_VERBS or any(c.dep_ in ("prt", "advmod") and c.lower_ == "back"
                                                      for c in verb.children)


def governing_verb(noun: Token, purpose: bool = False) -> tuple[Token | None, int]:
    """The verb a noun is the object of ("expressed support for", "the line of cooperation was initiated by
    X", "engaged in talks"; with ``purpose``, also the purpose of a verb with no object: "gathered for a
    rally"); None when the noun is a subject, an adjunct or stands alone."""
    tok, hops = noun, 0
    while hops < 6:
        if tok.dep_ in ("dobj", "attr", "oprd") and tok.head.pos_ in ("VERB", "AUX"):
            return tok.head, hops + 1
        if tok.dep_ == "ccomp" and tok.head.pos_ == "VERB" and small_clause(tok):
            return tok.head, hops + 1  # "declared X persona non grata": a verbless clause under the verb
        if tok.dep_ == "nsubjpass" and tok.head.pos_ == "VERB":
            return tok.head, hops + 1
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            prep = tok.head
            if prep.lower_ == "of" and prep.head.pos_ in ("NOUN", "PROPN"):
                tok = prep.head  # "the line of cooperation", "the signing of an agreement"
                hops += 2
                continue
            if prep.head.pos_ == "VERB" and prep.i > prep.head.i and prep.lower_ in GOVERNING_PREPS:
                return prep.head, hops + 2  # "engaged in talks with", "backed X, including cooperation"
            back = prep.head.head if prep.head.lower_ == "back" and prep.head.dep_ in ("advmod", "prt") else prep.head
            if prep.lower_ == "to" and prep.i > back.i and _returning(back):
                return back, hops + 2  # "must return to talks with X", "went back to the table"
            if purpose and prep.lower_ == "for" and prep.head.pos_ == "VERB" and prep.i > prep.head.i \
                    and not any(c.dep_ in ("dobj", "dative") for c in prep.head.children):
                return prep.head, hops + 2  # "converged on the capital for a rally"
            return None, hops
        if tok.dep_ == "conj":
            tok = tok.head
            hops += 1
            continue
        return None, hops
    return None, hops


def misparsed_small_clause(head: Token, trigger: Trigger) -> bool:
    """True for a noun entry's head the parser took for the verb of a clause under another verb ("declared
    [two diplomats persona non grata]" with "persona" a verb and "diplomats" its subject)."""
    return head.pos_ == "VERB" and "VERB" not in trigger.entry.pos and head.dep_ == "ccomp" \
        and head.head.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in head.children)


def backed_verb(noun: Token) -> Token | None:
    """The verb whose act a help noun after "with" backs ("fought X with Y's backing" -> fought), else None;
    the parser often hangs the phrase on the verb's object ("seeks independence for the region with ...")."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in BACKED_PREPS:
        return None
    verb = noun.head.head if noun.head.head.pos_ == "VERB" else clause_verb(noun.head)
    return verb if verb is not None and verb.pos_ == "VERB" else None  # not a copula ("steps ... are X with Y's help")
