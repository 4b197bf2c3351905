-- Mart: pairs of articles that tell the same story: they share sentences (bottom-k MinHash
-- over normalised sentences) and, when both are dated, were published within a few days.
-- Grain: one row per pair (key: article_a, article_b; article_a < article_b).
-- pair_scope (a temporary view the publish makes) holds the articles whose pairs are derived:
-- every article in a cold build, the articles whose pairs may have changed in a delta.
-- The sketches of the published articles are etl_internal.article_sketch (sql/internal/article_sketch.sql:
-- the publish keeps it with articles). Read where needed, not as a CTE: a CTE read four times is
-- materialised, a copy of every sketch (two million rows at x10) in each delta.
with scope_hashes as (
    -- every hash a pair with an article in scope can share (all of that article's hashes)
    select distinct h from etl_internal.article_sketch where article_id in (select article_id from pair_scope)
),
partner_sketch as (
    -- the hashes of every article that holds one of them: all a pair in scope depends on
    select article_id, h from etl_internal.article_sketch
    where article_id in (select article_id from etl_internal.article_sketch where h in (select h from scope_hashes))
),
frequency as (
    -- A sentence repeated in many articles is boilerplate (a footer, a disclaimer), not a story.
    select h, count(*) as articles from etl_internal.article_sketch
    where h in (select h from partner_sketch)
    group by h
),
usable as (
    select s.article_id, s.h
    from partner_sketch as s
    join frequency as f using (h)
    where f.articles <= {{ boilerplate_articles }}  -- 20 (etl/publish.py BOILERPLATE_ARTICLES)
),
sizes as (
    select article_id, count(*) as hashes from usable group by article_id
),
scoped as (
    -- the usable hashes of the articles in scope (every article in a cold build)
    select * from usable where {{ in_pair_scope }}
),
shared as (
    -- each pair with an article in scope once (article_a < article_b), one row per shared hash:
    -- found from its first article when that one is in scope, else from its second
    select article_a, article_b, count(*) as shared_hashes
    from (
        select s.article_id as article_a, u.article_id as article_b
        from scoped as s join usable as u on s.h = u.h and s.article_id < u.article_id
        union all
        select u.article_id, s.article_id
        from scoped as s join usable as u on s.h = u.h and u.article_id < s.article_id
        where {{ first_out_of_pair_scope }}  -- false in a cold build: every pair is found from its first article
    )
    group by all
),
final as (
    select
        s.article_a,
        s.article_b,
        s.shared_hashes,
        round(s.shared_hashes / least(sa.hashes, sb.hashes), 3) as similarity,
        abs(date_diff('day', aa.published_date, ab.published_date)) as days_apart
    from shared as s
    join sizes as sa on sa.article_id = s.article_a
    join sizes as sb on sb.article_id = s.article_b
    join articles as aa on aa.article_id = s.article_a
    join articles as ab on ab.article_id = s.article_b
    where s.shared_hashes >= 3
      and s.shared_hashes / least(sa.hashes, sb.hashes) >= 0.5
      and coalesce(abs(date_diff('day', aa.published_date, ab.published_date)), 0) <= 3
      and (s.article_a in (select article_id from pair_scope) or s.article_b in (select article_id from pair_scope))
    order by s.article_a, s.article_b
)
select * from final
