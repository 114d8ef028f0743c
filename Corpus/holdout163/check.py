#!/usr/bin/env python3
"""Check holdout163 gold: keys and types per ../gold/README.md, and that every gold value occurs in its document."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')
PROJ = {"kind","key","section","section_as_written","title","carriers","partners","territory","year","mode",
        "households","housing_units","duration","cost","funding","contacts"}
IDX = {"kind","key","section","localisation","organisme","page"}
errs = []
def err(m): errs.append(m)
def load(name):
    b = open(os.path.join(DOCS, name), 'rb').read()
    try: t = b.decode('utf-8')
    except UnicodeDecodeError: t = b.decode('cp1252')
    if name.endswith('.html'):
        t = re.sub(r'<script.*?</script>|<style.*?</style>', ' ', t, flags=re.S)
        t = re.sub(r'<[^>]+>', ' ', t); t = html.unescape(t)
    t = re.sub(r'</?div[^>]*>', ' ', t)
    return t
def fold(s):
    s = s.replace('\u00a0',' ').replace('\u202f',' ').replace('’',"'").replace('–','-').replace('œ','oe').replace('Œ','OE')
    s = unicodedata.normalize('NFD', s); s = ''.join(c for c in s if not unicodedata.combining(c))
    s = s.replace('*', '')
    return re.sub(r'\s+', ' ', s.lower())
def amount_forms(a):
    n = int(a); sp = f"{n:,}".replace(',', ' ')
    forms = [sp, str(n)]
    if n % 100 == 0: forms.append(f"{n/1000:.1f}".replace('.', ',') + ' k€')
    return forms
def isq(q, name):
    if q is None: return
    if not isinstance(q, dict): err(f"{name}: not an object"); return
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t): err(f"{name}.{k} bad type")
    if q.get("per") not in ("total", "year"): err(f"{name}.per bad")
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]: err(f"{name} min>max")
for fn in sorted(os.listdir(GOLD)):
    if fn == 'clusters.json': continue
    g = json.load(open(os.path.join(GOLD, fn)))
    doc = g.get("file")
    if fn != doc + '.json': err(f"{fn}: file key mismatch")
    if not os.path.exists(os.path.join(DOCS, doc)): err(f"{fn}: no document"); continue
    text = fold(load(doc))
    def need(v, where):
        if v is None: return
        if fold(v) not in text: err(f"{doc} {where}: {v!r} not found")
    keys = set()
    for r in g["records"]:
        k = r.get("key"); where = f"[{k}]"
        if k in keys: err(f"{doc} duplicate key {k}")
        keys.add(k)
        if r.get("kind") == "index_row":
            if set(r) != IDX: err(f"{doc}{where} index keys {sorted(set(r) ^ IDX)}")
            if k != "index " + r["section"]: err(f"{doc}{where} index key rule")
            line = fold("\t".join([r["section"], r["localisation"], r["organisme"], r["page"]]).replace('\t', ' '))
            if line not in text: err(f"{doc}{where} index row not found")
            continue
        if r.get("kind") != "project": err(f"{doc}{where} bad kind"); continue
        if not set(r) <= PROJ: err(f"{doc}{where} unknown keys {set(r) - PROJ}")
        if r.get("section") and k != r["section"]: err(f"{doc}{where} key must be the section")
        if not r.get("section") and doc.startswith(('brochure', 'bulletin')) and k != r.get("title"): err(f"{doc}{where} key must be title")
        if not r.get("section") and not doc.startswith(('brochure', 'bulletin')) and k != "document": err(f"{doc}{where} key must be document")
        need(r.get("title"), where + " title")
        for c in r.get("carriers", []) + r.get("partners", []): need(c, where + " org")
        t = r.get("territory")
        if t:
            need(t["value"], where + " territory")
            if not all(isinstance(d, str) and re.fullmatch(r"\d{2,3}", d) for d in t["departments"]): err(f"{doc}{where} departments")
        if r.get("mode") not in (None, "access", "maintenance", "access_and_maintenance"): err(f"{doc}{where} mode")
        if r.get("year") is not None and (not isinstance(r["year"], int) or str(r["year"]) not in text): err(f"{doc}{where} year")
        isq(r.get("households"), doc + where + " households"); isq(r.get("housing_units"), doc + where + " housing")
        for qn in ("households", "housing_units"):
            q = r.get(qn)
            if q and q.get("unit"): need(q["unit"], where + " unit")
        d = r.get("duration")
        if d:
            if set(d) != {"months", "start", "end", "renewable"}: err(f"{doc}{where} duration keys")
            if not isinstance(d["months"], int): err(f"{doc}{where} months")
            for y in (d["start"], d["end"]): need(y, where + " period year")
        c = r.get("cost")
        if c:
            if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(f"{doc}{where} cost keys")
            for a in c.values():
                if a is None: continue
                if not re.fullmatch(r"\d+", a): err(f"{doc}{where} amount {a}")
                elif not any(fold(f) in text for f in amount_forms(a)): err(f"{doc}{where} amount {a} not found")
        for f in r.get("funding", []):
            need(f["source"], where + " funder")
            if f.get("share_percent") and fold(f["share_percent"] + " %") not in text: err(f"{doc}{where} share {f['share_percent']}")
            if f.get("eur") and not any(fold(x) in text for x in amount_forms(f["eur"])): err(f"{doc}{where} funding eur")
        for ct in r.get("contacts", []):
            if set(ct) != {"name", "email", "phone"}: err(f"{doc}{where} contact keys")
            need(ct["name"], where + " contact"); need(ct["email"], where + " email"); need(ct["phone"], where + " phone")
cl = json.load(open(os.path.join(GOLD, 'clusters.json')))
for c in cl["clusters"]:
    for rec in c["records"]:
        gf = os.path.join(GOLD, rec["file"] + '.json')
        if not os.path.exists(gf) or rec["key"] not in {r["key"] for r in json.load(open(gf))["records"]}:
            err(f"clusters: {rec} not in gold")
print("\n".join(errs) if errs else "check.py: all gold files pass")
sys.exit(1 if errs else 0)
