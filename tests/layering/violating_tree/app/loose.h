// Fixture for the layering test: a file at the root of app/, in no capability folder.
#pragma once
