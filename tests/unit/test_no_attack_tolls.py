"""Tolls that are no attack's (issues 12 and 15, the audit of the largest event tolls): an epidemic
named as what killed, a storm, a flood, a heat wave, a drowning or a road accident, a state's
executions. Each with negatives that keep an attack's toll.

The phrases are written for these tests, not copied from any page."""

import pytest

from tests.conftest import check_phrase as check

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases


@pytest.mark.parametrize("sentence, expected", [
    ("الإنفلونزا تقتل 120 في المدينة.", []),
    ("ولا علاج معروف لهذا المرض وأودى بحياة نحو 300 شخص في عدة دول.", []),
    # a disease's name of several words, then a relative, before the verb (within DISEASE_SUBJECT_WINDOW)
    ("وقال المسؤول إن تفشي داء المحاربين القدماء الذي أودى بحياة ستة أشخاص دفع البلدية إلى التفتيش.", []),
    ("وانتشر داء الفيالقة، وهو مرض رئوي، في حي شمالي وأسفر عن وفاة أربعة مسنين.", []),
    ("وأصاب فيروس الحمى النزفية آلاف الأشخاص وأودى بحياة 900 شخص في ثلاث دول.", []),
    # an assault (اعتداء) is no disease, though it ends in the letters of داء
    ("وأسفر الاعتداء على المسجد عن مقتل 11 مصليا.", [("killed", 11, None, None, "exact")]),
    # a disease named far before, or a shelling in the sentence, leaves the toll an attack's
    ("وأعلنت الوزارة خطة لمكافحة الملاريا في الجنوب بعد أسبوع حافل، وقال المسؤول إن المسلحين قتلوا 12 شخصا في القرية.",
     [("killed", 12, None, None, "exact")]),
    ("قصف الطيران مستشفى الأمراض الصدرية ما أدى إلى مقتل 9 أشخاص.", [("killed", 9, None, None, "exact")]),
])
def test_a_disease_named_as_what_killed_is_no_attack(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وضرب الإعصار الساحل الشرقي وقتل نحو 40 شخصا.", []),
    ("وتسببت السيول في مقتل 25 شخصا في القرى الجبلية.", []),
    ("ارتفع عدد ضحايا موجة الحر في الولاية إلى وفاة 80 شخصا.", []),
    ("ولقي 60 مهاجرا حتفهم غرقا قبالة السواحل.", []),
    ("وأسفرت حوادث مرورية عن إصابة 70 شخصا خلال العطلة.", []),
    ("وأدى تصادم قطارين إلى إصابة 90 راكبا.", []),
    ("وأصيب 140 شخصا في حوادث سير خلال العطلة.", []),
    ("وأسفرت الحرارة المرتفعة عن إصابة 75 شخصا بالإجهاد الحراري.", []),
    ("وأدى خروج القطار عن القضبان إلى مقتل 14 راكبا.", []),
    # a road named with a shelling, or a sunstroke far from the toll, leaves the toll an attack's
    ("واستهدف قصف مدفعي حافلة على طريق عام فقتل 6 ركاب قرب موقع حوادث سير سابقة.", [("killed", 6, None, None, "exact")]),
    # fire or fighting in the sentence keeps the toll
    ("قتل 7 أشخاص في قصف على المدينة رغم الأمطار الغزيرة.", [("killed", 7, None, None, "exact")]),
    ("وأطلق المسلحون النار على القارب فقتل 5 غرقا وبرصاص المهاجمين.", [("killed", 5, None, None, "exact")]),
    # a heat wave named far from the toll is the protests' cause, not what killed; عاصفة الحزم is a campaign
    ("وتزامنت المظاهرات ضد انقطاع الكهرباء مع موجة حر غير مسبوقة بلغت فيها درجات الحرارة خمسين درجة في عموم البلاد "
     "وامتدت الاحتجاجات إلى مدن الجنوب حيث قتل 3 متظاهرين أمام مبنى المحافظة.", [("killed", 3, None, None, "exact")]),
    ("وقال المتحدث باسم عاصفة الحزم إن الحوثيين قتلوا 12 مدنيا في تعز.", [("killed", 12, None, None, "exact")]),
])
def test_a_storm_a_flood_a_drowning_or_a_road_accident_is_no_attack(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وقالت المنظمة إن السلطات أعدمت 300 شخص منذ بداية العام.", []),
    ("وأعدمت الدولة 45 شخصا بتهم تهريب المخدرات.", []),
    # an armed group's executions name the group
    ("وأعدم تنظيم داعش 20 شخصا في ساحة البلدة.", [("killed", 20, None, None, "exact")]),
])
def test_a_states_executions_are_no_attack(sentence, expected):
    check(sentence, expected)
