-- Mart: every troop-figure mention (spec §3). Grain: one row per mention (key: figure_id).
-- text[char_start:char_end] (0-based, end exclusive) of articles.text is the evidence.
with figures as (
    select * from stg_troop_figures
    where article_id in (select article_id from articles)  -- only articles an ingested file owns
),
context as (
    select a.article_id, a.published_date, a.source, m.story_id
    from articles as a
    join story_members as m using (article_id)
),
final as (
    select
        substr(md5(article_id || ':troops:' || char_start || ':' || char_end), 1, 16) as figure_id,
        article_id, value, value_low, value_high, qualifier, force, role,
        sentence, sentence_start, char_start, char_end, rule,
        c.published_date, c.source, c.story_id
    from figures
    join context as c using (article_id)
    order by article_id, char_start
)
select * from final
