"""Where each figure happened: the place in its sentence, else the article's dateline place.

Flow (polars only; lookups are joins):
1. place mentions: the words of every sentence of an article with figures, as n-grams of one
   to five words, joined to the gazetteer's names (a leading و/ف and ب/ل/ك is tried off, لل
   read as ال); a mention inside a longer one is dropped;
2. cues: the word before a mention (data/reference/place_cues.csv) says what kind of place it
   names (مدينة، محافظة، ريف، قاعدة، مطار، معبر) and whether it is where something is
   (في، قرب، شمال، على …); a nisba adjective after a territory word (الأراضي العراقية) names
   its country;
3. resolution: each mention's gazetteer candidates are narrowed by its cue, then scored by the
   article's other places (the same sentence's countries, the article's countries, the
   dateline's country); a name whose best candidates lie in several countries goes to a
   dominant one (place_thresholds.csv) or stays unresolved, with no coordinates;
4. each figure takes the most specific locative place of its sentence (a base before a city
   before a governorate before a country before a region of several countries; the nearest on
   ties), else the dateline place, else none, and says which (``place_basis``). A region of
   several countries (الشرق الأوسط, البحر الأحمر) is a place as written with no country and no
   coordinates: the figure is not given the article's country instead.
"""

from __future__ import annotations

from functools import lru_cache

import polars as pl

from .gazetteer import KIND_RANK, norm_name, norm_name_expr
from .normalize import narrow, normalize, normalize_expr, original_index
from .reference import read_csv

MAX_NGRAM = 5
WORD = r"[^\w]*\w+"          # one word with the separators before it (offsets by cumulative length)
PROCLITIC_FORMS = {          # name of the form → (pattern removed from the first word, replacement, locative)
    "f0": (None, None, False),
    "f1": (r"^[وف]", "", False),
    "f2": (r"^[وف]?[لك]", "", True),
    "f2b": (r"^[وف]?ب", "", True),
    "f3": (r"^[وف]?لل", "ال", True),
}
ENGINE = "in-memory"        # lazy plans collected here: small frames, the streaming engine costs twice the CPU (resolve 0.88 -> 0.48 s at x1)
CUE_WINDOW = 40              # characters before a mention searched for its cue
FIGURE_SCHEMA = {
    "article_id": pl.Utf8, "measure": pl.Utf8, "char_start": pl.Int64, "char_end": pl.Int64,
    "place_name": pl.Utf8, "place_basis": pl.Utf8, "place_id": pl.Utf8, "place_kind": pl.Utf8, "place_name_en": pl.Utf8,
    "country": pl.Utf8, "admin1": pl.Utf8, "lat": pl.Float64, "lon": pl.Float64, "geo_precision": pl.Int32,
    "place_source": pl.Utf8,
    # The figure's country as a place of its own (for a running total, which a city of the
    # story does not locate: sql/marts/attack_counts.sql); null where the figure has no country.
    "country_place_id": pl.Utf8, "country_name_en": pl.Utf8, "country_lat": pl.Float64, "country_lon": pl.Float64,
    "country_source": pl.Utf8,
}


STORY_COUNTRY = "_story_countries"  # an extra column of figure_places (not published): the headline's and lead's countries
STORY_ADMIN1 = "_story_admin1s"      # another (not published): the governorates of the lead's first sentence that says where


@lru_cache(maxsize=None)
def thresholds() -> dict[str, float]:
    return {r["name"]: float(r["value"]) for r in read_csv("place_thresholds.csv")}


@lru_cache(maxsize=None)
def cue_patterns() -> dict[str, str]:
    """Regex (over normalised text, anchored at the end of the text before a mention) per cue kind."""
    kinds: dict[str, list[str]] = {}
    for r in read_csv("place_cues.csv"):
        cue = norm_name(r["cue"])
        kinds.setdefault(r["kind"], []).append(cue)
        if cue.startswith("ال"):  # ل + ال is written لل: للمناطق, للمدينة
            kinds[r["kind"]].append("لل" + cue[2:])
    alt = lambda words: "|".join(sorted({w.replace(" ", r"\s+") for w in words}, key=len, reverse=True))
    out = {}
    for kind, words in kinds.items():
        clitic = r"(?:[وف]?(?:ب|ل|لل|ال|بال|وال)?)" if kind not in ("locative", "origin", "through", "toward", "witness") else r"(?:[وف]?)"
        out[kind] = rf"(?:^|[^\w]){clitic}(?:{alt(words)})[^\w]*$"
    # The target of an attack: an attack noun, at most one word (an adjective), على, the place
    # (غارات إسرائيلية على خان يونس).
    out["target"] = (rf"(?:^|[^\w])[وف]?(?:ال|بال|لل)?(?:{alt(kinds['attack_noun'])})(?:\s+[^\s\d]+)?"
                     rf"\s+(?:{alt(kinds['target_word'])})[^\w]*$")
    # Where a correspondent is (أفاد مراسل "القناة" في القاهرة): a reporter word, at most three
    # words (the outlet's name), then في.
    out["reporter"] = rf"(?:^|[^\w])[وف]?(?:ل)?(?:{alt(kinds['reporter'])})(?:[^\w]+\w+){{0,3}}[^\w]+في\s+$"
    # An outlet credited after خاص (خاص بالرياض, خاص ب"الرياض"): its ب or ل, and quotes.
    out["credit"] = rf"(?:^|[^\w])(?:{alt(kinds['credit'])})\s*[بل]?[\s\"]*$"
    out["not_place"] = f"(?:{out['credit']})|(?:{out['street']})"
    # Where someone went: an arrival word, at most three words (who, when), إلى/نحو and perhaps
    # a cue noun (ووصل الوفد أمس إلى مدينة تعز): a weak place, like one after إلى alone.
    nouns = alt(kinds["city"] + kinds["admin1"] + kinds["airport"] + kinds["base"])
    out["arrival"] = (rf"(?:^|[^\w])[وف]?(?:{alt(kinds['arrival'])})(?:[^\w]+\w+){{0,3}}[^\w]+(?:{alt(kinds['toward'])})"
                      rf"\s+(?:(?:ال)?(?:{nouns})\s+)?$")
    # One or two direction words (and a comma before them) right before a place.
    # An elative, at most two words, then في (أسوأ مذبحة في …, أكبر تجمع للقوات في …): what follows is
    # the scope of a comparison; a region there is not where the event happened.
    out["scope"] = rf"(?:^|[^\w])[وفل]?(?:ال)?(?:{alt(kinds['elative'])})(?:\s+[^\s\d]+){{0,2}}\s+[وف]?في\s+$"
    # (… perhaps after a located word: محافظة أبين الواقعة شرق عدن, Aden only says where Abyan lies)
    # (… or in brackets: تعز (جنوب صنعاء))
    out["direction_gap"] = (rf"([\s،,(]*(?:(?:{alt(kinds['located'])})\s+(?:في\s+)?)?(?:{alt(kinds['direction'])})"
                            rf"(?:\s+(?:{alt(kinds['direction'])}))?\s*)$")
    # A locative word one word before the place (قرب مصفى بيجي, في سجن …), the name perhaps in
    # quotes (في محافطة "ديار بكر": a misspelt cue word is still a word between).
    out["locative_gap"] = rf"(?:^|[^\w])[وف]?(?:{alt(kinds['locative'])})\s+[^\s\d\"]+\s+\"?$"
    # An origin word, then any words that stand between it and the place (داخل, a cue noun).
    between = alt(kinds["through"] + kinds["territory"] + kinds.get("border", []) + kinds["city"] + kinds["admin1"] + kinds["direction"])
    out["origin_chain"] = rf"(?:^|[^\w])[وف]?(?:{alt(kinds['origin'])})\s+(?:(?:[وفبل]|ال)?(?:{between})\s+)*$"
    # ... and a locative or near word that ends in the origin word (بالقرب من مدينة X): near it, not from it
    # (only words that end in it: من داخل الأراضي اليمنية is from there, however داخل is also locative)
    near_from = [w for w in kinds["locative"] + kinds["near"] if w.endswith(" من")]
    out["near_chain"] = rf"(?:^|[^\w])[وف]?(?:{alt(near_from)})\s+(?:(?:[وفبل]|ال)?(?:{between})\s+)*$"
    # A near word after a located word (أحياء تقع على مقربة من X): X says where the place named
    # before lies, not where the event was.
    out["located_near"] = rf"(?:^|[^\w])[وف]?(?:{alt(kinds['located'])})\s+(?:{alt(kinds['near'])})[^\w]*$"
    # A border area after a locative word (قرب الحدود مع سوريا, على الحدود مع العراق): the country
    # after it is a neighbour (across_the_border), and the phrase says where the event was.
    border = [w for w in kinds["near"] if not w.startswith(("قرب", "بالقرب", "علي مقربه"))]
    out["near_border"] = (rf"(?:^|[^\w])[وف]?(?:{alt(kinds['border_lead'])})\s+(?:(?:ال)?منطقه\s+)?(?:{alt(border)})[^\w]*$")
    # … not when it describes a place named before it (مقاطعة شيرناك، الواقعة على الحدود مع العراق)
    out["located_border"] = (rf"(?:^|[^\w])[وف]?(?:{alt(kinds['located'])})\s+(?:{alt(kinds['border_lead'])})\s+(?:(?:ال)?منطقه\s+)?"
                             rf"(?:{alt(border)})[^\w]*$")
    return out


def tokens(sents: pl.LazyFrame) -> pl.LazyFrame:
    """One row per word of ``norm``: ``tok_idx``, ``tok``, and its start/end offsets in ``norm``."""
    return (
        sents.select("article_id", "sent_idx", pl.col("norm").str.extract_all(narrow(WORD)).alias("chunk"))
        # Signed offsets: the cue window subtracts from them (unsigned ones wrapped around).
        .with_columns(pl.col("chunk").list.eval(pl.element().str.len_chars().cast(pl.Int64).cum_sum()).alias("t_end"))
        # (the word's index from its list, not a window over the exploded rows: a fifth of the cost)
        .with_columns(pl.int_ranges(0, pl.col("chunk").list.len()).alias("tok_idx"))
        .explode("chunk", "t_end", "tok_idx")
        .drop_nulls("chunk")
        .with_columns(pl.col("chunk").str.extract(narrow(r"(\w+)$")).alias("tok"))
        .select("article_id", "sent_idx", "t_end", "tok", (pl.col("t_end") - pl.col("tok").str.len_chars().cast(pl.Int64)).alias("t_start"), "tok_idx")
    )


def mentions(sents: pl.LazyFrame, names: pl.LazyFrame) -> pl.LazyFrame:
    """Gazetteer names found in sentences: ``article_id, sent_idx, m_start, m_end, name_norm,
    prefix_locative`` (offsets in ``norm``; ``m_start`` after any stripped proclitic).

    ``names``: ``name_norm, strippable`` (may a proclitic be stripped to read it),
    ``strippable_b`` (may a ب be stripped: also a country that shares its name with an adjective)."""
    by = ["article_id", "sent_idx"]
    # Collected at each step: the lazy plan would tokenise once per n-gram and form.
    tok = tokens(sents).collect(engine=ENGINE).sort(*by, "tok_idx")
    same = lambda k: (pl.col("article_id").shift(-k) == pl.col("article_id")) & (pl.col("sent_idx").shift(-k) == pl.col("sent_idx"))
    tok = tok.with_columns(
        *[pl.when(same(k)).then(pl.col("tok").shift(-k)).alias(f"w{k}") for k in range(1, MAX_NGRAM)],
        *[pl.when(same(k)).then(pl.col("t_end").shift(-k)).alias(f"e{k}") for k in range(1, MAX_NGRAM)],
    )
    # Only words that can open a name go on (one word in twenty or so): each reading of a word
    # (bare, or without its proclitic) is looked up on the word alone, and only the words that
    # open a name take their following words along.
    first_words = names.select(pl.col("name_norm").str.extract(r"^(\S+)").alias("first")).unique().collect(engine=ENGINE)
    # Each reading is computed once per distinct word (about one word in seven), not per occurrence:
    # ``_shift``, the proclitic's length, moves the word's start to the name's.
    vocab = tok.select(pl.col("tok").unique())
    forms = []
    for form, (pat, rep, loc) in PROCLITIC_FORMS.items():
        if pat is None:
            f = vocab.with_columns(pl.col("tok").alias("first"), pl.lit(0, pl.Int64).alias("_shift"))
        else:
            f = (vocab.with_columns(pl.col("tok").str.replace(pat, rep).alias("first"))
                 .filter(pl.col("first") != pl.col("tok"))  # only words that have the proclitic
                 .with_columns((pl.col("tok").str.len_chars().cast(pl.Int64) - pl.col("first").str.len_chars().cast(pl.Int64)
                                + len(rep)).alias("_shift")))
        forms.append(f.select("tok", "first", "_shift", pl.lit(loc).alias("prefix_locative"), pl.lit(form).alias("form")))
    readings = pl.concat(forms).filter(pl.col("first").str.len_chars() > 0).join(first_words, on="first", how="semi")
    starts = (
        tok.join(readings, on="tok").with_columns((pl.col("t_start") + pl.col("_shift")).alias("m_start"))
        .drop("tok", "t_start", "tok_idx", "_shift")
        .lazy()
    )
    grams = [starts.select(*by, "m_start", pl.col("t_end").alias("m_end"), pl.col("first").alias("name_norm"), "prefix_locative", "form")]
    for n in range(2, MAX_NGRAM + 1):
        grams.append(starts.filter(pl.col(f"w{n - 1}").is_not_null()).select(
            *by, "m_start", pl.col(f"e{n - 1}").alias("m_end"),
            pl.concat_str([pl.col("first"), *[pl.col(f"w{k}") for k in range(1, n)]], separator=" ").alias("name_norm"),
            "prefix_locative", "form"))
    # A stripped proclitic makes a new word (بايدن → ايدن): a name read that way must be
    # definite (بالعراق → العراق) or a place of the region (بدمشق → دمشق).
    found = pl.concat(grams).join(names, on="name_norm", how="inner").filter(
        pl.col("form").is_in(["f0", "f1"]) | pl.col("name_norm").str.starts_with("ال") | pl.col("strippable")
        | ((pl.col("form") == "f2b") & pl.col("strippable_b")))
    found = found.drop("strippable", "strippable_b").collect(engine=ENGINE).lazy()
    # Where two forms of the same words both name places (بغداد and its ب-less غداد), the
    # unstripped reading wins; then a mention inside a longer one is dropped.
    found = found.sort(*by, "m_start", "m_end", "form").unique([*by, "m_start", "m_end"], keep="first", maintain_order=True)
    inner = (
        found.join(found.select(*by, pl.col("m_start").alias("o_start"), pl.col("m_end").alias("o_end")), on=by)
        .filter((pl.col("o_start") <= pl.col("m_start")) & (pl.col("o_end") >= pl.col("m_end"))
                & ((pl.col("o_end") - pl.col("o_start")) > (pl.col("m_end") - pl.col("m_start"))))
        .select(*by, "m_start", "m_end").unique()
    )
    return found.join(inner, on=[*by, "m_start", "m_end"], how="anti").drop("form")


def with_cues(m: pl.LazyFrame, sents: pl.LazyFrame) -> pl.LazyFrame:
    """``cue`` (the kind of place the word before names, or null) and ``locative``."""
    pats = cue_patterns()
    before = pl.col("norm").str.slice(pl.max_horizontal(pl.col("m_start") - CUE_WINDOW, pl.lit(0)),
                                      pl.min_horizontal(pl.col("m_start"), pl.lit(CUE_WINDOW)))
    noun_kinds = ["base", "airport", "crossing", "countryside", "admin1", "city", "district", "territory"]
    cue = pl.when(pl.lit(False)).then(pl.lit(None, pl.Utf8))
    for k in noun_kinds:
        cue = cue.when(pl.col("_before").str.contains(narrow(pats[k]))).then(pl.lit(k))
    return (
        m.join(sents.select("article_id", "sent_idx", "norm"), on=["article_id", "sent_idx"])
        .with_columns(before.alias("_before"))
        # Not a place at all: an outlet a byline credits (خاص بالرياض), a street (شارع صلاح الدين).
        .filter(~pl.col("_before").str.contains(narrow(pats["not_place"])))
        .with_columns(cue.otherwise(None).alias("cue"),
                      # the direction words right before it (بعقوبة شمال شرق بغداد): see with_reference_points
                      pl.col("_before").str.extract(pats["direction_gap"], 1).str.len_chars().cast(pl.Int64).alias("_dgap"),
                      pl.col("_before").str.contains(narrow(pats["scope"])).alias("_scope"),
                      pl.col("_before").str.contains(narrow(pats["near"])).alias("_near"),
                      # a place something comes from (قادمة من مدينة المكلا; not near it: بالقرب من كابل)
                      (pl.col("_before").str.contains(narrow(pats["origin_chain"])) & ~pl.col("_before").str.contains(narrow(pats["near_chain"]))).alias("_origin"))
        .with_columns(
            ((pl.col("prefix_locative") | pl.col("cue").is_not_null() | pl.col("_before").str.contains(narrow(pats["locative"]))
              | pl.col("_before").str.contains(narrow(pats["witness"]))  # كما شهدت صنعاء هجوما: right after the verb only
              | (pl.col("_before").str.contains(narrow(pats["near_border"])) & ~pl.col("_before").str.contains(narrow(pats["located_border"])))
              | pl.col("_before").str.contains(narrow(pats["target"]))  # غارات على X: right after the attack word only
              | pl.col("_before").str.contains(narrow(pats["locative_gap"])) | pl.col("_before").str.contains(narrow(pats["toward"])))
             # ... but not a place something comes from (مقذوف من داخل الحدود اليمنية; not one
             # near which it happened: بالقرب من بغداد, على مقربة من الحدود)
             & ~pl.col("_origin")
             & ~pl.col("_before").str.contains(narrow(pats["located_near"]))
             # ... nor where a correspondent is (مراسل القناة في القاهرة)
             & ~pl.col("_before").str.contains(narrow(pats["reporter"]))
             ).alias("locative"),
            # إلى/نحو: where something goes, a weaker sign of where it is
            ((pl.col("_before").str.contains(narrow(pats["toward"])) & ~pl.col("prefix_locative") & pl.col("cue").is_null()
              & ~pl.col("_before").str.contains(narrow(pats["locative"])))
             | pl.col("_before").str.contains(narrow(pats["arrival"]))).alias("weak"),
            # locative only through a word between (في سجن الحوت): not for a country, which a
            # locative word names directly (في مالي, شمال مالي); في كواتار مالي is a village
            (~pl.col("prefix_locative") & pl.col("cue").is_null() & ~pl.col("_before").str.contains(narrow(pats["locative"]))
             & ~pl.col("_before").str.contains(narrow(pats["toward"])) & pl.col("_before").str.contains(narrow(pats["locative_gap"]))).alias("gap_only"))
        .drop("_before", "norm")
    )


def candidates(m: pl.LazyFrame, gaz: pl.LazyFrame) -> pl.LazyFrame:
    """Mentions × their gazetteer entries, narrowed by the cue. An adjective is a place only
    after a territory word (الأراضي العراقية); elsewhere it is evidence of a country."""
    # A name that is also a word is a place only after مدينة, محافظة, ريف … (not after قاعدة or
    # معسكر: معسكر المنار names a camp, not the town).
    # (a quarter, حي X, reads only the districts the reference tables know: حي الروضة is no town
    # of that name elsewhere)
    c = m.join(gaz, on="name_norm").filter(~pl.col("needs_cue") | pl.col("cue").is_in(["city", "admin1", "countryside"])
                                           | ((pl.col("cue") == "district") & pl.col("place_id").str.starts_with("ref:")))
    key = ["article_id", "sent_idx", "m_start", "m_end"]
    kind = pl.col("place_kind")
    wanted = (
        pl.when(pl.col("cue").is_in(["admin1", "countryside"])).then(kind == "admin1")
        .when(pl.col("cue").is_in(["city", "district"])).then(kind == "city")
        .when(pl.col("cue").is_in(["base", "airport", "crossing"])).then(kind.is_in(["base", "airport", "crossing"]))
        .when(pl.col("cue") == "territory").then(kind.is_in(["adjective", "country"]))
        .otherwise(pl.lit(False))
    )
    c = c.with_columns(wanted.alias("_wanted"))
    # Keep the wanted kinds when the name has any; otherwise every candidate stays.
    c = c.filter(pl.col("_wanted") | ~pl.col("_wanted").any().over(key)).drop("_wanted")
    # A bare name: a country before a city of that country (الكويت), a city before a
    # governorate of that country (حلب); a base or crossing keeps its own row.
    pref = kind.replace_strict({"country": 0, "base": 0, "crossing": 0, "airport": 0, "adjective": 1, "city": 2, "admin1": 3},
                               default=4, return_dtype=pl.Int32)
    c = c.with_columns(pref.alias("_pref")).filter(pl.col("_pref") == pl.col("_pref").min().over([*key, "country"])).drop("_pref")
    return c.with_columns(
        pl.when((kind == "adjective") & (pl.col("cue") == "territory")).then(pl.lit("country")).otherwise(kind).alias("place_kind")
    )


def resolve(cand: pl.LazyFrame, dateline: pl.LazyFrame) -> pl.LazyFrame:
    """One row per mention: the chosen entry, or ``place_id`` null when it cannot be settled.

    ``dateline``: ``article_id, dateline_country`` (the dateline's country when it is
    unambiguous). Evidence for a candidate: its country in the same sentence (another
    mention with a single country), in the article, and as the dateline's."""
    t = thresholds()
    key = ["article_id", "sent_idx", "m_start", "m_end"]
    n_cc = pl.col("country").n_unique().over(key)
    single = cand.filter(n_cc == 1).select(*key, "country").unique()
    in_sentence = single.group_by("article_id", "sent_idx", "country").agg(pl.col("m_start").alias("_ms"))
    in_article = single.group_by("article_id", "country").agg(pl.len().alias("_n"))
    scored = (
        cand.join(in_sentence, on=["article_id", "sent_idx", "country"], how="left")
        .join(in_article, on=["article_id", "country"], how="left")
        .join(dateline, on="article_id", how="left")
        .with_columns(
            (
                # another mention of this country in the sentence (not the mention itself)
                pl.col("_ms").list.set_difference(pl.concat_list(pl.col("m_start"))).list.len().gt(0).fill_null(False).cast(pl.Float64)
                * t["sentence_country_weight"]
                + pl.min_horizontal(pl.col("_n").fill_null(0), pl.lit(int(t["article_country_cap"]))).cast(pl.Float64)
                + (pl.col("country") == pl.col("dateline_country")).fill_null(False).cast(pl.Float64) * t["dateline_country_weight"]
            ).alias("evidence")
        )
        .drop("_ms", "_n", "dateline_country")
    )
    best = pl.col("evidence") == pl.col("evidence").max().over(key)
    top = scored.filter(best)
    per_country = top.group_by([*key, "country"]).agg(pl.col("population").fill_null(0).max().alias("_pop"))
    ranked = per_country.sort([*key, "_pop", "country"], descending=[False] * len(key) + [True, False]).with_columns(
        (pl.int_range(pl.len()).over(key) + 1).alias("_r"),
        pl.len().over(key).alias("_ncc"),
    )
    first = ranked.filter(pl.col("_r") == 1)
    second = ranked.filter(pl.col("_r") == 2).select(*key, pl.col("_pop").alias("_pop2"))
    winner = (
        first.join(second, on=key, how="left")
        .filter((pl.col("_ncc") == 1) | (pl.col("_pop") >= t["dominance_ratio"] * pl.col("_pop2").clip(lower_bound=1)))
        .select(*key, pl.col("country").alias("_win"))
    )
    chosen = (
        top.join(winner, on=key, how="left")
        .filter(pl.col("_win").is_null() | (pl.col("country") == pl.col("_win")))
        .sort(*key, pl.col("population").fill_null(0), "place_id", "place_kind", descending=[False] * len(key) + [True, False, False])
        .group_by(key, maintain_order=True)
        .agg(pl.all().first(), pl.col("_win").is_not_null().first().alias("resolved"))
    )
    place_cols = ["place_id", "name_en", "country", "admin1", "lat", "lon", "geo_precision", "source"]
    return chosen.with_columns(
        [pl.when(pl.col("resolved")).then(pl.col(c)).alias(c) for c in place_cols]
    ).drop("_win", "evidence")


def without_foreign_homonyms(res: pl.DataFrame, dateline: pl.DataFrame) -> pl.DataFrame:
    """A town or governorate resolved to a country the article gives no other sign of (no other
    place or adjective of it, not the dateline's), in an article that names another country more
    often (at least twice), is a local place the gazetteer lacks that shares its name with a foreign one
    (منطقة الحسينية شمالي بغداد is no Egyptian town; سيدي خالد near Derna no Algerian one): that
    reading is dropped, like any name the gazetteer does not hold, so the figure takes the
    sentence's other places (بغداد) or the article's, never the foreign town's coordinates.
    A town outside the region with no other sign of its country is dropped too when its own
    sentence names a place of another country (بلدة باجو قرب الحدود مع كوريا الشمالية is no
    Philippine town). Large places (foreign_place_max_population) keep their country: a story
    names Paris without naming France.

    ``res``: resolve's output (sentence mentions and the dateline's, sent_idx -1);
    ``dateline``: ``article_id, dateline_country``."""
    key = ["article_id", "sent_idx", "m_start", "m_end"]
    t = thresholds()
    placed = res.filter(pl.col("resolved") & (pl.col("sent_idx") >= 0))
    named = placed.select("article_id", "country", "name_norm").unique()
    weight = placed.group_by("article_id", "country").agg(pl.len().alias("_n"))
    mine = placed.filter(pl.col("place_kind").is_in(["city", "admin1"]) & (pl.col("population").fill_null(0) < t["foreign_place_max_population"])
                         ).select(*key, "name_norm", "country").join(weight, on=["article_id", "country"])
    # … the other country named more often than its own, and at least twice
    stronger = (
        mine.join(weight.rename({"country": "_oc", "_n": "_on"}), on="article_id")
        .filter((pl.col("_oc") != pl.col("country")) & (pl.col("_on") >= 2) & (pl.col("_on") > pl.col("_n")))
        .select(*key).unique()
    )
    # … or, for a town outside the region, another country named in its own sentence (قرب بلدة X
    # على الحدود مع كوريا الشمالية: a Korean town the gazetteer lacks, not the Philippine one)
    beside = (
        mine.join(placed.filter(~pl.col("in_region").fill_null(True)).select(key), on=key, how="semi")
        .join(placed.select("article_id", "sent_idx", pl.col("country").alias("_oc")), on=["article_id", "sent_idx"])
        .filter(pl.col("_oc").is_not_null() & (pl.col("_oc") != pl.col("country")))
        .select(*key).unique()
    )
    stronger = pl.concat([stronger, beside]).unique()
    own = (
        mine.join(named.rename({"name_norm": "_other"}), on=["article_id", "country"])
        .filter(pl.col("_other") != pl.col("name_norm")).select(*key).unique()
    )
    flagged = (
        mine.join(stronger, on=key, how="semi").join(own, on=key, how="anti")
        .join(dateline, on="article_id", how="left")
        .filter(~(pl.col("country") == pl.col("dateline_country")).fill_null(False))
        .select(*key, pl.lit(True).alias("_foreign"))
    )
    return res.join(flagged, on=key, how="anti")


TOPIC_BEFORE = r"^[\s\"]*[وف]?(?:في|ب)?\s*$"   # a place that opens its sentence (وفي X، / وبX،) …
TOPIC_AFTER = r"^\s*[،,]"                      # … set off by a comma: the sentence's topic
COORDINATION = r"^[\s،,]*(?:و|او)?\s*$"
# places of several countries listed with a repeated في (في تركيا كما في العراق, في سوريا وفي لبنان):
# the same list across countries; not within one country (a list there is _spread's, with و alone)
COORDINATION_ACROSS = r"^[\s،,]*(?:(?:و|او)?\s*|(?:(?:و|او)\s*|كما\s+)في\s+)$"


@lru_cache(maxsize=None)
def coordination_across() -> str:
    """COORDINATION_ACROSS, or a conjunction and one or two direction words (place_cues.csv
    direction) before the next place: في شمال مالي وجنوب غربي ليبيا, في تركيا وشمال العراق name
    parts of two countries, the same list across them."""
    d = clause_alternation("direction")
    return (rf"{COORDINATION_ACROSS}|^[\s،,]*(?:و|او)\s*(?:في\s+)?(?:ال)?(?:{d})(?:\s+(?:ال)?(?:{d}))?\s+$")


def with_reference_points(sent_m: pl.DataFrame) -> pl.DataFrame:
    """A place right after a direction word that follows another resolved place of the sentence
    (في بعقوبة شمال شرق بغداد, قضاء الحويجة … شمال بغداد) only says where that place lies: not
    locative, so a figure near it is placed at the first. ``_dgap``: the length of the direction
    words right before each mention (with_cues)."""
    skey = ["article_id", "sent_idx"]
    ref = (
        sent_m.select(*skey, "m_start", "m_end", "place_id", "_dgap").sort(*skey, "m_start")
        .with_columns(pl.col("m_end").shift(1).over(skey).alias("_pe"), pl.col("place_id").shift(1).over(skey).alias("_pid"))
        .filter(pl.col("_pid").is_not_null() & (pl.col("_pe") == pl.col("m_start") - pl.col("_dgap")))
        .select(*skey, "m_start", pl.lit(True).alias("_ref"))
    )
    return (sent_m.join(ref, on=[*skey, "m_start"], how="left")
            .with_columns((pl.col("locative") & ~pl.col("_ref").fill_null(False)).alias("locative")).drop("_ref"))


def with_spread(sent_m: pl.DataFrame) -> pl.DataFrame:
    """``_spread``: the mention is one of a list of places (X وY، Z) of one country that lie
    in more than one governorate; ``_multi``: one of a list of places of several countries."""
    skey = ["article_id", "sent_idx"]
    ordered = (
        sent_m.filter(pl.col("place_id").is_not_null()).sort(*skey, "m_start")
        .with_columns(pl.col("m_end").shift(1).over(skey).alias("_pe"), pl.col("country").shift(1).over(skey).alias("_pc"))
        .with_columns(
            (pl.col("_pe").is_not_null() & (pl.col("_pc") == pl.col("country"))
             & pl.col("norm").str.slice(pl.col("_pe").fill_null(0), (pl.col("m_start") - pl.col("_pe").fill_null(0)).clip(lower_bound=0))
             .str.contains(COORDINATION)).alias("_joined"))
        .with_columns((~pl.col("_joined")).cum_sum().over(skey).alias("_grp"))
        .with_columns(((pl.len().over([*skey, "_grp"]) > 1)
                       & (pl.col("admin1").n_unique().over([*skey, "_grp"]) > 1)).alias("_spread"))
        # The same list across countries (في الكاميرون ونيجيريا, العراق وسوريا): no one country.
        .with_columns(
            (pl.col("_pe").is_not_null()
             & pl.col("norm").str.slice(pl.col("_pe").fill_null(0), (pl.col("m_start") - pl.col("_pe").fill_null(0)).clip(lower_bound=0))
             .str.contains(coordination_across())).alias("_listed"))
        .with_columns((~pl.col("_listed")).cum_sum().over(skey).alias("_lgrp"))
        .with_columns(pl.col("norm").str.slice(0, pl.col("m_start")).str.contains(narrow(rf"(?:^|[^\w])[وف]?(?:{clause_alternation('span')})\s+$")).alias("_span"))
        .with_columns(((pl.col("country").n_unique().over([*skey, "_lgrp"]) > 1)
                       & ~pl.col("_span").first().over([*skey, "_lgrp"])).alias("_multi"))
        .select(*skey, "m_start", "m_end", "_spread", "_multi")
    )
    return sent_m.join(ordered, on=[*skey, "m_start", "m_end"], how="left").with_columns(
        pl.col("_spread").fill_null(False), pl.col("_multi").fill_null(False))


@lru_cache(maxsize=None)
def clause_alternation(kind: str) -> str:
    """Words of place_cues.csv of ``kind`` as a regex alternation (longest first)."""
    words = sorted({norm_name(r["cue"]) for r in read_csv("place_cues.csv") if r["kind"] == kind}, key=len, reverse=True)
    if not words:
        raise ValueError(f"data/reference/place_cues.csv has no cue of kind {kind!r}: add one (or restore the file)")
    return "|".join(w.replace(" ", r"\s+") for w in words)


@lru_cache(maxsize=None)
def clause_pattern(kind: str) -> str:
    """Words of place_cues.csv of ``kind`` (clause_break) as a whole-word regex."""
    return rf"(?:^|[^\w])(?:{clause_alternation(kind)})(?:[^\w]|$)"


ANAPHOR_SENTENCES = 2
# Tolls, which the story's place refines from a country to where in it (figure_places); a troop
# strength and a count of strikes are often a whole country's.
REFINED_MEASURES = ["killed", "injured", "casualties"]


@lru_cache(maxsize=None)
def total_pattern() -> str:
    """The words of a running total, a rate or history (data/reference/toll_scope.csv, scopes
    period, period_clause and past: منذ اندلاع الصراع, العام الماضي), over normalised text with single spaces: such a toll is not
    the story's one event, and the story's place does not refine it."""
    # normalised as the text is (حتى، على مدى، حصيلة written as Arabic is written)
    pats = [normalize(r["pattern"]) for r in read_csv("toll_scope.csv") if r["scope"] in ("period", "period_clause", "past")]
    if not pats:
        raise ValueError("data/reference/toll_scope.csv has no pattern of scope period or past: restore the file")
    return "|".join(f"(?:{x})" for x in pats)


@lru_cache(maxsize=None)
def toll_guard_pattern(kind: str | None = None) -> str:
    """The words that keep a toll at its own sentence's country (data/reference/toll_place_guards.csv;
    all kinds, or only ``kind``), over normalised text with single spaces: an earlier event the
    article recalls (قتل آنذاك, في حادث سابق, في أبريل), a total over several sites or events (في
    مختلف مواقع العمليات, في هجومين), a road the sentence puts it on (على طريق …). The story's place
    is not that event's. Kind ``several_sites`` (في عدد من المدن, في مناطق متفرقة) is also read in
    the headline and lead: a story that says so gives a total over several sites, and its first
    place places none of its tolls."""
    pats = [r["pattern"] for r in read_csv("toll_place_guards.csv") if kind is None or r["kind"] == kind]
    if not pats:
        raise ValueError(f"data/reference/toll_place_guards.csv has no pattern{' of kind ' + kind if kind else ''}: restore the file")
    # (a whole word, after at most two attached letters and the article: وبحوادث, الهجمات)
    return r"(?:^|[^\p{L}])[وفبلك]{0,2}(?:ال)?(?:" + "|".join(f"(?:{x})" for x in pats) + ")"


@lru_cache(maxsize=None)
def deictic_pattern() -> str:
    """A direction (place_cues.csv kind ``direction``: شمال, جنوب شرق …) before a word for the
    country itself (kind ``deictic``: البلاد): ``في شرق البلاد`` is a region of the article's country."""
    rows = read_csv("place_cues.csv")
    way = "|".join(sorted({norm_name(r["cue"]) for r in rows if r["kind"] == "direction"}, key=len, reverse=True))
    deictic = "|".join(sorted({norm_name(r["cue"]) for r in rows if r["kind"] == "deictic"}, key=len, reverse=True))
    if not deictic or not way:
        raise ValueError("data/reference/place_cues.csv has no cue of kind 'deictic' (البلاد) or 'direction' (شرق): add them or restore the file")
    # a direction is needed: في البلاد alone is the whole country, often not the event's (حالة الطوارئ في البلاد)
    return rf"(?:^|[^\w])[وف]?(?:ب|ل)?(?:في\s+)?(?:{way})\s+(?:(?:{way})\s+)?(?:{deictic})(?:[^\w]|$)"


@lru_cache(maxsize=None)
def deictic_words() -> list[str]:
    return sorted({norm_name(r["cue"]) for r in read_csv("place_cues.csv") if r["kind"] == "deictic"})


def deictic_places(f: pl.DataFrame, sents: pl.DataFrame) -> pl.DataFrame:
    """Figures whose sentence places them in a region of the country itself (في شرق البلاد):
    ``fkey, _d_score`` (scored like a country-level place of the sentence) and ``_d_name`` (the
    phrase as written)."""
    fkey = ["article_id", "measure", "char_start", "char_end"]
    pat = deictic_pattern()
    t = thresholds()
    # (the figures' sentences only, then the word itself first: few sentences have it)
    hit = (sents.join(f.select("article_id", pl.col("sentence_start").alias("sent_start")).unique(), on=["article_id", "sent_start"], how="semi")
           .filter(pl.col("norm").str.contains_any(deictic_words())))
    d = (
        f.join(hit.select("article_id", pl.col("sent_start").alias("sentence_start"), "norm"), on=["article_id", "sentence_start"])
        .filter(pl.col("norm").str.contains(narrow(pat)))
        .with_columns(pl.col("norm").str.extract(narrow(rf"({pat})")).alias("_m"))
        # character offsets of the phrase (its words, not the separators the match takes either side)
        .with_columns((pl.col("norm").str.extract(narrow(rf"(?s)^(.*?)(?:{pat})"), 1).str.len_chars()
                       + pl.col("_m").str.extract(narrow(r"^([^\w]*)")).str.len_chars()).cast(pl.Int64).alias("_ds"))
        .with_columns((pl.col("_ds") + pl.col("_m").str.replace(narrow(r"^[^\w]+"), "").str.replace(narrow(r"[^\w]+$"), "").str.len_chars()).alias("_de"))
    )
    gap_after = pl.col("norm").str.slice(pl.col("_fpos"), (pl.col("_ds") - pl.col("_fpos")).clip(lower_bound=0))
    d = d.filter(~((pl.col("_ds") > pl.col("_fpos")) & gap_after.str.contains(narrow(clause_pattern("clause_break")))))
    d = original_index(d, "sentence", "norm", {"_os": pl.col("_ds"), "_oe": pl.col("_de") - 1})
    return d.select(
        *fkey,
        ((pl.col("_ds") - pl.col("_fpos")).abs() * pl.when(pl.col("_ds") < pl.col("_fpos")).then(t["before_factor"]).otherwise(1)
         + (KIND_RANK["country"] - 1) * t["specificity_chars"]).alias("_d_score"),
        pl.col("sentence").str.slice(pl.col("_os"), pl.max_horizontal(pl.col("_oe") - pl.col("_os") + 1, pl.lit(0))).alias("_d_name"),
    )


def deictic_lead(sents: pl.DataFrame, res_all: pl.DataFrame, dl_res: pl.DataFrame, country_rows: pl.DataFrame) -> pl.DataFrame:
    """The first region of the country itself (في شرق البلاد) in each article's headline and lead
    (place_thresholds.csv ``lead_sentences``), as a country-level mention the story's place is
    chosen among (a lead قتل 4 جنود … في شرق البلاد, on a Kyiv desk, is not Kyiv): the one country
    its sentence names, else the dateline's; none when neither gives one (no guess, no point).
    ``res_all``: every resolved mention; ``dl_res``: ``article_id, dateline_country``."""
    pat = deictic_pattern()
    lead_n = int(thresholds()["lead_sentences"])
    hit = sents.filter((pl.col("sent_idx") < lead_n) & pl.col("norm").str.contains_any(deictic_words())
                       ).filter(pl.col("norm").str.contains(narrow(pat)))
    if hit.height == 0:
        return pl.DataFrame()
    d = (
        hit.select("article_id", "sent_idx", "sentence", "norm")
        .with_columns(pl.col("norm").str.extract(narrow(rf"({pat})")).alias("_m"))
        .with_columns((pl.col("norm").str.extract(narrow(rf"(?s)^(.*?)(?:{pat})"), 1).str.len_chars()
                       + pl.col("_m").str.extract(narrow(r"^([^\w]*)")).str.len_chars()).cast(pl.Int64).alias("m_start"))
        .with_columns((pl.col("m_start") + pl.col("_m").str.replace(narrow(r"^[^\w]+"), "").str.replace(narrow(r"[^\w]+$"), "").str.len_chars()).alias("m_end"))
    )
    d = original_index(d, "sentence", "norm", {"_os": pl.col("m_start"), "_oe": pl.col("m_end") - 1}).with_columns(
        pl.col("sentence").str.slice(pl.col("_os"), pl.max_horizontal(pl.col("_oe") - pl.col("_os") + 1, pl.lit(0))).alias("place_name"))
    own = (res_all.filter(pl.col("resolved") & (pl.col("sent_idx") >= 0) & pl.col("country").is_not_null())
           .group_by("article_id", "sent_idx").agg(pl.col("country").unique().alias("_cs"))
           .filter(pl.col("_cs").list.len() == 1).select("article_id", "sent_idx", pl.col("_cs").list.first().alias("_own")))
    geo = ["place_id", "place_kind", "name_en", "admin1", "lat", "lon", "geo_precision", "source"]
    return (
        d.join(own, on=["article_id", "sent_idx"], how="left").join(dl_res, on="article_id", how="left")
        .with_columns(pl.coalesce("_own", "dateline_country").alias("country")).drop_nulls("country")
        .join(country_rows.select("country", *geo), on="country")
        .select("article_id", "sent_idx", "m_start", "m_end", "place_name", "country", *geo,
                pl.lit(True).alias("locative"), pl.lit(False).alias("weak"), pl.lit(False).alias("_near"))
    )


@lru_cache(maxsize=None)
def anaphor_pattern() -> str:
    """A demonstrative before a definite event or place noun (place_cues.csv kind ``anaphor``)."""
    rows = read_csv("place_cues.csv")
    demo = "|".join(sorted({norm_name(r["cue"]) for r in rows if r["kind"] == "demonstrative"}, key=len, reverse=True))
    nouns = "|".join(sorted({norm_name(r["cue"]) for r in rows if r["kind"] == "anaphor"}, key=len, reverse=True))
    return rf"(?:^|[^\w])(?:{demo})\s+(?:{nouns})(?:[^\w]|$)"


def anaphor_places(f: pl.DataFrame, sents: pl.DataFrame, placed: pl.DataFrame, cols: list[str]) -> pl.DataFrame:
    """Figures whose sentence points back to an earlier place (في هذه الغارات): that place,
    ``place_basis`` article (the article's text, not this sentence's)."""
    fkey = ["article_id", "measure", "char_start", "char_end"]
    pointing = (
        f.select(*fkey, "sentence_start")
        .join(sents.select("article_id", pl.col("sent_start").alias("sentence_start"), "sent_idx", "norm"), on=["article_id", "sentence_start"])
        .filter(pl.col("norm").str.contains(narrow(anaphor_pattern())))
        .select(*fkey, pl.col("sent_idx").alias("_fs"))
    )
    if pointing.height == 0:
        return pl.DataFrame(schema={**{k: pl.Utf8 for k in fkey}, **{c: placed.schema.get(c, pl.Utf8) for c in cols}}).cast(
            {"char_start": pl.Int64, "char_end": pl.Int64})
    return (
        pointing.join(placed, on="article_id")
        .filter((pl.col("sent_idx") < pl.col("_fs")) & (pl.col("sent_idx") >= pl.col("_fs") - ANAPHOR_SENTENCES))
        .sort(*fkey, "sent_idx", "m_start")
        .group_by(fkey, maintain_order=True).last()
        .with_columns(pl.lit("article").alias("place_basis"))
        .select(*fkey, *cols)
    )


def carried_places(f: pl.DataFrame, sents: pl.DataFrame, placed: pl.DataFrame, cols: list[str]) -> pl.DataFrame:
    """Each figure's nearest sentence before it (event_dates.neighbour_sentences) that names a
    place, and its first such place, ``place_basis`` article (the article's text, not the figure's
    sentence). ``placed``: the sentences' places that say where."""
    from .event_dates import neighbour_sentences

    fkey = ["article_id", "measure", "char_start", "char_end"]
    mine, at, near = neighbour_sentences(sents, f)
    return (
        f.select(*fkey, "sentence_start")
        .join(at.select("article_id", "_fr", pl.col("sent_start").alias("sentence_start")), on=["article_id", "sentence_start"])
        .join(near, on=["article_id", "_fr"])
        .join(mine.select("article_id", "_rank", "sent_idx"), on=["article_id", "_rank"])
        .join(placed, on=["article_id", "sent_idx"])
        .sort(*fkey, "sent_idx", "m_start", descending=[False] * len(fkey) + [True, False])
        .group_by(fkey, maintain_order=True).first()
        .with_columns(pl.lit("article").alias("place_basis"))
        .select(*fkey, *cols)
    )


def across_the_border(sent_m: pl.DataFrame, res_all: pl.DataFrame, gaz: pl.DataFrame) -> pl.DataFrame:
    """A country right after قرب or الحدود مع (place_cues.csv kind ``near``: قرب الحدود مع سوريا,
    هجوم قرب مالي) is the neighbour of where it happened: the mention becomes the border area of
    the country the article names most (at least twice) other than the neighbour, at country
    level, and is left unresolved (as written, no country, no point) when there is none.

    ``res_all``: every resolved mention of the articles (their countries are counted)."""
    geo = ["place_id", "name_en", "admin1", "lat", "lon", "geo_precision", "source"]
    rows = gaz.filter(pl.col("place_kind") == "country").unique("country", keep="first", maintain_order=True)
    across = pl.col("_near") & (pl.col("place_kind") == "country") & pl.col("place_id").is_not_null()
    key = ["article_id", "sent_idx", "m_start", "m_end"]
    resolved = res_all.filter(pl.col("resolved") & (pl.col("sent_idx") >= 0))
    named = (resolved.group_by("article_id", "country").agg(pl.len().alias("_n"))
             .filter(pl.col("_n") >= 2))
    # (the side its own sentence names first, a place or a people: تركيا … قرب الحدود مع سوريا,
    # مقتل شرطيين تركيين … قرب الحدود مع سوريا)
    # (not a country its victims come from: جندي من تشاد المجاورة)
    in_sent = resolved.filter(~pl.col("_origin").fill_null(False)).group_by("article_id", "sent_idx", "country").agg(pl.len().alias("_ns"))
    side = (
        sent_m.filter(across).select(*key, "country")
        .join(named.rename({"country": "_bc"}), on="article_id", how="left")
        .join(in_sent.rename({"country": "_bc"}), on=["article_id", "sent_idx", "_bc"], how="full", coalesce=True)
        .filter(pl.col("m_start").is_not_null() & pl.col("_bc").is_not_null() & (pl.col("_bc") != pl.col("country"))
                & ((pl.col("_n") >= 2) | pl.col("_ns").is_not_null()))
        .with_columns(pl.col("_ns").fill_null(0), pl.col("_n").fill_null(0))
        .sort(*key, "_ns", "_n", "_bc", descending=[False] * len(key) + [True, True, False])
        .group_by(key, maintain_order=True).first().select(*key, "_bc", (pl.col("_ns") > 0).alias("_own_side"))
    )
    out = (
        sent_m.join(side, on=key, how="left").with_columns(across.alias("_across"))
        .join(rows.select(pl.col("country").alias("_bc"), *[pl.col(c).alias(f"_b_{c}") for c in geo]), on="_bc", how="left")
    )
    # A border area says where only through its locative word before الحدود (قرب الحدود مع سوريا):
    # that only when its own sentence names the side (else the border stays a neighbour's name, as before)
    pats = cue_patterns()
    before = pl.col("norm").str.slice(pl.max_horizontal(pl.col("m_start") - CUE_WINDOW, pl.lit(0)),
                                      pl.min_horizontal(pl.col("m_start"), pl.lit(CUE_WINDOW)))
    border_only = (before.str.contains(narrow(pats["near_border"])) & ~before.str.contains(narrow(pats["locative"]))
                   & ~before.str.contains(narrow(pats["locative_gap"])) & ~pl.col("prefix_locative").fill_null(False))
    out = out.with_columns((pl.col("locative") & ~(pl.col("_across") & border_only & ~pl.col("_own_side").fill_null(False))).alias("locative"))
    out = out.with_columns(
        *[pl.when(pl.col("_across")).then(pl.col(f"_b_{c}")).otherwise(pl.col(c)).alias(c) for c in geo],
        pl.when(pl.col("_across")).then(pl.col("_bc")).otherwise(pl.col("country")).alias("country"),
    ).drop("_bc", "_own_side", *[f"_b_{c}" for c in geo])
    # Its name: the border area as written (الحدود مع العراق, قرب مالي), not the neighbour alone,
    # which is not the place published.
    near = cue_patterns()["near"]
    cue_len = pl.col("norm").str.slice(0, pl.col("m_start")).str.extract(narrow(near), 0).str.strip_chars_start().str.len_chars().fill_null(0)
    mask = pl.col("_across").fill_null(False)
    hit, rest = out.filter(mask), out.filter(~mask)
    if hit.height:
        hit = original_index(hit.with_columns((pl.col("m_start") - cue_len).alias("_cs")), "sentence", "norm", {"_cos": pl.col("_cs")})
        hit = hit.with_columns(pl.col("sentence").str.slice(pl.col("_cos"), pl.max_horizontal(pl.col("_oe") - pl.col("_cos") + 1, pl.lit(0)))
                               .alias("place_name")).drop("_cs", "_cos")
    return pl.concat([rest, hit.select(rest.columns)]).drop("_across")


def _figure_position(figs: pl.LazyFrame) -> pl.Expr:
    """The figure's start in the sentence's match text (whitespace counts twice there)."""
    off = pl.col("char_start") - pl.col("sentence_start")
    return off + pl.col("sentence").str.slice(0, off).str.count_matches(r"\s")


def figure_places(figs: pl.DataFrame, sents: pl.DataFrame, fields: pl.DataFrame, gaz: pl.DataFrame) -> pl.DataFrame:
    """``figs`` (article_id, measure, sentence, sentence_start, char_start, char_end), the
    sentences of the batch (with ``norm``), the article fields (``dateline_place``) and the
    gazetteer → one row per figure with its place (FIGURE_SCHEMA)."""
    if figs.height == 0:
        return pl.DataFrame(schema=FIGURE_SCHEMA)
    ids = figs.select("article_id").unique()
    s = sents.join(ids, on="article_id", how="semi").lazy()
    g = gaz.lazy()
    names = g.group_by("name_norm").agg(
        (pl.col("in_region") | pl.col("place_kind").is_in(["country", "admin1"])).all().alias("strippable"),
        # after في's ب a country whose name is also its adjective's accusative (بمالي) is read too
        (pl.col("in_region") | pl.col("place_kind").is_in(["country", "admin1", "adjective"])).all().alias("strippable_b"))
    m = with_cues(mentions(s, names), s)
    dl = (
        fields.join(ids, on="article_id", how="semi").lazy()
        .select("article_id", norm_name_expr(pl.col("dateline_place").str.replace(r"^\s*من\s+", "")).alias("name_norm"))
        .drop_nulls("name_norm")
    )
    # The dateline as a mention of its own (sentence -1): settled by the article like any other.
    dl_m = dl.join(names.select("name_norm"), on="name_norm", how="semi").with_columns(
        pl.lit(-1, pl.Int32).alias("sent_idx"), pl.lit(0, pl.Int64).alias("m_start"), pl.col("name_norm").str.len_chars().cast(pl.Int64).alias("m_end"),
        # a dateline names a city (عمان: Amman, not Oman)
        pl.lit(False).alias("prefix_locative"), pl.lit("city").alias("cue"), pl.lit(True).alias("locative"), pl.lit(False).alias("weak"),
        pl.lit(False).alias("gap_only"), pl.lit(None, pl.Int64).alias("_dgap"), pl.lit(False).alias("_scope"),
        pl.lit(False).alias("_near"), pl.lit(False).alias("_origin"))
    allm = pl.concat([m.with_columns(pl.col("sent_idx").cast(pl.Int32), pl.col("m_start").cast(pl.Int64), pl.col("m_end").cast(pl.Int64)),
                      dl_m.select(m.collect_schema().names())], how="vertical_relaxed")
    evid = candidates(allm, g).collect(engine=ENGINE)
    # A dateline names a town with a desk, not a village that shares its name (الرياض: Riyadh,
    # not the Iraqi village Ar Riyāḑ); villages are read only after a cue in a sentence.
    evid = evid.filter((pl.col("sent_idx") >= 0) | ~pl.col("place_kind").is_in(["city"])
                       | (pl.col("population").fill_null(0) >= thresholds()["dateline_min_population"]))
    cand = evid.filter(pl.col("place_kind") != "adjective")
    # The dateline's country, when its name has one country (or a dominant one): first pass
    # without it, then the dateline's own resolution feeds the article's places.
    no_dl = pl.DataFrame(schema={"article_id": pl.Utf8, "dateline_country": pl.Utf8}).lazy()
    dl_res = resolve(evid.filter(pl.col("sent_idx") == -1).lazy(), no_dl).filter(pl.col("resolved")).select("article_id", pl.col("country").alias("dateline_country"))
    dl_res = dl_res.collect(engine=ENGINE)
    res_all = without_foreign_homonyms(resolve(evid.lazy(), dl_res.lazy()).collect(engine=ENGINE), dl_res)
    key = ["article_id", "sent_idx", "m_start", "m_end"]
    res = res_all.join(cand.select(key).unique(), on=key, how="semi")

    # Place name as written: the mention's span in the original sentence (base, airport and
    # crossing cues belong to the name: مطار أربيل).
    sent_m = (
        res.filter(pl.col("sent_idx") >= 0)
        .join(sents.select("article_id", "sent_idx", "sent_start", "sentence", "norm"), on=["article_id", "sent_idx"])
    )
    cue_len = pl.col("norm").str.slice(0, pl.col("m_start")).str.extract(r"(\S+\s+)$").str.len_chars().fill_null(0)
    sent_m = sent_m.with_columns(
        pl.when(pl.col("cue").is_in(["base", "airport", "crossing"]) & ~pl.col("place_kind").is_in(["base", "airport", "crossing"]))
        .then(pl.col("m_start") - cue_len).otherwise(pl.col("m_start")).alias("_ns")
    )
    sent_m = sent_m.with_columns((pl.col("locative") & ~(pl.col("gap_only") & (pl.col("place_kind") == "country"))
                                  # a region as a comparison's scope (أسوأ مذبحة في أوروبا) is not where it happened
                                  & ~(pl.col("_scope") & (pl.col("place_kind") == "region"))).alias("locative"))
    sent_m = original_index(sent_m, "sentence", "norm", {"_os": pl.col("_ns"), "_oe": pl.col("m_end") - 1})
    sent_m = sent_m.with_columns(
        pl.col("sentence").str.slice(pl.col("_os"), pl.max_horizontal(pl.col("_oe") - pl.col("_os") + 1, pl.lit(0))).alias("place_name"))
    sent_m = across_the_border(sent_m, res_all, gaz)

    # A governorate or a country that only says where a more specific place of the sentence
    # lies (قاعدة الأسد … في محافظة الأنبار غربي العراق) is not a place of its own; where it
    # is the locative one (في معارك الحوطة بلحج), the place it locates becomes locative.
    skey = ["article_id", "sent_idx"]
    t_ = thresholds()
    kind_rank = pl.col("place_kind").replace_strict(KIND_RANK, default=2, return_dtype=pl.Int32)
    spec = sent_m.filter(pl.col("place_id").is_not_null()).select(
        *skey, pl.col("m_start").alias("_s_start"), pl.col("m_end").alias("_s_end"), pl.col("country").alias("_c"),
        pl.col("admin1").alias("_a"), kind_rank.alias("_k"))
    # It is dropped when it stands beside that place: right after it (X في محافظة Y غربي العراق) or just
    # before it (في العراق، في مدينة X); a country far before a city of another clause is a
    # place of its own (قتل في تركيا 5 … على القنصلية في اسطنبول).
    beside = (((pl.col("_s_end") <= pl.col("m_start")) & (pl.col("m_start") - pl.col("_s_end") <= t_["qualifier_chars_after"]))
              | ((pl.col("_s_start") >= pl.col("m_end")) & (pl.col("_s_start") - pl.col("m_end") <= t_["qualifier_chars_before"])))
    pairs = (
        sent_m.filter(pl.col("place_kind").is_in(["admin1", "country"]) & pl.col("place_id").is_not_null())
        .join(spec, on=skey)
        .filter((pl.col("_k") < kind_rank) & (pl.col("_c") == pl.col("country"))
                & ((pl.col("place_kind") == "country") | (pl.col("_a") == pl.col("admin1"))))
    )
    # … or opens the sentence as its topic (وفي العراق، قتل 21 … في بغداد): the section's country,
    # which a place of it later in the sentence makes precise.
    topic = (pl.col("norm").str.slice(0, pl.col("m_start")).str.contains(TOPIC_BEFORE)
             & pl.col("norm").str.slice(pl.col("m_end")).str.contains(TOPIC_AFTER) & (pl.col("_s_start") > pl.col("m_end")))
    qualifier = pairs.filter(beside | ((pl.col("place_kind") == "country") & topic)).select(*skey, "m_start", "m_end").unique()
    lends = pairs.filter(pl.col("locative")).select(*skey, pl.col("_s_start").alias("m_start"), pl.lit(True).alias("_lent")).unique()
    all_m = sent_m  # every mention: the headline and lead are read in full, qualifiers included
    sent_m = (
        sent_m.join(qualifier, on=[*skey, "m_start", "m_end"], how="anti")
        .join(lends, on=[*skey, "m_start"], how="left")
        .with_columns((pl.col("locative") | pl.col("_lent").fill_null(False)).alias("locative")).drop("_lent")
    )

    sent_m = with_reference_points(sent_m)
    sent_m = with_spread(sent_m)

    f = figs.select("article_id", "measure", "sentence", "sentence_start", "char_start", "char_end").with_columns(
        _figure_position(figs.lazy()).alias("_fpos"))
    # The nearest place wins, a more specific one by a head start of SPECIFICITY_CHARS per
    # level (a base 40 characters away beats the country 15 characters away).
    rank = pl.col("place_kind").replace_strict(KIND_RANK, default=2, return_dtype=pl.Int32)
    facility = pl.col("place_kind").is_in(["base", "airport", "crossing"])
    # Not a place of another clause: after في حين/فيما past the figure (… قتيلين، في حين
    # يواصل الطيران قصف … في شمال العراق).
    gap_after = pl.col("norm").str.slice(pl.col("_fpos"), (pl.col("m_start") - pl.col("_fpos")).clip(lower_bound=0))
    other_clause = (pl.col("m_start") > pl.col("_fpos")) & gap_after.str.contains(narrow(clause_pattern("clause_break")))
    # … nor a place before the figure with "in response to" between (قصف مواقع في شمال العراق ردا على
    # مقتل شرطيين): the response's place, not the event it answers
    gap_before = pl.col("norm").str.slice(pl.col("m_end"), (pl.col("_fpos") - pl.col("m_end")).clip(lower_bound=0))
    other_clause = other_clause | ((pl.col("m_end") <= pl.col("_fpos")) & gap_before.str.contains(narrow(clause_pattern("response_break"))))
    in_sentence = (
        f.join(sent_m.filter(pl.col("locative") | facility), left_on=["article_id", "sentence_start"], right_on=["article_id", "sent_start"])
        .filter(~other_clause)
        .with_columns(((pl.col("m_start") - pl.col("_fpos")).abs() * pl.when(pl.col("m_start") < pl.col("_fpos")).then(thresholds()["before_factor"]).otherwise(1)
                       + (rank - 1) * thresholds()["specificity_chars"] + pl.col("weak").cast(pl.Int64) * thresholds()["weak_chars"]
                       + (pl.col("place_kind") == "region").cast(pl.Int64) * thresholds()["region_chars"]).alias("_score"))
        .sort("article_id", "char_start", "measure", "char_end", "_score", "m_start")
        .group_by("article_id", "measure", "char_start", "char_end", maintain_order=True).first()
        .with_columns(pl.lit("sentence").alias("place_basis"))
    )
    # A place listed with others of its country in other governorates (في الرمادي والفلوجة
    # وتكريت, بين عدن وتعز) places the figure in that country, not in one governorate.
    country_rows = gaz.filter(pl.col("place_kind") == "country").unique("country", keep="first", maintain_order=True)
    spread = in_sentence.filter(pl.col("_spread")).drop("place_id", "place_kind", "name_en", "admin1", "lat", "lon", "geo_precision", "source").join(
        country_rows.select("country", "place_id", "place_kind", "name_en", "admin1", "lat", "lon", "geo_precision", "source"), on="country")
    in_sentence = pl.concat([in_sentence.filter(~pl.col("_spread")), spread.select(in_sentence.columns)], how="vertical_relaxed")
    # ... and one of a list of places of several countries places it in none: the place as
    # written, unresolved, with no coordinates.
    unresolved = ["place_id", "place_kind", "name_en", "country", "admin1", "lat", "lon", "geo_precision", "source"]
    in_sentence = in_sentence.with_columns([pl.when(pl.col("_multi")).then(None).otherwise(pl.col(c)).alias(c) for c in unresolved])
    # The story's place: the first place that says where in the headline and lead (in reading
    # order: في محافظة لحج شمالي عدن is Lahij).
    # A later lead place refines the first when it lies inside it (في نيجيريا … بولاية بورنو).
    # (a region of the country itself in the lead, في شرق البلاد, is a country-level candidate)
    regions_in_lead = deictic_lead(sents.join(ids, on="article_id", how="semi"), res_all, dl_res, country_rows)
    # (a place of a list across governorates, بالقرب من الموصل وتلعفر والرمادي, refines nothing)
    lead_m = pl.concat([with_spread(all_m), regions_in_lead], how="diagonal_relaxed").with_columns(pl.col("_spread").fill_null(False))
    lead_all = (
        # (a region of several countries says where only loosely, a neighbour across the border
        # not at all: neither is the story's place)
        lead_m.filter((pl.col("locative") | facility) & (pl.col("sent_idx") < int(thresholds()["lead_sentences"]))
                     & (pl.col("place_kind") != "region") & ~(pl.col("_near") & (pl.col("place_kind") == "country")))
        .sort("article_id", "weak", "sent_idx", "m_start", "m_end")
        .with_columns(pl.int_range(pl.len()).over("article_id").alias("_order"), kind_rank.alias("_k"))
    )
    first = lead_all.filter(pl.col("_order") == 0).select("article_id", pl.col("country").alias("_fc"), pl.col("admin1").alias("_fa"),
                                                          pl.col("_k").alias("_fk"), pl.col("place_id").alias("_fid"))
    lead = (
        lead_all.join(first, on="article_id")
        .filter((pl.col("_order") == 0) | (
            pl.col("_fid").is_not_null() & (pl.col("country") == pl.col("_fc")) & (pl.col("_k") < pl.col("_fk")) & ~pl.col("_spread")
            & ((pl.col("_fk") == KIND_RANK["country"]) | (pl.col("admin1") == pl.col("_fa")))))
        .sort("article_id", "_k", "_order")
        .group_by("article_id", maintain_order=True).first()
        .with_columns(pl.lit("article").alias("place_basis"))
    )
    # The story's first place listed with places of its country in other governorates (في عدد من
    # الجبهات بمحافظة تعز والحديدة) places the story in that country, as in its own sentence.
    geo = ["place_id", "place_kind", "name_en", "admin1", "lat", "lon", "geo_precision", "source"]
    lead_spread = lead.filter(pl.col("_spread")).drop(geo).join(country_rows.select("country", *geo), on="country")
    lead = pl.concat([lead.filter(~pl.col("_spread")), lead_spread.select(lead.columns)], how="vertical_relaxed")
    dateline = (
        res.filter(pl.col("sent_idx") == -1)
        .join(fields.select("article_id", "dateline_place"), on="article_id")
        .with_columns(pl.col("dateline_place").str.replace(r"^\s*من\s+", "").alias("place_name"), pl.lit("dateline").alias("place_basis"))
    )
    # The article's country: the one most of its places and adjectives name (at least
    # majority_min mentions and majority_ratio times the next), as a country-level place.
    t = thresholds()
    counts = (
        res_all.filter(pl.col("resolved") & (pl.col("sent_idx") >= 0))
        .group_by("article_id", "country").agg(pl.len().alias("_n"), pl.col("name_norm").sort_by(["sent_idx", "m_start"]).first().alias("place_name"))
        .sort("article_id", "_n", "country", descending=[False, True, False])
        .with_columns(pl.col("_n").shift(-1).over("article_id").fill_null(0).alias("_n2"), pl.int_range(pl.len()).over("article_id").alias("_r"))
        .filter((pl.col("_r") == 0) & (pl.col("_n") >= t["majority_min"]) & (pl.col("_n") >= t["majority_ratio"] * pl.col("_n2")))
    )
    geo = ["place_id", "place_kind", "name_en", "admin1", "lat", "lon", "geo_precision", "source"]
    majority = (
        counts.select("article_id", "country", "place_name")
        .join(country_rows.select("country", *geo), on="country")
        .with_columns(pl.lit("article").alias("place_basis"))
    )
    # … or its governorate, when most of that country's places lie in one by the same rule
    # (majority_min, majority_ratio): a story of دير الزور, its towns and its city is Deir
    # ez-Zor, shown at its largest place; none when they spread over several.
    one_admin1 = (
        res_all.filter(pl.col("resolved") & (pl.col("sent_idx") >= 0) & pl.col("admin1").is_not_null())
        .join(counts.select("article_id", "country"), on=["article_id", "country"])
        .group_by("article_id", "country", "admin1").agg(pl.len().alias("_n"))
        .sort("article_id", "_n", "admin1", descending=[False, True, False])
        .with_columns(pl.col("_n").shift(-1).over("article_id").fill_null(0).alias("_n2"), pl.int_range(pl.len()).over("article_id").alias("_r"))
        .filter((pl.col("_r") == 0) & (pl.col("_n") >= t["majority_min"]) & (pl.col("_n") >= t["majority_ratio"] * pl.col("_n2")))
        .join(gaz.filter(pl.col("place_kind") == "admin1").unique(["country", "admin1"], keep="first", maintain_order=True)
              .select("country", "admin1", *[pl.col(c).alias(f"_g_{c}") for c in geo if c != "admin1"]), on=["country", "admin1"])
    )
    majority = (
        majority.join(one_admin1.select("article_id", "country", pl.col("admin1").alias("_g_admin1"), *[f"_g_{c}" for c in geo if c != "admin1"]),
                      on=["article_id", "country"], how="left")
        .with_columns([pl.when(pl.col("_g_place_id").is_not_null()).then(pl.col(f"_g_{c}")).otherwise(pl.col(c)).alias(c) for c in geo])
        .select("article_id", "country", "place_name", *geo, "place_basis")
    )
    cols = ["place_name", "place_basis", "place_id", "place_kind", "name_en", "country", "admin1", "lat", "lon", "geo_precision", "source"]
    fkey = ["article_id", "measure", "char_start", "char_end"]
    # the sentence's place is a country named as such (not the country a list of places spreads to)
    own_country = in_sentence.filter((pl.col("place_kind") == "country") & ~pl.col("_spread") & ~pl.col("_multi")).select(*fkey, pl.lit(True).alias("_own_country"), pl.col("sent_idx").alias("_own_sent"))
    # the lead places the story in more than one part of its country: a region of the country itself
    # (وفي جنوب شرق البلاد) or a place of another governorate than the story's place
    lead_n = int(thresholds()["lead_sentences"])
    lead_parts = (
        sent_m.filter(((pl.col("locative") | facility) | pl.col("_spread")) & (pl.col("sent_idx") < lead_n) & pl.col("place_id").is_not_null())
        .join(lead.select("article_id", pl.col("country").alias("_lc"), pl.col("admin1").alias("_la")), on="article_id")
        .filter(pl.col("country") == pl.col("_lc"))
        # (a list of places of several governorates too: في تعز ومأرب, محافظات الأنبار وصلاح الدين)
        .filter(((pl.col("place_kind") != "country") & (pl.col("admin1").is_null() | (pl.col("admin1") != pl.col("_la")))) | pl.col("_spread"))
        .select("article_id")
    )
    if regions_in_lead.height:  # (in a region of its own, في جنوب شرق البلاد, not a town's direction: الموصل شمال البلاد)
        # … nor one right after a place of that country it only locates (في محيط مدينة X في شرق البلاد)
        located = (
            regions_in_lead.select("article_id", "sent_idx", pl.col("m_start").alias("_rs"), pl.col("country").alias("_rc"))
            .join(sent_m.filter(pl.col("place_id").is_not_null() & (pl.col("place_kind") != "country"))
                  .select("article_id", "sent_idx", "m_end", "country", "norm"), on=["article_id", "sent_idx"])
            .filter((pl.col("country") == pl.col("_rc")) & (pl.col("m_end") <= pl.col("_rs"))
                    & (pl.col("_rs") - pl.col("m_end") <= t_["region_after_place_chars"])
                    & pl.col("norm").str.slice(pl.col("m_end"), (pl.col("_rs") - pl.col("m_end")).clip(lower_bound=0)).str.contains(narrow(r"^[^\w]*$")))
            .select("article_id", "sent_idx", pl.col("_rs").alias("m_start")).unique()
        )
        lead_parts = pl.concat([lead_parts, regions_in_lead.join(located, on=["article_id", "sent_idx", "m_start"], how="anti")
                                .filter(pl.col("place_name").str.contains(r"^[وف]?في\s")).select("article_id")])
    # ... or says the story spans several sites (في عدد من المدن العراقية, في حوادث متفرقة), or
    # names the lead's place as where something came from (سيارة قادمة من مدينة المكلا, the
    # headline's غارة على المكلا): its first place is not where the tolls happened
    lead_several = (
        # (two eager filters: the pattern reads the lead's sentences only)
        sents.join(ids, on="article_id", how="semi").filter(pl.col("sent_idx") < lead_n)
        .filter(pl.col("norm").str.replace_all(r"\s+", " ").str.contains(toll_guard_pattern("several_sites")))
        .select("article_id")
    )
    lead_origin = (
        all_m.filter((pl.col("sent_idx") < lead_n) & pl.col("_origin") & pl.col("place_id").is_not_null())
        .join(lead.select("article_id", pl.col("place_id").alias("_lid")), on="article_id")
        .filter(pl.col("place_id") == pl.col("_lid"))
        .select("article_id")
    )
    lead_parts = pl.concat([lead_parts, lead_several, lead_origin]).unique().with_columns(pl.lit(True).alias("_lead_spread"))
    # the figure's own sentence names a place of the lead's country in another governorate than
    # the lead's (… قتلوا في غارة … في محافظة لحج, the lead in تعز): the story's place is not its
    other_admin1 = (
        all_m.filter(pl.col("place_id").is_not_null() & pl.col("admin1").is_not_null())
        .join(lead.select("article_id", pl.col("country").alias("_lc"), pl.col("admin1").alias("_la")), on="article_id")
        .filter((pl.col("country") == pl.col("_lc")) & (pl.col("admin1") != pl.col("_la")))
        .select("article_id", pl.col("sent_idx").alias("_own_sent")).unique().with_columns(pl.lit(True).alias("_other_admin1"))
    )
    # the figure's sentence, or one before it in its paragraph, opens with a turn to another matter
    # (من جهة أخرى، في سياق آخر، وفي تطور آخر: event_date_cues.csv new_topic): the story's place
    # does not carry to it
    from .event_dates import neighbour_sentences, new_topic_pattern
    t_mine, t_at, _ = neighbour_sentences(sents.join(ids, on="article_id", how="semi"), f)
    turned = (
        f.select(*fkey, "sentence_start")
        .join(t_at.select("article_id", "_fr", "_fp", pl.col("sent_start").alias("sentence_start")), on=["article_id", "sentence_start"])
        # (a closing link line, رابط الخبر, repeats the headline: no other matter)
        .join(t_mine.filter(pl.col("norm").str.contains(narrow(new_topic_pattern(link_line=False)))).select("article_id", "_rank", "_para"), on="article_id")
        .filter((pl.col("_para") == pl.col("_fp")) & (pl.col("_rank") <= pl.col("_fr")))
        .select(fkey).unique().with_columns(pl.lit(True).alias("_turned"))
    )
    out = (
        f.select(fkey)
        .join(in_sentence.select(*fkey, *cols), on=fkey, how="left")
        .join(own_country, on=fkey, how="left")
        .join(turned, on=fkey, how="left")
        .join(other_admin1, on=["article_id", "_own_sent"], how="left")
        .join(lead_parts, on="article_id", how="left")
        .join(lead.select("article_id", pl.col("sent_idx").alias("_lead_sent"), pl.col("weak").alias("_lead_weak")), on="article_id", how="left")
        .join(f.select(*fkey, "sentence_start").join(sents.select("article_id", pl.col("sent_start").alias("sentence_start"), "norm"),
                                                        on=["article_id", "sentence_start"])
              .with_columns(pl.col("norm").str.replace_all(r"\s+", " "))
              .select(*fkey, pl.col("norm").str.contains(total_pattern()).alias("_total"),
                      pl.col("norm").str.contains(toll_guard_pattern()).alias("_guard")), on=fkey, how="left")
        .join(lead.select("article_id", *[pl.col(c).alias(f"a_{c}") for c in cols]), on="article_id", how="left")
        .join(dateline.select("article_id", *[pl.col(c).alias(f"d_{c}") for c in cols]), on="article_id", how="left")
    )
    # A sentence that points back (في هذه الغارات, المعارك في هذا الحي) takes the last place
    # of the nearest sentence before it that names one (at most ANAPHOR_SENTENCES back).
    # A region of the country itself nearer the figure than any place of the sentence (قتل 4 جنود
    # في شرق البلاد): the country the rest of the article gives, at country level.
    deictic = deictic_places(f, sents).join(in_sentence.select(*fkey, "_score"), on=fkey, how="left").filter(
        pl.col("_score").is_null() | (pl.col("_d_score") < pl.col("_score"))).select(*fkey, "_d_name")
    out = out.join(deictic, on=fkey, how="left").with_columns(pl.col("_d_name").is_not_null().alias("_deictic"))
    out = out.with_columns([pl.when(pl.col("_deictic")).then(None).otherwise(pl.col(c)).alias(c) for c in cols])
    back = anaphor_places(f, sents, sent_m.filter(pl.col("locative") | facility), cols)
    out = out.join(back.select(*fkey, *[pl.col(c).alias(f"b_{c}") for c in cols]), on=fkey, how="left")
    use_back = pl.col("place_basis").is_null() & pl.col("b_place_basis").is_not_null()
    out = out.with_columns([pl.when(use_back).then(pl.col(f"b_{c}")).otherwise(pl.col(c)).alias(c) for c in cols])
    # The story's countries: those named in the first lead sentence that says where (في
    # الكاميرون ونيجيريا: both, the second listed after the first's في).
    story = (
        all_m.filter(pl.col("country").is_not_null())
        .join(lead_all.group_by("article_id").agg(pl.col("sent_idx").min().alias("_ls")), on="article_id")
        .filter(pl.col("sent_idx") == pl.col("_ls"))
        .group_by("article_id").agg(pl.col("country").unique().alias(STORY_COUNTRY),
                                    pl.col("admin1").drop_nulls().unique().alias(STORY_ADMIN1),
                                    pl.col("admin1").is_null().any().alias("_story_wide"))
        # the story's governorates only where the lead places it in governorates alone (not in a
        # whole country as well: قتل في تركيا … في اسطنبول is the whole country's story)
        .with_columns(pl.when(pl.col("_story_wide")).then(None).otherwise(pl.col(STORY_ADMIN1)).alias(STORY_ADMIN1))
        .drop("_story_wide")
    )
    # A figure whose sentence names no place takes the first place of the nearest sentence just
    # before it that names one, by the rule that carries a day (its paragraph after any turn to
    # another matter, or the one line before it: event_dates.neighbour_sentences): the account
    # goes on about that place (… في محافظة تعز. فقد أعلنت المقاومة مقتل 42 حوثيا).
    carried = carried_places(f, sents.join(ids, on="article_id", how="semi"),
                             sent_m.filter((pl.col("locative") | facility) & ~pl.col("weak") & ~pl.col("_multi") & ~pl.col("_spread")
                                           & (pl.col("place_kind") != "region")), cols)
    out = (out.join(carried.select(*fkey, *[pl.col(c).alias(f"c_{c}") for c in cols]), on=fkey, how="left")
           .join(story, on="article_id", how="left"))
    # … only a place of one of the story's countries (not the other country a digest turns to),
    # and not one the story's own place makes more precise (the country, where the lead names its city)
    c_rank = pl.col("c_place_kind").replace_strict(KIND_RANK, default=2, return_dtype=pl.Int32)
    a_rank = pl.col("a_place_kind").replace_strict(KIND_RANK, default=2, return_dtype=pl.Int32)
    use_carry = (pl.col("place_basis").is_null() & pl.col("c_place_basis").is_not_null()
                 & (pl.col(STORY_COUNTRY).is_null() | pl.col(STORY_COUNTRY).list.contains(pl.col("c_country")).fill_null(False))
                 & ~((pl.col("c_place_kind") == "country") & (pl.col("a_country") == pl.col("c_country")) & (a_rank < c_rank)).fill_null(False))
    out = out.with_columns([pl.when(use_carry).then(pl.col(f"c_{c}")).otherwise(pl.col(c)).alias(c) for c in cols])
    use_lead = pl.col("place_basis").is_null() & pl.col("a_place_basis").is_not_null()
    out = out.with_columns([pl.when(use_lead).then(pl.col(f"a_{c}")).otherwise(pl.col(c)).alias(c) for c in cols])
    # Then the dateline, unless the article's country is another one (a London desk reporting
    # Yemen); then that country.
    out = out.join(majority.select("article_id", *[pl.col(c).alias(f"j_{c}") for c in cols]), on="article_id", how="left")
    use_dl = (pl.col("place_basis").is_null() & pl.col("d_place_basis").is_not_null()
              & (pl.col("j_country").is_null() | (pl.col("j_country") == pl.col("d_country"))))
    out = out.with_columns([pl.when(use_dl).then(pl.col(f"d_{c}")).otherwise(pl.col(c)).alias(c) for c in cols])
    use_major = pl.col("place_basis").is_null() & pl.col("j_place_basis").is_not_null()
    out = out.with_columns([pl.when(use_major).then(pl.col(f"j_{c}")).otherwise(pl.col(c)).alias(c) for c in cols])
    # A figure placed from outside its sentence (the account's, the story's or the dateline's
    # place) whose own sentence names places of one other country only, none of them as where
    # (سلطات إقليم كردستان العراق … عن ستة قتلى, in a story placed in Turkey): that country, at
    # country level, named as its sentence writes it; the place carried from elsewhere is another
    # country's matter.
    named = (
        f.select(*fkey, "sentence_start")
        .join(all_m.filter(pl.col("place_id").is_not_null() & pl.col("country").is_not_null())
              .select("article_id", pl.col("sent_start").alias("sentence_start"), "m_start", "country", "place_kind", pl.col("place_name").alias("_nn")),
              on=["article_id", "sentence_start"])
        .sort(*fkey, "m_start")
        # (its name: the country as the sentence writes it, not a town of it named first: the
        # published place is the country, and place_name must name what place_id and lat/lon are)
        .group_by(fkey, maintain_order=True).agg(pl.col("country").unique().alias("_ns"),
                                                 pl.col("_nn").filter(pl.col("place_kind") == "country").first())
        .filter(pl.col("_ns").list.len() == 1)
        .select(*fkey, pl.col("_ns").list.first().alias("_named"), "_nn")
        # … and its nisba too (المدنيين العراقيين … سلطات إقليم كردستان العراق): a people and their land
        .join(f.select(*fkey, "sentence_start").join(
            res_all.filter(pl.col("resolved") & (pl.col("place_kind") == "adjective") & (pl.col("sent_idx") >= 0))
            .join(sents.select("article_id", "sent_idx", "sent_start"), on=["article_id", "sent_idx"])
            .select("article_id", pl.col("sent_start").alias("sentence_start"), pl.col("country").alias("_named")).unique(),
            on=["article_id", "sentence_start"]).select(*fkey, "_named"), on=[*fkey, "_named"], how="semi")
        .join(country_rows.select(pl.col("country").alias("_named"), *[pl.col(c).alias(f"n_{c}") for c in
                                  ["place_id", "place_kind", "name_en", "admin1", "lat", "lon", "geo_precision", "source"]]), on="_named")
        # … else (only a town of it and its people named there) the country as the article writes
        # it elsewhere, else its shortest gazetteer name (سوريا, not الجمهورية العربية السورية)
        .join(all_m.filter((pl.col("place_kind") == "country") & pl.col("place_id").is_not_null())
              .sort("article_id", "sent_idx", "m_start").group_by("article_id", "country", maintain_order=True)
              .agg(pl.col("place_name").first().alias("_an")).rename({"country": "_named"}), on=["article_id", "_named"], how="left")
        .join(gaz.filter(pl.col("place_kind") == "country").sort(pl.col("name_norm").str.len_chars(), "name_norm")
              .group_by("country", maintain_order=True).agg(pl.col("name_norm").first().alias("_gn")).rename({"country": "_named"}),
              on="_named", how="left")
        .with_columns(pl.coalesce("_nn", "_an", "_gn").alias("_nn")).drop("_an", "_gn")
    )
    out = out.join(named, on=fkey, how="left")
    other = (pl.col("place_basis").is_in(["article", "dateline"]) & pl.col("_named").is_not_null()
             & (pl.col("_named") != pl.col("country")) & ~pl.col("_deictic")).fill_null(False)
    out = out.with_columns(
        *[pl.when(other).then(pl.col(f"n_{c}")).otherwise(pl.col(c)).alias(c)
          for c in ["place_id", "place_kind", "name_en", "admin1", "lat", "lon", "geo_precision", "source"]],
        pl.when(other).then(pl.col("_named")).otherwise(pl.col("country")).alias("country"),
        pl.when(other).then(pl.col("_nn")).otherwise(pl.col("place_name")).alias("place_name"),
        pl.when(other).then(pl.lit("sentence")).otherwise(pl.col("place_basis")).alias("place_basis"))
    # A toll its own sentence places only at a country (مقتل 21 في نيجيريا, في كمين بمالي) happened
    # where the story's place is, when that lies in the country and is more specific (the lead:
    # في قرية بولاية بورنو): the headline and the account name the country, the lead says where in
    # it (also a region of it: في جنوب اليمن, a town of it in the lead). Not when the lead places
    # the story in more than one part of the country (اسطنبول and وفي جنوب شرق البلاد; الموصل and
    # البصرة), nor for a country a list of places spreads to (بين عدن وتعز), a strength of troops
    # (a force in a country) or a count of strikes (a tally over a country), nor when the more
    # specific place is of the figure's own sentence (its clauses decided there).
    refine = (
        (pl.col("place_basis") == "sentence") & pl.col("_own_country").fill_null(False)
        & pl.col("measure").is_in(REFINED_MEASURES) & (pl.col("a_country") == pl.col("country"))
        & pl.col("a_admin1").is_not_null() & (a_rank < KIND_RANK["country"]) & ~pl.col("_lead_spread").fill_null(False)
        # (the lead's place of another sentence: one of the figure's own sentence was passed over there)
        & (pl.col("_lead_sent") != pl.col("_own_sent"))
        # (a place the lead goes to, إلى طرابلس, says not where; a running total or history is no one event)
        & ~pl.col("_lead_weak").fill_null(False) & ~pl.col("_total").fill_null(False)
        # (an earlier event it recalls, a total over several sites or events, a road: toll_place_guards.csv;
        # a place of another governorate in its own sentence)
        & ~pl.col("_guard").fill_null(False) & ~pl.col("_other_admin1").fill_null(False)
        # (a turn to another matter in its sentence or before it in its paragraph)
        & ~pl.col("_turned").fill_null(False)
    ).fill_null(False)
    out = out.with_columns([pl.when(refine).then(pl.col(f"a_{c}")).otherwise(pl.col(c)).alias(c) for c in cols])
    # … the region of the country itself: the one country its sentence names, else the one the
    # article gives, as a country-level place, named as written
    own = (
        f.select(*fkey, "sentence_start")
        .join(all_m.select("article_id", pl.col("sent_start").alias("sentence_start"), "country", "place_id").filter(pl.col("place_id").is_not_null()).drop("place_id"),
              on=["article_id", "sentence_start"])
        .group_by(fkey).agg(pl.col("country").unique().alias("_cs"))
        .filter(pl.col("_cs").list.len() == 1).select(*fkey, pl.col("_cs").list.first().alias("_own"))
    )
    out = out.join(own, on=fkey, how="left").with_columns(
        pl.when(pl.col("_deictic") & pl.col("_own").is_not_null()).then(pl.col("_own")).otherwise(pl.col("country")).alias("country"))
    geo_c = ["place_id", "place_kind", "name_en", "admin1", "lat", "lon", "geo_precision", "source"]
    out = (
        out.join(country_rows.select("country", *[pl.col(c).alias(f"k_{c}") for c in geo_c]), on="country", how="left")
        .with_columns(
            *[pl.when(pl.col("_deictic")).then(pl.col(f"k_{c}")).otherwise(pl.col(c)).alias(c) for c in geo_c],
            pl.when(pl.col("_deictic")).then(pl.col("_d_name")).otherwise(pl.col("place_name")).alias("place_name"),
            pl.when(pl.col("_deictic")).then(pl.lit("sentence")).otherwise(pl.col("place_basis")).alias("place_basis"))
    )
    out = out.with_columns(
        pl.col("place_basis").fill_null("none"),
        # An unresolved place names no kind: its kind came from a candidate it was not settled to.
        pl.when(pl.col("place_id").is_null()).then(None).otherwise(pl.col("place_kind")).alias("place_kind"),
    )
    as_country = country_rows.select("country", pl.col("place_id").alias("country_place_id"), pl.col("name_en").alias("country_name_en"),
                                     pl.col("lat").alias("country_lat"), pl.col("lon").alias("country_lon"),
                                     pl.col("source").alias("country_source"))
    return out.join(as_country, on="country", how="left").select(
        *fkey, "place_name", "place_basis", "place_id", "place_kind", pl.col("name_en").alias("place_name_en"),
        "country", "admin1", "lat", "lon", "geo_precision", pl.col("source").alias("place_source"),
        "country_place_id", "country_name_en", "country_lat", "country_lon", "country_source",
        # the story's countries and governorates (of its headline's and lead's places), for event_dates.story_date_applies
        STORY_COUNTRY, STORY_ADMIN1).cast(FIGURE_SCHEMA)


@lru_cache(maxsize=None)
def victim_side_patterns() -> dict[str, str]:
    """Each side of a fight (forces, militants, civilians) and the words that name its victims
    (data/reference/victim_sides.csv), as one pattern per side over normalised text."""
    sides: dict[str, list[str]] = {}
    for r in read_csv("victim_sides.csv"):
        sides.setdefault(r["side"], []).append(r["pattern"])
    if not sides:
        raise ValueError("data/reference/victim_sides.csv has no rows: restore the file")
    return {side: r"(?:^|[^\w])[وفبل]?(?:ال)?(?:" + "|".join(f"(?:{x})" for x in pats) + r")(?:[^\w]|$)" for side, pats in sides.items()}


def victim_side_expr(text: pl.Expr) -> pl.Expr:
    """The one side (victim_sides.csv) a victims phrase names, else null (none, or several)."""
    t = normalize_expr(text).str.replace_all(r"\s+", " ")
    pats = victim_side_patterns()
    hits = [t.str.contains(narrow(p)).fill_null(False) for p in pats.values()]
    one = pl.sum_horizontal([h.cast(pl.Int32) for h in hits]) == 1
    side = pl.lit(None, pl.Utf8)
    for name, h in zip(pats, hits):
        side = pl.when(h).then(pl.lit(name)).otherwise(side)
    return pl.when(one).then(side).otherwise(None)


def figure_victim_side(figs: pl.DataFrame) -> pl.Expr:
    """A figure's victims' side: of its victims phrase, else of the figure's words and the two words
    after it (مقتل 37 مسلحا من داعش: the figure ends at من; ثلاثة مسلحين قتلوا, no victims phrase
    read), when they name one side only."""
    victims = pl.col("victims") if "victims" in figs.columns else pl.lit(None, pl.Utf8)
    off = pl.col("char_start") - pl.col("sentence_start")
    span = pl.col("sentence").str.slice(off, pl.col("char_end") - pl.col("char_start"))
    after = (pl.col("sentence").str.slice(pl.col("char_end") - pl.col("sentence_start"), 60)
             .str.extract(r"^\s*([^\s\d،,.؛:()«»\"]+(?:\s+[^\s\d،,.؛:()«»\"]+)?)"))
    return pl.coalesce(victim_side_expr(victims), victim_side_expr(pl.concat_str([span.fill_null(""), after.fill_null("")], separator=" ")))


def restated(ctx: pl.DataFrame, figs: pl.DataFrame, sents: pl.DataFrame) -> pl.DataFrame:
    """A toll of the headline or lead (place_thresholds.csv ``lead_sentences``) restated further
    down with the same measure and number (هجوم يقتل جنديين … وأعلن مكتب الحاكم أن اثنين من
    أفراد الأمن قتلا … في إقليم X أول من أمس) is that account's event: where its own place is
    only a country, or came from outside its sentence, it takes the governorate the restatement's
    sentence gives; where it has no date of its own, the restatement's. Only a number of at least
    ``restated_min_value`` (a single death is too common to be the same one), and only when the
    restatements agree (one governorate, one date expression). ``ctx``: figure_context's rows
    (places and date expressions); ``figs``: the figures with their values."""
    fkey = ["article_id", "measure", "char_start", "char_end"]
    t = thresholds()
    lead_n = int(t["lead_sentences"])
    geo = ["place_name", "place_id", "place_kind", "place_name_en", "country", "admin1", "lat", "lon", "geo_precision", "place_source",
           "country_place_id", "country_name_en", "country_lat", "country_lon", "country_source"]
    ev = [c for c in ctx.columns if c.startswith("ev_")]
    from .event_dates import new_topic_pattern
    flat = pl.col("norm").str.replace_all(r"\s+", " ")
    tolls = figs.filter(pl.col("measure").is_in(REFINED_MEASURES) & (pl.col("value") >= t["restated_min_value"]))
    # (the sentences' patterns are read on the sentences of these figures only, not the batch's every sentence)
    toll_sents = sents.join(tolls.select("article_id", pl.col("sentence_start").alias("sent_start")).unique(),
                            on=["article_id", "sent_start"], how="semi")
    rows = (
        tolls
        .select(*fkey, "value", "sentence_start", figure_victim_side(tolls).alias("_side"))
        .join(toll_sents.select("article_id", pl.col("sent_start").alias("sentence_start"), "sent_idx",
                           # the lead's toll is no one event's: a running total or history, a total over
                           # several sites or attacks, an earlier incident, a road (toll_scope.csv, toll_place_guards.csv)
                           (flat.str.contains(total_pattern()) | flat.str.contains(toll_guard_pattern())).alias("_many"),
                           # the restatement turns to another matter (من جهة أخرى): another toll of the same size
                           pl.col("norm").str.contains(narrow(new_topic_pattern())).alias("_turn")),
              on=["article_id", "sentence_start"])
        .join(ctx, on=fkey)
    )
    if rows.height == 0:
        return ctx
    lead = rows.filter((pl.col("sent_idx") < lead_n) & ~pl.col("_many"))
    later = rows.filter(~pl.col("_turn")).select("article_id", "measure", "value", pl.col("sent_idx").alias("_gi"), pl.col("char_start").alias("_gc"),
                        pl.col("place_basis").alias("_gb"), pl.col("_side").alias("_gside"), *[pl.col(c).alias(f"g_{c}") for c in geo + ev])
    pairs = lead.select(*fkey, "value", "sent_idx", "place_basis", "place_kind", "country", "admin1", "ev_kind", "_side").join(
        later, on=["article_id", "measure", "value"]).filter(pl.col("_gi") > pl.col("sent_idx"))
    # … of the same victims where both name them (16 من البيشمركة is not 16 مسلحا من داعش: victim_sides.csv)
    pairs = pairs.filter(pl.col("_side").is_null() | pl.col("_gside").is_null() | (pl.col("_side") == pl.col("_gside")))
    # where: a restatement placed by its own sentence in a governorate, the lead's only in a
    # country (of that governorate) or from outside its sentence
    where = (
        pairs.filter((pl.col("_gb") == "sentence") & pl.col("g_admin1").is_not_null() & pl.col("admin1").is_null()
                     & (pl.col("place_basis").is_in(["article", "dateline", "none"])
                        | ((pl.col("place_kind") == "country") & (pl.col("country") == pl.col("g_country")))))
        .filter(pl.struct("g_country", "g_admin1").n_unique().over(fkey) == 1)
        .sort(*fkey, "_gc").group_by(fkey, maintain_order=True).first()
        .select(*fkey, *[f"g_{c}" for c in geo], pl.lit(True).alias("_rw"))
    )
    # when: a restatement whose own sentence dates the event, the lead's dating nothing
    when = (
        pairs.filter(pl.col("ev_kind").is_null() & pl.col("g_ev_kind").is_not_null() & ~pl.col("g_ev_report").fill_null(False)
                     & (pl.col("g_ev_scope") == "sentence"))
        .filter(pl.struct(*[f"g_{c}" for c in ev if c not in ("ev_phrase", "ev_scope", "ev_report")]).n_unique().over(fkey) == 1)
        .sort(*fkey, "_gc").group_by(fkey, maintain_order=True).first()
        .select(*fkey, *[f"g_{c}" for c in ev], pl.lit(True).alias("_rd"))
    )
    out = ctx.join(where, on=fkey, how="left").join(when.select(*fkey, *[pl.col(f"g_{c}").alias(f"h_{c}") for c in ev], "_rd"), on=fkey, how="left")
    rw, rd = pl.col("_rw").fill_null(False), pl.col("_rd").fill_null(False)
    return out.with_columns(
        *[pl.when(rw).then(pl.col(f"g_{c}")).otherwise(pl.col(c)).alias(c) for c in geo],
        pl.when(rw).then(pl.lit("article")).otherwise(pl.col("place_basis")).alias("place_basis"),
        *[pl.when(rd).then(pl.col(f"h_{c}")).otherwise(pl.col(c)).alias(c) for c in ev],
    ).select(ctx.columns)
