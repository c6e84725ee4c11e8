"""In English every page of every desk, and the dialogs reached from them, speak English: what is left in
Chinese is data (names, places, notes) — the text the database holds.

The demo data is loaded, each desk signs in and opens every page it may see; every text a person reads is
collected (labels, buttons, tabs, group titles, headers, table and list cells, combo items, placeholders,
tooltips, window titles, menus, Qt's own calendar) and every value of the database's text columns is taken
out of it. Chinese that remains is a string that was not translated.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from desktop.core import messages
from desktop.core.vocabulary import RELATION
from desktop.core.settings_store import MachineSettings
from desktop.models_registry import metadata
from desktop.duty.models import DutyPost
from desktop.roster.models import Person, RosterTag
from desktop.ui.context import AppContext
from desktop.ui.look import glossary
from desktop.ui.qt import QAction, Qt, QtWidgets
from tests import helpers
from tests.ui import desk_walk
from tests.ui.test_dialog_keys import _dialogs

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
SHORT = 80         # values up to this length are taken out of texts; longer ones (notes) match whole
ROWS = 40          # cells read per table: the first rows show every column's kind of text


def _trie_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """One regex matching any of `words` (longest first at each position), built as a trie so a few
    thousand values cost one pass over a text."""
    trie: dict[str, dict] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict[str, dict]) -> str:
        ends = "" in node
        alts = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if ends else body

    return re.compile(pattern(trie))


def data_values(db) -> set[str]:  # noqa: ANN001
    """Every Chinese string the database holds in a text column, and the rehab cases' sealed ones as their
    service reads them; the product's own name, and a language's name in its own language."""
    from dataclasses import astuple

    from desktop.core import accounts
    from desktop.rehab import caseload

    values: set[str] = {"邻里", "简体中文"}
    with db.session() as s:
        rehab = accounts.authenticate(s, "rehab", helpers.PASSWORD, desk="rehab")
    with db.session(rehab) as s:
        for row in caseload.list_cases(s, rehab, status=None, limit=500):
            values.update(v for v in astuple(row) if isinstance(v, str) and CJK.search(v))
    with db.engine.connect() as conn:
        for table in metadata.sorted_tables:
            cols = [c for c in table.columns if isinstance(c.type, sa.String | sa.Text)]
            if not cols:
                continue
            for row in conn.execute(sa.select(*cols)):
                for v in row:
                    if isinstance(v, str) and CJK.search(v):
                        values.add(v.strip())
                        values.update(p for p in re.split(r"[,，、；;\n]", v) if CJK.search(p))
        made = set(conn.execute(sa.select(RosterTag.name)).scalars()) | set(conn.execute(sa.select(DutyPost.name)).scalars())
        for carried in conn.execute(sa.select(Person.tags)).scalars():
            made.update(carried.split(","))
        made |= {post[:2] for post in made}        # the month calendar names a post by its first two characters
    return values - (vocabularies() - made)      # a word of the code's is no data; a tag or a post someone named is


def vocabularies() -> set[str]:
    """The code's fixed vocabularies: stored in Chinese, shown in the window's language (messages.word)."""
    from desktop.activities.models import KIND_SUGGESTIONS
    from desktop.core import vocabulary
    from desktop.duty import rounds_service, shifts_service
    from desktop.duty import models as duty
    from desktop.elder import checkin_corrections
    from desktop.elder import models as elder
    from desktop.rehab import models as rehab
    from desktop.rehab.followup_service import DONE_RESULTS
    from desktop.roster.models import NOTE_KINDS
    from desktop.volunteers import models as volunteers

    words = [NOTE_KINDS, elder.STATUSES, elder.CATEGORIES, elder.SERVICE_KINDS, checkin_corrections.CHECKIN_REASONS,
             checkin_corrections.LUNCH_REASONS, rehab.KINDS, rehab.STATUSES, rehab.RISK_LEVELS, rehab.CONTACT_ROLES,
             rehab.STAGES, rehab.METHODS, rehab.TEST_KINDS, rehab.TEST_RESULTS, rehab.MISSED_RESULTS, DONE_RESULTS,
             rehab.REFERRAL_KINDS, duty.LOG_KINDS, duty.REQUEST_KINDS, KIND_SUGGESTIONS, volunteers.ID_TYPES,
             volunteers.REGISTRIES, vocabulary.RESIDENCE_TYPES, vocabulary.RELATIONS,
             (shifts_service.UNFILLED, shifts_service.PLANNED, shifts_service.ON_DUTY, shifts_service.DONE,
              shifts_service.NO_SHOW, shifts_service.LATE, "空缺"),
             (rounds_service.PENDING, rounds_service.DONE, rounds_service.LATE_DONE, rounds_service.MISSED,
              rounds_service.LATER), (duty.UNCLOSED, duty.CONFIRMED, duty.ENTERED), duty.REQUEST_STATES,
             duty.FUND_KINDS, ("待售", "已售", "退回", "义卖")]
    return {w for vocabulary in words for w in vocabulary if w}


def _count(model, what: str, parent) -> int:  # noqa: ANN001
    """rowCount/columnCount, which some of Qt's own models (the calendar's, a list's) take without a parent."""
    for args in ((parent,), ()):
        try:
            return int(getattr(model, what)(*args))
        except TypeError:
            continue
    return 1


def _headers(view: QtWidgets.QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    for c in range(_count(model, 'columnCount', view.rootIndex())):
        yield str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")


def _model_texts(view: QtWidgets.QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    root = view.rootIndex()
    stack = [root]
    seen = 0
    while stack and seen < ROWS * 4:
        parent = stack.pop()
        for r in range(min(_count(model, 'rowCount', parent), ROWS)):
            for c in range(_count(model, 'columnCount', parent)):
                index = model.index(r, c, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        yield value
            if parent == root and _count(model, 'rowCount', model.index(r, 0, parent)) > 0:
                stack.append(model.index(r, 0, parent))
            seen += 1


def _a_form_label(w: QtWidgets.QWidget) -> bool:
    """A form's label for a field (left of it in a QFormLayout): a label of the code's."""
    parent = w.parentWidget()
    for form in (parent.findChildren(QtWidgets.QFormLayout) if parent is not None else []):
        row, role = form.getWidgetPosition(w)
        if row >= 0 and role == QtWidgets.QFormLayout.ItemRole.LabelRole:
            return True
    return False


def texts(root: QtWidgets.QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) for everything a person may read in `root` and below."""
    for w in [root, *root.findChildren(QtWidgets.QWidget)]:
        kind = type(w).__name__
        if w.isWindow():
            yield f"{kind} title", w.windowTitle()
        yield f"{kind} tooltip", w.toolTip()
        if isinstance(w, QtWidgets.QLabel | QtWidgets.QAbstractButton):
            yield (f"{kind} {LABEL}" if _a_form_label(w) else kind), w.text()
        if isinstance(w, QtWidgets.QGroupBox):
            yield kind, w.title()
        if isinstance(w, QtWidgets.QLineEdit | QtWidgets.QPlainTextEdit | QtWidgets.QTextEdit):
            yield f"{kind} placeholder", w.placeholderText()
        if isinstance(w, QtWidgets.QComboBox):
            yield from ((kind, w.itemText(i)) for i in range(w.count()))
        if isinstance(w, QtWidgets.QTabWidget):
            for i in range(w.count()):
                yield f"{kind} {LABEL}", w.tabText(i)
                yield f"{kind} tooltip", w.tabToolTip(i)
        if isinstance(w, QtWidgets.QAbstractItemView):
            yield from ((f"{kind} {LABEL}", t) for t in _headers(w))
            yield from ((kind, t) for t in _model_texts(w))
        if isinstance(w, QtWidgets.QDateEdit):
            yield kind, w.text()
    for action in root.findChildren(QAction):
        yield "action", action.text()
        yield "action tooltip", action.toolTip()


def key_of(rest: str) -> str:
    """What is left of a text once data is out, as the Chinese words in it (numbers and data vary)."""
    return " ".join(sorted(set(re.findall(r"[\u3400-\u9fff\uf900-\ufaff]+", rest))))


LABEL = "(label)"        # texts of these kinds are the code's own: a tab's title, a column's head

# Chinese still shown in English, each with why it is left for now. The test fails on any other, and on
# any of these once it is gone (so the list only shrinks).
KNOWN: dict[str, str] = {}


def examples() -> dict[str, set[str]]:
    """English texts that keep an example in Chinese, copied from their Chinese source (a surname's
    reading, 单 read shan; holiday names as they are typed, 春节): English text → the Chinese it may keep.
    Only the whole English text, as the glossary or the catalogue gives it, carries its examples."""
    out: dict[str, set[str]] = {}
    pairs = [(zh, en) for zh, en in glossary().items() if isinstance(en, str)]
    for zh, en in [*pairs, *messages.catalogue().items()]:
        runs = set(re.findall(r"[\u3400-\u9fff\uf900-\ufaff]+", en))
        if runs and all(run in zh for run in runs):
            out[en] = runs
    return out


class Leftovers:
    """Chinese that is not data, with where it was seen."""

    def __init__(self, data: set[str]) -> None:
        self.data = _trie_pattern(v for v in data if len(v) <= SHORT)
        self.long = "\x00".join(v for v in data if len(v) > SHORT)       # notes: shown whole or cut with …
        self.found: dict[str, str] = {}
        self.read = 0
        self.examples = examples()

    def check(self, where: str, pairs: Iterable[tuple[str, str]]) -> None:
        for kind, text in pairs:
            if not text or not CJK.search(text):
                continue
            self.read += 1
            if kind.endswith(LABEL):                  # a tab's title, a column's head: the code's, never data
                rest = text
            elif len(text) > SHORT // 2 and text.rstrip("…") in self.long:
                continue
            else:
                rest = self.data.sub("", text)
            for example in self.examples.get(text, ()):
                rest = rest.replace(example, "")
            if CJK.search(rest):
                self.found.setdefault(key_of(rest), f"{where} ({kind}): {text[:100]!r}")


def test_every_page_and_dialog_speaks_english_but_data(qtbot, demo_db, tmp_path: Path, english_app) -> None:  # noqa: ANN001
    sqlite_db = demo_db                                     # the demo world (tests/demo_world.py)
    assert messages.language() == "en"
    left = Leftovers(data_values(sqlite_db) | {"凤翔苑", "西湖花园"})     # and what the dialogs below are given
    pages = 0
    for username, window in desk_walk.windows(sqlite_db, qtbot, tmp_path, desk_walk.EVERY_PAGE):
        left.check(f"{username}/window", texts(window.menuBar()))
        for key, page in desk_walk.pages(window):
            pages += 1
            left.check(f"{username}/{key}", texts(page))
            for tab, tabs in desk_walk.tabs(page):          # a tab fills its lists when it is opened
                left.check(f"{username}/{key}/{tab}", texts(tabs.currentWidget()))
        left.check(f"{username}/window", [("title", window.windowTitle())])
    ctx = AppContext(db=sqlite_db, actor=helpers.admin(sqlite_db), settings=MachineSettings(tmp_path / "s.json"))
    for dialog in _dialogs(ctx):
        qtbot.addWidget(dialog)
        left.check(type(dialog).__name__, texts(dialog))
    assert pages >= 20 and left.read > 500              # the walk saw the desks and a good deal of Chinese
    new = {k: where for k, where in left.found.items() if k not in KNOWN}
    assert not new, f"{len(new)} texts in Chinese that are not data:\n" + "\n".join(
        f"    {k!r}: {where}" for k, where in sorted(new.items(), key=lambda kv: kv[1]))
    gone = sorted(set(KNOWN) - set(left.found))
    assert not gone, f"translated now: take them out of KNOWN: {gone}"


def test_an_example_is_excused_only_in_its_own_text() -> None:
    hint = glossary()["新增居民的姓名按这里的读音排序和查找；读错了双击改正，如“单”作姓读 shan。"]
    assert examples()[hint] == {"单"}
    left = Leftovers(set())
    left.check("probe", [("QLabel", hint), ("QLabel", "单"), ("QLabel", hint + " 读音")])
    assert sorted(left.found) == ["单", "单 读音"]       # the same word elsewhere, or the text changed, is caught


def test_volunteer_entry_kinds_and_ratings_read_in_english_and_save_the_word(qtbot, english_app) -> None:  # noqa: ANN001
    from desktop.volunteers.views.dialogs import EntryDialog

    dialog = EntryDialog()
    qtbot.addWidget(dialog)
    assert [dialog.kind.itemText(i) for i in range(dialog.kind.count())] == ["Service", "Training", "Award",
                                                                             "Appraisal"]
    assert not dialog.rating.isEnabled()
    dialog.kind.setCurrentIndex(3)
    assert dialog.rating.isEnabled() and not dialog.minutes.isEnabled()
    dialog.rating.setCurrentIndex(dialog.rating.findText("Unsatisfactory"))
    assert dialog.value()["kind"] == "评价" and dialog.value()["rating"] == "不合格"


def test_who_came_reads_in_english_whichever_way_they_signed_in(qtbot, english_app) -> None:  # noqa: ANN001
    """The walk sees an activity's sign-ins only on days the demo has some: every source is checked here."""
    from desktop.activities.activity_service import PersonLine
    from desktop.activities.models import SOURCES
    from desktop.activities.views.tables import people_model

    model = people_model("attended")
    at = datetime(2026, 11, 18, 2, 0, tzinfo=UTC)
    rows = [PersonLine("p1", "黄叔", checked_in_at=at, source=source) for source in SOURCES]
    model.set_rows([*rows, PersonLine(None, "路过的阿姨", checked_in_at=at, source="desk")])
    method = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())].index("Method")
    assert model.column_texts(method) == ["On site", "Paper sheet", "On site"]
    assert model.column_texts(0) == ["黄叔", "黄叔", "路过的阿姨 (walk-in)"]     # the name is data; the mark is not


def test_every_word_of_the_codes_vocabularies_has_its_english(qtbot, english_app) -> None:  # noqa: ANN001
    missing = sorted(w for w in vocabularies() if CJK.search(messages.word(w)))
    assert not missing, f"add to resources/translations/messages_en.py: {missing}"
    assert messages.word("生病住院") == "In hospital" and messages.word("楼长") == "楼长"      # data stays as it is
    assert messages.word("女", RELATION) == "Daughter" and messages.word("女") == "Female"    # one word, two things
