"""Fill a Qt .ts file's English translations from the glossary, then report what is missing.

Usage: python tools/translate_ts.py resources/translations/linli_en.ts
Sources not in the glossary stay unfinished (Qt then shows the Chinese source text).
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from resources.translations.glossary_en import GLOSSARY  # noqa: E402


def fill(ts: Path) -> tuple[int, list[str]]:
    tree = ET.parse(ts)
    done, missing = 0, []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        english = GLOSSARY.get(source)
        if english is None:
            missing.append(source)
            translation.set("type", "unfinished")
            continue
        if message.get("numerus") == "yes":
            forms = list(english) if isinstance(english, (tuple, list)) else [english, english]
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = english
        translation.attrib.pop("type", None)
        done += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return done, missing


if __name__ == "__main__":
    n, missing = fill(Path(sys.argv[1]))
    print(f"translated {n}, missing {len(missing)}")
    for m in sorted(set(missing)):
        print("  missing:", m)
