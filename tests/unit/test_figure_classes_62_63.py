"""Figure classes from web batches 62 and 63 (issue 12, nineteenth session, branch h-fig24): one person before a
passive casualty verb (rule pv) after a quote, after فإن, and before a time of day and its day; text written in
Arabic presentation forms (PDF-copied pages: each letter's positional shape, and lam-alef ligatures in otherwise
plain text). Each class has positives and negatives of the same shape.

The phrases are written for these tests, not copied from any page."""

import pytest

from tests.conftest import check_phrase as check, extract_one

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases


@pytest.mark.parametrize("sentence, expected", [
    ('وقال الضابط إن "شرطيا قتل في الهجوم على الحاجز".', [("killed", 1, None, None, "exact")]),
    ("وبحسب شهود، فإن طفلا استشهد وأصيب أربعة آخرون في القصف.", [("killed", 1, None, None, "exact"), ("injured", 4, None, None, "exact")]),
    ("وكان المتحدث أعلن أن جنديا بريطانيا قتل صباح الاثنين بنيران قناص في البصرة.", [("killed", 1, None, None, "exact")]),
    ("وذكر البيان أن حارسا قتل ليلة الأحد في المعسكر.", [("killed", 1, None, None, "exact")]),
    ('وقال المتحدث إن "رجلا قتل مساء الجمعة".', [("killed", 1, None, None, "exact")]),
    # a count after the time and its day: the verb is active, the count is the killed
    ("وقال إن مسلحا قتل صباح اليوم خمسة أشخاص في السوق.", [("killed", 5, None, None, "exact")]),
    # a time of day with no casualty verb: nothing
    ("وقال إن جنديا وصل صباح الاثنين إلى القاعدة.", []),
])
def test_one_person_before_a_passive_verb(sentence, expected):
    check(sentence, expected)


# (the phrases' letters in their positional presentation forms, U+FE70-FEFC, as a PDF copy writes them)
@pytest.mark.parametrize("sentence, expected", [
    ("ﻭﻗﺎﻟﺖ ﺍﻟﺒﻌﺜﺔ ﺇﻥ ﻛﺘﻴﺒﺔ ﻣﻦ 800 ﻋﻨﺼﺮﺍ ﺳﺘﻨﺘﻘﻞ ﺇﻟﻰ ﺍﻟﺸﻤﺎﻝ.", [("troops", 800, None, None, "exact")]),
    ("ﻭﺃﻋﻠﻦ ﺍﻟﺠﻴﺶ ﻣﻘﺘﻞ ﺛﻼﺛﺔ ﺟﻨﻮﺩ ﻓﻲ ﺍﻟﻬﺠﻮﻡ.", [("killed", 3, None, None, "exact")]),
    # lam-alef ligatures inside plain text
    ("وقال المسعفون إن القصف أدى إلى مقتل ثﻼثة أطفال وإصابة خمسة آخرين في اﻷحياء.",
     [("killed", 3, None, None, "exact"), ("injured", 5, None, None, "exact")]),
    # aircraft in presentation forms: no troops
    ("ﻭﺗﻀﻢ ﺍﻟﻘﺎﻋﺪﺓ 700 ﻃﺎﺋﺮﺓ.", []),
])
def test_presentation_forms(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, evidence", [
    ("ﻭﺃﻋﻠﻦ ﺍﻟﺠﻴﺶ ﻣﻘﺘﻞ ﺛﻼﺛﺔ ﺟﻨﻮﺩ ﻓﻲ ﺍﻟﻬﺠﻮﻡ.", "ﻣﻘﺘﻞ ﺛﻼﺛﺔ"),
    ("وقال المسعفون إن القصف أدى إلى مقتل ثﻼثة أطفال في اﻷحياء.", "مقتل ثﻼثة"),
])
def test_presentation_forms_offsets_point_into_the_text(sentence, evidence):
    """The offsets of a figure read through a ligature (two letters in the match text) still point at the
    stored text's own characters."""
    row = extract_one(sentence)["attack_counts"].row(0, named=True)
    assert sentence[row["char_start"]:row["char_end"]].startswith(evidence)


@pytest.mark.parametrize("sentence, expected", [
    ("وأعلن مسؤول أن 20 شخصا على الأقل، بينهم ستة من عناصر الشرطة المحلية وأربعة من المدنيين العاملين في السوق، قتلوا في التفجير.",
     [("killed", 20, None, None, "at_least")]),
    # as far with no aside that breaks the count down: the verb belongs to someone else
    ("وكان 30 مسلحا يتحصنون في المبنى الواقع عند مدخل البلدة الشمالي قرب مدرسة الحي القديمة التي هجرها سكانها منذ سنوات قتلوا.", []),
])
def test_count_a_breakdown_aside_and_its_verb(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("ويبلغ عدد القوات الفرنسية في البلاد نحو 3000 جندي، وتعتزم باريس إرسال نحو 500 إضافيين.",
     [("troops", 3000, None, None, "approx"), ("troops", 500, None, None, "approx")]),
    # no troop figure before it: not troops
    ("وتعتزم الوزارة إرسال 500 إضافيين إلى المدارس.", []),
    # a thing counted more: its noun is there, no troops
    ("ويبلغ عدد القوات الفرنسية في البلاد نحو 3000 جندي، وتعتزم باريس إرسال 20 طنا إضافيا.", [("troops", 3000, None, None, "approx")]),
])
def test_more_troops_with_the_noun_left_out(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وقال المتحدث إن الحصيلة هي 9 جنود عثر على جثثهم في الوادي.", [("killed", 9, None, None, "exact")]),
    # soldiers sent: troops
    ("وأرسل الجيش 300 جندي إلى المنطقة.", [("troops", 300, None, None, "exact")]),
])
def test_soldiers_whose_bodies_were_found(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وأجبر المهاجمون نحو 40 شخصا من عناصر الشرطة والجيش على مغادرة المركز.", [("troops", 40, None, None, "approx")]),
    # the casualty verb's count wins
    ("وأسفر الهجوم عن مقتل 12 شخصا من عناصر الأمن.", [("killed", 12, None, None, "exact")]),
    ("وقالت المصادر إن 15 شخصا من عناصر الجيش أصيبوا في الانفجار.", [("injured", 15, None, None, "exact")]),
    # members of no force
    ("واعتقلت الشرطة 30 شخصا من عناصر العصابة.", []),
    ("وحضر الحفل 200 شخص من أفراد العائلة.", []),
])
def test_persons_of_a_force(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # (seen on SaudiNewsNet text once its presentation forms were read)
    ("وأسفر القصف عن تدمير دبابة حيث أصيب أحد مولدات الكهرباء في المدينة.", []),
    ("وأعلن العشرات من الأفراد الموالين للجماعة استسلامهم للقوات.", []),
    # a person hit, members deployed: figures
    ("وأصيب أحد الجنود في القصف.", [("injured", 1, None, None, "exact")]),
    ("وانتشر العشرات من أفراد الشرطة في الساحة.", [("troops", None, 10, None, "vague")]),
])
def test_a_generator_hit_and_members_who_surrendered(sentence, expected):
    check(sentence, expected)
