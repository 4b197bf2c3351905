-- Variable (set with SET VARIABLE before the marts, read with getvariable): the toll-scope
-- patterns of data/reference/toll_scope.csv joined into one RE2 alternation per scope. A
-- regex from a variable is a constant of the query, compiled once; read from a joined row
-- it was compiled again for every figure (72 s of a 101 s publish on 300,000 articles).
with patterns as (
    select * from stg_toll_scope
),
final as (
    select {
        'period': string_agg('(?:' || pattern || ')', '|') filter (where scope in ('period', 'period_clause')),
        -- (span words that also reach the whole clause before the figure)
        'period_clause': coalesce(string_agg('(?:' || pattern || ')', '|') filter (where scope = 'period_clause'), '$^'),
        'past': string_agg('(?:' || pattern || ')', '|') filter (where scope = 'past'),
        'period_before': coalesce(string_agg('(?:' || pattern || ')', '|') filter (where scope = 'period_before'), '$^'),
        -- (a since phrase is broken by a clause opened or an event named after it)
        'period_before_break': coalesce(string_agg('(?:' || pattern || ')', '|') filter (where scope in ('period_before_break', 'event_named')), '$^'),
        -- (span words are broken by an event named or a day of the month stated after them)
        'period_clause_break': coalesce(string_agg('(?:' || pattern || ')', '|') filter (where scope in ('event_named', 'period_clause_break')), '$^'),
        'event': coalesce(string_agg('(?:' || pattern || ')', '|') filter (where scope = 'event'), '$^')
    } as patterns
    from patterns
)
select patterns from final
