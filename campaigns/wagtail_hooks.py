from wagtail import hooks

from campaigns import demo

hooks.register("load_demo_content", demo.load_campaigns, order=30)
