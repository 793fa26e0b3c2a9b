#!/usr/bin/env python3
"""English is the source language: after lupdate, give every message of riaya_en.ts its
source text as translation (and both plural forms for %n messages), so the English
catalogue is complete and the translation check can hold every language to the same rule."""
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/riaya_en.ts"
tree = ET.parse(path)
for message in tree.getroot().iter("message"):
    source = message.findtext("source") or ""
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    if message.get("numerus") == "yes":
        translation.text = None
        for _ in range(2):
            ET.SubElement(translation, "numerusform").text = source
    else:
        translation.text = source
tree.write(path, encoding="utf-8", xml_declaration=True)
