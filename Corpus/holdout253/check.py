#!/usr/bin/env python3
"""Validate holdout253 gold files against the documents (standard library only). Prints OK."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg):
    errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'").replace("\u2018", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("–", "-").replace("—", "-")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())

def load_text(path):
    b = open(path, "rb").read()
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError:
        t = b.decode("cp1252")
    if path.endswith(".html"):
        t = re.sub(r"<script.*?</script>", " ", t, flags=re.S)
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return fold(t)

def spaced(n):
    n = str(n)
    out = ""
    while len(n) > 3:
        out = " " + n[-3:] + out
        n = n[:-3]
    return n + out

def found(text, value, what):
    if value is None:
        return
    if fold(str(value)) not in text:
        err(f"{what}: {value!r} not found in document")

def num_found(text, n, what):
    if n is None:
        return
    s = fold(spaced(n))
    if not re.search(r"(?<![0-9])" + re.escape(s) + r"(?![0-9])", text):
        err(f"{what}: {n!r} (as {s!r}) not found in document")

Q_KEYS = {"min": int, "max": int, "per": str, "approximate": bool}
PROJECT_KEYS = ["kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"]
INDEX_KEYS = ["kind", "key", "section", "localisation", "organisme", "page"]

def check_q(q, text, where, approx_ok):
    if q is None:
        return
    if not isinstance(q, dict):
        return err(f"{where}: quantity not an object")
    for k, t in Q_KEYS.items():
        if k not in q or not isinstance(q[k], t) or (t is int and isinstance(q[k], bool)):
            err(f"{where}: quantity key {k} missing or wrong type")
    if q.get("per") not in ("total", "year"):
        err(f"{where}: per must be total or year")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        err(f"{where}: min > max")
    if "unit" in q:
        found(text, q["unit"], where + ".unit")
    if not q.get("approximate"):
        num_found(text, q.get("min"), where + ".min")
        num_found(text, q.get("max"), where + ".max")

def check_record(r, text, where, keys_seen):
    kind = r.get("kind")
    if kind not in ("project", "index_row"):
        return err(f"{where}: bad kind {kind!r}")
    need = PROJECT_KEYS if kind == "project" else INDEX_KEYS
    for k in need:
        if k not in r:
            err(f"{where}: missing key {k}")
    if r.get("key") in keys_seen:
        err(f"{where}: duplicate key {r.get('key')!r}")
    keys_seen.add(r.get("key"))
    if kind == "index_row":
        for k in ("section", "localisation", "organisme", "page"):
            if not isinstance(r.get(k), str):
                err(f"{where}: {k} must be a string")
            found(text, r.get(k), f"{where}.{k}")
        if r.get("key") != "index " + str(r.get("section")):
            err(f"{where}: index key must be 'index ' + section")
        return
    found(text, r.get("section"), where + ".section")
    if not isinstance(r.get("title"), (str, type(None))):
        err(f"{where}: title type")
    found(text, r.get("title"), where + ".title")
    for k in ("carriers", "partners"):
        if not isinstance(r.get(k), list) or not all(isinstance(x, str) for x in r.get(k, [])):
            err(f"{where}: {k} must be a list of strings")
        for x in r.get(k, []):
            found(text, x, f"{where}.{k}")
    t = r.get("territory")
    if t is not None:
        if not isinstance(t, dict) or not isinstance(t.get("value"), str) or not isinstance(t.get("departments"), list):
            err(f"{where}: territory shape")
        else:
            found(text, t["value"], where + ".territory")
            for d in t["departments"]:
                if not re.fullmatch(r"\d{2,3}|2[AB]", d):
                    err(f"{where}: bad departement code {d!r}")
    y = r.get("year")
    if y is not None:
        if not isinstance(y, int):
            err(f"{where}: year must be int")
        found(text, "- " + str(y), where + ".year")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"):
        err(f"{where}: bad mode")
    check_q(r.get("households"), text, where + ".households", True)
    check_q(r.get("housing_units"), text, where + ".housing_units", True)
    d = r.get("duration")
    if d is not None:
        for k in ("months", "start", "end", "renewable"):
            if k not in d:
                err(f"{where}: duration key {k} missing")
        if not isinstance(d.get("months"), (int, type(None))) or not isinstance(d.get("renewable"), bool):
            err(f"{where}: duration types")
        for k in ("start", "end"):
            if d.get(k) is not None:
                if not isinstance(d[k], str):
                    err(f"{where}: duration {k} must be a string")
                found(text, d[k], f"{where}.duration.{k}")
    c = r.get("cost")
    if c is not None:
        for k in ("total_eur", "per_year_eur", "per_household_eur"):
            if k not in c:
                err(f"{where}: cost key {k} missing")
            v = c.get(k)
            if v is not None:
                if not isinstance(v, str) or not re.fullmatch(r"\d+(\.\d+)?", v):
                    err(f"{where}: cost {k} must be a decimal string")
                else:
                    num_found(text, v, f"{where}.cost.{k}")
        for comp in c.get("components", []):
            if not isinstance(comp.get("eur"), str):
                err(f"{where}: component eur type")
            num_found(text, comp.get("eur"), where + ".cost.component")
            found(text, comp.get("label"), where + ".cost.component.label")
    if not isinstance(r.get("funding"), list):
        err(f"{where}: funding must be a list")
    for f in r.get("funding", []):
        for k in ("source", "eur", "share_percent"):
            if k not in f:
                err(f"{where}: funding key {k} missing")
        found(text, f.get("source"), where + ".funding.source")
        num_found(text, f.get("eur"), where + ".funding.eur")
        if f.get("share_percent") is not None:
            if not re.search(r"(?<![0-9])" + re.escape(f["share_percent"]) + r" ?%", text):
                err(f"{where}: share {f['share_percent']}% not found")
    if not isinstance(r.get("contacts"), list):
        err(f"{where}: contacts must be a list")
    for p in r.get("contacts", []):
        for k in ("name", "email", "phone"):
            if k not in p:
                err(f"{where}: contact key {k} missing")
        for k in ("name", "email", "phone", "role", "organisation"):
            found(text, p.get(k), f"{where}.contact.{k}")

docs = sorted(os.listdir(DOCS))
golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
if len(docs) != 7:
    err(f"expected 7 documents, found {len(docs)}")
for d in docs:
    if d + ".json" not in golds:
        err(f"no gold for {d}")
all_keys = {}
for g in golds:
    data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
    fn = data.get("file")
    if fn + ".json" != g or fn not in docs:
        err(f"{g}: file field {fn!r} does not match")
        continue
    text = load_text(os.path.join(DOCS, fn))
    if not isinstance(data.get("records"), list) or not data["records"]:
        err(f"{g}: records must be a non-empty list")
        continue
    seen = set()
    for i, r in enumerate(data["records"]):
        check_record(r, text, f"{fn}[{r.get('key', i)}]", seen)
    all_keys[fn] = seen
cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
if not isinstance(cl.get("clusters"), list) or not cl["clusters"]:
    err("clusters.json: clusters must be a non-empty list")
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2:
        err("clusters.json: each cluster needs records (2+) and why")
    for m in c.get("records", []):
        if m.get("key") not in all_keys.get(m.get("file"), set()):
            err(f"clusters.json: unknown record {m}")
# cp1252 document must not be valid UTF-8
try:
    open(os.path.join(DOCS, "fiche-argeles-cp1252.txt"), "rb").read().decode("utf-8")
    err("fiche-argeles-cp1252.txt decodes as UTF-8")
except UnicodeDecodeError:
    pass
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
