from __future__ import annotations

from django.urls import path

from onward.tracker import views

app_name = "tracker"
urlpatterns = [
    path("", views.application_list, name="list"),
    path("board/", views.board, name="board"),
    path("new/", views.application_create, name="create"),
]
