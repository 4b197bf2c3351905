"""Figure phrasings found on unannotated web pages of many outlets (issue 12, recall round),
each class with positives and negatives.

The phrases are written for these tests, not copied from any page."""

import pytest

from tests.conftest import check_phrase as check, phrase_figures as figures

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases


@pytest.mark.parametrize("sentence, expected", [
    # drones written as "aircraft without a pilot", after a count, in the plural, singular and dual
    ("وأسقطت منظومات الدفاع 14 طائرة بدون طيار قرب الحدود.", [("projectiles", 14, None, None, "exact")]),
    ("اعترضت الدفاعات 7 طائرات دون طيار فجر اليوم.", [("projectiles", 7, None, None, "exact")]),
    ("وأعلن الجيش إسقاط طائرتين بدون طيار شرقي المدينة.", [("projectiles", 2, None, None, "exact")]),
    # the dual noun with a singular adjective, as pages write it
    ("أسقطت الدفاعات الجوية طائرتين مسيرة فوق المطار.", [("projectiles", 2, None, None, "exact")]),
    # a drone seen, no count; an aircraft that is no drone
    ("حلقت طائرة بدون طيار فوق الحي طوال الليل.", []),
    ("وصلت طائرتين تقلان الوفد إلى المطار.", []),
])
def test_drones_without_a_pilot(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # مسيرة alone after a verb of downing or intercepting
    ("وقالت الوزارة إنه تم إسقاط 21 مسيرة خلال الليل.", [("projectiles", 21, None, None, "exact")]),
    ("اعترضت الدفاعات الجوية 13 مسيرة أطلقت نحو المدينة.", [("projectiles", 13, None, None, "exact")]),
    # destroyed in the air (an air-defence word in the sentence) ...
    ("وتمكنت منظومات الدفاع من تدمير 16 مسيرة فوق الساحل.", [("projectiles", 16, None, None, "exact")]),
    # ... not destroyed on the ground
    ("دمرت القوات 16 مسيرة داخل مستودع مهجور.", []),
    # alone, مسيرة is also a march
    ("شارك الآلاف في 12 مسيرة احتجاجية في العاصمة.", []),
    # and + مسيرة right after a count of projectiles; not after anything else
    ("قصفت القوات المدينة بـ9 صواريخ و11 مسيرة مساء أمس.",
     [("projectiles", 9, None, None, "exact"), ("projectiles", 11, None, None, "exact")]),
    ("نظم الطلاب اعتصاما و11 مسيرة في الجامعات.", []),
])
def test_drones_named_by_the_bare_noun(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a count of drones, then sub-counts by the place above which they were downed
    ("أسقطت الدفاعات 20 طائرة مسيرة، 12 فوق المقاطعة الأولى، و8 فوق المقاطعة الثانية.",
     [("projectiles", 20, None, None, "exact"), ("projectiles", 12, None, None, "exact"), ("projectiles", 8, None, None, "exact")]),
    ("دمرت الدفاعات 30 طائرة دون طيار، منها 18 فوق البحر، و12 فوق الجزيرة.",
     [("projectiles", 30, None, None, "exact"), ("projectiles", 18, None, None, "exact"), ("projectiles", 12, None, None, "exact")]),
    # not after a count of anything else (ages over a bound, people)
    ("قتل 6 أشخاص، 4 فوق سن السبعين.", [("killed", 6, None, None, "exact")]),
    ("يسكن الحي 300 عائلة، و40 فوق التل.", []),
])
def test_sub_counts_of_projectiles_by_place(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a toll since a date, the date's digits inside the clause
    ("ارتفعت حصيلة القتلى في صفوف القوات منذ بدء الهجوم في 3 آذار 2022 إلى 415 جنديا.", [("killed", 415, None, None, "exact")]),
    ("ارتفع عدد الشهداء برصاص الجيش في المخيمات منذ 9 أيار الماضي إلى 63.", [("killed", 63, None, None, "exact")]),
    # the toll of a heat wave or a flood is not read through a since-clause (no military word)
    ("ارتفع عدد ضحايا موجة الحر التي تضرب الإقليم منذ بداية الشهر في 4 تموز 2021 إلى 37 حالة وفاة.", []),
    # a year after the clause is no toll
    ("تضاعف عدد القتلى في صفوف الجيش منذ بداية العام 2015 حتى 2019.", []),
])
def test_tolls_since_a_date(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # the count of the killed soldiers: the troop rule no longer hides the toll
    ("وارتفع عدد الجنود القتلى منذ بدء التوغل إلى 52 قتيلا.", [("killed", 52, None, None, "exact")]),
    # a plain count of soldiers stays a troop figure
    ("وارتفع عدد الجنود المنتشرين في الإقليم إلى 5200.", [("troops", 5200, None, None, "exact")]),
])
def test_the_count_of_the_killed_soldiers_is_a_toll(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a count of injuries in a sentence of fire and fighting
    ("سقطت 6 قذائف على معسكر الجيش وأدت إلى 4 إصابات طفيفة.",
     [("projectiles", 6, None, None, "exact"), ("injured", 4, None, None, "exact")]),
    ("قتل الجيش 12 فلسطينيا في مواجهات أمس، إضافة إلى أكثر من 300 إصابة بالرصاص.",
     [("killed", 12, None, None, "exact"), ("injured", 300, None, None, "at_least")]),
    # a disease's cases, an accident's, a sports injury: no casualty count
    ("سجلت الوزارة 85 إصابة جديدة بالحصبة في مخيمات النازحين.", []),
    ("أسفر تصادم الحافلتين عن 14 إصابة نقلت إلى المستشفى.", []),
    ("عانى المنتخب من 3 إصابات قبل المباراة وسدد اللاعب تسديدة صاروخية.", []),
    # after a toll, the conjunct rule keeps reading it (the injury rule, which needs a military word here, does not take it)
    ("أسفر الهجوم عن مقتل 3 أشخاص و9 إصابات.", [("killed", 3, None, None, "exact"), ("injured", 9, None, None, "exact")]),
])
def test_counts_of_injuries(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # troops counted through a possessive
    ("وقال إن نحو 4 آلاف من عسكرييه سيبقون في القواعد.", [("troops", 4000, None, None, "approx")]),
    ("يساند 18 ألفا من جنودها الجيش الحكومي.", [("troops", 18000, None, None, "exact")]),
    ("وأرسل التنظيم 250 من مقاتليه إلى الجبهة.", [("troops", 250, None, None, "exact")]),
    # the killed, the captured and the mourned among them are no strength: the lost are killed
    ("وقتل 7 من جنوده في الكمين.", [("killed", 7, None, None, "exact")]),
    ("وخسرت القوات ستة من عناصرها في المعارك.", [("killed", 6, None, None, "exact")]),
    ("أدى القصف إلى ارتقاء خمسة من مقاتلينا إلى مرتبة الشهادة.", [("killed", 5, None, None, "exact")]),
    ("واختطف المسلحون القائد مع 9 من مقاتليه أمس.", []),
    ("نعت وزارة الدفاع أربعة من جنودها في بيان.", []),
    ("نعت وزارة الدفاع أربعة من جنودها الذين سقطوا في المعركة.", [("killed", 4, None, None, "exact")]),
    ("كرم الجيش خمسة من عسكرييه وهم الشهيد الرقيب علي ورفاقه.", []),
    # a family's or a team's members
    ("حضر الحفل 40 من أفرادها وأصدقائها.", []),
])
def test_troops_counted_through_a_possessive(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # eliminating fighters, as army statements write a killing
    ("وأعلنت الوزارة أن قوات الجيش تمكنت من القضاء على سبعة إرهابيين في عملية تمشيط.", [("killed", 7, None, None, "exact")]),
    ("قضت قوات الجيش منذ بداية الشهر على 45 إرهابيا في عمليات متفرقة.", [("killed", 45, None, None, "exact")]),
    # the count after the noun, in brackets with a leading zero
    ("وتمكنت مفرزة من قوات الجيش من القضاء على إرهابي (01) خلال عملية تمشيط.", [("killed", 1, None, None, "exact")]),
    # a court's sentence, and things eliminated, are no killing
    ("قضت المحكمة على 4 إرهابيين بالسجن عشرين عاما في قضية القوات.", []),
    ("تعمل القوات على القضاء على 3 ظواهر في عمليات التوعية.", []),
])
def test_fighters_eliminated(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # digits glued to their noun by scraping
    ("ونشرت البعثة 9000جندي في الإقليم.", [("troops", 9000, None, None, "exact")]),
    ("وانتشر بنحو1500عسكري على الحدود.", [("troops", 1500, None, None, "approx")]),
    ("قتل 20 شخصا بينهم 6عسكريين في الهجوم.", [("killed", 20, None, None, "exact"), ("killed", 6, None, None, "exact")]),
    # soldiers glued to their count after a casualty verb were killed, not deployed
    ("قتل 14جنديا في غارة على حاجز للجيش.", [("killed", 14, None, None, "exact")]),
    # a year glued to its mark, a member noun with no military word: nothing
    ("افتتح المعرض عام 2015م بحضور 300زائر.", []),
    ("انضم 30عنصرا إلى الفريق.", []),
])
def test_digits_glued_to_their_noun(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # one person met his death, in a sentence of fire or fighting
    ("ولقي مواطن مصرعه إثر سقوط قذيفة على منزله.", [("killed", 1, None, None, "exact")]),
    ("لقي جندي حتفه في هجوم على نقطة للجيش.", [("killed", 1, None, None, "exact")]),
    # a road's or a drowning's toll: left out
    ("لقي شاب مصرعه في حادث مروري على الطريق السريع.", []),
    ("لقي طفل حتفه غرقا في بركة زراعية.", []),
])
def test_one_person_met_his_death(sentence, expected):
    check(sentence, expected)
