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
owned as (
    -- Everything but the text, joined first: the hash table of the join below then holds
    -- these small rows while the texts stream past (with the texts in the hash table, a
    -- corpus of 400 MB spilled to disk and took ten times as long).
    select o.article_id, o.file_name, o.source_path, f.source, f.sources, f.dateline_place, f.published_date, f.published_at
    from owners as o
    left join fields as f using (article_id)
),
final as (
    select
        s.article_id,
        w.file_name,
        w.source_path,
        s.title,
        s.text,
        w.source,
        coalesce(w.sources, []::varchar[]) as sources,
        w.dateline_place,
        cast(w.published_date as date) as published_date,
        cast(w.published_at as timestamp) as published_at
    from store as s
    join owned as w using (article_id)
)
select * from final
