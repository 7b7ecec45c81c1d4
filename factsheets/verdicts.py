"""What each verdict means, said once: the "How we check facts" page shows
the definitions (``VerdictDefinitionsBlock``, offered in content pages) and
every verdict badge on a fact sheet links to its definition there
(``#verdict-<code>``)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from factsheets.choices import Verdict

DEFINITIONS = {
    Verdict.FALSE: _("The claim is wrong: the figures and passages we cite contradict it."),
    Verdict.MISLEADING: _(
        "The claim holds some truth but gives a wrong impression, for example by leaving out "
        "figures that change its meaning or by confusing what a figure measures."
    ),
    Verdict.MISSING_CONTEXT: _(
        "The claim may be accurate as far as it goes, but it leaves out context a reader needs "
        "to judge it."
    ),
    Verdict.TRUE: _("The claim is accurate: the figures and passages we cite support it."),
}


def definition_anchor(code):
    return f"verdict-{code}"


def verdict_definitions():
    """``[{code, label, definition, anchor}]`` in the order of the verdict scale."""
    return [
        {
            "code": verdict.value,
            "label": verdict.label,
            "definition": DEFINITIONS[verdict],
            "anchor": definition_anchor(verdict.value),
        }
        for verdict in Verdict
    ]


class VerdictDefinitionsBlock(blocks.StaticBlock):
    """Every verdict with its badge and definition, each with its own anchor
    (fact sheets link their verdict badge here). Nothing to fill in."""

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["verdicts"] = verdict_definitions()
        return context

    class Meta:
        icon = "tick-inverse"
        label = _("Verdict definitions")
        admin_text = _("The definitions of the four verdicts, written by the site.")
        template = "factsheets/blocks/verdict_definitions.html"
        description = _("What each fact-check verdict means, each with a link target.")
        preview_value = None
