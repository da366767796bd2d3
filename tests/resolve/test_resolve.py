"""Document-level resolution of actor mentions, on short articles written for these tests."""

from __future__ import annotations

import pytest

from resolve_reading import entity_of as _entity_of
from resolve_reading import read_mentions as _read
from tidings.records import content_id
from tidings.resolve import reset_caches, resolve_entities


ARTICLE = (
    "Chilean President Ana Roldan Fuentes will travel to Lima next week.\n\n"
    "Roldan said she expects the Peruvian government to sign the water accord.\n\n"
    "The Chilean president has pressed for the deal since March."
)


def test_resolve_surname_title_and_pronoun_across_segments(actor_nlp):
    mentions, res = _read(actor_nlp, ARTICLE)
    person = _entity_of(mentions, res, "Chilean President Ana Roldan Fuentes")
    assert (person.name, person.type, person.country, person.sector) == ("Ana Roldan Fuentes", "PERSON", "CHL", "GOV")
    assert _entity_of(mentions, res, "Roldan") is person
    assert _entity_of(mentions, res, "she") is person
    assert _entity_of(mentions, res, "The Chilean president") is person
    assert [s.text for s in person.mentions][:2] == ["Chilean President Ana Roldan Fuentes", "Roldan"]
    for span in person.mentions:
        assert ARTICLE[span.start : span.end] == span.text


def test_resolve_capital_and_institution(actor_nlp):
    mentions, res = _read(actor_nlp, ARTICLE)
    peru = _entity_of(mentions, res, "Lima")
    assert (peru.name, peru.type, peru.country) == ("Peru", "COUNTRY", "PER")
    government = _entity_of(mentions, res, "the Peruvian government")
    assert (government.type, government.country, government.sector) == ("ORGANIZATION", "PER", "GOV")


def test_resolve_demonym_capital_and_seat_are_one_country(actor_nlp):
    text = "Moscow rejected the offer.\n\nThe Kremlin said Russian diplomats would stay in Russia."
    mentions, res = _read(actor_nlp, text)
    russia = {_entity_of(mentions, res, t) for t in ("Moscow", "The Kremlin", "Russia")}
    assert len(russia) == 1
    (entity,) = russia
    assert (entity.name, entity.country, entity.type) == ("Russia", "RUS", "COUNTRY")
    diplomats = next(m for m in mentions if "diplomats" in m.text)
    assert res.entity_for(diplomats).country == "RUS"


def test_resolve_office_holder_table_names_the_person(actor_nlp):
    text = "President Macron flew home.\n\nLater the French president spoke to Macron's cabinet."
    mentions, res = _read(actor_nlp, text)
    person = _entity_of(mentions, res, "President Macron")
    assert (person.name, person.country, person.sector) == ("Emmanuel Macron", "FRA", "GOV")
    assert _entity_of(mentions, res, "the French president") is person


@pytest.mark.parametrize(
    ("published", "holder"), [("2023-05-01", "Olaf Scholz"), ("2015-01-10", "Angela Merkel")]
)
def test_resolve_title_uses_the_holder_at_publication(actor_nlp, published, holder):
    mentions, res = _read(actor_nlp, "The German chancellor opened the summit.", published)
    entity = _entity_of(mentions, res, "The German chancellor")
    assert (entity.name, entity.country, entity.type) == (holder, "DEU", "PERSON")


def test_resolve_title_without_holder_is_named_by_the_title(actor_nlp):
    mentions, res = _read(actor_nlp, "The German chancellor opened the summit.")
    entity = _entity_of(mentions, res, "The German chancellor")
    assert (entity.name, entity.country, entity.type, entity.sector) == (
        "Chancellor of Germany", "DEU", "PERSON", "GOV")


def test_resolve_title_before_the_name_joins_the_holder(actor_nlp):
    text = (
        "Peru's ambassador in Quito was summoned.\n\n"
        "Ambassador of Peru Rosa Quispe Huaman said the talks went well."
    )
    mentions, res = _read(actor_nlp, text)
    first = _entity_of(mentions, res, "Peru's ambassador")
    assert first is not None and first.name == "Rosa Quispe Huaman"
    assert first.country == "PER"


def test_resolve_user_people_file(actor_nlp, tmp_path, monkeypatch):
    people = tmp_path / "people.tsv"
    people.write_text(
        "name\taliases\tcountry\tsector\trole\tfrom\tto\n"
        "Talgat Ospanov Beisenov\tBeisenov\tKAZ\tGOV\tforeign_minister\t2020-01-01\t\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("TIDINGS_PEOPLE", str(people))
    reset_caches()
    try:
        mentions, res = _read(actor_nlp, "Beisenov met the press.\n\nBeisenov then left.")
        entity = _entity_of(mentions, res, "Beisenov")
        assert (entity.name, entity.country, entity.sector) == ("Talgat Ospanov Beisenov", "KAZ", "GOV")
        mentions, res = _read(actor_nlp, "The Kazakh foreign minister arrived.", "2021-03-01")
        assert _entity_of(mentions, res, "The Kazakh foreign minister").name == "Talgat Ospanov Beisenov"
    finally:
        monkeypatch.delenv("TIDINGS_PEOPLE")
        reset_caches()


def test_resolve_unresolvable_pronoun_is_none(actor_nlp):
    mentions, res = _read(actor_nlp, "We think the rain will stop.")
    we = next(m for m in mentions if m.kind == "PRONOUN")
    assert res.entity_for(we) is None


def test_resolve_igo_entity(actor_nlp):
    mentions, res = _read(actor_nlp, "The OSCE sent monitors to Armenia.")
    osce = _entity_of(mentions, res, "The OSCE")
    assert (osce.type, osce.country, osce.sector) == ("ORGANIZATION", "IGO", "IGO")


def test_resolve_un_related_agency_is_uno(actor_nlp):
    # the team corpus codes the IAEA (a UN-related agency) as UNO, like the UN's own bodies
    mentions, res = _read(actor_nlp, "The IAEA sent inspectors to Iran.")
    iaea = _entity_of(mentions, res, "The IAEA")
    assert (iaea.name, iaea.type, iaea.country, iaea.sector) == (
        "International Atomic Energy Agency", "ORGANIZATION", "UNO", "IGO")


def test_resolve_ids_are_stable_content_hashes(actor_nlp):
    _, first = _read(actor_nlp, ARTICLE)
    _, second = _read(actor_nlp, ARTICLE)
    assert [e.id for e in first.entities] == [e.id for e in second.entities]
    for entity in first.entities:
        assert entity.id == content_id(entity.type, entity.name, entity.country or "")
    assert len({e.id for e in first.entities}) == len(first.entities)


def test_resolve_surname_tagged_as_place_joins_the_person(actor_nlp):
    text = (
        "Defence Minister Aigerim Tokhtarova Zhakupova arrived in Astana.\n\n"
        "Zhakupova said the army was ready."
    )
    mentions, res = _read(actor_nlp, text)
    person = _entity_of(mentions, res, "Zhakupova")
    assert person is not None and person.type == "PERSON"
    assert person.name == "Aigerim Tokhtarova Zhakupova"


def test_resolve_official_without_stated_country_takes_the_paragraph_country(actor_nlp):
    text = "President Arvo Pettersson Lindqvist said Finnish troops would stay home.\n\nSweden disagreed."
    mentions, res = _read(actor_nlp, text)
    person = _entity_of(mentions, res, "President Arvo Pettersson Lindqvist")
    assert (person.country, person.sector) == ("FIN", "GOV")


def test_resolve_definite_anaphors_point_back(actor_nlp):
    text = (
        "ASEAN ministers met Vietnam in Hanoi. The bloc urged calm.\n\n"
        "Hamas fighters crossed the fence. The group later claimed the raid."
    )
    mentions, res = _read(actor_nlp, text)
    assert _entity_of(mentions, res, "The bloc").name == "ASEAN"
    hamas = _entity_of(mentions, res, "Hamas fighters")
    assert (hamas.name, hamas.country, hamas.sector) == ("Hamas", "PSE", "REB")
    assert _entity_of(mentions, res, "The group") is hamas


def test_resolve_bare_institution_joins_the_one_named_before(actor_nlp):
    text = "The Canadian embassy in Lima closed. Peru protested, and the embassy reopened."
    mentions, res = _read(actor_nlp, text)
    embassy = _entity_of(mentions, res, "The Canadian embassy")
    assert embassy.country == "CAN"
    assert _entity_of(mentions, res, "the embassy") is embassy


def test_resolve_generic_title_fits_the_specific_office(actor_nlp):
    text = "Estonian Defence Minister Kaarel Tamm Rebane visited the border. Later the minister flew home."
    mentions, res = _read(actor_nlp, text)
    person = _entity_of(mentions, res, "Estonian Defence Minister Kaarel Tamm Rebane")
    assert _entity_of(mentions, res, "the minister") is person
    assert person.country == "EST"


def test_resolve_long_name_with_acronym_and_venue_country(actor_nlp):
    text = (
        "Envoys of Peru and the Shining Path Liberation Front (SPLF) met in Havana.\n\n"
        "The rebels and the army agreed to a truce. The International Court of Justice welcomed it, "
        "and the court asked for reports."
    )
    mentions, res = _read(actor_nlp, text)
    # The venue (Havana) does not give its country to the unqualified actors of the story.
    assert _entity_of(mentions, res, "The rebels").country == "PER"
    assert _entity_of(mentions, res, "the army").country == "PER"
    icj = _entity_of(mentions, res, "The International Court of Justice")
    assert _entity_of(mentions, res, "the court") is icj


def test_resolve_pronouns_prefer_subjects_and_respect_objects(actor_nlp):
    text = "Premier Lotte Vandamme Claes thanked Minister Pieter Janssens Wouters, and she later phoned him."
    mentions, res = _read(actor_nlp, text)
    first = _entity_of(mentions, res, "Premier Lotte Vandamme Claes")
    second = _entity_of(mentions, res, "Minister Pieter Janssens Wouters")
    assert first is not second
    assert _entity_of(mentions, res, "she") is first
    assert _entity_of(mentions, res, "him") is second


def test_resolve_no_mentions():
    resolution = resolve_entities([], "")
    assert resolution.entities == ()


def test_resolve_later_generic_title_joins_a_title_only_person(actor_nlp):
    text = "Norway's defence minister arrived in Oslo.\n\nLater the minister left for Brussels."
    mentions, res = _read(actor_nlp, text)
    first = _entity_of(mentions, res, "Norway's defence minister")
    assert (first.name, first.country) == ("Defence Minister of Norway", "NOR")
    assert _entity_of(mentions, res, "the minister") is first


def test_resolve_title_and_name_together_found_in_the_table(actor_nlp):
    mentions, res = _read(actor_nlp, "King Charles received the envoys.", "2023-06-01")
    king = _entity_of(mentions, res, "King Charles")
    assert (king.name, king.country, king.sector) == ("King Charles III", "GBR", "GOV")


def test_resolve_unidentified_gunmen_get_no_country(actor_nlp):
    text = "Serbia and Kosovo traded blame.\n\nKosovo police were attacked by masked gunmen."
    mentions, res = _read(actor_nlp, text)
    gunmen = next(m for m in mentions if "gunmen" in m.text)
    assert res.entity_for(gunmen).country is None
    assert _entity_of(mentions, res, "Kosovo police").country == "KOS"


def test_resolve_it_prefers_the_subject_and_skips_its_own_verb_subject(actor_nlp):
    text = "Hungary rejected the plan, and NATO criticised it sharply."
    mentions, res = _read(actor_nlp, text)
    it = next(m for m in mentions if m.text == "it")
    # "it" is the object of "criticised", whose subject is NATO: it cannot be NATO.
    assert res.entity_for(it) is _entity_of(mentions, res, "Hungary")


def test_resolve_anaphor_prefers_the_subject(actor_nlp):
    text = "Chile thanked Peru on Monday. The country also sent blankets to the border towns."
    mentions, res = _read(actor_nlp, text)
    assert _entity_of(mentions, res, "The country") is _entity_of(mentions, res, "Chile")


def test_resolve_unplaced_title_takes_and_names_the_paragraph_country(actor_nlp):
    mentions, res = _read(actor_nlp, "Flooding hit Bolivia again, and the minister promised new levees.")
    minister = _entity_of(mentions, res, "the minister")
    assert (minister.name, minister.country, minister.type) == ("Minister of Bolivia", "BOL", "PERSON")


def test_resolve_bare_title_uses_the_story_country_at_publication(actor_nlp):
    text = "Spain will hold early elections.\n\nThe prime minister announced the date on television."
    mentions, res = _read(actor_nlp, text, "2023-05-29")
    entity = _entity_of(mentions, res, "The prime minister")
    assert (entity.name, entity.country) == ("Pedro Sanchez", "ESP")


def test_resolve_police_take_the_country_of_the_paragraph_city(actor_nlp):
    # The story is mostly about Spain, but the police act where the paragraph puts the scene.
    text = (
        "Spain condemned the attack, and Spain recalled its consul.\n\n"
        "Demonstrators gathered outside the Spanish consulate in Casablanca on Monday. "
        "Later that evening police broke up the crowd."
    )
    mentions, res = _read(actor_nlp, text)
    assert _entity_of(mentions, res, "police").country == "MAR"
    assert _entity_of(mentions, res, "Demonstrators").country == "MAR"


def test_resolve_police_take_the_country_of_the_dateline(actor_nlp):
    # No city in the sentence or the paragraph: the dateline says where the scene is.
    text = (
        "NAIROBI, May 4, 2025 - Britain urged calm, and Britain said British citizens should stay indoors.\n\n"
        "Riot police fired tear gas at protesters near parliament."
    )
    mentions, res = _read(actor_nlp, text)
    police = next(m for m in mentions if m.text.lower().endswith("police"))
    assert res.entity_for(police).country == "KEN"
    assert _entity_of(mentions, res, "protesters").country == "KEN"


def test_resolve_opening_institution_takes_the_state_its_paragraph_names(actor_nlp):
    # Nothing is named before the subject: the one state the opening paragraph names is its country.
    text = "Students occupied the campus on Tuesday to demand that the Ecuadorian education minister resign."
    mentions, res = _read(actor_nlp, text)
    assert _entity_of(mentions, res, "Students").country == "ECU"
    # Two states named as often as each other: no guess.
    text = "Students marched on Tuesday while Chile and Peru traded complaints."
    mentions, res = _read(actor_nlp, text)
    assert _entity_of(mentions, res, "Students").country is None


def test_resolve_country_adjective_naming_a_place_locates_civilians(actor_nlp):
    # "the <adjective> capital" puts the scene in that country, like a city name would.
    text = (
        "Norway and Norway's allies protested.\n\n"
        "Demonstrators threw stones at a Norwegian office in the Bolivian capital on Monday."
    )
    mentions, res = _read(actor_nlp, text)
    assert _entity_of(mentions, res, "Demonstrators").country == "BOL"


def test_resolve_victims_and_residents_are_civilians_of_the_place_named(actor_nlp):
    text = (
        "Brazil and Brazil's envoy stayed silent.\n\n"
        "Residents and victims of the floods rallied outside the town hall in Valparaiso on Sunday."
    )
    mentions, res = _read(actor_nlp, text)
    for word in ("Residents", "victims"):
        entity = _entity_of(mentions, res, word)
        assert (entity.country, entity.sector) == ("CHL", "CVL")


def test_resolve_rebels_take_the_country_where_they_fight(actor_nlp):
    text = (
        "France urged restraint, and France sent an envoy.\n\n"
        "Rebels shelled the outskirts of Goma on Friday."
    )
    mentions, res = _read(actor_nlp, text)
    rebels = _entity_of(mentions, res, "Rebels")
    assert (rebels.country, rebels.sector) == ("COD", "REB")
