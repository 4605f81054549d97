"""Lazy validation that reports every violation by file, row, column and rule, never by value."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

import pandas as pd
import pandera.pandas as pa
from pandera.errors import SchemaErrors

from herstelstats.schemas import perspectief, published, raw, reference

WHOLE_FILE = None  # the row of a violation that concerns the file's layout
# Columns each rule across columns of a schema model reads, so that its violations can name
# them. Rules added at run time carry their columns themselves (with_frame_check).
RULE_COLUMNS: dict[str, tuple[str, ...]] = {
    **raw.RULE_COLUMNS,
    **reference.RULE_COLUMNS,
    **published.RULE_COLUMNS,
    **perspectief.RULE_COLUMNS,
}


@dataclass(frozen=True, order=True)
class Violation:
    """One broken rule. Holds no value from the data, so it is safe to log."""

    file: str
    row: int | None
    column: str
    rule: str

    def __str__(self) -> str:
        where = "header" if self.row is None else f"row {self.row}"
        return f"{self.file}: {where}, column '{self.column}': {self.rule}"


class DeliveryInvalid(Exception):
    """A delivery broke its schema; the message lists every violation."""

    def __init__(self, file: str, step: str, schema: str, violations: list[Violation]):
        self.violations = sorted(violations, key=lambda v: (v.row or 0, v.column, v.rule))
        lines = [f"{len(violations)} violation(s) of schema {schema} in {file} (rule {step}):"]
        lines += [f"  {v}" for v in self.violations]
        super().__init__("\n".join(lines))


def _layout_violation(file: str, check: str, name: str) -> Violation:
    what = {"column_in_dataframe": "missing column", "column_in_schema": "unexpected column"}
    return Violation(file, WHOLE_FILE, name, what.get(check, check))


def rule_columns(schema: pa.DataFrameSchema) -> dict[str, tuple[str, ...]]:
    """The columns of every rule across columns of this schema, by rule name."""
    added = {
        check.name: tuple(check.statistics["columns"])
        for check in schema.checks
        if "columns" in (check.statistics or {})
    }
    return {**RULE_COLUMNS, **added}


def violations_from(
    errors: SchemaErrors, file: str, columns_of: Mapping[str, tuple[str, ...]] = RULE_COLUMNS
) -> list[Violation]:
    """Translate pandera's failure cases into violations, dropping the failing values."""
    found: set[Violation] = set()
    for case in errors.failure_cases.itertuples(index=False):
        check, index = str(case.check), case.index
        if check in ("column_in_dataframe", "column_in_schema"):
            found.add(_layout_violation(file, check, str(case.failure_case)))
        elif case.schema_context == "DataFrameSchema" and check in columns_of:
            columns = ", ".join(columns_of[check])
            found.add(Violation(file, _row(index), columns, check))
        else:
            found.add(Violation(file, _row(index), str(case.column), check))
    return sorted(found, key=lambda v: (v.row or 0, v.column, v.rule))


def _row(index: object) -> int | None:
    return None if index is None or pd.isna(index) else int(index)


def validate(
    frame: pd.DataFrame, schema: pa.DataFrameSchema, *, file: str, step: str
) -> pd.DataFrame:
    """Validate lazily; raise DeliveryInvalid listing every violation at once."""
    try:
        return schema.validate(frame, lazy=True)
    except SchemaErrors as errors:
        # The violations say all there is; pandera's own traceback would print failing values.
        violations = violations_from(errors, file, rule_columns(schema))
        raise DeliveryInvalid(file, step, schema.name or "schema", violations) from None


def with_frame_check(
    schema: pa.DataFrameSchema,
    name: str,
    columns: Iterable[str],
    rule: Callable[[pd.DataFrame], pd.Series],
) -> pa.DataFrameSchema:
    """A copy of schema with one more rule across columns, known by name and columns."""
    extended = copy.deepcopy(schema)
    check = pa.Check(rule, name=name, statistics={"columns": tuple(columns)})
    extended.checks = [*extended.checks, check]
    return extended


def with_column_check(
    schema: pa.DataFrameSchema, column: str, name: str, rule: Callable[[pd.Series], pd.Series]
) -> pa.DataFrameSchema:
    """A copy of schema with one more check on a column."""
    existing = schema.columns[column].checks
    return schema.update_column(column, checks=[*existing, pa.Check(rule, name=name)])
