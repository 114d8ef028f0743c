#!/usr/bin/env python3
"""Validate holdout248 gold files: shape, keys, types, and that values occur in the documents."""
import json, os, re, sys, html, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
DOC, GOLD = os.path.join(HERE, 'documents'), os.path.join(HERE, 'gold')
errors = []
def err(m): errors.append(m)
def fold(s):
    s = s.replace('\u00a0', ' ').replace('\u202f', ' ').replace('’', "'").replace('‘', "'")
    s = s.replace('œ', 'oe').replace('Œ', 'OE').replace('æ', 'ae')
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r'\s+', ' ', s)
def load(fn):
    b = open(os.path.join(DOC, fn), 'rb').read()
    if 'cp1252' in fn:
        try:
            b.decode('utf-8'); err(fn + ': should not be valid UTF-8')
        except UnicodeDecodeError: pass
        t = b.decode('cp1252')
    else:
        t = b.decode('utf-8')
    if fn.endswith('.html'):
        t = re.sub(r'<[^>]+>', ' ', t); t = html.unescape(t)
    return fold(t)
def spaced(n):
    s = str(n); out = ''
    while len(s) > 3: out = ' ' + s[-3:] + out; s = s[:-3]
    return s + out
def has(doc, v, where):
    if not fold(v) in doc: err(f'{where}: {v!r} not found in document')
PKEYS = {"kind","key","section","section_as_written","title","carriers","partners","territory","year","mode",
         "households","housing_units","duration","cost","funding","contacts"}
IKEYS = {"kind","key","section","localisation","organisme","page"}
def checkQ(q, where, doc):
    if q is None: return
    if not isinstance(q, dict): return err(where + ': quantity not object')
    for k, t in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), t): err(f'{where}.{k}: bad type')
    if q.get("per") not in ("total", "year"): err(where + ': per')
    if isinstance(q.get("min"), int) and isinstance(q.get("max"), int) and q["min"] > q["max"]: err(where + ': min>max')
    if not q.get("approximate") and q.get("min") == q.get("max"):
        if not re.search(r'(?<!\d)' + str(q["min"]) + r'(?!\d)', doc): err(f'{where}: {q["min"]} not found')
    if "unit" in q: has(doc, q["unit"], where + '.unit')
    for b in q.get("breakdown", []):
        has(doc, b["label"], where + '.breakdown')
docs = sorted(os.listdir(DOC))
golds = sorted(f for f in os.listdir(GOLD) if f != 'clusters.json')
if [g[:-5] for g in golds] != docs: err(f'gold files {golds} do not match documents {docs}')
keys = {}
for g in golds:
    fn = g[:-5]
    data = json.load(open(os.path.join(GOLD, g), encoding='utf-8'))
    if data.get("file") != fn: err(g + ': file field')
    doc = load(fn)
    recs = data.get("records")
    if not isinstance(recs, list) or not recs: err(g + ': records'); continue
    ks = [r.get("key") for r in recs]
    if len(set(ks)) != len(ks): err(g + ': duplicate keys')
    keys[fn] = set(ks)
    for r in recs:
        w = f'{g}[{r.get("key")}]'
        if r.get("kind") == "index_row":
            if set(r) != IKEYS: err(w + ': index keys'); continue
            if r["key"] != "index " + r["section"]: err(w + ': key')
            for k in ("section", "localisation", "organisme", "page"): has(doc, r[k], w + '.' + k)
            continue
        if r.get("kind") != "project" or set(r) != PKEYS: err(w + f': project keys {sorted(set(r) ^ PKEYS)}'); continue
        if r["section"] is not None:
            has(doc, r["section"] + '.', w + '.section')
            if r["key"] != r["section"]: err(w + ': key vs section')
        if not isinstance(r["title"], str): err(w + ': title type')
        else: has(doc, r["title"], w + '.title')
        for k in ("carriers", "partners"):
            if not isinstance(r[k], list) or not all(isinstance(x, str) for x in r[k]): err(w + '.' + k)
            else:
                for x in r[k]: has(doc, x, f'{w}.{k}')
        t = r["territory"]
        if not (isinstance(t, dict) and isinstance(t.get("value"), str) and isinstance(t.get("departments"), list)): err(w + '.territory')
        else:
            has(doc, t["value"], w + '.territory')
            for d in t["departments"]:
                if not re.fullmatch(r'\d{2,3}|2[AB]', d): err(w + '.departments')
                has(doc, '(' + d + ')', w + '.departments')
        if r["year"] is not None:
            if not isinstance(r["year"], int): err(w + '.year type')
            else: has(doc, '- ' + str(r["year"]), w + '.year')
        if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"): err(w + '.mode')
        checkQ(r["households"], w + '.households', doc); checkQ(r["housing_units"], w + '.housing_units', doc)
        d = r["duration"]
        if d is not None:
            if set(d) != {"months", "start", "end", "renewable"}: err(w + '.duration keys')
            if not (d["months"] is None or isinstance(d["months"], int)) or not isinstance(d["renewable"], bool): err(w + '.duration types')
            for k in ("start", "end"):
                if d[k] is not None:
                    if not re.fullmatch(r'\d{4}', d[k]): err(w + '.duration ' + k)
                    has(doc, d[k], w + '.duration.' + k)
        c = r["cost"]
        if c is not None:
            if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: err(w + '.cost keys')
            for k, v in c.items():
                if v is not None:
                    if not re.fullmatch(r'\d+(\.\d+)?', v): err(w + '.cost ' + k)
                    has(doc, spaced(v), w + '.cost.' + k)
        for f in r["funding"]:
            if set(f) != {"source", "eur", "share_percent"}: err(w + '.funding keys'); continue
            has(doc, f["source"], w + '.funding.source')
            if f["eur"] is not None: has(doc, spaced(f["eur"]), w + '.funding.eur')
            if f["share_percent"] is not None: has(doc, f["share_percent"] + ' %', w + '.funding.share')
        if not isinstance(r["contacts"], list): err(w + '.contacts')
        for ct in r["contacts"]:
            if not {"name", "email", "phone"} <= set(ct): err(w + '.contact keys'); continue
            has(doc, ct["name"], w + '.contact.name')
            for k in ("email", "phone"):
                if ct[k] is not None: has(doc, ct[k], w + '.contact.' + k)
cl = json.load(open(os.path.join(GOLD, 'clusters.json'), encoding='utf-8'))
if not isinstance(cl.get("clusters"), list) or not cl["clusters"]: err('clusters.json: clusters')
for c in cl.get("clusters", []):
    if not isinstance(c.get("why"), str) or len(c.get("records", [])) < 2: err('clusters.json: cluster shape')
    for rec in c.get("records", []):
        if rec.get("key") not in keys.get(rec.get("file"), set()): err(f'clusters.json: unknown record {rec}')
if errors:
    print('\n'.join(errors)); sys.exit(1)
print('OK')
