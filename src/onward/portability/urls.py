from __future__ import annotations

from django.urls import path

from onward.portability import views

app_name = "portability"
urlpatterns = [
    path("export.json", views.export_json, name="export_json"),
    path("applications.csv", views.export_csv, name="export_csv"),
    path("import/", views.import_start, name="import"),
    path("import/preview/", views.import_preview, name="import_preview"),
    path("import/confirm/", views.import_confirm, name="import_confirm"),
    path("import/cancel/", views.import_cancel, name="import_cancel"),
]
