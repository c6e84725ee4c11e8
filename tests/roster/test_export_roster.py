"""Roster export: CSV with BOM, XLSX with text ID cells, PDF; masking, permission, audit, round trip."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from desktop.core.audit import AuditEntry
from desktop.core.db import Database
from desktop.core.errors import PermissionDenied, UserError
from tests.demo_world import migrated_db
from desktop.core.roles import Role
from desktop.core.security import Actor
from desktop.roster.export_service import EXPORT_HEADERS, export_roster
from desktop.roster.import_service import MERGE, preview_import
from tests.roster.roster_sheets import EXISTING_ID, imported_world

MASKED = re.compile(r"^\d{6}\*{8}\d{3}[\dX]$")


def _actor(role: Role, cid: str, name: str = "sg1") -> Actor:
    return Actor(id=None, username=name, display_name=f"{name}姓名", role=role, community_ids=frozenset({cid}))


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, dict]]:
    d = tmp_path_factory.mktemp("export")
    db = migrated_db(d / "linli.db")
    info = imported_world(db, d / "花名册.xlsx")
    yield db, info
    db.dispose()


def _exports(db: Database) -> list[str]:
    with db.session() as s:
        return list(s.scalars(select(AuditEntry.detail).where(AuditEntry.action == "export")
                              .order_by(AuditEntry.at)))


def test_csv_is_utf8_with_bom_and_masks_ids(world, tmp_path: Path) -> None:
    db, info = world
    worker = _actor(Role.SOCIAL_WORKER, info["community_id"])
    out = tmp_path / "roster.csv"
    with db.session(worker) as s:
        result = export_roster(s, worker, info["community_id"], out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == EXPORT_HEADERS and result.rows == len(rows) - 1 == 6
    by_name = {r[0]: dict(zip(EXPORT_HEADERS, r)) for r in rows[1:]}
    assert {"𠮷䶮", "阿依古丽·买买提", "陈富森", "王建国"} <= set(by_name)
    ids = [r["身份证号码"] for r in by_name.values() if r["身份证号码"]]
    assert len(ids) == 5 and all(MASKED.match(i) for i in ids)
    assert EXISTING_ID not in raw.decode("utf-8-sig")
    assert by_name["陈富森"]["住址"] == "6号楼1单元501" and by_name["陈富森"]["标签"] == "独居老人"
    # head of household first within a household, households in room order
    names = [r[0] for r in rows[1:]]
    assert names.index("陈富森") + 1 == names.index("李秀英")
    assert "身份证号已遮盖" in _exports(db)[-1] and "roster.csv" in _exports(db)[-1]


def test_full_ids_need_the_permission_and_are_audited(world, tmp_path: Path) -> None:
    db, info = world
    worker = _actor(Role.SOCIAL_WORKER, info["community_id"])
    with db.session(worker) as s:
        export_roster(s, worker, info["community_id"], tmp_path / "full.csv", full_id=True)
    text = (tmp_path / "full.csv").read_text(encoding="utf-8-sig")
    assert EXISTING_ID in text
    assert "含完整身份证号" in _exports(db)[-1]
    for role in (Role.RECEPTION, Role.REHAB_WORKER, Role.DUTY_VOLUNTEER):
        with pytest.raises(PermissionDenied):
            with db.session() as s:
                export_roster(s, _actor(role, info["community_id"]), info["community_id"], tmp_path / "x.csv",
                              full_id=True)
    other = Actor(id=None, username="sg9", display_name="sg9", role=Role.SOCIAL_WORKER,
                  community_ids=frozenset({"elsewhere"}))
    with pytest.raises(PermissionDenied):
        with db.session() as s:
            export_roster(s, other, info["community_id"], tmp_path / "y.csv")
    with pytest.raises(UserError, match="不支持"):
        with db.session() as s:
            export_roster(s, worker, info["community_id"], tmp_path / "z.doc")


def test_xlsx_keeps_ids_as_text_and_imports_back_unchanged(world, tmp_path: Path) -> None:
    db, info = world
    worker = _actor(Role.SOCIAL_WORKER, info["community_id"])
    out = tmp_path / "roster.xlsx"
    with db.session(worker) as s:
        export_roster(s, worker, info["community_id"], out, full_id=True)
    ws = load_workbook(out).active
    assert ws["A1"].value.startswith("西湖社区花名册")
    header = [c.value for c in ws[2]]
    assert header == EXPORT_HEADERS
    id_col = header.index("身份证号码") + 1
    cells = [ws.cell(row=r, column=id_col) for r in range(3, ws.max_row + 1)]
    assert EXISTING_ID in [c.value for c in cells]
    assert all(c.number_format == "@" for c in cells if c.value)
    # the export is a valid import sheet: every person with an ID merges with nothing to change
    with db.session(worker) as s:
        plan = preview_import(s, worker, out, info["community_id"])
    with_id = [r for r in plan.rows if r.values["id_number"]]
    assert len(with_id) == 5 and all(r.status == MERGE and not r.changes for r in with_id), \
        [(r.row_number, [str(c) for c in r.changes], r.reason) for r in with_id]


def test_pdf_export_prints_every_name(world, tmp_path: Path) -> None:
    db, info = world
    worker = _actor(Role.SOCIAL_WORKER, info["community_id"])
    out = tmp_path / "roster.pdf"
    with db.session(worker) as s:
        result = export_roster(s, worker, info["community_id"], out)
    assert result.unprintable == []
    reader = PdfReader(str(out))
    text = "".join(p.extract_text() for p in reader.pages)
    for name in ("社区花名册", "陈富森", "𠮷䶮", "阿依古丽·买买提", "内部资料", "第 1 页"):
        assert name in text, name
    assert EXISTING_ID not in text and EXISTING_ID[:6] + "********" in text
    fonts = {str(f.get_object()["/BaseFont"]) for p in reader.pages for f in p["/Resources"]["/Font"].values()}
    assert any("HanaMin" in f for f in fonts)           # 𠮷 and 䶮 from a fallback font
    assert "PDF" in _exports(db)[-1]
