#!/usr/bin/env bash
# Installs, from Debian's packages, what Colophon and its tests need and the machine lacks:
# Chromium (renders the PDF, runs axe), epubcheck (Java), poppler-utils and qpdf (PDF checks), redis-server (the service's tests);
# with CI set, also WeasyPrint (the PDF/UA comparison in tests/pdf/pdfua-structure.test.ts).
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || command -v google-chrome >/dev/null 2>&1 || missing+=(chromium)
[ -f /usr/share/java/epubcheck.jar ] || missing+=(epubcheck)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v pdfinfo >/dev/null 2>&1 || missing+=(poppler-utils)
command -v qpdf >/dev/null 2>&1 || missing+=(qpdf)
# colophon build --narrate: espeak-ng speaks the text, lame encodes it as MP3 (about 12 MB together).
command -v espeak-ng >/dev/null 2>&1 || missing+=(espeak-ng)
command -v lame >/dev/null 2>&1 || missing+=(lame)
fc-list 2>/dev/null | grep -qi dejavu || missing+=(fonts-dejavu-core)
# The service's tests start a real Redis (BullMQ's queue) on a loopback port of their own; about 2 MB.
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
# CI only (CI set, as .ci/run and CI services do): what some tests compare against and must not skip without.
# WeasyPrint (56 packages, about 75 s on Debian 12) is not needed to build articles: the Quick start stays lean.
if [ -n "${CI:-}" ] && [ "${CI}" != "false" ] && [ "${CI}" != "0" ]; then
  command -v weasyprint >/dev/null 2>&1 || missing+=(weasyprint)
fi

if [ ${#missing[@]} -eq 0 ]; then
  echo "system packages: all present"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "Colophon needs these Debian packages: ${missing[*]}. Run as root: apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "No apt-get here. Install these yourself: ${missing[*]} (a Chromium or Chrome is the one the build needs)." >&2
  exit 1
fi
echo "system packages: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
