"""Troop figures missed on unannotated web pages (issue 12, troop recall round, branch h-troops7):
each shape recurs at several outlets (see tests/data/web/README.md, "Troop recall round"), written
as a class with positives and negatives.

The phrases are written for these tests, not copied from any page."""

import pytest

from tests.conftest import check_phrase as check

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases


@pytest.mark.parametrize("sentence, expected", [
    # a range after "of them" shares its magnitude: of them 6 to 7 thousand fighters is 6000-7000, not 6 and 7000
    ("وقال إن القوة تحتاج إلى 9 آلاف جندي، من بينهم 4 إلى 5 آلاف مقاتل.",
     [("troops", 9000, None, None, "exact"), ("troops", None, 4000, 5000, "exact")]),
    ("ويضم الجيش 20 ألف جندي بينهم 3 إلى 4 آلاف عسكري من الاحتياط.",
     [("troops", 20000, None, None, "exact"), ("troops", None, 3000, 4000, "exact")]),
    # a subset with its nationality is still read as before
    ("نشرت القوة 3000 جندي أجنبي من بينهم 1800 فرنسي.",
     [("troops", 3000, None, None, "exact"), ("troops", 1800, None, None, "exact")]),
])
def test_a_range_after_of_them_shares_its_magnitude(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a bracketed number before its magnitude, or the magnitude inside the bracket
    ("وقدرت المصادر وجود (12) ألف مقاتل في صفوف الجماعة.", [("troops", 12000, None, None, "exact")]),
    ("وأرسلت الحكومة (3) آلاف جندي إلى الحدود الشمالية.", [("troops", 3000, None, None, "exact")]),
    ("وانتشر (4 آلاف) عنصر من الشرطة في شوارع المدينة.", [("troops", 4000, None, None, "exact")]),
    # a bracketed count with no magnitude stays what it was
    ("وأعلن الجيش مقتل (7) مسلحين في الاشتباك.", [("killed", 7, None, None, "exact")]),
    # a bracketed magnitude before something that is no troop noun
    ("وطبعت الوزارة (5 آلاف) نسخة من الكتاب المدرسي.", []),
    ("وشارك (3) آلاف طالب في المسابقة.", []),
])
def test_a_bracketed_number_before_its_magnitude(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # officers and conscripts said together, as police and army statements write a deployment
    ("ونشرت الوزارة نحو 150 ألف ضابط ومجند لتأمين الانتخابات.", [("troops", 150000, None, None, "approx")]),
    ("وشارك في الخطة 3 آلاف ضابط ومجند من قوات الأمن المركزي.", [("troops", 3000, None, None, "exact")]),
    # an officer and a conscript killed are two persons killed, not a strength
    ("وأسفر الهجوم عن مقتل ضابط ومجند في الكمين.", [("killed", 1, None, None, "exact"), ("killed", 1, None, None, "exact")]),
])
def test_officers_and_conscripts_together(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # and + a number with no noun, in a place, right after a troop figure: a share of the force by place
    ("ويوجد للتحالف 1200 جندي في العراق، و800 في سوريا.",
     [("troops", 1200, None, None, "exact"), ("troops", 800, None, None, "exact")]),
    ("وسيرسل الجيش 2000 جندي إلى الشمال، منهم 1500 جندي في ولاية نيو مكسيكو و500 في ولاية يوتا.",
     [("troops", 2000, None, None, "exact"), ("troops", 1500, None, None, "exact"), ("troops", 500, None, None, "exact")]),
    # a year, or a number after other things counted between, is no share
    ("نشر 900 جندي في سوريا عام 2015 و2016 في العراق.", [("troops", 900, None, None, "exact")]),
    ("وصل 700 جندي إلى القاعدة، ثم وصلت 12 طائرة و300 في المخازن.", [("troops", 700, None, None, "exact")]),
    # after a casualty count the conjunct stays a casualty count
    ("قتل 4 جنود في الهجوم و2 في الكمين.", [("killed", 4, None, None, "exact"), ("killed", 2, None, None, "exact")]),
])
def test_a_share_of_a_troop_figure_by_place(sentence, expected):
    check(sentence, expected)
