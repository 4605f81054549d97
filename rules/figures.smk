rule figuur_sos:
    input:
        tidy="reports/tables/tabel_4_sos_cursussen.csv",
    output:
        png=report(
            "figures/sos_deelnemers_per_jaar.png",
            caption="../report/figuur_sos.rst",
            category="Figuren",
        ),
        svg="figures/sos_deelnemers_per_jaar.svg",
    log:
        "logs/figures/sos.log",
    conda:
        "../environment.yml"
    params:
        layout="per_jaar",
        titel="Deelnemers aan SOS-cursussen per jaar",
        ylabel="Aantal deelnemers",
        maat="deelnemers",
    script:
        "../scripts/figure.py"


rule figuur_mijn_kind_en_ik:
    input:
        tidy="reports/tables/tabel_6_mijn_kind_en_ik.csv",
    output:
        png=report(
            "figures/mijn_kind_en_ik_per_jaar.png",
            caption="../report/figuur_mijn_kind_en_ik.rst",
            category="Figuren",
        ),
        svg="figures/mijn_kind_en_ik_per_jaar.svg",
    log:
        "logs/figures/mijn_kind_en_ik.log",
    conda:
        "../environment.yml"
    params:
        layout="per_jaar",
        titel="Deelnemers aan Mijn Kind en Ik per jaar",
        ylabel="Aantal deelnemers",
        maat="deelnemers",
    script:
        "../scripts/figure.py"


rule figuur_dapper:
    input:
        tidy="reports/tables/paragraaf_5_2_1_dapper.csv",
    output:
        png=report(
            "figures/dapper_per_jji.png",
            caption="../report/figuur_dapper.rst",
            category="Figuren",
        ),
        svg="figures/dapper_per_jji.svg",
    log:
        "logs/figures/dapper.log",
    conda:
        "../environment.yml"
    params:
        layout="per_inrichting",
        titel="DAPPER-cursussen per JJI per jaar",
        ylabel="Aantal cursussen",
        maat="cursussen",
    script:
        "../scripts/figure.py"


rule figuur_perspectief:
    input:
        tidy=perspectief_figure_tidy,
    output:
        png=report(
            "figures/{figuur}.png",
            caption="../report/figuur_perspectief.rst",
            category="Figuren",
        ),
        svg="figures/{figuur}.svg",
    log:
        "logs/figures/{figuur}.log",
    wildcard_constraints:
        figuur="|".join(PERSPECTIEF_FIGURES),
    conda:
        "../environment.yml"
    params:
        spec=perspectief_figure_spec,
        years=config["years"],
    script:
        "../scripts/figure_shares.py"
