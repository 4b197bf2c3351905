"""Figure phrasings of scraped web news, round 8 (issue 12): a range written "N or M" (and
مابين written as one word), a year before the low end of a range, a two-word disease read across
the end of a match (strikes are no sunstroke), a quoted name between a killing verb and its count,
a subset clause inside لقي … مصارعهم, dual barrel bombs and a count of barrel bombs that rose to N,
a female tourist and a dual of settlers, and a fighters' count dropped before it can hide the toll
inside its words. Each class has positives and negatives of the same shape.

The phrases are written for these tests, not copied from any page."""

import pytest

from tests.conftest import check_phrase as check

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases


@pytest.mark.parametrize("sentence, expected", [
    # one of two numbers before a noun is a range (spec §5)
    ("وقال الضابط إن القافلة كانت تضم 40 أو 45 جنديا عند وصولها.", [("troops", None, 40, 45, "exact")]),
    ("وقتل خمسة أو ستة أشخاص في الانفجار.", [("killed", None, 5, 6, "exact")]),
    ("وأطلق المسلحون ثلاثة أو أربعة صواريخ على البلدة.", [("projectiles", None, 3, 4, "exact")]),
    # مابين written as one word opens a range as ما بين does
    ("وقالت الشرطة إن مابين ثلاثة إلى خمسة صواريخ سقطت على الحي.", [("projectiles", None, 3, 5, "exact")]),
    # two numbers joined by or with no noun and no verb are no count
    ("وقال إن ذلك حدث في 2015 أو 2016 في المدينة.", []),
    ("وأحال القاضي المادة 7 أو 8 من القانون إلى اللجنة.", []),
    ("وقال إن الرحلة تستغرق ثلاثة أو أربعة أيام.", []),
])
def test_a_range_written_n_or_m(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a year word before the low end: the number is a year, not the start of a range, and the count after it stands
    ("وهبطت الوفيات من 3900 قتيل عام 2015 إلى 3500 قتيل عام 2016.",
     [("killed", 3900, None, None, "exact"), ("killed", 3500, None, None, "exact")]),
    ("وتراجعت الحصيلة من 800 ضحية سنة 2010 إلى 600 قتيل سنة 2011.",
     [("killed", 800, None, None, "exact"), ("killed", 600, None, None, "exact")]),
    # a range with no year word before it stays a range
    ("وقتل ما بين 10 و 20 شخصا في الهجوم.", [("killed", None, 10, 20, "exact")]),
    ("وقتل 30 إلى 40 شخصا في الهجوم.", [("killed", None, 30, 40, "exact")]),
])
def test_a_year_before_the_low_end_of_a_range(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # strikes are no disease: a toll by air strikes counts
    ("وأعلن الجيش مقتل أربعة مسلحين بضربات جوية في المحافظة.", [("killed", 4, None, None, "exact")]),
    ("وقتل سبعة أشخاص بينهم طفلان بضربات للطيران على البلدة.", [("killed", 7, None, None, "exact")]),
    # sunstroke is: a match that took the first word of the disease still names it
    ("وأصيب 40 حاجا بضربات شمس خلال اليوم.", []),
    ("وأصيب 25 عاملا بضربة شمس في الموقع.", []),
    ("وأصيب 30 شخصا بضربات الشمس في الصيف.", []),
])
def test_strikes_are_no_sunstroke(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a quoted name between a killing verb and its count
    ("وجاء ذلك بعد قتل مسلحي \"الجماعة\" سبعة أشخاص في قريتين.", [("killed", 7, None, None, "exact")]),
    ("وقتل عناصر “التنظيم” 12 مدنيا في القرية.", [("killed", 12, None, None, "exact")]),
    # the same with a capture or an arrest: no count
    ("وخطف مسلحو \"الجماعة\" سبعة أشخاص في القرية.", []),
    ("واعتقلت عناصر “الأمن” 12 شخصا في القرية.", []),
])
def test_a_quoted_name_between_the_verb_and_its_count(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a subset clause between لقي NUM and its plural مصارعهم
    ("لقي 9 مدنيين، بينهم نساء، مصارعهم في القصف.", [("killed", 9, None, None, "exact")]),
    ("ولقي 14 شخصا مصارعهم في الغارة.", [("killed", 14, None, None, "exact")]),
    # met with something else: no toll
    ("ولقي 14 شخصا ترحيبا في المدينة.", []),
])
def test_met_their_deaths_in_the_plural(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # dual barrel bombs, and a count of barrel bombs that rose to N
    ("وألقت المروحيات برميلين متفجرين على البلدة.", [("projectiles", 2, None, None, "exact")]),
    ("وقال المرصد إن عدد البراميل المتفجرة التي ألقيت على المدينة ارتفع إلى 35.", [("projectiles", 35, None, None, "exact")]),
    # barrels of oil are no projectiles
    ("وقال إن عدد البراميل في المخزن ارتفع إلى 35.", []),
    ("وصدرت الشركة برميلين من النفط للتجربة.", []),
])
def test_barrel_bombs(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a female tourist killed is a count of one; a dual of settlers is two
    ("وأعلنت الشرطة مقتل سائحة ألمانية في الهجوم.", [("killed", 1, None, None, "exact")]),
    ("وأدى الهجوم إلى إصابة مستوطنان بجروح.", [("injured", 2, None, None, "exact")]),
    # a definite tourist, or a tourist who is no victim, is no count
    ("وقالت السائحة إن الرحلة كانت ممتعة.", []),
    ("واستقبلت المدينة سائحة من ألمانيا.", []),
])
def test_tourists_and_settlers(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a fighters' count the exclusions drop no longer hides a toll inside its words
    ("وبلغت الكلفة 90 مليون دولار سنة 2020 عدا عن الخسائر التي بلغت 41 قتيل في صفوف الجيش.", [("killed", 41, None, None, "exact")]),
    # a fighters' count with its nationality stays a troop figure
    ("وقال إن نحو 300 فرنسي يقاتلون في صفوف التنظيم.", [("troops", 300, None, None, "approx")]),
])
def test_a_dropped_fighters_count_hides_no_toll(sentence, expected):
    check(sentence, expected)
