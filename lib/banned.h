/*
 * banned.h - functions that must not be used in hark.
 *
 * Each is replaced by a function that cannot overflow or that keeps no hidden
 * state (see git's banned.h).  Every .c file includes it last, after its own
 * headers, so that a system header's macro cannot hide a banned call.
 */
#ifndef HARK_BANNED_H
#define HARK_BANNED_H

#define BANNED(func) sorry_##func##_is_a_banned_function

#undef strcpy
#define strcpy(x, y) BANNED(strcpy)
#undef strcat
#define strcat(x, y) BANNED(strcat)
#undef strncpy
#define strncpy(x, y, n) BANNED(strncpy)
#undef strncat
#define strncat(x, y, n) BANNED(strncat)
#undef strtok
#define strtok(x, y) BANNED(strtok)
#undef sprintf
#define sprintf(...) BANNED(sprintf)
#undef vsprintf
#define vsprintf(...) BANNED(vsprintf)
#undef gets
#define gets(x) BANNED(gets)

#endif
