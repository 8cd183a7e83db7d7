/* For the tests under wine 8 only, never shipped: wine 8 lacks bcryptprimitives.dll, where
   Rust's std asks Windows for random numbers (ProcessPrng). This hands the request to the
   older call advapi32 has (RtlGenRandom, exported as SystemFunction036). */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE buffer, SIZE_T length) {
    return SystemFunction036(buffer, (ULONG)length);
}
