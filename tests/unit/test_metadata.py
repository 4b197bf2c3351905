"""Source credits and publication dates (spec §1-§2) over real dateline shapes."""

import pytest

from tests.conftest import extract_one


def fields(text):
    return extract_one(text)["article_fields"].row(0, named=True)


BODY = "قال مسؤولون إن القوات ستبقى في البلاد حتى نهاية العام، وفق ما أعلن اليوم في مؤتمر صحفي عقد في العاصمة بحضور عدد من الوزراء."


@pytest.mark.parametrize(
    "text, sources",
    [
        ("واشنطن 26 يوليو 2021 (شينخوا) " + BODY, ["xinhua"]),
        ("ايلاف من لندن: " + BODY, ["elaph"]),
        ("عنوان\n\nلندن: «الشرق الأوسط أونلاين»\n\n" + BODY, ["aawsat"]),
        ("عنوان\n\nهيرندون : د ب أ\n\n" + BODY, ["dpa"]),
        ("عنوان\n\nنيودلهي - (دب ا):\n\n" + BODY, ["dpa"]),
        ("عنوان\n\nبرلين  - د.ب.أ\n\n" + BODY, ["dpa"]),
        ("عنوان\n\nروما - رويترز\n\n" + BODY, ["reuters"]),
        ("عنوان\n\nمكة المكرمة - واس:\n\n" + BODY, ["spa"]),
        ("عنوان\n\nاليوم - الدمام\n\n" + BODY, ["alyaum"]),
        ("عنوان\n\nعين اليوم – القاهرة\n\n" + BODY, ["3alyoum"]),
        ("عنوان\n\nالوئام - CNN :\n\n" + BODY, ["cnn", "alweeam"]),
        ("عنوان\n\nالباحة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس\n\n" + BODY, ["spa"]),
        ("عنوان\n\nوكالات - بغداد\n\n" + BODY, []),
        ("عنوان\n\nمحمد البيضاني\n\n" + BODY, []),
        ("عنوان\n\nأحمد - الرياض\n\n" + BODY, []),
    ],
)
def test_dateline_credits(text, sources):
    f = fields(text)
    assert f["sources"] == sources
    assert f["source"] == (sources[0] if sources else None)


def test_body_quoted_outlet_is_cited_not_source():
    out = extract_one("عنوان\n\nمحمد علي\n\nوقال الكاظمي لـ((أسوشيتد برس)) إنه لا داعي لبقاء القوات.")
    assert out["article_fields"]["source"][0] is None
    assert "ap" in out["cited_sources"]["outlet"].to_list()


@pytest.mark.parametrize(
    "text, date, at",
    [
        ("واشنطن 26 يوليو 2021 (شينخوا) " + BODY, "2021-07-26", None),
        ("عنوان\n\nتأريخ النشر: 23 July 2021\n\n" + BODY, "2021-07-23", None),
        ("السبت 29 يونيو 2024\n\nعنوان\n\nعرب وعالم27-7-2021 | 16:56\n\n" + BODY, "2021-07-27", "2021-07-27 16:56:00"),
        ("عنوان\n\nالباحة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس\n\n" + BODY, "2015-08-10", None),
        ("( أردو بوینت نتورك ۔ / سبوتنيك - 27 يوليو 2021ء) " + BODY, "2021-07-27", None),
        ("عنوان\n\nبغداد - كونا\n\n" + BODY + " وكان ذلك في 5 مارس 2014.", None, None),
    ],
)
def test_publication_date_from_text_only(text, date, at):
    f = fields(text)
    assert (str(f["published_date"]) if f["published_date"] else None) == date
    assert (str(f["published_at"]) if f["published_at"] else None) == at


def test_date_mentions_resolve_granularity_and_missing_year():
    out = extract_one("واشنطن 26 يوليو 2021 (شينخوا) " + BODY + "\nوفي السابع من نيسان/ابريل اتفق الجانبان، وفي عام 2011 انسحبت القوات.")
    m = {r["mention"]: (str(r["date"]), r["granularity"], r["year_inferred"]) for r in out["date_mentions"].iter_rows(named=True)}
    assert m["السابع من نيسان/ابريل"] == ("2021-04-07", "day", True)
    assert m["عام 2011"] == ("2011-01-01", "year", False)


def test_weekday_mentions_resolve_against_the_publication_date():
    out = extract_one("واشنطن 26 يوليو 2021 (شينخوا) " + BODY + "\nوقال بايدن يوم الاثنين إنه التقى الوزير يوم السبت الماضي، ثم يوم السبت 29 يونيو 2024 في مكان آخر.")
    m = {r["mention"]: (str(r["date"]), r["granularity"]) for r in out["date_mentions"].iter_rows(named=True)}
    assert m["يوم الاثنين"] == ("2021-07-26", "day")  # the publication day is a Monday
    assert m["يوم السبت"] == ("2021-07-24", "day")
    # A weekday heading an explicit date is that date, not a second "Saturday" mention.
    rows = [(r["mention"], str(r["date"])) for r in out["date_mentions"].iter_rows(named=True)]
    assert [r for r in rows if r[0].startswith("يوم السبت") and r[1] != "2024-06-29"] == [("يوم السبت", "2021-07-24")]
    assert any(d == "2024-06-29" for _, d in rows)


def test_weekday_without_a_publication_date_is_left_out():
    out = extract_one("عنوان\n\nمحمد علي\n\n" + BODY + " وقال يوم الاثنين إن الاجتماع انتهى.")
    assert out["date_mentions"].filter(out["date_mentions"]["mention"].str.contains("الاثنين")).height == 0
