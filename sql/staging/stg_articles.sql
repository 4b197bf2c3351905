-- Staging: the articles that an ingested file owns, beside their derived per-article fields
-- and their manifest entry. Grain: one row per article. (The store may hold articles whose
-- files are gone: they are left out here.)
with store as (
    select article_id, title, text from read_parquet({{ store }})
),
owners as (
    select article_id, file_name, source_path from stg_input_files
    where status = 'ingested' and {{ article_in_scope }}  -- true, except in a delta: the articles it derives again
),
by_name as (
    -- A manifest entry without folders matches by file name, when only one file has that name.
    select m.*
    from stg_manifest as m
    join (select file_name from stg_input_files
          where {{ name_in_scope }}  -- true, except in a delta: the names of the files it derives
          group by file_name having count(*) = 1) as u on u.file_name = m.file
    where m.file not like '%/%'
),
fields as (
    select * from read_parquet({{ extracted }} || '/*.article_fields.parquet')
),
owned as (
    -- Everything but the text, joined first: the hash table of the join below then holds
    -- these small rows while the texts stream past (with the texts in the hash table, a
    -- corpus of 400 MB spilled to disk and took ten times as long).
    select
        o.article_id, o.file_name, o.source_path, f.source, f.sources, f.source_name, f.dateline_place,
        f.published_date, f.published_at,
        coalesce(by_path.url, by_name.url) as url,
        coalesce(by_path.publisher, by_name.publisher) as publisher,
        coalesce(by_path.publisher_key, by_name.publisher_key) as publisher_key,
        coalesce(by_path.manifest_at, by_name.manifest_at) as manifest_at,
        coalesce(by_path.manifest_date, by_name.manifest_date) as manifest_date
    from owners as o
    left join fields as f using (article_id)
    left join stg_manifest as by_path on by_path.file = o.source_path
    left join by_name on by_name.file = o.file_name and by_path.file is null
),
final as (
    select
        s.article_id,
        w.file_name,
        w.source_path,
        w.url,
        s.title,
        s.text,
        w.source,
        coalesce(w.sources, []::varchar[]) as sources,
        w.source_name,
        w.dateline_place,
        w.publisher,
        w.publisher_key,
        cast(w.published_date as date) as text_published_date,
        cast(w.published_at as timestamp) as text_published_at,
        w.manifest_date,
        w.manifest_at
    from store as s
    join owned as w using (article_id)
)
select * from final
