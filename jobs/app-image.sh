# Sourced by jobs/xgz and jobs/bench.sh: the application as the JVM starts it fastest.
#
# A Spring Boot jar loads every class out of nested jars, and a night's run loads some 12,000 of them; on a 2-core
# machine start-up and class loading cost seconds of every run. The image is the jar extracted (application jar
# plus lib/) with a class-data-sharing archive of the classes a whole nightly run loads, recorded by one run on the
# bundled sample-data.
#
#   app_image_prepare JAR BASE SAMPLES   makes sure an image of JAR exists under BASE (BASE-<n>/, BASE pointing to
#                                        the newest), rebuilding it when JAR or the Java changed; returns non-zero
#                                        (and says why on stderr) when no image could be made
#   app_image_args BASE JAR_NAME         sets the array app_args to the java arguments that run the image, or to
#                                        nothing when there is no usable image
#
# Each image lives in a folder of its own and is run by its real path: a run that started on the previous image
# keeps loading classes from it while a rebuild makes the next one (the archive also records that path, so it must
# be trained where it is used). The previous image is kept; older ones are removed.
#
# The training run is isolated from the operator's setup: a clean environment (no XGZ_DB_URL, so never the
# production store; no notification settings), a temporary folder as working and data directory, a throwaway
# pseudonym secret, and its outputs deleted. A missing or stale archive never stops a run: the JVM then loads
# classes the ordinary way, and its CDS messages are silenced so that run logs stay clean.

# The Java an image was made with: the resolved java binary and the time its class library was installed. Read from
# the file system, not by starting a JVM, since every launcher call asks (a JDK update replaces lib/modules).
app_image_java_id() {
  local bin
  bin="$(readlink -f "$(command -v java)")" || return 0
  echo "$bin $(stat -c %Y "${bin%/bin/java}/lib/modules" 2>/dev/null)"
}

app_image_current() { # BASE -> the image folder BASE points to, if it is complete
  local target
  target="$(readlink -f "$1" 2>/dev/null)" || return 1
  [ -f "$target/.ready" ] && echo "$target"
}

app_image_fresh() { # JAR BASE ID
  local cur
  cur="$(app_image_current "$2")" || return 1
  [ ! "$1" -nt "$cur/.ready" ] && [ "$(cat "$cur/.ready")" = "$3" ]
}

app_image_prepare() {
  local jar="$1" base="$2" samples="$3" id
  id="$(app_image_java_id)"
  app_image_fresh "$jar" "$base" "$id" && return 0
  mkdir -p "$(dirname "$base")"
  # One launcher builds; another that starts meanwhile waits for it and then uses its image.
  exec 9>"$base.lock"
  command -v flock >/dev/null && flock 9
  if ! app_image_fresh "$jar" "$base" "$id"; then
    app_image_build "$jar" "$base" "$samples" "$id"
  fi
  local ok=$?
  exec 9>&-
  return $ok
}

app_image_build() {
  local jar="$1" base="$2" samples id="$4" dir n=1
  samples="$(cd "$3" && pwd)" || return 1
  while [ -e "$base-$n" ]; do n=$((n + 1)); done
  dir="$base-$n"
  echo "正在准备快速启动映像（解包并记录类数据共享归档，约半分钟，每次构建后一次）…" >&2
  if ! java -Djarmode=tools -jar "$jar" extract --destination "$dir" >"$base-training.log" 2>&1; then
    echo "提示：无法解包 $jar（见 $base-training.log），本次直接从 jar 运行" >&2
    rm -rf "$dir"
    return 1
  fi
  local train
  train="$(mktemp -d)"
  # A night that ran through (0, or 4 for a rejected file) has loaded every class a night needs.
  local rc=0
  (cd "$train" && env -i PATH="$PATH" HOME="$train" LC_ALL=C.UTF-8 XGZ_PII_SECRET=class-data-training \
    java -XX:ArchiveClassesAtExit="$dir/classes.jsa" -Xlog:cds*=off -Xmx1g -Dfile.encoding=UTF-8 \
      -jar "$dir/$(basename "$jar")" nightly --input "$samples" --out "$train/out" --data-dir "$train/data" \
      --date 2025-09-30 >>"$base-training.log" 2>&1) || rc=$?
  rm -rf "$train"
  if [ "$rc" != 0 ] && [ "$rc" != 4 ] || [ ! -s "$dir/classes.jsa" ]; then
    echo "提示：类数据共享归档未能生成（见 $base-training.log），本次直接从 jar 运行" >&2
    rm -rf "$dir"
    return 1
  fi
  echo "$id" >"$dir/.ready"
  local previous
  previous="$(readlink -f "$base" 2>/dev/null || true)"
  ln -sfn "$(basename "$dir")" "$base.new" && mv -T "$base.new" "$base"
  for old in "$base"-[0-9]*; do
    [ "$old" = "$dir" ] || [ "$old" = "$previous" ] || [ ! -d "$old" ] || rm -rf "$old"
  done
  rm -f "$base-training.log"
}

app_image_args() {
  local cur
  app_args=()
  if cur="$(app_image_current "$1")" && [ -f "$cur/$2" ] && [ -s "$cur/classes.jsa" ]; then
    app_args=(-XX:SharedArchiveFile="$cur/classes.jsa" -Xlog:cds*=off -jar "$cur/$2")
  fi
}
