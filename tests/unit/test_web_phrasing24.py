"""Figure phrasings of scraped web news, round 24 (issue 12, web development pool 34-53, fifteenth session, second round).

Each class has positives and negatives of the same shape. The phrases are written for these tests, not copied from
any page."""

import pytest

from tests.conftest import check_phrase as check

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases


@pytest.mark.parametrize("sentence, expected", [
    # a casualty count, then هم (they are), in quotes or not, then its breakdown: the soldiers are the wounded, and so is
    # the conjunct after them
    ('وقال المتحدث ان الانفجار خلف "ثمانية جرحى" هم "خمسة جنود من البعثة وثلاثة جنود ماليين" نقلوا الى المستشفى.',
     [("injured", 8, None, None, "exact"), ("injured", 5, None, None, "exact"), ("injured", 3, None, None, "exact")]),
    ("واسفر الكمين عن سبعة قتلى وهم اربعة جنود وثلاثة مدنيين.",
     [("killed", 7, None, None, "exact"), ("killed", 4, None, None, "exact"), ("killed", 3, None, None, "exact")]),
    # هم after a troop figure, or after a casualty count far from the troops: no toll
    ("ونشرت الحكومة 600 جندي هم 400 من الجيش و200 من الدرك.", [("troops", 600, None, None, "exact")]),
    ("وقتل خمسة مدنيين في القصف، وهم من سكان القرية، ثم نشر الجيش 300 جندي في المنطقة.",
     [("killed", 5, None, None, "exact"), ("troops", 300, None, None, "exact")]),
])
def test_apposition_after_a_casualty_count(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a count head's range with each end in brackets, the scale after the closing bracket of the high end
    ("وقالت القناة ان عدد عناصر حزب الله في المدينة يتراوح بين (1500) و(2) آلاف عنصر.",
     [("troops", None, 1500, 2000, "exact")]),
    ("ويتراوح عدد الجنود الفرنسيين في البلاد بين (700) و(900) جندي.", [("troops", None, 700, 900, "exact")]),
    # the same brackets with no troop noun counted: no strength
    ("ويتراوح عدد السكان في المدينة بين (1500) و(2) آلاف نسمة.", []),
])
def test_bracketed_range_of_a_count_head(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # euphemisms of a death in service after a troop count: killed
    ("واكد البيان ان «9 من جنودنا الشجعان قدموا التضحية الكبرى في المعركة».", [("killed", 9, None, None, "exact")]),
    ("وقال القائد ان 14 جنديا ضحوا بأرواحهم دفاعا عن القاعدة.", [("killed", 14, None, None, "exact")]),
    # the same verb inside another word, a purpose (ليضحوا: to sacrifice): still a strength
    ("وارسلت الوزارة 600 جندي مستعدين ليضحوا بحياتهم من اجل البلاد.", [("troops", 600, None, None, "exact")]),
])
def test_death_in_service_euphemism(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a sentence that opens with "in addition to" and a troop noun's count, right after a sentence whose last count is
    # killed: more of the same dead
    ("واكد ضابط ان خمسة عسكريين قتلوا في الغارة. بالإضافة إلى 4 مرتزقة أجانب كانوا يقاتلون معهم.",
     [("killed", 4, None, None, "exact"), ("killed", 5, None, None, "exact")]),
    # after a sentence of a strength, or with another word before the count: no toll
    ("ونشرت الحكومة 800 جندي في الشمال. بالإضافة إلى 200 مرتزق أجنبي.",
     [("troops", 200, None, None, "exact"), ("troops", 800, None, None, "exact")]),
    ("وقتل ستة مدنيين في القصف. بالإضافة إلى ذلك أرسلت الوزارة 300 جندي.",
     [("killed", 6, None, None, "exact"), ("troops", 300, None, None, "exact")]),
])
def test_addition_opening_the_next_sentence(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a capture noun with its pronoun, then "with" right before the soldiers' count: taken with him, no strength
    ("وعثر على جثته بعد اختطافه رفقة 3 جنود اجانب على يد مسلحين.", []),
    ("وأفرج عن الضابط بعد أسره مع 5 جنود آخرين.", []),
    # "with" and a count with no capture word before it: a strength
    ("ووصل القائد مع 400 جندي إلى المدينة.", [("troops", 400, None, None, "exact")]),
])
def test_captured_together_with(sentence, expected):
    check(sentence, expected)


@pytest.mark.parametrize("sentence, expected", [
    # a verb of loss, then an aside between two commas right before the soldiers' count: lost, the aside skipped
    ("فقد البلد، منذ مطلع العام الى نهاية الصيف، ستة عسكريين يخدمون في البعثة.", [("killed", 6, None, None, "exact")]),
    # a deploying verb after the loss word, or no loss word: a strength
    ("فقد ارسلت الحكومة، منذ مطلع العام الى نهاية الصيف، 600 جندي الى البعثة.", [("troops", 600, None, None, "exact")]),
    ("وارسل البلد، منذ مطلع العام الى نهاية الصيف، 600 جندي الى البعثة.", [("troops", 600, None, None, "exact")]),
])
def test_loss_verb_past_an_aside(sentence, expected):
    check(sentence, expected)


def test_loss_verb_past_an_aside_nearest_word_decides():
    # a capture word nearer the count than the killing word: taken, not killed (the aside reading keeps that rule)
    check("مقتل احد المطلوبين وايقاف 9 عناصر ارهابية في البلاد", [("killed", 1, None, None, "exact")])


@pytest.mark.parametrize("sentence, expected", [
    # a number word of a thousand or more and digits side by side with no و: which value was meant is unsure
    # (2888 or 888; 1200 or 1000): the figure is left out
    ("وستخفض الوزارة القوة إلى 9 آلاف و120 عسكرياً وألفين 640 شرطياً بحلول الصيف.", [("troops", 9120, None, None, "exact")]),
    ("ونشرت الحكومة ألفين 300 جندي على الحدود.", []),
    ("وقتل ألف 500 شخص في المعارك.", []),
    # the same numbers joined by و, or a thousand alone, are read
    ("وستخفض الوزارة القوة إلى ألفين و640 شرطياً بحلول الصيف.", [("troops", 2640, None, None, "exact")]),
    ("ونشرت الحكومة ألفي جندي على الحدود.", [("troops", 2000, None, None, "exact")]),
    ("وقتل أكثر من ألف شخص في المعارك التي دارت عام 2014.", [("killed", 1000, None, None, "at_least")]),
])
def test_a_thousand_word_beside_digits_without_and_is_left_out(sentence, expected):
    check(sentence, expected)
