#!/usr/bin/env python3
"""Builds the sample project from the transcripts, codebook and example codings in samples/.

Everything goes through codeboom-cli, as a researcher's script would: the sample project is
itself a test that the CLI can build a realistic project. Quotes in codings.tsv are located in
each document's stored text, so offsets are code points (Python's str indices) by construction.
"""
import argparse
import csv
import json
import os
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
TRANSCRIPTS = ["focusgroep-leo.docx", "interview-werkgever.txt", "interview-loopbaanadviseur.odt"]


def cli(binary, *args, coder="anouk"):
    result = subprocess.run([binary, *args, "--coder", coder], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"build_sample.py: codeboom-cli {' '.join(args[:2])} failed: {result.stderr.strip()}")
    return result.stdout


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    out = pathlib.Path(args.out)
    for suffix in ("", "-wal", "-shm"):
        pathlib.Path(str(out) + suffix).unlink(missing_ok=True)

    cli(args.cli, "init", str(out))
    cli(args.cli, "import", str(out), *[str(HERE / name) for name in TRANSCRIPTS],
        "--attributes", str(HERE / "respondenten.csv"))

    with open(HERE / "codeboek.tsv", encoding="utf-8", newline="") as codebook:
        for row in csv.DictReader(codebook, delimiter="\t"):
            cli(args.cli, "code-add", str(out), row["path"], "--color", row["color"],
                "--description", row["description"])

    texts = {}
    with open(HERE / "codings.tsv", encoding="utf-8", newline="") as codings:
        for line, row in enumerate(csv.DictReader(codings, delimiter="\t"), start=2):
            document = row["document"]
            if document not in texts:
                texts[document] = cli(args.cli, "text", str(out), document)
            text = texts[document]
            start = text.find(row["quote"])
            if start < 0 or text.find(row["quote"], start + 1) >= 0:
                sys.exit(f"build_sample.py: codings.tsv line {line}: the quote must occur exactly once "
                         f"in {document}")
            end = start + len(row["quote"])
            extra = ["--memo", row["memo"]] if row["memo"] else []
            cli(args.cli, "code", str(out), document, str(start), str(end), row["code"], *extra,
                coder=row["coder"])
    add_axial_layer(args.cli, out)
    add_memos(args.cli, out)
    print(f"built {out}")


# --- Axial and selective layer (issue 4) ---------------------------------------------------------
# Open codes that emerged beside the codebook and are grouped under a new category (the axial
# step, logged as such), relations between codes with codings that show them as evidence, a user
# relation type for the paradigm model's strategies, Employability as the core category (the
# seed reports' research question: what Leo adds to the employability of Limburgers) and its
# story line. Evidence is named as (document, quote, code, coder) of a coding made above.

OPEN_CODES = [
    ("Onafhankelijkheid", "#8d6e63",
     "Dat Leo los staat van werkgever, gemeente en UWV, zodat deelnemers vrijuit praten."),
    ("Laagdrempeligheid", "#a1887f",
     "Werkwijzen die de stap naar een gesprek klein maken: informeel, op locatie, zonder loket."),
]
OPEN_CODINGS = [
    ("focusgroep-leo", "Dat is ook echt de kracht van Leo, die onafhankelijkheid.",
     "Onafhankelijkheid"),
    ("interview-werkgever", "Dat onafhankelijke van Leo is daarom echt waardevol.",
     "Onafhankelijkheid"),
    ("focusgroep-leo", "Nee, serieus, het was gewoon een normaal gesprek, het was geen loket.",
     "Laagdrempeligheid"),
    ("interview-loopbaanadviseur",
     "We houden spreekuren op locatie, bij bedrijven in de kantine, tussen twee diensten in.",
     "Laagdrempeligheid"),
]
CATEGORY = ("Werkwijze Leo", "#6d4c41",
            "Hoe Leo werkt en waarom dat mensen bereikt die anders niet komen (axiale categorie).")

FG, WG, LA = "focusgroep-leo", "interview-werkgever", "interview-loopbaanadviseur"
# (from, type, to, memo, evidence as (document, start of the quote, code, coder)).
RELATIONS = [
    ("Employability > Technologische verandering", "is oorzaak van",
     "Employability > Van werk naar werk",
     "Automatisering maakt functies overbodig; wie blijft, moet een ander vak leren.",
     [(FG, "Nu zit alles in het systeem", "Employability > Technologische verandering", "anouk"),
      (WG, "Moeten wij ze klaarmaken", "Employability > Van werk naar werk", "bram")]),
    ("Regulatief > Cao en contracten", "versterkt", "Regulatief > Financiële drempel",
     "Het studiekostenbeding maakt een opleiding die je zelf wilt duurder om aan te beginnen.",
     [(FG, "Dus als je binnen twee jaar weggaat", "Regulatief > Cao en contracten", "anouk"),
      (FG, "maar dan moet je wel een terugbetalingsregeling", "Regulatief > Financiële drempel",
       "bram")]),
    ("Regulatief > Financiële drempel", "verzwakt", "Employability", "",
     [(FG, "maar dan moet je wel een terugbetalingsregeling", "Regulatief > Financiële drempel",
       "bram")]),
    ("Regulatief > Tijd en roosters", "verzwakt", "Employability",
     "Ploegendiensten sluiten vaste cursusavonden uit.",
     [(FG, "Een cursus die elke dinsdagavond is", "Regulatief > Tijd en roosters", "anouk")]),
    ("Regulatief > Subsidies en fondsen", "hangt samen met",
     "Samenwerking > Versnippering en loketten",
     "Elke partij heeft een eigen potje en een eigen loket.",
     [(FG, "Maar het was elke keer binnen een paar uur op", "Regulatief > Subsidies en fondsen",
       "anouk"),
      (FG, "Er zijn ideeën genoeg", "Samenwerking > Versnippering en loketten", "bram")]),
    ("Normatief > Rolverwachtingen", "verzwakt", "Cultureel-cognitief > Leercultuur",
     "Leidinggevenden worden afgerekend op productie, niet op wat hun mensen leren.",
     [(WG, "Die wordt afgerekend op output, op levertijden, op uitval.",
       "Normatief > Rolverwachtingen", "bram"),
      (WG, "Die wordt afgerekend op output, op levertijden, op uitval. Niemand",
       "Cultureel-cognitief > Leercultuur", "anouk")]),
    ("Cultureel-cognitief > Leercultuur", "hangt samen met",
     "Cultureel-cognitief > Beelden over leren", "",
     [(WG, "Een goede lasser wordt gerespecteerd", "Cultureel-cognitief > Leercultuur", "anouk"),
      (WG, "Een goede lasser wordt gerespecteerd", "Cultureel-cognitief > Beelden over leren",
       "bram")]),
    ("Cultureel-cognitief > Angst voor school", "verzwakt",
     "Employability > Inzetbaarheid in huidige functie",
     "Wie bij de automatisering wil bijblijven, moet weer in de schoolbanken durven zitten.",
     [(FG, "Ik ben zevenenvijftig", "Cultureel-cognitief > Angst voor school", "anouk"),
      (FG, "Ik ben zevenenvijftig", "Cultureel-cognitief > Angst voor school", "bram")]),
    ("Normatief > Sociale verplichting", "verzwakt", "Employability > Van werk naar werk",
     "Over een andere loopbaan praten voelt als collega's in de steek laten.",
     [(FG, "En in de zorg, met al die tekorten", "Normatief > Sociale verplichting", "anouk")]),
    ("Normatief > Beroepsethiek", "is voorwaarde voor",
     "Samenwerking > Vertrouwen en gedeelde motivatie",
     "De deelnemer is de opdrachtgever: zonder vrijwilligheid geen vertrouwen.",
     [(LA, "Zonder vrijwilligheid geen vertrouwen, en", "Normatief > Beroepsethiek", "anouk"),
      (LA, "Dat vrijwillige is voor ons echt de basis.",
       "Samenwerking > Vertrouwen en gedeelde motivatie", "bram")]),
    ("Samenwerking > Persoonsafhankelijkheid", "hangt samen met",
     "Samenwerking > Vertrouwen en gedeelde motivatie",
     "Vertrouwen groeit door elkaar te kennen, en verdwijnt als die personen vertrekken.",
     [(FG, "Als ik weet wie ik bij het ROC moet bellen", "Samenwerking > Persoonsafhankelijkheid",
       "anouk"),
      (FG, "Dat vertrouwen bouw je op door elkaar te zien.",
       "Samenwerking > Vertrouwen en gedeelde motivatie", "bram")]),
    ("Samenwerking > Gedeelde probleemdefinitie", "versterkt",
     "Samenwerking > Vertrouwen en gedeelde motivatie", "",
     [(LA, "Pas toen we een keer", "Samenwerking > Gedeelde probleemdefinitie", "anouk"),
      (LA, "Pas toen we een keer", "Samenwerking > Gedeelde probleemdefinitie", "bram")]),
    ("Samenwerking > Versnippering en loketten", "verzwakt", "Employability",
     "Wie niet weet bij welk loket hij moet zijn, komt niet in beweging.",
     [(FG, "Er zijn ideeën genoeg", "Samenwerking > Versnippering en loketten", "bram")]),
    ("Samenwerking > Middelen en slagkracht", "hangt samen met",
     "Samenwerking > Regie en rolverdeling",
     "Wie geld inbrengt, krijgt de regie; daar stokt het gesprek.",
     [(FG, "Maar zodra het over geld gaat", "Samenwerking > Middelen en slagkracht", "anouk"),
      (FG, "Maar zodra het over geld gaat", "Samenwerking > Regie en rolverdeling", "bram"),
      (LA, "En de partners die geld inbrengen", "Samenwerking > Middelen en slagkracht",
       "anouk")]),
    ("Werkwijze Leo > Onafhankelijkheid", "is voorwaarde voor",
     "Employability > Zelfinzicht en zelfvertrouwen",
     "Pas los van de werkgever durven deelnemers te zeggen wat ze willen.",
     [(FG, "Dat is ook echt de kracht van Leo", "Werkwijze Leo > Onafhankelijkheid", "anouk"),
      (FG, "Dat zelfvertrouwen, dat heeft het wel gedaan",
       "Employability > Zelfinzicht en zelfvertrouwen", "anouk")]),
    ("Werkwijze Leo > Laagdrempeligheid", "is strategie voor", "Employability",
     "Spreekuren op de werkvloer bereiken de mensen die niet vanzelf komen.",
     [(LA, "We houden spreekuren op locatie", "Werkwijze Leo > Laagdrempeligheid", "anouk"),
      (FG, "Nee, serieus, het was gewoon een normaal gesprek", "Werkwijze Leo > Laagdrempeligheid",
       "anouk")]),
]
STORY_LINE = (
    "Of werkenden in Zuid-Limburg inzetbaar blijven, hangt minder af van hun eigen wil dan van "
    "de instituties om hen heen. Technologische verandering maakt de stap naar ander werk "
    "noodzakelijk, maar roosters, opleidingskosten en studiekostenbedingen maken leren lastig, "
    "en normen als loyaliteit aan collega's en een leercultuur die om productie draait, houden "
    "het gesprek over ontwikkeling klein. Het beeld van leren als school en de angst om weer in "
    "de schoolbanken te zitten doen de rest. Waar Leo onafhankelijk en laagdrempelig werkt, "
    "groeien zelfinzicht en zelfvertrouwen. De samenwerking tussen werkgevers, onderwijs, "
    "gemeenten en UWV die dat mogelijk maakt, rust op vertrouwen dat aan personen hangt en op "
    "een gedeeld verhaal dat onder druk komt te staan zodra het over geld en regie gaat.")


def add_axial_layer(binary, out):
    project = str(out)
    for name, color, description in OPEN_CODES:
        cli(binary, "code-add", project, name, "--color", color, "--description", description)
    for document, quote, code in OPEN_CODINGS:
        text = cli(binary, "text", project, document)
        start = text.find(quote)
        if start < 0 or text.find(quote, start + 1) >= 0:
            sys.exit(f"build_sample.py: '{quote}' must occur exactly once in {document}")
        cli(binary, "code", project, document, str(start), str(start + len(quote)), code)
    name, color, description = CATEGORY
    cli(binary, "code-add", project, name, "--color", color, "--description", description)
    for code, _, _ in OPEN_CODES:
        cli(binary, "code-move", project, code, name)
    for category in ("Regulatief", "Normatief", "Cultureel-cognitief", "Samenwerking"):
        cli(binary, "phase-set", project, category, "axial")
    cli(binary, "relation-type-add", project, "is strategie voor", "is strategy for", "--slot",
        "strategies")

    # Every coder's codings: `--coder` (which cli() adds) would list only that coder's.
    listed = subprocess.run([binary, "codings", project, "--json"], capture_output=True, text=True,
                            env={**os.environ, "CODEBOOM_CODER": "anouk"})
    if listed.returncode != 0:
        sys.exit(f"build_sample.py: codeboom-cli codings failed: {listed.stderr.strip()}")
    codings = json.loads(listed.stdout)

    def evidence(document, quote_start, code, coder):
        found = [c["uuid"] for c in codings if c["document"] == document and c["code"] == code
                 and c["coder"] == coder and c["text"].startswith(quote_start)]
        if len(found) != 1:
            sys.exit(f"build_sample.py: no single coding of '{code}' by {coder} in {document} "
                     f"starting '{quote_start}'")
        return found[0]

    for source, relation_type, target, memo, shown_by in RELATIONS:
        args = [source, relation_type, target]
        if memo:
            args += ["--memo", memo]
        args += ["--evidence", *[evidence(*item) for item in shown_by]]
        cli(binary, "relation-add", project, *args)
    cli(binary, "core-set", project, "Employability")
    cli(binary, "storyline", project, STORY_LINE)
# --- end of the axial and selective layer ---------------------------------------------------------


# --- Memos (issue 3) ------------------------------------------------------------------------------
# What a researcher writes in the memo pane: on the project, on a transcript, and on the code the
# manual's screenshots select.
MEMOS = [
    (["--project"],
     "Veldwerk over Leo: een focusgroep en twee interviews (werkgever, loopbaanadviseur). Het "
     "codeboek volgt de drie pijlers van Scott; nieuwe open codes eerst als voorlopig markeren en "
     "in het teamoverleg bespreken."),
    (["--document", "focusgroep-leo"],
     "Levendig gesprek; deelnemers vullen elkaar vaak aan. Let op de ironie rond beleidstaal."),
    (["--code", "Cultureel-cognitief > Taal en imago"],
     "Terugkerend patroon: LLO en het UWV roepen controle en schoolsheid op, niet kansen. "
     "Vergelijken met 'Angst voor school': versterken die twee elkaar?"),
]


def add_memos(binary, out):
    for target, text in MEMOS:
        cli(binary, "memo", str(out), *target, text)


if __name__ == "__main__":
    main()
