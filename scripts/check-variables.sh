#!/bin/sh
# Checks make's variables before make creates anything, and prints, in Vietnamese, what
# is wrong and what is expected (nothing when all is well). Called by the Makefile at
# parse time; the values come as NAME=VALUE arguments so that spaces survive.
#
#   scripts/check-variables.sh review|compare|paths INPUT=… OUTPUT=… QUARTER=… …
set -u

what=$1
shift
INPUT= OUTPUT= QUARTER= TERM_START= REVIEW= PREVIOUS= MEETING_DEADLINE_DAY= FROM= TO=
for assignment in "$@"; do
    name=${assignment%%=*}
    value=${assignment#*=}
    case $name in
    INPUT | OUTPUT | QUARTER | TERM_START | REVIEW | PREVIOUS | MEETING_DEADLINE_DAY | FROM | TO)
        eval "$name=\$value"
        ;;
    esac
done

fail() {
    printf '%s\n' "$*"
    exit 0
}

# A folder path: not empty, and none of the characters make or the recipes' double
# quotes cannot carry (spaces and Vietnamese letters are fine).
check_path() {
    case $2 in
    '') fail "$1 không được để trống: cần đường dẫn một thư mục, ví dụ $1=$3" ;;
    *[:#%\"\$\`\\]*)
        fail "$1 không được chứa các ký tự : # % \" \$ \` \\ (dấu cách và chữ tiếng Việt thì được), nhận được '$2'"
        ;;
    esac
}

check_path INPUT "$INPUT" input
check_path OUTPUT "$OUTPUT" output
[ "$what" = paths ] && exit 0

# is_quarter TEXT: YYYY-Qn with a year from 0001.
is_quarter() {
    case $1 in
    0000-Q*) return 1 ;;
    [0-9][0-9][0-9][0-9]-Q[1-4]) return 0 ;;
    *) return 1 ;;
    esac
}

# is_review_name TEXT: REVIEW/QUARTER.
is_review_name() {
    case $1 in
    quy/* | so-ket/* | tong-ket/*) is_quarter "${1#*/}" ;;
    *) return 1 ;;
    esac
}

if [ "$what" = compare ]; then
    for pair in "FROM=$FROM" "TO=$TO"; do
        name=${pair%%=*}
        value=${pair#*=}
        is_review_name "$value" || fail "make compare cần $name=<REVIEW>/<QUARTER> với REVIEW là quy, so-ket hoặc" \
            "tong-ket, ví dụ make compare FROM=so-ket/2018-Q2 TO=tong-ket/2020-Q4; nhận được $name='$value'"
    done
    exit 0
fi

is_quarter "$QUARTER" || fail "QUARTER phải có dạng NĂM-Qn (quý 1 đến 4), ví dụ QUARTER=2018-Q2; nhận được QUARTER='$QUARTER'"
case $REVIEW in
quy | so-ket | tong-ket) ;;
*) fail "REVIEW phải là quy, so-ket hoặc tong-ket (hoặc dùng make quarter, make so-ket, make tong-ket); nhận được REVIEW='$REVIEW'" ;;
esac

# TERM_START: a real day, YYYY-MM-DD, on or before the last day of QUARTER.
valid_day() {
    case $1 in
    [0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]) ;;
    *) return 1 ;;
    esac
    year=$(expr "${1%%-*}" + 0)
    rest=${1#*-}
    month=$(expr "${rest%%-*}" + 0)
    day=$(expr "${rest#*-}" + 0)
    [ "$year" -ge 1 ] && [ "$month" -ge 1 ] && [ "$month" -le 12 ] && [ "$day" -ge 1 ] || return 1
    case $month in
    4 | 6 | 9 | 11) last=30 ;;
    2) if [ $((year % 4)) -eq 0 ] && { [ $((year % 100)) -ne 0 ] || [ $((year % 400)) -eq 0 ]; }; then
        last=29
    else
        last=28
    fi ;;
    *) last=31 ;;
    esac
    [ "$day" -le "$last" ]
}
valid_day "$TERM_START" || fail "TERM_START phải là một ngày dạng NĂM-THÁNG-NGÀY, ví dụ TERM_START=2016-01-01; nhận được TERM_START='$TERM_START'"
case ${QUARTER#*-Q} in
1) as_of=${QUARTER%-Q*}-03-31 ;;
2) as_of=${QUARTER%-Q*}-06-30 ;;
3) as_of=${QUARTER%-Q*}-09-30 ;;
*) as_of=${QUARTER%-Q*}-12-31 ;;
esac
if [ "$(printf '%s' "$TERM_START" | tr -d -)" -gt "$(printf '%s' "$as_of" | tr -d -)" ]; then
    fail "TERM_START ($TERM_START) phải không sau ngày cuối của QUARTER=$QUARTER ($as_of)"
fi

case $MEETING_DEADLINE_DAY in
[1-9] | [12][0-9] | 3[01]) ;;
*) fail "MEETING_DEADLINE_DAY phải là một ngày trong tháng, từ 1 đến 31; nhận được MEETING_DEADLINE_DAY='$MEETING_DEADLINE_DAY'" ;;
esac

if [ -n "$PREVIOUS" ]; then
    [ "$REVIEW" = quy ] && fail "Báo cáo quý luôn so với cùng quý năm trước (quy/<QUARTER - 4>);" \
        "bỏ PREVIOUS='$PREVIOUS', chỉ dùng PREVIOUS với make so-ket hoặc make tong-ket"
    is_review_name "$PREVIOUS" || fail "PREVIOUS phải có dạng <REVIEW>/<QUARTER>, ví dụ PREVIOUS=so-ket/2018-Q2;" \
        "nhận được PREVIOUS='$PREVIOUS'"
    [ "$PREVIOUS" = "$REVIEW/$QUARTER" ] && fail "PREVIOUS phải là một kỳ đánh giá khác $REVIEW/$QUARTER"
    previous_quarter=${PREVIOUS#*/}
    if [ "$(printf '%s' "$previous_quarter" | sed 's/-Q//')" -gt "$(printf '%s' "$QUARTER" | sed 's/-Q//')" ]; then
        fail "PREVIOUS phải là một kỳ đánh giá trước QUARTER=$QUARTER; nhận được PREVIOUS='$PREVIOUS'"
    fi
fi
exit 0
