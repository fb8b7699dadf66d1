#ifndef RRPKIT_CDEFLATE_SHIM_H
#define RRPKIT_CDEFLATE_SHIM_H
#include <libdeflate.h>
#endif
