-- Mart: every file seen under the raw folder and what happened to it.
-- Grain: one row per file (key: source_path).
with files as (
    select * from stg_input_files
),
final as (
    select source_path, file_name, size_bytes, sha256, encoding, replaced_bytes, status, reason, article_id
    from files
    order by source_path
)
select * from final
