#!/usr/bin/env bash
# Demo data through the public API with real Keycloak tokens, as district offices and volunteers
# would enter it. Idempotent: what exists already answers 409 and is left as it is.
COMPONENT=demo-data
source "$(dirname "$0")/lib.sh"

KEYCLOAK=http://127.0.0.1:8180/realms/volunteer-network/protocol/openid-connect/token
VOLUNTEERS=http://127.0.0.1:8081/api/v1/volunteers

token() {
  curl -fsS -d grant_type=password -d client_id=volunteer-mobile -d "username=$1" -d "password=$1" "$KEYCLOAK" \
    | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

# resident_id DISTRICT YYYYMMDD SEQ: a valid 18-character resident ID (ISO 7064 MOD 11-2 check digit)
resident_id() {
  local first17="$1$2$(printf '%03d' "$3")" weights=(7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2) checks=(1 0 X 9 8 7 6 5 4 3 2)
  local sum=0 i
  for i in $(seq 0 16); do sum=$((sum + ${first17:$i:1} * weights[i])); done
  echo "$first17${checks[$((sum % 11))]}"
}

register() { # TOKEN NAME GENDER BIRTH(YYYY-MM-DD) DISTRICT COMMUNITY SEQ SKILL CATEGORY
  local id; id=$(resident_id "$5" "${4//-/}" "$7")
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

log "writing a year of diary for the demo volunteers (through the diary's own code path; takes a little while)"
summary=$(curl -fsS -X POST -H "Authorization: Bearer $(token city-admin)" http://127.0.0.1:8081/api/v1/demo/diary-history) \
  || die "the demo diary history failed (see .local/logs/volunteer-service.log)"
printf '  %s\n' "$summary"
