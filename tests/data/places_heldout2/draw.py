"""How the 40 SaudiNewsNet articles of this set were drawn (run once, before annotation; the
corpus materialised by `make bench` under ~/.cache/arabic-news-etl/saudinewsnet)."""
import os, re, json, random, csv
D = os.path.expanduser('~/.cache/arabic-news-etl/saudinewsnet')
T = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # tests/data
ATTACK = re.compile(r'مقتل|قتل|قتلى|قتيل|استشهاد|شهيد|مصرع|هجوم|هجمات|غارة|غارات|قذيفة|قذائف|صاروخ|صواريخ|جرحى|إصابة|اصابة|مصاب')
PLACE = re.compile(r'في مدينة|في محافظة|قرب|بريف|في قاعدة|في مطار|(?:شمال|جنوب|شرق|غرب)(?:ي)? \S+')
excl = set()
for sub in ('devset/raw', 'heldout/raw', 'places_heldout/raw'):
    excl |= set(os.listdir(os.path.join(T, sub)))
excl |= set(json.load(open(os.path.join(T, 'places/gold.json')))['articles'])
files = sorted(f for f in os.listdir(D) if f.startswith('snn-') and f.endswith('.txt'))
pool = []
for f in files:
    t = open(os.path.join(D, f), encoding='utf-8').read()
    if ATTACK.search(t) and PLACE.search(t):
        pool.append(f)
cand = sorted(f for f in pool if f not in excl)
random.seed(2612)
random.shuffle(cand)
print(len(files), len(pool), len(excl), len(pool) - len(cand), len(cand))
json.dump(cand, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'shuffled.json'), 'w'))
