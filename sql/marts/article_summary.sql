-- Mart: one row per article (key: article_id) with outlet, date and counts per measure,
-- for dashboards that should not need joins.
with article_rows as (
    select article_id, title, source, outlet_key, published_date, published_date_basis from articles
),
attacks as (
    select
        article_id,
        count(*) filter (where measure = 'attacks') as attacks_mentions,
        count(*) filter (where measure = 'projectiles') as projectiles_mentions,
        count(*) filter (where measure = 'killed') as killed_mentions,
        count(*) filter (where measure = 'injured') as injured_mentions,
        count(*) filter (where measure = 'casualties') as casualties_mentions,
        max(value) filter (where measure = 'killed' and plausible) as killed_max
    from attack_counts
    group by article_id
),
troops as (
    select article_id, count(*) as troop_mentions, max(value) filter (where plausible) as troops_max
    from troop_figures
    group by article_id
),
final as (
    select
        a.article_id, a.title, a.source, a.outlet_key, a.published_date, a.published_date_basis,
        coalesce(t.troop_mentions, 0) as troop_mentions, t.troops_max,
        coalesce(k.attacks_mentions, 0) as attacks_mentions,
        coalesce(k.projectiles_mentions, 0) as projectiles_mentions,
        coalesce(k.killed_mentions, 0) as killed_mentions,
        coalesce(k.injured_mentions, 0) as injured_mentions,
        coalesce(k.casualties_mentions, 0) as casualties_mentions,
        k.killed_max
    from article_rows as a
    left join troops as t using (article_id)
    left join attacks as k using (article_id)
    order by a.article_id
)
select * from final
