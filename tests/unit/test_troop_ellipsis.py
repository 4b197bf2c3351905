"""Elliptic troop figures (issue 12, spec §3): a number with no noun after it whose force is named
before it, in the same sentence or, as "this number", in the sentence before (rules tv, te, tk and
tc), and the first number of a change from N to M that takes M's magnitude (rules tf, rf).

Precision first: each positive has negatives of the same shape that count something else (prices,
budgets, percentages, votes, populations, refugees, exports, years). The phrases are written for
these tests, not copied from any page."""

import pytest

from tests.conftest import check_phrase as check

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases


@pytest.mark.parametrize("sentence, expected", [
    # a change verb, a troop noun as its object, then the target with no noun after it
    ("وقال المسؤول إن بلاده ستخفض قواتها في المنطقة إلى نحو 3500 خلال شهرين.", [("troops", 3500, None, None, "approx")]),
    ("أعلنت الحكومة أنها سترفع قواتها هناك إلى 1200 بحلول الصيف.", [("troops", 1200, None, None, "exact")]),
    ("وقررت الوزارة سحب جنودها من القاعدة إلى 600 فقط.", [("troops", 600, None, None, "exact")]),
    # the noun after the number: the plain rule reads it, once
    ("وقال إن بلاده ستخفض قواتها إلى نحو ألفي جندي خلال عام.", [("troops", 2000, None, None, "approx")]),
    # a unit or another noun after the number
    ("وقال إن الجيش سيخفض قواته إلى 50 بالمئة من حجمها الحالي.", []),
    ("وقررت الحكومة رفع قواتها إلى 3 أضعاف على الحدود.", []),
    # another thing counted in the words between the troop noun and the number
    ("ستخفض الحكومة قواتها وعدد الطائرات إلى 40 في القاعدة.", []),
    # a year after the preposition
    ("ستخفض الحكومة قواتها في البلاد إلى 2020 على الأرجح.", []),
    # members of a company: no military word
    ("ستخفض الشركة عناصرها في الفرع إلى 40 خلال العام.", []),
])
def test_a_change_of_a_force_to_a_number_with_no_noun(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a bare change verb right before its target, a few words after a troop figure in the same sentence
    ("سحبت بريطانيا 500 جندي من البلاد وستخفض إلى 300 بحلول الربيع.",
     [("troops", 500, None, None, "exact"), ("troops", 300, None, None, "exact")]),
    ("وفي المرحلة الأولى بقي 9000 عسكري، وفي الثانية سيخفض إلى نحو 5000 قبل نهاية العام.",
     [("troops", 9000, None, None, "exact"), ("troops", 5000, None, None, "approx")]),
    # no troop figure before it
    ("قررت الحكومة خفض الضرائب ثم ستخفض إلى 5 في المدن الصغيرة.", []),
    ("وصوت 120 نائبا لصالح القرار، وسيرفع إلى 150 في الدورة المقبلة.", []),
    # a unit or a noun after the number, after a troop figure
    ("نشرت الحكومة 3000 جندي على الحدود وستخفض إلى 50 بالمئة من الميزانية.", [("troops", 3000, None, None, "exact")]),
    ("سحبت بريطانيا 500 جندي من البلاد وستخفض إلى 300 طائرة بحلول الربيع.", [("troops", 500, None, None, "exact")]),
    ("نشر الجيش 1500 جندي وزاد إلى 3 أضعاف.", [("troops", 1500, None, None, "exact")]),
    # another number between the troop figure and the change
    ("نشر الجيش 1500 جندي في 12 مدينة وسيخفض إلى 900 قريبا.", [("troops", 1500, None, None, "exact")]),
    # a casualty count before it, not a strength
    ("قتل 20 جنديا في الهجوم ثم رفع إلى 30 في المساء.", [("killed", 20, None, None, "exact")]),
])
def test_a_bare_change_after_a_troop_figure(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # the number (العدد) a few words after a troop figure in the same sentence
    ("يوجد الآن أقل من 5000 جندي في البلاد وسيصل العدد إلى 2500 بحلول الصيف المقبل.",
     [("troops", 5000, None, None, "up_to"), ("troops", 2500, None, None, "exact")]),
    ("أرسلت الوزارة 4000 جندي إضافي، فيما قدرت وكالة أنباء العدد بنحو 6000.",
     [("troops", 4000, None, None, "exact"), ("troops", 6000, None, None, "approx")]),
    # the number of something else before it
    ("بلغ عدد اللاجئين 5000 لاجئ، وسيصل العدد إلى 8000 بحلول الصيف.", []),
    ("وصوت 120 نائبا لصالح القرار وسيرتفع العدد إلى 150.", []),
    ("وقال إن عدد سكان البلدة 3000 نسمة وقد يصل العدد إلى 4000 خلال سنوات.", []),
    # a troop figure, then the number of something else named between
    ("نشر الجيش 2000 جندي في المدينة، وبلغ عدد السكان العائدين إلى 3000.", [("troops", 2000, None, None, "exact")]),
    # a price after the troop figure
    ("نشر الجيش 2000 جندي، وارتفع العدد إلى 3000 دولار للبرميل.", [("troops", 2000, None, None, "exact")]),
])
def test_the_number_after_a_troop_figure(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # this number changed, in the sentence after a troop figure
    ("وللبلاد حاليا نحو 8000 عسكري في القاعدة.\nوقال الرئيس إن الحكومة تخطط لخفض هذا العدد إلى نحو خمسة آلاف.",
     [("troops", 8000, None, None, "approx"), ("troops", 5000, None, None, "approx")]),
    ("وقال الجيش إن 3000 جندي انتشروا في المنطقة.\nوقد يرتفع هذا العدد إلى 5000.",
     [("troops", 3000, None, None, "exact"), ("troops", 5000, None, None, "exact")]),
    # this number alone: no figure before
    ("وقال الرئيس إن الحكومة تخطط لخفض هذا العدد إلى نحو خمسة آلاف.", []),
    # the sentence before counts pilgrims, exports or the killed
    ("بلغ عدد الحجاج 3000 حاج.\nوتخطط الوزارة لخفض هذا العدد إلى 2000.", []),
    ("وقال الجيش إن 3000 جندي قتلوا في المعارك.\nوتخطط الوزارة لخفض هذا العدد إلى 2000.", [("killed", 3000, None, None, "exact")]),
    ("صدرت البلاد 7000 طن من القمح.\nوتخطط الحكومة لخفض هذا العدد إلى 4000.", []),
    # another number stands before this number in its sentence
    ("وللبلاد حاليا نحو 8000 عسكري في القاعدة.\nوقال الوزير إن عدد المدارس 40 وإنه يخطط لخفض هذا العدد إلى 20.",
     [("troops", 8000, None, None, "approx")]),
    # two sentences away
    ("وللبلاد حاليا نحو 8000 عسكري في القاعدة.\nوقال الوزير إن الحكومة تدرس الأمر.\nوتخطط لخفض هذا العدد إلى 5000.",
     [("troops", 8000, None, None, "approx")]),
])
def test_this_number_in_the_sentence_after_a_troop_figure(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # from N to M thousand: N is read in thousands
    ("وسترفع الحكومة عدد جنودها في البلاد من 4 إلى 5 آلاف خلال العام.",
     [("troops", 4000, None, None, "exact"), ("troops", 5000, None, None, "exact")]),
    # N with its own magnitude, or larger than M in M's magnitude, stays as written
    ("وسترفع الحكومة عدد جنودها من 900 إلى ألفي جندي.", [("troops", 900, None, None, "exact"), ("troops", 2000, None, None, "exact")]),
    ("خفض عدد الجنود في البلاد من 4500 إلى 2500.", [("troops", 4500, None, None, "exact"), ("troops", 2500, None, None, "exact")]),
])
def test_a_change_from_n_to_m_thousand(sentence, expected):
    check(sentence, expected)
