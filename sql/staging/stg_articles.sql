-- Staging: decoded articles beside their derived per-article fields. Grain: one row per article.
-- Both files are written in article_id order, one row per article, so they are joined by
-- position (publish checks the ids line up): no hash join, no re-sort of the text.
with articles as (
    select * from read_parquet({{ work }} || '/articles.parquet')
),
fields as (
    select article_id as field_article_id, * exclude (article_id)
    from read_parquet({{ work }} || '/article_fields.parquet')
),
final as (
    select
        a.article_id,
        a.file_name,
        a.source_path,
        a.title,
        a.text,
        f.source,
        coalesce(f.sources, []::varchar[]) as sources,
        f.dateline_place,
        cast(f.published_date as date) as published_date,
        cast(f.published_at as timestamp) as published_at,
        f.field_article_id
    from articles as a
    positional join fields as f
)
select * from final
