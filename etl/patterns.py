"""Word lists and regex shapes the figure grammar (:mod:`etl.rules`) is built from.

Every Arabic word the grammar knows is in ``data/reference/``: the trigger phrases,
qualifiers, vague words, person nouns, exclusions and military words of their own tables,
and every other list (function words, verbs after a count, words that show soldiers were
victims, ...) in ``grammar_words.csv``, one named list per ``list`` value and described in
``grammar_lists.csv``. This module reads them into named lists of normalised words and
builds the regex fragments (``shapes``) the rules' patterns are written in.

Every pattern works on *normalised* sentence text (see :mod:`etl.normalize`) and runs in
polars (Rust ``regex``: linear time, no look-around).
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from .normalize import normalize
from .reference import read_csv


def _alt(words) -> str:
    """A non-capturing alternation, longest first, of literal (normalised) words."""
    uniq = sorted({normalize(w).strip() for w in words if w.strip()}, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in uniq) + ")"


def minimal_literals(words) -> set[str]:
    """The words of a substring test that contain no other of them: "قتلوا" adds nothing
    when "قتل" is there. Same verdict, a smaller set, a much faster search."""
    words = {w for w in words if w}
    return {w for w in words if not any(o != w and o in w for o in words)}


def literal_prefilter(phrases) -> list[str]:
    """Literal words, one per phrase, at least one of which a text holding any of the
    phrases contains: each phrase's longest word ("ما بين قتيل وجريح" -> "وجريح", not "ما",
    which half of all sentences contain), minus words that contain another of them. A
    phrase one of whose words already contains a one-word phrase's literal adds none
    ("طائرتين مسيرتين" when "مسيرتين" is a phrase): the list stays short, which matters,
    since polars' multi-literal search is about three times slower beyond 100 literals
    (measured on the corpus)."""
    phrases = [p.split() for p in phrases if p.split()]
    single = minimal_literals(p[0] for p in phrases if len(p) == 1)
    covered = lambda words, lits: any(lit in w for w in words for lit in lits)
    lits = minimal_literals(shared_stems(minimal_literals(
        list(single) + [max(p, key=len) for p in phrases if len(p) > 1 and not covered(p, single)])))
    # and none for a phrase another of whose words holds the literal of another phrase (رجال الامن when رجال أمن gave
    # رجال): the longest literals first, each dropped only if every phrase still holds one of those that stay.
    # (Which literals each phrase holds is found once; a phrase's count of those that stay then decides: the same
    # literals as testing every phrase against every remaining literal at each step, 0.16 -> 0.04 s of CPU per process.)
    sizes = sorted({len(lit) for lit in lits})
    holds = [{w[i:i + n] for w in p for n in sizes for i in range(len(w) - n + 1)} & lits for p in phrases]
    count = [len(h) for h in holds]
    holders: dict[str, list[int]] = defaultdict(list)
    for i, h in enumerate(holds):
        for lit in h:
            holders[lit].append(i)
    if all(count):  # else some phrase holds none of them, and none can be dropped
        for lit in sorted(lits, key=lambda w: (-len(w), w)):
            if all(count[i] >= 2 for i in holders[lit]):
                lits = lits - {lit}
                for i in holders[lit]:
                    count[i] -= 1
    return sorted(lits)


STEM_MIN = 5  # letters a shared stem keeps: shorter ones (4) would admit common unrelated words


def shared_stems(words) -> set[str]:
    """Two literals of one length that differ only in their last one or two letters (a dual's
    two cases, عمليتان / عمليتين, قذيفتا / قذيفتي) become their shared stem when it keeps at
    least ``STEM_MIN`` letters: a substring of both, so every text either admits still
    passes, with one literal fewer."""
    words = set(words)
    out = set(words)
    for a in words:
        for b in words:
            if a < b and len(a) == len(b):
                for cut in (1, 2):
                    stem = a[:-cut]
                    if len(stem) >= STEM_MIN and b[:-cut] == stem:
                        out.discard(a)
                        out.discard(b)
                        out.add(stem)
                        break
    return out


GRAMMAR_WORDS = "grammar_words.csv"


@lru_cache(maxsize=None)
def word_lists() -> dict[str, tuple[str, ...]]:
    """Every named list of normalised words (and phrases) the grammar uses.

    From grammar_words.csv: one list per ``list`` value. From the other tables:
    ``verb``, ``noun``, ``noun_mil``, ``dual`` (figure_triggers.csv by form),
    ``qualifier_before``/``qualifier_after``, ``vague``, ``person``/``person_dual``,
    ``counted_person``, ``exclusion``, ``military``, ``number_word``, ``number_first``
    (a word that may begin a number), ``scale``, ``ordinal_number`` (the article plus a unit
    or a ten: الخمسه, used after a definite noun), ``non_victim_unit``, ``disease``.
    """
    lists: dict[str, list[str]] = defaultdict(list)
    for r in read_csv(GRAMMAR_WORDS):
        lists[r["list"]].append(normalize(r["word"]))
    for r in read_csv("figure_triggers.csv"):
        lists[r["form"]].append(normalize(r["phrase"]))
    for r in read_csv("qualifiers.csv"):
        lists["qualifier_" + r["position"]].append(normalize(r["phrase"]))
        if r["position"] == "before" and r["qualifier"] in ("at_least", "up_to"):
            lists["qualifier_bound"].append(normalize(r["phrase"]))  # a bound (more than, less than), not an estimate
    lists["vague"] = [normalize(r["word"]) for r in read_csv("vague_quantities.csv")]
    persons = read_csv("person_nouns.csv")
    lists["person"] = [normalize(r["word"]) for r in persons]
    lists["person_dual"] = [normalize(d) for r in persons for d in r["dual"].split("|") if d]
    lists["counted_person"] = [normalize(r["word"]) for r in read_csv("counted_person_nouns.csv")]
    lists["exclusion"] = [normalize(r["phrase"]) for r in read_csv("exclusions.csv")]
    lists["exclusion_fired"] = [normalize(r["phrase"]) for r in read_csv("exclusions.csv") if r["reason"] in ("intercepted", "shot_down")]
    lists["military"] = [normalize(r["word"]) for r in read_csv("military_context.csv")]
    nw = read_csv("number_words.csv")
    not_first = set(lists["number_not_first"])
    lists["number_word"] = [normalize(r["word"]) for r in nw if r["kind"] != "fraction"]
    lists["number_first"] = [w for w in lists["number_word"] if w not in not_first]
    lists["fraction"] = [normalize(r["word"]) for r in nw if r["kind"] == "fraction"]
    lists["number_unit"] = [normalize(r["word"]) for r in nw if r["kind"] == "unit"]
    lists["scale"] = [normalize(r["word"]) for r in nw if r["kind"] == "scale"]
    art = lists["article"][0]
    # the article plus a unit, a ten or a hundred (الجنود الخمسه، الجنود المائه), after a definite noun
    lists["ordinal_number"] = [art + normalize(r["word"]) for r in nw
                               if r["kind"] in ("unit", "ten") or (r["kind"] == "hundred" and float(r["value"]) < 1000)]
    # the stems of the force patterns (forces.csv: ^(ال)?(امريك|اميرك) -> امريك, اميرك)
    for r in read_csv("forces.csv"):
        stem = re.sub(r"^\^\(" + art + r"\)\?", "", normalize(r["pattern"]))
        lists["force_stem"].extend(stem.strip("()").split("|"))
    lists["month"] = [normalize(r["name"]).lower() for r in read_csv("months.csv")]
    for r in read_csv("non_victim_words.csv"):  # kinds: unit (non_victim_unit), case, disease, disease_near, nonviolent_victim
        lists["non_victim_unit" if r["kind"] == "unit" else r["kind"]].append(normalize(r["word"]))
    return {k: tuple(v) for k, v in lists.items()}


@lru_cache(maxsize=None)
def word_measures() -> dict[str, dict[str, tuple[str, str]]]:
    """For the lists whose words name a measure: list -> {normalised phrase: (table, measure)}."""
    out: dict[str, dict[str, tuple[str, str]]] = defaultdict(dict)
    for r in read_csv("figure_triggers.csv"):
        out[r["form"]][normalize(r["phrase"])] = (r["table"], r["measure"])
    out["noun"].update(out.pop("noun_mil", {}))
    out["dual"].update(out.pop("dual_mil", {}))
    for r in read_csv(GRAMMAR_WORDS):
        if r["measure"]:
            table = "troops" if r["measure"] == "troops" else "attacks"
            out[r["list"]][re.sub(r"\s+", " ", normalize(r["word"]))] = (table, r["measure"])
    return dict(out)


def word(name: str) -> str:
    """The one word of a one-word list (the article, the conjunction ...)."""
    words = word_lists()[name]
    if len(words) != 1:
        raise ValueError(f"list {name} has {len(words)} words, expected one")
    return words[0]


@lru_cache(maxsize=None)
def shapes() -> dict[str, str]:
    """Regex fragments the rules' patterns are written in: every word list as an
    alternation (by its name), and the composite shapes (in capitals)."""
    w = word_lists()
    s = {name: _alt(words) for name, words in w.items()}
    letters, pairs = w["proclitic"], w["proclitic_pair"]
    art = re.escape(word("article"))
    s["AL"] = art
    # A proclitic letter or pair: و، ف، ب، ل، لل، ول ...
    s["PRE"] = "(?:[" + "".join(letters) + "]|" + "|".join(pairs) + ")?"
    s["PRE1"] = "(?:[" + "".join(letters) + "])?"
    s["B0"] = r"(?:^|[^\w])"  # word start; Unicode \b would push regex off its fast DFA path
    s["B1"] = r"(?:[^\w]|$)"  # word end (consumes one separator: match text doubles whitespace)
    s["WORD"] = r"[^\s،,.:;؛\"()]+"
    s["WORD_ND"] = r"[^\s0-9،,.:;؛\"()]+"  # a word with no digit
    # digits, with . or , between groups; or one to three digits and groups of three after an Arabic comma (2،000)
    s["DIG"] = r"(?:[0-9]{1,3}(?:\x{060C}[0-9]{3})+|[0-9]+(?:[.,][0-9]+)*)"
    s["SCALE"] = s["scale"]
    # number words, and a remainder in digits after a thousand or more (الفين و300)
    thousands = [n for n, v in ((normalize(r["word"]), float(r["value"])) for r in read_csv("number_words.csv")) if v >= 1000]
    big = set(thousands)
    rem = rf"(?:\s+{s['and']}\s*[0-9]+)?"  # a remainder in digits, after a thousand or more only
    small_first, big_first = _alt(x for x in w["number_first"] if x not in big), _alt(x for x in w["number_first"] if x in big)
    small_word, big_word = _alt(x for x in w["number_word"] if x not in big), _alt(x for x in w["number_word"] if x in big)
    # a thousand or more after و starts another number (ما بين ثمانمئه والف ومئتي: 800 and 1200, not 800,200; بين الف
    # والفين): Arabic joins a smaller part after a larger one with و, never a larger one after a smaller, and a
    # thousand multiplies what comes before it without و (ثلاثه الاف، خمسه وعشرين الف)
    # a two-word teen with the article on its unit (السبعه عشر الف جندي: 17,000, not the ten thousand of عشر الف)
    teens = _alt(normalize(r["word"]) for r in read_csv("number_words.csv") if " " in r["word"].strip() and 11 <= float(r["value"]) <= 19)
    s["WORDNUM"] = (rf"(?:{art}{teens}|{small_first}|{big_first}{rem})"
                    rf"(?:\s+(?:{s['and']}\s*)?{small_word}|\s+{big_word}{rem})*")
    # a decimal written fraction first with a letter mark, before a scale word (5ر1 مليون)
    s["DECIMAL"] = rf"[0-9]+{s['decimal_mark']}[0-9]+\s*{s['SCALE']}"
    # a half or a quarter of a scale (نصف مليون), and a scale and a half (مليون ونصف [المليون])
    s["HALF"] = rf"\s+{s['and']}\s*{s['fraction']}(?:\s+(?:{art})?{s['SCALE']})?"
    # a thousand and a remainder of one to three digits with no و (44 الفا 532): tried first, and given up when
    # more digits follow (the end of NUM needs a separator)
    s["THOUSAND"] = _alt(n for n, v, k in ((normalize(r["word"]), float(r["value"]), r["kind"]) for r in read_csv("number_words.csv"))
                         if k == "scale" and v == 1000)
    # thousands written group by group with the same letter mark, the last group first, no scale after (290ر12 فرد:
    # 12,290; 000ر22 مسلم): groups of three before the mark
    s["MARKED_THOUSANDS"] = rf"(?:[0-9]{{3}}{s['decimal_mark']})+[0-9]{{1,3}}"
    s["NUM"] = (rf"(?:{s['DECIMAL']}|{s['MARKED_THOUSANDS']}|{s['fraction']}\s+{s['SCALE']}"
                rf"|{s['DIG']}(?:\s*{s['THOUSAND']}\s+[0-9]{{1,3}}"
                rf"|\"?\s*{s['SCALE']}(?:{s['HALF']}|\s+{s['and']}\s*{s['DIG']})?)?|{s['WORDNUM']}(?:{s['HALF']})?)"
                r"(?:[^\w]|$)")
    # hundreds from two hundred, and two thousand, the words the article is glued to before a count (بالمئتي جندي، الالفي
    # قتيل); not one or two (الاثنين is Monday) nor a hundred (في المائه: per cent)
    s["HUNDREDS"] = _alt(n for n, v, k in ((normalize(r["word"]), float(r["value"]), r["kind"]) for r in read_csv("number_words.csv"))
                         if k == "hundred" and 200 <= v <= 2000)
    # a range's end in brackets (بين (2500) و(3) آلاف): an opening bracket, then the digits with their scale after the
    # closing one, or a number (NUM's end takes the closing bracket)
    s["BNUM"] = rf"[(\[]?\s*(?:{s['DIG']}\s*[)\]]\s*{s['SCALE']}(?:[^\w]|$)|{s['NUM']})"
    s["QB"] = s["qualifier_before"]
    # the article glued to a number after a qualifier before it (قرابه ال25 شخصا, نحو الالف)
    s["QART"] = rf"(?:{art}\s?)?"
    s["QA"] = s["qualifier_after"]
    s["QBOUND"] = s["qualifier_bound"]
    s["VWORD"] = rf"[^\s{word('and')}،,.:;؛\"()][^\s،,.:;؛\"()]*"  # a victims word: not a conjunction
    # plain nouns: the trigger nouns that are not bare member nouns (عنصر، فرد)
    mil = set(w["noun_mil"])
    s["NOUN"] = _alt(n for n in w["noun"] if n not in mil)
    s["MILNOUN"] = s["noun_mil"]
    s["MIL"] = s["military"]
    s["ANYNOUN"] = rf"(?:{s['NOUN']}|{s['MILNOUN']}\s+(?:{s['of']}\s+)?{s['MIL']}|{s['MILNOUN']})"
    s["VERB"] = s["verb"]
    s["DUAL"] = _alt(w["dual"] + w.get("dual_mil", ()))
    s["VAGUE"] = s["vague"]
    s["PSG"] = s["person"]
    s["PDU"] = s["person_dual"]
    s["EXCL"] = s["exclusion"]
    # normalised as the text is (اسرائيلي is matched as اسراييلي)
    stems = [re.sub(r"^\^\(" + art + r"\)\?", "", normalize(r["pattern"])) for r in read_csv("forces.csv")]
    s["FORCE"] = rf"(?:{art})?(?:{'|'.join(stems)})[^\s،,.:;؛\"()]*"
    # the nationality adjective (السوريين، سوداني), not the country (سوريا، باكستان): a force stem and a nisba ending,
    # or a stem that is itself an adjective, with its case or plural ending (سوداني، اسرائيليا، اسرائيليين)
    ends = tuple(w["nisba_end"])
    stem_words = [x for st in stems for x in st.strip("()").split("|")]
    adjective_stems = [x for x in stem_words if x.endswith(ends)]
    s["FORCE_NISBA"] = (rf"(?:{art})?(?:(?:{'|'.join(stems)})[^\s،,.:;؛\"()]*?{s['nisba_end']}"
                        rf"|(?:{'|'.join(adjective_stems)}){s['nisba_tail']}?)")
    # what follows a count: a qualifier written after it, or a force and then one
    s["TAIL"] = rf"(?:\s+(?P<qualafter>{s['QA']})|\s+(?P<force>{s['FORCE']})(?:\s+(?P<qualafter2>{s['QA']}))?)?"
    # a military word, with a proclitic letter, or with the article after ل written لل (للتنظيم، للجيش)
    art_word = word("article")
    mil_definite = [m[len(art_word):] for m in w["military"] if m.startswith(art_word)]
    s["MILWORD"] = (rf"(?:^|[^\w])(?:{s['PRE1']}{s['MIL']}|{s['PRE1']}{s['for_the']}{_alt(mil_definite)})(?:[^\w]|$)")
    return s


def fill(template: str, rule: str | None = None) -> str:
    """A pattern template with its ``{name}`` fields replaced by shapes (``{{`` for a brace);
    with ``rule``, every named group ``(?P<role>`` becomes ``(?P<role_rule>`` so the groups of
    all rules can share one table."""
    out = template.format(**shapes())
    if rule is not None:
        out = re.sub(r"\(\?P<([a-z0-9]+)>", rf"(?P<\1_{rule}>", out)
    return out
