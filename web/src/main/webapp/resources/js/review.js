// Review screen: a sentence and the transcript segments behind it find each other both ways.
// A citation or a sentence highlights its segments; a segment highlights the sentences citing it.
(function () {
  function clear() {
    document.querySelectorAll('.segment.highlight, .segment.selected, .sentence.highlight, .sentence.selected')
      .forEach(function (el) {
        el.classList.remove('highlight', 'selected');
      });
  }

  // data-cites holds the citations as the page writes a list: "[1, 2]".
  function citesOf(sentence) {
    return (sentence.getAttribute('data-cites') || '').replace(/[\[\]\s]/g, '').split(',')
      .filter(function (n) {
        return n !== '';
      });
  }

  function selectSentence(sentence, scrollTo) {
    clear();
    sentence.classList.add('selected');
    var first = null;
    citesOf(sentence).forEach(function (n) {
      var seg = document.getElementById('seg-' + n);
      if (seg) {
        seg.classList.add('highlight');
        first = first || seg;
      }
    });
    var target = scrollTo || first;
    if (target) {
      target.scrollIntoView({behavior: 'smooth', block: 'center'});
    }
  }

  function selectSegment(segment) {
    clear();
    segment.classList.add('selected');
    var n = segment.getAttribute('data-ordinal');
    var first = null;
    document.querySelectorAll('.sentence[data-cites]').forEach(function (sentence) {
      if (citesOf(sentence).indexOf(n) >= 0) {
        sentence.classList.add('highlight');
        first = first || sentence;
      }
    });
    if (first) {
      first.scrollIntoView({behavior: 'smooth', block: 'center'});
    }
  }

  function handle(event) {
    var cite = event.target.closest('a.cite');
    if (cite) {
      event.preventDefault();
      var owner = cite.closest('.sentence');
      if (owner) {
        selectSentence(owner, document.getElementById('seg-' + cite.dataset.seg));
      }
      return;
    }
    var sentence = event.target.closest('.sentence');
    if (sentence) {
      selectSentence(sentence, null);
      return;
    }
    var segment = event.target.closest('.segment');
    if (segment) {
      selectSegment(segment);
    }
  }

  document.addEventListener('click', handle);
  document.addEventListener('keydown', function (event) {
    if ((event.key === 'Enter' || event.key === ' ') && event.target.matches('.sentence, .segment')) {
      event.preventDefault();
      handle(event);
    }
  });
})();
