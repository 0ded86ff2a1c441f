#!/usr/bin/env python3
"""Time taken by a running site to answer hostile megabyte values, one field of one public form at a time.

    ./mvnw spring-boot:run &            # then, once it answers:
    src/test/bench/slow-input.py [base-url] [size] [more form pages…]

For each public form it reads the page (cookies, CSRF token, SpamGuard stamp, the fields and their values), waits
once for the stamp to be older than the minimum fill time, then posts the form again and again, each time with one
field replaced by a crafted value of `size` characters (default 1 000 000: runs of dots ended by '<' — the shape that
made the old e-mail patterns backtrack — and runs of 'a.' for addresses and websites). It prints the status and the
time of every answer and exits non-zero when one took more than a second or was a 5xx.
Standard library only (Python 3).
"""
import http.cookiejar
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser

BASE = sys.argv[1].rstrip("/") if len(sys.argv) > 1 else "http://localhost:8080"
SIZE = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
# the public forms; an event page with its registration form can be added on the command line
FORMS = ["/contact", "/le-metier", "/adherer", "/mes-donnees"] + sys.argv[3:]
SKIP = {"_csrf", "stamp"}


class Forms(HTMLParser):
    """The POST forms of a page: action and (name, value) pairs as a browser would send them untouched."""

    def __init__(self):
        super().__init__()
        self.forms, self.current, self.textarea = [], None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and (a.get("method") or "").lower() == "post":
            self.current = {"action": a.get("action"), "fields": []}
            self.forms.append(self.current)
        elif self.current is not None and tag in ("input", "select", "textarea") and a.get("name"):
            kind = (a.get("type") or "").lower()
            if kind == "checkbox":
                self.current["fields"].append((a["name"], a.get("value") or "true"))
            elif kind == "radio":
                if not any(n == a["name"] for n, _ in self.current["fields"]):
                    self.current["fields"].append((a["name"], a.get("value") or ""))
            elif tag == "textarea":
                self.textarea = a["name"]
                self.current["fields"].append((a["name"], "Bonjour, ceci est un essai."))
            else:
                self.current["fields"].append((a["name"], a.get("value") or ""))

    def handle_endtag(self, tag):
        if tag == "form":
            self.current = None


def crafted(name):
    if "mail" in name or "site" in name or "url" in name.lower():
        unit = "a." * 8000 + "<"
    else:
        unit = "." * 16000 + "<"
    return (unit * (SIZE // len(unit) + 1))[:SIZE]


def plausible(name, value):
    if value:
        return value
    defaults = {"email": "prenom.nom@exemple.fr", "firstName": "Inès", "lastName": "Martin", "name": "Inès Martin",
                "fee": "30", "companions": "0", "postalCode": "37000", "city": "Tours", "country": "France"}
    return defaults.get(name, "Essai")


def main():
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    worst, failures = 0.0, 0
    for path in FORMS:
        try:
            page = opener.open(BASE + path, timeout=10).read().decode("utf-8")
        except urllib.error.HTTPError as e:
            print(f"{path}: {e.code}, skipped")
            continue
        parser = Forms()
        parser.feed(page)
        # the largest POST form of the page is its main one (not "renvoyer", not the search box)
        form = max(parser.forms, key=lambda f: len(f["fields"]), default=None)
        if form is None:
            print(f"{path}: no form")
            continue
        time.sleep(3.2)  # the SpamGuard stamp must be older than icmf.spam.minimum-fill-time (3 s)
        fields = [(n, plausible(n, v)) for n, v in form["fields"]]
        action = urllib.parse.urljoin(BASE + path, form["action"] or path)
        for i, (name, _) in enumerate(fields):
            if name in SKIP or name in ("website", "homepage"):
                continue
            body = urllib.parse.urlencode([(n, crafted(n) if j == i else v) for j, (n, v) in enumerate(fields)]).encode()
            start = time.monotonic()
            try:
                response = opener.open(urllib.request.Request(action, data=body), timeout=60)
                status = response.status
                response.read()
            except urllib.error.HTTPError as e:
                status = e.code
            elapsed = time.monotonic() - start
            worst = max(worst, elapsed)
            bad = elapsed > 1.0 or status >= 500
            failures += bad
            print(f"{'!!' if bad else '  '} {status} {elapsed * 1000:7.0f} ms  {path} [{name}] {len(body) // 1024} KiB")
    print(f"slowest answer: {worst * 1000:.0f} ms; {failures} over 1 s or 5xx")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
