// glibc's allocator tuning (`mallopt` and its parameters), which Swift's Glibc module does not export.
#ifndef SPECGEN_CGLIBCMALLOC_H
#define SPECGEN_CGLIBCMALLOC_H
#if defined(__linux__)
#include <malloc.h>
#endif
#endif
