"""How the 35 SaudiNewsNet articles of held-out set no. 3 were drawn (run once, before
annotation): see ../places_draw.py; this set also excludes places_heldout2 (its raw/ and every
file its walk reached); random.seed(3615)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from places_draw import BASE_RAW, draw, excluded

draw(excluded(BASE_RAW + ('places_heldout2/raw',), ['places_heldout2']), 3615, os.path.dirname(os.path.abspath(__file__)))
