#!/usr/bin/env python3
"""Checks a .docx file the way an office program reads it: a valid ZIP with the required parts,
every XML part well-formed, headings in Heading styles and bullets in a numbering list.

Usage: docx_check.py FILE.docx   (exit 0 and "ok" when sound; else the problems, exit 1)"""
import sys
import zipfile
import xml.dom.minidom

REQUIRED = ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
            "word/numbering.xml", "word/_rels/document.xml.rels", "docProps/core.xml"]
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def main(path):
    problems = []
    with zipfile.ZipFile(path) as archive:
        bad = archive.testzip()
        if bad:
            problems.append(f"{path}: CRC error in {bad}")
        names = archive.namelist()
        for name in REQUIRED:
            if name not in names:
                problems.append(f"{path}: missing part {name}")
        parsed = {}
        for name in names:
            if name.endswith(".xml") or name.endswith(".rels"):
                try:
                    parsed[name] = xml.dom.minidom.parseString(archive.read(name))
                except Exception as error:  # any parser error is a broken document
                    problems.append(f"{path}: {name} is not well-formed XML: {error}")
    styles = parsed.get("word/styles.xml")
    if styles:
        ids = {s.getAttributeNS(W, "styleId") for s in styles.getElementsByTagNameNS(W, "style")}
        for needed in ("Heading1", "Heading2", "ListParagraph"):
            if needed not in ids:
                problems.append(f"{path}: styles.xml has no style {needed}")
    document = parsed.get("word/document.xml")
    if document:
        used = {p.getAttributeNS(W, "val") for p in document.getElementsByTagNameNS(W, "pStyle")}
        if "Heading1" not in used:
            problems.append(f"{path}: document.xml uses no Heading1 paragraph")
        used_styles = used - {""}
        if styles and not used_styles <= ids:
            problems.append(f"{path}: document uses undefined styles {sorted(used_styles - ids)}")
    numbering = parsed.get("word/numbering.xml")
    if numbering:
        formats = {f.getAttributeNS(W, "val") for f in numbering.getElementsByTagNameNS(W, "numFmt")}
        if "bullet" not in formats:
            problems.append(f"{path}: numbering.xml defines no bullet list")
    for problem in problems:
        print(problem)
    if not problems:
        print("ok")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
