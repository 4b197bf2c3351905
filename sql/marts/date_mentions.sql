-- Mart: every date stated in an article, resolved. Grain: one row per mention.
with mentions as (
    select * from stg_date_mentions
    where article_id in (select article_id from articles)  -- only articles an ingested file owns
),
final as (
    select article_id, mention, date, granularity, year_inferred, sentence, sentence_start
    from mentions
    order by article_id, sentence_start, mention
)
select * from final
