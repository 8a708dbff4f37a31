// Review screen: tells the server, at most every 20 seconds, that the caseworker is working on the
// draft (the page is visible and was used since the last beat), and once when it opens. The server
// counts the time by its own clock and caps each gap (see DocumentationClock); a beat says only
// "working now".
(function () {
  var BEAT_MS = 20000;
  var active = true;
  var lastSent = 0;

  function target() {
    return document.getElementById('review-activity');
  }

  function send() {
    var el = target();
    if (!el || document.visibilityState !== 'visible' || Date.now() - lastSent < 2000) {
      return;
    }
    active = false;
    lastSent = Date.now();
    fetch(el.getAttribute('data-url'), {
      method: 'POST',
      credentials: 'same-origin',
      headers: {'Content-Type': 'application/json'},
      body: '{}'
    }).catch(function () {
      // A lost beat only loses a few seconds of the figure; the next one carries on.
    });
  }

  function used() {
    active = true;
  }

  function start() {
    if (!target()) {
      return;
    }
    send();
    ['keydown', 'pointerdown', 'input', 'scroll', 'focusin'].forEach(function (name) {
      document.addEventListener(name, used, {capture: true, passive: true});
    });
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'visible') {
        active = true;
        send();
      }
    });
    setInterval(function () {
      if (active) {
        send();
      }
    }, BEAT_MS);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
