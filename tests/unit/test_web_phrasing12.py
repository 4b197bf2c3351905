"""Figure phrasings of scraped web news, round 12 (batches 28 and 29): soldiers who are the victims of
the clause they are counted in (a killing verb with an object pronoun after them, a martyr's title
right after them, "among the wounded" earlier in their clause); fighters who carry out the attack;
a dual of commanders; a time adverb between a casualty verb and its dual; "one of the wounded" as a
back-reference. Each class has positives and negatives of the same shape.

The phrases are written for these tests, not copied from any page."""

import pytest

from tests.conftest import check_phrase as check

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases


@pytest.mark.parametrize("sentence, expected", [
    # a killing verb with an object pronoun right after the soldiers: they were killed
    ("مسلحون يهاجمون 6 جنود سوريين ويقتلهم قرب الحدود", [("killed", 6, None, None, "exact")]),
    # a verb of their own after the soldiers (no object pronoun of killing) leaves a strength
    ("وصول 6 آلاف جندي سوري ويتمركزون قرب الحدود", [("troops", 6000, None, None, "exact")]),
])
def test_a_killing_verb_with_an_object_pronoun_after_the_soldiers(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a martyr's title right after the count: the soldiers were killed
    ('ونشرت الوزارة صور 9 جنود "شهداء" سقطوا في المعركة.', [("killed", 9, None, None, "exact")]),
    # a martyrs' place name several words later is no title of the count
    ("ونشرت الوزارة 900 جندي قرب ساحة الشهداء في المدينة.", [("troops", 900, None, None, "exact")]),
])
def test_a_martyr_title_right_after_the_soldiers(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # "among the wounded" earlier in the clause: the soldiers and the policemen are wounded, parts of the toll
    ("وأوضح المصدر أن من بين الجرحى في القاعدة الواقعة شرق المدينة 12 جنديا وثلاثة رجال الشرطة.",
     [("injured", 12, None, None, "exact"), ("injured", 3, None, None, "exact")]),
    ("ومن بين القتلى في الهجوم الذي وقع مساء الأحد 7 جنود.", [("killed", 7, None, None, "exact")]),
    # a clause break, or a deployment verb, after "among the wounded" ends its reach
    ("وكان من بين الجرحى أطفال. ونشرت الحكومة 400 جندي في البلدة.", [("troops", 400, None, None, "exact")]),
    ("ومن بين الجرحى أطفال، فيما أرسلت الحكومة 400 جندي إلى البلدة.", [("troops", 400, None, None, "exact")]),
    # a comma ends the clause too: the soldiers after it are not read as wounded (and a definite few, الجنود الثلاثة, refer
    # back to soldiers named before: no strength either, test_troop_definite_few)
    ("وتوفي ضابط من بين الجرحى متأثرا بجراحه، بينما لا يزال الجنود الثلاثة في المستشفى.", []),
])
def test_soldiers_counted_among_the_wounded(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # fighters who carry out the attack a few words after their count are the attackers
    ("وأعلن التنظيم أن ثلاثة من عناصره، أحدهم أجنبي، نفذوا الهجوم على الحاجز.", []),
    ("وتعرضت قافلة الجيش لكمين من قبل 150 مقاتلا في الجبل.", []),
    # troops sent (a deployment verb before the count) who then attack stay a strength
    ("وأرسل الجيش 300 جندي شنوا هجوما على البلدة.", [("troops", 300, None, None, "exact")]),
    # "carried out" before no attack (raids, a protest) leaves the strength
    ("وذكرت الوزارة أن 900 من أفراد الشرطة نفذوا مداهمات في المدينة.", [("troops", 900, None, None, "exact")]),
    # a count of fighters with a verb of presence is a strength
    ("ويتمركز 150 مقاتلا قرب ثكنة الجيش في الجبل.", [("troops", 150, None, None, "exact")]),
])
def test_the_attackers_are_no_strength(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a dual of commanders after a killing verb is two killed
    ("وأعلن الجيش مقتل قائدين ميدانيين في الاشتباك.", [("killed", 2, None, None, "exact")]),
    # the dual with no casualty verb counts nothing
    ("والتقى الوزير قائدين من الجيش في المدينة.", []),
])
def test_a_dual_of_leaders(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a time adverb between the casualty verb and its dual person
    ("وقد استشهد مساء أمس شابان في قصف على المخيم.", [("killed", 2, None, None, "exact")]),
    ("وقتل الليلة الماضية شخصان في غارة.", [("killed", 2, None, None, "exact")]),
    # another word there (not a time adverb) still stops the rule
    ("وقتل الطيران شخصان في غارة.", []),
])
def test_a_time_adverb_between_the_verb_and_its_dual(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # one of the wounded (already counted) after a verb of injury is a back-reference, no count; nor is its dual
    ("وأصيب جنديان بجروح، وقال المصدر إن إصابة أحد الجريحين خطيرة.", [("injured", 2, None, None, "exact")]),
    # one of the wounded who then died is a new count of one killed
    ("وأصيب جنديان بجروح، وأعلن لاحقا مقتل أحد الجريحين.",
     [("injured", 2, None, None, "exact"), ("killed", 1, None, None, "exact")]),
])
def test_one_of_the_wounded_refers_back(sentence, expected):
    check(sentence, expected)
