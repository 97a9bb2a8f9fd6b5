/// The pre-commit hook `rmlint init --hooks` installs; this repository uses the same file.
public enum PreCommitHook {
    public static let script = """
    #!/bin/sh
    # rmlint pre-commit hook: lint the roadmap exactly as it is staged.
    # Installed by 'rmlint init --hooks'. Skip once with 'git commit --no-verify'.
    top=$(git rev-parse --show-toplevel 2>/dev/null) || top=.
    if command -v rmlint >/dev/null 2>&1; then
        rmlint=rmlint
    elif [ -x "$top/.build/release/rmlint" ]; then
        rmlint="$top/.build/release/rmlint"
    else
        echo "rmlint pre-commit: rmlint is not on PATH nor built in $top/.build/release/." >&2
        echo "Install it (swift build -c release) or skip this check once with 'git commit --no-verify'." >&2
        exit 1
    fi
    exec "$rmlint" lint --staged

    """
}
