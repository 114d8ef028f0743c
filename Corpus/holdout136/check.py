#!/usr/bin/env python3
"""Check holdout136 gold: keys, types, and that gold values occur in their documents."""
import json, glob, os, re, html, unicodedata, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')
PKEYS = {"kind","key","section","section_as_written","title","carriers","partners","territory","year","mode",
         "households","housing_units","duration","cost","funding","contacts"}
IKEYS = {"kind","key","section","localisation","organisme","page"}
errs = []
def err(m): errs.append(m)
def load(f):
    b = open(os.path.join(DOCS, f), 'rb').read()
    try: s = b.decode('utf-8')
    except UnicodeDecodeError: s = b.decode('cp1252')
    if f.endswith('.html'):
        s = re.sub(r'<script.*?</script>', ' ', s, flags=re.S)
        s = re.sub(r'<[^>]+>', ' ', s)
    s = html.unescape(s)
    return s
def fold(s):
    s = s.replace('\u00a0', ' ').replace('\u202f', ' ').replace('’', "'")
    s = unicodedata.normalize('NFKD', s); s = ''.join(c for c in s if not unicodedata.combining(c))
    return re.sub(r'\s+', ' ', s.lower())
def spaced(n):
    n = int(n); return f'{n:,}'.replace(',', ' ')
def has(doc, s, what):
    if fold(s) not in doc: err(f'  not found ({what}): {s!r}')
def num_in(doc, n, what):
    if not re.search(r'(?<![\d,.])' + re.escape(str(n)) + r'(?![\d])', doc): err(f'  number not found ({what}): {n}')
def Qok(q, what, doc):
    if q is None: return
    if set(q) - {"min","max","per","approximate","unit","breakdown"} or not {"min","max","per","approximate"} <= set(q): err(f'  bad Q keys {what}')
    if not (isinstance(q["min"], int) and isinstance(q["max"], int) and q["min"] <= q["max"]): err(f'  bad Q minmax {what}')
    if q["per"] not in ("total","year") or not isinstance(q["approximate"], bool): err(f'  bad Q per/approx {what}')
    if not q["approximate"]:
        num_in(doc, q["min"], what); num_in(doc, q["max"], what)
    if "unit" in q: has(doc, q["unit"], what + ' unit')
for gf in sorted(glob.glob(os.path.join(GOLD, '*.json'))):
    name = os.path.basename(gf)
    g = json.load(open(gf, encoding='utf-8'))
    if name == 'clusters.json':
        for c in g["clusters"]:
            assert isinstance(c["why"], str)
            for r in c["records"]:
                gg = json.load(open(os.path.join(GOLD, r["file"] + '.json'), encoding='utf-8'))
                if r["key"] not in [x["key"] for x in gg["records"]]: err(f'cluster key missing {r}')
        continue
    f = g["file"]
    if name != f + '.json' or not os.path.exists(os.path.join(DOCS, f)): err(f'{name}: file mismatch')
    doc = fold(load(f))
    keys = [r["key"] for r in g["records"]]
    if len(keys) != len(set(keys)): err(f'{name}: duplicate keys')
    for r in g["records"]:
        w = f'{f} {r["key"]}'
        if r["kind"] == "index_row":
            if set(r) != IKEYS: err(w + ' index keys')
            if r["key"] != "index " + r["section"]: err(w + ' index key form')
            line = '\t'.join([r["section"], r["localisation"], r["organisme"], r["page"]])
            if line not in load(f): err(w + ' index row not found as a line')
            continue
        if r["kind"] != "project" or set(r) != PKEYS: err(w + ' project keys'); continue
        if r["section"]: has(doc, r["section"], w + ' section')
        if r["title"]: has(doc, r["title"], w + ' title')
        for c in r["carriers"] + r["partners"]: has(doc, c, w + ' org')
        t = r["territory"]
        if t:
            has(doc, t["value"], w + ' territory')
            if not all(isinstance(d, str) and re.fullmatch(r'\d{2,3}|2[AB]', d) for d in t["departments"]): err(w + ' deps')
        if r["year"] is not None:
            if not isinstance(r["year"], int): err(w + ' year type')
            has(doc, '- ' + str(r["year"]), w + ' year')
        if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"): err(w + ' mode')
        Qok(r["households"], w + ' households', doc); Qok(r["housing_units"], w + ' housing', doc)
        d = r["duration"]
        if d:
            if set(d) != {"months","start","end","renewable"} or not isinstance(d["renewable"], bool): err(w + ' duration keys')
            for k in ("start","end"):
                if d[k] is not None: has(doc, d[k], w + ' duration ' + k)
        c = r["cost"]
        if c:
            if set(c) != {"total_eur","per_year_eur","per_household_eur"}: err(w + ' cost keys')
            for k, v in c.items():
                if v is None: continue
                if not re.fullmatch(r'\d+(\.\d+)?', v): err(w + ' cost fmt')
                n = int(v); forms = [spaced(n) + ' €', spaced(n) + ' €']
                if n % 1000 == 0: forms.append(f'{n//1000} k€')
                if n % 1000 == 500: forms.append(f'{n/1000:.1f}'.replace('.', ',') + ' k€')
                if not any(fold(x) in doc for x in forms): err(w + f' cost {k} {v} not found')
        for fu in r["funding"]:
            if set(fu) != {"source","eur","share_percent"}: err(w + ' funding keys')
            has(doc, fu["source"], w + ' funder')
            if fu["eur"]: has(doc, spaced(fu["eur"]) + ' €', w + ' funding eur')
            if fu["share_percent"]: has(doc, fu["share_percent"] + ' %', w + ' share')
        for ct in r["contacts"]:
            if set(ct) != {"name","email","phone"}: err(w + ' contact keys')
            has(doc, ct["name"], w + ' contact name')
            if ct["email"]: has(doc, ct["email"], w + ' email')
            if ct["phone"]: has(doc, ct["phone"], w + ' phone')
print('\n'.join(errs) if errs else 'check.py: all gold files clean')
sys.exit(1 if errs else 0)
