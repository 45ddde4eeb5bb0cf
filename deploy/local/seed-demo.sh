#!/usr/bin/env bash
# Demo data through the public API with real Keycloak tokens, as district offices and volunteers
# would enter it. Idempotent: what exists already answers 409 and is left as it is.
COMPONENT=demo-data
source "$(dirname "$0")/lib.sh"

VOLUNTEERS=$VOLUNTEER_SERVICE/api/v1/volunteers
BRANDS=$BRAND_SERVICE/api/v1
need_python


# post TOKEN URL BODY: POST JSON; prints the HTTP status and leaves the answer in $REPLY_BODY
REPLY_BODY="$STATE/seed-demo-reply.json"
post() {
  curl -sS -o "$REPLY_BODY" -w '%{http_code}' -H "Authorization: Bearer $1" -H 'Content-Type: application/json' -d "$3" "$2"
}


# resident_id DISTRICT YYYYMMDD SEQ: a valid 18-character resident ID (ISO 7064 MOD 11-2 check digit)
resident_id() {
  local first17="$1$2$(printf '%03d' "$3")" weights=(7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2) checks=(1 0 X 9 8 7 6 5 4 3 2)
  local sum=0 i
  for i in $(seq 0 16); do sum=$((sum + ${first17:$i:1} * weights[i])); done
  echo "$first17${checks[$((sum % 11))]}"
}

register() { # TOKEN NAME GENDER BIRTH(YYYY-MM-DD) DISTRICT COMMUNITY SEQ SKILL CATEGORY
  # the ID's sequence code: 2 x SEQ, + 1 for a man (GB 11643-1999: odd for men, even for women)
  local male=0; [ "$3" = MALE ] && male=1
  local id; id=$(resident_id "$5" "${4//-/}" $((2 * $7 + male)))
  local body
  body=$(printf '{"name":"%s","gender":"%s","birthDate":"%s","idType":"PRC_RESIDENT_ID","idNumber":"%s","district":"%s","community":"%s","phone":"138%08d","skills":["%s"],"serviceCategories":["%s"],"consent":{"accepted":true,"textVersion":"2026-01"}}' \
    "$2" "$3" "$4" "$id" "$5" "$6" "$7" "$8" "$9")
  local status
  status=$(curl -sS -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $1" -H 'Content-Type: application/json' -d "$body" "$VOLUNTEERS")
  case "$status" in
    201) printf '  registered %-14s %s\n' "$2" "$5" ;;
    409) printf '  exists     %-14s %s\n' "$2" "$5" ;;
    *) die "registering $2 answered HTTP $status" ;;
  esac
}

log "registering volunteers in Xiangfang (230110) and Daoli (230102)"
register "$(token vol-xiangfang)"    "Li Ming"      MALE   1990-03-05 230110 "Xiangfang Street" 101 first-aid ELDERLY_CARE
register "$(token vol2-xiangfang)"   "Wang Fang"    FEMALE 1995-07-21 230110 "Xiangfang Street" 102 tutoring EDUCATION
register "$(token leader-xiangfang)" "Zhao Lei"     MALE   1978-11-02 230110 "Xiangfang Street" 103 organizing COMMUNITY
register "$(token vol-daoli)"        "Zhang Wei"    MALE   1988-01-15 230102 "Daoli Street"     104 driving  TRANSPORT
xiangfang_office=$(token admin-xiangfang)
daoli_office=$(token admin-daoli)
register "$xiangfang_office" "Chen Jing"  FEMALE 1962-04-12 230110 "Heping Road"      201 cooking  ELDERLY_CARE
register "$xiangfang_office" "Liu Yang"   MALE   2001-09-30 230110 "Xiangfang Street" 202 sports   ENVIRONMENT
register "$xiangfang_office" "Sun Li"     FEMALE 1984-02-18 230110 "Heping Road"      203 nursing  HEALTH
register "$xiangfang_office" "Zhou Tao"   MALE   1970-06-06 230110 "Xiangfang Street" 204 repairs  COMMUNITY
register "$daoli_office"     "Wu Xia"     FEMALE 1992-12-01 230102 "Daoli Street"     205 music    CULTURE
register "$daoli_office"     "Xu Bin"     MALE   1999-08-08 230102 "Daoli Street"     206 first-aid HEALTH

log "founding Xiangfang's brand \"Volunteer Service Saturday\" with groups, organizations and work units"
leader=$(token leader-xiangfang)
founder=$(curl -fsS -H "Authorization: Bearer $leader" "$VOLUNTEERS/me" | jget id)
brand=$(curl -fsS -H "Authorization: Bearer $xiangfang_office" "$BRANDS/brands?district=230110&limit=200" \
  | python3 -c 'import sys, json; print(next((b["id"] for b in json.load(sys.stdin)["items"] if b["name"] == "Volunteer Service Saturday"), ""))')
if [ -z "$brand" ]; then
  body='{"name":"Volunteer Service Saturday","slogan":"Every Saturday, a good deed","district":"230110","description":"Xiangfang district'"'"'s weekly day of volunteer service, grown from learning from Lei Feng all year round.","founderVolunteerId":"'"$founder"'"}'
  # brand-service learns of the founder from volunteer.events: give it a moment
  for attempt in $(seq 1 30); do
    status=$(post "$xiangfang_office" "$BRANDS/brands" "$body")
    [ "$status" = 422 ] || break
    sleep 1
  done
  [ "$status" = 201 ] || die "founding the brand answered HTTP $status: $(cat "$REPLY_BODY")"
  brand=$(jget id <"$REPLY_BODY")
  printf '  founded    Volunteer Service Saturday (founder %s)\n' "$founder"
else
  printf '  exists     Volunteer Service Saturday\n'
fi
group() { # NAME LEADER_USER
  local leader_id; leader_id=$(curl -fsS -H "Authorization: Bearer $(token "$2")" "$VOLUNTEERS/me" | jget id)
  local status attempt
  for attempt in $(seq 1 30); do # 422 until brand-service has learnt of the leader
    status=$(post "$leader" "$BRANDS/brands/$brand/groups" '{"name":"'"$1"'","leaderVolunteerId":"'"$leader_id"'"}')
    [ "$status" = 422 ] || break
    sleep 1
  done
  case "$status" in 201) printf '  group      %s\n' "$1" ;; 409) printf '  exists     %s\n' "$1" ;;
    *) die "forming group $1 answered HTTP $status: $(cat "$REPLY_BODY")" ;; esac
}
group "Riverside Guardians" vol-xiangfang
group "Elderly Companions" vol2-xiangfang
group "Saturday Street Sweepers" leader-xiangfang
for organization in "Xiangfang Red Cross Volunteers" "Xiangfang Youth League Volunteers" "Harbin Normal University Volunteer Association"; do
  status=$(post "$xiangfang_office" "$BRANDS/brands/$brand/organizations" '{"name":"'"$organization"'"}')
  case "$status" in 201) printf '  joined     %s\n' "$organization" ;; 409) printf '  exists     %s\n' "$organization" ;;
    *) die "organization $organization answered HTTP $status" ;; esac
done
for unit in "Xiangfang District Government Service Centre:GOVERNMENT_OFFICE" "Harbin Bus Company No. 3 Depot:ENTERPRISE" \
    "Xiangfang Garrison Company:MILITARY_UNIT" "Xiangfang No. 1 Middle School:SCHOOL"; do
  status=$(post "$xiangfang_office" "$BRANDS/work-units" '{"name":"'"${unit%%:*}"'","kind":"'"${unit##*:}"'","district":"230110"}')
  case "$status" in 201) printf '  work unit  %s\n' "${unit%%:*}" ;; 409) printf '  exists     %s\n' "${unit%%:*}" ;;
    *) die "work unit ${unit%%:*} answered HTTP $status" ;; esac
done

log "scheduling activities: a year of Volunteer Service Saturdays, one-off activities (busiest in March), a monthly one in Daoli"
ACTIVITIES=$ACTIVITY_SERVICE/api/v1
organizer=$(token org-xiangfang)
daoli_organizer=$(token org-daoli)
riverside=$(curl -fsS -H "Authorization: Bearer $organizer" "$BRANDS/brands/$brand" \
  | python3 -c 'import sys, json; print(next(g["id"] for g in json.load(sys.stdin)["groups"] if g["name"] == "Riverside Guardians"))')
existing_titles=$(curl -fsS -H "Authorization: Bearer $organizer" "$ACTIVITIES/activities?limit=200" \
  | python3 -c 'import sys, json; print("\n".join(a["title"] for a in json.load(sys.stdin)["items"]))')
march_year=$(date +%Y); [ "$(date +%-m)" -ge 3 ] || march_year=$((march_year - 1))
activity() { # TOKEN TITLE DISTRICT START(local) MINUTES CAPACITY CATEGORY UNIT PERSON PLACE RECURRENCE BRAND GROUP [MINIMUM]
  if printf '%s\n' "$existing_titles" | grep -qxF "$2"; then printf '  exists     %s\n' "$2"; return; fi
  local start end body status attempt
  start=$(date -d "$4" +%Y-%m-%dT%H:%M:00+08:00)
  end=$(date -d "$4 $5 minutes" +%Y-%m-%dT%H:%M:00+08:00)
  body='{"title":"'"$2"'","content":"'"$2"', organized for the neighbourhood","district":"'"$3"'","place":"'"${10}"'",'
  body+='"start":"'"$start"'","end":"'"$end"'","capacity":'"$6"',"serviceCategory":"'"$7"'","organizingUnit":"'"$8"'",'
  body+='"personInCharge":"'"$9"'"'
  [ -n "${11}" ] && body+=',"recurrence":"'"${11}"'"'
  [ -n "${12}" ] && body+=',"brandId":"'"${12}"'"'
  [ -n "${13}" ] && body+=',"groupId":"'"${13}"'"'
  [ -n "${14:-}" ] && body+=',"minimumVolunteers":'"${14}"
  body+='}'
  for attempt in $(seq 1 30); do # 422 until activity-service has learnt of the brand and group
    status=$(post "$1" "$ACTIVITIES/activities" "$body")
    [ "$status" = 422 ] || break
    sleep 1
  done
  [ "$status" = 201 ] || die "scheduling $2 answered HTTP $status: $(cat "$REPLY_BODY")"
  printf '  scheduled  %s\n' "$2"
}
first_saturday=$(date -d "saturday - 51 weeks" +%F)
activity "$organizer" "Volunteer Service Saturday: riverside clean-up" 230110 "$first_saturday 09:00" 150 15 ENVIRONMENT \
  "Xiangfang Youth League" "Wang Fang" "Songhua riverbank, Xiangfang" "FREQ=WEEKLY;BYDAY=SA" "$brand" "$riverside"
activity "$organizer" "Learning from Lei Feng Day: free haircuts for the elderly" 230110 "$march_year-03-05 09:00" 180 12 ELDERLY_CARE \
  "Xiangfang Red Cross Volunteers" "Chen Jing" "Heping Road community centre" "" "$brand" ""
activity "$organizer" "March health checks for older residents" 230110 "$march_year-03-14 08:30" 240 10 HEALTH \
  "Xiangfang Red Cross Volunteers" "Sun Li" "Xiangfang Street clinic" "" "" ""
activity "$organizer" "Spring tree planting" 230110 "$march_year-03-21 08:00" 180 20 ENVIRONMENT \
  "Xiangfang Youth League" "Liu Yang" "Xiangfang riverside park" "" "$brand" ""
activity "$organizer" "Summer reading club for children" 230110 "$(date -d '-130 days' +%F) 14:00" 120 8 EDUCATION \
  "Xiangfang No. 1 Middle School" "Wang Fang" "Xiangfang library" "" "" ""
activity "$organizer" "Winter snow clearing for the elderly" 230110 "$(date -d '+6 days' +%F) 08:00" 120 10 COMMUNITY \
  "Xiangfang Youth League" "Zhou Tao" "Xiangfang Street" "" "$brand" ""
activity "$daoli_organizer" "Daoli monthly riverside walk with seniors" 230102 "$(date -d '-11 months' +%Y-%m)-15 09:30" 120 10 ELDERLY_CARE \
  "Daoli Volunteer Association" "Wu Xia" "Zhongyang Street, Daoli" "FREQ=MONTHLY;BYMONTHDAY=15" "" ""
# Issue 17: an activity starting within a day, short of its minimum, with vol-xiangfang confirmed: the notification
# job (every minute) reminds vol-xiangfang (24 h) and warns org-xiangfang (fewer than 3 confirmed, 48 h ahead); the
# unrecorded occurrences of the last two weeks warn org-xiangfang of record deadlines 3 working days away, and the
# star levels and certificates of the demo volunteers reach their inboxes from volunteer.events.
visit_title="Evening visit to elderly neighbours living alone"
activity "$organizer" "$visit_title" 230110 "$(date -d '+20 hours' '+%F %H'):00" 90 6 ELDERLY_CARE \
  "Xiangfang Red Cross Volunteers" "Chen Jing" "Xiangfang Street, building 12" "" "" "" 3
visit=$(curl -fsS -H "Authorization: Bearer $organizer" "$ACTIVITIES/occurrences?district=230110&freeSeats=true&limit=200" \
  | python3 -c 'import sys, json; print(next((o["id"] for o in json.load(sys.stdin)["items"] if o["title"] == sys.argv[1]), ""))' "$visit_title")
if [ -n "$visit" ]; then
  status=$(post "$(token vol-xiangfang)" "$ACTIVITIES/occurrences/$visit/signups" '')
  case "$status" in 201|409) printf '  signed up  vol-xiangfang for %s\n' "$visit_title" ;; *) die "signing up for $visit_title answered HTTP $status" ;; esac
fi
summary=$(curl -fsS -X POST -H "Authorization: Bearer $(token city-admin)" "$ACTIVITIES/demo/attendance-history") \
  || die "the demo attendance history failed (see .local/logs/activity-service.log)"
printf '  attendance and completions: %s\n' "$summary"

log "writing a year of diary for the demo volunteers (through the diary's own code path; takes a little while)"
summary=$(curl -fsS -X POST -H "Authorization: Bearer $(token city-admin)" $VOLUNTEER_SERVICE/api/v1/demo/diary-history) \
  || die "the demo diary history failed (see .local/logs/volunteer-service.log)"
printf '  %s\n' "$summary"

log "the district office's working day: a name corrected, a claim code, a certificate issued by the office"
# fresh tokens: the diary history above can outlast them (minutes on a database with thousands of volunteers)
xiangfang_office=$(token admin-xiangfang)
organizer=$(token org-xiangfang)
# Ma Xiaoyu registered by the office with a typo ("Ma Xiaoyv"); the office corrects it once, with a reason (issue 14)
ma_id_number=$(resident_id 230110 19660913 414) # 2 x 207: a woman, as register does
register "$xiangfang_office" "Ma Xiaoyv" FEMALE 1966-09-13 230110 "Heping Road" 207 knitting ELDERLY_CARE
ma=$(curl -fsS -G -H "Authorization: Bearer $xiangfang_office" --data-urlencode "idNumber=$ma_id_number" "$VOLUNTEERS" \
  | python3 -c 'import sys, json; v = json.load(sys.stdin)["items"][0]; print(v["id"], v["version"], v["name"])')
read -r ma_volunteer ma_version ma_name <<<"$ma"
if [ "$ma_name" = "Ma Xiaoyv" ]; then
  status=$(curl -sS -o "$REPLY_BODY" -w '%{http_code}' -X PATCH -H "Authorization: Bearer $xiangfang_office" \
    -H 'Content-Type: application/json' -H "If-Match: \"$ma_version\"" \
    -d '{"name":"Ma Xiaoyu","reason":"Typed v for u at registration; checked against her ID card"}' "$VOLUNTEERS/$ma_volunteer")
  [ "$status" = 200 ] || die "correcting Ma Xiaoyu's name answered HTTP $status: $(cat "$REPLY_BODY")"
  printf '  corrected  Ma Xiaoyv -> Ma Xiaoyu (history: GET /api/v1/volunteers/%s/history)\n' "$ma_volunteer"
else
  printf '  exists     name correction of %s\n' "$ma_name"
fi
# She has no app: a one-time claim code to link the account she may open later (a newer code replaces older ones)
status=$(curl -sS -o "$REPLY_BODY" -w '%{http_code}' -X POST -H "Authorization: Bearer $xiangfang_office" \
  "$VOLUNTEERS/$ma_volunteer/claim-codes")
case "$status" in
  201) printf '  claim code %s for Ma Xiaoyu, valid until %s: sign in as newcomer-xiangfang (a demo account with no\n             registration) and POST /api/v1/volunteers/claims {"code": ...} to link it to her record\n' \
         "$(jget code <"$REPLY_BODY")" "$(jget expiresAt <"$REPLY_BODY")" ;;
  409) printf '  exists     Ma Xiaoyu has linked an account already\n' ;;
  *) die "the claim code answered HTTP $status: $(cat "$REPLY_BODY")" ;;
esac
# The office issues the certificate of the first volunteer it registered who has service records (no app needed)
issued=""
for name in "Chen Jing" "Liu Yang" "Sun Li" "Zhou Tao"; do
  volunteer=$(curl -fsS -G -H "Authorization: Bearer $xiangfang_office" --data-urlencode "name=$name" "$VOLUNTEERS" \
    | python3 -c 'import sys, json; items = json.load(sys.stdin)["items"]; print(items[0]["id"] if items else "")')
  [ -n "$volunteer" ] || continue
  status=$(curl -sS -o "$REPLY_BODY" -w '%{http_code}' -H "Authorization: Bearer $xiangfang_office" \
    -H 'Content-Type: application/json' -H "Idempotency-Key: demo-office-certificate-$volunteer" -d '{}' \
    "$VOLUNTEERS/$volunteer/certificates")
  if [ "$status" = 201 ]; then
    printf '  certificate %s issued by the office for %s (%s hours)\n' "$(jget verificationCode <"$REPLY_BODY")" "$name" \
      "$(jget hours <"$REPLY_BODY")"
    issued=yes
    break
  fi
  [ "$status" = 422 ] || die "the office's certificate for $name answered HTTP $status: $(cat "$REPLY_BODY")"
done
[ -n "$issued" ] || printf '  no office-registered volunteer has service records yet: no certificate issued\n'

log "the district office's paper sheets: a participant file uploaded (by volunteer number and by ID number), a roster with names"
# A library tidy-up held five days ago with nobody signed up in the app: the office uploads the paper sign-in sheet as
# a participant file (issue 14 bulk entry); Chen Jing by her volunteer number, Ma Xiaoyu (who has no app) by her ID
# number. Both are walk-ins. Uploading the same file again changes nothing, so a second seed answers "unchanged".
sheet_title="Paper sign-in sheet: community library tidy-up"
activity "$organizer" "$sheet_title" 230110 "$(date -d '-5 days' +%F) 14:00" 120 8 CULTURE \
  "Xiangfang Red Cross Volunteers" "Sun Li" "Heping Road community library" "" "" ""
sheet_activity=$(curl -fsS -H "Authorization: Bearer $organizer" "$ACTIVITIES/activities?district=230110&limit=200" \
  | python3 -c 'import sys, json; print(next(a["id"] for a in json.load(sys.stdin)["items"] if a["title"] == sys.argv[1]))' "$sheet_title")
sheet_occurrence=$(curl -fsS -H "Authorization: Bearer $organizer" "$ACTIVITIES/activities/$sheet_activity/occurrences?from=$(date -d '-6 days' +%F)&to=$(date +%F)" \
  | python3 -c 'import sys, json; print(json.load(sys.stdin)["items"][0]["id"])')
chen_number=$(curl -fsS -G -H "Authorization: Bearer $xiangfang_office" --data-urlencode "name=Chen Jing" "$VOLUNTEERS" \
  | python3 -c 'import sys, json; print(json.load(sys.stdin)["items"][0]["volunteerNumber"])')
sheet_file="$STATE/demo-participant-sheet.csv"
printf '志愿者编号,身份证号,姓名,服务时长(小时),说明\n%s,,Chen Jing,2,\n,%s,Ma Xiaoyu,1.5,\n' "$chen_number" "$ma_id_number" >"$sheet_file"
for attempt in $(seq 1 30); do # 422 until activity-service has learnt of Ma Xiaoyu's registration
  status=$(curl -sS -o "$REPLY_BODY" -w '%{http_code}' -H "Authorization: Bearer $xiangfang_office" -H 'Content-Type: text/csv' \
    --data-binary "@$sheet_file" "$ACTIVITIES/occurrences/$sheet_occurrence/participant-sheet")
  [ "$status" = 422 ] || break
  sleep 1
done
rm -f "$sheet_file" # it holds an ID number
[ "$status" = 200 ] || die "the participant sheet answered HTTP $status: $(cat "$REPLY_BODY")"
printf '  uploaded   participant sheet for "%s": %s\n' "$sheet_title" "$(cat "$REPLY_BODY")"
curl -fsS -H "Authorization: Bearer $xiangfang_office" "$ACTIVITIES/occurrences/$sheet_occurrence/signups" \
  | python3 -c 'import sys, json
page = json.load(sys.stdin)
for e in page["items"]:
    print("  roster     %s %s %s %s hours%s" % (e["line"], e["name"], e["volunteerNumber"], e["hours"], " (walk-in)" if e["walkIn"] else ""))
print("  roster     names from volunteer-service: %s (GET /api/v1/occurrences/%s/signups, as text/csv, XLSX or the PDF sign-in sheet)"
      % ("yes" if page["namesAvailable"] else "unavailable", sys.argv[1]))' "$sheet_occurrence"
