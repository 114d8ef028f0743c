#!/usr/bin/env python3
"""Check holdout165 gold: keys and types per ../gold/README.md, and that every gold value
(titles, carriers, partners, territory, contact names/e-mails/phones, index cells, amounts in
some written form) occurs in its document after decoding (cp1252, HTML entities, tags)."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners",
                "territory", "year", "mode", "households", "housing_units", "duration", "cost",
                "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
errors = []

def err(msg):
    errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[’‘`´]", "'", s)
    s = re.sub(r"[‐‑‒–—−]", "-", s)
    s = re.sub(r"\*+", "", s)
    return re.sub(r"\s+", " ", s).strip()

def load(name):
    raw = open(os.path.join(DOCS, name), "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if name.endswith(".html"):
        text = re.sub(r"<(script|style)\b.*?</\1>", " ", text, flags=re.S | re.I)
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    else:
        text = re.sub(r"<[^>]+>", " ", text)
    return fold(text)

def present(doc, value, what, where):
    if value is None:
        return
    if fold(value) not in doc:
        err(f"{where}: {what} {value!r} not found in document")

def amount_forms(eur):
    n = int(eur)
    forms = {str(n)}
    s = f"{n:,}".replace(",", " ")
    forms.add(s)
    if n % 100 == 0 and n >= 1000:
        k = n / 1000
        forms.add(f"{k:g}".replace(".", ",") + " k€")
        forms.add(f"{k:g}".replace(".", ",") + " k&euro;")
    return forms

def check_q(q, where):
    if q is None:
        return
    if not isinstance(q, dict):
        return err(f"{where}: quantity not an object")
    for k in ("min", "max", "per", "approximate"):
        if k not in q:
            err(f"{where}: quantity lacks {k}")
    if not (isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] <= q["max"]):
        err(f"{where}: bad min/max")
    if q.get("per") not in ("total", "year"):
        err(f"{where}: bad per")
    if not isinstance(q.get("approximate"), bool):
        err(f"{where}: approximate not bool")
    if set(q) - {"min", "max", "per", "approximate", "unit", "breakdown"}:
        err(f"{where}: unknown quantity keys {set(q) - {'min','max','per','approximate','unit','breakdown'}}")

def check_record(doc, name, r, keys_seen):
    where = f"{name} [{r.get('key')}]"
    kind = r.get("kind")
    key = r.get("key")
    if not isinstance(key, str) or not key:
        return err(f"{where}: missing key")
    if key in keys_seen:
        err(f"{where}: duplicate key")
    keys_seen.add(key)
    if kind == "index_row":
        if set(r) != INDEX_KEYS:
            err(f"{where}: index_row keys {sorted(r)}")
        if key != "index " + str(r.get("section")):
            err(f"{where}: index key must be 'index ' + section")
        for k in ("section", "localisation", "organisme", "page"):
            present(doc, r.get(k), k, where)
        return
    if kind != "project":
        return err(f"{where}: bad kind {kind!r}")
    if set(r) - PROJECT_KEYS or not {"kind", "key"} <= set(r):
        err(f"{where}: project keys {sorted(set(r) - PROJECT_KEYS)}")
    sec = r.get("section")
    if sec is not None:
        if key != sec:
            err(f"{where}: numbered monograph key must be its section")
        present(doc, sec, "section", where)
    elif key != "document" and key != r.get("title"):
        err(f"{where}: key must be 'document' or the title")
    if r.get("title") is not None:
        present(doc, r["title"], "title", where)
    for k in ("carriers", "partners"):
        if k in r:
            if not isinstance(r[k], list) or not all(isinstance(x, str) for x in r[k]):
                err(f"{where}: {k} not a list of strings")
            else:
                for x in r[k]:
                    present(doc, x, k[:-1], where)
    t = r.get("territory")
    if t is not None:
        if set(t) != {"value", "departments"} or not all(re.fullmatch(r"\d{2,3}|2[AB]", d) for d in t["departments"]):
            err(f"{where}: bad territory")
        present(doc, t.get("value"), "territory", where)
    if r.get("year") is not None and not isinstance(r["year"], int):
        err(f"{where}: year not int")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"):
        err(f"{where}: bad mode")
    for k in ("households", "housing_units"):
        check_q(r.get(k), f"{where} {k}")
        q = r.get(k)
        if q and q.get("unit"):
            present(doc, q["unit"], f"{k} unit", where)
    d = r.get("duration")
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"} or not isinstance(d["renewable"], bool):
            err(f"{where}: bad duration")
        if d["months"] is not None and not isinstance(d["months"], int):
            err(f"{where}: months not int")
        for k in ("start", "end"):
            if d[k] is not None:
                present(doc, d[k], f"duration {k}", where)
    c = r.get("cost")
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}:
            err(f"{where}: bad cost keys")
        for k, v in c.items():
            if v is None:
                continue
            if not (isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v)):
                err(f"{where}: cost {k} not a decimal string")
            elif not any(fold(f) in doc for f in amount_forms(v)):
                err(f"{where}: cost {k} {v} not found in any written form")
    for f in r.get("funding") or []:
        if set(f) != {"source", "eur", "share_percent"}:
            err(f"{where}: bad funding keys")
        present(doc, f.get("source"), "funder", where)
        if f.get("eur") and not any(fold(x) in doc for x in amount_forms(f["eur"])):
            err(f"{where}: funding amount {f['eur']} not found")
        if f.get("share_percent") and not re.search(re.escape(f["share_percent"]) + r" ?%", doc):
            err(f"{where}: share {f['share_percent']} % not found")
    for ct in r.get("contacts") or []:
        if not {"name", "email", "phone"} <= set(ct):
            err(f"{where}: contact lacks name/email/phone")
        for k in ("name", "email", "phone"):
            present(doc, ct.get(k), "contact " + k, where)

def main():
    names = sorted(os.listdir(DOCS))
    index = {}
    for name in names:
        gpath = os.path.join(GOLD, name + ".json")
        if not os.path.exists(gpath):
            err(f"{name}: no gold file")
            continue
        g = json.load(open(gpath, encoding="utf-8"))
        if set(g) != {"file", "records"} or g["file"] != name:
            err(f"{gpath}: top-level keys or file name wrong")
        doc = load(name)
        seen = set()
        for r in g["records"]:
            check_record(doc, name, r, seen)
        index[name] = seen
    for extra in sorted(os.listdir(GOLD)):
        if extra != "clusters.json" and extra[:-5] not in names:
            err(f"gold/{extra}: no such document")
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if len(c.get("records", [])) < 2 or not c.get("why"):
            err("clusters.json: a cluster needs two records and a why")
        for rec in c.get("records", []):
            if rec.get("key") not in index.get(rec.get("file"), set()):
                err(f"clusters.json: unknown record {rec}")
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        sys.exit(1)
    n = sum(len(v) for v in index.values())
    print(f"OK: {len(names)} documents, {n} gold records, {len(cl['clusters'])} cluster(s)")

main()
