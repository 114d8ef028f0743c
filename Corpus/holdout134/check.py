#!/usr/bin/env python3
"""Check holdout134 gold files: keys/types per ../gold/README.md, and that every gold value occurs in its document."""
import json, os, re, html, sys, unicodedata
H = os.path.dirname(os.path.abspath(__file__))
DOC, GOLD = os.path.join(H, 'documents'), os.path.join(H, 'gold')
PROJ = {"kind","key","section","section_as_written","title","carriers","partners","territory","year","mode",
        "households","housing_units","duration","cost","funding","contacts"}
IDX = {"kind","key","section","localisation","organisme","page"}
MODES = {"access","maintenance","access_and_maintenance",None}
WORDS = {"trente":30}
errs = []
def err(*a): errs.append(' '.join(str(x) for x in a))
def load(fn):
    b = open(os.path.join(DOC, fn), 'rb').read()
    try: t = b.decode('utf-8')
    except UnicodeDecodeError: t = b.decode('cp1252')
    if fn.endswith('.html'):
        t = re.sub(r'<script.*?</script>|<style.*?</style>', ' ', t, flags=re.S)
        t = re.sub(r'<[^>]+>', ' ', t); t = html.unescape(t)
    return t
def norm(s):
    s = unicodedata.normalize('NFC', s)
    for a, b in (('\u00a0',' '),('\u202f',' '),('’',"'"),('\t',' ')): s = s.replace(a, b)
    return re.sub(r' +', ' ', s).lower()
def isstr(x): return isinstance(x, str)
def amount_in(eur, T):
    n = int(eur); sp = f"{n:,}".replace(',', ' ')
    return sp in T or str(n) in T or f"{n/1000:g} k€" in T
def num_in(n, T):
    if re.search(r'(?<!\d)(?<!\d )' + str(n) + r'(?![\d])', T): return True
    return any(v == n and w in T for w, v in WORDS.items())
def chk_q(q, T, where, housing=False):
    if q is None: return
    if not isinstance(q, dict): err(where, 'quantity not object'); return
    for k, ty in (("min",int),("max",int),("per",str),("approximate",bool)):
        if not isinstance(q.get(k), ty): err(where, 'bad', k)
    if q.get("per") not in ("total","year"): err(where, 'per')
    if q["min"] > q["max"]: err(where, 'min>max')
    if "unit" in q and q["unit"] and norm(q["unit"]) not in T: err(where, 'unit not found', q["unit"])
    if not q["approximate"] or q["min"] == q["max"]:
        for n in {q["min"], q["max"]}:
            if not num_in(n, T): err(where, 'count not found', n)
files = sorted(os.listdir(DOC))
for fn in files:
    gp = os.path.join(GOLD, fn + '.json')
    if not os.path.exists(gp): err('no gold for', fn); continue
    g = json.load(open(gp, encoding='utf-8'))
    if g.get("file") != fn: err(fn, 'file key')
    T = norm(load(fn))
    keys = set()
    for r in g["records"]:
        w = f"{fn}:{r.get('key')}"
        if r["key"] in keys: err(w, 'duplicate key')
        keys.add(r["key"])
        if r["kind"] == "index_row":
            if set(r) != IDX: err(w, 'index keys', set(r) ^ IDX)
            if r["key"] != "index " + r["section"]: err(w, 'index key form')
            for k in ("section","localisation","organisme","page"):
                if norm(r[k]) not in T: err(w, 'not found', k, r[k])
            continue
        if r["kind"] != "project": err(w, 'kind'); continue
        if set(r) != PROJ: err(w, 'project keys', set(r) ^ PROJ)
        if r["section"] is not None and (r["key"] != r["section"] or r["section"] not in T): err(w, 'section')
        if r["section"] is None and r["key"] != "document" and norm(r["key"]) not in T: err(w, 'key not found')
        if not isstr(r["title"]) or norm(r["title"]) not in T: err(w, 'title', r["title"])
        for k in ("carriers","partners"):
            if not isinstance(r[k], list): err(w, k, 'not list')
            for v in r[k]:
                if norm(v) not in T: err(w, k, 'not found', v)
        t = r["territory"]
        if t is not None:
            if norm(t["value"]) not in T: err(w, 'territory', t["value"])
            if not all(isstr(d) and re.fullmatch(r'\d{2,3}|2[AB]', d) for d in t["departments"]): err(w, 'departments')
        if r["year"] is not None and (not isinstance(r["year"], int) or str(r["year"]) not in T): err(w, 'year')
        if r["mode"] not in MODES: err(w, 'mode')
        chk_q(r["households"], T, w + ' households')
        chk_q(r["housing_units"], T, w + ' housing', True)
        d = r["duration"]
        if d is not None:
            if set(d) != {"months","start","end","renewable"}: err(w, 'duration keys')
            if not isinstance(d["months"], int) or not isinstance(d["renewable"], bool): err(w, 'duration types')
            for k in ("start","end"):
                if d[k] is not None and (not isstr(d[k]) or d[k] not in T): err(w, 'duration', k, d[k])
            if d["start"] and d["end"] and not (int(d["end"]) - int(d["start"]) - 1 <= d["months"] / 12 <= int(d["end"]) - int(d["start"]) + 1): err(w, 'months vs years')
        c = r["cost"]
        if c is not None:
            if set(c) != {"total_eur","per_year_eur","per_household_eur"}: err(w, 'cost keys')
            for k, v in c.items():
                if v is not None and (not isstr(v) or not re.fullmatch(r'\d+(\.\d+)?', v) or not amount_in(v, T)): err(w, 'cost', k, v)
        for f in r["funding"]:
            if set(f) != {"source","eur","share_percent"}: err(w, 'funding keys')
            if norm(f["source"]) not in T: err(w, 'funder', f["source"])
            if f["eur"] is not None and not amount_in(f["eur"], T): err(w, 'funding eur', f["eur"])
            if f["share_percent"] is not None and not re.search(re.escape(f["share_percent"]) + r' ?%', T): err(w, 'share', f["share_percent"])
        for k in r["contacts"]:
            if set(k) - {"name","email","phone","role","organisation"} or "name" not in k: err(w, 'contact keys')
            for x in ("name","email","phone","role","organisation"):
                if k.get(x) is not None and norm(k[x]) not in T: err(w, 'contact', x, k[x])
cp = os.path.join(GOLD, 'clusters.json')
cl = json.load(open(cp, encoding='utf-8'))
for c in cl["clusters"]:
    if not isstr(c.get("why")): err('cluster why')
    for m in c["records"]:
        g = json.load(open(os.path.join(GOLD, m["file"] + '.json'), encoding='utf-8'))
        if m["key"] not in {r["key"] for r in g["records"]}: err('cluster member missing', m)
print('\n'.join(errs) if errs else f'clean: {len(files)} documents')
sys.exit(1 if errs else 0)
