"""Every page type, listed once.

``PAGE_TYPES``: every public page type as a path of the demo site (without
the language prefix). The browser, accessibility, HTML-validity and
translation checks are parametrised over this list: adding a page type is one
line here.

``PAGE_MODELS``: every Wagtail page model, where it belongs in the page tree
(the parent and child types Wagtail allows) and the demo pages of
``PAGE_TYPES`` that show it (the page itself first, then its other routes).
``tests/test_page_models.py`` runs Wagtail's page assertions over it, in every
language, and fails when a page model is missing here.
"""

PAGE_TYPES = {
    "home": "/",
    "content": "/about/",
    "methodology": "/how-we-check-facts/",
    "report-error": "/report-an-error/",
    "not-found": "/this-page-does-not-exist/",
    "campaign-index": "/campaigns/",
    "campaign": "/campaigns/migrants-build-our-region/",
    "rights-index": "/rights/",
    "rights-country": "/rights/country/mx/",
    "rights-guide": "/rights/mexico-in-transit/",
    "rights-card": "/rights/mexico-in-transit/card/?also=ht",
    "factsheet-index": "/facts/",
    "factsheet": "/facts/our-region-is-a-main-migration-region/",
    "statistic": "/statistics/north-america-migrants/",
    "statistic-embed": "/embed/statistic/north-america-migrants/",
    "search": "/search/?q=Canada",
}

# Wagtail's base Page ("wagtailcore.Page", which editors cannot create) is
# allowed wherever a page type does not restrict its children.
INDEXES = {
    "campaigns.CampaignIndexPage",
    "factsheets.FactSheetIndexPage",
    "rights.RightsGuideIndexPage",
}
PAGE_MODELS = {
    "home.HomePage": {
        "pages": ["home"],
        "parents": {"wagtailcore.Page"},
        "children": {"home.StandardPage", "wagtailcore.Page", *INDEXES},
    },
    "home.StandardPage": {
        "pages": ["content", "methodology"],
        "parents": {"home.HomePage", "home.StandardPage"},
        "children": {"home.StandardPage", "wagtailcore.Page"},
    },
    "campaigns.CampaignIndexPage": {
        "pages": ["campaign-index"],
        "parents": {"home.HomePage"},
        "children": {"campaigns.CampaignPage"},
    },
    "campaigns.CampaignPage": {
        "pages": ["campaign"],
        "parents": {"campaigns.CampaignIndexPage"},
        "children": set(),
    },
    "factsheets.FactSheetIndexPage": {
        "pages": ["factsheet-index"],
        "parents": {"home.HomePage"},
        "children": {"factsheets.FactSheetPage"},
    },
    "factsheets.FactSheetPage": {
        "pages": ["factsheet"],
        "parents": {"factsheets.FactSheetIndexPage"},
        "children": set(),
    },
    "rights.RightsGuideIndexPage": {
        "pages": ["rights-index", "rights-country"],
        "parents": {"home.HomePage"},
        "children": {"rights.RightsGuidePage"},
    },
    "rights.RightsGuidePage": {
        "pages": ["rights-guide", "rights-card"],
        "parents": {"rights.RightsGuideIndexPage"},
        "children": set(),
    },
}

LANGUAGES = ["en", "es", "fr", "ht"]
