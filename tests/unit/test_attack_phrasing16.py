"""Attack-count phrasings of scraped web news, round 16 (issue 12). Each class has positives and negatives of
the same shape.

- One person's passive killing verb, then و + أصيب and its own count (أن جنديا قتل وأصيب عشرة آخرون): the person
  is the one killed, the count after أصيب the wounded only; without a person before the verb, قتل وأصيب N is one
  count of both (casualties, spec §4).
- What a casualty verb befell is a thing (a target, a depot, a building): a place or target hit is no count.

The phrases are written for these tests, not copied from any page."""

import pytest

from tests.conftest import check_phrase as check

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases


@pytest.mark.parametrize("sentence, expected", [
    # a person with a nationality right before the joined verbs: one killed, the count after أصيب wounded
    ("وذكر المتحدث أن شرطيا عراقيا قتل وأصيب أربعة آخرون في انفجار العبوة.",
     [("killed", 1, None, None, "exact"), ("injured", 4, None, None, "exact")]),
    ("وقالت الوزارة إن عاملا قُتل وأصيب 9 آخرون جراء سقوط القذيفة على المصنع.",
     [("killed", 1, None, None, "exact"), ("injured", 9, None, None, "exact")]),
    # و + كان + a person, and one other wounded (آخر: a person noun, one)
    ("وكان مدني قتل وأصيب آخر مساء الثلاثاء في قصف على الحي.",
     [("killed", 1, None, None, "exact"), ("injured", 1, None, None, "exact")]),
    # a few words between the person and the verb: the count after أصيب is still the wounded only
    ("وأفاد مصدر أمني بأن ضابطا في الحرس الحدودي قتل وأصيب ستة بجروح طفيفة في الكمين.",
     [("injured", 6, None, None, "exact")]),
])
def test_one_killed_then_the_wounded(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # no person before the joined verbs: one count of both
    ("قتل وأصيب 25 مدنيا في القصف الذي استهدف السوق.",
     [("casualties", 25, None, None, "exact")]),
    ("وفي الهجوم الثاني قتل وأصيب 14 شخصا قرب المعبر.",
     [("casualties", 14, None, None, "exact")]),
    # جرح after a person may be active (the gunman killed and wounded three): not read as the person killed
    ("وقالت الشرطة إن مسلحا قتل وجرح ثلاثة من المارة قبل أن يفر.",
     [("casualties", 3, None, None, "exact")]),
    # the person's verb ends the clause: only the one killed
    ("وذكرت الوكالة أن صحفيا قتل في القصف على المدينة.",
     [("killed", 1, None, None, "exact")]),
])
def test_killed_and_wounded_together(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a target, a depot, houses: places hit, no casualty
    ("وقالت المصادر إن أحد الصواريخ أصاب أربعة أهداف في محيط المطار.", []),
    ("واقتصرت الأضرار على إصابة أحد المخازن في الميناء.", []),
    ("وأسفرت الغارة عن إصابة 3 منازل في القرية ومقتل شخصين.",
     [("killed", 2, None, None, "exact")]),
])
def test_things_hit_are_no_casualties(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # persons hit: counted
    ("وأدى القصف إلى إصابة أحد الجنود بجروح خطيرة.",
     [("injured", 1, None, None, "exact")]),
    ("وقالت المصادر إن القذيفة أصابت سبعة مدنيين في السوق.",
     [("injured", 7, None, None, "exact")]),
])
def test_persons_hit_are_counted(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a definite count that restates a count of the same measure and value stated before: a back-reference
    ("وأطلقت الجماعة صاروخين على البلدة، وقال الجيش إن الصاروخين سقطا في منطقة مفتوحة.",
     [("projectiles", 2, None, None, "exact")]),
    ("وقتل أربعة حراس في الهجوم على المخفر. وطالبت العائلات بكشف ملابسات مقتل الحراس الأربعة.",
     [("killed", 4, None, None, "exact")]),
    # one of / both of before a definite dual: the two named before (or never counted here)
    ("وسقطت إحدى القذيفتين قرب محطة الوقود.", []),
    ("واعترضت الدفاعات كلا الصاروخين فوق البحر.", []),
])
def test_definite_back_references(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a definite count that states no count before it is a count (its first mention)
    ("وتبنت الجماعة الغارات الثلاث التي استهدفت المعسكر ليلا.",
     [("attacks", 3, None, None, "exact")]),
    ("ولم تعلن أي جهة مسؤوليتها عن إطلاق الصاروخين باتجاه المطار.",
     [("projectiles", 2, None, None, "exact")]),
    # a definite count of another value than the one before
    ("وأطلقت الجماعة صاروخين على البلدة، ثم أطلقت القذائف الثلاث على المعبر.",
     [("projectiles", 2, None, None, "exact"), ("projectiles", 3, None, None, "exact")]),
    # the same value stated again without the article: a mention of its own
    ("وأطلقت الجماعة صاروخين على البلدة، وقال الجيش إنه اعترض صاروخين فوق البحر.",
     [("projectiles", 2, None, None, "exact"), ("projectiles", 2, None, None, "exact")]),
])
def test_definite_first_mentions(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a person joined after a subset of a toll is part of the subset's breakdown
    ("وأسفرت الغارة عن مقتل 11 مدنيا بينهم 6 أطفال وامرأة.",
     [("killed", 11, None, None, "exact"), ("killed", 6, None, None, "exact")]),
    ("وأدى الانفجار إلى مقتل 9 أشخاص بينهم 4 جنود وضابط.",
     [("killed", 9, None, None, "exact"), ("killed", 4, None, None, "exact")]),
])
def test_a_person_in_a_subset(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # right after a toll, with no subset: a count of its own
    ("وأسفر القصف عن إصابة فتى وطفلين في المخيم.",
     [("injured", 1, None, None, "exact"), ("injured", 2, None, None, "exact")]),
    # a subset in another clause before a comma: the new clause's conjunct counts
    ("وقتل 12 شخصا بينهم طفلان، وأصيب شاب وامرأة في القصف.",
     [("killed", 12, None, None, "exact"), ("injured", 1, None, None, "exact"), ("injured", 1, None, None, "exact")]),
])
def test_a_person_after_a_toll(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a year right after a month name, then a casualty verb: a date, not a count
    ("وفي شهر آذار/ مارس 2014 بدأ الجيش ملاحقة المسلحين في الجبل، بعدما قتلوا حارسا في المخفر.", []),
    # a count before killed and wounded together: one count of both
    ("وقال أحد السكان إن العشرات قتلوا وأصيبوا في القصف.",
     [("casualties", None, 10, None, "vague")]),
    ("وذكر المسعفون أن 17 شخصا قتلوا وجرحوا في الانفجار.",
     [("casualties", 17, None, None, "exact")]),
    # a qualifier after the number before the toll a rise names
    ("ارتفع إلى 21 على الأقل عدد القتلى في المدينة.",
     [("killed", 21, None, None, "at_least")]),
    # a qualifier after the number, and of, before the persons a verb's subject killed
    ("قتل مهاجمون 9 على الأقل من ركاب القطار في الهجوم.",
     [("killed", 9, None, None, "at_least")]),
])
def test_counts_around_their_verbs(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a count, not a year, before the verb
    ("وقال المسؤول إن 14 مدنيا قتلوا في القصف.",
     [("killed", 14, None, None, "exact")]),
    # killed, then another count wounded: two counts
    ("وذكر المسعفون أن 6 أشخاص قتلوا وأصيب 11 آخرون في الانفجار.",
     [("killed", 6, None, None, "exact"), ("injured", 11, None, None, "exact")]),
    # a qualifier and of before no person: no count of persons
    ("قتل مهاجمون 9 على الأقل من الأسباب المعروفة.", []),
])
def test_counts_around_their_verbs_negative(sentence, expected):
    check(sentence, expected)
