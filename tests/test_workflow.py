"""The Snakemake workflow end to end, on a temporary copy of the repository."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.e2e
SNAKEMAKE = Path(sys.executable).with_name("snakemake")
OUTPUTS = ("data/processed", "reports", "figures")


def _tracked_files() -> list[str]:
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, check=True, capture_output=True, text=True,
    )  # fmt: skip
    return [name for name in listed.stdout.splitlines() if (ROOT / name).is_file()]


def _digests(root: Path, folders=OUTPUTS) -> dict[str, str]:
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for folder in folders
        for path in sorted((root / folder).rglob("*"))
        if path.is_file()
    }


def _snakemake(workdir: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(SNAKEMAKE), "--cores", "2", *args],
        cwd=workdir, capture_output=True, text=True, timeout=600,
    )  # fmt: skip


@pytest.fixture(scope="module")
def copy(tmp_path_factory) -> Path:
    """The repository as committed, without its built outputs' history or caches."""
    target = tmp_path_factory.mktemp("repo")
    for name in _tracked_files():
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target / name)
    return target


@pytest.fixture(scope="module")
def outside_raw(copy, tmp_path_factory) -> Path:
    """The deliveries in a folder outside the repository, as the real files would be."""
    raw = tmp_path_factory.mktemp("levering") / "raw"
    shutil.copytree(copy / "data" / "raw", raw)
    return raw


@pytest.fixture(scope="module")
def rebuild(copy, outside_raw) -> subprocess.CompletedProcess:
    for folder in OUTPUTS:
        shutil.rmtree(copy / folder)
    return _snakemake(copy, "--forceall", "--config", f"raw_dir={outside_raw}")


def test_rebuild_from_outside_raw_dir_succeeds(rebuild):
    assert rebuild.returncode == 0, rebuild.stderr[-3000:]


def test_rebuild_is_byte_identical_to_the_committed_outputs(rebuild, copy):
    assert _digests(copy) == _digests(ROOT)


def test_nothing_is_written_to_raw_data(rebuild, copy, outside_raw):
    assert _digests(copy, ["data/raw"]) == _digests(ROOT, ["data/raw"])
    assert _digests(outside_raw, ["."]) == _digests(ROOT / "data" / "raw", ["."])


def test_every_rule_logged_its_row_counts(rebuild, copy):
    log = (copy / "logs" / "clean_delivery" / "sos_cursussen.log").read_text()
    assert "485 rows read" in log and "485 rows written" in log
    assert "0 outside the period" in (copy / "logs" / "tables" / "tabel_4.log").read_text()


def test_a_bad_delivery_stops_the_build_and_leaves_outputs_alone(rebuild, copy, outside_raw):
    before = _digests(copy, ["reports", "figures"])
    delivery = outside_raw / "exodus" / "mijn_kind_en_ik.csv"
    lines = delivery.read_bytes().split(b"\r\n")
    lines[4] = lines[4].replace(b";PI ", b";XX ", 1)  # row 5: an unknown institution
    lines[9] = b";".join([*lines[9].split(b";")[:4], b"veel"])  # row 10: not a number
    bad = copy.parent / "bad_raw"
    shutil.copytree(outside_raw, bad)
    (bad / "exodus" / "mijn_kind_en_ik.csv").write_bytes(b"\r\n".join(lines))

    result = _snakemake(copy, "--forcerun", "clean_delivery", "--config", f"raw_dir={bad}")

    assert result.returncode != 0
    log = (copy / "logs" / "clean_delivery" / "mijn_kind_en_ik.log").read_text()
    assert "2 violation(s) of schema MijnKindEnIkRaw in mijn_kind_en_ik.csv" in log
    assert "(rule clean_delivery)" in log
    assert "row 5, column 'Locatie': bekende_inrichting_PI" in log
    assert "row 10, column 'Aantal deelnemers': whole_number_between" in log
    assert "row 5, column 'Locatie'" in result.stdout + result.stderr  # shown, not only logged
    assert "veel" not in log and "XX " not in log
    assert _digests(copy, ["reports", "figures"]) == before


def test_a_number_that_is_not_reproduced_fails_the_build_with_the_report_kept(rebuild, copy):
    register = copy / "data" / "published" / "register.csv"
    original = register.read_text(encoding="utf-8")
    changed = original.replace(
        "T6.2017.cursussen;exodus;;cursussen;Mijn Kind en Ik;;2017;19;19",
        "T6.2017.cursussen;exodus;;cursussen;Mijn Kind en Ik;;2017;18;18",
    )
    assert changed != original
    register.write_text(changed, encoding="utf-8")
    try:
        result = _snakemake(copy, "reports/audit_gate.txt")
    finally:
        register.write_text(original, encoding="utf-8")
    assert result.returncode != 0
    report = (copy / "reports" / "reproduction.md").read_text(encoding="utf-8")
    assert "**De audit faalt:**" in report
    assert "- not-reproduced: T6.2017.cursussen exodus||cursussen|Mijn Kind en Ik||2017" in report
    failures = (copy / "reports" / "audit_failures.csv").read_text(encoding="utf-8")
    assert "not-reproduced: T6.2017.cursussen" in failures
    assert "T6.2017.cursussen" in result.stdout + result.stderr  # the gate names it too
    assert not (copy / "reports" / "audit_gate.txt").exists()
