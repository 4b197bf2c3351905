"""Figure phrasings of scraped web news (issue 12), each class with positives and negatives.

The phrases are written for these tests, not copied from any page."""

import pytest

from tests.conftest import check_phrase as check, extract_one, phrase_figures as figures

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases


@pytest.mark.parametrize("sentence, expected", [
    ("وأسفر القصف عن سقوط (15) قتيلا في السوق.", [("killed", 15, None, None, "exact")]),
    ("ونشرت الوزارة [500] جندي على الحدود الشمالية.", [("troops", 500, None, None, "exact")]),
    ("أصيب ( 8 ) جرحى في الانفجار.", [("injured", 8, None, None, "exact")]),
    # a bracketed code or a list number is not a count
    ("وينص البند (3) من عناصر الخطة العسكرية على الانسحاب.", []),
    ("1- جندي الاحتياط محمد علي.", []),
])
def test_numbers_in_brackets_before_a_noun(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وصل إلى القاعدة 300 من الضباط والجنود أمس.", [("troops", 300, None, None, "exact")]),
    ("شارك في المناورة 1200 ضابط وجندي.", [("troops", 1200, None, None, "exact")]),
    ("وتضم قوة حفظ السلام نحو 900 عنصر في الجنوب.", [("troops", 900, None, None, "approx")]),
    ("انتشر 800 فرد من الدرك في المدينة.", [("troops", 800, None, None, "exact")]),
    ("ويقدر عدد مقاتليه بنحو ثلاثة آلاف.", [("troops", 3000, None, None, "approx")]),
    ("وارتفع عدد جنودها في البلاد إلى 4500.", [("troops", 4500, None, None, "exact")]),
    ("يتراوح عدد مقاتلي الفصيل بين ألفين وثلاثة آلاف.", [("troops", None, 2000, 3000, "exact")]),
    ("أرسلت الحكومة آلافا من قواتها إلى الحدود.", [("troops", None, 1000, None, "vague")]),
    # a squad, a family, members of a parliament: no force
    ("يضم الفريق 25 عنصرا من اللاعبين الشباب.", []),
    ("ويبلغ عدد أفرادها 12 شخصا.", []),
    ("كرمت الوزارة 50 ضابطا وموظفا في الحفل.", []),
])
def test_compound_member_and_possessive_troop_nouns(sentence, expected):
    check(sentence, expected)


def test_a_count_of_soldiers_killed_is_not_a_strength():
    assert [f for f in figures("وقال إن عدد الجنود الذين قتلوا في المعارك بلغ 40.") if f[0] == "troops"] == []


@pytest.mark.parametrize("sentence, expected", [
    ("قررت الحكومة خفض عدد قواتها من 4800 إلى 2600 جندي بنهاية العام.",
     [("troops", 4800, None, None, "exact"), ("troops", 2600, None, None, "exact")]),
    ("وسحب الجيش من 900 جندي إلى 350 خلال الصيف.",
     [("troops", 900, None, None, "exact"), ("troops", 350, None, None, "exact")]),
    ("وقرر الجيش خفض العدد إلى نحو 1800 خلال الأشهر المقبلة.", [("troops", 1800, None, None, "approx")]),
    ("وأعلن التحالف رفع عدد قواته من 2000 إلى 3500 جندي.",
     [("troops", 2000, None, None, "exact"), ("troops", 3500, None, None, "exact")]),
    # without a change, from N to M is a range; no troop noun, no troop figure
    ("وينتشر في المنطقة من 200 إلى 400 جندي.", [("troops", None, 200, 400, "exact")]),
    ("ارتفع عدد الطلاب من 300 إلى 500 طالب.", []),
    ("وقررت الشركة خفض العدد إلى 200 موظف.", []),
])
def test_reductions_and_targets_that_name_the_noun_once(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("ويقدر عدد مقاتلي التنظيم بين 20 و40 ألف مقاتل.", [("troops", None, 20000, 40000, "exact")]),
    ("سقط في الحرب ما بين 3 و5 آلاف قتيل.", [("killed", None, 3000, 5000, "exact")]),
    ("وشارك في الهجوم ما بين 27 ألف إلى 37 ألف مقاتل.", [("troops", None, 27000, 37000, "exact")]),
    # each end names its own magnitude, or none does: read as written
    ("ينتشر ما بين 250 و350 جنديا في القاعدة.", [("troops", None, 250, 350, "exact")]),
    ("قتل بين خمسة آلاف وثمانية آلاف شخص.", [("killed", None, 5000, 8000, "exact")]),
    # the ends joined by لـ, or each end with its scale after "from"
    ("ويضم التنظيم ما بين 3000 لـ 5000 مقاتل.", [("troops", None, 3000, 5000, "exact")]),
    ("وتقدر قوته من 15 ألف إلى 25 ألف مقاتل.", [("troops", None, 15000, 25000, "exact")]),
    ("قتل بين 2000 لعام 2010 أكثر من 50 شخصا.", [("killed", 50, None, None, "at_least")]),  # a year, not a range
])
def test_ranges_that_share_one_magnitude(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("شنت الطائرات ثلاث غارات على البلدة.", [("attacks", 3, None, None, "exact")]),
    ("نفذ المسلحون خمس هجمات على الحواجز.", [("attacks", 5, None, None, "exact")]),
    ("ونفذت القوات سبع عمليات ضد مواقع داعش.", [("attacks", 7, None, None, "exact")]),
    ("ونفذ الجيش عمليتين في الريف الشرقي.", [("attacks", 2, None, None, "exact")]),
    # operations of a hospital, one single strike
    ("أجرى المستشفى سبع عمليات جراحية ناجحة.", []),
    ("ونفذ رجال الأمن خمس عمليات إغاثة للمهاجرين.", []),
    ("حقق الفريق الفوز بهجمة واحدة في الشوط الثاني.", []),
])
def test_number_words_before_feminine_plurals(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وارتفعت الحصيلة إلى 72 ألفا و70 شهيدا.", [("killed", 72070, None, None, "exact")]),
    ("قتل ألفين و300 شخص في المدينة.", [("killed", 2300, None, None, "exact")]),
    ("وأصيب ثلاثة آلاف و250 شخصا.", [("injured", 3250, None, None, "exact")]),
    # a number written with the article before its scale is not read: better none than a wrong one
    ("يشارك الجيش بفرقة يقارب عددها العشرة ألف جندي.", []),
    ("وتضم الفرقة العشرة آلاف جندي.", []),
    ("وشن الطيران الاثنين ثلاث غارات على البلدة.", [("attacks", 3, None, None, "exact")]),  # Monday, not a number
    # a small number and a conjoined count are two counts, not one
    ("خلف الحادث حالة وفاة واحدة و4 إصابات.", [("killed", 1, None, None, "exact"), ("injured", 4, None, None, "exact")]),
])
def test_tolls_written_as_thousands_plus_a_remainder(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("نشرت الدولة 5ر1 ألف جندي على الحدود.", [("troops", 1500, None, None, "exact")]),
    ("وتضم القوات 1,5 مليون جندي.", [("troops", 1500000, None, None, "exact")]),
    ("أطلق الجيش 2.5 ألف قذيفة على المواقع.", [("projectiles", 2500, None, None, "exact")]),
    ("وقتل في الحرب 25ر1 مليون شخص.", [("killed", 1250000, None, None, "exact")]),
    # a decimal with no magnitude is no count
    ("ارتفعت الأسعار 5ر2 بالمئة.", []),
    ("قتل 5ر1 شخص.", []),
])
def test_decimals_before_million_or_thousand(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وتفشت الكوليرا في المحافظة وأدت إلى إصابة نحو مليون شخص.", []),
    ("تستهدف حملة التطعيم 500 ألف طفل بعد تسجيل إصابة 3 آلاف.", []),
    ("ويصيب المرض نحو 40 ألف شخص سنويا.", []),
    # a disease named far back in a long sentence does not make a later toll an infection count
    ("وفي وقت يشهد فيه الإقليم انتشار مرض الحصبة بين الأهالي أعلنت الشبكة أنها رصدت أعداد الضحايا في الشهر الماضي "
     "وكانت الحصيلة 93 قتيلا بينهم أطفال ونساء من سكان القرى الجبلية والأحياء الشرقية، وأن عدد الجرحى وصل إلى 1027 جريحا.",
     [("killed", 93, None, None, "exact"), ("injured", 1027, None, None, "exact")]),
    ("أسفر الهجوم عن إصابة 20 شخصا بينهم حالات خطرة.", [("injured", 20, None, None, "exact")]),
    ("قتل 4 أشخاص وأصيب 7 آخرون، وأغلب الحالات لمصابين بشظايا.",
     [("killed", 4, None, None, "exact"), ("injured", 7, None, None, "exact")]),
])
def test_a_disease_or_a_vaccination_is_not_an_attack_count(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("قتل 40 مليون شخص في تلك الحرب.", []),                  # more than any war's toll
    ("ولدى البلاد 8 ملايين جندي.", []),                       # more than any army
    ("وتصدت الوزارة لـ3 ملايين هجوم إلكتروني.", []),           # cyber attacks by the million
    ("قتل 1.5 مليون شخص في الحرب الأهلية.", [("killed", 1500000, None, None, "exact")]),  # kept: the warehouse flags it
])
def test_a_figure_far_outside_its_measure_is_left_out(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # one of a group, a noun then one or two
    ("وأعلن الجيش مقتل أحد جنوده في الهجوم.", [("killed", 1, None, None, "exact")]),
    ("استقبل المستشفى شهيدا واحدا و10 إصابات.", [("killed", 1, None, None, "exact"), ("injured", 10, None, None, "exact")]),
    ("وقتلت الشرطة مسلحين اثنين في الاشتباك.", [("killed", 2, None, None, "exact")]),
    ("توفي أحد أقاربه الأسبوع الماضي.", []),              # a death of one, not a casualty
    # subsets and conjuncts after a toll, in a chain
    ("واستشهد 40 فلسطينيا بينهم 4 نساء و9 أطفال.",
     [("killed", 40, None, None, "exact"), ("killed", 4, None, None, "exact"), ("killed", 9, None, None, "exact")]),
    ("وأصيب 12 شخصا، ثلاثة منهم في حالة حرجة.", [("injured", 12, None, None, "exact"), ("injured", 3, None, None, "exact")]),
    ("ونزح أكثر من مليوني شخص بعد أن قتل العشرات، بينهم 300 ألف طفل.", [("killed", None, 10, None, "vague")]),
    # soldiers who were killed, bodies, or held
    ("وعثرت الشرطة على جثتي شرطيين اثنين.", [("killed", 2, None, None, "exact")]),
    ("وأن 5 جنود على الأقل من بين القتلى.", [("killed", 5, None, None, "at_least")]),
    ("وأعلن الجيش مقتل 6 مسلحين والقبض على 18 فردا من المشتبه بهم.", [("killed", 6, None, None, "exact")]),
    # a number that is a day, a year or a phone number
    ("شيعت البلدة في 08 تموز جثامين 12 جنديا قتلوا في الهجوم.", [("killed", 12, None, None, "exact")]),
    ("اتصلوا على رقم الطوارئ 997 من عمليات الأمن.", []),
    # intercepted missiles were fired; seized ones were not
    ("أعلن التحالف اعتراض 6 صواريخ باليستية.", [("projectiles", 6, None, None, "exact")]),
    ("ضبطت القوات 7 صواريخ و50 قذيفة في المخزن.", []),
])
def test_web_page_casualty_phrasings(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a half or a quarter of a scale, a scale and a half, a dual scale, digits glued to a scale
    ("وحشد الجيش نصف مليون جندي على الجبهة.", [("troops", 500000, None, None, "exact")]),
    ("والحرب أودت بحياة ربع مليون شخص.", [("killed", 250000, None, None, "exact")]),
    ("قتل في الحرب مليون ونصف المليون شخص.", [("killed", 1500000, None, None, "exact")]),
    ("ونشرت الحكومة ألف ونصف جندي في العاصمة.", [("troops", 1500, None, None, "exact")]),
    ("شارك في المهمات أكثر من مليوني جندي.", [("troops", 2000000, None, None, "at_least")]),
    ("وسيصل عدد القوة قريبا إلى 12ألف جندي.", [("troops", 12000, None, None, "exact")]),
    # a half of something else, or a half with no scale, is no count
    ("وقتل نصف الجنود في الكمين.", []),
    ("وانتظر الجنود خمسة ونصف ساعة على الحاجز.", []),
    ("قتل خمسة ونصف.", []),
])
def test_halves_dual_scales_and_glued_scales(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a member noun counts when a troop noun or "the organisation" says the sentence is military
    ("وتعد القوة 8000 عنصر بينهم 6000 عسكري.", [("troops", 8000, None, None, "exact"), ("troops", 6000, None, None, "exact")]),
    ("وقال المتحدث إن نحو 300 عنصر من التنظيم انسحبوا من البلدة.", [("troops", 300, None, None, "approx")]),
    ("ونفذ التنظيم عمليتين في المدينة.", [("attacks", 2, None, None, "exact")]),
    # a family, a team: no military word
    ("وتتكون الأسرة من 7 أفراد.", []),
    ("وتضم البعثة الرياضية 34 فردا.", []),
    ("وأجرى المستشفى عمليتين للمريض بعد تنظيم الزيارة.", []),
])
def test_member_nouns_in_a_military_sentence(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a plural count head (أعداد), a demonstrative before the noun, يصل without إلى
    ("وتقدر الحكومة أعداد هؤلاء المقاتلين بنحو 7 آلاف.", [("troops", 7000, None, None, "approx")]),
    ("وقال المرصد إنه رفع أعداد قتلى القصف إلى 31.", [("killed", 31, None, None, "exact")]),
    ("وأعلنت الوزارة أن عدد الشهداء يصل 1.250 منذ بدء الحرب.", [("killed", 1250, None, None, "exact")]),
    # أعداد of something else; injuries counted as cases (an infection) are not read
    ("وارتفعت أعداد الطلاب إلى 3000 هذا العام.", []),
    ("وبلغ عدد الإصابات 60 إصابة بحسب الهلال الأحمر.", []),
])
def test_plural_count_heads(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # armed men counted in hundreds or thousands (the singular after the number) in a military sentence
    ("وتحدث المصدر عن وجود أكثر من 3 آلاف مسلح من داعش في المدينة.", [("troops", 3000, None, None, "at_least")]),
    ("وتضاعف عدد عناصر التنظيم إلى ما بين 2000 و4000 مسلح.", [("troops", None, 2000, 4000, "exact")]),
    # armed men held by the army; an armed conflict; no military word
    ("وقال الحاكم إن هناك نحو 200 مسلح من الميليشيا في قبضة الجيش.", []),
    ("بعد سنوات الصراع المسلح الأربع.", []),
    ("وشارك في الاحتفال 500 مسلح من أبناء القبائل.", []),
])
def test_armed_men_counted_as_a_force(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("ونشرت المنظمة قوة من حوالي 12 ألف رجل في الإقليم.", [("troops", 12000, None, None, "approx")]),
    ("وتضم القوة المشتركة قوة مكونة من 900 رجل.", [("troops", 900, None, None, "exact")]),
    # a force of five countries; men who are not a force
    ("وتتألف قوة من خمس دول.", []),
    ("وشارك 300 رجل في حملة التنظيف.", []),
])
def test_a_force_counted_in_men(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # N others moved after a troop figure; and + a count of a nationality after one
    ("وسيتم سحب 1500 جندي هذا الشهر على أن يتم سحب ألفين آخرين في الربيع.",
     [("troops", 1500, None, None, "exact"), ("troops", 2000, None, None, "exact")]),
    ("ويوجد في البلاد 4 آلاف من المرتزقة الروس، و6 آلاف من السودانيين.",
     [("troops", 4000, None, None, "exact"), ("troops", 6000, None, None, "exact")]),
    # no troop figure before: N others are not read; a conjunct of civilians is not a force
    ("وتم نقل 30 آخرين إلى المستشفى.", []),
    ("وقالت الأمم المتحدة إن 7 آلاف من السوريين و3 آلاف من العراقيين عادوا.", []),
    ("ونشر الجيش 300 جندي وأجلى 200 من السكان و50 من الأجانب.", [("troops", 300, None, None, "exact")]),
])
def test_others_and_conjoined_nationalities_after_a_troop_figure(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # fighters counted through "they are" + a nationality, fighting in a militia's ranks
    ("وأكثر من 5 آلاف هم تشاديون وسودانيون يقاتلون في صفوف مليشيات محلية.", [("troops", 5000, None, None, "at_least")]),
    # they are students, not fighters; no nationality after the pronoun
    ("وأكثر من 5 آلاف هم طلاب يقاتلون من أجل منحة دراسية.", []),
    ("وأكثر من 500 هم من يقاتلون في صفوف مليشيات محلية.", []),
])
def test_fighters_they_are_a_nationality(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a military word after ل + the article (للتنظيم، للجيش)
    ("وتقدر الاستخبارات وجود نحو 4 آلاف عنصر ينتمون للتنظيم في المنطقة.", [("troops", 4000, None, None, "approx")]),
    ("وانضم 600 فرد للجيش هذا العام.", [("troops", 600, None, None, "exact")]),
    ("وانضم 600 فرد للنادي هذا العام.", []),
])
def test_military_word_after_li_and_the_article(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a subset of a toll noun takes its measure, even when the toll was in the sentence before
    ("ارتفع عدد القتلى إلى 30. وقال المرصد إن القتلى بينهم خمسة أفراد من قوات النظام.",
     [("killed", 30, None, None, "exact"), ("killed", 5, None, None, "exact")]),
    ("وأشار إلى أن الجرحى بينهم 4 أطفال.", [("injured", 4, None, None, "exact")]),
    # the wounded counted near a disease are wounded, not infected
    ("وتنتشر الكوليرا في المخيمات، فيما بلغ عدد القتلى 12 إلى جانب 30 جريحا.",
     [("killed", 12, None, None, "exact"), ("injured", 30, None, None, "exact")]),
    ("وتنتشر الكوليرا في المخيمات وسجلت إصابة 30 شخصا.", []),
])
def test_subsets_of_a_toll_noun_and_the_wounded_near_a_disease(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # the count of a force named before, through a pronoun (عددهم، أعدادها)
    ("وتنتشر القوات الأجنبية في القاعدة الجوية وتقدر أعدادهم ما بين 600 و900.", [("troops", None, 600, 900, "exact")]),
    ("وأرسلت الحكومة المقاتلين إلى الجبهة ويقدر عددهم بنحو 4 آلاف.", [("troops", 4000, None, None, "approx")]),
    # no troop noun before; another count between; the noun after belongs to its own rule; no military word
    ("ونشر التنظيم تغريدات من حسابات يتراوح عددها بين 40 و50 ألفا.", []),
    ("ودخلت القوات المدينة ونقلت 300 عائلة يقدر عددهم بنحو 1500.", []),
    ("وشنت الطائرات غارات جديدة ليرتفع عددها إلى 12 غارة.", [("attacks", 12, None, None, "exact")]),
    ("ووصل الحجاج من الخارج ويقدر عددهم بنحو 2 مليون.", []),
])
def test_a_force_counted_through_a_pronoun(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a range naming no noun, right after its verb, a few words after a troop figure
    ("ويضم الفصيل نحو 3 آلاف مقاتل بعد أن كانت التقديرات السابقة تتراوح بين ألف وألفين.",
     [("troops", 3000, None, None, "approx"), ("troops", None, 1000, 2000, "exact")]),
    # ages; no troop figure before; a number between
    ("وانضم 500 جندي جديد تتراوح بين 18 و25 عاما.", [("troops", 500, None, None, "exact")]),
    ("وكانت درجات الحرارة تتراوح بين 30 و40.", []),
    ("ونشر الجيش 400 جندي في 12 موقعا تتراوح بين 100 و200.", [("troops", 400, None, None, "exact")]),
])
def test_a_range_after_a_troop_figure_that_names_no_noun(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a count and what befell it: the count nearest the verb, not an earlier number
    ("وقال المصدر إن خمسة مدنيين كانوا بين 14 شخصا قتلوا في الغارة.", [("killed", 14, None, None, "exact")]),
    ("وذكر التقرير أنه منذ عام 2014 فإن ما لا يقل عن 900 شخص قتلوا في المدينة.", [("killed", 900, None, None, "at_least")]),
    ("إن 30 مسلحا، بينهم 5 قادة، قتلوا في الغارة.", [("killed", 30, None, None, "exact")]),
    # an age or a duration before the verb; the high end of a range
    ("وقال الرجل البالغ من العمر 60 عاما إن أقاربه قتلوا في الحرب.", []),
    ("وقالت المنظمة إن 25 إلى 30 شخصا لقوا حتفهم في الغرق.", []),
])
def test_a_count_and_the_verb_after_it(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a magnitude of the killed followed by "and the wounded" counts both
    ("وسقط عشرات الشهداء والإصابات في القصف.", [("casualties", None, 10, None, "vague")]),
    ("وخلف الهجوم مئات القتلى والمصابين.", [("casualties", None, 100, None, "vague")]),
    # the wounded with a count of their own; the killed alone
    ("وسقط عشرات القتلى و300 جريح.", [("killed", None, 10, None, "vague"), ("injured", 300, None, None, "exact")]),
    ("وسقط عشرات القتلى في القصف.", [("killed", None, 10, None, "vague")]),
])
def test_a_magnitude_of_the_killed_and_the_wounded(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a count of "the forces", and others after a troop figure joined by و
    ("وتنتشر في البلاد أكثر من 20 ألفا من قوات الاتحاد الأفريقي.", [("troops", 20000, None, None, "at_least")]),
    ("نشرت الحكومة 5000 جندي وألف آخرين من حرس الحدود.", [("troops", 5000, None, None, "exact"), ("troops", 1000, None, None, "exact")]),
    ("ويقدر عددهم بأكثر من 20 ألفا من المرتزقة بينهم 13 ألف سوري و7 آلاف سوداني.",
     [("troops", 20000, None, None, "at_least"), ("troops", 13000, None, None, "exact"), ("troops", 7000, None, None, "exact")]),
    # the forces killed or captured; a country, not a nationality; one or two after a noun
    ("وأضاف أن القتلى هم «خمسة من القوات الحكومية».", [("killed", 5, None, None, "exact")]),
    ("وأسر المسلحون 12 من قوات الجيش.", []),
    ("ونشر الجيش 300 جندي، ووصل 60 مهاجرا من أفغانستان و6 من باكستان.", [("troops", 300, None, None, "exact")]),
    ("عن «خمسة قتلى وجريحين اثنين» من القوات الحكومية.", [("killed", 5, None, None, "exact"), ("injured", 2, None, None, "exact")]),
])
def test_counts_of_the_forces_and_conjoined_others(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a change stated through the count head, the noun named once before both numbers
    ("وقررت الإدارة خفض عدد الجنود الأمريكيين في العراق من 5200 إلى 3000 خلال الصيف.",
     [("troops", 5200, None, None, "exact"), ("troops", 3000, None, None, "exact")]),
    ("وتقرر رفع أعداد المقاتلين في الجبهة من نحو 800 إلى 1500.",
     [("troops", 800, None, None, "approx"), ("troops", 1500, None, None, "exact")]),
    # the killed, the students: not troops
    ("وارتفع عدد الطلاب في المدارس من 300 إلى 500.", []),
    # an estimate from N to M after the count head, with no change: a range
    ("ويبلغ عدد عناصرها بحسب التقديرات من 30 ألف إلى 40 ألف مقاتل.", [("troops", None, 30000, 40000, "exact")]),
    ("وقال إن عدد الجنود الذين قتلوا ارتفع من 10 إلى 20.", []),  # soldiers killed: not a strength
])
def test_a_change_stated_through_the_count_head(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # the bodies of N people are N killed
    ("وتمكنت الفرق من انتشال جثث 9 نساء و4 أطفال.", [("killed", 9, None, None, "exact"), ("killed", 4, None, None, "exact")]),
    ("وعثر على جثث 120 شخصا في مقبرة جماعية.", [("killed", 120, None, None, "exact")]),
    # a year after the word
    ("وتعود الجثث إلى عام 2014 بحسب التقرير.", []),
])
def test_bodies_counted(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # terrorists counted as persons killed
    ("وأسفرت العملية عن مقتل إرهابيين اثنين.", [("killed", 2, None, None, "exact")]),
    ("وقتل في الاشتباك سبعة إرهابيين.", [("killed", 7, None, None, "exact")]),
    # arrested, not killed
    ("وأعلنت الوزارة القبض على سبعة إرهابيين.", []),
])
def test_terrorists_counted_as_persons(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a qualifier after the count and its victims
    ("وأسفر القصف عن مقتل ستة أشخاص على الأقل.", [("killed", 6, None, None, "at_least")]),
    ("واستشهد 44 فلسطينيا على الأقل في الغارات.", [("killed", 44, None, None, "at_least")]),
    ("وأعلنت الشرطة مقتل 5 على الأقل.", [("killed", 5, None, None, "at_least")]),
    # no qualifier: exact
    ("وأسفر القصف عن مقتل ستة أشخاص في السوق.", [("killed", 6, None, None, "exact")]),
])
def test_a_qualifier_after_the_victims(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # massacres counted as attacks (the plural after a small number, the dual)
    ("وارتكبت القوات خمسة مجازر بحق العائلات.", [("attacks", 5, None, None, "exact")]),
    ("وشهدت المدينة مجزرتين في يوم واحد.", [("attacks", 2, None, None, "exact")]),
    # one massacre; a thousand massacres as a figure of speech (the singular after a thousand is not read)
    ("ووقعت مجزرة في القرية.", []),
    ("وألف مجزرة أخرى لن تنسى.", []),
])
def test_massacres_counted_as_attacks(sentence, expected):
    check(sentence, expected)


# ---- classes from web batches 06/07 (development) -------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    # a dual in construct before its complement, and feminine duals of person nouns
    ("وسقطت قذيفتي مدفعية أطلقها الجيش على سوق المدينة.", [("projectiles", 2, None, None, "exact")]),
    ("أسفر الانفجار عن إصابة رجلي شرطة بجروح.", [("injured", 2, None, None, "exact")]),
    ("وأدى القصف إلى إصابة طالبتين في المدرسة.", [("injured", 2, None, None, "exact")]),
    # a dual after لقي: two killed
    ("لقي رجلان مصرعهما في انفجار عبوة ناسفة.", [("killed", 2, None, None, "exact")]),
    # "my leg" after a verb that is no casualty, and a dual that is no trigger: nothing
    ("قال إنه رفع رجلي الكرسي عن الأرض.", []),
    ("التقى الوزير طالبتين متفوقتين في الحفل.", []),
])
def test_duals_in_construct_and_feminine(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # the part of the group that was killed is not the count: the count stays a strength
    ("وقال الجيش إن نحو 60 مقاتلا تسللوا إلى البلدة الليلة الماضية، مضيفا أن معظمهم قتلوا.",
     [("troops", 60, None, None, "approx")]),
    # "mostly civilians" describes the whole count, which was killed
    ("وأكدت الشرطة أن 35 شخصا معظمهم من المدنيين قتلوا في الانفجار.", [("killed", 35, None, None, "exact")]),
])
def test_part_of_a_group_before_the_verb(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a count of troops with a bound (less than, more than) and no preposition before it
    ("وأعلن الجيش أن عدد القوات البريطانية في البلاد أقل من 9 آلاف حاليا.", [("troops", 9000, None, None, "up_to")]),
    ("وأكد المسؤول أن عدد جنودها هناك أكثر من 3500.", [("troops", 3500, None, None, "at_least")]),
    # an estimate (نحو) after a range word is the range's, not a bound of the count
    ("وخفضت الوزارة عدد الجنود الى مستوى يتراوح بين 40 ألفا و45 ألف جندي.", [("troops", None, 40000, 45000, "exact")]),
    # a count of something else
    ("وقال إن عدد الطلاب في المدارس أقل من 9 آلاف.", []),
])
def test_troop_count_with_a_bound(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("تعتزم واشنطن تقليص حجم قواتها في البلاد إلى عدد أقل من ثلاثة آلاف بنهاية العام.", [("troops", 3000, None, None, "up_to")]),
    ("وقرر الجيش خفض هذا العدد إلى نحو 2500 جندي خلال عام.", [("troops", 2500, None, None, "approx")]),
    # a change of a number with no force in the sentence
    ("قررت الشركة تقليص حجم إنتاجها إلى عدد أقل من ثلاثة آلاف سيارة.", []),
    ("وقررت الوزارة خفض هذا العدد إلى نحو 2500 موظف.", []),
])
def test_reduction_to_a_number_named_by_its_count(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    ("وأعلنت باريس خفض وجودها العسكري في البلاد إلى 3،000 جندي بحلول الصيف.", [("troops", 3000, None, None, "exact")]),
    ("وقتل في الهجوم 1،250 مقاتلا من التنظيم.", [("killed", 1250, None, None, "exact")]),
    # an Arabic comma between a year and a count is punctuation, not a separator
    ("وفي عام 2014، 300 جندي عادوا إلى قواعدهم.", [("troops", 300, None, None, "exact")]),
])
def test_arabic_comma_as_thousands_separator(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a rate after a count word is no count, nor are two goals (a shell, in sports slang)
    ("وقال التقرير إن عدد المقاتلين الأجانب ارتفع بنسبة أكثر من 40 في المائة.", []),
    ("وفاز النادي في المباراة بقذيفتي لاعبه الجديد.", []),
    ("وأطلق المسلحون قذيفتي هاون على موقع للجيش.", [("projectiles", 2, None, None, "exact")]),
])
def test_web_batch_06_07_negatives(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a deployment verb between a casualty-looking word and the count: the soldiers were sent
    ("وعلى الرغم من تردده، فقد أرسل 40 جنديا من القوات الخاصة إلى البلاد.", [("troops", 40, None, None, "exact")]),
    ("فقدت الكتيبة 12 جنديا في الهجوم.", [("killed", 12, None, None, "exact")]),
    # a count of attacks through its count word
    ("وقال الجيش إن عدد الهجمات على القواعد الأجنبية ارتفع إلى 17 هجوما منذ الشهر الماضي.", [("attacks", 17, None, None, "exact")]),
    ("ووصل عدد الغارات على المدينة إلى 40 خلال يومين.", [("attacks", 40, None, None, "exact")]),
    # a dual verb after "a woman and a man": no count of one
    ("امرأة ورجل أصيبا بجروح جراء سقوط قذيفة على الحي.", []),
    ("وشاب أصيب بشظايا قذيفة في السوق.", [("injured", 1, None, None, "exact")]),
])
def test_web_batch_06_07_casualty_and_attack_readings(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # the count of a force named just before "amounting to its number"
    ("وتسلمت البعثة المهام من قوات الاتحاد الإفريقي البالغ عددها تسعة آلاف.", [("troops", 9000, None, None, "exact")]),
    ("وانسحبت عناصر الجيش البالغ عددها نحو 1200 من المدينة.", [("troops", 1200, None, None, "approx")]),
    # victims, or no force before it
    ("وشيعت البلدة الجنود القتلى البالغ عددهم 14.", []),
    ("ووزعت الجمعية المساعدات على الأسر البالغ عددها 300.", []),
    # "there are N others" after a troop figure
    ("وقال إن موسكو سحبت 1500 مقاتل وإن هناك نحو 700 آخرين ما زالوا في البلاد.",
     [("troops", 1500, None, None, "exact"), ("troops", 700, None, None, "approx")]),
])
def test_web_batch_06_07_counts_named_before(sentence, expected):
    check(sentence, expected)


def test_a_toll_of_attacks_in_casualties_is_a_casualty_count():
    assert figures("وارتفعت حصيلة الهجمات على السوق إلى 9 قتلى و20 جريحا.") == sorted(
        [("killed", 9, None, None, "exact"), ("injured", 20, None, None, "exact")], key=str)


@pytest.mark.parametrize("sentence, expected", [
    # soldiers counted "in addition to" a few words after a toll are more of the killed
    ("وقتل في المعارك سبعة مدنيين منذ بداية الشهر بالإضافة إلى 40 جنديا من الجيش.",
     [("killed", 7, None, None, "exact"), ("killed", 40, None, None, "exact")]),
    # after a troop figure, or far from the toll, they stay a strength
    ("ونشرت فرنسا 3000 جندي في البلاد بالإضافة إلى 500 جندي من تشاد.",
     [("troops", 3000, None, None, "exact"), ("troops", 500, None, None, "exact")]),
])
def test_troops_in_addition_to_a_toll(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # people executed (a past execution) are people killed
    ("وقال الشهود إن المسلحين أعدموا 12 شخصا في ساحة القرية.", [("killed", 12, None, None, "exact")]),
    ("وأعدم التنظيم 30 شابا بعد اختطافهم.", [("killed", 30, None, None, "exact")]),
    # a death sentence is no killing
    ("وأصدرت المحكمة حكما بإعدام 5 متهمين.", []),
])
def test_executions_are_killings(sentence, expected):
    check(sentence, expected)


# ---------------------------------------------------------------------------------------
# Classes from web batches 08 and 09 (development round 3).
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    # a verb of amounting, a count head, the words that qualify the noun, and the number that closes the clause
    ("وبلغ عدد الصواريخ التي أعلنت الدفاعات الجوية اعتراضها في سماء البلاد 42، منذ بداية الشهر.",
     [("projectiles", 42, None, None, "exact")]),
    ("وبلغ العدد الإجمالي للقذائف التي سقطت على المدينة 260، بحسب الدفاع المدني.", [("projectiles", 260, None, None, "exact")]),
    ("وبلغ عدد الصواريخ التي اعترضتها الدفاعات ودمرتها فوق العاصمة 18.", [("projectiles", 18, None, None, "exact")]),
    ("ووصل عدد القتلى في الحادث المروع 12.", [("killed", 12, None, None, "exact")]),
    # things seized or found, a year, a number that does not close the clause: no count
    ("بلغ عدد الصواريخ التي ضبطتها الشرطة في المستودع 80.", []),
    ("وبلغ عدد القتلى في البلاد منذ عام 2011.", []),
    ("وبلغ عدد الصواريخ في المعرض 30 نموذجا من عشر دول.", []),
])
def test_a_count_after_a_verb_of_amounting(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a rise right before a toll noun, with no count head
    ("ارتفاع قتلى انفجار السوق في بغداد لـ31 شخصا", [("killed", 31, None, None, "exact")]),
    ("ارتفاع جرحى حريق المصنع الحربي إلى 45", [("injured", 45, None, None, "exact")]),
    # a rise of strikes of the heart, or of anything else that is no casualty
    ("ارتفاع ضربات القلب إلى 120 في الدقيقة", []),
])
def test_a_rise_of_a_toll_noun(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # commas and a subset between the count and "met their death"; the bound after the count is its qualifier
    ("أوضح المسؤول أنه لقي 17 شخصا على الأقل، بينهم أربعة جنود، مصرعهم في التفجير.",
     [("killed", 17, None, None, "at_least")]),
    ("ولقي 9 ركاب، من بينهم طفلان، حتفهم في الحريق.", [("killed", 9, None, None, "exact")]),
    # no death after the count: nothing
    ("ولقي 40 لاعبا، من بينهم نجوم كبار، ترحيبا حارا في المطار.", []),
])
def test_met_their_death_with_a_subset_between(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # elliptic counts of the same projectiles, each towards a place
    ("اعترضت الدفاعات أربعة من الصواريخ باتجاه العاصمة، وواحد باتجاه المطار، واثنان باتجاه الميناء.",
     [("projectiles", 4, None, None, "exact"), ("projectiles", 1, None, None, "exact"), ("projectiles", 2, None, None, "exact")]),
    ("وأطلق المسلحون 6 قذائف صوب البلدة و3 صوب الطريق الدولي.",
     [("projectiles", 6, None, None, "exact"), ("projectiles", 3, None, None, "exact")]),
    # after a count of people, or with no count before it: nothing
    ("استقبل المستشفى أربعة من الجرحى، وواحد باتجاه المطار.", [("injured", 4, None, None, "exact")]),
    ("وانطلقت حافلتان، وواحدة باتجاه المطار.", []),
])
def test_elliptic_conjunct_counts_towards_a_place(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a count head, its troop noun and the number with no verb between (a nominal sentence), or through هو
    ("وتضم الجبهة ثلاثة فصائل، وعدد مقاتليها 4 آلاف.", [("troops", 4000, None, None, "exact")]),
    ("وقال إن العدد الحالي للقوات المصرية المشاركة في المهمة هو 3 آلاف.", [("troops", 3000, None, None, "exact")]),
    # a count of something else, or a year; a count of soldiers killed is their toll, no strength
    ("وعدد الطلاب 300 في المدرسة.", []),
    ("وقال إن عدد الجنود الذين قتلوا في المعارك هو 40.", [("killed", 40, None, None, "exact")]),
    ("وشهد عدد القوات 2015 تراجعا كبيرا.", []),
])
def test_a_troop_count_stated_in_a_nominal_sentence(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # men sent or deployed are troops
    ("وأرسلت البعثة إلى المدينة مائتي رجل من كينيا لمساندة الجيش.", [("troops", 200, None, None, "exact")]),
    ("وسيتبع ذلك إرسال 1500 رجل إضافي.", [("troops", 1500, None, None, "exact")]),
    # men of a civil trade; men who were not sent
    ("ونشرت السلطات 3200 رجل إطفاء في الغابات.", []),
    ("وقال إن 50 رجلا حضروا الاجتماع.", []),
])
def test_men_deployed_are_troops(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # "out of N deployed" right after a troop figure: the whole force
    ("قررت الحكومة إعادة 400 جندي إلى بلادهم من أصل 900 نشروا في المنطقة.",
     [("troops", 400, None, None, "exact"), ("troops", 900, None, None, "exact")]),
    # with no troop figure before it
    ("وتمكن من أصل 900 نشروا في المنطقة.", []),
    ("وصل 40 طالبا من أصل 90 منتشرين في المدن.", []),
])
def test_out_of_a_deployed_whole(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a repatriation of soldiers is a movement of troops, not a capture
    ("بدأ الجيش بسحب قواته مع ترحيل مئتي عسكري من أصل ثلاثة آلاف عنصر منتشرين في البلاد.",
     [("troops", 200, None, None, "exact"), ("troops", 3000, None, None, "exact")]),
    # the size of a force
    ("وقال إن حجم قوات التحالف يصل إلى 60 ألف مقاتل.", [("troops", 60000, None, None, "up_to")]),
    # a named armed group is a military word for a member noun
    ("يفيد التقرير بوجود ما لا يقل عن 3000 عنصر من فاغنر في البلاد.", [("troops", 3000, None, None, "at_least")]),
    ("يفيد التقرير بوجود ما لا يقل عن 3000 عنصر من الموظفين في البلاد.", []),
    # the lives of soldiers are soldiers killed
    ("وكلفت الحرب أرواح عشرات الجنود.", [("killed", None, 10, None, "vague")]),
    # a thousand after a number glued to the article is the end of that number: not a thousand, but the whole number
    ("ويقدر عدد عناصر التنظيم بما يقارب الـ70 ألف عنصر في صفوف الجيش.", [("troops", 70000, None, None, "approx")]),
])
def test_web_batch_08_09_troop_readings(sentence, expected):
    check(sentence, expected)


# ---------------------------------------------------------------------------------------
# Classes from web batches 10 and 11 (development round 4).
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    # a rising verb, its number, then the toll it raises
    ("وبذلك يرتفع إلى 9 عدد القتلى في صفوف القوة منذ بداية العام.", [("killed", 9, None, None, "exact")]),
    ("الانفجار الذي رفع إلى ثلاثة عدد قتلى الشرطة هذا الأسبوع.", [("killed", 3, None, None, "exact")]),
    ("وبذلك ارتفع إلى 14 عدد الغارات على المدينة.", [("attacks", 14, None, None, "exact")]),
    # a rise of a temperature or of a count of something else
    ("ويتوقع أن ترتفع إلى 40 درجة حرارة الجو غدا.", []),
    ("وهو ما يرفع إلى 5 عدد الطلاب المتفوقين.", []),
])
def test_a_rising_verb_before_its_number_and_toll(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a definite toll noun joined by و right after a casualty count, with its own number (the verb left out)
    ("وقالت الشرطة إن عدد القتلى بلغ 12 شخصا والجرحى 30.",
     [("killed", 12, None, None, "exact"), ("injured", 30, None, None, "exact")]),
    ("ارتفع عدد الشهداء إلى 20 شهيدا والمصابين إلى 75.",
     [("killed", 20, None, None, "exact"), ("injured", 75, None, None, "exact")]),
    # no casualty count before it, or too far from it
    ("وبلغ عدد الطلاب 300 والمصابين 12.", []),
    ("قتل 5 أشخاص في الهجوم الذي وقع صباح أمس قرب السوق المركزي الكبير في المدينة والجرحى 20.",
     [("killed", 5, None, None, "exact")]),
])
def test_a_toll_noun_conjoined_after_a_casualty_count(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # out of a whole, with no deployment verb, right after a troop figure
    ("وقررت البعثة سحب 500 جندي من أصل 4 آلاف حاليا.",
     [("troops", 500, None, None, "exact"), ("troops", 4000, None, None, "exact")]),
    ("وقرر خفض القوات إلى 3000 جندي من الإجمالي الحالي البالغ 9 آلاف.",
     [("troops", 3000, None, None, "exact"), ("troops", 9000, None, None, "exact")]),
    # a whole that names its noun is read by the noun's rule
    ("واستدعى الجيش 20 ألفا من جنود الاحتياط من إجمالي 40 ألف جندي.",
     [("troops", 20000, None, None, "exact"), ("troops", 40000, None, None, "exact")]),
    # prisoners or matches out of a whole: no force
    ("ولا يزال 40 سجينا من أصل 700 في المعتقل.", []),
    ("وفاز الفريق بخمس مباريات من أصل 8.", []),
    # in addition to N others, after a troop figure
    ("ونشرت الوزارة 1500 جندي في الشمال بالإضافة إلى 800 آخرين في الجنوب.",
     [("troops", 1500, None, None, "exact"), ("troops", 800, None, None, "exact")]),
    ("وحضر 200 طالب بالإضافة إلى 50 آخرين.", []),
])
def test_a_whole_and_others_after_a_troop_figure(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # and + a count of a nationality right after a toll
    ("وأسفرت الغارة عن مقتل 25 يمنيا و3 سعوديين.", [("killed", 25, None, None, "exact"), ("killed", 3, None, None, "exact")]),
    ("وقتل فيها 1400 فلسطيني و13 إسرائيليا.", [("killed", 1400, None, None, "exact"), ("killed", 13, None, None, "exact")]),
    # after a count of something else
    ("وزار المعرض 300 زائر و40 فرنسيا.", []),
])
def test_a_nationality_conjoined_after_a_toll(sentence, expected):
    check(sentence, expected)


def test_a_force_written_with_hamza_on_ya_is_found():
    out = extract_one("ونشر الجيش 500 جندي إسرائيلي على الحدود.")
    assert out["troop_figures"].select("value", "force").rows() == [(500, "Israeli")]


@pytest.mark.parametrize("sentence, expected", [
    # thousands and a remainder with no و; four digits after the thousand are no remainder
    ("وأصيب في الحرب 21 ألفا 350 شخصا.", [("injured", 21350, None, None, "exact")]),
    ("وأصيب 5 آلاف 1200 منهم في حالة خطرة.", [("injured", 5000, None, None, "exact")]),
    # tens and hundreds of thousands as one magnitude
    ("وخلفت الحرب عشرات آلاف القتلى.", [("killed", None, 10000, None, "vague")]),
    ("وأسفرت المعارك عن مئات آلاف الجرحى.", [("injured", None, 100000, None, "vague")]),
    # two qualifiers in a row: the second, a bound, is read; one qualifier as before
    ("وأسفر القصف عن إصابة نحو أكثر من ثلاثين آخرين.", [("injured", 30, None, None, "at_least")]),
    ("وأسفر القصف عن إصابة نحو 30 آخرين.", [("injured", 30, None, None, "approx")]),
    # a qualifier glued to its number and the number glued to its noun
    ("وتنتشر في البلاد قوة تقدر بنحو1500 عنصر من الجيش.", [("troops", 1500, None, None, "approx")]),
    ("وبلغت كلفة المشروع نحو1500 دولار.", []),
])
def test_web_batch_10_11_number_shapes(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # the force after a vague word that ends in من
    ("وانسحب المئات من قوات الحكومة من المدينة.", [("troops", None, 100, None, "vague")]),
    ("وحضر المئات من الطلاب الحفل.", []),
    # the UN force is a military word for a member noun; members exposed to abduction are no strength
    ("وغادر المئات من أفراد قوة الأمم المتحدة الجولان.", [("troops", None, 100, None, "vague")]),
    ("وغادر المئات من أفراد الجالية المدينة.", []),
    ("وتعرض العشرات من أفراد قوة الأمم المتحدة للاختطاف.", []),
    # a hundred after a definite troop noun; the hundredth anniversary is no count
    ("وقالت الوزارة إن الجنود المائة عادوا إلى قاعدتهم.", [("troops", 100, None, None, "exact")]),
    ("احتفلت المدينة بالذكرى المئة لتأسيسها.", []),
    # the total of troops
    ("وقال إن مجموع الجنود الذين وصلوا إلى القاعدة اليوم بلغ 340.", [("troops", 340, None, None, "exact")]),
    ("وقال إن مجموع الطلاب الذين وصلوا اليوم بلغ 340.", []),
    # a withdrawal after a capture word (handing over duties) is a movement of troops
    ("وطالبت الحكومة بتسليم المهام الأمنية للجيش وسحب الجنود البالغ عددهم 9 آلاف جندي.", [("troops", 9000, None, None, "exact")]),
    ("وجرى تسليم 50 جنديا إلى الصليب الأحمر.", []),
])
def test_web_batch_10_11_troop_readings(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # soldiers lost (we lost, that we lose) are soldiers killed; soldiers inspected are a strength
    ("وقال القائد: فقدنا سبعة جنود في الكمين.", [("killed", 7, None, None, "exact")]),
    ("من المؤلم أن نفقد 9 من أفراد الجيش.", [("killed", 9, None, None, "exact")]),
    ("تفقد القائد 300 جندي في القاعدة.", [("troops", 300, None, None, "exact")]),
    # dual drones, and the construct dual of shells
    ("وهاجمت الجماعة السفينة بطائرتين مسيرتين.", [("projectiles", 2, None, None, "exact")]),
    ("وتعرض مقر الجيش لهجوم بمسيرتين.", [("projectiles", 2, None, None, "exact")]),
    ("سقطت قذيفتا هاون على الحي.", [("projectiles", 2, None, None, "exact")]),
    # two marches, two goals: no military word
    ("وخرجت مسيرتين في المدينة احتجاجا على الغلاء.", []),
    ("وكانت قذيفتا اللاعب في المرمى سببا في الفوز.", []),
    # a year after since is no count of what follows
    ("ويشن التنظيم منذ 2019 هجمات متكررة على القرى.", []),
    ("وشنت الطائرات منذ الصباح 20 غارة على المدينة.", [("attacks", 20, None, None, "exact")]),
    # a bare number (24 [hours]) before a later count: the verb is that count's
    ("بعد أقل من 24 على إعلان الجيش أن ثلاثة جنود أصيبوا بجروح.", [("injured", 3, None, None, "exact")]),
    ("وكان 20 شخصا يشكلون أربع عائلات قد لقوا حتفهم.", [("killed", 20, None, None, "exact")]),
])
def test_web_batch_10_11_casualty_and_attack_readings(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # [و كان] one person, an adjective of origin, then a passive casualty verb: one killed
    ("وكان مسؤول محلي لقي مصرعه في انفجار عبوة ناسفة.", [("killed", 1, None, None, "exact")]),
    ("وأفاد الشهود أن شابا فلسطينيا قتل برصاص الجنود.", [("killed", 1, None, None, "exact")]),
    # what follows the person is no adjective, or the verb has a count of its own, or no casualty at all
    ("وكان مسؤول في الوزارة قتل العام الماضي.", []),
    ("وقال إن مسؤولا محليا قتل 5 أشخاص.", [("killed", 5, None, None, "exact")]),
    ("وكان مسؤول كبير قد أعلن ذلك.", []),
])
def test_one_person_with_an_adjective_before_a_passive_verb(sentence, expected):
    check(sentence, expected)
