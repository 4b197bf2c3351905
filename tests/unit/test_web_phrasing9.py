"""Figure phrasings of scraped web news, round 9 (batches 22 and 23): a number written in quotes
before its scale word ("144" ألف جندي), the Marines counted as مشاة البحرية, the defence ministry
and the Pentagon as the military word a member noun needs, and the killing verb written without
its final alif (قتلو). Each class has positives and negatives of the same shape.

The phrases are written for these tests, not copied from any page."""

import pytest

from tests.conftest import check_phrase as check

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases


@pytest.mark.parametrize("sentence, expected", [
    # a quoted number before its scale word is read with the scale, not as a bare thousand
    ('وذكر التقرير أن عدد الجنود في البلاد بلغ "130" ألف جندي قبل الانسحاب.', [("troops", 130000, None, None, "exact")]),
    ('وقالت الحكومة إن القوات ستنخفض إلى "40" ألف جندي مع نهاية العام.', [("troops", 40000, None, None, "exact")]),
    ('وأفادت الأنباء بمقتل "12" ألف شخص في الحرب.', [("killed", 12000, None, None, "exact")]),
    # the unquoted form is unchanged
    ("وذكر التقرير أن عدد الجنود في البلاد بلغ 130 ألف جندي قبل الانسحاب.", [("troops", 130000, None, None, "exact")]),
    # a quoted number before a scale that counts no trigger noun is no figure
    ('وحصد المقطع "300" ألف مشاهدة خلال يومين.', []),
    ('وبلغت قيمة الصفقة "70" ألف دولار بحسب العقد.', []),
])
def test_a_quoted_number_before_its_scale(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # the Marines, with من before them, and in a range
    ("وأرسلت الإدارة 150 من مشاة البحرية لحماية السفارة.", [("troops", 150, None, None, "exact")]),
    ("وتتولى الحراسة وحدة من 30 الي 35 من مشاة البحرية في المطار.", [("troops", None, 30, 35, "exact")]),
    # infantry alone, and the sea with no number, are no count
    ("وقال إن المشاة تقدموا 5 كيلومترات نحو البلدة.", []),
    ("وأبحرت السفينة مسافة 40 ميلا في البحرية التجارية.", []),
])
def test_marines_as_a_troop_noun(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # the defence ministry or the Pentagon is the military word a member noun needs
    ("وقالت وزارة الدفاع إنها سترسل معدات ونحو 300 من الأفراد إلى المنطقة.", [("troops", 300, None, None, "approx")]),
    ("وأعلن البنتاغون أن 500 فرد سيصلون إلى القاعدة الشهر المقبل.", [("troops", 500, None, None, "exact")]),
    ("وأعلن البنتاجون أن 500 فرد سيصلون الشهر المقبل.", [("troops", 500, None, None, "exact")]),
    # with no military word a member noun is no troop count
    ("وقالت وزارة الصحة إنها سترسل معدات ونحو 300 من الأفراد إلى المنطقة.", []),
    ("وأعلنت الشركة أن 500 فرد سيصلون الشهر المقبل.", []),
])
def test_the_defence_ministry_is_a_military_word(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # the killing verb without its final alif: the soldiers are the killed, not a strength
    ("وهاجم مسلحون نقطة تفتيش وقتلو 4 جنود قبل أن يفروا.", [("killed", 4, None, None, "exact")]),
    ("وقال شهود إن المهاجمين قتلو خمسة من الحراس.", [("killed", 5, None, None, "exact")]),
    # the standard spelling is unchanged, and a deployment with no killing verb stays a troop figure
    ("وهاجم مسلحون نقطة تفتيش وقتلوا 4 جنود قبل أن يفروا.", [("killed", 4, None, None, "exact")]),
    ("ونشر الجيش 4 جنود عند نقطة التفتيش.", [("troops", 4, None, None, "exact")]),
])
def test_a_killing_verb_without_its_final_alif(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # panic or fright after the count is no wound
    ("وأصيب طفل وامرأة بنوبات هلع بعد سقوط القذيفة.", []),
    ("وأصيب 15 شخصا بحالات فزع خلال الغارة.", []),
    ("وقال المسعفون إن 9 أشخاص أصيبوا بالهلع.", []),
    # a wound named before the panic: the wounded count stands
    ("وأصيب 6 أشخاص بجروح و20 بحالات هلع جراء القصف.", [("injured", 6, None, None, "exact")]),
    ("وأصيب طفل وامرأة بشظايا بعد سقوط القذيفة.", [("injured", 1, None, None, "exact"), ("injured", 1, None, None, "exact")]),
    # panic named only as the mood of the scene is no disease of the wounded
    ("وأصيب 8 أشخاص بجروح وسط حالة من الهلع في السوق.", [("injured", 8, None, None, "exact")]),
])
def test_panic_is_no_wound(sentence, expected):
    check(sentence, expected)
