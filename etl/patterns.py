"""Named regular expressions built from the reference tables.

Every pattern works on *normalised* sentence text (see :mod:`etl.normalize`) and runs in
polars (Rust ``regex``: linear time, no look-around). The figure grammar is a list of
rules, tried leftmost-first with earlier rules winning ties; each rule names its groups
with its suffix:

====  ============================================================================
rule  shape (normalised text)
====  ============================================================================
vg    [verb] vague-word [من] [ال]noun       عشرات القتلي، مقتل العشرات، مئات الهجمات
rg    [verb] [ما] بين NUM و NUM [noun]      بين 10 و20 قتيلا
tt    عدد الجنود … الي NUM (or a range)     رفع عدد العسكريين … الي 21 الفا
tl    عدد/حصيله القتلي … الي NUM            ارتفع عدد القتلي الي 50
lq    لقي NUM … مصرعهم/حتفهم               لقي 5 اشخاص مصرعهم
vb    verb [qual] NUM [victims]             مقتل نحو 10، اصابه خمسه اخرين
vf    verb … NUM person-noun                وقتل خلال المواجهات 28 شخصا
vp    verb person-noun (singular or dual)   بمقتل متعاقد، اصابه شخصين
qw    قوامها [qual] NUM                     قوات قوامها 5000 جندي
pk    [qual] NUM … قتلوا/لقوا مصرعهم        22 مسلحا، بينهم اربعه قاده، قتلوا
nn    [excl …] [qual] NUM [من] noun [force] نحو 2500 جندي امريكي، 14 صاروخا
nf    NUM … يقاتلون / في صفوف (armed side)  نحو 475 فرنسيا … يقاتلون الي جانب داعش
dn    ال-noun ال-number                     الغارات الثلاث، الجنود الخمسه
el    [من] بينهم/منهم [qual] NUM force-adj  من بينهم 2500 اميركي
pv    ان person-noun passive-verb           ان رجلا قتل جراء القصف
cj    و person-noun after a casualty count  اصابه فتاه وطفلين
cn    و NUM person-noun after a casualty    بمقتل 11 من التنظيم و11 مدنيا
du    dual noun                             صاروخين، غارتين
====  ============================================================================
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .normalize import normalize
from .reference import read_csv


def _alt(words) -> str:
    """A non-capturing alternation, longest first, of literal (normalised) words."""
    uniq = sorted({normalize(w).strip() for w in words if w.strip()}, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in uniq) + ")"


@dataclass(frozen=True)
class Grammar:
    alternatives: dict     # rule -> pattern with named groups (suffix = rule)
    group_names: tuple     # every named group of every rule
    rule_prefilter: dict   # rule -> regex of literal words, one of which a sentence needs for that rule (None: all)
    prefilter: list        # literal words (one per trigger phrase): a sentence without any holds no figure
    noun_measure: dict     # normalised trigger phrase -> (table, measure)
    verb_measure: dict
    dual_measure: dict
    qualifier: dict        # normalised qualifier phrase -> qualifier
    vague_low: dict        # normalised vague word -> value_low
    person_dual: set       # normalised dual person nouns (value 2)
    person_single: set
    exclusion: dict        # normalised exclusion phrase -> reason
    between_stop: str      # words that may not stand between a verb and its count (rule vf)
    military: str          # alternation of military-context words
    military_word: str     # the same as whole words (not inside another word)
    force: str             # a word naming a side or nationality (امريكي، الحوثيين، داعش), from forces.csv
    rules: tuple           # rule suffixes in FIGURE


RULES = ("vg", "rg", "tt", "tl", "lq", "vb", "vp", "vf", "qw", "pk", "nn", "nf", "dn", "el", "pv", "cj", "cn", "du")

# Words that follow a count and show it is not a figure (units, time, money, cases).
def _non_victim(kind: str) -> str:
    return _alt(r["word"] for r in read_csv("non_victim_words.csv") if r["kind"] == kind)


# Words right after a count that show it is not a figure (units, time, money, cases) and
# words near an injury count that show a disease, not violence: data/reference/non_victim_words.csv.
NOT_VICTIM = rf"^{_non_victim('unit')}(?:[^\w]|$)"
DISEASE = _non_victim("disease")
# After a troop noun: the soldiers were the victims, not a strength.
TAIL_WINDOW = r"^\s*(?:[^\s]+\s+){0,12}?[^\w\s]*"
TAIL_KILLED = TAIL_WINDOW + r"(?:قتلوا|قتلو|قتلا|لقوا|لقيا|مصرعهم|حتفهم|استشهدوا|استشهدا|قضوا|سقطوا)(?:[^\w]|$)"
TAIL_INJURED = TAIL_WINDOW + r"(?:اصيبوا|اصيبا|جرحوا|جرحا)(?:[^\w]|$)"
TAIL_CAPTURED = TAIL_WINDOW + r"(?:اسروا|اسرا|خطفوا|اختطفوا|خطفا|اعتقلوا|مخطوفين|المخطوفين|مختطفين|اسري|رهائن|معتقلين|محتجزين|المفقودين|مفقودين)(?:[^\w]|$)"


def minimal_literals(words) -> set[str]:
    """The words of a substring test that contain no other of them: "قتلوا" adds nothing
    when "قتل" is there. Same verdict, a smaller set, a much faster search."""
    words = {w for w in words if w}
    return {w for w in words if not any(o != w and o in w for o in words)}


@lru_cache(maxsize=None)
def grammar() -> Grammar:
    trig = read_csv("figure_triggers.csv")
    noun_measure, verb_measure, dual_measure = {}, {}, {}
    mil_nouns = []
    for r in trig:
        key = normalize(r["phrase"])
        target = {"noun": noun_measure, "noun_mil": noun_measure, "verb": verb_measure, "dual": dual_measure}[r["form"]]
        target[key] = (r["table"], r["measure"])
        if r["form"] == "noun_mil":
            mil_nouns.append(key)
    plain_nouns = [k for k in noun_measure if k not in mil_nouns]
    qualifier = {normalize(r["phrase"]): r["qualifier"] for r in read_csv("qualifiers.csv")}
    q_before = [normalize(r["phrase"]) for r in read_csv("qualifiers.csv") if r["position"] == "before"]
    q_after = [normalize(r["phrase"]) for r in read_csv("qualifiers.csv") if r["position"] == "after"]
    vague_low = {normalize(r["word"]): int(r["value_low"]) for r in read_csv("vague_quantities.csv")}
    persons = read_csv("person_nouns.csv")
    counted = _alt(r["word"] for r in read_csv("counted_person_nouns.csv"))
    person_single = {normalize(r["word"]) for r in persons}
    person_dual = {normalize(d) for r in persons for d in r["dual"].split("|") if d}
    exclusion = {normalize(r["phrase"]): r["reason"] for r in read_csv("exclusions.csv")}
    military = [r["word"] for r in read_csv("military_context.csv")]
    nw = read_csv("number_words.csv")
    starters = [r["word"] for r in nw if normalize(r["word"]) not in ("الاف", "ملايين")]
    all_words = [r["word"] for r in nw]

    DIG = r"[0-9]+(?:[.,][0-9]+)*"
    SCALE = r"(?:الفا|الف|الاف|مليونا|مليون|ملايين|مليار)"
    WORDNUM = rf"{_alt(starters)}(?:\s+(?:و\s*)?{_alt(all_words)})*"
    NUM = rf"(?:{DIG}(?:\s*{SCALE}(?:\s+و\s*{DIG})?)?|{WORDNUM})(?:[^\w]|$)"
    QB = _alt(q_before)
    QA = _alt(q_after)
    PRE = r"(?:[وفبل]|لل|ول|وب|فب)?"
    NOUN = _alt(plain_nouns)
    MILNOUN = _alt(mil_nouns)
    MIL = _alt(military)
    ORD_NUM = _alt(["ال" + normalize(r["word"]) for r in nw if r["kind"] in ("unit", "ten")])
    ANYNOUN = rf"(?:{NOUN}|{MILNOUN}\s+(?:من\s+)?{MIL}|{MILNOUN})"
    VERB = _alt(verb_measure)
    DUAL = _alt(dual_measure)
    VAGUE = _alt(vague_low)
    PSG = _alt(person_single)
    PDU = _alt(person_dual)
    EXCL = _alt(exclusion)
    FILL = r"(?:فيه|فيها|خلاله|خلالها|جراءه|جراءها|ايضا|منهم|بينهم|اليوم|امس|انذاك|حينها|حينذاك|كذلك|فقط)"
    TLPREP = r"(?:الي|ب|ل|بلغ|بلغت|يبلغ|تبلغ|وصل|وصلت|تجاوز|تخطي)"
    KILLED_AFTER = (r"(?:قتلوا|قتلا|قتلو|لقوا\s+مصرعهم|لقوا\s+حتفهم|لقيا\s+مصرعهما|لقيا\s+حتفهما|استشهدوا|استشهدا|قضوا"
                    r"|سقطوا\s+(?:قتلي|بين\s+قتيل\s+وجريح))")
    INJURED_AFTER = r"(?:اصيبوا|اصيبا|جرحوا|جرحا)"
    B0 = r"(?:^|[^\w])"  # word start; Unicode \b would push regex off its fast DFA path
    B1 = r"(?:[^\w]|$)"  # word end (consumes one separator: match text doubles whitespace)
    WORD = r"[^\s،,.:;؛\"()]+"
    VWORD = r"[^\sو،,.:;؛\"()][^\s،,.:;؛\"()]*"  # a victims word: not a conjunction
    stems = [re.sub(r"^\^\(ال\)\?", "", r["pattern"]) for r in read_csv("forces.csv")]
    FORCE = rf"(?:ال)?(?:{'|'.join(stems)})[^\s،,.:;؛\"()]*"
    TAIL = lambda s: rf"(?:\s+(?P<qa_{s}>{QA})|\s+(?P<f_{s}>{FORCE})(?:\s+(?P<qb_{s}>{QA}))?)?"

    alts = {
        "vg": rf"{B0}{PRE}(?:(?P<v_vg>{VERB})\s+(?:{FILL}\s+)?)?\"?(?P<g_vg>{VAGUE})\"?(?:\s+(?:من\s+)?(?:ال)?(?P<t_vg>{ANYNOUN}))?{B1}",
        "rg": rf"{B0}{PRE}(?:(?P<v_rg>{VERB})\s+)?(?:(?:ما\s+)?بين\s+(?P<n_rg>{NUM})\s+و\s*(?P<m_rg>{NUM})|(?P<n2_rg>{DIG})\s*(?:الي|-)\s*(?P<m2_rg>{DIG})(?:[^\w]|$))(?:\s+(?:من\s+)?(?:ال)?(?P<t_rg>{ANYNOUN}))?{B1}",
        "tt": rf"{B0}{PRE}(?P<v_tt>عدد\s+(?:ال)?(?:جنود|عسكريين|قوات|مقاتلي|مقاتلين|عناصر))\s+(?:{WORD}\s+){{0,10}}?(?:الي|ب|ل)\s*"
              rf"(?:(?:ما\s+)?بين\s+(?P<lo_tt>{NUM})\s+و\s*(?P<hi_tt>{NUM})|(?:(?P<q_tt>{QB})\s+)?(?P<n_tt>{NUM})|(?P<g_tt>{VAGUE})(?:[^\w]|$))",
        "pk": rf"{B0}{PRE}(?:(?P<q_pk>{QB})\s+)?\"?(?:(?P<n_pk>{NUM})|(?P<p_pk>{PDU})(?:[^\w]|$)|(?P<g_pk>{VAGUE})(?:[^\w]|$))\s*(?P<w_pk>[^.!؟]*?)(?P<v_pk>{KILLED_AFTER}|{INJURED_AFTER})(?:[^\w]|$)",
        "tl": rf"{B0}{PRE}(?P<v_tl>(?:ال)?(?:عدد|حصيله|اجمالي)\s+(?:ال\S+\s+)?(?:ل|ال)?(?:قتلي|ضحايا|شهداء|وفيات|جرحي|مصابين|المصابين))(?:\s+(?:{WORD}\s+){{0,8}}?{TLPREP}\s*|\s+)(?:(?P<q_tl>{QB})\s+)?(?P<n_tl>{NUM})",
        "lq": rf"{B0}{PRE}(?P<v_lq>لقي|لقوا)\s+(?:(?P<q_lq>{QB})\s+)?(?P<n_lq>{NUM})\s+(?P<w_lq>(?:{WORD}\s+){{0,10}}?)(?:مصرعهم|حتفهم)",
        "vb": rf"{B0}{PRE}(?P<v_vb>{VERB})[\s)(\"]+(?:{FILL}\s+)?(?:(?P<q_vb>{QB})\s+)?\"?(?P<n_vb>{NUM})(?:\s+(?:من\s+)?(?P<w_vb>{VWORD}(?:\s+{VWORD})?))?",
        # verb … NUM person-noun: up to five words between (وقتل خلال المواجهات في منطقه التواهي 28 شخصا)
        "vf": rf"{B0}{PRE}(?P<v_vf>{VERB})\s+(?:{WORD}\s+){{1,5}}?(?:و\s*)?(?:(?P<q_vf>{QB})\s+)?\"?(?P<n_vf>{NUM})\s*\"?\s*(?P<w_vf>{counted})(?:[^\w]|$)",
        "vp": rf"{B0}{PRE}(?P<v_vp>{VERB})\s+(?P<p_vp>{PDU}|{PSG}){B1}(?:\s+(?P<w_vp>{FORCE}))?",
        "qw": rf"{B0}{PRE}(?P<v_qw>قوامها|قوامه)\s+(?:(?P<q_qw>{QB})\s+)?(?P<n_qw>{NUM})(?:\s+(?:من\s+)?(?:ال)?(?:{ANYNOUN}))?" + TAIL("qw"),
        "nn": rf"{B0}(?:(?P<x_nn>{EXCL})\s+(?:{WORD}\s+){{0,2}}?)?{PRE}(?:(?P<q_nn>{QB})\s+)?\"?(?P<n_nn>{NUM})\s*\"?\s*(?:من\s+)?(?:ال)?(?P<t_nn>{ANYNOUN}){B1}" + TAIL("nn"),
        # a count of people fighting for a side: 475 فرنسيا … يقاتلون، 1818 بين فرنسيين … يقاتلون
        "nf": rf"{B0}{PRE}(?:(?P<q_nf>{QB})\s+)?\"?(?P<n_nf>{NUM})\s*(?P<w_nf>(?:{WORD}\s+){{0,8}}?)(?:يقاتلون|يحاربون|قاتلوا|حاربوا|يقاتل|يحارب|في\s+صفوف)(?:[^\w]|$)",
        "dn": rf"{B0}{PRE}ال(?P<t_dn>{NOUN})\s+(?P<n_dn>{ORD_NUM}|ال\s*[0-9]+)(?:[^\w]|$)",
        "el": rf"{B0}(?:من\s+)?(?:بينهم|منهم)\s+(?:(?P<q_el>{QB})\s+)?(?P<n_el>{NUM})\s+(?P<f_el>{WORD})",
        # أن + one (or two) persons + a passive casualty verb: ان رجلا قتل جراء القصف، ان شرطيا ايضا قتل
        # (the verb must end the clause, so "ان مسلحا قتل 5 اشخاص" is left to its count)
        "pv": rf"{B0}(?:ان|انه|بان)\s+(?P<p_pv>{PDU}|(?:{PSG})ا?)\s+(?:(?:ايضا|كذلك|قد)\s+)?\"?(?P<v_pv>قتل|قتلا|اصيب|اصيبا|توفي|استشهد|لقي\s+حتفه|لقي\s+مصرعه)"
              rf"(?:\s*[.،,\"]|\s+(?:في|خلال|جراء|اثر|بعد|برصاص|بجروح|بجراح|امس|اليوم|ايضا|علي|متاثرا|اثناء|عندما|حين)(?:[^\w]|$)|$)",
        # و + a person noun right after a casualty count: اصابه فتاه وطفلين
        "cj": rf"{B0}و(?P<p_cj>{PDU}|{PSG})(?:[^\w]|$)",
        # و + a count of persons a few words after a casualty count: بمقتل 11 من التنظيم و11 مدنيا
        "cn": rf"{B0}و\s*(?:(?P<q_cn>{QB})\s+)?(?P<n_cn>{NUM})\s*(?:من\s+(?P<h_cn>(?:ال)?(?:قوات|عناصر|افراد|رجال|مقاتلي|مسلحي|جنود)\s+\S+)|(?:من\s+)?(?P<w_cn>{counted}))(?:[^\w]|$)",
        "du": rf"{B0}{PRE}(?:ال)?(?P<d_du>{DUAL}){B1}" + TAIL("du"),
    }
    group_names = tuple(sorted({n for r in RULES for n in re.findall(r"\(\?P<(\w+)>", alts[r])}))
    literal = list(noun_measure) + list(verb_measure) + list(dual_measure) + list(vague_low) + [
        "قوام", "لقي", "لقوا", "بينهم", "منهم", "عدد", "حصيله", "قتلوا", "قتلا", "اصيبوا", "اصيبا", "جرحوا", "جرحا", "استشهد", "سقطوا", "اجمالي", "وفيات",
        "يقاتل", "يحارب", "قاتلوا", "حاربوا", "صفوف"]
    # One word of each phrase (its longest: "ما بين قتيل وجريح" -> "وجريح", not "ما", which
    # half of all sentences contain) must be in a sentence for any figure to be there.
    # Words that contain another of the words add nothing to a substring test: dropping them
    # halves the set, and the literal search over every sentence runs 3.5 times faster.
    prefilter = sorted(minimal_literals(max(w.split(), key=len) for w in literal))
    first = lambda words: sorted({w.split()[0] for w in words})
    after_verbs = ["قتلوا", "قتلا", "قتلو", "لقوا", "لقيا", "استشهدوا", "استشهدا", "اصيبوا", "اصيبا", "جرحوا", "جرحا", "سقطوا"]
    lits = lambda words: "|".join(re.escape(w) for w in sorted(minimal_literals(words), key=len, reverse=True))
    # A literal alternation runs on the regex engine's fast literal search (measured faster
    # than contains_any here); None where the words would admit nearly every candidate.
    rule_prefilter = {
        "vg": lits(first(vague_low)), "rg": None, "tt": "عدد", "tl": lits(["عدد", "حصيله", "اجمالي"]),
        "lq": lits(["لقي", "لقوا"]), "vb": lits(first(verb_measure)), "vf": lits(first(verb_measure)),
        "vp": lits(first(verb_measure)), "qw": "قوام", "cj": lits("و" + w for w in person_single | person_dual),
        "pk": lits(after_verbs), "nn": None, "cn": rf"و\s*(?:[0-9]|{_alt(starters)})",
        "pv": lits(["قتل", "اصيب", "توفي", "استشهد", "حتفه", "مصرعه"]),
        "nf": lits(["يقاتلون", "يحاربون", "قاتلوا", "حاربوا", "يقاتل", "يحارب", "صفوف"]), "dn": rf"{ORD_NUM}|ال\s*[0-9]", "el": lits(["بينهم", "منهم"]),
        "du": lits(first(dual_measure)),
    }
    return Grammar(
        alternatives={r: alts[r] for r in RULES}, group_names=group_names, prefilter=prefilter,
        rule_prefilter=rule_prefilter, noun_measure=noun_measure, verb_measure=verb_measure,
        dual_measure=dual_measure, qualifier=qualifier, vague_low=vague_low, person_dual=person_dual,
        person_single=person_single, exclusion=exclusion, military=MIL,
        between_stop=rf"(?:^|[^\w])(?:[وفبل])?(?:{VERB}|{EXCL}|اعتقل|اعتقلت|لكل|كل)(?:[^\w]|$)",
        military_word=rf"(?:^|[^\w])(?:[وفبل])?{MIL}(?:[^\w]|$)", force=FORCE, rules=RULES,
    )
