"""Figure phrasings of scraped web news, round 6 (issue 12): shapes missed on web batches 16 and
17, each written as a class with positives and negatives.

The phrases are written for these tests, not copied from any page."""

import pytest

from tests.conftest import check_phrase as check

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases


@pytest.mark.parametrize("sentence, expected", [
    # a reduction from N soldiers to M, the noun said after the first number (a dual number word too)
    ("وأعلن المسؤول خفض عدد الجنود البريطانيين هناك من ألفي جندي إلى 700 بحلول الصيف.",
     [("troops", 2000, None, None, "exact"), ("troops", 700, None, None, "exact")]),
    ("قررت الحكومة تقليص عدد قواتها في البلاد من 3000 عسكري إلى 1200 خلال عام.",
     [("troops", 3000, None, None, "exact"), ("troops", 1200, None, None, "exact")]),
    # the count head's words between may not pass another number: not a strength of 700 read through "from two thousand"
    ("خفض عدد الجنود من ثلاثة آلاف إلى 700.", [("troops", 3000, None, None, "exact"), ("troops", 700, None, None, "exact")]),
    # a change of prices from N to M is no troop figure
    ("خفض عدد الرحلات من ألفي رحلة إلى 900 بسبب الأزمة.", []),
])
def test_a_reduction_that_names_the_noun_after_the_first_number(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # the count head with its article and an adjective, the troop noun after ل
    ("وقال المتحدث إن العدد الحالي لجنودها المنتشرين هناك يبلغ 3500.", [("troops", 3500, None, None, "exact")]),
    ("وأوضح أن العدد الإجمالي لعناصر قوات حفظ السلام بلغ نحو 1200.", [("troops", 1200, None, None, "approx")]),
    # the same shape with a head that is not a troop noun
    ("وقال إن العدد الحالي للطلاب المسجلين يبلغ 3500.", []),
])
def test_a_definite_count_head_with_an_adjective_before_its_troop_noun(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a bracketed count after لقي, and a singular مصرعه after a plural count (as pages write it)
    ("لقي (9) أشخاص مصرعهم في القصف المدفعي على القرية.", [("killed", 9, None, None, "exact")]),
    ("ولقي 11 مدنيا مصرعه جراء قصف استهدف السوق.", [("killed", 11, None, None, "exact")]),
    # no death after the count
    ("لقي (9) أشخاص ترحيبا في المدينة.", []),
])
def test_met_their_death_with_a_bracketed_count(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # killed or wounded, said together, is casualties (neither killed nor injured alone)
    ("وقال القائد إن أكثر من 200 جندي قتلوا أو أصيبوا في المعارك الأخيرة.", [("casualties", 200, None, None, "at_least")]),
    ("وأفادت التقارير بأنه قتل أو جرح نحو 400 جندي خلال الهجوم.", [("casualties", 400, None, None, "approx")]),
    # killed and then, separately, wounded stay two counts
    ("وقالت الوزارة إن 20 جنديا قتلوا وأصيب 30 آخرون في الهجوم.", [("killed", 20, None, None, "exact"), ("injured", 30, None, None, "exact")]),
])
def test_killed_or_wounded_together_are_casualties(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # soldiers after a verb of killing in the present tense are killed, no deployment
    ("مسلحون يقتلون 4 جنود في هجوم على نقطة تفتيش.", [("killed", 4, None, None, "exact")]),
    # a deployment of the same soldiers stays a troop figure
    ("الجيش ينشر 4 آلاف جندي على الحدود.", [("troops", 4000, None, None, "exact")]),
])
def test_soldiers_after_a_present_killing_verb_are_killed(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # deaths counted as cases after a disease are an epidemic's toll
    ("وسجلت الوزارة إصابات جديدة بالكوليرا، ما يرفع عدد الوفيات إلى 120 حالة.", []),
    ("ارتفع عدد الوفيات بالحصبة إلى 45 حالة في الولاية.", []),
    # a toll after an attack, with no disease and no cases, still counts
    ("ارتفع عدد القتلى إلى 45 في الهجوم على السوق.", [("killed", 45, None, None, "exact")]),
])
def test_an_epidemics_deaths_are_no_attack_count(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a magnitude of a force's own soldiers (a possessive), and others leaving after a troop figure
    ("وقالت الصحيفة إن الجيش سحب الآلاف من جنوده من المدينة.", [("troops", None, 1000, None, "vague")]),
    ("وسيغادر نحو 800 جندي البلاد، على أن يغادر 300 آخرون القاعدة الشمالية.",
     [("troops", 800, None, None, "approx"), ("troops", 300, None, None, "exact")]),
    # the lost among them are killed, not a strength; others with no troop figure before count nothing
    ("وخسر الجيش المئات من جنوده في المعارك.", [("killed", None, 100, None, "vague")]),
    ("وغادر 300 آخرون المدينة بعد الحفل.", []),
])
def test_magnitudes_of_a_forces_own_soldiers_and_others_leaving(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # projectiles intercepted and destroyed, conjoined: both were fired, both count
    ("وتمكنت الدفاعات من اعتراض وتدمير 40 صاروخا و75 طائرة مسيرة كانت متجهة نحو المدينة.",
     [("projectiles", 40, None, None, "exact"), ("projectiles", 75, None, None, "exact")]),
    # weapons seized, conjoined, stay out
    ("وضبطت القوات 7 صواريخ و20 قنبلة في المخزن.", []),
])
def test_projectiles_intercepted_and_destroyed_in_a_list_count(sentence, expected):
    check(sentence, expected)



@pytest.mark.parametrize("sentence, expected", [
    # a migrant's death (drowned, in a tunnel, of thirst) is no toll of one: a migrant is not a
    # person noun that makes a singular count
    ("وأعلنت الشرطة وفاة مهاجر سوري في النفق.", []),
    ("وتسبب الحادث في موت مهاجر أفغاني.", []),
    # a soldier's death in the same shape still counts one
    ("وأعلن الجيش مقتل جندي في الهجوم.", [("killed", 1, None, None, "exact")]),
])
def test_a_migrants_death_is_no_toll_of_one(sentence, expected):
    check(sentence, expected)
