-- Mart: outlets quoted or credited in an article's body. Grain: one row per (article_id, outlet).
with cited as (
    select * from stg_cited_sources
    where article_id in (select article_id from articles)  -- only articles an ingested file owns
),
final as (
    select article_id, outlet, sentence, sentence_start
    from cited
    order by article_id, sentence_start, outlet
)
select * from final
