"""Models of the statistics library and the fact sheets.

The modules fact sheets are built from (``rich_text``, ``figures``,
``blocks``) need ``Statistic`` and import it from
``factsheets.models.statistic`` inside their functions: importing it at their
top would run this package, and so ``pages``, which imports them.
"""

from factsheets.models.correction import Correction
from factsheets.models.pages import FactSheetIndexPage, FactSheetPage
from factsheets.models.statistic import Statistic

__all__ = ["Correction", "FactSheetIndexPage", "FactSheetPage", "Statistic"]
