from __future__ import annotations

from django.urls import path

from onward.growth.views import (
    checkins,
    feedback,
    followups,
    goals,
    habits,
    lessons,
    rebound,
    reflections,
    reframes,
    rejections,
    replies,
    wins,
)

app_name = "growth"

_rebound = "rebound/<int:rejection_id>/"
_app = "applications/<int:application_id>/"

urlpatterns = [
    path("lessons/", lessons.lessons, name="lessons"),
    # logging a rejection, then the rebound flow after it
    path(f"{_app}reject/", rejections.rejection_log, name="reject"),
    path(_rebound, rebound.resume, name="rebound"),
    path(f"{_rebound}start/", rebound.start, name="rebound_start"),
    path(f"{_rebound}reflect/", rebound.reflect, name="rebound_reflect"),
    path(f"{_rebound}feedback/", rebound.feedback, name="rebound_feedback"),
    path(f"{_rebound}checkin/", rebound.checkin, name="rebound_checkin"),
    path(f"{_rebound}reframe/", rebound.reframe, name="rebound_reframe"),
    # reflections
    path("reflections/", reflections.reflection_list, name="reflections"),
    path("reflections/new/", reflections.reflection_create, name="reflection_create"),
    path(f"{_app}reflect/", reflections.reflection_create, name="reflection_for_application"),
    path("reflections/<int:reflection_id>/", reflections.reflection_detail, name="reflection"),
    path(
        "reflections/<int:reflection_id>/edit/",
        reflections.reflection_edit,
        name="reflection_edit",
    ),
    path(
        "reflections/<int:reflection_id>/delete/",
        reflections.reflection_delete,
        name="reflection_delete",
    ),
    # feedback requests and feedback
    path("feedback/", replies.feedback_list, name="feedback_list"),
    path("feedback/suggest/", replies.feedback_suggest, name="feedback_suggest"),
    path("feedback/<int:feedback_id>/", replies.feedback_detail, name="feedback"),
    path("feedback/<int:feedback_id>/edit/", replies.feedback_edit, name="feedback_edit"),
    path(f"{_app}feedback/", feedback.request_page, name="feedback_request"),
    path(f"{_app}feedback/request.eml", feedback.request_eml, name="feedback_eml"),
    path(f"{_app}feedback/status/", feedback.request_status, name="feedback_status"),
    path(f"{_app}feedback/new/", replies.feedback_record, name="feedback_record"),
    # check-ins
    path("checkins/", checkins.checkin_page, name="checkins"),
    path("checkins/chart.svg", checkins.checkin_chart, name="checkins_chart"),
    path("checkins/<int:checkin_id>/delete/", checkins.checkin_delete, name="checkin_delete"),
    path("checkins/suggestion/dismiss/", checkins.suggestion_dismiss, name="guardrail_dismiss"),
    # reframes
    path("reframes/", reframes.reframe_list, name="reframes"),
    path("reframes/new/", reframes.reframe_create, name="reframe_create"),
    path("reframes/<int:reframe_id>/", reframes.reframe_detail, name="reframe"),
    path("reframes/<int:reframe_id>/edit/", reframes.reframe_edit, name="reframe_edit"),
    # wins
    path("wins/", wins.win_list, name="wins"),
    path("wins/<int:win_id>/delete/", wins.win_delete, name="win_delete"),
    # weekly goals
    path("goals/", goals.goal_list, name="goals"),
    path("goals/<int:goal_id>/edit/", goals.goal_edit, name="goal_edit"),
    path("goals/<int:goal_id>/pause/", goals.goal_pause, name="goal_pause"),
    path("goals/<int:goal_id>/delete/", goals.goal_delete, name="goal_delete"),
    path("goals/<int:goal_id>/log/", goals.goal_log, name="goal_log"),
    path(
        "goals/entries/<int:entry_id>/delete/",
        goals.goal_entry_delete,
        name="goal_entry_delete",
    ),
    # habits
    path("habits/", habits.habit_list, name="habits"),
    path("habits/<int:habit_id>/edit/", habits.habit_edit, name="habit_edit"),
    path("habits/<int:habit_id>/delete/", habits.habit_delete, name="habit_delete"),
    path("habits/<int:habit_id>/check/", habits.habit_toggle, name="habit_toggle"),
    # follow-ups
    path("followups/", followups.followup_list, name="followups"),
    path("followups/<int:followup_id>/done/", followups.followup_done, name="followup_done"),
    path(
        "followups/<int:followup_id>/delete/",
        followups.followup_delete,
        name="followup_delete",
    ),
]
