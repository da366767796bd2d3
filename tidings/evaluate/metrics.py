"""Country-level scoring of predicted events against gold, per document, micro-averaged.

Per document, events become sets of tuples; for CONSULT, AGREE and COOPERATE the dyad is unordered.
Three levels are scored with micro P/R/F1 summed over documents: the full tuple (type, source,
target, status), (type, dyad), and the dyad alone (unordered, type ignored). Status accuracy is
measured on the (type, dyad) keys found in both gold and prediction. Documents whose gold has a
null status (the PLOVER peer file) are left out of the full-tuple and status figures.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from ..records import PLOVER_TYPES, UNORDERED_TYPES, Record, statusless_type
from .gold import EvalDocument, EvalEvent, folded_event

Dyad = tuple[str | None, str | None]
TypeDyad = tuple[str, Dyad]
FullTuple = tuple[str, Dyad, str | None]


@dataclass(frozen=True, slots=True)
class Counts(Record):
    """True/false positives and false negatives with the P/R/F1 they give."""

    tp: int
    fp: int
    fn: int
    precision: float
    recall: float
    f1: float

    @classmethod
    def of(cls, tp: int, fp: int, fn: int) -> Counts:
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return cls(tp, fp, fn, round(precision, 4), round(recall, 4), round(f1, 4))


@dataclass(frozen=True, slots=True)
class StatusScore(Record):
    """Status agreement on (type, dyad) matches."""

    correct: int
    total: int
    accuracy: float


@dataclass(frozen=True, slots=True)
class TypeScore(Record):
    """P/R/F1 of one event type at the (type, dyad) level."""

    type: str
    gold: int
    predicted: int
    counts: Counts


@dataclass(frozen=True, slots=True)
class ErrorItem(Record):
    """One disagreement for error analysis.

    kind: "fp" (predicted, not in gold), "fn" (in gold, not predicted) at the (type, dyad) level,
    or "status" (the (type, dyad) matches but the status differs).
    """

    doc_id: str
    kind: str
    type: str
    source_country: str | None
    target_country: str | None
    status: str | None
    evidence: str
    other_status: str | None = None


@dataclass(frozen=True, slots=True)
class Scores(Record):
    """Everything ``tidings eval`` reports."""

    documents: int
    gold_events: int  # distinct (type, dyad) keys per document, summed
    predicted_events: int  # the same for the predictions
    full: Counts | None  # None when every document was skipped (gold status null)
    type_dyad: Counts
    dyad: Counts
    status: StatusScore | None
    per_type: tuple[TypeScore, ...]
    errors: tuple[ErrorItem, ...]
    full_documents: int  # documents scored at the full-tuple and status level
    skipped_status_docs: tuple[str, ...] = ()  # gold has a null status: full tuple and status skipped
    missing_predictions: tuple[str, ...] = ()  # gold documents with no prediction record
    extra_predictions: tuple[str, ...] = ()  # predicted documents not in the gold
    date: StatusScore | None = None  # date agreement on full-tuple matches whose gold gives a date


def dyad_of(event: EvalEvent) -> Dyad:
    """The event's dyad, sorted when its type is unordered."""
    pair = (event.source_country, event.target_country)
    if event.type in UNORDERED_TYPES:
        return _sorted_pair(pair)
    return pair


def _sorted_pair(pair: Dyad) -> Dyad:
    a, b = pair
    return (a, b) if (a or "") <= (b or "") else (b, a)


def _keys(events: Iterable[EvalEvent]) -> tuple[dict[TypeDyad, list[EvalEvent]], set[FullTuple], set[Dyad]]:
    by_key: dict[TypeDyad, list[EvalEvent]] = defaultdict(list)
    full: set[FullTuple] = set()
    dyads: set[Dyad] = set()
    for ev in events:
        dyad = dyad_of(ev)
        by_key[(ev.type, dyad)].append(ev)
        full.add((ev.type, dyad, ev.status))
        dyads.add(_sorted_pair(dyad))
    return by_key, full, dyads


class _Tally:
    __slots__ = ("tp", "fp", "fn")

    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, gold: set, pred: set) -> None:
        self.tp += len(gold & pred)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)

    def counts(self) -> Counts:
        return Counts.of(self.tp, self.fp, self.fn)


def score(
    gold_docs: Iterable[EvalDocument], predictions: Iterable[EvalDocument] | Mapping[str, EvalDocument]
) -> Scores:
    """Score predictions against gold documents matched by doc_id.

    gold_docs (Iterable[EvalDocument]): the gold.
    predictions: EvalDocuments (or a doc_id -> EvalDocument mapping); a gold document with no
        prediction counts as predicting nothing.
    RETURNS (Scores): micro P/R/F1 at three levels, status accuracy, per-type scores and errors.
    """
    gold_list = list(gold_docs)
    pred_map = dict(predictions) if isinstance(predictions, Mapping) else {p.doc_id: p for p in predictions}
    gold_ids = {g.doc_id for g in gold_list}
    full, type_dyad, dyad = _Tally(), _Tally(), _Tally()
    per_type: dict[str, _Tally] = defaultdict(_Tally)
    gold_per_type: dict[str, int] = defaultdict(int)
    pred_per_type: dict[str, int] = defaultdict(int)
    status_correct = status_total = full_docs = date_correct = date_total = 0
    errors: list[ErrorItem] = []
    skipped: list[str] = []
    missing: list[str] = []
    gold_events = predicted_events = 0
    for gold in gold_list:
        pred = pred_map.get(gold.doc_id)
        if pred is None:
            missing.append(gold.doc_id)
            pred = EvalDocument(doc_id=gold.doc_id, events=())
        if gold.fold_igo:
            pred = replace(pred, events=tuple(folded_event(e) for e in pred.events))
        if gold.events and all(e.status is None for e in gold.events):
            pred = replace(pred, events=tuple(
                replace(e, type=statusless_type(e.type, e.status)) for e in pred.events))
        g_keys, g_full, g_dyads = _keys(gold.events)
        p_keys, p_full, p_dyads = _keys(pred.events)
        gold_events += len(g_keys)
        predicted_events += len(p_keys)
        type_dyad.add(set(g_keys), set(p_keys))
        dyad.add(g_dyads, p_dyads)
        for etype in {k[0] for k in g_keys} | {k[0] for k in p_keys}:
            g_t = {k for k in g_keys if k[0] == etype}
            p_t = {k for k in p_keys if k[0] == etype}
            per_type[etype].add(g_t, p_t)
            gold_per_type[etype] += len(g_t)
            pred_per_type[etype] += len(p_t)
        errors.extend(_misses(gold.doc_id, "fn", g_keys, p_keys))
        errors.extend(_misses(gold.doc_id, "fp", p_keys, g_keys))
        if gold.has_null_status:
            skipped.append(gold.doc_id)
            continue
        full_docs += 1
        full.add(g_full, p_full)
        correct, total = _date_hits(gold.events, pred.events)
        date_correct += correct
        date_total += total
        for key in g_keys.keys() & p_keys.keys():
            correct, total, wrong = _status_pairs(g_keys[key], p_keys[key])
            status_correct += correct
            status_total += total
            errors.extend(
                ErrorItem(gold.doc_id, "status", key[0], key[1][0], key[1][1], p.status, p.evidence, g.status)
                for g, p in wrong
            )
    extra = sorted(set(pred_map) - gold_ids)
    order = {t: i for i, t in enumerate(PLOVER_TYPES)}
    return Scores(
        documents=len(gold_list),
        gold_events=gold_events,
        predicted_events=predicted_events,
        full=full.counts() if full_docs else None,
        type_dyad=type_dyad.counts(),
        dyad=dyad.counts(),
        status=StatusScore(
            status_correct, status_total, round(status_correct / status_total, 4) if status_total else 0.0
        )
        if full_docs
        else None,
        per_type=tuple(
            TypeScore(t, gold_per_type[t], pred_per_type[t], per_type[t].counts())
            for t in sorted(per_type, key=lambda t: (order.get(t, len(order)), t))
        ),
        errors=tuple(errors),
        full_documents=full_docs,
        skipped_status_docs=tuple(skipped),
        missing_predictions=tuple(missing),
        extra_predictions=tuple(extra),
        date=StatusScore(date_correct, date_total, round(date_correct / date_total, 4) if date_total else 0.0)
        if full_docs
        else None,
    )


def _full_key(ev: EvalEvent) -> FullTuple:
    return (ev.type, dyad_of(ev), ev.status)


def _date_hits(gold: Iterable[EvalEvent], pred: Iterable[EvalEvent]) -> tuple[int, int]:
    """Per full tuple found in both, with at least one gold date: is any predicted date a gold date?"""
    gold_dates: dict[FullTuple, set[str]] = defaultdict(set)
    for ev in gold:
        if ev.date:
            gold_dates[_full_key(ev)].add(ev.date)
    pred_dates: dict[FullTuple, set[str | None]] = defaultdict(set)
    for ev in pred:
        pred_dates[_full_key(ev)].add(ev.date)
    keys = gold_dates.keys() & pred_dates.keys()
    return sum(1 for k in keys if gold_dates[k] & pred_dates[k]), len(keys)


def _misses(
    doc_id: str, kind: str, have: dict[TypeDyad, list[EvalEvent]], other: dict[TypeDyad, list[EvalEvent]]
) -> list[ErrorItem]:
    items = []
    for key in sorted(have.keys() - other.keys(), key=repr):
        ev = have[key][0]
        items.append(ErrorItem(doc_id, kind, key[0], key[1][0], key[1][1], ev.status, ev.evidence))
    return items


def _status_pairs(
    gold: list[EvalEvent], pred: list[EvalEvent]
) -> tuple[int, int, list[tuple[EvalEvent, EvalEvent]]]:
    """Pair gold and predicted statuses of one (type, dyad): equal ones first, then the rest in order.

    RETURNS (tuple): correct pairs, total pairs (min of the two distinct-status counts), wrong pairs.
    """
    g_by_status = {e.status: e for e in gold}
    p_by_status = {e.status: e for e in pred}
    same = g_by_status.keys() & p_by_status.keys()
    total = min(len(g_by_status), len(p_by_status))
    g_rest = [e for s, e in g_by_status.items() if s not in same]
    p_rest = [e for s, e in p_by_status.items() if s not in same]
    wrong = list(zip(g_rest, p_rest))[: total - len(same)]
    return len(same), total, wrong
