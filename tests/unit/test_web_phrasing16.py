"""Figure phrasings of scraped web news, round 16 (attack counts): لقي NUM … مصرعهم with a long or quoted description of
the victims (rule lq); لقي + one person with a phrase before it or a description after it (rule ls); two persons before a
passive verb in the dual (rule pd); و + a person + one/two after a toll (rule cw); a toll noun with its own words and
commas before الي NUM (rule tl). Each class has positives and negatives of the same shape.

The phrases are written for these tests, not copied from any page."""

import pytest

from tests.conftest import check_phrase as check

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases


@pytest.mark.parametrize("sentence, expected", [
    # a force and its allies, more than ten words before حتفهم
    ("ولقي 23 من عناصر الميليشيا والمجموعات المسلحة المتحالفة معها في الريف الشمالي، بحسب المصادر، حتفهم أمس.",
     [("killed", 23, None, None, "exact")]),
    # a quoted name among the victims' words
    ("لقي 40 مسلحا من جماعة \"الأنصار\" مصرعهم في غارات على مواقعهم.",
     [("killed", 40, None, None, "exact")]),
])
def test_met_death_with_a_long_or_quoted_description(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # the plural death noun belongs to another clause more than sixteen words on: no toll
    ("لقي 12 زائرا ترحيبا حارا من سكان القرية الذين خرجوا لاستقبالهم في الساحة الكبيرة قرب المسجد القديم عند مدخل البلدة الشرقي "
     "وبعد ذلك بأيام لقي آخرون حتفهم في حادث سير.", []),
])
def test_met_death_too_far(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a preposition and its pronoun between لقي and the person, in a sentence of fighting
    ("وتعرضت الدورية لهجوم مسلح، لقي على إثره جندي فرنسي مصرعه.", [("killed", 1, None, None, "exact")]),
    # the person's description before حتفه
    ("وفي الكمين لقي شرطي من عناصر حرس الحدود الشرقية حتفه برصاص المهاجمين.", [("killed", 1, None, None, "exact")]),
    # a mine is a word of fire
    ("لقي عسكري مصرعه إثر انفجار لغم في الجبل.", [("killed", 1, None, None, "exact")]),
])
def test_one_person_met_death(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # no word of fire or fighting: a road's or a drowning's toll
    ("لقي على إثره شاب من سكان الحي الشمالي حتفه غرقا في البحيرة.", []),
    ("لقي مواطن من أبناء المحافظة مصرعه في حادث مروري على الطريق السريع.", []),
])
def test_one_person_met_death_without_fire(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a dual verb says two, whatever the noun's ending
    ("وقال المتحدث إن عسكريين قتلا في الانفجار.", [("killed", 2, None, None, "exact")]),
    ("وأفادت الشرطة أن صحفيين أصيبا جراء القصف.", [("injured", 2, None, None, "exact")]),
    ("وكان مدنيان جرحا في الغارة.", [("injured", 2, None, None, "exact")]),
])
def test_two_persons_before_a_dual_verb(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a definite dual refers back
    ("وقال المتحدث إن الجنديين قتلا في الانفجار.", []),
    # a plural verb: no dual
    ("وقال المتحدث إن الموظفين قرروا الإضراب.", []),
])
def test_no_two_persons_before_a_dual_verb(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # و + a person + one, a few words after a killed count
    ("وأسفر القصف عن مقتل ثلاثة جنود ومدني واحد.", [("killed", 3, None, None, "exact"), ("killed", 1, None, None, "exact")]),
    ("قتل سبعة عشر شرطيا ومهاجما واحدا على الأقل في الهجوم.",
     [("killed", 17, None, None, "exact"), ("killed", 1, None, None, "at_least")]),
])
def test_a_person_and_one_after_a_toll(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # no casualty count before it
    ("وصل وفد من الوزارة ومسؤول واحد من البلدية إلى المدينة.", []),
])
def test_a_person_and_one_without_a_toll(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # the toll noun's words, with commas, before الي and the number
    ("وارتفع عدد قتلى الجيش الوطني، في المعارك الأخيرة على الجبهة، إلى 61 جنديا.", [("killed", 61, None, None, "exact")]),
    ("وقال إن عدد الشهداء في المدينة، عاصمة المحافظة، ارتفع إلى 312.", [("killed", 312, None, None, "exact")]),
])
def test_a_toll_noun_with_its_words_before_the_number(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # the words between open another clause with another count head: the number is that one's
    ("وارتفع عدد القتلى في المدينة، فيما بلغ عدد النازحين، إلى 5000.", []),
])
def test_a_toll_noun_whose_number_is_another_count(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a toll noun before إلى, and after the number a singular killed noun joined by و to a singular wounded one: both
    ("وارتفع عدد الضحايا في السوق الشعبي إلى 250 قتيل وجريح وفق المستشفيات.", [("casualties", 250, None, None, "exact")]),
    ("ووصلت حصيلة ضحايا القصف على الحي إلى 140 شهيدا وجريحا.", [("casualties", 140, None, None, "exact")]),
    ("وأسفر التفجير عن سقوط 75 شهيدا ومصابا في الساحة.", [("casualties", 75, None, None, "exact")]),
    # a rule whose match ends at the first noun (راح ضحيتها + NUM + noun): the pair is read from that noun on
    ("وهي الحادثة التي راح ضحيتها 64 شهيدا ومصابا في السوق.", [("casualties", 64, None, None, "exact")]),
])
def test_a_toll_of_killed_and_wounded_together(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # each noun with its own count: two counts
    ("وارتفع عدد الضحايا إلى 30 قتيلا و45 جريحا في المدينة.", [("killed", 30, None, None, "exact"), ("injured", 45, None, None, "exact")]),
    # one killed and one wounded, no number: a count of one each (not one of both)
    ("وأسفر القصف عن سقوط قتيل وجريح في صفوف المدنيين.", [("killed", 1, None, None, "exact"), ("injured", 1, None, None, "exact")]),
    # a dual and a singular: two killed and one wounded
    ("وسقط قتيلان وجريح في الاشتباك.", [("killed", 2, None, None, "exact"), ("injured", 1, None, None, "exact")]),
])
def test_counts_of_killed_and_wounded_apart(sentence, expected):
    check(sentence, expected)
