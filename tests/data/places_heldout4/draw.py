"""How the 35 SaudiNewsNet articles of held-out set no. 4 were drawn (run once, before annotation;
the corpus materialised under ~/.cache/arabic-news-etl/saudinewsnet). Same regexes and exclusions
as tests/data/places_heldout3/draw.py (tests/data/places_heldout2/draw.py's plus places_heldout2's walk),
plus every file of places_heldout3/raw and every file named in places_heldout3/gold.json
('articles' and 'skipped'); random.seed(4715)."""
import os, re, json, random
D = os.path.expanduser('~/.cache/arabic-news-etl/saudinewsnet')
T = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # tests/data
P3 = os.path.join(T, 'places_heldout3')
HERE = os.path.dirname(os.path.abspath(__file__))
ATTACK = re.compile(r'مقتل|قتل|قتلى|قتيل|استشهاد|شهيد|مصرع|هجوم|هجمات|غارة|غارات|قذيفة|قذائف|صاروخ|صواريخ|جرحى|إصابة|اصابة|مصاب')
PLACE = re.compile(r'في مدينة|في محافظة|قرب|بريف|في قاعدة|في مطار|(?:شمال|جنوب|شرق|غرب)(?:ي)? \S+')
excl = set()
for sub in ('devset/raw', 'heldout/raw', 'places_heldout/raw', 'places_heldout2/raw'):
    excl |= set(os.listdir(os.path.join(T, sub)))
excl |= set(json.load(open(os.path.join(T, 'places/gold.json')))['articles'])
g2 = json.load(open(os.path.join(T, 'places_heldout2/gold.json')))
excl |= set(g2['articles'])
excl |= set(v['file'] for v in g2['skipped'].values())
excl |= set(os.listdir(os.path.join(P3, 'raw')))
g3 = json.load(open(os.path.join(P3, 'gold.json'), encoding='utf-8'))
excl |= set(g3['articles'])
excl |= set(v['file'] for v in g3['skipped'].values())
files = sorted(f for f in os.listdir(D) if f.startswith('snn-') and f.endswith('.txt'))
pool = []
for f in files:
    t = open(os.path.join(D, f), encoding='utf-8').read()
    if ATTACK.search(t) and PLACE.search(t):
        pool.append(f)
cand = sorted(f for f in pool if f not in excl)
random.seed(4715)
random.shuffle(cand)
print(len(files), len(pool), len(excl), len(pool) - len(cand), len(cand))
json.dump(cand, open(os.path.join(HERE, 'shuffled.json'), 'w'))
