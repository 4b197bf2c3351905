"""Attack-count phrasings of scraped web news, round 23 (issue 12, web development pool 34-53, fifteenth session).

Each class has positives and negatives of the same shape. The phrases are written for these tests, not copied from
any page."""

import pytest

from tests.conftest import check_phrase as check

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases


@pytest.mark.parametrize("sentence, expected", [
    # the wounded named before the killed, one number for both: casualties, not killed (nor wounded)
    ("وأعلنت القيادة جرح ومقتل 9 من عناصرها في الكمين.", [("casualties", 9, None, None, "exact")]),
    ("وأسفر القصف عن إصابة ومقتل 14 مدنيا في السوق.", [("casualties", 14, None, None, "exact")]),
    ("وقالت المصادر إن التفجير أودى بحياة وإصابة 40 شخصا.", [("casualties", 40, None, None, "exact")]),
    # each verb with its own number: a wounded count and a killed one, as before
    ("وأسفر القصف عن إصابة 14 مدنيا ومقتل ثلاثة.", [("injured", 14, None, None, "exact"), ("killed", 3, None, None, "exact")]),
    ("وقالت المصادر إن التفجير أودى بحياة 7 أشخاص.", [("killed", 7, None, None, "exact")]),
])
def test_wounded_and_killed_sharing_one_number(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # the noun عدد written before the number after a casualty verb (a military statement's style)
    ("وأسفر الهجوم عن استشهاد عدد 4 وإصابة عدد سبعة من رجال الشرطة.",
     [("injured", 7, None, None, "exact"), ("killed", 4, None, None, "exact")]),
    ("وتمكنت القوات من قتل عدد 11 مسلحا في المداهمة.", [("killed", 11, None, None, "exact")]),
    # عدد من states no count
    ("وتمكنت القوات من قتل عدد من المسلحين في المداهمة.", []),
])
def test_the_noun_count_before_a_casualty_number(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a toll that ranges between two numbers: a range, not a toll of its high end
    ("وقال المتحدث إن عدد القتلى في صفوف المهاجمين يتراوح ما بين 5 إلى 8 عناصر.", [("killed", None, 5, 8, "exact")]),
    ("وأضاف أن عدد الجرحى تراوح بين 20 و30 شخصا.", [("injured", None, 20, 30, "exact")]),
    # a toll that rose to a number: a toll, as before
    ("وقال المتحدث إن عدد القتلى ارتفع إلى 8 أشخاص.", [("killed", 8, None, None, "exact")]),
    # a range of years after a toll and a ranging verb: not ascending counts of persons
    ("وقال إن عدد القتلى يتراوح بين عامي 2019 و2014 في التقارير.", []),
])
def test_a_toll_that_ranges(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # aircraft, one adjective, then the drone word: drones launched
    ("وقال الجيش إن 4 طائرات إيرانية مسيرة اخترقت الأجواء.", [("projectiles", 4, None, None, "exact")]),
    ("وأسقطت الدفاعات 6 طائرات صغيرة بدون طيار فوق المطار.", [("projectiles", 6, None, None, "exact")]),
    ("واعترضت الدفاعات أكثر من 120 طائرة من دون طيار منذ بداية العام.", [("projectiles", 120, None, None, "at_least")]),
    # aircraft with an adjective and no drone word: fighter jets, no count
    ("وقال الجيش إن 4 طائرات حربية تركية حلقت فوق البلدة.", []),
])
def test_drones_with_an_adjective_between(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a barrel alone after a shelling verb and the instrument's ب, or after a verb of dropping: barrel bombs
    ("وقال ناشطون إن الطيران قصف البلدة بثلاثين برميلا منذ الصباح.", [("projectiles", 30, None, None, "exact")]),
    ("وألقت المروحيات 14 برميلا على الأحياء الشرقية.", [("projectiles", 14, None, None, "exact")]),
    # barrels of oil: no verb of shelling with its instrument, nor of dropping
    ("وقال الوزير إن الحقل ينتج 300 ألف برميل يوميا.", []),
    ("واستهدف القصف خزانا يضم 500 برميل من الوقود.", []),
])
def test_barrels_after_a_shelling_verb(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a barrel bomb named whole keeps the qualifier written after it (rule nn before rule sb)
    ("وألقت المروحيات 9 براميل متفجرة على الأقل على البلدة.", [("projectiles", 9, None, None, "at_least")]),
])
def test_a_barrel_bomb_named_whole_after_a_verb_of_dropping(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # an active verb of killing or wounding, its subject, then one indefinite person in the accusative: one killed or wounded
    ("وقتلت قوات الأمن مسلحا في تبادل لإطلاق النار.", [("killed", 1, None, None, "exact")]),
    ("وقال البيان إن وحدة من الجيش قتلت متسللا قرب السياج.", [("killed", 1, None, None, "exact")]),
    ("وأصابت شظايا القذيفة طفلا في الحي.", [("injured", 1, None, None, "exact")]),
    # with its qualifier after it
    ("وقتلت الدورية مهربا على الأقل عند الحدود.", [("killed", 1, None, None, "at_least")]),
    # a number or another verb between: the person is not the verb's one object
    ("وقتلت قوات الأمن أربعة مسلحين وضابطا.", [("killed", 4, None, None, "exact")]),
    ("وقتلت الشرطة واعتقلت شابا في المداهمة.", []),
    # the person in the nominative after a verb: the subject, not a victim
    ("وقتل الجنود في الكمين وأعلن ضابط الخبر.", []),
    # a bare verb right before the noun may be a passive and a dual in construct (two officers): no count of one
    ("وقتل ضابطا مرور في الحادث.", []),
    # the present tense: a hypothesis or a generality, no count
    ("وقال إن من يقتل مدنيا سيحاسب.", []),
])
def test_one_person_as_the_object_of_a_killing_verb(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # the day between commas after a passive killing verb, then the person: one killed
    ("قتل، أمس الأحد، شرطي في هجوم على الحاجز.", [("killed", 1, None, None, "exact")]),
    # the same with a count: as before
    ("قتل، أمس الأحد، ثلاثة شرطيين في هجوم على الحاجز.", [("killed", 3, None, None, "exact")]),
])
def test_one_person_after_a_day_between_commas(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # in addition to + a count of persons a few words after a toll: the toll's measure
    ("وأسفرت الغارة عن مقتل 12 مسلحا، بالإضافة إلى خمسة مدنيين.", [("killed", 12, None, None, "exact"), ("killed", 5, None, None, "exact")]),
    ("وأدى الانفجار إلى إصابة 30 شخصا فضلا عن 4 عسكريين.", [("injured", 30, None, None, "exact"), ("injured", 4, None, None, "exact")]),
    # a subset of the toll between them (its words are in the gap)
    ("وأسفر القصف عن مقتل 9 أشخاص، بينهم نساء وأطفال صغار، بالإضافة إلى 3 مسعفين.",
     [("killed", 9, None, None, "exact"), ("killed", 3, None, None, "exact")]),
    # with a casualty verb of its own: that verb's measure, not the toll's
    ("وأسفرت الغارة عن مقتل 12 مسلحا، بالإضافة إلى 5 مدنيين أصيبوا بجروح.",
     [("injured", 5, None, None, "exact"), ("killed", 12, None, None, "exact")]),
    # after a troop figure, no toll: no count of persons
    ("ونشرت الحكومة 300 جندي بالإضافة إلى 20 موظفا.", [("troops", 300, None, None, "exact")]),
])
def test_a_count_in_addition_to_a_toll(sentence, expected):
    check(sentence, expected)
