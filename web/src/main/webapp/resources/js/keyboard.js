/*
 * Keyboard use of links inside PrimeFaces tables: the table's own key handling (row focus and
 * selection) swallows Enter, so a keyboard user could not follow "Åbn" in My conversations or a
 * template's link. Enter on such a link is kept from the table and does what it does elsewhere.
 */
(function () {
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Enter' || !e.target || !e.target.closest) {
      return;
    }
    var link = e.target.closest('a[href]');
    if (link && link.closest('.ui-datatable')) {
      // Capturing at the document stops the table's handlers; the link's default still runs.
      e.stopPropagation();
    }
  }, true);
})();
