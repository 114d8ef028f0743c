#ifndef DOSSIER_CSQLITE3_SHIM_H
#define DOSSIER_CSQLITE3_SHIM_H

#include <sqlite3.h>

// SQLITE_TRANSIENT is a macro of a cast expression and does not import into Swift: text
// bound with it is copied by SQLite before the call returns.
static inline sqlite3_destructor_type csqlite3_transient(void) { return SQLITE_TRANSIENT; }

#endif
