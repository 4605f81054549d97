"""Primary and secondary cell suppression, proved with the attacker's LP bounds."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from herstelstats import suppression as s

YEARS = [2019, 2020, 2021]


def _table(rows, index=("A", "B", "C"), columns=YEARS):
    return pd.DataFrame(rows, index=list(index), columns=list(columns))


def _pattern(table, cells):
    pattern = pd.DataFrame(False, index=table.index, columns=table.columns)
    for row, column in cells:
        pattern.loc[row, column] = True
    return pattern


@pytest.fixture
def lone_small():
    # Row A's only small cell: without secondaries its row total gives it away.
    return _table([[2, 10, 8], [6, 7, 10], [12, 5, 11]])


def _random_table(seed, institutions=20, years=4):
    rng = np.random.default_rng(seed)
    small = rng.integers(0, 5, (institutions, years))
    large = rng.integers(5, 40, (institutions, years))
    values = np.where(rng.random((institutions, years)) < 0.5, small, large)
    # One large cell per row keeps every row total publishable, as the caller must ensure.
    values[np.arange(institutions), rng.integers(0, years, institutions)] = rng.integers(
        5, 40, institutions
    )
    index = [f"PI {i:02d}" for i in range(institutions)]
    return pd.DataFrame(values, index=index, columns=range(2017, 2017 + years))


def test_primary_marks_exactly_one_to_four():
    table = _table([[0, 1, 2], [3, 4, 5], [6, 0, 100]])
    expected = _table([[False, True, True], [True, True, False], [False, False, False]])
    pd.testing.assert_frame_equal(s.primary(table), expected)


def test_primary_follows_the_threshold():
    table = _table([[0, 1, 2], [3, 4, 5], [6, 0, 100]])
    assert s.primary(table, threshold=3).to_numpy().sum() == 2


def test_lone_small_cell_is_derivable_from_its_row_total(lone_small):
    bounds = s.attack(lone_small, s.primary(lone_small))
    assert bounds.to_dict("records") == [
        {"row": "A", "column": 2019, "value": 2, "lower": 2, "upper": 2}
    ]
    assert not s.protected(bounds).any()
    assert s.check(lone_small, s.primary(lone_small)) == [
        "cell (A, 2019) counts 2 and an attacker can narrow it to [2, 2], narrower than 5"
    ]


def test_secondary_protects_the_lone_small_cell(lone_small):
    pattern = s.secondary(lone_small)
    # The cheapest rectangle through (A, 2019) that protects it on its own: 10 + 6 + 7.
    expected = _pattern(lone_small, [("A", 2019), ("A", 2020), ("B", 2019), ("B", 2020)])
    pd.testing.assert_frame_equal(pattern, expected)
    bounds = s.attack(lone_small, pattern)
    first = bounds.iloc[0]
    assert (first["row"], first["column"], first["lower"], first["upper"]) == ("A", 2019, 0, 8)
    assert (bounds["upper"] - bounds["lower"] >= 5).all()
    assert s.protected(bounds).all()
    assert s.check(lone_small, pattern) == []


def test_attack_bounds_of_a_fully_suppressed_two_by_two():
    # Rows 10 and 10, columns 9 and 11, total 20. A cell lies in
    # [max(0, row + column - total), min(row, column)].
    table = _table([[3, 7], [6, 4]], index=["A", "B"], columns=[2019, 2020])
    bounds = s.attack(table, pd.DataFrame(True, index=table.index, columns=table.columns))
    expected = pd.DataFrame(
        {
            "row": ["A", "A", "B", "B"],
            "column": [2019, 2020, 2019, 2020],
            "value": [3, 7, 6, 4],
            "lower": [0, 1, 0, 1],
            "upper": [9, 10, 9, 10],
        }
    )
    pd.testing.assert_frame_equal(bounds, expected)


def test_attack_lists_only_suppressed_cells(lone_small):
    assert s.attack(lone_small, _pattern(lone_small, [])).empty
    assert list(s.attack(lone_small, _pattern(lone_small, [])).columns) == [
        "row",
        "column",
        "value",
        "lower",
        "upper",
    ]


def test_protected_needs_a_width_of_the_threshold():
    bounds = pd.DataFrame({"lower": [0, 0, 2], "upper": [4, 5, 2]})
    assert s.protected(bounds).tolist() == [False, True, False]
    assert s.protected(bounds, threshold=4).tolist() == [True, True, False]


def test_secondary_is_deterministic_and_leaves_the_input_alone():
    table = _random_table(7)
    before = table.copy()
    pd.testing.assert_frame_equal(s.secondary(table), s.secondary(table))
    pd.testing.assert_frame_equal(table, before)


def test_nothing_to_suppress_is_a_no_op():
    table = _table([[0, 10, 8], [6, 7, 0], [12, 5, 11]])
    pattern = s.secondary(table)
    assert not pattern.to_numpy().any()
    assert s.check(table, pattern) == []
    assert s.attack(table, pattern).empty


def test_apply_hides_the_pattern_and_publishes_exact_margins(lone_small):
    pattern = s.secondary(lone_small)
    published = s.apply(lone_small, pattern)
    inner = published.loc[lone_small.index, lone_small.columns]
    assert (inner.isna().to_numpy() == pattern.to_numpy()).all()
    assert (inner.where(~pattern) == lone_small.where(~pattern)).fillna(True).all().all()
    assert published[s.TOTAL].drop(s.TOTAL).tolist() == lone_small.sum(axis=1).tolist()
    assert published.loc[s.TOTAL, YEARS].tolist() == lone_small.sum(axis=0).tolist()
    assert published.loc[s.TOTAL, s.TOTAL] == lone_small.to_numpy().sum()
    assert (published.dtypes == "Int64").all()


@pytest.mark.parametrize(
    "rows",
    [
        [[3, 0, 0], [6, 7, 10], [12, 5, 11]],  # row A totals 3
        [[0, 10, 8], [0, 7, 10], [4, 5, 11]],  # column 2019 totals 4
    ],
)
def test_small_margin_is_refused(rows):
    table = _table(rows)
    with pytest.raises(ValueError, match="below the threshold 5; merge it first"):
        s.secondary(table)
    with pytest.raises(ValueError, match="below the threshold 5"):
        s.apply(table, s.primary(table))
    assert any("merge it first" in problem for problem in s.check(table, s.primary(table)))


def test_invalid_counts_are_refused():
    with pytest.raises(ValueError, match="non-negative whole numbers"):
        s.primary(_table([[1, -2, 8], [6, 7, 10], [12, 5, 11]]))
    with pytest.raises(ValueError, match="non-negative whole numbers"):
        s.primary(_table([[1.5, 2, 8], [6, 7, 10], [12, 5, 11]]))


def test_misaligned_pattern_is_refused(lone_small):
    pattern = s.primary(lone_small).iloc[::-1]
    with pytest.raises(ValueError, match="same row and column labels"):
        s.attack(lone_small, pattern)


def test_check_reports_an_unsuppressed_primary_cell(lone_small):
    assert s.check(lone_small, _pattern(lone_small, [])) == [
        "cell (A, 2019) counts 2 and is not suppressed"
    ]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_secondary_protects_random_tables(seed):
    table = _random_table(seed)
    sensitive = s.primary(table)
    assert sensitive.to_numpy().sum() >= 10
    pattern = s.secondary(table)
    assert not (sensitive & ~pattern).to_numpy().any()
    assert s.check(table, pattern) == []
    bounds = s.attack(table, pattern)
    is_primary = [sensitive.loc[r, c] for r, c in zip(bounds["row"], bounds["column"], strict=True)]
    assert s.protected(bounds[is_primary]).all()
    assert pattern.to_numpy().sum() < pattern.size
