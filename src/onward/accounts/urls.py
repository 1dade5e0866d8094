from __future__ import annotations

from django.urls import path

from onward.accounts import views

app_name = "accounts"
urlpatterns = [
    path("signin/", views.signin, name="signin"),
    path("signin/link/<str:secret>/", views.signin_link, name="signin_link"),
    path("signout/", views.signout, name="signout"),
    path("signup/", views.signup, name="signup"),
    path("", views.account, name="account"),
    path("password/", views.password_change, name="password"),
    path("tokens/", views.token_create, name="token_create"),
    path("tokens/<int:token_id>/revoke/", views.token_revoke, name="token_revoke"),
    path("background/", views.background, name="background"),
]
