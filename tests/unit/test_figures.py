"""Troop figures and attack counts over real phrasings (spec §3-§5), positives and traps."""

import pytest

from tests.conftest import extract_one

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases


def figures(text):
    out = extract_one(text)
    troops = [("troops", r["value"], r["value_low"], r["qualifier"]) for r in out["troop_figures"].iter_rows(named=True)]
    attacks = [(r["measure"], r["value"], r["value_low"], r["qualifier"]) for r in out["attack_counts"].iter_rows(named=True)]
    return troops + attacks, out


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("حاليا، يوجد نحو 2500 جندي أمريكي في العراق.", [("troops", 2500, None, "approx")]),
        ("ولا يزال هناك نحو 3500 جندي أجنبي على الأراضي العراقيّة، من بينهم 2500 أميركي، لكن",
         [("troops", 3500, None, "approx"), ("troops", 2500, None, "exact")]),
        ("يأمر بإرسال خمسة آلاف جندي إضافيين إلى فيتنام.", [("troops", 5000, None, "exact")]),
        ("نشر 3 آلاف جندي جرى تدريبهم.", [("troops", 3000, None, "exact")]),
        ("ونشر المئات من جنود التحالف في عدن.", [("troops", None, 100, "vague")]),
        ("أعلنت الوزارة نشر 120 شرطيا اضافيا في الموقع.", [("troops", 120, None, "exact")]),
        ("نشر الجيش 300 جندي في المدينة بعد أسابيع من المعارك العنيفة مع المتمردين الذين سيطروا على الأحياء الشمالية والجنوبية من المدينة وقتلوا",
         [("troops", 300, None, "exact")]),
        ("وأرسلت قوات قوامها 5000 جندي.", [("troops", 5000, None, "exact")]),
    ],
)
def test_troop_figures(sentence, expected):
    found, _ = figures(sentence)
    assert found == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("سقط ما يصل إلى 14 صاروخا على قاعدة الأسد الجوية، ما تسبب في إصابة شخصين.",
         [("projectiles", 14, None, "up_to"), ("injured", 2, None, "exact")]),
        ("أقر التحالف بمقتل متعاقد وإصابة خمسة آخرين.", [("killed", 1, None, "exact"), ("injured", 5, None, "exact")]),
        ("واستهدف نحو 50 هجوما صاروخياً المصالح الاميركية.", [("attacks", 50, None, "approx")]),
        ("ما أسفر عن مقتل نحو 10 في صفوف مقاتلين موالين لإيران.", [("killed", 10, None, "approx")]),
        ("بتنفيذ مئات الهجمات بالصواريخ.", [("attacks", None, 100, "vague")]),
        ("مقتل جنديين تركيين بهجوم.", [("killed", 2, None, "exact")]),
        ("نفذت قوات التحالف الدولي 20 غارة جوية.", [("attacks", 20, None, "exact")]),
        ("قتل 21 شخصًا على الأقل في هجوم.", [("killed", 21, None, "at_least")]),  # the qualifier after the victims
        ("إن 22 مسلحًا، بينهم أربعة قادة، قتلوا.", [("killed", 22, None, "exact")]),
        ("ارتفع عدد القتلى إلى 50 شخصا.", [("killed", 50, None, "exact")]),
        ("عشرات القتلى والجرحى في هجوم.", [("casualties", None, 10, "vague")]),
        ("أسفر عن سقوط 30 بين قتيل وجريح.", [("casualties", 30, None, "exact")]),
        ("أوقع أكثر من 40 ألف قتيل.", [("killed", 40000, None, "at_least")]),
        ("وقتل خلال المواجهات في منطقة التواهي 28 شخصا.", [("killed", 28, None, "exact")]),
        ("قتلت مجموعة من القرويين خمس نساء.", [("killed", 5, None, "exact")]),
        ("إصابة فتاة وطفلين بمقذوف.", [("injured", 1, None, "exact"), ("injured", 2, None, "exact")]),
        ("مسلح يقتل ويصيب «9» أشخاص داخل سينما.", [("casualties", 9, None, "exact")]),
        ("أسفر عن مقتل 26 ونحو مئتي جريح.", [("killed", 26, None, "exact"), ("injured", 200, None, "approx")]),
        ("مقتل عقيد وإصابة ثمانية جنود.", [("killed", 1, None, "exact"), ("injured", 8, None, "exact")]),
        ("وأدت إلى مقتل ٣٢ من الناشطين.", [("killed", 32, None, "exact")]),
    ],
)
def test_attack_counts(sentence, expected):
    found, _ = figures(sentence)
    assert found == expected


@pytest.mark.parametrize(
    "trap",
    [
        "بعد أكثر من 18 عاماً على إرسال القوات الأميركية للبلاد.",     # duration
        "وانسحبت القوات الأمريكية من العراق في عام 2011.",            # year
        "سنرسل 500 ألف جرعة لقاح كورونا للعراق.",                     # doses
        "۳۵۹مشاهدات",                                                 # views
        "رمز الخبر: ۵۴۵۴۵",                                           # article code
        "احتلال تنظيم داعش لحوالي خمس مساحة العراق.",                 # fraction
        "وصلت 12 مقاتلة إلى القاعدة، و5 مقاتلات أخرى.",               # jets
        "صوت البرلمان على قرار يتضمن خمسة إجراءات.",                 # counted things
        "أعلنت الشرطة اعتقال 431 شخصا.",                              # arrests
        "تمكنت القوات من ضبط 14 صاروخا في المستودع.",                 # seized weapons
        "وقتل الجنرال في غارة جوية أمريكية.",                          # lone singular event
        "تعرضت القوات لعدد من الضربات.",                               # no magnitude
        "بلغت قيمة الصفقة 500 مليون دولار.",                           # money
        "تسجيل إصابة 3 حالات جديدة بفيروس كورونا.",                   # disease cases
        "الإبلاغ عن إصابة 1000 طفل بشلل الأطفال.",                     # disease, not violence
    ],
)
def test_traps_are_not_figures(trap):
    found, _ = figures(trap)
    assert found == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # Soldiers as victims are casualties, never strengths (corpus phrasings).
        ("هاجمت القوات على مشارف أجدابيا فقتلوا خمسة جنود.", [("killed", 5, None, "exact")]),
        ("أودى بحياة ثلاثة من العناصر التابعة لكتيبة شهداء أبو سليم.", [("killed", 3, None, "exact")]),
        ("لقي 13 عنصراً من المتمردين الحوثيين وقوات الرئيس السابق مصرعهم في اشتباكات.", [("killed", 13, None, "exact")]),
        ("وقالت إن الجنود الثلاثة قتلوا خلال مشاركتهم في العملية.", [("killed", 3, None, "exact")]),
        ("تمت تصفية 12 عنصرا من داعش في كمين.", [("killed", 12, None, "exact")]),
        ("إن 25 عنصرا من الحزب، بينهم قيادات ميدانية، يعتبرون في عداد المفقودين.", []),
        ("أطلق سراح ثلاثة عسكريين مخطوفين منذ سنة.", []),
        ("7- جندي متدرب عمر أحمد.", []),
        ("وفي عام 2015 تفجير إرهابي انتحاري بمسجد.", []),
        ("وليصبح لدينا 23 مليون رجل أمن يستطيعون محاصرته.", []),
        ("قدمت المؤسسة ما قوامه 6.2 مليار ريال خلال العام.", []),
        ("سيشكل قوة عمل لإصلاح الفيفا قوامها 11 شخصا.", []),
        ("وعزا هذا الإنجاز إلى ثلاثة عناصر رئيسية.", []),
        ("وكان الجنديان يقومان بعملية تفتيش روتينية.", []),
    ],
)
def test_soldiers_as_victims_captives_and_non_forces(sentence, expected):
    found, _ = figures(sentence)
    assert found == expected


def test_evidence_offsets_point_into_the_original_text():
    text = "عنوان الخبر\n\nحاليا، يوجد نحو ٢٥٠٠ جنديٍّ أمريكيّ في العراق، وسقط 14 صاروخاً."
    found, out = figures(text)
    rows = list(out["troop_figures"].iter_rows(named=True)) + list(out["attack_counts"].iter_rows(named=True))
    assert len(rows) == 2
    for r in rows:
        phrase = text[r["char_start"]:r["char_end"]]
        assert phrase in r["sentence"]
        assert r["sentence"] == text[r["sentence_start"]:r["sentence_start"] + len(r["sentence"])]
    assert text[rows[0]["char_start"]:rows[0]["char_end"]] == "نحو ٢٥٠٠ جنديٍّ أمريكيّ"
    assert text[rows[1]["char_start"]:rows[1]["char_end"]] == "14 صاروخاً"


def test_headline_and_body_mentions_are_two_rows():
    found, _ = figures("مقتل 5 جنود في هجوم\n\nأعلن الجيش مقتل 5 جنود في هجوم.")
    assert found == [("killed", 5, None, "exact"), ("killed", 5, None, "exact")]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # fighters counted by nationality, fighting for a side
        ("ويقاتل أكثر من ثلاثة آلاف تونسي في صفوف «داعش» في العراق.", [("troops", 3000, None, "at_least")]),
        ("فنحو 475 فرنسيًا أو مقيمًا يقاتلون حاليًا إلى جانب «داعش».", [("troops", 475, None, "approx")]),
        ("لدينا 1818 بين فرنسيين ومقيمين أجانب يقاتلون الى جانب داعش.", [("troops", 1818, None, "exact")]),
        # a troop count by range after عدد
        ("مقدرا عدد مقاتلي التنظيم فيها بما بين الف والفين.", [("troops", None, 1000, "exact")]),
        # definite and quoted magnitude words
        ("ووضع الجيش عشرات الآلاف من الجنود في حالة تأهب.", [("troops", None, 10000, "vague")]),
        ("بمشاركة «آلاف» المقاتلين العراقيين.", [("troops", None, 1000, "vague")]),
        ("وقتل الآلاف في الاشتباكات.", [("killed", None, 1000, "vague")]),
        ("واستطاعت قتل العشرات منهم.", [("killed", None, 10, "vague")]),
        # و + a count of persons after a casualty count inherits it; a subset after بينهم is its own row
        ("أفادت مصادر بمقتل 11 من تنظيم الدولة الاسلامية ( داعش) و11 مدنيا وإصابة 13 آخرين.",
         [("killed", 11, None, "exact"), ("killed", 11, None, "exact"), ("injured", 13, None, "exact")]),
        ("ووثق المرصد مقتل 71 ألفا و781 مدنيا بينهم 11 ألفا و964 طفلا.",
         [("killed", 71781, None, "exact"), ("killed", 11964, None, "exact")]),
        ("وقتل ناشطان في الهجوم.", [("killed", 2, None, "exact")]),
        ("هجوم انتحاري أودى بحياة 32 شخصا على الأقل.", [("killed", 32, None, "at_least")]),
        ("العملية الانتحارية التي أودت بحياة العشرات.", [("killed", None, 10, "vague")]),
        ("وقتلت وجرحت العشرات منهم.", [("casualties", None, 10, "vague")]),
        ("وشاهدنا جثث عشرات آخرين لقوا حتفهم.", [("killed", None, 10, "vague")]),
        ("وأضافت أن 12 حوثيا سقطوا قتلى أمس.", [("killed", 12, None, "exact")]),
        ("وإن عشرات الحوثيين سقطوا بين قتيل وجريح.", [("casualties", None, 10, "vague")]),
        ("أدت إلى سقوط العشرات من عناصر (داعش) بين قتيل وجريح.", [("casualties", None, 10, "vague")]),
        ("وبلغ اجمالي الوفيات 13.", [("killed", 13, None, "exact")]),
        ("قتل خمسة مدنيين وثمانية من قوات الأمن في الهجوم.", [("killed", 5, None, "exact"), ("killed", 8, None, "exact")]),
        ("إصابة مواطنين و 3 من أفراد الدفاع المدني.", [("injured", 3, None, "exact")]),
        ("وأكد أن الحصيلة النهائية لقتلى مسلحي تنظيم داعش في محيط المعمل بلغت أكثر من 20 عنصرا.", [("killed", 20, None, "at_least")]),
        ("وقدر عدد المقاتلين الاجانب في العراق وسوريا الذين جاءوا من عشرات الدول بالآلاف.", [("troops", None, 1000, "vague")]),
        ("وكانت الزوارق تقل 34 حوثيا باتجاه عدن.", [("troops", 34, None, "exact")]),
        # one or two persons, then a passive verb that ends the clause
        ("وقال الانفصاليون ان رجلا قُتل جراء قصف القوات.", [("killed", 1, None, "exact")]),
        ("ونقلت المحطة ان شرطيا ايضا قتل في الاشتباكات.", [("killed", 1, None, "exact")]),
        ("كما أوضحت أنّ جنديا «أصيب بجروح طفيفة».", [("injured", 1, None, "exact")]),
        ("وقالت الوزارة إن شرطيين أصيبا جراء انفجار عبوة.", [("injured", 2, None, "exact")]),
        ("وقال إن مسلحا قتل 5 أشخاص في الهجوم.", [("killed", 5, None, "exact")]),  # the count, not the gunman
    ],
)
def test_fighters_ranges_magnitudes_tolls_and_conjoined_counts(sentence, expected):
    found, _ = figures(sentence)
    assert sorted(found, key=str) == sorted(expected, key=str)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("لانخراط مراهق لا يتجاوز 16 سنة في صفوف تنظيم داعش.", []),  # an age, not fighters
        # no nationality: not a strength; the bodies of 50 are 50 killed
        ("ودفن جثث 50 من أبناء المنطقة كانوا يقاتلون في صفوفهم.", [("killed", 50, None, "exact")]),
        ("وصعد عام 2006 في صفوف طالبان.", []),  # a year
        ("واللاعبون الـ11 يقاتلون من أجل اللقب.", []),  # a team, not an armed side
        ("ونزح أكثر من 2.5 مليون شخص بينهم 500 ألف طفل بعد أن قتل العشرات.",  # بينهم belongs to the displaced
         [("killed", None, 10, "vague")]),
        ("هاجم مسلحان المتحف وقتلا سائحا.", []),  # the two gunmen killed, they were not killed
        ("للسيطرة على &#8220;حي التواهي&#8221; من الحوثيين.", []),  # an HTML entity, not 8221 fighters
        ("يوجد لدينا أسرى بالمئات من الحوثيين.", []),  # captives, not a force
    ],
)
def test_fighter_subset_and_entity_traps(sentence, expected):
    found, _ = figures(sentence)
    assert found == expected


def test_victims_is_null_or_a_phrase():
    _, out = figures("قتل 22 شخصا بينهم 12 جنديا. وقتل جنديان أمريكيان. عشرات القتلى.")
    victims = out["attack_counts"]["victims"].to_list()
    assert None in victims and "" not in victims


def test_the_figure_prefilter_lets_through_every_sentence_the_full_word_list_does():
    """The prefilter keeps only words that contain no other: the same sentences pass."""
    import polars as pl

    from etl.patterns import minimal_literals
    from etl.rules import grammar

    words = ["قتل", "قتلوا", "مقتل", "جنود", "الجنود", "صاروخ"]
    assert minimal_literals(words) == {"قتل", "جنود", "صاروخ"}
    sentences = pl.Series(["مقتل 5", "الجنود", "قتلوا", "صواريخ", "لا شيء", "صاروخا"])
    assert sentences.str.contains_any(words).to_list() == sentences.str.contains_any(sorted(minimal_literals(words))).to_list()
    g = grammar()
    assert not any(o != w and o in w for w in g.prefilter for o in g.prefilter)
