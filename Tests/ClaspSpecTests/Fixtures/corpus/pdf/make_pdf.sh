#!/bin/sh
# Prints parks-maintenance-worker.html to parks-maintenance-worker.pdf with headless Chromium,
# as an agency's "Save as PDF" would: the PDF fixture is made by this script, then committed
# so the tests do not need a browser (only pdftotext, from poppler-utils).
set -eu
cd "$(dirname "$0")"
chromium --headless --disable-gpu --no-sandbox --no-pdf-header-footer \
  --print-to-pdf=parks-maintenance-worker.pdf parks-maintenance-worker.html
