-- Mart: claims. Repeated mentions of the same figure within one article (headline, lead,
-- body) collapse into one claim. Grain: one row per (article_id, measure, force, value,
-- value_low, value_high) (key: claim_id).
with mentions as (
    select article_id, 'troops' as measure, force, value, value_low, value_high, qualifier, figure_id, char_start
    from troop_figures
    union all
    select article_id, measure, null as force, value, value_low, value_high, qualifier, figure_id, char_start
    from attack_counts
),
final as (
    select
        substr(md5(article_id || ':' || measure || ':' || coalesce(force, '') || ':' || coalesce(value, -1) || ':'
                   || coalesce(value_low, -1) || ':' || coalesce(value_high, -1)), 1, 16) as claim_id,
        article_id, measure, force, value, value_low, value_high,
        list(distinct qualifier order by qualifier) as qualifiers,
        count(*) as mentions,
        arg_min(figure_id, char_start) as first_figure_id
    from mentions
    group by article_id, measure, force, value, value_low, value_high
    order by article_id, measure, force nulls first, value nulls first, value_low nulls first, value_high nulls first
)
select * from final
