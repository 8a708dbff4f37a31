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

/*
 * Enter on a "choose file" button (its native file input has the focus) opens the file chooser, as
 * Space does: the browser answers only Space, and Enter is what a keyboard user tries on a button.
 */
(function () {
  document.addEventListener('keydown', function (e) {
    var input = e.target;
    if (e.key === 'Enter' && input && input.matches && input.matches('input[type="file"]')) {
      e.preventDefault();
      input.click();
    }
  });
})();
