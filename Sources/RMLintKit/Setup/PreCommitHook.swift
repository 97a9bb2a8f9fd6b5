import RMLintCore
import RMLintGit
import RMLintRules

/// The pre-commit hook `rmlint init --hooks` installs; this repository uses the same file.
///
/// It runs the repository's own build of rmlint first, then `$RMLINT`, and an `rmlint` on PATH only
/// when its `--version` says it is the roadmap linter: Debian ships an unrelated duplicate-file
/// finder under the same name, which must never be run on a commit.
package enum PreCommitHook {
    package static let script = """
        #!/bin/sh
        # rmlint pre-commit hook: lint the roadmap exactly as it is staged.
        # Installed by 'rmlint init --hooks'. Skip once with 'git commit --no-verify'.
        top=$(git rev-parse --show-toplevel 2>/dev/null) || top=.
        rmlint=
        for candidate in "$top/.build/release/rmlint" "$top/.build/debug/rmlint" "${RMLINT:-}"; do
            if [ -n "$candidate" ] && [ -x "$candidate" ]; then rmlint=$candidate; break; fi
        done
        if [ -z "$rmlint" ] && command -v rmlint >/dev/null 2>&1; then
            case "$(rmlint --version 2>/dev/null)" in
                *roadmap*) rmlint=rmlint ;;
                *) echo "rmlint pre-commit: '$(command -v rmlint)' is another program named rmlint (not the roadmap linter)." >&2 ;;
            esac
        fi
        if [ -z "$rmlint" ]; then
            echo "rmlint pre-commit: the roadmap linter is not built in $top/.build/ and not on PATH." >&2
            echo "Build it (swift build -c release), set RMLINT to its path, or skip this check once with 'git commit --no-verify'." >&2
            exit 1
        fi
        exec "$rmlint" lint --staged

        """
}
