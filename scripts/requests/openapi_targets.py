"""The OpenAPI targets of a specgen.yaml, one `spec module` line each (Lexicon folders and files and
Discovery documents are skipped). Shared by check-requests.sh and check-wire.sh.

    python3 openapi_targets.py <specgen.yaml> [only-modules]
"""

import os
import sys

import yaml


def main():
    config_path = sys.argv[1]
    only = sys.argv[2].split() if len(sys.argv) > 2 else []
    for target in yaml.safe_load(open(config_path))["targets"]:
        spec = os.path.join(os.path.dirname(config_path), target["spec"])
        if os.path.isdir(spec) or (only and target["module"] not in only):
            continue
        document = yaml.safe_load(open(spec))
        if isinstance(document, dict) and "openapi" in document:
            print(spec, target["module"])


if __name__ == "__main__":
    main()
