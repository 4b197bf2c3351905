"""Figure classes from web batches 60 and 61 (issue 12, eighteenth session, branch h-fig23): one terrorist killed
(an indefinite singular person); a casualty verb glued by a dash to a dateline opens a count (only a number glued to
a word is a model); a preposition before a dual event noun ends a toll (the dual is its own count); a first-person
plural killing verb; a multiplier after a number is no count; the whole a toll was "out of" stays a strength; a
peacekeeping force is a military word; military units (battalions) after a change of a count head are no troops;
a loss noun before soldiers makes them the killed; road accidents named as traffic accidents; a scale and an
indefinite fraction of it (مليون ونصف مليون); a definite scale word after a qualifier (نحو الألف جندي); قاربت as
approx. Each class has positives and negatives of the same shape.

The phrases are written for these tests, not copied from any page."""

import pytest

from tests.conftest import check_phrase as check

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases


@pytest.mark.parametrize("sentence, expected", [
    ("وأعلن الجيش أنه دمر مخبأ للأسلحة وقتل إرهابي في المنطقة الشرقية.", [("killed", 1, None, None, "exact")]),
    ("وأسفرت الاشتباكات عن مقتل إرهابيين اثنين وإصابة جندي.", [("killed", 2, None, None, "exact"), ("injured", 1, None, None, "exact")]),
    # the adjective of a thing, no verb before it: no count
    ("ودان الوزير الهجوم الإرهابي على المدينة.", []),
])
def test_one_terrorist_killed(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("بغداد-رويترز-قتل 4 مدنيين في قصف على القرية.", [("killed", 4, None, None, "exact")]),
    # the number itself glued to a word by a dash: a model, no count
    ("وعثر الجنود على بنادق كلاشنكوف ايه كيه-47 جنديا في المخزن.", []),
])
def test_verb_glued_to_dateline_by_a_dash(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("أفغانستان: مقتل 12 في هجومين لطالبان على نقاط التفتيش.", [("killed", 12, None, None, "exact"), ("attacks", 2, None, None, "exact")]),
    ("وأدى القصف إلى مقتل 9 في غارتين على البلدة.", [("killed", 9, None, None, "exact"), ("attacks", 2, None, None, "exact")]),
    # a plural event noun after the preposition: no count of its own
    ("وأدى القصف إلى مقتل 9 في غارات على البلدة.", [("killed", 9, None, None, "exact")]),
])
def test_toll_before_a_dual_event(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وقال المتحدث باسم الحركة: اقتحمنا المعسكر وقتلنا 14 جنديا وأحرقنا آلية.", [("killed", 14, None, None, "exact")]),
])
def test_first_person_killing_verb(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وأوضح البيان أن عدد المصابين بلغ أربعة أضعاف عدد القتلى.", []),
    ("وقال إن عدد الجرحى بلغ ضعف عدد القتلى في الهجوم.", []),
    # a count after the same head: a count
    ("وأوضح البيان أن عدد المصابين بلغ أربعة مدنيين.", [("injured", 4, None, None, "exact")]),
])
def test_multiplier_is_no_count(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("ما أدى إلى مقتل 9 جنود، من أصل 30 عسكريا كانوا في الدورية.", [("killed", 9, None, None, "exact"), ("troops", 30, None, None, "exact")]),
    # with no "out of", a second count of soldiers after a killing word stays the killed
    ("ما أدى إلى مقتل 9 جنود، و3 عسكريين كانوا في الدورية.", [("killed", 9, None, None, "exact"), ("killed", 3, None, None, "exact")]),
])
def test_whole_out_of_after_a_toll(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وتشارك البلاد من خلال 8 آلاف عنصر حفظ سلام في ثلاث بعثات.", [("troops", 8000, None, None, "exact")]),
    # members of a club or a party: no military word
    ("وتشارك النقابة من خلال 8 آلاف عنصر في ثلاث محافظات.", []),
])
def test_peacekeeping_is_military(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وتعتزم الحكومة زيادة عدد قواتها في الإقليم من اثنتين إلى خمس كتائب.", []),
    ("ويرفع الجيش عدد قواته في المنطقة من ثلاث إلى أربعة ألوية.", []),
    # a group named after its battalions, after a killing verb: a toll (the unit words are read only after a change)
    ("وفيما قتل 27 من كتائب الحزب في المدينة، قال مصدر إن الطائرات قصفت المخازن.", [("killed", 27, None, None, "exact")]),
    # soldiers after the change: a change of troops
    ("وتعتزم الحكومة خفض عدد قواتها في الإقليم من 4000 إلى 2500 جندي.",
     [("troops", 4000, None, None, "exact"), ("troops", 2500, None, None, "exact")]),
])
def test_units_after_a_change_of_troops(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وذلك رغم فقدانها ستة جنود في الكمين الأخير.", [("killed", 6, None, None, "exact")]),
    # soldiers sent: a strength
    ("وذلك بعد إرسالها ستة آلاف جندي إلى الإقليم.", [("troops", 6000, None, None, "exact")]),
])
def test_loss_noun_before_soldiers(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وأودت حوادث المرور منذ بداية العام بحياة 900 قتيلا و4000 جريحا.", []),
    ("وسجلت 300 حادث مرور خلفت 52 قتيلا خلال الشهر.", []),
    ("وارتفع عدد ضحايا حوادث الطرقات إلى 80 قتيلا.", []),
    # fire or fighting in the sentence: a toll
    ("وسقط 20 قتيلا في قصف صاروخي على الطريق قرب حادث مرور سابق.", [("killed", 20, None, None, "exact")]),
])
def test_traffic_accident_tolls(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a scale, and a fraction of the scale named again, indefinite
    ("ويبلغ عدد أفراد القوات نحو مليون ونصف مليون عنصر.", [("troops", 1500000, None, None, "approx")]),
    ("ونشرت الدولة 3 ملايين وربع مليون جندي على الحدود.", [("troops", 3250000, None, None, "exact")]),
    # the fraction alone is a count; the fraction after a definite scale is the end of a number not read: no count
    ("ونشرت الدولة ربع مليون جندي على الحدود.", [("troops", 250000, None, None, "exact")]),
    ("وقال إن قوات الأمن تضم المليون وربع مليون عنصر.", []),
])
def test_scale_and_a_fraction_of_it(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وقال إن عدد قوات الأمن قاربت 900 ألف عنصر.", [("troops", 900000, None, None, "approx")]),
    ("وقال إن قوات الأمن بلغت 900 ألف عنصر.", [("troops", 900000, None, None, "exact")]),
])
def test_approached_as_approx(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("ونشرت الدولة نحو الألف جندي على الحدود.", [("troops", 1000, None, None, "approx")]),
    ("وقال إن قوات الأمن قاربت المليون وربع مليون عنصر.", [("troops", 1250000, None, None, "approx")]),
    # two thousand with the article, as before (a number the article is glued to before a count)
    ("وقال إن عدد القتلى في الهجمات تخطى عتبة الألفي قتيل.", [("killed", 2000, None, None, "exact")]),
    # no qualifier: the definite scale refers back to a count named before
    ("وقال إن الألف جندي عادوا إلى الثكنات.", []),
])
def test_definite_scale_after_a_qualifier(sentence, expected):
    check(sentence, expected)
