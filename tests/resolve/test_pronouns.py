"""Pronoun resolution: possessives, what a pronoun's own clause rules out, and the author's "we"."""

from __future__ import annotations

from resolve_reading import entity_of as _entity_of
from resolve_reading import mention_with_text as _mention
from resolve_reading import read_mentions as _read


def test_pronoun_does_not_take_an_actor_its_own_clause_names(actor_nlp):
    # The title after the verb is the President; "she" is the other person of the first paragraph.
    text = (
        "Premier Lotte Vandamme Claes phoned President Arturo Mendez Ibarra of Ecuador on Monday.\n\n"
        "During the call she praised and thanked the Ecuadorian president for the grain shipments."
    )
    mentions, res = _read(actor_nlp, text)
    premier = _entity_of(mentions, res, "Premier Lotte Vandamme Claes")
    president = _entity_of(mentions, res, "President Arturo Mendez Ibarra")
    assert _entity_of(mentions, res, "the Ecuadorian president") is president
    assert _entity_of(mentions, res, "she") is premier


def test_subject_pronoun_is_not_the_possessor_inside_its_object(actor_nlp):
    text = "The talks between Mali and Chad failed. It expelled Chad's ambassador a day later."
    mentions, res = _read(actor_nlp, text)
    it = _entity_of(mentions, res, "It")
    assert it is not None and it.country == "MLI"


def test_possessive_pronoun_of_an_act_is_an_actor(actor_nlp):
    text = (
        "Minister Pieter Janssens Wouters visited Quito. His criticism of the tariffs was sharp, "
        "and Belgium kept its warships at home."
    )
    mentions, res = _read(actor_nlp, text)
    his = _mention(mentions, "His")
    assert his.kind == "PRONOUN"
    assert res.entity_for(his) is _entity_of(mentions, res, "Minister Pieter Janssens Wouters")
    # an owner of a thing is not an actor of the story
    assert not any(m.text == "its" for m in mentions)


def test_possessive_pronoun_is_not_what_its_own_noun_governs(actor_nlp):
    text = "The Andean League met in Lima. Its condemnation of Bolivia came late."
    mentions, res = _read(actor_nlp, text)
    its = _entity_of(mentions, res, "Its")
    assert its is not None and its.country != "BOL"


def test_first_person_plural_takes_the_country_the_author_names(actor_nlp):
    text = (
        "As a citizen of our country, Norway, I think we waited too long.\n\n"
        "The fjord towns were warned, but nobody told us anything."
    )
    mentions, res = _read(actor_nlp, text)
    assert _entity_of(mentions, res, "we").country == "NOR"
    assert _entity_of(mentions, res, "us").country == "NOR"


def test_first_person_plural_without_a_cue_or_in_a_quote_stays_unresolved(actor_nlp):
    mentions, res = _read(actor_nlp, "Norway and Chile signed the accord. We expect more such deals.")
    assert _entity_of(mentions, res, "We") is None
    # the cue inside a quotation is the speaker's country, not the author's
    quoted = 'The envoy said: "Our country, Chile, will not bend." Since then we have heard nothing.'
    mentions, res = _read(actor_nlp, quoted)
    assert _entity_of(mentions, res, "we") is None


def test_institution_owned_by_a_possessive_takes_the_owner_country(actor_nlp):
    text = "Mexican President Andres Ortega spoke in Lima. Peru protested, but his government did not apologise."
    mentions, res = _read(actor_nlp, text)
    assert _entity_of(mentions, res, "his government").country == "MEX"


def test_lone_surname_known_to_the_office_holder_table(actor_nlp):
    # The model tags no entity on the bare surname; the office-holder table knows it.
    text = "The summit closed late.\n\nMitsotakis flew home before the dinner in Sofia."
    mentions, res = _read(actor_nlp, text, "2024-01-10")
    person = _entity_of(mentions, res, "Mitsotakis")
    assert (person.type, person.country) == ("PERSON", "GRC")


def test_bare_institution_joins_a_recent_one_with_the_same_head_noun(actor_nlp):
    text = (
        "The Chilean foreign ministry summoned the Peruvian envoy on Monday.\n\n"
        "Peru and Bolivia rejected the note, and Peru recalled its consul.\n\n"
        "The ministry said the border incident would not be repeated."
    )
    mentions, res = _read(actor_nlp, text)
    first = _entity_of(mentions, res, "The Chilean foreign ministry")
    assert _entity_of(mentions, res, "The ministry") is first
    assert first.country == "CHL"


def test_bare_institution_takes_the_country_of_its_paragraph_first(actor_nlp):
    text = (
        "Peru hosted Chile for talks. Peru and Chile agreed on water rights, and Peru praised the deal.\n\n"
        "Bolivia rejected the accord at once, and Bolivia closed the border. The police fired tear gas at farmers."
    )
    mentions, res = _read(actor_nlp, text)
    assert _entity_of(mentions, res, "The police").country == "BOL"


def test_first_person_plural_in_an_interview_answer_is_the_interviewee_country(actor_nlp):
    text = (
        "Chile's defence minister talked to our reporter in Santiago.\n\n"
        "Q: Is Peru a threat?\n\n"
        "A: Peru has never threatened us, and our navy trades visits with Lima every year.\n\n"
        "Q: And Bolivia?\n\n"
        "A: Bolivia wants the sea, but we will keep talking."
    )
    mentions, res = _read(actor_nlp, text)
    assert _entity_of(mentions, res, "us").country == "CHL"
    assert all(res.entity_for(m).country == "CHL" for m in mentions if m.text == "we")
    # the author's own "our" in the lead is not the interviewee's
    assert not any(m.text == "our" and res.entity_for(m) for m in mentions)
    assert _entity_of(mentions, res, "our navy").country == "CHL"


def test_bare_institution_in_a_paragraph_without_a_clear_country_takes_the_document_country(actor_nlp):
    text = (
        "Peru hosted the summit. Peru and its neighbours agreed on water rights, and Peru praised the deal.\n\n"
        "Chile, Bolivia and Ecuador sent observers. The government thanked the observers."
    )
    mentions, res = _read(actor_nlp, text)
    assert _entity_of(mentions, res, "The government").country == "PER"


def test_official_in_a_paragraph_tie_takes_the_document_main_country(actor_nlp):
    text = (
        "Peru recalled its envoy. Peru said the talks were over, and Peru closed the border.\n\n"
        "Interior Minister Pieter Janssens Wouters accused Chile of meddling in Peru's affairs."
    )
    mentions, res = _read(actor_nlp, text)
    minister = _entity_of(mentions, res, "Interior Minister Pieter Janssens Wouters")
    assert minister.country == "PER"


def test_they_agrees_with_a_plural_antecedent(actor_nlp):
    text = "Bolivian farmers blocked roads near the border. Peru said they would be removed."
    mentions, res = _read(actor_nlp, text)
    assert _entity_of(mentions, res, "they") is _entity_of(mentions, res, "Bolivian farmers")


def test_object_pronoun_is_not_the_noun_its_verb_hangs_from(actor_nlp):
    text = (
        "Peru quarrelled with Chile. The dispute dragged on for weeks. "
        "Brazil, which has close ties with both neighbours, called on them to talk."
    )
    mentions, res = _read(actor_nlp, text)
    them = _entity_of(mentions, res, "them")
    assert them is not None and them.country in ("PER", "CHL")


def test_junta_is_a_military_actor(actor_nlp):
    text = "Niger's junta expelled the envoy.\n\nLater the junta said it would hold no election."
    mentions, res = _read(actor_nlp, text)
    junta = _entity_of(mentions, res, "Niger's junta")
    assert (junta.country, junta.sector) == ("NER", "MIL")
    assert _entity_of(mentions, res, "the junta") is junta


def test_civilians_take_the_country_of_the_city_in_their_sentence(actor_nlp):
    text = "Chile condemned the vote, and Chile recalled its envoy. Protesters marched in Lima on Sunday."
    mentions, res = _read(actor_nlp, text)
    assert _entity_of(mentions, res, "Protesters").country == "PER"


def test_anaphor_with_one_modifier_points_back(actor_nlp):
    text = "Hamas fighters crossed the fence at dawn.\n\nBy noon the militant group said its men had withdrawn."
    mentions, res = _read(actor_nlp, text)
    group = _entity_of(mentions, res, "the militant group")
    assert group is not None and group.name == "Hamas"


def test_a_bare_title_in_an_interview_answer_is_the_interviewees_own_officeholder(actor_nlp):
    text = (
        "Chile's foreign minister spoke to us in Santiago about trade.\n\n"
        "Q: Do you talk to Argentina?\n\n"
        "A: President Boric met President Milei in March, and we call Buenos Aires often.\n\n"
        "Q: What next?\n\n"
        "A: The president will travel to Brasilia in June."
    )
    mentions, res = _read(actor_nlp, text, published="2024-05-02")
    president = _entity_of(mentions, res, "The president")
    assert president.country == "CHL"
    assert president == _entity_of(mentions, res, "President Boric")


def test_a_bare_title_outside_an_interview_answer_keeps_the_last_holder_named(actor_nlp):
    text = (
        "President Boric met President Milei in Santiago in March.\n\n"
        "The president flew home to Buenos Aires the next day."
    )
    mentions, res = _read(actor_nlp, text, published="2024-05-02")
    assert _entity_of(mentions, res, "The president").country == "ARG"
