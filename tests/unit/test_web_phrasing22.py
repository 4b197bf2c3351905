"""Figure phrasings of scraped web news, round 22 (issue 12, web development pool 34-49, fourteenth session, second round).

Each class has positives and negatives of the same shape. The phrases are written for these tests, not copied from
any page."""

import pytest

from tests.conftest import check_phrase as check

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases


@pytest.mark.parametrize("sentence, expected", [
    # a verb of eliminating (قضى على) before a count of soldiers, as a group's statement writes a killing: killed, no strength
    ("وقالت الجماعة إنها قضت على أكثر من 40 جنديا في هجوم على المعسكر.", [("killed", 40, None, None, "at_least")]),
    ("وأعلن الجيش أنه قضى خلال العملية على 15 مقاتلا من التنظيم.", [("killed", 15, None, None, "exact")]),
    # a court's words beside it: a sentence passed, not a killing, and no strength either
    ("وقضت المحكمة العسكرية على 3 جنود بالسجن خمس سنوات.", []),
    # no verb of eliminating before the soldiers: a strength
    ("وقالت الجماعة إن الجيش دفع بأكثر من 40 جنديا إلى المعسكر.", [("troops", 40, None, None, "at_least")]),
])
def test_soldiers_after_a_verb_of_eliminating(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a killing noun with its agent's pronoun glued to it (قتلها، قتلهم) before the soldiers: they were killed
    ("وتوعدت الحركة بالثأر لقتلهم سبعة جنود في الكمين.", [("killed", 7, None, None, "exact")]),
    ("وردت القوات على الجماعة بعد قتلها عشرات من جنودها.", [("killed", None, 10, None, "vague")]),
    # the pronoun's killing noun in another clause: the soldiers sent after it are a strength
    ("وقالت الشرطة إن قتله ثلاثة من المارة أثار غضبا، فيما أرسل الجيش 300 جندي إلى البلدة.", [("troops", 300, None, None, "exact")]),
])
def test_soldiers_after_a_killing_noun_with_a_pronoun(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # the reserve (الاحتياط) is a military word: a count of فرد beside it is a force's strength
    ("ويضم الجيش كذلك نحو 20 ألف فرد في الاحتياط.", [("troops", 20000, None, None, "approx")]),
    ("ويبلغ عدد قوات الاحتياط 12 ألف فرد.", [("troops", 12000, None, None, "exact")]),
    # a reserve fund (الاحتياطي) is not the word, and persons with no military word stay uncounted
    ("وسجل الصندوق 40 ألف فرد في الاحتياطي الاجتماعي.", []),
    ("وقال المدير إن 40 ألف فرد من المواطنين سجلوا في الصندوق.", []),
])
def test_members_beside_the_reserve(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # N من + mercenaries with a possessive (مرتزقتها), bare or in quotes, like N من جنودها: a strength
    ("أعادت الشركة نحو 700 من \"مرتزقتها\" إلى بلادهم.", [("troops", 700, None, None, "approx")]),
    ("وسحبت المجموعة 250 من مرتزقتها من المدينة.", [("troops", 250, None, None, "exact")]),
    ("وسحبت الشركة 400 من \"جنودها\" من القاعدة.", [("troops", 400, None, None, "exact")]),
    # a possessed noun in quotes that is no troop noun: no count
    ("وسرحت الشركة نحو 300 من \"عمالها\" في المصنع.", []),
    # the mercenaries killed: a toll, not a strength
    ("وقتل الطيران 20 من \"مرتزقتها\" في الغارة.", [("killed", 20, None, None, "exact")]),
])
def test_possessed_mercenaries_and_quoted_possessed_troops(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a two-word teen with the article on its unit, before a thousand: the whole number, not the ten thousand of
    # its second word (a wrong number before: 10,000)
    ("وقال مسؤولون إن من بين السبعة عشر ألف جندي لواء مدرعا.", [("troops", 17000, None, None, "exact")]),
    ("وتحدث الوزير عن الخمسة عشر ألف جندي المنتشرين في الجنوب.", [("troops", 15000, None, None, "exact")]),
    # the same number without the article, and a plain ten thousand, as before
    ("وأرسلت الحكومة سبعة عشر ألف جندي إلى الحدود.", [("troops", 17000, None, None, "exact")]),
    ("وأرسلت الحكومة عشرة آلاف جندي إلى الحدود.", [("troops", 10000, None, None, "exact")]),
    # the article on a single unit word (the weekday الأحد, the three of الثلاثة) starts no number
    ("ووصل يوم الأحد عشرة آلاف جندي إلى الحدود.", [("troops", 10000, None, None, "exact")]),
])
def test_a_definite_teen_before_a_thousand(sentence, expected):
    check(sentence, expected)
