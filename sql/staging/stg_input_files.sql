-- Staging: the ingest stage's file ledger, typed. Grain: one row per file seen.
with source as (
    select * from read_parquet({{ work }} || '/input_files.parquet')
),
final as (
    select
        cast(source_path as varchar) as source_path,
        cast(file_name as varchar) as file_name,
        cast(size_bytes as bigint) as size_bytes,
        cast(sha256 as varchar) as sha256,
        cast(encoding as varchar) as encoding,
        cast(replaced_bytes as bigint) as replaced_bytes,
        cast(status as varchar) as status,
        cast(reason as varchar) as reason,
        cast(article_id as varchar) as article_id
    from source
)
select * from final
