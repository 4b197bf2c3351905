"""The figure grammar: each rule one declarative object (spec §3-§5).

A :class:`Rule` says in one place what it reads (a pattern template over the named word
lists and shapes of :mod:`etl.patterns`), which word lists every match of it contains (its
*triggers*: the literal prefilter is derived from them, so a word added to a list cannot
miss its prefilter), how a match becomes a figure (table and measure, value, qualifier,
force, victims, from the roles of its named groups) and which :class:`Exclusion` s apply
to it. Every Arabic word comes from ``data/reference/``; this module holds none.

Rules are tried leftmost-first, earlier rules winning ties (the order of :data:`RULES`).
Named groups are written by role and get the rule's name as a suffix
(``(?P<num>`` in rule ``nn`` is column ``num_nn``):

==========  ===================================================================
role        meaning
==========  ===================================================================
num         a number phrase: the value
lo, hi      the ends of a range (``lo2``/``hi2``: a second way to write one)
vague       a magnitude word with no number (عشرات): value_low, qualifier vague
person      one person noun (1) or a dual one (2)
dual        a dual noun (2), looked up in the ``dual`` list for its measure
verb        a trigger verb (or the verb after a count) looked up for the measure
noun        a trigger noun looked up for the measure (article stripped, then its first word)
head        the words that make the rule (عدد الجنود، قوامها): no lookup
rise        a rise right before a toll noun (ارتفاع قتلي): the toll must be of casualties
qual        a qualifier before the number; ``qualafter``/``qualafter2`` one after it
force       a force or nationality word (امريكي، الحوثيين)
victims     the victims' description; ``host`` the force whose members are counted
other       the other number of a change from N to M (rules rf, rt)
rem         the rest of a number in thousands written after its noun (10 الاف مقاتل و406, rule nn): read with ``num``
change      a verb that changes a force's number (خفض، رفع)
lead, trail what opens or closes a match but is not its evidence
words       the words between a count and what it needs (rules pk, nf)
next        the word after a count (rules tl, dm, vc): tested by an exclusion, not read
excl        an exclusion word before the count (ضبط 14 صاروخا): the match is left out
year        a year word before the low end of a range (سنه 2013 الي 3381): the match is left out
==========  ===================================================================

====  ============================================================================
rule  shape (normalised text)
====  ============================================================================
vg    [verb] vague-word [من] [ال]noun       عشرات القتلي، مقتل العشرات، مئات الهجمات، الافا من قواتها
rf    [change …] من NUM الي NUM noun → 1st  خفض عدد قواتها من 5200 الي 3000 جندي (5200)
rt    [change …] من NUM noun الي NUM → 2nd  من 900 جندي الي 350 (350)
rg    [verb] [ما] بين NUM و/الي NUM [noun]  بين 10 و20 قتيلا، بين 20 و40 الف مقاتل، مابين اثنين الي اربعه صواريخ، 22 او 23 عسكريا
      qual NUM و NUM scale noun             نحو 40 و47 الف مقاتل (40000-47000)
tt    عدد الجنود/جنودها … الي NUM (range)   رفع عدد العسكريين … الي 21 الفا، يقدر عدد مقاتليه بنحو 18 الفا
tf    change … عدد الجنود … من NUM الي NUM  خفض عدد الجنود … من 4500 الي 2500 (4500)
tg    the same, the second number          خفض عدد الجنود … من 4500 الي 2500 (2500)
tu    bound-verb عدد الجنود … [عن] [ال]NUM  لا يتجاوز عدد الجنود في كل نقطه ال50 فردا (up_to)
tq    عدد [ال-adj] [لل]troops [… هو] NUM   وعدد مقاتليها 3 الاف، العدد الحالي للقوات … هو 5 الاف
tp    عددهم/اعدادهم … الي NUM (range)       وتقدر اعدادهم ما بين 800 و1200
ba    البالغ عددها [qual] NUM, after troops  قوات الاتحاد البالغ عددها سبعه الاف
rv    تراوحت بين NUM و NUM, after troops    تقديرات سابقه تراوحت بين الفين وثلاثه الاف
tc    change [هذا] العدد الي NUM          خفض العدد الي نحو 2500، لخفض هذا العدد الي نحو اربعه الاف
tn    change … الي عدد [qual] NUM          تقليص حجم قواتها الي عدد اقل من خمسه الاف
tv    change troops … الي NUM (no noun)     ستخفض قواتها في العراق الي نحو 3500 بحلول
te    change الي NUM, after troops          … 8600 عسكري، والثانيه ستخفض الي نحو 4500
tk    العدد … prep NUM, after troops        فقدرت الوكاله العدد بنحو 5000، وسيصل العدد الي 2500
th    عدد هولاء … الي NUM, after troops      نشر 150 جنديا … ليرتفع عدد هولاء الي اكثر من مئتين
tz    become-verb size/count head … NUM      ليصبح عديد القوه 5100 في العام المقبل
tx    become-verb العدد [adj] NUM, after troops  ارسال 5500 جندي اضافي ليصبح العدد الكلي 12500
tl    عدد/حصيله القتلي … الي NUM            ارتفع عدد القتلي الي 50، عدد الهجمات … ارتفع الي 26، ارتفاع قتلي الهجوم ل24
tm    عدد/حصيله القتلي … منذ … الي NUM     ارتفعت حصيله القتلي في صفوف الجيش منذ بدايه الحرب في 7 تشرين الاول 2023 الي 780
tr    rise-verb الي NUM عدد القتلي         الهجوم الذي يرفع الي 4 عدد قتلي البعثه
tb    بلغ عدد الصواريخ … NUM، (closing)     بلغ العدد الاجمالي للصواريخ التي استهدفت المملكه 139،
ty    بلغ عدد الجنود … NUM، (closing)       يبلغ عدد الجنود الفرنسيين في مالي 900،
lq    لقي NUM/vague … مصرعهم/حتفهم         لقي 5 اشخاص مصرعهم
ls    لقي person مصرعه (fire or a force)   ولقي مواطن حتفه اثر سقوط قذيفه
vb    verb [qual] NUM [victims]             مقتل نحو 10، اصابه خمسه اخرين، بمقتل10 جنود
ix    تعرض NUM person لاصابه                 تعرض 34 فردا امريكيا لاصابه دماغيه
vp    verb person-noun (or one of)          بمقتل متعاقد، اصابه شخصين، مقتل احد جنوده
vc    verb dual-construct noun            اصيب عنصرا امن (2)
vn    verb person one/two                   استشهاد فلسطينيين اثنين
vf    verb … NUM person-noun                وقتل خلال المواجهات 28 شخصا
qw    قوامها [qual] NUM                     قوات قوامها 5000 جندي
qm    قوه من [qual] NUM رجل                 قوه من حوالي 17 الف رجل
dm    deploy-verb … NUM رجل                 ارسلت البعثه مائه رجل، ارسال 2500 رجل اضافي
mc    NUM رجل (a military word in the sentence) ليرتفع قوام القوات الي تسعه الاف رجل
ot    move NUM اخرين, after troops          انسحاب الفي جندي … انسحاب ثلاثه الاف اخرين، بالاضافه الي [تمديد خدمه] 2500 اخرين
oa    من اصل NUM [نشروا], after troops      اعاده 600 جندي … من اصل 1200 نشروا، من الاجمالي الحالي البالغ 13 الفا
bw    NUM [words] بين قتيل وجريح          سقط اكثر من 200 شخص بين قتيل وجريح (casualties)
pa    NUM persons و NUM persons verb → 1st 15 سجينا علي الاقل واربعه حراس قتلوا (15)
pc    the same, the second (if cn reads it not) جنديين تركيين وحارسا مسلحا قتلوا (1)
pk    [qual] NUM … قتلوا/لقوا مصرعهم        22 مسلحا، بينهم اربعه قاده، قتلوا
fd    fired-verb … NUM مسيره               تم اسقاط 15 مسيره، اسقطت الدفاعات 36 مسيره اوكرانيه
nn    [excl …] [qual] NUM [من] noun [force] نحو 2500 جندي امريكي، 14 صاروخا
nh    [qual] NUM من قوات / ال-troop-noun   اكثر من 20 الف من قوات اميصوم، اربعه الاف من المقاتلين
np    [qual] NUM من troop-noun+pronoun      نحو 3 الاف من عسكرييه، 22 الفا من جنودها
ng    NUM glued to its noun               حيث نشرت 12000جندي، بينهم 15عسكريا
nb    (NUM) noun                            (15) شهيدا، [500] جندي
nw    noun one/two                          شهيدا واحدا
nf    NUM … يقاتلون / في صفوف (armed side)  نحو 475 فرنسيا … يقاتلون الي جانب داعش
dn    ال-noun [ال-force] ال-number [scale]  الغارات الثلاث، الجنود الخمسه، الجنود الفرنسيين ال13، الجنود السته الاف
dp    troop-noun+pronoun ال-number [scale]  ستبقي جنودها ال340 العاملين
ts    toll-noun بينهم NUM                   القتلي بينهم سته افراد
el    [من] بينهم/منهم [qual] NUM force-adj  من بينهم 2500 اميركي
es    NUM منهم / من بينهم, after a count    ثلاثه منهم في حاله حرجه
cs    ، / منها NUM direction, after projectiles  17 طايره بدون طيار، 9 فوق مقاطعه بريانسك
pv    ان/و person-noun passive-verb         ان رجلا قتل جراء القصف، وشاب اصيب بقنبله
vk    ان person قتل و اصيب NUM/person       ان جنديا قتل واصيب عشره اخرون (the wounded only)
vj    ان person … قتل و اصيب NUM            ان عسكريا برتبه رقيب قتل واصيب سبعه (the wounded only)
cj    و person-noun after a casualty count  اصابه فتاه وطفلين
cv    و ال-toll-noun [الي] NUM after a toll  بلغ 31 فلسطينيا، والاصابات 197
ci    و NUM injury-noun after a toll        20 شهيدا و53 اصابه
ni    NUM injury-noun (fire and a force)   وقوع 3 اصابات طفيفه (صواريخ … عسكريين)
cm    و NUM مسيره after projectiles        بـ12 صاروخا و12 مسيره
cn    و NUM person-noun after a casualty    بمقتل 11 من التنظيم و11 مدنيا
cf    و NUM [من] force after troops/a toll  9 الاف من مرتزقه فاغنر، و11 الفا من السوريين، قتل 1400 فلسطيني و13 اسرائيليا، وما بين 80 و100 من الفرنسيين
cx    و NUM من X / prep / اخرين, after a toll مقتل 48 من المهاجمين … و 23 بعد تعقبهم
cd    و NUM direction after projectiles     ثلاثه من الصواريخ باتجاه الرياض، وواحد باتجاه نجران
dc    dual in construct + kind name         صاروخي كاتيوشا، قذيفتي هاون
du    dual noun                             صاروخين، غارتين، عمليتين
====  ============================================================================
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable

import polars as pl

from .normalize import narrow, normalize, word_classes
from .reference import read_csv
from .patterns import _alt, fill, literal_prefilter, minimal_literals, shapes, word, word_lists, word_measures
from .sentences import WORD_GAP

CASUALTY = ("killed", "injured", "casualties")
DISEASE_WINDOW = 160  # characters before a count that are read for a disease (about twenty words)
DISASTER_WINDOW = 80  # characters either side of a count read for a storm, a flood or an accident (about ten words)
DISEASE_SUBJECT_WINDOW = 60  # characters right before a casualty verb read for the disease that is its subject (a disease's name of a few words and a relative: داء المحاربين القدماء الذي اودى)
PK_MAX_WORDS = 12       # words between a count and the verb that says what befell it (rule pk)
RANGE_MAX_GAP = 16      # words between a troop figure and a range that names no noun (rule rv)
LAUNCH_WINDOW = 120     # characters after a count of projectiles read for the verb that launched them (about twelve words)
TROOP_TOLL_RULES = ("tt", "tq")  # count heads of troops that, with a casualty word in their words, count a toll (عدد الجنود الذين اصيبوا)
SHARED_SCALE_RULES = ("tf", "rf")  # a change from N to M whose N is read in M's magnitude when it names none (من 4 الي 5 الاف)
INHERIT_MAX_GAP = 6     # words between a count and a "بينهم NUM" or "و + NUM + persons" that inherits its measure
PART_OF_TROOPS_MAX_GAP = 12  # words between a troop figure and a part of it named by its number first (NUM منهم, rule es)

# Stages at which exclusions are tested, in order. ``match``: on a rule's raw matches, before
# overlaps are resolved (so a dropped match cannot hide another rule's figure there);
# ``figure``: on the figures that won their span; ``victims``: after troop nouns that are
# victims are re-read; ``member``: bare member nouns; ``context``: subset and conjunct counts
# against the figure before them; ``inherit``: after inheritance.
STAGES = ("match", "figure", "victims", "member", "context", "inherit")


@dataclass(frozen=True)
class Exclusion:
    """A named reason to leave a match out. ``test`` builds a polars expression over the
    match table that is true where the match is dropped; ``rules`` limits it to some rules
    (empty: every rule). A null test drops the match too (nothing it needs was found)."""

    name: str
    reason: str
    stage: str
    test: Callable[[], pl.Expr]
    rules: tuple[str, ...] = ()

    def drops(self) -> pl.Expr:
        cond = self.test()
        return (pl.col("rule").is_in(list(self.rules)) & cond) if self.rules else cond


@dataclass(frozen=True)
class Rule:
    """One rule of the figure grammar.

    - ``pattern``: the template (``{list}`` / ``{SHAPE}`` fields, groups named by role);
    - ``triggers``: word lists one of whose words every figure of this rule contains. The
      sentence prefilter (any rule) and the rule's own prefilter are derived from them;
      ``prefix``: a list whose word is glued before each trigger word (و + person);
    - ``prefilter``: run the rule only on sentences holding a trigger word (False where
      nearly every candidate sentence holds one); ``prefilter_shape`` replaces the words by
      a regex template where the trigger is a shape (a number word after و), and
      ``prefilter_lists`` (default: the triggers) are the lists whose every word the rule's
      own prefilter admits (with ``prefix`` glued on); ``prefilter_any``: search the words with
      Aho-Corasick (``contains_any``) rather than a regex alternation: faster for a list with
      short common words (قتل، جرح), slower for most others (measured on the corpus); ``prefilter_word``: the
      trigger ends a word (لقي, not لقيت: far fewer sentences where it is a common substring);
    - ``sentence_trigger``: whether the triggers admit a sentence on their own (False for a
      count that needs a figure before it in the same sentence);
    - ``reads``: a constant (table, measure), or ``lookups``: (group role, word list) pairs
      tried in order; ``inherits``: the measure is the one of the figure before;
    - ``value``: a constant value (a dual noun is 2);
    - ``victims``: group roles joined into the victims' description; ``force_in``: a group
      searched for a force word (else the ``force`` group); ``qualifier_in``: a group
      searched for a qualifier written after the count (22 مسلحا على الاقل قتلوا);
    - ``rare``: (a branch of ``pattern``, written as there, and a shape that every match through
      it contains): the branch is tried only in sentences that hold the shape, the pattern
      without it elsewhere (the same matches: a branch that cannot match changes none). For a
      branch that costs the regex engine much on every sentence and matches in few (a number
      glued to its noun: the pattern's cost on pk's sentences was four times its cost without);
    - ``lead``: what opens a match but is not its evidence (the و of a conjunct count);
    - ``trim_subset``: a match (and its victims) ends before "بينهم / منهم";
    - ``trim_conjunct``: a match whose ``words`` hold a conjunct count (و + a number) ends before it: the verb after
      it befell both counts, and the conjunct is read by its own rule (the near count a far one would hide);
    - ``exclusions``: names of the :class:`Exclusion` s that apply to this rule alone.
    """

    name: str
    pattern: str
    triggers: tuple[str, ...] = ()
    prefix: str | None = None
    prefilter: bool = True
    prefilter_shape: str | None = None
    prefilter_lists: tuple[str, ...] | None = None
    prefilter_any: bool = False
    prefilter_word: bool = False
    sentence_trigger: bool = True
    reads: tuple[str, str] | None = None
    lookups: tuple[tuple[str, str], ...] = ()
    inherits: bool = False
    value: int | None = None
    victims: tuple[str, ...] = ("victims",)
    force_in: str | None = None
    qualifier_in: str | None = None
    rare: tuple[str, str] | None = None
    lead: str = r"^([^\w]*)"
    trim_subset: bool = False
    trim_conjunct: bool = False
    exclusions: tuple[str, ...] = field(default_factory=tuple)


# ---------------------------------------------------------------------------------------
# The rules, in priority order. Examples are in normalised text.
# ---------------------------------------------------------------------------------------
_NOUN_TAIL = r"(?:\s+(?:{of}\s+)?(?:{AL})?(?P<noun>{ANYNOUN}))?"
# what every conjunct count of rules cn, cf and cx holds: و, then a number (or a range after بين)
_AND_NUMBER = r"{and}\s*(?:(?:{what}\s+)?{between}\s|(?:{QB}\s+)?(?:[0-9]|{number_first}))"
_TO_NUMBER = r"{to}\s+(?:{QB}\s+)?(?:[0-9]|{number_first})"  # what a change from N to M holds

RULES: tuple[Rule, ...] = (
    # [verb [its definite subject]] vague-word [من] [ال]noun: عشرات القتلي، مقتل العشرات، مئات الهجمات، قتل المسلحون المئات من
    Rule("vg", r"{B0}{PRE}(?:(?P<verb>{VERB})\s+(?:(?:{fill}|{AL}[^\s0-9،,.:;؛\"()]+)\s+)?)?\"?(?P<vague>{VAGUE})\"?"
               r"(?:\s+(?:{of}\s+)?(?P<host>{force_noun}){possessive}?|" + _NOUN_TAIL[3:] + "{B1}",
         triggers=("vague",), lookups=(("verb", "verb"), ("noun", "noun"), ("host", "force_noun")),
         exclusions=("lone_magnitude", "troops_captured", "number_cut", "needs_military_context")),
    # a change from N to M that names the noun once, after M: (خفض عدد قواتها) من 5200 الي 3000 جندي -> 5200
    # (3000 is rule nn's). The change verb, when there is one, and what follows N are not the evidence.
    Rule("rf", r"{B0}(?P<lead>(?P<change>(?:{future})?{change_verb})\s+(?:{WORD}\s+){{0,6}}?)?{of}\s+(?:(?P<qual>{QB})\s+)?(?P<num>{NUM})"
               r"(?P<trail>\s*{to}\s+(?:{QB}\s+)?(?P<other>{NUM})\s*(?:{of}\s+)?(?:{AL})?(?P<noun>{ANYNOUN}){B1})",
         triggers=("noun", "noun_mil"), prefilter_lists=(), prefilter_shape=_TO_NUMBER, lookups=(("noun", "noun"),),
         exclusions=("no_change", "needs_military_context")),
    # the same change naming the noun after N: من 5200 جندي الي 3000 -> 3000 (5200 is rule nn's)
    Rule("rt", r"{B0}(?P<lead>(?:(?P<change>(?:{future})?{change_verb})\s+(?:{WORD}\s+){{0,6}}?)?{of}\s+(?:{QB}\s+)?(?P<other>{NUM})\s*"
               r"(?:{of}\s+)?(?:{AL})?(?P<noun>{ANYNOUN})\s+){to}\s+(?:(?P<qual>{QB})\s+)?(?P<num>{NUM})",
         triggers=("noun", "noun_mil"), prefilter_lists=(), prefilter_shape=_TO_NUMBER, lookups=(("noun", "noun"),),
         exclusions=("no_change", "needs_military_context")),
    # [verb] [ما] بين NUM و/الي/ل NUM [noun]: بين 10 و20 قتيلا، ما بين 27 الف الي 37 الف مقاتل، بين 4000 ل 6000 مقاتل;
    # NUM-NUM, NUM [scale] الي NUM [scale]: من 30 الف الي 40 الف مقاتل
    Rule("rg", r"{B0}{PRE}(?:(?P<verb>{VERB})\s+)?(?:(?:{what}\s*)?{between}\s+(?P<lo>{NUM})\s*(?:{and}|{to}|{range_link}|{range_dash})\s*(?P<hi>{NUM})"
               r"|(?:(?P<year>{year_word})\s+)?(?P<lo2>{DIG}(?:\s*{SCALE})?)\s*(?:{to}|{range_dash})\s*(?P<hi2>{DIG}(?:\s*{SCALE})?)(?:[^\w]|$)"
               r"|(?P<lo3>{NUM})\s+{or}\s*(?P<hi3>{NUM})"
               # the low end in words, to the high end: اربعه الي خمسه افراد
               r"|(?P<lo5>{WORDNUM})\s+{to}\s*(?P<hi5>{NUM})"
               # an estimate of a range with no بين, the magnitude named once after its high end: نحو 40 و47 الف مقاتل
               r"|(?P<qual>{QB})\s+(?P<lo4>{DIG})\s*{and}\s*(?P<hi4>{DIG}\s*{SCALE}))" + _NOUN_TAIL + "{B1}",
         triggers=("verb", "noun", "noun_mil"), prefilter=False, lookups=(("verb", "verb"), ("noun", "noun")),
         exclusions=("lone_magnitude", "range_not_ascending", "needs_military_context", "range_from_year")),
    # عدد/اعداد [هؤلاء] الجنود/جنودها/مقاتليه … الي NUM (or a range, or a magnitude): رفع عدد العسكريين … الي 21 الفا،
    # يقدر عدد مقاتليها بنحو 18 الفا، يتراوح عدد مقاتليه بين خمسه الاف وثمانيه الاف. The words between
    # hold no digits (من 5200 الي 3000 is a change, rules rf and rt).
    Rule("tt", r"{B0}{PRE}(?P<head>(?:(?:{count_head}|{census_head}|{plural_head}|{size_head})\s+(?:{demonstrative}\s+)?|{AL}{count_head}\s+{AL}\S+\s+{toll_noun_prefix})(?:{AL})?(?P<noun>{troop_count_noun}){possessive}?)[\s،,\"]+(?P<gap>(?:{WORD_ND}[\s،,\"]+){{0,10}}?)"
               r"(?:{count_prep}\s*(?:{fill}\s+)?(?:(?:{what}\s+)?{between}\s+[(\[]?\s*(?P<lo>{NUM})\s*(?:{and}|{to})\s*(?P<hi>{BNUM})"
               r"|(?:(?P<qual>{QB})\s+)?(?P<num>{NUM})(?:\s*(?P<qualafter>{QA})(?:[^\w]|$))?|(?P<vague>{VAGUE})(?:[^\w]|$))"
               r"|(?:{what}\s+)?{between}\s+[(\[]?\s*(?P<lo2>{NUM})\s*(?:{and}|{to})\s*(?P<hi2>{BNUM})|(?P<qual2>{QBOUND})\s+(?P<num2>{NUM}))",
         triggers=("troop_count_noun",), prefilter_lists=("count_head", "census_head", "plural_head", "size_head"), reads=("troops", "troops"),
         exclusions=("needs_military_context", "count_of_victims", "bound_unit", "troops_counted_as_toll", "count_passes_a_number")),
    # عدد الجنود … من NUM الي NUM: a change of a force's number stated through its count head (the change verb may be far
    # before): خفض عدد الجنود الامريكيين في افغانستان من 4500 الي 2500 -> 4500 (rule tf) and 2500 (rule tg); a few words of time or
    # place may follow N (من 15 الفا في بدايه الحرب الي 5 الاف)
    Rule("tf", r"{B0}(?P<lead>(?P<change>{PRE}(?:{future})?{change_verb})\s+(?:{WORD_ND}\s+){{0,3}}?)?{PRE}(?P<head>(?:{count_head}|{census_head}|{plural_head}|{size_head})\s+(?:{AL})?(?P<noun>{troop_count_noun}){possessive}?)[\s،,\"]+"
               r"(?:{WORD_ND}[\s،,\"]+){{0,10}}?{of}\s+(?:(?P<qual>{QB})\s+)?(?P<num>{NUM})(?P<trail>(?:\s+(?:{AL})?{ANYNOUN})?(?:\s+{WORD_ND}){{0,4}}?\s*{to}\s+(?:{QB}\s+)?(?P<other>{NUM})(?:\s+(?P<next>{WORD}))?)",
         triggers=("troop_count_noun",), prefilter_lists=(), prefilter_shape=_TO_NUMBER, reads=("troops", "troops"),
         exclusions=("needs_military_context", "count_of_victims", "count_head_no_change", "troops_counted_as_toll", "change_of_units")),
    Rule("tg", r"{B0}(?P<lead>(?:(?P<change>{PRE}(?:{future})?{change_verb})\s+(?:{WORD_ND}\s+){{0,3}}?)?{PRE}(?:{count_head}|{census_head}|{plural_head}|{size_head})\s+(?:{AL})?(?P<noun>{troop_count_noun}){possessive}?[\s،,\"]+"
               r"(?:{WORD_ND}[\s،,\"]+){{0,10}}?{of}\s+(?:{QB}\s+)?(?P<other>{NUM})(?:\s+(?:{AL})?{ANYNOUN})?(?:\s+{WORD_ND}){{0,4}}?\s*{to}\s+)(?:(?P<qual>{QB})\s+)?(?P<num>{NUM})",
         triggers=("troop_count_noun",), prefilter_lists=(), prefilter_shape=_TO_NUMBER, reads=("troops", "troops"),
         exclusions=("needs_military_context", "count_of_victims", "count_head_no_change", "troops_counted_as_toll", "change_of_units")),
    # a verb of a bound before the count head of a force (its troop noun may follow another noun and و; or a pronoun: the
    # force named before it), then its number (with its article, or after عن/علي): لا يتجاوز عدد الضباط والجنود في كل نقطه
    # ال50 فردا (up_to), القوات الامريكيه والتي يقل عددها الان عن 20 الفا (up_to), ان تتخطي اعداد افرادها الخمسمايه (at_least), يقل عدد جنودها عن 900
    Rule("tu", r"{B0}{PRE}(?P<qual>{qualifier_verb})\s+(?P<head>(?:{count_head}|{plural_head}|{census_head}|{size_head})\s+(?:{AL}[^\s0-9]+\s+{and})?(?:{AL})?(?P<noun>{troop_count_noun}){possessive}?"
               r"|(?P<pron>(?:{count_head}|{plural_head}|{census_head}){possessive}))"
               # a number with its noun after it, up to eight words on (past a number of "each one"), else the first number
               r"[\s،,\"]+(?:(?P<gap>(?:{WORD_ND}[\s،,\"]+){{0,8}}?)(?:{bound_than}\s*)?(?:{AL})?(?P<num>{NUM})\s*(?:{of}\s+)?(?P<noun2>(?:{AL})?{ANYNOUN}){B1}"
               r"|(?P<gap2>(?:{WORD_ND}[\s،,\"]+){{0,8}}?)(?:{bound_than}\s+)?(?:{AL})?(?P<num2>{NUM})(?P<trail>\s*(?P<next>{WORD}))?)",
         triggers=("troop_count_noun",), prefilter_lists=("qualifier_verb",), reads=("troops", "troops"),
         exclusions=("needs_military_context", "count_of_victims", "troops_counted_as_toll", "year_not_count", "bound_next_word", "bound_pronoun_without_troops")),
    # عدد [ال-adjective] [لل]troop-noun NUM, or … هو NUM (a nominal sentence): وعدد مقاتليها 3 الاف،
    # العدد الحالي للقوات العامله في اليمن هو 5 الاف
    Rule("tq", r"{B0}{PRE}(?P<head>(?:{AL})?(?:{count_head}|{census_head})\s+(?:{AL}\S+\s+)?(?:{toll_noun_prefix})?(?P<noun>{troop_count_noun}){possessive}?)"
               # up to two definite words after the noun, the force it counts (عدد افراد القوه الموريتانيه حوالي 1200)
               r"(?:\s+{AL}[^\s0-9،,.:;؛!؟\"()]+){{0,2}}"
               r"(?:\s+|[\s،,\"]+(?:{WORD_ND}[\s،,\"]+){{0,10}}?{copula}\s+)(?:(?P<qual>{QB})\s+)?(?P<num>{NUM})",
         triggers=("troop_count_noun",), prefilter_lists=("count_head", "census_head"), reads=("troops", "troops"),
         exclusions=("needs_military_context", "count_of_victims", "strength_unit", "year_not_count", "members_counted_as_persons",
                     "troops_counted_as_toll")),
    # عددهم/اعدادهم … الي NUM (or a range): the count of a force named before, by a pronoun (needs a military word):
    # وتقدر اعدادهم ما بين 800 و1200، ويقدر عددهم ب2000
    # or the number right after the head (a nominal sentence) or after its adjective of the whole: وعددهم 1500، ويبلغ تعدادهم الكلي 25 الفا
    Rule("tp", r"{B0}{PRE}(?P<head>(?:{count_head}|{plural_head}|{census_head}|{pronoun_size_head}){possessive})"
               r"(?:(?:\s+{count_adjective})?(?:\s+{count_now})?\s+(?:(?P<qual3>{QB})\s+)?(?P<num3>{NUM})(?P<trail>\s*(?P<next>{WORD}))?|[\s،,\"]+(?:{WORD_ND}[\s،,\"]+){{0,6}}?"
               r"(?:{count_prep}\s*(?:{fill}\s+)?(?:(?:{what}\s+)?{between}\s+(?P<lo>{NUM})\s+(?:{and}|{to})\s*(?P<hi>{NUM})"
               r"|(?:(?P<qual>{QB})\s+)?(?P<num>{NUM}))"
               r"|(?:{what}\s+)?{between}\s+(?P<lo2>{NUM})\s+(?:{and}|{to})\s*(?P<hi2>{NUM})))(?:\s*(?:{of}\s+)?(?:{AL})?(?P<noun>{ANYNOUN}){B1})?",
         triggers=("count_head", "plural_head", "census_head", "pronoun_size_head"), sentence_trigger=False, prefilter_lists=(),
         prefilter_shape=r"(?:{count_head}|{plural_head}|{census_head}|{pronoun_size_head}){possessive}", reads=("troops", "troops"),
         exclusions=("pronoun_count_names_noun", "pronoun_count_next_word", "pronoun_count_without_force", "pronoun_count_without_troops",
                     "count_of_victims", "year_not_count", "victims_before_count")),
    # البالغ عددها/عددهم [qual] NUM: the count of a force named just before it (قوات الاتحاد البالغ عددها سبعه الاف)
    Rule("ba", r"{B0}(?P<lead>{PRE}{amounting}\s+)(?P<head>{count_head}{possessive})\s+(?:(?P<qual>{QB})\s+)?(?P<num>{NUM})"
               r"(?:\s*(?:{of}\s+)?(?:{AL})?(?P<noun>{ANYNOUN}){B1})?",
         triggers=("amounting",), sentence_trigger=False, reads=("troops", "troops"),
         exclusions=("pronoun_count_names_noun", "pronoun_count_without_force", "pronoun_count_without_troops", "count_of_victims",
                     "victims_before_count")),
    # a range right after its verb, naming no noun, a few words after a troop figure: نحو خمسه الاف عنصر … مقارنه مع
    # تقديرات سابقه تراوحت بين الفين وثلاثه الاف
    Rule("rv", r"{B0}(?P<lead>{PRE}{range_verb}\s+)(?:{what}\s+)?{between}\s+(?P<lo>{NUM})\s+(?:{and}|{to})\s*(?P<hi>{NUM})",
         triggers=("range_verb",), sentence_trigger=False, reads=("troops", "troops"),
         exclusions=("range_without_troops", "range_unit", "range_not_ascending")),
    # خفض العدد الي نحو 2500: a change of a force's number that names no noun (needs a military word)
    Rule("tc", r"{B0}{PRE}(?P<lead>(?P<change>(?:{future})?{change_verb})\s+(?:{demonstrative}\s+)?{AL}{count_head}\s+(?:{WORD_ND}\s+){{0,2}}?{to}\s*)"
               r"(?:(?P<qual>{QB})\s+)?(?P<num>{NUM})",
         triggers=("count_head",), prefix="article", reads=("troops", "troops"), exclusions=("change_without_force",)),
    # a change to a number named by عدد: تقليص حجم قواتها في البلاد الي عدد اقل من خمسه الاف (needs a military word)
    Rule("tn", r"{B0}{PRE}(?P<lead>(?P<change>(?:{future})?{change_verb})\s+(?:{WORD_ND}\s+){{0,6}}?{to_count})\s+(?:(?P<qual>{QB})\s+)?(?P<num>{NUM})",
         prefilter_word=True, triggers=("to_count",), sentence_trigger=False, reads=("troops", "troops"), exclusions=("change_without_force",)),
    # Elliptic troop figures (a number with no noun after it; the force is named before it). Each needs the number to
    # end its clause or to be followed by a time or place word (ellipsis_next: no unit, no other noun), and to be no year.
    # A change verb, a troop noun as its object, a few words, then its target: ستخفض قواتها في العراق الي نحو 3500 بحلول
    Rule("tv", r"{B0}(?P<lead>{PRE}(?P<change>(?:{future})?{change_verb})\s+(?:{AL})?(?P<noun>{troop_count_noun}){possessive}?\s+(?P<words>(?:{WORD_ND}\s+){{0,4}}?){to}\s+)"
               r"(?:(?P<qual>{QB})\s+)?(?P<num>{NUM})(?P<trail>\s*(?P<next>{WORD}))?",
         triggers=("troop_count_noun",), prefilter_lists=("change_verb",), reads=("troops", "troops"),
         exclusions=("ellipsis_next_word", "ellipsis_gap", "year_not_count", "needs_military_context", "troops_counted_as_toll")),
    # a change verb (or a verb of a fall) right before its target, a few words after a troop figure in its sentence (no number
    # between): … المرحله الاولي 8600 عسكري، والثانيه ستخفض الي نحو 4500 بحلول; … 144 الف جندي … ثم انخفض الي 112 الفا
    Rule("te", r"{B0}(?P<lead>{PRE}(?P<change>(?:{future})?(?:{change_verb}|{fall_verb})){possessive}?\s+{to}\s+)(?:(?P<qual>{QB})\s+)?\"?(?P<num>{NUM})(?P<trail>\s*(?P<next>{WORD}))?",
         triggers=("change_verb", "fall_verb"), sentence_trigger=False, reads=("troops", "troops"),
         exclusions=("ellipsis_next_word", "year_not_count", "ellipsis_without_troops")),
    # العدد [its adjective of the whole] [a few words] count-prep NUM (ليصل العدد الاجمالي الي 6 الاف): a count that names no noun, a few words after a troop figure in its sentence (or,
    # as هذا العدد, in the sentence after one): 5000 جندي … فقدرت الوكاله العدد بنحو 5000، اقل من 5000 جندي وسيصل العدد الي 2500
    Rule("tk", r"{B0}(?P<lead>{PRE}(?:{demonstrative}\s+)?{AL}{count_head}(?:\s+{count_adjective})?[\s،,\"]+(?P<words>(?:{WORD_ND}[\s،,\"]+){{0,4}}?){count_prep}\s*(?:{fill}\s+)?)"
               r"(?:(?P<qual>{QB})\s+)?(?P<num>{NUM})(?P<trail>\s*(?P<next>{WORD}))?",
         triggers=("count_head",), prefix="article", sentence_trigger=False, reads=("troops", "troops"),
         exclusions=("ellipsis_next_word", "ellipsis_gap", "count_of_another_group", "year_not_count", "ellipsis_without_troops")),
    # the same count named by "these" (عدد هؤلاء), the persons of a troop figure just before it: نشر 150 جنديا … ليرتفع عدد
    # هؤلاء في البلاد الي اكثر من مئتين
    Rule("th", r"{B0}(?P<lead>{PRE}{count_head}\s+{these_persons}[\s،,\"]+(?P<words>(?:{WORD_ND}[\s،,\"]+){{0,4}}?){count_prep}\s*(?:{fill}\s+)?)"
               r"(?:(?P<qual>{QB})\s+)?(?P<num>{NUM})(?P<trail>\s*(?P<next>{WORD}))?",
         triggers=("these_persons",), sentence_trigger=False, reads=("troops", "troops"),
         exclusions=("ellipsis_next_word", "ellipsis_gap", "count_of_another_group", "year_not_count", "ellipsis_without_troops")),
    # a verb of becoming, the size or count head of a force and its words, then the number (a nominal clause after كان's
    # sisters): ليصبح عديد القوه 5100 في العام المقبل، اصبح عديد قوه حفظ السلام في البلاد 22 الفا
    Rule("tz", r"{B0}(?P<lead>{PRE}{become_verb}\s+)(?P<head>(?:{size_head}|{census_head}|{count_head})\s+(?:{AL})?(?P<noun>{troop_count_noun}|{force_unit}){possessive}?)"
               r"(?:\s+{WORD_ND}){{0,8}}?\s+(?:(?P<qual>{QB})\s+)?(?P<num>{NUM})(?P<trail>\s*(?P<next>{WORD}))?",
         prefilter_word=True, triggers=("become_verb",), sentence_trigger=False, reads=("troops", "troops"),
         exclusions=("ellipsis_next_word", "year_not_count", "count_of_victims", "troops_counted_as_toll", "become_without_force")),
    # a verb of becoming and the count (العدد, its adjective of the whole), then its number, a few words after a troop figure in
    # its sentence: ارسال 5500 جندي اضافي ليصبح العدد الكلي 12500 (with a noun after the number, rule nn's)
    Rule("tx", r"{B0}(?P<lead>{PRE}{become_verb}\s+{AL}{count_head}(?:\s+{count_adjective})?\s+)(?:(?P<qual>{QB})\s+)?(?P<num>{NUM})(?P<trail>\s*(?P<next>{WORD}))?",
         prefilter_word=True, triggers=("become_verb",), sentence_trigger=False, reads=("troops", "troops"),
         exclusions=("ellipsis_next_word", "year_not_count", "ellipsis_without_troops")),
    # a toll's range after a verb of ranging: عدد القتلي الاتراك يتراوح ما بين 7 الي 10 جنود (a range, not a toll of 10 read
    # after الي by rule tl); up to four words with no digit between the toll and the verb, three between the verb and بين
    Rule("tj", r"{B0}{PRE}(?P<head>(?:{AL})?(?:{toll_head}|{plural_head})\s+(?:{AL}\S+\s+)?(?:{toll_noun_prefix})?(?P<noun>{toll_noun}))"
               r"(?P<gap>(?:\s+{WORD_ND}){{0,4}}?\s+{range_verb}(?:\s+{WORD_ND}){{0,3}}?)\s+(?:{what}\s*)?{between}\s+(?P<lo>{NUM})\s*(?:{and}|{to})\s*(?P<hi>{NUM})",
         prefilter_word=True, triggers=("toll_noun",), prefilter_lists=("range_verb",), lookups=(("noun", "toll_noun"),),
         exclusions=("range_not_ascending",)),
    # عدد/حصيله القتلي (قتلاه) … الي NUM: ارتفع عدد القتلي الي 50 (its number may stand in brackets: الي (28) فلسطينيا)
    Rule("tl", r"{B0}{PRE}(?P<head>(?:(?:{AL})?(?:{toll_head}|{plural_head})\s+(?:{AL}\S+\s+)?|(?P<rise>{rise_word})\s+)(?:{toll_noun_prefix})?(?P<noun>{toll_noun}))"
               r"(?:\s+(?:{WORD}\s+){{0,8}}?{toll_prep}\s*|\s*[،,]\s*(?:{WORD_ND}\s+){{0,5}}?{WORD_ND}\s*[،,]\s*{toll_prep_far}\s*|[\s،,\"()]+(?P<gap>(?:{WORD_ND}[\s،,\"()]+){{1,18}}?){toll_prep_far}\s*|\s+)"
               r"(?:(?P<qual>{QB})\s+)?[(\[]?\s*(?P<num>{NUM})(?:\s*[)\]])?(?:\s*(?P<qualafter>{QA})(?:[^\w]|$)|(?P<trail>\s*(?:{AL})?(?P<next>{ANYNOUN}){B1}(?:\s*(?P<qualafter2>{QA})(?:[^\w]|$))?))?",
         prefilter_word=True, triggers=("toll_noun",), prefilter_lists=("toll_head", "plural_head", "rise_word"), lookups=(("noun", "toll_noun"),),
         exclusions=("attack_toll_of_casualties", "toll_number_counts_events", "rise_not_toll", "far_toll_interrupted")),
    # عدد/حصيله القتلي … منذ <a date or an event> … الي NUM: the toll since a start, whose clause holds a date's digits
    # (ارتفعت حصيله القتلي في صفوف الجيش منذ بدايه الحرب في 7 تشرين الاول 2023 الي 780 جنديا)
    Rule("tm", r"{B0}{PRE}(?P<head>(?:{AL})?(?:{toll_head}|{plural_head})\s+(?:{AL}\S+\s+)?(?:{toll_noun_prefix})?(?P<noun>{toll_noun}))"
               r"\s+(?:{WORD}\s+){{0,8}}?{since}\s+(?:{WORD}[\s،,]+){{1,10}}?{toll_prep}\s*(?:(?P<qual>{QB})\s+)?(?P<num>{NUM})"
               r"(?P<trail>\s*(?:{AL})?(?P<next>{ANYNOUN}){B1})?",
         triggers=("toll_noun",), prefilter_lists=("since",), lookups=(("noun", "toll_noun"),),
         exclusions=("since_toll_not_casualty", "since_toll_year", "since_toll_without_force")),
    # a rising verb, its number, then the toll it raises (the toll named after the number): الهجوم الذي يرفع الي 4 عدد
    # قتلي البعثه، يرتفع الي سبعه عدد القتلي
    Rule("tr", r"{B0}(?P<lead>{PRE}{rise_verb}\s+{to}\s*)(?:(?P<qual>{QB})\s+)?(?P<num>{NUM})\s*(?:(?P<qualafter>{QA})\s+)?"
               r"(?P<head>(?:{AL})?(?:{toll_head}|{plural_head})\s+(?:{toll_noun_prefix})?(?P<noun>{toll_noun})){B1}",
         prefilter_word=True, triggers=("toll_noun",), prefilter_lists=("rise_verb",), lookups=(("noun", "toll_noun"),), exclusions=("year_not_count",)),
    # a verb of amounting, a count head and its noun, the words that qualify it, and the number that closes the clause:
    # بلغ عدد الصواريخ التي اعترضتها الدفاعات في سماء المملكه 35، وبلغ العدد الاجمالي للصواريخ … 139،
    Rule("tb", r"{B0}(?P<lead>{PRE}{amount_verb}\s+)(?P<head>(?:{AL})?(?:{toll_head}|{plural_head})\s+(?:{AL}\S+\s+)?(?:{toll_noun_prefix})?(?P<noun>{toll_noun}))"
               r"(?:\s+{WORD_ND}){{1,10}}?\s+(?:(?P<qual>{QB})\s+)?(?P<num>{DIG}(?:\s*{SCALE})?)\s*(?:[،,.؛!]|$)",
         prefilter_word=True, triggers=("toll_noun",), prefilter_lists=("amount_verb",), lookups=(("noun", "toll_noun"),),
         exclusions=("attack_toll_of_casualties", "year_not_count", "count_of_seized")),
    # the same closing number after a count head of troops: يبلغ عدد الجنود الايطاليين في لبنان 1099، (digits that close the
    # clause, up to eight words with no digit after the head: the force's strength)
    Rule("ty", r"{B0}(?P<lead>{PRE}{amount_verb}\s+)(?P<head>(?:{count_head}|{census_head})\s+(?:{AL})?(?P<noun>{troop_count_noun}){possessive}?)"
               r"(?:\s+{WORD_ND}){{1,8}}?\s+(?:(?P<qual>{QB})\s+)?(?P<num>{DIG}(?:\s*{SCALE})?)\s*(?:[،,.؛!]|$)",
         prefilter_word=True, triggers=("troop_count_noun",), prefilter_lists=("amount_verb",), reads=("troops", "troops"),
         exclusions=("needs_military_context", "count_of_victims", "year_not_count", "troops_counted_as_toll", "count_of_seized")),
    # لقي NUM (or a magnitude) … مصرعهم/حتفهم: لقي 5 اشخاص مصرعهم، لقي عشرات الاشخاص مصرعهم
    Rule("lq", r"{B0}{PRE}(?P<head>{met_verb})\s+(?:{met_between}\s+)?(?:(?:(?P<qual>{QB})\s+)?[(\[]?\s*(?P<num>{NUM})\s*[)\]]?|(?P<vague>{VAGUE})(?:[^\w]|$)|(?P<person>{PDU}){B1})\s*"
               # the victims' description, a quoted name among its words (لقي 60 مسلحا من حركه "طالبان" حتفهم), up to sixteen words
               # (a force and its allies: لقي 19 من مسلحي الحوثيين والقوات الموالية للرئيس السابق، علي صالح، حتفهم)
               r"(?P<victims>(?:\"?{WORD}\"?[\s،,]+){{0,16}}?)(?:{met_death}|{met_death_one}(?:[^\w]|$))",
         triggers=("met_verb",), prefilter_word=True, reads=("attacks", "killed"), victims=("person", "victims"), qualifier_in="victims"),
    # لقي + one person (a nationality or a word between) + مصرعه/حتفه, in a sentence of fire or fighting: ولقي مواطن حتفه اثر سقوط
    # قذيفه (one killed; alone the shape is mostly a road's toll, which the plain rules leave out)
    # (لقي علي اثره ضابط اردني مصرعه; لقي جندي جنوب افريقي من جنود حفظ السلام حتفه: the person's description before the death noun)
    Rule("ls", r"{B0}{PRE}(?P<head>{met_verb})\s+(?:{met_between}\s+)?(?P<person>{PSG}){accusative}?\s+(?:[^\s0-9،,.:;؛\"()]+\s+){{0,7}}?{met_death_one}{B1}",
         triggers=("met_verb",), reads=("attacks", "killed"), victims=("person",),
         exclusions=("death_without_fire",)),
    # the same with a few words between the person and its verb, which rule pv does not read (ان عسكريا برتبه رقيب قتل واصيب
    # سبعه): the count is still of the wounded only; its evidence opens at the killing verb, so that it wins over rule vb there
    Rule("vj", r"{B0}(?P<lead>(?:{that}\s+|{and})(?:{was}\s+)?(?:{PSG}){accusative}?(?:\s+[^\s0-9،,.:;؛\"()]+){{1,3}}?\s+(?:{passive_adverb}\s+)?\"?)"
               r"(?P<head>{passive_verb}\s+{and}{injured_after_killed})\s+(?:(?P<qual>{QB})\s+)?(?P<num>{NUM})(?:\s+(?:{of}\s+)?(?P<victims>{VWORD}))?(?:[^\w]|$)",
         prefilter_word=True, triggers=("injured_after_killed",), sentence_trigger=False, prefilter_lists=("passive_verb",),
         reads=("attacks", "injured"), exclusions=("year_not_count", "unit_after_count")),
    # verb [qual] NUM [victims] [qual after]: مقتل نحو 10، اصابه خمسه اخرين، مقتل سته اشخاص علي الاقل (the number may stand in
    # brackets, glued to the verb: استشهد واصيب[12] شخصا)
    # (a qualifier ending in ب may be glued to a number in words: مقتل ما يقدر بعشرين الف شخص; the noun عدد may stand before
    # the number, as military statements write it: استشهاد عدد 12 واصابه عدد سته)
    Rule("vb", r"{B0}{PRE}(?:(?P<verb>{VERB})[\s)(\[\"]+(?:{fill}\s+)?(?:{count_word}\s+)?(?:(?:{QB}\s+)?(?P<qual>{QB})\s*{QART})?[\"(\[]?(?:(?P<num>{NUM})(?:\s*[)\]])?"
               # a word that opens another clause (بينما، فيما) ends the match, no victim: the count after it is its own
               # (قتل 43 بينما اصيب تسعه)
               # a preposition before a dual event noun: the count's events, not its victims (مقتل 17 في هجومين: rule du reads them)
               r"(?:\s+(?P<qualafter>{QA})(?:[^\w]|$)|(?P<trail>\s+(?:{gap_stop}|{in_events}\s+(?:{AL})?{DUAL}{B1}))|\s+(?:{of}\s+)?(?P<victims>{VWORD})"
               r"(?:\s+(?P<qualafter2>{QA})(?:[^\w]|$)|(?P<victims2>\s+{VWORD}))?)?"
               r"|(?P<num2>{DIG})(?P<victims3>{counted_person})(?:[^\w]|$))"
               # digits glued to the verb by scraping (بمقتل10 جنود)
               r"|(?P<verb2>{VERB})(?P<num3>{DIG})(?:\s*(?P<victims4>{counted_person})|\s+{of}\s+(?P<victims5>{VWORD}))(?:[^\w]|$))",
         prefilter_word=True, triggers=("verb",), lookups=(("verb", "verb"), ("verb2", "verb")), trim_subset=True,
         victims=("victims", "victims2", "victims3", "victims4", "victims5"),
         exclusions=("year_not_count", "unit_after_count")),
    # exposed to an injury: تعرض 34 فردا امريكيا لاصابه دماغيه (the persons counted are the injured; a sentence of fire or fighting)
    Rule("ix", r"{B0}(?P<lead>{PRE}{exposed_verb}\s+)(?:(?P<qual>{QB})\s+)?(?P<num>{NUM})\s*(?P<victims>{counted_person})"
               r"(?:\s+[^\s0-9]{{2,}}{nisba_one})?(?P<trail>\s+{to_injury})(?:[^\w]|$)",
         # every match holds to_injury, whose words the sentence prefilter admits (اصاب): تعرض need not admit a sentence
         prefilter_word=True, triggers=("exposed_verb",), sentence_trigger=False, reads=("attacks", "injured"),
         exclusions=("year_not_count", "exposed_without_fire")),
    # an intransitive or passive casualty verb, then a person noun in the dual of a construct (its ن dropped, spelled as an
    # accusative singular), then the noun it is construct to: اصيب عنصرا امن، استشهد رجلا شرطه (two). After such a verb the
    # singular accusative cannot stand, so the shape is the dual; a transitive verb (قتل عنصرا: one) is not in the list
    Rule("vc", r"{B0}{PRE}(?P<verb>{intransitive_casualty_verb})\s+(?P<victims>{person_dual_construct})\s+(?P<next>[^\s0-9،,.:;؛\"()]{{2,}})(?:[^\w]|$)",
         prefilter_word=True, triggers=("intransitive_casualty_verb",), lookups=(("verb", "intransitive_casualty_verb"),), value=2,
         victims=("victims",), exclusions=("construct_before_preposition",)),
    # verb person-noun (singular or dual), or "one of" a noun: بمقتل متعاقد، اصابه شخصين، مقتل احد جنوده; a time between commas
    # (قتل، اليوم الاثنين، جندي)
    Rule("vp", r"{B0}{PRE}(?P<verb>{VERB})(?:\s*[،,]\s*{time_between}(?:\s+{WORD_ND})?\s*[،,]\s*|\s+(?:{time_between}\s+|{in_which}\s+)?)(?P<person>{PDU}|{PSG}|{one_of}\s+{WORD}){B1}(?:\s+(?P<victims>{FORCE}))?",
         prefilter_word=True, triggers=("verb",), lookups=(("verb", "verb"),), victims=("person", "victims"),
         exclusions=("one_of_not_killed", "one_of_counted", "relative_without_fire", "natural_death_without_fire")),
    # verb [two words] person (quoted or not) one/two: استشهاد فلسطينيين اثنين، قتلت الشرطه مسلحين اثنين، قتلت "ارهابيين" اثنين
    Rule("vn", r"{B0}{PRE}(?P<verb>{VERB})\s+(?:{WORD}\s+){{0,2}}?\"?(?P<victims>{PSG}|{PDU}|{counted_person})\"?\s+(?P<num>{one_or_two})(?:[^\w]|$)",
         triggers=("verb",), prefilter_lists=("one_or_two",), lookups=(("verb", "verb"),)),
    # a verb of killing or wounding, its subject (up to four words, no number, no other verb), then one indefinite person as
    # its object (the accusative ا; after rule vn, whose one/two names the count): قتلت القوات المسلحه مهربا، اصابت الشظايا طفلا، قتلت قوات له قايدا من الحركه
    Rule("vo", r"{B0}{PRE}(?P<verb>{object_verb})\s+(?P<words>(?:{WORD_ND}\s+){{0,4}}?)(?P<person>{PSG}){accusative}(?:\s+(?P<victims>{FORCE_NISBA}))?(?:\s+(?P<qualafter>{QA}))?{B1}"
               # the next word, when a space alone parts it (what may follow the person: a construct's noun or a preposition)
               r"(?P<trail>\s(?P<next>{WORD}))?",
         prefilter_word=True, triggers=("object_verb",), lookups=(("verb", "object_verb"),), victims=("person", "victims"),
         exclusions=("object_after_count", "object_after_bare_verb")),
    # verb … NUM person-noun, up to five words (a quoted name among them) between: وقتل خلال المواجهات في منطقه التواهي 28 شخصا، قتل، الخميس، 14 شخصا، قتل مسلحو "الحركه" تسعه اشخاص
    Rule("vf", r"{B0}{PRE}(?P<verb>{VERB})[\s،,]+(?:\"?{WORD}\"?[\s،,]+){{1,5}}?(?:{and}\s*)?(?:(?P<qual>{QB})\s+)?\"?(?P<num>{NUM}|{DIG})\s*\"?\s*"
               # a qualifier written after the number, and of, before the persons (قتل مسلحون 13 علي الاقل من ركاب حافله)
               r"(?:(?P<qualafter>{QA})\s+{of}\s+(?:{AL})?)?(?P<victims>{counted_person}|{FORCE_NISBA})(?:[^\w]|$)",
         prefilter_word=True, triggers=("verb",), lookups=(("verb", "verb"),), exclusions=("count_interrupted",)),
    # قوامها [qual] NUM: قوات قوامها 5000 جندي
    Rule("qw", r"{B0}{PRE}(?P<head>{strength_word})\s+(?:(?P<qual>{QB})\s+)?(?P<num>{NUM})(?:\s+(?:{of}\s+)?(?:{AL})?(?:{ANYNOUN}))?{TAIL}",
         prefilter_word=True, triggers=("strength_word",), reads=("troops", "troops"), exclusions=("strength_unit", "strength_no_force")),
    # قوه من [qual] NUM رجل: a force counted in men (رجل alone is any man: a firefighter, a businessman)
    Rule("qm", r"{B0}{PRE}(?P<head>{force_of})\s+(?:(?P<qual>{QB})\s+)?(?P<num>{NUM})\s*{man_noun}(?:[^\w]|$)",
         triggers=("man_noun",), reads=("troops", "troops")),
    # a deployment verb … NUM رجل: ارسلت البعثه مائه رجل، ارسال 2500 رجل اضافي (not men of a trade: رجل اطفاء); or a holder of
    # the men (لدينا اكثر من 40 الف رجل في المنطقه، لدي الجيش 5000 رجل)
    Rule("dm", r"{B0}(?P<lead>{PRE}{deployed}\s+(?:{WORD}\s+){{0,6}}?|{PRE}{men_holder}\s+(?:{WORD}\s+){{0,3}}?)(?:(?P<qual>{QB})\s+)?(?P<num>{NUM})\s*{man_noun}(?P<trail>\s+(?P<next>[^\s،,.:;؛\"()]+))?",
         triggers=("man_noun",), prefilter_lists=("deployed", "men_holder"), reads=("troops", "troops"), exclusions=("men_of_a_trade", "count_interrupted")),
    # a movement of troops + NUM اخرين (و + NUM اخرين is rule cx), after a troop figure in the same sentence: انسحاب الفي جندي … انسحاب ثلاثه
    # الاف اخرين، 5000 جندي والف اخرين من حرس الحدود; up to four words between (ينضم اليهم خلال الاسابيع المقبله 300 اخرون);
    # or N more, the noun left out (6860 جنديا، كما تعتزم كينيا ارسال نحو 4700 اضافيا)
    Rule("ot", r"{B0}(?P<lead>{PRE}{troop_move}\s+(?:{WORD_ND}\s+){{0,4}}?|{PRE}{in_addition}\s*(?:{WORD_ND}\s+){{0,2}}?)(?:(?P<qual>{QB})\s+)?(?P<num>{NUM})\s*(?:{others}|{others_added})(?:[^\w]|$)",
         triggers=("others", "others_added"), sentence_trigger=False, reads=("troops", "troops"), exclusions=("others_after_a_verb", "others_without_troops")),
    # two counts of persons joined by و before one casualty verb: the first (rule pa; what follows it is not its evidence)
    # and the second (rule cn, or rule pc) each take the verb: 15 سجينا علي الاقل واربعه حراس قتلوا، ثلاثه رجال شرطه وسبعه مدنيين اصيبوا
    Rule("pa", r"{B0}{PRE}(?:(?P<qual>{QB})\s+)?\"?(?:(?P<num>{NUM})\s*(?P<victims>{counted_person}(?:\s+{WORD_ND})?)|(?P<person>{PDU})(?:\s+{WORD_ND})?)"
               r"(?:\s+(?P<qualafter>{QA}))?(?P<trail>[\s،,]*{and}\s*(?:{QB}\s+)?(?:{NUM}\s*(?:{counted_person}|{FORCE_NISBA})|{PDU}|{PSG}{accusative}?)"
               r"(?:\s+{WORD_ND})?[\s،,]+(?P<verb>{after_verb}))(?:[^\w]|$)",
         prefilter_word=True, triggers=("after_verb",), lookups=(("verb", "after_verb"),), victims=("person", "victims"),
         exclusions=("unit_after_count", "year_not_count")),
    Rule("bw", r"{B0}{PRE}(?:(?P<qual>{QB})\s+)?\"?(?:(?P<num>{NUM})|(?P<vague>{VAGUE})(?:[^\w]|$))\s*"
               r"(?P<victims>(?:[^\s0-9،,.:;؛!؟]+\s+){{0,6}}?)(?:{what}\s+)?(?P<head>{both_after})(?:[^\w]|$)",
         prefilter_word=True, triggers=("both_after",), reads=("attacks", "casualties"),
         exclusions=("count_before_both", "unit_after_count", "year_not_count")),
    # [qual] NUM … قتلوا/لقوا مصرعهم: 22 مسلحا، بينهم اربعه قاده، قتلوا (no digit between but a subset's or a conjunct's,
    # so that in "سته مدنيين كانوا بين 11 شخصا قتلوا" the count is 11); digits glued to a person noun by scraping: 57شخصا قتلوا
    # ان + [qual] NUM + a person noun [+ a nationality] + a passive casualty verb that ends the clause (rule pv's shape with a
    # count): ان اكثر من 300 مسلح قتل منذ بدايه العمليه، بان 12 جنديا اصيبوا خلال الاشتباك (not a troop figure: they were killed);
    # the clause may go on with a second casualty verb and its own count (ان عشره مدنيين قتلوا وجرح ثلاثه اخرون; not قتل واصيب
    # خلال: killed and wounded said of the same count)
    Rule("pn", r"{B0}(?P<lead>{that}\s+)(?:(?P<qual>{QB})\s+)?(?P<num>{NUM})\s*(?P<victims>{counted_person}|{PSG})(?:\s+[^\s0-9]{{2,}}{nisba_one})?"
               r"\s+(?:{passive_adverb}\s+)?\"?(?P<verb>{passive_verb}|{after_verb})"
               r"(?P<trail>\s*[.،,\"]|\s+{passive_end}(?:[^\w]|$)|\s+{passive_end_prefix}\S+|\s+{and}(?:{VERB})\s+(?:{QB}\s+)?(?:[0-9]|{number_first})|$)",
         prefilter_word=True, triggers=("passive_verb", "after_verb"), lookups=(("verb", "passive_verb"), ("verb", "after_verb")),
         exclusions=("year_not_count",)),
    Rule("pk", r"{B0}{PRE}(?:(?P<qual>{QB})\s+{QART})?\"?(?:(?P<num>{NUM})|(?P<num2>[0-9]{{1,7}})(?P<glued>{counted_person})(?:[^\w]|$)|(?P<person>{PDU})(?:[^\w]|$)|(?P<vague>{VAGUE})(?:[^\w]|$))"
               r"\s*(?P<words>[^.!؟0-9]*?(?:(?:{subset}\s+|{and}\s*)(?:{QB}\s+)?[0-9]+[^.!؟0-9]*?)*?)(?P<verb>{after_verb})(?:[^\w]|$)",
         prefilter_word=True, triggers=("after_verb",), lookups=(("verb", "after_verb"),), victims=(), qualifier_in="words", trim_conjunct=True,
         rare=(r"|(?P<num2>[0-9]{{1,7}})(?P<glued>{counted_person})(?:[^\w]|$)", r"[0-9](?:{counted_person})"),
         exclusions=("verb_too_far", "verb_is_own_action", "verb_after_another_count", "number_between", "bare_count_before_another", "date_not_count",
                     "unit_before_verb", "range_end", "part_of_them", "troops_before_conjunct_toll", "year_after_month")),
    # eliminating N fighters, as army statements write a killing (the Maghreb's and Egypt's): قضت القوات منذ مطلع العام علي 63
    # ارهابيا، تمكنت من القضاء علي اربعه ارهابيين، القضاء علي ارهابي (01) (a bracketed count after the noun, with its zero)
    Rule("qd", r"{B0}(?P<lead>{PRE}(?P<verb>{eliminate_verb})\s+(?:{WORD_ND}\s+){{0,6}}?{upon}\s+)"
               r"(?:(?:(?P<qual>{QB})\s+)?[(\[]?\s*(?P<num>{NUM})\s*[)\]]?\s*\"?(?P<victims>{militant})\"?{B1}"
               r"|\"?(?P<victims2>{militant})\"?\s*[(\[]\s*(?P<num2>{DIG})\s*[)\]])",
         triggers=("eliminate_verb",), sentence_trigger=False, reads=("attacks", "killed"), victims=("victims", "victims2"),
         exclusions=("sentence_passed", "year_before_noun")),
    # a count of drones named by مسيره alone, right after a verb of intercepting or downing them (or of destroying them,
    # beside an air-defence word): تم اسقاط 15 مسيره فوق كورسك، اسقطت الدفاعات 36 مسيره اوكرانيه (alone, مسيره is also a march)
    Rule("fd", r"{B0}(?P<lead>{PRE}(?P<verb>{fired_verb})\s+(?:{WORD_ND}\s+){{0,5}}?)(?:(?P<qual>{QB})\s+)?(?P<num>{NUM})\s*(?P<noun>{drone_noun}){B1}{TAIL}",
         triggers=("drone_noun",), lookups=(("noun", "drone_noun"),),
         exclusions=("destroyed_on_the_ground", "one_event", "year_before_noun", "number_cut")),
    # [excl …] [qual] NUM [من] noun [force]: نحو 2500 جندي امريكي، 14 صاروخا
    Rule("nn", r"{B0}(?:{PRE}(?P<excl>{EXCL})\s+(?:{WORD}\s+){{0,2}}?)?{PRE}(?:(?P<qual>{QB})\s*)?\"?(?:(?P<num>{NUM}|{DIG})\s*\"?\s*(?:{of}\s+)?(?:{AL})?"
               # the article glued to the digits (تجاوزت الـ40 شهيدا), its noun bare (المجندين الـ16 المصابين: persons named before)
               # or to hundreds in words (بالمئتي جندي: with the two hundred soldiers)
               # or, after a qualifier, to a scale word (نحو الالف جندي، قاربت المليون وربع مليون عنصر)
               r"|{AL}\s?(?P<num2>{DIG}(?:\s*{SCALE})?|{HUNDREDS}|{SCALE}(?:{HALF})?)\s*\"?\s*(?:{of}\s+)?)(?P<noun>{ANYNOUN}){B1}{TAIL}"
               # the rest of a number in thousands written after its noun, closing the clause: 10 الاف مقاتل و406، (not a
               # decimal's whole part: 15 الف قتيل و1.5 مليون مهجر)
               r"(?:\s*(?P<rem>{and}[0-9]{{1,3}})(?:[،,.:;؛](?:[^0-9]|$)|$))?",
         triggers=("noun", "noun_mil"), prefilter=False, lookups=(("noun", "noun"),),
         exclusions=("excluded_context", "seized_list", "troops_captured", "year_before_noun", "year_after_since", "year_after_month", "code_number", "number_cut", "list_number",
                     "one_event", "civil_operation", "needs_military_context", "definite_scale_without_qualifier")),
    # NUM + an aircraft noun + one adjective + a drone word: 3 طائرات تركيه مسيره، 4 طائرات امريكيه بدون طيار (the trigger nouns
    # طائرات مسيره need the two words side by side)
    Rule("na", r"{B0}{PRE}(?:(?P<qual>{QB})\s+)?(?P<num>{NUM})\s*{aircraft_noun}\s+{WORD_ND}\s+{drone_after_adjective}{B1}",
         triggers=("drone_after_adjective",), prefilter_lists=("aircraft_noun",), reads=("attacks", "projectiles")),
    # a barrel alone is a barrel bomb after a shelling verb and the instrument's ب (قصف الحي بعشرين برميلا), or after a verb of
    # dropping (القت المروحيات 12 برميلا); elsewhere it may be a barrel of oil. After rule nn, which reads a barrel bomb named whole
    # (12 برميلا متفجرا علي الاقل) with its qualifier
    Rule("sb", r"{B0}(?P<lead>{PRE}(?:{shell_verb}\s+(?:{WORD_ND}\s+){{0,4}}?{instrument}\s*|{barrel_drop_verb}\s+(?:{WORD_ND}\s+){{0,3}}?))"
               r"(?:(?P<qual>{QB})\s+)?(?P<num>{NUM})\s*{barrel_noun}{B1}{TAIL}",
         triggers=("barrel_noun",), prefilter_lists=("shell_verb", "barrel_drop_verb"), reads=("attacks", "projectiles")),
    # a verb of being or reaching, [this] العدد, NUM (after nn: a number with its noun is nn's): the number a force's count head
    # named with no number, earlier in the sentence or in the sentence before, refers to (عدد الجنود … وكان العدد 88 الفا)
    Rule("tw", r"{B0}(?P<lead>{PRE}{count_verb_before}\s+(?:{demonstrative}\s+)?{AL}{count_head}(?:\s+{count_adjective})?\s+)"
               r"(?:(?P<qual>{QB})\s+)?(?P<num>{NUM})(?P<trail>\s*(?P<next>{WORD}))?",
         triggers=("count_head",), prefix="article", sentence_trigger=False, reads=("troops", "troops"),
         exclusions=("ellipsis_next_word", "year_not_count", "number_without_count_head")),
    # digits glued to their noun by scraping (no space between): حيث نشرت 12000جندي، بينهم 15عسكريا، بنحو1200عسكري
    Rule("ng", r"{B0}{PRE}(?:(?P<qual>{QB})\s*)?(?P<num>[0-9]{{1,7}})(?P<noun>{NOUN}){B1}{TAIL}",
         triggers=("noun",), prefilter_lists=(), prefilter_shape=r"[0-9]\p{{Arabic}}", lookups=(("noun", "noun"),),
         exclusions=("excluded_before", "troops_captured", "year_before_noun", "code_number", "one_event", "needs_military_context")),
    # (after nn: a count with its noun after it is nn's) من اصل / من الاجمالي [adjective] [البالغ] NUM [deployed], right after a troop figure: اعاده 600 جندي الي بلاده من اصل 1200
    # نشروا هناك، تقليص افرادها بالف جندي، من اصل 22 الفا حاليا، سحب القوات الي حد 8600 جندي من الاجمالي الحالي البالغ 13 الفا
    Rule("oa", r"{B0}(?P<lead>{PRE}{out_of}\s+(?:{AL}[^\s0-9]+\s+)?(?:{amounting_bare}\s+)?)(?:(?P<qual>{QB})\s+)?(?P<num>{NUM})"
               r"(?:\s*{deploy_after}(?:[^\w]|$))?",
         prefilter_word=True, triggers=("out_of",), sentence_trigger=False, reads=("troops", "troops"), exclusions=("whole_without_force", "whole_without_troops", "year_not_count")),
    # [qual] NUM من قوات/القوات [pronoun] or a troop noun [with its article]: اكثر من 20 الف من قوات اميصوم، 300 من قواتها،
    # اربعه الاف من المقاتلين, 25 شخصا من عناصر الشرطه (a troop noun with a possessive is rule np's, which reads the lost among them)
    Rule("nh", r"{B0}{PRE1}(?:(?P<qual>{QB})\s+)?\"?(?P<num>{NUM})\s*(?:{persons_of}\s+)?{of}\s+(?:(?P<host>{force_noun}){possessive}?|(?:{AL})?(?P<noun>{troop_count_noun})){B1}",
         triggers=("force_noun", "troop_count_noun"), reads=("troops", "troops"),
         exclusions=("excluded_before", "troops_captured", "year_before_noun", "code_number", "number_cut", "list_number", "and_count",
                     "one_or_two_alone", "needs_military_context")),
    # [qual] NUM (or a magnitude) من + a troop noun with a possessive: نحو 3 الاف من عسكرييه، 22 الفا من جنودها، 300 من عناصره،
    # سحبت الالاف من جنودها (not the
    # killed, wounded or captured among them: those are read by the casualty rules or left out)
    Rule("np", r"{B0}{PRE1}(?:(?:(?P<qual>{QB})\s+)?\"?(?P<num>{NUM})\s*{of}|(?P<vague>{VAGUE}))\s+\"?(?P<host>{troop_possessed}){possessive}\"?{B1}",
         triggers=("troop_possessed",), reads=("troops", "troops"), victims=(),
         exclusions=("excluded_before", "troops_captured", "year_before_noun", "code_number", "number_cut",
                     "possessed_troops_are_victims", "possessed_members_without_force")),
    # a number in brackets right before its noun: (15) شهيدا، [500] جندي; its magnitude after the bracket or inside it:
    # (15) الف مقاتل، (10 الاف) جندي (the bracket is not part of the number: 15000, not 1000)
    Rule("nb", r"{B0}{PRE}(?:(?P<qual>{QB})\s+)?[(\[]\s*(?P<num>{DIG}(?:\s*[)\]]\s*{SCALE}|\s*{SCALE}\s*[)\]])|{DIG}\s*[)\]])\s*(?:{AL})?(?P<noun>{ANYNOUN}){B1}{TAIL}",
         triggers=("noun", "noun_mil"), prefilter_lists=(), prefilter_shape=r"[(\[]\s*[0-9]+\s*(?:[)\]]|\S+\s*[)\]])",
         lookups=(("noun", "noun"),), lead=r"^([^\w(\[]*)",
         exclusions=("excluded_before", "troops_captured", "year_before_noun", "code_number", "one_event", "civil_operation",
                     "needs_military_context", "bracket_restates")),
    # a trigger noun and then one or two: شهيدا واحدا، جنديين اثنين
    Rule("nw", r"{B0}{PRE}(?P<noun>{NOUN})\s+(?:{WORD}\s+)?(?P<num>{one_or_two})(?:[^\w]|$)",
         triggers=("noun",), prefilter_lists=("one_or_two",), lookups=(("noun", "noun"),),
         exclusions=("one_event", "troops_captured", "one_negated")),
    # a count of people fighting for a side: 475 فرنسيا … يقاتلون، 1818 بين فرنسيين … يقاتلون
    Rule("nf", r"{B0}{PRE}(?:(?P<qual>{QB})\s+)?\"?(?P<num>{NUM})\s*(?P<words>(?:{WORD}\s+){{0,8}}?){fight_verb}(?:[^\w]|$)",
         triggers=("fight_verb",), reads=("troops", "troops"), victims=(), force_in="words",
         exclusions=("fighters_no_military", "fighters_count_between", "fighters_no_nationality")),
    # NUM رجل in a sentence with a military word: a force's men, as a strength (ليرتفع قوام القوه الي تسعه الاف رجل، تعبئه 10 الاف
    # رجل); men killed or captured are re-read or dropped as soldiers are, men of a trade (رجل اطفاء) left out
    Rule("mc", r"{B0}{PRE}(?:(?P<qual>{QB})\s+)?(?P<num>{NUM})\s*{man_noun}(?P<trail>(?:\s+(?P<next>[^\s،,.:;؛\"()]+))?)(?:[^\w]|$)",
         triggers=("man_noun",), reads=("troops", "troops"), exclusions=("men_of_a_trade", "men_without_force")),
    # ال-noun [ال-force] ال-number: الغارات الثلاث، الجنود الخمسه، العسكريين الاميركيين ال600
    # (and its magnitude after it: الجنود السته الاف، الجنود ال12 الفا)
    Rule("dn", r"{B0}{PRE}{AL}(?P<noun>{NOUN})(?:\s+{AL}(?P<force>{FORCE}))?\s+(?P<num>(?:{ordinal_number}|{AL}\s*[0-9]+)(?:\s*(?:{AL})?{SCALE})?)(?:[^\w]|$)",
         triggers=("noun",), prefilter_lists=("ordinal_number",), prefilter_shape=r"{ordinal_number}|{AL}\s*[0-9]",
         lookups=(("noun", "noun"),), exclusions=("troops_captured", "definite_back_reference")),
    # the same after a troop noun with a possessive (its soldiers, the 340): ستبقي جنودها ال340 العاملين، سحب عناصره الخمسمايه
    Rule("dp", r"{B0}{PRE}(?P<host>{troop_possessed}){possessive}\s+(?P<num>(?:{ordinal_number}|{AL}\s*[0-9]+)(?:\s*(?:{AL})?{SCALE})?)(?:[^\w]|$)",
         triggers=("troop_possessed",), prefilter_lists=("ordinal_number",), prefilter_shape=r"{ordinal_number}|{AL}\s*[0-9]",
         reads=("troops", "troops"), victims=(),
         exclusions=("troops_captured", "definite_back_reference", "possessed_troops_are_victims", "possessed_members_without_force")),
    # a toll noun, then a subset: القتلي بينهم سته افراد من قوات النظام (the measure is the toll noun's)
    Rule("ts", r"{B0}(?P<lead>{PRE}(?:{toll_noun_prefix})?(?P<noun>{toll_noun})\s*[،,]?\s*)(?:{of}\s+)?{subset}\s+(?:(?P<qual>{QB})\s+)?(?P<num>{NUM})(?:\s*(?P<victims>{VWORD}))?",
         triggers=("subset",), sentence_trigger=False, lookups=(("noun", "toll_noun"),), exclusions=("persons_among_things",)),
    # a sub-count of projectiles by place, opened by a comma or "of them" (not by و: rule cd), right after their count:
    # 17 طايره بدون طيار اوكرانيه، 9 فوق مقاطعه بريانسك؛ 58 طايره دون طيار، منها 11 فوق بيلغورود
    Rule("cs", r"(?:[،,]\s*(?P<num>{NUM})|{B0}{subset_things}\s+(?P<num2>{NUM}))\s*{direction}(?:[^\w]|$)",
         triggers=("direction",), sentence_trigger=False, inherits=True, victims=(),
         exclusions=("conjunct_direction_without_fire",)),
    # [من] بينهم/منهم [qual] NUM force-adj, after a count: من بينهم 2500 اميركي
    Rule("el", r"{B0}(?:{of}\s+)?{subset}\s+(?:(?P<qual>{QB})\s+)?(?P<num>{NUM})\s+(?:(?P<rangeto>{to}\s*(?:{QB}\s+)?(?:[0-9]|{number_first}))|(?P<force>{WORD}))",
         triggers=("subset",), sentence_trigger=False, inherits=True,
         exclusions=("subset_opens_range", "subset_far", "subset_without_count", "subset_without_nationality", "subset_larger")),
    # NUM منهم / من بينهم, after a count: ثلاثه منهم في مكمن، توفي اربعه منهم
    Rule("es", r"{B0}{PRE}(?:(?P<qual>{QB})\s+)?(?P<num>{NUM})(?P<trail>\s*(?:{of}\s+{subset}|{of_them})(?:[^\w]|$))",
         triggers=("subset",), sentence_trigger=False, inherits=True,
         exclusions=("year_not_count", "subset_far", "subset_without_count", "subset_larger")),
    # ان (or و) [كان] + one (or two) persons [+ a nationality or place adjective] + a passive casualty verb that ends the clause
    # (وكان مسؤول محلي لقي مصرعه في):
    # ان رجلا قتل جراء القصف، ان شرطيا ايضا قتل، وشاب اصيب بقنبله، ان جنديا اخر اصيب في (not "ان مسلحا قتل 5 اشخاص": a count);
    # a quote may open before the person (ان "جنديا قتل في)
    Rule("pv", r"{B0}(?:{that}\s+|{and})(?:{was}\s+)?\"?(?P<person>{PDU}|(?:{PSG}){accusative}?)(?:\s+[^\s0-9]{{2,}}{nisba_one}|\s+{another_one})?\s+(?:{passive_adverb}\s+)?\"?(?P<verb>{passive_verb})"
               r"(?:\s*[.،,\"]|\s+{passive_end}(?:[^\w]|$)|\s+{passive_end_prefix}\S+|$"
               # or a time of day and its day, and then the clause ends (قتل صباح الجمعة بسلاح ناري; not قتل صباح اليوم خمسه: a count)
               r"|\s+{passive_end_time}\s+{WORD_ND}(?:\s*[.،,\"]|\s+{passive_end}(?:[^\w]|$)|\s+{passive_end_prefix}\S+|$)"
               # or a wounding verb joined by و, whose own count follows (ان جنديا قتل واصيب عشره اخرون: rule vk reads it)
               r"|(?P<trail>\s+{and}{injured_after_killed})(?:[^\w]|$))",
         prefilter_word=True, triggers=("passive_verb",), lookups=(("verb", "passive_verb"),), victims=("person",), exclusions=("dual_verb_one_person",)),
    # ان (or و) [كان] + a dual person (or any indefinite noun in -ين/-ان) [+ its adjective] + a passive casualty verb in the dual:
    # the verb says two (ان عسكريين قتلا، ان اسراييليين قتلا جراء القصف، وكان مدنيان اصيبا). Not a definite dual (الجنديين:
    # a reference back), and not a plural verb (قتلوا: rules pn and pk read the count before it)
    Rule("pd", r"{B0}(?:{that}\s+|{and})(?:{was}\s+)?(?P<victims>[^\s0-9،,.:;؛\"()]+{dual_end})"
               r"(?:\s+[^\s0-9،,.:;؛\"()]{{2,}}{dual_end})?\s+(?:{passive_adverb}\s+)?\"?(?P<verb>{dual_casualty_verb})(?:[^\w]|$)",
         prefilter_word=True, triggers=("dual_casualty_verb",), lookups=(("verb", "dual_casualty_verb"),), value=2,
         exclusions=("definite_dual_before_verb",)),
    # one person's passive killing verb (its subject before it, as in rule pv), then و + a passive wounding verb and its own
    # count: ان جنديا قتل واصيب عشره اخرون، وكان جندي امريكي قتل واصيب اخر (the count after the second verb is of the wounded
    # only: the one killed is the person before, rule pv; not قتل واصيب 32 جنديا, where one count is both)
    Rule("vk", r"{B0}(?P<lead>(?:{that}\s+|{and})(?:{was}\s+)?(?:{PSG}){accusative}?(?:\s+[^\s0-9،,.:;؛\"()]+){{0,3}}?\s+(?:{passive_adverb}\s+)?\"?"
               r"{passive_verb}\s+{and})(?P<verb>{injured_after_killed})\s+(?:(?:(?P<qual>{QB})\s+)?(?P<num>{NUM})(?:\s+(?:{of}\s+)?(?P<victims>{VWORD}))?"
               r"|(?P<person>{PDU}|{PSG}))(?:[^\w]|$)",
         prefilter_word=True, triggers=("injured_after_killed",), sentence_trigger=False, prefilter_lists=("passive_verb",),
         lookups=(("verb", "injured_after_killed"),), victims=("person", "victims"), exclusions=("year_not_count", "unit_after_count")),
    # و (or in addition to) + a person noun + one/two, a few words after a casualty count: مقتل فردين من القبائل ومتمرد واحد،
    # قتل عشرون جنديا ومدنيا واحدا، مقتل سته منهم اضافه الي مدني واحد (the count of one or two written after its noun;
    # before rule cj, which would read the same و + person without its number)
    Rule("cw", r"{B0}(?:{and}\s*|{in_addition}\s+)\"?(?P<victims>{PDU}|(?:{PSG}){accusative}?|{counted_person})\"?\s+(?P<num>{one_or_two})"
               r"(?:\s+(?P<qualafter>{QA}))?(?:[^\w]|$)",
         triggers=("one_or_two",), sentence_trigger=False, inherits=True,
         exclusions=("conjunct_count_without_count", "conjunct_in_subset")),
    # و + a person noun right after a casualty count: اصابه فتاه وطفلين
    Rule("cj", r"{B0}{and}(?P<person>{PDU}|{PSG})(?:[^\w]|$)",
         triggers=("person", "person_dual"), prefix="and", sentence_trigger=False, inherits=True, victims=(),
         exclusions=("conjunct_without_count", "conjunct_in_subset", "conjunct_plural_after_plural")),
    # و + a definite toll noun + [الي] NUM, a few words after a casualty count (the verb left out): بلغ 31 فلسطينيا،
    # والاصابات 197؛ ارتفع عدد القتلي الي 50 والجرحي الي 120
    Rule("cv", r"{B0}{and}\s*{AL}(?P<noun>{toll_conjunct})\s+(?:{toll_prep}\s*)?(?:(?P<qual>{QB})\s+)?(?P<num>{NUM})",
         triggers=("toll_conjunct",), sentence_trigger=False, prefilter_lists=(), prefilter_shape=r"{and}\s*{AL}{toll_conjunct}",
         lookups=(("noun", "toll_conjunct"),), exclusions=("conjunct_count_without_count", "year_not_count")),
    # و + a count of injuries right after a casualty count: 20 شهيدا و53 اصابه
    Rule("ci", r"{B0}{and}\s*(?:(?P<qual>{QB})\s+)?(?P<num>{NUM})\s*(?P<noun>{injury_noun})(?:[^\w]|$)",
         triggers=("injury_noun",), sentence_trigger=False, lookups=(("noun", "injury_noun"),), lead=r"^([^\w]*{and}\s*)",
         exclusions=("conjunct_count_without_count",)),
    # NUM [حاله] + a noun of injuries, where the sentence speaks of fire and fighting (or of the killed): وقوع 3 اصابات طفيفه،
    # اكثر من 3 الاف اصابه، بلغ 595 حاله اصابه
    # (not a disease's cases, not an accident's: a military word and a word of fire or fighting must stand in the sentence)
    Rule("ni", r"{B0}{PRE}(?:(?P<qual>{QB})\s+)?(?P<num>{NUM})\s*(?:{case_word}\s+)?(?P<noun>{injury_noun})(?:[^\w]|$)",
         triggers=("injury_noun",), lookups=(("noun", "injury_noun"),), lead=r"^([^\w]*{and}?)",
         exclusions=("injuries_without_fire", "year_before_noun", "code_number", "number_cut")),
    # و + NUM + مسيره, a few words after a count of projectiles: بـ12 صاروخا و12 مسيره
    Rule("cm", r"{B0}{and}\s*(?:(?P<qual>{QB})\s+)?(?P<num>{NUM})\s*(?P<noun>{drone_noun}){B1}",
         triggers=("drone_noun",), lookups=(("noun", "drone_noun"),), lead=r"^([^\w]*{and}\s*)",
         exclusions=("drone_conjunct_without_fire",)),
    # و + a count of persons a few words after a casualty count: بمقتل 11 من التنظيم و11 مدنيا
    Rule("cn", r"{B0}{and}\s*(?:(?P<qual>{QB})\s+)?(?P<num>{NUM})\s*(?:{of}\s+(?P<host>(?:{AL})?{member_host}\s+\S+)"
               r"|(?:{of}\s+)?(?P<victims>{counted_person}))(?:[^\w]|$)",
         prefilter_lists=("number_first",), prefix="and", prefilter_shape=_AND_NUMBER,
         sentence_trigger=False, inherits=True,
         victims=("victims", "host"), lead=r"^([^\w]*{and}\s*)", exclusions=("conjunct_count_without_count",)),
    # in addition to (بالاضافه الي، فضلا عن) + a count of persons a few words after a toll: the same measure (استشهاد 21
    # فلسطينيا، بينهم اطفال، بالاضافه الي اربعه مواطنين)
    Rule("ai", r"{B0}(?P<lead>{PRE}{in_addition}\s*)(?:(?P<qual>{QB})\s+)?(?P<num>{NUM})\s*(?P<victims>{counted_person}|{FORCE_NISBA})(?:[^\w]|$)",
         triggers=("in_addition",), sentence_trigger=False, inherits=True, exclusions=("addition_without_toll", "addition_with_own_verb")),
    # و + a count of a nationality or force a few words after a troop figure or a toll: 9 الاف من مرتزقه فاغنر، و11 الفا من
    # السوريين، قتل فيها 1400 فلسطيني و13 اسراييليا
    Rule("cf", r"{B0}{and}\s*(?:(?:{what}\s+)?{between}\s+(?P<lo>{NUM})\s*{and}\s*(?P<hi>{NUM})|(?:(?P<qual>{QB})\s+)?(?P<num>{NUM}))"
               r"\s*(?:{of}\s+)?(?P<force>{FORCE_NISBA})(?:[^\w]|$)",
         prefilter_lists=("number_first",), prefix="and", prefilter_shape=_AND_NUMBER,
         sentence_trigger=False, inherits=True, victims=(), lead=r"^([^\w]*{and}\s*)", exclusions=("conjunct_force_without_count",)),
    # و + NUM + "of" a group, a preposition or "others", with no noun of its own, right after a casualty count (no number
    # between): the count shares its verb. مقتل 48 من المهاجمين اثناء المعارك و 23 بعد تعقبهم، مقتل 13 عراقيا و13 من
    # "داعش"، استشهاد 12 من رجال الامن و3 من العاملين بالموقع، قتل جنديان واثنان اخران في الهجوم
    Rule("cx", r"{B0}{and}\s*(?:(?P<qual>{QB})\s+)?(?P<num>{NUM})\s*(?:{of}\s+\"?(?P<host>[^\s0-9،,.:;؛\"()]+)|(?P<next>{conjunct_prep}|{others}))(?:[^\w]|$)",
         prefilter_lists=("number_first",), prefix="and", prefilter_shape=_AND_NUMBER,
         sentence_trigger=False, inherits=True, victims=("host",), lead=r"^([^\w]*{and}\s*)",
         exclusions=("conjunct_bare_without_count", "conjunct_of_a_unit", "conjunct_missing", "year_not_count")),
    # the second of two counts joined by و before one casualty verb (the first is rule pa's), when it is no count the
    # conjunct rules read (و + one person: وحارسا مسلحا قتلوا)
    Rule("pc", r"{B0}{and}\s*(?:(?P<qual>{QB})\s+)?(?:(?P<num>{NUM})\s*(?P<victims>{counted_person}|{FORCE_NISBA})|(?P<person>{PDU}|{PSG}{accusative}?))"
               r"(?:\s+{WORD_ND})?[\s،,]+(?P<verb>{after_verb})(?:[^\w]|$)",
         prefilter_word=True, triggers=("after_verb",), sentence_trigger=False, lookups=(("verb", "after_verb"),), victims=("person", "victims"),
         lead=r"^([^\w]*{and}\s*)", exclusions=("conjunct_without_pair",)),
    # [qual] NUM (or a magnitude) [up to six words] [ما] بين قتيل وجريح: killed and wounded counted together, whatever
    # the verb (or none): سقط اكثر من 200 شخص بين قتيل وجريح، وقوع العشرات بين قتلي وجرحي، عشره جنود سقطوا بين قتلي وجرحي
    # و + NUM (or one, two) + a direction, right after a count of projectiles or attacks: ثلاثه من الصواريخ باتجاه
    # الرياض، وواحد باتجاه نجران، واثنان باتجاه جازان
    Rule("cd", r"{B0}{and}\s*(?P<num>{NUM})\s*{direction}(?:[^\w]|$)",
         triggers=("direction",), sentence_trigger=False, inherits=True, victims=(), lead=r"^([^\w]*{and}\s*)",
         exclusions=("conjunct_direction_without_fire",)),
    # a bare number in brackets after و and a name, right after a troop figure in brackets (a per-country list of
    # contributions: ايطاليا (2450 عنصرا) وفرنسا (2000)): the same troop noun, elided
    Rule("cb", r"{B0}(?P<lead>{and}[^\s0-9()\[\]،,.:;؛\"]{{2,}}\s*[(\[]\s*)(?:(?P<qual>{QB})\s+)?(?P<num>{DIG}(?:\s*{SCALE})?)\s*[)\]]",
         triggers=(), prefilter_lists=(), prefilter_shape=r"[(\[]\s*[0-9]+\s*[)\]]", sentence_trigger=False, reads=("troops", "troops"),
         exclusions=("bracket_without_troops",)),
    # an indefinite singular toll noun, a count of one (after every rule: a count before it is theirs): سقوط قتيل وثلاثه جرحي،
    # اضافه الي قتيل في صفوف المهاجمين، قتيلين من الجيش وقتيل في الجماعه, اسفر عن اكثر من قتيل (at least one). Only after a
    # word that brings a toll (singular_lead) or as a conjunct after another toll: elsewhere the noun is a predicate, a name,
    # a victim of a verb (قتل جريح) or an idiom; not after a number, a negation, a quantifier or بين (بين قتيل وجريح)
    Rule("sg", r"{B0}(?:(?P<lead>{PRE}{singular_lead}\s+|{and})(?:(?P<qual>{QB})\s+)?|(?P<qual2>{QB})\s+)(?P<noun>{toll_singular})(?:[^\w]|$)",
         triggers=("toll_singular",), lookups=(("noun", "toll_singular"),), value=1,
         exclusions=("singular_not_one", "singular_negated", "singular_conjunct_alone", "singular_not_stated", "singular_construct")),
    # a dual in construct before the name of its kind: صاروخي كاتيوشا، قذيفتي هاون، بصاروخي "جراد" (two projectiles; without a
    # kind's name right after, صاروخي is the adjective of هجوم صاروخي)
    Rule("dc", r"{B0}{PRE}(?P<dual>{dual_construct})\s*\"?\s*(?:{AL})?{projectile_type}(?:[^\w]|$)",
         prefilter_word=True, triggers=("dual_construct",), lookups=(("dual", "dual_construct"),), value=2,
         exclusions=("needs_military_context",)),
    # dual noun: صاروخين، غارتين، عمليتين
    Rule("du", r"{B0}{PRE}(?:{AL})?(?P<dual>{DUAL}){B1}{TAIL}",
         triggers=("dual", "dual_mil"), lookups=(("dual", "dual"),), value=2,
         exclusions=("definite_dual_troops", "civil_operation", "needs_military_context", "definite_back_reference")),
)

RULE_BY_NAME = {r.name: r for r in RULES}


# ---------------------------------------------------------------------------------------
# Context shapes the exclusions and readings test (all from the word lists).
# ---------------------------------------------------------------------------------------
def _toll_amount_before(s: dict[str, str]) -> str:
    """The clause before a count (dates blanked) whose subject is a toll of the killed and whose verb of amounting
    (toll_amount_verb) governs the count: the toll noun, then up to fifteen words with no number and no clause break,
    then the verb; the verb, then the toll's count head and its words (a comma may close them); or the bare count
    (العدد) as the verb's subject, a toll noun earlier in the sentence."""
    art, pre, end = s["AL"], s["PRE"], r"(?:[^\w]|$)"
    killed = _alt(p for p, (_, m) in word_measures()["toll_noun"].items() if m == "killed")
    amount = rf"(?:^|\s){s['PRE1']}{s['toll_amount_verb']}"
    toll = rf"(?:^|[^\w]){pre}(?:{art})?{killed}{end}"
    words = r"(?:[^\s0-9.!؟؛;:،,]+\s+){0,15}?"
    return (rf"{toll}\s*{words}{amount}\s*$"
            rf"|{amount}\s+(?:{art})?{s['toll_head']}\s+(?:{s['toll_noun_prefix']})?{killed}{end}[^0-9.!؟؛;:،,]*[،,]?\s*$"
            rf"|{toll}[^.!؟؛;:]*(?:^|\s){s['PRE1']}{art}{s['count_head']}\s+{s['toll_amount_verb']}\s*$")


_COUNT_DIGITS = r"(?:[0-9]{1,3}(?:[,\x{060C}][0-9]{3})*|[0-9]{5,7})"  # a count in digits that cannot be a year (no four digits alone)


@lru_cache(maxsize=None)
def context() -> dict[str, str]:
    """The shapes below, with ``\\w`` spelled out (:func:`etl.normalize.word_classes`: the same
    matches, compiled in a fraction of the time in every extraction)."""
    return {name: word_classes(pattern) for name, pattern in _context().items()}


def _context() -> dict[str, str]:
    s, w = shapes(), word_lists()
    pre, art = s["PRE"], s["AL"]
    tail = r"^\s*(?:[^\s]+\s+){{0,12}}?[^\w\s]*{words}(?:[^\w]|$)"
    return {
        # Words right after a count that show it is not a figure (units, time, money), and
        # words near an injury count that show a disease, not violence (non_victim_words.csv).
        "not_victim": rf"^{s['non_victim_unit']}(?:[^\w]|$)",
        # a thing hit, not a person (اصاب ثلاثه اهداف، اصابه احد المستودعات): a place or target hit is no casualty (spec §4)
        "thing_hit": rf"^[\s\"]*(?:{s['one_of']}\s+)?(?:{s['AL']})?{s['hit_thing']}(?:[^\w]|$)",
        # cases, named diseases and vaccination, and words that show a disease right after a count
        "disease_victims": _alt(w["case"] + w["disease"] + w["disease_near"]),
        # a unit number word with the article after a definite troop noun (الجنود الاربعه, rule dn): a few soldiers named before
        "definite_unit_number": rf"^\s*{art}{_alt(w['number_unit'])}\s*$",
        # the victims of a ضحية verb who are no one killed: a fraud's buyers, investors, depositors (راح ضحيتها 900 الف مشتر)
        "victim_verb_word": rf"(?:^|[^\w]){_alt(w['victim_verb'])}(?:[^\w]|$)",
        "nonviolent_victims": rf"^(?:{art})?{_alt(w['nonviolent_victim'])}{s['possessive']}?(?:[^\w]|$)",
        "disease_after": _alt(w["disease"] + w["disease_near"]),
        # a count of cases: the number right before a case noun (388 حاله، 6 حالات وفاه)
        "case_count": rf"[0-9]\s*{s['case']}(?:[^\w]|$)",
        # all up to the last semicolon, or comma before a word that opens another clause (gap_stop: while, where): what is left is the count's clause
        "clause_before": rf"^[\s\S]*(?:[؛;]|[،,]\s*{s['gap_stop']}(?:[^\w]|$))",
        # a named disease or a vaccination anywhere in the sentence (whole words)
        "disease_word": rf"(?:^|[^\w]){pre}(?:{art})?{s['disease']}(?:[^\w]|$)",
        "troop_count_word": rf"(?:^|[^\w]){pre}(?:{art})?{s['troop_count_noun']}(?:[^\w]|$)",
        # a verb of deploying or sending, right before a count or one word (no number) before it (نشر حتي 1100 عنصر، ارسلت الوزاره 300 فرد)
        "deployed_before_count": rf"(?:^|[^\w]){s['PRE']}{s['deployed']}(?:\s+[^\s0-9،,.:;؛!؟]+)?\s*$",
        # a number closed by a scale word in its accusative form (13 الفا): no counted noun follows it
        "closed_scale_end": rf"(?:^|[^\w]){s['closed_scale']}\s*$",
        # a bracketed list of counts after a troop figure in brackets, its first item naming the troop noun, then و + a name and
        # the bracket a bare number opens (ايطاليا (2450 عنصرا) وفرنسا (2000) واسبانيا (: rule cb)
        "bracket_list_before": (rf"[(\[][^()\[\]]*(?:{s['troop_count_noun']}|{_alt(p for p, (_, m) in word_measures()['noun'].items() if m == 'troops')})[^()\[\]]*[)\]]\s*(?:{s['and']}[^\s0-9()\[\]]+\s*[(\[]\s*[0-9]+\s*[)\]]\s*)*"
                                rf"{s['and']}[^\s0-9()\[\]]+\s*[(\[]\s*$"),
        # any troop noun, a counted singular too (3500 جندي ... خفض عديدهم الي 1200): the antecedent of a pronoun's count
        "troop_antecedent_word": (rf"(?:(?:^|[^\w]){pre}(?:{art})?{s['troop_count_noun']}|(?:[0-9]|(?:^|[^\w]){s['number_word']})\s*(?:{s['SCALE']}\s*)?"
                                  rf"{_alt(p for p, (_, m) in word_measures()['noun'].items() if m == 'troops')})(?:[^\w]|$)"),
        # a verb and the pronoun of a relative clause (قتل فيه جندي): the clause's one person
        "verb_in_which": rf"^[^\w]*{pre}{s['VERB']}\s+{s['in_which']}(?:[^\w]|$)",
        # a word glued to "for the" (للاجئين، للقوات): what a number right before it is the number of
        "for_the_word": rf"(?:^|[^\w]){s['for_the']}[^\s0-9]",
        "any_number": rf"[0-9]|(?:^|[^\w]){pre}{s['number_word']}(?:[^\w]|$)",
        # a number (a number word or digits) that ends the text right before a match: a bracketed count after it restates it
        "number_ends": rf"(?:^|[^\w]){pre}(?:{s['number_word']}|[0-9]+)\s*$",
        "gap_stop": rf"(?:^|[^\w]){pre}(?:{s['count_head']}|{s['plural_head']}|{s['toll_head']}|{s['gap_stop']}){s['possessive']}?(?:[^\w]|$)",
        # a casualty word inside a troop count head's words: the soldiers killed (or injured), not a strength
        "troop_toll_killed": rf"(?:^|[^\w]){pre}(?:{s['tail_killed']}|(?:{art})?{_alt(p for p, m in word_measures()['toll_adjective'].items() if m[1] == 'killed')})(?:[^\w]|$)",
        "troop_toll_injured": rf"(?:^|[^\w]){pre}(?:{s['tail_injured']}|(?:{art})?{_alt(p for p, m in word_measures()['toll_adjective'].items() if m[1] == 'injured')})(?:[^\w]|$)",
        "demonstrative_word": rf"(?:^|[^\w]){pre}{s['demonstrative']}(?:[^\w]|$)",
        # what may follow an elliptic figure: a time or place word, or a qualifier written after a number (its first word)
        # (or a word glued to و that opens the next clause: ليصبح العدد الكلي 12500 وارسال 423 شرطيا)
        "ellipsis_next_ok": rf"^(?:{s['PRE1']}(?:{s['ellipsis_next']}|{_alt(q.split()[0] for q in w['qualifier_after'])})|{s['and']}[^\s0-9]{{3,}})$",
        "ellipsis_gap_stop": (rf"(?:^|[\s،,\"]){s['and']}\S|[؛;:]|(?:^|[^\w]){pre}(?:{art})?(?:{s['count_head']}|{s['census_head']}|{s['plural_head']}"
                              rf"|{s['size_head']}|{s['toll_head']}|{s['toll_noun']}|{s['ANYNOUN']}|{s['gap_stop']}){s['possessive']}?(?:[^\w]|$)"),
        "gap_and_only": rf"^[\s،,]*{s['and']}?\s*$",
        "unit_word": rf"^(?:{s['non_victim_unit']}|{s['month']}|{s['number_word']})$",
        "others_only": rf"^{s['others']}$",
        "others_first": rf"^[\s\"]*{s['others']}(?:[^\w]|$)",
        "place_prep_only": rf"^{s['conjunct_place_prep']}$",
        "verb_word": rf"(?:^|[^\w]){s['PRE1']}{s['VERB']}(?:[^\w]|$)",
        "launched_word": rf"(?:^|[^\w]){s['PRE1']}{s['launched']}(?:[^\w]|$)",
        "civil_projectile_first": rf"^[\s\"]*(?:{s['of']}\s+)?(?:{art})?{s['civil_projectile']}(?:[^\w]|$)",
        "mourned_before": rf"(?:^|[^\w]){pre}{s['mourned']}(?:[^\w]|$)",
        "places_hit_exclusion": rf"^{_alt(r['phrase'] for r in _exclusion_rows() if r['reason'] == 'places_hit')}$",
        # a count after ب (with, by): the instrument of a strike (استهداف بخمسه صواريخ), not the places hit
        "instrument_count": rf"(?:^|\s){s['PRE1']}{s['instrument']}\s*(?:{s['QB']}\s*)?\"?(?:[0-9]|{s['number_first']})",
        "and_non_combatant": rf"^[\s\"]*{s['and']}(?:{art})?{s['non_combatant']}{s['possessive']}?(?:[^\w]|$)",
        "number_word_only": rf"(?:^|[^\w]){pre}{s['number_word']}(?:[^\w]|$)",
        # a toll adjective right after a troop noun (8 جنود مصابين، جنديان قتيلان): the soldiers are victims
        "adjective_killed_first": rf"^[\s\"]*(?:{art})?{_alt(p for p, m in word_measures()['toll_adjective'].items() if m[1] == 'killed')}(?:[^\w]|$)",
        "adjective_injured_first": rf"^[\s\"]*(?:{art})?{_alt(p for p, m in word_measures()['toll_adjective'].items() if m[1] == 'injured')}(?:[^\w]|$)",
        "captured_soon": rf"^\s*(?:\S+\s+){{0,3}}?[^\w\s]*{s['tail_captured']}(?:[^\w]|$)",
        "vague_word": rf"(?:^|[^\w]){pre}{s['VAGUE']}(?:[^\w]|$)",
        "range_to_before": rf"[0-9]\s*(?:{s['to']}|-)\s*$",
        "and_first": rf"^[^\w]*{s['and']}",
        "one_or_two_only": rf"^[^\w]*{s['one_or_two']}[^\w]*$",
        "wounded_word": rf"(?:^|[^\w]){pre}(?:{art})?{s['wounded']}(?:[^\w]|$)",
        # a wound named in or after an injury count (بجروح، جرحي): a disease after it is another group's
        "wound_named": rf"(?:^|[^\w]){pre}(?:{s['wound_phrase']}|(?:{art})?{s['wounded']})(?:[^\w]|$)",
        # a casualty or capture word inside a count's words (عدد الجنود الذين قتلوا)
        "victim_word": (rf"(?:^|[^\w]){pre}(?:{s['tail_killed']}|{s['tail_injured']}|{s['tail_captured']}|{s['killed_before']}"
                        rf"|{s['injured_before']})(?:[^\w]|$)"),
        # what ends the words before a singular toll noun that is no count of one: a number, a negation, a quantifier
        "singular_not_one": (rf"(?:[0-9]|(?:^|[^\w]){pre}(?:{s['number_word']}|{s['singular_not_one']}))"
                             rf"(?:\s+(?:{s['toll_singular']}|{s['singular_pair_first']})(?:\s+{s['or']})?)?[^\w0-9]*$"),
        # a negation up to three words before a singular toll noun (لم يسفر الهجوم عن قتيل)
        "singular_negated": rf"(?:^|[^\w]){pre}{s['singular_negation']}\s+(?:\S+\s+){{0,3}}$",
        # a negation in the last words before a count of one (ولم تطلق الجماعه او حلفاؤها صاروخا واحدا): not a single one, none
        "one_negated": rf"(?:^|[^\w]){pre}{s['clause_negation']}\s+(?:\S+\s+){{0,6}}$",
        "negation_except": rf"(?:^|[^\w]){s['negation_except']}\s+(?:\S+\s+){{0,6}}$",
        # a toll before a conjunct singular toll noun (قتيلان من الجيش وقتيل): a number, a toll noun, a dual, another singular
        "toll_before": (rf"[0-9]|(?:^|[^\w]){pre}(?:{art})?(?:{s['number_word']}|{s['toll_noun']}|{s['toll_singular']}|{s['DUAL']})(?:[^\w]|$)"),
        # a condition or a question before a singular toll noun in its sentence (rule sg), or a question mark in it
        "singular_not_stated": rf"(?:^|[^\w]){pre}{s['singular_not_stated']}(?:[^\w]|$)",
        "question_mark": r"[?\x{061F}]",
        # a definite noun right after a singular toll noun: the noun is in construct (قتيل الحب), no count
        "definite_next": rf"^\s*{art}\S",
        "part_of_them": rf"(?:^|[^\w]){pre}{s['part_of_them']}[^\w]*$",
        # a part of the group, then the casualty verb (معظمهم قتلوا): the part was killed, not the count
        "part_killed": rf"(?:^|[^\w]){pre}{s['part_of_them']}\s+{s['tail_killed']}(?:[^\w]|$)",
        "dual_passive_verb": rf"^{s['dual_passive_verb']}$",
        "person_dual_only": rf"^{s['PDU']}$",
        "before_noise": rf"(?:^|[^\w]){pre}{s['before_noise']}(?:[^\w]|$)",
        "exclusion_word": rf"(?:^|[^\w]){pre}{s['EXCL']}(?:[^\w]|$)",
        "fired_exclusion": rf"^{_alt(w['exclusion_fired'])}$",
        "fired_word": rf"(?:^|[^\w]){pre}{_alt(w['exclusion_fired'])}(?:[^\w]|$)",
        "code_before": rf"(?:^|[^\w]){pre}{s['code_word']}(?:\s+\S+)?\s*$",
        "unit_before": rf"(?:^|[^\w]){pre}{s['unit_number_head']}\s*$",
        "component_after": rf"^\s*{s['component_adjective']}(?:[^\w]|$)",
        "casualty_noun": (rf"(?:^|[^\w]){pre}(?:{art})?"
                          rf"{_alt(p for p, (_, m) in word_measures()['noun'].items() if m in CASUALTY)}(?:[^\w]|$)"),
        # a number of a subset or a conjoined count (بينهم 12، و11 من): part of the same count
        "casualty_first": (rf"^[\s\"]*{pre}(?:{art})?"
                           rf"{_alt(p for p, (_, m) in word_measures()['noun'].items() if m in CASUALTY)}(?:[^\w]|$)"),
        # a noun of attacks or projectiles right after a number (والتي بلغت 18 غاره): the number counts those, not a toll
        "event_noun_first": (rf"^[\s\"]*(?:{art})?"
                             rf"{_alt(p for p, (_, m) in word_measures()['noun'].items() if m in ('attacks', 'projectiles'))}(?:[^\w]|$)"),
        "subset_persons_word": rf"(?:^|[^\w]){_alt(w['subset_persons'])}(?:[^\w]|$)",
        "not_construct_next": rf"^(?:{_alt(w['not_construct_next'])})$",
        "subset_number": rf"(?:{s['subset']}\s+|(?:^|\s){s['and']}\s*)(?:{s['QB']}\s+)?(?:[0-9]+|{s['number_word']}(?:[^\w]|$))",
        # what follows a count that names what it counts: a person or a trigger noun (22 مسلحا، 5 اشخاص)
        "noun_first": rf"^[\s\"]*(?:{s['of']}\s+)?(?:{art})?(?:{s['counted_person']}|{s['ANYNOUN']}|{s['PSG']}|{s['PDU']})(?:[^\w]|$)",
        "scale_first": rf"^[^\w]*{s['PRE1']}{s['scale']}(?:[^\w]|$)",
        # a scale word right before the count's digits, or inside the count right before digits,
        # with no و between (وألفين 888 شرطيا, الف 200 شخص): thousands and a remainder the grammar
        # does not join, or two numbers side by side; either reading may be wrong
        "scale_last": rf"(?:^|[^\w]){s['PRE1']}{_thousands()}\s*$",
        "scale_then_digits": rf"(?:^|[^\w]){s['PRE1']}{_thousands()}\s+[0-9]",
        # (after digits the pair is thousands and a remainder the grammar reads: 21 ألفا 350)
        "digits_scale_last": rf"[0-9]\s*{s['PRE1']}{_thousands()}\s*$",
        "digits_scale_digits": rf"[0-9]\s*{s['PRE1']}{_thousands()}\s+[0-9]",
        "civil_after": rf"^[\s\"]*{s['civil_operation']}(?:[^\w]|$)",
        "number_before": rf"(?:^|\s){art}(?:{s['number_word']}|\s*[0-9]+)\s*$",
        # a scale word right before a fraction of a scale (المليون وربع مليون): the fraction ends the longer number
        "scale_end": rf"(?:^|\s)(?:{art})?{s['scale']}\s*$",
        "fraction_first": rf"^[^\w]*{s['PRE1']}{s['fraction']}\s",
        "seized_word": (rf"(?:^|[^\w]){pre}{_alt(x for x in w['exclusion'] if x not in w['exclusion_fired'])}"
                        rf"{s['captured_suffix']}?(?:[^\w]|$)"),
        "man_civil_only": rf"^{pre}{s['man_civil']}$",
        "person_first": rf"^[\s\"]*{s['counted_person']}(?:[^\w]|$)",
        "fired_word": rf"(?:^|[^\w]){pre}{_alt(w['exclusion_fired'])}{s['captured_suffix']}?(?:[^\w]|$)",
        "one_of_first": rf"^{s['one_of']}\s",
        "force_noun_first": rf"^(?:{art})?{s['force_noun']}(?:[^\w]|$)",
        # one of, or both of, right before a definite dual (احدي القذيفتين، كلا الصاروخين): the two named before
        # a counted plural noun (or its accusative after 11-99) that ends the text right before a match: the noun of a count
        "counted_person_ends": rf"(?:^|[^\w]){s['counted_person']}[\s\"]*$",
        # و + a person noun in -ين that is also a sound masculine plural (مقيمين: two residents, or residents)
        "and_counted_person_only": rf"^[^\w]*{s['and']}{s['counted_person']}(?:[^\w]|$)",
        "one_or_both_of_before": rf"(?:^|[^\w]){s['PRE1']}(?:{s['one_of']}|{s['both_of']})\s*$",
        "one_of_this": rf"^{s['one_of']}\s+{s['demonstrative']}$",
        "natural_death": rf"^{s['natural_death']}$",
        # a storm, a flood, a heat wave, a drowning or a road accident named in the sentence (الإعصار، غرقا، حوادث مرورية)
        "disaster_word": rf"(?:^|[^\w]){s['PRE1']}(?:{art})?{s['disaster_word']}(?:[^\w]|$)",
        # a verb or noun of executing (اعدمت السلطات، تنفيذ حكم الاعدام)
        "execution_verb": rf"(?:^|[^\w]){s['PRE1']}{s['execution_verb']}(?:[^\w]|$)",
        # a month name (with its day, or after a slash: 26 اذار/مارس) right before a year: the year is a date's
        "month_before": rf"(?:^|[^\w]){s['month']}\s*$",
        "month_first": rf"^[\s\"(]*{s['month']}(?:[^\w]|$)",
        "year": r"(?:^|[^\w0-9])(?:19|20)[0-9]{2}(?:[^\w0-9]|$)",
        "bracket_code": rf"[)\]]\s*{s['of']}\s",
        # After a troop noun: the soldiers were the victims, not a strength.
        "tail_killed": tail.format(words=s["tail_killed"]),
        "tail_injured": tail.format(words=s["tail_injured"]),
        "tail_captured": tail.format(words=s["tail_captured"]),
        "tail_treated": tail.format(words=s["tail_treated"]),
        # Before a troop noun: a casualty or capture verb.
        "killed_before": rf"(?:^|[^\w]){pre}{s['killed_before']}(?:[^\w]|$)",
        # the doers named right before the count (قتلوا علي يد 7 عناصر من الحركه): the count is of the killers, not the killed
        "perpetrator_before": rf"(?:^|[^\w]){s['PRE1']}{s['perpetrator_before']}\s*$",
        # a sentence that opens with a killing verb, then up to fifteen words with no clause break, before the count; a
        # comma may close the last of them, the subject's phrase, right before the count (قتلت الجماعة في الجنوب، 4 جنود)
        "killed_opening": rf"^[^\w]*{pre}{s['killed_opening']}\s+(?:[^\s،,.:;؛]+\s+){{0,15}}(?:[^\s،,.:;؛]+[،,]\s*)?$",
        # a date's day (29 جويليه) or a year: no count
        "date_number": rf"(?:[0-9]+\s*{s['month']}(?:[^\w]|$)|(?:^|[^\w0-9])(?:19|20)[0-9]{{2}}(?:[^\w0-9]|$))",
        "both_before": rf"(?:^|[^\w]){pre}{s['both_before']}(?:[^\w]|$)",
        "injured_before": rf"(?:^|\s){pre}{s['injured_before']}(?:\s|$)",
        "captured_before": rf"(?:^|[^\w]){pre}{s['captured_prefix']}?{s['captured_before']}{s['captured_suffix']}?(?:\s|$)",
        # a capture word with a pronoun, then "with" right before the count (بعد اختطافه رفقه 3 جنود): taken with him
        "captured_with": rf"(?:^|[^\w]){pre}{s['captured_prefix']}?{s['captured_before']}{s['possessive']}?\s+{s['captured_companion']}\s*$",
        # an aside between two commas that ends right before a count (، منذ يناير الماضي، 7 جنود): up to twelve words
        "aside_end": r"[،,]\s*(?:[^\s،,.:;؛!؟]+\s+){1,12}?[^\s،,.:;؛!؟]*[،,]\s*$",
        "deployed": s["deployed"],
        "deployed_word": rf"(?:^|[^\w]){s['PRE1']}{s['deployed']}(?:[^\w]|$)",
        # "out of" right before a count: the whole the victims were part of (مقتل 12 جنديا من اصل 23 عسكريا)
        "out_of_end": rf"(?:^|[^\w]){s['out_of']}[^\w]*$",
        # a multiplier right after a number (ثلاثه اضعاف عدد القتلي): times, not a count
        "multiplier_first": rf"^[\s\"]*{s['multiplier']}(?:[^\w]|$)",
        "scale_word": s["SCALE"],
        "hundreds_word": s["HUNDREDS"],
        "military_unit_first": rf"^[\s\"]*{s['military_unit']}(?:[^\w]|$)",
        # a noun that counts only beside a military word (عنصر، فرد، عمليات), with its article or a possessive
        "needs_military": rf"^(?:{art})?(?:{s['noun_mil']}|{_alt(w['dual_mil'])}){s['possessive']}?$",
        "both_after": rf"^[\s\"()]*(?:\S+\s+){{0,5}}?(?:{s['what']}\s+)?{s['both_after']}",
        "both_next": rf"^[\s\"()]*{s['and']}{s['AL']}{s['both_next']}(?:[^\w]|$)",
        # a count's singular toll noun joined by و to the other one (300 قتيل وجريح، 45 قتيلا وجريحا): the
        # casualty nouns of more than one word in figure_triggers.csv (بين قتيل وجريح is one: both_after)
        "casualty_pair_first": (rf"^[\s\"()]*(?:{art})?"
                                rf"{_alt(p for p, (_, m) in word_measures()['noun'].items() if m == 'casualties' and ' ' in p)}(?:[^\w]|$)"),
        "subset_tail": rf"(\s+(?:{s['of']}\s+)?{s['subset']}[^\w]*)$",
        # the words of a count (rule pk) from the first conjunct count on (… متشدد و17 من الضباط والجنود قتلوا)
        # (or و + a dual person noun: 9 جنود وضابطين من القوات … قتلوا, the two read by rule cj)
        "conjunct_tail": rf"((?:^|[\s،,]){s['and']}\s*(?:(?:{s['QB']}\s+)?(?:[0-9]|{s['number_first']}(?:[^\w]|$))|{s['PDU']}(?:[^\w]|$))[\s\S]*)$",
        "subset_word": rf"(?:^|[^\w]){s['PRE1']}(?:{s['of']}\s+)?{s['subset']}(?:[^\w]|$)",
        # a subset word earlier in the clause, no clause break after it (مقتل 15 مدنيا بينهم 8 اطفال وامراه): what follows is its part
        "in_subset": rf"(?:^|[^\w]){s['PRE1']}(?:{s['of']}\s+)?{s['subset']}\s[^.،,؛;:!؟]*$",
        # a count of troops in a clause of deployment or presence, with a conjunct count of persons after it that the casualty
        # verb befalls (نشر 500 جندي في المدينه، و20 مسلحا قتلوا): the troop noun right after the count, and a deployment or
        # presence word in the few words before the count or in its words before the conjunct (rule pk)
        "troop_noun_first": rf"^[\s\"]*(?:{s['of']}\s+)?(?:{art})?(?:{_alt(p for p, (_, m) in word_measures()['noun'].items() if m == 'troops' and p not in set(w['noun_mil']))}|{s['troop_count_noun']})(?:[^\w]|$)",
        "conjunct_person": rf"(?:^|[\s،,]){s['and']}\s*(?:{s['QB']}\s+)?(?:{s['NUM']})\s*(?:{s['counted_person']}|{s['FORCE_NISBA']})(?:[^\w]|$)",
        # or a count of a part of them (و20 منهم قتلوا, و15 من بينهم اصيبوا, منهم 20 قتلوا): a shape of its own, light (a number's
        # first word or digits), beside conjunct_person
        "conjunct_part": rf"(?:^|[\s،,]){s['and']}\s*(?:{s['QB']}\s+)?(?:[0-9]+|{s['number_word']})\s*(?:{s['of']}\s+{s['subset']}|{s['of_them']})(?:[^\w]|$)"
                         rf"|(?:^|[\s،,]){s['and']}?(?:{s['of']}\s+)?{s['subset']}\s+(?:{s['QB']}\s+)?(?:[0-9]|{s['number_first']}(?:[^\w]|$))",
        # a casualty verb right after a conjunct count of persons (و20 مسلحا قتلوا): the count's own verb
        # the words of a part right after its count (و20 منهم، و15 من بينهم): left out before its own verb is read (rule es)
        "subset_lead": rf"^\s*(?:{s['of']}\s+)?(?:{s['subset']}|{s['of_them']})(?:[^\w]|$)",
        # an aside between commas that breaks a count down (15 شخصا، بينهم عشره مسلحين وخمسه جنود، قتلوا): not counted in
        # the words between the count and its verb (rule pk)
        "subset_aside": rf"[،,]\s*(?:{s['of']}\s+)?{s['subset']}\s[^،,.]*[،,]",
        "own_verb_next": rf"^(?:\s+{s['WORD_ND']})?[\s،,]+({s['after_verb']})(?:[^\w]|$)",
        # a force's count head (عدد الجنود، تعداد قواتها), not of a toll (عدد الجنود القتلي): what a later bare number refers to (rule tw)
        "troop_count_head": rf"(?:^|[^\w]){pre}(?:{art})?(?:{s['count_head']}|{s['census_head']})\s+(?:{art})?{s['troop_count_noun']}{s['possessive']}?(?:[^\w]|$)",
        "deploy_clause_word": rf"(?:^|[^\w]){s['PRE1']}(?:{s['deployed']}|{s['deploy_after']}|{s['presence_verb']})(?:[^\w]|$)",
        "nisba_first": rf"^\s*(?:{s['between']}\s+|{s['they']}\s+)?\S+{s['nisba_suffix']}(?:\s|$)",
        "gap_addition": rf"^[\s،,]*(?:[^\s0-9]+\s+){{0,4}}?{s['in_addition']}\s*$",
        "gap_inherits": rf"^[\s،,\"]*{s['gap_link']}?[\s\"]*$",
        "gap_and": rf"^[^\w]*{s['and']}",
        # a sentence that opens with "in addition to" right before its first count (… قتلوا في القصف. بالاضافه الي 3 مرتزقه):
        # the count continues the last one of the sentence before
        "opening_addition": rf"^[^\w]*(?:{s['and']})?{s['in_addition']}\s*$",
        # an opening bracket right after a count (35 جريحا (33 من عناصر الشرطة ومدنيان)): what it holds is that count's breakdown
        "gap_bracket": r"^\s*[(\[]\s*$",
        "year_before": rf"(?:^|\s){s['PRE1']}{s['year_word']}\s*$",
        "since_before": rf"(?:^|\s){s['PRE1']}{s['since']}\s*$",
        "year_first": r"^(?:19|20)[0-9]{2}(?:[^\w0-9]|$)",
        "definite": rf"^[^\w]*{s['PRE1']}{art}",
        "article": rf"^{art}",
        "object_verb_bare_only": rf"^(?:{s['object_verb_bare']})$",
        "count_stop": rf"(?:^|[^\w]){s['PRE1']}(?:{s['VERB']}|{s['EXCL']}|{s['count_stop']})(?:[^\w]|$)",
        "military_word": s["MILWORD"],
        # a troop noun followed by a toll noun (عدد الجنود القتلي): the count is of the killed, read by the toll rules
        "troop_then_toll": rf"{s['troop_count_noun']}{s['possessive']}?\s+(?:{art})?{s['toll_noun']}(?:[^\w]|$)",
        "destroy_exclusion": rf"^{_alt(w['destroy_verb'])}$",
        "air_defence_word": rf"(?:^|[^\w]){s['PRE1']}(?:{art})?{s['air_defence']}(?:[^\w]|$)",
        "conflict_word": rf"(?:^|[^\w]){s['PRE1']}(?:{art})?{s['conflict_word']}(?:[^\w]|$)",
        # a count of injuries by gunfire or shrapnel (3 اصابات بالرصاص الحي): the sentence speaks of fire at persons
        "injuries_by_fire": rf"(?:[0-9]|{s['number_word']})\s*{s['injury_noun']}\s+{s['fire_wound']}(?:[^\w]|$)",
        "killed_cue": rf"(?:^|[^\w]){s['PRE1']}(?:{art})?{s['killed_cue']}(?:[^\w]|$)",
        # (or a number right before it, in brackets or not: (685) وفاه واصابه (1495) شخص: the deaths are counted by that number;
        # not a year, nor a list's "1)")
        # a toll of the killed as the subject of a verb of amounting right before a count (قتلي الحزب … بلغ 865 عنصرا، بلغ عدد
        # قتلي الحزب … ، الفا و276 مقاتلا، ان قتلاهم … العدد يتخطي 1500 مقاتل): the fighters counted are the dead, no strength
        "toll_amount_before": _toll_amount_before(s),
        # a year, also glued to a proclitic (بين عامي 1990 و1995)
        "year_glued": r"(?:^|[^0-9])(?:19|20)[0-9]{2}(?:[^0-9]|$)",
        "death_cases_before": rf"(?:(?:^|[^\w]){s['PRE1']}{s['death_case']}|(?:^|[^\w0-9])(?:[(\[]\s*{_COUNT_DIGITS}\s*[)\]]|{_COUNT_DIGITS}))\s*$",
        "sports_word": rf"(?:^|[^\w]){s['PRE1']}(?:{art})?{s['sports_word']}(?:[^\w]|$)",
        "adviser_only": rf"^(?:{s['adviser_noun']})$",
        "nisba_only": rf"^{s['FORCE_NISBA']}$",
        "adviser_not_state": rf"^(?:{art})?{s['adviser_not_state']}",
        "member_noun": rf"^(?:{art})?{s['noun_mil']}$",
        "court_word": rf"(?:^|[^\w]){pre}(?:{art})?{s['court_word']}(?:[^\w]|$)",
        "mourned_before": rf"(?:^|[^\w]){pre}{s['mourned']}(?:[^\w]|$)",
        "martyr_after": rf"^[^\w]*(?:\S+\s+){{0,3}}?{pre}(?:{art})?{s['martyr']}(?:[^\w]|$)",
        # a martyr's title right after a count of soldiers (11 جنديا "شهيدا"): they were killed
        "martyr_next": rf"^[\s\"]*{s['martyr_next']}(?:[^\w]|$)",
        # "among the wounded / the killed" earlier in the clause of a count (ومن بين الجرحى … 18 جنديا): no clause break or comma
        # and no deployment verb between, at most twenty words
        "among_injured": rf"(?:^|[^\w]){pre}{s['among_injured']}\s+(?:[^\s؛;:.!؟،,]+\s+){{{{0,20}}}}[^\w\s]*$".replace("{{", "{").replace("}}", "}"),
        "among_killed": rf"(?:^|[^\w]){pre}{s['among_killed']}\s+(?:[^\s؛;:.!؟،,]+\s+){{{{0,20}}}}[^\w\s]*$".replace("{{", "{").replace("}}", "}"),
        # a killing, a count, then "they are" opening its partition (قتل 13 شخصا هم 5 عناصر …، وصل عدد الذين قتلوا الي 403، وهم: …
        # اضافه الي 187 من قوات): the soldiers counted after it are a part of the killed, in the same sentence
        "partition_killed": rf"(?:^|[^\w]){s['PRE1']}{s['killed_before']}(?:[^\w]|$)[^.!؟؛;]*?(?:[0-9]+|{s['number_word']})(?:\s+[^\s0-9،,.:;؛]+)?"
                            rf"[\s،,]*(?:^|\s){s['and']}?{s['they']}\s*:?\s[^.!؟؛;]*$",
        # fighters who carry out an attack a few words after their count (اثنين من عناصره، احدهما ليبي … نفذا عمليتين)
        "attackers_after": rf"^[^\w]*(?:[^\s0-9]+\s+){{0,6}}?{s['PRE1']}(?:{s['attackers_verb']}|{s['carried_out']}\s+{s['attack_object']})(?:[^\w]|$)",
        # an attack noun and "by" right before the count (كمين من قبل 200 مسلح)
        "attacked_by_before": rf"(?:^|[^\w]){pre}{s['attacked_by']}\s*$",
        "one_of_injured_back": rf"^{s['one_of']}\s+{s['back_injured']}$",
        "one_of_killed_back": rf"^{s['one_of']}\s+{s['back_killed']}$",
        "force": s["FORCE"],
        "target": (rf"^\s*(?:[^\s]+\s+){{0,4}}?(?:{s['target_prep']}|{s['target_verb_stem']}\S*)\s+"
                   rf"({s['target_place']}\s+[^\s،,.]+(?:\s+[^\s،,.]+)?)"),
    }


@lru_cache(maxsize=None)
def _exclusion_rows() -> list[dict]:
    from .reference import read_csv

    return read_csv("exclusions.csv")


def _c(name: str) -> str:
    return context()[name]


def _r(*names: str) -> pl.Expr:
    return pl.col("rule").is_in(list(names))


def _role(role: str, *rules: str) -> pl.Expr:
    """A group role shared by several rules (each row has only its own rule's groups)."""
    return pl.coalesce([pl.col(f"{role}_{r}") for r in rules])


_no_military = lambda: ~pl.col("norm").str.contains(_c("military_word"))
# the last words before a singular toll noun (rule sg), without the و of a conjunct one (قتيلان من الجيش وقتيل): the
# located ``before`` ends at a word's edge and is empty after a glued و
_sg_before = lambda: (pl.col("head").fill_null("").str.tail(400).str.replace(rf"{re.escape(word('and'))}$", "")
                      .str.extract(r"((?:\S+\s+){0,5}[^\w\s]*)$", 1).fill_null(""))
# a launch verb a few words after a count of projectiles: they were fired (دمرت 12 مسيره اطلقها الحوثيون)
_launched = lambda: pl.col("after").str.slice(0, LAUNCH_WINDOW).str.contains(_c("launched_word"))
# projectiles shot down or intercepted, or destroyed beside an air-defence word, before the count (nn's excl group): fired
# at someone, and their downing is itself the military context a bare مسيره needs (تم اسقاط 21 مسيره)
_downed = lambda: (pl.col("excl_nn").str.contains(_c("fired_exclusion"))
                   | (pl.col("excl_nn").str.contains(_c("destroy_exclusion")) & pl.col("norm").str.contains(_c("air_defence_word"))))
# a troop figure a few words before, in the same sentence, with no other number between (elliptic figures)
_near_troops = lambda: ((pl.col("prev_measure") == "troops") & ~pl.col("gap_number")
                        & (pl.col("gap").str.count_matches(r"\S+") <= RANGE_MAX_GAP) & ~pl.col("gap").str.contains(r"[؛;:]")).fill_null(False)
# a part of a troop figure named by its number first (وانتقل 800 منهم): its clause may follow a clause of the force's own
# (… 2000 مقاتل، ووصلت الي طبرق خلال الفتره الماضيه، وانتقل 800 منهم), further than a casualty's part; no sentence break
_part_of_troops_near = lambda: ((pl.col("rule") == "es") & (pl.col("prev_measure") == "troops")
                                & (pl.col("gap").str.count_matches(r"\S+") <= PART_OF_TROOPS_MAX_GAP) & ~pl.col("gap").str.contains(r"[.؛;:]"))
# this number (هذا العدد) as the first figure of its sentence, no number before it there, and the last figure of the sentence
# before counting troops
_back_reference = lambda: (pl.col("m").str.contains(_c("demonstrative_word")) & pl.col("prev_measure").is_null()
                           & (pl.col("last_measure") == "troops") & (pl.col("last_sent") == pl.col("sent_idx") - 1)
                           & ~pl.col("head").str.contains(_c("any_number"))).fill_null(False)
# a force's count head in a text with no number and no word of a toll (rule tw)
_count_head_before = lambda text: (text.str.contains(_c("troop_count_head")) & ~text.str.replace_all(_c("year"), " ").str.contains(r"[0-9]")
                                   & ~text.str.contains(_c("troop_toll_killed")) & ~text.str.contains(_c("troop_toll_injured"))
                                   & ~text.str.contains(_c("troop_then_toll")))
_troop_toll_word = lambda: pl.col("m").str.contains(_c("troop_toll_killed")) | pl.col("m").str.contains(_c("troop_toll_injured"))


def _strip_al(e: pl.Expr) -> pl.Expr:
    return e.str.replace(_c("article"), "")


@lru_cache(maxsize=None)
def _plausible_max() -> dict[str, int]:
    """Measure -> the largest value the extractor keeps (data/reference/extraction_limits.csv)."""
    return {m: int(limit("max_" + m)) for m in ("troops", "attacks", "projectiles") + CASUALTY}


@lru_cache(maxsize=None)
def limit(name: str) -> float:
    """A number the extractor works with (data/reference/extraction_limits.csv)."""
    from .reference import read_csv

    return {r["name"]: float(r["value"]) for r in read_csv("extraction_limits.csv")}[name]

# ---------------------------------------------------------------------------------------
# Exclusions: named, each with its reason. Order within a stage is the order explain reports.
# ---------------------------------------------------------------------------------------
EXCLUSIONS: tuple[Exclusion, ...] = (
    # -- on a rule's own matches, before overlaps are resolved: what the match alone shows
    #    is no figure, so it cannot hide another rule's figure there --------------------------
    Exclusion("no_measure", "the trigger word names no measure", "match",
              lambda: ~(pl.col("table").is_not_null() | _r(*[r.name for r in RULES if r.inherits]))),
    Exclusion("no_value", "the number could not be read as an integer", "match",
              lambda: ~(pl.col("value").is_not_null() | pl.col("value_low").is_not_null())),
    Exclusion("verb_too_far", "the verb is more than 12 words after the count (not counting an aside that breaks the count "
              "down between commas): it belongs to someone else", "match",
              lambda: pl.col("words_pk").fill_null("").str.replace_all(_c("subset_aside"), " ").str.count_matches(r"\S+") > PK_MAX_WORDS),
    Exclusion("verb_is_own_action", "a verb glued to a conjunction after the count is what the counted did, not what befell them",  # مسلحان وقتلا
              "match", lambda: pl.col("words_pk").fill_null("").str.contains(narrow(r"\w$"))),
    Exclusion("verb_after_another_count", "a casualty noun stands between the count and the verb: the verb follows another count", "match",
              lambda: pl.col("words_pk").fill_null("").str.contains(_c("casualty_noun"))),
    Exclusion("pronoun_count_names_noun", "a pronoun's count followed by its noun is read by the noun's rule", "match",
              lambda: _role("noun", "tp", "ba").is_not_null()),
    # وعددها 40 صندوقا، وعددهم 144 موقوفا
    Exclusion("pronoun_count_next_word", "a word right after a pronoun's count that follows its head, that is no time or place "
              "word: the count names what it counts, and no troop noun is that", "match",
              lambda: (pl.col("num3_tp").is_not_null() & pl.col("next_tp").is_not_null() & ~pl.col("num3_tp").str.contains(narrow(r"[^\w\s]\s*$"))
                       & ~pl.col("num3_tp").str.contains(_c("closed_scale_end"))
                       & ~pl.col("next_tp").str.contains(_c("ellipsis_next_ok"))).fill_null(False)),
    Exclusion("bound_next_word", "a word right after the number of a bound (not a troop noun, a time or a place word, nor a "
              "definite word, which opens the clause's next part): a unit or another thing counted (a share, a sum)", "match",
              lambda: (pl.col("next_tu").is_not_null() & ~pl.col("num2_tu").str.contains(r"[^\w\s]\s*$")
                       & ~pl.col("next_tu").str.contains(_c("ellipsis_next_ok")) & ~pl.col("next_tu").str.contains(_c("article"))).fill_null(False)),
    Exclusion("number_between", "another number, not a subset's or a conjoined one, stands between the count and the verb", "match",
              lambda: pl.col("words_pk").fill_null("").str.replace_all(_c("subset_number"), " ").str.contains(r"[0-9]")),
    Exclusion("bare_count_before_another", "a bare number (no noun after it) with a number word between it and the verb: the verb "
              "follows that later count (less than 24 [hours] after ... four soldiers were wounded)", "match",
              lambda: pl.col("num_pk").is_not_null() & ~pl.col("words_pk").fill_null("").str.contains(_c("noun_first"))
              & pl.col("words_pk").fill_null("").str.replace_all(_c("subset_number"), " ").str.contains(_c("any_number"))),
    Exclusion("unit_before_verb", "a unit of time, money or measure follows the count (an age before the verb)", "match",
              lambda: pl.col("words_pk").fill_null("").str.strip_chars_start().str.contains(_c("not_victim"))),
    Exclusion("troops_before_conjunct_toll", "a count of troops in a clause of deployment or presence, then a conjunct count of persons "
              "before the casualty verb (deployed 500 soldiers, and 20 gunmen were killed): the verb befalls the conjunct, the troops are a strength",
              "match", lambda: (pl.col("words_pk").str.contains(_c("troop_noun_first")) & (pl.col("words_pk").str.contains(_c("conjunct_person")) | pl.col("words_pk").str.contains(_c("conjunct_part")))
                                & (pl.col("pre_pk").str.contains(_c("deploy_clause_word"))
                                   | pl.col("words_pk").str.replace(_c("conjunct_tail"), "").str.contains(_c("deploy_clause_word")))).fill_null(False)),
    Exclusion("part_of_them", "a part of the group (most of them) stands right before the verb: the verb says what befell the part", "match",
              lambda: pl.col("words_pk").fill_null("").str.contains(_c("part_of_them"))),
    Exclusion("dual_verb_one_person", "one person after 'and' with a dual verb (a woman and a man, both injured): the verb counts two, the conjunct one", "match",
              lambda: pl.col("verb_pv").str.contains(_c("dual_passive_verb")) & ~pl.col("person_pv").str.contains(_c("person_dual_only"))),
    Exclusion("attack_toll_of_casualties", "the toll of attacks followed by a casualty noun (the attacks' toll rose to 11 killed) counts the casualties",
              "match", lambda: ((pl.col("measure") == "attacks") & pl.col("next_tl").str.contains(_c("casualty_first"))).fill_null(False)),
    Exclusion("toll_number_counts_events", "a casualty toll's number followed by a noun of attacks or projectiles (the toll of the "
              "campaign, which reached 18 strikes, ...) counts those, not the dead: rule nn reads it", "match",
              lambda: (pl.col("measure").is_in(list(CASUALTY)) & pl.col("next_tl").str.contains(_c("event_noun_first"))).fill_null(False)),
    # قتل 20 شخصا في الغارات، بينهم 5 اطفال (بينهم، منهم: among them, of people)
    Exclusion("persons_among_things", "a subset of persons (among them, of people) right after a noun of attacks or "
              "projectiles (20 killed in the strikes, among them 5 children): the count is of the people of an earlier count, not of strikes", "match",
              lambda: (~pl.col("measure").is_in(list(CASUALTY)) & pl.col("m").str.contains(_c("subset_persons_word"))).fill_null(False),
              rules=("ts",)),
    # اصيب عنصرا في الهجوم
    Exclusion("construct_before_preposition", "a preposition or an adverb right after the person noun in -a: no "
              "construct follows, so the noun is a misspelt singular, not a dual", "match",
              lambda: pl.col("next_vc").str.contains(_c("not_construct_next")).fill_null(False)),
    Exclusion("rise_not_toll", "a rise named right before a noun of attacks (a rise in heart beats) is no toll: only casualties rise so", "match",
              lambda: (pl.col("rise_tl").is_not_null() & ~pl.col("measure").is_in(list(CASUALTY))).fill_null(False)),
    Exclusion("count_of_seized", "the words between a count head and its number say the things were seized, found or destroyed "
              "(not destroyed after an interception: those were fired)", "match",
              lambda: pl.col("m").str.contains(_c("seized_word")) & ~pl.col("m").str.contains(_c("fired_word"))),
    Exclusion("members_counted_as_persons", "members (of a cell, a network) counted in persons are no force's strength", "figure",
              lambda: (_role("noun", "tq").str.contains(_c("needs_military")) & pl.col("after").str.contains(_c("person_first"))).fill_null(False)),
    Exclusion("men_of_a_trade", "men of a civil trade (firemen, rescuers, businessmen) or of the police, read by their own noun, are no deployment of troops",
              "match", lambda: _role("next", "dm", "mc").fill_null("").str.contains(_c("man_civil_only"))),
    Exclusion("men_without_force", "men counted with no military word in their sentence are any men (a crowd, a village's men)", "figure",
              _no_military),
    Exclusion("subset_opens_range", "the subset's number opens a range (of them 6 to 7 thousand fighters): the range is rule rg's, "
              "with its shared magnitude", "match",
              lambda: pl.col("rangeto_el").is_not_null()),
    Exclusion("range_end", "the count is the high end of a range written N to M", "figure",
              lambda: pl.col("before").str.contains(_c("range_to_before"))),
    Exclusion("and_count", "a count after and is a conjunct, read by the conjunct rules", "match",
              lambda: _role("num", "nh").str.contains(_c("and_first")) | pl.col("m").str.contains(_c("and_first"))),
    Exclusion("one_or_two_alone", "one or two written after a noun is not a count of what follows", "match",
              lambda: _role("num", "nh").str.contains(_c("one_or_two_only"))),
    Exclusion("count_passes_a_number", "a number word stands between a troop count head and the number: the change from it is "
              "rules tf and tg's (the number of soldiers ... from two thousand soldiers to 900)", "match",
              lambda: pl.col("gap_tt").fill_null("").str.contains(_c("number_word_only"))),
    Exclusion("far_toll_interrupted", "the many words between a toll noun and its number hold another count head or open another "
              "clause (the number of its inhabitants was ..., while ...): the number is that one's", "match",
              lambda: pl.col("gap_tl").fill_null("").str.contains(_c("gap_stop"))),
    Exclusion("conjunct_without_pair", "and + a count before a casualty verb is read only right after the count it is joined to "
              "(rule pa), which shares the verb", "context",
              lambda: ~((pl.col("prev_rule") == "pa") & pl.col("gap").str.contains(_c("gap_and_only"))).fill_null(False)),
    Exclusion("conjunct_bare_without_count", "and + a number with no noun of its own counts only a few words after a casualty count, "
              "with no other number between (and + N others also after a troop figure, with no casualty verb between; and + N in a place "
              "too, near it: 900 soldiers in Syria and 2500 in Iraq)", "context",
              lambda: ~((pl.col("prev_measure").is_in(CASUALTY) & pl.col("near") & ~pl.col("gap_number"))
                        | ((pl.col("prev_measure") == "troops") & pl.col("next_cx").str.contains(_c("others_only")) & ~pl.col("gap_number")
                           & ~pl.col("gap").str.contains(_c("verb_word")))
                        | ((pl.col("prev_measure") == "troops") & pl.col("next_cx").str.contains(_c("place_prep_only")) & pl.col("near")
                           & ~pl.col("gap_number") & ~pl.col("gap").str.contains(_c("verb_word")))
                        ).fill_null(False)),
    Exclusion("conjunct_of_a_unit", "and + a number of a unit, a time, a number or a share (the 23rd of the month, 20 per cent) is no count of persons",
              "figure",  # و23 من الشهر، و20 في المئه
              lambda: (_strip_al(pl.col("host_cx").fill_null("")).str.contains(_c("unit_word"))
                                 | pl.concat_str([pl.col("next_cx").fill_null(""), pl.col("after")], separator=" ")
                                 .str.strip_chars_start().str.contains(_c("not_victim"))).fill_null(False)),
    Exclusion("conjunct_missing", "and + a number right before a word of the missing, captured or held (and four others among "
              "the missing) counts no casualties", "figure",  # واربعه اخرين في عداد المفقودين
              lambda: pl.col("after").str.contains(_c("captured_soon"))),
    Exclusion("others_after_a_verb", "a casualty verb or another trigger between 'in addition to' and N others: they are its count "
              "(in addition to the wounding of 20 others), not more troops", "match",  # بالاضافه الي اصابه 20 اخرين
              lambda: pl.col("lead_ot").fill_null("").str.contains(_c("count_stop"))),
    Exclusion("count_before_both", "another count (a number word or a magnitude) stands between the number and "
              "'killed and wounded': the phrase counts that later one", "match",
              lambda: pl.col("victims_bw").fill_null("").str.contains(_c("any_number") + "|" + _c("vague_word"))),
    Exclusion("date_not_count", "the number is the day of a date", "match",  # 08 تموز
              lambda: pl.col("words_pk").fill_null("").str.contains(_c("month_first"))),
    Exclusion("year_not_count", "a year, not a count: four digits from 1900 to 2099 with no noun", "match",  # منذ 2001 بينهم، توفي 1965
              lambda: pl.coalesce(_role("num", "vb", "es", "tq", "tb", "ty", "oa", "tr", "cv", "bw", "pa", "cx", "tv", "te", "tk", "th", "tz", "tx", "tp", "tu", "vk", "vj"), pl.col("num3_tp"), pl.col("num2_tu")).str.contains(narrow(r"^(?:19|20)[0-9]{2}(?:[^\w0-9]|$)")).fill_null(False)
              & pl.col("victims_vb").is_null()),
    Exclusion("one_of_not_killed", "one of a group that died (of what, the text does not say), or one of these things", "match",
              lambda: pl.col("person_vp").fill_null("").str.contains(_c("one_of_first"))
              & (pl.col("verb_vp").str.contains(_c("natural_death")) | pl.col("person_vp").str.contains(_c("one_of_this")))),
    Exclusion("one_of_counted", "one of the wounded (of the killed) after a verb of the same measure refers back to a toll already "
              "counted (the wound of one of the two wounded is serious), no new count; tested on the figure that won its span, so that "
              "the definite dual inside it is not read alone", "figure",
              lambda: (((pl.col("measure") == "injured") & pl.col("person_vp").str.contains(_c("one_of_injured_back")))
                       | ((pl.col("measure") == "killed") & pl.col("person_vp").str.contains(_c("one_of_killed_back")))).fill_null(False)),
    # (not a projectile followed by the word one, rule nw: اطلقت صاروخا واحدا states a count of one)
    Exclusion("one_event", "one attack or strike is an event, not a count (a single successful strike)", "match",
              lambda: pl.col("measure").is_in(["attacks", "projectiles"]) & (pl.col("value") == 1)
              & ~((pl.col("rule") == "nw") & (pl.col("measure") == "projectiles"))),
    Exclusion("lone_magnitude", "a magnitude or a range with neither a verb nor a noun says nothing by itself", "match",
              lambda: _role("verb", "vg", "rg").is_null() & _role("noun", "vg", "rg").is_null() & pl.col("host_vg").is_null()),
    Exclusion("object_after_count", "a number or another verb, a capture or a subset's word stands between the verb and the one "
              "person after it: the person is not its object alone", "match",
              lambda: pl.col("words_vo").str.contains(_c("any_number")) | pl.col("words_vo").str.contains(_c("count_stop"))),
    # (وقتل ضابطا شرطة: two officers were killed)
    Exclusion("object_after_bare_verb", "a verb also read as a passive right before the person: the noun may be a dual in construct "
              "(two officers were killed), not one object; not where a preposition, an adverb or a clause break follows the "
              "person (he killed a member of the party: no construct, one object)", "match",
              lambda: (pl.col("words_vo").fill_null("").str.strip_chars() == "") & pl.col("verb_vo").str.contains(_c("object_verb_bare_only"))
              & pl.col("next_vo").is_not_null() & ~pl.col("next_vo").str.contains(_c("not_construct_next")).fill_null(False)),
    Exclusion("count_interrupted", "another trigger, a capture or a rate stands between the verb and the count", "match",  # قتل واعتقل 16
              lambda: pl.col("m").str.replace(narrow(r"^[^\w]*\S+"), "").str.contains(_c("count_stop"))),
    # a year word before the low end (من 4200 قتيل سنه 2013 الي 3381 قتيلا): the low end is a year; dropped on the match,
    # so that it hides no count after it
    Exclusion("range_from_year", "a year word before the low end of a range: the low end is a year", "match",
              lambda: _role("year", "rg").is_not_null()),
    Exclusion("range_not_ascending", "a range whose low end is not below its high end (a date, a score)", "match",
              lambda: pl.col("value_low") >= pl.col("value_high")),
    Exclusion("count_head_no_change", "from N to M after a count head is a range (an estimate) unless a change verb opens it "
              "or the number falls", "match",
              lambda: ~(_role("change", "tf", "tg").is_not_null()
                        | ((pl.col("rule") == "tf") & (pl.col("value") > pl.col("value_other")))
                        | ((pl.col("rule") == "tg") & (pl.col("value_other") > pl.col("value")))).fill_null(False)),
    Exclusion("no_change", "from N to M with no change verb is a range unless the number falls", "match",
              lambda: (_role("change", "rf", "rt").is_null()
                       & ~(((pl.col("rule") == "rf") & (pl.col("value") > pl.col("value_other")))
                           | ((pl.col("rule") == "rt") & (pl.col("value_other") > pl.col("value"))))).fill_null(True)),
    # -- on the figures that won their span -----------------------------------------------
    Exclusion("excluded_context", "a seizure, capture, trade or place word before the count (exclusions.csv); "
              "projectiles intercepted or shot down, destroyed after they were launched or beside an air-defence word, or the "
              "instrument of a strike (targeted with five rockets) were fired, and count", "figure",  # اطلقها، استهداف بخمسه صواريخ
              lambda: ~pl.col("excl_nn").is_null()
              & ~((pl.col("measure") == "projectiles")
                  & (_downed() | _launched()
                     | (pl.col("excl_nn").str.contains(_c("places_hit_exclusion"))
                        & pl.col("m").str.contains(_c("instrument_count"))))).fill_null(False)),
    Exclusion("excluded_before", "a seizure, capture, trade or place word just before the count (exclusions.csv)", "figure",
              lambda: pl.col("before").str.contains(_c("exclusion_word"))),
    Exclusion("seized_list", "a weapon conjoined to weapons seized, found or destroyed (not to weapons intercepted or shot down, "
              "nor destroyed after they were launched: those were fired)", "figure",  # ضبط 7 صواريخ و57 قنبله
              lambda: ((pl.col("measure") == "projectiles") & pl.col("m").str.contains(_c("gap_and"))
                       & pl.col("before_long").str.contains(_c("seized_word")) & ~_launched()
                       & ~pl.col("before_long").str.contains(_c("fired_word"))).fill_null(False)),
    Exclusion("fireworks", "projectiles of fireworks or of a stadium's stands were not fired in an attack", "figure",  # مقذوفات ناريه، من الالعاب
              lambda: ((pl.col("measure") == "projectiles") & pl.col("after").str.contains(_c("civil_projectile_first"))).fill_null(False)),
    Exclusion("fighters_and_families", "fighters counted together with their families, women or children are no force's strength",
              "figure",  # 62 الف من مقاتلي واسر داعش
              lambda: ((pl.col("measure") == "troops") & pl.col("after").str.contains(_c("and_non_combatant"))).fill_null(False)),
    Exclusion("unit_after_count", "a unit of time, money or measure follows the count", "figure",
              lambda: pl.col("victims").fill_null("").str.contains(_c("not_victim"))),
    Exclusion("thing_hit", "what the casualty verb befell is a thing (a target, a depot, a building, a vehicle), not a person: "
              "a place or target hit is no casualty count", "figure",
              lambda: (pl.col("measure").is_in(list(CASUALTY)) & pl.col("victims").fill_null("").str.contains(_c("thing_hit"))).fill_null(False)),
    Exclusion("disease_victims", "the victims are cases of a disease, not of violence", "figure",
              lambda: ((pl.col("measure") != "troops") & pl.col("victims").fill_null("").str.contains(_c("disease_victims"))).fill_null(False)),
    Exclusion("few_soldiers_named_before", "a definite troop noun with a unit number word (the four soldiers) refers back to a few soldiers "
              "the story has named, most often its victims or captives: no strength (read after the victims: the few killed stay a toll)", "victims",
              lambda: ((pl.col("measure") == "troops") & _r("dn", "dp") & _role("num", "dn", "dp").str.contains(_c("definite_unit_number"))).fill_null(False)),
    Exclusion("victims_of_no_violence", "the victims of a verb of falling victim are a fraud's or a hack's (buyers, investors, depositors, "
              "accounts): no one was killed", "figure",
              lambda: (pl.col("measure").is_in(CASUALTY) & pl.col("m").str.contains(_c("victim_verb_word"))
                       & pl.col("victims").fill_null("").str.contains(_c("nonviolent_victims"))).fill_null(False)),
    # the match's last word is read with what follows: a match that took the first word of a two-word
    # disease (اصيب 50 شخصا بضربات | شمس) still names it; what follows a wound word in or after the count is another group's
    # (اصيب 3 بجروح و12 بالهلع: the 3 are wounded)
    Exclusion("disease_after", "a disease is named right after the count", "figure",
              lambda: ((pl.col("measure") != "troops")
                       & pl.concat_str([pl.col("m").str.extract(r"(\S+)\s*$", 1).fill_null(""),
                                        pl.when(pl.col("m").str.contains(_c("wound_named"))).then(pl.lit(""))
                                        .otherwise(pl.col("after").str.slice(0, 40).str.replace(_c("wound_named") + r"[\s\S]*$", ""))])
                       .str.contains(_c("disease_after"))).fill_null(False)),
    Exclusion("disease_sentence", "an injury count a few words after a disease or a vaccination (or just before one) is an infection count, "
              "unless it names the wounded",
              "figure", lambda: (pl.col("measure").is_in(["injured", "casualties"]) & ~pl.col("m").str.contains(_c("wounded_word"))
                                 & pl.concat_str([pl.col("head").str.tail(DISEASE_WINDOW), pl.col("m"), pl.col("after").str.slice(0, 40)])
                                 .str.contains(_c("disease_word"))).fill_null(False)),
    Exclusion("disease_deaths", "deaths counted as cases, a few words after a disease (the toll of an epidemic)", "figure",
              lambda: ((pl.col("measure") == "killed")
                       & pl.concat_str([pl.col("m"), pl.col("after").str.slice(0, 20)]).str.contains(_c("case_count"))
                       & pl.concat_str([pl.col("head").str.tail(DISEASE_WINDOW), pl.col("m")]).str.contains(_c("disease_word"))).fill_null(False)),
    # a disease right before the verb is what killed (كورونا يقتل 464، لا لقاح للمرض واودى بحياه 500)
    Exclusion("disease_kills", "a disease named right before the casualty verb (in its clause: no semicolon, nor a comma and a gap_stop word, between), in a sentence with no word "
              "of fire or fighting: an epidemic's toll",
              "figure", lambda: (pl.col("measure").is_in(CASUALTY)
                                 & pl.col("head").str.tail(DISEASE_SUBJECT_WINDOW).str.replace(_c("clause_before"), "").str.contains(_c("disease_word"))
                                 & ~pl.col("norm").str.contains(_c("conflict_word"))).fill_null(False)),
    Exclusion("disaster_without_fire", "a toll next to words of a hurricane, a flood, a heat wave, a drowning or a road or rail accident, with no "
              "word of fire or fighting: no attack's (spec §4)", "figure",
              lambda: (pl.col("measure").is_in(CASUALTY)
                       & pl.concat_str([pl.col("head").str.tail(DISASTER_WINDOW), pl.col("m"), pl.col("after").str.slice(0, DISASTER_WINDOW)])
                       .str.contains(_c("disaster_word"))
                       & ~pl.col("norm").str.contains(_c("conflict_word"))).fill_null(False)),
    Exclusion("execution_without_force", "a killing told by a verb of executing, with no military word in its sentence: a state's sentence "
              "carried out, no attack (an armed group's executions name the group)", "figure",
              lambda: (pl.col("measure").is_in(CASUALTY) & pl.col("m").str.contains(_c("execution_verb")) & _no_military()).fill_null(False)),
    Exclusion("troops_captured", "the soldiers after the count were captured, held or are missing, or are being treated for wounds", "figure",
              lambda: (pl.col("measure") == "troops") & (pl.col("after").str.contains(_c("tail_captured")) | pl.col("after").str.contains(_c("tail_treated")))),
    Exclusion("count_of_victims", "a count of soldiers killed, injured or captured is not a strength (a count head of soldiers "
              "killed or injured, with no capture word, is read as their toll)", "figure",
              lambda: pl.col("m").str.contains(_c("victim_word")) & ~(_r(*TROOP_TOLL_RULES) & _troop_toll_word()
                                                                      & ~pl.col("m").str.contains(_c("tail_captured")))),
    Exclusion("pronoun_count_without_force", "the count of a group named by a pronoun, with no military word in the sentence", "figure",
              _no_military),
    Exclusion("pronoun_count_without_troops", "the count of a group named by a pronoun, with no troop noun before it in the sentence, "
              "or another count (not a year) between that noun and the pronoun", "figure",
              lambda: pl.when(pl.col("rule").is_in(["tp", "ba"])).then(pl.col("head")).str.extract("^.*" + _c("troop_antecedent_word") + "(.*)$", 1)
              .str.replace_all(_c("year"), " ").str.contains(_c("any_number")).fill_null(True)),
    Exclusion("bound_pronoun_without_troops", "a bound on the count of a group named by a pronoun, with no military word in the "
              "sentence, or a member noun after the number (elements of a cell), or, where no troop noun follows the number, no troop "
              "noun before it or another count (not a year) between that noun and the pronoun", "figure",
              lambda: pl.col("pron_tu").is_not_null() & (_no_military() | pl.col("noun2_tu").str.contains(_c("member_noun")).fill_null(False)
                                                         | pl.col("num2_tu").is_not_null() & pl.col("head").str.extract("^.*" + _c("troop_count_word") + "(.*)$", 1)
                                                         .str.replace_all(_c("year"), " ").str.contains(_c("any_number")).fill_null(True)),
              rules=("tu",)),
    Exclusion("victims_before_count", "a casualty or capture word between the troop noun and its count (the killed soldiers, whose number is) counts victims, not a force",
              "figure", lambda: pl.when(pl.col("rule").is_in(["ba", "tp"])).then(pl.col("head")).str.extract("^.*" + _c("troop_count_word") + "(.*)$", 1)
              .fill_null("").str.contains(_c("victim_word"))),
    Exclusion("change_without_force", "a change of a number with no military word in the sentence (this number: tested against "
              "the sentence before, rule demonstrative_without_troops)", "figure",
              lambda: _no_military() & ~(pl.col("m").str.contains(_c("demonstrative_word")) & _r("tc")).fill_null(False)),
    Exclusion("whole_without_force", "out of a whole with no military word in the sentence (116 prisoners out of 680)", "figure", _no_military),
    Exclusion("html_entity", "an HTML character reference (&#8221;) in scraped text, not a count", "figure",
              lambda: pl.col("head").str.tail(4).str.contains(r"&#x?$") | pl.col("m").str.contains(r"&#x?[0-9a-f]+;?")),
    # قتل عشرون (20) جنديا: the number word is the count (rule vb's), the digits in brackets restate it
    Exclusion("bracket_restates", "a number in brackets right after a number restates it: one count, not two", "figure",
              lambda: pl.col("before").str.contains(_c("number_ends"))),
    Exclusion("year_before_noun", "a year before a noun, not a count", "figure",  # عام 2015 تفجير
              lambda: pl.col("before").str.contains(_c("year_before"))),
    Exclusion("civil_operation", "operations of relief, rescue, surgery or trade are not attacks", "figure",  # خمس عمليات اغاثه
              lambda: ((pl.col("measure") == "attacks") & pl.col("after").str.contains(_c("civil_after"))
                       & _role("noun", "nn", "nb").fill_null(pl.col("dual_du")).fill_null("").str.contains(_c("needs_military"))).fill_null(False)),
    Exclusion("game_strikes", "strikes or attacks counted in a sentence of a match (penalty kicks, a half) are a game's", "figure",
              lambda: ((pl.col("measure") == "attacks") & pl.col("norm").str.contains(_c("sports_word"))).fill_null(False)),  # سجل خمس ضربات جزاء
    Exclusion("year_after_month", "a year right after a month name is a date's (since 26 March 2015, operations), not a count",
              "figure", lambda: pl.col("before").fill_null("").str.contains(_c("month_before"))
              & _role("num", "nn", "pk").fill_null("").str.contains(_c("year_first"))),
    Exclusion("year_after_since", "a year after since (since 2023 attacks), not a count", "figure",
              lambda: pl.col("before").str.contains(_c("since_before")) & _role("num", "nn").str.contains(_c("year_first"))),
    Exclusion("code_number", "a code or a phone number", "figure",  # رقم الطوارئ 997
              lambda: pl.col("before").str.contains(_c("code_before"))),
    Exclusion("bracket_without_troops", "a bare number in brackets after 'and' and a name counts troops only in a list of brackets whose "
              "first item is a troop figure with its noun (nothing but the list's items between)", "figure",
              lambda: ~pl.col("head").str.tail(300).str.contains(_c("bracket_list_before")).fill_null(False), rules=("cb",)),
    Exclusion("number_names_unit", "a definite unit noun right before a number of the forces (N of the forces of X): the unit's name "
              "(brigade 134 of the forces of X), not a count; a troop noun right after the number (the battalion lost 12 soldiers) counts", "figure",
              lambda: (pl.col("measure") == "troops") & pl.col("host_nh").is_not_null() & pl.col("before").str.contains(_c("unit_before")),
              rules=("nh",)),
    Exclusion("components_not_members", "an adjective of parts right after a count of elements: components of a plan (3 main elements), "
              "not members of a force", "figure",
              lambda: ((pl.col("measure") == "troops") & _role("noun", "nn", "nb", "ng").str.replace_all(r"\s+", " ").str.contains(_c("needs_military"))
                       & pl.col("after").str.contains(_c("component_after"))).fill_null(False)),
    Exclusion("number_cut", "the count is the end of a longer number the grammar does not read", "figure",  # العشره الف جندي
              lambda: pl.col("before").str.contains(_c("number_before")) & pl.col("m").str.contains(_c("scale_first"))
              | pl.col("before").str.contains(_c("scale_end")) & pl.col("m").str.contains(_c("fraction_first"))),
    Exclusion("scale_beside_digits", "a number word of a thousand or more and digits side by side with no 'and' between (two thousand "
              "888 policemen, a thousand 200 persons): which value was meant is unsure (digits before the thousand make a "
              "thousands-and-remainder the grammar reads)", "figure",
              lambda: (pl.col("before").str.contains(_c("scale_last")) & ~pl.col("before").str.contains(_c("digits_scale_last"))
                       & pl.col("m").str.contains(narrow(r"^[^\w]*[0-9]")))
              | (pl.col("m").str.contains(_c("scale_then_digits")) & ~pl.col("m").str.contains(_c("digits_scale_digits")))),
    Exclusion("list_number", "a list number or a bracketed code, not a count", "figure",  # 7- جندي، (172) من افراد
              lambda: pl.col("num_nn").fill_null("").str.contains(r"[-)\]]\s*$")),
    Exclusion("model_number", "a number glued by a dash to a word is a model or a code (AK-47, F-16), not a count", "figure",  # ايه كيه-47
              # (the number itself: a casualty verb glued to a dateline by a dash, الاناضول-قتل 5, opens a count)
              lambda: pl.col("head").str.tail(8).str.contains(narrow(r"[^\W\d_][-–]$")) & pl.col("m").str.contains(narrow(r"^[^\w]*[0-9]"))),
    # من ثلاث الي اربع كتائب
    Exclusion("change_of_units", "a change of a force's count from N to M units: battalions or brigades, not soldiers",
              "figure", lambda: pl.when(pl.col("rule") == "tf").then(pl.col("next_tf")).otherwise(pl.col("after").str.strip_chars_start())
              .fill_null("").str.contains(_c("military_unit_first"))),
    # الالف جندي (the thousand soldiers) refers back; نحو الالف جندي (about a thousand soldiers) counts
    Exclusion("definite_scale_without_qualifier", "a scale word with the article and no qualifier before it refers back to "
              "a count, or is part of a name; after a qualifier it is a count", "match",
              lambda: pl.col("num2_nn").str.contains(r"^[^0-9]*$").fill_null(False) & pl.col("num2_nn").str.contains("^(?:" + _c("scale_word") + ")").fill_null(False)
              & ~pl.col("num2_nn").str.contains("^(?:" + _c("hundreds_word") + ")$").fill_null(False) & pl.col("qual_nn").is_null()),
    # ثلاثه اضعاف عدد القتلي (three times the dead)
    Exclusion("multiplier_not_count", "a number followed by a multiplier (three times the dead) is a ratio, not a count",
              "figure", lambda: pl.col("after").str.contains(_c("multiplier_first")).fill_null(False)),
    Exclusion("fighters_no_military", "fighting for a team or a cause: no military word in the sentence", "figure",
              _no_military),
    # tested on the match, before overlaps, so that a dropped count hides no count inside its words (2019 … بلغت 52 قتيل)
    Exclusion("fighters_count_between", "another number stands between the count and its fighting verb", "match",
              lambda: pl.col("words_nf").str.contains(r"[0-9]")),
    Exclusion("fighters_no_nationality", "no nationality or side right after the count", "match",
              lambda: ~pl.col("words_nf").str.contains(_c("nisba_first"))),
    Exclusion("bound_unit", "a bound after a count word followed by a unit (more than 70 per cent) is a rate or a time, not a count", "figure",
              lambda: pl.when(pl.col("num2_tt").is_not_null()).then(pl.col("after")).str.strip_chars_start().str.contains(_c("not_victim"))
              .fill_null(False)),
    Exclusion("strength_unit", "a strength word followed by money, vehicles or another unit", "figure",  # قوامه 6.2 مليار ريال، قوامها 400 سياره
              lambda: pl.col("after").str.strip_chars_start().str.strip_chars_start('"').str.contains(_c("not_victim"))),
    Exclusion("strength_no_force", "the strength of a committee or a team: no military word in the sentence", "figure",  # قوامها 11 شخصا
              _no_military),
    # 20 قتيل، اي قتيل، كل قتيل وجريح، بين قتيل وجريح
    Exclusion("singular_not_one", "a singular toll noun after a number, a quantifier or between (or conjoined to one that is) is no count of one",
              "figure", lambda: _sg_before().str.contains(_c("singular_not_one"))),
    Exclusion("one_negated", "a noun and the word one a few words after a negation is 'not a single one': none", "figure",
              lambda: pl.col("before_long").str.contains(_c("one_negated")) & ~pl.col("before_long").str.contains(_c("negation_except"))),
    Exclusion("singular_negated", "a singular toll noun a few words after a negation is none", "figure",  # لم يسقط قتيل
              lambda: _sg_before().str.contains(_c("singular_negated"))),
    Exclusion("singular_conjunct_alone", "a singular toll noun after the conjunction with no toll in the last words before it", "figure",
              lambda: (pl.col("lead_sg").fill_null("") == word("and"))
              & ~_sg_before().str.contains(_c("toll_before"))),
    Exclusion("singular_not_stated", "a singular toll noun after a condition or in a question is supposed or asked, not stated", "figure",
              lambda: pl.col("head").fill_null("").str.contains(_c("singular_not_stated"))
              | pl.col("sentence").fill_null("").str.replace_all(WORD_GAP, " ", literal=True).str.contains(_c("question_mark"))),
    Exclusion("singular_construct", "a singular toll noun before a definite noun is in construct, no count", "figure",  # قتيل الحب
              lambda: pl.col("after").fill_null("").str.contains(_c("definite_next"))),
    Exclusion("definite_dual_troops", "a definite dual refers back to soldiers already counted", "figure",  # الجنديان
              lambda: (pl.col("measure") == "troops") & pl.col("m").str.contains(_c("definite"))),
    Exclusion("dual_soldiers", "two soldiers who were neither killed nor injured (they raise a flag, survive, are named) state no "
              "force's strength", "member", lambda: ((pl.col("rule") == "du") & (pl.col("measure") == "troops")).fill_null(False)),
    # -- troop nouns that are victims -------------------------------------------------------
    Exclusion("troops_captive", "the soldiers were captured, held or handed over (a capture word before them)", "victims",
              lambda: (pl.col("measure") == "drop").fill_null(False)),
    # -- plausibility and military context (after troop nouns are re-read) --------------------
    Exclusion("implausible", "far above what one statement of its measure can hold (extraction_limits.csv; above "
              "plausibility.csv's bound but below this, the warehouse keeps it and flags it)", "member",
              lambda: (pl.max_horizontal("value", "value_low", "value_high")
                       > pl.col("measure").replace_strict(_plausible_max(), default=None, return_dtype=pl.Int64)).fill_null(False)),
    Exclusion("attackers_not_strength", "fighters who carry out the attack (a verb of attacking a few words after their count, or "
              "an attack noun and 'by' right before it) are the attackers, no force's strength; troops sent (a deployment verb before) stay",
              "member",  # اثنين من عناصره … نفذا عمليتين، كمين من قبل 200 مسلح
              lambda: ((pl.col("measure") == "troops")
                       & (pl.col("after").str.contains(_c("attackers_after")) | pl.col("before").str.contains(_c("attacked_by_before")))
                       & ~pl.col("before_long").str.contains(_c("deployed_word"))).fill_null(False)),
    Exclusion("needs_military_context", "a member or operations noun needs a military word in its sentence (projectiles shot "
              "down have one)", "member",  # 30 عنصرا of a squad
              lambda: (pl.col("measure").is_in(["troops", "attacks", "projectiles"])
                       & _role("noun", "nn", "nb", "ng", "vg", "rg", "tt", "tq", "ty", "rf", "rt", "nh", "tv").fill_null(pl.col("dual_du")).fill_null("")
                       .str.replace_all(r"\s+", " ").str.contains(_c("needs_military"))
                       & _no_military() & ~((pl.col("measure") == "projectiles") & _downed()).fill_null(False)
                       # members deployed or sent: the verb a few words before the count (بنشر حتى 1100 عنصر) is the military word
                       & ~((pl.col("measure") == "troops") & (pl.col("rule") == "nn")
                           & pl.col("head").str.tail(200).str.contains(_c("deployed_before_count"))).fill_null(False)
                       # a state's advisers, named by their nationality right after the count (500 مستشار ايراني)
                       & ~(_role("noun", "nn", "ng").str.contains(_c("adviser_only"))
                           & pl.col("force_word").str.contains(_c("nisba_only"))
                           & ~pl.col("force_word").str.contains(_c("adviser_not_state"))).fill_null(False)).fill_null(False)),
    # -- subset and conjunct counts ---------------------------------------------------------
    Exclusion("subset_far", "a subset too far from the count before it, or another number (also in words: in four bases ... two "
              "of them) or a capture between", "context",  # بينهم / منهم; في اربع قواعد … اثنان منها، واعتقال عنصرين اثنين منها
              lambda: (~((pl.col("near") | _part_of_troops_near()) & ~pl.col("gap_number") & ~pl.col("gap").str.contains(_c("number_word_only"))
                         & ~pl.col("gap").str.contains(_c("captured_before")))).fill_null(True)),
    Exclusion("subset_without_count", "no troop or casualty count before the subset", "context",
              lambda: ((pl.col("prev_measure") != "troops") | pl.col("prev_measure").is_null()) & pl.col("prev_measure").is_in(CASUALTY).not_()),
    Exclusion("subset_larger", "a subset larger than the count it is part of belongs to another count", "context",
              lambda: (pl.col("value") > pl.coalesce("prev_whole_value", "prev_whole_high", pl.col("prev_whole_low") * 10)).fill_null(False)),
    Exclusion("conjunct_force_without_count", "and + a count of a nationality counts only a few words after a troop figure or a casualty count",
              "context", lambda: (~(pl.col("prev_measure").is_in(["troops", *CASUALTY]) & pl.col("near") & ~pl.col("gap_number"))).fill_null(True)),
    Exclusion("range_without_troops", "a range that names no noun counts only a few words after a troop figure, with no number between",
              "context", lambda: (~((pl.col("prev_measure") == "troops") & ~pl.col("gap_number")
                                    & (pl.col("gap").str.count_matches(r"\S+") <= RANGE_MAX_GAP))).fill_null(True)),
    Exclusion("range_unit", "a unit of time, money or measure follows the range (ages, years)", "figure",
              lambda: pl.when(pl.col("rule") == "rv").then(pl.col("after")).str.strip_chars_start().str.contains(_c("not_victim"))),
    Exclusion("others_without_troops", "N others moved counts only after a troop figure in its sentence, with no other number between",
              "context", lambda: ((pl.col("prev_measure") != "troops") | pl.col("gap_number")).fill_null(True)),
    Exclusion("whole_without_troops", "out of N deployed counts only a few words after a troop figure, with no other number between", "context",
              lambda: (~((pl.col("prev_measure") == "troops") & pl.col("near") & ~pl.col("gap_number"))).fill_null(True)),
    Exclusion("conjunct_direction_without_fire", "and + a count towards a place counts only a few words after a count of projectiles or attacks, "
              "with no other number between", "context",
              lambda: (~(pl.col("prev_measure").is_in(["projectiles", "attacks"]) & pl.col("near") & ~pl.col("gap_number"))).fill_null(True)),
    Exclusion("subset_without_nationality", "a subset of troops names no nationality or force, and is not right after them", "context",
              lambda: (pl.col("prev_measure") == "troops") & pl.col("force").is_null()
              & ~(pl.col("gap").str.count_matches(narrow(r"\w+")) <= 4).fill_null(False)),
    Exclusion("conjunct_without_count", "and + a person counts only right after a casualty count", "context",  # اصابه فتاه وطفلين
              lambda: (~(pl.col("prev_measure").is_in(CASUALTY) & pl.col("gap").str.contains(r"^[\s،,]*$"))).fill_null(True)),
    # استشهاد 7 مواطنين ومقيمين: citizens and residents, one group of seven (not two residents more)
    Exclusion("conjunct_plural_after_plural", "and + a person noun whose dual ending is also a sound plural's, right after the counted plural noun "
              "of a count: the two nouns name one counted group (a plural), not a dual", "context",
              lambda: (pl.col("m").str.contains(_c("and_counted_person_only"))
                       & pl.col("before").str.contains(_c("counted_person_ends"))).fill_null(False)),
    # مقتل 15 مدنيا بينهم 8 اطفال وامراه
    Exclusion("conjunct_in_subset", "and + a person after a subset of a toll is a part of the "
              "subset's breakdown, not a toll of its own", "context",
              lambda: pl.col("before_long").str.contains(_c("in_subset")).fill_null(False)),
    Exclusion("addition_without_toll", "in addition to + a count of persons counts only a few words after a casualty count (the two "
              "words of in addition to not counted among them)", "context",
              lambda: ~(pl.col("prev_measure").is_in(CASUALTY) & (pl.col("gap").str.count_matches(r"[^\s،,]+") <= INHERIT_MAX_GAP + 2)
                        & ~pl.col("gap").str.contains(r"[.؛;:]")).fill_null(False), rules=("ai",)),
    Exclusion("addition_with_own_verb", "in addition to + a count of persons with a casualty verb of its own right after it: what befell "
              "them may not be the toll's measure", "figure",
              lambda: pl.col("after").str.contains(_c("own_verb_next")).fill_null(False), rules=("ai",)),
    Exclusion("conjunct_count_without_count", "and + a count of persons counts only a few words after a casualty count (or, after a troop "
              "figure, right before its own casualty verb)", "context",  # و11 مدنيا
              # (or of a force's members, قوات, a few words after a troop figure with no number between: 1130 جنديا من البحريه
              # واكثر من 800 من قوات سلاح الجو, the same force's other part)
              lambda: (~((pl.col("prev_measure").is_in(CASUALTY) & pl.col("near"))
                         | ((pl.col("prev_measure") == "troops") & pl.col("near") & ~pl.col("gap_number")
                            & pl.col("host_cn").fill_null("").str.contains(_c("force_noun_first"))))
                       & ~pl.col("own_verb")).fill_null(True)),
    # -- the rules of issue 12's recall round (fd, cm, cs, tm, ni, np) ---------------------------
    Exclusion("destroyed_on_the_ground", "drones destroyed with no air-defence word in the sentence may have been destroyed on the ground, "
              "not fired", "figure",
              lambda: pl.col("verb_fd").str.contains(_c("destroy_exclusion")) & ~pl.col("norm").str.contains(_c("air_defence_word"))),
    Exclusion("drone_conjunct_without_fire", "and + a count of a bare drone noun counts only a few words after a count of projectiles, with no other "
              "number between (alone, the noun is also a march)", "context",
              lambda: (~((pl.col("prev_measure") == "projectiles") & pl.col("near") & ~pl.col("gap_number"))).fill_null(True)),
    Exclusion("since_toll_not_casualty", "a toll since a date counts casualties only (the toll of attacks is read by rule tl)", "match",
              lambda: ~pl.col("measure").is_in(list(CASUALTY)).fill_null(False)),
    Exclusion("since_toll_year", "a year after the since-clause (since 2011 to 2020), not a toll", "match",
              lambda: pl.col("num_tm").str.contains(r"^(?:19|20)[0-9]{2}(?:[^\w0-9]|$)") & pl.col("next_tm").is_null()),
    Exclusion("since_toll_without_force", "a toll since a date with no military word in its own words (a heat wave's, a flood's) is left "
              "to the other rules (tested on the match, before overlaps, so that it hides no figure they read)", "match",
              lambda: ~pl.col("m").str.contains(_c("military_word"))),
    Exclusion("injuries_without_fire", "a count of injuries counts only where the sentence speaks of fire and fighting: "
              "a military word and a word of fire or fighting, or a toll of the killed (else a disease's cases, an accident's, a sports injury)", "figure",
              # (injuries by gunfire or shrapnel named in the sentence need no military word: وصلت ثلاث اصابات بالرصاص الحي)
              lambda: (_no_military() & ~pl.col("norm").str.contains(_c("injuries_by_fire")))
                      | ~(pl.col("norm").str.contains(_c("conflict_word")) | pl.col("norm").str.contains(_c("killed_cue")))),
    Exclusion("possessed_troops_are_victims", "soldiers of a force after a mourning word, or before a martyr's title, were killed, but "
              "the count does not say how (the casualty and capture words around it are read by the victim-reading stage)", "figure",
              lambda: pl.col("before_long").str.contains(_c("mourned_before")) | pl.col("after").str.contains(_c("martyr_after"))),
    Exclusion("possessed_members_without_force", "its members (member nouns with a possessive) with no military word in the sentence are a family's "
              "or a team's", "figure",
              lambda: (_role("host", "np", "dp").str.contains(_c("member_noun")) & _no_military()).fill_null(False)),
    Exclusion("sentence_passed", "the verb of eliminating beside a court's words passes a sentence on the accused; it kills no one", "figure",
              lambda: pl.col("norm").str.contains(_c("court_word"))),
    Exclusion("exposed_without_fire", "persons exposed to an injury with no word of fire or fighting in the sentence: a road's or a "
              "workplace's injuries, left out", "figure",
              lambda: ~pl.col("norm").str.contains(_c("conflict_word"))),
    Exclusion("definite_dual_before_verb", "a definite dual before a dual casualty verb refers back to two persons named before: "
              "no new count", "match",
              lambda: pl.col("victims_pd").str.starts_with(word("article")).fill_null(False)),
    Exclusion("death_without_fire", "one person met his death with no word of fire or fighting in the sentence (police and civil "
              "defence attend roads and wells too): a road's or a drowning's toll, left out", "figure",
              lambda: ~pl.col("norm").str.contains(_c("conflict_word"))),
    # -- elliptic troop figures (rules tv, te, tk; tc's this number) -------------------------------
    Exclusion("ellipsis_next_word", "a word right after a number that names no noun (a unit, a noun of another thing: to 50 per cent, "
              "to 3000 dollars, to 400 soldiers, read by the noun's rule) that is no time or place word", "match",
              lambda: (_role("num", "tv", "te", "tk", "th", "tz", "tx").str.contains(r"\s$") & _role("next", "tv", "te", "tk", "th", "tz", "tx").is_not_null()
                       & ~_role("next", "tv", "te", "tk", "th", "tz", "tx").str.contains(_c("ellipsis_next_ok"))).fill_null(False)),
    Exclusion("ellipsis_gap", "the words between the troop noun (or the count) and the number name something else: a conjunction, "
              "another count head, a noun of another measure or a clause break (reduce its forces and the number of jets to 40)", "match",
              lambda: _role("words", "tv", "tk", "th").fill_null("").str.contains(_c("ellipsis_gap_stop"))),
    # ليصل العدد الاجمالي للاجئين الي 5 الاف
    Exclusion("count_of_another_group", "the number of a group named after it with for-the (the article after the preposition) "
              "that is no troop noun: another thing counted", "match",
              lambda: (_role("words", "tk", "th").str.contains(_c("for_the_word")) & ~_role("words", "tk", "th").str.contains(_c("troop_count_word"))).fill_null(False)),
    Exclusion("ellipsis_without_troops", "a number with no noun counts troops only a few words after a troop figure in its sentence, "
              "with no other number between (or, as this number, right after one in the sentence before)", "context",
              lambda: ~(_near_troops() | _back_reference()).fill_null(False)),
    Exclusion("relative_without_fire", "one person in a relative clause (the accident in which a man was injured) counts only in a "
              "sentence with a word of fire or fighting, as rule ls's one person", "figure",
              lambda: pl.col("m").str.contains(_c("verb_in_which")) & ~pl.col("norm").str.contains(_c("conflict_word")), rules=("vp",)),
    # وفاة، توفي
    Exclusion("natural_death_without_fire", "one or two persons' death told by a verb that need not be violent (death, died) counts only "
              "in a sentence with a word of fire or fighting, a military word or a toll of the killed, as rule ls's one person (a "
              "driver's death on the road, a drowning, a relative's)", "figure",
              lambda: (pl.col("verb_vp").str.contains(_c("natural_death")) & _no_military()
                       & ~pl.col("norm").str.contains(_c("conflict_word")) & ~pl.col("norm").str.contains(_c("killed_cue"))).fill_null(False),
              rules=("vp",)),
    Exclusion("become_without_force", "a size or count that a verb of becoming states counts troops only where the sentence holds a "
              "military word (the size of the work force, of the purchasing power)", "figure", _no_military, rules=("tz",)),
    Exclusion("demonstrative_without_troops", "this number changed, with no military word in the sentence, counts troops only when "
              "the last figure of the sentence before counts them and no number stands before it", "context",
              lambda: (_r("tc") & _no_military() & ~_back_reference()).fill_null(False)),
    Exclusion("number_without_count_head", "a bare number after the number head (the number) counts troops only where a force's count head "
              "stands before it in its sentence or in the sentence before, with no figure, digits (but a year) or toll word there, nor before the number", "context",
              lambda: ~((_count_head_before(pl.col("head")) & pl.col("prev_measure").is_null())
                        | (_count_head_before(pl.col("prev_norm")) & ~((pl.col("last_sent") == pl.col("sent_idx") - 1) & pl.col("last_measure").is_not_null()).fill_null(False)
                           & ~pl.col("head").str.replace_all(_c("year"), " ").str.contains(r"[0-9]"))).fill_null(False)),
    Exclusion("troops_counted_as_toll", "a troop noun followed by a toll noun (the number of the killed soldiers) counts the killed: the toll rules read it",
              "match", lambda: pl.col("m").str.contains(_c("troop_then_toll"))),
    # -- after inheritance --------------------------------------------------------------------
    # الجنود الخمسه، الصاروخين (after صاروخين)؛ احدي القذيفتين، كلا الصاروخين
    Exclusion("definite_back_reference", "a definite count that restates a count of the same measure and value "
              "stated earlier in the article, or a definite dual after one of or both of: it refers back to the "
              "things already counted, no new count", "inherit",
              lambda: (pl.col("m").str.contains(_c("definite"))
                       & ((pl.col("char_start").rank("ordinal").over("article_id", "table", "measure", "value") > 1)
                          | pl.col("before").str.contains(_c("one_or_both_of_before"))) & pl.col("value").is_not_null()).fill_null(False)),
    Exclusion("no_measure_inherited", "a subset or conjunct count with no figure to take its measure from", "inherit",
              lambda: pl.col("table").is_null()),
)

EXCLUSION_BY_NAME = {e.name: e for e in EXCLUSIONS}


@lru_cache(maxsize=1)
def _thousands() -> str:
    """The number words of a thousand or more (number_words.csv: ألف، آلاف، ألفين، مليون …), normalised."""
    return _alt(sorted({normalize(r["word"]) for r in read_csv("number_words.csv") if float(r["value"]) >= 1000}, key=len, reverse=True))


def exclusions(stage: str) -> list[Exclusion]:
    """The exclusions tested at ``stage``, each limited to the rules that name it (an
    exclusion no rule names applies to every rule)."""
    named: dict[str, list[str]] = {}
    for r in RULES:
        for e in r.exclusions:
            named.setdefault(e, []).append(r.name)
    out = []
    for e in EXCLUSIONS:
        if e.stage != stage:
            continue
        rules = tuple(named.get(e.name, e.rules))
        out.append(Exclusion(e.name, e.reason, e.stage, e.test, rules))
    return out


# ---------------------------------------------------------------------------------------
# Compiled: patterns, prefilters, lookups.
# ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Compiled:
    rule: Rule
    priority: int
    pattern: str               # with group names suffixed by the rule name
    groups: tuple[str, ...]    # the pattern's group names
    trigger_words: tuple[str, ...]  # normalised trigger phrases: the sentence prefilter admits each
    prefilter_words: tuple[str, ...]  # normalised phrases the rule's own prefilter admits (prefix glued on)
    prefilter: str | None      # regex a sentence must match for the rule to run on it (None: every candidate)
    prefilter_literals: tuple[str, ...] | None  # the same as literal words, when searched with contains_any
    lead: str
    rare_guard: str | None = None  # the shape a sentence must hold for the rule's rare branch to be tried
    common_pattern: str | None = None  # the pattern without its rare branch (for the other sentences)
    # literal words one of which every text the prefilter admits contains (each phrase's longest word),
    # when the prefilter is an alternation of phrases; None for a shape (etl.figures.prefilter_flags)
    prefilter_anchors: tuple[str, ...] | None = None

    def group(self, role: str) -> str:
        return f"{role}_{self.rule.name}"

    def roles(self, prefix: str) -> list[str]:
        """Group columns of this rule whose role is ``prefix`` optionally followed by a digit."""
        return [g for g in self.groups if re.fullmatch(rf"{prefix}[0-9]*_{self.rule.name}", g)]


def trigger_words(rule: Rule, names: tuple[str, ...] | None = None) -> list[str]:
    lists = word_lists()
    pre = word(rule.prefix) if rule.prefix else ""
    return [pre + w for name in (rule.triggers if names is None else names) for w in lists[name]]


def _phrase_regex(phrases) -> str:
    """An alternation of the phrases (those that contain no other of them), words joined by any whitespace."""
    return _alt(minimal_literals(phrases))


def _literal_regex(words) -> str:
    return "|".join(re.escape(w) for w in sorted(minimal_literals(words), key=len, reverse=True))


@dataclass(frozen=True)
class Grammar:
    rules: tuple[Compiled, ...]
    prefilter: list[str]          # literal words: a sentence without any holds no figure
    lookups: dict                 # list name -> {phrase: (table, measure)}
    qualifier: dict               # normalised qualifier phrase -> qualifier
    vague_low: dict               # normalised vague word -> value_low
    person_dual: tuple[str, ...]  # normalised dual person nouns (value 2)
    group_names: tuple[str, ...]  # every group of every rule


def compile_rule(rule: Rule, priority: int) -> Compiled:
    pattern = fill(rule.pattern, rule.name)
    groups = tuple(re.findall(r"\(\?P<(\w+)>", pattern))
    words = tuple(trigger_words(rule))
    own = tuple(trigger_words(rule, rule.prefilter_lists)) if rule.prefilter_lists is not None else words
    literals = anchors = None
    if rule.prefilter_shape is not None:
        pre = fill(rule.prefilter_shape)
    elif rule.prefilter and own and rule.prefilter_any:
        pre = _literal_regex(max(w.split(), key=len) for w in own)
        literals = tuple(sorted(minimal_literals(max(w.split(), key=len) for w in own)))
    elif rule.prefilter and own:
        # the whole trigger phrases (بين قتيل وجريح, الي عدد), not their longest word: as fast to search, and
        # far fewer sentences for the rule's own regex; a trigger that opens the match stands as a word
        # (as a whole word: every phrase, since one that contains another no longer covers it)
        # (a digit glued after it by scraping ends the word too: بمقتل10)
        pre = _alt(own) + r"(?:[^\w]|[0-9]|$)" if rule.prefilter_word else _phrase_regex(own)
        anchors = tuple(literal_prefilter(own)) or None
    else:
        pre = None
    guard = common = None
    if rule.rare is not None:
        branch, shape = rule.rare
        if rule.pattern.count(branch) != 1:
            raise ValueError(f"rule {rule.name}: its rare branch is not once in its pattern")
        guard, common = fill(shape), fill(rule.pattern.replace(branch, ""), rule.name)
    # (``\\w`` spelled out in every pattern the extraction compiles: see etl.normalize.narrow)
    return Compiled(rule, priority, narrow(pattern), groups, words, own, narrow(pre), literals, narrow(fill(rule.lead)),
                    narrow(guard), narrow(common), anchors)


@lru_cache(maxsize=None)
def grammar() -> Grammar:
    from .reference import read_csv
    from .normalize import normalize

    rules = tuple(compile_rule(r, i) for i, r in enumerate(RULES))
    sentence_words = [w for c in rules if c.rule.sentence_trigger for w in c.trigger_words]
    lookups = word_measures()
    return Grammar(
        rules=rules,
        prefilter=literal_prefilter(sentence_words),
        lookups=lookups,
        qualifier={normalize(r["phrase"]): r["qualifier"] for r in read_csv("qualifiers.csv")},
        vague_low={normalize(r["word"]): int(r["value_low"]) for r in read_csv("vague_quantities.csv")},
        person_dual=word_lists()["person_dual"],
        group_names=tuple(sorted({g for c in rules for g in c.groups})),
    )


__all__ = ["RULES", "EXCLUSIONS", "Rule", "Exclusion", "grammar", "exclusions", "context", "CASUALTY", "TROOP_TOLL_RULES", "SHARED_SCALE_RULES", "_alt"]
