from pathlib import Path

from snakemake.utils import min_version, validate

min_version("9.0")


validate(config, "../config/config.schema.yaml")

DELIVERIES = sorted(config["deliveries"])
REFERENCE = {
    "inrichtingen": "data/reference/inrichtingen.csv",
    "varianten": "data/reference/inrichting_varianten.csv",
}
TABLES = [
    "reports/tables/tabel_4_sos_cursussen.csv",
    "reports/tables/tabel_4_sos_cursussen.md",
    "reports/tables/tabel_5_sos_vervolg.csv",
    "reports/tables/tabel_5_sos_vervolg.md",
    "reports/tables/tabel_6_mijn_kind_en_ik.csv",
    "reports/tables/tabel_6_mijn_kind_en_ik.md",
    "reports/tables/paragraaf_5_2_1_dapper.csv",
    "reports/tables/paragraaf_5_2_1_dapper.md",
    "reports/tables/tekst_mijn_kind_en_ik.csv",
]
PERSPECTIEF_OUTPUTS = {
    "tabel_8": "reports/tables/tabel_8_perspectief_aanmeldingen.csv",
    "tabel_8_md": "reports/tables/tabel_8_perspectief_aanmeldingen.md",
    "tabel_9": "reports/tables/tabel_9_perspectief_afgesloten.csv",
    "tabel_9_md": "reports/tables/tabel_9_perspectief_afgesloten.md",
    "tabel_11": "reports/tables/tabel_11_perspectief_aanmeldingen_jji.csv",
    "tabel_11_md": "reports/tables/tabel_11_perspectief_aanmeldingen_jji.md",
    "tabel_12": "reports/tables/tabel_12_perspectief_afgesloten_jji.csv",
    "tabel_12_md": "reports/tables/tabel_12_perspectief_afgesloten_jji.md",
    "figuur_1": "reports/tables/figuur_1_delicten_volwassenen.csv",
    "figuur_2": "reports/tables/figuur_2_redenen_volwassenen.csv",
    "figuur_4": "reports/tables/figuur_4_duur_volwassenen.csv",
    "figuur_5": "reports/tables/figuur_5_delicten_jeugd.csv",
    "figuur_6": "reports/tables/figuur_6_redenen_jeugd.csv",
    "figuur_7": "reports/tables/figuur_7_duur_jeugd.csv",
    "contactvormen": "reports/tables/perspectief_contactvormen.csv",
    "tekst": "reports/tables/perspectief_tekst.csv",
    "inrichtingen": "reports/tables/perspectief_inrichtingen.csv",
    "inrichtingen_md": "reports/tables/perspectief_inrichtingen.md",
}
# Not in the report: per institution, under secondary suppression. Checked for disclosure,
# not joined to the register.
PERSPECTIEF_SUPPLEMENT = {
    "aanvulling_pi": "reports/tables/aanvulling_uitgezet_per_pi.csv",
    "aanvulling_pi_md": "reports/tables/aanvulling_uitgezet_per_pi.md",
    "aanvulling_jji": "reports/tables/aanvulling_uitgezet_per_jji.csv",
    "aanvulling_jji_md": "reports/tables/aanvulling_uitgezet_per_jji.md",
    "aanvulling_grenzen": "reports/tables/aanvulling_onthullingsgrenzen.csv",
}
TABLES = TABLES + list(PERSPECTIEF_OUTPUTS.values())
TABLE_CSVS = [table for table in TABLES if table.endswith(".csv")]
SUPPLEMENT_CSVS = [
    PERSPECTIEF_SUPPLEMENT["aanvulling_pi"],
    PERSPECTIEF_SUPPLEMENT["aanvulling_jji"],
]
# Figures of Perspectief's numbers in the report's style: shares per category.
PERSPECTIEF_FIGURES = {
    "figuur_1_delicten_volwassenen": {
        "tidy": PERSPECTIEF_OUTPUTS["figuur_1"],
        "titel": "Figuur 1 Uitgezette aanmeldingen naar type delict, volwassenen",
        "maat": "pct_delict",
        "groepen": {"volwassenen": "Volwassenen"},
    },
    "figuur_2_redenen_volwassenen": {
        "tidy": PERSPECTIEF_OUTPUTS["figuur_2"],
        "titel": "Figuur 2 Redenen voor stoppen zonder bemiddeld contact",
        "maat": "pct_reden",
        "groepen": {
            "volwassenen": "Volwassenen",
            "PI": "Aangemeld door PI",
            "zelfaanmelders": "Zelfaanmelders",
        },
    },
    "figuur_4_duur_volwassenen": {
        "tidy": PERSPECTIEF_OUTPUTS["figuur_4"],
        "titel": "Figuur 4 Lengte van afgesloten trajecten, volwassenen",
        "maat": "pct_duur",
        "groepen": {"volwassenen": "Volwassenen"},
    },
    "figuur_5_delicten_jeugd": {
        "tidy": PERSPECTIEF_OUTPUTS["figuur_5"],
        "titel": "Figuur 5 Uitgezette aanmeldingen naar type delict, jeugdigen",
        "maat": "pct_delict",
        "groepen": {"JJI": "Jeugdigen"},
    },
    "figuur_6_redenen_jeugd": {
        "tidy": PERSPECTIEF_OUTPUTS["figuur_6"],
        "titel": "Figuur 6 Redenen voor stoppen zonder contact, jeugdigen",
        "maat": "pct_reden",
        "groepen": {"JJI": "Jeugdigen"},
    },
    "figuur_7_duur_jeugd": {
        "tidy": PERSPECTIEF_OUTPUTS["figuur_7"],
        "titel": "Figuur 7 Lengte van afgesloten trajecten, jeugdigen",
        "maat": "pct_duur",
        "groepen": {"JJI": "Jeugdigen"},
    },
    "contactvormen": {
        "tidy": PERSPECTIEF_OUTPUTS["contactvormen"],
        "titel": "Vorm van bemiddeld contact",
        "maat": "pct_contactvorm",
        "groepen": {"volwassenen": "Volwassenen", "JJI": "Jeugdigen"},
    },
}


FIGURES = expand(
    "figures/{figure}.{ext}",
    figure=[
        "sos_deelnemers_per_jaar",
        "mijn_kind_en_ik_per_jaar",
        "dapper_per_jji",
        *PERSPECTIEF_FIGURES,
    ],
    ext=["png", "svg"],
)


wildcard_constraints:
    delivery="|".join(DELIVERIES),


def raw_delivery(wildcards):
    """The delivered file, under raw_dir (which may lie outside the repository)."""
    return Path(config["raw_dir"]) / config["deliveries"][wildcards.delivery]["file"]


def reconstruction_notes(wildcards):
    """Notes that outputs built on the reconstruction carry; real deliveries have none."""
    notes = Path(config["raw_dir"]) / "reconstructie_noten.csv"
    return [notes] if notes.exists() else []


def delivery_encoding(wildcards):
    return config["deliveries"][wildcards.delivery]["encoding"]


def perspectief_file(name):
    """A file of Perspectief's case export, under raw_dir."""
    return Path(config["raw_dir"]) / config["perspectief"][name]


def perspectief_zaken(wildcards):
    return perspectief_file("zaken")


def perspectief_delicten(wildcards):
    return perspectief_file("delicten")


def perspectief_figure_tidy(wildcards):
    return PERSPECTIEF_FIGURES[wildcards.figuur]["tidy"]


def perspectief_figure_spec(wildcards):
    spec = PERSPECTIEF_FIGURES[wildcards.figuur]
    return {key: value for key, value in spec.items() if key != "tidy"}
