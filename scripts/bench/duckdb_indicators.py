#!/usr/bin/env python3
"""Bench-only second implementation of the SPEC indicator catalog, in DuckDB SQL.

    duckdb_indicators.py NORMALIZED_DIR QUARTER TERM_START DEADLINE_DAY > indicators.csv

Reads the normalized CSV files written by chibo-ingest and prints indicators.csv (SPEC,
"Output files"). Every count is computed by DuckDB; Python only works out the review
window (AS_OF, clipped years, whole months / quarters / half-years) and formats the
result. It is a benchmark baseline and a cross-check, never a product dependency.

Environment: DUCKDB_THREADS, DUCKDB_MEMORY_LIMIT (e.g. "4GB") and DUCKDB_TEMP_DIRECTORY
(where DuckDB spills when the data outgrow memory) are passed to DuckDB.
"""
import calendar
import csv
import datetime as dt
import os
import re
import sys

import duckdb

# --- catalog --------------------------------------------------------------------------
# code -> (is_ratio, periods); periods: as_of | term | year | year+term | rated_year
CATALOG = [
    ("members_total", False, "as_of"),
    ("members_probationary", False, "as_of"),
    ("admissions", False, "year+term"),
    ("admission_rate", True, "year"),
    ("probation_overdue", False, "as_of"),
    ("task_assigned_ratio", True, "as_of"),
    ("private_enterprise_members", False, "as_of"),
    ("village_head_member_ratio", True, "as_of"),
    ("white_villages", False, "as_of"),
    ("villages_without_cell", False, "as_of"),
    ("villages_at_risk", False, "as_of"),
    ("merged_meeting_cells", False, "as_of"),
    ("member_rating_good_or_better", True, "rated_year"),
    ("grassroots_rating_good_or_better", True, "rated_year"),
    ("cell_rating_good_or_better", True, "rated_year"),
    ("weak_organizations", False, "rated_year"),
    ("periodic_meeting_regularity", True, "year"),
    ("periodic_meeting_on_time", True, "year"),
    ("thematic_meeting_quarterly", True, "year"),
    ("meeting_resolution_ratio", True, "year"),
    ("meeting_quality_good_ratio", True, "year"),
    ("meeting_attendance_criterion", True, "year"),
    ("superior_attendance_ratio", True, "year"),
    ("attendance_rate", True, "year"),
    ("absence_removal_candidates", False, "year"),
    ("cells_with_regulations", True, "as_of"),
    ("admission_plan_ratio", True, "as_of"),
    ("committee_trained_ratio", True, "term"),
    ("cells_inspected_half_yearly", True, "year"),
    ("cells_inspected_term", True, "term"),
    ("commune_key_cadre_qualified", True, "as_of"),
]

SCHEMA = {
    "organizations": dict(org_id="VARCHAR", name="VARCHAR", parent_id="VARCHAR", level="VARCHAR",
                          kind="VARCHAR", village_id="VARCHAR", established_on="DATE",
                          dissolved_on="DATE", has_regulations="BOOLEAN", merged_meetings="BOOLEAN",
                          has_candidate_pool="BOOLEAN", has_admission_plan="BOOLEAN"),
    "villages": dict(village_id="VARCHAR", name="VARCHAR", commune_org_id="VARCHAR",
                     head_name="VARCHAR", head_member_id="VARCHAR", head_is_member="BOOLEAN",
                     dissolved_on="DATE"),
    "members": dict(member_id="VARCHAR", full_name="VARCHAR", birth_date="DATE", gender="VARCHAR",
                    ethnicity="VARCHAR", org_id="VARCHAR", village_id="VARCHAR", admitted_on="DATE",
                    official_on="DATE", left_on="DATE", left_reason="VARCHAR", exempt="BOOLEAN",
                    task_assigned="BOOLEAN", roles="VARCHAR", education="VARCHAR",
                    political_theory="VARCHAR"),
    "meetings": dict(meeting_id="VARCHAR", org_id="VARCHAR", date="DATE", kind="VARCHAR",
                     has_resolution="BOOLEAN", quality="VARCHAR", superior_attended="BOOLEAN"),
    "attendance": dict(meeting_id="VARCHAR", member_id="VARCHAR", status="VARCHAR"),
    "member_ratings": dict(year="INTEGER", member_id="VARCHAR", rating="VARCHAR"),
    "org_ratings": dict(year="INTEGER", org_id="VARCHAR", rating="VARCHAR"),
    "trainings": dict(member_id="VARCHAR", date="DATE", course="VARCHAR"),
    "inspections": dict(org_id="VARCHAR", date="DATE", inspector="VARCHAR"),
    # Targets keep `value` as text: it is printed verbatim and compared as a DECIMAL.
    "targets": dict(indicator="VARCHAR", comparator="VARCHAR", value="VARCHAR", from_year="INTEGER",
                    to_year="INTEGER", scope="VARCHAR"),
}

# Columns the indicators never read are not loaded (names, birth dates, ...).
UNUSED = {"members": {"full_name", "birth_date", "gender", "ethnicity", "left_reason"},
          "villages": {"name", "head_name"}, "trainings": {"course"}, "inspections": {"inspector"}}


def usage(message):
    print(f"duckdb_indicators.py: error: {message}", file=sys.stderr)
    print("usage: duckdb_indicators.py NORMALIZED_DIR QUARTER TERM_START DEADLINE_DAY [REVIEW]", file=sys.stderr)
    sys.exit(64)


# --- the review window (plain date arithmetic) ------------------------------------------
def window(quarter, term_start, review="tong-ket"):
    match = re.fullmatch(r"(\d{4})-Q([1-4])", quarter)
    if not match:
        usage(f"expected QUARTER like 2018-Q2, found '{quarter}'")
    year, q = int(match.group(1)), int(match.group(2))
    as_of = dt.date(year, 3 * q, calendar.monthrange(year, 3 * q)[1])
    try:
        start = dt.date.fromisoformat(term_start)
    except ValueError:
        usage(f"expected TERM_START as yyyy-mm-dd, found '{term_start}'")
    if start > as_of:
        usage(f"TERM_START {start} is after the end of {quarter} ({as_of})")
    if review == "quy":  # the quarterly window is the year to date, not before TERM_START
        start = max(dt.date(as_of.year, 1, 1), start)
    periods = []  # (key, label, target_year, partial, start, end, is_year, is_rated)
    for y in range(start.year, as_of.year + 1):
        s, e = max(dt.date(y, 1, 1), start), min(dt.date(y, 12, 31), as_of)
        full = (s, e) == (dt.date(y, 1, 1), dt.date(y, 12, 31))
        label = str(y) if full else f"{s}..{e}"
        periods.append((len(periods), label, y, not full, s, e, True, dt.date(y, 12, 31) <= as_of))
    periods.append((len(periods), "term", as_of.year, False, start, as_of, False, False))
    periods.append((len(periods), "as_of", as_of.year, False, as_of, as_of, False, False))
    wholes = []  # (period key, months per slice, slice index in the year) wholly inside the clipped year
    for key, _, y, _, s, e, is_year, _ in periods:
        if not is_year:
            continue
        for size in (1, 3, 6):
            for first_month in range(1, 13, size):
                last_month = first_month + size - 1
                a = dt.date(y, first_month, 1)
                z = dt.date(y, last_month, calendar.monthrange(y, last_month)[1])
                if s <= a and z <= e:
                    wholes.append((key, size, (first_month - 1) // size))
    return as_of, start, periods, wholes


# --- loading ----------------------------------------------------------------------------
def load(con, directory):
    for name, columns in SCHEMA.items():
        path = os.path.join(directory, name + ".csv")
        if not os.path.exists(path):
            if name == "targets":
                cols = ", ".join(f"{c} {t}" for c, t in columns.items())
                con.execute(f"CREATE TABLE targets ({cols}, ord BIGINT)")
                continue
            print(f"{path}:1:1: error: expected the normalized file, found none", file=sys.stderr)
            sys.exit(66)
        with open(path, encoding="utf-8", newline="") as f:
            header = next(csv.reader(f), [])
        if header != list(columns):
            print(f"{path}:1:1: error: expected header {','.join(columns)}, found {','.join(header)}",
                  file=sys.stderr)
            sys.exit(65)
        spec = "{" + ", ".join(f"'{c}': '{t}'" for c, t in columns.items()) + "}"
        keep = [c for c in columns if c not in UNUSED.get(name, ())]
        ordinal = ", row_number() OVER () AS ord" if name == "targets" else ""
        con.execute(
            f"CREATE TABLE {name} AS SELECT {', '.join(keep)}{ordinal} FROM read_csv(?, header = true, "
            f"auto_detect = false, delim = ',', quote = '\"', escape = '\"', columns = {spec})",
            [path])


# --- the catalog in SQL ----------------------------------------------------------------------
# Every fact query yields (code, org_id, pkey, num, den): the organization the fact is
# attributed to, the period key, and its contribution to numerator and denominator.
FACTS = r"""
CREATE MACRO m_active(admitted, left_on, d) AS admitted <= d AND (left_on IS NULL OR left_on > d);
CREATE MACRO o_active(est, dis, d) AS (est IS NULL OR est <= d) AND (dis IS NULL OR dis > d);

CREATE TABLE yr AS SELECT * FROM periods WHERE is_year;
CREATE TABLE am AS SELECT * FROM members WHERE m_active(admitted_on, left_on, $as_of);
CREATE TABLE chibo AS SELECT * FROM organizations WHERE level IN ('cell', 'grassroots_cell');
CREATE TABLE av AS SELECT * FROM villages WHERE dissolved_on IS NULL OR dissolved_on > $as_of;
CREATE TABLE residents AS
    SELECT village_id, count(*) AS n FROM am WHERE village_id IS NOT NULL GROUP BY village_id;
CREATE TABLE pm AS  -- periodic meetings placed in their clipped year
    SELECT m.*, yr.pkey FROM meetings m JOIN yr ON yr.y = year(m.date) AND m.date BETWEEN yr.s AND yr.e
    WHERE m.kind = 'periodic';
CREATE TABLE pm_att AS  -- attendance of those meetings, per meeting
    SELECT a.meeting_id,
           count(*) AS rows_all,
           count(*) FILTER (NOT coalesce(mb.exempt, false)) AS rows_counted,
           count(*) FILTER (NOT coalesce(mb.exempt, false) AND a.status = 'present') AS present_counted,
           bool_or(a.status = 'unexcused') AS any_unexcused
    FROM attendance a JOIN pm USING (meeting_id) LEFT JOIN members mb USING (member_id)
    GROUP BY a.meeting_id;

-- chi bộ active all clipped year, for years that hold at least one whole slice of `size`
CREATE TABLE all_year AS
    SELECT c.org_id, yr.pkey, w.size, count(*) AS slices
    FROM chibo c JOIN yr ON (c.established_on IS NULL OR c.established_on <= yr.s)
                        AND (c.dissolved_on IS NULL OR c.dissolved_on > yr.e)
    JOIN wholes w ON w.pkey = yr.pkey
    GROUP BY ALL;
CREATE TABLE dated AS  -- the dated events regularity is judged on, by year and slice
    SELECT org_id, year(date) AS y, 1 AS size, month(date) - 1 AS slice FROM meetings WHERE kind = 'periodic'
    UNION ALL SELECT org_id, year(date), 3, (month(date) - 1) // 3 FROM meetings WHERE kind = 'thematic'
    UNION ALL SELECT org_id, year(date), 6, (month(date) - 1) // 6 FROM inspections;
CREATE TABLE covered AS
    SELECT ay.org_id, ay.pkey, ay.size, count(DISTINCT d.slice) AS slices
    FROM all_year ay JOIN yr USING (pkey)
    JOIN wholes w ON w.pkey = ay.pkey AND w.size = ay.size
    JOIN dated d ON d.org_id = ay.org_id AND d.size = ay.size AND d.y = yr.y AND d.slice = w.slice
    GROUP BY ALL;
CREATE TABLE regularity AS
    SELECT ay.org_id, ay.pkey, ay.size, coalesce(cv.slices, 0) = ay.slices AS is_regular
    FROM all_year ay LEFT JOIN covered cv USING (org_id, pkey, size);

CREATE TABLE facts AS  -- summed per organization before the attribution to units
SELECT code, org_id, pkey, sum(num) AS num, sum(den) AS den FROM (
-- 1 members_total
SELECT 'members_total' AS code, org_id, $asof_key AS pkey, 1 AS num, 1 AS den FROM am
-- 2 members_probationary
UNION ALL SELECT 'members_probationary', org_id, $asof_key, 1, 1 FROM am
    WHERE official_on IS NULL OR official_on > $as_of
-- 3 admissions (per year and term)
UNION ALL SELECT 'admissions', m.org_id, p.pkey, 1, 1 FROM members m
    JOIN periods p ON (p.is_year OR p.pkey = $term_key) AND m.admitted_on BETWEEN p.s AND p.e
-- 4 admission_rate
UNION ALL SELECT 'admission_rate', m.org_id, yr.pkey, 1, 0 FROM members m
    JOIN yr ON m.admitted_on BETWEEN yr.s AND yr.e
UNION ALL SELECT 'admission_rate', m.org_id, yr.pkey, 0, 1 FROM members m
    JOIN yr ON m_active(m.admitted_on, m.left_on, yr.s - 1)
-- 5 probation_overdue
UNION ALL SELECT 'probation_overdue', org_id, $asof_key, 1, 1 FROM am
    WHERE (official_on IS NULL OR official_on > $as_of)
      AND CAST(admitted_on + INTERVAL 12 MONTH AS DATE) + 30 < $as_of
-- 6 task_assigned_ratio
UNION ALL SELECT 'task_assigned_ratio', org_id, $asof_key, coalesce(task_assigned, false)::INT, 1
    FROM am WHERE NOT coalesce(exempt, false)
-- 7 private_enterprise_members
UNION ALL SELECT 'private_enterprise_members', am.org_id, $asof_key, 1, 1
    FROM am JOIN organizations o USING (org_id) WHERE o.kind = 'private_enterprise'
-- 8 village_head_member_ratio
UNION ALL SELECT 'village_head_member_ratio', av.commune_org_id, $asof_key,
    CASE WHEN av.head_member_id IS NULL THEN coalesce(av.head_is_member, false)::INT
         ELSE (h.member_id IS NOT NULL)::INT END, 1
    FROM av LEFT JOIN am h ON h.member_id = av.head_member_id
-- 9 white_villages, 11 villages_at_risk
UNION ALL SELECT 'white_villages', av.commune_org_id, $asof_key, 1, 1
    FROM av LEFT JOIN residents r USING (village_id) WHERE r.n IS NULL
UNION ALL SELECT 'villages_at_risk', av.commune_org_id, $asof_key, 1, 1
    FROM av JOIN residents r USING (village_id) WHERE r.n IN (1, 2)
-- 10 villages_without_cell
UNION ALL SELECT 'villages_without_cell', av.commune_org_id, $asof_key, 1, 1 FROM av
    WHERE av.village_id NOT IN (
        SELECT village_id FROM chibo
        WHERE village_id IS NOT NULL AND o_active(established_on, dissolved_on, $as_of))
-- 12 merged_meeting_cells
UNION ALL SELECT 'merged_meeting_cells', org_id, $asof_key, 1, 1 FROM chibo
    WHERE o_active(established_on, dissolved_on, $as_of) AND coalesce(merged_meetings, false)
-- 13 member_rating_good_or_better (member's current chi bộ)
UNION ALL SELECT 'member_rating_good_or_better', m.org_id, yr.pkey,
    (r.rating IN ('excellent', 'good'))::INT, 1
    FROM member_ratings r JOIN yr ON yr.is_rated AND yr.y = r.year JOIN members m USING (member_id)
-- 14, 15, 16 organization ratings
UNION ALL SELECT 'grassroots_rating_good_or_better', r.org_id, yr.pkey,
    (r.rating IN ('excellent', 'good'))::INT, 1
    FROM org_ratings r JOIN yr ON yr.is_rated AND yr.y = r.year JOIN organizations o USING (org_id)
    WHERE o.level IN ('grassroots_committee', 'grassroots_cell')
UNION ALL SELECT 'cell_rating_good_or_better', r.org_id, yr.pkey,
    (r.rating IN ('excellent', 'good'))::INT, 1
    FROM org_ratings r JOIN yr ON yr.is_rated AND yr.y = r.year JOIN chibo o USING (org_id)
UNION ALL SELECT 'weak_organizations', r.org_id, yr.pkey, 1, 1
    FROM org_ratings r JOIN yr ON yr.is_rated AND yr.y = r.year WHERE r.rating = 'not_complete'
-- 17, 19, 29 regularity of periodic meetings, thematic meetings, inspections
UNION ALL SELECT CASE size WHEN 1 THEN 'periodic_meeting_regularity'
                           WHEN 3 THEN 'thematic_meeting_quarterly'
                           ELSE 'cells_inspected_half_yearly' END,
    org_id, pkey, is_regular::INT, 1 FROM regularity
-- 18, 20, 21, 23 periodic meeting ratios
UNION ALL SELECT 'periodic_meeting_on_time', org_id, pkey, (dayofmonth(date) <= $deadline)::INT, 1 FROM pm
UNION ALL SELECT 'meeting_resolution_ratio', org_id, pkey, coalesce(has_resolution, false)::INT, 1 FROM pm
UNION ALL SELECT 'meeting_quality_good_ratio', org_id, pkey, (quality IN ('good', 'fair'))::INT, 1
    FROM pm WHERE quality IS NOT NULL
UNION ALL SELECT 'superior_attendance_ratio', org_id, pkey, coalesce(superior_attended, false)::INT, 1
    FROM pm
-- 22 meeting_attendance_criterion (strictly above 85 %, exact integers)
UNION ALL SELECT 'meeting_attendance_criterion', pm.org_id, pm.pkey,
    (a.rows_counted > 0 AND a.present_counted * 100 > 85 * a.rows_counted AND NOT a.any_unexcused)::INT, 1
    FROM pm JOIN pm_att a USING (meeting_id)
-- 24 attendance_rate
UNION ALL SELECT 'attendance_rate', pm.org_id, pm.pkey, a.present_counted, a.rows_counted
    FROM pm JOIN pm_att a USING (meeting_id)
-- 25 absence_removal_candidates (any kind of meeting, exempt members included)
UNION ALL SELECT 'absence_removal_candidates', mb.org_id, x.pkey, 1, 1 FROM (
        SELECT member_id, pkey FROM (
            SELECT DISTINCT a.member_id, yr.pkey, month(m.date) AS month
            FROM (SELECT meeting_id, member_id FROM attendance WHERE status = 'unexcused') a
            JOIN meetings m USING (meeting_id)
            JOIN yr ON yr.y = year(m.date) AND m.date BETWEEN yr.s AND yr.e)
        GROUP BY ALL HAVING count(*) >= 3) x
    JOIN members mb USING (member_id)
-- 26 cells_with_regulations
UNION ALL SELECT 'cells_with_regulations', org_id, $asof_key, coalesce(has_regulations, false)::INT, 1
    FROM chibo WHERE o_active(established_on, dissolved_on, $as_of)
-- 27 admission_plan_ratio (any level, the root included)
UNION ALL SELECT 'admission_plan_ratio', org_id, $asof_key, coalesce(has_admission_plan, false)::INT, 1
    FROM organizations
    WHERE o_active(established_on, dissolved_on, $as_of) AND coalesce(has_candidate_pool, false)
-- 28 committee_trained_ratio
UNION ALL SELECT 'committee_trained_ratio', am.org_id, $term_key,
    (am.member_id IN (SELECT member_id FROM trainings WHERE date BETWEEN $term_start AND $as_of))::INT, 1
    FROM am
    WHERE list_has_any(string_split_regex(coalesce(roles, ''), '[;,]'),
                       ['secretary', 'deputy_secretary', 'committee_member'])
-- 30 cells_inspected_term
UNION ALL SELECT 'cells_inspected_term', c.org_id, $term_key,
    (c.org_id IN (SELECT org_id FROM inspections WHERE date BETWEEN $term_start AND $as_of))::INT, 1
    FROM chibo c WHERE o_active(c.established_on, c.dissolved_on, $as_of)
-- 31 commune_key_cadre_qualified
UNION ALL SELECT 'commune_key_cadre_qualified', org_id, $asof_key,
    (education IN ('university', 'master', 'doctor')
     AND political_theory IN ('intermediate', 'advanced'))::INT, 1
    FROM am WHERE list_contains(string_split_regex(coalesce(roles, ''), '[;,]'), 'commune_key_cadre')
) GROUP BY ALL;
"""

# Province row = every fact; district row = facts whose organization lies under that
# child of the root. The skeleton makes a row for every (indicator, unit, period) even
# when no fact exists; targets are matched first-in-file-order.
RESULT = r"""
WITH RECURSIVE district_of(org_id, unit) AS (
    SELECT org_id, org_id FROM organizations WHERE parent_id = $root
    UNION ALL
    SELECT o.org_id, d.unit FROM organizations o JOIN district_of d ON o.parent_id = d.org_id
),
units AS (
    SELECT 0 AS uord, 'province' AS scope, org_id AS unit_id, name FROM organizations WHERE org_id = $root
    UNION ALL
    SELECT 1, 'district', org_id, name FROM organizations WHERE parent_id = $root
),
totals AS (
    SELECT f.code, f.pkey, CASE WHEN grouping(d.unit) = 1 THEN $root ELSE d.unit END AS unit_id,
           sum(f.num) AS num, sum(f.den) AS den
    FROM facts f LEFT JOIN district_of d USING (org_id)
    GROUP BY GROUPING SETS ((f.code, f.pkey), (f.code, f.pkey, d.unit))
    HAVING grouping(d.unit) = 1 OR d.unit IS NOT NULL
),
skeleton AS (
    SELECT c.cord, c.code, c.is_ratio, c.periods, u.uord, u.scope, u.unit_id, u.name, p.*
    FROM catalog c JOIN periods p ON CASE c.periods
            WHEN 'as_of' THEN p.pkey = $asof_key
            WHEN 'term' THEN p.pkey = $term_key
            WHEN 'year' THEN p.is_year
            WHEN 'year+term' THEN p.is_year OR p.pkey = $term_key
            WHEN 'rated_year' THEN p.is_rated END
    CROSS JOIN units u
),
filled AS (
    SELECT s.*, coalesce(t.num, 0)::HUGEINT AS num, coalesce(t.den, 0)::HUGEINT AS den
    FROM skeleton s LEFT JOIN totals t ON t.code = s.code AND t.pkey = s.pkey AND t.unit_id = s.unit_id
),
valued AS (  -- scaled = the printed value in hundredths; NULL when it prints empty
    SELECT *, CASE WHEN NOT is_ratio THEN num * 100
                   WHEN den > 0 THEN (20000 * num + den) // (2 * den) END AS scaled
    FROM filled
),
target_keys AS (
    SELECT DISTINCT c.code, u.scope, p.target_year FROM catalog c, periods p, (SELECT DISTINCT scope FROM units) u
),
target_pick AS (  -- the first applicable target row in file order
    SELECT k.*, tg.comparator, tg.value AS target_value
    FROM target_keys k JOIN targets tg
      ON tg.indicator = k.code
     AND (tg.from_year IS NULL OR tg.from_year <= k.target_year)
     AND (tg.to_year IS NULL OR tg.to_year >= k.target_year)
     AND (tg.scope IS NULL OR tg.scope = k.scope)
    QUALIFY row_number() OVER (PARTITION BY k.code, k.scope, k.target_year ORDER BY tg.ord) = 1
),
targeted AS (
    SELECT v.*, tp.comparator, tp.target_value
    FROM valued v LEFT JOIN target_pick tp  -- the term row of a per-year indicator has no target
      ON tp.code = v.code AND tp.scope = v.scope AND tp.target_year = v.target_year
     AND NOT (v.label = 'term' AND v.periods <> 'term')
)
SELECT code, scope, unit_id, name, label, is_ratio, num, den, scaled,
       coalesce(comparator || target_value, '') AS target,
       CASE WHEN comparator IS NULL OR partial OR scaled IS NULL THEN ''
            WHEN CASE comparator
                     WHEN '>=' THEN scaled::DECIMAL(38, 4) >= target_value::DECIMAL(38, 12) * 100
                     WHEN '>' THEN scaled::DECIMAL(38, 4) > target_value::DECIMAL(38, 12) * 100
                     WHEN '<=' THEN scaled::DECIMAL(38, 4) <= target_value::DECIMAL(38, 12) * 100
                     WHEN '<' THEN scaled::DECIMAL(38, 4) < target_value::DECIMAL(38, 12) * 100
                     WHEN '=' THEN scaled::DECIMAL(38, 4) = target_value::DECIMAL(38, 12) * 100
                 END THEN 'met'
            ELSE 'not_met' END AS status
FROM targeted
ORDER BY cord, uord, unit_id, CASE WHEN label = 'term' THEN 1 ELSE 0 END, pkey
"""


def hundredths(value):
    text = f"{value // 100}.{value % 100:02d}"
    return text.rstrip("0").rstrip(".")


def main(argv):
    if len(argv) not in (5, 6):
        usage("expected 4 or 5 arguments")
    directory, quarter, term_start, deadline_text = argv[1:5]
    review = argv[5] if len(argv) == 6 else "tong-ket"
    if review not in ("quy", "so-ket", "tong-ket"):
        usage(f"expected REVIEW quy, so-ket or tong-ket, found '{review}'")
    if not re.fullmatch(r"[0-9]{1,2}", deadline_text) or not 1 <= int(deadline_text) <= 31:
        usage(f"expected DEADLINE_DAY 1-31, found '{deadline_text}'")
    as_of, start, periods, wholes = window(quarter, term_start, review)

    config = {}
    if os.environ.get("DUCKDB_THREADS"):
        config["threads"] = int(os.environ["DUCKDB_THREADS"])
    if os.environ.get("DUCKDB_MEMORY_LIMIT"):
        config["memory_limit"] = os.environ["DUCKDB_MEMORY_LIMIT"]
    if os.environ.get("DUCKDB_TEMP_DIRECTORY"):
        config["temp_directory"] = os.environ["DUCKDB_TEMP_DIRECTORY"]
    con = duckdb.connect(":memory:", config=config)
    load(con, directory)

    con.execute("CREATE TABLE periods (pkey INTEGER, label VARCHAR, target_year INTEGER, partial BOOLEAN, "
                "s DATE, e DATE, is_year BOOLEAN, is_rated BOOLEAN, y INTEGER)")
    con.executemany("INSERT INTO periods VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [p + (p[2],) for p in periods])
    con.execute("CREATE TABLE wholes (pkey INTEGER, size INTEGER, slice INTEGER)")
    if wholes:
        con.executemany("INSERT INTO wholes VALUES (?, ?, ?)", wholes)
    con.execute("CREATE TABLE catalog (cord INTEGER, code VARCHAR, is_ratio BOOLEAN, periods VARCHAR)")
    con.executemany("INSERT INTO catalog VALUES (?, ?, ?, ?)",
                    [(i,) + entry for i, entry in enumerate(CATALOG)])

    roots = con.execute("SELECT org_id FROM organizations WHERE parent_id IS NULL").fetchall()
    if len(roots) != 1:
        print(f"{directory}/organizations.csv:1:1: error: expected one root, found {len(roots)}",
              file=sys.stderr)
        return 65
    keys = {p[1]: p[0] for p in periods}
    params = {"as_of": f"DATE '{as_of}'", "term_start": f"DATE '{start}'", "deadline": str(int(deadline_text)),
              "asof_key": str(keys["as_of"]), "term_key": str(keys["term"]),
              "root": "'" + roots[0][0].replace("'", "''") + "'"}

    def bind(sql):
        return re.sub(r"\$([a-z_]+)", lambda m: params[m.group(1)], sql)

    for statement in bind(FACTS).split(";\n"):
        if statement.strip():
            con.execute(statement)
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["indicator", "scope", "unit_id", "unit_name", "period", "numerator", "denominator",
                  "value", "target", "status"])
    for code, scope, unit_id, name, label, is_ratio, num, den, scaled, target, status in \
            con.execute(bind(RESULT)).fetchall():
        if is_ratio:
            numerator, denominator = (str(num), str(den)) if den > 0 else ("0", "0")
            value = hundredths(scaled) if scaled is not None else ""
        else:
            numerator, denominator, value = str(num), "", str(num)
        out.writerow([code, scope, unit_id, name or "", label, numerator, denominator, value, target, status])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
