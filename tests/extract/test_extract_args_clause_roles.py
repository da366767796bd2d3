"""Roles read from content clauses and from the clause around an act (arguments.py), through the real pipeline.

All texts are written for these tests.
"""

from __future__ import annotations

from tidings.pipeline import read


def _events(nlp, text: str) -> set[tuple[str, str | None, str | None]]:
    reading = read(text, published="2024-05-10", nlp=nlp)
    return {(e.type, e.source_country, e.target_country) for e in reading.events}


def test_args_copula_demand_is_made_to_a_state_organ_in_its_clause(nlp) -> None:
    text = (
        "Spanish truckers have blocked roads near Madrid for a week, and their chief demand is that the "
        "government scrap the fuel tax deal with Morocco."
    )
    found = {e for e in _events(nlp, text) if e[0] == "REQUEST"}
    assert ("REQUEST", "ESP", "ESP") in found
    assert ("REQUEST", "ESP", "MAR") not in found
