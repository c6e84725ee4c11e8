"""The activity services in one import: activities, enrolment, attendance, helpers, rooms, figures."""

from __future__ import annotations

from desktop.activities.activity_service import (  # noqa: F401
    ActivityDetail, ActivityInput, ActivityRow, PersonLine, SeriesInput, activity_detail, cancel_activity,
    create_activity, create_series, delete_activity, find_activity, list_activities, update_occurrence,
)
from desktop.activities.attendance_service import (  # noqa: F401
    MarkResult, add_helper, attach_evidence, check_in, check_out, evidence_bytes, mark_attendance,
    remove_helper, unmark_attendance,
)
from desktop.activities.enrolment_service import cancel_enrollment, enroll, enroll_many  # noqa: F401
from desktop.activities.figures import FigureRow, Figures, figures  # noqa: F401
from desktop.activities.recurrence import Rule  # noqa: F401
from desktop.activities.room_service import (  # noqa: F401
    BookingRow, RoomClash, RoomInput, RoomRow, book_room, cancel_booking, create_room, list_rooms, room_usage,
    update_room,
)
