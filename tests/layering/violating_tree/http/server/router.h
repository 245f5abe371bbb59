// Fixture for the layering test.
#pragma once
