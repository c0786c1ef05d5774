#!/usr/bin/env bash
# Quick start, step one: what a fresh Debian machine with Node 20 needs to build articles.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system-deps.sh
# Puppeteer never downloads a browser here: Colophon uses the system Chromium (.puppeteerrc.cjs).
export PUPPETEER_SKIP_DOWNLOAD=1
npm ci --no-audit --no-fund
