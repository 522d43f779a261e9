// The playground page: act as a person, chat with DealCoach, press what it renders. The HTML of each
// entry is rendered and escaped by the server (HtmlRenderer); this script only places it and wires clicks.
const api = '/playground/api';
const state = { person: null, stream: null };
const $ = (id) => document.getElementById(id);

async function call(path, body) {
  let response;
  try {
    response = await fetch(api + path, body === undefined ? {} : {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body)
    });
  } catch (unreachable) {
    throw new Error('DealCoach is not answering (is it still running?)');
  }
  if (!response.ok) {
    const refusal = await response.json().catch(() => ({}));
    throw new Error('DealCoach answered ' + response.status + (refusal.error ? ' (' + refusal.error + ')' : ''));
  }
  return response.json();
}

function showProblem(text) {
  $('problem').textContent = text;
  $('problem').hidden = false;
}

function clearProblem() {
  $('problem').hidden = true;
}

async function attempt(what, work) {
  try {
    await work();
    clearProblem();
  } catch (error) {
    showProblem(what + ': ' + error.message + '.');
  }
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
  if (channel) {
    document.querySelector('.channel').hidden = false;
    document.querySelector('main').classList.add('with-channel');
  }
  list.scrollTop = list.scrollHeight;
}

function clearLog() {
  $('log').innerHTML = '';
  $('channel-log').innerHTML = '';
  document.querySelector('.channel').hidden = true;
  document.querySelector('main').classList.remove('with-channel');
}

function greet(welcome) {
  const item = document.createElement('li');
  item.className = 'bot welcome';
  item.setAttribute('aria-label', 'DealCoach said');
  item.innerHTML = '<div class="who">DealCoach</div>' + welcome.html;
  $('log').appendChild(item);
}

// Shows the person's log afresh each time the stream (re)opens: after a restart the app's entry ids
// start again at 1 and must not land on old entries. Entries streamed while loading wait their turn.
async function load(stream, person) {
  const waiting = [];
  stream.waiting = waiting;
  try {
    const [entries, welcome] = await Promise.all([
      call('/messages?person=' + encodeURIComponent(person)), call('/welcome?person=' + encodeURIComponent(person))]);
    if (stream !== state.stream) return;
    clearLog();
    $('text').placeholder = 'Try: ' + (welcome.example === 'help' ? '' : welcome.example + ', ') + 'help, settings';
    if (!entries.some((entry) => entry.place.startsWith('dm:'))) greet(welcome);
    entries.concat(waiting).forEach(show);
  } finally {
    stream.waiting = null;
  }
  await refreshHome();
}

function follow(person) {
  const stream = new EventSource(api + '/stream?person=' + encodeURIComponent(person));
  stream.addEventListener('open', () => attempt('Could not load the conversation', () => load(stream, person)));
  stream.addEventListener('entry', (event) => {
    const entry = JSON.parse(event.data);
    if (stream.waiting) stream.waiting.push(entry); else show(entry);
  });
  stream.addEventListener('error', () => {
    if (stream !== state.stream) return;
    showProblem(stream.readyState === EventSource.CLOSED
      ? 'Lost the live connection to DealCoach: reload the page.'
      : 'Lost the live connection to DealCoach: trying again...');
  });
  return stream;
}

async function refreshHome() {
  const home = await call('/home?person=' + encodeURIComponent(state.person));
  $('home').innerHTML = home.html;
}

function choose(person) {
  state.person = person;
  if (state.stream) state.stream.close();
  clearLog();
  state.stream = follow(person);
  $('text').focus();
}

function run(path, body) {
  return attempt(path === '/send' ? 'Could not send that' : 'Could not do that', async () => {
    const entries = await call(path, Object.assign({ person: state.person }, body));
    // While the log is being loaded afresh (the stream reopened), these wait with the streamed ones.
    const waiting = state.stream && state.stream.waiting;
    if (waiting) waiting.push(...entries); else entries.forEach(show);
    await refreshHome();
  });
}

// On a phone the person's deals fold away behind a toggle, and fold again once one is picked.
function unfoldHome(open) {
  document.querySelector('aside').classList.toggle('open', open);
  $('home-toggle').setAttribute('aria-expanded', String(open));
}

// "Run now": the chosen check-in for the person talked as, as the scheduler would have run it last;
// what it sends arrives in the chat like any other message.
$('run-check-in').addEventListener('click', () => attempt('Could not run that check-in', async () => {
  const report = await call('/check-ins', { person: state.person, kind: $('check-in').value });
  const sent = report.queued.length > 0;
  const why = report.skipped.map((s) => s.reason).filter(Boolean).join('; ');
  $('check-in-result').textContent = sent ? 'Sent (as due ' + report.at.replace('T', ' ').replace(/:\d\dZ$/, ' UTC') + ').'
    : 'Not sent: ' + (why || 'nothing due') + '.';
}));

// Slip risk: every open deal evaluated now; alerts land in the managers' channels (the channel column).
$('run-risk').addEventListener('click', () => attempt('Could not check slip risk', async () => {
  const report = await call('/risk', {});
  $('risk-result').textContent = report.evaluated + ' open deals checked; ' + report.alerts + ' new alert'
    + (report.alerts === 1 ? '' : 's') + (report.alerts > 0 ? ' in the channel posts.' : '.');
}));

$('home-toggle').addEventListener('click', () => unfoldHome(!document.querySelector('aside').classList.contains('open')));

document.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-action]');
  if (!button) return;
  if (button.closest('#home')) unfoldHome(false);
  const entry = button.closest('li');
  let value = button.dataset.value || '';
  if (button.dataset.fromChoice) {
    value = button.parentElement.querySelector('select[data-choice="' + button.dataset.fromChoice + '"]').value;
  }
  run('/action', { actionId: button.dataset.action, value, messageId: entry && entry.dataset.id ? Number(entry.dataset.id) : 0 });
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

attempt('Could not load the people of the org', async () => {
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
  choose(firstRep.id);
});
