"""Known false matches of the product extraction path, one table per kind, on the built-in
vocabulary: each row says which skills a text must and must not yield."""

from __future__ import annotations

import pytest

from onward.analysis.skills.extract import ExtractConfig, SkillIndex, build_index, extract
from onward.analysis.skills.linking import SemanticLinker, meaningful
from onward.analysis.skills.semantic import label_embeddings
from onward.analysis.skills.taxonomy import Taxonomy, load_builtin_taxonomy

from .conftest import FakeEncoder

Row = tuple[str, set[str], set[str]]


@pytest.fixture(scope="module")
def builtin() -> SkillIndex:
    return build_index(load_builtin_taxonomy())


def _check(index: SkillIndex, text: str, wanted: set[str], unwanted: set[str]) -> None:
    found = {m.skill_id for m in extract(text, index)}
    assert wanted <= found, f"missing {wanted - found} in {found}"
    assert not unwanted & found, f"false {unwanted & found}"


ALIAS_NORMALISATION: list[object] = [
    pytest.param("You'll join a friendly team of six.", set(), {"microsoft-teams"}, id="team"),
    pytest.param("Our teams work across three sites.", set(), {"microsoft-teams"}, id="teams"),
    pytest.param(
        "Day to day you'll live in Outlook, Teams and SharePoint.",
        {"microsoft-teams", "sharepoint"},
        set(),
        id="teams-the-product",
    ),
    pytest.param("Comfortable with Microsoft Teams.", {"microsoft-teams"}, set(), id="full-name"),
    pytest.param(
        "Tick every box and we'll call you.", set(), {"dropbox"}, id="box-of-box-cloud-storage"
    ),
    pytest.param("You'll own the weekly reporting.", set(), {"journalism"}, id="reporting-news"),
    pytest.param(
        "Set up CI for the dbt project.",
        {"dbt"},
        {"continuous-improvement"},
        id="ci-of-continuous-improvement",
    ),
    pytest.param("The team, working closely with finance.", set(), {"teamwork"}, id="comma"),
]

ACRONYMS: list[object] = [
    pytest.param("John Doe, Senior Analyst", set(), {"experimental-design"}, id="doe-surname"),
    pytest.param(
        "Design experiments (DoE) for the pilot line.", {"experimental-design"}, set(), id="doe"
    ),
    pytest.param("Strong SQL and AWS.", {"sql", "amazon-web-services"}, set(), id="sql-aws"),
    pytest.param(
        "skills: sql, aws, python", {"sql", "amazon-web-services"}, set(), id="lowercase-acronyms"
    ),
    pytest.param("Sql and Aws at the start", set(), {"sql"}, id="title-case-acronym-is-not"),
    pytest.param("Trained in CBT.", {"cognitive-behavioural-therapy"}, set(), id="cbt"),
    pytest.param("PMP certification preferred.", {"pmp"}, set(), id="pmp"),
    pytest.param("Play it safe at all times.", set(), {"safe-agile"}, id="safe-is-not-safe"),
    pytest.param("Our R&D team in Leeds", set(), {"r-lang"}, id="r-and-d"),
    pytest.param("Analysis in R or Python", {"r-lang", "python"}, set(), id="r"),
]

FUZZY: list[object] = [
    pytest.param("Write clear documentation.", set(), {"wrike"}, id="write-wrike"),
    pytest.param("An experienced engineer", set(), {"experimental-design"}, id="experienced"),
    pytest.param(
        "Experienced design engineer wanted.", set(), {"user-experience-design"}, id="inflection"
    ),
    pytest.param("Lockers are provided.", set(), {"looker"}, id="lockers"),
    pytest.param("In addition, you'll mentor.", set(), {"adobe-audition"}, id="addition"),
    pytest.param("Strong communication skills.", {"communication"}, set(), id="exact-still"),
    pytest.param("Javscript and Terrafrom", {"javascript", "terraform"}, set(), id="typos"),
    pytest.param("Please polish your CV.", set(), {"polish-language"}, id="polish-verb"),
    pytest.param("experienced in design", set(), {"adobe-indesign"}, id="in-design"),
]

ORDINARY_WORDS: list[object] = [
    pytest.param(
        "You will own pricing for our products.", set(), {"actuarial-science"}, id="pricing"
    ),
    pytest.param(
        "Actuarial pricing of motor policies", {"actuarial-science"}, set(), id="pricing-qualified"
    ),
    pytest.param("Own the weekly trading report.", set(), {"trading"}, id="trading-report"),
    pytest.param("Experience in equity trading", {"trading"}, set(), id="equity-trading"),
    pytest.param("Two years of trading experience", {"trading"}, set(), id="trading-experience"),
    pytest.param("You will excel in this role.", set(), {"excel"}, id="excel-verb"),
    pytest.param("Excel and Google Sheets", {"excel", "google-sheets"}, set(), id="excel"),
    pytest.param("Excellent people skills", set(), {"excel"}, id="excellent"),
    pytest.param("Go the extra mile for customers.", set(), {"go-lang"}, id="go-verb"),
    pytest.param("Services written in Go and Rust", {"go-lang"}, set(), id="go"),
    pytest.param("React quickly to incidents.", set(), {"react"}, id="react-verb"),
    pytest.param("Front end in React and TypeScript", {"react", "typescript"}, set(), id="react"),
    pytest.param("Swift response to call-outs", set(), {"swift-lang"}, id="swift-adjective"),
    pytest.param("iOS apps in Swift", {"swift-lang"}, set(), id="swift"),
    pytest.param(
        "Reporting to the leadership team", set(), {"leadership"}, id="leadership-modifier"
    ),
    pytest.param(
        "As a BI Developer at Tidewater Insurance, you'll",
        set(),
        {"insurance-products"},
        id="company-name",
    ),
]

SECTIONS: list[object] = [
    pytest.param(
        "What we offer\n- Pension with 6% employer contribution\n- Private health insurance",
        set(),
        {"pensions", "insurance-products"},
        id="benefits-heading",
    ),
    pytest.param(
        "Perks: cycle to work scheme, gym discount and a learning budget.",
        set(),
        set(),
        id="perks-inline",
    ),
    pytest.param(
        "We offer a competitive salary, a bonus and a generous pension.",
        set(),
        {"pensions"},
        id="benefit-sentence",
    ),
    pytest.param(
        "About us\nWe run 35 care homes across the North.\n\nRequirements\n- SQL",
        {"sql"},
        {"residential-care"},
        id="about-us-then-requirements",
    ),
    pytest.param(
        "Northwind is a leading insurance company based in Leeds.",
        set(),
        {"insurance-products"},
        id="company-blurb",
    ),
    pytest.param(
        "We are an equal opportunity employer and welcome applications from everyone.",
        set(),
        {"equal-employment-opportunity"},
        id="equal-opportunity",
    ),
    pytest.param(
        "Analytics Engineer\nAcme, Leeds\nRequirements\n- SQL and Python",
        {"sql", "python"},
        {"analytics-engineering"},
        id="title-line",
    ),
    pytest.param(
        "As our Analytics Engineer, you'll own the models.",
        set(),
        {"analytics-engineering"},
        id="job-being-advertised",
    ),
    pytest.param(
        "Work with analytics engineers and product managers.",
        set(),
        {"analytics-engineering", "product-management"},
        id="other-peoples-titles",
    ),
    pytest.param(
        "Analytics Engineer, Brightside (2021-2024)\nBuilt dbt models in Snowflake.",
        {"analytics-engineering", "dbt", "snowflake"},
        set(),
        id="resume-job-title",
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), ALIAS_NORMALISATION)
def test_alias_normalisation(
    builtin: SkillIndex, text: str, wanted: set[str], unwanted: set[str]
) -> None:
    _check(builtin, text, wanted, unwanted)


@pytest.mark.parametrize(("text", "wanted", "unwanted"), ACRONYMS)
def test_acronyms_match_in_their_own_case(
    builtin: SkillIndex, text: str, wanted: set[str], unwanted: set[str]
) -> None:
    _check(builtin, text, wanted, unwanted)


@pytest.mark.parametrize(("text", "wanted", "unwanted"), FUZZY)
def test_fuzzy_leaves_ordinary_words_alone(
    builtin: SkillIndex, text: str, wanted: set[str], unwanted: set[str]
) -> None:
    _check(builtin, text, wanted, unwanted)


@pytest.mark.parametrize(("text", "wanted", "unwanted"), ORDINARY_WORDS)
def test_ordinary_words_need_a_skill_context(
    builtin: SkillIndex, text: str, wanted: set[str], unwanted: set[str]
) -> None:
    _check(builtin, text, wanted, unwanted)


@pytest.mark.parametrize(("text", "wanted", "unwanted"), SECTIONS)
def test_non_requirement_text_is_left_out(
    builtin: SkillIndex, text: str, wanted: set[str], unwanted: set[str]
) -> None:
    _check(builtin, text, wanted, unwanted)


def test_context_mentions_on_request(builtin: SkillIndex) -> None:
    text = "What we offer\n- Pension scheme\n\nRequirements\n- SQL"
    mentions = extract(text, builtin, ExtractConfig(context_mentions=True))
    assert [(m.skill_id, m.requirement) for m in mentions] == [
        ("pensions", "context"),
        ("sql", "required"),
    ]
    assert "benefits section" in mentions[0].reasons[-1]
    plain = extract(text, builtin, ExtractConfig(sections=False))
    assert [m.skill_id for m in plain] == ["pensions", "sql"]


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        pytest.param("Experienced", False, id="one-word"),
        pytest.param("Doe", False, id="a-name"),
        pytest.param("a team player", False, id="everyday-words"),
        pytest.param("handle our swine daily", True, id="two-content-words"),
        pytest.param("experienced with pig handling", True, id="one-common-one-not"),
    ],
)
def test_semantic_clause_quality(clause: str, expected: bool) -> None:
    assert meaningful(clause) is expected


def test_semantic_never_links_a_single_word(mini: Taxonomy, fake_encoder: FakeEncoder) -> None:
    linker = SemanticLinker(mini, fake_encoder, label_embeddings(mini, fake_encoder))
    index = build_index(mini, semantic=linker)
    config = ExtractConfig(semantic_threshold=0.2)
    text = "Requirements:\n- pigs\n- you will handle our swine daily"
    semantic = [m for m in extract(text, index, config) if m.method == "semantic"]
    assert [text[m.start : m.end] for m in semantic] == ["handle our swine daily"]


@pytest.mark.parametrize(
    "name",
    ["Trading", "Leadership", "Go", "Excel", "Microsoft Teams", "dbt", "pricing", "Polish"],
)
def test_a_skill_name_alone_is_that_skill(builtin: SkillIndex, name: str) -> None:
    """Tags, labels and one-item lines ("- Trading") need no more context."""
    assert len(extract(name, builtin)) == 1
    assert len(extract(f"Skills\n- {name}\n- SQL", builtin)) == 2


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        pytest.param("Contact Tom Baker on 0123", set(), {"baking"}, id="surname"),
        pytest.param("Senior Baker at Greggs", {"baking"}, set(), id="job-title"),
        pytest.param(
            "Qualified electrician wanted", {"electrical-installation"}, set(), id="title"
        ),
    ],
)
def test_job_title_words_in_names(
    builtin: SkillIndex, text: str, wanted: set[str], unwanted: set[str]
) -> None:
    _check(builtin, text, wanted, unwanted)
