-- View: the credited names that have no key in the outlet table yet (articles.source is NULL,
-- articles.source_name is not), most credited first, so the table (data/reference/outlets.csv,
-- outlet_spellings.csv) grows with the corpus. Spellings that differ only in alef, ya, ta
-- marbuta or case are one name, shown in its most frequent form.
-- Grain: one row per credited name (key: source_name).
with credited as (
    select
        source_name,
        lower(translate(source_name, 'أإآٱىیةۀؤئ', 'ااااييههوي')) as name_key,
        published_date
    from articles
    where source is null and source_name is not null
),
final as (
    select
        mode(source_name order by source_name) as source_name,
        count(*) as articles,
        min(published_date) as first_date,
        max(published_date) as last_date
    from credited
    group by name_key
    order by articles desc, source_name
)
select * from final
