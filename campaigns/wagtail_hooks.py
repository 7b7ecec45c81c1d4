from wagtail import hooks

from home.demo_data import demo_files

# After the statistics (10) and fact sheets (20) that campaigns cite.
hooks.register(
    "load_demo_content",
    demo_files("campaigns", "illustrations.yaml", "posters.yaml", "index.yaml", "campaigns/*.yaml"),
    order=30,
)
