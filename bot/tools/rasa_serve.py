"""`rasa run` with the HTTP API token from the environment or a file, never on the command line.

    HULPWIJZER_RASA_TOKEN=... python -m bot.tools.rasa_serve run --enable-api --model ...
    HULPWIJZER_RASA_TOKEN_FILE=/run/secrets/rasa_token python -m bot.tools.rasa_serve run ...

`rasa run --auth-token T` puts the token in /proc/<pid>/cmdline, which every local user can
read (`ps`), and the token guards every conversation through Rasa's HTTP API. This launcher runs
inside Rasa's environment (.venv-rasa, the Rasa image) and calls Rasa's own command line with the
token added in-process: the process's command line, as the kernel shows it, stays without it.
The variable is removed from the environment before Rasa starts, so no child process inherits it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

TOKEN_ENV = "HULPWIJZER_RASA_TOKEN"
TOKEN_FILE_ENV = "HULPWIJZER_RASA_TOKEN_FILE"


def read_token(environ: dict[str, str] | os._Environ[str]) -> str | None:
    """The token from HULPWIJZER_RASA_TOKEN_FILE or HULPWIJZER_RASA_TOKEN (removed from `environ`)."""
    path = environ.pop(TOKEN_FILE_ENV, None)
    token = environ.pop(TOKEN_ENV, None)
    if path:
        token = Path(path).read_text(encoding="utf-8").strip()
    return token or None


def rasa_argv(argv: list[str], token: str | None) -> list[str]:
    """Rasa's arguments with the token added; refuses a token given on the command line."""
    if any(arg == "--auth-token" or arg.startswith("--auth-token=") for arg in argv):
        raise SystemExit(f"pass the token in {TOKEN_ENV} or {TOKEN_FILE_ENV}, not as --auth-token")
    if token is None:
        if "--enable-api" in argv:
            raise SystemExit(f"--enable-api without a token: set {TOKEN_ENV} or {TOKEN_FILE_ENV}")
        return argv
    # One argument, "--auth-token=<token>": a token that starts with "-" (secrets.token_urlsafe
    # gives one in 64) would otherwise be read as an option, and Rasa would not start.
    return [*argv, f"--auth-token={token}"]


def main() -> None:
    """Run Rasa's command line (`rasa run ...`) with the token from the environment or a file."""
    token = read_token(os.environ)
    args = rasa_argv(sys.argv[1:], token)
    # Imported here: only Rasa's environment has rasa, and the check above needs none of it.
    from rasa.__main__ import main as rasa_main

    sys.argv = ["rasa", *args]
    rasa_main()


if __name__ == "__main__":
    main()
