-- Staging: the outlet reference table. Grain: one row per outlet key.
with source as (
    select * from read_csv({{ reference }} || '/outlets.csv', header = true, auto_detect = false,
        columns = {'key': 'varchar', 'name_en': 'varchar', 'kind': 'varchar', 'country': 'varchar'})
),
final as (
    select key as outlet_key, name_en, kind, country from source
)
select * from final
