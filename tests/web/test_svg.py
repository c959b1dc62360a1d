from datetime import date, datetime

from onrecord.web import svg


def test_timeline_empty_without_dates():
    assert svg.timeline([svg.Point(None, "/quotes/q1", "story", "words")]) == ""


def test_timeline_one_lane_per_story_and_links():
    pts = [svg.Point(date(2018, 10, 1), "/quotes/a", "First story", "one"),
           svg.Point(date(2022, 3, 5), "/quotes/b", "Second story", "two"),
           svg.Point(date(2018, 10, 2), "/quotes/c", "First story", "three")]
    out = svg.timeline(pts)
    assert out.count('class="lane"') == 2 and out.count("<circle") == 3
    assert 'href="/quotes/b"' in out and ">2020<" in out


def test_timeline_escapes_text():
    out = svg.timeline([svg.Point(date(2020, 1, 1), '/quotes/"x', "<b>story</b>", "<script>alert(1)</script>")])
    assert "<script>" not in out and "&lt;script&gt;" in out and "<b>" not in out and '"x' not in out


def test_timeline_caps_lanes():
    pts = [svg.Point(date(2020, 1, i + 1), f"/quotes/{i}", f"story {i:02d}", "w") for i in range(20)]
    out = svg.timeline(pts)
    assert out.count('class="lane"') == svg.MAX_LANES and "other stories" in out


def test_parse_day_forms():
    assert svg.parse_day("2018-10-02T10:00:00") == date(2018, 10, 2)
    assert svg.parse_day(datetime(2020, 5, 1, 3)) == date(2020, 5, 1)
    assert svg.parse_day("yesterday") is None and svg.parse_day(None) is None
