/* Karta: search on the search page. Optional: without JavaScript the page lists everything.
   Reads search/index.json and the shards it names (one per roadmap or plan, fetched side by side;
   where they cannot be fetched, as from a file opened on disk, the list on the page) and matches the
   beginnings of words, ignoring case and ё/е. */
(function () {
  'use strict';
  var form = document.getElementById('search-form');
  var input = document.getElementById('search-query');
  var output = document.getElementById('search-results');
  var all = document.getElementById('search-all');
  if (!form || !input || !output || !all) { return; }
  var entries = null;
  var limit = 100;

  function normalise(text) { return text.toLowerCase().replace(/ё/g, 'е'); }
  function words(text) { return normalise(text).split(/[^0-9a-zа-я]+/).filter(function (word) { return word.length > 0; }); }

  function prepare(list) {
    return list.map(function (entry) {
      return { title: entry.title, url: entry.url, context: entry.context || '', titleWords: words(entry.title),
               words: words(entry.title + ' ' + (entry.text || '') + ' ' + (entry.context || '')) };
    });
  }

  function fromPage() {
    var links = all.querySelectorAll('.search-list a');
    var list = [];
    for (var i = 0; i < links.length; i++) {
      var note = links[i].parentNode.querySelector('.note');
      list.push({ title: links[i].textContent, url: links[i].getAttribute('href'), context: note ? note.textContent : '' });
    }
    return prepare(list);
  }

  function fetchJSON(url) {
    return window.fetch(url).then(function (response) {
      if (!response.ok) { throw new Error(String(response.status)); }
      return response.json();
    });
  }

  function load(done) {
    if (entries) { done(); return; }
    if (!window.fetch || !window.Promise) { entries = fromPage(); done(); return; }
    var indexURL = form.getAttribute('data-index');
    fetchJSON(indexURL).then(function (index) {
      var base = new URL(indexURL, window.location.href);
      return Promise.all((index.shards || []).map(function (shard) {
        return fetchJSON(new URL(shard, base).href);
      })).then(function (shards) {
        var list = index.entries.slice();
        shards.forEach(function (shard) { for (var i = 0; i < shard.entries.length; i++) { list.push(shard.entries[i]); } });
        return list;
      });
    }).then(function (list) { entries = prepare(list); done(); }, function () { entries = fromPage(); done(); });
  }

  function hasPrefix(list, prefix) {
    for (var i = 0; i < list.length; i++) { if (list[i].lastIndexOf(prefix, 0) === 0) { return true; } }
    return false;
  }

  function find(query) {
    var wanted = words(query);
    if (wanted.length === 0) { return null; }
    var found = [];
    entries.forEach(function (entry, order) {
      for (var i = 0; i < wanted.length; i++) { if (!hasPrefix(entry.words, wanted[i])) { return; } }
      var score = 0;
      for (var j = 0; j < wanted.length; j++) { if (hasPrefix(entry.titleWords, wanted[j])) { score += 1; } }
      found.push({ entry: entry, score: score, order: order });
    });
    found.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
    return found.map(function (match) { return match.entry; });
  }

  function plural(count) {
    var tens = count % 100;
    var ones = count % 10;
    if (tens >= 11 && tens <= 14) { return 'записей'; }
    if (ones === 1) { return 'запись'; }
    if (ones >= 2 && ones <= 4) { return 'записи'; }
    return 'записей';
  }

  function show(query) {
    var found = find(query);
    while (output.firstChild) { output.removeChild(output.firstChild); }
    all.hidden = found !== null;
    if (found === null) { return; }
    var summary = document.createElement('p');
    summary.textContent = found.length === 0 ? 'Ничего не найдено.'
      : 'Найдено: ' + found.length + ' ' + plural(found.length) + (found.length > limit ? '; показаны первые ' + limit + '.' : '.');
    output.appendChild(summary);
    if (found.length === 0) { return; }
    var list = document.createElement('ol');
    list.className = 'links';
    found.slice(0, limit).forEach(function (entry) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = entry.url;
      link.textContent = entry.title;
      item.appendChild(link);
      if (entry.context) {
        var note = document.createElement('span');
        note.className = 'note';
        note.textContent = ' ' + entry.context;
        item.appendChild(document.createTextNode(' '));
        item.appendChild(note);
      }
      list.appendChild(item);
    });
    output.appendChild(list);
  }

  function run() {
    var query = input.value;
    load(function () { show(query); });
    try {
      window.history.replaceState(null, '', query ? '?q=' + encodeURIComponent(query) : window.location.pathname);
    } catch (e) { /* some browsers refuse this for files opened from disk */ }
  }

  var timer = null;
  input.addEventListener('input', function () { window.clearTimeout(timer); timer = window.setTimeout(run, 150); });
  form.addEventListener('submit', function (event) { event.preventDefault(); run(); });
  var match = /[?&]q=([^&]*)/.exec(window.location.search);
  if (match) {
    try { input.value = decodeURIComponent(match[1].replace(/\+/g, ' ')); } catch (e) { input.value = ''; }
    run();
  }
}());
