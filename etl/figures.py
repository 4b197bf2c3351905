"""Troop figures and attack counts (spec §3-§5), as polars expressions over sentences.

Flow, each step a function of the rule objects of :mod:`etl.rules`:

1. :func:`candidates`: sentences holding a trigger word of some rule (literal prefilter);
2. :func:`rule_matches`: every match of one rule with its offsets (the ``.*?`` chunk
   trick: each chunk is "gap + match", so cumulative chunk lengths give match positions),
   run only on the sentences its own prefilter admits;
3. :func:`read_matches`: a rule's matches → table, measure, value, qualifier, force and
   victims, from the roles of its groups (pure: no sentence context);
4. :func:`resolve_overlaps`: leftmost-first, earlier rules winning ties;
5. :func:`locate`: offsets mapped back to ``articles.text``, sentence context attached;
6. :func:`figures_from_matches`: the exclusions stage by stage, and the readings that
   depend on context (soldiers as victims, subset and conjunct counts).

Every exclusion is named (:data:`etl.rules.EXCLUSIONS`); with ``dropped=True`` the
extractor also returns the matches each one removed.
"""

from __future__ import annotations

from functools import lru_cache

import polars as pl

from .normalize import REMOVABLE_CLASS, match_text_expr, normalize, original_index, word_classes
from .numbers import parse_number, range_low
from .patterns import shapes, word_lists
from .reference import read_csv
from .rules import CASUALTY, INHERIT_MAX_GAP, SHARED_SCALE_RULES, TROOP_TOLL_RULES, Compiled, Exclusion, context, exclusions, grammar

FIGURE_COLUMNS = [
    "article_id", "table", "measure", "value", "value_low", "value_high", "qualifier",
    "force", "role", "target", "victims", "rule", "sentence", "sentence_start", "char_start", "char_end",
]
DROPPED_COLUMNS = [
    "article_id", "rule", "dropped_by", "reason", "table", "measure", "value", "value_low", "value_high", "qualifier",
    "sentence", "sentence_start", "char_start", "char_end",
]
MAX_PER_SENTENCE = 20
MAX_PER_ARTICLE = 1000
# the last words before a match, and the punctuation glued to it («خمسة: the window still reads the words before «)
BEFORE_WINDOW = word_classes(r"((?:\S+\s+){0,5}[^\w\s]*)$")
CAPTURE_WINDOW = word_classes(r"((?:\S+\s+){0,12}[^\w\s]*)$")
HEAD_TAIL = 400  # characters of match text enough for twelve words (whitespace is doubled)
PRE_TAIL = 120  # characters of match text before a match of a rule that trims a conjunct: about six words
BACK_RULES = ["tw"]  # rules whose figures read the sentence before theirs (``prev_norm``)
VICTIM_READING_RULES = ["nn", "nh", "nb", "ng", "np", "rg", "vg", "dn", "dp", "du", "nw", "mc"]  # troop nouns these read may be victims
# The rules' queries (and their prefilters) run on the in-memory engine. Polars keeps compiled
# regexes in a per-thread cache of 32, and the rules use over a hundred large patterns, so every
# query compiles its patterns again; the streaming engine evaluates an expression in each of its
# threads (each compiling it), the in-memory one once per query. On 3,000 articles the rules'
# queries cost 2.5 s of CPU one after the other, 0.75 s with their regexes already compiled.
RULE_ENGINE = "in-memory"
# Candidate sentences up to which each rule's pattern also reads its groups (``one_pattern`` of
# _match_exprs): compiling a rule's pattern once instead of twice saves about 0.4 s of CPU per
# batch (1.3 G instructions of the 14 G of a 300-article extraction), reading the groups over
# whole chunks costs about 0.5 M instructions per article (measured with callgrind on 300 and
# 3,000 articles, about three candidate sentences each): it pays below some 2,500 articles.
ONE_PATTERN_MAX = 2000
READ_COLUMNS = ["table", "measure", "value", "value_low", "value_high", "qualifier", "force_word", "victims"]


# ---------------------------------------------------------------------------------------
# 1-2. Candidate sentences and each rule's matches.
# ---------------------------------------------------------------------------------------
def candidates(sentences: pl.LazyFrame, prefilter: bool = True) -> pl.DataFrame:
    """Sentences (with their match text ``norm``) that hold a trigger word of some rule
    (``prefilter=False``: every sentence, the reference the prefilter must agree with)."""
    if "norm" not in sentences.collect_schema().names():
        sentences = sentences.with_columns(match_text_expr(pl.col("sentence")).alias("norm"))
    if prefilter:
        sentences = sentences.filter(pl.col("norm").str.contains_any(grammar().prefilter))
    return sentences.collect(engine="streaming")


def prefilter_anchors() -> dict[str, tuple[str, ...]]:
    """Each rule prefilter that is an alternation of phrases, with its anchor words
    (:attr:`etl.rules.Compiled.prefilter_anchors`); shapes have none."""
    return {c.prefilter: c.prefilter_anchors for c in grammar().rules if c.prefilter and c.prefilter_anchors}


def prefilter_flags(cand: pl.DataFrame) -> tuple[pl.DataFrame, dict[str, str]]:
    """Each distinct rule prefilter evaluated once over the candidates, as a boolean column
    (several rules share one: the verb list of vb, vp and vf is scanned once, not three times).

    One literal pass (Aho-Corasick, overlapping) finds in which sentences each prefilter's
    anchors occur (:func:`prefilter_anchors`); its regex then runs on those sentences only, not
    over all candidates (41 of 48 prefilters; 1.9 -> 1.3 CPU s on the 86,868 x1 candidates).
    Prefilters without anchors (shapes) search every candidate."""
    rules = [c for c in grammar().rules if c.prefilter]
    flags = {p: f"_pf{i}" for i, p in enumerate(sorted({c.prefilter for c in rules}))}
    search = {c.prefilter: (pl.col("norm").str.contains_any(list(c.prefilter_literals)) if c.prefilter_literals
                            else pl.col("norm").str.contains(c.prefilter)) for c in rules}
    if cand.height == 0:
        return cand.with_columns([pl.lit(False).alias(n) for n in flags.values()]), flags
    anchors = {p: a for p, a in prefilter_anchors().items() if p in flags}
    rows = cand.lazy().with_row_index("_r")
    # in-memory: each pattern compiled once per call (see RULE_ENGINE)
    out = rows.with_columns([search[p].alias(n) for p, n in flags.items() if p not in anchors]).collect(engine=RULE_ENGINE)
    if not anchors:
        return out.drop("_r").select(*cand.columns, *flags.values()), flags
    owner = pl.DataFrame({"_a": [a for v in anchors.values() for a in v],
                          "_flag": [flags[p] for p, v in anchors.items() for _ in v]})
    maybe = (
        rows.select("_r", pl.col("norm").str.extract_many(sorted(set(owner["_a"])), overlapping=True).alias("_a")).explode("_a")
        .join(owner.lazy(), on="_a").select("_r", "_flag").unique()
        .join(rows.select("_r", "norm"), on="_r")
        .collect(engine=RULE_ENGINE)
    )
    name = {n: p for p, n in flags.items()}
    parts = [part.lazy().filter(search[name[n]]).select("_r", "_flag") for (n,), part in maybe.partition_by("_flag", as_dict=True).items()]
    hits = pl.concat([maybe.clear().select("_r", "_flag"), *pl.collect_all(parts, engine=RULE_ENGINE)])
    out = out.with_columns([pl.col("_r").is_in(hits.filter(pl.col("_flag") == flags[p])["_r"].implode()).alias(flags[p]) for p in anchors])
    return out.select(*cand.columns, *flags.values()), flags


@lru_cache(maxsize=None)
def _match_exprs(rule: str, common: bool = False, one_pattern: bool = False) -> tuple[pl.Expr, pl.Expr]:
    """A rule's two regex expressions, built once: building ``extract_groups`` compiles the
    pattern to learn its groups, a few milliseconds for the large ones, in every batch otherwise.
    Each chunk is "gap + match"; the second expression is unanchored at the start, so the
    engine finds the match's span with its DFAs and runs the (slow) capture engine on that
    span only, not on the whole chunk. ``common``: the pattern without its rare branch.

    ``one_pattern``: the chunks' pattern reads their groups too (the match is group ``m``), so
    polars compiles the rule's pattern once per batch, not twice (its thread's cache of 32
    patterns still holds it); the capture engine then runs over the whole chunk, gap included.
    The same matches and groups: in a chunk the pattern's first match starts at the shortest
    gap any alternative matches at, the gap the chunk was cut with, and the same alternatives
    win there (see :data:`ONE_PATTERN_MAX`)."""
    c = next(c for c in grammar().rules if c.rule.name == rule)
    pattern = c.common_pattern if common else c.pattern
    if one_pattern:
        chunk = r"(?s).*?(?P<m>" + pattern + ")"
        return pl.col("norm").str.extract_all(chunk).alias("chunk"), pl.col("chunk").str.extract_groups(chunk).alias("grp")
    return (pl.col("norm").str.extract_all(r"(?s).*?(?:" + pattern + ")").alias("chunk"),
            pl.col("chunk").str.extract_groups(r"(?s)(?P<m>" + pattern + ")$").alias("grp"))


def rule_matches(cand: pl.LazyFrame, c: Compiled, prefilter: bool = True, flag: str | None = None,
                 one_pattern: bool = False) -> pl.LazyFrame:
    """Every match of one rule, with its span (``m_start``, ``m_end``) in the normalised
    sentence: the evidence, without the separators the word-edge groups consumed or what
    the rule's ``lead`` opens with. ``flag``: a column holding the rule's prefilter verdict;
    ``one_pattern``: see :func:`_match_exprs`."""
    if prefilter and c.prefilter is not None:
        cand = cand.filter(pl.col(flag) if flag else pl.col("norm").str.contains(c.prefilter))
    def spans(cand: pl.LazyFrame, common: bool = False) -> pl.LazyFrame:
        chunks, groups = _match_exprs(c.rule.name, common, one_pattern)
        return (
            cand.select("article_id", "sent_idx", chunks)
            .explode("chunk")
            .drop_nulls("chunk")
            .with_columns(pl.col("chunk").str.len_chars().cum_sum().over("article_id", "sent_idx").alias("m_end"))
            .with_columns(groups)
            .unnest("grp")
            .with_columns(*pre)
            .drop("chunk")
        )
    # a rule that trims a conjunct count keeps the clause's last words before its match (``pre_<rule>``: since the last clause
    # break, number or match of the rule), for its exclusions (a deployment verb before a count of troops)
    pre = [pl.col("chunk").str.slice(0, pl.col("chunk").str.len_chars() - pl.col("m").str.len_chars()).str.tail(PRE_TAIL)
           .str.extract(r"([^،,.:;؛!؟0-9]*)$").alias(f"pre_{c.rule.name}")] if c.rule.trim_conjunct else []
    if c.rare_guard is None:
        m = spans(cand)
    else:
        # the rare branch is tried only in the sentences that hold its shape (see Rule.rare)
        cand = cand.with_columns(pl.col("norm").str.contains(c.rare_guard).alias("_rare"))
        m = pl.concat([spans(cand.filter(pl.col("_rare"))), spans(cand.filter(~pl.col("_rare")), common=True)], how="diagonal")
    m = m.with_columns(pl.lit(c.rule.name).alias("rule"), pl.lit(c.priority, pl.Int32).alias("prio"))
    if c.rule.trim_subset:
        # A victims phrase stops before بينهم / منهم: what follows is a subset count of its
        # own (مقتل 71 الفا و781 مدنيا بينهم 11 الفا و964 طفلا).
        tail = context()["subset_tail"]
        cut = pl.col("m").str.extract(tail).str.len_chars().fill_null(0)
        m = m.with_columns(
            (pl.col("m_end") - cut).alias("m_end"),
            pl.col("m").str.slice(0, pl.col("m").str.len_chars() - cut).alias("m"),
            *[pl.col(c.group(v)).str.replace(tail, "").alias(c.group(v)) for v in c.rule.victims if c.group(v) in c.groups],
        )
    if c.rule.trim_conjunct:
        # The evidence of a count stops before a conjunct count in its words (و17 … قتلوا): that count is read by its own
        # rule, which the span would otherwise hide; the words and the verb stay as read (the exclusions test them whole).
        words, verb = pl.col(c.group("words")), pl.col(c.group("verb"))
        # not where the conjunct follows the number at once (ما بين 20 و25: a range's end) or a subset (بينهم 12 طفلا وست نساء:
        # the subset's part)
        rest = words.str.extract(context()["conjunct_tail"]).str.len_chars()
        before = words.str.slice(0, words.str.len_chars() - rest)
        trim = rest.is_not_null() & before.str.contains(word_classes(r"\w")) & ~before.str.contains(context()["subset_word"])
        cut = pl.when(trim).then(rest + verb.str.len_chars() + (~pl.col("m").str.ends_with(verb)).cast(pl.UInt32)).otherwise(0)
        m = m.with_columns((pl.col("m_end") - cut).alias("m_end"), pl.col("m").str.slice(0, pl.col("m").str.len_chars() - cut).alias("m"))
    # What opens a match but is not its evidence (the rule's ``lead``, a ``lead`` group) and
    # what closes it but is not (a ``trail`` group) are cut from its span.
    lead = pl.col("m").str.extract(c.lead).str.len_chars()
    if c.group("lead") in c.groups:
        lead = lead + pl.col(c.group("lead")).str.len_chars().fill_null(0)
    trail = pl.col(c.group("trail")).str.len_chars().fill_null(0) if c.group("trail") in c.groups else pl.lit(0)
    evidence = pl.col("m").str.slice(0, pl.col("m").str.len_chars() - trail)
    return m.with_columns(
        (pl.col("m_end") - pl.col("m").str.len_chars() + lead).alias("m_start"),
        (pl.col("m_end") - trail - evidence.str.extract(word_classes(r"([^\w]*)$")).str.len_chars()).alias("m_end"),
    ).filter(pl.col("m_end") > pl.col("m_start"))


# ---------------------------------------------------------------------------------------
# 3. Reading a rule's matches.
# ---------------------------------------------------------------------------------------
def _lookup(e: pl.Expr, mapping: dict, part: int) -> pl.Expr:
    keys = list(mapping)
    return e.replace_strict(keys, [mapping[k][part] for k in keys], default=None)


def _strip_al(e: pl.Expr) -> pl.Expr:
    return e.str.replace(context()["article"], "").str.replace_all(r"\s+", " ")


def _measure_lookup(c: Compiled, role: str, table: str, part: int) -> pl.Expr:
    """A group's phrase looked up in a word list: (table, measure)[part]. A noun is looked
    up without its article, then by its first word (عناصر من داعش → عناصر)."""
    mapping = grammar().lookups[table]
    col = pl.col(c.group(role))
    if role == "noun":
        noun = _strip_al(col)
        return pl.coalesce(_lookup(noun, mapping, part), _lookup(noun.str.extract(r"^(\S+)"), mapping, part))
    return _lookup(col.str.replace_all(r"\s+", " "), mapping, part)


def _first(c: Compiled, role: str) -> pl.Expr:
    cols = c.roles(role)
    return pl.coalesce([pl.col(x) for x in cols]) if cols else pl.lit(None, pl.Utf8)


READ_OUT = ("table", "measure", "qualifier", "force_word", "victims", "_num", "_lo", "_hi", "_other", "_count", "_magnitude")


def read_matches(lf: pl.LazyFrame, c: Compiled) -> pl.LazyFrame:
    """One rule's matches → table, measure, qualifier, force_word and victims from the rule's
    reading and its groups' roles, and the number phrases its value is read from (``_num``,
    ``_lo``, ``_hi``, ``_other``; :func:`with_values` reads them for all rules at once)."""
    return lf.with_columns(_read_exprs(c.rule.name))


# (keyed by the set of rules with a match in a batch: a long build sees a few hundred such sets
# at most; the bound keeps a long-running process from growing with them)
@lru_cache(maxsize=256)
def _read_all_exprs(names: tuple[str, ...] | None = None) -> tuple[pl.Expr, ...]:
    """:func:`read_matches` of every rule (or of ``names``) as one expression per column, each
    row read by its own rule's expressions: one query for a batch instead of one per rule."""
    if names is None:
        names = tuple(c.rule.name for c in grammar().rules)
    per_rule = {n: dict(zip(READ_OUT, _read_exprs(n))) for n in names}
    out = []
    for col in READ_OUT:
        expr = None
        for n in names:
            cond = pl.col("rule") == n
            expr = pl.when(cond).then(per_rule[n][col]) if expr is None else expr.when(cond).then(per_rule[n][col])
        out.append(expr.alias(col))
    return tuple(out)


def read_all(m: pl.DataFrame) -> pl.DataFrame:
    """Every rule's matches (all groups present) read; see :func:`read_matches`. Each rule's
    expressions read its own rows only (one query per rule with a match, run together, each
    reading only the columns it needs), the results put back in row order: the same values as
    :func:`_read_all_exprs`' when/then chain, which evaluates every branch over every row (its
    lookups and regexes over 20,000 matches, 0.7 s of CPU on SaudiNewsNet in one batch, 0.08 s
    so)."""
    if m.height == 0:
        return m.with_columns(_read_all_exprs())
    rows = m.lazy().with_row_index("_ra")
    have = set(m["rule"].unique().to_list())  # (once: in the comprehension's test it ran once per rule, 83 times)
    present = [c.rule.name for c in grammar().rules if c.rule.name in have]
    read = pl.collect_all([rows.filter(pl.col("rule") == r).select("_ra", *_read_exprs(r)) for r in present], engine=RULE_ENGINE)
    return m.with_columns(pl.concat(read).sort("_ra").drop("_ra"))


@lru_cache(maxsize=None)
def _read_exprs(name: str) -> tuple[pl.Expr, ...]:
    """The expressions of :func:`read_matches` for one rule, built once (their lookup tables
    are large lists, converted to Series when an expression is built)."""
    g = grammar()
    c = next(x for x in g.rules if x.rule.name == name)
    rule = c.rule
    if rule.reads is not None:
        table, measure = pl.lit(rule.reads[0]), pl.lit(rule.reads[1])
    elif rule.lookups:
        table = pl.coalesce([_measure_lookup(c, role, lst, 0) for role, lst in rule.lookups])
        measure = pl.coalesce([_measure_lookup(c, role, lst, 1) for role, lst in rule.lookups])
        if len(rule.lookups) > 1 and c.group("noun") in c.groups:
            # a noun that counts killed and injured together outweighs the verb (راح ضحيتها عشرات القتلي والجرحي)
            both = _measure_lookup(c, "noun", "noun", 1) == "casualties"
            table = pl.when(both).then(pl.lit("attacks")).otherwise(table)
            measure = pl.when(both).then(pl.lit("casualties")).otherwise(measure)
    else:  # inherits: the figure before gives the measure
        table = measure = pl.lit(None, pl.Utf8)
    count = pl.lit(None, pl.Int64)  # a count the words give: a person (1) or a dual (2), a dual noun (2)
    if c.roles("person"):
        count = pl.when(pl.col(c.group("person")).is_in(list(g.person_dual))).then(2).when(pl.col(c.group("person")).is_not_null()).then(1)
    if rule.value is not None:
        count = pl.coalesce(count, pl.lit(rule.value))
    vague = c.roles("vague")
    magnitude = (_lookup(pl.col(vague[0]).str.replace_all(r"\s+", " "), {k: (v,) for k, v in g.vague_low.items()}, 0)
                 if vague else pl.lit(None, pl.Int64))
    quals = c.roles("qual") + c.roles("qualafter")
    qual_cols = [pl.col(q) for q in quals]
    if rule.qualifier_in:
        qual_cols.append(pl.col(c.group(rule.qualifier_in)).str.extract("(" + shapes()["QA"] + ")"))
    qual_word = pl.coalesce(qual_cols).str.replace_all(r"\s+", " ") if qual_cols else pl.lit(None, pl.Utf8)
    qualifier = _lookup(qual_word, {k: (v,) for k, v in g.qualifier.items()}, 0).fill_null("exact")
    if c.roles("lo"):
        qualifier = pl.when(_first(c, "lo").is_not_null()).then(pl.lit("exact")).otherwise(qualifier)
    if vague:
        qualifier = pl.when(pl.col(vague[0]).is_not_null()).then(pl.lit("vague")).otherwise(qualifier)
    if rule.force_in:
        force = pl.col(c.group(rule.force_in)).str.extract(r"(?:^|\s)(" + context()["force"] + ")")
    elif c.roles("force"):
        force = pl.col(c.group("force"))
    else:
        force = pl.lit(None, pl.Utf8)
    vcols = [pl.col(c.group(v)) for v in rule.victims if c.group(v) in c.groups]
    victims = (pl.concat_str(vcols, separator=" ", ignore_nulls=True).str.replace_all(r"\s+", " ").str.strip_chars(" ,،.")
               if vcols else pl.lit(None, pl.Utf8))
    if vcols:  # concat_str of nothing is "", not null
        victims = pl.when(pl.any_horizontal([v.is_not_null() for v in vcols])).then(victims)
    num = _first(c, "num")
    if c.roles("rem"):
        # a number in thousands and its rest written after the noun (10 الاف مقاتل و406) read as one (10 الاف و406)
        whole = pl.concat_str([num, pl.lit(" "), pl.col(c.group("rem"))])
        num = pl.when(pl.col(c.group("rem")).is_not_null() & num.str.contains("(?:" + shapes()["SCALE"] + r")\s*$")).then(whole).otherwise(num)
    return (
        table.cast(pl.Utf8).alias("table"), measure.cast(pl.Utf8).alias("measure"),
        qualifier.alias("qualifier"), force.cast(pl.Utf8).alias("force_word"), victims.cast(pl.Utf8).alias("victims"),
        num.cast(pl.Utf8).alias("_num"), _first(c, "lo").cast(pl.Utf8).alias("_lo"),
        _first(c, "hi").cast(pl.Utf8).alias("_hi"), _first(c, "other").cast(pl.Utf8).alias("_other"),
        count.cast(pl.Int64).alias("_count"), magnitude.cast(pl.Int64).alias("_magnitude"),
    )


def with_values(m: pl.DataFrame) -> pl.DataFrame:
    """``value``, ``value_low``, ``value_high`` and ``value_other`` of every match, its number
    phrases parsed once per distinct phrase (pure Python, no regex). The low end of a range
    is read in the magnitude its high end names when it names none (بين 20 و40 الف → 20000)."""
    phrases = set()
    for col in ("_num", "_hi", "_other"):
        phrases.update(v for v in m[col].unique().to_list() if v is not None)
    parsed = {p: parse_number(p) for p in phrases}
    pairs = m.select("_lo", "_hi").unique().drop_nulls("_lo").rows()
    lows = {f"{lo}\x1f{hi or ''}": range_low(lo, hi) for lo, hi in pairs}
    # the first number of a change from N to M read in the magnitude M names, when N names none (من 4 الي 5 الاف → 4000)
    changes = m.filter(pl.col("rule").is_in(SHARED_SCALE_RULES)).select("_num", "_other").unique().drop_nulls().rows()
    firsts = {f"{n}\x1f{o}": range_low(n, o) for n, o in changes}
    first_key = pl.concat_str([pl.col("_num"), pl.col("_other")], separator="\x1f")

    def read(col: str, table: dict) -> pl.Expr:
        keys = list(table)
        return pl.col(col).replace_strict(keys, [table[k] for k in keys], default=None, return_dtype=pl.Int64)

    low_key = pl.concat_str([pl.col("_lo"), pl.col("_hi").fill_null("")], separator="\x1f")
    return m.with_columns(
        pl.coalesce(pl.when(pl.col("rule").is_in(SHARED_SCALE_RULES))
                    .then(first_key.replace_strict(list(firsts), list(firsts.values()), default=None, return_dtype=pl.Int64)),
                    read("_num", parsed), pl.col("_count")).alias("value"),
        pl.coalesce(pl.col("_magnitude"), low_key.replace_strict(list(lows), list(lows.values()), default=None,
                                                                  return_dtype=pl.Int64)).alias("value_low"),
        read("_hi", parsed).alias("value_high"),
        read("_other", parsed).alias("value_other"),
    ).drop("_num", "_lo", "_hi", "_other", "_count", "_magnitude")


# ---------------------------------------------------------------------------------------
# Exclusions, applied stage by stage (optionally keeping what they drop).
# ---------------------------------------------------------------------------------------
def apply_exclusions(m: pl.DataFrame, excl: list[Exclusion], sink: list | None) -> pl.DataFrame:
    """Drop the rows any of ``excl`` removes. With a ``sink``, the dropped rows go there with
    the first exclusion that removed each (``dropped_by``). A null test drops, as in a
    filter. On the normal path an exclusion limited to some rules is tested on their rows
    only (see :func:`_row_wise`): the same verdicts, at a fraction of the regex work (most
    tests search whole sentences, and most exclusions name one or a few of some eighty rules)."""
    if m.height == 0:
        return m
    # An exclusion limited to rules none of which has a row here drops nothing (its test is
    # ANDed with the rule's membership, never null): not evaluated (its regexes cost their
    # compilation per batch, whatever the batch's size).
    present = set(m["rule"].unique().to_list())
    excl = [e for e in excl if not e.rules or present.intersection(e.rules)]
    if not excl:
        return m
    if sink is None:
        return _drop_excluded(m, excl, present)
    keep = pl.all_horizontal([~_drops(e) for e in excl])
    by = pl.lit(None, pl.Utf8)
    for e in reversed(excl):
        by = pl.when(_drops(e).fill_null(True)).then(pl.lit(e.name)).otherwise(by)
    m = m.with_columns(keep.fill_null(False).alias("_keep"), by.alias("dropped_by"))
    sink.append(m.filter(~pl.col("_keep")).drop("_keep"))
    return m.filter(pl.col("_keep")).drop("_keep", "dropped_by")


@lru_cache(maxsize=None)
def _test(e: Exclusion) -> pl.Expr:
    """An exclusion's test, built once per process (not once per batch and use)."""
    return e.test()


@lru_cache(maxsize=None)
def _drops(e: Exclusion) -> pl.Expr:
    """An exclusion's test limited to its rules (:meth:`etl.rules.Exclusion.drops`), built once per process."""
    return e.drops()


def _drop_excluded(m: pl.DataFrame, excl: list[Exclusion], present: set[str]) -> pl.DataFrame:
    """``m`` without the rows any of ``excl`` drops (a true or null test on a row of its rules).
    The exclusions limited to the same rules are tested together on those rules' rows, cut out
    first (in one lazy query polars folds both filters into one predicate, and the test would
    read every row); the others (every rule, or a test that reads other rows) on every row. One
    query each, run together."""
    limited: dict[tuple[str, ...], list[Exclusion]] = {}
    whole = []
    for e in excl:
        if e.rules and _row_wise(e.name, e.test):
            limited.setdefault(tuple(sorted(present.intersection(e.rules))), []).append(e)
        else:
            whole.append(e)
    queries = []
    if limited:
        read = sorted({c for es in limited.values() for e in es for c in _test(e).meta.root_names()} | {"rule"})
        by_rule = m.select(read).with_row_index("_x").partition_by("rule", as_dict=True)
        for rules, es in limited.items():
            rows = pl.concat([by_rule[(r,)] for r in rules])
            queries.append(rows.lazy().filter(pl.any_horizontal([_test(e).fill_null(True) for e in es])).select("_x"))
    if whole:
        queries.append(m.lazy().with_row_index("_x").filter((~pl.all_horizontal([~_drops(e) for e in whole])).fill_null(True)).select("_x"))
    dropped = pl.concat(pl.collect_all(queries, engine=RULE_ENGINE)).get_column("_x")
    if dropped.is_empty():
        return m
    return m.with_row_index("_x").filter(~pl.col("_x").is_in(dropped.implode())).drop("_x")


# Expression nodes and functions whose value on a row depends on that row alone: a test built only of
# them gives the same verdicts on any subset of the rows. (Anything else, a window (``.over``), a shift, an
# aggregate, or a node not listed here, is tested on every row.)
ROW_WISE_NODES = {"Column", "Literal", "BinaryExpr", "Ternary", "Function", "Cast", "Alias"}
ROW_WISE_FUNCTIONS = {"StringExpr", "Boolean", "FillNull", "Coalesce", "MaxHorizontal", "MinHorizontal", "ReplaceStrict"}
NOT_ROW_WISE = {("StringExpr", "ConcatVertical"), ("Boolean", "Any"), ("Boolean", "All"), ("Boolean", "IsFirstDistinct"),
                ("Boolean", "IsLastDistinct"), ("Boolean", "IsUnique"), ("Boolean", "IsDuplicated")}


@lru_cache(maxsize=None)
def _row_wise(name: str, test) -> bool:
    """Whether an exclusion's test reads each row alone (walked in the expression's serialised tree)."""
    import json

    def ok(node) -> bool:
        if not isinstance(node, dict) or len(node) != 1:
            return False
        kind, body = next(iter(node.items()))
        if kind not in ROW_WISE_NODES:
            return False
        if kind == "Literal":
            return True
        if kind == "Column":
            return isinstance(body, str)
        if kind == "Function":
            f = body["function"]
            family, detail = (f, None) if isinstance(f, str) else next(iter(f.items()))
            sub = detail if isinstance(detail, str) else (next(iter(detail)) if isinstance(detail, dict) and len(detail) == 1 else None)
            return family in ROW_WISE_FUNCTIONS and (family, sub) not in NOT_ROW_WISE and all(ok(x) for x in body["input"])
        if kind == "BinaryExpr":
            return ok(body["left"]) and ok(body["right"])
        if kind == "Ternary":
            return ok(body["predicate"]) and ok(body["truthy"]) and ok(body["falsy"])
        if kind == "Cast":
            return ok(body["expr"])
        if kind == "Alias":
            return ok(body[0])
        return False

    try:
        return ok(json.loads(test().meta.serialize(format="json")))
    except (KeyError, TypeError, IndexError, StopIteration):
        return False


def _with_groups(m: pl.DataFrame) -> pl.DataFrame:
    """Every group of every rule exists, even when a rule matched nothing in this batch."""
    have = set(m.columns)  # (read once: ``m.columns`` asks polars for the schema at every call)
    return m.with_columns([e for name, e in _null_groups().items() if name not in have])


@lru_cache(maxsize=1)
def _null_groups() -> dict[str, pl.Expr]:
    """A null column for every group of every rule, built once (some 450 expressions: 0.1 s of CPU per batch)."""
    names = list(grammar().group_names) + [f"pre_{c.rule.name}" for c in grammar().rules if c.rule.trim_conjunct]
    return {c: pl.lit(None, pl.Utf8).alias(c) for c in names}


# ---------------------------------------------------------------------------------------
# 4-5. Overlaps and offsets.
# ---------------------------------------------------------------------------------------
def leftmost_non_overlapping(starts, ends, sent_keys) -> list[bool]:
    """Greedy leftmost-first selection over matches sorted by (sentence, start, priority):
    keep a match unless it overlaps one already kept in the same sentence."""
    keep = []
    last_key, last_end = None, -1
    for key, s, e in zip(sent_keys, starts, ends):
        if key != last_key:
            last_key, last_end = key, -1
        if s >= last_end:
            keep.append(True)
            last_end = e
        else:
            keep.append(False)
    return keep


def resolve_overlaps(m: pl.DataFrame, sink: list | None = None) -> pl.DataFrame:
    """Leftmost-first, earlier rules winning ties (as one alternation would), then at most
    MAX_PER_SENTENCE figures per sentence and MAX_PER_ARTICLE per article (pathological
    text: one trigger phrase repeated a million times)."""
    m = m.sort(["article_id", "sent_idx", "m_start", "prio", "m_end"], descending=[False, False, False, False, True])
    keys = (m["article_id"] + ":" + m["sent_idx"].cast(pl.Utf8)).to_list()
    kept = pl.Series(leftmost_non_overlapping(m["m_start"].to_list(), m["m_end"].to_list(), keys), dtype=pl.Boolean)
    if sink is not None:
        sink.append(m.filter(~kept).with_columns(pl.lit("overlap").alias("dropped_by")))
    m = m.filter(kept)
    return m.filter(
        (pl.int_range(pl.len()).over("article_id", "sent_idx") < MAX_PER_SENTENCE)
        & (pl.int_range(pl.len()).over("article_id") < MAX_PER_ARTICLE)
    )


def locate(m: pl.DataFrame, cand: pl.DataFrame) -> pl.DataFrame:
    """Attach each match's sentence and map its span to ``articles.text`` offsets; add the
    text after it (``after``), before it (``head``) and since the match before (``gap``)."""
    m = m.join(cand, on=["article_id", "sent_idx"], how="left")
    # the sentence before, for the rules whose number refers back to it (rule tw); a sentence with no trigger word is no candidate
    back = m.filter(pl.col("rule").is_in(BACK_RULES)).select("article_id", (pl.col("sent_idx") - 1).alias("sent_idx")).unique()
    prev = cand.join(back, on=["article_id", "sent_idx"], how="semi").select("article_id", (pl.col("sent_idx") + 1).alias("sent_idx"), pl.col("norm").alias("prev_norm"))
    m = m.join(prev, on=["article_id", "sent_idx"], how="left")
    m = original_index(m, "sentence", "norm", {"_start_in_sentence": pl.col("m_start"), "_last_in_sentence": pl.col("m_end") - 1})
    m = m.sort(["article_id", "sent_idx", "m_start"])
    prev_end = pl.col("m_end").shift(1).over("article_id", "sent_idx").fill_null(0)
    head = pl.col("norm").str.slice(0, pl.col("m_start"))
    return (
        m.with_columns(
            (pl.col("sent_start") + pl.col("_start_in_sentence")).alias("char_start"),
            (pl.col("_last_in_sentence") + 1).alias("_end_in_sentence"),
            pl.col("norm").str.slice(pl.col("m_end")).alias("after"),
            pl.col("norm").str.slice(prev_end, pl.col("m_start") - prev_end).alias("gap"),
            head.alias("head"),
            # the last words before the match, read from the end of the head only
            head.str.tail(HEAD_TAIL).str.extract(BEFORE_WINDOW, 1).fill_null("").alias("before"),
            head.str.tail(HEAD_TAIL).str.extract(CAPTURE_WINDOW, 1).fill_null("").alias("before_long"),
        )
        # Diacritics after the last matched letter belong to the evidence phrase.
        .with_columns(
            (pl.col("sent_start") + pl.col("_end_in_sentence")
             + pl.col("sentence").str.slice(pl.col("_end_in_sentence")).str.extract("^(" + REMOVABLE_CLASS + "*)").str.len_chars()
             ).alias("char_end")
        )
    )


def match_figures(sentences: pl.LazyFrame, sink: list | None = None, prefilter: bool = True) -> pl.DataFrame:
    """Sentences → one row per figure match that won its span, read (table, measure,
    value ...) and located, with its raw groups and sentence context.

    Each rule runs as its own regex (one combined alternation thrashes the regex
    engine's lazy DFA); overlaps are then resolved leftmost-first, earlier rules
    winning ties, as a single alternation would. With a ``sink`` (a list), matches
    removed before overlaps are resolved, and those an overlap hid, go there (located).
    ``prefilter=False`` runs every rule on every sentence (slow; the prefilters' reference).
    """
    g = grammar()
    cand = candidates(sentences, prefilter)
    flagged, flags = prefilter_flags(cand) if prefilter else (cand, {})
    lazy = flagged.lazy()
    # A rule whose own prefilter admits no sentence has no match: it is not run (the in-memory
    # engine would compile its patterns for an empty column; most rules on a small batch).
    admitted = flagged.select([pl.col(n).any() for n in flags.values()]).row(0, named=True) if flags and flagged.height else {}
    run = [c for c in g.rules if not (prefilter and c.prefilter is not None and not admitted.get(flags[c.prefilter], False))]
    one_pattern = flagged.height <= ONE_PATTERN_MAX
    parts = pl.collect_all([rule_matches(lazy, c, prefilter, flags.get(c.prefilter), one_pattern) for c in run],
                           engine=RULE_ENGINE) if run else []
    parts = [p for p in parts if p.height]
    if not parts:
        return pl.DataFrame()
    m = with_values(read_all(_with_groups(pl.concat(parts, how="diagonal"))))
    own = [] if sink is not None else None
    m = apply_exclusions(m, exclusions("match"), own)
    m = resolve_overlaps(m, own)
    if sink is not None:
        sink.extend(locate(d, cand) for d in own if d.height)
    return locate(m, cand)


# ---------------------------------------------------------------------------------------
# 6. Exclusions and context readings on located figures.
# ---------------------------------------------------------------------------------------
def read_counted_deaths(m: pl.DataFrame) -> pl.DataFrame:
    """A verb of killing and wounding right after a count of death cases (عن حالتي وفاة وإصابة 12 مقيما): the deaths
    are counted before the verb, the number after it is of the wounded only. So is the count of "others" after the pair
    of verbs (المواطن فلان استشهد وأصيب ثلاثة آخرون): the one killed is its subject, named before it."""
    cases = (pl.col("measure") == "casualties") & (pl.col("before").str.contains(context()["death_cases_before"])
                                                   | ((pl.col("rule") == "vb") & pl.col("victims").str.contains(context()["others_first"])))
    return m.with_columns(pl.when(cases.fill_null(False)).then(pl.lit("injured")).otherwise(pl.col("measure")).alias("measure"))


def read_victim_soldiers(m: pl.DataFrame) -> pl.DataFrame:
    """A troop noun right after a casualty or capture word: the soldiers are victims, not a
    strength (قتل آنذاك خمسة جنود → killed; خطف 5 مقاتلين → ``drop``, unless troops were sent
    after the capture word)."""
    # Only a troop figure can be re-read (every test below needs its measure to be troops): the
    # windows are searched on those rows alone (a few in a hundred), not on every match.
    troops = (pl.col("measure") == "troops").fill_null(False)
    if not m.select(troops.any()).item():
        return _troops_casualty_table(m)
    # the first figure of its sentence (a killing verb that opens the sentence has no other count to take)
    first = (pl.col("char_start") == pl.col("char_start").min().over("article_id", "sent_idx")).alias("_first")
    read = _read_victim_measure(m.with_row_index("_vs_row").with_columns(first).filter(troops))
    # (only the measure is re-read: it goes back into its rows, where concatenating and sorting the
    # whole frame again, some 450 columns, cost as much as the reading)
    measure = m.get_column("measure").clone().scatter(read.get_column("_vs_row"), read.get_column("measure"))
    return _troops_casualty_table(m.with_columns(measure))


def _troops_casualty_table(m: pl.DataFrame) -> pl.DataFrame:
    """A casualty measure read from a troop noun goes to the attack counts."""
    return m.with_columns(
        pl.when(pl.col("measure").is_in(CASUALTY) & (pl.col("table") == "troops")).then(pl.lit("attacks"))
        .otherwise(pl.col("table")).alias("table")
    )


def _read_victim_measure(m: pl.DataFrame) -> pl.DataFrame:
    """The measure of :func:`read_victim_soldiers`, on troop figures (only its ``measure`` is read back)."""
    ctx = context()
    troop_nn = (pl.col("measure") == "troops") & pl.col("rule").is_in(VICTIM_READING_RULES)
    # phrases that only look like a casualty word (اصابه مباشره: a direct hit) are not read
    before = pl.col("before").str.replace_all(ctx["before_noise"], " ")
    before_long = pl.col("before_long").str.replace_all(ctx["before_noise"], " ")
    # the nearest word decides: what follows a capture word (مقتل 6 والقبض علي 18 فردا)
    before = pl.coalesce(before.str.extract("^.*" + ctx["captured_before"] + "(.*)$", 1), before)
    # a deployment verb after the casualty word is the count's own verb (فقد أرسل 50 جنديا: so he sent)
    troop_before = pl.when(troop_nn).then(before)
    # a count head of soldiers killed or injured (عدد الجنود الذين اصيبوا … الي 34) counts the toll
    toll = (pl.col("measure") == "troops") & pl.col("rule").is_in(list(TROOP_TOLL_RULES))
    toll_killed, toll_injured = pl.col("m").str.contains(ctx["troop_toll_killed"]), pl.col("m").str.contains(ctx["troop_toll_injured"])
    # "among the wounded / the killed" earlier in the count's clause, with no deployment verb after it (من بين الجرحى … 18 جنديا)
    clause = pl.when(troop_nn).then(pl.col("head").str.tail(2 * HEAD_TAIL))
    among_injured = clause.str.contains(ctx["among_injured"]) & ~clause.str.extract("(" + ctx["among_injured"] + ")", 1).fill_null("").str.contains(ctx["deployed_word"])
    among_killed = clause.str.contains(ctx["among_killed"]) & ~clause.str.extract("(" + ctx["among_killed"] + ")", 1).fill_null("").str.contains(ctx["deployed_word"])
    # a conjunct count of persons between the troops of a deployment or presence clause and the casualty word after them (نشر 500
    # جندي في المدينه، و20 مسلحا قتلوا): the word befalls the conjunct, the troops are a strength; the tail is read before it
    after_troops = pl.when(troop_nn).then(pl.col("after"))
    before_conjunct = (after_troops.str.replace("(?:" + ctx["conjunct_person"] + r")[\s\S]*$", "")
                       .str.replace("(?:" + ctx["conjunct_part"] + r")[\s\S]*$", ""))
    conjunct_clause = ((after_troops != before_conjunct) & (before_long.str.contains(ctx["deploy_clause_word"])
                                                            | before_conjunct.str.contains(ctx["deploy_clause_word"]))).fill_null(False)
    after = pl.when(conjunct_clause).then(before_conjunct).otherwise(pl.col("after"))
    # (nor a wounding word after it: فقد اصيب الجنود الاربعه, so they were wounded: the nearest word decides)
    after_capture = before_long.str.extract("^.*" + ctx["captured_before"] + "(.*)$", 1).fill_null("")
    after_killed_word = troop_before.str.extract("^.*" + ctx["killed_before"] + "(.*)$", 1).fill_null("")
    # the same words read past an aside between two commas right before the count (فقد البلد، منذ يناير الي يوليو، سبعه
    # عسكريين): the aside is skipped
    aside_before = (pl.when(troop_nn).then(pl.col("head").str.tail(HEAD_TAIL)).str.replace(ctx["aside_end"], " ")
                    .str.extract(BEFORE_WINDOW, 1).fill_null("").str.replace_all(ctx["before_noise"], " "))
    aside_before = pl.coalesce(aside_before.str.extract("^.*" + ctx["captured_before"] + "(.*)$", 1), aside_before)
    after_aside_killed = aside_before.str.extract("^.*" + ctx["killed_before"] + "(.*)$", 1).fill_null("")
    killed_before = (troop_before.str.contains(ctx["killed_before"])
                     & ~after_killed_word.str.contains(ctx["deployed_word"]) & ~after_killed_word.str.contains(ctx["injured_before"])
                     | aside_before.str.contains(ctx["killed_before"])
                     & ~after_aside_killed.str.contains(ctx["deployed_word"]) & ~after_aside_killed.str.contains(ctx["injured_before"])
                     | pl.when(troop_nn).then(before_long).str.contains(ctx["mourned_before"])
                     | pl.when(troop_nn).then(pl.col("after")).str.contains(ctx["martyr_next"]) | among_killed
                     | clause.str.contains(ctx["partition_killed"])
                     # the count is what a toll of the killed amounts to (قتلي الحزب … بلغ 865 عنصرا)
                     | clause.str.replace_all(ctx["date_number"], " ").str.replace_all(ctx["year_glued"], " ").str.contains(ctx["toll_amount_before"])
                     # the count is the first of a sentence that opens with a killing verb (قتل مسلحون يوم الجمعه 10 جنود)
                     | (pl.when(troop_nn & pl.col("_first")).then(pl.col("head")).str.contains(ctx["killed_opening"])
                        & ~pl.col("head").str.replace_all(ctx["date_number"], " ").str.contains(ctx["any_number"])
                        & ~pl.col("head").str.contains(ctx["deployed_word"])))
    return m.with_columns(
        # the whole the victims were out of (مقتل 12 جنديا من اصل 23 عسكريا): a strength, whatever befell a part of it
        pl.when(troop_nn & pl.col("before").str.contains(ctx["out_of_end"])).then(pl.col("measure"))
        .when(toll & toll_killed & toll_injured).then(pl.lit("casualties"))
        # killed or wounded, said together (قتل او جرح اكثر من 1100 جندي): neither alone
        .when(troop_before.str.contains(ctx["both_before"])).then(pl.lit("casualties"))
        .when(toll & toll_killed).then(pl.lit("killed"))
        # the killers named by "at the hands of" (قتلوا علي يد 7 عناصر): neither a toll nor a strength that is stated as one
        .when(troop_nn & troop_before.str.contains(ctx["perpetrator_before"])).then(pl.lit("drop"))
        .when(toll & toll_injured).then(pl.lit("injured"))
        .when(troop_nn & (killed_before | pl.col("after").str.contains(ctx["adjective_killed_first"]) | (after.str.contains(ctx["tail_killed"])
                                                                          & ~pl.when(troop_nn).then(pl.col("after")).str.contains(ctx["part_killed"]).fill_null(False)))).then(pl.lit("killed"))
        .when(troop_nn & (before.str.contains(ctx["injured_before"]) | among_injured | after.str.contains(ctx["tail_injured"])
                          | pl.col("after").str.contains(ctx["adjective_injured_first"]))).then(pl.lit("injured"))
        .when(troop_nn & before.str.contains(ctx["captured_with"])).then(pl.lit("drop"))
        .when(troop_nn & before_long.str.contains(ctx["captured_before"]) & ~after_capture.str.contains(ctx["deployed"])
              # the capture word's own count, then a clause break, before the soldiers (ضبط 40 قذيفة، واشار الي وجود
              # 500 جندي): it captured those things, not the soldiers
              & ~after_capture.str.extract(r"^([\s\S]*)[،,؛;]", 1).fill_null("").str.replace_all(ctx["date_number"], " ")
              .str.contains(ctx["any_number"])).then(pl.lit("drop"))
        .otherwise(pl.col("measure")).alias("measure")
    )


def read_both(m: pl.DataFrame) -> pl.DataFrame:
    """A count followed by "بين قتيل وجريح" counts both (سقوط العشرات من عناصر (داعش) بين قتيل وجريح), and so does
    a magnitude of a toll noun followed by "and the wounded" (عشرات الشهداء والجرحى), and a count of more than two
    whose singular toll noun is joined by و to the other, after the match (ارتفع عدد الضحايا الى 300 قتيل وجريح: rule tl
    ends at the number) or from its last word on (راح ضحيتها 26 شهيدا ومصابا: rule vb ends at شهيدا); two would be a
    dual, one the noun alone)."""
    pair = (pl.col("after").str.contains(context()["casualty_pair_first"])
            | (pl.col("m").str.extract(r"(\S+)[\s\"()]*$", 1) + pl.col("after")).str.contains(context()["casualty_pair_first"]))
    return m.with_columns(
        pl.when((pl.col("table") == "attacks") & pl.col("measure").is_in(["killed", "injured"])
                & (pl.col("after").str.contains(context()["both_after"]) | (pl.col("after").str.contains(context()["both_next"]) & (pl.col("qualifier") == "vague"))
                   | (pair & (pl.col("value") > 2)).fill_null(False)))
        .then(pl.lit("casualties")).otherwise(pl.col("measure")).alias("measure")
    )


def _before_in_sentence(col: pl.Expr, fill: bool = True) -> pl.Expr:
    """The value of ``col`` on the row before, in the same sentence (rows sorted by article, sentence
    and offset); with ``fill``, the last non-null one before. The same as ``col.shift(1).forward_fill()
    .over("article_id", "sent_idx")``, without grouping: the window functions cost more."""
    same = ((pl.col("article_id") == pl.col("article_id").shift(1)) & (pl.col("sent_idx") == pl.col("sent_idx").shift(1))).fill_null(False)
    prev = pl.when(same).then(col.shift(1))
    if not fill:
        return prev
    sentence = (~same).cum_sum()
    source = pl.when(prev.is_not_null()).then(sentence).forward_fill()  # the sentence the last non-null value came from
    return pl.when(source == sentence).then(prev.forward_fill())


def with_previous(m: pl.DataFrame) -> pl.DataFrame:
    """The figure before each one in its sentence, and how near it is; a subset match
    whose word is itself a trigger noun (بينهم 500 جندي) is read as a plain figure."""
    g = grammar()
    # A subset or conjunct count has no measure yet: the one before it is the last figure
    # that has one (34 شهيدا بينهم 3 نساء و6 اطفال: و6 follows بينهم 3, which follows 34).
    inheriting = [c.rule.name for c in g.rules if c.rule.inherits]
    whole = lambda col: _before_in_sentence(pl.when(~pl.col("rule").is_in(inheriting)).then(pl.col(col)))
    same_article = (pl.col("article_id") == pl.col("article_id").shift(1)).fill_null(False)
    m = m.sort("article_id", "sent_idx", "char_start").with_columns(
        _before_in_sentence(pl.col("table")).alias("prev_table"),
        _before_in_sentence(pl.col("measure")).alias("prev_measure"),
        _before_in_sentence(pl.col("rule"), fill=False).alias("prev_rule"),
        # the last count before that is not itself a subset or a conjunct: what a subset is part of
        whole("value").alias("prev_whole_value"), whole("value_high").alias("prev_whole_high"), whole("value_low").alias("prev_whole_low"),
        # a number other than a date's (a year, a day before its month) since the figure before
        pl.col("gap").str.replace_all(context()["date_number"], " ").str.contains(r"[0-9]").alias("gap_number"),
        # the figure right before in the article, and its sentence (an elliptic this number refers back to it)
        pl.when(same_article).then(pl.col("measure").shift(1)).alias("last_measure"),
        pl.when(same_article).then(pl.col("sent_idx").shift(1)).alias("last_sent"),
    )
    noun = _strip_al(pl.col("force_word"))
    el_table, el_meas = _lookup(noun, g.lookups["noun"], 0), _lookup(noun, g.lookups["noun"], 1)
    # بينهم 500 جندي reads as a figure of its own, unless it is part of a count the grammar
    # does not read (2522 اسرائيليا بينهم 740 جنديا تلقوا العلاج); and so does a part of the killed and wounded counted
    # together that names its own toll noun (سقط 60 بين قتيل وجريح، بينهم اكثر من 20 قتيلا: 20 killed)
    plain = ((pl.col("rule") == "el") & el_table.is_not_null()
             & ((~pl.col("prev_measure").is_in(CASUALTY).fill_null(False)
                 & (pl.col("prev_measure").is_not_null() | ~pl.col("gap_number") | el_meas.is_in(CASUALTY)))
                | ((pl.col("prev_measure") == "casualties") & el_meas.is_in(["killed", "injured"])).fill_null(False)))
    return m.with_columns(
        pl.when(plain).then(el_table).otherwise(pl.col("table")).alias("table"),
        pl.when(plain).then(el_meas).otherwise(pl.col("measure")).alias("measure"),
        pl.when(plain).then(pl.lit("nn")).otherwise(pl.col("rule")).alias("rule"),
        # بينهم / منهم belongs to the count right before it: nothing but a few words between
        # (not "وقتل الالاف … ونزح 2.5 مليون شخص بينهم 500 الف").
        ((pl.col("gap").str.count_matches(r"\S+") <= INHERIT_MAX_GAP) & ~pl.col("gap").str.contains(r"[.؛;:]")).alias("near"),
        _force_expr(pl.col("force_word")).alias("force"),
    )


def _previous_measure(m: pl.DataFrame) -> pl.DataFrame:
    """The table and measure of the last figure before each one in its sentence that has one."""
    return m.with_columns(_before_in_sentence(pl.col("table")).alias("prev_table"), _before_in_sentence(pl.col("measure")).alias("prev_measure"))


def read_conjoined(m: pl.DataFrame) -> pl.DataFrame:
    """A troop figure joined to a casualty count just before it counts the same casualties (و3 جنود right
    after a killed count; مقتل خمسه اشخاص منذ يناير بالاضافه الي 63 جنديا), and so does one that opens a bracket right
    after it (35 جريحا (33 من عناصر الشرطة ومدنيان): the bracket breaks the toll down). Read before the subset and
    conjunct counts that follow are tested and take their measure (… 63 جنديا و26 تشاديا: killed)."""
    ctx = context()
    conj = pl.col("gap").str.contains(ctx["gap_inherits"]) | (
        pl.col("m").str.contains(ctx["gap_and"]) & pl.col("gap").str.contains(r"^\s*(?:\S+\s+){0,5}$")
    ) | pl.col("gap").str.contains(ctx["gap_addition"]) | pl.col("gap").str.contains(ctx["gap_bracket"])
    inheriting = [c.rule.name for c in grammar().rules if c.rule.inherits]
    # the first count of a sentence that opens with "in addition to", right after a sentence whose last count is a casualty
    # count (… سبعة عسكريين قتلوا في القصف. بالاضافه الي 3 مرتزقه): more of the same casualties
    opening = (pl.col("prev_measure").is_null() & (pl.col("last_sent") == pl.col("sent_idx") - 1)
               & pl.col("last_measure").is_in(CASUALTY) & pl.col("gap").str.contains(ctx["opening_addition"])).fill_null(False)
    casualty = ~pl.col("rule").is_in(inheriting) & (pl.col("measure") == "troops") & (pl.col("prev_measure").is_in(CASUALTY) & conj | opening)
    return _previous_measure(m.with_columns(
        pl.when(casualty).then(pl.coalesce(pl.col("prev_table"), pl.lit("attacks"))).otherwise(pl.col("table")).alias("table"),
        pl.when(casualty).then(pl.coalesce(pl.col("prev_measure"), pl.col("last_measure"))).otherwise(pl.col("measure")).alias("measure"),
    ))


def read_own_verb(m: pl.DataFrame) -> pl.DataFrame:
    """A conjunct count of persons right after a troop figure, with a casualty verb right after it (نشر 500 جندي في المدينه،
    و20 مسلحا قتلوا), or a part of the troops with a casualty verb right after it (و20 منهم قتلوا، منهم 20 اصيبوا): the verb
    says what befell the conjunct or the part, which takes the verb's measure, not the troops' (``own_verb``)."""
    verbs = grammar().lookups["after_verb"]
    # a part's count reads past its منهم (و20 منهم قتلوا, rule es), or from the word after its number (منهم 20 قتلوا, rule el)
    after = (pl.when(pl.col("rule") == "es").then(pl.col("after").str.replace(context()["subset_lead"], " "))
             .when(pl.col("rule") == "el").then(pl.concat_str(pl.lit(" "), pl.col("force_el"), pl.col("after")))
             .otherwise(pl.col("after")))
    verb = after.str.extract(context()["own_verb_next"], 1).str.replace_all(r"\s+", " ")
    # (or a part of the troops with its verb right after it: و20 منهم قتلوا; a toll, not a part of the strength)
    own = ((((pl.col("rule") == "cn") & pl.col("victims_cn").is_not_null()) | pl.col("rule").is_in(["es", "el"]))
           & (pl.col("prev_measure") == "troops") & verb.is_not_null()).fill_null(False)
    return m.with_columns(
        pl.when(own).then(_lookup(verb, verbs, 0)).otherwise(pl.col("table")).alias("table"),
        pl.when(own).then(_lookup(verb, verbs, 1)).otherwise(pl.col("measure")).alias("measure"),
        own.alias("own_verb"),
    )


def read_inherited(m: pl.DataFrame) -> pl.DataFrame:
    """Subset and conjunct counts take the measure of the figure just before them (من بينهم
    2500 اميركي after a troop figure; و11 مدنيا after a killed count), unless they read their own verb."""
    inherit = pl.col("rule").is_in([c.rule.name for c in grammar().rules if c.rule.inherits]) & ~pl.col("own_verb")
    return m.with_columns(
        pl.when(inherit).then(pl.col("prev_table")).otherwise(pl.col("table")).alias("table"),
        pl.when(inherit).then(pl.col("prev_measure")).otherwise(pl.col("measure")).alias("measure"),
    )


def figures_from_matches(m: pl.DataFrame, sink: list | None = None) -> pl.DataFrame:
    """Read, located matches → figure rows (both tables), with the exclusions applied stage
    by stage. With a ``sink``, what each stage drops goes there."""
    if m.height == 0:
        return pl.DataFrame(schema={c: pl.Utf8 for c in FIGURE_COLUMNS})  # typed by extract._conform
    m = read_counted_deaths(_with_groups(m))
    m = apply_exclusions(m, exclusions("figure"), sink)
    m = apply_exclusions(read_victim_soldiers(m), exclusions("victims"), sink)
    m = apply_exclusions(read_both(m), exclusions("member"), sink)
    # twice: a conjunct after a troop figure that has just joined a casualty count joins it too (عشرة جرحى هم ستة جنود
    # وأربعة جنود: the four are wounded as well as the six)
    m = apply_exclusions(read_own_verb(read_conjoined(read_conjoined(with_previous(m)))), exclusions("context"), sink)
    m = apply_exclusions(read_inherited(m), exclusions("inherit"), sink)
    # a troop figure's role, read from its sentence (attack counts have none: not computed for them)
    troops = m.filter(pl.col("table") == "troops").with_columns(_role_expr(pl.col("norm")).alias("role"))
    attacks = m.filter(pl.col("table") != "troops").with_columns(pl.lit(None, pl.Utf8).alias("role"))
    return pl.concat([troops, attacks], how="vertical_relaxed").with_columns(
        pl.when(pl.col("measure").is_in(["attacks", "projectiles"]))
        .then(pl.col("after").str.extract(context()["target"], 1).str.replace_all(r"\s+", " ")).alias("target"),
        pl.when(pl.col("measure").is_in(CASUALTY)).then(pl.col("victims")).alias("victims"),
        pl.col("sent_start").alias("sentence_start"),
    ).select(FIGURE_COLUMNS)


def _force_expr(word: pl.Expr) -> pl.Expr:
    rows = read_csv("forces.csv")
    expr = pl.lit(None, pl.Utf8)
    for row in reversed(rows):
        # the pattern normalised as the text it is matched against (اسرائيلي → اسراييلي)
        expr = pl.when(word.str.contains(normalize(row["pattern"]))).then(pl.lit(row["force"])).otherwise(expr)
    return expr


def _role_expr(norm: pl.Expr) -> pl.Expr:
    pre = r"(?:^|\s)(?:[" + "".join(word_lists()["proclitic"]) + "]|" + shapes()["AL"] + ")?"
    rows = sorted(read_csv("roles.csv"), key=lambda r: int(r["priority"]), reverse=True)
    expr = pl.lit("other")
    for row in rows:
        expr = pl.when(norm.str.contains(word_classes(pre + "(?:" + row["pattern"].replace(" ", r"\s+") + r")(?:[^\w]|$)"))).then(pl.lit(row["role"])).otherwise(expr)
    return expr


def extract_figures(sentences: pl.LazyFrame, prefilter: bool = True) -> pl.DataFrame:
    """Sentences → all figure rows (troops and attack counts) with evidence offsets."""
    return figures_from_matches(match_figures(sentences, prefilter=prefilter))


def extract_figures_explained(sentences: pl.LazyFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Like :func:`extract_figures`, and also every match an exclusion (or an overlap)
    removed: ``DROPPED_COLUMNS``, ``dropped_by`` naming the exclusion and ``reason`` its reason."""
    from .rules import EXCLUSION_BY_NAME

    sink: list[pl.DataFrame] = []
    figs = figures_from_matches(match_figures(sentences, sink), sink)
    reasons = {name: e.reason for name, e in EXCLUSION_BY_NAME.items()}
    reasons["overlap"] = "another rule's match covers this span"
    parts = [d for d in sink if d.height]
    if not parts:
        return figs, pl.DataFrame(schema={c: (pl.Int64 if c in ("value", "value_low", "value_high", "sentence_start", "char_start", "char_end") else pl.Utf8)
                                          for c in DROPPED_COLUMNS})
    parts = [d.with_columns(pl.col("sent_start").alias("sentence_start")) for d in parts]
    dropped = pl.concat([d.select([c for c in DROPPED_COLUMNS if c in d.columns and c != "reason"]) for d in parts], how="diagonal_relaxed")
    dropped = dropped.with_columns(pl.col("dropped_by").replace_strict(reasons, default=None).alias("reason"))
    return figs, dropped.select(DROPPED_COLUMNS).sort("article_id", "char_start")


def troop_figures(figures: pl.DataFrame) -> pl.DataFrame:
    return figures.filter(pl.col("table") == "troops").drop("table", "measure", "target", "victims")


def attack_counts(figures: pl.DataFrame) -> pl.DataFrame:
    return figures.filter(pl.col("table") == "attacks").drop("table", "force", "role")
