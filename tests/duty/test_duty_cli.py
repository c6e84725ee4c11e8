"""`export rota` and `export hours` through the real entry point."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.cli import main
from desktop.core.roles import Role
from desktop.core.security import SYSTEM, User, UserCommunity, hash_password
from desktop.duty import attendance, shifts_service
from tests import helpers
from tests.duty.test_desk_hours_fund import at


def test_export_rota_and_hours(sqlite_world, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str]) -> None:
    w = sqlite_world
    with w.db.session(w.coordinator) as s:
        shifts_service.generate_month(s, w.coordinator, w.team_id, 2026, 11)
        rows = shifts_service.list_shifts(s, w.coordinator, w.team_id, date(2026, 11, 10), date(2026, 11, 10))
    first = next(r for r in rows if r.post_name == "值班室" and r.start.hour == 8)
    own = replace(w.volunteer, id=None, display_name=first.member_name)      # the shift's volunteer at the desk
    with w.db.session(own) as s:
        attendance.start_shift(s, own, first.id, now=at(8, 0))
        attendance.end_shift(s, own, first.id, now=at(11, 30))
    with w.db.session(SYSTEM) as s:
        u = User(username="liu", display_name="刘淑君", password_hash=hash_password(helpers.PASSWORD),
                 role=Role.SOCIAL_WORKER.value)
        u.communities.append(UserCommunity(community_id=w.community_id))
        s.add(u)
    dbpath = str(w.db.sqlite_path)
    w.db.dispose()
    monkeypatch.setenv("LINLI_PASSWORD", helpers.PASSWORD)
    team = "西湖花园6号楼志愿服务队"
    pdf = tmp_path / "out" / "rota.pdf"
    assert main(["--db", dbpath, "export", "rota", "--team", team, "--month", "2026-11", str(pdf),
                 "--user", "liu"]) == 0
    text = "\n".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    assert "2026年11月排班表" in text and first.member_name in text and "赵师傅" in text
    xlsx = tmp_path / "hours.xlsx"
    assert main(["--db", dbpath, "export", "hours", "--team", team, "--from", "2026-11-01", "--to", "2026-11-30",
                 str(xlsx), "--user", "liu"]) == 0
    sheet = list(load_workbook(xlsx).active.iter_rows(values_only=True))
    assert sheet[1][0] == "姓名"
    body = {r[0]: r for r in sheet[2:]}
    assert body[first.member_name][1:3] == (1, 3.5) and body["合计"][5] == 3.5
    assert main(["--db", dbpath, "export", "rota", "--team", team, "--month", "2026-13", str(pdf),
                 "--user", "liu"]) == 1
    assert "YYYY-MM" in capsys.readouterr().err
    assert main(["--db", dbpath, "export", "rota", "--team", "别的队", "--month", "2026-11", str(pdf),
                 "--user", "liu"]) == 1
    assert "找不到志愿服务队" in capsys.readouterr().err
