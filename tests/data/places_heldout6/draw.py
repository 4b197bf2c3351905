"""How the 35 SaudiNewsNet articles of held-out set no. 6 were drawn (run once, before
annotation): see ../places_draw.py; this set also excludes places_heldout2 to places_heldout5
(their raw/ and every file their walks reached); random.seed(6247)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from places_draw import BASE_RAW, draw, excluded

draw(excluded(BASE_RAW + ('places_heldout2/raw', 'places_heldout3/raw', 'places_heldout4/raw', 'places_heldout5/raw'),
              ['places_heldout2', 'places_heldout3', 'places_heldout4', 'places_heldout5']), 6247,
     os.path.dirname(os.path.abspath(__file__)))
