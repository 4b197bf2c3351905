-- Mart: every attack-count mention (spec §4). Grain: one row per mention (key: figure_id).
with counts as (
    select * from stg_attack_counts
    where article_id in (select article_id from articles)  -- only articles an ingested file owns
),
context as (
    select a.article_id, a.published_date, a.source, m.story_id
    from articles as a
    join story_members as m using (article_id)
),
final as (
    select
        substr(md5(article_id || ':' || measure || ':' || char_start || ':' || char_end), 1, 16) as figure_id,
        article_id, measure, value, value_low, value_high, qualifier, target, victims,
        sentence, sentence_start, char_start, char_end, rule,
        c.published_date, c.source, c.story_id
    from counts
    join context as c using (article_id)
    order by article_id, char_start
)
select * from final
