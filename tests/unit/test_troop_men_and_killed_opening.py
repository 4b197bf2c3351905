"""Troop figures counted in men (issue 12, spec §3): a force's strength written as NUM رجل with a military word in its
sentence (rule mc); and soldiers counted after a killing verb that opens their sentence, its subject and a time between
(قتل مسلحون يوم الجمعة 10 جنود: killed, not a strength).

Precision first: each positive has negatives of the same shape that count something else (a crowd, villagers, men
killed or arrested, firemen, cleaners; a strength after another count or a clause break). The phrases are written for
these tests, not copied from any page."""

import pytest

from tests.conftest import check_phrase as check

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases


@pytest.mark.parametrize("sentence, expected", [
    # a force's strength in men, a military word in the sentence
    ("وقال المتحدث إن الجيش سيرفع قوام قواته في الإقليم إلى ثمانية آلاف رجل قبل الشتاء.", [("troops", 8000, None, None, "exact")]),
    ("ويمكن للقوة الأممية أن تعبئ في المجموع 7 آلاف رجل من الدول المشاركة.", [("troops", 7000, None, None, "exact")]),
    ("وصار عديد البعثة العسكرية بعد التعزيزات أكثر من أربعة آلاف رجل.", [("troops", 4000, None, None, "at_least")]),
    # no military word: any men
    ("واحتشد نحو ثلاثة آلاف رجل في الساحة الرئيسية للاحتفال بالعيد.", []),
    ("وشارك 500 رجل من أبناء القرية في حملة التشجير.", []),
    # men killed, arrested, or of a civil trade, beside a military word
    ("وقال الجيش إنه قتل 40 رجلا في المعارك قرب الحدود.", [("killed", 40, None, None, "exact")]),
    ("واعتقلت قوات الأمن 25 رجلا خلال مداهمة في المدينة.", []),
    ("وأرسلت وزارة الداخلية مع القوات 300 رجل إطفاء إلى موقع الحريق.", []),
    ("وكرمت البلدية بالتعاون مع قوات الدفاع المدني أكثر من 2000 رجل نظافة في الحملة.", []),
    ("وأعلنت قوات الأمن أن 60 رجلا لقوا حتفهم في الهجوم.", [("killed", 60, None, None, "exact")]),
])
def test_a_force_counted_in_men(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a sentence that opens with a killing verb, its subject and a time between the verb and the soldiers
    ("قتل مسلحون مجهولون فجر يوم الأحد 12 جنديا في كمين قرب الحدود.", [("killed", 12, None, None, "exact")]),
    ("قتل في وقت متأخر من مساء الخميس 3 مايو سبعة جنود بانفجار عبوة ناسفة.", [("killed", 7, None, None, "exact")]),
    # another count first: the soldiers after it are a strength
    ("قتل مدنيان في البلدة التي يتمركز فيها 200 جندي منذ العام الماضي.", [("killed", 2, None, None, "exact"), ("troops", 200, None, None, "exact")]),
    # a clause break, or a deployment verb, between the killing verb and the soldiers
    ("قتل مدني في القصف، فيما يتمركز 200 جندي في القاعدة القريبة.", [("killed", 1, None, None, "exact"), ("troops", 200, None, None, "exact")]),
    ("قتل رجل أعمال بعد أن أرسلت الحكومة 300 جندي إلى المنطقة.", [("killed", 1, None, None, "exact"), ("troops", 300, None, None, "exact")]),
    # no killing verb opens the sentence
    ("وصل مساء يوم الأحد 12 جنديا إلى القاعدة الجوية.", [("troops", 12, None, None, "exact")]),
])
def test_soldiers_after_a_killing_verb_that_opens_the_sentence(sentence, expected):
    check(sentence, expected)
