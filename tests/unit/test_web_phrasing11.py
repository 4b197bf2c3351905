"""Figure phrasings of scraped web news, round 11 (batches 26 and 27): a "? ?" word gap left by a
lost format character; a count, its noun and then a passive casualty verb (ان 300 مسلح قتل); a
second count of a nationality before one casualty verb; digits in brackets that restate a number
word; "among them" between a casualty verb and a count; a projectile and the word one; an adviser
as a person. Each class has positives and negatives of the same shape.

The phrases are written for these tests, not copied from any page."""

import pytest

from tests.conftest import check_phrase as check

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases


@pytest.mark.parametrize("sentence, expected", [
    # a "? ?" between every word is a word gap: the sentence holds together and is read
    ("وقال? ?المتحدث? ?إن? ?25? ?جنديا? ?قتلوا? ?في? ?الهجوم.", [("killed", 25, None, None, "exact")]),
    # a real question mark still ends a sentence: the verb before it does not reach the count after it
    ("من قتل? 5 جنود وصلوا إلى القاعدة.", [("troops", 5, None, None, "exact")]),
])
def test_a_question_mark_word_gap(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # ان + count + noun + a passive verb that ends the clause: a toll, not a troop figure
    ("وذكر الجيش أن أكثر من 300 مسلح قتل منذ بدء العملية.", [("killed", 300, None, None, "at_least")]),
    ("وأفاد المصدر بأن 12 جنديا أصيبوا خلال الاشتباك.", [("injured", 12, None, None, "exact")]),
    # the same count with a verb of movement, or with a passive verb that does not end the clause, is no toll
    ("وذكر الجيش أن 300 مسلح انتشروا في المدينة.", [("troops", 300, None, None, "exact")]),
    ("وذكر الجيش أن 300 مسلح قتل قائدهم في الغارة.", [("troops", 300, None, None, "exact")]),
])
def test_a_count_then_a_passive_casualty_verb(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # two counts joined by و before one verb: the second is a nationality with no person noun
    ("وقالت الحركة إن عشرة جنود صوماليين وثلاثة فرنسيين قتلوا.",
     [("killed", 10, None, None, "exact"), ("killed", 3, None, None, "exact")]),
    # without a casualty verb neither is a toll
    ("وقالت الوزارة إن عشرة جنود صوماليين وثلاثة فرنسيين وصلوا إلى القاعدة.",
     [("troops", 10, None, None, "exact"), ("troops", 3, None, None, "exact")]),
])
def test_a_nationality_as_the_second_of_two_counts_before_a_verb(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # digits in brackets right after a number word restate it: one count
    ("وقد قتل ثلاثون (30) جنديا في الكمين.", [("killed", 30, None, None, "exact")]),
    # a bracketed count with no number before it is read as before
    ("ونشرت الوزارة (500) جندي على الحدود.", [("troops", 500, None, None, "exact")]),
])
def test_digits_in_brackets_after_a_number_word(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # "among them" between the verb and a count: that count is a part (read as one by the subset rule), not the toll the
    # verb states, which is the glued count before it
    ("وقال إن عدد الضحايا ارتفع إلى 21قتيلا بينهم 4 نساء.", [("killed", 21, None, None, "exact"), ("killed", 4, None, None, "exact")]),
    # words without it between the verb and the count are read as before
    ("وقتل في القصف على السوق 9 أشخاص.", [("killed", 9, None, None, "exact")]),
])
def test_among_them_between_a_verb_and_a_count(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a projectile and the word one: a count of one
    ("وأطلق المسلحون قذيفة هاون واحدة على البلدة.", [("projectiles", 1, None, None, "exact")]),
    ("وقال الجيش إن الطائرة أطلقت صاروخا واحدا على الموقع.", [("projectiles", 1, None, None, "exact")]),
    # one strike is still an event, and a lone projectile with no number word states no count
    ("وشنت الطائرات غارة واحدة على الموقع.", []),
    ("وسقط صاروخ على أطراف البلدة.", []),
])
def test_a_projectile_and_the_word_one(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # an indefinite adviser after a casualty verb is one person
    ("وأصيب مستشار عسكري فرنسي بجروح في الانفجار.", [("injured", 1, None, None, "exact")]),
    # an adviser who speaks is no count
    ("وقال مستشار الرئيس إن الوضع هادئ.", []),
])
def test_an_adviser_as_a_person(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # "not a single one": a negation a few words before a projectile and the word one
    ("ولم تطلق الجماعة أو حلفاؤها في الجنوب صاروخا واحدا على المدينة.", []),
    # the same count with no negation before it
    ("وأطلقت الجماعة أو حلفاؤها في الجنوب صاروخا واحدا على المدينة.", [("projectiles", 1, None, None, "exact")]),
])
def test_a_projectile_and_the_word_one_after_a_negation(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a "? ?" word gap is no question: an indefinite toll noun in such a sentence is still read
    ("وأسفر? ?القصف? ?عن? ?سقوط? ?قتيل? ?في? ?البلدة.", [("killed", 1, None, None, "exact")]),
    # a real question is not a statement of a toll
    ("هل أسفر القصف عن سقوط قتيل في البلدة?", []),
])
def test_a_word_gap_is_no_question(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # "without" (بدون طيار: unmanned) is no negation of the launch
    ("وقال إن طائرة بدون طيار أطلقت صاروخا واحدا على الموقع.", [("projectiles", 1, None, None, "exact")]),
])
def test_without_is_no_negation_of_a_count_of_one(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a negation then "but" states "only": the count of one stands
    ("ولم يبق في المستشفى سوى جريح واحد من الجنود.", [("injured", 1, None, None, "exact")]),
    # a negation without it: none
    ("ولم يسقط في القصف شهيد واحد من المدنيين.", []),
])
def test_only_after_a_negation(sentence, expected):
    check(sentence, expected)
