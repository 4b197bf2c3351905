"""hijri_months.csv: the Gregorian date each Hijri month starts on and its length, by the Umm
al-Qura calendar (the calendar Saudi and most Gulf outlets date by), built offline from the
hijridate package's table (Hijri years 1343-1500, 1924-2077).

    pip install hijridate
    python data/reference/hijri_months_from_umm_al_qura.py > data/reference/hijri_months.csv

A Hijri date is then the month's start plus its day less one (see etl.metadata.hijri_dates).
"""

from __future__ import annotations

import csv
import sys

from hijridate import Hijri
from hijridate.ummalqura import HIJRI_RANGE

out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(["year", "month", "gregorian_start", "days"])
first, last = HIJRI_RANGE[0][0], HIJRI_RANGE[1][0]
for year in range(first, last + 1):
    for month in range(1, 13):
        h = Hijri(year, month, 1)
        out.writerow([year, month, h.to_gregorian().isoformat(), h.month_length()])
