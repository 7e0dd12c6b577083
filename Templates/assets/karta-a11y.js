/* Karta: «версия для слабовидящих». Optional: without JavaScript the site works as it is and the
   panel explains how to zoom instead. Settings are classes on <html>, kept in localStorage. */
(function () {
  'use strict';
  var root = document.documentElement;
  var key = 'karta-a11y';
  var defaults = { font: '100', scheme: 'default', letters: 'normal', lines: 'normal', images: 'on' };
  var classes = {
    font: { '150': 'a11y-font-150', '200': 'a11y-font-200' },
    scheme: { black: 'a11y-scheme-black', white: 'a11y-scheme-white', blue: 'a11y-scheme-blue', beige: 'a11y-scheme-beige' },
    letters: { wide: 'a11y-letters-wide', wider: 'a11y-letters-wider' },
    lines: { wide: 'a11y-lines-wide', wider: 'a11y-lines-wider' },
    images: { off: 'a11y-images-off' }
  };

  function load() {
    var settings = {};
    var saved = {};
    try { saved = JSON.parse(window.localStorage.getItem(key) || '{}') || {}; } catch (e) { saved = {}; }
    for (var name in defaults) {
      var value = saved[name];
      settings[name] = (value === defaults[name] || (classes[name] && classes[name][value])) ? value : defaults[name];
    }
    return settings;
  }

  function apply(settings) {
    for (var name in classes) {
      for (var value in classes[name]) {
        root.classList.toggle(classes[name][value], settings[name] === value);
      }
    }
  }

  function save(settings) {
    try { window.localStorage.setItem(key, JSON.stringify(settings)); } catch (e) { /* private mode: applies to this page only */ }
  }

  root.classList.add('karta-js');
  apply(load());

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('a11y-form');
    if (!form) { return; }
    function show(settings) {
      for (var name in defaults) {
        var inputs = form.elements[name];
        for (var i = 0; inputs && i < inputs.length; i++) { inputs[i].checked = inputs[i].value === settings[name]; }
      }
    }
    show(load());
    form.addEventListener('change', function () {
      var settings = {};
      for (var name in defaults) { settings[name] = (form.elements[name] && form.elements[name].value) || defaults[name]; }
      apply(settings);
      save(settings);
    });
    form.addEventListener('reset', function (event) {
      event.preventDefault();
      apply(defaults);
      save(defaults);
      show(defaults);
    });
  });
}());
