-- Mart: every attack-count mention (spec §4). Grain: one row per mention (key: figure_id).
-- Each row carries the date and outlet a dashboard filters by, and a plausibility flag.
with counts as (
    select * from stg_attack_counts
    where article_id in (select article_id from articles)  -- only articles an ingested file owns
),
context as (
    select a.article_id, a.published_date, a.published_date_basis, a.source, a.outlet_key, m.story_id
    from articles as a
    join story_members as m using (article_id)
),
final as (
    select
        substr(md5(article_id || ':' || measure || ':' || char_start || ':' || char_end), 1, 16) as figure_id,
        article_id, measure, value, value_low, value_high, qualifier, target, victims,
        sentence, sentence_start, char_start, char_end, rule,
        c.published_date, c.published_date_basis, c.source, c.outlet_key, c.story_id,
        coalesce(greatest(value, value_low, value_high) <= b.max_value, true) as plausible,
        case when greatest(value, value_low, value_high) > b.max_value
             then b.reason || ' (' || greatest(value, value_low, value_high) || ' > ' || b.max_value || ')' end as implausible_reason
    from counts
    join context as c using (article_id)
    left join stg_plausibility as b using (measure)
    order by article_id, char_start
)
select * from final
