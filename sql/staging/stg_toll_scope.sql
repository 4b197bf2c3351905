-- Staging: the patterns that mark a figure as a running total, a rate or history rather than
-- one event (data/reference/toll_scope.csv; RE2 patterns over normalised text; scope event:
-- words of the day's event, removed before looking for period words).
-- Grain: one row per pattern.
with source as (
    select * from read_csv({{ reference }} || '/toll_scope.csv', header = true, auto_detect = false, delim = ',', quote = '"',
        columns = {'pattern': 'varchar', 'scope': 'varchar', 'note': 'varchar'})
),
final as (
    select pattern, scope, note from source
)
select * from final
