# binascii's uuencoding of single lines.
import binascii


def show(f, *args, **kwargs):
    try:
        print(f.__name__, repr(f(*args, **kwargs)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)


for d in [b"", b"a", b"ab", b"abc", b"abcd", bytes(range(45)), b"\0\0\0", bytes(range(200, 245))]:
    show(binascii.b2a_uu, d)
    show(binascii.b2a_uu, d, backtick=True)
    assert binascii.a2b_uu(binascii.b2a_uu(d)) == d
    assert binascii.a2b_uu(binascii.b2a_uu(d, backtick=True)) == d
show(binascii.b2a_uu, b"x" * 46)
show(binascii.b2a_uu, "abc")
show(binascii.b2a_uu, b"a", True)
show(binascii.b2a_uu, bytearray(b"hi"), backtick=1)
for s in ["", "\n", " ", "!80``\n", "!80", "!8", "#86)C\n", "#86)C   \n", "#86)Cxx\n",
          "#86)C``\n", "#86)C  x\n", "$86)C\n", "#8~)C\n", "\x7f", "a", "#86)C\x7f\n",
          "\"86)C\n", "@" + "A" * 60, "M" + "!" * 60 + "\n", "#86)C\r\n", "#86)C \n \n",
          b"#86)C\n", bytearray(b"!80\n")]:
    show(binascii.a2b_uu, s)
show(binascii.a2b_uu, 5)
show(binascii.a2b_uu, "\u00e9")
show(binascii.a2b_uu)
show(binascii.a2b_uu, data="!80")
