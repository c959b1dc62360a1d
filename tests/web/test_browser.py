"""The pages in a real browser: Debian's chromium driven by Playwright against a uvicorn server on 127.0.0.1.

Each page is opened, its key content asserted, a screenshot saved (to pytest's tmp dir, or to
$ONRECORD_SCREENSHOTS when set) and checked at phone width (375 px) for horizontal overflow. Skipped when
/usr/bin/chromium is absent (install it with `apt-get install -y chromium`).
"""
from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path("/usr/bin/chromium").exists(),
                       reason="/usr/bin/chromium not found: install Debian's chromium (apt-get install -y chromium)"),
]


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1000, "height": 800})
    pg = ctx.new_page()
    yield pg
    ctx.close()


def pages(ids: dict[str, str]) -> list[tuple[str, str, str]]:
    """(name, path, text the page must show) for every kind of page."""
    return [
        ("overview", "/", "Most quoted"),
        ("search", "/search?q=bridge", "Valley Post"),
        ("speaker", "/speakers/s-ortiz", "Quotes by story"),
        ("quote", f"/quotes/{ids['u:a:0']}", "How each outlet reported it"),
        ("story", "/stories/st-bridge", "Who spoke"),
        ("article", "/articles/a", "Quotes in this article"),
        ("docs", "/docs", "/api/search"),
    ]


def no_overflow(pg) -> bool:
    """True when the page is no wider than the viewport (nothing to scroll sideways)."""
    return pg.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


def test_browser_every_page_renders_and_fits_a_phone(server, page, ids, shots):
    for name, path, expected in pages(ids):
        page.set_viewport_size({"width": 1000, "height": 800})
        response = page.goto(server + path)
        assert response.status == 200, path
        assert expected in page.inner_text("main"), path
        page.screenshot(path=str(shots / f"{name}.png"), full_page=True)
        if name == "quote":  # the README's picture (docs/quote-variants.png), made from this invented fixture
            page.locator("main").screenshot(path=str(shots / "quote-variants.png"))
        page.set_viewport_size({"width": 375, "height": 740})
        assert no_overflow(page), f"{path} overflows at 375 px"
        page.screenshot(path=str(shots / f"{name}-375.png"), full_page=True)
    assert len(list(shots.glob("*.png"))) >= 2 * len(pages(ids))


def test_browser_stylesheet_loads_from_the_app(server, page):
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(server + "/")
    assert page.evaluate("getComputedStyle(document.querySelector('header.top')).display") == "flex"
    assert requests and all(u.startswith(server) for u in requests)


def test_browser_quote_page_marks_differences(server, page, ids):
    page.goto(server + f"/quotes/{ids['u:a:0']}")
    assert page.locator(".variant.first .badge").inner_text() == "first"
    assert page.locator(".variant >> nth=1").locator("ins.d-bracket").inner_text() == "the"
    assert page.locator("blockquote.canonical .bracketed").inner_text() == "[the]"


def test_browser_search_form_and_links(server, page):
    page.goto(server + "/")
    page.fill("input[name=q]", "lifeline")
    page.click("button[type=submit]")
    page.wait_for_url("**/search?q=lifeline")
    assert "Island Times" in page.inner_text("main")
    page.click(".hit .speaker")
    assert page.locator("h1").inner_text() == "Lena Ortiz"
    assert page.locator("svg.timeline circle").count() == 4


def test_browser_script_in_quote_never_runs(server, page):
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    for path in ("/articles/feeds/d.html", "/search?q=future", "/stories/st-ferry", "/speakers/s-rourke"):
        page.goto(server + path)
        assert page.evaluate("typeof window.__xss") == "undefined", path
        assert page.locator("main script, main img").count() == 0, path
    page.goto(server + "/articles/feeds/d.html")
    assert "<script>window.__xss = 1</script>" in page.inner_text("article.text")
    assert not errors
