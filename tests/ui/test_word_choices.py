"""A desk speaking English offers the code's words in English and records them as the Chinese the rest of
the station reads: an activity's kind, a relation, a volunteer's document and sex, a check-in's reason."""

from __future__ import annotations

from desktop.activities.models import KIND_SUGGESTIONS
from desktop.core.vocabulary import RELATION, RELATIONS
from desktop.elder.views.reception_panels import UndoBar
from desktop.roster.views.person_fields import FieldMaker
from desktop.ui import word_choices
from desktop.ui.qt import QComboBox
from desktop.volunteers.models import ID_TYPES
from desktop.volunteers.service import OrgRow
from desktop.volunteers.views.dialogs import VolunteerDialog


def test_an_offered_word_is_shown_in_english_and_kept_in_chinese(qtbot, english_app) -> None:  # noqa: ANN001
    box = QComboBox()
    box.setEditable(True)
    word_choices.offer(box, KIND_SUGGESTIONS)
    assert box.itemText(0) == "Birthday party" and box.itemData(0) == "生日会"
    box.setCurrentIndex(0)
    assert word_choices.chosen(box) == "生日会"
    box.setCurrentText("Free clinic")                      # typed as the list reads it: the list's word
    assert word_choices.chosen(box) == "义诊"
    box.setCurrentText("广场舞比赛")                          # typed: data, kept as typed
    assert word_choices.chosen(box) == "广场舞比赛"
    word_choices.show(box, "议事会")                          # a stored word is shown in English
    assert box.currentText() == "Residents' council"
    word_choices.show(box, "手工课")                          # a stored text of someone's is shown as it is
    assert box.currentText() == "手工课" and word_choices.chosen(box) == "手工课"


def test_a_daughter_is_recorded_as_the_relation_not_as_a_sex(qtbot, english_app) -> None:  # noqa: ANN001
    relation = FieldMaker([]).make("relation")
    assert isinstance(relation, QComboBox)
    shown = [relation.itemText(i) for i in range(relation.count())]
    assert "Daughter" in shown and "Female" not in shown and len(shown) == len(RELATIONS)
    relation.setCurrentIndex(shown.index("Daughter"))
    assert word_choices.chosen(relation) == "女"
    sex = FieldMaker([]).make("sex")
    assert isinstance(sex, QComboBox)
    assert [sex.itemText(i) for i in range(sex.count())] == ["", "Male", "Female"]
    assert RELATION == "与户主关系"


def test_a_volunteers_document_and_sex_are_stored_as_the_station_reads_them(qtbot, english_app) -> None:  # noqa: ANN001
    org = OrgRow(id="o1", name="凤城街道禁毒志愿者服务队", community_id=None, duty_team_id=None, responsible="潘捷",
                 contact="", address="", volunteers=0)
    dialog = VolunteerDialog([org], "o1")
    qtbot.addWidget(dialog)
    docs = [dialog.id_type.itemText(i) for i in range(dialog.id_type.count())]
    assert docs[0] == "Resident ID card" and len(docs) == len(ID_TYPES)
    dialog.id_type.setCurrentIndex(docs.index("Passport"))
    dialog.sex.setCurrentIndex(dialog.sex.findText("Female"))
    dialog.name.setText("Anna Lee")
    value = dialog.value()
    assert (value.id_type, value.sex) == ("护照", "F")


def test_a_check_in_taken_back_records_the_reason_offered(qtbot, english_app) -> None:  # noqa: ANN001
    bar = UndoBar()
    qtbot.addWidget(bar)
    said: list[str] = []
    bar.accepted.connect(lambda _what, _id, reason: said.append(reason))
    bar.open_for("checkin", "c1", "…", ("刷错卡／选错了人", "重复登记"))
    bar.reason.setCurrentIndex(1)
    assert bar.reason.currentText() == "Checked in twice"
    bar._accept()
    bar.reason.setEditText("left his card at home")
    bar._accept()
    assert said == ["重复登记", "left his card at home"]
