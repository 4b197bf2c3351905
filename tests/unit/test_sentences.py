"""Sentence splitting: pieces tile the text, decimals stay inside, both splitting paths agree."""

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.sentences import GAP_HOLD, MARK, SENTENCE, WORD_GAP, split_sentences


def sentences(text: str) -> list[tuple[int, str]]:
    out = split_sentences(pl.DataFrame({"article_id": ["a"], "text": [text]})).collect()
    return list(zip(out["sent_start"], out["sentence"]))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("قتل 2.5 ألف. وأصيب 3!", [(0, "قتل 2.5 ألف."), (12, " وأصيب 3!")]),
        ("قال؟ نعم...\nسطر", [(0, "قال؟"), (4, " نعم..."), (12, "سطر")]),
        (".5 بالمئة. تم", [(0, ".5 بالمئة."), (10, " تم")]),
        ("انتهى!.5 جديد", [(0, "انتهى!."), (7, "5 جديد")]),
        ("أ.ب. 1.2.3", [(0, "أ."), (2, "ب."), (4, " 1.2.3")]),
    ],
)
def test_sentences_keep_decimals_and_offsets(text, expected):
    assert sentences(text) == expected


def test_text_holding_the_marker_character_is_split_like_any_other():
    text = f"قتل 5 جنود.{MARK} وأصيب 3."
    got = sentences(text)
    assert [s for _, s in got] == ["قتل 5 جنود.", f"{MARK} وأصيب 3."]
    assert all(text[start:start + len(s)] == s for start, s in got)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list("ab5 .!?؟\n٫") + [MARK, WORD_GAP]), max_size=40).map("".join))
def test_fast_split_tiles_the_text_exactly_like_the_sentence_regex(text):
    import re

    held = text.replace(WORD_GAP, GAP_HOLD + " " + GAP_HOLD)  # a "? ?" word gap ends no sentence
    expected = []
    for m in re.finditer(SENTENCE, held):
        if re.search(r"\w", m.group()):
            expected.append((m.start(), text[m.start():m.end()].rstrip(" \n")))
    assert sentences(text) == expected


def test_a_question_mark_on_each_side_of_a_space_is_a_word_gap_not_a_sentence_end():
    text = "قال? ?المتحدث? ?إن? ?12? ?جنديا? ?قتلوا. هل انتهى? نعم"
    got = sentences(text)
    assert [s for _, s in got] == ["قال? ?المتحدث? ?إن? ?12? ?جنديا? ?قتلوا.", " هل انتهى?", " نعم"]
    assert all(text[start:start + len(s)] == s for start, s in got)


def test_a_text_holding_the_placeholder_keeps_its_question_marks_as_terminators():
    text = f"سطر{GAP_HOLD}? ?ثان"
    assert [s for _, s in sentences(text)] == [f"سطر{GAP_HOLD}?", "ثان"]
