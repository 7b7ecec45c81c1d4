from wagtail import hooks

from home import demo

hooks.register("load_demo_content", demo.load_about_page, order=-100)
