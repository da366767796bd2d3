"""Turn lexicon matches and model entities into whole actor phrases.

The component finds *pieces* (country aliases, named organisations, institution nouns, titles) with
phrase matchers; this module grows each piece into the phrase that names the actor ("Kenyan Prime
Minister Amara Odhiambo", "the High Court of Kenya", "Brazilian troops"), takes the country and sector
from its modifiers, and corrects the model's entity labels where the lexicon knows better.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..resolve.lexicon import Lexicon, norm
from .actor_corrections import ModelEntities
from .actor_parts import (
    COUNTRY_MOD_KINDS,
    DETERMINERS,
    HOSTED_INSTITUTIONS,
    LOCATING_WORDS,
    MAX_NAME_TOKENS,
    MAX_OF_GAP,
    MONTHS,
    NAME_POS,
    NEEDS_OWNER,
    VICTIM_OF,
    NAME_TOKEN_RE,
    NON_STATE_CODES,
    OF_WORDS,
    ORG_SUFFIXES,
    TITLE_MODIFIERS,
    VEHICLE_NOUNS,
    WEAPON_RE,
    Piece,
    Phrase,
    _trim,
)

__all__ = ["Composer", "Phrase", "Piece"]


class Composer(ModelEntities):
    """Grows pieces into phrases for one Doc."""

    def __init__(self, doc: Doc, pieces: list[Piece], lex: Lexicon) -> None:
        self.doc = doc
        self.lex = lex
        self.pieces = sorted(pieces, key=lambda p: p.start)
        self.at_start = {p.start: p for p in self.pieces}
        self.at_end = {p.end: p for p in self.pieces}
        self.used: set[int] = set()
        self.phrases: list[Phrase] = []
        # The model's ORG entities by first token and by every token they cover (entities never overlap),
        # so looking one up is a dict access, not a scan of doc.ents per organisation found.
        orgs = [ent for ent in doc.ents if ent.label_ == "ORG"]
        self.org_at_start = {ent.start: ent for ent in orgs}
        self.org_at_token = {i: ent for ent in orgs for i in range(ent.start, ent.end)}

    # -- helpers ---------------------------------------------------------------------------------
    def _free(self, start: int, end: int) -> bool:
        return not any(i in self.used for i in range(start, end))

    def _take(self, phrase: Phrase) -> None:
        self.used.update(range(phrase.start, phrase.end))
        self.phrases.append(phrase)

    def _piece_ending(self, end: int, labels: tuple[str, ...]) -> Piece | None:
        piece = self.at_end.get(end)
        return piece if piece is not None and piece.label in labels else None

    def _piece_starting(self, start: int, labels: tuple[str, ...]) -> Piece | None:
        piece = self.at_start.get(start)
        return piece if piece is not None and piece.label in labels else None

    def _country_modifier(self, end: int) -> tuple[int, str] | None:
        """A country adjective or possessive name ending at token ``end``: (its start, code)."""
        doc = self.doc
        if end > 0 and doc[end - 1].lower_ in ("'s", "\u2019s", "'"):
            piece = self._piece_ending(end - 1, ("COUNTRY",))
            if piece is not None and piece.value.type == "COUNTRY":  # type: ignore[attr-defined]
                return piece.start, piece.value.code  # type: ignore[attr-defined]
            return None
        piece = self._piece_ending(end, ("COUNTRY",))
        if piece is not None and piece.value.kind in COUNTRY_MOD_KINDS:  # type: ignore[attr-defined]
            return piece.start, piece.value.code  # type: ignore[attr-defined]
        return None

    def _left_det(self, start: int) -> int:
        if start > 0 and start - 1 not in self.used:
            prev = self.doc[start - 1]
            if prev.lower_ in DETERMINERS and prev.dep_ in ("det", "poss", "predet"):
                return start - 1
        return start

    def _possessor(self, start: int) -> tuple[int, str] | None:
        """A known person's possessive before ``start``: (its start, the person's country)."""
        doc = self.doc
        if start < 2 or doc[start - 1].lower_ not in ("'s", "\u2019s") or start - 2 in self.used:
            return None
        first = start - 2
        while first > 0 and start - 1 - first < 3 and doc[first - 1].pos_ == "PROPN" and first - 1 not in self.used:
            first -= 1
        for begin in range(first, start - 1):
            holders = self.lex.people_by_alias.get(norm(doc[begin : start - 1].text), ())
            countries = {p.country for p in holders}
            if len(countries) == 1:
                return begin, countries.pop()  # type: ignore[return-value]
        return None

    def _leader_compound(self, start: int) -> str | None:
        """A known person's name used as a noun modifier just before ``start``: the person's country.
        The name stays a mention of its own."""
        doc = self.doc
        for size in (3, 2, 1):
            begin = start - size
            if begin < 0 or any(doc[i].pos_ != "PROPN" or doc[i].dep_ != "compound" for i in range(begin, start)):
                continue
            holders = self.lex.people_by_alias.get(norm(doc[begin:start].text), ())
            countries = {p.country for p in holders if p.country}
            if len(countries) == 1:
                return countries.pop()
        return None

    def _located_in(self, end: int) -> str | None:
        """The country of "<actor> in Guinea", "... from the Fatah party", "... throughout Indonesia"."""
        doc = self.doc
        if end + 2 < len(doc) and doc[end].tag_ in ("VBG", "VBN") and doc[end + 1].lower_ in LOCATING_WORDS:
            end += 1  # "guerrillas operating in Macedonia", "militants based in Syria"
        if end + 1 >= len(doc) or doc[end].lower_ not in LOCATING_WORDS:
            return None
        pos = end + 1
        if doc[pos].lower_ in DETERMINERS and pos + 1 < len(doc):
            pos += 1
        for _ in range(2):  # "from the defeated Fatah party", "in southern Serbia"
            if pos + 1 < len(doc) and doc[pos].is_lower and doc[pos].pos_ in ("ADJ", "VERB"):
                pos += 1
        piece = self._piece_starting(pos, ("COUNTRY", "ORG"))
        if piece is None:
            return None
        code = piece.value.code if piece.label == "COUNTRY" else piece.value.country  # type: ignore[attr-defined]
        return code if code and code not in NON_STATE_CODES else None

    def _modifies_next(self, end: int) -> bool:
        """True when the phrase ending at ``end`` is a noun modifier of the word after it."""
        doc = self.doc
        if end >= len(doc) or end in self.at_start:
            return False
        last = doc[end - 1]
        if doc[end].text == "-" and not last.whitespace_:
            return True  # "a UN-sponsored plan"
        return last.dep_ in ("compound", "amod", "nmod") and last.head.i >= end and doc[end].pos_ in ("NOUN", "PROPN")

    def _of_target(self, pos: int) -> tuple[int, Piece] | None:
        """After "of"/"for" at ``pos``: the first country/org/institution piece within reach."""
        doc = self.doc
        if pos >= len(doc) or doc[pos].lower_ not in OF_WORDS:
            return None
        i = pos + 1
        while i < len(doc) and i - pos <= MAX_OF_GAP:
            piece = self._piece_starting(i, ("COUNTRY", "ORG", "INST"))
            if piece is not None:
                if piece.label == "COUNTRY" and piece.value.type != "COUNTRY":  # type: ignore[attr-defined]
                    return None
                head = self._piece_starting(piece.end, ("INST", "ORG"))
                if piece.label == "COUNTRY" and head is not None:
                    piece = head  # "the Russian Foreign Ministry": the adjective modifies the institution
                # An institution may carry its own country after it ("Ministry of Defence of Ukraine").
                return piece.end, piece
            tok = doc[i]
            if tok.is_punct or tok.pos_ in ("VERB", "AUX", "PRON", "CCONJ", "SCONJ"):
                return None
            if not (tok.lower_ in DETERMINERS or tok.lower_ in OF_WORDS or tok.text[:1].isupper()):
                return None
            i += 1
        return None

    def _name_after(self, pos: int) -> int:
        """End of a run of capitalised name tokens starting at ``pos`` (``pos`` if none)."""
        doc = self.doc
        for ent in doc.ents:
            if ent.start == pos and ent.label_ == "PERSON" and self._free(ent.start, ent.end):
                trimmed = _trim(ent)
                if trimmed is not None and trimmed.start == pos:
                    return self._surname_after(trimmed.end)
        end = pos
        while end < len(doc) and end - pos < MAX_NAME_TOKENS:
            tok = doc[end]
            if (
                tok.text == "-"
                and end > pos
                and not doc[end - 1].whitespace_
                and not tok.whitespace_
                and end + 1 < len(doc)
                and NAME_TOKEN_RE.match(doc[end + 1].text)
            ):
                end += 2  # a hyphenated surname the tokenizer split ("Mensah-Boateng")
                continue
            if (
                tok.pos_ not in NAME_POS
                or not NAME_TOKEN_RE.match(tok.text)
                or tok.lower_ in MONTHS
                or end in self.at_start
                or end in self.used
                or WEAPON_RE.search(tok.text)
            ):
                break
            end += 1
        return end

    def _surname_after(self, end: int) -> int:
        """"[Ana Cecilia] Gervasi": a capitalised proper noun the name is a compound of is its surname."""
        doc = self.doc
        if (
            end < len(doc)
            and doc[end - 1].dep_ == "compound"
            and doc[end - 1].head.i == end
            and doc[end].pos_ == "PROPN"
            and NAME_TOKEN_RE.match(doc[end].text)
            and end not in self.at_start
            and end not in self.used
            and doc[end].ent_iob_ != "I"
        ):
            return end + 1
        return end

    # -- phrase builders -------------------------------------------------------------------------
    def titles(self) -> None:
        for piece in self.pieces:
            if piece.label == "TITLE" and self._free(piece.start, piece.end):
                self._title(piece)

    def _title(self, piece: Piece) -> None:
        doc = self.doc
        lex = self.lex
        title = piece.value
        role, sector = title.role, title.sector  # type: ignore[attr-defined]
        country: str | None = None
        org_sector: str | None = None
        start, end = piece.start, piece.end
        words = [doc[start:end].text]
        # Left: country adjectives, modifiers ("former", "deputy"), an earlier title, a determiner.
        while start > 0:
            mod = self._country_modifier(start)
            if mod is not None:
                start, country = mod[0], country or mod[1]
                continue
            prev = doc[start - 1]
            if prev.lower_ in TITLE_MODIFIERS and prev.i not in self.used:
                start -= 1
                continue
            if (
                prev.i not in self.used
                and prev.i not in self.at_end
                and prev.is_lower
                and prev.is_alpha
                and prev.dep_ in ("amod", "compound", "nmod")
                and start <= prev.head.i < end
            ):
                start -= 1  # "leading human rights activist"
                continue
            before = self._piece_ending(start, ("TITLE",))
            if before is not None and self._free(before.start, before.end):
                start = before.start
                words.insert(0, doc[before.start : before.end].text)
                continue
            org = self._piece_ending(start, ("ORG",))
            if org is not None and self._free(org.start, org.end):
                start = org.start
                code, org_sector = org.value.country, org.value.sector  # type: ignore[attr-defined]
                country = country or code  # "UN relief coordinator" -> UNO, "Taliban spokesman" -> AFG
                continue
            break
        # Right: "of <country|org|institution>", further titles, then a name.
        while end < len(doc):
            target = self._of_target(end)
            if target is not None:
                new_end, tpiece = target
                code, tsector = self._piece_country_sector(tpiece)
                if tpiece.label == "INST":
                    mod = self._country_modifier(tpiece.start)
                    code = code or (mod[1] if mod else None)
                    after = self._of_target(new_end)
                    if after is not None and after[1].label == "COUNTRY":
                        new_end, code = after[0], code or after[1].value.code  # type: ignore[attr-defined]
                if doc[end].lower_ == "of":  # "envoy for Afghanistan" says nothing of his country
                    country = country or code
                org_sector = org_sector or tsector
                end = new_end
                continue
            nxt = self._piece_starting(end, ("TITLE",))
            if nxt is not None and self._free(nxt.start, nxt.end):
                end = nxt.end
                if nxt.value.sector and sector in (None, "GOV") and nxt.value.role != "honorific":  # type: ignore[attr-defined]
                    sector = sector or nxt.value.sector  # type: ignore[attr-defined]
                continue
            break
        if org_sector and (sector in (None, "GOV")):
            sector = org_sector if org_sector not in ("IGO",) else sector or org_sector
        name_end = self._name_after(end)
        start = self._left_det(start)
        if name_end > end:
            name = doc[end:name_end].text
            self._take(Phrase(start, name_end, "NAME", "PERSON", name, country, sector, name, role))
            return
        if role in ("honorific", "comrade"):
            return
        canonical = " ".join(words).title()
        if country:
            canonical = f"{canonical} of {lex.country_names.get(country, country)}"
        key = f"T:{role}|{country or ''}"
        self._take(Phrase(start, end, "TITLE", "PERSON", canonical, country, sector, key, role))

    def _piece_country_sector(self, piece: Piece) -> tuple[str | None, str | None]:
        value = piece.value
        if piece.label == "COUNTRY":
            return value.code, None  # type: ignore[attr-defined]
        if piece.label == "ORG":
            return value.country, value.sector  # type: ignore[attr-defined]
        return None, value.sector  # type: ignore[attr-defined]

    def orgs(self) -> None:
        for piece in self.pieces:
            if piece.label == "ORG" and self._free(piece.start, piece.end):
                self._org(piece)

    def _org(self, piece: Piece) -> None:
        org = piece.value
        name = org.name  # type: ignore[attr-defined]
        end = piece.end
        longer = self._longer_org_entity(piece)
        if longer is not None:
            end, name = longer.end, longer.text  # "UN Assistance Mission in Afghanistan": a body of the UN
        elif end < len(self.doc) and self.doc[end].lower_ in ORG_SUFFIXES and self.doc[end].i not in self.used:
            end += 1  # "the Houthi movement", "the Fatah government"
        members = self._piece_starting(end, ("INST",))
        if members is not None and members.value.type == "GROUP" and self._free(members.start, members.end):  # type: ignore[attr-defined]
            end = members.end  # "Houthi rebels", "Hamas fighters", "NATO troops": the organisation acting
        start = self._extend_modifiers(piece.start, end)
        country = org.country or self._modifier_country(start, piece.start)  # type: ignore[attr-defined]
        self._take(Phrase(start, end, "NAME", org.type, name, country, org.sector, f"O:{name}"))  # type: ignore[attr-defined]

    def _longer_org_entity(self, piece: Piece) -> Span | None:
        """A model ORG entity that starts with the organisation's name and goes on ("EU Commission")."""
        # Its trimmed form must start at the piece, so the entity starts there or one token before.
        for ent in (self.org_at_start.get(piece.start - 1), self.org_at_start.get(piece.start)):
            if ent is None or ent.end <= piece.end:
                continue
            trimmed = _trim(ent)
            if trimmed is not None and trimmed.start == piece.start and self._free(piece.end, trimmed.end):
                if all(not WEAPON_RE.search(t.text) for t in trimmed):
                    return trimmed
        return None

    def _named_institution(self, piece: Piece) -> Phrase | None:
        """An institution noun ending a longer name the model found ("US Drug Enforcement Administration")."""
        inst = piece.value
        ent = self.org_at_token.get(piece.start)  # the only entity that can contain the piece
        if ent is not None and ent.start < piece.start and piece.end <= ent.end:
            span = _trim(ent)
            if span is None or span.start >= piece.start or not self._free(span.start, span.end):
                return None
            start = self._left_det(span.start)
            short = self._acronym_after(span.end)
            if short is not None:  # "the National Liberation Army (ELN)"
                return Phrase(start, span.end, "NAME", "ORGANIZATION", short.name, short.country, short.sector,
                              short.key)
            country = self._modifier_country(span.start, span.end)
            name = span.text
            key = f"I:{name}|{country or ''}"
            return Phrase(start, span.end, "INSTITUTION", "ORGANIZATION", name, country, inst.sector, key)  # type: ignore[attr-defined]
        return None

    def _extend_modifiers(self, start: int, end: int) -> int:
        """Grow left over country adjectives, institution nouns, lower-case modifiers and a determiner."""
        doc = self.doc
        if self._modifies_next(end):
            return start  # "a U.N. Security Council resolution": the determiner belongs to "resolution"
        while start > 0:
            mod = self._country_modifier(start)
            if mod is not None and self._free(mod[0], start):
                start = mod[0]
                continue
            inst = self._piece_ending(start, ("INST",))
            if inst is not None and self._free(inst.start, start):
                start = inst.start
                continue
            prev = doc[start - 1]
            if (
                prev.i not in self.used
                and prev.dep_ in ("amod", "compound", "nmod")
                and prev.is_alpha
                and (prev.is_lower or (prev.ent_type_ == "NORP" and self._religion_word(prev)))
                and start <= prev.head.i < end
            ):
                start -= 1
                while (
                    start >= 2
                    and doc[start - 1].text == "-"
                    and not doc[start - 1].whitespace_
                    and not doc[start - 2].whitespace_
                    and start - 2 not in self.used
                ):
                    start -= 2  # keep hyphenated words whole: "a cross-party delegation"
                continue
            break
        return self._left_det(start)

    def _religion_word(self, tok: Token) -> bool:
        """A capitalised group adjective that names no state ("Muslim protesters", "Shiite militias")."""
        return tok.text[:1].isupper() and self._piece_starting(tok.i, ("COUNTRY", "ORG", "PEOPLE")) is None

    def _modifier_country(self, start: int, end: int) -> str | None:
        for piece in self.pieces:
            if piece.label == "COUNTRY" and start <= piece.start and piece.end <= end:
                return piece.value.code  # type: ignore[attr-defined]
        return None

    def institutions(self) -> None:
        for piece in self.pieces:
            if piece.label == "INST" and self._free(piece.start, piece.end):
                self._institution(piece)

    def _institution(self, piece: Piece) -> None:
        doc = self.doc
        inst = piece.value
        last = doc[piece.end - 1]
        # The noun must head its phrase: "police station" and "army base" are not actors.
        if self._piece_starting(piece.end, ("INST", "ORG")) is not None:
            return
        end = piece.end
        if last.dep_ in ("compound", "amod") and last.head.i >= piece.end:
            if last.head.lower_ not in VEHICLE_NOUNS or last.head.i != piece.end:
                return
            end = piece.end + 1  # "coast guard ships", "army helicopters": the institution's means act for it
        named = self._named_institution(piece)
        if named is not None:
            self._take(named)
            return
        start = self._extend_modifiers(piece.start, end)
        country = self._modifier_country(start, piece.start)
        if country is not None and any(t.lower_ == "ethnic" for t in doc[max(0, start - 1) : piece.start]):
            country = None  # "ethnic Albanian guerrillas": a people, coded where they act, not by the kin state
        target = self._of_target(end) if inst.canonical not in VICTIM_OF else None  # type: ignore[attr-defined]
        if target is not None and target[1].label == "COUNTRY" and target[1].start == end + 1 + (
            1 if doc[end + 1].lower_ in DETERMINERS else 0
        ):
            end = target[0]
            country = country or target[1].value.code  # type: ignore[attr-defined]
        if country is None and inst.canonical not in HOSTED_INSTITUTIONS:  # type: ignore[attr-defined]
            country = self._located_in(end)
        if country is None:
            owner = self._possessor(start)
            if owner is not None:  # "Yoon's government": the government of a known leader's country
                start, country = owner
        if country is None:
            country = self._leader_compound(start)  # "the Obama administration", "the Modi government"
        if country is None:
            country = self._organisation_modifier(start, end)
        if country is None and doc[start].lower_ in ("a", "an"):
            return  # "an army", "a court": generic, not an actor of the story
        if inst.canonical in NEEDS_OWNER and country is None and target is None and start == self._left_det(piece.start):  # type: ignore[attr-defined]
            return  # "the leaders" alone: the people named before, not a body of its own
        name = doc[start + 1 if doc[start].lower_ in DETERMINERS else start : end].text
        key = f"I:{inst.canonical}|{country or ''}"  # type: ignore[attr-defined]
        self._take(Phrase(start, end, "INSTITUTION", inst.type, name, country, inst.sector, key))  # type: ignore[attr-defined]
        self._coordinated_owner(start, piece, end)

    def _organisation_modifier(self, start: int, end: int) -> str | None:
        """"the UN war crimes court", "an EU naval force": the organisation the institution belongs to."""
        for phrase in self.phrases:
            if phrase.entity_type != "ORGANIZATION" or phrase.kind != "NAME" or not phrase.country:
                continue
            if phrase.end == start and start <= self.doc[phrase.end - 1].head.i < end:
                return phrase.country
        return None

    def _coordinated_owner(self, start: int, piece: Piece, end: int) -> None:
        """"Indian and Chinese troops": the first adjective names troops of its own."""
        doc = self.doc
        inst = piece.value
        if start < 2 or doc[start - 1].lower_ not in ("and", "or"):
            return
        mod = self._piece_ending(start - 1, ("COUNTRY",))
        if mod is None or mod.value.kind != "DEMONYM" or not self._free(mod.start, mod.end):  # type: ignore[attr-defined]
            return
        code = mod.value.code  # type: ignore[attr-defined]
        name = f"{doc[mod.start : mod.end].text} {doc[piece.start : end].text}"
        key = f"I:{inst.canonical}|{code}"  # type: ignore[attr-defined]
        self._take(Phrase(mod.start, mod.end, "INSTITUTION", inst.type, name, code, inst.sector, key))  # type: ignore[attr-defined]

    def countries(self) -> None:
        doc = self.doc
        kinds = {"NAME": "NAME", "SHORT": "NAME", "DEMONYM": "DEMONYM", "PEOPLE": "DEMONYM",
                 "CAPITAL": "CAPITAL", "SEAT": "CAPITAL", "CITY": "PLACE"}
        for piece in self.pieces:
            if piece.label != "COUNTRY" or not self._free(piece.start, piece.end):
                continue
            entry = piece.value
            if _is_dateline(doc, piece):
                self.used.update(range(piece.start, piece.end))  # nor may the model's entity claim it
                continue  # "YEREVAN, Sept. 13 -": where the story was filed, not an actor
            if entry.code == "WST" and piece.end < len(doc) and doc[piece.end].text[:1].isupper():  # type: ignore[attr-defined]
                continue  # "West Africa", "Western Kenya": a compass point, not the Western bloc
            if entry.kind == "PEOPLE" and self._people_elsewhere(piece):  # type: ignore[attr-defined]
                continue
            if entry.kind == "DEMONYM" and self._people_of_state(piece):  # type: ignore[attr-defined]
                continue
            modifier = entry.kind == "DEMONYM" or self._modifies_next(piece.end)  # type: ignore[attr-defined]
            start = piece.start if modifier else self._left_det(piece.start)
            if entry.type == "LOCATION":  # type: ignore[attr-defined]
                name, key = entry.alias, f"L:{entry.alias}"  # type: ignore[attr-defined]
            else:
                name, key = entry.name, f"C:{entry.code}"  # type: ignore[attr-defined]
            self._take(Phrase(start, piece.end, kinds.get(entry.kind, "NAME"), entry.type,  # type: ignore[attr-defined]
                              name, entry.code, None, key))  # type: ignore[attr-defined]

    def _people_elsewhere(self, piece: Piece) -> bool:
        """"ethnic Albanians", "the Albanians of southern Serbia": a people, not the state they name."""
        doc = self.doc
        ethnic = piece.start > 0 and doc[piece.start - 1].lower_ == "ethnic"
        where = None
        if piece.end + 1 < len(doc) and doc[piece.end].lower_ == "of":
            where = self._located_in_of(piece.end)
        where = where or self._located_in(piece.end)
        if not ethnic and where is None:
            return False
        start = piece.start - 1 if ethnic else self._left_det(piece.start)
        name = doc[piece.start : piece.end].text
        self._take(Phrase(start, piece.end, "DEMONYM", "GROUP", name, where, None, f"G:{name}|{where or ''}"))
        return True

    def _people_of_state(self, piece: Piece) -> bool:
        """"Bosnian Serbs", "Iraqi Kurds": a people named with the adjective of the state they live in is a
        group of that state, not the kin state of the people noun nor a person the model saw in it."""
        doc = self.doc
        pos = piece.end
        if pos >= len(doc) or not self._free(pos, pos + 1):
            return False
        word = doc[pos]
        people = any(
            p.start == pos and p.end == pos + 1 and p.label == "COUNTRY" and p.value.kind == "PEOPLE"  # type: ignore[attr-defined]
            for p in self.pieces
        )
        plural_name = (
            word.text[:1].isupper() and word.is_alpha and word.text.endswith("s") and word.tag_ in ("NNPS", "NNP")
            and word.ent_type_ in ("NORP", "PERSON")
        )
        if not (people or plural_name):
            return False
        if pos + 1 < len(doc) and doc[pos + 1].text[:1].isupper() and doc[pos + 1].is_alpha:
            return False  # "Iraqi Kurds Party": part of a longer name
        code = piece.value.code  # type: ignore[attr-defined]
        name = doc[piece.start : pos + 1].text
        self._take(Phrase(piece.start, pos + 1, "DEMONYM", "GROUP", name, code, None, f"G:{name}|{code}"))
        return True

    def _located_in_of(self, end: int) -> str | None:
        doc = self.doc
        pos = end + 1
        if doc[pos].lower_ in DETERMINERS and pos + 1 < len(doc):
            pos += 1
        if pos + 1 < len(doc) and doc[pos].is_lower and doc[pos].pos_ == "ADJ":
            pos += 1
        piece = self._piece_starting(pos, ("COUNTRY",))
        return piece.value.code if piece is not None and piece.value.type == "COUNTRY" else None  # type: ignore[attr-defined]


def _is_dateline(doc: Doc, piece: Piece) -> bool:
    """A place written in capitals that opens a paragraph and is followed by a comma."""
    span = doc[piece.start : piece.end]
    opens = piece.start == 0 or "\n" in doc[piece.start - 1].text_with_ws
    return (
        opens
        and piece.value.kind in ("CAPITAL", "CITY", "SEAT")  # type: ignore[attr-defined]
        and span.text.isupper()
        and len(span.text) > 2
        and piece.end < len(doc)
        and doc[piece.end].text in (",", "-", "\u2013", "\u2014", "(")
    )
