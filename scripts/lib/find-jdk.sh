# Sourced by ./clearsite and scripts/*: find_jdk prints the home of a JDK >= 21.

# The major version of the JDK at $1, or nothing if it is not a JDK.
jdk_version() {
  local home="$1"
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 0
  if [ -f "$home/release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release"
  else
    "$home/bin/java" -XshowSettings:properties -version 2>&1 |
      sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
  fi
}

# JAVA_HOME first, then the java on PATH, then the newest JDK under /usr/lib/jvm.
find_jdk() {
  local candidates=() home version
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  while read -r _ home; do
    candidates+=("$home")
  done < <(for home in /usr/lib/jvm/*; do
             version="$(jdk_version "$home")"
             [ -n "$version" ] && printf '%s %s\n' "$version" "$home"
           done | sort -rn)
  for home in "${candidates[@]}"; do
    version="$(jdk_version "$home")"
    if [ -n "$version" ] && [ "$version" -ge 21 ]; then
      echo "$home"
      return 0
    fi
  done
  return 1
}
