-- Staging: the outlet reference table. Grain: one row per outlet key.
with source as (
    select * from read_csv({{ reference }} || '/outlets.csv', header = true, all_varchar = true)
),
final as (
    select key as outlet_key, name_en, kind, country from source
)
select * from final
