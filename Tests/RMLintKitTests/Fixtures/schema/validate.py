"""Reference validation of the schema fixtures with jsonschema (draft 2020-12).

YAML is read the way rmlint reads it (1.2 core schema): only true/false are booleans and
dates stay strings. Prints one line per file: `<path> valid` or `<path> invalid`.
"""
import json
import re
import sys

import jsonschema
import yaml


class CoreSchemaLoader(yaml.SafeLoader):
    pass


CoreSchemaLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers
            if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
CoreSchemaLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def front_matter(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    end = lines.index("---", 1)
    return yaml.load("\n".join(lines[1:end]), Loader=CoreSchemaLoader)


schema = json.load(open(sys.argv[1]))
validator = jsonschema.Draft202012Validator(schema)
for path in sys.argv[2:]:
    errors = list(validator.iter_errors(front_matter(path)))
    print(path, "valid" if not errors else "invalid")
