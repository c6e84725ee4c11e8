"""Import a roster sheet: choose the file (.xlsx, .xls, .csv; read off the window's thread, 取消 leaves
the dialog as it was), look at the column mapping and every problem row, say once which estate the
sheet's buildings are in where a building number alone is ambiguous, check (and correct) the reading
new people's names will sort by, confirm, watch the progress (cancel writes nothing), read the counts,
save the error report.
"""

from __future__ import annotations

from pathlib import Path

from desktop.core.messages import shown
from desktop.core.errors import UserError
from desktop.core.plain_text import describe_removed
from desktop.roster import import_report, service
from desktop.roster.import_clean import FIELD_LABELS
from desktop.roster.import_places import AMBIGUOUS
from desktop.roster.import_service import ImportPlan, ImportResult, PlanRow
from desktop.roster.import_readings import carry_readings
from desktop.roster.views.import_jobs import discard, import_work, preview_work
from desktop.roster.views.estate_question import EstateQuestion
from desktop.roster.views.import_readings import ReadingsPanel
from desktop.roster.views.paged_list import PagedList
from desktop.ui.context import AppContext
from desktop.ui.background import Job, run_in_background
from desktop.ui.export_files import ask_save_path
from desktop.ui.qt import plain_html
from desktop.ui.wrapped_rows import wrap_rows
from desktop.ui.qt import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QTabWidget, QtGui, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget, Signal,
)


class ImportDialog(QDialog):
    previewed = Signal(bool)          # a preview `preview` started has ended: True when its plan is shown

    def __init__(self, ctx: AppContext, community_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("从 Excel 导入花名册"))
        self.resize(960, 640)
        self.plan: ImportPlan | None = None
        self.result: ImportResult | None = None
        self.imported = False
        self.worker: Job | None = None                   # the import running on a worker thread
        self.preview_job: Job | None = None              # the sheet being read and planned on one
        self._build(community_id)

    def _build(self, community_id: str | None) -> None:
        v = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("导入到社区：")))
        self.community = QComboBox()
        for cid, name in self._communities():
            self.community.addItem(name, cid)
        if community_id:
            i = self.community.findData(community_id)
            if i >= 0:
                self.community.setCurrentIndex(i)
        row.addWidget(self.community)
        self.choose_button = QPushButton(self.tr("选择花名册文件…"))
        self.choose_button.clicked.connect(self.choose_file)
        row.addWidget(self.choose_button)
        row.addStretch(1)
        v.addLayout(row)

        self.file_label = QLabel(self.tr("还没有选择文件"))
        self.file_label.setWordWrap(True)
        v.addWidget(self.file_label)
        estate_row = QHBoxLayout()
        self.estate_label = QLabel(self.tr("只写了楼栋号的行属于小区："))
        self.estate = QComboBox()
        self.estate.activated.connect(self._estate_chosen)
        estate_row.addWidget(self.estate_label)
        estate_row.addWidget(self.estate)
        estate_row.addStretch(1)
        v.addLayout(estate_row)
        self.estate_label.hide()
        self.estate.hide()
        v.addWidget(QLabel(self.tr("列的对应：")))
        self.mapping = QTreeWidget()
        self.mapping.setRootIsDecorated(False)
        self.mapping.setHeaderLabels([self.tr("表格中的列"), self.tr("导入为")])
        self.mapping.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.mapping.setMaximumHeight(150)
        v.addWidget(self.mapping)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        f = self.summary.font()
        f.setBold(True)
        self.summary.setFont(f)
        v.addWidget(self.summary)
        self.notes = QLabel()                  # about the whole file: other sheets, cleaned characters …
        self.notes.setWordWrap(True)
        v.addWidget(self.notes)
        self.tabs = QTabWidget()
        self.problems = self._list([self.tr("原表行号"), self.tr("姓名"), self.tr("原因"), self.tr("表中的值")],
                                   wrap=True)
        self.merges = self._list([self.tr("原表行号"), self.tr("姓名"), self.tr("项目"), self.tr("原来"),
                                  self.tr("改为")], wrap=True)
        self.skipped = self._list([self.tr("原表行号"), self.tr("跳过原因")])
        self.partial = self._list([self.tr("原表行号"), self.tr("姓名"), self.tr("出生年月（日期不全）")])
        self.tabs.addTab(self.problems, self.tr("有问题的行"))
        self.tabs.addTab(self.merges, self.tr("合并到已有居民"))
        self.tabs.addTab(self.skipped, self.tr("跳过的行"))
        self.tabs.addTab(self.partial, self.tr("日期不全"))
        self.readings = ReadingsPanel()
        self.readings.changed.connect(self._readings_counted)
        self.tabs.addTab(self.readings, self.tr("读音"))
        self.stripped = self._list([self.tr("原表行号"), self.tr("列"), self.tr("去除的不可见字符")])
        self.tabs.addTab(self.stripped, self.tr("去除的字符"))
        v.addWidget(self.tabs, 1)
        self.confirm_moves = QCheckBox()                # moving people between flats is said, and confirmed
        self.confirm_moves.toggled.connect(lambda _on: self._enable_import())
        self.confirm_moves.hide()
        v.addWidget(self.confirm_moves)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        v.addWidget(self.message)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.report_button = QPushButton(self.tr("保存错误报告…"))
        self.report_button.setEnabled(False)
        self.report_button.clicked.connect(self.save_report)
        self.import_button = QPushButton(self.tr("确认导入"))
        self.import_button.setEnabled(False)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton(self.tr("关闭"))
        self.close_button.clicked.connect(self.reject)
        for b in (self.report_button, self.import_button, self.close_button):
            buttons.addWidget(b)
        v.addLayout(buttons)

    def _list(self, headers: list[str], wrap: bool = False) -> PagedList:
        """A read-only list that makes items a page at a time as it is scrolled; `wrap`: long reasons and
        values wrap in full (the fix is often at their end)."""
        w = PagedList()
        w.setRootIsDecorated(False)
        w.setHeaderLabels(headers)
        w.header().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        if wrap:
            wrap_rows(w)
            for col in range(2, len(headers)):
                w.header().setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        w.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        return w

    def _communities(self) -> list[tuple[str, str]]:
        try:
            with self.ctx.db.session(self.ctx.actor) as s:
                nodes = service.roster_tree(s, self.ctx.actor)
        except UserError:
            return []
        return [(n.id, n.name) for n in nodes]

    # -- preview ------------------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择花名册文件"), str(Path.home()), ";;".join((
            self.tr("花名册 (*.xlsx *.xls *.csv)"), self.tr("Excel 文件 (*.xlsx *.xls)"), self.tr("CSV 文件 (*.csv)"),
            self.tr("所有文件 (*)"))))
        if path:
            self.preview(Path(path))

    def preview(self, path: Path, estate: str = "", ask: bool = True) -> bool:
        """Start reading and planning the import of `path` off the window's thread (a progress window
        with 取消 after a moment); where building numbers are ambiguous, ask once for the estate and plan
        again. False when it cannot start (no community; a preview or the import already running);
        otherwise `previewed(shown)` says when it has ended."""
        if self.preview_job is not None or self.worker is not None:
            return False
        cid = self.community.currentData()
        self._say("")
        if not cid:
            self._say(self.tr("先选择导入到哪个社区"))
            return False
        path = Path(path)
        parsed = self.plan.parsed if self.plan is not None and self.plan.path == str(path) \
            and self.plan.community_id == cid else None
        work = preview_work(self.ctx.db, self.ctx.actor, path, cid, estate=estate, parsed=parsed,
                            counting=self.tr("已读 %1 / %2 行"))
        job = run_in_background(self, self.tr("正在读取花名册…"), work, failed=self._preview_refused)
        job.finished.connect(lambda plan: self._previewed(job, plan, path, ask))
        job.cancelled.connect(self._preview_cancelled)
        self.preview_job = job
        self._busy()
        return True

    def _previewed(self, job: Job, plan: ImportPlan, path: Path, ask: bool) -> None:
        """The plan is made: show it (corrections made before the estate was chosen stay)."""
        self.preview_job = None
        if job.progress.cancelled:               # 取消 (or closing) as it ended: not shown
            discard(plan, self.plan)
            self._preview_cancelled()
            return
        carry_readings(self.plan, plan)
        self._drop_plan(plan)
        self.result = None
        self.file_label.setText(str(path))
        self._show_plan(plan)
        self._busy()
        self.report_button.setEnabled(plan.refused_count > 0)
        if ask and plan.needs_estate:
            chosen = self.ask_estate(plan)
            if chosen and self.preview(path, chosen, ask=False):
                return
        self.previewed.emit(True)

    def _preview_refused(self, exc: UserError) -> None:
        self.preview_job = None
        self._say(shown(exc))
        self._drop_plan(None)
        self._busy()
        self.previewed.emit(False)

    def _preview_cancelled(self) -> None:
        """取消: the dialog shows what it showed before."""
        self.preview_job = None
        self._say(self.tr("已取消读取花名册。"))
        self._busy()
        self.previewed.emit(False)

    def _say(self, text: str) -> None:
        self.message.setStyleSheet("color: #b00020;")
        self.message.setText(text)

    def _busy(self) -> None:
        """While the sheet is read or the plan written: no other file, community, estate or import."""
        idle = self.preview_job is None and self.worker is None
        for w in (self.choose_button, self.community, self.estate):
            w.setEnabled(idle)
        self._enable_import()

    def ask_estate(self, plan: ImportPlan) -> str:
        """Which estate the sheet's buildings belong to ("" for none: those rows stay out)."""
        ambiguous = [r for r in plan.refused if len(r.messages) == 1 and r.messages[0].startswith(AMBIGUOUS)]
        examples = list(dict.fromkeys(str(r.values.get("building") or "") for r in ambiguous))
        self.estate_question = EstateQuestion(plan.estates, len(ambiguous), examples, self)
        if not self.estate_question.exec():
            return ""
        return self.estate_question.estate()

    def _estate_chosen(self, _index: int) -> None:
        if self.plan is not None and self.estate.currentData() != self.plan.estate:
            self.preview(Path(self.plan.path), str(self.estate.currentData() or ""), ask=False)
    def _show_plan(self, plan: ImportPlan) -> None:
        self.mapping.clear()
        for c in plan.columns:
            target = self.tr("%1（%2）").replace("%1", shown(c.label)).replace("%2", shown(c.note)) if c.note \
                else shown(c.label)
            self.mapping.addTopLevelItem(QTreeWidgetItem([f"{c.letter}  {c.header}", target]))
        self._fill_problems(plan)
        self.merges.show_rows(plan.merges, self._merge_items)
        moving = import_report.moves(plan)
        self.confirm_moves.setChecked(False)
        self.confirm_moves.setVisible(bool(moving))
        self.confirm_moves.setText(self.tr("确认：%1 位居民将搬到新住址（红色的行），核对无误才勾选").replace(
            "%1", str(len({m.row_number for m in moving}))))
        self.skipped.show_rows(plan.skipped, lambda k: [QTreeWidgetItem([str(k.row_number), shown(k.reason)])])
        self.partial.show_rows(plan.partial_dates, self._partial_items)
        self.tabs.setTabText(self.tabs.indexOf(self.partial),
                             self.tr("日期不全（%1）").replace("%1", str(len(plan.partial_dates))))
        self.readings.set_plan(plan)
        show = bool(plan.estates) and (plan.needs_estate or bool(plan.estate))
        self.estate.clear()
        self.estate.addItem(self.tr("（未指定）"), "")
        for e in plan.estates:
            self.estate.addItem(e, e)
        self.estate.setCurrentIndex(max(0, self.estate.findData(plan.estate)))
        self.estate_label.setVisible(show)
        self.estate.setVisible(show)
        self.tabs.setTabText(0, self.tr("有问题的行（%1）").replace("%1", str(plan.refused_count)))
        self.tabs.setTabText(1, self.tr("合并到已有居民（%1）").replace("%1", str(plan.merge_count)))
        self.tabs.setTabText(2, self.tr("跳过的行（%1）").replace("%1", str(len(plan.skipped))))
        self.stripped.show_rows(plan.stripped, lambda g: [QTreeWidgetItem([
            str(g.row_number), shown(FIELD_LABELS.get(g.field, g.field)), shown(describe_removed(list(g.chars), limit=10))])])
        self.tabs.setTabText(self.tabs.indexOf(self.stripped),
                             self.tr("去除的字符（%1）").replace("%1", str(len(plan.stripped))))
        self.notes.setText("\n".join(shown(n) for n in plan.notes))
        self.summary.setText(
            self.tr("预览（%1，%2）：新增 %3 人，合并到已有居民 %4 人，有问题 %5 行（不导入，列入错误报告）。"
                    "确认后才会写入。")
            .replace("%1", plan.file_name).replace("%2", plan.sheet).replace("%3", str(plan.new_count))
            .replace("%4", str(plan.merge_count)).replace("%5", str(plan.refused_count)))

    # -- apply --------------------------------------------------------------------------------------
    def start_import(self) -> None:
        if self.plan is None or self.worker is not None or self.preview_job is not None:
            return
        self.readings.setEnabled(False)             # the plan is being written: no more corrections
        self.worker = run_in_background(self, self.tr("正在导入…"), import_work(self.ctx.db, self.ctx.actor, self.plan),
                                        self._done, failed=lambda exc: self._failed(shown(exc)))
        self._busy()
        self.worker.cancelled.connect(self._cancelled)
        for signal in (self.worker.finished, self.worker.failed, self.worker.cancelled):
            signal.connect(self._worker_ended)

    def _done(self, result: ImportResult) -> None:
        self.result = result
        self.imported = True
        self.summary.setText(self.tr("导入完成：新增 %1 人，合并 %2 人，未导入 %3 行。")
                             .replace("%1", str(result.imported)).replace("%2", str(result.merged))
                             .replace("%3", str(result.refused)))
        if self.plan is not None:
            self._fill_problems(self.plan)
        self.report_button.setEnabled(result.refused > 0)
        if result.refused:
            self.report_button.setFocus()

    def _readings_counted(self, count: int) -> None:
        self.tabs.setTabText(self.tabs.indexOf(self.readings), self.tr("读音（%1）").replace("%1", str(count)))

    def _fill_problems(self, plan: ImportPlan) -> None:
        def items(r: PlanRow) -> list[QTreeWidgetItem]:
            reason = shown(r.reason)
            item = QTreeWidgetItem([str(r.row_number), str(r.values.get("name") or ""), reason,
                                    import_report.offending_cells(plan, r)])
            item.setToolTip(2, plain_html(reason))
            return [item]
        self.problems.show_rows(plan.refused, items)

    def _merge_items(self, r: PlanRow) -> list[QTreeWidgetItem]:
        """A merged row's changes, one line each (a move in red), or one line saying nothing changes."""
        if not r.changes:
            return [QTreeWidgetItem([str(r.row_number), str(r.values.get("name") or ""), self.tr("无变化"), "", ""])]
        out = []
        for c in import_report.row_changes(r):
            item = QTreeWidgetItem([str(r.row_number), c.name, shown(c.what), shown(c.before), shown(c.after)])
            if c.is_move:
                for col in range(5):
                    item.setForeground(col, QtGui.QBrush(QtGui.QColor("#b00020")))
            out.append(item)
        return out

    def _partial_items(self, r: PlanRow) -> list[QTreeWidgetItem]:
        born = r.values["birth_date"]
        return [QTreeWidgetItem([str(r.row_number), str(r.values.get("name") or ""),
                                 self.tr("%1年%2月").replace("%1", str(born.year)).replace("%2", str(born.month))])]

    def _enable_import(self) -> None:
        """确认导入 is live once there is a plan, and, where it moves people, once the moves are confirmed."""
        ready = self.plan is not None and self.result is None and self.worker is None and self.preview_job is None
        self.import_button.setEnabled(ready and (self.confirm_moves.isHidden() or self.confirm_moves.isChecked()))

    def _failed(self, message: str) -> None:
        self._say(self.tr("导入没有完成，什么都没有写入：") + message)
        self.import_button.setEnabled(True)

    def _cancelled(self) -> None:
        self.summary.setText(self.tr("已取消导入，什么都没有写入。"))
        self.import_button.setEnabled(True)

    def _worker_ended(self, *_: object) -> None:
        self.worker = None
        self._busy()
        self.readings.setEnabled(not self.imported)

    # -- error report -------------------------------------------------------------------------------
    def save_report(self) -> Path | None:
        if self.plan is None:
            return None
        beside = import_report.report_path(self.plan)             # beside the sheet, named for it and the time
        out = ask_save_path(self.ctx, self, self.tr("保存错误报告"), beside.name, self.tr("Excel 文件 (*.xlsx)"),
                            folder=beside.parent)
        if out is None:
            return None
        try:
            import_report.write_error_report(self.plan, out)
        except (UserError, OSError) as exc:
            self._say(shown(exc))
            return None
        self.message.setStyleSheet("color: #1b5e20;")
        self.message.setText(self.tr("错误报告已保存：") + str(out))
        return out

    def _drop_plan(self, new: ImportPlan | None) -> None:
        """Remove the rows of the plan shown so far from disk, unless `new` reads the same sheet's rows."""
        old, self.plan = self.plan, new
        if old is not None and (new is None or new.rows.store is not old.rows.store):
            old.close()

    def reject(self) -> None:
        if self.worker is not None:      # closing while importing: cancel, nothing is written
            self.worker.cancel()
            self.worker.wait()
        super().reject()

    def done(self, result: int) -> None:
        """Closed: a preview still reading stops (its worker ends here), the plan's rows leave the disk."""
        if self.preview_job is not None:
            self.preview_job.cancel()
            self.preview_job.wait()     # what it made is discarded when its end arrives (cancelled)
        super().done(result)
        if self.worker is None:
            self._drop_plan(None)

