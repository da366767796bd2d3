"""Status of acts named inside a frame of time, a noun-modifying participle, or as the subject of a state
verb; and verbs that are a stance of verbal conflict only in some of their uses."""

from __future__ import annotations

import pytest

from tidings.extract.status import status_for


def _status(cands, etype: str) -> set[str]:
    return {c.status for c in cands if c.type == etype}


def _word_status(nlp, text: str, word: str) -> str:
    """The status ``status_for`` gives the first token ``word`` of ``text`` as a trigger head."""
    doc = nlp(text)
    head = next(t for t in doc if t.text == word)
    return status_for(head)[0]


@pytest.mark.parametrize(
    "text,etype,status",
    [
        # a verb that is a stance verb in one sense ("probe" an affair) and an act in another
        ("Chinese bombers regularly probe Japanese airspace near Okinawa.", "MOBILIZE", "ongoing"),
        # an act named as the subject of a state or trend verb in the present goes on
        ("Brazil's soybean exports to China have grown every year.", "COOPERATE", "ongoing"),
        ("Qatar's gas shipments to India are rising fast.", "COOPERATE", "ongoing"),
        # a standing measure under a participle modifying a noun keeps its own status: in force
        ("Hungary blocked a plan that would have enlarged the team enforcing European Union sanctions against "
         "Belarus.",
         "SANCTION", "ongoing"),
        # an act named after "after" is a past point of time, not part of what is planned
        ("Greece plans to retaliate after Turkey's seizure of a Greek fishing boat.", "COERCE", "occurred"),
    ],
)
def test_extract_status_frames(candidates, text: str, etype: str, status: str) -> None:
    assert _status(candidates(text), etype) == {status}


@pytest.mark.parametrize(
    "text,etype,status",
    [
        # the same words outside the frame keep the status of the governing verb
        ("Brazil could impose sanctions on Paraguay.", "SANCTION", "hypothetical"),
        # an act of a past tense verb of trend is not made ongoing by it: the tense still decides
        ("Ghana accuses Togo of harbouring rebels.", "ACCUSE", "occurred"),
    ],
)
def test_extract_status_frames_leave_the_rest(candidates, text: str, etype: str, status: str) -> None:
    assert _status(candidates(text), etype) == {status}


@pytest.mark.parametrize(
    "text,word,status",
    [
        # the frame of time of an act that was agreed on is not agreed on itself: it took place
        ("Bolivia and Paraguay agreed on Monday to reopen the border crossing at the end of a meeting hosted "
         "by Brazil.", "meeting", "occurred"),
        # ... but it shares the time of the verb it frames
        ("The Brazilian president will sign the deal at the end of his visit to Chile.", "visit", "planned"),
        # outside a frame the governing cue still reaches the act
        ("Bolivia and Paraguay agreed to hold a meeting in Brazil.", "meeting", "planned"),
        # a second "after" coordinated with the first is as much a past point of time
        ("The protests come weeks after the arrest of a Slovak blogger, and after Hungary's closure of the "
         "border crossing last spring.", "closure", "occurred"),
        # a governing cue does not reach the subject of a transitive verb ("kept the lights on")
        ("Poland's offer of generators kept the hospitals running.", "offer", "occurred"),
        ("The talks between Serbia and Kosovo continued on Tuesday.", "talks", "ongoing"),
        # holding something in place, told in the present perfect, goes on
        ("Turkey has kept thousands of soldiers in northern Iraq.", "kept", "ongoing"),
        # an act named after "despite" is a given fact, not touched by the clause's negation
        ("Despite Chinese protests, Manila will not withdraw its ships from the shoal.", "protests", "occurred"),
        ("Despite warnings of famine by aid agencies, the junta is refusing to open the crossings.", "warnings",
         "occurred"),
        # an act named as the subject of a present perfect over a period runs on; what it did is counted
        ("Clashes between the two militias have killed dozens of villagers since March.", "Clashes", "ongoing"),
        ("Clashes between the two militias have killed dozens of villagers.", "Clashes", "occurred"),
        # what someone is invited to is still to come; the invitation itself was made
        ("Nepal invited the Bhutanese king to Kathmandu for talks.", "talks", "planned"),
        ("Nepal invited the Bhutanese king to Kathmandu for talks.", "invited", "occurred"),
        # "ought" governing an infinitive, like "should"
        ("Brazil ought to convene a meeting of the two rival governments.", "convene", "normative"),
    ],
)
def test_extract_status_frame_of_time(nlp, text: str, word: str, status: str) -> None:
    assert _word_status(nlp, text, word) == status
