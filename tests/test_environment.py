"""environment.yml carries exactly the pins of requirements/constraints.txt."""

from __future__ import annotations

import yaml

from tests.conftest import ROOT


def _pins_from_constraints() -> list[str]:
    text = (ROOT / "requirements" / "constraints.txt").read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]


def test_environment_yml_has_the_same_pins():
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    pip = next(dep["pip"] for dep in env["dependencies"] if isinstance(dep, dict))
    assert [p for p in pip if "==" in p] == _pins_from_constraints()
    assert "python=3.11" in env["dependencies"]


def test_every_constraint_is_an_exact_pin():
    for pin in _pins_from_constraints():
        name, _, version = pin.partition("==")
        assert name and version and version[0].isdigit(), pin


def test_the_packages_of_the_design_card_are_pinned():
    names = {pin.split("==")[0].lower() for pin in _pins_from_constraints()}
    assert {"pandas", "pyarrow", "matplotlib", "snakemake", "pandera", "pytest"} <= names
