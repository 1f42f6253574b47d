# Finds a JDK 21 or newer for Factdesk. Sourced (POSIX sh) by ./mvnw and by .ci/run, so both use the
# same rule: keep JAVA_HOME when it is a JDK 21+, otherwise take the newest JDK 21+ found on PATH or in
# the usual install folders. It only defines functions; callers decide what to do when none is found.

# The major version of the JDK at $1 (17, 21, 25 ...), or nothing when $1 holds no working JDK.
fd_jdk_major() {
  [ -n "$1" ] && [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  "$1/bin/java" -XshowSettings:properties -version 2>&1 |
    awk -F'= ' '/java.specification.version/ { split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit }'
}

# Prints the home of the JDK to use (JAVA_HOME when it is 21+, else the newest 21+ found); fails when none.
fd_find_jdk21() {
  _fd_major=$(fd_jdk_major "${JAVA_HOME:-}" 2>/dev/null) || _fd_major=0
  if [ "${_fd_major:-0}" -ge 21 ] 2>/dev/null; then printf '%s\n' "$JAVA_HOME"; return 0; fi
  _fd_best='' _fd_best_major=0
  _fd_path_java=$(command -v java 2>/dev/null) && _fd_path_java=$(readlink -f "$_fd_path_java" 2>/dev/null) || _fd_path_java=''
  _fd_glob_was_off=false
  case $- in *f*) _fd_glob_was_off=true; set +f ;; esac
  for _fd_home in "${_fd_path_java%/bin/java}" /usr/lib/jvm/* "${HOME:-/nonexistent}"/.sdkman/candidates/java/* \
    /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -L "$_fd_home" ] && continue # /usr/lib/jvm and sdkman keep aliases ("current", "default-java")
    _fd_major=$(fd_jdk_major "$_fd_home" 2>/dev/null) || continue
    if [ "${_fd_major:-0}" -ge 21 ] 2>/dev/null && [ "$_fd_major" -gt "$_fd_best_major" ]; then
      _fd_best=$_fd_home _fd_best_major=$_fd_major
    fi
  done
  if $_fd_glob_was_off; then set -f; fi
  [ -n "$_fd_best" ] || return 1
  printf '%s\n' "$_fd_best"
}

fd_no_jdk21_message() {
  cat >&2 <<'MSG'
Factdesk needs JDK 21 or newer (Vaadin 25 and Spring Boot 4 do not run on older ones), and none was
found in JAVA_HOME, on PATH, in /usr/lib/jvm, ~/.sdkman/candidates/java or /Library/Java/JavaVirtualMachines.
Install one, for example Temurin 25 from https://adoptium.net (Debian/Ubuntu: apt-get install
openjdk-21-jdk; SDKMAN: sdk install java 25-tem), or point JAVA_HOME at one you have.
MSG
}
