"""Hand-built Readings over team-written articles (our own words), with offsets found by search."""

from __future__ import annotations

from tidings.records import (
    Entity,
    Event,
    Post,
    PublishedEvidence,
    Reading,
    Segment,
    Span,
    content_id,
)

COUNTRY = {
    "Norway": "NOR", "Chile": "CHL", "Kenya": "KEN", "Ethiopia": "ETH", "Peru": "PER",
    "Oslo": "NOR", "Ruth Okello": "KEN", "Tomas Berg": "NOR",
}
KIND = {"Ruth Okello": "PERSON", "Tomas Berg": "PERSON"}

ARTICLE_ONE = (
    "Oslo and Santiago sign fisheries pact\n\n"
    "Norway and Chile signed a fisheries agreement in Oslo on 3 March 2025, officials said.\n\n"
    "Foreign minister Tomas Berg said Norway would send patrol boats to Chile next year.\n\n"
    "Kenya accused Ethiopia of moving troops toward the shared border.\n\n"
    "Ruth Okello (@rokello) 4 March 2025: Kenya will not attend the talks in Peru.\n\n"
    "#fisheries"
)

HOSTILE = (
    "<script>window.__pwned = 1; alert('x')</script> Norway condemned Chile "
    "<img src=x onerror=\"window.__pwned=2\"> in a note on 5 May 2025.\n\n"
    "Read more at <a href=\"javascript:window.__pwned=3\">this link</a> \u202egnp.exe\u202c "
    "zero\u200bwidth and a bell \x07 here. </script><script>window.__pwned=4</script> "
    "\u2028 line sep {{ 7*7 }} ${7*7}"
)


def _span(text: str, needle: str, start: int = 0) -> Span:
    i = text.index(needle, start)
    return Span(i, i + len(needle), needle)


def _segments(text: str, kinds: list[str]) -> tuple[Segment, ...]:
    out, pos = [], 0
    for i, block in enumerate(text.split("\n\n")):
        start = text.index(block, pos)
        out.append(Segment(index=i, kind=kinds[i] if i < len(kinds) else "body", start=start,
                           end=start + len(block)))
        pos = start + len(block)
    return tuple(out)


def _entity(name: str, text: str) -> Entity:
    mentions = tuple(_span(text, name, 0) for _ in [0]) if name in text else ()
    return Entity(id=content_id(name), name=name, type=KIND.get(name, "COUNTRY"),
                  country=COUNTRY.get(name), sector="GOV" if name in KIND else None, mentions=mentions)


def _event(doc_id: str, text: str, type_: str, source: str, target: str | None, evidence: str,
           status: str, date: str | None, attributed_to: str = "author", segment: int = 0) -> Event:
    ev = _span(text, evidence)
    return Event(
        id=content_id(doc_id, type_, source, target or "", str(ev.start)),
        type=type_, source=source, target=target,
        source_country=COUNTRY.get(source), target_country=COUNTRY.get(target or ""),
        date=date, date_precision=None if date is None else ("day" if len(date) == 10 else "month" if len(date) == 7 else "year"),
        status=status, attributed_to=attributed_to, evidence=ev, segment=segment, confidence=0.8,
        source_id=content_id(source), target_id=content_id(target) if target else None,
        mentions=(ev,),
    )


def reading_one() -> Reading:
    text = ARTICLE_ONE
    doc_id = "fixture-one"
    segs = _segments(text, ["title", "body", "body", "body", "post", "hashtag"])
    post_seg = segs[4]
    events = (
        _event(doc_id, text, "AGREE", "Norway", "Chile", "Norway and Chile signed a fisheries agreement",
               "occurred", "2025-03-03", segment=1),
        _event(doc_id, text, "AID", "Norway", "Chile", "Norway would send patrol boats to Chile",
               "planned", "2026", attributed_to="Tomas Berg", segment=2),
        _event(doc_id, text, "ACCUSE", "Kenya", "Ethiopia", "Kenya accused Ethiopia of moving troops",
               "occurred", "2025-03", segment=3),
        _event(doc_id, text, "MOBILIZE", "Ethiopia", "Kenya", "moving troops toward the shared border",
               "ongoing", None, segment=3),
        _event(doc_id, text, "CONSULT", "Kenya", "Peru", "Kenya will not attend the talks in Peru",
               "negated", "2025-03-04", attributed_to="Ruth Okello", segment=4),
    )
    names = ["Norway", "Chile", "Kenya", "Ethiopia", "Peru", "Tomas Berg", "Ruth Okello"]
    return Reading(
        doc_id=doc_id, text=text, published="2025-03-04",
        published_evidence=PublishedEvidence(method="post", text="4 March 2025"),
        genre="news", segments=tuple(
            Segment(s.index, s.kind, s.start, s.end, post=0 if s.kind == "post" else None) for s in segs),
        posts=(Post(author="Ruth Okello", handle="@rokello", date="2025-03-04",
                    start=post_seg.start, end=post_seg.end),),
        entities=tuple(_entity(n, text) for n in names), events=events, quantities=(),
        source="fixtures/one.txt", title=None,
    )


def reading_hostile() -> Reading:
    text = HOSTILE
    doc_id = "fixture-hostile"
    segs = _segments(text, ["body", "body"])
    events = (
        _event(doc_id, text, "ACCUSE", "Norway", "Chile", "Norway condemned Chile", "occurred", "2025-05-05"),
    )
    return Reading(
        doc_id=doc_id, text=text, published="2025-05-05",
        published_evidence=PublishedEvidence(method="text"), genre="news", segments=segs, posts=(),
        entities=(_entity("Norway", text), _entity("Chile", text)), events=events, quantities=(),
        source="fixtures/<hostile>.txt", title="<b onmouseover=\"window.__pwned=5\">Hostile</b> \u202etitle",
    )
