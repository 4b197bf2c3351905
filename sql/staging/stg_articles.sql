-- Staging: the articles that an ingested file owns, beside their derived per-article fields.
-- Grain: one row per article. (The store may hold articles whose files are gone: they are
-- left out here.)
with store as (
    select article_id, title, text from read_parquet({{ work }} || '/articles/part-*.parquet')
),
owners as (
    select article_id, file_name, source_path from stg_input_files where status = 'ingested'
),
fields as (
    select * from read_parquet({{ extracted }} || '/*.article_fields.parquet')
),
final as (
    select
        s.article_id,
        o.file_name,
        o.source_path,
        s.title,
        s.text,
        f.source,
        coalesce(f.sources, []::varchar[]) as sources,
        f.dateline_place,
        cast(f.published_date as date) as published_date,
        cast(f.published_at as timestamp) as published_at
    from store as s
    join owners as o using (article_id)
    left join fields as f using (article_id)
)
select * from final
