#!/usr/bin/env bash
# Lighthouse's accessibility category on the public pages of a running portal, in Dutch and English,
# with Debian's chromium: prints each page's score (0-100) and every audit that did not pass.
# Lighthouse is not part of the build: it is installed, pinned, into a folder outside the project
# (LIGHTHOUSE_DIR, kept between runs; by default a temporary folder made and removed by this script).
# Lighthouse 12.2.3 runs on Node 18 and 20 (13.x needs Node 22).
# Needs node, npm and chromium (Debian: apt-get install -y nodejs npm chromium).
# Usage: src/bench/lighthouse.sh [portal base URL, default http://localhost:8080]
# Environment: LIGHTHOUSE_DIR (where Lighthouse is or will be installed), LH_LANGS ("nl en"),
#              LH_PRESET (empty: Lighthouse's phone emulation; "desktop": its desktop one),
#              LH_OUT (folder for the JSON reports; default a temporary folder, removed).
# Exits 1 when a page scores below 100. See docs/accessibility.md.
set -euo pipefail
base=${1:-http://localhost:8080}
base=${base%/}
version=12.2.3
langs=${LH_LANGS:-nl en}
pages=(/ /public/status.xhtml /public/availability.xhtml /public/conditions.xhtml /public/maintenance.xhtml
       /public/faq.xhtml /public/report.xhtml /public/newsletter.xhtml /public/escalation.xhtml)

for tool in node npm curl; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install -y nodejs npm curl)" >&2; exit 2; }
done
CHROME_PATH=${CHROME_PATH:-$(command -v chromium || true)}
[ -n "$CHROME_PATH" ] || { echo "chromium is missing (apt-get install -y chromium)" >&2; exit 2; }
export CHROME_PATH
curl -fsS "$base/health/ready" >/dev/null || { echo "no portal ready at $base" >&2; exit 2; }

cleanup=()
trap 'for d in "${cleanup[@]}"; do rm -rf "$d"; done' EXIT
lh_dir=${LIGHTHOUSE_DIR:-}
if [ -z "$lh_dir" ]; then
  lh_dir=$(mktemp -d /tmp/portal-lighthouse.XXXXXX)
  cleanup+=("$lh_dir")
fi
cli=$lh_dir/node_modules/lighthouse/cli/index.js
if [ ! -f "$cli" ] || [ "$(node -p "require('$lh_dir/node_modules/lighthouse/package.json').version")" != "$version" ]; then
  echo "Installing lighthouse@$version into $lh_dir"
  mkdir -p "$lh_dir"
  (cd "$lh_dir" && { [ -f package.json ] || npm init -y >/dev/null; } && npm i -E --no-audit --no-fund "lighthouse@$version" >/dev/null)
fi
out=${LH_OUT:-}
if [ -z "$out" ]; then
  out=$(mktemp -d /tmp/portal-lighthouse-out.XXXXXX)
  cleanup+=("$out")
fi
mkdir -p "$out"
profile=$(mktemp -d /tmp/portal-lighthouse-profile.XXXXXX)
cleanup+=("$profile")
preset=()
[ -z "${LH_PRESET:-}" ] || preset=(--preset="$LH_PRESET")

below=0
printf '%-4s %-32s %s\n' lang page score
for lang in $langs; do
  for page in "${pages[@]}"; do
    url="$base$page?lang=$lang"
    file="$out/$lang$(echo "$page" | tr -c 'A-Za-z0-9\n' '-').json"
    node "$cli" "$url" --only-categories=accessibility --output=json --output-path="$file" --quiet "${preset[@]}" \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --user-data-dir=$profile" \
      || { echo "lighthouse failed on $url" >&2; below=1; continue; }
    # the score, then each audit that counts and did not pass, with the elements it names
    report=$(node -e '
      const r = require(process.argv[1]);
      const c = r.categories.accessibility;
      const lines = [String(Math.round(c.score * 100))];
      for (const ref of c.auditRefs) {
        const a = r.audits[ref.id];
        if (ref.weight > 0 && a.score !== null && a.score < 1) {
          const items = ((a.details && a.details.items) || []).map(i => i.node && (i.node.selector || i.node.snippet)).filter(Boolean);
          lines.push("    " + a.id + ": " + a.title + (items.length ? " at " + items.slice(0, 5).join(", ") : ""));
        }
      }
      console.log(lines.join("\n"));' "$file")
    score=${report%%$'\n'*}
    printf '%-4s %-32s %s\n' "$lang" "$page" "$score"
    [ "$report" = "$score" ] || echo "${report#*$'\n'}"
    [ "$score" = 100 ] || below=1
  done
done
exit $below
