"""Figure phrasings of scraped web news, round 25 (issue 12, web development pool 34-55, sixteenth session).

Each class has positives and negatives of the same shape. The phrases are written for these tests, not copied from
any page."""

import pytest

from tests.conftest import check_phrase as check

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases


@pytest.mark.parametrize("sentence, expected", [
    # a toll's number followed by a noun of strikes or attacks counts those, not the dead
    ("وقالت مصادر إن حصيلة قتلى الغارات، والتي بلغت 12 غارة، 9 قتلى.",
     [("attacks", 12, None, None, "exact"), ("killed", 9, None, None, "exact")]),
    ("وأوضح المكتب أن حصيلة ضحايا الحملة التي وصلت إلى 40 هجوما لم تعرف بعد.", [("attacks", 40, None, None, "exact")]),
    # the number followed by a casualty noun, or by nothing: the toll
    ("وقالت الوزارة إن حصيلة القتلى بلغت 12 قتيلا.", [("killed", 12, None, None, "exact")]),
    ("وارتفع عدد القتلى إلى 30 بعد الغارة.", [("killed", 30, None, None, "exact")]),
])
def test_toll_number_counting_strikes(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # met their death or were wounded, said of one count: casualties, neither alone
    ("وأكد المسؤول أن أكثر من 200 مقاتل لقوا حتفهم أو أصيبوا في المعارك.", [("casualties", 200, None, None, "at_least")]),
    ("وقال الجيش إن 35 مسلحا لقوا مصرعهم أو جرحوا خلال الاشتباكات.", [("casualties", 35, None, None, "exact")]),
    # met their death alone: killed
    ("وأكد المسؤول أن 200 مقاتل لقوا حتفهم في المعارك.", [("killed", 200, None, None, "exact")]),
])
def test_met_death_or_wounded(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a headline's present-tense plural verb of killing or wounding before its count
    ("مسلحون يقتلون 25 شخصا في قرية شمالي البلاد", [("killed", 25, None, None, "exact")]),
    ("مهاجمون يصيبون 7 أشخاص في سوق المدينة", [("injured", 7, None, None, "exact")]),
    # the verb with no count after it, or a count of something else
    ("مسلحون يقتلون رجلا وامرأة في هجوم على قرية", []),
    ("المزارعون يقتلون 300 رأس من الماشية المريضة", []),
])
def test_present_plural_killing_verb(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a verb of reaping before a count of soldiers: they were killed, not a strength
    ("التنظيم يحصد 300 جندي في عام واحد", [("killed", 300, None, None, "exact")]),
    ("وحصدت المعارك 45 عسكريا من القوات الحكومية خلال الشهر.", [("killed", 45, None, None, "exact")]),
    # the same verb before a count of things, or soldiers after a deployment verb: no toll
    ("وحصد الفريق 5 ميداليات في البطولة.", []),
    ("وحصد المقطع 300 ألف مشاهدة، ونشرت الوزارة 200 جندي في المدينة.", [("troops", 200, None, None, "exact")]),
])
def test_reaping_verb_before_soldiers(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a count head of troops, the force named by definite words after it, then its number
    ("ويبلغ عدد افراد القوة السنغالية حوالي 800 تضم جنودا وضباطا.", [("troops", 800, None, None, "approx")]),
    ("وعدد جنود البعثة الأممية 4500 في المنطقة.", [("troops", 4500, None, None, "exact")]),
    # the same shape with no military word in the sentence (a household), or a year after the words: no strength
    ("ويبلغ عدد افراد الأسرة الواحدة 7 في المتوسط.", []),
    ("وكان عدد افراد القوة الأمنية 2015 قد تراجع كثيرا.", []),
])
def test_count_head_with_definite_force(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a verb of joining, up to four words, then N others, after a troop figure: more troops
    ("وسينضم الجنود إلى 200 جندي يعملون في البعثة، ومن المتوقع أن ينضم إليهم خلال الأسابيع المقبلة 300 آخرون.",
     [("troops", 200, None, None, "exact"), ("troops", 300, None, None, "exact")]),
    # the same others with no troop figure before them, or more than four words between: no strength
    ("ومن المتوقع أن ينضم إليهم خلال الأسابيع المقبلة 300 آخرون من المتطوعين.", []),
    ("وانتشر 400 جندي في المدينة، وينضم إليهم بحسب ما قاله المتحدث باسم الوزارة أمس 100 آخرون.",
     [("troops", 400, None, None, "exact")]),
])
def test_others_joining_after_a_gap(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a verb that takes no object, then a person noun in -ا and the noun it is construct to: a dual, two
    ("وأصيب عنصرا أمن في الهجوم على المركز.", [("injured", 2, None, None, "exact")]),
    ("استشهد رجلا شرطة في الانفجار.", [("killed", 2, None, None, "exact")]),
    ("وأصيب ضابطا شرطة وثلاثة مدنيين في الانفجار.", [("injured", 2, None, None, "exact"), ("injured", 3, None, None, "exact")]),
    # a transitive verb before the noun in -ا (one, its object), or a preposition after it (no construct): no dual
    # (with both, the noun is the verb's one object: a count of one, rule vo; h-fig22)
    ("وقتل عنصرا من الأمن في الهجوم.", [("killed", 1, None, None, "exact")]),
    ("وأصيب عنصرا في الهجوم على المركز.", []),
])
def test_dual_in_construct_after_intransitive_verb(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # "among them" (of people) right after a noun of strikes: the count is of the dead counted before, not of strikes
    ("وقتل 20 شخصا في الغارات، بينهم 5 أطفال.", [("killed", 20, None, None, "exact"), ("killed", 5, None, None, "exact")]),
    ("وسقط 12 قتيلا في القصف بالصواريخ، منهم 4 جنود.", [("killed", 12, None, None, "exact"), ("killed", 4, None, None, "exact")]),
    # "among them" of things (بينها) after strikes: a part of the strikes
    ("وشنت الطائرات 30 غارة على المدينة، بينها 5 غارات على المطار.", [("attacks", 30, None, None, "exact"), ("attacks", 5, None, None, "exact")]),
])
def test_persons_among_strikes(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # one person's death by a verb that need not be violent, in a sentence with no word of fire or fighting: left out
    ("ونتج عن ارتطام السيارة بالشاحنة وفاة قائد السيارة على الفور.", []),
    ("وفاة مواطن وابنه في تدهور مركبة على الطريق", []),
    # the same death with a word of fire or fighting in its sentence: one killed
    ("وأدى القصف إلى وفاة مواطن في الحي.", [("killed", 1, None, None, "exact")]),
    ("وفاة مقيم بمقذوف عسكري سقط على القرية", [("killed", 1, None, None, "exact")]),
    # or a military word (a soldier's death), or a bullet
    ("وأعلن الجيش وفاة جندي متأثرا بجروحه.", [("killed", 1, None, None, "exact")]),
    ("وفاة مواطن بطلقة طائشة قرب منزله", [("killed", 1, None, None, "exact")]),
])
def test_natural_death_without_fire(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # fighters "neutralised" (killed, captured or surrendered, not said which): neither a strength nor a toll
    ("أعلنت وزارة الدفاع تحييد 12 عنصرا من التنظيم شمال البلاد.", []),
    ("وقالت الوزارة إن قواتها حيدت 8 عناصر من الحزب في الجبال.", []),
    # the same word after the count, or before a deployment verb: a strength
    ("ونشرت الوزارة 500 عنصر على الحدود بعد تحييد الخطر.", [("troops", 500, None, None, "exact")]),
    ("وبعد تحييد الخطر نشرت الوزارة 300 جندي على الحدود.", [("troops", 300, None, None, "exact")]),
])
def test_neutralised_fighters(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # members of a nationality, in a sentence whose only military word is the battlefield: a strength
    ("وقال إن هناك نحو 200 فرد أردني لن يذهبوا إلى ساحة القتال إلا عند الضرورة.", [("troops", 200, None, None, "approx")]),
    # members with no military word in the sentence: no strength
    ("وقال إن هناك نحو 200 فرد أردني يعملون في المصانع.", []),
])
def test_battlefield_as_military_word(sentence, expected):
    check(sentence, expected)
