#!/usr/bin/env python3
"""Validate holdout212's gold files against its documents (standard library only). Prints OK."""
import html, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
PROJECT_KEYS = ["kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"]
INDEX_KEYS = ["kind", "key", "section", "localisation", "organisme", "page"]
errors = []

def err(msg): errors.append(msg)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("‘", "'")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("–", "-").replace("—", "-")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s)

def load(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    if name.endswith("-cp1252.txt"):
        try:
            b.decode("utf-8"); err(name + ": cp1252 file is valid UTF-8")
        except UnicodeDecodeError:
            pass
        t = b.decode("cp1252")
    else:
        t = b.decode("utf-8")
    if name.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return fold(t)

def found(doc, value, where):
    if not isinstance(value, str) or fold(value) not in doc:
        err(f"{where}: {value!r} not found in document")

def spaced(n):
    s = f"{int(n):,}".replace(",", " ")
    return s

def is_int(x): return isinstance(x, int) and not isinstance(x, bool)

def check_q(doc, q, where, need_unit_text=True):
    if q is None: return
    if not isinstance(q, dict): err(where + ": not an object"); return
    for k in ("min", "max", "per", "approximate"):
        if k not in q: err(f"{where}: missing {k}")
    if not (is_int(q.get("min")) and is_int(q.get("max")) and q["min"] <= q["max"]): err(where + ": bad min/max")
    if q.get("per") not in ("total", "year"): err(where + ": bad per")
    if not isinstance(q.get("approximate"), bool): err(where + ": approximate not bool")
    if "unit" in q: found(doc, q["unit"], where + ".unit")
    if not q.get("approximate") and q.get("min") == q.get("max"):
        if not re.search(r"(?<!\d)" + re.escape(str(q["min"])) + r"(?!\d)", doc):
            err(f"{where}: count {q['min']} not found")

def check_amount(doc, eur, where):
    if eur is None: return
    if not (isinstance(eur, str) and re.fullmatch(r"\d+(\.\d+)?", eur)): err(f"{where}: bad amount {eur!r}"); return
    if spaced(eur) not in doc and eur not in doc: err(f"{where}: amount {spaced(eur)} not found")

def check_project(doc, r, where, fname):
    for k in PROJECT_KEYS:
        if k not in r: err(f"{where}: missing key {k}")
    if r.get("title") is not None: found(doc, r["title"], where + ".title")
    for k in ("carriers", "partners"):
        if not isinstance(r.get(k), list): err(f"{where}: {k} not a list"); continue
        for v in r[k]: found(doc, v, f"{where}.{k}")
    t = r.get("territory")
    if t is not None:
        found(doc, t.get("value"), where + ".territory")
        deps = t.get("departments")
        if not (isinstance(deps, list) and deps and all(isinstance(d, str) and re.fullmatch(r"\d{2,3}|2[AB]", d) for d in deps)):
            err(where + ": bad departments")
        else:
            # a code must be printed when the territory as written carries numbers
            if re.search(r"\d", t.get("value") or ""):
                for d in deps:
                    if d not in fold(t["value"]): err(f"{where}: département code {d} not in territory value")
    if r.get("year") is not None:
        if not is_int(r["year"]) or str(r["year"]) not in doc: err(where + ": bad year")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"): err(where + ": bad mode")
    check_q(doc, r.get("households"), where + ".households")
    check_q(doc, r.get("housing_units"), where + ".housing_units")
    d = r.get("duration")
    if d is not None:
        for k in ("months", "start", "end", "renewable"):
            if k not in d: err(f"{where}.duration: missing {k}")
        if d.get("months") is not None and not is_int(d["months"]): err(where + ": months not int")
        for k in ("start", "end"):
            if d.get(k) is not None and (not isinstance(d[k], str) or d[k] not in doc): err(f"{where}.duration.{k} not found")
        if not isinstance(d.get("renewable"), bool): err(where + ": renewable not bool")
    c = r.get("cost")
    if c is not None:
        for k in ("total_eur", "per_year_eur", "per_household_eur"):
            if k not in c: err(f"{where}.cost: missing {k}")
            check_amount(doc, c.get(k), f"{where}.cost.{k}")
    if not isinstance(r.get("funding"), list): err(where + ": funding not a list")
    else:
        for f in r["funding"]:
            for k in ("source", "eur", "share_percent"):
                if k not in f: err(f"{where}.funding: missing {k}")
            found(doc, f.get("source"), where + ".funding.source")
            check_amount(doc, f.get("eur"), where + ".funding.eur")
            if f.get("share_percent") is not None and not re.search(re.escape(f["share_percent"]) + r" ?%", doc):
                err(f"{where}: share {f['share_percent']} % not found")
    if not isinstance(r.get("contacts"), list): err(where + ": contacts not a list")
    else:
        for p in r["contacts"]:
            for k in ("name", "email", "phone"):
                if k not in p: err(f"{where}.contacts: missing {k}")
            found(doc, p.get("name"), where + ".contacts.name")
            for k in ("email", "phone"):
                if p.get(k) is not None: found(doc, p[k], f"{where}.contacts.{k}")

def main():
    docs = sorted(os.listdir(DOCS))
    if len(docs) != 7: err(f"expected 7 documents, found {len(docs)}")
    keys_by_file = {}
    for name in docs:
        gpath = os.path.join(GOLD, name + ".json")
        if not os.path.exists(gpath): err("no gold for " + name); continue
        g = json.load(open(gpath, encoding="utf-8"))
        if g.get("file") != name: err(gpath + ": file field mismatch")
        doc = load(name)
        recs = g.get("records")
        if not isinstance(recs, list) or not recs: err(gpath + ": no records"); continue
        keys = [r.get("key") for r in recs]
        if len(set(keys)) != len(keys): err(gpath + ": duplicate keys")
        keys_by_file[name] = set(keys)
        for r in recs:
            where = f"{name}[{r.get('key')}]"
            if r.get("kind") == "project":
                check_project(doc, r, where, name)
                if r.get("section") is not None and r["section"] not in doc: err(where + ": section not found")
                if r["key"] not in ("document",) and r.get("section") is None: found(doc, r["key"], where + ".key")
            elif r.get("kind") == "index_row":
                for k in INDEX_KEYS:
                    if k not in r: err(f"{where}: missing {k}")
                if r.get("key") != "index " + str(r.get("section")): err(where + ": bad index key")
                row = "\t".join([r["section"], r["localisation"], r["organisme"], r["page"]])
                raw = open(os.path.join(DOCS, name), encoding="utf-8").read()
                if row not in raw: err(where + ": index row not found as a line")
            else:
                err(where + ": bad kind")
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    if not isinstance(cl.get("clusters"), list) or not cl["clusters"]: err("clusters.json: no clusters")
    for c in cl.get("clusters", []):
        if not isinstance(c.get("why"), str) or not c["why"]: err("clusters.json: missing why")
        if len(c.get("records", [])) < 2: err("clusters.json: cluster with fewer than two records")
        for rec in c.get("records", []):
            if rec.get("key") not in keys_by_file.get(rec.get("file"), set()):
                err(f"clusters.json: unknown record {rec}")
    extra = set(os.listdir(GOLD)) - {d + ".json" for d in docs} - {"clusters.json"}
    if extra: err("unexpected gold files: " + ", ".join(sorted(extra)))
    if errors:
        print("\n".join(errors)); sys.exit(1)
    print("OK")

main()
