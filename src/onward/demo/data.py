"""The demo persona's world: companies, roles, channels and the stories applications follow.

The persona: a data analyst with four years in retail analytics, based in the north of
England, moving toward analytics engineering and data engineering. Early applications are
mostly analyst roles on an older resume; later ones lean to engineering roles on a newer one.
All companies are made up; their websites use the reserved ``.example`` domain.
"""

from __future__ import annotations

from dataclasses import dataclass

from onward.tracker.choices import Channel, RoleFamily, Seniority, Stage, WorkMode

ANALYTICS = "analytics"
ANALYTICS_ENG = "analytics_eng"
DATA_ENG = "data_eng"
TRACKS = (ANALYTICS, ANALYTICS_ENG, DATA_ENG)

# No application starts more than this many days before ``now``.
MAX_DAYS_AGO = 90


@dataclass(frozen=True)
class CompanySpec:
    name: str
    domain: str
    industry: str
    city: str
    about: str


@dataclass(frozen=True)
class RoleSpec:
    title: str
    seniority: Seniority
    family: RoleFamily = RoleFamily.DATA
    contract: bool = False


@dataclass(frozen=True)
class Step:
    """One move after the first event, ``gap`` days (min, max) after the previous one."""

    stage: Stage
    gap: tuple[int, int]
    kinds: tuple[str, ...] = ()


@dataclass(frozen=True)
class Story:
    """How ``count`` applications unfold; the last event lands ``end`` days before now."""

    name: str
    count: int
    steps: tuple[Step, ...]
    end: tuple[int, int]
    channels: tuple[Channel, ...]
    tailored: float = 0.3
    tracks: tuple[str, ...] = ()
    first: Stage = Stage.APPLIED


def _c(name: str, domain: str, industry: str, city: str, about: str) -> CompanySpec:
    return CompanySpec(name, f"{domain}.example", industry, city, about)


COMPANIES = (
    _c("Lumen Freight", "lumenfreight", "Logistics", "Manchester",
       "Lumen Freight moves 40,000 pallets a week for grocers and manufacturers across the UK."),
    _c("Brightwell Energy", "brightwell", "Energy", "Bristol",
       "Brightwell Energy supplies renewable electricity to 300,000 homes and small businesses."),
    _c("Northstar Health", "northstarhealth", "Healthtech", "Leeds",
       "Northstar Health builds appointment and triage software used by GP surgeries."),
    _c("Copperkey Bank", "copperkey", "Fintech", "London",
       "Copperkey Bank is a digital bank for freelancers and small businesses."),
    _c("Fable & Finch", "fableandfinch", "E-commerce", "London",
       "Fable & Finch sells independent books and gifts online to half a million customers."),
    _c("Tidewater Insurance", "tidewater", "Insurance", "Bristol",
       "Tidewater Insurance offers home and motor cover sold through comparison sites."),
    _c("Quillstone", "quillstone", "Legal tech", "London",
       "Quillstone makes contract review software for in-house legal teams."),
    _c("Marlow Grocers", "marlowgrocers", "Retail", "Leeds",
       "Marlow Grocers runs 120 neighbourhood food stores across Yorkshire and the North East."),
    _c("Parcelpoint", "parcelpoint", "Logistics", "Birmingham",
       "Parcelpoint operates a network of 6,000 parcel lockers and pick-up points."),
    _c("Heron Analytics", "heronanalytics", "Consultancy", "Manchester",
       "Heron Analytics is a 60-person data consultancy working with retail and public clients."),
    _c("Saltmarsh Games", "saltmarsh", "Gaming", "Brighton",
       "Saltmarsh Games makes cosy mobile puzzle games played by two million people a month."),
    _c("Ovenbird Foods", "ovenbird", "Food delivery", "London",
       "Ovenbird Foods delivers recipe boxes and ready meals nationwide."),
    _c("Kestrel Mobility", "kestrelmobility", "Transport", "Manchester",
       "Kestrel Mobility runs e-bike and scooter hire schemes in eight UK cities."),
    _c("Greenway Housing", "greenwayhousing", "Housing (non-profit)", "Sheffield",
       "Greenway Housing is a housing association managing 18,000 affordable homes."),
    _c("Ashgrove University", "ashgrove", "Higher education", "Nottingham",
       "Ashgrove University teaches 24,000 students and is investing in its planning data."),
    _c("Pennant Payments", "pennantpay", "Payments", "London",
       "Pennant Payments processes card and open-banking payments for online merchants."),
    _c("Bramble Pet Insurance", "bramblepet", "Insurance", "Cardiff",
       "Bramble Pet Insurance covers 250,000 cats and dogs and settles most claims in a day."),
    _c("Cobalt Retail Media", "cobaltmedia", "Advertising", "London",
       "Cobalt Retail Media runs on-site advertising for supermarkets and their brands."),
    _c("Meridian Travel", "meridiantravel", "Travel", "Manchester",
       "Meridian Travel sells package holidays and city breaks online and in 40 shops."),
    _c("Fernhill Care Group", "fernhillcare", "Healthcare", "Leeds",
       "Fernhill Care Group runs 35 care homes and home-care services in the North."),
    _c("Stackyard", "stackyard", "Developer tools", "Remote",
       "Stackyard is a fully remote company building observability tools for developers."),
    _c("Tessellate", "tessellate", "Data software", "London",
       "Tessellate builds a data catalogue used by 400 companies."),
    _c("Harbourline Ferries", "harbourline", "Transport", "Liverpool",
       "Harbourline Ferries carries passengers and freight across the Irish Sea."),
    _c("Juniper Lending", "juniperlending", "Fintech", "Edinburgh",
       "Juniper Lending offers fair personal loans decided with open-banking data."),
    _c("Nimbleroof Property", "nimbleroof", "Proptech", "London",
       "Nimbleroof Property helps landlords manage lettings, repairs and rent collection."),
    _c("Orchard Learning", "orchardlearning", "Edtech", "Remote",
       "Orchard Learning provides online maths tutoring to 1,200 schools."),
    _c("Pebble Energy Co-op", "pebbleenergy", "Energy", "Bristol",
       "Pebble Energy Co-op is a member-owned community energy supplier."),
    _c("Redkite Media", "redkitemedia", "Media", "London",
       "Redkite Media publishes regional news sites with 12 million monthly readers."),
    _c("Silverbirch Pharmacy", "silverbirch", "Healthcare retail", "Nottingham",
       "Silverbirch Pharmacy runs online prescriptions and 90 high-street pharmacies."),
    _c("Vantage Fitness", "vantagefitness", "Fitness", "Manchester",
       "Vantage Fitness runs 70 budget gyms and a growing home-workout app."),
    _c("Wayfarer Outdoor", "wayfarer", "Retail", "Kendal",
       "Wayfarer Outdoor sells outdoor clothing and kit online and in 25 stores."),
    _c("Yellowhammer Telecom", "yellowhammer", "Telecoms", "Reading",
       "Yellowhammer Telecom provides full-fibre broadband to rural towns."),
    _c("Calder Water", "calderwater", "Utilities", "Leeds",
       "Calder Water supplies drinking water to 1.4 million people in West Yorkshire."),
    _c("Moorcroft Council", "moorcroft-council", "Public sector", "Manchester",
       "Moorcroft Council is building a central data team to support its services."),
)  # fmt: skip

_S, _F = Seniority, RoleFamily
ROLES: dict[str, tuple[RoleSpec, ...]] = {
    ANALYTICS: (
        RoleSpec("Data Analyst", _S.MID),
        RoleSpec("Senior Data Analyst", _S.SENIOR),
        RoleSpec("Product Analyst", _S.MID),
        RoleSpec("BI Analyst", _S.MID),
        RoleSpec("Insights Analyst", _S.JUNIOR),
        RoleSpec("Lead Data Analyst", _S.LEAD),
        RoleSpec("Commercial Analyst", _S.MID, _F.FINANCE),
        RoleSpec("Product Operations Analyst", _S.MID, _F.OPERATIONS),
    ),
    ANALYTICS_ENG: (
        RoleSpec("Analytics Engineer", _S.MID),
        RoleSpec("Senior Analytics Engineer", _S.SENIOR),
        RoleSpec("Analytics Engineer (dbt)", _S.MID),
        RoleSpec("BI Developer", _S.MID),
        RoleSpec("Analytics Engineer, 6-month contract", _S.MID, contract=True),
    ),
    DATA_ENG: (
        RoleSpec("Junior Data Engineer", _S.JUNIOR),
        RoleSpec("Data Engineer", _S.MID),
        RoleSpec("Data Engineer, Platform", _S.MID, _F.SOFTWARE),
        RoleSpec("Senior Data Engineer", _S.SENIOR),
        RoleSpec("Data Platform Engineer", _S.MID, _F.SOFTWARE),
        RoleSpec("Data Engineer (contract)", _S.MID, contract=True),
    ),
}

# Annual salary bands in thousands of GBP, and day rates for contracts.
SALARY_BANDS = {
    Seniority.JUNIOR: (30, 40),
    Seniority.MID: (42, 60),
    Seniority.SENIOR: (58, 78),
    Seniority.LEAD: (70, 90),
}
DAY_RATES = (400, 425, 450, 475, 500)

WORK_MODES = (WorkMode.HYBRID, WorkMode.REMOTE, WorkMode.ONSITE)
WORK_MODE_WEIGHTS = (5, 3, 2)

SOURCES: dict[str, tuple[str, ...]] = {
    Channel.JOB_BOARD: ("LinkedIn", "Indeed", "Otta", "Welcome to the Jungle", "Guardian Jobs"),
    Channel.COMPANY_SITE: ("Company careers page",),
    Channel.REFERRAL: ("Referral",),
    Channel.RECRUITER: ("Agency recruiter", "In-house recruiter on LinkedIn"),
    Channel.NETWORK: ("dbt meetup in Manchester", "Locally Optimistic Slack", "Former colleague"),
}

APPLICATION_NOTES: dict[str, tuple[str, ...]] = {
    Channel.REFERRAL: (
        "Referred by Priya, who I worked with on the loyalty dashboards.",
        "Referral from Tom (ex-colleague, now on their platform team).",
        "Jess from my old team put me forward; she says the data team is lovely.",
    ),
    Channel.NETWORK: (
        "Met their Head of Data at the dbt meetup; she suggested I apply.",
        "Came up in a Slack thread about analytics engineering roles.",
    ),
    Channel.RECRUITER: (
        "Recruiter reached out on LinkedIn. Said the team is moving to dbt.",
        "Agency recruiter, Dan. Keep him posted on other processes.",
    ),
}

# (applied at least this many days ago, track or "" for any, resume label); first match wins.
RESUMES = (
    (70, "", "v2 analyst"),
    (0, ANALYTICS, "v3 analytics"),
    (50, "", "v3 analytics"),
    (0, ANALYTICS_ENG, "v4 analytics eng"),
    (0, DATA_ENG, "v4 data eng"),
)

_SC, _I, _O = Stage.SCREENING, Stage.INTERVIEW, Stage.OFFER
_R, _D, _W = Stage.REJECTED, Stage.DECLINED, Stage.WITHDRAWN
_JB, _CS, _RF = Channel.JOB_BOARD, Channel.COMPANY_SITE, Channel.REFERRAL
_RC, _NW = Channel.RECRUITER, Channel.NETWORK
_SCREEN = Step(_SC, (4, 10))
_EARLY = ("phone", "technical")
_MIDDLE = ("technical", "case", "panel")

STORIES = (
    Story("rejected_on_cv", 11, (Step(_R, (2, 21)),), (2, 80), (_JB, _JB, _JB, _CS, _CS, _RC)),
    Story("ghosted", 6, (), (38, 80), (_JB, _JB, _JB, _CS, _RC), tailored=0.2),
    Story("ghosted_after_screen", 1, (_SCREEN,), (35, 60), (_RC, _JB)),
    Story("rejected_after_screen", 6, (_SCREEN, Step(_R, (3, 10))), (3, 70), (_JB, _CS, _RC, _RF)),
    Story(
        "rejected_after_interview",
        2,
        (_SCREEN, Step(_I, (4, 9), _EARLY), Step(_R, (2, 7))),
        (3, 50),
        (_CS, _RC, _NW),
        tailored=0.6,
    ),
    Story(
        "rejected_after_final",
        2,
        (
            _SCREEN,
            Step(_I, (3, 7), _EARLY),
            Step(_I, (4, 9), _MIDDLE),
            Step(_I, (5, 10), ("final",)),
            Step(_R, (2, 7)),
        ),
        (3, 35),
        (_RF, _NW, _CS),
        tailored=0.8,
    ),
    Story("waiting", 3, (), (1, 12), (_JB, _CS, _NW), tracks=(ANALYTICS_ENG, DATA_ENG)),
    Story("active_screening", 2, (_SCREEN,), (1, 8), (_RC, _CS), tracks=(DATA_ENG,)),
    Story(
        "active_interview",
        2,
        (_SCREEN, Step(_I, (4, 8), ("technical",)), Step(_I, (4, 8), ("case", "panel"))),
        (1, 9),
        (_RF, _JB),
        tailored=0.7,
        tracks=(ANALYTICS_ENG, DATA_ENG),
    ),
    Story(
        "offer_declined",
        1,
        (
            _SCREEN,
            Step(_I, (3, 7), ("phone",)),
            Step(_I, (4, 9), ("technical",)),
            Step(_I, (5, 10), ("final",)),
            Step(_O, (2, 6)),
            Step(_D, (2, 5)),
        ),
        (8, 25),
        (_RC,),
        tailored=1.0,
        tracks=(ANALYTICS,),
    ),
    Story(
        "offer",
        1,
        (
            _SCREEN,
            Step(_I, (3, 7), ("technical",)),
            Step(_I, (4, 8), ("case",)),
            Step(_I, (4, 8), ("final",)),
            Step(_O, (2, 5)),
        ),
        (1, 4),
        (_RF,),
        tailored=1.0,
        tracks=(ANALYTICS_ENG,),
    ),
    Story("withdrawn", 1, (_SCREEN, Step(_W, (2, 6))), (10, 40), (_JB,), tracks=(ANALYTICS,)),
    Story("saved", 2, (), (1, 14), (_JB, _CS), tracks=(DATA_ENG,), first=Stage.SAVED),
    # Added for the strategy insights (kept last, so the stories above draw the same
    # companies and roles as before): cold applications that never heard back (ghosted, or
    # three to four weeks quiet and not marked yet), and screening calls (several from
    # referrals) that led nowhere. Together they show a real finding (referrals get answers
    # far more often) and where the search leaks (calls that do not become interviews),
    # while fewer than half of the open applications are ghosted.
    Story("never_heard_back", 10, (), (38, 85), (_JB, _JB, _JB, _CS), tailored=0.15),
    Story("referral_screened_out", 6, (_SCREEN, Step(_R, (3, 10))), (24, 75), (_RF,), 0.5),
    Story("screened_out", 4, (_SCREEN, Step(_R, (3, 10))), (24, 75), (_JB, _CS, _RC)),
    Story("overdue", 2, (), (15, 22), (_CS, _JB), tracks=(ANALYTICS_ENG, DATA_ENG)),
    Story("no_answer_yet", 8, (), (22, 28), (_JB, _JB, _CS), tailored=0.15),
)

# Which tracks the persona applied to, by how long ago the application started.
TRACK_WEIGHTS = (
    (60, (6, 3, 1)),
    (30, (3, 4, 3)),
    (0, (1, 4, 4)),
)
