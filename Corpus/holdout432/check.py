#!/usr/bin/env python3
"""Validate holdout432 gold files: shape, keys, types, values found in the documents. Prints OK."""
import json, os, re, html, sys, unicodedata
H = os.path.dirname(os.path.abspath(__file__))
DOC, GOLD = os.path.join(H, 'documents'), os.path.join(H, 'gold')
errs = []
def fold(s):
    s = html.unescape(re.sub(r'<[^>]+>', ' ', s))
    for a, b in (('\u00a0', ' '), ('\u202f', ' '), ('’', "'"), ('œ', 'oe'), ('Œ', 'oe')): s = s.replace(a, b)
    s = ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))
    return re.sub(r'\s+', ' ', s.lower())
def read(fn):
    b = open(os.path.join(DOC, fn), 'rb').read()
    if 'cp1252' in fn:
        try: b.decode('utf-8'); errs.append(fn + ': cp1252 file decodes as UTF-8')
        except UnicodeDecodeError: pass
        return b.decode('cp1252')
    return b.decode('utf-8')
def spaced(d):  # "187697" -> "187 697"
    s = str(d); out = ''
    while len(s) > 3: out = ' ' + s[-3:] + out; s = s[:-3]
    return s + out
PKEYS = {"kind", "key", "section", "section_as_written", "title", "carriers", "partners", "territory", "year", "mode",
         "households", "housing_units", "duration", "cost", "funding", "contacts"}
def need(fn, t, what):
    if fold(what) not in t: errs.append(f'{fn}: not found in document: {what!r}')
def quantity(fn, t, q, name):
    if q is None: return
    for k, ty in (("min", int), ("max", int), ("per", str), ("approximate", bool)):
        if not isinstance(q.get(k), ty): errs.append(f'{fn}: {name}.{k} bad')
    if q.get("per") not in ("total", "year"): errs.append(f'{fn}: {name}.per')
    if q["min"] > q["max"]: errs.append(f'{fn}: {name} min>max')
    if not q["approximate"] or q["min"] == q["max"]: need(fn, t, str(q["min"]))
    if "unit" in q: need(fn, t, q["unit"])
docs = sorted(os.listdir(DOC)); golds = sorted(f for f in os.listdir(GOLD) if f != 'clusters.json')
if [d + '.json' for d in docs] != golds: errs.append(f'documents/gold mismatch: {docs} {golds}')
keys = {}
for g in golds:
    data = json.load(open(os.path.join(GOLD, g), encoding='utf-8'))
    fn = data.get("file"); t = fold(read(fn)); recs = data.get("records")
    if fn + '.json' != g or not isinstance(recs, list) or not recs: errs.append(g + ': file/records'); continue
    keys[fn] = set()
    for r in recs:
        if r["key"] in keys[fn]: errs.append(f'{fn}: duplicate key {r["key"]}')
        keys[fn].add(r["key"])
        if r["kind"] == "index_row":
            if set(r) != {"kind", "key", "section", "localisation", "organisme", "page"}: errs.append(f'{fn}: index keys')
            if r["key"] != "index " + r["section"]: errs.append(f'{fn}: index key')
            need(fn, t, '\t'.join([r["section"], r["localisation"], r["organisme"], r["page"]]).replace('\t', ' '))
            continue
        if r["kind"] != "project" or set(r) != PKEYS: errs.append(f'{fn}: project keys {sorted(set(r) ^ PKEYS)}'); continue
        if r["section"]: need(fn, t, r["section"] + '. ' + r["title"])
        if r["title"]: need(fn, t, r["title"])
        for k in ("carriers", "partners"):
            if not isinstance(r[k], list): errs.append(f'{fn}: {k} list')
            for v in r[k]: need(fn, t, v)
        if r["territory"]:
            need(fn, t, r["territory"]["value"])
            for d in r["territory"]["departments"]:
                if not re.fullmatch(r'\d{2,3}', d) or int(d) % 2: errs.append(f'{fn}: département {d}')
                need(fn, t, f'({d})')
        if r["year"] is not None: need(fn, t, '- ' + str(r["year"]))
        if r["mode"] not in (None, "access", "maintenance", "access_and_maintenance"): errs.append(f'{fn}: mode')
        quantity(fn, t, r["households"], "households"); quantity(fn, t, r["housing_units"], "housing_units")
        d = r["duration"]
        if d is not None:
            if set(d) != {"months", "start", "end", "renewable"} or not isinstance(d["renewable"], bool): errs.append(f'{fn}: duration')
            for k in ("start", "end"):
                if d[k]: need(fn, t, d[k])
        c = r["cost"]
        if c is not None:
            if set(c) != {"total_eur", "per_year_eur", "per_household_eur"}: errs.append(f'{fn}: cost keys')
            for v in c.values():
                if v is not None:
                    if not re.fullmatch(r'\d+(\.\d+)?', v): errs.append(f'{fn}: cost {v}')
                    need(fn, t, spaced(v) + ' €')
        for f in r["funding"]:
            if set(f) != {"source", "eur", "share_percent"}: errs.append(f'{fn}: funding keys')
            need(fn, t, f["source"])
            if f["eur"]: need(fn, t, spaced(f["eur"]))
            if f["share_percent"]: need(fn, t, f["share_percent"] + ' %')
        for p in r["contacts"]:
            if set(p) != {"name", "email", "phone"}: errs.append(f'{fn}: contact keys')
            for v in p.values():
                if v: need(fn, t, v)
cl = json.load(open(os.path.join(GOLD, 'clusters.json'), encoding='utf-8'))
for c in cl["clusters"]:
    if len(c["records"]) < 2 or not c.get("why"): errs.append('clusters: shape')
    for rec in c["records"]:
        if rec["key"] not in keys.get(rec["file"], ()): errs.append(f'clusters: unknown {rec}')
print('\n'.join(errs) if errs else 'OK'); sys.exit(1 if errs else 0)
