"""`export signin` and `export activities` through the real entry point; the xlsx read back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.activities import service as svc
from desktop.activities.export import export_activities
from desktop.cli import main
from desktop.core import accounts
from tests.activities.conftest import World, at

PW = "cli-pass-1"


def _activities(w: World) -> dict[str, str]:
    p = w.people
    with w.db.session(w.admin) as s:
        ids = {
            "生日会": svc.create_activity(s, w.admin, svc.ActivityInput(
                "集体生日会", w.community_id, at(-3, 9), at(-3, 11), kind="生日会", capacity=3)),
            "禁毒": svc.create_activity(s, w.admin, svc.ActivityInput(
                "禁毒宣传进社区", w.community_id, at(-2, 15), at(-2, 17), kind="禁毒宣传", module="rehab")),
            "后街": svc.create_activity(s, w.admin, svc.ActivityInput(
                "集体生日会", w.other_community_id, at(-1, 9), at(-1, 11), kind="生日会")),
        }
        for name in ("陈富森", "刘淑君", "潘美兰", "李汉森"):
            svc.enroll(s, w.admin, ids["生日会"], p[name])
        svc.mark_attendance(s, w.admin, ids["生日会"], [p["陈富森"], p["刘淑君"]], walk_ins=["王伯"])
        svc.mark_attendance(s, w.admin, ids["禁毒"], [p["陈富森"]])
        svc.add_helper(s, w.admin, ids["禁毒"], p["黄嘉欣"], 90)
        accounts.create_first_admin(s, "boss", "曾生", PW)
    return ids


def test_export_xlsx_content(sworld: World, tmp_path: Path) -> None:
    w = sworld
    _activities(w)
    out = tmp_path / "act.xlsx"
    with w.db.session(w.social) as s:
        assert export_activities(s, w.social, date(2026, 10, 1), date(2026, 11, 30), out) == 2
    wb = load_workbook(out)
    rows = list(wb["活动列表"].iter_rows(values_only=True))
    assert rows[0][:5] == ("日期", "星期", "开始", "结束", "活动名称")
    body = {r[4]: r for r in rows[1:]}
    assert set(body) == {"集体生日会", "禁毒宣传进社区"}          # 后街 is outside 刘淑君's scope
    birthday = body["集体生日会"]
    assert (birthday[2], birthday[7], birthday[10], birthday[11], birthday[12], birthday[13]) == \
        ("09:00", "西湖社区", 3, 3, 1, 3)
    assert body["禁毒宣传进社区"][6] == "禁毒" and body["禁毒宣传进社区"][14] == 1.5
    figs = list(wb["统计"].iter_rows(values_only=True))
    total = next(r for r in figs if r[0] == "合计" and r[1] is not None)
    assert total[1:5] == (2, 4, 3, 1.5)     # 2 held, 4 人次, 3 人数 (陈 刘 王伯), 1.5 h


def test_cli_signin_and_activities(sworld: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    w = sworld
    ids = _activities(w)
    dbpath = str(w.db.sqlite_path)
    w.db.dispose()
    monkeypatch.setenv("LINLI_PASSWORD", PW)
    pdf = tmp_path / "out" / "signin.pdf"
    # the title is used in two communities: refused with a clear message
    assert main(["--db", dbpath, "export", "signin", "--activity", "集体生日会", str(pdf), "--user", "boss"]) == 1
    assert "无法确定" in capsys.readouterr().err and not pdf.exists()
    assert main(["--db", dbpath, "export", "signin", "--activity", ids["生日会"], str(pdf), "--user", "boss",
                 "--with-times"]) == 0
    text = PdfReader(str(pdf)).pages[0].extract_text()
    assert all(n in text for n in ("陈富森", "刘淑君", "潘美兰")) and "李汉森" not in text and "签退时间" in text
    assert main(["--db", dbpath, "export", "signin", "--activity", "禁毒宣传进社区", str(pdf), "--user", "boss",
                 "--kind", "list"]) == 0
    assert "禁毒宣传进社区 报名名单" in PdfReader(str(pdf)).pages[0].extract_text()
    assert main(["--db", dbpath, "export", "signin", "--activity", "不存在", str(pdf), "--user", "boss"]) == 1
    assert "找不到活动" in capsys.readouterr().err
    xlsx = tmp_path / "a.xlsx"
    assert main(["--db", dbpath, "export", "activities", "--from", "2026-10-01", "--to", "2026年11月30日",
                 str(xlsx), "--user", "boss"]) == 0
    assert "已导出 3 个活动" in capsys.readouterr().out
    assert load_workbook(xlsx)["活动列表"].max_row == 4
    assert main(["--db", dbpath, "export", "activities", "--from", "2026-13-01", "--to", "2026-11-30",
                 str(xlsx), "--user", "boss"]) == 1
    assert "--from" in capsys.readouterr().err
