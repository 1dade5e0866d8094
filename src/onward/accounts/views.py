"""Sign in and out, one-time links, sign-up, and the account page."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import authenticate, login, logout, update_session_auth_hash
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from onward.accounts import selectors, services
from onward.accounts.forms import PasswordForm, ProfileForm, SignInForm, SignUpForm, TokenForm
from onward.accounts.http import owner_of
from onward.accounts.models import User
from onward.core import background as background_tasks
from onward.core.forms import add_service_errors
from onward.core.http import safe_next

BACKEND = "django.contrib.auth.backends.ModelBackend"


def _client_address(request: HttpRequest) -> str | None:
    # Behind a trusted proxy `onward serve` has already put the client's address here
    # (config/proxy.py); X-Forwarded-For is never read, so a client cannot pick its own.
    return request.META.get("REMOTE_ADDR") or None


def _wait_text(seconds: int) -> str:
    if seconds < 60:
        return f"{seconds} second{'s' if seconds != 1 else ''}"
    minutes = -(-seconds // 60)
    return f"{minutes} minute{'s' if minutes != 1 else ''}"


def _next_url(request: HttpRequest) -> str:
    return safe_next(request, str(settings.LOGIN_REDIRECT_URL))


def signin(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect(_next_url(request))
    form = SignInForm(request.POST or None)
    status, retry_after = 200, 0
    if request.method == "POST" and form.is_valid():
        username, password = form.cleaned_data["username"], form.cleaned_data["password"]

        def verify() -> User | None:
            user = authenticate(request, username=username, password=password)
            return user if isinstance(user, User) else None

        result = services.signin_attempt(
            username=username, address=_client_address(request), verify=verify
        )
        if result.user is not None:
            login(request, result.user)
            return redirect(_next_url(request))
        retry_after = result.retry_after
        if retry_after:
            form.add_error(
                None,
                f"Too many failed sign-ins. Try again in {_wait_text(retry_after)}.",
            )
            status = 429
        else:
            form.add_error(None, "That username and password do not match.")
            status = 400
    response = render(
        request,
        "accounts/signin.html",
        {"form": form, "next": request.GET.get("next", "")},
        status=status,
    )
    if retry_after:
        response["Retry-After"] = str(retry_after)
    return response


def signin_link(request: HttpRequest, secret: str) -> HttpResponse:
    user = services.signin_link_redeem(secret=secret)
    if user is None:
        return render(request, "accounts/link_invalid.html", status=404)
    login(request, user, backend=BACKEND)
    messages.success(request, f"Welcome, {user.name}. You are signed in.")
    return redirect("web:dashboard")


@require_POST
def signout(request: HttpRequest) -> HttpResponse:
    logout(request)
    return redirect("accounts:signin")


def signup(request: HttpRequest) -> HttpResponse:
    if not settings.SIGNUP_ENABLED:
        raise Http404("Sign-up is off on this server.")
    form = SignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            user = services.user_create(
                username=form.cleaned_data["username"],
                password=form.cleaned_data["password"],
                email=form.cleaned_data["email"],
            )
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            login(request, user, backend=BACKEND)
            messages.success(request, "Your account is ready.")
            return redirect("web:dashboard")
    return render(request, "accounts/signup.html", {"form": form})


@login_required
def account(request: HttpRequest) -> HttpResponse:
    user = owner_of(request)
    profile_form = ProfileForm(
        initial={
            "display_name": user.display_name,
            "email": user.email,
            "time_zone": user.time_zone,
            "ghost_after_days": user.ghost_after_days,
        }
    )
    if request.method == "POST":
        profile_form = ProfileForm(request.POST)
        if profile_form.is_valid():
            try:
                services.user_update_profile(user=user, **profile_form.cleaned_data)
            except ValidationError as exc:
                add_service_errors(profile_form, exc)
            else:
                messages.success(request, "Profile saved.")
                return redirect("accounts:account")
    return _account_page(request, profile_form=profile_form)


def _account_page(
    request: HttpRequest,
    *,
    profile_form: ProfileForm | None = None,
    password_form: PasswordForm | None = None,
    token_form: TokenForm | None = None,
    new_secret: str = "",
    status: int = 200,
) -> HttpResponse:
    user = owner_of(request)
    context = {
        "nav": "account",
        "profile_form": profile_form
        or ProfileForm(
            initial={
                "display_name": user.display_name,
                "email": user.email,
                "time_zone": user.time_zone,
                "ghost_after_days": user.ghost_after_days,
            }
        ),
        "password_form": password_form or PasswordForm(user=user),
        "token_form": token_form or TokenForm(),
        "tokens": selectors.api_token_list(owner=user),
        "new_secret": new_secret,
        "default_ghost_days": settings.GHOST_AFTER_DAYS,
    }
    return render(request, "accounts/account.html", context, status=status)


@login_required
@require_POST
def password_change(request: HttpRequest) -> HttpResponse:
    user = owner_of(request)
    form = PasswordForm(request.POST, user=user)
    if form.is_valid():
        try:
            services.password_set(user=user, password=form.cleaned_data["new_password"])
        except ValidationError as exc:
            add_service_errors(form, exc, field_map={"password": "new_password"})
        else:
            update_session_auth_hash(request, user)
            messages.success(request, "Password changed.")
            return redirect("accounts:account")
    return _account_page(request, password_form=form, status=400)


@login_required
@require_POST
def token_create(request: HttpRequest) -> HttpResponse:
    user = owner_of(request)
    form = TokenForm(request.POST)
    if form.is_valid():
        try:
            _token, secret = services.api_token_create(owner=user, name=form.cleaned_data["name"])
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            return _account_page(request, new_secret=secret)
    return _account_page(request, token_form=form, status=400)


@login_required
@require_POST
def token_revoke(request: HttpRequest, token_id: int) -> HttpResponse:
    token = selectors.api_token_get(owner=owner_of(request), pk=token_id)
    services.api_token_revoke(token=token)
    messages.success(request, f"Token {token.name!r} revoked.")
    return redirect("accounts:account")


@login_required
def background(request: HttpRequest) -> HttpResponse:
    """When background tasks last ran and what failed: for the owner in local mode, for
    staff on a server (failures are about the system, not about one person's data)."""
    user = owner_of(request)
    if settings.SERVER_MODE and not user.is_staff:
        raise Http404
    context = {"nav": "account", "state": background_tasks.status()}
    return render(request, "accounts/background.html", context)
