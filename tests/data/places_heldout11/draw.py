"""How the SaudiNewsNet articles of held-out set no. 11 were drawn (run once, before
annotation): see ../places_draw.py; this set also excludes places_heldout2 to places_heldout10
(their raw/ and every file their walks reached); random.seed(11731). The corpus folder is
SNN_RAW (materialize.py's output) when set."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import places_draw
from places_draw import BASE_RAW, draw, excluded

places_draw.CORPUS = os.environ.get('SNN_RAW', places_draw.CORPUS)
sets = ['places_heldout%d' % i for i in range(2, 11)]
draw(excluded(BASE_RAW + tuple(s + '/raw' for s in sets), sets), 11731,
     os.path.dirname(os.path.abspath(__file__)))
