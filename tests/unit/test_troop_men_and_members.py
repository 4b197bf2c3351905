"""Troop figures counted in men or in members (issue 12, spec §3): a force's strength written as NUM رجل with a
military word in its sentence (rule mc), and a member noun (عنصر، فرد) whose military word stands in the sentence
before (a force's strength, then its contingents).

Precision first: each positive has negatives of the same shape that count something else (a crowd, villagers, men
killed or arrested, firemen, a company's staff). The phrases are written for these tests, not copied from any page."""

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
    ("وأعلنت قوات الأمن أن 60 رجلا لقوا حتفهم في الهجوم.", [("killed", 60, None, None, "exact")]),
])
def test_a_force_counted_in_men(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # the force named in the sentence before, its members counted after
    ("وبلغ عدد الجنود الذين وصلوا إلى القاعدة ألفي جندي.\nويتمركز 800 عنصر منهم في الشمال.",
     [("troops", 2000, None, None, "exact"), ("troops", 800, None, None, "exact")]),
    ("تشارك في البعثة الدولية قوات من عشر دول.\nوما زال 3 آلاف و200 عنصر منتشرين في المنطقة العازلة.",
     [("troops", 3200, None, None, "exact")]),
    # no military word in either sentence: a company's staff, a family
    ("وقالت الشركة إن عدد موظفيها بلغ ألفي موظف.\nويعمل 800 عنصر منهم في المصنع الجديد.", []),
    ("وتضم الجمعية الخيرية فروعا في عشر مدن.\nوقال المدير إن 40 فردا من الأسر المستفيدة حضروا اللقاء.", []),
    # members arrested or killed after a military sentence are no strength
    ("ونفذت الطائرات الحربية غارات على مواقع المسلحين.\nوقالت الشرطة إنها اعتقلت 30 عنصرا من الخلية.", []),
    ("وشنت القوات غارات على مواقع التنظيم.\nوقتل في الغارات 30 عنصرا من التنظيم.", [("killed", 30, None, None, "exact")]),
    # a military word two sentences before is too far
    ("وانسحب الجيش من المدينة أمس.\nوعاد السكان إلى منازلهم في الصباح.\nوقال المسؤول إن 40 فردا من عائلة واحدة غادروا المنطقة.", []),
])
def test_members_after_a_military_sentence(sentence, expected):
    check(sentence, expected)
