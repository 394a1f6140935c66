"""The characters the service's CJK font keeps: GB2312 (its symbols and its 6 763 hanzi), ASCII, CJK punctuation,
full-width forms, a few signs the plans use, and every character of the files named (seed plans, messages).

    python3 tools/font_chars.py OUT.txt GLOB...
"""
import glob
import sys

chars = set()
# GB2312: every character of the 94 x 94 table (rows 1-9 symbols, rows 16-87 hanzi)
for hi in range(0xA1, 0xF8):
    for lo in range(0xA1, 0xFF):
        try:
            chars.update(bytes([hi, lo]).decode('gb2312'))
        except UnicodeDecodeError:
            pass
chars.update(chr(c) for c in range(0x20, 0x7F))          # ASCII
chars.update(chr(c) for c in range(0x3000, 0x3040))      # CJK symbols and punctuation
chars.update(chr(c) for c in range(0xFF01, 0xFF5F))      # full-width forms
chars.update('‰≤≥×÷−–—…·•°℃±＜＞≈≠∶％’‘“”〔〕【】《》「」『』〇①②③④⑤⑥⑦⑧⑨⑩ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ')
for pattern in sys.argv[2:]:
    for f in glob.glob(pattern, recursive=True):
        chars.update(open(f, encoding='utf-8').read())
chars = {c for c in chars if ord(c) >= 0x20}
open(sys.argv[1], 'w', encoding='utf-8').write(''.join(sorted(chars)))
print(len(chars), 'characters', file=sys.stderr)
