"""Figure phrasings of scraped web news, round 23 (issue 12, web development pool 34-51, fifteenth session).

Each class has positives and negatives of the same shape. The phrases are written for these tests, not copied from
any page."""

import pytest

from tests.conftest import check_phrase as check

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases


@pytest.mark.parametrize("sentence, expected", [
    # عديد / حجم with the pronoun of a force named before it, read like عددهم: the number right after it (a closed
    # thousand may be followed by any word), after an adverb of now, or after a change's preposition
    ("وتنتشر قوات التحالف في البلاد وعديدها 12 ألفاً الذين يتولون التدريب.", [("troops", 12000, None, None, "exact")]),
    ("وكانت الحكومة ارسلت 2800 جندي الى الجنوب ثم خفضت عديدهم تدريجيا الى 900 قبل سحبهم.",
     [("troops", 2800, None, None, "exact"), ("troops", 900, None, None, "exact")]),
    ("ويتوقع ان يرتفع عدد القوات الى 45 الف جندي بينما يبلغ حجمها حاليا 31 ألفا.",
     [("troops", 31000, None, None, "exact"), ("troops", 45000, None, None, "exact")]),
    # the same count head after a figure of another thing, or with no troop noun before it: no strength
    ("وتضم البعثة نحو ألفي جندي وتنقل شحنة يبلغ حجمها الإجمالي 40 طنا.", [("troops", 2000, None, None, "approx")]),
    ("وقالت الشركة ان حجمها 38 ألفا من الموظفين.", []),
    ("وقال المدير ان المصانع يبلغ حجمها حاليا 300 ألف متر.", []),
])
def test_size_head_with_a_pronoun(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a per-country list in brackets after a troop figure: the first item names its noun, the next ones (و + name + a bare
    # number in brackets) share it
    ("وتشارك في القوة دول عدة ابرزها البرازيل (1300 جندي) وتركيا (900) والهند (650).",
     [("troops", 1300, None, None, "exact"), ("troops", 900, None, None, "exact"), ("troops", 650, None, None, "exact")]),
    # a bracketed number after a name with no troop figure in brackets before it: a year or another thing
    ("ونشرت الدولة جنودا في المدينة منذ عام (2006) وتركيا (2010).", []),
    ("وارتفعت الاسعار في البرازيل (20 بالمئة) وتركيا (15).", []),
    # a troop figure with no bracket before the name: not a list of brackets
    ("وارسلت البرازيل 1300 جندي، وتركيا (900) بحسب الوزارة.", [("troops", 1300, None, None, "exact")]),
    # a phone number in brackets, then و + a word and another bracket: no list of troops
    ("وخصصت الوزارة هاتفا (0112345678) ورقما (940) للبلاغات.", []),
])
def test_bracketed_counts_after_a_bracketed_troop_figure(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # N others joined (انضم): more troops after a troop figure of its sentence
    ("ووصل 300 جندي الى الميناء لينضموا الى نحو 700 آخرين نشروا الشهر الماضي.",
     [("troops", 300, None, None, "exact"), ("troops", 700, None, None, "approx")]),
    # no troop figure before: players, not troops
    ("ووقع النادي مع 30 لاعبا لينضموا الى نحو 500 آخرين في الاكاديمية.", []),
])
def test_others_who_join(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a bound's preposition glued to the digits (عن14): the bound reads the whole number
    ("وتضم البعثة الاممية قوة يزيد عددها عن14 ألف عسكري.", [("troops", 14000, None, None, "at_least")]),
    ("وتضم البعثة الاممية قوة يزيد عددها عن 14 ألف عسكري.", [("troops", 14000, None, None, "at_least")]),
    # not persons of a force
    ("وقالت الوزارة ان المدرسة يزيد عددها عن14 ألف طالب.", []),
])
def test_bound_glued_to_its_number(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # the pronoun's count after a singular troop noun that counts nothing (an adjective, العسكري): no antecedent force
    ("وعين عددا منهم في المجلس العسكري للتنظيم، ويعتقد ان عديدهم يصل الى 70.", []),
    # persons arrested by the police: the police is no counted force
    ("وقالت شرطة العاصمة ان من بين المعتقلين، البالغ عددهم 33 شخصا، 24 طالبا.", []),
])
def test_pronoun_count_needs_a_counted_force(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # members deployed or sent: the verb right before the count (or one word before it) is their military word
    ("ووافقت الحكومة على نشر حتى 600 عنصر في الاقليم.", [("troops", 600, None, None, "up_to")]),
    ("وأرسلت الوزارة 250 عنصرا الى المدينة لحماية المنشآت.", [("troops", 250, None, None, "exact")]),
    # a site that published pictures of members: two words between, no deployment
    ("ونشر الموقع صور 30 عنصرا من الفريق.", []),
    ("ويضم الفريق 30 عنصرا من المتطوعين.", []),
])
def test_members_deployed(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a definite unit noun right before the number names the unit: no count
    ("وقال آمر الفوج الثاني من اللواء 72 من قوات الجيش المنتشرة جنوب المدينة ان الهجوم صد.", []),
    ("وتقدمت الفرقة 101 من قوات النخبة نحو المطار.", []),
    # the unit as the subject, its soldiers counted after it: a count
    ("وخسرت الكتيبة 14 جنديا في المعركة.", [("killed", 14, None, None, "exact")]),
    # a count of the unit's soldiers after its name: a strength
    ("ونشر الجيش 300 جندي من الفرقة في المدينة.", [("troops", 300, None, None, "exact")]),
])
def test_number_that_names_a_unit(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # elements with an adjective of parts: components of a plan, not members
    ("وقال الوزير ان خطة الجيش الجديدة تتضمن 4 عناصر أساسية أولها التدريب.", []),
    ("وتقوم استراتيجية القوات على ثلاثة عناصر رئيسية.", []),
    # elements of a force with another word after them: members
    ("وقال الجيش انه نشر 40 عنصرا مدربين في المدينة.", [("troops", 40, None, None, "exact")]),
])
def test_elements_that_are_components(sentence, expected):
    check(sentence, expected)
