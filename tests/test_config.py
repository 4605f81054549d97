"""The workflow's config is validated against its JSON schema before anything runs."""

from __future__ import annotations

import copy as copying

import pytest
from snakemake.exceptions import WorkflowError
from snakemake.utils import validate

from tests.conftest import ROOT

SCHEMA = str(ROOT / "config" / "config.schema.yaml")


def test_shipped_config_is_valid(config):
    validate(copying.deepcopy(config), SCHEMA)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda c: c.pop("years"), "'years' is a required property"),
        (lambda c: c.update(years=["2017"]), "is not of type 'integer'"),
        (lambda c: c["deliveries"].pop("sos_vervolg"), "'sos_vervolg' is a required property"),
        (lambda c: c["deliveries"].update(extra={"file": "x.csv", "encoding": "utf-8"}), "extra"),
        (lambda c: c["deliveries"]["sos_cursussen"].update(encoding="ebcdic"), "ebcdic"),
        (lambda c: c["deliveries"]["sos_cursussen"].update(file="x.xlsx"), "does not match"),
        (lambda c: c.update(min_cell_size=0), "less than the minimum"),
        (lambda c: c.update(typo=1), "Additional properties are not allowed"),
    ],
)
def test_bad_config_is_rejected(config, change, message):
    bad = copying.deepcopy(config)
    change(bad)
    with pytest.raises(WorkflowError, match=message):
        validate(bad, SCHEMA)
