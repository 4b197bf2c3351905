"""Figure classes from web batches 58 and 59 (issue 12, seventeenth session, branch h-fig22): a count of fighters that
a toll of the killed amounts to is the dead, not a strength; a killing and a wounding verb joined before one count
(also with the number in square brackets) count casualties, but its count of "others" after a named dead person is
of the wounded, and so is a count after a number of deaths; a toll's number in brackets after إلى; a feminine passive
verb and nisba after one person; one object of a killing verb before a preposition; pupils; a dual joined to a count
before its casualty verb; a verb of joining before N others. Each class has
positives and negatives of the same shape.

The phrases are written for these tests, not copied from any page."""

import pytest

from tests.conftest import check_phrase as check

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases


@pytest.mark.parametrize("sentence, expected", [
    # the toll noun is the subject, a verb of amounting governs the count of fighters (years between are no count)
    ("وقال المعهد إن قتلى الجماعة في الفترة منذ بداية 2014 وحتى مارس 2016 بلغ 300 عنصر.", [("killed", 300, None, None, "exact")]),
    # the verb first, then the toll's count head and its words, a comma closing them
    ("وبلغ عدد قتلى الميليشيا في معاركها خلال الفترة بين عامي (1990 و1995)، ألفا و200 مقاتل.", [("killed", 1200, None, None, "exact")]),
    # the bare count as the verb's subject, a toll of the killed named earlier in the sentence
    ("وأضاف أن قتلى الحركة في المدينة تجاوز 400 مقاتل، فيما قدرت مصادر أن العدد يتخطى 700 مقاتل.",
     [("killed", 400, None, None, "exact"), ("killed", 700, None, None, "exact")]),
])
def test_fighters_a_toll_amounts_to(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a force's count after the toll's number: its own count head, no toll (a strength)
    ("بلغ عدد قتلى الجيش في المعارك الأخيرة 50 جنديا، فيما يبلغ عدد قواته في المنطقة 5000 جندي.",
     [("killed", 50, None, None, "exact"), ("troops", 5000, None, None, "exact")]),
    # a verb of arriving with no إلى is no amounting (the toll noun is far before it)
    ("وشيعت المدينة أمس قتلى الهجوم على السوق المركزي في وسط البلدة ووصل 500 جندي إلى المنطقة.", [("troops", 500, None, None, "exact")]),
    # the bare count with no toll named: a strength; the whole the dead came from stays a strength
    ("وأشار المرصد إلى أن العدد يتخطى 1500 مقاتل من أصل 6000 مقاتل.", [("troops", 1500, None, None, "exact"), ("troops", 6000, None, None, "exact")]),
    ("وأضاف أن قتلى الحركة في المدينة تجاوز 400 مقاتل من أصل 6000 مقاتل.", [("killed", 400, None, None, "exact"), ("troops", 6000, None, None, "exact")]),
])
def test_fighters_with_no_toll_amounting_to_them(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("استشهد وأصيب 12 شخصا اليوم اثر انفجار سيارة مفخخة.", [("casualties", 12, None, None, "exact")]),
    ("حيث استشهد واصيب فيها ستة مدنيين في الانفجار.", [("casualties", 6, None, None, "exact")]),
    ("وأسفر الانفجار عن استشهاد وجرح 15 شخصا.", [("casualties", 15, None, None, "exact")]),
    ("ما أسفر عن ارتقاء وإصابة نحو 20 مدنياً.", [("casualties", 20, None, None, "approx")]),
    # the number in square brackets, apart from the verb or glued to it
    ("وأسفر الانفجار عن استشهاد واصابة [12] شخصا.", [("casualties", 12, None, None, "exact")]),
    ("استشهد واصيب[9] مدنيين في القصف.", [("casualties", 9, None, None, "exact")]),
    # a number of death cases, a list's number or a year before the pair is not the count of its deaths
    ("1) مقتل وإصابة 30 شخصا في الهجوم على السوق.", [("casualties", 30, None, None, "exact")]),
    ("وسجل عام 2023 مقتل وإصابة 300 شخص في الحرب.", [("casualties", 300, None, None, "exact")]),
])
def test_killed_and_wounded_before_one_count(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # the one killed is the pair's subject, named before it: the others counted after it are the wounded
    ("وقالت الوزارة إن المواطن فلان الفلاني (30 عاما) استشهد وأصيب ثلاثة آخرون بغارة على الشارع.", [("injured", 3, None, None, "exact")]),
    ("وقالت المصادر إن مواطنا استشهد وأصيب اثنان آخران في القصف.", [("injured", 2, None, None, "exact"), ("killed", 1, None, None, "exact")]),
    # the deaths counted by a number right before the pair: the count after it is of the wounded
    ("أسفرت الحوادث عن (685) وفاة وإصابة (1495) شخصا بجروح.", [("injured", 1495, None, None, "exact")]),
])
def test_killed_and_wounded_pair_counting_the_wounded(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("ارتفاع عدد شهداء العدوان على القطاع إلى (28) فلسطينياً.", [("killed", 28, None, None, "exact")]),
    ("وارتفع عدد الجرحى إلى [40] مدنيا.", [("injured", 40, None, None, "exact")]),
    # no toll noun: no toll
    ("وارتفع عدد الزوار إلى (28) ألفا.", []),
])
def test_toll_number_in_brackets(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وقالت القناة إن مواطنة إسرائيلية قتلت جراء سقوط قذيفة.", [("killed", 1, None, None, "exact")]),
    ("وقال المسعفون إن طفلة أصيبت بجروح في القصف.", [("injured", 1, None, None, "exact")]),
    # the feminine verb is active, its object after it: no count
    ("وقالت المصادر إن امرأة قتلت زوجها في المدينة.", []),
])
def test_feminine_passive_after_one_person(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a preposition or a clause break right after the person: no construct follows, one object
    ("وقال الجيش إنه قتل عنصرا من الحزب في المنطقة.", [("killed", 1, None, None, "exact")]),
    ("وقال الجيش إنه قتل مسلحا، واعتقل آخرين.", [("killed", 1, None, None, "exact")]),
    # a noun right after it: the person may be a dual in construct (two officers were killed): left out
    ("وقتل ضابطا شرطة في الهجوم.", []),
])
def test_one_object_before_a_preposition(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("قتل فيها المسلحون 59 تلميذا بالرصاص.", [("killed", 59, None, None, "exact")]),
    ("وأصيب تلميذ في القصف على المدرسة.", [("injured", 1, None, None, "exact")]),
    ("وتضم المدرسة 59 تلميذا.", []),
])
def test_pupils(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a dual person noun joined by و to a count before its casualty verb, words between: a count of two of its own
    ("وأفادت مصادر بأن 9 جنود وضابطين من القوات شبه العسكرية، قتلوا في كمين.", [("killed", 2, None, None, "exact"), ("killed", 9, None, None, "exact")]),
    # no casualty verb: a strength, the dual not read as one
    ("نشرت الحكومة 9 جنود وضابطين من القوات الخاصة في المدينة.", [("troops", 9, None, None, "exact")]),
])
def test_dual_joined_to_a_count_before_its_verb(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وذكرت أن 550 جنديا في تلك القاعدة يتحركون للانضمام إلى خمسة آلاف آخرين متمركزين في قاعدة.",
     [("troops", 550, None, None, "exact"), ("troops", 5000, None, None, "exact")]),
    # no troop figure before the others: no strength
    ("وقالت إن العائلات تتحرك للانضمام إلى خمسة آلاف آخرين في المخيم.", []),
])
def test_joining_n_others(sentence, expected):
    check(sentence, expected)
