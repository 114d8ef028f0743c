#!/usr/bin/env python3
"""Validate holdout402 gold files against the documents (standard library only). Prints OK."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}
errors = []

def err(msg): errors.append(msg)

def fold(s):
    s = html.unescape(re.sub(r"<[^>]+>", " ", s))
    for a, b in (("\u00a0", " "), ("\u202f", " "), ("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "OE"), ("–", "-"), ("—", "-")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())

def spaced(n):
    return "{:,}".format(int(n)).replace(",", " ")

def read_doc(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b.decode("cp1252")

def found(text, value, where):
    if fold(value) not in text:
        err("%s: %r not found in document" % (where, value))

def is_int(x): return isinstance(x, int) and not isinstance(x, bool)
def is_dec(x): return x is None or (isinstance(x, str) and re.fullmatch(r"\d+(\.\d+)?", x) is not None)

def check_q(q, where, text, unit_ok=True):
    if q is None: return
    if not isinstance(q, dict) or not {"min", "max", "per", "approximate"} <= set(q):
        return err(where + ": bad quantity shape")
    if not (is_int(q["min"]) and is_int(q["max"]) and q["min"] <= q["max"]): err(where + ": min/max")
    if q["per"] not in ("total", "year"): err(where + ": per")
    if not isinstance(q["approximate"], bool): err(where + ": approximate")
    if not q["approximate"] and q["min"] == q["max"] and not re.search(r"(?<!\d)%d(?!\d)" % q["min"], text):
        err(where + ": count %d not in document" % q["min"])
    if "unit" in q: found(text, q["unit"], where + ".unit")

def check_project(r, text, where):
    if set(r) != PROJECT_KEYS: err(where + ": keys %s" % sorted(set(r) ^ PROJECT_KEYS))
    for k in ("section", "section_as_written", "title"):
        if r.get(k) is not None:
            if not isinstance(r[k], str): err(where + "." + k + ": type")
            else: found(text, r[k], where + "." + k)
    for k in ("carriers", "partners"):
        if not isinstance(r.get(k), list): err(where + "." + k + ": not a list"); continue
        for v in r[k]: found(text, v, where + "." + k)
    t = r.get("territory")
    if t is not None:
        if not (isinstance(t, dict) and isinstance(t.get("value"), str) and isinstance(t.get("departments"), list)):
            err(where + ".territory: shape")
        else:
            found(text, t["value"], where + ".territory")
            for d in t["departments"]:
                if not re.fullmatch(r"\d{2,3}|2[AB]", d): err(where + ".territory: department %r" % d)
    if r.get("year") is not None:
        if not is_int(r["year"]): err(where + ".year: type")
        elif str(r["year"]) not in text: err(where + ".year: not found")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"): err(where + ".mode")
    check_q(r.get("households"), where + ".households", text)
    check_q(r.get("housing_units"), where + ".housing_units", text)
    d = r.get("duration")
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"}: err(where + ".duration: keys")
        if d.get("months") is not None and not is_int(d["months"]): err(where + ".duration.months")
        if not isinstance(d.get("renewable"), bool): err(where + ".duration.renewable")
        for k in ("start", "end"):
            if d.get(k) is not None: found(text, d[k], where + ".duration." + k)
    c = r.get("cost")
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(where + ".cost: keys")
        for k, v in c.items():
            if not is_dec(v): err(where + ".cost.%s: not a decimal string" % k)
            elif v is not None: found(text, spaced(v), where + ".cost." + k)
    for f in r.get("funding", []):
        if set(f) != {"source", "eur", "share_percent"}: err(where + ".funding: keys"); continue
        found(text, f["source"], where + ".funding.source")
        if not is_dec(f["eur"]) or not is_dec(f["share_percent"]): err(where + ".funding: decimals")
        if f["eur"]: found(text, spaced(f["eur"]), where + ".funding.eur")
        if f["share_percent"]: found(text, f["share_percent"] + " %", where + ".funding.share")
    if not isinstance(r.get("contacts"), list): err(where + ".contacts: not a list")
    for p in r.get("contacts", []):
        if not isinstance(p.get("name"), str): err(where + ".contacts: name"); continue
        for k in ("name", "email", "phone"):
            if p.get(k) is not None: found(text, p[k], where + ".contacts." + k)

def main():
    docs = sorted(os.listdir(DOCS))
    golds = sorted(f for f in os.listdir(GOLD) if f != "clusters.json")
    if [g[:-5] for g in golds] != docs: err("gold files %s do not match documents %s" % (golds, docs))
    keys = {}
    for g in golds:
        gold = json.load(open(os.path.join(GOLD, g), encoding="utf-8"))
        name = g[:-5]
        if gold.get("file") != name: err(g + ": file field")
        if not os.path.exists(os.path.join(DOCS, name)): continue
        text = fold(read_doc(name))
        seen = set()
        for i, r in enumerate(gold.get("records", [])):
            where = "%s[%d]" % (g, i)
            if r.get("key") in seen: err(where + ": duplicate key")
            seen.add(r.get("key"))
            if r.get("kind") == "project":
                check_project(r, text, where)
                if r["key"] != "document" and r["key"] != r.get("section") and r["key"] != r.get("title"):
                    err(where + ": key is neither section, title nor 'document'")
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS: err(where + ": index keys")
                if r["key"] != "index " + r["section"]: err(where + ": index key")
                for k in ("section", "localisation", "organisme", "page"): found(text, r[k], where + "." + k)
            else:
                err(where + ": kind")
        keys[name] = seen
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2: err("clusters: shape")
        for m in c.get("records", []):
            if m.get("key") not in keys.get(m.get("file"), ()): err("clusters: unknown member %r" % m)
    if errors:
        print("\n".join(errors)); sys.exit(1)
    print("OK")

main()
