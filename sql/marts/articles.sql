-- Mart: one row per distinct article (key: article_id), with its credited source, its
-- publishing site and its publication date with that date's basis (text or manifest).
with articles as (
    select * from stg_articles
),
final as (
    select
        article_id, file_name, source_path, url, title, text,
        source, source_name, dateline_place, publisher, publisher_key,
        coalesce(publisher_key, source, publisher, 'unknown') as outlet_key,
        coalesce(text_published_date, manifest_date) as published_date,
        case when text_published_date is not null then 'text'
             when manifest_date is not null then 'manifest' end as published_date_basis,
        case when text_published_date is not null then text_published_at else manifest_at end as published_at,
        length(text) as text_chars
    from articles
    -- no ORDER BY: sorting the texts does not spill (it ran out of a 1 GB memory limit at
    -- 300,000 articles) and a delta publish keeps no physical order anyway
)
select * from final
