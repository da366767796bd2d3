"""Scorer arithmetic on hand-made gold and predictions (no pipeline needed)."""

from __future__ import annotations

import pytest

from tidings.evaluate import EvalDocument, EvalEvent, score


def ev(etype: str, src: str | None, tgt: str | None, status: str | None = "occurred", evidence: str = "") -> EvalEvent:
    return EvalEvent(type=etype, source_country=src, target_country=tgt, status=status, evidence=evidence)


def doc(doc_id: str, *events: EvalEvent) -> EvalDocument:
    return EvalDocument(doc_id=doc_id, events=tuple(events))


GOLD = [
    doc(
        "a",
        ev("ASSAULT", "RUS", "UKR"),
        ev("CONSULT", "FRA", "DEU", "planned"),
        ev("ACCUSE", "CHN", "USA"),
    ),
    doc(
        "b",
        ev("AID", "JPN", "PHL"),
        ev("THREATEN", "PRK", "KOR", "hypothetical"),
    ),
]


def test_score_identical_predictions_give_perfect_f1() -> None:
    s = score(GOLD, GOLD)
    for counts in (s.full, s.type_dyad, s.dyad):
        assert counts is not None
        assert (counts.precision, counts.recall, counts.f1) == (1.0, 1.0, 1.0)
    assert s.status is not None and s.status.accuracy == 1.0 and s.status.total == 5
    assert s.errors == ()
    assert s.full_documents == 2


def test_score_known_errors_give_exact_precision_recall() -> None:
    pred = [
        doc(
            "a",
            ev("ASSAULT", "RUS", "UKR"),  # correct
            ev("CONSULT", "FRA", "DEU", "occurred"),  # right (type, dyad), wrong status
            ev("SANCTION", "USA", "CHN"),  # false positive
        ),
        doc("b", ev("AID", "JPN", "PHL")),  # THREATEN missed
    ]
    s = score(GOLD, pred)
    # (type, dyad): tp 3 (ASSAULT, CONSULT, AID), fp 1 (SANCTION), fn 2 (ACCUSE, THREATEN)
    td = s.type_dyad
    assert (td.tp, td.fp, td.fn) == (3, 1, 2)
    assert td.precision == pytest.approx(0.75)
    assert td.recall == pytest.approx(0.6)
    assert td.f1 == pytest.approx(round(2 * 0.75 * 0.6 / 1.35, 4))
    # full tuple: the CONSULT status error is both an fp and an fn
    assert s.full is not None
    assert (s.full.tp, s.full.fp, s.full.fn) == (2, 2, 3)
    assert s.status is not None
    assert (s.status.correct, s.status.total) == (2, 3)
    kinds = sorted((e.kind, e.type) for e in s.errors)
    assert kinds == [("fn", "ACCUSE"), ("fn", "THREATEN"), ("fp", "SANCTION"), ("status", "CONSULT")]
    status_error = next(e for e in s.errors if e.kind == "status")
    assert (status_error.status, status_error.other_status) == ("occurred", "planned")


def test_score_dyad_level_ignores_type_and_direction() -> None:
    gold = [doc("x", ev("ACCUSE", "IND", "PAK"))]
    pred = [doc("x", ev("THREATEN", "PAK", "IND"))]
    s = score(gold, pred)
    assert (s.dyad.tp, s.dyad.fp, s.dyad.fn) == (1, 0, 0)
    assert (s.type_dyad.tp, s.type_dyad.fp, s.type_dyad.fn) == (0, 1, 1)


@pytest.mark.parametrize("etype", ["CONSULT", "AGREE", "COOPERATE"])
def test_score_unordered_types_match_reversed_dyad(etype: str) -> None:
    s = score([doc("x", ev(etype, "BRA", "ARG"))], [doc("x", ev(etype, "ARG", "BRA"))])
    assert s.type_dyad.f1 == 1.0 and s.full is not None and s.full.f1 == 1.0


@pytest.mark.parametrize("etype", ["ASSAULT", "AID", "REQUEST"])
def test_score_ordered_types_reject_reversed_dyad(etype: str) -> None:
    s = score([doc("x", ev(etype, "BRA", "ARG"))], [doc("x", ev(etype, "ARG", "BRA"))])
    assert (s.type_dyad.tp, s.type_dyad.fp, s.type_dyad.fn) == (0, 1, 1)


def test_score_null_gold_status_skips_full_tuple_and_status() -> None:
    gold = [doc("p1", ev("REQUEST", "EGY", "ISR", None)), doc("p2", ev("AID", "USA", "EGY", "occurred"))]
    pred = [doc("p1", ev("REQUEST", "EGY", "ISR", "occurred")), doc("p2", ev("AID", "USA", "EGY", "planned"))]
    s = score(gold, pred)
    assert s.skipped_status_docs == ("p1",)
    assert s.full_documents == 1
    assert s.full is not None and (s.full.tp, s.full.fp, s.full.fn) == (0, 1, 1)
    assert s.status is not None and (s.status.correct, s.status.total) == (0, 1)
    assert s.type_dyad.f1 == 1.0


def test_score_all_null_status_reports_no_full_figures() -> None:
    gold = [doc("p1", ev("REQUEST", "EGY", "ISR", None))]
    s = score(gold, gold)
    assert s.full is None and s.status is None
    assert s.type_dyad.f1 == 1.0


def test_score_duplicate_events_count_once_per_document() -> None:
    gold = [doc("d", ev("ASSAULT", "ISR", "LBN"))]
    pred = [doc("d", ev("ASSAULT", "ISR", "LBN", evidence="one"), ev("ASSAULT", "ISR", "LBN", evidence="two"))]
    s = score(gold, pred)
    assert (s.type_dyad.tp, s.type_dyad.fp) == (1, 0)


def test_score_missing_and_extra_documents() -> None:
    s = score(GOLD, [doc("a", *GOLD[0].events), doc("zzz", ev("AID", "USA", "UKR"))])
    assert s.missing_predictions == ("b",)
    assert s.extra_predictions == ("zzz",)
    assert s.type_dyad.fn == 2 and s.type_dyad.fp == 0


def test_score_per_type_counts() -> None:
    pred = [doc("a", ev("ASSAULT", "RUS", "UKR"), ev("ASSAULT", "UKR", "RUS")), doc("b")]
    s = score(GOLD, pred)
    by_type = {t.type: t for t in s.per_type}
    assert by_type["ASSAULT"].gold == 1 and by_type["ASSAULT"].predicted == 2
    assert by_type["ASSAULT"].counts.precision == 0.5 and by_type["ASSAULT"].counts.recall == 1.0
    assert by_type["AID"].counts.recall == 0.0
    assert [t.type for t in s.per_type] == ["CONSULT", "AID", "ACCUSE", "THREATEN", "ASSAULT"]


def test_score_status_pairs_multiple_statuses_of_one_key() -> None:
    gold = [doc("m", ev("CONSULT", "PAK", "RUS", "planned"), ev("CONSULT", "PAK", "RUS", "occurred"))]
    pred = [doc("m", ev("CONSULT", "RUS", "PAK", "occurred"))]
    s = score(gold, pred)
    assert s.status is not None and (s.status.correct, s.status.total) == (1, 1)
    assert s.full is not None and (s.full.tp, s.full.fp, s.full.fn) == (1, 0, 1)


def test_score_date_accuracy_on_dated_full_matches() -> None:
    def dated(etype: str, date: str | None, status: str = "occurred") -> EvalEvent:
        return EvalEvent(type=etype, source_country="IND", target_country="PAK", status=status, date=date)

    gold = [doc("d", dated("ASSAULT", "2024-05-02"), dated("ACCUSE", None), dated("SANCTION", "2024-05"),
                dated("MOBILIZE", "2024-04-30"))]
    pred = [doc("d", dated("ASSAULT", "2024-05-02"), dated("ACCUSE", "2024-05-03"), dated("SANCTION", "2024-05-01"),
                dated("MOBILIZE", "2024-04-30", "planned"))]
    s = score(gold, pred)
    # ASSAULT right; ACCUSE has no gold date (not counted); SANCTION wrong precision; MOBILIZE no full match
    assert s.date is not None and (s.date.correct, s.date.total) == (1, 2)


@pytest.mark.parametrize(("second_gold", "predicted"), [
    (("AID", "IGO", "HTI"), (("ACCUSE", "UNO", "SRB"), ("AID", "EUR", "HTI"))),
    # a few NGO codes among the IGO ones are the same legacy scheme: folded on both sides
    (("REQUEST", "NGO", "USA"), (("ACCUSE", "NGO", "SRB"), ("REQUEST", "NGO", "USA"))),
])
def test_score_folds_international_codes_for_legacy_igo_gold(
    tmp_path, second_gold: tuple[str, str, str], predicted: tuple[tuple[str, str, str], ...]
) -> None:
    from tidings.evaluate.gold import read_gold

    gold_file = tmp_path / "legacy.gold.jsonl"
    etype, source, target = second_gold
    gold_file.write_text(
        '{"doc_id": "a", "text": "x", "events": [{"event_type": "ACCUSE", "source_country": "IGO",'
        ' "target_country": "SRB", "status": null}]}\n'
        f'{{"doc_id": "b", "text": "y", "events": [{{"event_type": "{etype}", "source_country": "{source}",'
        f' "target_country": "{target}", "status": null}}]}}\n',
        encoding="utf-8",
    )
    gold = read_gold(gold_file)
    assert all(doc.fold_igo for doc in gold)
    assert gold[1].events[0].source_country == "IGO"
    preds = [EvalDocument(doc_id, (EvalEvent(*event, "occurred"),)) for doc_id, event in zip("ab", predicted)]
    assert score(gold, preds).type_dyad.f1 == 1.0


def test_score_keeps_international_codes_apart_when_gold_distinguishes_them(tmp_path) -> None:
    from tidings.evaluate.gold import read_gold

    gold_file = tmp_path / "current.gold.jsonl"
    gold_file.write_text(
        '{"doc_id": "a", "text": "x", "events": [{"event_type": "ACCUSE", "source_country": "UNO",'
        ' "target_country": "SRB", "status": null}, {"event_type": "AID", "source_country": "IGO",'
        ' "target_country": "HTI", "status": null}]}\n',
        encoding="utf-8",
    )
    gold = read_gold(gold_file)
    assert not gold[0].fold_igo
    preds = [EvalDocument("a", (EvalEvent("ACCUSE", "IGO", "SRB", "occurred"),
                                EvalEvent("AID", "IGO", "HTI", "occurred")))]
    counts = score(gold, preds).type_dyad
    assert (counts.tp, counts.fp, counts.fn) == (1, 1, 1)


def test_joint_act_coded_per_actor_scores_as_one_mutual_event(tmp_path) -> None:
    from tidings.evaluate.gold import read_gold

    gold_file = tmp_path / "joint.gold.jsonl"
    sentence = "Ruritania and Freedonia agreed on a fishing truce."
    gold_file.write_text(
        '{"doc_id": "a", "text": "%s", "events": ['
        '{"event_type": "AGREE", "source_country": "FRA", "target_country": null, "status": null, "sentence": "%s"},'
        '{"event_type": "AGREE", "source_country": "DEU", "target_country": null, "status": null, "sentence": "%s"},'
        '{"event_type": "PROTEST", "source_country": "DEU", "target_country": null, "status": null, "sentence": "%s"},'
        '{"event_type": "PROTEST", "source_country": "FRA", "target_country": null, "status": null, "sentence": "%s"}'
        ']}\n' % ((sentence,) * 5),
        encoding="utf-8",
    )
    gold = read_gold(gold_file)
    keys = {(e.type, e.source_country, e.target_country) for e in gold[0].events}
    # AGREE is unordered: the two target-less events are one DEU–FRA event; PROTEST stays as written
    assert keys == {("AGREE", "DEU", "FRA"), ("PROTEST", "DEU", None), ("PROTEST", "FRA", None)}
    preds = [EvalDocument("a", (EvalEvent("AGREE", "FRA", "DEU", "occurred"),))]
    counts = score(gold, preds).type_dyad
    assert (counts.tp, counts.fp, counts.fn) == (1, 0, 2)


def test_gold_without_status_reads_planned_acts_as_promises_or_threats() -> None:
    gold = [EvalDocument("a", (EvalEvent("AGREE", "FRA", "MLI", None), EvalEvent("THREATEN", "FRA", "MLI", None),
                               EvalEvent("AID", "FRA", "MLI", None)))]
    preds = [EvalDocument("a", (EvalEvent("AID", "FRA", "MLI", "planned"),       # intent to aid: a promise
                                EvalEvent("SANCTION", "FRA", "MLI", "planned"),  # intent to sanction: a threat
                                EvalEvent("AID", "FRA", "MLI", "occurred")))]
    counts = score(gold, preds).type_dyad
    assert (counts.tp, counts.fp, counts.fn) == (3, 0, 0)


def test_gold_with_status_keeps_the_planned_type() -> None:
    gold = [EvalDocument("a", (EvalEvent("AID", "FRA", "MLI", "planned"),))]
    preds = [EvalDocument("a", (EvalEvent("AID", "FRA", "MLI", "planned"),))]
    assert score(gold, preds).type_dyad.f1 == 1.0
