#ifndef CLASP_CLIBGIT2_SHIM_H
#define CLASP_CLIBGIT2_SHIM_H

#include <git2.h>
#include <git2/sys/mempack.h>
#include <git2/sys/odb_backend.h>
#include <git2/sys/repository.h>

/* git_libgit2_opts is variadic, which Swift cannot call: one typed helper per option used. */
static inline int clasp_git_set_strict_hash_verification(int enabled) {
    return git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, enabled);
}

static inline int clasp_git_set_strict_object_creation(int enabled) {
    return git_libgit2_opts(GIT_OPT_ENABLE_STRICT_OBJECT_CREATION, enabled);
}

/* The size of libgit2's cache of raw objects (default 256 MiB), process-wide. */
static inline int clasp_git_get_cache_max_size(long long *bytes) {
    ssize_t current = 0, max = 0;
    int result = git_libgit2_opts(GIT_OPT_GET_CACHED_MEMORY, &current, &max);
    *bytes = (long long)max;
    return result;
}

static inline int clasp_git_set_cache_max_size(long long bytes) {
    return git_libgit2_opts(GIT_OPT_SET_CACHE_MAX_SIZE, (ssize_t)bytes);
}

/* How much of all packfiles libgit2 keeps mapped at once (default 8 GiB on 64-bit), process-wide. */
static inline int clasp_git_get_mwindow_mapped_limit(size_t *bytes) {
    return git_libgit2_opts(GIT_OPT_GET_MWINDOW_MAPPED_LIMIT, bytes);
}

/* The size of each window libgit2 maps from a packfile (default 1 GiB on 64-bit), process-wide. */
static inline int clasp_git_get_mwindow_size(size_t *bytes) {
    return git_libgit2_opts(GIT_OPT_GET_MWINDOW_SIZE, bytes);
}

static inline int clasp_git_set_mwindow_size(size_t bytes) {
    return git_libgit2_opts(GIT_OPT_SET_MWINDOW_SIZE, bytes);
}

static inline int clasp_git_set_mwindow_mapped_limit(size_t bytes) {
    return git_libgit2_opts(GIT_OPT_SET_MWINDOW_MAPPED_LIMIT, bytes);
}

#endif
