-- Mart: one row per distinct article (key: article_id), with its credited source and date.
with articles as (
    select * from stg_articles
),
final as (
    select
        article_id, file_name, source_path, title, text,
        source, sources, dateline_place, published_date, published_at,
        length(text) as text_chars
    from articles
    order by article_id
)
select * from final
