from __future__ import annotations

from django.urls import path

from onward.skills import views

app_name = "skills"
urlpatterns = [
    # The learning plan (under Growth).
    path("learning/", views.learning_list, name="learning"),
    path("learning/new/", views.learning_create, name="learning_create"),
    path("learning/<int:action_id>/edit/", views.learning_edit, name="learning_edit"),
    path("learning/<int:action_id>/complete/", views.learning_complete, name="learning_complete"),
    path("learning/<int:action_id>/delete/", views.learning_delete, name="learning_delete"),
    # The last step of growth's rebound flow: next actions, learning among them.
    path("growth/rebound/<int:rejection_id>/next/", views.rebound_next, name="rebound_next"),
    # Your skills, gaps and the posting check (the Skills tab).
    path("skills/", views.profile, name="profile"),
    path("skills/add/", views.profile_skill_add, name="profile_add"),
    path("skills/confirm/", views.profile_skills_confirm, name="profile_confirm"),
    path("skills/search/", views.taxonomy_search, name="search"),
    path("skills/<int:profile_skill_id>/level/", views.profile_skill_level, name="profile_level"),
    path(
        "skills/<int:profile_skill_id>/delete/", views.profile_skill_delete, name="profile_delete"
    ),
    path("skills/resume/", views.resume, name="resume"),
    path("skills/resumes/<int:resume_id>/delete/", views.resume_delete, name="resume_delete"),
    path("skills/gaps/", views.gaps, name="gaps"),
    path("skills/gaps/dismiss/", views.gap_dismiss, name="gap_dismiss"),
    path(
        "skills/gaps/dismissed/<int:dismissal_id>/restore/",
        views.gap_restore,
        name="gap_restore",
    ),
    path(
        "skills/applications/<int:application_id>/not-required/",
        views.not_required,
        name="not_required",
    ),
    path(
        "skills/applications/<int:application_id>/not-required/restore/",
        views.not_required_restore,
        name="not_required_restore",
    ),
    path("skills/adjacent-roles/", views.adjacent_roles, name="adjacent_roles"),
    path("skills/target-roles/save/", views.target_role_save, name="target_role_save"),
    path(
        "skills/target-roles/<int:target_role_id>/remove/",
        views.target_role_remove,
        name="target_role_remove",
    ),
    path("skills/check/", views.check, name="check"),
    path("skills/check/save/", views.check_save, name="check_save"),
]
