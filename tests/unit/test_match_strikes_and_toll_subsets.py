"""Figure phrasings of scraped web news (issue 12, batches 40/41): strikes counted in a sentence of a match (penalty kicks)
are no attack count; طالبان is the movement, not a dual of طالب (student); a part of a count of killed and wounded
together that names its own toll noun (بينهم 20 قتيلا) takes that noun's measure. Each class has positives and negatives
of the same shape.

The phrases are written for these tests, not copied from any page."""

import pytest

from tests.conftest import check_phrase as check

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases


@pytest.mark.parametrize("sentence, expected", [
    ("وأحرز الفريق الضيف أربع ضربات من 6 ضربات جزاء.", []),
    ("وحسمت ركلات الترجيح اللقاء بعد أن أهدر اللاعبون 3 ضربات.", []),
    ("وفي الشوط الثاني نفذ المهاجم ضربتين حرتين.", []),
])
def test_strikes_in_a_match_are_no_attacks(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # the same nouns with no word of a match: air strikes
    ("وشنت المقاتلات 7 ضربات جوية على مواقع التنظيم.", [("attacks", 7, None, None, "exact")]),
    ("ونفذ التحالف خمس ضربات على مخازن السلاح قرب الحدود.", [("attacks", 5, None, None, "exact")]),
])
def test_strikes_without_a_match_are_attacks(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # the movement's name before a plural killing verb: only the soldiers' count
    ("وقالت الوزارة إن عناصر حركة طالبان قتلوا 17 شرطيا في الكمين.", [("killed", 17, None, None, "exact")]),
    ("وأكد مسؤول محلي أن مسلحي طالبان قتلوا في الهجوم.", []),
])
def test_taliban_is_no_dual(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # two students in the oblique dual are still two
    ("وأفادت الشرطة بأن طالبين اثنين قتلا في الانفجار.", [("killed", 2, None, None, "exact")]),
])
def test_a_dual_of_student_still_counts_two(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وخلف التفجير خمسين بين قتيل وجريح، ويعتقد أن بينهم أكثر من 14 قتيلا.",
     [("casualties", 50, None, None, "exact"), ("killed", 14, None, None, "at_least")]),
    ("وسقط في القصف 35 شخصا بين قتيل وجريح بينهم 11 جريحا من الأطفال.",
     [("casualties", 35, None, None, "exact"), ("injured", 11, None, None, "exact")]),
])
def test_part_of_killed_and_wounded_with_its_own_toll_noun(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a part named by no toll noun keeps the measure of the count it is part of
    ("وسقط في القصف 35 شخصا بين قتيل وجريح بينهم 9 أطفال.",
     [("casualties", 35, None, None, "exact"), ("casualties", 9, None, None, "exact")]),
    # a part of the killed naming its victims stays killed
    ("وأعلن الجيش مقتل 25 مسلحا بينهم 4 قياديين.", [("killed", 25, None, None, "exact"), ("killed", 4, None, None, "exact")]),
])
def test_part_without_its_own_toll_noun_inherits(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a verb of loss opens the sentence: the soldiers counted a few words on were lost in the fighting
    ("وخسرت القوات الحكومية منذ بداية المعارك 38 جنديا.", [("killed", 38, None, None, "exact")]),
    ("وخسر الجيش في الاشتباكات الأخيرة على الحدود 14 جنديا.", [("killed", 14, None, None, "exact")]),
])
def test_soldiers_lost_after_a_verb_of_loss(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a verb of loss with a deployment between: the troops sent are a strength
    ("وخسرت الحكومة ثقة الحلفاء فأرسلت 300 جندي إلى الحدود.", [("troops", 300, None, None, "exact")]),
    # a soldiers' count with no verb of loss before it
    ("ونشرت القوات الحكومية منذ بداية المعارك 38 جنديا.", [("troops", 38, None, None, "exact")]),
])
def test_soldiers_without_a_verb_of_loss(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # the deaths are counted as cases before the verb: the number after it is of the wounded
    ("وسجل الدفاع المدني حالتي وفاة وإصابة 9 عمال إثر سقوط شظايا صاروخ.", [("injured", 9, None, None, "exact")]),
    ("وأفادت المصادر بوقوع 3 حالات وفاة وإصابة 15 شخصا في القصف.", [("injured", 15, None, None, "exact")]),
])
def test_death_cases_then_killed_and_wounded(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # no count of death cases before the verb: one count of killed and wounded together
    ("وأسفر سقوط شظايا صاروخ عن وفاة وإصابة 9 عمال.", [("casualties", 9, None, None, "exact")]),
])
def test_killed_and_wounded_without_death_cases(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # one more person (آخر) between the person and the passive verb
    ("وذكرت الشرطة أن مدنيا آخر أصيب بشظايا القذيفة.", [("injured", 1, None, None, "exact")]),
    ("وأضاف المصدر أن جنديا آخر قتل في الاشتباك.", [("killed", 1, None, None, "exact")]),
])
def test_one_more_person_then_a_passive_verb(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # the verb is active, with its own count: the person is the killer
    ("وقال الجيش إن جنديا آخر قتل 3 مسلحين قبل أن ينسحب.", [("killed", 3, None, None, "exact")]),
    # a last day, not one more person
    ("وأعلنت الوزارة أن اليوم الآخر شهد هدوءا.", []),
])
def test_one_more_person_without_a_passive_verb(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a word that opens another clause ends the first count: the count after it is read with its own verb
    ("وفي الهجوم على المعسكر قتل 21 بينما أصيب ثمانية.", [("injured", 8, None, None, "exact"), ("killed", 21, None, None, "exact")]),
    ("وقتل 6 فيما أصيب 14 آخرون في القصف المدفعي.", [("injured", 14, None, None, "exact"), ("killed", 6, None, None, "exact")]),
])
def test_clause_word_after_a_count_ends_it(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # no clause word: the word after the count is its victims
    ("وفي الهجوم على المعسكر قتل 21 مسلحا.", [("killed", 21, None, None, "exact")]),
    # a clause word with no casualty verb after it adds no count
    ("وقتل 6 فيما فر الباقون إلى الجبال.", [("killed", 6, None, None, "exact")]),
])
def test_count_without_a_second_clause(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # "an estimated" with its ب glued to a number in words, or apart from digits
    ("وأسفرت المعارك عن مقتل ما يقدر بثلاثين ألف شخص.", [("killed", 30000, None, None, "approx")]),
    ("وأدى القصف إلى مقتل ما يقدر ب 400 شخص.", [("killed", 400, None, None, "approx")]),
    # any qualifier glued to the digits after a casualty verb
    ("وأصيب حوالى250 آخرين في الغارات.", [("injured", 250, None, None, "approx")]),
])
def test_an_estimate_glued_to_its_number(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # an estimate of a thing, not of the killed
    ("وبلغت الخسائر ما يقدر بثلاثين ألف دولار.", []),
])
def test_an_estimate_without_a_killing(sentence, expected):
    check(sentence, expected)
