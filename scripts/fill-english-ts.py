#!/usr/bin/env python3
"""Fills translations/dsardesk_en.ts: English is the source language, so every message translates to its
source text, except plurals, which get their singular and plural forms ("1 day left", "2 days left").
Run after `cmake --build build --target update_translations`."""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/dsardesk_en.ts"
tree = ET.parse(path)


def plural_forms(source):
    # "%n day(s) left" -> ("%n day left", "%n days left"); "case(s)" likewise.
    singular = re.sub(r"\(s\)", "", source)
    plural = re.sub(r"\(s\)", "s", source)
    return singular, plural


for message in tree.getroot().iter("message"):
    source = message.find("source").text or ""
    translation = message.find("translation")
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for form in plural_forms(source):
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = source

ET.indent(tree, space="    ")
with open(path, "wb") as out:
    out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(out, encoding="utf-8", xml_declaration=False)
