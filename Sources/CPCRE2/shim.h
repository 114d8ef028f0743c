#ifndef DOSSIER_CPCRE2_SHIM_H
#define DOSSIER_CPCRE2_SHIM_H

// A system-library target takes no cSettings: the code unit width must be set here,
// before pcre2.h, so that the 8-bit API (pcre2_*_8) is the one declared.
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

// PCRE2_UNSET and PCRE2_ZERO_TERMINATED are macros of a cast expression and do not
// import into Swift.
static inline size_t cpcre2_unset(void) { return PCRE2_UNSET; }

#endif
