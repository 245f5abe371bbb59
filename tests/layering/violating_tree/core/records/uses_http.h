// Fixture for the layering test: core must not include a layer above it.
#pragma once
#include "http/server/router.h"
