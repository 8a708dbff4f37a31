// Upload forms: a file larger than the form allows (data-max-bytes) is refused here, before the
// browser sends it, with the form's Danish message (data-too-large). The server refuses it as
// well, but only once the browser has begun sending, and a browser then shows a broken
// connection instead of the server's answer.
(function () {
  function tooLarge(form) {
    var max = Number(form.getAttribute('data-max-bytes'));
    return Array.prototype.some.call(form.querySelectorAll('input[type=file]'), function (input) {
      return Array.prototype.some.call(input.files || [], function (file) {
        return file.size > max;
      });
    });
  }

  function show(form, refused) {
    var note = form.querySelector('.upload-too-large');
    if (!refused) {
      if (note) {
        note.remove();
      }
      return;
    }
    if (!note) {
      note = document.createElement('p');
      note.className = 'upload-too-large ui-message ui-message-error';
      note.setAttribute('role', 'alert');
      form.insertBefore(note, form.firstChild);
    }
    note.textContent = form.getAttribute('data-too-large');
  }

  function limited(target) {
    var form = target && (target.form || (target.closest && target.closest('form')));
    return form && form.hasAttribute('data-max-bytes') ? form : null;
  }

  document.addEventListener('change', function (event) {
    var form = event.target && event.target.type === 'file' ? limited(event.target) : null;
    if (form) {
      show(form, tooLarge(form));
    }
  }, true);

  function stopIfTooLarge(event, form) {
    if (form && tooLarge(form)) {
      event.preventDefault();
      event.stopImmediatePropagation();
      show(form, true);
    }
  }

  document.addEventListener('click', function (event) {
    var button = event.target && event.target.closest && event.target.closest('button, input[type=submit]');
    if (button && (button.type === 'submit' || button.getAttribute('type') === 'submit')) {
      stopIfTooLarge(event, limited(button));
    }
  }, true);

  document.addEventListener('submit', function (event) {
    stopIfTooLarge(event, limited(event.target));
  }, true);
})();
