#ifndef RMLINT_CLIBGIT2_SHIM_H
#define RMLINT_CLIBGIT2_SHIM_H
#include <git2.h>
#endif
