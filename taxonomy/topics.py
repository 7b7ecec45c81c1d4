"""The topics content is classified by, each defined once.

Two sets of topics meet in search's topic facet. Fact sheets are classified
by the seven strategic working areas of the IOM regional strategy (broad
policy themes); rights guides by what a migrant needs help with (narrower,
practical subjects). Where the two mean the same thing, health, there is one
topic with one name, so a fact sheet and a rights guide on health share one
facet value and one label. The others mean different things (asylum is part
of protecting vulnerable migrants, not the same as it) and keep their own codes.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Topic(models.TextChoices):
    # What a migrant needs help with (rights guides).
    ASYLUM = "asylum", _("Asylum and refugee status")
    TRAFFICKING = "trafficking", _("Victims of trafficking")
    CHILDREN = "children", _("Unaccompanied children")
    WORK = "work", _("Work and labour rights")
    DETENTION = "detention", _("Detention and deportation")
    RETURN = "return", _("Voluntary return and reintegration")
    DISASTERS = "disasters", _("Displacement by disasters")
    # Both: migrants' health and health care.
    HEALTH = "health", _("Health")
    # The strategic working areas of the IOM regional strategy (fact sheets).
    PROTECTION = "protection", _("Protecting the most vulnerable migrants")
    MANAGEMENT = "management", _("Migration management capacities")
    BENEFITS = "benefits", _("Benefits of orderly migration")
    EMERGENCIES = "emergencies", _("Emergencies and crises")
    CLIMATE = "climate", _("Climate change and disaster prevention")
    POLICY = "policy", _("Migration policy")


# In the order readers and editors see them.
RIGHTS_TOPICS = (
    Topic.ASYLUM,
    Topic.TRAFFICKING,
    Topic.CHILDREN,
    Topic.WORK,
    Topic.HEALTH,
    Topic.DETENTION,
    Topic.RETURN,
    Topic.DISASTERS,
)
STRATEGIC_AREAS = (
    Topic.PROTECTION,
    Topic.MANAGEMENT,
    Topic.BENEFITS,
    Topic.HEALTH,
    Topic.EMERGENCIES,
    Topic.CLIMATE,
    Topic.POLICY,
)


def rights_topic_choices():
    """The topics a rights guide can cover."""
    return [(topic.value, topic.label) for topic in RIGHTS_TOPICS]


def strategic_area_choices():
    """The topics a fact sheet is classified by."""
    return [(topic.value, topic.label) for topic in STRATEGIC_AREAS]
