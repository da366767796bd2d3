"""Conflictual trigger entries (ACCUSE ... ASSAULT) of triggers.tsv: each class with sentences of our own.

Every test runs the real pipeline (session fixture in conftest.py) and checks the (type, source, target)
triples of the candidates, so removing or loosening an entry makes it fail.
"""

from __future__ import annotations

import pytest

from tidings.pipeline import read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # suspending aid to X: the aid (with its owner "its") is what is suspended, X the target
        ("Soldiers in Niger seized power in July. Belgium has suspended its development aid to the country.",
         ("SANCTION", "BEL", "NER")),
        ("Spain has suspended its military aid to Morocco.", ("SANCTION", "ESP", "MAR")),
    ],
)
def test_suspended_aid_names_its_recipient(nlp, text, expected):
    reading = read(text, published="2024-03-01", nlp=nlp)
    assert expected in {(e.type, e.source_country, e.target_country) for e in reading.events}


def test_suspending_newspapers_is_censorship_not_a_sanction(candidates, triples):
    found = triples(candidates("The junta suspended two French newspapers on Monday."))
    assert ("COERCE", None, "FRA") in found
    assert not any(t[0] == "SANCTION" for t in found)


def test_plain_suspension_of_a_membership_is_still_a_sanction(candidates, triples):
    found = triples(candidates("Russia suspended its participation in the treaty with the United States."))
    assert any(t[0] == "SANCTION" and t[1] == "RUS" for t in found)


def test_army_sent_into_a_country_is_an_invasion(candidates, triples):
    assert ("ASSAULT", "ETH", "ERI") in triples(candidates("Ethiopia sent its army into Eritrea in 1998."))


def test_troops_sent_to_a_border_stay_a_deployment(candidates, triples):
    found = triples(candidates("Chad sent troops to the border with Sudan."))
    assert ("MOBILIZE", "TCD", "SDN") in found
    assert not any(t[0] == "ASSAULT" for t in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Greek authorities impounded an Iranian tanker off the island of Evia.", ("COERCE", "GRC", "IRN")),
        ("Indian commandos boarded a Chinese freighter in the Arabian Sea.", ("COERCE", "IND", "CHN")),
        ("Chinese coast guard ships tried to tow away a Vietnamese fishing boat.", ("COERCE", "CHN", "VNM")),
    ],
)
def test_ships_impounded_boarded_or_towed_are_seized(candidates, triples, text, expected):
    assert expected in triples(candidates(text))


def test_boarding_a_plane_is_no_seizure(candidates, triples):
    found = triples(candidates("The Italian minister boarded a plane to Tunisia on Friday."))
    assert not any(t[0] == "COERCE" for t in found)


def test_forcing_out_a_mission_expels_it(candidates, triples):
    found = triples(candidates("Mali forced out the United Nations peacekeeping mission last year."))
    assert ("SANCTION", "MLI", "UNO") in found


def test_exit_from_an_organisation_is_a_withdrawal(candidates, triples):
    found = triples(candidates("Burkina Faso announced its exit from the African Union on Monday."))
    assert any(t[0] == "SANCTION" and t[1] == "BFA" and t[2] is not None for t in found)


def test_closing_a_strait_to_a_country(candidates):
    found = candidates("Egypt closed the canal and the strait to Israeli ships.")
    assert any(c.type == "SANCTION" and c.source and c.source.country == "EGY" for c in found)


def test_holding_a_crew_needs_no_named_captive(candidates, triples):
    found = triples(candidates("Iran is still holding the crew of the tanker it seized in April."))
    assert ("COERCE", "IRN", None) in found


def test_stabbing_with_an_unnamed_attacker_keeps_the_victim(candidates, triples):
    found = triples(candidates("A Lithuanian border guard was stabbed by an unidentified man on Tuesday."))
    assert ("ASSAULT", None, "LTU") in found


def test_a_besieged_town_stands_for_its_country(candidates, triples):
    assert ("ASSAULT", "RUS", "UKR") in triples(candidates("Russian forces besieged Mariupol for nearly three months."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chinese bombers entered South Korea's air defence zone on Tuesday.", ("MOBILIZE", "CHN", "KOR")),
        ("Two Russian warships entered Japanese waters near Hokkaido.", ("MOBILIZE", "RUS", "JPN")),
        ("Chinese coast guard ships made an incursion into Japanese waters.", ("MOBILIZE", "CHN", "JPN")),
    ],
)
def test_entering_airspace_or_waters_is_posturing(candidates, triples, text, expected):
    assert expected in triples(candidates(text))


def test_entering_a_room_or_a_country_is_no_posturing(candidates, triples):
    for text in ("The president entered the room.", "Thousands of migrants entered Poland from Belarus."):
        assert not any(t[0] == "MOBILIZE" for t in triples(candidates(text))), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Niger ordered French troops out of the country.", ("SANCTION", "NER", "FRA")),
        ("Washington added three Chinese chipmakers to its trade blacklist.", ("SANCTION", "USA", "CHN")),
    ],
)
def test_ordering_out_and_blacklisting_are_sanctions(candidates, triples, text, expected):
    assert expected in triples(candidates(text))


def test_ordering_soldiers_to_act_stays_an_order(candidates, triples):
    found = triples(candidates("The Ghanaian general ordered his soldiers to attack the rebels."))
    assert not any(t[0] == "SANCTION" for t in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Beijing lashed out at Washington over the tariffs.", ("ACCUSE", "CHN", "USA")),
        ("Beijing hit back at Washington over the tariffs.", ("ACCUSE", "CHN", "USA")),
        ("Canada pointed the finger at India over the murder.", ("ACCUSE", "CAN", "IND")),
        ("Israel hit back with airstrikes on Hezbollah positions in Lebanon.", ("ASSAULT", "ISR", "LBN")),
    ],
)
def test_verbal_attacks_at_a_party_and_hitting_back(candidates, triples, text, expected):
    assert expected in triples(candidates(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chinese vessels blocked a Philippine resupply mission.", ("COERCE", "CHN", "PHL")),
        ("Eritrean troops looted homes in Tigray.", ("COERCE", "ERI", "ETH")),
    ],
)
def test_blocked_missions_and_looting_are_coercion(candidates, triples, text, expected):
    assert expected in triples(candidates(text))


def test_brushing_off_is_a_rejection(candidates, triples):
    found = triples(candidates("Hungary brushed off the warning and shrugged off the threat of sanctions."))
    assert any(t[0] == "REJECT" and t[1] == "HUN" for t in found)


@pytest.mark.parametrize(
    "text",
    [
        "Students stormed the French embassy in Tehran.",
        "Football fans fought with Serbian police in Belgrade.",
        "Striking workers set fire to tyres outside the parliament in Athens.",
    ],
)
def test_violence_by_students_fans_or_strikers_is_a_riot(candidates, text):
    types = {c.type for c in candidates(text)}
    assert "PROTEST" in types and "ASSAULT" not in types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mali forced the French ambassador out of Bamako.", ("SANCTION", "MLI", "FRA")),
        ("The Israeli army forced hundreds of Palestinian families out of their homes.", ("COERCE", "ISR", "PSE")),
    ],
)
def test_forcing_envoys_or_people_out(candidates, triples, text, expected):
    assert expected in triples(candidates(text))


@pytest.mark.parametrize(
    ("text", "expected_type"),
    [
        # hyphenated words are three tokens for the parser: the lexicon writes them spaced
        ("Students staged a sit-in outside the Indonesian parliament.", "PROTEST"),
        ("The naval stand-off between China and the Philippines continued.", "MOBILIZE"),
        ("North Korea test-fired a cruise missile on Sunday.", "MOBILIZE"),
    ],
)
def test_hyphenated_triggers_match(candidates, text, expected_type):
    assert expected_type in {c.type for c in candidates(text)}


def test_a_cyber_attack_is_coercion_not_an_assault(candidates):
    found = candidates("Russian hackers carried out a cyber-attack on Estonian banks.")
    assert any(c.type == "COERCE" and c.mode == "cyber" for c in found)
    assert not any(c.type == "ASSAULT" for c in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the tagger lemmatises "fined" as "fin"
        ("Russia fined a Ukrainian sailor for illegal fishing.", ("SANCTION", "RUS", "UKR")),
        ("A Turkish court fined two Greek fishermen on Monday.", ("SANCTION", "TUR", "GRC")),
    ],
)
def test_verbs_the_tagger_mislemmatises(candidates, triples, text, expected):
    assert expected in triples(candidates(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Syrian forces used chemical weapons against Kurdish towns in Turkey.", ("ASSAULT", "SYR", "TUR")),
        ("Serbian nationalists pelted the Croatian consulate with eggs.", ("ASSAULT", "SRB", "HRV")),
        ("Ukrainian saboteurs blew up a Russian railway bridge.", ("ASSAULT", "UKR", "RUS")),
        ("Russia has been jamming GPS signals used by Finnish airliners.", ("COERCE", "RUS", "FIN")),
        ("Russia ran a disinformation campaign against Moldova ahead of the vote.", ("COERCE", "RUS", "MDA")),
    ],
)
def test_weapons_stones_sabotage_jamming_and_disinformation(candidates, triples, text, expected):
    assert expected in triples(candidates(text))


def test_stones_thrown_by_protesters_are_a_riot(candidates):
    found = candidates("Protesters threw stones at the French embassy in Niamey.")
    assert any(c.type == "PROTEST" and c.target and c.target.country == "FRA" for c in found)


def test_weapons_used_to_defend_are_no_attack(candidates):
    assert not any(c.type == "ASSAULT" for c in candidates("Ukraine used Western weapons to defend Kharkiv."))


def test_countermeasures_announced_are_a_threat(candidates, triples):
    found = triples(candidates("Russia said it would take countermeasures against Finland, the ministry reported."))
    assert any(t[0] == "THREATEN" and t[2] == "FIN" for t in found)
    assert not any(t[0] == "THREATEN" for t in triples(candidates("Russia took countermeasures against Finland.")))


def test_a_veto_noun_needs_what_is_vetoed(candidates, triples):
    assert ("REJECT", "CHN", "UNO") in triples(candidates("China's veto of the United Nations resolution angered Washington."))
    for text in ("Moscow gave Beijing a veto over the plan.", "Diplomats met in Geneva after the French veto."):
        assert not any(c.type == "REJECT" for c in candidates(text)), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Beijing hit out at Canberra over the report.", ("ACCUSE", "CHN", "AUS")),
        ("The United States called out China for its treatment of Uighurs.", ("ACCUSE", "USA", "CHN")),
        ("The International Criminal Court issued an arrest warrant for the Russian president.", ("ACCUSE", "IGO", "RUS")),
        ("Ecuador brought a case against Mexico at the International Court of Justice.", ("ACCUSE", "ECU", "MEX")),
        ("Hungary shot down the Ukrainian proposal.", ("REJECT", "HUN", "UKR")),
        ("Washington raised tariffs on Chinese steel.", ("SANCTION", "USA", "CHN")),
        ("Moscow kicked out two Estonian diplomats.", ("SANCTION", "RUS", "EST")),
        ("Ottawa pulled its ambassador from New Delhi.", ("SANCTION", "CAN", "IND")),
        ("Russia flew two strategic bombers near Alaska.", ("MOBILIZE", "RUS", "USA")),
        ("Iran shut down the internet in Tehran.", ("COERCE", "IRN", "IRN")),
        ("Ukraine downed a Russian helicopter near Bakhmut.", ("ASSAULT", "UKR", "RUS")),
    ],
)
def test_common_conflict_phrasings(candidates, triples, text, expected):
    assert expected in triples(candidates(text))


@pytest.mark.parametrize(
    "text",
    [
        "Protesters burned Israeli flags outside the embassy in Amman.",
        "Hundreds of people gathered outside the Russian embassy in Tbilisi.",
    ],
)
def test_flag_burning_and_gatherings_outside_are_protests(candidates, text):
    assert "PROTEST" in {c.type for c in candidates(text)}


def test_shooting_down_a_proposal_is_no_attack(candidates):
    assert "ASSAULT" not in {c.type for c in candidates("Hungary shot down the Ukrainian proposal.")}


def test_raising_an_issue_is_no_sanction(candidates):
    assert "SANCTION" not in {c.type for c in candidates("The Dutch minister raised the issue with Beijing.")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The US ban on Huawei equipment took effect in May.", ("SANCTION", "USA", None)),
        ("Russia's ban on Georgian wine imports hurt farmers.", ("SANCTION", "RUS", "GEO")),
    ],
)
def test_bans_on_goods_are_sanctions(candidates, triples, text, expected):
    found = triples(candidates(text))
    assert any(t[0] == "SANCTION" and t[1] == expected[1] for t in found)
    assert not any(t[0] == "COERCE" for t in found)


def test_a_ban_on_rallies_stays_coercion(candidates, triples):
    found = triples(candidates("Belarus extended its ban on opposition rallies in Minsk."))
    assert any(t[0] == "COERCE" for t in found) and not any(t[0] == "SANCTION" for t in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("India stopped importing Malaysian palm oil in January.", ("SANCTION", "IND", "MYS")),
        ("Canada paused trade talks with India.", ("SANCTION", "CAN", "IND")),
        ("Two Latvian diplomats were declared persona non grata by Moscow.", ("SANCTION", "RUS", "LVA")),
        ("Estonia declared a Russian diplomat persona non grata on Monday.", ("SANCTION", "EST", "RUS")),
    ],
)
def test_stopped_purchases_paused_talks_and_unwelcome_envoys(candidates, triples, text, expected):
    found = triples(candidates(text))
    assert expected in found
    assert not any(t[0] == "CONSULT" for t in found)  # paused talks are no meeting


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the tagger lemmatises "waged"/"waging" as "wag" and "raped" as "rap"
        ("Russia is waging a war against Ukraine.", ("ASSAULT", "RUS", "UKR")),
        ("Sudanese soldiers raped Ethiopian refugees in the camp.", ("ASSAULT", "SDN", "ETH")),
        ("Pakistan's denial of the Indian charges came within hours.", ("REJECT", "PAK", "IND")),
        ("Hostilities between Armenia and Azerbaijan resumed in September.", ("ASSAULT", "ARM", "AZE")),
    ],
)
def test_wars_waged_denials_and_hostilities(candidates, triples, text, expected):
    assert expected in triples(candidates(text))


def test_hostility_as_an_attitude_is_no_fighting(candidates):
    assert "ASSAULT" not in {c.type for c in candidates("The Polish minister showed open hostility towards Germany.")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armenia broke the truce with Azerbaijan on Monday.", ("REJECT", "ARM", "AZE")),
        ("Russia breached the grain deal with Ukraine.", ("REJECT", "RUS", "UKR")),
    ],
)
def test_broken_truces_and_breached_deals_are_rejections(candidates, triples, text, expected):
    found = triples(candidates(text))
    assert expected in found
    assert not any(t[0] in ("RETREAT", "AGREE") for t in found)  # the truce or deal is the object, not an event


def test_talks_breaking_down_are_no_rejection(candidates):
    assert "REJECT" not in {c.type for c in candidates("Talks between Serbia and Kosovo broke down on Friday.")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Washington left open the possibility of military action against Caracas.", ("THREATEN", "USA", "VEN")),
        ("India cautioned Pakistan against any misadventure.", ("THREATEN", "IND", "PAK")),
    ],
)
def test_force_left_open_and_cautions_are_threats(candidates, triples, text, expected):
    assert expected in triples(candidates(text))


def test_force_not_ruled_out_is_no_rejection(candidates):
    types = {c.type for c in candidates("Ankara said it would not rule out military action against Kurdish militias.")}
    assert "THREATEN" in types and "REJECT" not in types
    assert "REJECT" in {c.type for c in candidates("The Serbian minister ruled out talks with Kosovo.")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan raised its alert level after the launch.", ("MOBILIZE", "JPN", None)),
        ("Turkey reinforced its military posts in Syria.", ("MOBILIZE", "TUR", "SYR")),
    ],
)
def test_alert_levels_raised_and_posts_reinforced(candidates, triples, text, expected):
    assert expected in triples(candidates(text))


def test_taken_into_custody_is_an_arrest(candidates, triples):
    assert ("COERCE", "IRN", "FRA") in triples(candidates("A French tourist was taken into custody in Tehran."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Chinese embassy voiced strong dissatisfaction with the Dutch decision.", ("ACCUSE", "CHN", "NLD")),
        ("Kenya disputed Somalia's claim to the maritime zone.", ("REJECT", "KEN", "SOM")),
    ],
)
def test_dissatisfaction_voiced_and_claims_disputed(candidates, triples, text, expected):
    assert expected in triples(candidates(text))
