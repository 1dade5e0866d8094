from __future__ import annotations

from django.urls import path

from onward.inbox.views import prefs, queue, runs

app_name = "inbox"

_run = "imports/<int:import_run_id>/"
_item = "items/<int:review_item_id>/"

urlpatterns = [
    path("", queue.inbox, name="inbox"),
    path("upload/", runs.upload, name="upload"),
    path("imap/", runs.imap, name="imap"),
    path("settings/", prefs.settings_page, name="settings"),
    path("imports/", runs.run_list, name="runs"),
    path(_run, runs.run_detail, name="run"),
    path(f"{_run}progress/", runs.run_progress, name="run_progress"),
    path(f"{_run}columns/", runs.run_mapping, name="run_mapping"),
    path(f"{_run}cancel/", runs.run_cancel, name="run_cancel"),
    path(f"{_run}resume/", runs.run_resume, name="run_resume"),
    path(f"{_run}delete/", runs.run_delete, name="run_delete"),
    path("items/bulk/", queue.bulk, name="bulk"),
    path(_item, queue.item_detail, name="item"),
    path(f"{_item}accept/", queue.item_accept, name="item_accept"),
    path(f"{_item}ignore/", queue.item_ignore, name="item_ignore"),
    path(f"{_item}reopen/", queue.item_reopen, name="item_reopen"),
]
