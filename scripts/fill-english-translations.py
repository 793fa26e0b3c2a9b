#!/usr/bin/env python3
"""English is the source language: after lupdate, give every message of riaya_en.ts its
source text as translation (and, for %n messages, a singular form and the source), so the English
catalogue is complete and the translation check can hold every language to the same rule."""
import re
import sys
import xml.etree.ElementTree as ET

# Singular forms that a rule cannot make (verbs agreeing with the count).
SINGULAR = {
    "%n residents look like children registered at another site; they wait for a clerk to decide, nothing was merged.":
        "%n resident looks like a child registered at another site; it waits for a clerk to decide, nothing was merged.",
    "%n residents look like children registered at another site; they wait for a clerk to decide, nothing is merged.":
        "%n resident looks like a child registered at another site; it waits for a clerk to decide, nothing is merged.",
    "%n residents are present; the capacity cannot be lower.": "%n resident is present; the capacity cannot be lower.",
    "The first %n matches; type more to narrow them": "The first %n match; type more to narrow them",
    "%n presence marks": "%n presence mark",
    "%n school results": "%n school result",
    "%n records were stamped by a clock %1 days ahead of this one; they wait for a clerk (conflicts list) and win over nothing.":
        "%n record was stamped by a clock %1 days ahead of this one; it waits for a clerk (conflicts list) and wins over nothing.",
    "%n records were stamped by a clock %1 days ahead of this one; they wait for a clerk under Review and do not win over any record.":
        "%n record was stamped by a clock %1 days ahead of this one; it waits for a clerk under Review and does not win over any record.",
    "%n signed heads match it, %1 of them countersigned by the ministry.":
        "%n signed head matches it, %1 of them countersigned by the ministry.",
    "The audit history of %1 is as it signed it: %n signed heads received.":
        "The audit history of %1 is as it signed it: %n signed head received.",
    "An identifier has at most %n letters, digits and dashes.": "An identifier has at most %n letter, digit or dash.",
}


def singular(source):
    """The form for a count of one: the noun after %n without its plural ending."""
    if source in SINGULAR:
        return SINGULAR[source]
    def one(match):
        word = match.group(1)
        if word.endswith("ies"):
            return "%n " + word[:-3] + "y"
        if word.endswith("ches"):
            return "%n " + word[:-2]
        return "%n " + word[:-1]
    return re.sub(r"%n (\w+s)\b", one, source, count=1)


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
        for form in (singular(source), source):
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = source
tree.write(path, encoding="utf-8", xml_declaration=True)
