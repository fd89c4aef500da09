"""axe-core, injected into Debian's Chromium, finds no WCAG 2.2 A/AA violation on the pages issue 7 names,
in the light and the dark colour scheme, at a phone and a desktop width."""

from __future__ import annotations

import pytest

from audit_tools import BuiltSite

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
"""WCAG 2.0, 2.1 and 2.2 at levels A and AA (2.2 added only AA rules to axe)."""
WIDTHS = {"375px": {"width": 375, "height": 812}, "1280px": {"width": 1280, "height": 800}}


@pytest.mark.parametrize("width", sorted(WIDTHS))
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_axe_violations(browser, axe_source: str, site: BuiltSite, scheme: str, width: str) -> None:
    context = browser.new_context(viewport=WIDTHS[width], color_scheme=scheme)
    page = context.new_page()
    found, checked = [], []
    try:
        for role, path in site.audited_pages().items():
            response = page.goto(site.url + path)
            assert response is not None and response.status == 200, f"{role} /{path}: {response and response.status}"
            page.add_script_tag(content=axe_source)
            result = page.evaluate("""tags => axe.run(document, {
                runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})""", WCAG_TAGS)
            checked.append(f"{role} ({len(result['passes'])} rules passed)")
            for violation in result["violations"]:
                targets = "; ".join(" ".join(node["target"]) for node in violation["nodes"][:5])
                found.append(f"{role} /{path}: {violation['id']} ({violation['impact']}): {violation['help']} — {targets}")
    finally:
        context.close()
    assert not found, f"axe-core violations in the {scheme} scheme at {width} on {site.name}:\n" + "\n".join(found)
    assert len(checked) >= 7, checked
