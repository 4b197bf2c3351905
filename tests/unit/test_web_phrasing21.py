"""Figure phrasings of scraped web news, round 21 (issue 12, web development pool 34-47, fourteenth session).

Each class has positives and negatives of the same shape. The phrases are written for these tests, not copied from
any page."""

import pytest

from tests.conftest import check_phrase as check

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases


@pytest.mark.parametrize("sentence, expected", [
    # a hard-wrapped page: the number ends one line, its scale word opens the next (with or without a blank line)
    ("وقال المسؤول إن البلاد أرسلت أكثر من أربعة\n\nآلاف جندي إلى الجبهة.", [("troops", 4000, None, None, "at_least")]),
    ("وخدم في البعثة ما مجموعه 31\nألف جندي منذ إنشائها.", [("troops", 31000, None, None, "exact")]),
    # a line that ends with a number and a next line that opens with no scale word: two sentences
    ("وعدد الكتائب في الشمال أربعة\nجنود الاحتياط ينتظرون الأوامر.", []),
    # a scale word that opens a line after a line ending in a word that is no number
    ("ونشرت الحكومة قواتها على الحدود\nآلاف جندي من الاحتياط.", [("troops", None, 1000, None, "vague")]),
])
def test_a_number_wrapped_before_its_scale_word(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a sentence that opens with a killing verb, its subject's phrase closed by a comma right before the count
    ("قتلت جماعة مسلحة في شمال البلاد، 7 جنود خلال كمين على الطريق.", [("killed", 7, None, None, "exact")]),
    ("قتل المسلحون في الهجوم على القاعدة، أربعة جنود وأصابوا آخرين.", [("killed", 4, None, None, "exact")]),
    # the comma closes a clause of its own before the troops: a deployment verb follows it, a strength
    ("قتل مسلح في الشمال، وأرسل الجيش 300 جندي إلى المنطقة.",
     [("killed", 1, None, None, "exact"), ("troops", 300, None, None, "exact")]),
    # no killing verb opens the sentence: the soldiers after the comma are a strength
    ("وصلت القوات الجديدة إلى القاعدة، 600 جندي من المشاة.", [("troops", 600, None, None, "exact")]),
])
def test_soldiers_after_a_killing_verb_and_its_subject_closed_by_a_comma(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # the capture word's own count and a clause break before the soldiers: it seized those things, the soldiers are a strength
    ("وقال القائد إن الجيش صادر 250 قطعة سلاح، مشيرا إلى وجود 8 آلاف جندي في المنطقة.", [("troops", 8000, None, None, "exact")]),
    # the soldiers are the capture's object: no strength
    ("وأعلن الجيش أنه اعتقل 14 جنديا من الحرس السابق.", []),
    # a conjunct count after the capture's own count, no clause break between: captured too
    ("وقالت الشرطة إنها اعتقلت 12 مسلحا و9 جنود فارين.", []),
])
def test_a_capture_word_with_its_own_count_before_the_soldiers(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # one person, the word one, then a passive killing verb: one killed, no strength of one soldier
    ("وذكرت الشرطة أن جنديا واحدا قتل في الهجوم على الحاجز.", [("killed", 1, None, None, "exact")]),
    ("وقال المتحدث إن شرطيا واحدا أصيب بجروح طفيفة في الاشتباك.", [("injured", 1, None, None, "exact")]),
    # the word one with no casualty verb after it: no one killed (the soldier is read as before, rule nw)
    ("وقال الضابط إن جنديا واحدا يكفي لحراسة البوابة.", [("troops", 1, None, None, "exact")]),
])
def test_one_person_and_the_word_one_before_a_passive_verb(sentence, expected):
    check(sentence, expected)
