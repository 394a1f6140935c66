#!/bin/sh
# Remakes src/main/resources/fonts/wqy-microhei-gb2312.ttf, the CJK font the charts and PDF reports are drawn with:
# WenQuanYi Micro Hei (Debian's fonts-wqy-microhei, Apache-2.0) cut down with fontTools (Debian's python3-fonttools)
# to the characters tools/font_chars.py lists. Run it after adding seed plans or messages with characters outside
# GB2312, then look at a rendered report (docs/indicator-service.md, "Report documents").
#
#   apt-get install -y python3-fonttools && indicator-service/tools/make_font.sh
set -eu
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download fonts-wqy-microhei >/dev/null && dpkg-deb -x fonts-wqy-microhei_*.deb x)
/usr/bin/python3 tools/font_chars.py "$work/chars.txt" '../plan-service/src/main/resources/reference/**/*.json' \
    '../plan-service/src/main/resources/db/migration/*.sql' 'src/main/resources/messages*.properties'
/usr/bin/python3 -m fontTools.subset "$work/x/usr/share/fonts/truetype/wqy/wqy-microhei.ttc" --font-number=0 \
    --text-file="$work/chars.txt" --output-file=src/main/resources/fonts/wqy-microhei-gb2312.ttf \
    --layout-features='*' --name-IDs='*' --name-legacy --name-languages='*' --notdef-outline
ls -l src/main/resources/fonts/wqy-microhei-gb2312.ttf
