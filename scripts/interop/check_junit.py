"""Reads `ecms check --format junit` outputs with junitparser, an independent JUnit XML
parser, and checks what the CLI promises: one test case per leaf clause in every suite of
a readable file, failures that carry findings, counts that add up.

    check_junit.py FILE.xml...

Exits 1 on the first file that disagrees.
"""

import sys

from junitparser import Error, Failure, JUnitXml, Skipped

LEAF_CLAUSES = 60


def check(path: str) -> list[str]:
    problems = []
    xml = JUnitXml.fromfile(path)
    suites = list(xml)
    if not suites:
        return [f"{path}: no test suite"]
    for suite in suites:
        cases = list(suite)
        errors = [c for c in cases if any(isinstance(r, Error) for r in c.result)]
        if errors and len(cases) == 1:
            continue  # an unreadable file: one case with the error
        if len(errors) > 1:
            problems.append(f"{path}: suite {suite.name}: {len(errors)} error cases; data errors form one case")
        if errors and suite.errors != len(errors):
            problems.append(f"{path}: suite {suite.name}: counts say errors={suite.errors}, cases have {len(errors)}")
        if len(cases) < LEAF_CLAUSES:
            problems.append(f"{path}: suite {suite.name}: {len(cases)} test cases, expected {LEAF_CLAUSES}")
        failures = [c for c in cases if any(isinstance(r, Failure) for r in c.result)]
        skipped = [c for c in cases if any(isinstance(r, Skipped) for r in c.result)]
        if suite.tests != len(cases) or suite.failures != len(failures) or suite.skipped != len(skipped):
            problems.append(
                f"{path}: suite {suite.name}: counts say tests={suite.tests} failures={suite.failures} "
                f"skipped={suite.skipped}, cases are {len(cases)}/{len(failures)}/{len(skipped)}"
            )
        for c in failures:
            for r in c.result:
                if isinstance(r, Failure) and not (r.message and r.type):
                    problems.append(f"{path}: {c.name}: failure without message or type")
    return problems


def main() -> int:
    status = 0
    for path in sys.argv[1:]:
        problems = check(path)
        for p in problems:
            print(f"FAIL junitparser: {p}", file=sys.stderr)
        if problems:
            status = 1
    print(f"junitparser: {len(sys.argv) - 1} JUnit file(s) read")
    return status


if __name__ == "__main__":
    sys.exit(main())
