-- Mart: outlets quoted or credited in an article's body. Grain: one row per (article_id, outlet).
with cited as (
    select * from stg_cited_sources
    where article_id in (select article_id from articles)  -- only articles an ingested file owns
),
final as (
    select m.article_id, m.outlet, m.sentence, m.sentence_start, a.published_date, a.outlet_key
    from cited as m
    join articles as a using (article_id)
    order by m.article_id, m.sentence_start, outlet
)
select * from final
