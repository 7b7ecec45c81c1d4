"""Blocks of a rights guide."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from taxonomy.topics import rights_topic_choices


class QuestionBlock(blocks.StructBlock):
    """A question migrants ask, with a short plain-language answer. Rendered
    as <details>/<summary>, so it opens and closes without JavaScript."""

    question = blocks.CharBlock(label=_("Question"), max_length=200)
    answer = blocks.RichTextBlock(
        label=_("Answer"), features=["bold", "italic", "link", "ol", "ul"]
    )
    topic = blocks.ChoiceBlock(
        label=_("Topic"),
        choices=rights_topic_choices,
        required=False,
        help_text=_(
            "What the question is about: the topic links on the country page lead to the "
            "first question of each topic."
        ),
    )

    class Meta:
        icon = "help"
        label = _("Question and answer")
        template = "rights/blocks/question.html"
        description = _("A question readers open to read its answer.")
        preview_value = {
            "question": _("Do I have to pay for help?"),
            "answer": _("<p>No. Help and this information are free.</p>"),
            "topic": "",
        }


class GuideSections(blocks.StreamBlock):
    """The questions and answers of a rights guide."""

    question = QuestionBlock()
