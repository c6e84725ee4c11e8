"""Hostile .xlsx files written cheaply, part by part (no spreadsheet library): what an attacker would
send instead of a roster. Used by the sheet-limit tests of the core and of the roster import."""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from pathlib import Path

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
       '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
       '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
       '<Default Extension="xml" ContentType="application/xml"/>'
       '<Override PartName="/xl/workbook.xml" '
       'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
       '<Override PartName="/xl/worksheets/sheet1.xml" '
       'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
       '<Override PartName="/xl/sharedStrings.xml" '
       'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Target="xl/workbook.xml" '
         'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>'
         '</Relationships>')
_WORKBOOK = (f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" '
             'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
             '<sheets><sheet name="花名册" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WORKBOOK_RELS = ('<?xml version="1.0" encoding="UTF-8"?>'
                  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                  '<Relationship Id="rId1" Target="{sheet}" '
                  'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"/>'
                  '<Relationship Id="rId2" Target="sharedStrings.xml" '
                  'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"/>'
                  '</Relationships>')
HEADER = ('<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c>'
          '<c r="B1" t="inlineStr"><is><t>备注</t></is></c></row>')


def write_xlsx(path: Path, rows: Iterable[str], *, dimension: str | None = None,
               shared: Iterable[bytes] | None = None, sheet_part: str = "xl/worksheets/sheet1.xml",
               level: int = 1) -> Path:
    """An .xlsx whose sheet holds the `rows` XML (streamed) and, if given, a sharedStrings part."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS.format(sheet="/" + sheet_part))
        with z.open(sheet_part, "w") as f:
            f.write(f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}">'.encode())
            if dimension:
                f.write(f'<dimension ref="{dimension}"/>'.encode())
            f.write(b"<sheetData>")
            for chunk in rows:
                f.write(chunk.encode())
            f.write(b"</sheetData></worksheet>")
        if shared is not None:
            with z.open("xl/sharedStrings.xml", "w") as f:
                for chunk in shared:
                    f.write(chunk)
    return path


def far_cell(path: Path, *, declared: bool = True) -> Path:
    """A 2 KB file with one cell at XFD1048576 (the reader would hold 2^20 × 2^14 cells)."""
    return write_xlsx(path, [HEADER, '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'],
                      dimension="A1:XFD1048576" if declared else None)


def many_rows(path: Path, rows: int = 1_048_575) -> Path:
    """A sheet with a value in every row down to `rows` + 1 (the header is row 1)."""
    def chunks() -> Iterable[str]:
        yield HEADER
        step = 50_000
        for start in range(2, rows + 2, step):
            yield "".join(f'<row r="{i}"><c r="A{i}"><v>{i}</v></c></row>'
                          for i in range(start, min(start + step, rows + 2)))
    return write_xlsx(path, chunks())


def shared_strings_bomb(path: Path, megabytes: int = 400, uses: int = 2) -> Path:
    """A name and a `megabytes` MB note in sharedStrings.xml, the note used in `uses` rows."""
    def shared() -> Iterable[bytes]:
        yield (f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}" count="{2 * uses}" uniqueCount="2">'
               '<si><t>张三</t></si><si><t>').encode()
        block = b"A" * (1 << 20)
        for _ in range(megabytes):
            yield block
        yield b"</t></si></sst>"
    rows = [HEADER] + [f'<row r="{r}"><c r="A{r}" t="s"><v>0</v></c><c r="B{r}" t="s"><v>1</v></c></row>'
                       for r in range(2, uses + 2)]
    return write_xlsx(path, rows, shared=shared())
