"""The actor tables: the generated country table is current, codes are valid, every file parses."""

from __future__ import annotations

import csv

import pycountry

from tidings.resolve.build_tables import OUTPUT, build_rows, read_extra
from tidings.resolve.lexicon import DATA_DIR, load_lexicon, norm

# Codes that are not ISO 3166-1 alpha-3 states but are used by the project.
PROJECT_CODES = {"KOS", "WST"}


def _committed_rows():
    with OUTPUT.open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return [tuple(row.values()) for row in csv.DictReader(lines, delimiter="\t")]


def test_tables_generated_country_table_is_current():
    assert build_rows(read_extra()) == _committed_rows()


def test_tables_country_codes_are_iso_alpha3():
    extra = read_extra()
    codes = [row["code"] for row in extra]
    assert len(codes) == len(set(codes))
    unknown = [c for c in codes if c not in PROJECT_CODES and pycountry.countries.get(alpha_3=c) is None]
    assert unknown == []
    # 193 UN member states plus Palestine, Kosovo, Taiwan, Hong Kong, the Holy See and the West.
    assert len(codes) >= 199


def test_tables_every_state_has_a_capital_or_is_a_city_state():
    city_states = {"SGP", "MCO", "VAT", "HKG", "SMR", "LUX", "DJI", "MDV", "SYC", "BEL", "WST", "KWT", "ESH"}
    missing = [r["code"] for r in read_extra() if r["capitals"] in ("", "-") and r["code"] not in city_states]
    assert missing == []


def test_tables_lexicon_loads_every_file():
    lex = load_lexicon(DATA_DIR, "")
    assert lex.countries[norm("the Kremlin")].code == "RUS"
    assert lex.countries[norm("Pakistanis")].kind == "PEOPLE"
    assert lex.orgs[norm("NATO")].country == "IGO"
    assert lex.institutions[norm("foreign ministry")].sector == "GOV"
    assert lex.titles[norm("prime minister")].role == "prime_minister"
    assert lex.anaphors["bloc"].sectors == ("IGO",)
    sectors = {p.sector for p in lex.people}
    assert sectors <= {"GOV", "MIL", "PRM", "REB", "IGO", "REL", "JUD", "LEG", None}
    for person in lex.people:
        assert person.start is None or len(person.start) == 10
        assert person.end is None or person.start is None or person.start <= person.end


def test_tables_missing_user_people_file_is_one_clear_error(tmp_path):
    missing = tmp_path / "nobody.tsv"
    try:
        load_lexicon(DATA_DIR, str(missing))
    except ValueError as exc:
        message = str(exc)
    else:
        raise AssertionError("a missing people file must be reported")
    assert str(missing) in message and "\n" not in message
