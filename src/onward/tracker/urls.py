from __future__ import annotations

from django.urls import path

from onward.tracker import views

app_name = "tracker"
urlpatterns = [
    path("", views.application_list, name="list"),
    path("board/", views.board, name="board"),
    path("board/add/", views.board_add, name="board_add"),
    path("board/column/", views.board_column, name="board_column"),
    path("new/", views.application_create, name="create"),
    path("<int:application_id>/", views.application_detail, name="detail"),
    path("<int:application_id>/edit/", views.application_edit, name="edit"),
    path("<int:application_id>/delete/", views.application_delete, name="delete"),
    path("<int:application_id>/move/", views.application_move, name="move"),
    path("<int:application_id>/unghost/", views.application_unghost, name="unghost"),
    path("rejections/<int:rejection_id>/retract/", views.rejection_retract, name="retract"),
    path("companies/", views.company_list, name="companies"),
    path("companies/<int:company_id>/", views.company_detail, name="company"),
]
