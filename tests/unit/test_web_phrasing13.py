"""Figure phrasings of scraped web news, round 13 (batches 26-29): a count of men a force holds (لدينا … رجل);
an estimate of a range with no بين whose magnitude is named once (نحو 30 و35 ألف); recruits counted by
أعداد; a state's advisers named by their nationality; a dual in construct before a kind of rocket
(صاروخي كاتيوشا); "that N were killed" followed by a second casualty verb (a far clock time
no longer hides the count); cases of injury (حالة إصابة) beside a toll of the killed; a count glued to its verb
(بمقتل10 جنود); persons exposed to an injury (تعرض N لإصابة). Each
class has positives and negatives of the same shape.

The phrases are written for these tests, not copied from any page."""

import pytest

from tests.conftest import check_phrase as check

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases


@pytest.mark.parametrize("sentence, expected", [
    # a holder of the men (we have, the army has) a few words before the count: a force's strength, and its part after it
    ("وقال الوزير: لدينا أكثر من 30 ألف رجل في الخليج، بينهم 12 ألفا في قطر.",
     [("troops", 30000, None, None, "at_least"), ("troops", 12000, None, None, "exact")]),
    ("وأوضح المتحدث أن لدى الجيش نحو 5000 رجل على الحدود.", [("troops", 5000, None, None, "approx")]),
    # men of a trade after a holder stay out
    ("وقال مدير الدفاع المدني: لدينا 300 رجل إطفاء في المدينة.", []),
    # men with no holder and no deployment verb are any men
    ("وحضر الحفل أكثر من 300 رجل من أهالي القرية.", []),
])
def test_men_a_force_holds(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # an estimate of a range with no بين: the low end takes the magnitude the high end names
    ("ويقاتل في صفوف التنظيم نحو 30 و35 ألف مسلح من بلدان مختلفة في الحرب.", [("troops", None, 30000, 35000, "exact")]),
    ("وينتشر في المنطقة حوالي 4 و6 آلاف جندي.", [("troops", None, 4000, 6000, "exact")]),
    # two counts joined by و with no estimate before them and no magnitude after the second are no range
    ("وقتل في الحرب نحو 3 و15 جنديا.", [("killed", 15, None, None, "exact")]),
])
def test_a_range_without_between(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # the number of recruits counted by أعداد: a strength
    ("وأكد المرصد ارتفاع أعداد المجندين في صفوف الفصائل إلى أكثر من 5000.", [("troops", 5000, None, None, "at_least")]),
    # a year after the count head is no count of them
    ("وتراجعت أعداد المجندين في صفوف الفصائل منذ عام 2019.", []),
])
def test_recruits_counted_by_their_number(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a state's advisers, named by their nationality right after the count, need no other military word
    ("وأفادت الصحيفة بأن 400 مستشار روسي وصلوا إلى المدينة.", [("troops", 400, None, None, "exact")]),
    # advisers with no nationality, or foreign consultants, with no military word, are a ministry's
    ("وعين الوزير 20 مستشارا في الوزارة.", []),
    ("واستعانت الوزارة بنحو 20 مستشارا أجنبيا لتطوير أنظمتها.", []),
])
def test_a_states_advisers(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a dual in construct before the name of a kind of rocket or shell: two projectiles
    ('وأكدت القيادة العسكرية سقوط صاروخي "كاتيوشا" في ساحة القاعدة.', [("projectiles", 2, None, None, "exact")]),
    ("وقصف المسلحون الحاجز بقذيفتي هاون.", [("projectiles", 2, None, None, "exact")]),
    # the same letters as the adjective of an attack, with no kind's name after, count nothing
    ("واستهدف هجوم صاروخي القاعدة العسكرية مساء أمس.", []),
    ("وأعلن الجيش عن قصف صاروخي على مواقع المسلحين.", []),
])
def test_a_dual_in_construct_before_a_rocket_kind(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # "that N persons were killed" goes on with a second casualty verb: the count is read though a clock time far before it
    # opened rule pk's longer match (dropped as too far from its verb)
    ("وقال البيان إن المسلحين هاجموا نحو الساعة 14,00 (الساعة 11,00 بتوقيت غرينتش) مبنى في وسط المدينة الواقعة في شمال البلاد، "
     "مشيرا إلى أن ثمانية مدنيين قتلوا وأصيب خمسة آخرون.", [("killed", 8, None, None, "exact"), ("injured", 5, None, None, "exact")]),
    ("وأكدت الشرطة أن ثلاثة جنود قتلوا وجرح اثنان في الانفجار.", [("killed", 3, None, None, "exact"), ("injured", 2, None, None, "exact")]),
    # killed and wounded said of one count (no count after the second verb) is neither alone
    ("وقالت الأمم المتحدة إن ما يقرب من 500 مدني قتل وأصيب خلال المعارك في البلاد.", []),
    # a count more than twelve words before the verb is still not its count
    ("وكان 30 مسلحا قد وصلوا إلى المدينة قبل أسبوع من اندلاع المواجهات العنيفة مع القوات الحكومية التي انتشرت في الأحياء "
     "الشرقية ثم قتلوا وجرح آخرون.", []),
])
def test_that_n_were_killed_and_a_second_verb(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # cases of injury (حالة إصابة) in a sentence that gives a toll of the killed and names the army: a war's wounded
    ('وقالت اللجنة: "بلغ إجمالي القتلى 40 بين المدنيين وجنود الجيش"، وأضافت أن "الجرحى بلغوا 420 حالة إصابة".',
     [("killed", 40, None, None, "exact"), ("injured", 420, None, None, "exact")]),
    ("وأسفر القصف على مواقع الجيش عن 35 حالة إصابة.", [("injured", 35, None, None, "exact")]),
    # cases of injury of a disease, and injuries of a road accident (no killed, no fire), are no war's wounded
    ("وقالت الوزارة إن فيروس كورونا سجل 420 حالة إصابة جديدة.", []),
    ("ونتج عن الحادث على الطريق 9 إصابات، بينها واحدة خطيرة.", []),
])
def test_cases_of_injury_in_war(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # digits glued to the casualty verb by scraping
    ("وأفاد مصدر أمني بمقتل12 جنديا في الهجوم على الكمين.", [("killed", 12, None, None, "exact")]),
    # digits glued to a verb before a noun that counts no person are no count
    ("وجاء ذلك بعد استهداف12 موقعا للمسلحين.", []),
])
def test_a_count_glued_to_its_verb(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # persons exposed to an injury, in a sentence of fire or fighting, are the injured
    ("وقال مسؤول إن الإصابات في الهجوم ارتفعت، إذ تعرض 25 فردا أمريكيا لإصابات في الرأس.", [("injured", 25, None, None, "exact")]),
    ("وتعرض 7 أشخاص لإصابات جراء القصف على الحي.", [("injured", 7, None, None, "exact")]),
    # the same shape in a road accident (no word of fire) is left out, and exposure to anything else counts nothing
    ("وتعرض 20 شخصا لإصابات في حادث سير على الطريق.", []),
    ("وتعرض 30 موظفا للفصل بعد الهجوم الإلكتروني على الشركة.", []),
])
def test_persons_exposed_to_an_injury(sentence, expected):
    check(sentence, expected)
