#!/usr/bin/env bash
# Debian packages the test suite needs: Chromium for the end-to-end tests, CJK fonts so Chinese
# renders in it, poppler-utils (pdftotext, pdffonts, pdftoppm) and qpdf to read PDFs back.
set -euo pipefail
packages=(chromium fonts-noto-cjk poppler-utils qpdf)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -eq 0 ]; then echo "test packages present"; exit 0; fi
sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
