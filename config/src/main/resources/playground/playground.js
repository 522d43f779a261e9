// The playground page: act as a person, chat with DealCoach, press what it renders. The HTML of each
// entry is rendered and escaped by the server (HtmlRenderer); this script only places it and wires clicks.
const api = '/playground/api';
const state = { person: null, stream: null };
const $ = (id) => document.getElementById(id);

async function call(path, body) {
  const response = await fetch(api + path, body === undefined ? {} : {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body)
  });
  if (!response.ok) throw new Error(path + ' answered ' + response.status);
  return response.json();
}

function show(entry) {
  const channel = !entry.place.startsWith('dm:');
  const list = channel ? $('channel-log') : $('log');
  let item = document.getElementById('entry-' + entry.id);
  if (!item) {
    item = document.createElement('li');
    item.id = 'entry-' + entry.id;
    item.dataset.id = entry.id;
    list.appendChild(item);
  }
  const bot = entry.author === 'bot';
  item.className = bot ? 'bot' : 'me';
  item.setAttribute('aria-label', bot ? 'DealCoach said' : 'You said');
  item.innerHTML = '<div class="who">' + (bot ? 'DealCoach' : 'You') + (channel ? ' · ' + entry.place : '') + '</div>' + entry.html;
  if (channel) $('channel-empty').hidden = true;
  list.scrollTop = list.scrollHeight;
}

async function refreshHome() {
  const home = await call('/home?person=' + encodeURIComponent(state.person));
  $('home').innerHTML = home.html;
}

async function choose(person) {
  state.person = person;
  if (state.stream) state.stream.close();
  $('log').innerHTML = '';
  $('channel-log').innerHTML = '';
  (await call('/messages?person=' + encodeURIComponent(person))).forEach(show);
  state.stream = new EventSource(api + '/stream?person=' + encodeURIComponent(person));
  state.stream.addEventListener('entry', (event) => show(JSON.parse(event.data)));
  await refreshHome();
  $('text').focus();
}

async function run(path, body) {
  (await call(path, Object.assign({ person: state.person }, body))).forEach(show);
  refreshHome();
}

document.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-action]');
  if (!button) return;
  const entry = button.closest('li');
  let value = button.dataset.value || '';
  if (button.dataset.fromChoice) {
    value = button.parentElement.querySelector('select[data-choice="' + button.dataset.fromChoice + '"]').value;
  }
  run('/action', { actionId: button.dataset.action, value, messageId: entry ? Number(entry.dataset.id) : 0 });
});

document.addEventListener('submit', (event) => {
  const form = event.target;
  if (form.id === 'composer') {
    event.preventDefault();
    const text = $('text').value.trim();
    if (!text) return;
    $('text').value = '';
    run('/send', { text });
  } else if (form.dataset.form) {
    event.preventDefault();
    const values = {};
    new FormData(form).forEach((value, key) => { values[key] = String(value); });
    run('/form', { formId: form.dataset.form, values });
  }
});

(async function start() {
  const people = await call('/people');
  const select = $('person');
  people.forEach((p) => {
    const option = document.createElement('option');
    option.value = p.id;
    option.textContent = p.name + ' · ' + p.role + (p.manager ? ' (reports to ' + p.manager + ')' : '') + ' · ' + p.timeZone;
    select.appendChild(option);
  });
  select.addEventListener('change', () => choose(select.value));
  const firstRep = people.find((p) => p.role === 'rep') || people[0];
  select.value = firstRep.id;
  await choose(firstRep.id);
})();
