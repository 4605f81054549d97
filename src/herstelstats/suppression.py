"""Cell suppression for two-way tables of counts of people, with an attacker's bounds check.

The published table is the inner cells plus every row total, column total and the grand total.
Margins are published exactly as they are and are never suppressed: a caller whose table has a
row or column total between 1 and ``threshold - 1`` must merge small rows or columns first, and
the functions here refuse such a table with ValueError.

Primary suppression hides every count from 1 to ``threshold - 1``. Because the margins stay
published, a lone suppressed cell in a row could be recomputed from its row total, so further
cells are hidden (secondary suppression) until an attacker in the style of sdcTable's
``attack()`` cannot narrow any primary cell down: for every suppressed cell the attacker solves
two linear programs (minimise and maximise it subject to the published row and column sums and
non-negativity) and learns the interval [lower, upper] of values it can take.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy.optimize import linprog

TOTAL = "Totaal"

# The LP optimum of a transportation system with integer right-hand sides is integral; a larger
# distance from an integer means the solver did not return a vertex and the bound is unsafe.
_INTEGRAL_TOLERANCE = 1e-6

_BOUNDS_COLUMNS = ["row", "column", "value", "lower", "upper"]


class SuppressionFailed(RuntimeError):
    """No further suppression can protect a primary cell."""


def primary(table: pd.DataFrame, threshold: int = 5) -> pd.DataFrame:
    """Cells counting between 1 and ``threshold - 1`` people; zeros are not sensitive."""
    values = _values(table, threshold)
    return _frame(table, (values >= 1) & (values < threshold))


def attack(table: pd.DataFrame, suppressed: pd.DataFrame) -> pd.DataFrame:
    """The attacker's integer interval for every suppressed cell, one row per cell.

    Columns: row, column, value (the true count), lower, upper. Unsuppressed cells are not
    listed; cells are in row-major order of the table.
    """
    values = _values(table)
    mask = _mask(table, suppressed)
    cells, a_eq, b_eq = _system(values, mask)
    rows, columns = table.index.tolist(), table.columns.tolist()
    records = [
        (rows[i], columns[j], int(values[i, j]), *_interval(a_eq, b_eq, k))
        for k, (i, j) in enumerate(cells)
    ]
    bounds = pd.DataFrame(records, columns=_BOUNDS_COLUMNS)
    return bounds.astype({"value": "int64", "lower": "int64", "upper": "int64"})


def protected(bounds: pd.DataFrame, threshold: int = 5) -> pd.Series:
    """Whether each attacked cell is protected: ``upper - lower >= threshold``.

    Such an interval holds at least ``threshold + 1`` possible counts, which is wider than the
    whole sensitive range 1..threshold-1, so the attacker cannot tell a small count apart from
    a publishable one.
    """
    return (bounds["upper"] - bounds["lower"] >= threshold).rename("protected")


def secondary(table: pd.DataFrame, threshold: int = 5) -> pd.DataFrame:
    """The full suppression pattern, primary plus secondary cells; deterministic.

    Each unprotected primary cell, in row-major order, is closed into a rectangle with three
    other cells: the one whose newly suppressed cells have the smallest total count (the
    information lost) among those that protect the primary cell on their own, ties broken by
    fewer new cells and then by row and column position. The attacker's LP is re-run after
    every rectangle and the next primary cell is taken up once the current one is protected.
    """
    values = _values(table, threshold)
    _require_margins(values, table, threshold)
    sensitive = (values >= 1) & (values < threshold)
    mask = sensitive.copy()
    for i, j in np.argwhere(sensitive):
        _protect(values, mask, (int(i), int(j)), threshold)
    return _frame(table, mask)


def apply(table: pd.DataFrame, pattern: pd.DataFrame, *, threshold: int = 5) -> pd.DataFrame:
    """The publishable table: suppressed cells as NA, with exact margins named Totaal.

    Margins are computed from the original table, since they are published unchanged.
    """
    values = _values(table, threshold)
    _require_margins(values, table, threshold)
    if TOTAL in table.index or TOTAL in table.columns:
        raise ValueError(f"the table already has a label {TOTAL!r}")
    mask = _mask(table, pattern)
    published = pd.DataFrame(np.where(mask, pd.NA, values), table.index, table.columns)
    published[TOTAL] = values.sum(axis=1)
    totals = pd.DataFrame([[*values.sum(axis=0), values.sum()]], [TOTAL], published.columns)
    return pd.concat([published, totals]).astype("Int64")


def check(table: pd.DataFrame, pattern: pd.DataFrame, threshold: int = 5) -> list[str]:
    """Every disclosure problem of publishing ``table`` with ``pattern``; empty means safe.

    Reported: a margin between 1 and ``threshold - 1``, a primary cell left unsuppressed, and a
    suppressed primary cell whose attack interval is narrower than ``threshold``. Secondary
    cells need no interval: their counts were publishable in the first place.
    """
    values = _values(table, threshold)
    mask = _mask(table, pattern)
    problems = _small_margins(values, table, threshold)
    sensitive = (values >= 1) & (values < threshold)
    for i, j in np.argwhere(sensitive & ~mask):
        problems.append(f"{_name(table, i, j)} counts {values[i, j]} and is not suppressed")
    cells, a_eq, b_eq = _system(values, mask)
    for k, (i, j) in enumerate(cells):
        if not sensitive[i, j]:
            continue
        lower, upper = _interval(a_eq, b_eq, k)
        if upper - lower < threshold:
            problems.append(
                f"{_name(table, i, j)} counts {values[i, j]} and an attacker can narrow it to "
                f"[{lower}, {upper}], narrower than {threshold}"
            )
    return problems


def _protect(values: np.ndarray, mask: np.ndarray, cell: tuple[int, int], threshold: int) -> None:
    """Add rectangles through ``cell`` to ``mask`` until the attacker cannot narrow it."""
    while _width(values, mask, cell) < threshold:
        corners = _best_rectangle(values, mask, cell, threshold)
        if corners is None:
            i, j = cell
            raise SuppressionFailed(f"cell at position ({i}, {j}) cannot be protected")
        for corner in corners:
            mask[corner] = True


def _best_rectangle(
    values: np.ndarray, mask: np.ndarray, cell: tuple[int, int], threshold: int
) -> list[tuple[int, int]] | None:
    """The other three corners of the cheapest rectangle through ``cell``, or None."""
    i, j = cell
    best: tuple | None = None
    corners: list[tuple[int, int]] | None = None
    for r in range(values.shape[0]):
        for c in range(values.shape[1]):
            if r == i or c == j:
                continue
            rectangle = [(i, c), (r, j), (r, c)]
            key = _rectangle_key(values, mask, cell, rectangle, threshold)
            if key is not None and (best is None or key < best):
                best, corners = key, rectangle
    return corners


def _rectangle_key(
    values: np.ndarray,
    mask: np.ndarray,
    cell: tuple[int, int],
    rectangle: list[tuple[int, int]],
    threshold: int,
) -> tuple | None:
    """Sort key of a rectangle: sufficient ones first, then least information lost."""
    new = [corner for corner in rectangle if not mask[corner]]
    if not new:
        return None
    # Shifting t around the rectangle keeps every margin: the cell can rise by the smaller of
    # its two neighbours and fall by the smaller of itself and the opposite corner.
    same_row, same_column, opposite = (int(values[corner]) for corner in rectangle)
    width = min(same_row, same_column) + min(int(values[cell]), opposite)
    cost = sum(int(values[corner]) for corner in new)
    position = rectangle[2]
    if width >= threshold:
        return (0, cost, len(new), *position)
    # No rectangle suffices alone: take the widest and let the LP combine it with the others.
    return (1, -width, cost, len(new), *position)


def _width(values: np.ndarray, mask: np.ndarray, cell: tuple[int, int]) -> int:
    """Width of the attacker's interval for one suppressed cell."""
    cells, a_eq, b_eq = _system(values, mask)
    k = next(k for k, found in enumerate(cells) if found == cell)
    lower, upper = _interval(a_eq, b_eq, k)
    return upper - lower


def _system(
    values: np.ndarray, mask: np.ndarray
) -> tuple[list[tuple[int, int]], np.ndarray, np.ndarray]:
    """The attacker's equations: suppressed cells of a row or column add up to what is missing.

    What is missing is the published total minus the published cells of that row or column.
    """
    cells = [(int(i), int(j)) for i, j in np.argwhere(mask)]
    position = np.array(cells, dtype=np.int64).reshape(-1, 2)
    rows = np.unique(position[:, 0])
    columns = np.unique(position[:, 1])
    a_eq = np.vstack(
        [position[:, 0][None, :] == rows[:, None], position[:, 1][None, :] == columns[:, None]]
    ).astype(float)
    shown = np.where(mask, 0, values)
    b_eq = np.concatenate(
        [
            values.sum(axis=1)[rows] - shown.sum(axis=1)[rows],
            values.sum(axis=0)[columns] - shown.sum(axis=0)[columns],
        ]
    ).astype(float)
    return cells, a_eq, b_eq


def _interval(a_eq: np.ndarray, b_eq: np.ndarray, k: int) -> tuple[int, int]:
    """Minimum and maximum of variable ``k`` over the attacker's feasible set."""
    objective = np.zeros(a_eq.shape[1])
    objective[k] = 1.0
    lower = _optimum(objective, a_eq, b_eq)
    upper = -_optimum(-objective, a_eq, b_eq)
    return lower, upper


def _optimum(objective: np.ndarray, a_eq: np.ndarray, b_eq: np.ndarray) -> int:
    result = linprog(objective, A_eq=a_eq, b_eq=b_eq, bounds=(0, None), method="highs")
    # The true table is always feasible and every cell is bounded by its row total, so any
    # other status is a solver failure, not an answer.
    if result.status != 0:
        raise SuppressionFailed(f"attacker LP failed: {result.message}")
    rounded = round(result.fun)
    if abs(result.fun - rounded) > _INTEGRAL_TOLERANCE:
        raise SuppressionFailed(f"attacker LP optimum {result.fun} is not integral")
    return int(rounded)


def _values(table: pd.DataFrame, threshold: int = 1) -> np.ndarray:
    """The counts as int64, after checking they are non-negative whole numbers."""
    if threshold < 1:
        raise ValueError(f"threshold must be at least 1, got {threshold}")
    if not (table.index.is_unique and table.columns.is_unique):
        raise ValueError("row and column labels must be unique")
    values = table.to_numpy(dtype=float, na_value=np.nan)
    if not np.isfinite(values).all() or (values < 0).any() or (values % 1 != 0).any():
        raise ValueError("cells must be non-negative whole numbers without missing values")
    return values.astype(np.int64)


def _mask(table: pd.DataFrame, pattern: pd.DataFrame) -> np.ndarray:
    """The pattern as a boolean array, after checking it has the table's labels."""
    if not (pattern.index.equals(table.index) and pattern.columns.equals(table.columns)):
        raise ValueError("the pattern must have the same row and column labels as the table")
    return pattern.to_numpy(dtype=bool)


def _small_margins(values: np.ndarray, table: pd.DataFrame, threshold: int) -> list[str]:
    """A line for every row or column total between 1 and ``threshold - 1``."""
    margins = [("row", table.index, values.sum(axis=1)), ("column", table.columns, values.sum(0))]
    return [
        f"{kind} {label} totals {total}, below the threshold {threshold}; merge it first"
        for kind, labels, totals in margins
        for label, total in zip(labels, totals, strict=True)
        if 1 <= total < threshold
    ]


def _require_margins(values: np.ndarray, table: pd.DataFrame, threshold: int) -> None:
    problems = _small_margins(values, table, threshold)
    if problems:
        raise ValueError("; ".join(problems))


def _frame(table: pd.DataFrame, mask: np.ndarray) -> pd.DataFrame:
    return pd.DataFrame(mask, index=table.index, columns=table.columns, dtype=bool)


def _name(table: pd.DataFrame, i: int, j: int) -> str:
    return f"cell ({table.index[i]}, {table.columns[j]})"
