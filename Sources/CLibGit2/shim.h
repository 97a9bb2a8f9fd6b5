#ifndef RMLINT_CLIBGIT2_SHIM_H
#define RMLINT_CLIBGIT2_SHIM_H
#include <git2.h>

/// `git_libgit2_opts` is variadic, which Swift cannot call: one fixed-signature wrapper per option used.

/// Turns off re-hashing every object read from disk (git itself does not verify on read; `git fsck` does).
static inline int rmlint_git_set_strict_hash_verification(int enabled) {
    return git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, enabled);
}
#endif
