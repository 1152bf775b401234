#!/usr/bin/env bash
# Makes the test pictures in src/test/resources/media (committed, so that builds need none of these tools):
#   cmyk.jpg       1000×600 CMYK JPEG as print software writes it: Adobe APP14 marker, inverted CMYK, ICC profile
#   ycck.jpg       the same picture as YCCK (APP14 transform 2), with the profile
#   cmyk-no-profile.jpg  the CMYK one without a profile, as older print software and "save for web" leave them
#   lossy.webp     1600×1000 photo, lossy (VP8)
#   lossless.webp  1000×600, lossless (VP8L)
#   alpha.webp     3000×1500 logo on a transparent background, lossy with an alpha channel (VP8X, ALPH, VP8)
#   animated.webp  600×300, two frames (VP8X, ANIM, ANMF)
# The photos have a red square (#c81e1e) centred at 22.5 % of the width and 37.5 % of the height, which the tests
# look for in the variants. Needs ImageMagick, webp (cwebp, img2webp), python3 and a JDK. Run from the project root.
# naive-cmyk-icc.py writes the CMYK profile the JPEGs carry; AdobeJpeg.java writes the JPEGs.
set -euo pipefail
out=src/test/resources/media
scripts=src/test/scripts
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

# photo FILE W H NOISE: a gradient with a red and a blue square and two light shapes, Gaussian noise of that strength
photo() {
    local file=$1 w=$2 h=$3 noise=$4 s=$(($2 / 4))
    convert -size "${w}x${h}" xc: -sparse-color bilinear \
        "0,0 #3a6ea5 $((w - 1)),0 #d9c27a 0,$((h - 1)) #2f5d3a $((w - 1)),$((h - 1)) #8a8f96" \
        -seed 7 -attenuate "$noise" +noise Gaussian \
        \( -size "${s}x${s}" xc:'#c81e1e' \) -geometry "+$((w / 10))+$((h * 3 / 8 - s / 2))" -composite \
        \( -size "${s}x${s}" xc:'#1e50c8' \) -geometry "+$((w * 13 / 20))+$((h / 2))" -composite \
        -fill '#f0f0f0' -draw "circle $((w / 2)),$((h / 3)) $((w / 2)),$((h / 3 + h / 10))" \
        -draw "rectangle $((w * 19 / 50)),$((h * 4 / 5)) $((w * 9 / 10)),$((h * 17 / 20))" "$file"
}

python3 "$scripts/naive-cmyk-icc.py" "$work/cmyk.icc"
photo "$work/print.png" 1000 600 0
java "$scripts/AdobeJpeg.java" cmyk "$work/print.png" "$work/cmyk.icc" 0.6 "$out/cmyk.jpg"
java "$scripts/AdobeJpeg.java" ycck "$work/print.png" "$work/cmyk.icc" 0.6 "$out/ycck.jpg"
java "$scripts/AdobeJpeg.java" cmyk "$work/print.png" "$work/cmyk.icc" 0.6 "$out/cmyk-no-profile.jpg" --no-profile

photo "$work/photo.png" 1600 1000 0.1
cwebp -quiet -q 90 "$work/photo.png" -o "$out/lossy.webp"
cwebp -quiet -lossless "$work/print.png" -o "$out/lossless.webp"

convert -size 3000x1500 xc:none -fill '#12305a' -draw 'roundrectangle 250,250 2750,1250 150,150' \
    -fill '#f29c1f' -draw 'circle 2120,750 2120,1050' -fill white -draw 'rectangle 450,645 1620,855' "$work/logo.png"
cwebp -quiet -q 90 -alpha_q 100 "$work/logo.png" -o "$out/alpha.webp"

convert -size 600x300 xc:'#12305a' "$work/frame1.png"
convert -size 600x300 xc:'#f29c1f' "$work/frame2.png"
img2webp -q 80 "$work/frame1.png" -d 500 "$work/frame2.png" -d 500 -o "$out/animated.webp" >/dev/null

ls -l "$out"
