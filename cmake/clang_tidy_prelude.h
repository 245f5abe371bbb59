// Included first by `make lint` (clang-tidy 16, Debian 12's newest) so that it
// parses what g++ 12 compiles: libstdc++ 12 offers <expected> only to compilers
// that report complete C++20 concepts, and Boost 1.74's Asio enables
// coroutines only for the compilers it knows. Never part of a build.
#pragma clang diagnostic ignored "-Wbuiltin-macro-redefined"
#undef __cpp_concepts
#define __cpp_concepts 202002L
#define BOOST_ASIO_HAS_CO_AWAIT 1
#define BOOST_ASIO_HAS_STD_COROUTINE 1
