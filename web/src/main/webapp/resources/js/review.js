// Review screen: a citation highlights the transcript segments behind a sentence.
document.addEventListener('click', function (event) {
  var cite = event.target.closest('a.cite');
  if (!cite) {
    return;
  }
  event.preventDefault();
  document.querySelectorAll('.segment.highlight').forEach(function (el) {
    el.classList.remove('highlight');
  });
  var sentence = cite.closest('.sentence');
  var numbers = sentence ? sentence.getAttribute('data-cites').replace(/[\[\]\s]/g, '').split(',') : [cite.dataset.seg];
  numbers.forEach(function (n) {
    var seg = document.getElementById('seg-' + n);
    if (seg) {
      seg.classList.add('highlight');
    }
  });
  var target = document.getElementById('seg-' + cite.dataset.seg);
  if (target) {
    target.scrollIntoView({behavior: 'smooth', block: 'center'});
  }
});
