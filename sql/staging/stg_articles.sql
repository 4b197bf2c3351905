-- Staging: decoded articles joined to their derived per-article fields. Grain: one row per article.
with articles as (
    select * from read_parquet({{ work }} || '/articles.parquet')
),
fields as (
    select * from read_parquet({{ work }} || '/article_fields.parquet')
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
        cast(f.published_at as timestamp) as published_at
    from articles as a
    left join fields as f using (article_id)
)
select * from final
