"""Column names of the processed and published tables, in one place."""

# Processed course registrations (data/processed/*.parquet).
BRON = "bron"
GROEP = "groep"  # who registered a case (PI, zelfaanmelders, JJI); empty for the courses
REGISTRATIE_ID = "registratie_id"
CATEGORIE = "categorie"
INRICHTING_CODE = "inrichting_code"
INRICHTING = "inrichting"
DATUM = "datum"
JAAR = "jaar"
DEELNEMERS = "deelnemers"
BRONBESTAND = "bronbestand"
BRONRIJ = "bronrij"

PROCESSED = (
    BRON,
    REGISTRATIE_ID,
    CATEGORIE,
    INRICHTING_CODE,
    INRICHTING,
    DATUM,
    JAAR,
    DEELNEMERS,
    BRONBESTAND,
    BRONRIJ,
)

# Tidy statistics (reports/tables/*.csv); the key columns also key the register.
TABEL = "tabel"
MAAT = "maat"
WAARDE = "waarde"
STATUS = "status"
KEY = (BRON, GROEP, MAAT, CATEGORIE, INRICHTING, JAAR)
TIDY = (TABEL, BRON, GROEP, CATEGORIE, INRICHTING, JAAR, MAAT, WAARDE, STATUS)

# Values of MAAT.
CURSUSSEN = "cursussen"
INRICHTINGEN = "inrichtingen"
# Measures that count people: these fall under disclosure control.
PERSON_MEASURES = frozenset(
    {
        DEELNEMERS, "aanmeldingen", "uitgezet", "afgesloten", "afgesloten_met_contact",
        "afgesloten_zonder_contact", "delicten",
    }
)  # fmt: skip

NIET_GEREGISTREERD = "niet geregistreerd"
NVT = "niet van toepassing"  # a share of zero cases
ONDERDRUKT = "onderdrukt"  # a count of people below the threshold (§1.3.2), not published
