"""Custom pandera checks, registered once so that every schema can use them by name."""

from __future__ import annotations

import datetime as dt
import re

import pandera.extensions as extensions

_DUTCH_DATE = re.compile(r"^(\d{2})-(\d{2})-(\d{4})$")
_WHOLE = re.compile(r"^\d+$")


def parse_dutch_date(value: str) -> dt.date | None:
    """dd-mm-jjjj as Dutch Excel writes it, or None when it is no valid date."""
    match = _DUTCH_DATE.match(value)
    if not match:
        return None
    day, month, year = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


@extensions.register_check_method(check_type="element_wise")
def dutch_date(value: str) -> bool:
    """A valid calendar date written dd-mm-jjjj."""
    return parse_dutch_date(value) is not None


@extensions.register_check_method(statistics=["min_value", "max_value"], check_type="element_wise")
def whole_number_between(value: str, *, min_value: int, max_value: int) -> bool:
    """Text that is a whole number within [min_value, max_value]."""
    return bool(_WHOLE.match(value)) and min_value <= int(value) <= max_value


@extensions.register_check_method(check_type="element_wise")
def not_blank(value: str) -> bool:
    """Filled in: not empty and not only spaces."""
    return bool(str(value).strip())
