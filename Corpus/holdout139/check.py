#!/usr/bin/env python3
"""Check holdout139 gold: format (keys, types) and that every gold value occurs in its document."""
import json, os, re, html, sys, unicodedata
BASE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(BASE, 'documents'), os.path.join(BASE, 'gold')
PROJECT_KEYS = {"kind","key","section","section_as_written","title","carriers","partners","territory","year","mode",
                "households","housing_units","duration","cost","funding","contacts"}
INDEX_KEYS = {"kind","key","section","localisation","organisme","page"}
errors = []
def err(*a): errors.append(' '.join(str(x) for x in a))
def fold(s):
    s = s.replace('\u00a0',' ').replace('\u202f',' ').replace('’',"'").replace('–','-').replace('œ','oe')
    s = unicodedata.normalize('NFD', s); s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    return re.sub(r'\s+',' ', s.lower())
def load(fn):
    b = open(os.path.join(DOCS, fn),'rb').read()
    if 'cp1252' in fn:
        try: b.decode('utf-8'); err(fn,'is valid UTF-8')
        except UnicodeDecodeError: pass
        t = b.decode('cp1252')
    else: t = b.decode('utf-8')
    if fn.endswith('.html'):
        t = re.sub(r'<script.*?</script>|<style.*?</style>','',t,flags=re.S)
        t = t.replace('<!-- -->','')
        t = re.sub(r'<[^>]+>',' ',t); t = html.unescape(t)
    return fold(t)
def has(doc, s, fn, what):
    if fold(s) not in doc: err(fn, what, 'not found:', repr(s))
def amount(doc, v, fn, what):
    n = int(v); forms = {str(n), f"{n:,}".replace(',',' '), f"{n:,}".replace(',','.')}
    if n % 1000 == 0: forms.add(f"{n//1000} k€")
    if not any(f in doc for f in forms): err(fn, what, 'amount not found:', v)
def isnum(x): return isinstance(x,int) and not isinstance(x,bool)
def quantity(q, doc, fn, what, needunit):
    if q is None: return
    for k,t in (("min",int),("max",int),("per",str),("approximate",bool)):
        if k not in q or not isinstance(q[k], t): err(fn, what, 'bad', k)
    if q.get("per") not in ("total","year"): err(fn, what, 'bad per')
    if q["min"] > q["max"]: err(fn, what, 'min>max')
    if not q["approximate"]:
        for k in ("min","max"):
            if not re.search(r'(?<!\d)(?<!\d )%d(?!\d)(?! \d{3})' % q[k], doc): err(fn, what, k, q[k], 'not found')
    if "unit" in q: has(doc, q["unit"], fn, what+' unit')
for gf in sorted(os.listdir(GOLD)):
    if gf == 'clusters.json' or not gf.endswith('.json'): continue
    g = json.load(open(os.path.join(GOLD, gf), encoding='utf-8'))
    fn = g.get("file")
    if gf != fn + '.json': err(gf, 'file name mismatch')
    if not os.path.exists(os.path.join(DOCS, fn)): err(gf, 'no document'); continue
    doc = load(fn); keys = set()
    for r in g["records"]:
        k = r.get("key"); 
        if k in keys: err(fn, 'duplicate key', k)
        keys.add(k)
        if r["kind"] == "index_row":
            if set(r) != INDEX_KEYS: err(fn, k, 'index keys', set(r) ^ INDEX_KEYS)
            line = ' '.join([r["section"], r["localisation"], r["organisme"], r["page"]])
            has(doc, line, fn, k+' index row')
            continue
        if r["kind"] != "project": err(fn, k, 'bad kind'); continue
        if set(r) != PROJECT_KEYS: err(fn, k, 'project keys', set(r) ^ PROJECT_KEYS)
        if r["section"]: has(doc, r["section"]+'.', fn, k+' section')
        if r["title"]: has(doc, r["title"], fn, k+' title')
        for f in ("carriers","partners"):
            if not isinstance(r[f], list): err(fn,k,f,'not list')
            for v in r[f]: has(doc, v, fn, k+' '+f)
        t = r["territory"]
        if t:
            has(doc, t["value"], fn, k+' territory')
            if not (isinstance(t["departments"], list) and all(re.fullmatch(r'\d{2,3}', d) for d in t["departments"])): err(fn,k,'departments')
        if r["year"] is not None:
            if not isnum(r["year"]): err(fn,k,'year type')
            has(doc, '- %d' % r["year"], fn, k+' year')
        if r["mode"] not in (None,"access","maintenance","access_and_maintenance"): err(fn,k,'mode')
        quantity(r["households"], doc, fn, k+' households', True)
        quantity(r["housing_units"], doc, fn, k+' housing', False)
        d = r["duration"]
        if d:
            if set(d) != {"months","start","end","renewable"}: err(fn,k,'duration keys')
            for y in (d["start"], d["end"]):
                if y: has(doc, y, fn, k+' duration year')
            if d["start"] and d["end"] and d["months"] != 12*(int(d["end"])-int(d["start"])): err(fn,k,'months vs years')
            m = d["months"]
            if not (re.search(r'\b%d mois' % m, doc) or (m % 12 == 0 and re.search(r'\b(%d|%s) ans' % (m//12, {2:'deux',3:'trois'}.get(m//12,'x')), doc)) or d["start"]):
                err(fn,k,'months not found', m)
        c = r["cost"]
        if c:
            if set(c) != {"total_eur","per_year_eur","per_household_eur"}: err(fn,k,'cost keys')
            for kk,v in c.items():
                if v is not None:
                    if not (isinstance(v,str) and v.isdigit()): err(fn,k,'cost not decimal string',kk)
                    else: amount(doc, v, fn, k+' '+kk)
        for f in r["funding"]:
            if set(f) != {"source","eur","share_percent"}: err(fn,k,'funding keys')
            has(doc, f["source"], fn, k+' funder')
            if f["eur"]: amount(doc, f["eur"], fn, k+' funding eur')
            if f["share_percent"]: has(doc, f["share_percent"]+' %', fn, k+' share')
        for ct in r["contacts"]:
            if set(ct) != {"name","email","phone"}: err(fn,k,'contact keys')
            has(doc, ct["name"], fn, k+' contact name')
            if ct["email"]: has(doc, ct["email"], fn, k+' email')
            if ct["phone"]: has(doc, ct["phone"], fn, k+' phone')
cl = json.load(open(os.path.join(GOLD,'clusters.json'), encoding='utf-8'))
for c in cl["clusters"]:
    if not c.get("why"): err('cluster without why')
    for rec in c["records"]:
        g = json.load(open(os.path.join(GOLD, rec["file"]+'.json'), encoding='utf-8'))
        if rec["key"] not in {r["key"] for r in g["records"]}: err('cluster key missing', rec)
print('\n'.join(errors) if errors else 'clean: all gold files valid and every value found')
sys.exit(1 if errors else 0)
