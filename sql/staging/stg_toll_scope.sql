-- Staging: the patterns that mark a figure as a running total, a rate or history rather than
-- one event (data/reference/toll_scope.csv; RE2 patterns over normalised text; scope event:
-- words of the day's event, removed before looking for period words).
-- The patterns are normalised as the text they read is (sql/marts/attack_counts.sql: ى→ي, ة→ه,
-- alef forms→ا), so that حتى الآن or على مدى written as Arabic is written match at all.
-- Scope period_before: a start of a running total (منذ بدء …) read anywhere before the figure in
-- its sentence, not only next to it. Scope period_clause: span words (خلال السنوات، العامين
-- المنصرمين) read next to the figure and anywhere before it in its clause, unless one event is
-- named between them (scope event_named, which also breaks a since phrase) or a day of the
-- month (scope period_clause_break).
-- Grain: one row per pattern.
with source as (
    select * from read_csv({{ reference }} || '/toll_scope.csv', header = true, auto_detect = false, delim = ',', quote = '"',
        columns = {'pattern': 'varchar', 'scope': 'varchar', 'note': 'varchar'})
),
final as (
    select translate(pattern, 'أإآٱىة', 'اااايه') as pattern, scope, note from source
)
select * from final
