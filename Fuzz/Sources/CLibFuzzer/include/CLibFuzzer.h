// libFuzzer's entry point for programs with their own main (LLVM 12 and later), from
// compiler-rt's FuzzerInterface.h / FuzzerDriver.cpp.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
