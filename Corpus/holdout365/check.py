#!/usr/bin/env python3
"""Validate holdout365 gold files: shape, keys, types, and that values occur in their documents.
Standard library only. Prints OK when every check passes."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []

def err(msg): errors.append(msg)

def read_doc(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        text = raw.decode("utf-8")
        if "cp1252" in name: err(f"{name}: decodes as UTF-8, expected Windows-1252")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if name.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return text

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"\s+", " ", s).strip()

def spaced(n):
    s = str(n); out = ""
    while len(s) > 3: out, s = " " + s[-3:] + out, s[:-3]
    return s + out

def found(text, value, what, name):
    t = fold(text)
    v = fold(value)
    variants = {v, v.replace(" et ", " et a ")}
    if not any(x in t for x in variants):
        err(f"{name}: {what} {value!r} not found in document")

QKEYS = {"min": int, "max": int, "per": str, "approximate": bool}
PROJECT_KEYS = ["kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"]
INDEX_KEYS = ["kind", "key", "section", "localisation", "organisme", "page"]

def check_q(q, what, name, text):
    if q is None: return
    if not isinstance(q, dict): return err(f"{name}: {what} not an object")
    for k, t in QKEYS.items():
        if not isinstance(q.get(k), t) or (t is int and isinstance(q.get(k), bool)):
            err(f"{name}: {what}.{k} missing or not {t.__name__}")
    if q.get("per") not in ("total", "year"): err(f"{name}: {what}.per invalid")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]:
        err(f"{name}: {what} min > max")
    if "unit" in q:
        if not isinstance(q["unit"], str): err(f"{name}: {what}.unit not a string")
        else: found(text, q["unit"], what + ".unit", name)
    if q.get("approximate") is False and q.get("min") == q.get("max"):
        if not re.search(r"(?<!\d)(?<!\d )" + str(q["min"]) + r"(?!\d)", text.replace("\u00a0", " ")):
            err(f"{name}: {what} count {q['min']} not found")

def check_record(r, name, text):
    kind = r.get("kind")
    if kind == "index_row":
        for k in INDEX_KEYS:
            if k not in r: err(f"{name}: index row missing {k}")
        if r.get("key") != "index " + str(r.get("section")): err(f"{name}: index key/section mismatch")
        for k in ("section", "localisation", "organisme", "page"):
            if not isinstance(r.get(k), str): err(f"{name}: index {k} not a string")
            else: found(text, r[k], "index " + k, name)
        return
    if kind != "project": return err(f"{name}: unknown kind {kind!r}")
    for k in PROJECT_KEYS:
        if k not in r: err(f"{name}: record {r.get('key')} missing {k}")
    key = r.get("key")
    if not isinstance(key, str): err(f"{name}: key not a string")
    if r.get("section") is not None:
        if r["section"] != key: err(f"{name}: section {r['section']} != key {key}")
        found(text, r["section"] + ".", "section", name)
    if r.get("title") is not None: found(text, r["title"], "title", name)
    for k in ("carriers", "partners"):
        if not isinstance(r.get(k), list) or not all(isinstance(x, str) for x in r[k]):
            err(f"{name}: {k} not a list of strings")
        else:
            for x in r[k]: found(text, x, k[:-1], name)
    tr = r.get("territory")
    if tr is not None:
        if not isinstance(tr.get("value"), str) or not isinstance(tr.get("departments"), list):
            err(f"{name}: territory shape")
        else:
            found(text, tr["value"], "territory", name)
            for d in tr["departments"]:
                if not re.fullmatch(r"\d{2,3}|2[AB]", d): err(f"{name}: bad département {d}")
    y = r.get("year")
    if y is not None:
        if not isinstance(y, int): err(f"{name}: year not int")
        elif not re.search(r"^- " + str(y) + r"\s*$", text, re.M): err(f"{name}: year {y} not a bullet line")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{name}: bad mode")
    check_q(r.get("households"), key + " households", name, text)
    check_q(r.get("housing_units"), key + " housing_units", name, text)
    d = r.get("duration")
    if d is not None:
        if not isinstance(d.get("months"), (int, type(None))) or not isinstance(d.get("renewable"), bool):
            err(f"{name}: duration shape")
        for k in ("start", "end"):
            if d.get(k) is not None:
                if not re.fullmatch(r"\d{4}", d[k]): err(f"{name}: duration.{k} not a year")
                elif d[k] not in text: err(f"{name}: duration.{k} {d[k]} not found")
    c = r.get("cost")
    if c is not None:
        for k in ("total_eur", "per_year_eur", "per_household_eur"):
            if k not in c: err(f"{name}: cost missing {k}")
            v = c.get(k)
            if v is not None:
                if not isinstance(v, str) or not re.fullmatch(r"\d+(\.\d+)?", v): err(f"{name}: cost.{k} not decimal")
                else: found(text, spaced(v), "cost." + k, name)
    if not isinstance(r.get("funding"), list): err(f"{name}: funding not a list")
    else:
        for f in r["funding"]:
            if set(f) != {"source", "eur", "share_percent"}: err(f"{name}: funding keys {sorted(f)}")
            found(text, f["source"], "funding source", name)
            if f.get("eur") is not None: found(text, spaced(f["eur"]), "funding eur", name)
            if f.get("share_percent") is not None: found(text, f["share_percent"] + " %", "funding share", name)
    if not isinstance(r.get("contacts"), list): err(f"{name}: contacts not a list")
    else:
        for p in r["contacts"]:
            if not isinstance(p.get("name"), str): err(f"{name}: contact without name")
            else: found(text, p["name"], "contact name", name)
            for k in ("email", "phone"):
                if p.get(k) is not None: found(text, p[k], "contact " + k, name)

docs = sorted(os.listdir(DOCS))
if len(docs) != 7: err(f"expected 7 documents, found {len(docs)}")
for name in docs:
    gp = os.path.join(GOLD, name + ".json")
    if not os.path.exists(gp): err(f"missing gold for {name}"); continue
    g = json.load(open(gp, encoding="utf-8"))
    if g.get("file") != name: err(f"{gp}: file field {g.get('file')!r}")
    recs = g.get("records")
    if not isinstance(recs, list) or not recs: err(f"{gp}: no records"); continue
    keys = [r.get("key") for r in recs]
    if len(keys) != len(set(keys)): err(f"{gp}: duplicate keys")
    text = read_doc(name)
    for r in recs: check_record(r, name, text)

cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2: err("clusters.json: bad cluster")
    for m in c["records"]:
        gp = os.path.join(GOLD, m["file"] + ".json")
        if not os.path.exists(gp) or m["key"] not in [r["key"] for r in json.load(open(gp, encoding="utf-8"))["records"]]:
            err(f"clusters.json: unknown record {m}")

if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
