# config.mk - per-system knobs for hark's Makefile.

VERSION = 0.1.0

PREFIX = /usr/local
BINDIR = $(PREFIX)/bin
MANDIR = $(PREFIX)/share/man
DATADIR = $(PREFIX)/share/hark
DOCDIR = $(PREFIX)/share/doc/hark
LIBDIR = $(PREFIX)/lib/hark

CC = cc
OPT = -O2
CFLAGS = -std=c11 $(OPT) -g -Wall -Wextra -Werror -Wshadow -Wpointer-arith \
	-Wstrict-prototypes -Wformat=2 -Wno-format-nonliteral -fno-strict-aliasing
CPPFLAGS = -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -DHARK_VERSION='"$(VERSION)"'
LDFLAGS = -Wl,--as-needed

# Libraries, found with pkg-config (Debian: scripts/deps installs them).
# Every stage links against all of them; --as-needed keeps only those a
# stage really uses.
PKGS = icu-uc icu-i18n libpcre2-8 sqlite3 libsodium libzip libxml-2.0
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
STEMMER_LIBS = -lstemmer
LINEAR_LIBS = -llinear
CMOCKA_LIBS := $(shell pkg-config --libs cmocka 2>/dev/null || echo -lcmocka)
LIBS = $(PKG_LIBS) $(STEMMER_LIBS) $(LINEAR_LIBS) -lm

# The sanitizer build used by `make check` (build/san).
SAN_FLAGS = -fsanitize=address,undefined -fno-sanitize-recover=all \
	-fno-omit-frame-pointer
