"""From a validated delivery to processed registrations: one for one, nothing dropped."""

from __future__ import annotations

import pandas as pd
import pytest

from herstelstats import columns as c
from herstelstats.deliveries import DELIVERIES, to_registraties
from herstelstats.schemas.processed import CursusRegistratie


def _frame(rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(rows, index=pd.RangeIndex(2, 2 + len(rows), name="rij"), dtype="str")


def test_sos_courses_get_report_labels_institutions_and_years(inrichtingen):
    raw = _frame(
        [
            {"Cursusnummer": "A1", "Soort cursus": "Meeting HvB", "Inrichting": "PI Almelo",
             "Startdatum": "31-12-2017", "Aantal deelnemers": "9"},
            {"Cursusnummer": "A2", "Soort cursus": "Gespreksgroep",
             "Inrichting": "Krimpen a/d IJssel", "Startdatum": "01-01-2018",
             "Aantal deelnemers": "12"},
        ]
    )  # fmt: skip
    out = to_registraties(raw, DELIVERIES["sos_cursussen"], inrichtingen, "levering.csv")
    assert list(out[c.CATEGORIE]) == ["Meetings (HvB)", "SOS Gespreksgroepen"]
    assert list(out[c.INRICHTING]) == ["Almelo", "Krimpen a/d IJssel"]
    assert list(out[c.INRICHTING_CODE]) == ["PI-ALM", "PI-KRI"]
    assert list(out[c.JAAR]) == [2017, 2018]
    assert list(out[c.DEELNEMERS]) == [9, 12]
    assert list(out[c.BRONRIJ]) == [2, 3]
    assert set(out[c.BRONBESTAND]) == {"levering.csv"}
    CursusRegistratie.validate(out)


def test_follow_up_rows_count_one_participant_each(inrichtingen):
    raw = _frame(
        [{"Registratienummer": "V1", "Soort vervolg": "Nazorggesprek", "Inrichting": "PI Vught",
          "Datum": "15-06-2019"}]
    )  # fmt: skip
    out = to_registraties(raw, DELIVERIES["sos_vervolg"], inrichtingen, "v.csv")
    assert out.loc[2, c.CATEGORIE] == "SOS Nazorggesprekken"
    assert out.loc[2, c.DEELNEMERS] == 1


def test_dapper_has_no_participants_and_resolves_jji_names(inrichtingen):
    raw = _frame([{"Training": "D1", "JJI": "Lelystad", "Startdatum": "03-02-2019"}])
    out = to_registraties(raw, DELIVERIES["dapper_trainingen"], inrichtingen, "d.csv")
    assert out.loc[2, c.INRICHTING_CODE] == "JJI-LEL"
    assert out[c.DEELNEMERS].isna().all()


@pytest.mark.parametrize("delivery", sorted(DELIVERIES))
def test_every_delivered_row_becomes_one_registration(delivery, raw, inrichtingen):
    frame = raw(delivery)
    out = to_registraties(frame, DELIVERIES[delivery], inrichtingen, "x.csv")
    assert len(out) == len(frame)
    assert list(out[c.BRONRIJ]) == list(frame.index)
    CursusRegistratie.validate(out)
