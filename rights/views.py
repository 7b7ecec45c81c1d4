from django.shortcuts import get_object_or_404, redirect

from rights.models import RightsGuidePage


def short_link(request, pk):
    """The short address a guide is shared with (by SMS): to the guide, in
    the language of the address."""
    guide = get_object_or_404(RightsGuidePage.objects.live().public(), pk=pk)
    return redirect(guide.url)
