// Draftail entity "Statistic": choose a figure from the statistics library
// (Wagtail's snippet chooser modal) and place it inside a sentence. The
// sentence shows the figure ("53 million"); its label is the tooltip.
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
      return { id: data.id, url: data.edit_url, figure: data.figure, label: data.label };
    }

    onChosen(data) {
      super.onChosen({ ...data, title: data.figure || data.string, prefer_this_title_as_link_text: true });
    }
  }

  const StatisticDecorator = (props) => {
    if (!window.React) return props.children;
    const data = props.contentState.getEntity(props.entityKey).getData();
    return window.React.createElement(
      'span',
      { className: 'statistic-entity', title: data.label || '', 'data-statistic-id': data.id },
      props.children,
    );
  };

  window.draftail.registerPlugin(
    { type: 'STATISTIC', source: StatisticSource, decorator: StatisticDecorator },
    'entityTypes',
  );
})();
