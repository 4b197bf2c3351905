"""The draw of the SaudiNewsNet part of the places sets (places_heldout2, 3, 4): the corpus
files with a killing/attack word and a place phrase, minus the files of earlier sets, shuffled
with the set's seed. Each set's draw.py names its exclusions and seed and writes shuffled.json
beside it; annotators walked that list from position 0. Run once, before annotation, on the
corpus materialised under ~/.cache/arabic-news-etl/saudinewsnet."""
import json
import os
import random
import re

CORPUS = os.path.expanduser('~/.cache/arabic-news-etl/saudinewsnet')
DATA = os.path.dirname(os.path.abspath(__file__))  # tests/data
ATTACK = re.compile(r'مقتل|قتل|قتلى|قتيل|استشهاد|شهيد|مصرع|هجوم|هجمات|غارة|غارات|قذيفة|قذائف|صاروخ|صواريخ|جرحى|إصابة|اصابة|مصاب')
PLACE = re.compile(r'في مدينة|في محافظة|قرب|بريف|في قاعدة|في مطار|(?:شمال|جنوب|شرق|غرب)(?:ي)? \S+')
BASE_RAW = ('devset/raw', 'heldout/raw', 'places_heldout/raw')


def excluded(raw_dirs=BASE_RAW, walked_sets=()) -> set[str]:
    """Every file of the given raw folders and of tests/data/places, plus every file an earlier
    set's walk reached (its gold's 'articles' and 'skipped')."""
    excl = set()
    for sub in raw_dirs:
        excl |= set(os.listdir(os.path.join(DATA, sub)))
    excl |= set(json.load(open(os.path.join(DATA, 'places/gold.json')))['articles'])
    for name in walked_sets:
        gold = json.load(open(os.path.join(DATA, name, 'gold.json'), encoding='utf-8'))
        excl |= set(gold['articles'])
        excl |= {v['file'] for v in gold['skipped'].values()}
    return excl


def draw(excl: set[str], seed: int, out_dir: str) -> list[str]:
    files = sorted(f for f in os.listdir(CORPUS) if f.startswith('snn-') and f.endswith('.txt'))
    pool = [f for f in files
            if (t := open(os.path.join(CORPUS, f), encoding='utf-8').read()) and ATTACK.search(t) and PLACE.search(t)]
    cand = sorted(f for f in pool if f not in excl)
    random.seed(seed)
    random.shuffle(cand)
    print(len(files), len(pool), len(excl), len(pool) - len(cand), len(cand))
    json.dump(cand, open(os.path.join(out_dir, 'shuffled.json'), 'w'))
    return cand
