#!/usr/bin/env python3
"""Check the holdout189 gold files: format of ../gold/README.md, and every expected value
string findable in its document (cp1252 decoded, HTML tags stripped and entities decoded,
NBSP / narrow NBSP as spaces, case, accents, apostrophes, dashes and oe/ae ligatures folded).
Standard library only. Prints OK when everything passes."""
import html, json, os, re, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "documents"), os.path.join(HERE, "gold")
errors = []
def err(m): errors.append(m)

def fold(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'").replace("\u2018", "'")
    s = s.replace("\u2013", "-").replace("\u2014", "-")
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.lower())

def load(name):
    b = open(os.path.join(DOCS, name), "rb").read()
    if "cp1252" in name:
        try:
            b.decode("utf-8"); err(name + ": cp1252 file is valid UTF-8")
        except UnicodeDecodeError:
            pass
        s = b.decode("cp1252")
    else:
        s = b.decode("utf-8")
    if name.endswith(".html"):
        s = re.sub(r"<script.*?</script>|<style.*?</style>", " ", s, flags=re.S)
        s = html.unescape(re.sub(r"<[^>]+>", " ", s))
    return fold(s)

def find(doc, val, what):
    if fold(val) not in doc:
        err("%s: %r not found" % (what, val))

def amount_forms(a):
    if "." in a:
        i, d = a.split(".")
    else:
        i, d = a, None
    sp = "{:,}".format(int(i)).replace(",", " ")
    forms = [sp, i, "{:,}".format(int(i)).replace(",", ".")]
    if d is not None:
        forms = [f + "," + d for f in forms] + [f + "." + d for f in forms]
    return forms

def find_amount(doc, a, what):
    if not re.fullmatch(r"\d+(\.\d+)?", a):
        err("%s: amount %r not a plain decimal string" % (what, a)); return
    if not any(re.search(r"(?<!\d)(?<!\d )(?<!\d[,.])" + re.escape(f) + r"(?!\d)(?! \d)(?![,.]\d)", doc) for f in amount_forms(a)):
        err("%s: amount %s not found" % (what, a))

def find_int(doc, n, what):
    if not re.search(r"(?<![\d])%d(?![\d])" % n, doc):
        err("%s: number %d not found" % (what, n))

PROJECT_KEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory",
                "year", "mode", "households", "housing_units", "duration", "cost", "funding", "contacts"}
INDEX_KEYS = {"kind", "key", "section", "localisation", "organisme", "page"}

def check_q(doc, q, what):
    if q is None: return
    if not isinstance(q, dict) or set(q) - {"min", "max", "per", "approximate", "unit", "breakdown"}:
        err(what + ": bad quantity keys"); return
    for k in ("min", "max", "per", "approximate"):
        if k not in q: err(what + ": missing " + k)
    if q.get("per") not in ("total", "year"): err(what + ": per must be total or year")
    if not (isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] <= q["max"]):
        err(what + ": min/max")
    if not isinstance(q.get("approximate"), bool): err(what + ": approximate must be boolean")
    if not q.get("approximate"):
        find_int(doc, q["min"], what)
        if q["max"] != q["min"]: find_int(doc, q["max"], what)
    if q.get("unit"): find(doc, q["unit"], what + " unit")

def check_project(doc, r, w):
    extra = set(r) - PROJECT_KEYS
    if extra: err(w + ": unknown keys %s" % extra)
    if r.get("key") == "document" and r.get("section") is not None: err(w + ": one-project document with a section")
    if r.get("section"): find(doc, r["section"], w + " section")
    if r.get("title") is not None: find(doc, r["title"], w + " title")
    for f in ("carriers", "partners"):
        if not isinstance(r.get(f, []), list): err(w + ": " + f + " must be a list")
        for v in r.get(f, []): find(doc, v, w + " " + f)
    t = r.get("territory")
    if t is not None:
        if set(t) != {"value", "departments"}: err(w + ": territory keys")
        find(doc, t["value"], w + " territory")
        for d in t["departments"]:
            if not re.fullmatch(r"\d{2,3}|2[AB]", d): err(w + ": department code " + d)
    if r.get("year") is not None:
        if not isinstance(r["year"], int): err(w + ": year must be an integer")
        find_int(doc, r["year"], w + " year")
    if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"): err(w + ": mode")
    check_q(doc, r.get("households"), w + " households")
    check_q(doc, r.get("housing_units"), w + " housing_units")
    d = r.get("duration")
    if d is not None:
        if set(d) != {"months", "start", "end", "renewable"}: err(w + ": duration keys")
        if d["months"] is not None and not isinstance(d["months"], int): err(w + ": months")
        for k in ("start", "end"):
            if d[k] is not None: find(doc, d[k], w + " duration " + k)
        if not isinstance(d["renewable"], bool): err(w + ": renewable")
    c = r.get("cost")
    if c is not None:
        if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(w + ": cost keys")
        for k, v in c.items():
            if v is not None: find_amount(doc, v, w + " cost " + k)
    for fu in r.get("funding", []):
        if set(fu) != {"source", "eur", "share_percent"}: err(w + ": funding keys")
        find(doc, fu["source"], w + " funding source")
        if fu["eur"] is not None: find_amount(doc, fu["eur"], w + " funding eur")
        if fu["share_percent"] is not None:
            if not re.search(r"(?<!\d)" + re.escape(fu["share_percent"]) + r" ?%", doc):
                err(w + ": share %s %% not found" % fu["share_percent"])
    for ct in r.get("contacts", []):
        if not set(ct) <= {"name", "email", "phone", "role", "organisation"}: err(w + ": contact keys")
        for k in ("name", "email", "phone", "role", "organisation"):
            if ct.get(k): find(doc, ct[k], w + " contact " + k)

def main():
    docs = sorted(os.listdir(DOCS))
    if len(docs) != 7: err("expected 7 documents, found %d" % len(docs))
    keys_by_file = {}
    for name in docs:
        gp = os.path.join(GOLD, name + ".json")
        if not os.path.exists(gp):
            err("no gold for " + name); continue
        g = json.load(open(gp, encoding="utf-8"))
        if set(g) != {"file", "records"} or g["file"] != name: err(gp + ": top-level keys or file name")
        doc = load(name)
        keys = [r["key"] for r in g["records"]]
        if len(set(keys)) != len(keys): err(name + ": duplicate keys")
        keys_by_file[name] = set(keys)
        for r in g["records"]:
            w = "%s [%s]" % (name, r.get("key"))
            if r.get("kind") == "project":
                check_project(doc, r, w)
            elif r.get("kind") == "index_row":
                if set(r) != INDEX_KEYS: err(w + ": index_row keys")
                if r["key"] != "index " + r["section"]: err(w + ": index key")
                for k in ("section", "localisation", "organisme", "page"): find(doc, r[k], w + " " + k)
            else:
                err(w + ": kind")
    cl = json.load(open(os.path.join(GOLD, "clusters.json"), encoding="utf-8"))
    for c in cl.get("clusters", []):
        if not c.get("why"): err("cluster without why")
        if len(c["records"]) < 2: err("cluster with fewer than 2 records")
        for rec in c["records"]:
            if rec["key"] not in keys_by_file.get(rec["file"], ()): err("cluster record %s not in gold" % rec)
    if errors:
        print("\n".join(errors)); sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
