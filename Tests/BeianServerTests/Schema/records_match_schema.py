"""Checks the OpenAPI document's FilingRecord schema against real records: every example record
of the repository must be valid under it (a schema stricter than the server would make generated
clients refuse good records), and records the server refuses for their shape must be invalid.
Prints one line per problem, or "ok".

Usage: python3 records_match_schema.py openapi.yaml EXAMPLES_DIR  (needs PyYAML and jsonschema,
which schemathesis brings)"""
import copy, glob, json, os, sys
import jsonschema, yaml

document = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
schema = {"$ref": "#/components/schemas/FilingRecord", "components": document["components"]}
validator = jsonschema.Draft202012Validator(schema)

records = []
for path in sorted(glob.glob(os.path.join(sys.argv[2], "*.json"))):
    record = json.load(open(path, encoding="utf-8"))
    # change-old.json and change-new.json are the change command's pairs, read by another
    # reader (domains with expiry dates, websites still to be numbered): no route takes them.
    if "subject" in record and not os.path.basename(path).startswith("change-"):
        records.append((os.path.basename(path), record))
for path in sorted(glob.glob(os.path.join(sys.argv[2], "filings.jsonl"))):
    for number, line in enumerate(open(path, encoding="utf-8"), 1):
        if line.strip():
            records.append((f"{os.path.basename(path)}:{number}", json.loads(line)))

problems = []
if len(records) < 5:
    problems.append(f"only {len(records)} example records found")
for name, record in records:
    for error in validator.iter_errors(record):
        problems.append(f"{name}: {'/'.join(map(str, error.absolute_path))}: {error.message}")

base = records[0][1] if records else {}
refused = {
    "an unknown top-level key": lambda r: r.update(extra=1),
    "no subject": lambda r: r.pop("subject"),
    "an unknown subject key": lambda r: r["subject"].update(nickname="x"),
    "a subject name that is a number": lambda r: r["subject"].update(name=1),
    "websites that are null": lambda r: r.update(websites=None),
    "an unknown request": lambda r: r.setdefault("requests", {}).update(colour="red"),
    "a flag that is text": lambda r: r.setdefault("requests", {}).update(shell="yes"),
}
for what, change in refused.items():
    record = copy.deepcopy(base)
    change(record)
    if validator.is_valid(record):
        problems.append(f"a record with {what} is valid under the schema")
print("\n".join(problems) if problems else "ok")
