"""Targets known only from context (tidings/extract/context.py), through the real pipeline.

All texts are written for these tests.
"""

from __future__ import annotations

import pytest

import tidings.extract.context as context
from tidings.pipeline import read

PUBLISHED = "2024-05-10"


def _events(nlp, text: str) -> set[tuple[str, str | None, str | None]]:
    reading = read(text, published=PUBLISHED, nlp=nlp)
    return {(e.type, e.source_country, e.target_country) for e in reading.events}


MOZAMBIQUE = (
    "Floods have killed 40 people across Mozambique this week. Rescuers in Mozambique are still searching "
    "for survivors, and the government of Mozambique has declared a state of emergency.\n\n"
)


def test_context_answer_targets_the_one_who_made_the_offer(nlp) -> None:
    text = "Peru offered to lend two patrol boats to Ecuador.\n\nBolivia rejected the offer on Tuesday."
    assert ("REJECT", "BOL", "PER") in _events(nlp, text)


def test_a_context_target_says_how_it_was_found(nlp) -> None:
    text = "Peru offered to lend two patrol boats to Ecuador.\n\nBolivia rejected the offer on Tuesday."
    found = {(e.type, e.target_country): e.target_found_by for e in read(text, published=PUBLISHED, nlp=nlp).events}
    assert found[("REJECT", "PER")] == "answer"  # the rejection's clause names no target
    assert all(how is None for (etype, _), how in found.items() if etype != "REJECT")  # named in their clause


def test_context_answer_beats_the_most_named_country(nlp) -> None:
    # Ecuador is named most, but the offer was Peru's
    text = (
        "Ecuador has asked its neighbours for help. Ecuador says its coast guard is short of boats, and "
        "Ecuador wants a regional patrol.\n\nPeru offered to lend two patrol boats to Ecuador.\n\n"
        "Bolivia dismissed the offer as a stunt."
    )
    found = _events(nlp, text)
    assert ("REJECT", "BOL", "PER") in found
    assert ("REJECT", "BOL", "ECU") not in found


def test_context_dominant_country_is_the_target_of_unaimed_support(nlp) -> None:
    assert ("SUPPORT", "PRT", "MOZ") in _events(nlp, MOZAMBIQUE + "Portugal voiced its support on Monday.")


def test_context_target_never_replaces_one_read_from_the_clause(nlp) -> None:
    found = _events(nlp, MOZAMBIQUE + "Portugal praised Angola for its help.")
    assert ("SUPPORT", "PRT", "AGO") in found
    assert ("SUPPORT", "PRT", "MOZ") not in found


def test_context_without_evidence_gives_no_event(nlp) -> None:
    assert _events(nlp, "Norway condemned the decision.") == set()


def test_context_placeholder_marks_the_candidate(candidates) -> None:
    found = [c for c in candidates("Bolivia rejected the offer.") if c.type == "REJECT"]
    assert found and context.is_context(found[0].target)
    assert "AGREE" in found[0].target.key.split(",")


def test_context_types_outside_the_list_get_no_placeholder(candidates) -> None:
    # an arrest with no one named is not given a context target (COERCE is not in CONTEXT_TYPES)
    assert "COERCE" not in context.CONTEXT_TYPES
    assert not [c for c in candidates("Kenya arrested the suspects.") if context.is_context(c.target)]


def test_context_relative_clause_antecedent_is_the_object(nlp) -> None:
    found = _events(nlp, "Washington sanctioned two Iranian banks that it accused of financing militias.")
    assert ("ACCUSE", "USA", "IRN") in found


def test_context_answer_table_bad_line_names_the_line(tmp_path, monkeypatch) -> None:
    bad = tmp_path / "answers.tsv"
    bad.write_text("# comment\noffer\tAGREE\nthreat\tMENACE\n", encoding="utf-8")
    monkeypatch.setattr(context, "ANSWERS_FILE", bad)
    context.reset_caches()
    try:
        with pytest.raises(ValueError, match="line 3: unknown PLOVER type MENACE"):
            context.answer_table()
    finally:
        monkeypatch.undo()
        context.reset_caches()
    assert context.answer_table()["offer"] == ("AGREE", "AID")


def test_context_answer_targets_every_author_of_the_act(nlp) -> None:
    text = "The United States and Britain struck radar sites in Yemen on Friday.\n\nIran condemned the strikes."
    found = _events(nlp, text)
    assert {("ACCUSE", "IRN", "USA"), ("ACCUSE", "IRN", "GBR")} <= found
    assert ("ACCUSE", "IRN", "YEM") not in found


def test_context_answer_to_a_joint_act_targets_both_parties(nlp) -> None:
    text = "Serbia and Kosovo signed a deal on car licence plates.\n\nGermany welcomed the agreement on Monday."
    assert {("SUPPORT", "DEU", "SRB"), ("SUPPORT", "DEU", "KOS")} <= _events(nlp, text)


def test_context_co_sources_are_not_each_others_target(nlp) -> None:
    text = (
        "Serbia and Kosovo signed a deal on car licence plates.\n\n"
        "Serbia and Germany welcomed the agreement on Monday."
    )
    found = _events(nlp, text)
    assert ("SUPPORT", "DEU", "KOS") in found
    assert ("SUPPORT", "DEU", "SRB") not in found


def test_context_protest_abroad_targets_the_other_side_else_home(nlp) -> None:
    story = (
        "Polish farmers have closed three crossings on the border with Ukraine. Poland says the grain glut "
        "hurts its growers, and the government of Poland has asked Brussels for help. Polish police watched "
        "the roads.\n\n"
    )
    protest = "Ukrainian truck drivers staged a protest on Monday."
    assert ("PROTEST", "UKR", "POL") in _events(nlp, story + protest)
    # with nothing around it, a protest with no target still stands, aimed at home
    assert _events(nlp, protest) == {("PROTEST", "UKR", "UKR")}


def test_context_promised_aid_keeps_the_evidence_of_its_promise(nlp) -> None:
    # the placeholder is made for the promise (AGREE); the event becomes planned AID and still gets a target
    text = (
        "Gangs control most of Haiti's capital. Haiti has asked for foreign police, and the government of "
        "Haiti says it cannot hold elections until order returns.\n\n"
        "Benin and Chad have promised to contribute personnel in the coming months."
    )
    reading = read(text, published=PUBLISHED, nlp=nlp)
    found = {(e.type, e.source_country, e.target_country, e.status) for e in reading.events}
    assert {("AID", "BEN", "HTI", "planned"), ("AID", "TCD", "HTI", "planned")} <= found


def test_context_who_would_carry_out_a_threatened_act_is_not_its_target(nlp) -> None:
    text = (
        "Iran has enriched uranium far beyond the agreed limits. Iran denies any military aim, and Iran "
        "has barred inspectors from two sites.\n\n"
        "France and Germany have threatened to trigger the return of United Nations sanctions."
    )
    found = _events(nlp, text)
    assert {("THREATEN", "FRA", "IRN"), ("THREATEN", "DEU", "IRN")} <= found
    assert not [e for e in found if e[0] == "THREATEN" and e[2] == "UNO"]


def test_context_warning_with_an_untargeted_content_leaves_it_standing(candidates) -> None:
    # no placeholder for the warning: its content (an act that needs no target) stands on its own
    found = candidates("Armenia warned that it would mobilise its reserves.")
    assert [c.type for c in found] == ["MOBILIZE"]
    assert not any(context.is_context(c.target) for c in found)


def test_context_answer_targets_the_author_of_an_unordered_act_only(nlp) -> None:
    # the offer was Turkey's: the parties it was made to did not make it
    text = "Turkey offered to mediate between Armenia and Azerbaijan.\n\nAzerbaijan rejected the offer."
    found = _events(nlp, text)
    assert ("REJECT", "AZE", "TUR") in found
    assert ("REJECT", "AZE", "ARM") not in found


def test_context_answer_to_an_act_done_together_targets_both(nlp) -> None:
    text = "Serbia and Kosovo agreed to reopen the border crossing.\n\nGermany praised the announcement."
    found = _events(nlp, text)
    assert {("SUPPORT", "DEU", "SRB"), ("SUPPORT", "DEU", "KOS")} <= found


def test_context_answer_is_never_made_by_a_co_answerer(nlp) -> None:
    # Armenia cannot reject its own offer together with Azerbaijan: the offer they reject is Turkey's
    text = (
        "Turkey offered to mediate between Armenia and Azerbaijan.\n\n"
        "On Monday Armenia offered Azerbaijan a peace deal.\n\n"
        "Armenia and Azerbaijan rejected the offer."
    )
    found = _events(nlp, text)
    assert {("REJECT", "ARM", "TUR"), ("REJECT", "AZE", "TUR")} <= found
    assert ("REJECT", "AZE", "ARM") not in found


def test_context_target_when_the_only_object_is_what_would_be_moved(nlp) -> None:
    # the troops are what would be sent, not the one the refusal is aimed at: the story's country is
    found = _events(nlp, MOZAMBIQUE + "Portugal has pledged money for the relief effort but has ruled out sending its own soldiers.")
    assert ("REJECT", "PRT", "MOZ") in found
    assert ("REJECT", "PRT", "PRT") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Portugal walked out of the deal.",
        "Portugal pulled out of the arrangement.",
        "Portugal cut ties last year.",
    ],
)
def test_context_target_of_a_measure_against_an_unnamed_party(nlp, text: str) -> None:
    # a sanction whose clause names no target is aimed at the country the story is about
    assert ("SANCTION", "PRT", "MOZ") in _events(nlp, MOZAMBIQUE + text)


def test_context_target_of_forces_put_on_alert(nlp) -> None:
    # forces put on alert with no one named face the country the story is about
    text = (
        "Rebels from Zambia crossed into Mozambique this week. Troops in Mozambique are still searching for "
        "them, and the government of Mozambique has declared a state of emergency.\n\n"
        "Malawian troops remained on alert on Monday."
    )
    assert ("MOBILIZE", "MWI", "MOZ") in _events(nlp, text)


@pytest.mark.parametrize("pledge", ["Japan pledged $40 million in emergency assistance.", "Japan pledged more aid."])
def test_context_target_of_a_pledge_of_aid(nlp, pledge: str) -> None:
    # a pledge of aid whose clause names no recipient is for the country the story is about
    assert ("AID", "JPN", "MOZ") in _events(nlp, MOZAMBIQUE + pledge)


def test_context_type_of_a_pledge_is_a_promise() -> None:
    assert context.context_type("AID", future=True) == "AGREE"
    assert context.context_type("AID") == "AID"
    assert context.context_type("THREATEN", future=True) == "THREATEN"
