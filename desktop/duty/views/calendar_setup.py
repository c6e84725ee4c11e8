"""Setting up a team from the calendar: a new team, its posts and their shift templates."""

from __future__ import annotations

from desktop.duty import posts_service, teams_service
from desktop.ui.actions import call, succeeds
from desktop.ui.qt import QInputDialog, QMessageBox
from desktop.duty.common import parse_hm


class CalendarSetup:
    """Mixed into CalendarView (uses its ctx, status, team and post boxes)."""

    def _community(self) -> str | None:
        if self.ctx.community_id:
            return self.ctx.community_id
        ids = sorted(self.ctx.actor.community_ids)
        return ids[0] if len(ids) == 1 else None

    def create_team(self, name: str) -> bool:
        community = self._community()
        if community is None:
            self.status.setText(self.tr("请在所属社区的工作台上建立服务队"))
            return False
        team_id = call(self.ctx, self, lambda s: teams_service.create_team(s, self.ctx.actor, name, community,
                                                                          self.ctx.building_id))
        if team_id is None:
            return False
        self.load_teams()
        self.team_box.setCurrentIndex(self.team_box.findData(team_id))
        return True

    def add_post(self, name: str, place: str = "", rounds: str = "") -> bool:
        if not self.team_id:
            return False
        team_id = self.team_id
        if not succeeds(self.ctx, self, lambda s: posts_service.save_post(s, self.ctx.actor, team_id, name, place,
                                                                          rounds)):
            return False
        self._team_changed()
        return True

    def add_template(self, post_id: str, text: str, *, on_weekends: bool = True, on_holidays: bool = True) -> bool:
        try:
            start_text, end_text = text.replace("–", "-").replace("—", "-").split("-")
            start, end = parse_hm(start_text), parse_hm(end_text)
        except ValueError:
            QMessageBox.warning(self, self.tr("提示"), self.tr("班次时间应写成 08:00-12:00"))
            return False
        if not succeeds(self.ctx, self, lambda s: posts_service.save_template(
                s, self.ctx.actor, post_id, start, end, on_weekends=on_weekends, on_holidays=on_holidays)):
            return False
        self.status.setText(self.tr("已添加班次 %1").replace("%1", text))
        return True

    def set_early_start(self, minutes: int) -> bool:
        """值班台: a volunteer may start his shift this many minutes before it."""
        if not self.team_id:
            return False
        team_id = self.team_id
        if not succeeds(self.ctx, self, lambda s: teams_service.set_early_start(s, self.ctx.actor, team_id, minutes)):
            return False
        self.status.setText(self.tr("值班台：班次开始前 %1 分钟起可以开始值班").replace("%1", str(minutes)))
        return True

    def _ask_early_start(self) -> None:
        if not self.team_id:
            return
        with self.ctx.db.session(self.ctx.actor) as s:
            current = teams_service.get_team(s, self.ctx.actor, self.team_id).early_start_minutes
        minutes, ok = QInputDialog.getInt(self, self.tr("值班台"), self.tr("班次开始前多少分钟起可以开始值班？"),
                                          current, 0, teams_service.MAX_EARLY_START, 5)
        if ok:
            self.set_early_start(minutes)

    def _ask_team(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("新建服务队"), self.tr("名称（如 西湖花园6号楼志愿服务队）"))
        if ok and name.strip():
            self.create_team(name)

    def _ask_post(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("添加岗位"), self.tr("岗位名称（如 值班室、巡楼、交通疏导）"))
        if not ok or not name.strip():
            return
        rounds, ok = QInputDialog.getText(self, self.tr("添加岗位"), self.tr("巡楼打卡时间（如 10:00,16:00，可不填）"))
        if ok:
            self.add_post(name, "", rounds)

    def _ask_template(self) -> None:
        post_id = self.post_box.currentData()
        if not post_id:
            self.status.setText(self.tr("请先在“岗位”里选一个岗位"))
            return
        text, ok = QInputDialog.getText(self, self.tr("添加班次"), self.tr("时间（如 08:00-12:00）"))
        if not ok or not text.strip():
            return
        holidays = QMessageBox.question(self, self.tr("添加班次"), self.tr("节假日也值班吗？"))
        self.add_template(post_id, text, on_holidays=holidays == QMessageBox.StandardButton.Yes)
