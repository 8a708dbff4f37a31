/*
 * Two places where PrimeFaces' markup breaks WCAG 2.1 (found by axe-core), mended on every page
 * load and after every AJAX update:
 * - a message list's items carry role="alert", so the list holds items that are not list items
 *   (1.3.1): the role moves to the message box around the list, which is still announced;
 * - the native file input behind a styled "choose file" button is aria-hidden but still takes
 *   focus (4.1.2). It is the only element of the button that can take the focus, and Enter or Space
 *   on it opens the file chooser, so it stays in the tab order (a keyboard user could not choose a
 *   file otherwise): it is shown to screen readers instead, named by the button's text. A file
 *   input hidden anywhere else leaves the tab order.
 */
(function () {
  function mend(root) {
    var scope = root && root.querySelectorAll ? root : document;
    Array.prototype.forEach.call(scope.querySelectorAll('.ui-messages li[role="alert"]'), function (li) {
      li.removeAttribute('role');
      li.removeAttribute('aria-atomic');
      var box = li.closest('.ui-messages > div');
      if (box && !box.hasAttribute('role')) {
        box.setAttribute('role', 'alert');
      }
    });
    Array.prototype.forEach.call(scope.querySelectorAll('input[type="file"][aria-hidden="true"]'), function (input) {
      var button = input.closest('.ui-fileupload-simple .ui-button');
      var text = button && button.querySelector('.ui-button-text[id]');
      if (text) {
        input.removeAttribute('aria-hidden');
        input.removeAttribute('tabindex');
        input.setAttribute('aria-labelledby', text.id);
      } else {
        input.setAttribute('tabindex', '-1');
      }
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    mend(document);
    if (window.jQuery) {
      window.jQuery(document).on('pfAjaxComplete', function () { mend(document); });
    }
  });
})();
