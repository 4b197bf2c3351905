"""Compact annotations -> gold JSON. Each line: FILE|IDX|place_name|basis|country|admin1|event_date|granularity|basis
   admin1 '-' = not scored (absent), '' = none; event_date '-' = not scored; IDX indexes the devset gold figures."""
import json, sys
src = json.load(open('tests/data/devset/gold.json'))['articles']
out = {}
for line in open(sys.argv[1], encoding='utf-8'):
    line = line.strip()
    if not line or line.startswith('#'):
        continue
    f, idx, pname, pbasis, cc, adm, ed, gran, ebasis = [x.strip() for x in line.split('|')]
    v = src[f]
    figs = [('troop_figures', 'troops', x) for x in v.get('troop_figures', [])] + [('attack_counts', x['measure'], x) for x in v.get('attack_counts', [])]
    for i in ([int(k) for k in idx.split(',')]):
        table, measure, x = figs[i]
        g = {"table": table, "measure": measure, "value": x.get("value"), "evidence": x.get("evidence"),
             "place_name": pname or None, "place_basis": pbasis or None, "country": cc or None,
             "lat": None, "lon": None}
        if x.get("value") is None:
            g["value_low"] = x.get("value_low")
        if adm != '-':
            g["admin1"] = adm or None
        if ed != '-':
            g["event_date"] = ed or None
            g["event_date_granularity"] = gran or None
            g["event_date_basis"] = ebasis or None
        out.setdefault(f, {"figures": []})["figures"].append(g)
json.dump({"about": "Places and event dates of figures of development-set articles (tests/data/devset/raw), annotated by hand for etl eval-places. "
           "admin1 or event_date absent: not scored (the text does not settle it). Publication dates are the manifest's (SaudiNewsNet crawl dates) where the text has none.",
           "articles": out}, open(sys.argv[2], 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(out), sum(len(v['figures']) for v in out.values()))
