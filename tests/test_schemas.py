"""The raw schemas reject each kind of bad row, naming file, row, column and rule."""

from __future__ import annotations

import pytest

from herstelstats.deliveries import DELIVERIES, raw_schema
from herstelstats.validation import DeliveryInvalid, validate

REGISTERED_FROM = {"SOS Nazorggesprekken": 2019}


def _check(frame, delivery, inrichtingen):
    schema = raw_schema(DELIVERIES[delivery], inrichtingen, REGISTERED_FROM)
    return validate(frame, schema, file=f"{delivery}.csv", step="clean_delivery")


@pytest.mark.parametrize("delivery", sorted(DELIVERIES))
def test_reconstructed_deliveries_pass(delivery, raw, inrichtingen):
    frame = raw(delivery)
    assert len(_check(frame, delivery, inrichtingen)) == len(frame) > 0


BAD_VALUES = [
    # delivery, column, bad value, rule named in the message
    ("sos_cursussen", "Cursusnummer", "SOS 17", r"str_matches"),
    ("sos_cursussen", "Soort cursus", "Workshop", r"isin"),
    ("sos_cursussen", "Inrichting", "PI Atlantis", r"bekende_inrichting_PI"),
    ("sos_cursussen", "Inrichting", "RJJI De Hartelborgt", r"bekende_inrichting_PI"),
    ("sos_cursussen", "Inrichting", " ", r"not_blank"),
    ("sos_cursussen", "Startdatum", "2017-03-01", r"dutch_date"),
    ("sos_cursussen", "Startdatum", "30-02-2018", r"dutch_date"),
    ("sos_cursussen", "Aantal deelnemers", "0", r"whole_number_between"),
    ("sos_cursussen", "Aantal deelnemers", "7,5", r"whole_number_between"),
    ("sos_cursussen", "Aantal deelnemers", "31", r"whole_number_between"),
    ("sos_cursussen", "Aantal deelnemers", "", r"whole_number_between"),
    ("sos_vervolg", "Soort vervolg", "Nazorg", r"isin"),
    ("sos_vervolg", "Datum", "1-1-2019", r"dutch_date"),
    ("mijn_kind_en_ik", "Locatie", "Hartelborgt", r"bekende_inrichting_PI"),
    ("mijn_kind_en_ik", "Einddatum", "31-12-99", r"dutch_date"),
    ("mijn_kind_en_ik", "Aantal deelnemers", "-3", r"whole_number_between"),
    ("dapper_trainingen", "JJI", "PI Vught", r"bekende_inrichting_JJI"),
    ("dapper_trainingen", "Startdatum", "", r"dutch_date"),
]


@pytest.mark.parametrize(("delivery", "column", "value", "rule"), BAD_VALUES)
def test_bad_value_is_reported_by_row_column_and_rule(
    delivery, column, value, rule, raw, inrichtingen
):
    frame = raw(delivery)
    row = frame.index[3]
    frame.loc[row, column] = value
    with pytest.raises(
        DeliveryInvalid, match=rf"{delivery}\.csv: row {row}, column '{column}': {rule}"
    ):
        _check(frame, delivery, inrichtingen)


SECRET = "Vertrouwelijk 4711"


@pytest.mark.parametrize("delivery", sorted(DELIVERIES))
def test_messages_never_show_the_value(delivery, raw, inrichtingen):
    frame = raw(delivery)
    frame.loc[frame.index[3], :] = SECRET  # a bad value in every column of one row
    with pytest.raises(DeliveryInvalid) as error:
        _check(frame, delivery, inrichtingen)
    assert len(error.value.violations) >= len(frame.columns)
    assert SECRET not in str(error.value)


def test_duplicate_id_reports_both_rows(raw, inrichtingen):
    frame = raw("sos_vervolg")
    frame.loc[10, "Registratienummer"] = frame.loc[11, "Registratienummer"]
    with pytest.raises(DeliveryInvalid) as error:
        _check(frame, "sos_vervolg", inrichtingen)
    rows = {(v.row, v.rule) for v in error.value.violations}
    assert rows == {(10, "field_uniqueness"), (11, "field_uniqueness")}


def test_every_violation_is_reported_at_once(raw, inrichtingen):
    frame = raw("sos_cursussen")
    frame.loc[5, "Startdatum"] = "x"
    frame.loc[9, "Soort cursus"] = "?"
    frame.loc[400, "Inrichting"] = "Nergens"
    with pytest.raises(DeliveryInvalid) as error:
        _check(frame, "sos_cursussen", inrichtingen)
    assert [v.row for v in error.value.violations] == [5, 9, 400]
    assert str(error.value).startswith("3 violation(s) of schema SosCursussenRaw")


@pytest.mark.parametrize(
    ("delivery", "changes", "rule", "columns"),
    [
        (
            "sos_cursussen",
            {"Soort cursus": "Individueel", "Aantal deelnemers": "2"},
            "individueel_heeft_1_deelnemer",
            "Soort cursus, Aantal deelnemers",
        ),
        (
            "mijn_kind_en_ik",
            {"Startdatum": "10-05-2018", "Einddatum": "09-05-2018"},
            "einddatum_niet_voor_startdatum",
            "Startdatum, Einddatum",
        ),
        (
            "sos_vervolg",
            {"Soort vervolg": "Nazorggesprek", "Datum": "31-12-2018"},
            "datum_binnen_registratieperiode",
            "Datum, Soort vervolg",
        ),
    ],
)
def test_rules_across_columns_name_their_columns(
    delivery, changes, rule, columns, raw, inrichtingen
):
    frame = raw(delivery)
    for column, value in changes.items():
        frame.loc[4, column] = value
    with pytest.raises(DeliveryInvalid, match=rf"row 4, column '{columns}': {rule}"):
        _check(frame, delivery, inrichtingen)


def test_cross_column_rules_accept_valid_edges(raw, inrichtingen):
    frame = raw("mijn_kind_en_ik")
    frame.loc[4, ["Startdatum", "Einddatum"]] = ["10-05-2018", "10-05-2018"]
    vervolg = raw("sos_vervolg")
    vervolg.loc[4, ["Soort vervolg", "Datum"]] = ["Nazorggesprek", "01-01-2019"]
    assert len(_check(frame, "mijn_kind_en_ik", inrichtingen)) == len(frame)
    assert len(_check(vervolg, "sos_vervolg", inrichtingen)) == len(vervolg)


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda f: f.drop(columns=["Startdatum"]), "header, column 'Startdatum': missing column"),
        (lambda f: f.assign(Opmerking=""), "header, column 'Opmerking': unexpected column"),
        (
            lambda f: f.rename(columns={"Aantal deelnemers": "Deelnemers"}),
            "header, column 'Deelnemers': unexpected column",
        ),
    ],
)
def test_layout_changes_are_reported(mutate, message, raw, inrichtingen):
    with pytest.raises(DeliveryInvalid, match=message):
        _check(mutate(raw("sos_cursussen")), "sos_cursussen", inrichtingen)


def test_a_course_in_an_institution_that_was_closed_that_year_is_rejected(raw, tmp_path):
    from herstelstats.io import read_reference
    from herstelstats.reference import Inrichtingen
    from tests.conftest import REFERENCE

    table = read_reference(REFERENCE / "inrichtingen.csv")
    table.loc[table["inrichting_code"] == "PI-ALM", "open_tot"] = "2017"
    table.to_csv(tmp_path / "i.csv", sep=";", index=False)
    closed = Inrichtingen.load(tmp_path / "i.csv", REFERENCE / "inrichting_varianten.csv")
    frame = raw("sos_cursussen")
    frame.loc[4, ["Inrichting", "Startdatum"]] = ["PI Almelo", "05-03-2018"]
    frame.loc[5, ["Inrichting", "Startdatum"]] = ["PI Almelo", "05-03-2017"]
    with pytest.raises(DeliveryInvalid) as error:
        _check(frame, "sos_cursussen", closed)
    flagged = {(v.row, v.rule) for v in error.value.violations}
    assert (4, "inrichting_open_in_dat_jaar") in flagged
    assert (5, "inrichting_open_in_dat_jaar") not in flagged
