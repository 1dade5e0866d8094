"""Which application is this message (or tracker row) about? Or is it a new one?

Plain facts in, a :class:`Match` with a score and reasons out. Signals, strongest first:

- the thread: the message replies to one already linked to an application (0.97);
- the company: the same name as an application's company (0.9), the sender's domain is the
  company's (0.85), a close spelling (0.75) or one name the start of the other (0.7);
- among several applications at that company, the role title decides (fuzzy), then the
  open one most recently changed;
- dates: mail older than the application, or news for an application closed before it,
  count against.

Below ``threshold`` the message proposes a new application. Proposals are remembered
(:meth:`MatchIndex.propose`), so later mail from the same company joins the same proposal
instead of proposing it again.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from onward.analysis.mail.extract import company_key
from onward.analysis.mail.platforms import FREEMAIL, PLATFORM_DOMAINS

THREAD, SAME_NAME, SAME_DOMAIN, CLOSE_NAME, NAME_PREFIX = 0.97, 0.9, 0.85, 0.75, 0.7
THRESHOLD = 0.5
_OLDER_SLACK = dt.timedelta(days=3)
_CLOSED_SLACK = dt.timedelta(days=1)


@dataclass(frozen=True)
class Candidate:
    """An application to match against. ``domains`` are its company's web domain and the
    sender domains of mail already linked to it; ``message_keys`` that mail's ids."""

    id: int
    company: str
    title: str
    stage: str
    closed: bool = False
    applied_on: dt.date | None = None
    changed_at: dt.datetime | None = None
    domains: tuple[str, ...] = ()
    message_keys: tuple[str, ...] = ()


@dataclass(frozen=True)
class Signals:
    """What a message or row says about its application. ``role_decides``: a different
    role at the same company is a different application (tracker rows), not just an
    unclear mail."""

    company: str = ""
    sender_domain: str = ""
    role: str = ""
    thread_ids: tuple[str, ...] = ()
    when: dt.datetime | None = None
    role_decides: bool = False


@dataclass(frozen=True)
class Match:
    """``application_id`` None means a new application, ``group`` naming the proposal
    (company and role) so messages about the same new application stay together."""

    application_id: int | None
    score: float
    reasons: tuple[str, ...]
    company: str
    role: str
    group: str = ""
    others: tuple[int, ...] = ()

    @property
    def is_new(self) -> bool:
        return self.application_id is None


@dataclass
class _Scored:
    candidate: Candidate
    score: float
    reasons: list[str] = field(default_factory=list)


def registered_domain(domain: str) -> str:
    """``mail.jobs.acme.co.uk`` -> ``acme.co.uk``; "" for job boards and free mail."""
    domain = domain.lower().strip(".")
    labels = domain.split(".")
    if len(labels) < 2:
        return ""
    country = len(labels[-1]) == 2 and labels[-2] in ("co", "com", "org", "net", "ac", "gov")
    size = 3 if country and len(labels) >= 3 else 2
    registered = ".".join(labels[-size:])
    platform = any(domain == d or domain.endswith("." + d) for d in PLATFORM_DOMAINS)
    if platform or registered in PLATFORM_DOMAINS or labels[-size] in FREEMAIL:
        return ""
    return registered


def group_key(company: str, role: str) -> str:
    """The key of a proposed new application: its company and role, normalised."""
    return f"{company_key(company)}|{company_key(role)}"


class MatchIndex:
    """The applications of one person, indexed for matching many messages in a row."""

    def __init__(self, candidates: Iterable[Candidate], *, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self._by_id: dict[int, Candidate] = {}
        self._by_key: dict[str, list[int]] = defaultdict(list)
        self._by_domain: dict[str, set[int]] = defaultdict(set)
        self._by_message: dict[str, int] = {}
        # company key -> proposed new applications there: (group, company, role)
        self._proposals: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        self._fuzzy_memo: dict[str, tuple[str, float, str] | None] = {}
        for candidate in candidates:
            self.add(candidate)

    def add(self, candidate: Candidate) -> None:
        """Add an application, or replace it with fresher facts (a new stage)."""
        self._by_id[candidate.id] = candidate
        key = company_key(candidate.company)
        if key and candidate.id not in self._by_key[key]:
            self._by_key[key].append(candidate.id)
        for domain in candidate.domains:
            self.learn(candidate.id, domain=domain)
        for message in candidate.message_keys:
            self._by_message[message] = candidate.id
        self._fuzzy_memo.clear()

    def candidate(self, application_id: int) -> Candidate | None:
        return self._by_id.get(application_id)

    def learn(self, application_id: int, *, message_key: str = "", domain: str = "") -> None:
        """Remember that a message (and its sender's domain) belongs to an application."""
        if message_key:
            self._by_message[message_key] = application_id
        registered = registered_domain(domain)
        if registered:
            self._by_domain[registered].add(application_id)

    def propose(self, match: Match) -> None:
        """Remember a proposed new application so later mail about it joins it."""
        key = company_key(match.company)
        known = {group for group, _, _ in self._proposals.get(key, ())}
        if match.is_new and key and match.group not in known:
            self._proposals[key].append((match.group, match.company, match.role))

    def match(self, signals: Signals) -> Match:
        threaded = self._thread(signals)
        if threaded is not None:
            return threaded
        scored = self._company(signals)
        if scored:
            best = self._best(scored, signals)
            if best.score >= self.threshold:
                others = tuple(
                    s.candidate.id
                    for s in scored
                    if s is not best and s.score >= best.score - 0.1 and s.score >= self.threshold
                )
                return Match(
                    application_id=best.candidate.id,
                    score=round(min(best.score, 0.99), 3),
                    reasons=tuple(best.reasons),
                    company=best.candidate.company,
                    role=best.candidate.title,
                    others=others,
                )
        return self._new(signals, scored)

    # --- the signals ----------------------------------------------------------------------

    def _thread(self, signals: Signals) -> Match | None:
        for message in signals.thread_ids:
            found = self._by_message.get(message)
            if found is not None and found in self._by_id:
                candidate = self._by_id[found]
                return Match(
                    application_id=found,
                    score=THREAD,
                    reasons=("replies to an email already linked to this application",),
                    company=candidate.company,
                    role=candidate.title,
                )
        return None

    def _company(self, signals: Signals) -> list[_Scored]:
        found: dict[int, _Scored] = {}

        def offer(ids: Iterable[int], score: float, reason: str) -> None:
            for pk in ids:
                if pk not in found or found[pk].score < score:
                    found[pk] = _Scored(self._by_id[pk], score, [reason])

        key = company_key(signals.company)
        if key in self._by_key:
            offer(self._by_key[key], SAME_NAME, f"the company is {signals.company}")
        domain = registered_domain(signals.sender_domain)
        if domain:
            offer(self._one_company(domain), SAME_DOMAIN, f"sent from {domain}")
            label = company_key(domain.split(".")[0])
            if label in self._by_key:
                offer(self._by_key[label], SAME_DOMAIN, f"sent from {domain}")
        if key and not found:
            close = self._close_name(key)
            if close is not None:
                other, score, how = close
                name = self._by_id[self._by_key[other][0]].company
                offer(self._by_key[other], score, f"{signals.company!r} {how} {name!r}")
        return list(found.values())

    def _one_company(self, domain: str) -> set[int]:
        """Applications whose mail came from ``domain``, unless it serves several companies
        (an applicant tracking system or a mail relay)."""
        ids = self._by_domain.get(domain, set())
        companies = {company_key(self._by_id[pk].company) for pk in ids}
        return ids if len(companies) == 1 else set()

    def _close_name(self, key: str) -> tuple[str, float, str] | None:
        if key not in self._fuzzy_memo:
            self._fuzzy_memo[key] = self._find_close_name(key)
        return self._fuzzy_memo[key]

    def _find_close_name(self, key: str) -> tuple[str, float, str] | None:
        hit = process.extractOne(key, list(self._by_key), scorer=fuzz.ratio, score_cutoff=88)
        if hit is not None:
            return hit[0], CLOSE_NAME, "is spelled like"
        if len(key) < 4:
            return None
        prefixed = [
            k for k in self._by_key if len(k) >= 4 and (k.startswith(key) or key.startswith(k))
        ]
        if len(prefixed) != 1:
            return None
        how = "is a short form of" if len(key) < len(prefixed[0]) else "starts with"
        return prefixed[0], NAME_PREFIX, how

    def _best(self, scored: list[_Scored], signals: Signals) -> _Scored:
        for item in scored:
            self._role(item, signals, several=len(scored) > 1)
            self._dates(item, signals)
        return max(scored, key=_preference)

    @staticmethod
    def _role(item: _Scored, signals: Signals, *, several: bool) -> None:
        if not signals.role:
            if several:
                item.score -= 0.1
                item.reasons.append("several applications at this company; no role named")
            return
        similarity = fuzz.token_set_ratio(signals.role.lower(), item.candidate.title.lower())
        if similarity >= 85:
            item.score += 0.05
            item.reasons.append(f"the role is {item.candidate.title}")
        elif similarity < 55:
            penalty = 0.45 if signals.role_decides else (0.15 if several else 0.05)
            item.score -= penalty
            title = item.candidate.title
            item.reasons.append(f"a different role ({signals.role!r}, not {title!r})")

    @staticmethod
    def _dates(item: _Scored, signals: Signals) -> None:
        when, candidate = signals.when, item.candidate
        if when is None:
            return
        applied = candidate.applied_on
        if applied is not None and when.date() < applied - _OLDER_SLACK:
            item.score -= 0.25
            item.reasons.append(f"older than the application (applied {applied.isoformat()})")
        changed = candidate.changed_at
        if candidate.closed and changed is not None and when > changed + _CLOSED_SLACK:
            item.score -= 0.2
            item.reasons.append(f"the application was already {candidate.stage} before this")

    def _new(self, signals: Signals, scored: list[_Scored]) -> Match:
        company, role = signals.company.strip(), signals.role.strip()
        reasons = [f"no application at {company} yet" if company else "no company named"]
        if scored:
            reasons = ["not clearly one of your applications at this company"]
        group = group_key(company, role) if company else ""
        earlier = self._earlier_proposal(company, role, signals.role_decides)
        if earlier is not None:
            group, company, role = earlier
            reasons = [f"the same new application as an earlier message ({company})"]
        return Match(
            application_id=None,
            score=0.0,
            reasons=tuple(reasons),
            company=company,
            role=role,
            group=group,
            others=tuple(s.candidate.id for s in scored),
        )

    def _earlier_proposal(
        self, company: str, role: str, role_decides: bool
    ) -> tuple[str, str, str] | None:
        """A new application proposed earlier for this company (and a fitting role)."""
        for group, name, proposed_role in self._proposals.get(company_key(company), ()):
            if not role or (not proposed_role and not role_decides):
                return group, name, proposed_role or role
            if fuzz.token_set_ratio(role.lower(), proposed_role.lower()) >= 85:
                return group, name, proposed_role
        return None


def _preference(item: _Scored) -> tuple[float, bool, float]:
    """Best score, then an open application, then the most recently changed."""
    changed = item.candidate.changed_at
    stamp = changed.timestamp() if changed else 0.0
    return (round(item.score, 3), not item.candidate.closed, stamp)
