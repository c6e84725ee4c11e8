"""The foundation's two documents through their services: permission, audit, real PDF text."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop.core.audit import AuditEntry
from desktop.core.errors import PermissionDenied
from desktop.admin.printing import print_user_list
from desktop.duty.printing import print_duty_log_form
from desktop.core.roles import Role
from tests import helpers


def _text(path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(path).pages)


def test_user_list_pdf_is_audited_and_lists_every_account(sqlite_db, tmp_path) -> None:
    helpers.community(sqlite_db)
    helpers.actor(sqlite_db, "duty", Role.DUTY_VOLUNTEER, ["西湖社区"], display_name="陈富森")
    admin = helpers.admin(sqlite_db)
    out = tmp_path / "users.pdf"
    with sqlite_db.session(admin) as s:
        print_user_list(s, admin, out)
    text = _text(out)
    assert "陈富森" in text and "值班志愿者" in text and "西湖社区" in text and "第 1 页 / 共 1 页" in text
    with sqlite_db.session() as s:
        assert s.scalar(select(AuditEntry).where(AuditEntry.action == "print", AuditEntry.entity == "users"))


def test_user_list_refused_to_a_duty_volunteer(sqlite_db, tmp_path) -> None:
    helpers.community(sqlite_db)
    duty = helpers.actor(sqlite_db, "duty", Role.DUTY_VOLUNTEER, ["西湖社区"])
    with pytest.raises(PermissionDenied):
        with sqlite_db.session(duty) as s:
            print_user_list(s, duty, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_blank_duty_log_form(sqlite_db, tmp_path) -> None:
    helpers.community(sqlite_db)
    duty = helpers.actor(sqlite_db, "duty", Role.DUTY_VOLUNTEER, ["西湖社区"], display_name="陈富森")
    out = tmp_path / "log.pdf"
    with sqlite_db.session(duty) as s:
        print_duty_log_form(s, duty, out, community="西湖社区", place="西湖花园6号楼值班室", pages=2)
    text = _text(out)
    assert "值班记录表" in text and "西湖花园6号楼值班室" in text and "第 2 页 / 共 2 页" in text
    assert "打印人" in text and "陈富森" in text
