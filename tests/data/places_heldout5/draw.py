"""How the 35 SaudiNewsNet articles of held-out set no. 5 were drawn (run once, before
annotation): see ../places_draw.py; this set also excludes places_heldout2, places_heldout3 and
places_heldout4 (their raw/ and every file their walks reached); random.seed(5123)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from places_draw import BASE_RAW, draw, excluded

draw(excluded(BASE_RAW + ('places_heldout2/raw', 'places_heldout3/raw', 'places_heldout4/raw'),
              ['places_heldout2', 'places_heldout3', 'places_heldout4']), 5123,
     os.path.dirname(os.path.abspath(__file__)))
