#ifndef RRPKIT_CCMARK_SHIM_H
#define RRPKIT_CCMARK_SHIM_H
#include <cmark.h>
#endif
