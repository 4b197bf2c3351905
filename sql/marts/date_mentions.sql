-- Mart: every date stated in an article, resolved. Grain: one row per mention.
with mentions as (
    select * from stg_date_mentions
    where article_id in (select article_id from articles)  -- only articles an ingested file owns
),
final as (
    select m.article_id, m.mention, m.date, m.granularity, m.year_inferred, m.sentence, m.sentence_start, a.published_date, a.outlet_key
    from mentions as m
    join articles as a using (article_id)
    order by m.article_id, m.sentence_start, mention
)
select * from final
