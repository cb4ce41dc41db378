/*
 * The check-in desk's keyboard: type in the box (a name, an institution, or a scanner's badge code
 * followed by Enter); the arrow keys move the highlight among the matches; Enter checks in the
 * highlighted one. What was typed is sent with the request and the box is cleared at once, so the
 * next scan can start while the answer is on its way.
 */
var Desk = (function () {
  var index = 0;
  var timer = null;

  function box() {
    return document.getElementById('desk-search');
  }

  function options() {
    return Array.prototype.slice.call(document.querySelectorAll('#desk-matches .desk-match'));
  }

  function highlight(i) {
    var all = options();
    if (all.length === 0) {
      index = 0;
      box().setAttribute('aria-expanded', 'false');
      box().removeAttribute('aria-activedescendant');
      return;
    }
    index = Math.max(0, Math.min(i, all.length - 1));
    all.forEach(function (option, n) {
      option.classList.toggle('highlighted', n === index);
      option.setAttribute('aria-selected', n === index ? 'true' : 'false');
    });
    box().setAttribute('aria-expanded', 'true');
    box().setAttribute('aria-activedescendant', all[index].id);
  }

  function checkIn(text, chosen) {
    clearTimeout(timer);
    box().value = '';
    deskCheckIn([{name: 'q', value: text}, {name: 'h', value: String(chosen)}]);
  }

  function onKey(event) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      highlight(index + 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      highlight(index - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      checkIn(box().value, index);
    } else if (event.key === 'Escape') {
      box().value = '';
      deskSearch([{name: 'q', value: ''}]);
    }
  }

  function onInput() {
    clearTimeout(timer);
    var text = box().value;
    timer = setTimeout(function () {
      deskSearch([{name: 'q', value: text}]);
    }, 200);
  }

  function onPick(event) {
    var option = event.target.closest('.desk-match');
    if (option) {
      checkIn(box().value, parseInt(option.getAttribute('data-index'), 10));
    }
  }

  function start() {
    var search = box();
    if (!search) {
      return;
    }
    search.addEventListener('keydown', onKey);
    search.addEventListener('input', onInput);
    document.getElementById('desk').addEventListener('click', function (event) {
      if (event.target.closest('#desk-matches')) {
        onPick(event);
      }
    });
    search.focus();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }

  return {
    focus: function () {
      var search = box();
      if (search) {
        search.focus();
      }
    },
    matchesShown: function () {
      highlight(0);
    }
  };
})();
