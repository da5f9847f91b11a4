#!/usr/bin/env python3
"""Builds the sample project from the transcripts, codebook and example codings in samples/.

Everything goes through codeboom-cli, as a researcher's script would: the sample project is
itself a test that the CLI can build a realistic project. Quotes in codings.tsv are located in
each document's stored text, so offsets are code points (Python's str indices) by construction.
"""
import argparse
import csv
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
    print(f"built {out}")


if __name__ == "__main__":
    main()
