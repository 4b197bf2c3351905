"""How the 40 SaudiNewsNet articles of this set were drawn (run once, before annotation): see
../places_draw.py; this set excludes the development, held-out and first places sets."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from places_draw import BASE_RAW, draw, excluded

draw(excluded(BASE_RAW), 2612, os.path.dirname(os.path.abspath(__file__)))
