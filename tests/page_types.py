"""Every public page type, as a path of the demo site (without the language
prefix). The browser, accessibility, HTML-validity and translation checks are
parametrised over this list: adding a page type is one line here."""

PAGE_TYPES = {
    "home": "/",
    "content": "/about/",
    "not-found": "/this-page-does-not-exist/",
    "campaign-index": "/campaigns/",
    "campaign": "/campaigns/migrants-build-our-region/",
    "rights-index": "/rights/",
    "rights-country": "/rights/country/mx/",
    "rights-guide": "/rights/mexico-in-transit/",
    "rights-card": "/rights/mexico-in-transit/card/?also=ht",
    "factsheet-index": "/facts/",
    "factsheet": "/facts/our-region-is-a-main-migration-region/",
    "statistic-embed": "/embed/statistic/north-america-migrants/",
    "search": "/search/?q=Canada",
}

LANGUAGES = ["en", "es", "fr", "ht"]
