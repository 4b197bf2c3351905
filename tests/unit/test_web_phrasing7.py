"""Figure phrasings of scraped web news, round 7 (issue 12): present-tense wounding verbs and dual
verbs of taking lives, soldiers gone missing, a quoted person noun before one or two, digits glued
to a person noun before a casualty verb, an indefinite singular toll noun as a count of one (spec
§4), a year right after a month name, and a vague word after a verb and its definite subject.
Each class has positives and negatives of the same shape.

The phrases are written for these tests, not copied from any page."""

import pytest

from tests.conftest import check_phrase as check

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases


@pytest.mark.parametrize("sentence, expected", [
    # a present-tense wounding verb before its count
    ("وقال المسؤول إن القصف يجرح خمسة مدنيين كل يوم في المدينة.", [("injured", 5, None, None, "exact")]),
    ("وكانت الغارة تجرح ثلاثة أطفال في الحي.", [("injured", 3, None, None, "exact")]),
    # a dual verb of taking lives (two bombs, two attacks took the lives of)
    ("وأسفر الانفجار عن سقوط عبوتين أوديا بحياة ثلاثة جنود.", [("killed", 3, None, None, "exact")]),
    ("وقال إن الحادثين أوديا بحياة خمسة أشخاص على الطريق.", [("killed", 5, None, None, "exact")]),
    ("وقال إن الهجومين يوديان بحياة عشرة أشخاص كل أسبوع.",
     [("attacks", 2, None, None, "exact"), ("killed", 10, None, None, "exact")]),
    # the same verbs with no count: feelings, oneself, a family
    ("وقال إن الحكومة تجرح مشاعر المواطنين بهذه القرارات.", []),
    ("وأكد الطبيب أن المريض يجرح نفسه كل يوم.", []),
    ("وقال إن الحادثين أوديا بحياة الأسرة.", []),
    ("وقال إن الانفجارين يوديان بحياة المدنيين كل يوم.", []),
])
def test_present_wounding_verbs_and_dual_verbs_of_taking_lives(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # soldiers gone missing are no troop figure, nor a casualty count
    ("وأعلن الجيش فقدان 3 جنود بعد الهجوم على القاعدة.", []),
    ("وأعلن الجيش فقدان ثلاثة جنود في العاصفة.", []),
    ("وأعلنت الوزارة فقدان أثر 12 عسكريا بعد العاصفة.", []),
    # the killed beside the missing still count
    ("وأعلن الجيش فقدان 3 جنود ومقتل خمسة آخرين في الهجوم.", [("killed", 5, None, None, "exact")]),
    # a deployment, and a loss of contact far before a deployment, are troop figures
    ("وأعلن الجيش نشر 3 جنود إضافيين في القاعدة.", [("troops", 3, None, None, "exact")]),
    ("وقال إن فقدان الاتصال بالطائرة جاء بعد نشر 500 جندي في المنطقة.", [("troops", 500, None, None, "exact")]),
])
def test_soldiers_gone_missing(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a quoted person noun before one or two, after a killing verb
    ("وقال الجيش إنه قتل \"ارهابيين\" اثنين في الاشتباك.", [("killed", 2, None, None, "exact")]),
    ("قتلت القوات \"مسلحين\" اثنين في المدينة.", [("killed", 2, None, None, "exact")]),
    ("وقتلت الشرطة \"مسلحا\" واحدا قرب الحدود.", [("killed", 1, None, None, "exact")]),
    ("وقتلت الشرطة مسلحين اثنين في المدينة.", [("killed", 2, None, None, "exact")]),
    # the same shape after an arrest or a meeting
    ("اعتقلت الشرطة \"مسلحين\" اثنين في المدينة.", []),
    ("وقال إنه قابل \"مسؤولين\" اثنين في المدينة.", []),
])
def test_a_quoted_person_noun_before_one_or_two(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # digits glued to a person noun before a casualty verb
    ("وقال المسؤول إن 57شخصا على الأقل قتلوا في الهجوم.", [("killed", 57, None, None, "at_least")]),
    ("وأكد أن 12مدنيا قتلوا في الغارة.", [("killed", 12, None, None, "exact")]),
    ("وقال إن 57شخصا على الأقل أصيبوا في الهجوم.", [("injured", 57, None, None, "at_least")]),
    ("وقال إن 15جنديا قتلوا في الكمين.", [("killed", 15, None, None, "exact")]),
    # the same glued count before another verb: a meeting, an arrest, a transfer
    ("وقال إن 57شخصا حضروا الاجتماع في المدينة.", []),
    ("وقال إن 40شخصا اعتقلوا بعد الهجوم.", []),
    ("وقال إن 57شخصا على الأقل نقلوا إلى المستشفى.", []),
])
def test_digits_glued_to_a_person_noun_before_a_casualty_verb(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # an indefinite singular toll noun after a word that brings a toll: a count of one
    ("وأسفر الهجوم عن سقوط قتيل وثلاثة جرحى.", [("killed", 1, None, None, "exact"), ("injured", 3, None, None, "exact")]),
    ("وأسفر الانفجار عن قتيل وجريحين في صفوف الشرطة.", [("killed", 1, None, None, "exact"), ("injured", 2, None, None, "exact")]),
    ("وقتل خمسة مسلحين إضافة إلى قتيل في صفوف المهاجمين.", [("killed", 5, None, None, "exact"), ("killed", 1, None, None, "exact")]),
    ("وأسفر القصف عن جريح في صفوف المدنيين.", [("injured", 1, None, None, "exact")]),
    ("وأسفر الهجوم عن سقوط قتيل وجريح في المدينة.", [("killed", 1, None, None, "exact"), ("injured", 1, None, None, "exact")]),
    ("وأرداه قتيلا عند الحاجز.", [("killed", 1, None, None, "exact")]),
    # a conjunct singular after another toll
    ("وسقط قتيلان من الجيش وقتيل في الجماعة المسلحة.", [("killed", 2, None, None, "exact"), ("killed", 1, None, None, "exact")]),
    ("وأسفر الهجوم عن سقوط ثلاثة قتلى وجريح.", [("killed", 3, None, None, "exact"), ("injured", 1, None, None, "exact")]),
    # more than one killed, at least one (spec §5: أكثر من, ما لا يقل عن are at_least, with the number stated)
    ("وأسفر الهجوم عن أكثر من قتيل في المدينة.", [("killed", 1, None, None, "at_least")]),
    ("وأسفر الهجوم عن سقوط ما لا يقل عن قتيل.", [("killed", 1, None, None, "at_least")]),
    # a number before the noun: the number is the count, once
    ("وأسفر الهجوم عن سقوط 20 قتيل في المدينة.", [("killed", 20, None, None, "exact")]),
    ("وسقط عشرون قتيلا في الهجوم.", [("killed", 20, None, None, "exact")]),
    ("وأسفر الهجوم عن سقوط 20 قتيل وجريح.", [("casualties", 20, None, None, "exact")]),
    ("وسقط 250 شخصا بين قتيل وجريح في المعارك.", [("casualties", 250, None, None, "exact")]),
    ("وسقط العشرات من المسلحين ما بين قتيل وجريح.", [("casualties", None, 10, None, "vague")]),
    # one, said after the noun: another rule's count, not a second figure
    ("وأسفر الهجوم عن قتيل واحد في المدينة.", [("killed", 1, None, None, "exact")]),
    ("وأسفر الهجوم عن قتيل واحد وجريحين.", [("killed", 1, None, None, "exact"), ("injured", 2, None, None, "exact")]),
    ("وقال إن قتيلا واحدا سقط في الهجوم.", [("killed", 1, None, None, "exact")]),
    # a negation
    ("ولم يسقط أي قتيل في الهجوم.", []),
    ("ولم يسقط قتيل في الهجوم.", []),
    ("وقال إنه لم يسفر الهجوم عن قتيل.", []),
    ("وانتهت المواجهات دون قتيل في صفوف الشرطة.", []),
    ("وانتهت المواجهات دون سقوط قتيل في صفوف الشرطة.", []),
    ("ولا قتيل في صفوف القوات.", []),
    ("وقال إن الحرب لم تترك قتيلا أو جريحا إلا وذكرته.", []),
    # a quantifier, also over a conjoined noun
    ("وقال إن كل قتيل في الحرب خسارة للبلاد.", []),
    ("ودفعت الحكومة تعويضا عن كل قتيل وجريح.", []),
    # the noun as an adjective or title, in a name, a predicate, a construct, the victim of a verb
    ("وقال المسؤول إن الجندي القتيل كان من الجنوب.", []),
    ("ونقل الجندي الجريح إلى المستشفى.", []),
    ("وشارك في الحفل الشاعر عمر قتيل والفنان خالد.", []),
    ("وصف المقال الرجل بأنه قتيل الحب.", []),
    ("وأسفر الانفجار عن قتيل الليلة في المدينة.", []),
    ("وعرض الفيلم قصة قتيل مجهول في الصحراء.", []),
    ("وقال هل السعودي قتيل والإماراتي شهيد.", []),
    ("وقتل جريح سوري في المستشفى.", []),
    # between killed and wounded written as one word
    ("واشاروا الى سقوط العشرات من المسلحين مابين قتيل وجريح.", []),
    # a question or a condition: the toll is asked or supposed, not stated
    ("وتساءل المحلل: هل سقط قتيلا في المعركة أم مات بالمرض؟", []),
    ("وقال إنه إذا دخل الجندي المنزل ووجد الرجل فأرداه قتيلا فسيحاكم.", []),
    ("وأطلق الجاني النار على الرجل فأرداه قتيلا.", [("killed", 1, None, None, "exact")]),
    ("وأسفر الهجوم عن سقوط قتيل، وقال المسؤول إن التحقيق مستمر.", [("killed", 1, None, None, "exact")]),
])
def test_an_indefinite_singular_toll_noun_is_a_count_of_one(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a year right after a month name (with its day, after a slash) is a date's
    ("ويشن التحالف منذ 26 آذار/مارس 2015، عمليات عسكرية ضد الحوثيين.", []),
    ("وبدأ التحالف في 26 مارس 2015 غارات جوية على المتمردين.", []),
    ("وشنت الطائرات في مايو 2015 غارة على المدينة.", []),
    # a count after the date, or a count after a bare month
    ("وشن التحالف منذ مارس 2015 ثلاث غارات على المدينة.", [("attacks", 3, None, None, "exact")]),
    ("وشنت الطائرات منذ أيار/مايو 2015، 300 غارة على المدينة.", [("attacks", 300, None, None, "exact")]),
    ("وشن التحالف في مارس 12 غارة على المدينة.", [("attacks", 12, None, None, "exact")]),
])
def test_a_year_after_a_month_name(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a vague word after a verb and its definite subject
    ("قتل المسلحون المئات من المدنيين في المدينة.", [("killed", None, 100, None, "vague")]),
    ("قتل الجيش العشرات من المسلحين في الاشتباكات.", [("killed", None, 10, None, "vague")]),
    ("قتل المسلحون المئات في المدينة.", [("killed", None, 100, None, "vague")]),
    ("وأصاب القصف المئات من المدنيين.", [("injured", None, 100, None, "vague")]),
    # the same shape after a visit, an arrest, an attack on houses; and a word with no magnitude
    ("زار المسؤولون المئات من المدنيين في المخيم.", []),
    ("وقال إن المسلحين اعتقلوا المئات من المدنيين.", []),
    ("هاجم المسلحون العشرات من المنازل في القرية.", []),
    ("وقتل المسلحون الكثير من المدنيين في المدينة.", []),
])
def test_a_vague_word_after_a_verb_and_its_definite_subject(sentence, expected):
    check(sentence, expected)
