"""Credit classes written from web batches 62 and 63, the pool and studied pages (nineteenth
session, h-meta24): a known outlet is found in every credit position an unknown name is found in.
Phrases written for the tests, positive and negative."""

import pytest

from tests.conftest import extract_one

pytestmark = pytest.mark.usefixtures("batched_phrases")  # one extraction for all the module's phrases

HEAD = "اشتباكات عنيفة في الأحياء الشرقية للمدينة القديمة\n\n"
BODY = ("قال مسؤولون إن القوات ستبقى في البلاد حتى نهاية العام، وفق ما أعلن اليوم في مؤتمر صحفي "
        "عقد في العاصمة بحضور عدد من الوزراء والمسؤولين.\n"
        "وأضاف المسؤولون أن الوحدات الجديدة ستنتشر في المناطق الحدودية خلال الأسابيع المقبلة.")


def credit(text):
    row = extract_one(text)["article_fields"].row(0, named=True)
    return row["source"], row["source_name"]


@pytest.mark.parametrize(
    "closing, source, name",
    [
        # a source line whose outlet stands between brackets, with its type noun and an editing
        # note after a comma or a dash: the outlet (a known one by its key)
        ("المصدر (صحيفة الشرق الأوسط، بتصرف)", "aawsat", "الشرق الأوسط"),
        ("(المصدر: الجزيرة نت - بتصرف)", "aljazeera", "الجزيرة نت"),
        ("المصدر: صحيفة الشرق الأوسط - بتصرف", "aawsat", "الشرق الأوسط"),
        # ... an outlet the table does not know: its name, the note left out
        ("المصدر: صحيفة النهار الجديد مع بعض التصرف", None, "صحيفة النهار الجديد"),
        ("(المصدر: موقع الحدث اليوم، بتصرف يسير)", None, "موقع الحدث اليوم"),
        # ... an editing note alone credits no one
        ("بتصرف", None, None),
        ("(بتصرف)", None, None),
    ],
)
def test_a_source_line_with_a_type_noun_and_an_editing_note(closing, source, name):
    assert credit(HEAD + BODY + "\n" + closing) == (source, name)


@pytest.mark.parametrize(
    "closing, source, name",
    [
        # "عن" and an outlet's noun on a line of its own after the body: that outlet
        ("عن موقع العربية نت", "alarabiya", "العربية نت"),
        ("عن صحيفة الشرق الأوسط", "aawsat", "الشرق الأوسط"),
        ("(عن صحيفة الأيام الجديدة بتصرف)", None, "صحيفة الأيام الجديدة"),
        # ... a sentence that opens with "عن" and a noun is no source line
        ("عن وكالة الأنباء الفرنسية قال مسؤول في الوزارة إن عدد المصابين ارتفع إلى خمسين.", None, None),
        # ... nor is "عن" before a word that is no outlet's noun
        ("عن الأوضاع الأمنية", None, None),
    ],
)
def test_from_and_an_outlet_noun_on_a_closing_line(closing, source, name):
    assert credit(HEAD + BODY + "\n" + closing) == (source, name)


@pytest.mark.parametrize(
    "text, source, name",
    [
        # a headline that opens with "عن" and an outlet's noun names what the story is about
        ("عن صحيفة الشرق الأوسط: ماذا يجري في المدينة القديمة\n\n" + BODY, None, None),
        # a sentence with the editing verb is a sentence ("تصرف بحكمة"), no note
        (HEAD + BODY + "\nوقالت المصادر إن القائد تصرف بحكمة خلال الأزمة وأمر بسحب الوحدات.", None, None),
    ],
)
def test_no_source_line_where_the_words_are_a_sentences(text, source, name):
    assert credit(text) == (source, name)


@pytest.mark.parametrize(
    "closing, source, name",
    [
        # a source label written with its tanween (نقلاً) is the label نقلا عن
        ("نقلاً عن موقع الجزيرة نت", "aljazeera", "الجزيرة نت"),
        ("نقلاً عن مصادر محلية في المدينة", None, None),
        # a known outlet's name with a word for its kind after it (الإخباري، الفضائية): the outlet
        ("المصدر: موقع سكاي نيوز عربية الإخباري", "skynews_ar", "موقع سكاي نيوز عربية الإخباري"),
        ("المصدر: قناة الجزيرة الفضائية", "aljazeera", "قناة الجزيرة الفضائية"),
        # ... an unknown one keeps its name and no key
        ("المصدر: موقع الحدث الإخباري", None, "موقع الحدث الإخباري"),
        # a site's name written with a dot before its web suffix (الجزيرة.نت)
        ("المصدر: الجزيرة.نت", "aljazeera", "الجزيرة.نت"),
        ("المصدر : العربية.نت", "alarabiya", "العربية.نت"),
    ],
)
def test_a_known_outlet_in_its_other_spellings_on_a_source_line(closing, source, name):
    assert credit(HEAD + BODY + "\n" + closing) == (source, name)


@pytest.mark.parametrize(
    "lone, source, name",
    [
        # a writer's name in Latin letters under the headline (a given name first) is no credit
        ("Ahmed Mansour", None, None),
        ("Sara Haddad", None, None),
        # ... an outlet's name in Latin letters still credits
        ("Lebanon 24", None, "Lebanon 24"),
        ("Nahar Press", None, "Nahar Press"),
    ],
)
def test_a_latin_writers_name_under_the_headline_is_no_credit(lone, source, name):
    assert credit(HEAD + lone + "\n\n" + BODY) == (source, name)
