#ifndef RMLINT_CLIBYAML_SHIM_H
#define RMLINT_CLIBYAML_SHIM_H
#include <yaml.h>
#endif
