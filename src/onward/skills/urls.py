from __future__ import annotations

from django.urls import path

from onward.skills import views

app_name = "skills"
urlpatterns = [
    path("", views.learning_list, name="learning"),
    path("new/", views.learning_create, name="learning_create"),
    path("<int:action_id>/edit/", views.learning_edit, name="learning_edit"),
    path("<int:action_id>/complete/", views.learning_complete, name="learning_complete"),
    path("<int:action_id>/delete/", views.learning_delete, name="learning_delete"),
]
