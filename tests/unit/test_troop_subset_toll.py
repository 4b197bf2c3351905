"""A count of troops in a clause of deployment or presence, then a part of them with its own casualty verb
(أرسل الجيش 500 جندي، و20 منهم قتلوا): the troops are a strength, the part takes the verb's measure. Before,
the far count read the verb (500 killed); excluding that alone made the part inherit the troops (20 troops).
Negatives: the troops themselves were killed, or nothing befell the part.

The phrases are written for these tests, not copied from any page."""

import pytest

from tests.conftest import check_phrase as check

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases


@pytest.mark.parametrize("sentence, expected", [
    # و + NUM + منهم + the verb (منهم before the verb): killed, injured (أصيب and جرح), killed or wounded
    ("وقالت الوزارة إنها أرسلت 700 جندي إلى الوادي، و35 منهم قتلوا خلال الهجوم.",
     [("troops", 700, None, None, "exact"), ("killed", 35, None, None, "exact")]),
    ("ونشر الجيش نحو 1200 جندي على الحدود، و40 منهم أصيبوا بنيران القناصة.",
     [("troops", 1200, None, None, "approx"), ("injured", 40, None, None, "exact")]),
    ("وأرسلت الحكومة 450 شرطيا إلى المدينة، و9 منهم جرحوا في المواجهات.",
     [("troops", 450, None, None, "exact"), ("injured", 9, None, None, "exact")]),
    ("وأرسلت القيادة 260 جنديا إلى التلال، و18 منهم قتلوا أو جرحوا في الكمين.",
     [("troops", 260, None, None, "exact"), ("casualties", 18, None, None, "exact")]),
    # من بينهم, and a presence verb
    ("ويتمركز 380 عسكريا قرب الميناء، و11 من بينهم أصيبوا في القصف.",
     [("troops", 380, None, None, "exact"), ("injured", 11, None, None, "exact")]),
    # منهم before the number, then the verb
    ("ودفع الجيش 900 جندي إلى الجبهة، منهم 27 قتلوا في الأيام الأولى.",
     [("troops", 900, None, None, "exact"), ("killed", 27, None, None, "exact")]),
    # the verb before the part (منهم after the verb): read by the verb's own rule, the troops stay a strength
    ("ونشرت الحكومة 640 جنديا في الإقليم، وأصيب 22 منهم في الاشتباكات.",
     [("troops", 640, None, None, "exact"), ("injured", 22, None, None, "exact")]),
    ("ونشرت الحكومة 640 جنديا في الإقليم، وجرح منهم 13 في الاشتباكات.",
     [("troops", 640, None, None, "exact"), ("injured", 13, None, None, "exact")]),
])
def test_a_part_of_deployed_troops_takes_its_own_verb(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # no deployment or presence word: the troops and their part were killed
    ("وقال المتحدث إن 300 جندي و14 منهم ضباط قتلوا في المعارك.",
     [("killed", 300, None, None, "exact"), ("killed", 14, None, None, "exact")]),
    # a killing verb before the troops: the count is a toll, its part a part of the toll
    ("وقتل في الهجوم 500 جندي أرسلوا إلى المنطقة، و20 منهم ضباط.",
     [("killed", 500, None, None, "exact"), ("killed", 20, None, None, "exact")]),
    # the verb right after the troops, before the part: they were killed
    ("وأرسلت الحكومة 140 جنديا قتلوا في الكمين، و6 منهم ضباط.",
     [("killed", 140, None, None, "exact"), ("killed", 6, None, None, "exact")]),
    # nothing befalls the part: a part of the strength
    ("وأرسل الجيش 500 جندي إلى المنطقة، و20 منهم سيعودون الشهر المقبل.",
     [("troops", 500, None, None, "exact"), ("troops", 20, None, None, "exact")]),
])
def test_a_part_without_its_own_verb(sentence, expected):
    check(sentence, expected)
