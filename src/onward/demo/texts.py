"""Posting descriptions for the demo, assembled from templates and skill lists."""

from __future__ import annotations

import random

from onward.demo.data import ANALYTICS, ANALYTICS_ENG, DATA_ENG, CompanySpec, RoleSpec

TEAM_LINES = (
    "You'll join a data team of {n} people reporting to the Head of Data.",
    "The data team is {n} people today, split between analytics and platform work.",
    "We're a small data team ({n} people) that sits between product, finance and operations.",
    "You'll be one of {n} people in the central data team, working closely with engineering.",
)

ROLE_INTROS = {
    ANALYTICS: (
        "As our {title}, you'll turn messy questions from the business into clear answers, "
        "and help {company} make decisions with numbers people trust.",
        "We're looking for a {title} who enjoys both the SQL and the conversation: digging "
        "into the data, then explaining what it means to people who don't live in it.",
    ),
    ANALYTICS_ENG: (
        "As a {title} at {company}, you'll own the layer between raw data and the people "
        "using it: clean, tested, documented models that analysts and product teams build on.",
        "We moved to dbt last year and now need a {title} to turn a promising start into a "
        "well-modelled, well-tested warehouse that the whole of {company} relies on.",
    ),
    DATA_ENG: (
        "As a {title}, you'll build and run the pipelines that bring data from our product, "
        "payments and third-party tools into the warehouse, reliably and on time.",
        "{company} is growing fast and our pipelines need to keep up. As a {title} you'll "
        "design, build and operate batch and event-driven ingestion with the platform team.",
    ),
}

STACK_LINES = {
    ANALYTICS: (
        "Our stack: BigQuery, dbt, Tableau and a lot of Google Sheets we'd like to retire.",
        "Tools you'll use: Snowflake, Looker, Python notebooks and Amplitude.",
        "We work in SQL Server and Power BI today, with a move to Snowflake planned this year.",
    ),
    ANALYTICS_ENG: (
        "Our stack: Snowflake, dbt Cloud, Fivetran, Looker and GitHub Actions.",
        "Tools you'll use: BigQuery, dbt Core, Airflow, Metabase and Git.",
        "We run dbt on Redshift today and are evaluating Snowflake; Tableau sits on top.",
    ),
    DATA_ENG: (
        "Our stack: Python, Airflow, BigQuery, Terraform and Kubernetes on GCP.",
        "Tools you'll use: AWS (S3, Glue, Lambda), Airflow on MWAA, Snowflake and Docker.",
        "We run Airflow on AWS, land data in S3 and load it into Redshift, with dbt downstream.",
    ),
}

FIRST_MONTHS = {
    ANALYTICS: (
        "In your first six months you'll rebuild the trading dashboard that leadership opens "
        "every Monday, and agree one definition of an active customer with product and finance.",
        "In your first months you'll take over our experiment analysis, so product teams get "
        "trustworthy results within a week of a test ending.",
    ),
    ANALYTICS_ENG: (
        "In your first six months you'll untangle the 200 models we have today into a clear "
        "structure, add tests to the critical ones and retire the reports nobody uses.",
        "In your first months you'll build the customer and orders marts that every other team "
        "is waiting for, and set up the documentation site for them.",
    ),
    DATA_ENG: (
        "In your first six months you'll move our nightly ingestion off cron scripts and into "
        "Airflow, with alerting, retries and a runbook the whole team can use.",
        "In your first months you'll build ingestion for our new payments provider and help us "
        "halve the time it takes for yesterday's data to arrive in the warehouse.",
    ),
}

RESPONSIBILITIES = {
    ANALYTICS: (
        "Build and maintain dashboards for the commercial and operations teams",
        "Answer ad-hoc questions quickly, and know when a question deserves a deeper analysis",
        "Design and analyse A/B tests with product managers",
        "Own the weekly trading report and explain the story behind the numbers",
        "Define and document core metrics so every team counts things the same way",
        "Partner with finance on forecasting and budget tracking",
        "Spot data quality issues and work with engineers to fix them at the source",
        "Present findings to senior stakeholders in plain language",
    ),
    ANALYTICS_ENG: (
        "Design and build dbt models (staging, intermediate and marts) in the warehouse",
        "Write tests and documentation so every model has an owner and a definition",
        "Model core business entities using dimensional modelling (facts and dimensions)",
        "Review analysts' SQL and help them adopt version control and code review",
        "Improve warehouse performance and cost with incremental models and clustering",
        "Work with engineers on event tracking so new features arrive analysable",
        "Maintain our semantic layer and the BI dashboards built on it",
        "Set up CI for the dbt project so broken models never reach production",
    ),
    DATA_ENG: (
        "Build and maintain batch pipelines in Python orchestrated with Airflow",
        "Ingest data from APIs, Postgres databases and event streams into the warehouse",
        "Monitor pipelines, respond to failures and write clear post-incident notes",
        "Design idempotent loads and safe backfills for historical data",
        "Manage infrastructure as code with Terraform",
        "Add data quality checks and alerting so problems are caught before users notice",
        "Work with analytics engineers on the contracts between raw and modelled data",
        "Help move our nightly jobs towards near-real-time with Kafka",
    ),
}

SQL_LINES = (
    "Strong SQL: joins, window functions, CTEs, and a feel for query performance",
    "Several years writing SQL against a cloud warehouse (Snowflake, BigQuery or Redshift)",
    "Excellent SQL; you can read a 300-line query and explain what it does",
)

MUST_HAVE = {
    ANALYTICS: (
        "Experience building dashboards in Tableau, Looker or Power BI",
        "Working knowledge of statistics: A/B test design, significance and confidence intervals",
        "Python (pandas) or R for analysis beyond what SQL does comfortably",
        "Confident with Excel or Google Sheets for quick models",
        "Turning vague business questions into a plan, an analysis and a recommendation",
        "Commercial awareness: you care about what the numbers mean for the business",
    ),
    ANALYTICS_ENG: (
        "Production experience with dbt: models, tests, macros and documentation",
        "Data modelling: Kimball-style dimensional models and star schemas",
        "Git, pull requests and code review as part of your daily work",
        "Experience with a BI tool such as Looker, Tableau or Metabase",
        "Attention to detail and a habit of testing your assumptions",
        "Some Python for scripting and automation",
    ),
    DATA_ENG: (
        "Python for production data pipelines, including tests and packaging",
        "Orchestration with Airflow, Dagster or Prefect",
        "Experience with AWS or GCP (storage, IAM, managed warehouses)",
        "Docker and CI/CD pipelines",
        "Understanding of incremental loading, change data capture and schema evolution",
        "Monitoring and data quality testing for pipelines you own",
    ),
}

COMMUNICATION_LINES = (
    "Clear stakeholder communication, written and spoken",
    "You can explain technical trade-offs to non-technical colleagues",
    "Stakeholder management: you can say no, or not yet, and keep people on side",
)

NICE_TO_HAVE = {
    ANALYTICS: (
        "dbt or another SQL transformation tool",
        "Experience with product analytics tools like Amplitude or Mixpanel",
        "Forecasting or basic machine learning",
        "Airflow or another scheduler",
        "Experience mentoring junior analysts",
    ),
    ANALYTICS_ENG: (
        "Airflow or Dagster",
        "Fivetran or Airbyte for ingestion",
        "Semantic layers (dbt Semantic Layer, Cube or LookML)",
        "Data quality tooling such as Great Expectations or Soda",
        "Reverse ETL (Hightouch, Census)",
    ),
    DATA_ENG: (
        "Spark or Databricks",
        "Kafka or another streaming platform",
        "Terraform",
        "Kubernetes",
        "dbt, and an interest in how analysts use the data you deliver",
    ),
}

BENEFITS = (
    "25 days holiday plus bank holidays, and your birthday off",
    "Pension with 6% employer contribution",
    "£1,000 a year learning budget and time for conferences",
    "Private health insurance",
    "Enhanced parental leave",
    "Cycle to work scheme and a season ticket loan",
    "A new laptop and a home-office budget",
)

PROCESS_LINES = (
    "Our process: a 30-minute call with our recruiter, a technical interview, and a final "
    "conversation with the team. We aim to give you an answer within three weeks.",
    "How we hire: an intro call, a short take-home exercise (no more than two hours), a review "
    "of it with two of the team, and a final values interview.",
    "We'd love to hear from you even if you don't tick every box. Tell us in your application "
    "about a piece of work you're proud of.",
    "Interviews are remote. Let us know about any adjustments you need and we'll make them.",
)

REQUIRED_HEADINGS = ("Requirements", "Must have", "What we're looking for")
NICE_HEADINGS = ("Nice to have", "Nice to have (not required)")


def _bullets(items: list[str]) -> str:
    return "\n".join(f"- {item}" for item in items)


def _section(heading: str, items: list[str]) -> str:
    return f"{heading}\n{_bullets(items)}"


def posting_description(
    *, rng: random.Random, company: CompanySpec, role: RoleSpec, track: str, offer: list[str]
) -> str:
    """A multi-paragraph posting; ``offer`` lists pay and work-mode lines to put first."""
    team = rng.choice(TEAM_LINES).format(n=rng.randint(4, 14))
    intro = rng.choice(ROLE_INTROS[track]).format(title=role.title, company=company.name)
    must = [
        rng.choice(SQL_LINES),
        *rng.sample(MUST_HAVE[track], 3),
        rng.choice(COMMUNICATION_LINES),
    ]
    nice = [*rng.sample(NICE_TO_HAVE[track], 2), f"Experience in {company.industry.lower()}"]
    parts = [
        f"{company.about} {team}",
        f"About the role\n{intro} {rng.choice(STACK_LINES[track])}",
        _section("What you'll do", rng.sample(RESPONSIBILITIES[track], 6)),
        rng.choice(FIRST_MONTHS[track]),
        _section(rng.choice(REQUIRED_HEADINGS), must),
        _section(rng.choice(NICE_HEADINGS), nice),
        _section("What we offer", [*offer, *rng.sample(BENEFITS, 3)]),
        rng.choice(PROCESS_LINES),
    ]
    return "\n\n".join(parts)
