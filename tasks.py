#!/usr/bin/env python3
"""Set up the pinned environment in .venv and run the project's tasks.

Needs only python3 (with venv and pip). Usage:

    python3 tasks.py build    # every output, via snakemake
    python3 tasks.py test     # lint + the test suite
    python3 tasks.py reproducible  # rebuild twice from scratch, prove byte-identity
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMP = VENV / ".herstelstats-installed"
PINS = ROOT / "requirements" / "constraints.txt"
PROJECT = ROOT / "pyproject.toml"
CORES = os.environ.get("HERSTELSTATS_CORES", "2")


def _run(*args: str | Path) -> None:
    print("+", " ".join(str(a) for a in args), flush=True)
    subprocess.run([str(a) for a in args], cwd=ROOT, check=True)


def _fingerprint() -> str:
    digest = hashlib.sha256()
    for path in (PINS, PROJECT):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def ensure_env() -> None:
    """Create .venv and install the pinned packages, unless already up to date."""
    wanted = _fingerprint()
    if STAMP.exists() and STAMP.read_text().strip() == wanted:
        return
    if not (BIN / "python").exists():
        venv.create(VENV, with_pip=True)
    _run(BIN / "python", "-m", "pip", "install", "--quiet", "-c", PINS, "-e", ".[dev]")
    STAMP.write_text(wanted + "\n")


def build(*extra: str) -> None:
    _run(BIN / "snakemake", "--cores", CORES, *extra)


def test(*extra: str) -> None:
    _run(BIN / "ruff", "check", ".")
    _run(BIN / "ruff", "format", "--check", ".")
    _run(BIN / "snakefmt", "--check", "Snakefile", "rules")
    _run(BIN / "snakemake", "--lint")
    _run(BIN / "pytest", *extra)


def reproducible() -> None:
    """Rebuild everything twice and fail if any committed output changes."""
    for attempt in (1, 2):
        print(f"rebuild {attempt} of 2", flush=True)
        build("--forceall", "--quiet", "rules")
        _run("git", "diff", "--exit-code", "--stat", "--", "data/processed", "reports", "figures")
    untracked = subprocess.run(
        ["git", "status", "--porcelain", "--", "data/processed", "reports", "figures"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    if untracked.strip():
        sys.exit(f"outputs not committed or not identical:\n{untracked}")
    print("reproducible: two rebuilds from raw data left every committed output byte-identical")


TASKS = {"build": build, "test": test, "reproducible": reproducible}


def main(argv: list[str]) -> None:
    if not argv or argv[0] not in TASKS:
        sys.exit(f"usage: python3 tasks.py {{{'|'.join(TASKS)}}} [extra arguments]")
    try:
        ensure_env()
        TASKS[argv[0]](*argv[1:])
    except subprocess.CalledProcessError as failed:
        sys.exit(
            f"tasks.py {argv[0]}: '{' '.join(map(str, failed.cmd))}' failed ({failed.returncode})"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
