// Draftail entity "Statistic": choose a figure from the statistics library
// (Wagtail's snippet chooser modal) and place it inside a sentence.
(function () {
  if (!window.draftail || !window.draftail.ModalWorkflowSource) return;

  class StatisticSource extends window.draftail.ModalWorkflowSource {
    getChooserConfig() {
      const urls = (this.props.entityType && this.props.entityType.chooserUrls) || {};
      return {
        url: urls.statisticChooser,
        urlParams: {},
        onload: window.CHOOSER_MODAL_ONLOAD_HANDLERS,
        responses: { chosen: this.onChosen },
      };
    }

    filterEntityData(data) {
      return { id: data.id, url: data.edit_url };
    }

    onChosen(data) {
      super.onChosen({ ...data, title: data.string, prefer_this_title_as_link_text: true });
    }
  }

  const StatisticDecorator = (props) => props.children;

  window.draftail.registerPlugin(
    { type: 'STATISTIC', source: StatisticSource, decorator: StatisticDecorator },
    'entityTypes',
  );
})();
