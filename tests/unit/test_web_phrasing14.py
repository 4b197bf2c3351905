"""Figure phrasings of scraped web news, round 14 (issue 12, batches 18-31): the count of a force named
before it by a pronoun, with the number right after its head (وعددهم 1500، تعدادهم الكلي 25 ألفا); the
number of a force with an adjective of the whole after its head (ليصل العدد الإجمالي إلى 6 آلاف، إجمالي
القوات إلى 1500). Each class has positives and negatives of the same shape.

The phrases are written for these tests, not copied from any page."""

import pytest

from tests.conftest import check_phrase as check, phrase_figures

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases


@pytest.mark.parametrize("sentence, expected", [
    # a pronoun's count with its number right after the head (a nominal clause), after the troops it counts
    ("وقال الوزير إن الجنود البريطانيين في القاعدة، وعددهم 900، سيعودون قبل الصيف.", [("troops", 900, None, None, "exact")]),
    ("وأرسلت الحكومة قوات خاصة إلى الحدود ويبلغ تعدادهم الكلي نحو 4 آلاف.", [("troops", 4000, None, None, "approx")]),
    ("ونشرت الوزارة قوات الأمن في الريف، وعددهم الحالي نحو 2500.", [("troops", 2500, None, None, "approx")]),
    # the same shape counting pupils, members of a club or a family: no troop noun before it
    ("وقال مدير المدرسة إن الطلاب المتفوقين، وعددهم 900، سيكرمون قبل الصيف.", []),
    ("وزار الوفد النادي وأعضاءه وعددهم 300 في مقره.", []),
    # a noun after the number that is no troop noun: the count is of that (funds, detainees, colleges)
    ("وقال قائد القوات المسلحة إن صناديق الدعم للجنود بلغ عددها نحو 40 صندوقا.", []),
    ("وقال الجيش إن عناصر الخلية وعددهم 52 موقوفا أحيلوا إلى القضاء.", []),
    # a time word after the number keeps it
    ("وقال إن الجنود الألمان في المنطقة وعددهم 700 خلال الصيف سيغادرون.", [("troops", 700, None, None, "exact")]),
    # the troops named before it were killed: a toll's victims, not a strength
    ("وودعت القرية الجنود القتلى وعددهم 11 في جنازة عسكرية.", []),
    # a year after the head is no count
    ("وكان الجنود الفرنسيون قد وصلوا وعددهم 2014 في تلك الفترة.", []),
    # a noun after the number: the noun's rule reads it, once
    ("وانتشرت القوات الأمريكية في المنطقة وعددهم 3000 جندي.", [("troops", 3000, None, None, "exact")]),
    # another count between the troop noun and the pronoun's count: the pronoun may be that count's
    ("وقالت الشرطة إن الجنود أوقفوا 40 مهربا وعددهم 12 في السجن.", []),
])
def test_a_pronoun_count_with_the_number_after_its_head(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # the number (العدد) with an adjective of the whole, a few words after a troop figure in the same sentence
    ("نشر الجيش 1200 جندي إضافي على طول الحدود مع الجارة، ليصل العدد الإجمالي إلى 5 آلاف في الجنوب.",
     [("troops", 1200, None, None, "exact"), ("troops", 5000, None, None, "exact")]),
    # the total of a force (إجمالي القوات) up to a number
    ("ومن المنتظر أن يصل إجمالي القوات الكينية إلى ألفين وخمسمائة.", [("troops", 2500, None, None, "exact")]),
    # the total of something else
    ("نشر الجيش 1200 جندي على الحدود، ليصل العدد الإجمالي للاجئين إلى 5 آلاف في المخيم.", [("troops", 1200, None, None, "exact")]),
    ("وقال الوزير إن إجمالي الصادرات وصل إلى 4000 طن هذا العام.", []),
    # the total number after a count of the killed is a toll, not a strength
    ("قتل 12 جنديا في الهجوم، ليصل العدد الإجمالي إلى 40 منذ بداية الشهر.", [("killed", 12, None, None, "exact")]),
])
def test_the_whole_number_of_a_force(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a verb of a bound before the count head of a force, its number after a few words (negated: at most)
    ("وقال المصدر إن النقاط عسكرية صغيرة ولا يتجاوز عدد الجنود في كل منها الـ40 جنديا.", [("troops", 40, None, None, "up_to")]),
    ("ويرجح خبراء أن يتخطى عدد عناصر اللواء الجديد الثلاثمائة.", [("troops", 300, None, None, "at_least")]),
    ("وأفاد المصدر بأن المواقع عسكرية ولا يتجاوز عدد الضباط والعناصر في كل واحد منها 60 عنصرا.", [("troops", 60, None, None, "up_to")]),
    ("وتقول مصادر عسكرية إن القاعدة يقل عدد جنودها حاليا عن 900.", [("troops", 900, None, None, "up_to")]),
    # a pronoun for the force named before it
    ("وستغادر القوات الفرنسية التي يقل عددها الآن عن 3 آلاف البلاد قبل الصيف.", [("troops", 3000, None, None, "up_to")]),
    ("وقال إن الجنود الأتراك في القاعدة لا يتجاوز عددهم 200.", [("troops", 200, None, None, "up_to")]),
    # a pronoun whose number names its troop noun: the noun says what is counted
    ("وأوضح أن القوة العسكرية التي ستنفذ العملية يفوق عددها ألفي جندي.", [("troops", 2000, None, None, "at_least")]),
    # a pronoun whose number names members (elements of a cell): no force's strength
    ("وقال إن للخلية الإرهابية شركاء قد لا يتجاوز عددهم الخمسة من عناصر الرصد.", []),
    # a pronoun for a group of no force, or with another count between
    ("وقال إن الطلاب في المدرسة لا يتجاوز عددهم 200.", []),
    ("وقال إن الجنود صادروا 40 سيارة لا يتجاوز عددها 200 في المنطقة.", []),
    # the same verb before the count of something else, or a share after the number
    ("ولا يتجاوز عدد الطلاب في كل فصل الـ40 طالبا.", []),
    ("ولا يتجاوز عدد الجنود في الوحدة 30 بالمئة من قوامها الأصلي.", []),
    # the count of soldiers killed is a toll, not a strength
    ("ولا يتجاوز عدد الجنود القتلى في المعركة الـ20.", []),
    # a year after the head is no count
    ("ولم يتجاوز عدد الجنود هناك منذ 2015 أي زيادة.", []),
])
def test_a_bound_verb_before_the_count_of_a_force(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # two counts joined by و before one casualty verb, the first with words of its own: each is read (the far count's
    # span no longer hides the near one)
    ("وقال الجيش إن أكثر من 60 مسلحا و9 من رجال الشرطة قتلوا خلال المواجهات.",
     [("killed", 60, None, None, "at_least"), ("killed", 9, None, None, "exact")]),
    ("وذكرت المصادر أن ثلاثة من قادة الفصيل ونحو 20 متمردا قتلوا في القصف.",
     [("killed", 3, None, None, "exact"), ("killed", 20, None, None, "approx")]),
    ("وأفاد الشهود أن 14 مهاجما وستة من حراس السجن قتلوا.",
     [("killed", 14, None, None, "exact"), ("killed", 6, None, None, "exact")]),
    # the conjunct after a subset is part of the subset: the whole is read, not its parts
    ("وقال إن 57 مدنيا بينهم 12 طفلا وست نساء قتلوا في القصف.", [("killed", 57, None, None, "exact")]),
])
def test_a_far_count_no_longer_hides_a_near_one(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence", ["وقال مسؤول إن ما بين 20 و25 شخصا أصيبوا في الانفجار.", "وأصيب ما بين 8 و12 جنديا في الهجوم."])
def test_a_ranges_end_is_no_conjunct_count(sentence):
    # the conjunct right after the number is a range's end, not a count of its own (how the range itself is read is
    # another rule's matter)
    assert not [f for f in phrase_figures(sentence) if f[1] in (25, 12)]
