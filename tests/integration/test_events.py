"""The events mart: one event reported by several stories (outlets writing their own text) or
restated on later days counts once; daily_figures sums the events."""

import pytest

from tests.conftest import build_with_manifest, q

# Articles written for these tests (headline, dateline, body) with their outlet and publication day.
ARTICLES = {
    # two outlets' own reports of one car bomb in Mosul the day before: 12 and 14 killed
    "mosul_a.txt": ("انفجار سيارة مفخخة في الموصل", "الموصل - رويترز",
                    "قالت الشرطة إن 12 شخصا قتلوا أمس في انفجار سيارة مفخخة في مدينة الموصل.", "reuters", "2015-07-21"),
    "mosul_b.txt": ("حصيلة تفجير الموصل", "بغداد - أ ف ب",
                    "وأسفر انفجار سيارة ملغومة أمس في مدينة الموصل عن مقتل 14 شخصا بحسب مصادر طبية.", "afp", "2015-07-21"),
    # four days later, a third outlet repeats the 14 with no day: placed on its publication day
    "mosul_later.txt": ("مخاوف من تفجيرات جديدة", "أربيل - واس",
                        "ويعيش السكان في خوف بعد أن قتل 14 شخصا في انفجار سيارة مفخخة في مدينة الموصل.", "spa", "2015-07-25"),
    # the same day, another town: another event
    "kirkuk.txt": ("هجوم في كركوك", "كركوك - رويترز",
                   "قال مسؤولون إن خمسة أشخاص قتلوا أمس في هجوم مسلح على نقطة تفتيش في مدينة كركوك.", "reuters", "2015-07-21"),
    # a toll with no place of its own (the dateline's place is not the event's): an event of its own
    "unplaced.txt": ("مقتل ثلاثة جنود", "القاهرة - د ب أ",
                     "أعلن الجيش أن ثلاثة جنود قتلوا أمس في هجوم على دورية عسكرية.", "dpa", "2015-07-21"),
}


def build_articles(folder, articles: dict):
    """Build articles given as (headline, dateline or "", body, outlet, day), with their manifest."""
    return build_with_manifest(folder, {
        name: ("\n\n".join(part for part in (headline, dateline, body) if part) + "\n", outlet, day)
        for name, (headline, dateline, body, outlet, day) in articles.items()})


@pytest.fixture(scope="module")
def events_db(tmp_path_factory):
    return build_articles(tmp_path_factory.mktemp("events"), ARTICLES)


def test_the_articles_are_separate_stories(events_db):
    # the premise of the tests below: different texts are different stories
    assert q(events_db, "select count(distinct story_id) from attack_counts where measure = 'killed'") == [(5,)]


def test_two_stories_of_one_toll_at_one_town_on_one_day_are_one_event(events_db):
    rows = q(events_db, """select event_date::varchar, value, highest_value, stories, disputed, basis, country
                           from events where measure = 'killed' and place_name_en = 'Mosul'""")
    # 12 and 14 from two outlets, then 14 again four days later: one event, its largest conservative toll
    assert rows == [("2015-07-20", 14, 14, 3, True, "locality and day", "IQ")]


def test_a_later_report_of_the_same_toll_folds_into_the_first_day(events_db):
    assert q(events_db, "select restated_days from events where measure = 'killed' and place_name_en = 'Mosul'") == [(1,)]
    assert q(events_db, "select count(*) from events where event_date = date '2015-07-25'") == [(0,)]


def test_another_town_the_same_day_is_another_event(events_db):
    assert q(events_db, "select value from events where measure = 'killed' and place_name_en = 'Kirkuk'") == [(5,)]


def test_a_toll_with_no_locality_is_an_event_of_its_own(events_db):
    assert q(events_db, "select value, place_id, basis from events where measure = 'killed' and place_id is null") == [
        (3, None, "story")]


def test_daily_figures_sum_each_event_once(events_db):
    assert q(events_db, "select sum(value), sum(events), sum(stories) from daily_figures where measure = 'killed'") == [
        (14 + 5 + 3, 3, 5)]
    # the sum of each story's own figure would count the Mosul bombing three times
    (by_story,), = q(events_db, "select sum(conservative_value) from story_figures where measure = 'killed' and toll_scope = 'event'")
    assert by_story == 12 + 14 + 14 + 5 + 3


def test_every_event_row_has_a_unique_key(events_db):
    assert q(events_db, "select count(*) = count(distinct event_id) from events") == [(True,)]


# Stories with no locality: two outlets' own texts of one toll in one country on one day, a
# third story of another toll there that day, and a fourth of the first toll placed nowhere.
COUNTRY_ARTICLES = {
    "yemen_a.txt": ("مقتل خمسة جنود في اليمن", "",
                    "قال مسؤول عسكري إن خمسة جنود قتلوا أمس في هجوم على دورية عسكرية في اليمن.", "reuters", "2015-07-21"),
    "yemen_b.txt": ("هجوم على دورية", "",
                    "وأسفر هجوم مسلح أمس على دورية للجيش في اليمن عن مقتل خمسة جنود بحسب مصادر أمنية.", "afp", "2015-07-21"),
    "yemen_other.txt": ("انفجار لغم", "",
                        "وأعلنت مصادر طبية أن تسعة مدنيين قتلوا أمس في انفجار لغم أرضي في اليمن.", "spa", "2015-07-21"),
    "nowhere.txt": ("مقتل خمسة", "",
                    "وذكر بيان أن خمسة أشخاص قتلوا أمس في هجوم بعبوة ناسفة.", "dpa", "2015-07-21"),
}


@pytest.fixture(scope="module")
def country_db(tmp_path_factory):
    return build_articles(tmp_path_factory.mktemp("events_country"), COUNTRY_ARTICLES)


def test_stories_of_one_toll_in_one_country_on_one_day_are_one_event(country_db):
    # the premise: four stories, none placed at a locality
    assert q(country_db, "select count(distinct story_id) from attack_counts where measure = 'killed'") == [(4,)]
    rows = q(country_db, """select value, country, stories, basis from events where measure = 'killed' order by value, country nulls last""")
    # the two Yemeni reports of five killed are one event; nine killed there is another; five
    # killed in no known country is not merged with them
    assert rows == [(5, "YE", 2, "story"), (5, None, 1, "story"), (9, "YE", 1, "story")]
