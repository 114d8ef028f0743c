#!/usr/bin/env python3
"""Validate holdout399 gold files: shape, keys, types, values present in the documents. Prints OK."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
GOLD = os.path.join(HERE, "gold")
DEPT_NAMES = {"01": "Ain", "03": "Allier", "05": "Hautes-Alpes", "41": "Loir-et-Cher", "63": "Puy-de-Dôme",
              "79": "Deux-Sèvres", "85": "Vendée", "87": "Haute-Vienne", "89": "Yonne", "91": "Essonne",
              "95": "Val-d'Oise"}
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
errors = []


def err(msg):
    errors.append(msg)


def fold(s):
    s = html.unescape(s)
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "OE"),
                 ("æ", "ae"), ("–", "-"), ("—", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)


def load_doc(fn):
    raw = open(os.path.join(DOCS, fn), "rb").read()
    try:
        text = raw.decode("utf-8")
        if fn.endswith("cp1252.txt"):
            err(fn + ": expected Windows-1252 bytes, file decodes as UTF-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    if fn.endswith(".html"):
        text = re.sub(r"<[^>]+>", " ", text)
    return fold(text)


def spaced(n):
    return "{:,}".format(int(n)).replace(",", " ")


def need(doc, fn, key, what, value):
    if fold(str(value)) not in doc:
        err("%s [%s] %s not found in document: %r" % (fn, key, what, value))


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def check_q(fn, key, name, q, doc):
    if q is None:
        return
    if not isinstance(q, dict):
        return err("%s [%s] %s must be an object or null" % (fn, key, name))
    for k in ("min", "max", "per", "approximate"):
        if k not in q:
            err("%s [%s] %s lacks %s" % (fn, key, name, k))
    if not (is_int(q.get("min")) and is_int(q.get("max")) and q["min"] <= q["max"]):
        err("%s [%s] %s min/max invalid" % (fn, key, name))
    if q.get("per") not in ("total", "year"):
        err("%s [%s] %s per invalid" % (fn, key, name))
    if not isinstance(q.get("approximate"), bool):
        err("%s [%s] %s approximate must be a boolean" % (fn, key, name))
    if "unit" in q:
        need(doc, fn, key, name + " unit", q["unit"])
    if not q.get("approximate"):
        if not re.search(r"(?<![0-9])%d(?![0-9])" % q["min"], doc):
            err("%s [%s] %s count %d not found" % (fn, key, name, q["min"]))


def check_project(fn, r, doc):
    key = r["key"]
    if set(r) != PROJECT_KEYS:
        err("%s [%s] project keys differ: %s" % (fn, key, sorted(set(r) ^ PROJECT_KEYS)))
    if r.get("section") is not None:
        need(doc, fn, key, "section", r["section"] + ".")
    if r.get("title") is not None:
        need(doc, fn, key, "title", r["title"])
    for field in ("carriers", "partners"):
        if not isinstance(r.get(field), list):
            err("%s [%s] %s must be a list" % (fn, key, field))
        for v in r.get(field, []):
            need(doc, fn, key, field, v)
    t = r.get("territory")
    if t is not None:
        need(doc, fn, key, "territory", t["value"])
        if not isinstance(t.get("departments"), list):
            err("%s [%s] territory.departments must be a list" % (fn, key))
        for code in t.get("departments", []):
            if not re.fullmatch(r"\d{2,3}", code):
                err("%s [%s] bad département code %r" % (fn, key, code))
            elif not re.search(r"(?<![0-9])%s(?![0-9])" % code, doc) and fold(DEPT_NAMES.get(code, "@@")) not in doc:
                err("%s [%s] département %s neither as code nor name" % (fn, key, code))
    if r.get("year") is not None:
        if not is_int(r["year"]):
            err("%s [%s] year must be an integer" % (fn, key))
        need(doc, fn, key, "year", "- %d" % r["year"])
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"):
        err("%s [%s] bad mode" % (fn, key))
    check_q(fn, key, "households", r.get("households"), doc)
    check_q(fn, key, "housing_units", r.get("housing_units"), doc)
    d = r.get("duration")
    if d is not None:
        for k in ("months", "start", "end", "renewable"):
            if k not in d:
                err("%s [%s] duration lacks %s" % (fn, key, k))
        if d.get("months") is not None and not is_int(d["months"]):
            err("%s [%s] duration.months must be an integer" % (fn, key))
        for k in ("start", "end"):
            if d.get(k) is not None:
                need(doc, fn, key, "duration." + k, d[k])
    c = r.get("cost")
    if c is not None:
        for k in ("total_eur", "per_year_eur", "per_household_eur"):
            if k not in c:
                err("%s [%s] cost lacks %s" % (fn, key, k))
            elif c[k] is not None:
                if not re.fullmatch(r"\d+(\.\d+)?", c[k]):
                    err("%s [%s] cost.%s not a decimal string" % (fn, key, k))
                else:
                    need(doc, fn, key, "cost." + k, spaced(c[k]))
    for f in r.get("funding", []):
        if set(f) != {"source", "eur", "share_percent"}:
            err("%s [%s] funding keys" % (fn, key))
        need(doc, fn, key, "funding source", f["source"])
        if f.get("share_percent") is not None:
            need(doc, fn, key, "funding share", f["share_percent"] + " %")
        if f.get("eur") is not None:
            need(doc, fn, key, "funding eur", spaced(f["eur"]))
    for ct in r.get("contacts", []):
        if set(ct) != {"name", "email", "phone"}:
            err("%s [%s] contact keys" % (fn, key))
        need(doc, fn, key, "contact name", ct["name"])
        for k in ("email", "phone"):
            if ct.get(k) is not None:
                need(doc, fn, key, "contact " + k, ct[k])


def check_index(fn, r, raw_lines):
    if set(r) != INDEX_KEYS:
        err("%s [%s] index keys differ" % (fn, r.get("key")))
    if r["key"] != "index " + r["section"]:
        err("%s [%s] index key must be 'index ' + section" % (fn, r["key"]))
    want = [fold(r[k]) for k in ("section", "localisation", "organisme", "page")]
    if not any([fold(c).strip() for c in line.split("\t")] == want for line in raw_lines):
        err("%s [%s] index row not found as one tab-separated line" % (fn, r["key"]))


def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
    if [g[:-5] for g in golds] != docs:
        err("gold files %s do not match documents %s" % (golds, docs))
    keys = {}
    for g in golds:
        fn = g[:-5]
        data = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        if set(data) != {"file", "records"} or data["file"] != fn:
            err(g + ": top level must be {file, records} naming the document")
        doc = load_doc(fn)
        raw = open(os.path.join(DOCS, fn), "rb").read()
        raw_lines = (raw.decode("utf-8", errors="replace")).splitlines()
        seen = set()
        for r in data["records"]:
            if r.get("key") in seen:
                err("%s duplicate key %s" % (fn, r.get("key")))
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(fn, r, doc)
            elif r.get("kind") == "index_row":
                check_index(fn, r, raw_lines)
            else:
                err("%s bad kind %r" % (fn, r.get("kind")))
        keys[fn] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2:
            err("clusters.json: each cluster needs records (2+) and why")
        for rec in c.get("records", []):
            if rec.get("key") not in keys.get(rec.get("file"), set()):
                err("clusters.json: unknown record %r" % rec)
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
