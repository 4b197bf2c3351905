"""The victims of a ضحية verb (راح ضحيتها، ذهب ضحيته) are counted as killed, but a fraud or a hack has victims
too: buyers, investors, depositors, accounts (non_victim_words.csv, kind nonviolent_victim). Those counts are
no toll. Negatives: persons after the same verbs, and the same nouns after a verb of killing.

The phrases are written for these tests, not copied from any page."""

import pytest

from tests.conftest import check_phrase as check

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases


@pytest.mark.parametrize("sentence", [
    "وكشفت الهيئة عن عملية احتيال عقاري راح ضحيتها قرابة 600 ألف مشترٍ في ثلاث مدن.",
    "وهي شركة وهمية ذهب ضحيتها أكثر من 4 آلاف مستثمر خلال عامين.",
    "وأدين المدير في قضية اختلاس ذهب ضحيتها 1300 من المودعين الصغار.",
    "وقالت الشرطة إن عملية القرصنة راح ضحيتها نحو 70 ألف حساب مصرفي.",
    "وأغلق المصرف بعد أزمة راح ضحيتها 2500 من عملائه.",
])
def test_victims_of_a_fraud_are_no_toll(sentence):
    check(sentence, [])


@pytest.mark.parametrize("sentence, expected", [
    # persons after the same verbs: killed
    ("ووقع تفجير في السوق راح ضحيته 17 شخصا أمس.", [("killed", 17, None, None, "exact")]),
    ("وهو هجوم ذهب ضحيته نحو 60 ألفا من السكان.", [("killed", 60000, None, None, "approx")]),
    ("وشهد الملعب أعمال شغب راح ضحيتها 14 مشجعا.", [("killed", 14, None, None, "exact")]),
    # the nouns of the list after a verb of killing: killed
    ("وقتل 3 مستثمرين في الهجوم على الفندق.", [("killed", 3, None, None, "exact")]),
])
def test_victims_of_violence_stay(sentence, expected):
    check(sentence, expected)
