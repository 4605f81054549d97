"""Articles of law mapped to the delict categories of Figuur 1 and Figuur 5 of the report.

The reference table is ``data/reference/wetsartikelen.csv``; the judgement calls behind it are
in ``docs/delictcategorieen.md``. A case-management export names offences as articles of law
("art. 287 Sr", "45 jo 287 Sr"); :func:`normalise_article` turns those into the key of the
table, :func:`load_wetsartikelen` reads and validates the table.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

import herstelstats.checks  # noqa: F401  (registers the custom checks)

# Figuur 1 (adults, §4.2.1) in the report's order: the four named categories, then Overig.
DELICTCATEGORIEEN = (
    "Levensdelicten",
    "Zware geweldsdelicten",
    "Zedendelicten",
    "Diefstal met (bedreiging van) geweld",
    "Overig",
)
# Figuur 5 (juveniles, §5.2.2): footnote 105 calls the violence category "Geweldsdelicten".
DELICTCATEGORIEEN_JEUGD = (
    "Levensdelicten",
    "Geweldsdelicten",
    "Zedendelicten",
    "Diefstal met (bedreiging van) geweld",
    "Overig",
)
WETTEN = ("Sr", "WVW 1994", "Opiumwet", "WWM")

# The normalised form: "287 Sr", "285b Sr", "45/287 Sr" (attempt, Sr only), "6 WVW 1994".
WETSARTIKEL = r"^(?:(?:45/)?[1-9]\d{0,3}[a-z]? Sr|[1-9]\d{0,3}[a-z]? (?:WVW 1994|Opiumwet|WWM))$"

# Pairs (adult, juvenile) that the footnotes allow. Besides the same category and the renamed
# violence category: dood door schuld is a levensdelict for adults only (fn 82 against fn 104),
# openlijke geweldpleging a violent offence for juveniles only (fn 105 against fn 83).
VERENIGBARE_CATEGORIEEN = frozenset(
    {(c, c) for c in DELICTCATEGORIEEN if c in DELICTCATEGORIEEN_JEUGD}
    | {
        ("Zware geweldsdelicten", "Geweldsdelicten"),
        ("Levensdelicten", "Overig"),
        ("Overig", "Geweldsdelicten"),
    }
)


# Figuur 1 (adults) shows more categories than the five of the footnotes: diefstal met geweld
# (22%) and levensdelicten (16%) "komen het meest voor", so Overig (40% of all offences in our
# reading) must have been split up. The split is imputed: docs/delictcategorieen.md.
OVERIG_VERFIJND = (
    "Mishandeling",
    "Bedreiging",
    "Vermogensdelicten zonder geweld",
    "Vrijheidsberoving en ontvoering",
)
# In the order of §4.2.1: the largest first, Overig last.
FIGUURCATEGORIEEN = (
    "Diefstal met (bedreiging van) geweld",
    "Levensdelicten",
    "Zware geweldsdelicten",
    "Zedendelicten",
    *OVERIG_VERFIJND,
    "Overig",
)


class WetsartikelRef(pa.DataFrameModel):
    """One row per article of law, with its delict category for adults and for juveniles."""

    wetsartikel: Series[str] = pa.Field(unique=True, str_matches=WETSARTIKEL)
    wet: Series[str] = pa.Field(isin=WETTEN)
    omschrijving: Series[str] = pa.Field(not_blank=())
    delictcategorie: Series[str] = pa.Field(isin=DELICTCATEGORIEEN)
    figuurcategorie: Series[str] = pa.Field(isin=FIGUURCATEGORIEEN)
    delictcategorie_jeugd: Series[str] = pa.Field(isin=DELICTCATEGORIEEN_JEUGD)
    toelichting: Series[str] = pa.Field(not_blank=())

    class Config:
        strict = True

    @pa.dataframe_check(name="wetsartikel_hoort_bij_wet")
    def wetsartikel_hoort_bij_wet(cls, df: pd.DataFrame) -> pd.Series:
        """The law in ``wetsartikel`` is ``wet``; malformed values are left to the field checks."""
        law = df["wetsartikel"].str.split(" ", n=1).str[1]
        checkable = df["wetsartikel"].str.match(WETSARTIKEL) & df["wet"].isin(WETTEN)
        return ~checkable | (law == df["wet"])

    @pa.dataframe_check(name="figuurcategorie_verfijnt_overig")
    def figuurcategorie_verfijnt_overig(cls, df: pd.DataFrame) -> pd.Series:
        """Only Overig is split up for Figuur 1; every other category keeps its label."""
        same = df["figuurcategorie"] == df["delictcategorie"]
        return same | (
            (df["delictcategorie"] == "Overig") & df["figuurcategorie"].isin(OVERIG_VERFIJND)
        )

    @pa.dataframe_check(name="categorieen_volwassenen_en_jeugd_verenigbaar")
    def categorieen_verenigbaar(cls, df: pd.DataFrame) -> pd.Series:
        """Unknown labels are left to the ``isin`` checks, so that each error is reported once."""
        adult, juvenile = df["delictcategorie"], df["delictcategorie_jeugd"]
        known = adult.isin(DELICTCATEGORIEEN) & juvenile.isin(DELICTCATEGORIEEN_JEUGD)
        pairs = zip(adult, juvenile, strict=True)
        allowed = pd.Series([pair in VERENIGBARE_CATEGORIEEN for pair in pairs], index=df.index)
        return ~known | allowed


# Columns each rule across columns reads, so that a violation names them.
RULE_COLUMNS = {
    "wetsartikel_hoort_bij_wet": ("wetsartikel", "wet"),
    "categorieen_volwassenen_en_jeugd_verenigbaar": ("delictcategorie", "delictcategorie_jeugd"),
}


def load_wetsartikelen(path: str | Path) -> pd.DataFrame:
    """Read the reference table as text, rows numbered as in a spreadsheet, and validate it.

    Raises pandera's ``SchemaErrors`` listing every violation (``lazy=True``).
    """
    frame = pd.read_csv(path, sep=";", dtype=str, keep_default_na=False)
    frame.index = pd.RangeIndex(2, 2 + len(frame))
    return WetsartikelRef.validate(frame, lazy=True)


# Law names as exports write them (lower case, dots removed) to the name in the table.
_WETTEN = {
    "sr": "Sr",
    "wvsr": "Sr",
    "wvs": "Sr",
    "wetboek van strafrecht": "Sr",
    "wvw": "WVW 1994",
    "wvw 1994": "WVW 1994",
    "wvw 94": "WVW 1994",
    "wvw94": "WVW 1994",
    "wvw '94": "WVW 1994",
    "wegenverkeerswet": "WVW 1994",
    "wegenverkeerswet 1994": "WVW 1994",
    "opiumwet": "Opiumwet",
    "wwm": "WWM",
    "wet wapens en munitie": "WWM",
}
_ARTICLE = r"[1-9]\d*(?:[a-z](?![a-z°]))?"  # 287, 285b; not the "j" of "45 jo"
_PARAGRAPH = r"(?:\s*,?\s*lid\s*\d+)?"
_PATTERN = re.compile(
    rf"""^(?:artikel|art)?\s*
    (?P<articles>{_ARTICLE}{_PARAGRAPH}(?:\s*(?:jo|juncto|j°|/)\s*{_ARTICLE}{_PARAGRAPH})*)
    \s+(?P<wet>[a-z][a-z0-9' ]*)$""",
    re.VERBOSE,
)
_POGING = "45"
_DEELNEMING = {"47", "48"}  # medeplegen, doen plegen en uitlokken; medeplichtigheid


def normalise_article(text: str) -> str:
    """The article of law in the form of the reference table's ``wetsartikel``.

    Accepted, case-insensitively and with any spacing:

    - a prefix ``art.``, ``art`` or ``artikel``, or none;
    - an article number with an optional letter: ``285b``;
    - an optional paragraph, which is dropped: ``300 lid 2``, ``300, lid 2``;
    - the law: ``Sr``, ``WvSr``, ``WvS``, ``Wetboek van Strafrecht``; ``WVW``, ``WVW 1994``,
      ``WVW 94``, ``WVW '94``, ``Wegenverkeerswet``, ``Wegenverkeerswet 1994``; ``Opiumwet``;
      ``WWM``, ``Wet wapens en munitie``; dots are ignored (``Sr.``, ``W.v.Sr.``, ``art.287``);
    - for the Wetboek van Strafrecht only, articles of the general part joined by ``jo``,
      ``jo.``, ``juncto``, ``j°`` or ``/`` in either order: attempt (art. 45) becomes the prefix
      ``45/`` (``45 jo 287 Sr`` and ``287 jo 45 Sr`` give ``45/287 Sr``); participation
      (art. 47 and 48) is dropped, as it does not change the delict category.

    Raises ``ValueError`` for anything else: no law, an unknown law, no offence article, or more
    than one offence article (``242 jo 248 Sr``: split such combinations first).
    """
    folded = " ".join(text.replace(".", "").lower().split())
    match = _PATTERN.match(folded)
    if not match:
        raise ValueError(f"geen wetsartikel herkend in {text!r}")
    wet = _WETTEN.get(match["wet"].strip())
    if wet is None:
        raise ValueError(f"onbekende wet {match['wet']!r} in {text!r}")
    numbers = re.findall(_ARTICLE, re.sub(r"lid\s*\d+", "", match["articles"]))
    if len(numbers) > 1 and wet != "Sr":
        raise ValueError(f"'jo' alleen bij het Wetboek van Strafrecht: {text!r}")
    offences = [n for n in numbers if n != _POGING and n not in _DEELNEMING]
    if len(offences) != 1 or numbers.count(_POGING) > 1:
        raise ValueError(f"niet precies één delictsartikel in {text!r}")
    prefix = "45/" if _POGING in numbers else ""
    return f"{prefix}{offences[0]} {wet}"
