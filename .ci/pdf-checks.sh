# What every PDF of ours must pass, checked with tools other than our own; sourced by
# .ci/check-pdfs and .ci/check-browser, which define `fail`.

# pdfinfo names the paper: "Page size: 1190.55 x 841.89 pts (A3)"; width and height are
# rounded to whole points to compare.
size() {
  pdfinfo "$1" | awk '/^Page size:/ { printf "%.0f x %.0f %s\n", $3, $5, $7 }'
}

# The structure holds (qpdf) and every font is embedded: pdffonts' 'emb' column, fifth from
# the end, says yes.
check_pdf() {
  local pdf=$1
  qpdf --check "$pdf" >/dev/null || fail "qpdf --check failed on $(basename "$pdf")"
  pdffonts "$pdf" | awk 'NR > 2 && $(NF-4) != "yes" { bad = 1; print } END { exit bad }' \
    || fail "a font is not embedded in $(basename "$pdf")"
  [ "$(pdffonts "$pdf" | awk 'NR > 2' | wc -l)" -ge 2 ] || fail "no fonts in $(basename "$pdf")"
}
