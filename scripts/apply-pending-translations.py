#!/usr/bin/env python3
"""Merges translations/pending/*.tsv (context TAB source TAB Swedish, one message per line, "\\n" for a
newline; plurals as "singular || plural") into translations/dsardesk_sv.ts, for messages that lupdate has already added. Lets several people
translate new strings without editing the .ts file at once. Run after
`cmake --build build --target update_translations`; prints what it could not place; deletes nothing."""
import glob
import sys
import xml.etree.ElementTree as ET

ts_path = sys.argv[1] if len(sys.argv) > 1 else "translations/dsardesk_sv.ts"
pending = {}
for path in sorted(glob.glob("translations/pending/*.tsv")):
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                print(f"{path}:{number}: expected 3 tab-separated fields, found {len(parts)}")
                continue
            context, source, translation = (p.replace("\\n", "\n") for p in parts)
            pending[(context, source)] = translation

tree = ET.parse(ts_path)
used = set()
for context in tree.getroot().iter("context"):
    name = context.find("name").text
    for message in context.iter("message"):
        source = message.find("source").text or ""
        key = (name, source)
        if key not in pending:
            continue
        translation = message.find("translation")
        used.add(key)
        if translation.get("type") in ("unfinished", None) and message.get("numerus") != "yes":
            translation.attrib.pop("type", None)
            translation.text = pending[key]
        elif message.get("numerus") == "yes":
            translation.attrib.pop("type", None)
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            # Plurals: "singular || plural" (Swedish has two forms); one form serves both.
            forms = [form.strip() for form in pending[key].split("||")]
            for form in (forms * 2)[:2] if len(forms) == 1 else forms[:2]:
                ET.SubElement(translation, "numerusform").text = form

for key in sorted(set(pending) - used):
    print(f"not in {ts_path} (obsolete or not yet extracted): {key[0]}: {key[1][:70]}")

ET.indent(tree, space="    ")
with open(ts_path, "wb") as out:
    out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(out, encoding="utf-8", xml_declaration=False)
