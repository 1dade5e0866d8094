from __future__ import annotations

from django.urls import path

from onward.networking import views

app_name = "networking"
urlpatterns = [
    path("", views.contact_list, name="contacts"),
    path("contacts/new/", views.contact_create, name="contact_create"),
    path("contacts/<int:contact_id>/", views.contact_detail, name="contact"),
    path("contacts/<int:contact_id>/edit/", views.contact_edit, name="contact_edit"),
    path("contacts/<int:contact_id>/delete/", views.contact_delete, name="contact_delete"),
    path("contacts/<int:contact_id>/log/", views.interaction_add, name="interaction_add"),
    path("contacts/<int:contact_id>/link/", views.link_add, name="link_add"),
    path("contacts/<int:contact_id>/referral/", views.referral_ask, name="referral_ask"),
    path("contacts/<int:contact_id>/vcard/", views.contact_vcard, name="contact_vcard"),
    path(
        "interactions/<int:interaction_id>/delete/",
        views.interaction_delete,
        name="interaction_delete",
    ),
    path("links/<int:link_id>/delete/", views.link_delete, name="link_delete"),
    path("duplicates/", views.duplicates, name="duplicates"),
    path("duplicates/merge/", views.merge, name="merge"),
    path("import/", views.import_contacts, name="import"),
    path("contacts.vcf", views.export_vcard, name="export_vcard"),
    path("warm-paths/", views.warm_paths, name="warm_paths"),
    path("reminders/", views.reminder_list, name="reminders"),
    path("reminders/<int:reminder_id>/", views.reminder_detail, name="reminder"),
    path("reminders/<int:reminder_id>/done/", views.reminder_done, name="reminder_done"),
    path("reminders/<int:reminder_id>/snooze/", views.reminder_snooze, name="reminder_snooze"),
    path("reminders/<int:reminder_id>/dismiss/", views.reminder_dismiss, name="reminder_dismiss"),
    path("reminders.ics", views.export_ics, name="export_ics"),
    path("calendar/", views.calendar, name="calendar"),
    path("calendar/feed/", views.feed_create, name="feed_create"),
    path("calendar/feed/revoke/", views.feed_revoke, name="feed_revoke"),
    path("calendar/digest/", views.digest_update, name="digest"),
    path("calendar/<str:secret>.ics", views.feed, name="feed"),
    path("applications/<int:application_id>/link/", views.application_link, name="app_link"),
    path("applications/<int:application_id>/interview/", views.interview, name="interview"),
    path("applications/<int:application_id>/referral/", views.referral, name="referral"),
]
