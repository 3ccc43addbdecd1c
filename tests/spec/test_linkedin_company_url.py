"""The people-search bodies take "a LinkedIn company URL" (the pages' only rule): a company page,
or one of its sub-pages such as /about/, and nothing else."""

import re

import pytest

from tests.spec_facts import spec

SCHEMAS = ["WaterfallIcpSearchRequest", "EmployeeFinderRequest"]


def pattern(schema: str) -> re.Pattern[str]:
    return re.compile(
        spec()["components"]["schemas"][schema]["properties"]["company_linkedin_url"]["pattern"]
    )


@pytest.mark.parametrize("schema", SCHEMAS)
@pytest.mark.parametrize(
    "url",
    [
        "https://www.linkedin.com/company/google/",
        "https://linkedin.com/company/google",
        "https://www.linkedin.com/company/google/about/",
        "https://de.linkedin.com/company/google/people?keywords=x",
    ],
)
def test_company_pages_and_their_sub_pages_are_accepted(schema: str, url: str) -> None:
    assert pattern(schema).search(url)


@pytest.mark.parametrize("schema", SCHEMAS)
@pytest.mark.parametrize(
    "url",
    [
        "https://www.linkedin.com/in/jane",
        "https://www.linkedin.com/company/",
        "https://example.com/company/google",
    ],
)
def test_other_urls_are_refused(schema: str, url: str) -> None:
    assert not pattern(schema).search(url)
