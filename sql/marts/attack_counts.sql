-- Mart: every attack-count mention (spec §4). Grain: one row per mention (key: figure_id).
-- Each row carries the date and outlet a dashboard filters by, a plausibility flag, and the
-- toll's scope: one event, or a count over a period (a running total, a rate) or from the
-- past, read from the words next to the figure (and, for a toll larger than any single
-- event's, from its size); only events enter the time series. And where the figure is (its
-- sentence's place, else the dateline's; etl/places.py) and when its event happened
-- (int_figure_context).
with counts as (
    select * from stg_attack_counts
    where article_id in (select article_id from articles)  -- only articles an ingested file owns
),
context as (
    select a.article_id, a.published_date, a.published_date_basis, a.source, a.outlet_key, m.story_id
    from articles as a
    join story_members as m using (article_id)
),
place_time as (
    select * from int_figure_context where measure <> 'troops'
),
near_raw as (
    -- 80 characters either side of the figure's phrase, and the phrase's own words (a toll
    -- phrase may hold its span: حصيلة القتلى منذ بدء المواجهات بلغت، مقتل 800 شخص في | شهرين)
    -- with its digits masked (its own number is no year); and the whole sentence before the figure.
    select
        counts.*,
        substr(sentence, 1, char_start - sentence_start) as before_raw,
        right(substr(sentence, 1, char_start - sentence_start), 80)
            || ' ' || regexp_replace(substr(sentence, char_start - sentence_start + 1, char_end - char_start), '[0-9٠-٩۰-۹]+', '#', 'g')
            || ' ' || substr(sentence, char_end - sentence_start + 1, 80) as near_raw
    from counts
),
near as (
    -- Both with letters and digits normalised as the extractor does (one expression for both);
    -- the window's spaces collapsed (a phrase that ends in في and the words after it are joined
    -- by one space, as the patterns are written).
    select
        n.* exclude (near_raw, before_raw, normalised),
        regexp_replace(normalised[1], '\s+', ' ', 'g') as near_text,
        normalised[2] as before_text,
        -- the figure's clause before it: after the last ؛ : . ! ? of its sentence, the day's
        -- event words (منذ صباح اليوم) taken out as in the window
        regexp_replace(regexp_replace(regexp_replace(normalised[2], '(?s)^.*[؛;:.!?]', ''), '\s+', ' ', 'g'),
                       getvariable('toll_scope_patterns').event, ' ', 'g') as clause_text
    from (
        select *, list_transform([near_raw, before_raw], lambda t: regexp_replace(
                      translate(t, 'أإآٱىة٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹', 'اااايه01234567890123456789'),
                      '[\x{064B}-\x{0652}\x{0640}]', '', 'g')) as normalised
        from near_raw
    ) as n
),
scoped as (
    select
        n.* exclude (near_text, before_text, clause_text),
        -- the patterns of data/reference/toll_scope.csv (sql/variables/toll_scope_patterns.sql)
        coalesce(nullif(regexp_extract(regexp_replace(n.near_text, getvariable('toll_scope_patterns').event, ' ', 'g'),
                                       getvariable('toll_scope_patterns').period), ''),
                 -- a since phrase before the figure in its sentence, unless one event is named after it (its toll)
                 case when not regexp_matches(regexp_replace(n.before_text, '(?s)^.*(?:' || getvariable('toll_scope_patterns').period_before || ')', ''),
                                              getvariable('toll_scope_patterns').period_before_break)
                      then nullif(regexp_extract(n.before_text, getvariable('toll_scope_patterns').period_before), '') end,
                 -- span words farther before the figure in its own clause (no ؛ : . between them),
                 -- unless one event or a day is named after them (its toll): العامين المنصرمين كانا
                 -- الأكثر عنفا في تاريخ البلد … حيث قتل 1800 مدني و700 عسكري
                 case when not regexp_matches(regexp_replace(n.clause_text, '(?s)^.*(?:' || getvariable('toll_scope_patterns').period_clause || ')', ''),
                                              getvariable('toll_scope_patterns').period_clause_break)
                      then regexp_extract(n.clause_text, getvariable('toll_scope_patterns').period_clause) end) as period_words,
        -- a year after a word of time (عام 2012، عامي 2007 و2008، اواخر 2007), not the start of a longer number
        coalesce(nullif(regexp_extract(n.near_text, getvariable('toll_scope_patterns').past), ''),
                 regexp_extract(n.near_text, '(?:عام|العام|عامي|سنه|السنه|لعام|بعام|ابان|خلال|اواخر|اوائل|مطلع|منتصف|نهايه|بدايه) ?((?:1[6-9]|20)[0-9]{2})(?:[^0-9]|$)', 1)) as past_words
    from near as n
),
scoped_all as (
    select
        substr(md5(article_id || ':' || measure || ':' || char_start || ':' || char_end), 1, 16) as figure_id,
        article_id, measure, value, value_low, value_high, qualifier, target, victims,
        sentence, sentence_start, char_start, char_end, rule,
        c.published_date, c.published_date_basis, c.source, c.outlet_key, c.story_id,
        p.event_date, p.event_date_granularity, p.event_date_basis, p.event_date_phrase, p.event_date_scope, p.event_date_report,
        p.place_name, coalesce(p.place_basis, 'none') as place_basis, p.place_id, p.country, p.admin1, p.lat, p.lon,
        p.country_place_id, p.country_lat, p.country_lon,
        coalesce(greatest(value, value_low, value_high) <= b.max_value, true) as plausible,
        case when greatest(value, value_low, value_high) > b.max_value
             then b.reason || ' (' || greatest(value, value_low, value_high) || ' > ' || b.max_value || ')' end as implausible_reason,
        case when period_words <> '' then 'period'
             when past_words <> '' and (past_words not similar to '[0-9]{4}' or past_words::int < year(c.published_date)) then 'past'
             -- a date of an earlier year (التاسع من آب 1945) makes history of a toll of any size
             when p.event_date_basis = 'explicit' and year(p.event_date) < year(c.published_date) then 'past'
             when coalesce(value, value_high, value_low) > b.event_max then 'period'
             else 'event' end as toll_scope,
        case when period_words <> '' then period_words
             when past_words <> '' and (past_words not similar to '[0-9]{4}' or past_words::int < year(c.published_date)) then past_words
             when p.event_date_basis = 'explicit' and year(p.event_date) < year(c.published_date)
                  then 'dated ' || strftime(p.event_date, '%Y-%m-%d')
             when coalesce(value, value_high, value_low) > b.event_max then 'above ' || b.event_max || ': no single event'
        end as toll_scope_words
    from scoped
    join context as c using (article_id)
    left join place_time as p using (article_id, measure, char_start, char_end)
    left join stg_plausibility as b using (measure)
),
final as (
    -- A running total stands as of publication: not the date of its period's start (منذ … في 22
    -- تموز), of another clause, or of the story's lead; only a day its own sentence gives it
    -- (وبهجمات أمس يرتفع إجمالي …), or a month (a month's toll: حصيلة يوليو) dates it.
    select
        figure_id, article_id, measure, value, value_low, value_high, qualifier, target, victims,
        sentence, sentence_start, char_start, char_end, rule,
        published_date, published_date_basis, source, outlet_key, story_id,
        case when keep_date then event_date else published_date end as event_date,
        case when keep_date then event_date_granularity when published_date is not null then 'day' end as event_date_granularity,
        case when keep_date then event_date_basis when published_date is not null then 'publication' end as event_date_basis,
        case when keep_date then event_date_phrase end as event_date_phrase,
        case when to_country then null else place_name end as place_name,
        place_basis,
        case when to_country then country_place_id else place_id end as place_id,
        country,
        case when to_country then null else admin1 end as admin1,
        case when to_country then country_lat else lat end as lat,
        case when to_country then country_lon else lon end as lon,
        plausible, implausible_reason, toll_scope, toll_scope_words
    from (
        select
            *,
            -- … and is placed at its country, not at the story's city: a running total its own
            -- sentence places nowhere is the whole conflict's (the war in Yemen, not Aden).
            toll_scope = 'period' and place_basis in ('article', 'dateline') and country_place_id is not null as to_country,
            toll_scope <> 'period'
            or event_date_basis = 'publication'
            or event_date_granularity = 'month'
            or (event_date_scope = 'sentence' and not event_date_report and event_date_basis = 'relative') as keep_date
        from scoped_all
    )
    order by article_id, char_start
)
select * from final
