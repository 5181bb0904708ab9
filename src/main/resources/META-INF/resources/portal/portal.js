// Progressive enhancement of the pages: copy buttons for the citations. Everything works without it.
document.querySelectorAll('button.copy[data-copy]').forEach(function (button) {
  var source = document.getElementById(button.getAttribute('data-copy'));
  if (!source || !navigator.clipboard) {
    return;
  }
  button.hidden = false;
  var label = button.textContent;
  button.addEventListener('click', function () {
    navigator.clipboard.writeText(source.textContent.trim()).then(function () {
      button.textContent = button.getAttribute('data-copied') || '✓';
      setTimeout(function () { button.textContent = label; }, 2000);
    });
  });
});
