"""The ``tidings_actors`` spaCy component: every actor mention of a Doc, as whole phrases.

It runs after the model's NER. Phrase matchers built once from the actor tables find country names,
demonyms and capitals, named organisations, institution nouns and titles; ``actor_phrases`` grows them
into actor phrases and corrects the model's entity labels; pronouns come from a token Matcher.
Results: ``doc.spans["tidings_actors"]`` (each span with ``span._.tidings_actor``, an ActorMention with
offsets relative to the Doc) and ``doc._.tidings_actors`` (the same mentions as a list).
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..records import ActorMention
from ..resolve.lexicon import Anaphor, Lexicon, lexicon, norm
from .actor_crowds import crowds
from .actor_deixis import place_there
from .actor_groups import group_phrases
from .actor_nationality import place_people
from .actor_pairs import PAIR_KIND, absorb_members, mark_doers, pair_matcher, pair_types, pair_spans
from .actor_parts import NON_STATE_CODES, WILLING_ADJECTIVES, gerund_after
from .actor_peoples import peoples
from .actor_phrases import Composer, Phrase, Piece
from .actor_pronouns import (
    OBJECT_DEPS,
    SUBJECT_DEPS,
    clause_verb,
    encode_key,
    excluded_countries,
    excluded_phrases,
    in_main_clause,
    possessive_is_actor,
    quote_of,
    quote_spans,
)
from .actor_regions import drop_regions
from .actor_sponsors import LED_MARK, unsponsor

SPAN_KEY = "tidings_actors"
_DATA_KEY = "tidings_actor"
# Pronouns that can stand for an actor, with the entity type they most likely refer to.
PRONOUN_TYPES = {
    "he": "PERSON", "him": "PERSON", "she": "PERSON", "her": "PERSON",
    "they": "GROUP", "them": "GROUP", "we": "GROUP", "us": "GROUP", "it": "ORGANIZATION",
    "i": "PERSON", "me": "PERSON",  # a quotation's or an interview answer's speaker (the resolver decides)
    # possessives: "his criticism of", "its capture of", "ordered their release"
    "his": "PERSON", "its": "ORGANIZATION", "their": "GROUP",
}
PERSON_WORDS = frozenset({"he", "him", "she", "her", "his"})
SPEAKER_WORDS = frozenset({"i", "me"})  # actors only in someone's own words (a quote, an interview answer)
_ANSWER_OPEN_RE = re.compile(r"\s*A\s*[:.\u2014-]\s")
PLURAL_WORDS = frozenset({"they", "them", "their"})
_TABLES = (
    ("countries", "COUNTRY"), ("orgs", "ORG"), ("institutions", "INST"), ("titles", "TITLE"), ("peoples", "PEOPLE"),
)


def _actor_getter(span: Span) -> ActorMention | None:
    data = span.doc.user_data.get((_DATA_KEY, span.start_char, span.end_char))
    return ActorMention(*data) if data is not None else None


def _doc_actors_getter(doc: Doc) -> list[ActorMention]:
    if SPAN_KEY not in doc.spans:
        return []
    return [m for m in (_actor_getter(s) for s in doc.spans[SPAN_KEY]) if m is not None]


def register_extensions() -> None:
    """Register ``span._.tidings_actor`` and ``doc._.tidings_actors`` once per process."""
    if not Span.has_extension("tidings_actor"):
        Span.set_extension("tidings_actor", getter=_actor_getter)
    if not Doc.has_extension("tidings_actors"):
        Doc.set_extension("tidings_actors", getter=_doc_actors_getter)


def _is_acronym(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and len(alias) <= 6 and any(c.isupper() for c in letters[1:] or letters) and (
        sum(c.isupper() for c in letters) >= max(2, len(letters) - 1) or len(letters) <= 2
    )


def _name_like(doc: Doc, i: int, covered: set[int]) -> bool:
    if i < 0 or i >= len(doc) or i in covered:
        return False
    tok = doc[i]
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.is_alpha


def _between_names(doc: Doc, span: Span, covered: set[int]) -> bool:
    return _name_like(doc, span.start - 1, covered) and _name_like(doc, span.end, covered) and not doc[
        span.start - 1
    ].is_sent_start


def _speaker_voice(doc: Doc, tok: Token) -> bool:
    """Is ``tok`` in a quotation of its paragraph, or in a paragraph that answers an interview question ("A: ...")?"""
    return quote_of(quote_spans(doc), tok.idx) is not None or bool(_ANSWER_OPEN_RE.match(doc.text))


def _antecedent_kinds(word: str, phrase: Phrase) -> bool:
    """Can ``phrase`` be what the pronoun ``word`` points back to?"""
    if word in PERSON_WORDS:
        return phrase.entity_type == "PERSON" and phrase.kind in ("NAME", "TITLE")
    if phrase.kind in ("PRONOUN", "ANAPHOR", "PLACE", PAIR_KIND) or phrase.entity_type in ("PERSON", "LOCATION"):
        return False
    if phrase.kind == "DEMONYM" and phrase.entity_type != "GROUP":
        return False  # "Chilean exports": an adjective is not what "it" or "they" refers to
    if word in ("it", "its"):
        return phrase.entity_type in ("COUNTRY", "ORGANIZATION")
    return word in ("they", "them", "their")


def _plural(doc: Doc, phrase: Phrase) -> bool:
    """A plural noun or a coordination ("the experts", "Chile and Peru")."""
    root = doc[phrase.start : phrase.end].root
    if root.dep_ == "poss" and root.head.tag_ in ("NNS", "NNPS"):
        return True  # "the junta's generals ... them": the body stands for its people
    return root.tag_ in ("NNS", "NNPS") or root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children)


def _in_relative_object(token: Token) -> bool:
    """Is the pronoun the object of a relative clause whose subject is the relative pronoun ("the firms that
    arm them")? Such a pronoun points to the nearest fitting actor before it, not to the main clause's subject."""
    verb = clause_verb(token)
    return token.dep_ in OBJECT_DEPS and verb.dep_ == "relcl" and any(
        c.dep_ in SUBJECT_DEPS and c.tag_ in ("WDT", "WP") for c in verb.children
    )


def _fits_anaphor(anaphor: Anaphor, phrase: Phrase) -> bool:
    """Can ``phrase`` be what "the bloc" / "the group" points back to?"""
    if phrase.kind in ("PRONOUN", "ANAPHOR", "PLACE", PAIR_KIND) or phrase.entity_type not in anaphor.types:
        return False
    if phrase.kind == "DEMONYM" and phrase.entity_type != "GROUP":
        return False
    if anaphor.sectors and phrase.sector not in anaphor.sectors and phrase.country not in anaphor.sectors:
        return False
    return anaphor.name_has is None or anaphor.name_has in phrase.name.lower()


def _stands_for_state(anaphor: Anaphor, phrase: Phrase) -> bool:
    """A state's official or body ("Brazil's justice minister") stands for its state as what "the country"
    points back to."""
    return (
        "COUNTRY" in anaphor.types and phrase.entity_type != "COUNTRY" and phrase.kind in ("NAME", "TITLE", "INSTITUTION")
        and phrase.country is not None and phrase.country not in NON_STATE_CODES
        and (not anaphor.sectors or phrase.country in anaphor.sectors)  # "the island": island states only
    )


def _bind_pronouns(doc: Doc, phrases: list[Phrase], lex: Lexicon) -> None:
    """Point a pronoun at an actor of the same or the previous sentence, preferring subjects.

    The chosen actor's key goes into the pronoun's key; the resolver follows it. A pronoun never takes
    an actor its own clause governs or, as an object, the subject of its own verb ("she thanked her");
    those are written into the key for the resolver too.
    """
    quotes = quote_spans(doc)
    for pron in phrases:
        excluded = excluded_phrases(doc, pron, phrases) if pron.kind == "PRONOUN" else []
        if pron.kind == "PRONOUN":
            word = doc[pron.start].lower_
            people = [p for p in phrases if p is not pron and _antecedent_kinds(word, p)]
        elif pron.kind == "ANAPHOR" and LED_MARK in pron.key:
            continue  # "the Russian-led alliance": the resolver looks for an organisation Russia leads
        elif pron.kind == "ANAPHOR" and doc[pron.end - 1].lower_ in lex.anaphors:
            anaphor = lex.anaphors[doc[pron.end - 1].lower_]
            people = [p for p in phrases if p is not pron and (_fits_anaphor(anaphor, p) or _stands_for_state(anaphor, p))]
        elif pron.kind == "INSTITUTION" and pron.country is None and doc[pron.start].tag_ == "PRP$":
            word = doc[pron.start].lower_  # "his government", "their troops": the owner's country
            people = [p for p in phrases if p is not pron and p.country and _antecedent_kinds(word, p)]
        else:
            continue
        token = doc[pron.end - 1]
        sent_start = token.sent.start
        previous_sent = doc[sent_start - 1].sent.start if sent_start > 0 else sent_start
        before = [p for p in people if p.end <= pron.start and p.start >= previous_sent]
        subjects_of_verb: list[Phrase] = []
        if token.dep_ in OBJECT_DEPS:
            verb = clause_verb(token)
            if pron.kind == "ANAPHOR":
                while verb.pos_ == "NOUN" and verb.dep_ in OBJECT_DEPS:
                    verb = clause_verb(verb)  # "suspended its aid to the country": the verb of "aid"
            subjects_of_verb = [
                p for p in phrases
                if p is not pron and doc[p.start : p.end].root.head == verb
                and doc[p.start : p.end].root.dep_ in SUBJECT_DEPS
            ]
            subject_keys = {p.key for p in subjects_of_verb}
            before = [p for p in before if p.key not in subject_keys]
        excluded_keys = {p.key for p in excluded}
        countries = excluded_countries(doc, pron, excluded) if pron.kind == "PRONOUN" else set()
        before = [p for p in before if p.key not in excluded_keys and p.country not in countries]
        if before and pron.kind == "PRONOUN" and doc[pron.start].lower_ in PLURAL_WORDS:
            before = [p for p in before if _plural(doc, p)] or before  # "they" agrees with "the experts"
        if before and pron.kind == "PRONOUN":
            # a person named only inside a quotation the pronoun is not in is not the topic ('"Lula called,"
            # he said'); nor is the subject of a subordinate clause ("X, whom Lula never called, said he")
            own = quote_of(quotes, doc[pron.start].idx)
            before = [p for p in before if quote_of(quotes, doc[p.start].idx) in (None, own)] or before
        if before:
            subjects = [p for p in before if doc[p.start : p.end].root.dep_ in SUBJECT_DEPS]
            main = [p for p in subjects if in_main_clause(doc[p.start : p.end].root)]
            chosen = (main or subjects or before)[-1]
            if pron.kind == "PRONOUN" and _in_relative_object(doc[pron.start]):
                chosen = before[-1]  # "X should punish Y's generals and the firms that arm them": Y
            if pron.kind == "INSTITUTION":
                pron.country = chosen.country
                pron.key = f"{pron.key}{chosen.country}" if pron.key.endswith("|") else pron.key
            elif pron.kind == "ANAPHOR" and _stands_for_state(lex.anaphors[doc[pron.end - 1].lower_], chosen):
                pron.key = f"C:{chosen.country}"  # "Brazil's justice minister said the country ...": Brazil
            else:
                pron.key = chosen.key
        if pron.kind == "PRONOUN":
            pron.key = encode_key(pron.key or "", doc, pron, excluded)
        elif pron.kind == "ANAPHOR" and pron.key.startswith("A:"):
            # unbound: the resolver must not give "aid to the country" the subject of its own verb either
            pron.key = encode_key(pron.key, doc, pron, subjects_of_verb)


def _known_people(doc: Doc, composer: Composer, lex: Lexicon) -> None:
    """A lone surname the model missed that the office-holder table knows ("Mitsotakis said ...")."""
    for tok in doc:
        if tok.pos_ != "PROPN" or not tok.is_title or not composer._free(tok.i, tok.i + 1):
            continue
        holders = lex.people_by_alias.get(norm(tok.text), ())
        if not holders or len({p.country for p in holders}) != 1:
            continue
        if _name_like(doc, tok.i - 1, composer.used) or _name_like(doc, tok.i + 1, composer.used):
            continue  # part of a longer name the table does not know
        composer._take(Phrase(tok.i, tok.i + 1, "NAME", "PERSON", tok.text, holders[0].country,
                              holders[0].sector, tok.text))


class ActorRecognizer:
    """Finds actor phrases; the matchers are built once from the lexicon."""

    def __init__(self, nlp: Language, name: str = "tidings_actors", lex: Lexicon | None = None) -> None:
        register_extensions()
        self.name = name
        self.lex = lex or lexicon()
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        for table, label in _TABLES:
            lowered: dict[str, Doc] = {}
            exact: dict[str, Doc] = {}
            for alias in self.lex.surfaces.get(table, ()):
                text = alias[4:] if alias.lower().startswith("the ") else alias
                if not text:
                    continue
                if _is_acronym(text):
                    exact.setdefault(text, nlp.make_doc(text))
                else:
                    lowered.setdefault(text.lower(), nlp.make_doc(text))
            if lowered:
                self.lower.add(label, list(lowered.values()))
            if exact:
                self.exact.add(label, list(exact.values()))
        self.pairs = pair_matcher(nlp.vocab)
        self.pronouns = Matcher(nlp.vocab)
        self.pronouns.add("PRONOUN", [[{"LOWER": {"IN": sorted(PRONOUN_TYPES)}, "POS": "PRON"}]])
        self.pronouns.add(
            "ANAPHOR",
            [
                [{"LOWER": {"IN": ["the", "this", "that"]}}, {"LOWER": {"IN": sorted(self.lex.anaphors)}, "POS": "NOUN"}],
                # one lower-case modifier between: "the guerrilla group", "the armed movement"
                [
                    {"LOWER": {"IN": ["the", "this", "that"]}},
                    {"IS_LOWER": True, "POS": {"IN": ["ADJ", "NOUN", "VERB"]}},
                    {"LOWER": {"IN": sorted(self.lex.anaphors)}, "POS": "NOUN"},
                ],
            ],
        )

    def __call__(self, doc: Doc) -> Doc:
        phrases = self.find(doc)
        self.set_annotations(doc, phrases)
        return doc

    def pipe(self, docs: Any, batch_size: int = 128) -> Any:
        for doc in docs:
            yield self(doc)

    # -- matching --------------------------------------------------------------------------------
    def _pieces(self, doc: Doc) -> list[Piece]:
        spans = []
        for matcher in (self.lower, self.exact):
            for match_id, start, end in matcher(doc):
                span = Span(doc, start, end, label=match_id)
                if span.label_ in ("COUNTRY", "ORG", "PEOPLE") and not any(c.isupper() for c in span.text):
                    continue  # proper names are written with capitals ("china" is not China)
                spans.append(span)
        # A country or title inside a person's name is part of the name ("Noor Jordan Haddadin"), and so
        # is a country name that opens a short name the model tagged as a person ("Israel Katz").
        inside = {
            i for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 for i in range(ent.start + 1, ent.end)
        }
        openers = {
            ent.start
            for ent in doc.ents
            if ent.label_ == "PERSON" and 1 < len(ent) <= 3 and all(t.pos_ == "PROPN" for t in ent)
        }
        pieces = []
        tables = {
            "COUNTRY": self.lex.countries, "ORG": self.lex.orgs,
            "INST": self.lex.institutions, "TITLE": self.lex.titles, "PEOPLE": self.lex.peoples,
        }
        kept = [s for s in filter_spans(spans) if not (s.start in inside and s.label_ != "INST")]
        covered = {i for s in kept for i in range(s.start, s.end)}
        for span in kept:
            value = tables[span.label_].get(norm(span.text))
            if value is None:
                continue
            if (
                span.label_ in ("TITLE", "INST") and doc.has_annotation("TAG") and span[-1].pos_ in ("ADJ", "VERB")
                and not (len(span) > 2 and span[-2].text == "-")  # "secretary-general" is a title
            ):
                continue  # "official media", "armed men": an adjective, not a title or an institution
            if span.label_ == "COUNTRY" and value.kind == "NAME" and (
                _between_names(doc, span, covered) or (span.start in openers and len(span) == 1 and span.end not in covered)
            ):
                continue  # "Noor Jordan Haddadin", "Israel Katz": a country name used as a personal name
            pieces.append(Piece(span.start, span.end, span.label_, value))
        return pieces

    def find(self, doc: Doc) -> list[Phrase]:
        """All actor phrases of ``doc`` in text order."""
        composer = Composer(doc, self._pieces(doc), self.lex)
        if doc.has_annotation("DEP"):
            for start, end, key in pair_spans(self.pairs, doc):  # "both countries", "the two leaders"
                if composer._free(start, end):  # first: "both governments" is a pair, not an institution
                    kind = "PERSON" if "PERSON" in pair_types(key) else "COUNTRY"
                    composer._take(Phrase(start, end, PAIR_KIND, kind, doc[start:end].text, key=key))
        for group in group_phrases(doc):  # "the Baltic states": each member, as a list of them would
            if composer._free(group.start, group.end):
                composer._take(group)
        composer.titles()
        composer.orgs()
        peoples(composer)  # "Tuareg rebels", "the Kurds": before the institutions and demonyms they contain
        composer.institutions()
        composer.countries()
        composer.entities()
        composer.appositions()
        _known_people(doc, composer, self.lex)
        composer.phrases.extend(crowds(doc, composer.phrases, composer.used))  # "thousands of people"
        # Pronouns need part-of-speech tags; a pipeline without a tagger still gets the lexicon actors.
        pronoun_matches = self.pronouns(doc) if doc.has_annotation("POS") else []
        for match_id, start, end in pronoun_matches:
            if not composer._free(start, end):
                continue
            if doc.vocab.strings[match_id] == "ANAPHOR":
                noun = doc[end - 1]
                if noun.dep_ in ("compound", "amod") or (
                    end < len(doc) and doc[end].lower_ == "of" and not gerund_after(doc, end)
                ):
                    continue  # "the country team", "the group of experts": not a pointer back
                anaphor = self.lex.anaphors[noun.lower_]
                composer._take(Phrase(start, end, "ANAPHOR", anaphor.types[0], doc[start:end].text,
                                      key=f"A:{noun.lower_}"))
                continue
            tok = doc[start]
            if tok.dep_ == "expl" or (tok.lower_ == "it" and tok.head.lemma_ == "be" and not any(
                c.dep_ == "acomp" and c.lower_ in WILLING_ADJECTIVES for c in tok.head.children
            )):
                continue  # "it is clear that", "it was another era": no actor ("it was ready to talks" is one)
            if tok.lower_ in SPEAKER_WORDS and not _speaker_voice(doc, tok):
                continue  # the author's "I" is no actor of the story
            if tok.tag_ == "PRP$" and not possessive_is_actor(tok):
                continue  # "its missiles", "their families": an owner, not an actor of the story
            composer._take(Phrase(start, end, "PRONOUN", PRONOUN_TYPES[tok.lower_], tok.text,
                                  key=f"P:{tok.lower_}"))
        phrases = sorted(absorb_members(doc, composer.phrases), key=lambda p: (p.start, p.end))
        phrases = unsponsor(doc, phrases, self.lex.anaphors)  # "Iran-backed militias" are not Iran
        phrases = drop_regions(doc, phrases)  # "Latin American governments" are not the United States
        place_there(doc, phrases)  # "In Syria ... aid groups there": Syria's
        place_people(doc, phrases)
        if doc.has_annotation("DEP"):
            _bind_pronouns(doc, phrases, self.lex)
            mark_doers(doc, phrases)  # "Moscow urged both countries": Moscow is not one of them
        return phrases

    def set_annotations(self, doc: Doc, phrases: list[Phrase]) -> None:
        spans = []
        for phrase in phrases:
            span = Span(doc, phrase.start, phrase.end, label=phrase.entity_type)
            mention = ActorMention(
                start=span.start_char,
                end=span.end_char,
                text=span.text,
                kind=phrase.kind,
                entity_type=phrase.entity_type,
                name=phrase.name,
                country=phrase.country,
                sector=phrase.sector,
                segment=0,
                key=phrase.key or phrase.name,
            )
            doc.user_data[(_DATA_KEY, span.start_char, span.end_char)] = [
                getattr(mention, f.name) for f in dataclasses.fields(mention)
            ]
            spans.append(span)
        doc.spans[SPAN_KEY] = spans


@Language.factory("tidings_actors", default_config={}, assigns=["doc.spans", "doc._.tidings_actors"])
def make_actor_recognizer(nlp: Language, name: str) -> ActorRecognizer:
    """spaCy factory for the actor component (``nlp.add_pipe("tidings_actors")``)."""
    return ActorRecognizer(nlp, name)


def mentions_from_doc(doc: Doc, segment_index: int, offset: int) -> list[ActorMention]:
    """The actor mentions of a segment's Doc with document offsets (``offset`` = segment start)."""
    register_extensions()
    return [
        dataclasses.replace(m, start=m.start + offset, end=m.end + offset, segment=segment_index)
        for m in doc._.tidings_actors
    ]


register_extensions()
