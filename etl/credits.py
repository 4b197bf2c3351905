"""The credited source (spec §1): the news organisation a credit line names, as a key of the
outlet table when it has one (``source``, ``sources``) and as the text writes it
(``source_name``), also when it has no key yet.

A credit line is found by its structure, not by its name:

=========  =================================================================================
shape      where and what
=========  =================================================================================
dateline   the first paragraph opens with short segments (a place, a date, a credit) that end
           at a colon, dash, slash or bracket: ``بغداد - رويترز``، ``أربيل (كوردستان 24)-``،
           ``واشنطن 26 يوليو 2021 (شينخوا)``، ``الدوحة في 12 مارس /قنا/``، ``شفق نيوز/``; an
           agency's one-word name glued to the first sentence (``رويتر قام الجيش ...``)
byline     a short line of such segments near the top, with a place, a date, a person, a
           generic credit or a known outlet beside the name: ``غزة / سما /``، ``متابعات – X –``
label      ``المصدر: X`` (or ``المصدر`` on one line and X on the next; two credits parted by a
           dash, ``المصدر: الدار– وم ع``; the name ends at a pipe; the line between brackets and
           an editing note after the name, ``(المصدر: صحيفة X، بتصرف)``), ``عن موقع X``, ``* خدمة X``,
           ``... appeared first on X``, an agency's syndication note in the last paragraph
           (``الأخبار المنشورة على الصفحة الرسمية لوكالة X``: a known agency only), an
           aggregator's relay note (``هذا الخبر بعنوان "..." نشر أولاً على موقع X``)
closing    the article ends with a bracketed or starred credit (``(أ ف ب)``، ``*الجزيرة``), an
           outlet name after the last sentence, or a short outlet-like line after the body
copyright  ``© X``
lone       an outlet-like name alone on a line under or above the headline
title      a first line that ends with the site's name (``... - الجزيرة نت``, ``... قناة العالم الإخبارية``)
=========  =================================================================================

Guards hold for names the table does not know, by structure rather than by name: page
furniture never credits (a line that opens with markup, image sizes, hidden e-mail addresses,
contact lines, share and follow buttons, date labels); a dateline opens with a place, a date, a
known outlet, a generic credit, a reporter or an outlet-shaped name (a marker, a place's
adjective or a place first), or with a word or two before a dash, and ends at its first outlet's
name; in a byline a name with nothing of an outlet's is a place or a role beside a reporter, and a
reporter beside a place; a lone line is no title, subheading or subject's name (what the headline
or the paragraph below repeats); a bracketed last line credits an outlet-shaped name only; and a
news agency credited on its own line outranks a name the table does not know (the site's own).

Earlier shapes win. Within a credit line every segment is classified from reference tables
(outlet spellings, places, given names, generic credits, stopwords, page chrome): a known
outlet gives its key; otherwise the last segment that is a name (not a place, person, date,
generic credit, section label or sentence) is the credited name. A generic credit alone
(``وكالات``) names no organisation.

All work is on lines with removable marks dropped (``clean``) and their normalised twin
(``norm``, the same length), so a segment found in ``norm`` is cut from ``clean`` as written.
"""

from __future__ import annotations

import re
from functools import lru_cache

import polars as pl

from .metadata import (BYLINE_LINES, HEAD_CHARS, SHORT_LINE, alternation, breadcrumb_pattern, date_patterns, head_lines, relay_head, relay_words,
                       stamp_patterns, stamp_weekdays)
from .normalize import LETTERS, REMOVABLE_CLASS, SUBSTITUTIONS, narrow, normalize
from .reference import read_csv

TAIL_CHARS = 800        # closing credits sit in the last lines of an article
TAIL_LINES = 4
TEASER_LINES = 4        # a "read also" teaser's lines (headline, paragraphs) read past to the article's end
LEDE_CHARS = 80         # a dateline is among the first characters of its paragraph
LEDE_PARAGRAPHS = 2     # ... of one of the first paragraphs (a teaser may come first)
NAME_MAX_WORDS = 4      # a credited name is short (المرصد السوري لحقوق الإنسان)
NAME_MAX_CHARS = 40
LONE_MAX_WORDS = 3      # an outlet name alone on its line
MENU_MAX_CHARS = 20     # a language switcher's entry
LONE_NEXT_CHARS = 200  # the opening of the paragraph below a lone name (and of the line above), read for that name
BYLINE_SHAPE_CHARS = 60  # a byline's length (a lone name below it is a subheading)
DEEP_LINES = 24         # below page furniture (a header of weather and rate widgets, a trending list), the line above the first paragraph is read up to here
FURNITURE_SKIP = 3      # furniture lines (buttons, blank marks) read past above the first paragraph
FURNITURE_REPEATS = 3   # a line printed this many times in the head is page furniture (a menu's icon label), no name
HEADLINE_MIN_WORDS = 4
CAPTION_WORD = r"[^\s\d\-–—:/|()\[\]]+"  # a caption's word: no digits, no separator
CAPTION_WORDS = 6       # a line of this many words before a bracketed credit, with no stop or separator, is a photo's caption
# ... or before a bar and the photo's credit ("جندي يسعف زميله بعد الانفجار في العاصمة | رويترز"), below the first line
CAPTION_BAR = rf"^(?:{CAPTION_WORD}\s+){{{CAPTION_WORDS - 1},}}{CAPTION_WORD}\s*\|\s*[^|]{{2,25}}$"
HEADLINE_MAX_CHARS = 200

ENGINE = "in-memory"  # small frames: the streaming engine's start-up costs more than it saves

# (site_link: a mirror's link to the story on the site it copied, the publisher's own name: any
# other credit names the report's source first, as "الوئام - CNN" credits CNN)
SHAPE_RANK = {"dateline": 1, "byline": 1, "label": 2, "closing": 3, "copyright": 4, "lone": 5, "title": 6, "site_link": 7}
UNKNOWN_PENALTY = 5     # label, closing, copyright, lone, title: a name ranks after every known credit
HEADLINE_NAME_RANK = 12 # a name in a dateline or byline on the first line, which may be the headline, ranks last

STRONG, WEAK, MASK, FROM, COMMA = "\x02", "\x03", "\x01", "\x04", "\x05"
# Separators are single characters (or fixed-length runs), replaced by a marker of the same
# length, so offsets in the marked text are offsets in the line.
SEPS = STRONG + WEAK + MASK + FROM + COMMA
STRONG_CHARS = r"[:)\-–—_/|\]}]"
COMMA_CHARS = r"[،,]"     # a comma parts a list or a sentence's clauses, not a credit line
WEAK_PUNCT = r"[(\[{*•]"
QUOTE_CHARS = r"[«»\"“”]"
WEAK_CHARS = r"[(\[{،,*•«»\"“”]"
DIGIT_JOIN = r"([0-9])[\-–—/]([0-9])"  # (twice: a match takes the digit after it)
JOINER = "."
WIDGET_TIME = r"[0-2]?[0-9]:[0-5][0-9]\s*(?:am|pm|ص|م)?"  # a clock time alone beside a word: a widget's row
QUOTES = " \t\u00a0\u2009\u202f\"'«»“”*•()[]{}."


EDGE = "_edge"  # a pattern's group for the mark before a word's start (see credit_patterns' stamp)


def _plain(pattern: str) -> str:
    """A pattern without its group names (to embed one grammar in another)."""
    return re.sub(r"\?P<\w+>", "?:", pattern)


# A lazy DFA over an alternation of more words than this outgrows its cache and is built
# again and again as it scans (a place list of 770 names searched as one pattern is three
# times slower than as three): a test for any of many words runs one pattern per share.
WORDS_PER_PATTERN = 300


@lru_cache(maxsize=None)
def _word_patterns(words: frozenset, before: str, after: str) -> tuple[str, ...]:
    ordered = sorted({normalize(w).strip().lower() for w in words if w.strip()}, key=lambda w: (-len(w), w))
    shares = [ordered[i:i + WORDS_PER_PATTERN] for i in range(0, len(ordered), WORDS_PER_PATTERN)]
    return tuple(f"{before}{alternation(share)}{after}" for share in shares)


def contains_word(expr: pl.Expr, words, before: str = r"(?:^|[^\w])", after: str = r"(?:[^\w]|$)") -> pl.Expr:
    """``expr`` contains one of ``words`` between ``before`` and ``after``: the same test as
    ``expr.str.contains(before + alternation(words) + after)``, in shares of WORDS_PER_PATTERN."""
    patterns = _word_patterns(frozenset(words), before, after)
    if not patterns:
        return pl.lit(False)
    return pl.any_horizontal([expr.str.contains(narrow(p)) for p in patterns])


@lru_cache(maxsize=None)
def credit_tables() -> dict:
    """Reference knowledge of credit lines, normalised: outlet spellings by position, places,
    given names and the roles of words (credit_words.csv)."""
    byline, closing = {}, {}
    for r in read_csv("outlet_spellings.csv"):
        sp = " ".join(normalize(r["spelling"]).lower().split())
        if r["where"] in ("any", "byline"):
            byline.setdefault(sp, r["key"])
        if r["where"] == "closing":
            closing.setdefault(sp, r["key"])
    closing = {**byline, **closing}
    words: dict[str, set] = {}
    for r in read_csv("credit_words.csv"):
        words.setdefault(r["role"], set()).add(" ".join(normalize(r["word"]).lower().split()))
    generic = {" ".join(normalize(r["phrase"]).lower().split()) for r in read_csv("generic_credits.csv")}
    return {
        "byline": byline, "closing": closing,
        "kinds": {r["key"]: r["kind"] for r in read_csv("outlets.csv")},
        "places": {" ".join(normalize(r["name"]).lower().split()) for r in read_csv("dateline_places.csv")},
        "countries": {" ".join(normalize(r["name"]).lower().split()) for r in read_csv("dateline_places.csv") if r["kind"] in ("country", "region")},
        "given": {normalize(r["name"]).lower() for r in read_csv("given_names.csv")},
        "generic": generic, **words,
        # the nouns a number counts (صاروخ، جندي، شخصا): a number before one is a count, no name
        "counted": {normalize(r["phrase"]).lower() for r in read_csv("figure_triggers.csv")
                    if r["form"] in ("noun", "noun_mil") and " " not in r["phrase"].strip()}
                   | {normalize(r["word"]).lower() for r in read_csv("counted_person_nouns.csv")},
    }


@lru_cache(maxsize=None)
def credit_patterns() -> dict[str, str]:
    t = credit_tables()
    dp, sp = date_patterns(), stamp_patterns()
    time = r"[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?(?:\s*(?:صباحا|مساءا|مساء|ص|م|am|pm))?"
    label_words = [r["label"] for r in read_csv("date_labels.csv") if r["kind"] not in ("time", "equivalent")]
    labels = alternation(label_words)
    # (a stamp's label opens with a letter: the edge before it below stands for a word boundary)
    if not all(re.match(r"\w", normalize(w).strip()) for w in label_words if w.strip()):
        raise ValueError("date_labels.csv: a stamp's label must open with a letter")
    equivalent = alternation(r["label"] for r in read_csv("date_labels.csv") if r["kind"] == "equivalent")
    crawl = alternation(r["label"] for r in read_csv("date_labels.csv") if r["kind"] == "crawl")
    time_words = alternation(r["label"] for r in read_csv("date_labels.csv") if r["kind"] == "time" and len(r["label"]) > 1)
    weekday = alternation(r["name"] for r in stamp_weekdays())
    months = alternation(r["name"] for r in read_csv("months.csv") if r["family"] not in ("english", "english_short", "hijri"))
    # (an English month's name or its short form alone, as a stamp "21-Jun-16" glued to a name
    # leaves it between separators: a date's, no name)
    english_months = alternation(r["name"] for r in read_csv("months.csv") if r["family"] in ("english", "english_short"))
    word = lambda role: alternation(t.get(role, ()))
    # a reporting verb (قالت، أعلن) glued to the name before it, a word of its own after it
    GLUED_VERB = rf"(?:و|ف)?(?:{word('reporting_verb')})\s"
    # A stamp (label, weekday, Hijri equivalent, date, time) is masked as one piece.
    # (the Hijri date before its equivalent, a dash between them allowed: "9 صفر 1442 ه –
    # الموافق 27 سبتمبر 2020 م"; or after the date and its time: "23 نوفمبر 2024 02:27 م
    # 21 جمادى أول 1446ه")
    # The label stands at a word's start: at the text's start, after a space (taken with it)
    # or after a mark, given by ``edge``. (No Unicode \b: on Arabic text it takes polars'
    # regex off its DFA onto a search some fifty times slower.)
    stamp = lambda edge: (
        rf"(?:{edge}{labels}\s*[:：]?\s*)?(?:{weekday}[\s,،\-]*)?(?:(?:{_plain(sp['hijri'])})[\s\-–—,،]*{equivalent}\s*)?"
        rf"{_plain(dp['full'])}(?:\s*(?:م|ء)(?:[^\w]|$))?(?:[\s,،|\-]*(?:الساعه|علي الساعه)?\s*{time})?"
        # (its Hijri equivalent after it, with or without the time between: "الثلاثاء 12 أبريل
        # 2016 - 5 رجب 1437" is one stamp, the Hijri date no segment of words)
        rf"(?:[\s,،|\-]*(?:{_plain(sp['hijri'])}))?")
    return {
        # (the mark before a label is taken as group _edge: _mask_first gives it back to the
        # text before the stamp, so the stamp starts where a \b before the label would)
        "stamp": stamp(rf"(?:^|\s|(?P<{EDGE}>[^\w\s]))"),
        # ... after ``^\s*``, where a label's start follows the text's start or a space
        "stamp_opening": stamp(r"(?:^|\s)"),
        "time": time,
        # a segment of month names alone (فبراير، شباط فبراير، كانون الثاني), Arabic families
        "month_names": rf"^(?:{months})(?:\s+(?:{months}))*$|^(?:{english_months})\.?$",
        # a crawler's stamp that gives a month alone ("date 2018-05" opening the text): a
        # stamp too, masked as one piece (the name after it is the credit's)
        "crawl_month": rf"(?:^|\s)(?:{crawl})\s+[0-9]{{4}}-[0-9]{{1,2}}(?:[^\w]|$)",
        "place": alternation(t["places"]),
        # (the words of a firm credit line: see firm())
        "firm_digits": r"[0-9]{4}|[0-9]:[0-9]",
        # a date, a time, a weekday, a date label or a Hijri date's equivalent (الموافق): a stamp, never a name
        # (a time word only opens a stamp: الساعة in a name is a word of it, مدار الساعة)
        "dateish": rf"{_plain(dp['full'])}|{time}|(?:^|[^\w])(?:{labels}|{equivalent}|{weekday}|{word('date_word')})(?:[^\w]|$)|^\W*(?:{time_words})(?:[^\w]|$)",
        # (the name ends at a pipe: "المصدر: X | x.com" names X and its address; a pipe may
        # also stand for the colon, "المصدر | X + وكالات")
        # (a bare noun, مصدر, labels only before a colon or a pipe: "مصدر أمني قال" is a sentence)
        # (a place and its separator before the name are the dateline's: "المصدر / القاهرة: X" names X)
        # (a name between brackets after the credited one is the site that relayed it: "المصدر:
        # X ( Y )" credits X, as an aggregator prints it; two agencies parted by a slash,
        # "المصدر: X / Y", credit the first)
        # (the label may open a bracket that closes the line, "(المصدر: صحيفة X، بتصرف)")
        "source_label": rf"^(?P<pre>[\s*•\-]*[(\[]?\s*(?:(?:{word('source_label')})\s*[:：\-/|]?|(?:{word('source_label_sep')})\s*[:：|])\s*"
                        rf"(?:(?:{alternation(t['places'])})\s*[:：\-–—/]\s*)?)(?P<name>[^|/]*?)\s*"
                        rf"(?:\s[(\[][^()\[\]|]{{2,40}}[)\]]?\s*)?(?:/[^|]*)?(?:\|.*)?$",
        # on the line as written (checked on every candidate line: no normalising)
        # "عن" labels a source only before an outlet's noun, on a short line of its own: "عن موقع
        # X"، "(عن صحيفة X بتصرف)" (the noun is the name's: a sentence's "عن" opens no credit line)
        "source_from": rf"^(?P<pre>[\s*•\-]*[(\[]?\s*(?:{word('from_label')})\s+)(?P<name>(?:{word('outlet_noun')})\s[^|/()\[\]:.!؟]{{2,40}}?)\s*[)\]]?\s*\.?\s*$",
        "source_label_alone": r"(?i)^\s*(?:" + "|".join(
            re.escape(r["word"]) for r in read_csv("credit_words.csv") if r["role"] == "source_label") + r")\s*[:：\-]?\s*$",
        # (in any spelling that normalises alike: "نقلاً عن" with its tanween is نقلا عن)
        "source_label_raw": r"(?i)(?:" + "|".join(
            loose(r["word"]) for r in read_csv("credit_words.csv") if r["role"].startswith("source_label")) + r")",
        "source_label_after": rf"(?:^|[^\w])(?:{word('source_label_after')})\s+(?P<name>[^.]+?)\s*\.?\s*$",
        # the name that ends an RSS footer in Arabic (ظهرت أولاً على X.), read on footer lines only
        "rss_footer": rf"(?:^|[^\w])(?:{word('rss_footer')})\s+(?P<name>[^.]+?)\s*\.?\s*$",
        # a label after the last sentence, on its line: "... مراكزها. المصدر: X"
        # (a bar may stand before it, and a dash for the colon: "... بجراح. │المصدر - X", a
        # page's source box printed after the text)
        "source_label_inline": rf"[.!؟\"»)]\s+(?:{word('inline_source_label')}\s*[:：]|[│┃|]\s*(?:{word('inline_source_label')})\s*[:：\-–—])"
                               rf"\s*(?P<name>[^.!؟:()|│┃\-–—]{{2,40}}?)\s*\.?\s*$",
        "copyright": r"(?:©|\(c\)|copyright)\s*(?:[0-9]{4}\s*)?(?P<name>[^|،,.©]{2,40})",
        # "حقوق النشر محفوظة لموقع X وليس ...": the name runs to a conjunction or a stop
        "rights_reserved": rf"(?:^|\s)(?:{word('rights_reserved')})\s*(?:ل\s*)?(?:(?:ل|ال)?(?:{word('outlet_noun')})\s+)?(?:[0-9]{{4}}\s*)?"
                           rf"(?P<name>[^|،,.©\s][^|،,.©]{{1,39}}?)\s*(?:[0-9]{{4}}\s*)?(?:\s[وف]?(?:{word('stopword')})(?:\s.*)?|[|،,.©].*)?$",
        # a page title that ends with the site's name: "... - الجزيرة نت", "... قناة العالم الإخبارية"
        "title_site": r"\s[-–—|]\s+(?P<name>[^-–—|:]{2,30})$",
        # a photo's credit: a photo label and a colon anywhere on the line ("الصورة: أ ف ب",
        # "جنود في دورية - صورة: رويترز"), or a photo label and a dash or slash that open it
        # ("صورة أرشيفية - رويترز"): the credit there is the picture's, not the report's
        # (... or a photo label that opens the line and the credit between brackets after it:
        # "صورة توضيحية (رويترز)")
        "photo_line": rf"(?:^|[^\w])(?:{word('photo_label')})\s*[:：]|^\W*(?:{word('photo_label')})\s*[\-–—/|(\[]",
        "title_outlet": rf"\s(?P<name>(?:{word('outlet_noun')})\s+\S+(?:\s+\S+)?)$",
        # (after a dash or two that close the text: "--(بترا)")
        "bracketed_label": rf"^\s*[-–—_]*\s*[(\[]\s*(?:{word('source_label')}|{word('from_label')}\s)",
        "bracketed_line": r"^\s*[-–—_]*\s*[*(\[«\"]+\s*(?P<name>[^()\[\]*«»\"]{2,40}?)\s*[)\]»\"]*\s*$",
        # a photo caption: a sentence, its full stop, and the photo's credit between brackets
        # ("سفينة ... يحتجزها الحوثيون. (أف ب)"): above the body it credits the photo, not the report
        # ... or a caption of CAPTION_WORDS words or more with no stop and no separator, a
        # sentence's length ("بعض المباني سويت بالأرض بسبب التفجيرات (رويترز)"), or a line that
        # ends with a photo's credit word between brackets ("الجيش الكويتي (إنترنت)")
        "caption_credit": (r"^\S+(?:\s+\S+){2,}?[^\W\d_]{2}\.\s*[(\[][^()\[\]]{2,25}[)\]]\s*$"
                           rf"|^(?:[^\s\-–—:/|()\[\]]+\s+){{{CAPTION_WORDS},}}[(\[][^()\[\]]{{2,25}}[)\]]\s*$"
                           rf"|[(\[]\s*(?:{word('photo_credit')})\s*[)\]]\s*$"
                           # ... or four words or more, no digits, a sentence's word among them after
                           # the first ("جنود في دورية قرب الحدود (أ ف ب)": a dateline names a place
                           # and a date, ايلاف من لندن three words)
                           rf"|^(?:{CAPTION_WORD}\s+)+(?:{word('stopword')})\s+(?:{CAPTION_WORD}\s+){{2,}}[(\[][^()\[\]]{{2,25}}[)\]]\s*$"
                           rf"|^(?:{CAPTION_WORD}\s+){{2,}}(?:{word('stopword')})\s+(?:{CAPTION_WORD}\s+)+[(\[][^()\[\]]{{2,25}}[)\]]\s*$"),
        # a bar of share or follow buttons parted by | with one other part: the outlet's name
        # (Sputnik Arabic | X | WhatsApp)
        "share_bar": rf"^(?P<pre>\s*(?:(?:{word('social')})\s*[|·•]\s*)*)(?P<name>[^|·•]{{2,40}}?)"
                     rf"(?P<post>(?:\s*[|·•]\s*(?:{word('social')}))*)\s*$",
        "bracketed_tail": r"[.!؟\"»)]\s*[(\[\"]\s*(?P<name>[^()\[\]\"]{2,40}?)\s*[)\]\"]\s*$",
        # ... its closing bracket lost at the very end ("... من العراق. ( بي بي سي"): a known
        # outlet's name only (an unclosed bracket after the last stop may open anything)
        "bracketed_open": rf"[.!؟\"»]\s*[(\[]\s*(?P<name>{alternation(t['closing'])})\s*$",
        # a bracketed credit after the last word, before the paragraph's full stop ("... البنك
        # (رويترز)."): an agency's only (see credits)
        "bracketed_stop": r"[^\W\d_]\s+[(\[]\s*(?P<name>[^()\[\]]{2,25}?)\s*[)\]]\s*\.\s*$",
        # ... but not an acronym glossing the outlet the sentence names ("قال ... لوكالة الأنباء
        # الألمانية (د.ب.أ)."): a source cited (also with the article, "وفق ما نقلته الوكالة
        # العربية السورية للأنباء (X).", "للوكالة")
        "bracketed_gloss": rf"(?:^|\s)[لبو]?(?:ال|ل)?(?:{word('outlet_noun')})\s(?:\S+\s+){{0,3}}[(\[][^()\[\]]{{2,25}}[)\]]\s*\.\s*$",
        # an outlet's full name alone on the last line, with its full stop and an acronym between
        # quotes or brackets: "وكالة X للأنباء «كسا»." (a noun such as وكالة first; see credits)
        "named_closing": rf"^[\s*•\-]*(?P<name>(?:{word('outlet_noun')})\s[^.!؟:()«»\"“”]{{2,40}}?)\s*(?:[«\"“(]\s*[^\s«»\"“”()]{{2,12}}\s*[»\"”)])?\s*\.\s*$",
        # a closing line of a city, a dash and the outlet ("أبوظبي – سكاي نيوز عربية")
        "place_closing": rf"^(?P<pre>\s*(?:{alternation(t['places'])})\s*[-–—|/]\s*)(?P<name>[^-–—|/:.!؟]{{2,40}}?)\s*\.?\s*$",
        "outlet_tail": rf"[.!؟\"»]\s+(?P<name>(?:{word('outlet_noun')})\s[^.!؟]{{2,40}})$",
        # a known agency after the last sentence, behind a place and a separator or a source
        # label ("... شمالي المدينة. الموصل | د ب أ", "... بجروح. نقلا عن «يو.بي.آي»"; see credits)
        # (... or alone after it, glued to its stop as the scraper lost the space: "... المتطرف.ا.ف.ب")
        # (glued to a full stop only: a quote glued to the name opens it, "الصور من «واس»")
        "agency_tail": rf"(?:[.!؟\"»]\s+|[.!؟]\s*)(?:(?:{alternation(t['places'])})\s*[|\-–—/]\s*|(?:{word('source_label')})\s*[:：]?\s*)?"
                       rf"[\"«“(]?\s*(?P<name>{alternation(t['closing'])})\s*[\"»”)]?\s*\.?\s*$",
        # (or glued to a reporting verb, the scraper's lost space: "كييف – رويترزقالت وزارة ...")
        "known_opening": rf"^(?P<name>{alternation(t['byline'])})(?:\s|$|{GLUED_VERB})",
        # ... but a spelling that is also a word of time before a weekday is a date ("اليوم الأحد")
        "known_weekday": rf"^(?:{alternation(t['byline'])})\s+(?:{weekday})(?:[^\w]|$)",
        # "قتل عشرة مدنيين اليوم (السبت) في ...": a time adverb and its weekday between
        # brackets are a sentence's, the words before them no dateline's
        "adverb_weekday": rf"(?:^|\s)(?:{word('time_adverb')})\s*[(\[]\s*(?:{weekday})\s*[)\]]",
        # an agency's syndication note after the body: "الأخبار المنشورة على الصفحة الرسمية
        # لوكالة الأناضول، هي اختصار ..." names the agency (a known one only)
        "syndication": rf"(?s)^(?P<pre>.*?(?:^|\s)(?:{word('syndication_label')})\s*(?:ل|ال)?\s*(?:(?:{word('outlet_noun')})\s+)?)"
                       rf"(?P<name>{alternation(t['closing'])})(?:[^\w]|$)",
        "reporting": rf"^\W*(?:و|ف)?{word('reporting_verb')}(?:\s|$)",
        # (or two words: an outlet's name of two, "X أنفو : قالت ..."; _dateline's opener wants
        # them marked as an outlet's)
        "word_colon_verb": rf"^\W*[^\W\d_]+(?:\s+[^\W\d_]+)?\s*:\s*(?:و|ف)?{word('reporting_verb')}\s",
        # an agency's one-word name glued to the first sentence (رويتر قام الجيش ...)
        # (a dateline's place may stand before it, no separator either: "بغداد واس لقي ...")
        "glued_agency": rf"^(?P<pre>\W*(?:(?P<place>[^\W\d_]+)\s+)?)(?P<name>{alternation(glued_agencies())})(?:\s*\.\s+[^\W\d_]|\s+[^\W\d_]|{GLUED_VERB})",
    }


def firm(expr: pl.Expr) -> pl.Expr:
    """``expr`` names a place, a known outlet or a generic credit, or carries a year or a
    time: a credit line's evidence."""
    t = credit_tables()
    # (an underscore parts a credit's segments as a dash does, "الصباح اليمني_متابعات", but
    # is a word character to the engine)
    words = expr.str.replace_all("_", " ", literal=True)
    return contains_word(words, t["places"] | set(t["byline"]) | t["generic"]) | expr.str.contains(credit_patterns()["firm_digits"])


@lru_cache(maxsize=None)
def glued_agencies() -> dict[str, str]:
    """One-word Arabic spellings of agencies (normalised) → key: the names that may open a
    paragraph as its dateline with no separator (a daily's or a channel's name opens
    sentences: الجزيرة، الرياض; ``وكالة الأنباء الفرنسية نقلت`` is a sentence's subject)."""
    t = credit_tables()
    # (nor a word that is also a given name, a place or a sentence's word: فارس، قنا، بنا;
    # nor an adjective that may be a sentence's subject: الفرنسية)
    taken = t["given"] | t["places"] | t.get("stopword", set())
    return {sp: k for sp, k in t["byline"].items()
            if t["kinds"].get(k) == "agency" and " " not in sp and not sp.isascii() and sp not in taken
            and not (sp.startswith("ال") and sp.endswith("يه"))}


ACRONYM_LETTERS = r"^[^\W\d_](?:\s*\.\s*|\s+)[^\W\d_](?:(?:\s*\.\s*|\s+)[^\W\d_])*\s*\.?$"  # single letters parted by dots or spaces
LATIN_HYPHEN = r"([a-z])-([a-z])"  # a hyphen inside a Latin word (walkie-talkie): no separator
DASHES = "-–—_/"  # a dash or a slash between a credit's segments
# A line that opens with markup or an address (an image placeholder's "<image>data:image/...",
# "https://..."): page furniture, neither a paragraph nor a credit line (an address inside a
# paragraph is the paragraph's): one of these marks within its first MARKUP_CHARS characters
MARKUP_MARKS = ["<image", "<img", "<figure", "<div", "<p>", "<a ", "://", "data:image"]
MARKUP_CHARS = 16
IMAGE_SIZE = r"(?:^|[^\w])[0-9]{2,4}\s*[x×]\s*[0-9]{2,4}(?:[^\w]|$)"  # an image's width and height (454x140)
# an image's file name (b3fd73a8.jpg, photo_12.webp): a page's markup, no name
IMAGE_FILE = r"\.(?:jpe?g|png|gif|webp|svg|bmp)(?:[^\w]|$)"
PHONE = r"[0-9]{5}"  # a telephone or fax number's digits: no outlet's name
PERCENT = r"[0-9]\s*[%\u066a]"  # a percentage: a figure, no outlet's name
# a place, a separator, a word or two and a separator: "السعوديه/ نبا-"، "تعز (ديبريفر) -" (group 1: the place)
PLACE_CREDIT_OPENING = r"^\W*([^\W\d_]+(?:\s[^\W\d_]+)?)\s*[/\-–—(:]\s*[^\s/\-–—():]+(?:\s[^\s/\-–—():]+)?\s*[\-–—):/]"
BBCODE = r"\[/?[a-z]{1,10}(?:=[^\]\n]{0,30})?\]"  # a forum's markup tag, lower case ([AFP] is a credit)
SHORTCODE = r"\[[a-z][a-z_-]{1,20}\s+[a-z_-]{1,20}=[^\]\n]{0,60}\]"  # a CMS shortcode with its attributes ([metaslider id=2149], [caption id="x" align="y"]): no words of the page
TEMPLATE_FIELD = r"\{\{?\s*[a-z_]{1,20}\s*\}?\}"  # a page template's unfilled field ({title}, {{ author }}): no words of the page
def loose(phrase: str) -> str:
    """A pattern for ``phrase`` as written, in any spelling that normalises alike (إقرأ أيضاً
    for اقرأ أيضا): each letter's variants, marks after any letter, any spaces between words."""
    variants: dict[str, set] = {}
    for src, dst in SUBSTITUTIONS.items():
        variants.setdefault(dst, {dst}).add(src)
    out = []
    for ch in normalize(phrase).lower():
        if ch.isspace():
            out.append(r"\s+")
            continue
        chars = variants.get(ch, {ch})
        out.append(("[" + "".join(re.escape(c) for c in sorted(chars)) + "]" if len(chars) > 1 else re.escape(ch)) + REMOVABLE_CLASS + "*")
    return "".join(out)


@lru_cache(maxsize=None)
def read_also_pattern() -> str:
    """A line that is only a "read also" label (``إقرأ أيضاً:``), as written."""
    words = "|".join(loose(r["word"]) for r in read_csv("credit_words.csv") if r["role"] == "read_also")
    return rf"(?m)^[^\w\n]*(?:{words})[^\w\n]*$"


HTML_ENTITIES = {"&nbsp;": " ", "&ndash;": "–", "&mdash;": "—", "&quot;": '"', "&amp;": "&", "&laquo;": "«", "&raquo;": "»"}


def _clean(expr: pl.Expr) -> pl.Expr:
    """The line as written, less its removable marks and HTML entities left by the scraper
    (a tatweel standing alone is a dash)."""
    return (
        expr.str.replace_many(list(HTML_ENTITIES), list(HTML_ENTITIES.values()))
        .str.replace_all(r"(^|\s)\u0640+(\s|$)", "$1-$2")
        # ... and so is one glued to the end of a word before a space ("المدينةـ جدة"; not
        # a one- or two-letter prefix drawn out before its word: بـ «X»، الـ 17)
        .str.replace_all(narrow(r"([^\W\d_\u0640]{3})\u0640+(\s)"), "$1-$2").str.replace_all(REMOVABLE_CLASS, "")
        # a plus between spaces joins a credit's parts as a slash does (زمن نيوز + وكالات)
        .str.replace_all(r"(\s)\+(\s)", "$1/$2")
        # a forum's markup tags ([align=center], [b], [/color]) are no words of the line
        .str.replace_all(BBCODE, "").str.replace_all(SHORTCODE, "").str.replace_all(TEMPLATE_FIELD, "")
    )


def _normalized(cleaned: pl.Expr) -> pl.Expr:
    """:func:`etl.normalize.normalize_expr` of a line :func:`_clean` has cleaned, lower case
    (its removable marks are gone already: one pass fewer)."""
    return cleaned.str.replace_many(LETTERS).str.to_lowercase()


def _mask_first(lines: pl.LazyFrame, col: str, pattern: str) -> pl.LazyFrame:
    """``col`` with its first match of ``pattern`` overwritten by MASK characters (same length).
    (One search finds the match and the text before it: the lazy prefix stops at the first
    place the pattern matches, as a plain search would.)"""
    found, before = pl.col("_found"), pl.col("_before").str.len_chars()
    lines = (
        lines.with_columns(pl.col(col).str.extract_groups(narrow(rf"(?s)^(?P<_before>.*?)(?P<_found>{pattern})")).alias("_mask"))
        .unnest("_mask")
    )
    if f"(?P<{EDGE}>" in pattern:
        # (a mark the pattern took before a word, group EDGE, is the text's before the match)
        edge = pl.col(EDGE).str.len_chars().fill_null(0)
        lines = lines.with_columns(pl.concat_str([pl.col("_before"), pl.col(EDGE).fill_null("")]).alias("_before"),
                                   found.str.slice(edge).alias("_found")).drop(EDGE)
    return (
        lines
        .with_columns(
            pl.when(found.is_null()).then(pl.col(col))
            .otherwise(pl.concat_str([pl.col(col).str.slice(0, before), pl.lit(MASK * 300).str.slice(0, found.str.len_chars()),
                                      pl.col(col).str.slice(before + found.str.len_chars())])).alias(col)
        )
        .drop("_found", "_before")
    )


def candidate_lines(articles: pl.LazyFrame, lines: pl.LazyFrame | None = None) -> pl.LazyFrame:
    """The lines a credit may stand in: the first BYLINE_LINES lines (``part`` head,
    ``line_no`` from 0; from ``lines``, the :func:`etl.metadata.head_lines`, when given) and
    the last TAIL_LINES lines (``part`` tail, ``line_no`` from -1 at the end), with ``clean``
    and ``norm`` text, a line id ``lid`` and their neighbours' shapes. (Neighbours are read
    with plain shifts over rows in article and line order: window functions over many small
    groups would cost more than the whole extraction.)"""
    n = pl.col("line").str.len_chars()
    # A test that matters for short lines alone reads them alone: a longer line is null there
    # (string functions skip nulls), so no paragraph is scanned for it.
    up_to = lambda chars: pl.when(n <= chars).then(pl.col("line"))
    # about the number of words, by spaces (a regex per line costs more)
    ends_sentence = pl.col("line").str.slice(-3).str.contains(r"[.!؟?:]\s*$")
    # at least HEADLINE_MIN_WORDS words (an anchored test stops early; counting reads the line)
    headline_like = (
        (n <= HEADLINE_MAX_CHARS) & up_to(HEADLINE_MAX_CHARS).str.contains(r"^\S+" + r"\s+\S+" * (HEADLINE_MIN_WORDS - 1)).fill_null(False)
        & ~ends_sentence
    )
    # (read on short lines only: see short_may)
    few_words = ~up_to(SHORT_LINE).str.contains(r"^\S+" + r"\s+\S+" * LONE_MAX_WORDS).fill_null(True)
    label_alone = credit_patterns()["source_label_alone"]
    label_words = credit_patterns()["source_label_raw"]
    label_opening = r"(?i)^\s*(?:" + "|".join(
        loose(r["word"]) for r in read_csv("credit_words.csv") if r["role"] == "source_label") + r")\s*[:：]"
    # an RSS footer as WordPress writes it in Arabic, as written: a line that opens with the
    # post's noun and names the site after its words (التدوينة ... ظهرت أولاً على X.)
    role_words = lambda role: "|".join(loose(r["word"]) for r in read_csv("credit_words.csv") if r["role"] == role)
    from_opening = rf"^[\s*•(\[\-]*(?:{role_words('from_label')})\s+(?:{role_words('outlet_noun')})\s"
    footer = rf"^[^\w\n]*(?:{role_words('rss_post')})\s.*(?:{role_words('rss_footer')})\s"
    menu = sorted(r["word"].lower() for r in read_csv("credit_words.csv") if r["role"] == "language_menu")
    # a short line that ends with a sentence's word (في، من، على) breaks a sentence: the line below
    # goes on with it, no dateline opens there (a paragraph hard-wrapped: "قال القيادي في⏎العراق (X)، ...")
    open_end = rf"(?:^|\s)(?:{role_words('stopword')})\s*$"
    # (as written: the rights line's words in both spellings of their last letter)
    rights_words = "|".join(re.escape(r["word"].split()[0]) for r in read_csv("credit_words.csv") if r["role"] == "rights_reserved")
    all_head = lines if lines is not None else head_lines(articles)
    listing = [r["heading"] for r in read_csv("listing_headings.csv")]
    # Below a page's furniture (a menu, a list of other headlines) the credit line stands
    # right above the first paragraph, or opens it: those two lines are read also when they
    # come after the first BYLINE_LINES (within DEEP_LINES).
    lede_no = (
        all_head.filter((pl.col("line").str.len_chars() > SHORT_LINE) & (pl.col("line_no") >= BYLINE_LINES))
        .filter((pl.col("article_id") != pl.col("article_id").shift(1)).fill_null(True))
        .select("article_id", pl.col("line_no").alias("_lede_no"))
    )
    first_long = all_head.filter((pl.col("line").str.len_chars() > SHORT_LINE) & (pl.col("line_no") < BYLINE_LINES)).select("article_id").unique()
    window = (
        all_head.filter(pl.col("line_no").is_between(BYLINE_LINES, DEEP_LINES - 1))
        .join(first_long, on="article_id", how="anti")
        .join(lede_no, on="article_id", how="inner")
    )
    # (furniture lines right above the first paragraph, a player's "listen to the article",
    # font-size buttons "+A / حجم الخط / -A", a blank line of invisible marks, put the credit
    # line higher: the nearest other line within FURNITURE_SKIP lines above it is read, and the
    # furniture between is dropped, so the credit line's neighbour below is the paragraph)
    furn_line = (pl.col("line").str.len_chars() <= MENU_MAX_CHARS) & (
        _normalized(_clean(pl.col("line"))).str.contains(narrow(chrome_pattern()))
        | (pl.col("line").str.count_matches(narrow(r"[^\W\d_]")) < 2))
    in_reach = pl.col("line_no").is_between(pl.col("_lede_no") - 1 - FURNITURE_SKIP, pl.col("_lede_no") - 1)
    near_lede = window.filter(in_reach)
    # (when/then: polars would push a bare furn_line below the join, normalising every line)
    furniture = near_lede.filter(pl.when(in_reach).then(furn_line).otherwise(False)).select("article_id", "line_no")
    credit_no = (
        near_lede.join(furniture, on=["article_id", "line_no"], how="anti")
        .group_by("article_id").agg(pl.col("line_no").max().alias("_credit_no"))
    )
    deep = (
        window.join(credit_no, on="article_id", how="left")
        .join(furniture, on=["article_id", "line_no"], how="anti")
        .filter(pl.col("line_no").is_between(pl.col("_credit_no").fill_null(pl.col("_lede_no") - 1), pl.col("_lede_no")))
        .drop("_lede_no", "_credit_no")
    )
    # ... and a dateline on a line of its own ("مسقط ـ العمانية:") below a summary's bullets
    own_norm = _normalized(_clean(pl.col("line")))
    # (cheap tests first, materialised: polars would run the place pattern over every line)
    # (or with no colon when the name is a known outlet's: "تونس ـ واس" above a short first paragraph)
    own = all_head.filter(
        pl.col("line_no").is_between(BYLINE_LINES, DEEP_LINES - 1) & (pl.col("line").str.len_chars() <= NAME_MAX_CHARS + 20)
        & (pl.col("line").str.contains(r":\s*$") | ((pl.col("line").str.len_chars() <= NAME_MAX_CHARS) & pl.col("line").str.contains(r"[\-–—\u0640/]")))
    ).collect(engine=ENGINE).lazy().filter(
        # (one pattern: the place is searched once for both endings)
        own_norm.str.contains(narrow(rf"^\W*(?:{credit_patterns()['place']})(?:\s*[-–—]+\s*[^\s:]+(?:\s+[^\s:]+){{0,2}}\s*:"
                              rf"|\s*[-–—/]+\s*(?:{alternation(credit_tables()['byline'])})\s*:?)\s*$"))
    )
    head = pl.concat([
        all_head.filter(pl.col("line_no") < BYLINE_LINES).with_columns(pl.lit(False).alias("_own")),
        deep.join(own.select("article_id", "line_no"), on=["article_id", "line_no"], how="anti").with_columns(pl.lit(False).alias("_own")),
        own.with_columns(pl.lit(True).alias("_own")),
    ]).sort("article_id", "line_no")
    # A "read also" line (إقرأ أيضاً:) among the last lines opens a teaser of another article:
    # the article's own closing lines stand above it (and the site's footer below), so the
    # TAIL_LINES lines above the first marker are read too. (Rows come in article and line
    # order: the first marker's row is found by a running count and a fill, no window.)
    aid = pl.col("article_id")
    short_line = pl.when(pl.col("line").str.len_chars() <= MENU_MAX_CHARS).then(pl.col("line")).otherwise(pl.lit(""))
    markers = pl.col("_marker").cast(pl.Int32).cum_sum()
    first_row = (aid != aid.shift(1)).fill_null(True)
    first_marker = pl.col("_marker") & (pl.col("_seen") == 1)
    tail = (
        articles.select(
            "article_id",
            pl.col("text").str.slice(-TAIL_CHARS).str.split("\n")
            .list.eval(pl.element().str.strip_chars().filter(pl.element().str.len_chars() > 0))
            .list.tail(TAIL_LINES + 1 + TEASER_LINES).alias("line"),
        )
        .with_columns(pl.col("line").list.eval(pl.int_range(pl.len(), 0, -1) * -1).alias("line_no"))
        .explode("line", "line_no")
        .drop_nulls("line")
        .with_columns(short_line.str.contains(narrow(read_also_pattern())).alias("_marker"))
        .with_columns((markers - pl.when(first_row).then(markers - pl.col("_marker").cast(pl.Int32)).forward_fill()).alias("_seen"))
        .with_columns(
            pl.when(first_marker).then(pl.col("line_no")).backward_fill().alias("_mark_no"),
            pl.when(first_marker).then(aid).backward_fill().alias("_mark_aid"),
        )
        .with_columns(((pl.col("_mark_aid") == aid) & (pl.col("_seen") == 0)
                       & (pl.col("line_no") >= pl.col("_mark_no") - (TAIL_LINES + 1))).fill_null(False).alias("above_teaser"))
        .drop("_marker", "_seen", "_mark_no", "_mark_aid")
    )
    # Neighbours are lines of the same article and the same part: the head's last line and
    # the tail's first are no neighbours (alone, an article's head rows run straight into its
    # own tail rows; in a batch, into another article's: its fields would depend on its batch).
    # (Each row carries its run's number, ``_run``, counted once: the neighbour tests compare
    # integers, not the article ids and parts of every shifted row.)
    new_run = ((pl.col("article_id") != pl.col("article_id").shift(1)) | (pl.col("part") != pl.col("part").shift(1))).fill_null(True)
    same = lambda k: pl.col(f"_same{k}")
    same_cols = [(pl.col("_run") == pl.col("_run").shift(k)).fill_null(False).alias(f"_same{k}") for k in [-1, *range(1, BYLINE_LINES)]]
    prev = lambda c, k=1: (pl.col(c).shift(k).fill_null(False) & same(k))
    same_next = same(-1)
    nxt = pl.col("headline_like").shift(-1).fill_null(False) & same_next
    # (a literal test of a paragraph-length line's first characters: a short line of markup is no
    # paragraph, and the short lines' tests leave it unread)
    markup = pl.when(n > SHORT_LINE).then(pl.col("line").str.head(MARKUP_CHARS)).str.contains_any(MARKUP_MARKS).fill_null(False)
    marked = lambda lf, name: lf.with_columns(markup.alias("_markup")).select(
        "article_id", "line_no", "line", pl.lit(name).alias("part"), ((n > SHORT_LINE) & ~pl.col("_markup")).alias("long"), "_markup",
        ((n > SHORT_LINE) & (pl.col("line_no") != 0)).alias("_body_long"),
        headline_like.alias("headline_like"), few_words.alias("_few"), (headline_like & (n > SHORT_LINE)).alias("_long_headline"),
        # a short paragraph: a sentence of HEADLINE_MIN_WORDS words or more, ended by a stop
        (~few_words & up_to(SHORT_LINE).str.contains(r"[.!؟]\s*$").fill_null(False)).alias("_sentence"),
        # (a short line: slice before lowercasing, it costs on every line)
        up_to(MENU_MAX_CHARS).str.strip_chars(QUOTES + "|-").str.to_lowercase().is_in(menu).fill_null(False).alias("_menu"),
        pl.col("line").str.contains(label_alone).alias("_label"),
        # a short line that opens with a source label and its colon, above a list of the
        # page's tags (المصدر: X / tag / tag ...): read among all the tail's lines
        (up_to(SHORT_LINE).str.contains(label_opening).fill_null(False) if name == "tail" else pl.lit(False)).alias("_far_label"),
        (pl.col("_own") if name == "head" else pl.lit(False)).alias("_own"),
        (pl.col("above_teaser") if name == "tail" else pl.lit(False)).alias("_above_teaser"),
        (pl.col("line").str.contains(narrow(footer)) if name == "tail" else pl.lit(False)).alias("footer"),
        # a short line with a year or a clock time: a stamp's
        up_to(SHORT_LINE).str.contains(r"[0-9]{4}|[0-9]:[0-9]").fill_null(False).alias("_stamp"),
        # ... with a clock time (a headline may name a year, not an hour): a header's date bar
        up_to(SHORT_LINE).str.contains(r"[0-9]:[0-5][0-9]").fill_null(False).alias("_clock"),
        # the first line, a headline's length, ending with no stop: the headline
        ((pl.col("line_no") == 0) & (pl.lit(name) == "head") & headline_like).alias("headline"),
        # a heading that opens a list of other articles (آخر الأخبار; listing_headings.csv)
        up_to(MENU_MAX_CHARS).str.strip_chars().is_in(listing).fill_null(False).alias("_listing"),
        up_to(SHORT_LINE).str.contains(open_end).fill_null(False).alias("_open_end"),
    )
    both = (
        pl.concat([marked(head, "head"), marked(tail, "tail")])
        .with_columns(new_run.cum_sum().alias("_run"))
        .with_columns(same_cols)
        # a long headline below a line of furniture ("x" above it): the first long line, with no
        # stop at its end, is the headline, not the body (the byline below it is above the body)
        # (a stamp's line above it, "الجمعة 29 أغسطس 2025 05:07 م / بتوقيت القدس", is furniture too)
        # (a long line right below a heading of other articles, آخر الأخبار, is their ticker, its
        # headlines run together: no paragraph of the article, which stands below)
        .with_columns((pl.col("_body_long") & ~prev("_listing")).alias("_body_long"))
        .with_columns((pl.col("_body_long") & ~(pl.col("_long_headline") & (pl.sum_horizontal(
            [(prev("long", k) | (prev("headline_like", k) & ~prev("_stamp", k))).cast(pl.Int8) for k in range(1, BYLINE_LINES)]) == 0))).alias("_body_long"))
        .with_columns(
            prev("long").alias("prev_long"),
            prev("_open_end").alias("after_open"),
            # after a paragraph, or a short one: a sentence of HEADLINE_MIN_WORDS words or more
            # ended by a stop (a page of one-sentence paragraphs closes with its credit too)
            (prev("long") | prev("_sentence")).alias("after_para"),
            (prev("headline_like") | nxt).alias("by_headline"),
            # right above the first paragraph (the next line is long)
            (pl.col("long").shift(-1).fill_null(False) & same_next).alias("next_long"),
            # ... or above a first paragraph of one short sentence
            ((pl.col("long") | pl.col("_sentence")).shift(-1).fill_null(False) & same_next).alias("next_para"),
            # between the headline and the first paragraph
            (prev("headline_like") & pl.col("long").shift(-1).fill_null(False) & same_next).alias("under_headline"),
            prev("_label").alias("after_label"),
            # right above a stamp's line ("تم النشر: 2015/09/07 الساعة 08:43")
            (pl.col("_stamp").shift(-1).fill_null(False) & same_next).alias("next_stamp"),
            # right below a stamp's line with no headline above it, and no paragraph below: the
            # site's masthead under its header's date bar, above its menu or staff line (see credits)
            (prev("_clock") & ~((pl.col("headline_like") & ~pl.col("_stamp")).shift(2).fill_null(False) & same(2)) & ~((pl.col("long") | pl.col("_sentence")).shift(-1).fill_null(False) & same_next)
             ).alias("masthead"),
            # beside a language switcher's entry (Français, English): the menu
            (prev("_menu") | (pl.col("_menu").shift(-1).fill_null(False) & same_next)).alias("by_menu"),
            # one of the first LEDE_PARAGRAPHS long lines of the head
            (pl.col("long") & (pl.sum_horizontal([prev("long", k).cast(pl.Int8) for k in range(1, BYLINE_LINES)]) < LEDE_PARAGRAPHS)
             ).alias("lede"),
            # (a paragraph below the furniture opens the text only with a place, an outlet, a
            # generic credit or a date beside its name: a poem's line is no dateline)
            (pl.col("long") & (pl.sum_horizontal([prev("long", k).cast(pl.Int8) for k in range(1, BYLINE_LINES)]) == 0)
             & (pl.col("line_no") < BYLINE_LINES)).alias("lede_first"),
            # above the first paragraph: where bylines and an outlet's name under the headline
            # stand (a long first line is the headline, or the first paragraph itself)
            ((pl.sum_horizontal([prev("_body_long", k).cast(pl.Int8) for k in range(1, BYLINE_LINES)]) == 0) | pl.col("_own")).alias("above_body"),
        )
        # the tail's last paragraph: a long line with no long line after it (below it only the
        # site's footer, its follow and rights lines): its close is read as a closing credit's
        # place however many footer lines follow it
        .with_columns(((pl.col("part") == "tail") & pl.col("long") & ~pl.any_horizontal(
            [(pl.col("long").shift(-k).fill_null(False) & (pl.col("_run") == pl.col("_run").shift(-k)).fill_null(False))
             for k in range(1, TAIL_LINES + 1 + TEASER_LINES)])).alias("_last_para"))
        .drop("headline_like", "_long_headline", "_run", "_stamp", "_clock", "_open_end", *[c.meta.output_name() for c in same_cols])
    )
    # Of a paragraph only an opening with a separator (a dateline) or a close after its last
    # sentence (a closing credit) can credit anyone: other paragraphs are not read.
    # (each test reads only the lines of its branch in ``readable``)
    of = lambda cond: pl.when(cond).then(pl.col("line"))
    opening = of(pl.col("long") & (pl.col("part") == "head")).str.slice(0, LEDE_CHARS).str.contains(STRONG_CHARS)
    close = of(pl.col("long") & (pl.col("part") == "tail")).str.slice(-LEDE_CHARS).str.contains(r"[)\]]\s*\.?\s*$|[.!؟\"»]\s*[^.!؟\s](?:[^.!؟]|\.[^\s.!؟]){1,40}$")
    # A short line can be a credit line with separators or digits (a byline, a stamp), a lone
    # name beside the headline or after the body, a bracketed or labelled credit, a copyright.
    # (or a line that opens with "عن" and an outlet's noun: "عن موقع X", see credit_patterns' source_from)
    marks = of(~pl.col("long")).str.contains(rf"{STRONG_CHARS}|{WEAK_CHARS}|\s\+\s|[0-9ـ©]|\sمن\s|(?i)copyright|{label_words}|{rights_words}|{from_opening}")
    short_may = marks | pl.col("_label") | pl.col("after_label") | (pl.col("_few") & (
        pl.col("by_headline") | pl.col("prev_long") | ((pl.col("part") == "tail") & pl.col("after_para"))
        | ((pl.col("part") == "head") & (pl.col("line_no") > 0))))
    # (the first line, up to a headline's length, is read whole: a page title ends with its site)
    title = (pl.col("part") == "head") & (pl.col("line_no") == 0) & (n <= HEADLINE_MAX_CHARS)
    readable = (
        pl.when(title).then(True)
        .when(~pl.col("long")).then(short_may | pl.col("footer"))
        .when(pl.col("part") == "head").then(pl.col("lede") & opening)
        .otherwise(close | pl.col("footer"))
    )
    return (
        both.filter(((pl.col("part") == "head") | (pl.col("line_no") >= -TAIL_LINES) | pl.col("_above_teaser") | pl.col("_far_label")
                     | pl.col("_last_para"))
                    & readable & ~pl.col("_markup"))
        .drop("_label", "_far_label", "_few", "_sentence", "_body_long", "_menu", "_own", "_above_teaser", "_markup", "_last_para")
        .with_row_index("lid")
        .with_columns(
            pl.when(~pl.col("long") | title).then(pl.col("line"))
            .when(pl.col("part") == "head").then(pl.col("line").str.slice(0, LEDE_CHARS))
            .otherwise(pl.col("line").str.slice(-LEDE_CHARS)).alias("line")
        )
        .with_columns(_clean(pl.col("line")).alias("clean"))
        .with_columns(_normalized(pl.col("clean")).alias("norm"))
    )


def segments(lines: pl.LazyFrame, text: str = "norm", clean: str = "clean") -> pl.LazyFrame:
    """One row per segment of ``text`` between separators: ``seg`` (normalised), ``written``
    (as in ``clean``), ``seg_no``, the separators before and after it (``before``/``after``:
    strong, from, weak, start/end) and ``by_date`` (a masked stamp beside it). Stamps (dates
    with their weekday and time) are masked first and act as separators."""
    cp = credit_patterns()
    # Only lines with digits can hold a stamp: the masking passes run on those alone.
    digits = pl.col(text).str.contains(r"[0-9]")
    stamp_or_time = f"(?:{cp['stamp']})|(?:{cp['time']})|(?:{cp['crawl_month']})"
    with_digits = _mask_first(_mask_first(lines.filter(digits), text, stamp_or_time), text, stamp_or_time)
    lines = pl.concat([with_digits, lines.filter(~digits)]).sort("lid")
    # A generic credit glued to an outlet's noun and name, the line closed by a colon ("خاص موقع
    # X :", "متابعات صحيفة X:"): the generic credit parted from the name as by a dash (on a byline's
    # line: one space between, replaced by a strong separator of the same length)
    t = credit_tables()
    glued_generic = rf"^(\s*(?:{alternation(t['generic'])}))\s((?:{alternation(t.get('outlet_noun', set()))})\s[^:\-–—/|\n]{{2,{NAME_MAX_CHARS}}}:\s*)$"
    # ... and a writer's label glued to an outlet's noun and a name of a word to three that end the
    # line ("- بقلم جريدة X"): the outlet signs, as after "بقلم:" (a person after the label is a
    # writer: no outlet's noun first)
    glued_signed = (rf"^(\W*(?:{alternation(t.get('signed_by', set()))}))\s((?:{alternation(t.get('outlet_noun', set()))})"
                    rf"(?:\s+[^\W\d_]+){{1,3}}\s*)$")
    # ... and a generic credit glued after a word or two that open the first paragraph, a colon
    # after it ("X وكالات: ..."): the site's name and the wires it drew on, parted as by a dash
    # ("X - وكالات:"; see _dateline's opener)
    glued_name_generic = rf"^(\W*[^\W\d_]+(?:\s[^\W\d_]+)?)\s((?:{alternation(t.get('wires_credit', set()))})\s*:)"
    name_generic = (pl.col("shape") == "dateline") & pl.col("lede_first") & pl.col(text).str.contains(narrow(glued_name_generic))
    unglued = (pl.when(pl.col("shape") == "byline")
               .then(pl.col(text).str.replace(narrow(glued_generic), "$1" + STRONG + "$2").str.replace(narrow(glued_signed), "$1" + STRONG + "$2"))
               .when(name_generic).then(pl.col(text).str.replace(narrow(glued_name_generic), "$1" + STRONG + "$2"))
               .otherwise(pl.col(text)))
    # A dateline's "on" between its place and its date ("الدوحة في 12 مارس /قنا/", the Gulf
    # agencies' "CITY on DATE /AGENCY/"): no sentence's word there, blanked (same length) so the
    # place opens the dateline as it does without it
    # (the place list is read only on lines whose second or third word is "on" before a digit or a stamp)
    place_on_date = rf"^(\W*(?:{cp['place']})\s+)(?:في|فى)(\s+(?:[0-9]|{MASK}))"
    on_date = (pl.when(unglued.str.contains(narrow(rf"^\W*\S+(?:\s\S+)?\s+(?:في|فى)\s+[0-9{MASK}]")))
               .then(unglued.str.replace(narrow(place_on_date), "$1  $2")).otherwise(unglued))
    marked = (
        # a dash or slash between digits joins a number's parts (a score 2-1, a Hijri date
        # 1426/10/9 the stamp mask left): no cut in a credit line
        on_date.str.replace_all(DIGIT_JOIN, "$1" + JOINER + "$2").str.replace_all(DIGIT_JOIN, "$1" + JOINER + "$2")
        # (and a hyphen inside a Latin word, an English caption's walkie-talkies, parts nothing)
        .str.replace_all(LATIN_HYPHEN, "$1" + JOINER + "$2")
        # a full stop after a word (not the dots of أ. ف. ب)
        .str.replace_all(narrow(r"([^\W\d_]{2})\.(\s|$)"), "$1" + STRONG + "$2")
        # "ايلاف من لندن": من before a place parts an outlet from its place
        # (a cut in a byline, not the end of a dateline: "المدعومة من إيران مهاجمة")
        .str.replace_all(narrow(rf"\sمن\s({cp['place']})(\s|$|[^\w])"), FROM * 4 + "$1$2")
        .str.replace_all(STRONG_CHARS, STRONG)
        .str.replace_all(COMMA_CHARS, COMMA)
        .str.replace_all(WEAK_PUNCT, WEAK)
    )
    # Two or three dots end a dateline's credit glued to the paragraph ("بغداد :- X ..اعلن"): an
    # ellipsis. (Only there: in a headline or a subheading they part its phrases, "X.. اليوم")
    dots = lambda e: e.str.replace_all(r"\.\.\.", STRONG * 3).str.replace_all(r"\.\.", STRONG * 2)
    marked = pl.when((pl.col("shape") == "dateline") & (pl.col("line_no") > 0)).then(dots(marked)).otherwise(marked)
    # Quotes cut a byline («لندن «الشرق الأوسط أونلاين») but not the headline, which quotes
    # names (ضيوف "عكاظ": the fair, not the daily).
    marked = pl.when((pl.col("part") == "head") & (pl.col("line_no") == 0)).then(marked).otherwise(marked.str.replace_all(QUOTE_CHARS, WEAK))
    piece = pl.col("piece")
    # A dash, colon, slash or bracket ends a credit; a comma or a date alone does not.
    is_sep = piece.str.contains(rf"^[\s{SEPS}]*$")
    kind = (
        pl.when(~is_sep).then(pl.lit(None, pl.Utf8))
        .when(piece.str.contains(STRONG)).then(pl.lit("strong"))
        .when(piece.str.contains(FROM)).then(pl.lit("from"))
        # a comma alone (no bracket or quote beside it): a kind of its own, else weak
        .when(~piece.str.contains(WEAK) & piece.str.contains(COMMA)).then(pl.lit("comma"))
        .otherwise(pl.lit("weak"))
    )
    # Rows of one line are consecutive: neighbours by plain shifts within the same lid
    # (window functions over many small groups are slow).
    same_prev, same_next = pl.col("_same_prev"), pl.col("_same_next")
    neighbours = lambda lf: lf.with_columns(
        (pl.col("lid") == pl.col("lid").shift(1)).fill_null(False).alias("_same_prev"),
        (pl.col("lid") == pl.col("lid").shift(-1)).fill_null(False).alias("_same_next"),
    )
    line_start = lambda e: pl.when(~same_prev).then(e).forward_fill()
    total = pl.col("_len").cum_sum()
    return (
        lines.select("lid", "article_id", "part", "line_no", "shape", "lede_first", "_relaxed", "next_para", clean, pl.col(text).alias("_text"),
                     name_generic.fill_null(False).alias("_name_generic"),
                     marked.str.extract_all(rf"\s*[{SEPS}][{SEPS}\s]*|[^{SEPS}]+").alias("piece"))
        .explode("piece")
        .drop_nulls("piece")
        .pipe(neighbours)
        .with_columns(piece.str.len_chars().alias("_len"), kind.alias("_kind"), (is_sep & piece.str.contains(MASK)).alias("_date"))
        .with_columns((total - pl.col("_len")).alias("_before_len"))
        .with_columns((pl.col("_before_len") - line_start(pl.col("_before_len"))).alias("_off"))
        # the separators as written (read on the separators alone: a text piece is null here),
        # each told once: a segment between brackets or quotes ("(X) -", «X»), a dash or slash
        # with no colon after it ("الوقت-"، "(بانا) -"), or a colon
        .with_columns(pl.when(pl.col("_kind").is_not_null()).then(pl.col("_text").str.slice(pl.col("_off"), pl.col("_len"))).alias("_raw"))
        .with_columns(
            pl.col("_raw").str.strip_chars().str.slice(-1).alias("_last"),
            pl.col("_raw").str.strip_chars().str.slice(0, 1).alias("_first"),
            pl.col("_raw").str.contains_any(list(DASHES)).fill_null(False).alias("_dashes"),
            pl.col("_raw").str.contains(":", literal=True).fill_null(False).alias("_colon"),
        )
        .with_columns(
            pl.col("_last").is_in(list("([«\"“")).fill_null(False).alias("_opens_q"),
            pl.col("_last").is_in(list("([")).fill_null(False).alias("_opens_b"),
            pl.col("_first").is_in(list(")]»\"”")).fill_null(False).alias("_closes_q"),
            pl.col("_first").is_in(list(")]")).fill_null(False).alias("_closes_b"),
            (pl.col("_dashes") & ~pl.col("_colon")).alias("_dash"),
            (pl.col("_dashes") | pl.col("_colon")).alias("_opens_text"),
        )
        .with_columns(
            (same_prev & pl.col("_opens_q").shift(1).fill_null(False) & same_next & pl.col("_closes_q").shift(-1).fill_null(False)).alias("enclosed"),
            # ... between brackets (not quotes)
            (same_prev & pl.col("_opens_b").shift(1).fill_null(False) & same_next & pl.col("_closes_b").shift(-1).fill_null(False)).alias("bracketed"),
            pl.when(same_next).then(pl.col("_kind").shift(-1)).otherwise(pl.lit("end")).fill_null("end").alias("after"),
            (same_next & pl.col("_dash").shift(-1).fill_null(False)).alias("dash_after"),
            (same_next & pl.col("_opens_text").shift(-1).fill_null(False)).alias("opens_text"),
            pl.when(same_prev).then(pl.col("_kind").shift(1)).otherwise(pl.lit("start")).fill_null("start").alias("before"),
            ((same_next & pl.col("_date").shift(-1).fill_null(False)) | (same_prev & pl.col("_date").shift(1).fill_null(False))).alias("by_date"),
        )
        .filter(pl.col("_kind").is_null())
        .with_columns(
            piece.str.strip_chars(QUOTES).str.replace_all(r"\s+", " ").alias("seg"),
            pl.col(clean).str.slice(pl.col("_off"), pl.col("_len")).str.strip_chars(QUOTES).str.replace_all(r"\s+", " ").alias("written"),
        )
        .filter(pl.col("seg").str.len_chars() > 0)
        .with_row_index("_r")
        .pipe(neighbours)
        # segments of one line are consecutive rows: number them from the line's first
        .with_columns((pl.col("_r") - line_start(pl.col("_r"))).alias("seg_no"))
        .drop("piece", "_len", "_off", "_kind", "_date", "_r", "_before_len", "_same_prev", "_same_next", "_text", "_raw", clean,
              "_opens_q", "_opens_b", "_closes_q", "_closes_b", "_dash", "_opens_text", "_last", "_first", "_dashes", "_colon")
    )


@lru_cache(maxsize=None)
def chrome_pattern() -> str:
    """Page furniture in a segment or line: a chrome word (also with the article: التعليقات),
    an e-mail or web address, an image's size or file name."""
    t = credit_tables()
    chrome = alternation(t.get("chrome", set()) | t.get("language_menu", set()) | t.get("social", set()))
    return rf"(?:^|[^\w])(?:ال)?{chrome}(?:[^\w]|$)|@|https?|www\.|\.com|{IMAGE_SIZE}|{IMAGE_FILE}"


@lru_cache(maxsize=None)
def _listed(words: frozenset) -> pl.Expr:
    return pl.lit(pl.Series(sorted(words), dtype=pl.Utf8)).implode()


def _in(expr: pl.Expr, words) -> pl.Expr:
    """``expr`` is one of ``words`` (a reference list: made into a polars list once per process)."""
    return expr.is_in(_listed(frozenset(words)))


CLOSING_SHAPES = ["label", "closing", "copyright"]  # read with the closing spellings (*الجزيرة = the channel)


def segment_features(segs: pl.LazyFrame) -> pl.LazyFrame:
    """What a segment's words alone tell (:func:`classify` reads it): one row per distinct
    ``seg``, so each distinct segment is matched against the reference patterns once (the
    same place, outlet or stamp stands in thousands of articles).

    ``key_byline``/``key_closing`` and ``strip_byline``/``strip_closing`` (the known outlet
    in the byline or the closing spellings, and how many characters stand before its name),
    ``n_tok``, ``outletish``, ``marked``, ``place_first`` and one flag per class test."""
    t = credit_tables()
    cp = credit_patterns()
    prefix_words = alternation(t.get("outlet_noun", set()) | t.get("credit_prefix", set()))
    # one-letter words (بـ«الجزيرة»، لـ) are prepositions here; known spellings are matched first
    # (and a credit's prefix before the rest: "Next Previous أحمد حجازي" is a reporter's name)
    words = (pl.col("seg").str.replace_all(narrow(r"(?:^|\s)[^\W\d_](?:\s[^\W\d_])*(?:\s|$)"), " ").str.strip_chars()
             .str.replace(narrow(rf"^(?:{alternation(t.get('credit_prefix', set()))})\s+"), ""))
    # Latin letters' names in a row spell an acronym (تي ان، إم بي سي): at least one of them no
    # Arabic word (ان، في، او are words too); on the words padded as below
    letters, letter_words = alternation(t.get("letter_name", set())), alternation(t.get("letter_name", set()) | t.get("letter_word", set()))
    acronym = rf" {letters}  {letter_words} | {letter_words}  {letters} "
    # Intermediate columns are materialised once (an expression used in many conditions
    # would be computed for each).
    segs = segs.select("seg").unique().with_columns(pl.when(words == "").then(pl.col("seg")).otherwise(words).alias("_w")).with_columns(
        # Word tests as regex over the words padded with two spaces each (one pass, no lists).
        pl.concat_str([pl.lit(" "), pl.col("_w").str.replace_all(" ", "  ", literal=True), pl.lit(" ")]).alias("_padded"),
        pl.col("_w").str.extract(r"^(\S+)", 1).alias("_first"),
        pl.col("_w").str.extract(r"(\S+)$", 1).alias("_last"),
        pl.col("_w").str.count_matches(" ", literal=True).add(1).alias("n_tok"),
    ).with_columns(
        # the words less an acronym's letters (لوبوان تي ان: ان is the letter N, no stopword)
        pl.col("_padded").str.replace_all(acronym, "  ").alias("_plain"),
        # a word for a service or an edition last (للأنباء، Arabic)
        pl.col("_w").str.contains(rf"\s(?:{alternation(t.get('edition_suffix', set()))})$").alias("_edition"),
        # how many of the words are places, and generic credits (each list read once)
        pl.col("_padded").str.count_matches(rf" {alternation(t['places'])} ").alias("_n_place"),
        pl.col("_padded").str.count_matches(rf" {alternation(t['generic'])} ").alias("_n_generic"),
    )
    seg, padded, first, last, n_tok = pl.col("_w"), pl.col("_padded"), pl.col("_first"), pl.col("_last"), pl.col("n_tok")
    plain = pl.col("_plain")
    whole = pl.col("seg")
    # A known outlet after a word such as مكتب، صحيفة، Next Previous (stripped once or twice:
    # "وكالة الأنباء السعودية" is الأنباء السعودية)
    strip = lambda e: e.str.replace(rf"^(?:{prefix_words}|ه|م|ء)\s+", "")
    bare1 = strip(whole)
    bare2 = strip(bare1).str.replace(r"^[مءه](\S)", "$1")  # "2015 مواس": the year's mark glued to واس
    lookup = lambda book, e: e.replace_strict(list(book), list(book.values()), default=None)
    # A known place glued to a news agency's name with no separator between them ("كابول
    # سانا-"، "جدة واس -"): the agency (an agency only: a place before a daily's or a site's
    # name is that outlet's own name, بغداد اليوم; nor an agency named by an adjective, which
    # after a place is the place's: ليل الفرنسية is French Lille, not AFP)
    kinds = t["kinds"]
    after_place = pl.when(_in(whole.str.extract(r"^(\S+)\s", 1), t["places"]).fill_null(False)).then(whole.str.replace(r"^\S+\s+", ""))
    after_place = pl.when(~(after_place.str.starts_with("ال") & after_place.str.ends_with("يه"))).then(after_place)
    placed = lambda book: pl.when(
        lookup(book, after_place).replace_strict(list(kinds), list(kinds.values()), default=None) == "agency").then(lookup(book, after_place))
    # the name as written, less the words before the known name
    stripped = lambda book: (
        pl.when(lookup(book, whole).is_not_null()).then(0)
        .when(lookup(book, bare1).is_not_null()).then(whole.str.len_chars() - bare1.str.len_chars())
        .when(lookup(book, bare2).is_not_null()).then(whole.str.len_chars() - bare2.str.len_chars())
        .when(placed(book).is_not_null() & lookup(book, less_edition(whole)).is_null() & lookup(book, less_edition(bare1)).is_null())
        .then(whole.str.len_chars() - after_place.str.len_chars())
        .otherwise(0)
    )
    # ... and, when that is no spelling, less a word for its service or edition after it
    # (وكالة الأناضول للأنباء, Sputnik Arabic)
    # (looked up on the segments that end with such a word alone: the others are null there)
    edition = rf"\s+(?:{alternation(t.get('edition_suffix', set()))})$"
    less_edition = lambda e: pl.when(pl.col("_edition")).then(e.str.replace(edition, ""))
    # ... and, when the segment is an acronym of single letters, with its dots and spaces as
    # the table writes them: one space between letters ("أ .ف. ب"، "د.ب .أ" are أ ف ب، د ب أ)
    # (read on such segments alone: the others are null there)
    letters_only = pl.when(whole.str.contains(narrow(ACRONYM_LETTERS))).then(whole.str.replace_all(r"[\s.]+", " ").str.strip_chars())
    # ... and, when it is an agency's name and its acronym side by side, both the same outlet's
    # spellings ("الألمانية د.ب.أ"، "الفرنسية أ ف ب"): that outlet
    # (read on the segments that end with single letters alone: the others are null there)
    acro_end = r"\s+([^\W\d_](?:\s*\.\s*|\s+)[^\W\d_](?:(?:\s*\.\s*|\s+)[^\W\d_])*\s*\.?)$"
    named_part = pl.when(whole.str.contains(narrow(rf"^[^\W\d_]{{3,}}(?:\s[^\W\d_]{{3,}})?{acro_end}"))).then(whole.str.replace(narrow(acro_end), ""))
    acro_part = whole.str.extract(narrow(acro_end), 1).str.replace_all(r"[\s.]+", " ").str.strip_chars()
    paired = lambda book: pl.when(lookup(book, named_part) == lookup(book, acro_part)).then(lookup(book, named_part))
    key = lambda book: pl.coalesce(lookup(book, whole), lookup(book, bare1), lookup(book, bare2),
                                   lookup(book, less_edition(whole)), lookup(book, less_edition(bare1)),
                                   lookup(book, letters_only), placed(book), paired(book))
    any_tok = lambda words: padded.str.contains(rf" {alternation(words)} ")
    # a word of a sentence, also behind the conjunction (ولم، فقد)
    any_bare = lambda words: padded.str.contains(rf" [وف]?{alternation(words)} ")
    all_tok = lambda words: padded.str.count_matches(rf" {alternation(words)} ") == n_tok
    stop = t.get("stopword", set())
    verbs = t.get("reporting_verb", set())
    section = t.get("section", set())
    places = t["places"]
    given = t["given"]
    markers = t.get("outlet_marker", set())
    nouns = t.get("outlet_noun", set())
    # a word that marks an outlet's name (نيوز، برس، الإخبارية), Latin letters, or digits in it
    # (or a word that ends an outlet's name of two or three words, مصر اليوم، الدار البيضاء
    # اليوم: no person's name ends with it; in a credit line only, see ``_by_last_word``)
    # (... or a word that opens one, صوت العاصمة، صدى الشام: a voice's or an echo's name is an
    # outlet's, no person's or place's)
    by_last_word = (_in(last, t.get("outlet_last_word", set())) | _in(first, t.get("outlet_first_word", set()))) & (n_tok >= 2) & (n_tok <= 3)
    marked = (
        any_tok(markers) | seg.str.contains(r"[a-z]") | (plain != padded) | by_last_word
        | seg.str.contains(narrow(r"[^\W\d_][0-9]|[0-9][^\W\d_]")) | (seg.str.contains(r"[0-9]") & (n_tok >= 2) & ~seg.str.contains(narrow(PHONE)))
    )
    # a place's feminine adjective after the name (أخبارنا المغربية، الأيام الفلسطينية): no
    # person's name (in a credit line a paper's or a site's; alone it may name a ministry)
    nisba = last.str.starts_with("ال") & last.str.ends_with("يه") & (n_tok >= 2) & (
        _in(last.str.slice(0, last.str.len_chars() - 2), places)
        | _in(last.str.slice(2, last.str.len_chars() - 4), places))
    # a staff word in construct before a name (محرر الأقباط متحدون، مراسل X): the name is the
    # outlet's whose editor or correspondent signs
    staff = _in(first, t.get("outlet_staff", set())) & (n_tok >= 2)
    outletish = _in(first, nouns) | marked | staff
    # a country's name without its article opens an outlet's name (سودان فيرست، مصر تايمز)
    place_first = _in(pl.concat_str([pl.lit("ال"), first]), places)
    # A person: a given name (or عبد، أبو، بن، آل), or two or three words that show nothing of
    # an outlet's name (no marker, no place, no article on the first: نظير مجلي, not مأرب برس,
    # نافذة اليمن or المغرب اليوم): the second test is :func:`classify`'s (personlike).
    # (a section's word or an outlet's noun first is a site's name, أخبار حياة: a given name may
    # end it, as it ends a column's)
    # (an outlet's marker word in it is no person's: رام الله الإخباري, though الله is a name's word)
    person = (n_tok >= 2) & ~seg.str.contains(r"[0-9]") & any_tok(given | {"عبد", "ابو", "بن", "بنت", "ال"}) & ~_in(first, section | nouns) & ~any_tok(markers)
    return segs.with_columns(
        key(t["byline"]).alias("key_byline"), key(t["closing"]).alias("key_closing"),
        stripped(t["byline"]).alias("strip_byline"), stripped(t["closing"]).alias("strip_closing"),
        # (the staff word is no part of the outlet's name: its length and a space)
        pl.when(staff).then(first.str.len_chars() + 1).otherwise(0).alias("strip_staff"),
        outletish.alias("outletish"), marked.alias("marked"), place_first.alias("place_first"),
        # an outlet's marker word among the words (نيوز، ميديا، برس): no digits, Latin letters or last word alone
        any_tok(markers).alias("_marker_word"),
        # an outlet's noun first (موقع X، جريدة X)
        (_in(first, nouns) & (n_tok >= 2)).alias("_noun_first"),
        # two or three words, one of them a place's name (صوت عمان): an outlet's name on a line
        # of its own that opens the text below it
        # (a section's word first is a breadcrumb: أخبار سوريا)
        # (the place last, the first word no place and without the article: الخبر الأول is a
        # column's heading, الخبر the city too)
        # (nor a known outlet's name: "سبق ابها" is Sabq's bureau, not an outlet of its own)
        (_in(last, places) & n_tok.is_between(2, 3) & ~_in(first, section | places | set(t["byline"]))
         & ~first.str.starts_with("ال")).alias("_place_word"),
        # ... of two words, the last a country's (صوت الإمارات، مرآة البحرين): no reporter's
        # name beside a place (a reporter and his city, "فلان عدن"، "مندوب المدينة", end
        # with a city's)
        (_in(last, t["countries"]) & (n_tok == 2) & ~_in(first, section | places | set(t["byline"]))
         & ~first.str.starts_with("ال")).alias("_country_word"),
        # marked by its last word alone: a lone line so marked is a widget's (مزاجك اليوم)
        (by_last_word & ~(any_tok(markers) | seg.str.contains(r"[a-z]") | (plain != padded) | _in(first, nouns))).alias("_by_last_word"),
        # (a place glued to a generic credit, "جدة متابعات", is one too)
        (_in(seg, t["generic"]) | (pl.col("_n_generic") == n_tok)
         | ((pl.col("_n_generic") > 0) & (pl.col("_n_generic") + pl.col("_n_place") == n_tok))).alias("_generic"),
        # (or month names alone, a stamp with no year: "الجزائر / 17 شباط / فبراير /X-" parts
        # a paired month by the slash, and its second name is the date's, no name)
        (seg.str.contains(narrow(cp["dateish"])) | seg.str.contains(narrow(cp["month_names"]))).alias("_date"),
        # no letters, or a number first ("37 عاما"; a name may end with one: كوردستان 24), or
        # a number and the noun it counts ("55 صاروخ لبناني", a subheading), also after a word
        # or two ("قتل 12 جنديا (X) في ...": a first sentence's count, its digits no outlet's)
        # (or a list item's number and its mark, "1- X"، "2) X": an item's heading, no outlet's name)
        (~seg.str.contains(narrow(r"[^\W\d_]")) | (seg.str.contains(r"^[0-9]") & (n_tok <= 2))
         | whole.str.contains(r"^[0-9]{1,2}\s*[\-–—.)]\s")
         | _in(seg.str.extract(r"(?:^|\s)[0-9][0-9.,]*\s+(\S+)", 1), t["counted"]).fill_null(False)).alias("_number"),
        # (a city and its country: أبوظبي الإمارات)
        # (or a place and a bare side word after it, "X جنوبي": a sentence's place wrapped onto a
        # line of its own, "... بمحافظة⏎X جنوبي⏎البلد، ..."; an outlet's name has no bare side word last)
        (_in(seg, places) | ((n_tok >= 2) & _in(first, t.get("place_prefix", set()))) | (pl.col("_n_place") == n_tok)
         | ((n_tok >= 2) & (n_tok <= 3) & _in(last, t.get("place_suffix", set())))).alias("_place"),
        ((n_tok > NAME_MAX_WORDS) | (seg.str.len_chars() > NAME_MAX_CHARS) | plain.str.contains(rf" {alternation(stop | verbs)} ")
         # a stopword glued to و/ف (وان، فقد) marks a sentence, unless an outlet's
         # marker names the segment (وان نيوز: a name)
         | (any_bare(stop | verbs) & ~marked)
         # a segment that ends on a lone conjunction was cut from a sentence by a quote
         # (حصيلة جديدة للقتلى و"الدعم السريع")
         | whole.str.contains(r"\s[وف]$")
         # a preposition or conjunction and a number open a sentence's date or count ("وفي 23
         # تموز"، "في 5 مواقع": a page cut short after its last paragraph), never a name, however
         # its digits mark it (an outlet's number ends its name: كوردستان 24)
         | whole.str.contains(narrow(rf"^[وف]?(?:{alternation(stop)})\s*[0-9]"))
         | ((n_tok >= NAME_MAX_WORDS) & any_bare(t.get("stopword_in_long", set())))
         # a road that ends at a place (شهد طريق القاهرة - الإسكندرية): the dash joins
         # two places of a sentence (not طريق الشعب, a paper)
         | (any_tok(t.get("route_noun", set())) & _in(last, places))
         # an event's name (معركة الفلوجة، مجزرة المدرسة): a heading's subject, no outlet
         | (_in(first, t.get("event_noun", set())) & (n_tok >= 2))).alias("_sentence"),
        any_tok(t.get("author_label", set())).alias("_author"),
        # an editorial desk: قسم الأخبار، قسم التحرير
        (_in(first, t.get("desk_prefix", set())) & n_tok.is_between(2, 3)).alias("_desk"),
        # page furniture, an address (e-mail, web) or a credit's prefix word alone (Next Previous)
        # (read on the whole segment: a contact line's one-letter label, ت: NUMBER)
        # (or a page's counter: a reading or viewing word and its count, "قرأها 3 أشخاص",
        # "شوهد 120 مرة", beside the stamp it follows: furniture, never a name)
        # (or a percentage, "القيروان: 13%": a table's row, never a name)
        (whole.str.contains(narrow(chrome_pattern())) | (whole.str.contains(r"[0-9]") & any_tok(t.get("counter", set())))
         | whole.str.contains(PERCENT)).alias("_chrome"),
        # a word that stands before a credit (بروفايل، Next Previous): neither name nor evidence
        _in(seg, t.get("credit_prefix", set())).alias("_prefix"),
        # (or a word and an initial parted by a dot, "جهيد.م"، "م. جهيد": a writer's signature;
        # an acronym's letters are all single, أ.ف.ب)
        (person | whole.str.contains(narrow(r"^[^\W\d_]{2,}\s*\.\s*[^\W\d_]\.?$|^[^\W\d_]\s*\.\s*[^\W\d_]{2,}$"))).alias("_person"),
        first.str.starts_with("ال").alias("_first_al"),
        contains_word(padded, places | section, " ", " ").alias("_place_or_section"),
        nisba.alias("_nisba"),
        # (also with the article: الرياضي، المحليات)
        (all_tok(section) | _in(seg, section) | _in(seg.str.replace(r"^ال", ""), section)).alias("_section"),
        # a section's name that is an outlet's too (العالم: the world, and Al-Alam): a section
        # in a dateline or byline (العالم - المغرب), an outlet's name alone on its line
        _in(seg, t.get("byline_section", set())).alias("_byline_section"),
        (seg.str.count_matches(narrow(r"[^\W\d_]")) < 2).alias("_few_letters"),
    ).with_columns(
        # the first word a place: a dateline's place and date ("القاهرة أول يوليو تموز (رويترز)")
        # or an outlet's name (روسيا اليوم، الصومال الجديد، سودان فيرست)
        (_in(first, places) | pl.col("place_first")).alias("_place_lead"),
    ).drop("_w", "_padded", "_plain", "_first", "_last", "_n_place", "_n_generic", "_edition")


def classify(segs: pl.LazyFrame) -> pl.LazyFrame:
    """Each segment's ``cls``: known (``key`` set), generic, date, number, place, author,
    person, sentence, chrome, section or name; and ``outletish`` (it looks like an outlet's
    name). Segments of a closing shape are looked up in the closing spellings. What the
    words alone tell is derived once per distinct segment (:func:`segment_features`); the
    segment's place in its line (shape, separators, brackets) decides the rest."""
    segs = segs.collect(engine=ENGINE)
    feats = segment_features(segs.lazy()).collect(engine=ENGINE)
    segs = segs.lazy().join(feats.lazy(), on="seg", how="left", maintain_order="left")
    n_tok, f = pl.col("n_tok"), pl.col
    closing = pl.col("shape").is_in(CLOSING_SHAPES)
    key = pl.when(closing).then(f("key_closing")).otherwise(f("key_byline"))
    stripped = pl.max_horizontal(pl.when(closing).then(f("strip_closing")).otherwise(f("strip_byline")),
                                 pl.when(key.is_null()).then(f("strip_staff")).otherwise(0))
    # ... "personlike" is no evidence of a credit line, only no name. Between brackets or
    # quotes it is an outlet's name (عدن (نبض الوادي) -، صنعاء – «نبض الوادي»): a reporter
    # signs unbracketed. (Only where reporters sign: in a dateline or byline; a label or
    # closing credit names an outlet.)
    personlike = (
        pl.col("shape").is_in(["dateline", "byline"]) & (n_tok >= 2) & (n_tok <= 3) & ~f("outletish")
        & ~f("_first_al") & ~f("_place_or_section")
        # (in a list of reporters parted by commas a first name may be a country's: يمن لقمان)
        & ~(f("place_first") & ~pl.col("before").is_in(["comma"]) & ~pl.col("after").is_in(["comma"])) & ~f("_nisba")
        & ~pl.col("enclosed").fill_null(False)
    )
    # Latin words all in lower case, three or more: a phrase (a page's widget, "living cost
    # indicators"), not a name (a Latin name is capitalised or an acronym); so is a phrase in
    # sentence case, a capital first and every later word in lower case ("Skip to content"):
    # an outlet's Latin name capitalises its words (Free Malaysia Today, Alsumaria Tv)
    latin_phrase = pl.col("written").str.contains(r"^[a-z]+(?:\s+[a-z]+){2,}$|^[A-Z][a-z]+(?:\s+[a-z]+)+$")
    # a word and a preposition's one letter cut off by a quote ("تعلن التصدي لـ”وابل ..."): a
    # sentence's words, no name (an acronym's letters stand alone: أ ف ب)
    dangling = pl.col("seg").str.contains(narrow(r"[^\W\d_]{2,}\s+[لبك]$"))
    cls = (
        pl.when(key.is_not_null()).then(pl.lit("known"))
        .when(latin_phrase | dangling).then(pl.lit("sentence"))
        .when(f("_generic")).then(pl.lit("generic"))
        .when(f("_date")).then(pl.lit("date"))
        .when(f("_number")).then(pl.lit("number"))
        # (after a source label, words that are all places name an outlet: ليبيا الخبر; so does
        # one place's name that is the label's whole credit, الخبر: a label credits a source; a
        # place beside the name, "المصدر: X - دبي", is the outlet's bureau)
        .when(f("_place") & ~((pl.col("shape") == "label") & ((n_tok >= 2) | (pl.len().over("lid", "shape", "how") == 1)))).then(pl.lit("place"))
        .when(f("_sentence")).then(pl.lit("sentence"))
        .when(f("_author")).then(pl.lit("author"))
        .when(f("_desk")).then(pl.lit("desk"))
        .when(f("_chrome")).then(pl.lit("chrome"))
        .when(f("_prefix")).then(pl.lit("prefix"))
        .when(f("_person")).then(pl.lit("person"))
        # before "من PLACE" an outlet writes its name (ايلاف من لندن); a phrase of words with
        # nothing of an outlet's name is a headline's (الانسحاب الأمريكي من أفغانستان)
        .when((pl.col("after") == "from") & (n_tok >= 2) & ~f("outletish") & f("_first_al")).then(pl.lit("sentence"))
        .when(personlike).then(pl.lit("personlike"))
        # (after a source label a section's word is a name too: الخبر, الأخبار are papers)
        .when((f("_section") & (pl.col("shape") != "label")) | (f("_byline_section") & pl.col("shape").is_in(["dateline", "byline"]))).then(pl.lit("section"))
        .when(f("_few_letters")).then(pl.lit("number"))
        .otherwise(pl.lit("name"))
    )
    return segs.with_columns(
        key.alias("key"), cls.alias("cls"),
        pl.col("written").str.slice(stripped).str.strip_chars().alias("written"),
    ).drop([c for c in feats.columns if c not in ("seg", "n_tok", "outletish", "marked", "place_first", "_nisba", "_place_lead", "_by_last_word", "_place_word", "_country_word", "_marker_word", "_noun_first")])


def _dateline(segs: pl.LazyFrame) -> pl.LazyFrame:
    """Dateline segments: those of the run of credit-like segments that opens the paragraph,
    up to its last strong separator; and a known outlet that opens the text after it
    (``الصومال / أحمد حلني/ الأناضول أعلن``)."""
    cp = credit_patterns()
    # A name followed by a comma is the text's first words (خام-بغداد: انطلقت الطائرة، اليوم):
    # a credit's name ends at a dash, colon, slash, bracket or stamp.
    ok = ~pl.col("cls").is_in(["sentence", "chrome"]) & (pl.col("after") != "end") & ~(
        (pl.col("cls") == "name") & (pl.col("after") == "comma"))
    f = lambda name: pl.element().struct.field(name)
    # An outlet's name closed by a dash, colon or bracket ends the credit: a name or a person
    # after it is the text's first words ("تعز (ديبريفر) - جددت جماعة أنصار الله (الحوثيين)"),
    # not a second credit (a known outlet, a place, a date or a generic credit may follow:
    # "بغداد - رويترز -", "زاد الأردن الإخباري - عمان -").
    closed = (pl.col("cls") == "name") & (pl.col("after") == "strong")
    later_name = pl.col("cls").is_in(["name", "person", "personlike"])
    named_before = f("closed").cast(pl.Int8).cum_sum() - f("closed").cast(pl.Int8) > 0
    in_run = (f("ok") & ~(f("later") & named_before)).cast(pl.Int8).cum_min().cast(pl.Boolean)
    # A dateline opens with a place, a date, a known outlet, a generic credit or a reporter, or
    # with a name shaped like an outlet's; a name with nothing of an outlet's opens it only
    # with a word or two before a dash or slash ("الوقت- أعلنت ..."، "خام-بغداد:"). A word or
    # phrase before a colon or a bracket opens a sentence ("الأم: ..."، "يقول الخبر: ..."،
    # "(هذيان): ..."), and so do three words or more before a dash ("تمكن مركز شرطة أبانات -
    # غرب القصيم -") and a number (a list's item: "1917 - الحرب العالمية الأولى:").
    # (a reporter's name is two or three words, a date a word or two: "فوزية الحربي انطلقت
    # فعاليات (البجيري)"، "تنطلق اليوم الخميس فعاليات (ملتقى ...)" open sentences; a section's
    # label opens a credit before a colon or dash, "دولية: الفرات نيوز", not before a bracket)
    opener = (
        pl.col("cls").is_in(["place", "known", "generic", "author", "desk"]) | pl.col("by_date")
        | ((pl.col("cls") == "person") & (pl.col("n_tok") <= 3)) | ((pl.col("cls") == "date") & (pl.col("n_tok") <= 2))
        | ((pl.col("cls") == "section") & pl.col("opens_text"))
        | (pl.col("cls").is_in(["name", "personlike"])
           & (pl.col("outletish") | pl.col("_nisba") | pl.col("_place_lead") | (pl.col("dash_after") & (pl.col("n_tok") <= 2))))
        # ... or a word or two before its city between brackets and a dash: "X (نيامي) -" (a
        # word before a country between brackets is that country's city: كروغر (جنوب أفريقيا))
        | ((pl.col("cls") == "name") & (pl.col("n_tok") <= 2) & pl.col("_city_next"))
        # ... or one word before a colon that opens the text, a reporting verb right after it
        # ("الراصد : أعلنت الشرطة ..."): an outlet's name (a label or a speaker before a colon
        # opens a quote or a list: "السؤال: والدي ...")
        # (the word opens the line, unquoted: a summary's bullet '- "فلان": نشر ...' quotes a speaker)
        | ((pl.col("cls") == "name") & (pl.col("n_tok") == 1) & pl.col("lede_first") & (pl.col("seg_no") == 0)
           & (pl.col("before") == "start") & ~pl.col("enclosed").fill_null(False)
           & pl.col("opens_text") & ~pl.col("dash_after") & pl.col("_verb_next"))
        # ... or a word or two with a generic credit glued after them before a colon, opening
        # the text's first paragraph ("X وكالات: ..."; see segments): as before a dash
        | ((pl.col("cls") == "name") & (pl.col("n_tok") <= 2) & (pl.col("seg_no") == 0) & pl.col("_name_generic"))
        # ... or two words that end with a country's and a colon or dash that open the text's
        # first paragraph ("مرآة X: توقعت صحيفة ..."): an outlet's name (see _country_word: no
        # reporter's or a city's people's; a speaker is quoted in a headline, not a lede)
        | ((pl.col("cls") == "name") & pl.col("_country_word") & pl.col("lede_first") & (pl.col("seg_no") == 0)
           & (pl.col("before") == "start") & ~pl.col("enclosed").fill_null(False) & pl.col("opens_text"))
    )
    same_next = pl.col("lid").shift(-1) == pl.col("lid")
    segs = segs.with_columns(
        (same_next & pl.col("seg").shift(-1).str.contains(narrow(cp["reporting"]))).fill_null(False).alias("_verb_next"),
        (same_next & (pl.col("cls").shift(-1) == "place") & pl.col("bracketed").shift(-1).fill_null(False)
         & pl.col("dash_after").shift(-1).fill_null(False)
         & ~_in(pl.col("seg").shift(-1), credit_tables()["countries"])).fill_null(False).alias("_city_next"))
    # A section's word (الأخبار، العالم) that opens the paragraph before its city between
    # brackets and a dash, "X (نواكشوط) -", is the outlet's name: a section's label stands
    # alone or before a colon, not before a city.
    segs = segs.with_columns(
        pl.when((pl.col("cls") == "section") & (pl.col("seg_no") == 0) & (pl.col("n_tok") <= 2) & pl.col("_city_next"))
        .then(pl.lit("name")).otherwise(pl.col("cls")).alias("cls"))
    # ... and so is a section's word after a generic credit, closed by a dash or colon, that the
    # text's first paragraph follows on its line ("وكالات - X- بلغ ..."): a generic credit and the
    # site's own name, as "وكالات - X -" names it; a section's label heads a page, no paragraph
    # opens after it.
    segs = segs.with_columns(
        pl.when((pl.col("cls") == "section") & (pl.col("seg_no") == 1) & (pl.col("n_tok") <= 2) & pl.col("lede_first")
                & (pl.col("lid").shift(1) == pl.col("lid")) & (pl.col("cls").shift(1) == "generic")
                & (pl.col("after") == "strong") & pl.col("opens_text"))
        .then(pl.lit("name")).otherwise(pl.col("cls")).alias("cls"))
    end = (
        segs.group_by("lid")
        # (rows reach here in no set order: the list is put in segment order)
        .agg(pl.struct(ok.alias("ok"), (pl.col("after") == "strong").alias("strong"), closed.alias("closed"), later_name.alias("later"),
                       "seg_no").sort_by("seg_no").alias("_s"), opener.sort_by("seg_no").first().alias("_opener"))
        .filter(pl.col("_opener"))
        .with_columns(pl.col("_s").list.eval(f("seg_no").filter(in_run & f("strong")).max()).list.first().alias("_end"))
        .drop_nulls("_end")
        .select("lid", "_end")
    )
    segs = segs.join(end, on="lid", how="inner")
    inside = segs.filter(pl.col("seg_no") <= pl.col("_end"))
    # A dateline that opens the second paragraph (the first may be a teaser) shows a place,
    # a known outlet, a generic credit or a date beside its name.
    shown = (
        inside.group_by("lid")
        # (or opens with an outlet's name marked by a marker word: "X نيوز:"
        # opening the lead printed a second time)
        .agg((pl.col("cls").is_in(["known", "generic", "place"]) | pl.col("by_date")
              | ((pl.col("cls") == "name") & pl.col("_marker_word") & (pl.col("n_tok") >= 2) & (pl.col("seg_no") == 0))).any().alias("_shown"))
    )
    inside = inside.join(shown, on="lid", how="left").filter(pl.col("lede_first") | pl.col("_shown")).drop("_shown")
    # A dateline of one segment opens the first paragraph with a name and a dash (طقس العرب -
    # لقي ...): reporters sign beside a place, so the name alone is the outlet's.
    alone = inside.group_by("lid").agg(pl.len().alias("_n"))
    # (not when the text after the dash opens with a place: a reporter signs "NAME – جدة تبدت ...")
    signed = (
        segs.filter((pl.col("seg_no") == pl.col("_end") + 1)
                    & pl.when(pl.col("seg_no") == pl.col("_end") + 1).then(pl.col("seg")).str.contains(rf"^(?:{cp['place']})(?:\s|$)").fill_null(False))
        .select("lid").unique().with_columns(pl.lit(1, pl.UInt32).alias("_signed"))
    )
    alone = alone.join(signed, on="lid", how="left").with_columns(pl.col("_n") + pl.col("_signed").fill_null(0)).drop("_signed")
    inside = inside.join(alone, on="lid", how="left").with_columns(
        # (also after a stamp that opens the paragraph: "date 2026-01-01 وطنا اليوم:")
        pl.when((pl.col("_n") == 1) & (pl.col("cls") == "personlike") & pl.col("lede_first")
                & ((pl.col("before") == "start") | ((pl.col("seg_no") == 0) & pl.col("by_date"))))
        .then(pl.lit("name")).otherwise(pl.col("cls")).alias("cls")
    ).drop("_n")
    book = credit_tables()["byline"]
    opening = (
        segs.filter((pl.col("seg_no") == pl.col("_end") + 1)
                    & ~pl.when(pl.col("seg_no") == pl.col("_end") + 1).then(pl.col("seg")).str.contains(narrow(cp["known_weekday"])).fill_null(False))
        .with_columns(pl.col("seg").str.extract(cp["known_opening"], 1).alias("_open"))
        .filter(pl.col("_open").is_not_null())
        .with_columns(
            pl.col("_open").replace_strict(list(book), list(book.values()), default=None).alias("key"),
            pl.col("written").str.slice(0, pl.col("_open").str.len_chars()).alias("written"),
            pl.lit("known").alias("cls"),
        )
        .drop("_open")
    )
    # ... and a word glued to the first sentence's reporting verb after the place and its slash or
    # dash ("X /Y أعلن المتحدث ..."): the outlet's name, as a known outlet's there (a subject before
    # its verb has the article, الشرطة أعلنت; a person's is a given name)
    t = credit_tables()
    not_name = t["places"] | t["given"] | t.get("stopword", set()) | t["generic"] | t.get("section", set()) | set(t["byline"])
    glued = (
        segs.with_columns(((pl.col("lid").shift(1) == pl.col("lid")) & (pl.col("cls").shift(1) == "place")
                           & (pl.col("seg_no").shift(1) == pl.col("_end"))).fill_null(False).alias("_after_place"))
        .filter((pl.col("seg_no") == pl.col("_end") + 1) & pl.col("_after_place") & (pl.col("before") == "strong") & pl.col("lede_first"))
        .with_columns(pl.col("seg").str.extract(narrow(rf"^([^\W\d_]{{3,}})\s+(?:{alternation(t.get('reporting_verb', set()))})\s"), 1).alias("_open"))
        .filter(pl.col("_open").is_not_null() & ~pl.col("_open").str.starts_with("ال") & ~_in(pl.col("_open"), not_name))
        .with_columns(pl.col("written").str.slice(0, pl.col("_open").str.len_chars()).alias("written"), pl.lit("name").alias("cls"))
        .drop("_open", "_after_place")
    )
    return pl.concat([inside.drop("_end"), opening.drop("_end"), glued.drop("_end")], how="diagonal_relaxed")


def _byline(segs: pl.LazyFrame) -> pl.LazyFrame:
    """Byline segments: lines made only of credit-like segments, cut by strong separators or a
    date, with evidence that they are a credit line (a place, date, person, author label,
    generic credit or known outlet; on the first line, the headline's, more than a person)."""
    # Furniture after a stamp (a reading counter, the story's age: "X بتاريخ: 26-08-2017 | 7
    # سنوات مضت القراءات : (2381) قراءة") is the stamp bar's, as a stamp is no name: it does not
    # spoil the name before the stamp (furniture before or without a stamp still does)
    # (the segment after the masked date: beside it, as the segment before it is)
    after_stamp = ((pl.col("lid").shift(1) == pl.col("lid")) & pl.col("by_date") & pl.col("by_date").shift(1)
                   & (pl.col("cls").shift(1) != "chrome")).fill_null(False)
    # (a name that opens with an outlet's noun may hold a stopword, موقع كل يوم: see _two_outlets)
    noun_name = (pl.col("cls").is_in(["name", "sentence"]) & pl.col("_noun_first") & (pl.col("n_tok") <= LONE_MAX_WORDS)
                 & ~pl.col("seg").str.contains(r"[0-9]"))
    judged = segs.with_columns(after_stamp.alias("_after_stamp")).group_by("lid").agg(
        (((pl.col("cls") == "sentence") & ~noun_name) | ((pl.col("cls") == "chrome") & ~pl.col("_after_stamp"))).any().alias("_bad"),
        ((pl.col("cls") == "sentence") & noun_name).any().alias("_noun_sentence"),
        (pl.col("cls").is_in(["known", "generic", "place", "person", "author"]) | pl.col("by_date")).any().alias("_evidence"),
        # on the headline's line a place is evidence only beside a name shaped like an outlet's
        (pl.col("cls").is_in(["known", "generic"]) | pl.col("by_date")).any().alias("_firm"),
        pl.col("cls").eq("place").any().alias("_place"),
        # a stamp beside a four-word phrase is a headline glued to its date (11 تشرين الثاني
        # 2018 02:57م الثلوج غطت القرنة السوداء), not a byline, unless more shows a credit
        (pl.col("cls").eq("name") & ~pl.col("outletish") & (pl.col("n_tok") >= NAME_MAX_WORDS)).any().alias("_phrase"),
        pl.col("cls").is_in(["known", "generic", "place", "person", "author"]).any().alias("_undated_evidence"),
        # (a name that ends with a country's, صوت الإمارات, is no reporter's: see _country_word)
        (pl.col("cls").eq("name") & ~pl.col("outletish") & ~pl.col("place_first") & ~pl.col("_country_word") & (pl.col("n_tok") > 1)).any().alias("_plain_name"),
        (pl.col("after").is_in(["strong", "from"]) | pl.col("before").is_in(["strong", "from"]) | pl.col("by_date")).any().alias("_strong"),
        pl.len().alias("_n"),
        pl.col("_relaxed").first().alias("_relaxed"),
        pl.col("by_date").any().alias("_dated"),
        pl.col("line_no").first(),
        # one outlet-like name and a dash or colon that ends the line: a dateline whose text
        # follows on the next line (زاد الأردن الإخباري -)
        ((pl.col("cls") == "known") | ((pl.col("cls") == "name") & (pl.col("outletish") | pl.col("_place_word")))).all().alias("_outlet"),
        # ... or an outlet-like name and its acronym between brackets before the colon that
        # ends the line (وكالة أنباء الشهباء (شبا):)
        (((pl.col("cls") == "name") & pl.col("outletish")).first() & pl.col("bracketed").last().fill_null(False)
         & pl.col("cls").last().is_in(["name", "known"]) & (pl.col("after").last() == "strong")).alias("_acronym"),
        (pl.col("after") == "strong").all().alias("_open"),
        # a plain name of one to three words alone on the first line or right under the
        # headline, closed by a dash or colon, the first paragraph on the next line: the site's
        # own dateline ("X:" as the text's first line, "X-" under the headline; under the
        # headline "X:" is a subheading, الخبر الأول: / ثالثاً: / المقادير:, on SaudiNewsNet;
        # a reporter is personlike, a place or section label is classed as such)
        ((pl.col("cls") == "name") & (pl.col("n_tok") <= LONE_MAX_WORDS) & ~pl.col("seg").str.contains(r"[0-9]")
         & pl.col("next_para").fill_null(False) & ((pl.col("line_no") == 0) | ((pl.col("line_no") == 1) & pl.col("dash_after").fill_null(False)))
         ).all().alias("_plain_open"),
        # an outlet's name and its desk, the text below (الوادي - المحليات:، أبعاد الخفجي-سياسة:)
        pl.col("cls").is_in(["section", "desk"]).sum().alias("_sections"),
        pl.col("cls").eq("desk").any().alias("_desk_word"),
        # (the name first, a dash or colon after it: "X (زائر)" is a commenter's name and label)
        ((pl.col("cls").first() == "name") & (pl.col("after").first() == "strong")).alias("_name_first"),
        pl.col("cls").is_in(["name", "personlike"]).sum().alias("_names"),
        pl.col("cls").eq("generic").sum().alias("_generics"),
        (pl.col("cls").eq("personlike") & (pl.col("seg_no") == 0)).sum().alias("_personlike_first"),
        pl.col("cls").eq("personlike").any().alias("_personlike_any"),
        # a reporter (or an author's label) and an outlet-shaped name (Latin letters, a marker
        # word, a staff word before it): فلان/ XNEWS، كتب – محرر X
        (pl.col("cls").is_in(["person", "author"]).any() & (pl.col("cls").eq("name") & pl.col("outletish")).any()).alias("_person_outlet"),
        # an outlet's name marked by a marker word first, its slogan after it (فلسطين ميديا-بوابتك الحقيقية)
        ((pl.col("cls").first() == "name") & pl.col("_marker_word").first() & (pl.col("n_tok").first() >= 2)
         & pl.col("cls").is_in(["name", "personlike"]).all()).alias("_outlet_first"),
        pl.col("cls").is_in(["person", "personlike", "author"]).any().alias("_signed"),
        # one plain word first (a place the table does not know, a section's label: "X:", "X –")
        # and an outlet's name marked by a marker word after it (نيوز، برس), nothing else: the
        # dateline or desk of the site named by the marked name (see good)
        ((pl.col("cls").first().is_in(["name", "section"])) & (pl.col("n_tok").first() == 1) & ~pl.col("outletish").first()
         & (pl.col("after").first() == "strong") & (pl.col("cls").last() == "name") & pl.col("_marker_word").last()
         & (pl.col("n_tok").last() >= 2)).alias("_word_marked"),
        pl.col("next_para").first().fill_null(False).alias("_next_para"),
        # two names that each open with an outlet's noun, parted by a dash (موقع X - جريدة Y): the
        # site that copies and the paper it copies, whose name the line credits
        noun_name.all().alias("_two_outlets"),
        # one name printed twice, parted by a dash or colon, nothing else (X - X): the site's own
        # name (a place, a reporter or a section is classed as such, not as a name)
        ((pl.len() == 2) & (pl.col("seg").first() == pl.col("seg").last()) & pl.col("cls").eq("name").all()).alias("_twice"),
    )
    # two words and a generic credit after them, nothing else (مراسل سوري – متابعات): a
    # reporter signs beside a place, so the words are the outlet's name. (After the generic
    # credit they are the reporter's or a place's: متابعة - جاسر الصقري، وكالات - رود أيلاند.)
    paired = (pl.col("_n") == 2) & (pl.col("_generics") == 1) & (pl.col("_personlike_first") == 1) & pl.col("_strong")
    # On the first line (no headline above) a reporter beside an outlet-shaped name is a
    # byline too, and so is an outlet's name with a marker word before its slogan: a headline
    # names no reporter beside an outlet. (Below the headline, too, an outlet's name with a
    # marker word first credits before one more name, a slogan or a place the table does not
    # know: "X نت- الضفة المحتلة"; not beside a reporter: "نيوبورت نيوز (فيرجينيا): فلان" is a
    # city's name.)
    # (Two or three plain words before a reporter, "X – فلان الفلاني", are no outlet's by their
    # shape: on SaudiNewsNet they are a role, رصد وتصوير، أجرى الحوار، a column's name or a place.)
    first_line_pair = (pl.col("_n") == 2) & pl.col("_strong") & (pl.col("_person_outlet") | pl.col("_outlet_first"))
    # (a desk named as one, قسم الأخبار, needs no separator after it: يمن مونيتور/ قسم الأخبار)
    # (or the outlet's name first and one desk after it, below the headline, the text on the
    # next line: "الثبات ـ بانوراما")
    desk = (pl.col("_sections") >= 1) & (pl.col("_names") == 1) & (pl.col("_n") == pl.col("_sections") + 1) & (
        pl.col("_open") | pl.col("_desk_word") | ((pl.col("_n") == 2) & pl.col("_name_first") & (pl.col("line_no") > 0) & pl.col("_strong")))
    # One segment is a lone name (see the lone shape), not a credit line, unless a dash or
    # colon after it opens the text below.
    two_outlets = (pl.col("_n") == 2) & pl.col("_two_outlets")
    good = judged.filter(
        ~pl.col("_bad") & ~(pl.col("_noun_sentence") & ~two_outlets) & ~(pl.col("_phrase") & ~pl.col("_undated_evidence")) & (~pl.col("_relaxed") | first_line_pair) & (
            ((pl.col("_evidence") | (pl.col("_outlet_first") & ((pl.col("line_no") == 0) | ((pl.col("_n") == 2) & ~pl.col("_personlike_any")))))
             & pl.col("_strong") & ((pl.col("_n") >= 2) | pl.col("_dated"))
             & ((pl.col("line_no") > 0) | pl.col("_firm") | (pl.col("_place") & ~pl.col("_plain_name")) | first_line_pair))
            | ((pl.col("_n") == 1) & pl.col("_outlet") & pl.col("_open"))
            | ((pl.col("_n") == 1) & pl.col("_plain_open") & pl.col("_open"))
            | ((pl.col("_n") == 2) & pl.col("_acronym"))
            | desk
            | (two_outlets & pl.col("_strong") & (pl.col("line_no") > 0))
            # a word and a marked outlet's name below the headline, right above the first
            # paragraph ("X: Y نيوز", "X – Y برس|"): a reporter's name has no marker word
            | ((pl.col("_n") == 2) & pl.col("_word_marked") & (pl.col("line_no") > 0) & pl.col("_next_para"))
            | (pl.col("_twice") & pl.col("_strong") & (pl.col("line_no") > 0))
        )
    ).select("lid", (desk | paired).alias("_desk"), "_signed", "_place", "_dated", "_outlet_first", "_word_marked",
             two_outlets.alias("_copied"), "_twice")
    # Below the headline, a known outlet credits on any short line («من نضال المغربي غزة -
    # رويترز:», «لندن «الشرق الأوسط أونلاين»»): its other segments need not be clean. Between
    # commas it is a word of a sentence (وأصدرت الفصائل، اليوم، البيان الآتي:).
    # Nor is it a credit quoted after a sentence's words, three or more (بحسب ما أفادت صحيفة "X"
    # في تقرير: a wrapped paragraph's line); a byline quotes it after a place, a reporter or a
    # word or two ("الرياض - خاص بـ«X»:").
    # (... nor before them, a sentence's length, on the same line: a paragraph wrapped by hard
    # line breaks, 'الأنباء الرسمية "X" فقد اعترض التحالف الطائرة ...'; see credits' _prose_next)
    quoted_in_sentence = (((pl.col("lid").shift(1) == pl.col("lid")) & (pl.col("cls").shift(1) == "sentence")
                           & (pl.col("n_tok").shift(1) >= 3) & (pl.col("before") == "weak"))
                          | pl.col("_prose_next")).fill_null(False)
    known = (
        segs.filter((pl.col("cls") == "known") & (pl.col("line_no") > 0) & ~((pl.col("before") == "comma") & (pl.col("after") == "comma"))
                    & ~quoted_in_sentence)
        .select("lid").unique()
    )
    # A byline names a reporter, a place and an outlet. A name with nothing of an outlet's
    # (no marker, no place's adjective, no place first) is the outlet's only when the line
    # names no one else: beside a reporter or an author's label it is a place or a role
    # ("ثرمداء - سعود العجاجي"، "استطلاع وتصوير - فلان"), and two words or more beside a place
    # are its reporter ("القاهرة: السيد الحراني"), as one word there may be the outlet's
    # ("البلاد (جدة)").
    # (beside a place, a name between brackets or quotes is an outlet's: "صنعاء – «نبض الوادي»";
    # beside a reporter, a place's: "وليد الرخيمي (السعيرة)")
    # A word before a place between brackets is that place's city ("كروغر (جنوب أفريقيا) -
    # الرياض"), and a word between brackets after a generic credit the wires' place ("وكالات
    # (ميلووكي)").
    plain = (pl.col("cls") == "name") & ~(pl.col("outletish") | pl.col("_nisba") | pl.col("_place_lead") | pl.col("_country_word"))
    enclosed = pl.col("enclosed").fill_null(False)
    same_line = lambda k: pl.col("lid").shift(k) == pl.col("lid")
    # (a city between brackets after a name is the outlet's place: "البلاد (جدة)"; quotes after a
    # generic credit hold the outlet's name: "متابعة – «ساحات التحرير»")
    country = _in(pl.when(pl.col("cls") == "place").then(pl.col("seg")), credit_tables()["countries"]).fill_null(False)
    # (... and so is a word before a country on a dated line: "منديرا-كينيا-18-01-2022")
    city = (plain & (pl.col("n_tok") == 1) & same_line(-1) & (pl.col("cls").shift(-1) == "place") & country.shift(-1)
            & (pl.col("bracketed").shift(-1) | pl.col("_dated"))).fill_null(False)
    wires_place = (plain & pl.col("bracketed").fill_null(False) & (pl.col("n_tok") <= 2) & same_line(1) & (pl.col("cls").shift(1) == "generic")).fill_null(False)
    # (but a name after a place and a comma that a colon or dash closes, "عدن، X:", is the
    # dateline's credit: a reporter signs beside a place after a dash, colon or slash)
    comma_dated = ((pl.col("before") == "comma") & same_line(1) & (pl.col("cls").shift(1) == "place")
                   & (pl.col("after") == "strong")).fill_null(False)
    # (... and so is a name after a country and a colon, the line ending with it: "السودان: X";
    # a reporter signs beside a city)
    after_country = ((pl.col("before") == "strong") & same_line(1) & country.shift(1) & ~same_line(-1).fill_null(False)
                     & (pl.col("seg_no") == 1)).fill_null(False)
    comma_dated = comma_dated | after_country
    # (a name between quotes right after a place is the outlet's also beside a reporter after it,
    # "CITY- «X»- فلان": the dateline's place, the outlet, the reporter; brackets after a reporter
    # hold his place, "فلان (X)")
    quoted_after_place = (enclosed & ~pl.col("bracketed").fill_null(False) & same_line(1) & (pl.col("cls").shift(1) == "place")).fill_null(False)
    unclaimed = plain & ~quoted_after_place & (pl.col("_signed") | (pl.col("_place") & (pl.col("n_tok") >= 2) & ~enclosed & ~comma_dated)) | city | wires_place
    return pl.concat([
        # (the segments stay in line and segment order: neighbours are the rows around)
        segs.join(good, on="lid", how="inner", maintain_order="left")
        .with_columns(pl.when((pl.col("_desk") | after_country) & (pl.col("cls") == "personlike")).then(pl.lit("name"))
                      .when(unclaimed & ~pl.col("_desk")).then(pl.lit("other"))
                      # (the words after an outlet's marked name are its slogan or its place: "X نت- الضفة المحتلة")
                      .when(pl.col("_outlet_first") & (pl.col("seg_no") > 0) & pl.col("cls").is_in(["name", "personlike"])).then(pl.lit("other"))
                      .when(pl.col("_word_marked") & (pl.col("seg_no") == 0)).then(pl.lit("other"))
                      .when(pl.col("_copied")).then(pl.when(pl.col("seg_no") == 0).then(pl.lit("other")).otherwise(pl.lit("name")))
                      # (a name printed twice is credited as written first)
                      .when(pl.col("_twice") & (pl.col("seg_no") > 0)).then(pl.lit("other"))
                      .otherwise(pl.col("cls")).alias("cls"))
        .drop("_desk", "_signed", "_place", "_dated", "_outlet_first", "_copied", "_word_marked", "_twice"),
        segs.join(known.join(good, on="lid", how="anti"), on="lid", how="inner").filter(pl.col("cls") == "known"),
    ])


def _span(lines: pl.LazyFrame, name: pl.Expr, how: str, start: pl.Expr | None = None) -> pl.LazyFrame:
    """Rows of ``lines`` where ``name`` (a normalised span of ``norm``) is found, cut from
    ``clean`` as written: at ``start`` when given, else at the line's end less any closing
    brackets and full stop."""
    found = lines.with_columns(name.alias("_name")).filter(pl.col("_name").is_not_null() & (pl.col("_name").str.strip_chars() != ""))
    n = pl.col("_name").str.len_chars()
    if start is None:
        close = pl.col("norm").str.extract(r"(\s*[)\]»\"]*\s*\.?\s*)$", 1).str.len_chars().fill_null(0)
        start = pl.col("clean").str.len_chars() - close - n
    return found.with_columns(
        pl.col("_name").alias("norm"), pl.col("clean").str.slice(start, n).alias("clean"), pl.lit(how).alias("how")
    ).drop("_name")


def name_spans(lines: pl.LazyFrame) -> pl.LazyFrame:
    """Credits that are one name each (``shape``, ``how``, ``norm``/``clean`` of the name):
    - label: ``المصدر: X`` (on its line, or after the last sentence), ``المصدر`` then X on the next line, ``* خدمة «X»``, ``... appeared first on X``;
    - closing: a bracketed or starred last line, a bracketed credit or an outlet name after the
      last sentence, a short line right after the body;
    - closing: an outlet's name and a generic credit after the last sentence
      (``... طفلان. الشروق أون لاين. الوكالات``);
    - copyright: ``© X``;
    - lone: a short line of at most LONE_MAX_WORDS words beside the headline or right above
      the first paragraph."""
    cp = credit_patterns()
    t = credit_tables()
    generic = alternation(t["generic"])
    edit_note = rf"(?:\s*[،,\-–—(\[]\s*|\s+)(?:{alternation(t.get('edit_note', ()))})\s*[)\]]?"
    # the first line is a page title unless page furniture stands in it (Site icon X | Y)
    title_line = (pl.col("part") == "head") & (pl.col("line_no") == 0) & ~pl.col("norm").str.contains(narrow(chrome_pattern()))
    # "... last sentence. NAME. وكالات": the name before a closing generic credit
    named_generic = rf"^(.*[.!؟]\s+)([^.!؟:()]{{2,40}}?)\s*[.،,\-–—/]\s*(?:{generic})\s*\.?\s*$"
    # "... last sentence. وكالات SECTION-NAME": a generic credit, a mirror's section glued to it,
    # and the outlet's name after a dash
    generic_named = rf"^(.*[.!؟]\s+(?:{generic})(?:\s+[^\s.!؟\-–—]+){{0,2}}\s*[-–—]\s*)([^.!؟:()\-–—]{{2,30}}?)\s*\.?\s*$"
    short = lines.filter(~pl.col("long"))
    tail = lines.filter(pl.col("part") == "tail")
    end_words = r"[.!؟?:]\s*$"
    # a span that runs to the line's end (its brackets and stops are stripped later)
    at_end = pl.col("clean").str.len_chars() - pl.col("_name").str.len_chars()
    # (an outlet's name alone right after a paragraph: see lone_like in credits)
    lone_line = (
        (pl.col("part") == "head") & (pl.col("above_body") | pl.col("prev_long")) & ~pl.col("by_menu")
        & (pl.col("by_headline") | (pl.col("line_no") > 0) | pl.col("next_para"))
        & ~pl.col("norm").str.contains(end_words)
        & ~pl.col("norm").str.contains(rf"{STRONG_CHARS}|{WEAK_CHARS}")
        & (pl.col("norm").str.count_matches(r"\S+") <= LONE_MAX_WORDS)
        # a source label alone on its line (المصدر, its name left empty) names no one
        & ~pl.col("clean").str.contains(cp["source_label_alone"])
    )
    parts = [
        _span(short, pl.col("norm").str.extract(cp["source_label"], 2), "label",
              start=pl.col("norm").str.extract(cp["source_label"], 1).str.len_chars()).with_columns(pl.lit("label").alias("shape")),
        _span(short, pl.col("norm").str.extract(narrow(cp["source_label_after"]), 1), "label").with_columns(pl.lit("label").alias("shape")),
        _span(short, pl.col("norm").str.extract(cp["source_from"], 2), "label",
              start=pl.col("norm").str.extract(cp["source_from"], 1).str.len_chars()).with_columns(pl.lit("label").alias("shape")),
        # (an RSS footer in Arabic: a short line, or the close of the last paragraph)
        _span(lines.filter(pl.col("footer")), pl.col("norm").str.extract(narrow(cp["rss_footer"]), 1), "label").with_columns(pl.lit("label").alias("shape")),
        _span(short.filter(pl.col("after_label")), pl.col("norm"), "label", start=pl.lit(0)).with_columns(pl.lit("label").alias("shape")),
        _span(tail.filter(pl.col("long")), pl.col("norm").str.extract(cp["source_label_inline"], 1), "label").with_columns(pl.lit("label").alias("shape")),
        # (a label between the brackets is read as a label: "(المصدر: X، بتصرف)" names X)
        _span(tail.filter(~pl.col("long") & ~pl.col("norm").str.contains(cp["bracketed_label"])),
              pl.col("norm").str.extract(cp["bracketed_line"], 1), "bracketed_line").with_columns(pl.lit("closing").alias("shape")),
        _span(tail, pl.col("norm").str.extract(cp["bracketed_tail"], 1), "bracketed").with_columns(pl.lit("closing").alias("shape")),
        _span(tail, pl.col("norm").str.extract(cp["bracketed_open"], 1), "bracketed").with_columns(pl.lit("closing").alias("shape")),
        _span(tail.filter(pl.col("long") & ~pl.col("norm").str.contains(cp["bracketed_gloss"])),
              pl.col("norm").str.extract(narrow(cp["bracketed_stop"]), 1), "bracketed_stop").with_columns(pl.lit("closing").alias("shape")),
        _span(tail.filter(~pl.col("long") & pl.col("after_para")), pl.col("norm").str.extract(cp["named_closing"], 1), "after_body",
              start=pl.col("norm").str.extract(r"^([\s*•\-]*)", 1).str.len_chars())
        .with_columns(pl.lit("closing").alias("shape")),
        _span(tail.filter(~pl.col("long") & pl.col("norm").str.contains_any(["|", "·", "•"])).with_columns(pl.col("norm").str.extract_groups(cp["share_bar"]).alias("_bar"))
              .filter((pl.col("_bar").struct.field("pre") != "") | (pl.col("_bar").struct.field("post") != "")),
              pl.col("_bar").struct.field("name"), "share_bar", start=pl.col("_bar").struct.field("pre").str.len_chars())
        .with_columns(pl.lit("closing").alias("shape")),
        _span(tail.filter(pl.col("long")), pl.col("norm").str.extract(cp["outlet_tail"], 1), "outlet_tail").with_columns(pl.lit("closing").alias("shape")),
        _span(tail.filter(~pl.col("long") & pl.col("after_para")), pl.col("norm").str.extract(cp["place_closing"], 2), "after_body",
              start=pl.col("norm").str.extract(cp["place_closing"], 1).str.len_chars())
        .with_columns(pl.lit("closing").alias("shape")),
        _span(tail.filter(pl.col("long")), pl.col("norm").str.extract(cp["agency_tail"], 1), "agency_tail").with_columns(pl.lit("closing").alias("shape")),
        _span(tail.filter(~pl.col("long") & pl.col("after_para") & ~pl.col("norm").str.contains(end_words)), pl.col("norm"), "after_body",
              start=pl.lit(0))
        .with_columns(pl.lit("closing").alias("shape")),
        _span(lines, pl.col("norm").str.extract(cp["copyright"], 1).str.strip_chars(), "copyright",
              start=pl.col("norm").str.replace(cp["copyright"] + ".*$", "").str.len_chars()
              + pl.col("norm").str.extract(r"((?:©|\(c\)|copyright)\s*(?:[0-9]{4}\s*)?)", 1).str.len_chars())
        .with_columns(pl.lit("copyright").alias("shape")),
        _span(lines.filter(pl.col("norm").str.contains(alternation(t.get("rights_reserved", set())))),
              pl.col("norm").str.extract(cp["rights_reserved"], 1).str.strip_chars(), "copyright",
              start=pl.col("norm").str.split(pl.col("norm").str.extract(cp["rights_reserved"], 1).str.strip_chars()).list.first().str.len_chars())
        .with_columns(pl.lit("copyright").alias("shape")),
        _span(tail.filter(pl.col("long")), pl.col("norm").str.extract(named_generic, 2), "outlet_tail",
              start=pl.col("norm").str.extract(named_generic, 1).str.len_chars())
        .with_columns(pl.lit("closing").alias("shape")),
        _span(tail.filter(pl.col("long")), pl.col("norm").str.extract(generic_named, 2), "outlet_tail",
              start=pl.col("norm").str.extract(generic_named, 1).str.len_chars())
        .with_columns(pl.lit("closing").alias("shape")),
        _span(lines.filter(title_line), pl.col("norm").str.extract(cp["title_site"], 1), "title")
        .with_columns(pl.lit("title").alias("shape")),
        # (a line that ends with a sentence's stop is a paragraph, its last words an outlet it
        # quotes: "... وفق ما أفادت وكالة رويترز.")
        _span(lines.filter(title_line & ~pl.col("norm").str.contains(r"[.!؟]\s*$")), pl.col("norm").str.extract(cp["title_outlet"], 1), "title")
        .with_columns(pl.lit("title").alias("shape")),
        _span(short.filter(lone_line), pl.col("norm"), "lone", start=pl.lit(0))
        .with_columns(pl.lit("lone").alias("shape")),
    ]
    cols = ["lid", "article_id", "part", "line_no", "shape", "how", "norm", "clean", "by_headline", "next_long", "next_para", "under_headline",
            "above_body", "next_stamp", "masthead"]
    return (
        pl.concat([p.select(cols) for p in parts])
        .with_columns(
            # (a line's trailing dash or colon is no part of a name: "زاد الأردن الإخباري -")
            pl.col("norm").str.strip_chars(QUOTES).str.replace(r"[\s:\-–—|/]+$", "").str.replace_all(r"\s+", " ").alias("seg"),
            pl.col("clean").str.strip_chars(QUOTES).str.replace(r"[\s:\-–—|/]+$", "").str.replace_all(r"\s+", " ").alias("written"),
        )
        # "وكالة نون خاص": a generic word after the name is no part of it, nor is the separator
        # before it ("المصدر: X + وكالات", the plus cleaned to a slash: X); nor an editing note
        # and its comma, dash or bracket ("المصدر (صحيفة X، بتصرف)": X)
        .with_columns(pl.col("seg").str.extract(rf"\s(?:{generic})$|{edit_note}$", 0).str.len_chars().fill_null(0).alias("_g"))
        .with_columns(
            pl.col("seg").str.slice(0, pl.col("seg").str.len_chars() - pl.col("_g")).str.replace(r"[\s:\-–—|/]+$", "").str.strip_chars(QUOTES),
            pl.col("written").str.slice(0, pl.col("written").str.len_chars() - pl.col("_g")).str.replace(r"[\s:\-–—|/]+$", "").str.strip_chars(QUOTES),
            pl.lit(0, pl.Int64).alias("seg_no"), pl.lit("end").alias("after"), pl.lit("start").alias("before"),
            pl.lit(False).alias("by_date"),
            # ... a name parted by a separator from a closing generic credit ("X + وكالات",
            # "X / الوكالات") is paired with it: a credit line's shape (see credits)
            ((pl.col("_g") > 0) & pl.col("seg").str.contains(rf"\S\s*[/|\-–—]\s*(?:{generic})$")).alias("_paired"),
        )
        .drop("_g", "norm", "clean")
        .pipe(_split_label)
    )


# "المصدر: الدار – وم ع": a label that credits two, parted by a dash (a hyphen between
# letters, بي-بي-سي, joins the words of one name)
LABEL_PARTS = r"\s+[-–—]+\s*|\s*[–—]+\s*|\s*[-–—]+\s+"


def _split_label(spans: pl.LazyFrame) -> pl.LazyFrame:
    """A label's name parted by a dash is two credits (``المصدر: الدار – وم ع``: the paper
    and MAP), numbered in order, as a dateline's segments are. (``seg`` and ``written`` have
    the same length, so their parts match.)"""
    # (so is a closing credit's between brackets, "(جوبا - أ ف ب)": a dateline's place and
    # the agency, each classified as a dateline's segment)
    label = pl.col("how").is_in(["label", "bracketed", "bracketed_line"]) & pl.col("seg").str.contains(narrow(rf"[^\W_](?:{LABEL_PARTS})[^\W_]"))
    split = lambda c: pl.col(c).str.replace_all(LABEL_PARTS, "\x00").str.split("\x00")
    parts = (
        spans.filter(label)
        .with_columns(split("seg"), split("written"))
        .with_columns(pl.int_ranges(0, pl.col("seg").list.len()).alias("seg_no"))
        .explode("seg", "written", "seg_no")
        .with_columns(pl.col("seg_no").cast(pl.Int64))
    )
    return pl.concat([spans.filter(~label), parts], how="vertical_relaxed")


def credits(articles: pl.LazyFrame, lines: pl.LazyFrame | None = None) -> pl.LazyFrame:
    """Every credit candidate: ``article_id, shape, part, line_no, seg_no, cls, key, written``.

    The lines are segmented once and every segment and name is classified once (each pass
    compiles the reference patterns: one pass per shape would cost more than the rows)."""
    cp = credit_patterns()
    cand = candidate_lines(articles, lines).collect(engine=ENGINE)
    # Cheap column tests first, materialised (polars would merge consecutive filters and run
    # the patterns over every line); then a credit's segments are short: a dateline's first
    # one ends within NAME_MAX_CHARS, and no segment of a byline runs longer.
    sep = r"[:)\-–—_/|\]}(\[{،,*•«»\"“”]"
    # A first line "X: ..." is a headline quoting X, unless it names a place, an outlet or a
    # generic credit, or carries a date.
    quoted = pl.col("norm").str.extract(r"^([^:\-–—/|(\[{]{1,40}):", 1)
    # (a word and a colon before a reporting verb open the text's first paragraph: see _dateline)
    quoting = (pl.col("line_no") == 0) & quoted.is_not_null() & ~firm(quoted).fill_null(False) & ~pl.col("norm").str.contains(narrow(cp["word_colon_verb"]))
    # a paragraph's first words up to a dateline's length, after any stamp that opens it
    opening = rf"^(?:\s*(?:{cp['stamp_opening']}))?[^:)\-–—_/|\]}}(\[{{،,*•«»\"“”]{{0,{NAME_MAX_CHARS}}}"
    dateline = cand.filter((pl.col("part") == "head") & pl.col("lede") & ~pl.col("after_open")).lazy().filter(
        pl.col("norm").str.contains(rf"^[^:)\-–—_/|\]}}(\[{{،,*•«»\"“”]{{0,{NAME_MAX_CHARS}}}{sep}")
        & pl.col("norm").str.contains(narrow(STRONG_CHARS)) & ~pl.col("norm").str.contains(narrow(cp["reporting"])) & ~quoting
        # a headline's kicker (نشرة تحذيرية / خلال الساعات القادمة ...) is no dateline: a
        # dateline opens a paragraph; a first line that opens with a place, a separator, a word
        # or two and a separator is a paragraph's dateline ("السعودية/ نبأ- أعلنت ...")
        # (... or one word and a colon before a reporting verb: "محيط : أعلنت الشرطة ...", the
        # text's first paragraph on its first line; see _dateline)
        & (~pl.col("headline") | _in(pl.when(pl.col("headline")).then(pl.col("norm")).str.extract(narrow(PLACE_CREDIT_OPENING), 1),
                                     credit_tables()["places"]).fill_null(False)
           | pl.when(pl.col("headline")).then(pl.col("norm")).str.contains(narrow(cp["word_colon_verb"])).fill_null(False))
        # a number between brackets is a count of the first sentence (قتل (14) شخصا), not a credit
        # (also after a crawl stamp that opens the line: "date 2026-01-22 قتل (8) جنود"); nor
        # is a weekday between brackets after a time adverb (قتل 10 مدنيين اليوم (السبت))
        # (one pattern: the opening, with its stamp grammar, is read once for both)
        & ~pl.col("norm").str.contains(narrow(rf"{opening}(?:[(\[]\s*[0-9][0-9.,]*\s*[)\]]|{cp['adverb_weekday']})"))
    ).with_columns(pl.lit("dateline").alias("shape"), pl.lit(False).alias("_relaxed"))
    short = cand.filter((pl.col("part") == "head") & ~pl.col("long") & pl.col("above_body")).filter(
        # (read on the lines that end with a bracket alone: every shape of it does)
        ~pl.when(pl.col("norm").str.contains(r"[)\]]\s*$")).then(pl.col("norm").str.contains(narrow(cp["caption_credit"]))).otherwise(False)
        & ~pl.when((pl.col("line_no") > 0) & pl.col("norm").str.contains("|", literal=True)).then(pl.col("norm").str.contains(narrow(CAPTION_BAR))).otherwise(False))
    byline_like = (
        # no sentence's stop last, save a dotted abbreviation's closing dot (جوبا - أ.ف.ب.)
        (~pl.col("norm").str.contains(r"[.!؟?]\s*$") | pl.col("norm").str.contains(narrow(r"(?:^|[\s.])[^\W\d_]\.\s*$")))
        # cut by a separator, or carrying a stamp (a year, a time)
        & pl.col("norm").str.contains(rf"{STRONG_CHARS}|{WEAK_CHARS}|\sمن\s|[0-9]{{4}}|[0-9]:[0-9]")
        & ~pl.col("norm").str.contains(rf"[^:)\-–—_/|\]}}(\[{{،,*•«»\"“”0-9]{{{NAME_MAX_CHARS + 20},}}")
        & ~pl.col("norm").str.contains(narrow(cp["reporting"]))
        # a word or two and a clock time, no date: a widget's row (prayer times الفجر 4:25 AM,
        # a market's hours), no byline
        & ~pl.col("norm").str.contains(narrow(rf"^\W*[^\W\d_]+(?:\s+[^\W\d_]+)?\s*{WIDGET_TIME}\s*$"))
        # a breadcrumb (الرئيسية / جريدة اليوم / <headline>): the site's sections, whatever
        # their names, and the headline, no byline
        & ~(pl.col("norm").str.contains(narrow(breadcrumb_pattern())) & ~pl.col("norm").str.contains(narrow(breadcrumb_pattern(sentence=True))))
    )
    # The first line is the headline unless it names a place, an outlet or a generic credit,
    # or carries a date (see _byline): one pattern spares most headlines the segmenting.
    byline = pl.concat([
        short.filter(pl.col("line_no") > 0).lazy().filter(byline_like).with_columns(pl.lit(False).alias("_relaxed")),
        short.filter(pl.col("line_no") == 0).lazy().filter(
            byline_like & (firm(pl.col("norm")) | pl.col("norm").str.contains(r"[:\-–—]\s*$")
                           # (or a short line right above the first paragraph: a byline only by
                           # _byline's first_line_pair)
                           | ((pl.col("norm").str.len_chars() <= BYLINE_SHAPE_CHARS) & pl.col("next_para"))))
        .with_columns((~(firm(pl.col("norm")) | pl.col("norm").str.contains(r"[:\-–—]\s*$"))).alias("_relaxed")),
    ]).with_columns(pl.lit("byline").alias("shape"))
    cand = cand.lazy()
    segs = segments(pl.concat([dateline, byline], how="diagonal_relaxed"))
    # A segment too long for a name ends a dateline's run and rules out a byline: the
    # segments after it (and the byline) are not classified.
    too_long = (pl.col("seg").str.count_matches(" ", literal=True) >= NAME_MAX_WORDS) | (pl.col("seg").str.len_chars() > NAME_MAX_CHARS)
    segs = segs.with_columns(too_long.alias("_long"))
    # (a segment between quotes with a sentence's words on both sides, a long segment after it:
    # quoted inside a sentence, 'الأنباء الرسمية "X" فقد اعترض التحالف الطائرة ...', read by
    # _byline; between brackets, or after a place, a known outlet or a generic credit, it may be
    # a dateline's credit glued to a short paragraph, "الرياض (X) أعلنت ...")
    t = credit_tables()
    prev_seg = pl.when(pl.col("lid").shift(1) == pl.col("lid")).then(pl.col("seg").shift(1))
    segs = segs.with_columns(((pl.col("lid").shift(-1) == pl.col("lid")) & pl.col("_long").shift(-1) & (pl.col("after") == "weak")
                              & pl.col("enclosed") & ~pl.col("bracketed") & prev_seg.is_not_null()
                              & ~_in(prev_seg, t["places"] | set(t["byline"]) | t["generic"])).fill_null(False).alias("_prose_next"))
    first_long = segs.filter(pl.col("_long")).group_by("lid").agg(pl.col("seg_no").min().alias("_first_long"))
    book = credit_tables()["byline"]
    maybe_known = _in(pl.col("seg"), book) | _in(pl.col("seg").str.replace(r"^\S+\s+(?:\S+\s+)?", ""), book)
    segs = (
        segs.join(first_long, on="lid", how="left")
        .filter(pl.col("_first_long").is_null()
                | ((pl.col("shape") == "dateline") & (pl.col("seg_no") <= pl.col("_first_long")))
                # a known outlet credits beside a long segment below the headline (see _byline)
                | ((pl.col("shape") == "byline") & (pl.col("line_no") > 0) & maybe_known))
        .drop("_long", "_first_long")
    )
    rows = classify(pl.concat([segs.with_columns(pl.lit(None, pl.Utf8).alias("how")), name_spans(cand)], how="diagonal_relaxed"))
    rows = rows.collect(engine=ENGINE).lazy()
    t = credit_tables()
    section = alternation(w for w in t.get("section", set()) if len(w) >= 4)
    # (the lone names' tests read the lone names alone: the other rows are null here, and
    # string functions skip nulls)
    lone_seg = pl.when((pl.col("how") == "lone") & (pl.col("cls") == "name")).then(pl.col("seg"))
    first_place = _in(lone_seg.str.extract(r"^(\S+)", 1), t["places"]).fill_null(False)
    first_section = _in(lone_seg.str.extract(r"^(\S+)", 1), t.get("section", set())).fill_null(False)
    any_place = contains_word(lone_seg, t["places"], r"(?:^|\s)", r"(?:\s|$)").fill_null(False)
    # An unbracketed name after the body or beside the headline must look like an outlet's
    # (an author signs there too, and sections and tags stand there).
    outlet_like = (pl.col("cls") == "known") | (
        (pl.col("cls") == "name") & pl.col("outletish") & (pl.col("n_tok") >= 2)
    )
    # a bracketed number phrase closes a sentence ("(37 عاما)"), it credits no one; nor does a
    # bracketed word or phrase with nothing of an outlet's name: the last line of a column
    # describes its writer or names its series ("(شاعر سعودي)"، "(صياد)")
    bracketed_like = (pl.col("cls") == "known") | (
        (pl.col("cls") == "name") & ~pl.col("seg").str.contains(r"[0-9]") & (pl.col("outletish") | pl.col("_nisba")))
    # below the first paragraph only a known outlet's name alone on its line credits (a
    # wire's line between paragraphs: Sputnik)
    # (a lone line is an outlet's by its words only: a last word such as اليوم alone marks it in a
    # credit line, never alone on its line, مزاجك اليوم)
    lone_outletish = pl.col("outletish") & ~pl.col("_by_last_word").fill_null(False)
    # (a name that is not known, printed below the header's date bar and above the page's menu or
    # staff line, is the site's masthead, a banner on every page: no credit of this text)
    lone_like = (pl.col("cls") == "known") | pl.col("above_body").fill_null(True) & ~pl.col("masthead").fill_null(False) & (
        (pl.col("cls") == "name") & (pl.col("by_headline").fill_null(False) | pl.col("next_long").fill_null(False))
        & (
            # one word: not a section label glued to another (رياضيةمدارات)
            # (a section word with a pronoun's letters after it is a name between the headline
            # and the first paragraph, اقتصادكم; above the headline a column's label, أخبارهم)
            ((pl.col("n_tok") == 1) & (~lone_seg.str.contains(section).fill_null(False) | (
                lone_seg.str.contains(narrow(rf"^(?:{section})[^\W\d_]{{1,2}}$")).fill_null(False) & pl.col("under_headline").fill_null(False)))
             & (pl.col("seg").str.count_matches(narrow(r"[^\W\d_]")) >= 3)
             # ... right above the text, unless it is shaped like an outlet's (بلوس24): a plain
             # word above another short line, the headline or a fragment, labels the page (a
             # section, a widget's title)
             & (pl.col("next_para").fill_null(False) | lone_outletish))
            # (a section's word first is a page's label, not a place's outlet: صور is Tyre and photos)
            | ((pl.col("n_tok") >= 2) & (lone_outletish | (first_place & ~first_section)))
            # a name alone between the headline and the first paragraph that names a place
            # is the outlet's own (ذات مصر، صوت بيروت); a columnist signs there too (two
            # words, no place: a family name is no place)
            # (a section label first is a breadcrumb: اخبار اليمن)
            | ((pl.col("n_tok") >= 2) & pl.col("under_headline").fill_null(False) & any_place & ~first_section)
        )
        # (the first line, a word or phrase with nothing of an outlet's: a column's or a
        # series' title, فواصل، مرثية; below a byline, a subheading: "كتب - فلان:" above "القادسية")
        & ((pl.col("line_no") > 0) | lone_outletish)
        # an outlet's name (a marker in it) above a first paragraph of one short sentence
        | (pl.col("cls") == "name") & pl.col("next_para").fill_null(False) & (pl.col("n_tok") >= 2) & lone_outletish
    ) | (
        # ... or above the stamp's line, below the headline and a summary (a writer's name has no
        # marker)
        (pl.col("cls") == "name") & pl.col("next_stamp").fill_null(False) & (pl.col("line_no") > 0) & (pl.col("n_tok") >= 2) & lone_outletish
    )
    # a title's last words name its site only with a mark of an outlet (not وكالة الطاقة الذرية)
    title_like = (pl.col("cls") == "known") | ((pl.col("cls") == "name") & pl.col("marked"))
    # ... or be paired with a generic credit on its line ("زهرة X + وكالات" after the body): the
    # site's own name beside the agencies it drew on (a reporter signs so too: a person is no name)
    paired = (pl.col("cls") == "name") & pl.col("_paired").fill_null(False) & (pl.col("n_tok") <= LONE_MAX_WORDS)
    # (a name marked by its first or last word alone, صوت X، X اليوم, on a short line with a
    # paragraph below it is a subheading of the body, "نافذة حضارية" above the paragraph that
    # goes on with it: after the body only with no paragraph below)
    subheading = pl.col("_by_last_word").fill_null(False) & pl.col("next_long").fill_null(False)
    keep = (
        pl.when(pl.col("how") == "after_body").then((outlet_like & ~subheading) | paired)
        .when(pl.col("how") == "title").then(title_like)
        .when(pl.col("how").is_in(["bracketed", "bracketed_line"])).then(bracketed_like)
        # (inside a paragraph: a news agency's only; a daily's name there is quoted, "لـ(عكاظ).")
        .when(pl.col("how").is_in(["bracketed_stop", "agency_tail"])).then(
            pl.col("key").replace_strict(list(t["kinds"]), list(t["kinds"].values()), default=None) == "agency")
        .when(pl.col("how") == "share_bar").then((pl.col("cls") == "known") | ((pl.col("cls") == "name") & pl.col("outletish")))
        .when(pl.col("how") == "lone").then(lone_like)
        .otherwise(True)
    )
    # (materialised: a few rows per article, read by the lone names' context three times)
    names = rows.filter(pl.col("how").is_not_null()).filter(keep).collect(engine=ENGINE).lazy()
    lone = (pl.col("how") == "lone") & (pl.col("cls") == "name")  # (a known outlet alone on its line credits as it is)
    names = pl.concat([names.filter(~lone), lone_in_context(names.filter(lone), lines if lines is not None else head_lines(articles))],
                      how="diagonal_relaxed")
    cols = ["article_id", "shape", "part", "line_no", "seg_no", "cls", "key", "written", "seg"]
    # a photo's credit line credits the picture (see credit_patterns' photo_line): none of its credits
    # (a short line: a paragraph that says "الصورة:" in a sentence keeps its dateline)
    photo = cand.lazy().filter(~pl.col("long")).filter(pl.col("norm").str.contains(narrow(cp["photo_line"]))).select("article_id", "part", "line_no")
    # (``how``: which closing or label shape found a name; null for datelines and bylines)
    # A name alone on FURNITURE_REPEATS byline lines or more in the head is the page's header
    # label printed above each block (" X -" above the headline, its repeat and the summary),
    # no byline: a byline is printed once, or twice by a scraper. (The same name beside a
    # place, "واشنطن - X", is the site's dateline below them.)
    bylines = _byline(rows.filter(pl.col("shape") == "byline")).select(cols)
    alone = (pl.col("cls") == "name") & (pl.len().over("article_id", "line_no") == 1)
    bylines = bylines.with_columns(alone.alias("_alone"))
    label = (
        bylines.filter(pl.col("_alone")).group_by("article_id", "seg").agg(pl.col("line_no").n_unique().alias("_times"))
        .filter(pl.col("_times") >= FURNITURE_REPEATS).select("article_id", "seg", pl.lit(True).alias("_label"))
    )
    bylines = (bylines.join(label, on=["article_id", "seg"], how="left")
               .filter(~(pl.col("_alone") & pl.col("_label").fill_null(False))).drop("_label", "_alone"))
    # One plain word (letters alone) and a stamp, nothing else, on a line below the headline ("X - Tuesday 16
    # February 2021 الساعة 06:20 pm"): the page's section label beside its date, as "رياضة |
    # date" is; a site's name there shows an outlet's mark ("date | X نيوز") or is known.
    by_rows = rows.filter((pl.col("shape") == "byline") & pl.col("how").is_null())
    section_stamp = (
        by_rows.group_by("article_id", "line_no")
        .agg(pl.len().alias("_n"), pl.col("cls").first().alias("_cls"), pl.col("n_tok").first().alias("_tok"),
             pl.col("by_date").first().alias("_date"), pl.col("outletish").first().alias("_outlet"), pl.col("seg").first().alias("_seg"))
        # (letters alone: a domain's dot, فبراير.كوم, marks a site)
        .filter((pl.col("_n") == 1) & (pl.col("_cls") == "name") & (pl.col("_tok") == 1) & pl.col("_date").fill_null(False)
                & pl.col("_seg").str.contains(narrow(r"^[^\W\d_]+$"))
                & ~pl.col("_outlet").fill_null(False) & (pl.col("line_no") > 0))
        .select("article_id", "line_no")
    )
    bylines = bylines.join(section_stamp, on=["article_id", "line_no"], how="anti")
    datelines = _dateline(rows.filter(pl.col("shape") == "dateline")).select(cols)
    # A name of one word with no article that opens a dateline or byline, and that the text names
    # after a preposition of place (في، من، إلى: "... من X إلى Y"), is a place the table lacks
    # (a city spelled another way), no outlet: a site's name is not where things happen.
    plain_word = (pl.col("cls") == "name") & pl.col("seg").str.contains(narrow(r"^[^\W\d_]{3,}$")) & ~pl.col("seg").str.starts_with("ال")
    one_word = pl.concat([datelines, bylines]).filter(plain_word).select("article_id", "seg").unique()
    place_words = alternation(t.get("place_preposition", set()))
    named_there = (
        one_word.join(articles.select("article_id", "text"), on="article_id", how="inner")
        .filter(_normalized(_clean(pl.col("text"))).str.contains(
            pl.concat_str(pl.lit(rf"(?:^|\s)(?:{place_words})\s+"), pl.col("seg"), pl.lit(r"(?:[^\w]|$)"))))
        .select("article_id", "seg")
    )
    datelines = datelines.join(named_there, on=["article_id", "seg"], how="anti")
    bylines = bylines.join(named_there, on=["article_id", "seg"], how="anti")
    return pl.concat([
        datelines,
        bylines,
        names.select(*cols, "how"),
        syndication(articles).select(cols),
        content_note(articles).select(cols),
        relay_note(articles).select(cols),
        glued_agency(lines if lines is not None else head_lines(articles)).select(cols),
        teaser_credit(lines if lines is not None else head_lines(articles)).select(cols),
    ], how="diagonal_relaxed").join(photo, on=["article_id", "part", "line_no"], how="anti")


def lone_in_context(lone: pl.LazyFrame, head: pl.LazyFrame) -> pl.LazyFrame:
    """The lone names that their neighbours leave a credit (read on the few lone names, joined
    to the lines around them):

    - a line of text follows (a name that closes a headline with nothing below is a caption's);
    - neither the paragraph below nor the headline above repeats the name (the name's own line
      printed twice is no repeat; a player's name above
      a sports item, "جروس" above "... كريستيان جروس", is its subject; a stamp line above, with
      a year or a clock time, may carry the site's own name);
    - the line above is no byline (a short line cut by a dash, colon or slash, with no digits:
      "كتب - ياسر الهزيم:" above "القادسية" is a subheading's), unless the name is an outlet's;
    - the name's line is not printed FURNITURE_REPEATS times or more in the head (a menu's icon
      label on a row of lines is page furniture; a byline printed twice still credits)."""
    # (the lines next to a lone name only, found by a semi join on its few keys, cut to their
    # openings after it)
    # (lone names stand above the first paragraph, within DEEP_LINES: the lines below are not read)
    keys = lambda k: lone.select("article_id", (pl.col("line_no") + k).alias("line_no"))
    top = head.filter(pl.col("line_no") <= DEEP_LINES).select("article_id", "line_no", "line")
    near = lambda k, name: (top.join(keys(k), on=["article_id", "line_no"], how="semi")
                            .select("article_id", (pl.col("line_no") - k).alias("line_no"), pl.col("line").alias(name)))
    # (how many times each line of those articles is printed in the head)
    times = (head.join(lone.select("article_id").unique(), on="article_id", how="semi")
             .group_by("article_id", "line").agg(pl.len().alias("_times")))
    lone = (
        lone.join(near(1, "_next"), on=["article_id", "line_no"], how="left")
        .join(near(-1, "_prev"), on=["article_id", "line_no"], how="left")
        .join(near(0, "_own"), on=["article_id", "line_no"], how="left")
        .join(times, left_on=["article_id", "_own"], right_on=["article_id", "line"], how="left")
        .with_columns(pl.col("_next", "_prev").str.slice(0, LONE_NEXT_CHARS))
    )
    prev = pl.col("_prev").fill_null("")
    words = lambda e: pl.concat_str([pl.lit(" "), e.str.replace_all(narrow(r"[^\w]+"), " ").str.strip_chars(), pl.lit(" ")])
    # (the name's own line printed twice, "البوابة" above "البوابة", is no repeat of it)
    other = lambda e: pl.when(words(_normalized(_clean(e))) != words(pl.col("seg"))).then(e).otherwise(pl.lit(""))
    context = pl.concat_str([pl.when(~prev.str.contains(r"[0-9٠-٩]{4}|[0-9٠-٩]:[0-9٠-٩]")).then(other(prev)).otherwise(pl.lit("")),
                             pl.lit("\n"), other(pl.col("_next").fill_null(""))])
    repeated = words(_normalized(_clean(context))).str.contains(words(pl.col("seg")), literal=True)
    below_byline = (prev.str.len_chars() <= BYLINE_SHAPE_CHARS) & prev.str.contains(r"^[^0-9٠-٩]*[-–—:/|][^0-9٠-٩]*$")
    return lone.filter(
        pl.col("_next").is_not_null() & ~repeated & (~below_byline | pl.col("outletish") | (pl.col("cls") == "known"))
        & (pl.col("_times").fill_null(1) < FURNITURE_REPEATS)
    ).drop("_next", "_prev", "_own", "_times")


def glued_agency(head: pl.LazyFrame) -> pl.LazyFrame:
    """An agency's one-word name that opens the first paragraph with no separator after it
    (``رويتر قام الجيش ...``: a scraper dropped the dash): the paragraph's dateline. An
    agency only (a daily's or a channel's name opens sentences: الجزيرة، الرياض), and one
    word (``وكالة الأنباء الفرنسية نقلت`` is a sentence's subject)."""
    book = glued_agencies()
    # the first paragraph: the first long line among the first BYLINE_LINES (lines come in
    # article and line order)
    first = (
        head.filter((pl.col("line").str.len_chars() > SHORT_LINE) & (pl.col("line_no") < BYLINE_LINES))
        .filter((pl.col("article_id") != pl.col("article_id").shift(1)).fill_null(True))
    )
    found = (
        first.select("article_id", pl.lit("head").alias("part"), "line_no", _clean(pl.col("line").str.slice(0, NAME_MAX_CHARS)).alias("clean"))
        .with_columns(_normalized(pl.col("clean")).alias("norm"))
        .with_columns(pl.col("norm").str.extract_groups(narrow(credit_patterns()["glued_agency"])).alias("_g"))
        .unnest("_g").rename({"name": "seg", "pre": "_pre"})
        .drop_nulls("seg")
        # (the word before the agency, when there is one, a dateline's place)
        .filter(pl.col("place").is_null() | _in(pl.col("place"), credit_tables()["places"]))
    )
    # (the name's offset: normalising keeps a place's letters one for one)
    lead = pl.col("_pre").str.len_chars()
    return found.select(
        "article_id", pl.lit("dateline").alias("shape"), "part", "line_no", pl.lit(0, pl.Int64).alias("seg_no"),
        pl.lit("known").alias("cls"), pl.col("seg").replace_strict(list(book), list(book.values()), default=None).alias("key"),
        pl.col("clean").str.slice(lead, pl.col("seg").str.len_chars()).alias("written"), "seg",
    )


# a teaser's dated credit closing the first paragraph after its ellipsis ("... 08.09.2025, X"):
# the site's summary of its own article, its date and its name
TEASER_CREDIT = (r"(?P<pre>^.*(?:\.\.\.|…)\s*[0-9]{1,2}[./-][0-9]{1,2}[./-](?:19|20)[0-9]{2}\s*[,،]\s*)"
                 r"(?P<name>[^\W\d_]+(?:\s+[^\W\d_]+){0,2})\s*$")


def teaser_credit(head: pl.LazyFrame) -> pl.LazyFrame:
    """A known outlet named after the date that closes the first paragraph's teaser ("...
    تعزيز... 08.09.2025, سبوتنيك عربي"): the page's own dated credit line, a dateline's rank.
    A known outlet only (with its edition's word: Sputnik Arabic)."""
    t = credit_tables()
    book = t["byline"]
    edition = rf"\s+(?:{alternation(t.get('edition_suffix', set()))})$"
    first = (
        head.filter((pl.col("line").str.len_chars() > SHORT_LINE) & (pl.col("line_no") < BYLINE_LINES))
        .filter((pl.col("article_id") != pl.col("article_id").shift(1)).fill_null(True))
        .filter(pl.col("line").str.contains(narrow(TEASER_CREDIT)))
    )
    found = (
        first.select("article_id", pl.lit("head").alias("part"), "line_no", _clean(pl.col("line")).alias("clean"))
        .with_columns(_normalized(pl.col("clean")).alias("norm"))
        .with_columns(pl.col("norm").str.extract_groups(narrow(TEASER_CREDIT)).alias("_g"))
        .unnest("_g").rename({"name": "seg", "pre": "_pre"})
        .drop_nulls("seg")
        .with_columns(pl.coalesce(pl.col("seg").replace_strict(list(book), list(book.values()), default=None),
                                  pl.col("seg").str.replace(edition, "").replace_strict(list(book), list(book.values()), default=None)).alias("key"))
        .drop_nulls("key")
    )
    lead = pl.col("_pre").str.len_chars()
    return found.select(
        "article_id", pl.lit("dateline").alias("shape"), "part", "line_no", pl.lit(0, pl.Int64).alias("seg_no"),
        pl.lit("known").alias("cls"), "key", pl.col("clean").str.slice(lead, pl.col("seg").str.len_chars()).alias("written"), "seg",
    )


def content_note(articles: pl.LazyFrame) -> pl.LazyFrame:
    """A mirror's note that closes the text and names the outlet it copied ("هذا المحتوى من
    موقع X اضغط هنا لعرض الموضوع بالكامل"): a label credit, known or not. The note follows the
    last sentence in the same paragraph, beyond what the closing shapes read of it."""
    t = credit_tables()
    book = t["closing"]
    word = lambda role: alternation(t.get(role, ()))
    first_words = sorted({r["word"].split()[0] for r in read_csv("credit_words.csv") if r["role"] in ("content_from", "story_link")})
    if not first_words:
        return pl.LazyFrame(schema={c: pl.Utf8 for c in ("article_id", "shape", "part", "cls", "key", "written", "seg")})
    # ... or its link to the story, the outlet's noun (and a preposition's letter glued to it)
    # before the name and a colon, the story's headline after it: "رابط الخبر بصحيفة X: <headline>"
    pattern = (rf"(?:^|[.!؟\s])(?:(?P<pre>(?:{word('content_from')})\s+(?:(?:{word('outlet_noun')})\s+)?)"
               rf"(?P<name>[^.!؟:()|]{{2,40}}?)\s+(?:{word('click_here')})[^.!؟]*"
               rf"|(?P<pre2>(?:{word('story_link')})\s+(?:(?:[بفل]|في\s+|على\s+)?(?:{word('outlet_noun')})\s+)?)"
               rf"(?P<name2>[^.!؟:()|]{{2,40}}?)\s*:[^:]*)$")
    note_words = "(?i)" + "|".join(loose(r["word"]) for r in read_csv("credit_words.csv") if r["role"] in ("content_from", "story_link"))
    tail = pl.col("text").str.slice(-TAIL_CHARS)
    found = (
        articles.filter(tail.str.contains("|".join(map(re.escape, first_words))))
        .select("article_id", _clean(tail).alias("clean"))
        # (the note's words before normalising, in every spelling that normalises alike: its
        # first word alone, هذا, lets most tails through)
        .filter(pl.col("clean").str.contains(note_words))
        .with_columns(_normalized(pl.col("clean")).alias("norm"))
        .with_columns(pl.col("norm").str.extract_groups(pattern).alias("_note"),
                      pl.col("norm").str.extract(rf"(?s)^(.*?){pattern}", 1).str.len_chars().alias("_at"))
        .with_columns(pl.col("_note").struct.field("name2").is_not_null().alias("_link"),
                      pl.coalesce(pl.col("_note").struct.field("pre"), pl.col("_note").struct.field("pre2")).alias("pre"),
                      pl.coalesce(pl.col("_note").struct.field("name"), pl.col("_note").struct.field("name2")).alias("name"))
        .drop("_note")
        .drop_nulls("name")
    )
    key = pl.col("name").str.replace_all(r"\s+", " ").replace_strict(list(book), list(book.values()), default=None)
    return found.select(
        "article_id", pl.when(pl.col("_link")).then(pl.lit("site_link")).otherwise(pl.lit("label")).alias("shape"),
        pl.lit("tail").alias("part"), pl.lit(-1, pl.Int64).alias("line_no"),
        pl.lit(0, pl.Int64).alias("seg_no"), pl.when(key.is_null()).then(pl.lit("name")).otherwise(pl.lit("known")).alias("cls"),
        key.alias("key"),
        pl.col("clean").str.slice(pl.col("_at") + pl.col("pre").str.len_chars() + 1, pl.col("name").str.len_chars()).alias("written"),
        pl.col("name").alias("seg"),
    )


@lru_cache(maxsize=None)
def relay_pattern() -> str:
    """An aggregator's relay note on one line, normalised: a post's noun and its title word,
    the title, the note's words and the site that first published it, a web domain or a name of
    up to NAME_MAX_WORDS words that a conjunction or a stop ends (``هذا الخبر بعنوان "TITLE" نشر
    أولاً على موقع X وتم جلبه ...``). Group ``pre`` is the line up to the name."""
    t = credit_tables()
    return (rf"(?m)^(?P<pre>\W*{relay_head()}\s+(?:{alternation(t.get('outlet_noun', ()))}\s+)?)"
            rf"(?P<name>[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)+|[^\W\d_]+(?:\s+[^\W\d_]+){{0,{NAME_MAX_WORDS - 1}}}?)"
            r"(?:\s+[وف][^\W\d_]|\s*[.،,!؟]|\s*$)")


def relay_note(articles: pl.LazyFrame) -> pl.LazyFrame:
    """An aggregator's relay note in the head or the tail names the site that first published
    the story (see :func:`relay_pattern`): a label credit, known by its spelling or its web
    domain (outlet_aliases.csv), else a name as written."""
    t = credit_tables()
    book = {**t["closing"], **{k: v for k, v in _domains().items()}}
    first_words = sorted({w.split()[0] for w in relay_words("relay_note")})
    note_words = "(?i)" + "|".join(loose(w) for w in relay_words("relay_note"))
    text = pl.concat_str([pl.col("text").str.slice(0, HEAD_CHARS), pl.lit("\n"), pl.col("text").str.slice(-TAIL_CHARS)])
    pattern = relay_pattern()
    found = (
        articles.filter(pl.col("text").str.contains("|".join(map(re.escape, first_words))))
        .select("article_id", text.alias("_text"))
        # (the note's words as written, in any spelling that normalises alike, before cleaning)
        .filter(pl.col("_text").str.contains(note_words))
        .select("article_id", _clean(pl.col("_text")).alias("clean"))
        .with_columns(_normalized(pl.col("clean")).alias("norm"))
        .with_columns(pl.col("norm").str.extract_groups(narrow(pattern)).alias("_note"),
                      pl.col("norm").str.extract(narrow(rf"(?s)^(.*?){pattern}"), 1).str.len_chars().alias("_at"))
        .with_columns(pl.col("_note").struct.field("pre").alias("pre"), pl.col("_note").struct.field("name").alias("name"))
        .drop("_note")
        .drop_nulls("name")
    )
    key = pl.col("name").str.replace_all(r"\s+", " ").replace_strict(list(book), list(book.values()), default=None)
    return found.select(
        "article_id", pl.lit("label").alias("shape"), pl.lit("tail").alias("part"), pl.lit(-1, pl.Int64).alias("line_no"),
        pl.lit(0, pl.Int64).alias("seg_no"), pl.when(key.is_null()).then(pl.lit("name")).otherwise(pl.lit("known")).alias("cls"),
        key.alias("key"),
        pl.col("clean").str.slice(pl.col("_at") + pl.col("pre").str.len_chars(), pl.col("name").str.len_chars()).alias("written"),
        pl.col("name").alias("seg"),
    )


@lru_cache(maxsize=None)
def _domains() -> dict[str, str]:
    """Web domains → outlet keys (outlet_aliases.csv rows that are domains)."""
    return {r["alias"].strip().lower(): r["outlet_key"] for r in read_csv("outlet_aliases.csv") if "." in r["alias"]}


def syndication(articles: pl.LazyFrame) -> pl.LazyFrame:
    """A known agency named by its syndication note in the article's last TAIL_CHARS ("الأخبار
    المنشورة على الصفحة الرسمية لوكالة الأناضول، هي اختصار ..."): a label credit. The note
    stands inside the last paragraph, beyond what the closing shapes read of it."""
    cp = credit_patterns()
    book = credit_tables()["closing"]
    # (as written: the label's first word, a cheap literal test before normalising)
    first_words = sorted({r["word"].split()[0] for r in read_csv("credit_words.csv") if r["role"] == "syndication_label"})
    tail = pl.col("text").str.slice(-TAIL_CHARS)
    found = (
        articles.filter(tail.str.contains("|".join(map(re.escape, first_words))))
        .select("article_id", _clean(tail).alias("clean"))
        .with_columns(_normalized(pl.col("clean")).alias("norm"))
        .with_columns(pl.col("norm").str.extract_groups(narrow(cp["syndication"])).alias("g"))
        .unnest("g")
        .drop_nulls("name")
    )
    return found.select(
        "article_id", pl.lit("label").alias("shape"), pl.lit("tail").alias("part"), pl.lit(-1, pl.Int64).alias("line_no"),
        pl.lit(0, pl.Int64).alias("seg_no"), pl.lit("known").alias("cls"),
        pl.col("name").str.replace_all(r"\s+", " ").replace_strict(list(book), list(book.values()), default=None).alias("key"),
        pl.col("clean").str.slice(pl.col("pre").str.len_chars(), pl.col("name").str.len_chars()).alias("written"),
        pl.col("name").alias("seg"),
    ).drop_nulls("key")


def sources(articles: pl.LazyFrame, lines: pl.LazyFrame | None = None) -> pl.LazyFrame:
    """``article_id`` → ``sources`` (keys, primary first), ``source``, ``source_name``,
    ``dateline_place``.

    The chosen credit line is the first (by shape rank, then position) that credits a known
    outlet or a name; a line that credits a known outlet gives all its keys, an agency or
    broadcaster first (``الوئام - CNN`` → cnn, alweeam)."""
    t = credit_tables()
    kinds = t["kinds"]
    cand = credits(articles, lines).collect(engine=ENGINE).lazy()
    rank = pl.col("shape").replace_strict(list(SHAPE_RANK), list(SHAPE_RANK.values()), return_dtype=pl.Int32)
    # head lines first in text order, then the tail from its start
    order = pl.when(pl.col("part") == "head").then(pl.col("line_no")).otherwise(pl.col("line_no") + 1000)
    line_keys = ["article_id", "shape", "part", "line_no"]
    # A source label that names a generic credit (المصدر: وكالات) states whom the text
    # credits: the site's own rights line is then no credit. (Beside a generic dateline,
    # إسطنبول / وكالات /, the rights line still names the outlet, as the web gold has it.)
    stated_generic = (
        cand.filter((pl.col("cls") == "generic") & (pl.col("shape") == "label"))
        .select("article_id").unique().with_columns(pl.lit(True).alias("_generic"))
    )
    credited = (
        cand.filter(pl.col("cls").is_in(["known", "name"]))
        .join(stated_generic, on="article_id", how="left")
        .filter(~((pl.col("shape") == "copyright") & pl.col("_generic").fill_null(False)))
        .drop("_generic")
    )
    # A news agency credited by a dateline, byline, label or closing credit is the report's
    # source; an outlet's name the table does not know, on another such line, is then the
    # publishing site's own ("المدينة نيوز :- ..." above "--(بترا)", "العمانية - الشبيبة"
    # below a section's stamp), as on one line "الوئام - CNN" credits CNN.
    agency = pl.col("key").replace_strict(list(kinds), list(kinds.values()), default=None) == "agency"
    # (a closing credit on a line of its own or after the body: a bracketed credit that ends a
    # sentence may be a photo caption's, "... الحوثيون. (أف ب)")
    own_line = pl.col("shape").is_in(["dateline", "byline", "label"]) | (
        (pl.col("shape") == "closing") & pl.col("how").is_in(["bracketed_line", "after_body", "share_bar",
                                                                # (or after the last paragraph's last sentence: no caption's length)
                                                                "agency_tail"]))
    agency_credited = (
        credited.filter(agency.fill_null(False) & own_line)
        .select("article_id").unique().with_columns(pl.lit(True).alias("_agency"))
    )
    best_line = (
        credited.with_columns(rank.alias("_rank"), order.alias("_order"))
        .group_by(line_keys)
        .agg(pl.col("_rank").first(), pl.col("_order").first(), (pl.col("cls") == "known").any().alias("_known"))
        .join(agency_credited, on="article_id", how="left")
        # A name in a dateline or byline on the first line (which may be the headline:
        # "أوباما من كينيا: ...") gives way to any other credit.
        .with_columns(
            pl.when(~pl.col("_known") & pl.col("_agency").fill_null(False)).then(HEADLINE_NAME_RANK + 1)
            .when(pl.col("shape").is_in(["dateline", "byline"]) & (pl.col("part") == "head") & (pl.col("line_no") == 0) & ~pl.col("_known"))
            .then(HEADLINE_NAME_RANK)
            # Beyond datelines and bylines, a known outlet's credit outranks a name.
            .when(~pl.col("shape").is_in(["dateline", "byline"]) & ~pl.col("_known")).then(pl.col("_rank") + UNKNOWN_PENALTY)
            .otherwise(pl.col("_rank")).alias("_rank")
        )
        .sort("article_id", "_rank", "_order")
        .group_by("article_id", maintain_order=True)
        .first()
        .select(line_keys)
    )
    on_line = cand.join(best_line, on=line_keys, how="inner")
    kind = pl.col("key").replace_strict(list(kinds), list(kinds.values()), default="newspaper")
    # A spelling that is also a place (المدينة: Medina or the daily) is the place when another
    # outlet shares the line ("المدينة - الوئام").
    ambiguous = _in(pl.col("seg"), t["places"]) & (pl.len().over("article_id") > 1)
    known = (
        on_line.filter(pl.col("cls") == "known")
        .filter(~ambiguous)
        .with_columns(kind.is_in(["agency", "broadcaster"]).not_().alias("_host"))
        .sort("article_id", "_host", "seg_no")
        .group_by("article_id", maintain_order=True)
        .agg(pl.col("key").unique(maintain_order=True).alias("sources"), pl.col("written").first().alias("_known_name"))
    )
    named = (
        on_line.filter(pl.col("cls") == "name")
        .sort("article_id", "seg_no")
        .group_by("article_id", maintain_order=True)
        .agg(pl.col("written").last().alias("_name"))
    )
    place = (
        on_line.filter(pl.col("cls") == "place")
        .sort("article_id", "seg_no")
        .group_by("article_id", maintain_order=True)
        .agg(pl.col("written").first().alias("dateline_place"))
    )
    return (
        best_line.select("article_id")
        .join(known, on="article_id", how="left")
        .join(named, on="article_id", how="left")
        .join(place, on="article_id", how="left")
        .with_columns(
            pl.col("sources").fill_null(pl.lit([], pl.List(pl.Utf8))),
            pl.col("sources").list.first().alias("source"),
            pl.coalesce("_known_name", "_name").alias("source_name"),
        )
        .select("article_id", "sources", "source", "source_name", "dateline_place")
    )
