"""Model entities the lexicon did not claim, with the small model's known errors corrected.

A mixin of ``actor_phrases.Composer``: it expects ``doc``, ``lex``, ``phrases``, ``used``, ``at_end``
and the ``_free``/``_take`` helpers of the composer.
"""

from __future__ import annotations

from spacy.tokens import Span

from ..resolve.lexicon import norm
from .actor_parts import (
    APPOSITION_FILLER,
    APPOSITION_GAP,
    NAME_TOKEN_RE,
    WEAPON_RE,
    Phrase,
    _is_hashtag,
    _join_split_names,
    _trim,
)


class ModelEntities:
    """Entities from the model's NER, corrected; appositions between people and titles."""

    def entities(self) -> None:
        """Model entities the lexicon did not claim, with the model's known errors corrected."""
        doc = self.doc
        persons = [e for e in doc.ents if e.label_ == "PERSON"]
        surnames = {e[-1].lower_ for e in persons if len(e) > 1}
        for ent in _join_split_names(doc):
            span = _trim(ent)
            while span is not None and len(span) > 1 and span.start in self.used:
                span = doc[span.start + 1 : span.end]  # "[Kenya] William Otieno": the lexicon took the first word
            if span is None or not self._free(span.start, span.end):
                continue
            if _is_hashtag(span) or WEAPON_RE.search(span.text) or not any(
                t.text[:1].isupper() for t in span
            ):
                continue
            if _opens_dateline(span):
                continue  # "MEDYKA, Poland, Feb. 21 -": a dateline town the tables do not know, not an actor
            label = ent.label_
            if label in ("ORG", "GPE", "LOC") and doc.has_annotation("TAG") and not any(t.pos_ == "PROPN" for t in span):
                continue  # "Euroscepticism" tagged ORG: a common noun, not a name
            if label in ("GPE", "LOC", "ORG", "NORP") and (
                (len(span) == 1 and span[0].lower_ in surnames) or norm(span.text) in self.lex.people_by_alias
            ):
                label = "PERSON"  # a surname of someone named in full elsewhere, or a known person
            if label == "PERSON":
                self._person(span)
            elif label == "ORG":
                phrase = Phrase(span.start, span.end, "NER", "ORGANIZATION", span.text, None, None, f"O:{span.text}")
                short = self._acronym_after(span.end)
                if short is not None:  # "the National Liberation Army (ELN)": the long name of a known body
                    phrase.kind, phrase.name, phrase.key = "NAME", short.name, short.key
                    phrase.country, phrase.sector = short.country, short.sector
                else:
                    self._national_name(phrase)
                self._take(phrase)
            elif label in ("GPE", "LOC"):
                self._take(Phrase(span.start, span.end, "NER", "LOCATION", span.text, None, None,
                                  f"L:{span.text}"))
            elif label == "NORP" and not (len(span) == 1 and span[0].dep_ in ("amod", "compound")):
                # "Muslims" may act; "Muslim sentiment" is only described.
                self._take(Phrase(span.start, span.end, "NER", "GROUP", span.text, None, None,
                                  f"G:{span.text}"))

    def _national_name(self, phrase: Phrase) -> None:
        """"[Kenyan] Union of Nurses", "[Ghana] Football Association": a country word the model left out of
        an organisation's name modifies it; the organisation is of that country and the name takes the word."""
        doc = self.doc
        country = next(
            (p for p in self.phrases if p.end == phrase.start and p.entity_type == "COUNTRY"
             and p.kind in ("DEMONYM", "NAME") and p.end - p.start == 1),
            None,
        )
        if country is None:
            return
        word = doc[country.start]
        if word.dep_ not in ("compound", "amod") or not phrase.start <= word.head.i < phrase.end:
            return
        self.phrases.remove(country)
        phrase.start, phrase.country = country.start, country.country
        phrase.name = doc[phrase.start : phrase.end].text
        phrase.key = f"O:{phrase.name}"

    def _acronym_after(self, end: int) -> Phrase | None:
        doc = self.doc
        if end + 2 >= len(doc) or doc[end].text != "(":
            return None
        for phrase in self.phrases:
            if phrase.start == end + 1 and phrase.key.startswith("O:") and doc[phrase.end].text == ")":
                return phrase
        return None

    def _person(self, span: Span) -> None:
        doc = self.doc
        start = span.start
        # The model sometimes leaves a given name out of the entity ("Noor [Jordan Haddadin]").
        while (
            start > 0
            and span.start - start < 2
            and start - 1 not in self.used
            and start not in self.at_end
            and doc[start - 1].pos_ == "PROPN"
            and not doc[start - 1].ent_type_  # "the Islamist [Yusuf Karim Haddad]": another entity
            and NAME_TOKEN_RE.match(doc[start - 1].text)
            and not doc[start - 1].is_sent_start
        ):
            start -= 1
        span = doc[start : span.end]
        name = span.text
        country = sector = None
        holders = self.lex.people_by_alias.get(norm(name), ())
        if holders and len({p.country for p in holders}) == 1:
            country = holders[0].country
            sector = holders[0].sector
        self._take(Phrase(span.start, span.end, "NAME", "PERSON", name, country, sector, name))

    def appositions(self) -> None:
        """"X, the Iranian foreign minister" and "the foreign minister, X": share country and sector."""
        doc = self.doc
        by_start = {p.start: p for p in self.phrases}
        by_end = {p.end: p for p in self.phrases}
        for phrase in self.phrases:
            if phrase.kind != "NAME" or phrase.entity_type != "PERSON":
                continue
            other = None
            if phrase.end < len(doc) and doc[phrase.end].text == ",":
                # ", the Iranian foreign minister" or ", one of the best American experts"
                for pos in range(phrase.end + 1, min(len(doc), phrase.end + 1 + APPOSITION_GAP)):
                    other = by_start.get(pos)
                    if other is not None or doc[pos].pos_ not in APPOSITION_FILLER:
                        break
            if other is None and phrase.start > 1 and doc[phrase.start - 1].text == ",":
                other = by_end.get(phrase.start - 1)
            if other is None or other.kind != "TITLE":
                continue
            phrase.country = phrase.country or other.country
            phrase.sector = phrase.sector or other.sector
            phrase.role = phrase.role or other.role
            other.key = phrase.key
            other.country = other.country or phrase.country


def _opens_dateline(span: Span) -> bool:
    """A name in capitals that opens a paragraph and is followed by a comma or dash: a dateline."""
    doc = span.doc
    opens = span.start == 0 or "\n" in doc[span.start - 1].text_with_ws
    return (
        opens and span.text.isupper() and len(span.text) > 2 and span.end < len(doc)
        and doc[span.end].text in (",", "-", "\u2013", "\u2014", "(")
    )
