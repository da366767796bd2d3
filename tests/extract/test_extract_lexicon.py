"""The lexicon data files: coverage, parsing, clear errors; the component's serialisation round trip."""

from __future__ import annotations

import pytest

from tidings.extract import lexicon
from tidings.extract.component import EventComponent
from tidings.records import PLOVER_TYPES


def test_lexicon_covers_every_type_with_verbs_and_nouns() -> None:
    entries = lexicon.trigger_entries()
    for etype in PLOVER_TYPES:
        of_type = [e for e in entries if e.type == etype]
        assert any("VERB" in e.pos for e in of_type), etype
        assert any("NOUN" in e.pos for e in of_type), etype


def test_lexicon_frames_parsed() -> None:
    by_pattern = {(e.pattern, e.type): e for e in lexicon.trigger_entries()}
    arrive = by_pattern[("arrive", "CONSULT")]
    assert arrive.preps == {"in", "at"} and arrive.locative
    assert by_pattern[("withdraw", "RETREAT")].theme_object
    assert by_pattern[("release", "RETREAT")].poss_target
    assert "sanction" in by_pattern[("impose", "SANCTION")].objects
    assert by_pattern[("receive", "AID")].recipient_subject
    assert not by_pattern[("receive", "CONSULT")].recipient_subject
    assert by_pattern[("kill", "ASSAULT")].bare_passive
    assert not by_pattern[("kill", "REJECT")].bare_passive
    # withdrawals need a target, a resignation does not
    assert not by_pattern[("withdraw", "RETREAT")].intransitive
    assert by_pattern[("resign", "RETREAT")].intransitive


def test_lexicon_line_order_puts_stricter_frames_first() -> None:
    """For a word with several lines, a line with an object frame comes before a looser line of another type,
    so the looser one only takes over when the frame is not met ("struck a deal" before "struck X")."""
    entries = lexicon.trigger_entries()
    first = {}
    for e in entries:
        first.setdefault((e.pattern, e.type), e.index)
    assert first[("strike", "AGREE")] < first[("strike", "ASSAULT")]
    assert first[("meet", "CONCEDE")] < first[("meet", "CONSULT")]
    assert first[("call", "ACCUSE")] < first[("call", "CONSULT")]
    assert first[("receive", "AID")] < first[("receive", "CONSULT")]
    assert first[("hand over", "COOPERATE")] < first[("hand over", "RETREAT")]


def test_lexicon_bad_line_names_file_and_reason() -> None:
    with pytest.raises(ValueError, match=r"triggers.tsv line 7: unknown PLOVER type 'FIGHT'"):
        lexicon._parse_trigger(0, 7, ["battle", "V", "FIGHT", "-", "-"])
    with pytest.raises(ValueError, match=r"unknown frame constraint 'colour=red'"):
        lexicon._parse_trigger(0, 8, ["battle", "V", "ASSAULT", "-", "colour=red"])


def test_lexicon_status_cues_and_reporting_verbs() -> None:
    cues = lexicon.status_cues()
    assert cues[("aux", "will")] == "planned"
    assert cues[("aux", "should")] == "normative"
    assert cues[("gov", "fail")] == "negated"
    assert "say" in lexicon.reporting_verbs()


def test_component_serialisation_round_trip(nlp) -> None:
    component = nlp.get_pipe("tidings_events")
    assert isinstance(component, EventComponent)
    clone = EventComponent(nlp).from_bytes(component.to_bytes())
    text = "Sweden donated medicine to Yemen."
    first = nlp(text)._.tidings_events
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        doc = clone(doc) if name == "tidings_events" else proc(doc)
    assert doc._.tidings_events == first
    assert [s.label_ for s in doc.spans["tidings_triggers"]] == ["AID"]


@pytest.mark.parametrize("text", ["", "   ", "!!!", "“", '"' * 40, "In 2020-2021 2022 May may."])
def test_component_survives_odd_input(nlp, text) -> None:
    from tidings.extract.component import candidates_from_doc

    assert candidates_from_doc(nlp(text), 0, 0) == []


def test_component_on_a_pipeline_without_parser() -> None:
    import spacy

    blank = spacy.blank("en")
    blank.add_pipe("tidings_events")
    assert blank("Germany imposed sanctions on Iran.")._.tidings_events == []
