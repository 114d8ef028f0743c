#!/usr/bin/env python3
"""Opens a Dossier report in headless Chromium and fails on any console error or warning.

Drives Chromium through the DevTools protocol over --remote-debugging-pipe (the browser reads
commands from fd 3 and writes replies to fd 4, each message JSON ended by a NUL byte), so it
needs no network port and nothing beyond the Python 3 standard library.

For each view (#doc=0&value=0 first: the first document scrolled to its first value; then #summary, #documents, #projects, #clusters) it loads the
page afresh, waits until report.js has rendered that view (`main[data-view]`), checks the DOM,
plays a few clicks, and collects every console error or warning, uncaught exception and
browser log entry (Runtime.consoleAPICalled, Runtime.exceptionThrown, Log.entryAdded). It then
walks the same views again by changing only the hash, as links and the back button do. The
document view's screenshot is saved after a value has been clicked, so its evidence panel shows.

Exit status: 0 when every view rendered with no problem, 1 when a problem was found, 2 when
the check itself could not run (no browser, unreadable report, timeout).
"""
import argparse
import base64
import fcntl
import json
import os
import pathlib
import select
import shutil
import sys
import tempfile
import time

VIEWS = ['doc=0&value=0', 'summary', 'documents', 'projects', 'clusters']

# Per view: what must be on the page once it is rendered (a JS expression giving a list of
# failures, read against the page's own data), then clicks that exercise its handlers.
DOM_CHECKS = {
    'doc': """(() => {
        const data = JSON.parse(document.getElementById('dossier-data').textContent);
        const entry = (data.documents || [])[0];
        const failures = [];
        if (!document.querySelector('main .panel, main .doc-lines')) failures.push('the view is empty');
        if (entry && entry.status === 'ok' && !document.querySelector('.line, .doc-table tr')) failures.push('no document line rendered');
        if (entry && entry.values > 0 && !document.querySelector('mark.chosen')) failures.push('no highlighted value (mark.chosen)');
        return failures;
    })()""",
    'default': """(() => {
        const data = JSON.parse(document.getElementById('dossier-data').textContent);
        const main = document.querySelector('main[data-view]');
        const view = main.dataset.view;
        const items = { documents: data.documents, projects: data.projects, clusters: data.clusters }[view];
        const shown = { documents: 'tr[data-doc]', projects: 'tr[data-position]', clusters: '.cluster' }[view];
        const failures = [];
        if (!main.querySelector('.panel')) failures.push('the view is empty');
        if (items && items.length && !main.querySelector(shown)) failures.push(`${items.length} ${view} in the data, none shown`);
        if (items && !items.length && !main.querySelector('.empty')) failures.push(`no ${view}, and no note saying so`);
        if (/\[object \w+\]/.test(main.textContent)) failures.push('"[object …]" printed in the page');
        return failures;
    })()""",
}
INTERACTIONS = {
    'doc': """(() => {
        const mark = document.querySelector('mark.chosen');
        if (!mark) return [];
        mark.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
        mark.dispatchEvent(new MouseEvent('mouseout', { bubbles: true }));
        mark.click();
        const failures = document.querySelector('.evidence-card') ? [] : ['clicking a value pinned no evidence'];
        const box = document.querySelector('.legend input');
        if (box) { box.click(); box.click(); }
        return failures;
    })()""",
    'projects': """(() => {
        const row = document.querySelector('tr[data-position]');
        if (!row) return [];
        row.click();
        const failures = document.querySelector('tr.details') ? [] : ['clicking a project opened no details'];
        row.click();
        return failures;
    })()""",
    'default': """(() => {
        const next = [...document.querySelectorAll('.pager button')].find((b) => !b.disabled && b.textContent.includes('Next'));
        if (next) next.click();
        const search = document.querySelector('input[type=search]');
        if (search) { search.value = 'zzz no match'; search.dispatchEvent(new Event('input')); search.value = ''; search.dispatchEvent(new Event('input')); }
        return [];
    })()""",
}


class CheckError(Exception):
    """The check could not run (as opposed to a problem found in the page)."""


class Browser:
    """A headless Chromium process and its DevTools pipe."""

    def __init__(self, executable, width, height, timeout):
        self.timeout = timeout
        self.profile = tempfile.mkdtemp(prefix='dossier-chromium-')
        self.log = open(os.path.join(self.profile, 'chromium.log'), 'wb')
        commands_read, self.commands = os.pipe()
        self.replies, replies_write = os.pipe()
        args = [executable, '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
                '--remote-debugging-pipe', f'--user-data-dir={self.profile}', '--no-first-run',
                '--no-default-browser-check', '--disable-extensions', '--disable-background-networking',
                '--disable-component-update', '--disable-sync', '--disable-default-apps', '--mute-audio',
                '--hide-scrollbars', f'--window-size={width},{height}', 'about:blank']
        # The pipe ends become fds 3 and 4 of the child; every fd Python opens is close-on-exec,
        # so nothing else leaks. They are first copied above 9 so that no dup2 below overwrites
        # one of them, and the log is placed first in case it is itself fd 3 or 4.
        high = [fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10) for fd in (commands_read, replies_write)]
        actions = [(os.POSIX_SPAWN_DUP2, self.log.fileno(), 1), (os.POSIX_SPAWN_DUP2, self.log.fileno(), 2),
                   (os.POSIX_SPAWN_DUP2, high[0], 3), (os.POSIX_SPAWN_DUP2, high[1], 4)]
        try:
            self.pid = os.posix_spawnp(executable, args, os.environ, file_actions=actions)
        except OSError as error:
            raise CheckError(f'cannot start {executable}: {error}') from error
        finally:
            for fd in (commands_read, replies_write, *high):
                os.close(fd)
        self.buffer = b''
        self.next_id = 0
        self.events = []

    def send(self, method, params=None, session=None):
        """Sends a command and returns its result; events that arrive meanwhile are queued."""
        self.next_id += 1
        message = {'id': self.next_id, 'method': method, 'params': params or {}}
        if session:
            message['sessionId'] = session
        os.write(self.commands, json.dumps(message).encode() + b'\0')
        deadline = time.monotonic() + self.timeout
        while True:
            reply = self.receive(deadline)
            if reply is None:
                raise CheckError(f'no reply to {method} within {self.timeout} s')
            if reply.get('id') == self.next_id:
                if 'error' in reply:
                    raise CheckError(f'{method} failed: {reply["error"].get("message")}')
                return reply.get('result', {})
            if 'method' in reply:
                self.events.append(reply)

    def receive(self, deadline):
        """The next message from the browser, or None once `deadline` has passed."""
        while b'\0' not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.replies], [], [], left)[0]:
                return None
            chunk = os.read(self.replies, 1 << 20)
            if not chunk:
                raise CheckError('the browser closed the DevTools pipe (see its log: ' + self.log.name + ')')
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b'\0', 1)
        return json.loads(message)

    def wait_event(self, method, seconds):
        """Waits for an event named `method`, queueing the others; False on timeout."""
        deadline = time.monotonic() + seconds
        for index, event in enumerate(self.events):
            if event['method'] == method:
                del self.events[index]
                return True
        while True:
            message = self.receive(deadline)
            if message is None:
                return False
            if message.get('method') == method:
                return True
            if 'method' in message:
                self.events.append(message)

    def take_events(self):
        events, self.events = self.events, []
        return events

    def close(self):
        try:
            self.send('Browser.close')
        except CheckError:
            pass
        for _ in range(50):
            pid, _ = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                break
            time.sleep(0.1)
        else:
            os.kill(self.pid, 9)
            os.waitpid(self.pid, 0)
        os.close(self.commands)
        os.close(self.replies)
        self.log.close()
        shutil.rmtree(self.profile, ignore_errors=True)


def problems_in(events):
    """Console errors and warnings, uncaught exceptions and browser log warnings, as text."""
    found = []
    for event in events:
        method, params = event['method'], event.get('params', {})
        if method == 'Runtime.consoleAPICalled' and params.get('type') in ('error', 'warning', 'assert'):
            text = ' '.join(str(arg.get('value', arg.get('description', ''))) for arg in params.get('args', []))
            found.append(f'console.{params["type"]}: {text}')
        elif method == 'Runtime.exceptionThrown':
            details = params.get('exceptionDetails', {})
            thrown = details.get('exception', {})
            description = thrown.get('description') or str(thrown.get('value', details.get('text', '')))
            if '\n    at ' not in description:  # no stack trace: say where
                description += f' at {details.get("url", "?")}:{details.get("lineNumber", 0) + 1}'
            found.append(f'uncaught exception: {description}')
        elif method == 'Log.entryAdded' and params.get('entry', {}).get('level') in ('error', 'warning'):
            entry = params['entry']
            found.append(f'browser {entry["level"]} ({entry.get("source")}): {entry.get("text")} {entry.get("url", "")}'.rstrip())
    return found


class Page:
    """One tab of the browser, attached in flat mode."""

    def __init__(self, browser, width, height):
        self.browser = browser
        target = browser.send('Target.createTarget', {'url': 'about:blank'})['targetId']
        self.session = browser.send('Target.attachToTarget', {'targetId': target, 'flatten': True})['sessionId']
        for domain in ('Page', 'Runtime', 'Log'):
            self.send(f'{domain}.enable')
        self.send('Emulation.setDeviceMetricsOverride',
                  {'width': width, 'height': height, 'deviceScaleFactor': 1, 'mobile': False})

    def send(self, method, params=None):
        return self.browser.send(method, params, self.session)

    def load(self, url):
        """Loads `url` as a new document (through about:blank, so a hash alone still reloads)."""
        for address in ('about:blank', url):
            self.send('Page.navigate', {'url': address})
            if not self.browser.wait_event('Page.loadEventFired', self.browser.timeout):
                raise CheckError(f'{address} did not finish loading within {self.browser.timeout} s')

    def evaluate(self, expression):
        result = self.send('Runtime.evaluate', {'expression': expression, 'returnByValue': True})
        if 'exceptionDetails' in result:
            details = result['exceptionDetails']
            raise CheckError(f'check script failed: {details.get("exception", {}).get("description", details.get("text"))}')
        return result.get('result', {}).get('value')

    def wait_for_view(self, name, seconds):
        """Waits until report.js has rendered the view `name`; the view found otherwise."""
        deadline = time.monotonic() + seconds
        expression = "document.querySelector('main[data-view]')?.dataset.view || ''"
        while True:
            current = self.evaluate(expression)
            if current == name or time.monotonic() > deadline:
                return current
            time.sleep(0.05)

    def screenshot(self, path):
        data = self.send('Page.captureScreenshot', {'format': 'png'})['data']
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))


def check_view(page, hash_, options):
    """Renders one view (already navigated to) and returns its problems."""
    name = hash_.split('=')[0]
    shown = page.wait_for_view(name, options.render_timeout)
    if shown == name:
        failures = page.evaluate(DOM_CHECKS.get(name, DOM_CHECKS['default']))
        failures += page.evaluate(INTERACTIONS.get(name, INTERACTIONS['default']))
    else:
        failures = [f'the view was not rendered (main[data-view] is "{shown}")']
    time.sleep(options.settle)  # let late errors (timers, animations) surface
    page.evaluate('0')  # flush: events sent before this reply are now queued
    return problems_in(page.browser.take_events()) + failures


def walk(page, url, fresh, options):
    """Visits every view, each as a fresh page or by changing the hash; True if one failed."""
    failed = False
    if not fresh:
        page.load(f'{url}#summary')
        page.wait_for_view('summary', options.render_timeout)
        page.browser.take_events()  # reported by the fresh walk
    for hash_ in VIEWS:
        if fresh:
            page.load(f'{url}#{hash_}')
        else:
            page.evaluate(f'location.hash = {json.dumps("#" + hash_)}')
        problems = check_view(page, hash_, options)
        if fresh and hash_ == VIEWS[0]:
            page.screenshot(options.screenshot)
        if fresh and options.shots:
            page.screenshot(options.shots / f'{hash_.replace("=", "-")}.png')
        label = f'#{hash_} ({"fresh load" if fresh else "hash change"})'
        print(f'  {label:<36} {"FAIL" if problems else "ok"}')
        for problem in problems:
            print(f'      {problem}')
        failed = failed or bool(problems)
    return failed


def run(options):
    """Checks the report; True if a problem was found."""
    report = pathlib.Path(options.report).resolve()
    if not report.is_file():
        raise CheckError(f'no report at {report}')
    browser = Browser(options.chromium, options.width, options.height, options.timeout)
    try:
        page = Page(browser, options.width, options.height)
        print(f'report: {report}')
        failed = [walk(page, report.as_uri(), fresh, options) for fresh in (True, False)]
        print(f'screenshot: {options.screenshot}')
    finally:
        browser.close()
    return any(failed)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('report', help='the report HTML file')
    parser.add_argument('--screenshot', type=pathlib.Path, default=pathlib.Path('Output/report.png'),
                        help='where to save the PNG of #doc=0 (default: Output/report.png)')
    parser.add_argument('--shots', type=pathlib.Path, help='also save one PNG per view in this folder')
    parser.add_argument('--chromium', default='chromium', help='the browser to run (searched in PATH)')
    parser.add_argument('--width', type=int, default=1400)
    parser.add_argument('--height', type=int, default=1000)
    parser.add_argument('--timeout', type=float, default=60, help='seconds to wait for the browser at each step')
    parser.add_argument('--render-timeout', type=float, default=5,
                        help='seconds to wait for a view to appear once the page has loaded')
    parser.add_argument('--settle', type=float, default=0.3, help='seconds to wait for late errors after each view')
    options = parser.parse_args()
    try:
        failed = run(options)
    except CheckError as error:
        print(f'error: {error}', file=sys.stderr)
        return 2
    print('FAIL: the report logged errors or warnings, or did not render' if failed
          else 'PASS: every view rendered with no console error or warning')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
