"""Hand-made Readings for store tests: real records, texts written for these tests."""

from __future__ import annotations

from tidings.records import (
    Entity, Event, PublishedEvidence, Quantity, Reading, Segment, Span, content_id,
)

COUNTRIES = {
    "Norway": "NOR", "Chile": "CHL", "Kenya": "KEN", "Peru": "PER", "Japan": "JPN",
    "Pakistan": "PAK", "Russia": "RUS",
}


def span(text: str, fragment: str) -> Span:
    """Return the Span of ``fragment`` inside ``text`` (first occurrence)."""
    start = text.index(fragment)
    return Span(start, start + len(fragment), fragment)


def entities_for(text: str, names: list[str]) -> tuple[Entity, ...]:
    """Country entities for the given names, with every mention found in the text."""
    out = []
    for name in names:
        mentions, pos = [], text.find(name)
        while pos >= 0:
            mentions.append(Span(pos, pos + len(name), name))
            pos = text.find(name, pos + 1)
        out.append(Entity(id=f"e{len(out)}", name=name, type="COUNTRY", country=COUNTRIES[name],
                          sector=None, mentions=tuple(mentions)))
    return tuple(out)


def event(text: str, ents: tuple[Entity, ...], etype: str, source: str, target: str | None,
          evidence: str, *, date: str | None = None, status: str = "occurred",
          attributed_to: str = "author", extra: tuple[str, ...] = (), mode: str | None = None) -> Event:
    by = {e.name: e for e in ents}
    ev = span(text, evidence)
    precision = None if date is None else {4: "year", 7: "month"}.get(len(date), "day")
    return Event(
        id=content_id(etype, source, target or "", evidence), type=etype,
        source=source, target=target, source_country=by[source].country,
        target_country=by[target].country if target else None, date=date,
        date_precision=precision, status=status, attributed_to=attributed_to, evidence=ev,
        segment=0, confidence=0.8, source_id=by[source].id, target_id=by[target].id if target else None,
        mode=mode, trigger=ev, mentions=(ev, *(span(text, x) for x in extra)),
    )


def reading(doc_id: str, text: str, names: list[str], events: list[dict], *,
            published: str | None = "2023-05-10", url: str | None = None,
            quantities: tuple[Quantity, ...] = ()) -> Reading:
    ents = entities_for(text, names)
    evs = tuple(event(text, ents, **spec) for spec in events)
    return Reading(
        doc_id=doc_id, text=text, published=published,
        published_evidence=PublishedEvidence("metadata" if published else "none"),
        genre="news", segments=(Segment(0, "body", 0, len(text)),), posts=(),
        entities=ents, events=evs, quantities=quantities, source=f"{doc_id}.txt", url=url,
        title=None,
    )


def visit_reading(doc_id: str, *, url: str | None = None, date: str | None = "2023-05-09",
                  wording: int = 0, status: str = "occurred", suffix: str = "") -> Reading:
    """A report of Norway's foreign minister visiting Chile; ``wording`` varies the text."""
    texts = [
        "Norway sent its foreign minister to Chile on Tuesday for talks on fisheries. "
        "The visit to Chile was the first in a decade.",
        "Officials said Norway held talks with Chile this week about salmon quotas and ports.",
        "Chile welcomed a delegation from Norway, and Norway promised to return next year.",
    ]
    text = texts[wording % len(texts)] + suffix
    evidence = {0: "Norway sent its foreign minister to Chile", 1: "Norway held talks with Chile",
                2: "Chile welcomed a delegation from Norway"}[wording % len(texts)]
    source, target = ("Chile", "Norway") if wording % len(texts) == 2 else ("Norway", "Chile")
    extra = ("The visit to Chile",) if wording % len(texts) == 0 else ()
    return reading(doc_id, text, ["Norway", "Chile"],
                   [dict(etype="CONSULT", source=source, target=target, evidence=evidence,
                         date=date, status=status, extra=extra)], url=url)


def mixed_status_reading(doc_id: str = "mixed") -> Reading:
    """Kenya and Peru: one talk that happened, one planned, one denied, one that should happen."""
    text = ("Kenya met Peru in Lima on Monday. Kenya will host Peru next spring. "
            "Kenya did not sanction Peru, officials insisted. Kenya should support Peru at the summit.")
    return reading(doc_id, text, ["Kenya", "Peru"], [
        dict(etype="CONSULT", source="Kenya", target="Peru", evidence="Kenya met Peru in Lima on Monday",
             date="2023-05-08"),
        dict(etype="CONSULT", source="Kenya", target="Peru", evidence="Kenya will host Peru next spring",
             date="2024", status="planned"),
        dict(etype="SANCTION", source="Kenya", target="Peru", evidence="Kenya did not sanction Peru",
             date="2023-05", status="negated"),
        dict(etype="SUPPORT", source="Kenya", target="Peru", evidence="Kenya should support Peru",
             status="normative"),
    ])
