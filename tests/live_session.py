#!/usr/bin/env python3
"""Writes a copy of a session whose evening started 25 minutes ago and is now in phase PHASE
(0-based, default 3), with the planned start moved to match: a live evening for screenshots and
the CPU benchmark. Usage: live_session.py SESSION OUT [PHASE]"""
import json
import sys
import time

source, target = sys.argv[1], sys.argv[2]
phase = int(sys.argv[3]) if len(sys.argv) > 3 else 3
session = json.load(open(source, encoding="utf-8"))
now = int(time.time())
start = time.localtime(now - 1500)
session["meta"]["start"] = "%02d:%02d" % (start.tm_hour, start.tm_min)
session["meta"]["latestEnd"] = ""
phases = session["phases"]
session["run"]["events"] = [
    {"at": now - 1500, "kind": "start", "phaseId": phases[0]["id"]},
    {"at": now - 480, "kind": "goto", "phaseId": phases[phase]["id"]},
]
json.dump(session, open(target, "w", encoding="utf-8"), ensure_ascii=False, indent=2)
