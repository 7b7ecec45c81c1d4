"""Transfer weight of the rights pages (a guide, the index and country
pages, a card) against their 50 KB budget: ``bench/page_weight.py --rights``.

    .venv/bin/python bench/rights_page_weight.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from page_weight import main

if __name__ == "__main__":
    sys.exit(main(["--rights"]))
