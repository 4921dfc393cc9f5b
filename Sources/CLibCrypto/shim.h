// OpenSSL's libcrypto, for the SHA-256 checksums of the batch manifest (hardware-accelerated
// where the processor has SHA extensions).
#include <openssl/sha.h>
