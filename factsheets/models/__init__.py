"""Models of the statistics library and the fact sheets."""

from factsheets.models.pages import FactSheetIndexPage, FactSheetPage
from factsheets.models.statistic import Statistic

__all__ = ["FactSheetIndexPage", "FactSheetPage", "Statistic"]
