//! `unicodedata`: behaviour checked against what CPython 3.11 (Unicode 14.0) printed
//! (generated from the programs below run under `python3`).

mod common;
use common::ok;

#[test]
fn names_and_lookup() {
    ok(
        "import unicodedata as u\nfor c in 'aZ é€😀中가\\u00a0\\u0301ǅ':\n    print(hex(ord(c)), u.name(c))\nprint(u.lookup('LATIN SMALL LETTER A'), u.lookup('latin small letter e with acute'), u.lookup('GRINNING FACE'), u.lookup('HANGUL SYLLABLE GA'), u.lookup('CJK UNIFIED IDEOGRAPH-4E2D'), u.lookup(b'SNOWMAN'))\nprint(u.name('\\x00', 'none'), u.name('\\U0001FAE8', '?'), u.unidata_version, '\\N{EM DASH}' == u.lookup('EM DASH'))\n",
        "0x61 LATIN SMALL LETTER A\n0x5a LATIN CAPITAL LETTER Z\n0x20 SPACE\n0xe9 LATIN SMALL LETTER E WITH ACUTE\n0x20ac EURO SIGN\n0x1f600 GRINNING FACE\n0x4e2d CJK UNIFIED IDEOGRAPH-4E2D\n0xac00 HANGUL SYLLABLE GA\n0xa0 NO-BREAK SPACE\n0x301 COMBINING ACUTE ACCENT\n0x1c5 LATIN CAPITAL LETTER D WITH SMALL LETTER Z WITH CARON\na é 😀 가 中 ☃\nnone ? 14.0.0 True\n",
    );
}

#[test]
fn properties_match_unicode_14() {
    ok(
        "import unicodedata as u\nfor c in 'aA1 ,\\t\\u0301\\u00bd\\u0663\\u00b2€中ｱＡ😀\\u200b\\u2028\\u05d0\\u0627(\\U000e0080\\U0001FAE8':\n    print(hex(ord(c)), u.category(c), repr(u.bidirectional(c)), u.east_asian_width(c), u.combining(c), u.mirrored(c), repr(u.decomposition(c)), u.numeric(c, None), u.decimal(c, None), u.digit(c, None))\nprint(sum(1 for i in range(0x110000) if not 0xD800 <= i < 0xE000 and u.category(chr(i)) == 'Lu'), sum(u.combining(chr(i)) for i in range(0x3000)))\n",
        "0x61 Ll 'L' Na 0 0 '' None None None\n0x41 Lu 'L' Na 0 0 '' None None None\n0x31 Nd 'EN' Na 0 0 '' 1.0 1 1\n0x20 Zs 'WS' Na 0 0 '' None None None\n0x2c Po 'CS' Na 0 0 '' None None None\n0x9 Cc 'S' N 0 0 '' None None None\n0x301 Mn 'NSM' A 230 0 '' None None None\n0xbd No 'ON' A 0 0 '<fraction> 0031 2044 0032' 0.5 None None\n0x663 Nd 'AN' N 0 0 '' 3.0 3 3\n0xb2 No 'EN' A 0 0 '<super> 0032' 2.0 None 2\n0x20ac Sc 'ET' A 0 0 '' None None None\n0x4e2d Lo 'L' W 0 0 '' None None None\n0xff71 Lo 'L' H 0 0 '<narrow> 30A2' None None None\n0xff21 Lu 'L' F 0 0 '<wide> 0041' None None None\n0x1f600 So 'ON' W 0 0 '' None None None\n0x200b Cf 'BN' N 0 0 '' None None None\n0x2028 Zl 'WS' N 0 0 '' None None None\n0x5d0 Lo 'R' N 0 0 '' None None None\n0x627 Lo 'AL' N 0 0 '' None None None\n0x28 Ps 'ON' Na 0 1 '' None None None\n0xe0080 Cn '' F 0 0 '' None None None\n0x1fae8 Cn '' F 0 0 '' None None None\n1831 119966\n",
    );
}

#[test]
fn normalization_forms() {
    ok(
        "import unicodedata as u\nfor s in ['café', 'cafe\\u0301', 'ﬁ', 'Å', 'Ａｂｃ１２３', '①', 'x²', '한국어', 'ñ', '\\u1e9b\\u0323']:\n    print([u.normalize(f, s) for f in ['NFC', 'NFD', 'NFKC', 'NFKD']], [len(u.normalize(f, s)) for f in ['NFC', 'NFD']], [u.is_normalized(f, s) for f in ['NFC', 'NFD', 'NFKC', 'NFKD']])\n",
        "['café', 'café', 'café', 'café'] [4, 5] [True, False, True, False]\n['café', 'café', 'café', 'café'] [4, 5] [False, True, False, True]\n['ﬁ', 'ﬁ', 'fi', 'fi'] [1, 1] [True, True, False, False]\n['Å', 'Å', 'Å', 'Å'] [1, 2] [True, False, True, False]\n['Ａｂｃ１２３', 'Ａｂｃ１２３', 'Abc123', 'Abc123'] [6, 6] [True, True, False, False]\n['①', '①', '1', '1'] [1, 1] [True, True, False, False]\n['x²', 'x²', 'x2', 'x2'] [2, 2] [True, True, False, False]\n['한국어', '한국어', '한국어', '한국어'] [3, 8] [True, False, True, False]\n['ñ', 'ñ', 'ñ', 'ñ'] [1, 2] [True, False, True, False]\n['ẛ̣', 'ẛ̣', 'ṩ', 'ṩ'] [2, 3] [True, False, False, False]\n",
    );
}

#[test]
fn accent_stripping_and_slugs() {
    ok(
        "import unicodedata as u\ndef strip_accents(s):\n    return ''.join(c for c in u.normalize('NFKD', s) if not u.combining(c))\ndef slug(s):\n    s = strip_accents(s).lower()\n    return '-'.join(''.join(c if c.isalnum() else ' ' for c in s).split())\nfor s in ['Crème Brûlée', 'Ångström', 'naïve café', 'São Paulo', 'Zürich ﬁnance', 'Dvořák №9']:\n    print(strip_accents(s), slug(s))\nprint([c for c in 'a1!é ' if u.category(c).startswith('L')], sum(1 for c in 'Hello, World!' if u.category(c) == 'Po'))\n",
        "Creme Brulee creme-brulee\nAngstrom angstrom\nnaive cafe naive-cafe\nSao Paulo sao-paulo\nZurich finance zurich-finance\nDvorak No9 dvorak-no9\n['a', 'é'] 2\n",
    );
}

#[test]
fn unicodedata_errors() {
    ok(
        "def t(f):\n    try:\n        print(repr(f()))\n    except Exception as e:\n        print(type(e).__name__, e)\n\nimport unicodedata as u\nt(lambda: u.name('ab')); t(lambda: u.name(5)); t(lambda: u.name('\\x00')); t(lambda: u.lookup('NOPE')); t(lambda: u.lookup(5)); t(lambda: u.numeric('a'))\nt(lambda: u.decimal('a')); t(lambda: u.digit('a')); t(lambda: u.normalize('XX', 'a')); t(lambda: u.normalize('NFC', 5)); t(lambda: u.normalize(5, 'a'))\nt(lambda: u.category('')); t(lambda: u.combining('ab')); t(lambda: u.is_normalized('nfc', 'a')); t(lambda: u.name()); t(lambda: u.category('a', 'b'))\nt(lambda: u.name('\\U0001FAE8')); t(lambda: u.lookup('MELTING FACE')); t(lambda: u.east_asian_width(None))\n",
        "TypeError name() argument 1 must be a unicode character, not str\nTypeError name() argument 1 must be a unicode character, not int\nValueError no such name\nKeyError \"undefined character name 'NOPE'\"\nTypeError a bytes-like object is required, not 'int'\nValueError not a numeric character\nValueError not a decimal\nValueError not a digit\nValueError invalid normalization form\nTypeError normalize() argument 2 must be str, not int\nTypeError normalize() argument 1 must be str, not int\nTypeError category() argument must be a unicode character, not str\nTypeError combining() argument must be a unicode character, not str\nValueError invalid normalization form\nTypeError name expected at least 1 argument, got 0\nTypeError unicodedata.category() takes exactly one argument (2 given)\nValueError no such name\n'🫠'\nTypeError east_asian_width() argument must be a unicode character, not None\n",
    );
}
