"""docker-compose.yml and the scale-mode endpoint files: what starts, what is exposed, what is kept.

The files are parsed as YAML (with their anchors and merge keys resolved), so these checks need
no Docker engine. The last tests also run Debian's docker-compose when it is installed.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from typing import Any

import pytest
import yaml

from bot.settings import ROOT

COMPOSE = ROOT / "docker-compose.yml"
ENDPOINTS = ROOT / "docker" / "endpoints.yml"
SCALE = ROOT / "docker" / "endpoints.scale.yml"
SCALE_POSTGRES = ROOT / "docker" / "endpoints.scale-postgres.yml"
CORE_DOMAIN = ROOT / "domain" / "core.yml"

PLAIN_SERVICES = {"rasa", "actions", "web"}
REPLICA_NAME = re.compile(r"^rasa-\d+$")
# A compose variable that must be set (`${NAME:?message}`): no default, no literal value.
REQUIRED_TOKEN = re.compile(r"^\$\{HULPWIJZER_RASA_TOKEN:\?[^}]+\}$")
# Rasa substitutes an environment variable only in a plain (unquoted) scalar like this.
ENV_VAR = re.compile(r"^\$\{[A-Z_][A-Z0-9_]*\}$")


def _load(path: Any) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), path
    return data


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    return _load(COMPOSE)


@pytest.fixture(scope="module")
def services(compose: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return compose["services"]


@pytest.fixture(scope="module")
def replicas(services: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {name: s for name, s in services.items() if REPLICA_NAME.match(name)}


def _profiles(service: dict[str, Any]) -> list[str]:
    return list(service.get("profiles") or [])


def _depends_on(service: dict[str, Any]) -> set[str]:
    deps = service.get("depends_on") or []
    return set(deps) if isinstance(deps, list) else set(deps.keys())


def _option(command: list[str], flag: str) -> str:
    assert command.count(flag) == 1, f"{flag} should appear once in {command}"
    return command[command.index(flag) + 1]


def _session_expiry_seconds() -> int:
    session = _load(CORE_DOMAIN)["session_config"]
    return int(session["session_expiration_time"]) * 60


# ---- without a profile ----------------------------------------------------------------------


def test_without_a_profile_only_rasa_actions_and_web_start(services: dict[str, dict[str, Any]]) -> None:
    unprofiled = {name for name, s in services.items() if not _profiles(s)}
    assert unprofiled == PLAIN_SERVICES
    for name in set(services) - PLAIN_SERVICES:
        assert _profiles(services[name]) == ["scale"], name
    assert {"redis", "postgres", "web-scale"} <= set(services)


def test_the_plain_stack_needs_nothing_from_the_scale_profile(services: dict[str, dict[str, Any]]) -> None:
    for name in PLAIN_SERVICES:
        assert _depends_on(services[name]) <= PLAIN_SERVICES, name
    assert _option(services["rasa"]["command"], "--endpoints") == "/app/docker/endpoints.yml"
    assert services["web"]["environment"]["HULPWIJZER_RASA_URL"] == "http://rasa:5005"
    # Only the web service publishes a port; Rasa and the actions stay internal.
    assert [name for name in PLAIN_SERVICES if services[name].get("ports")] == ["web"]


# ---- the scale profile -----------------------------------------------------------------------


def test_scale_profile_has_exactly_two_replicas_on_the_scale_endpoints(
    services: dict[str, dict[str, Any]], replicas: dict[str, dict[str, Any]]
) -> None:
    assert sorted(replicas) == ["rasa-1", "rasa-2"]
    commands = [r["command"] for r in replicas.values()]
    assert commands[0] == commands[1], "the replicas differ only in their service name"
    for name, replica in replicas.items():
        assert _profiles(replica) == ["scale"], name
        assert replica["image"] == services["rasa"]["image"], name
        command = replica["command"]
        assert _option(command, "--endpoints") == "/app/docker/endpoints.scale.yml", name
        assert f"./docker/endpoints.scale.yml:{_option(command, '--endpoints')}:ro" in replica["volumes"]
        assert replica["environment"]["REDIS_HOST"] == "redis", name
        assert replica["environment"]["RASA_TELEMETRY_ENABLED"] == "false", name
        assert {"redis", "actions"} <= _depends_on(replica), name
        assert replica["networks"] == ["internal"], name
        assert not replica.get("ports"), name


def test_replica_command_is_the_single_server_command_but_for_the_endpoints(
    services: dict[str, dict[str, Any]], replicas: dict[str, dict[str, Any]]
) -> None:
    single = list(services["rasa"]["command"])
    single[single.index("--endpoints") + 1] = "/app/docker/endpoints.scale.yml"
    for name, replica in replicas.items():
        assert replica["command"] == single, name


def test_redis_and_postgres_are_internal_only(
    compose: dict[str, Any], services: dict[str, dict[str, Any]]
) -> None:
    assert compose["networks"]["internal"]["internal"] is True
    for name in ("redis", "postgres"):
        assert not services[name].get("ports"), f"{name} must publish no port"
        assert services[name]["networks"] == ["internal"], name


def test_redis_keeps_nothing_on_disk(services: dict[str, dict[str, Any]]) -> None:
    command = services["redis"]["command"]
    assert services["redis"]["image"].startswith("redis:7")
    assert _option(command, "--save") == ""
    assert _option(command, "--appendonly") == "no"
    assert not services["redis"].get("volumes")


def test_postgres_password_is_never_a_literal(
    compose: dict[str, Any], services: dict[str, dict[str, Any]]
) -> None:
    postgres = services["postgres"]
    password = postgres["environment"]["POSTGRES_PASSWORD"]
    assert re.fullmatch(r"\$\{POSTGRES_PASSWORD(:?-)?\}", password), password
    # Empty in the plain run (compose interpolates every profile), so the container refuses it.
    guard = " ".join(postgres["entrypoint"])
    assert '-z "$$POSTGRES_PASSWORD"' in guard and "exit 1" in guard
    volume = postgres["volumes"][0].split(":")[0]
    assert volume in compose["volumes"], "the data lives in a named volume"


def test_web_scale_spreads_sessions_over_both_replicas(
    services: dict[str, dict[str, Any]], replicas: dict[str, dict[str, Any]]
) -> None:
    web, web_scale = services["web"], services["web-scale"]
    urls = web_scale["environment"]["HULPWIJZER_RASA_URL"].split(",")
    assert urls == [f"http://{name}:5005" for name in sorted(replicas)]
    assert set(replicas) <= _depends_on(web_scale)
    assert "rasa" not in _depends_on(web_scale)
    # The same service as web apart from where Rasa is, where it listens, and its shared limits.
    own = {"HULPWIJZER_RASA_URL", "HULPWIJZER_RATE_LIMIT_STORAGE", "HULPWIJZER_RATE_LIMIT_KEY"}
    same_env = {k: v for k, v in web_scale["environment"].items() if k not in own}
    assert same_env == {k: v for k, v in web["environment"].items() if k not in own}
    # Several web processes share the message limits in Redis (a db of its own), hashed alike.
    assert web_scale["environment"]["HULPWIJZER_RATE_LIMIT_STORAGE"] == "redis://redis:6379/2"
    assert "HULPWIJZER_RATE_LIMIT_KEY" in web_scale["environment"]
    assert "HULPWIJZER_RATE_LIMIT_STORAGE" not in web["environment"]
    for key in ("build", "image", "entrypoint", "command", "volumes", "networks", "healthcheck"):
        assert web_scale.get(key) == web.get(key), key
    assert all(str(port).startswith("127.0.0.1:") for port in web_scale["ports"])


def test_rasa_http_api_token_is_never_a_literal(services: dict[str, dict[str, Any]]) -> None:
    servers = [name for name, s in services.items() if "--enable-api" in (s.get("command") or [])]
    assert set(servers) == {"rasa", "rasa-1", "rasa-2"}
    for name in servers:
        # Never on the command line (`ps` shows it to every local user): the launcher reads it
        # from the environment (bot/tools/rasa_serve.py).
        assert "--auth-token" not in services[name]["command"], name
        assert services[name]["entrypoint"] == ["python", "-m", "bot.tools.rasa_serve"], name
        token = services[name]["environment"]["HULPWIJZER_RASA_TOKEN"]
        assert REQUIRED_TOKEN.match(token), f"{name}: the token must come from a required variable"
    for name in ("web", "web-scale"):
        assert REQUIRED_TOKEN.match(services[name]["environment"]["HULPWIJZER_RASA_TOKEN"]), name


# ---- health and start order -----------------------------------------------------------------


def test_every_service_has_a_healthcheck(services: dict[str, dict[str, Any]]) -> None:
    for name, service in services.items():
        check = service.get("healthcheck") or {}
        assert check.get("test"), f"{name} has no healthcheck"
        assert check["test"][0] in ("CMD", "CMD-SHELL"), name


def test_healthchecks_ask_what_each_service_serves(services: dict[str, dict[str, Any]]) -> None:
    """Rasa is healthy once its REST channel answers (model loaded), the rest on their health URLs."""
    for name in ("rasa", "rasa-1", "rasa-2"):
        assert "127.0.0.1:5005/webhooks/rest/" in " ".join(services[name]["healthcheck"]["test"]), name
    assert "127.0.0.1:5055/health" in " ".join(services["actions"]["healthcheck"]["test"])
    assert "127.0.0.1:8000/healthz" in " ".join(services["web"]["healthcheck"]["test"])
    assert services["redis"]["healthcheck"]["test"] == ["CMD", "redis-cli", "ping"]


def test_depends_on_waits_for_health(services: dict[str, dict[str, Any]]) -> None:
    for name, service in services.items():
        deps = service.get("depends_on") or {}
        assert isinstance(deps, dict), f"{name}: depends_on must name conditions"
        for dependency, rule in deps.items():
            assert rule == {"condition": "service_healthy"}, f"{name} -> {dependency}"
            assert "healthcheck" in services[dependency], dependency
    assert set(services["web"]["depends_on"]) == {"rasa", "actions"}


# ---- images ------------------------------------------------------------------------------------


def _dockerfile(name: str) -> str:
    return (ROOT / "docker" / name).read_text(encoding="utf-8")


def _service_dockerfile(service: dict[str, Any]) -> str:
    build = service["build"]
    assert build["context"] == ".", "the lock files must be inside the build context"
    return str(build["dockerfile"])


def test_rasa_image_is_the_official_one_without_full_plus_the_rasa_lock(services: dict[str, Any]) -> None:
    assert _service_dockerfile(services["rasa"]) == "docker/rasa.Dockerfile"
    text = _dockerfile("rasa.Dockerfile")
    assert re.search(r"^FROM rasa/rasa:3\.6\.21$", text, re.MULTILINE), "rasa/rasa:3.6.21, not -full"
    assert "-full" not in text.split("FROM", 1)[1].splitlines()[0]
    assert "COPY requirements/rasa.lock" in text and "--require-hashes -r /tmp/rasa.lock" in text


@pytest.mark.parametrize(
    ("service", "dockerfile"), [("actions", "actions.Dockerfile"), ("web", "web.Dockerfile")]
)
def test_project_images_install_the_runtime_lock(
    services: dict[str, Any], service: str, dockerfile: str
) -> None:
    assert _service_dockerfile(services[service]) == f"docker/{dockerfile}"
    text = _dockerfile(dockerfile)
    assert "COPY requirements/app.lock" in text and "--require-hashes -r /tmp/app.lock" in text
    # Nothing installed beside the lock: what runs is what `make setup` tested.
    installs = [line for line in text.splitlines() if "pip install" in line]
    assert installs and all("-r /tmp/app.lock" in line for line in installs)
    instructions = [line for line in text.splitlines() if not line.startswith("#")]
    assert not any("dev.lock" in line for line in instructions), "test tools stay out of the images"


def test_lock_files_pin_every_package_exactly() -> None:
    for name in ("rasa.lock", "app.lock", "dev.lock"):
        lines = [
            line
            for line in (ROOT / "requirements" / name).read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")
        ]
        assert lines, name
        # name==version, then PyPI's sha256 of each file of that release (pip --require-hashes).
        pin = re.compile(r"[A-Za-z0-9_.\-\[\]]+==[^=\s]+( --hash=sha256:[0-9a-f]{64})+")
        assert all(pin.fullmatch(line) for line in lines), [
            line[:60] for line in lines if not pin.fullmatch(line)
        ]
    app = {
        line.split("==")[0].lower() for line in (ROOT / "requirements" / "app.lock").read_text().splitlines()
    }
    dev = {
        line.split("==")[0].lower() for line in (ROOT / "requirements" / "dev.lock").read_text().splitlines()
    }
    assert not (app & dev) - {""}, "dev.lock adds to app.lock, never pins a package twice"


# ---- endpoint files --------------------------------------------------------------------------


def test_scale_endpoints_put_locks_and_trackers_in_redis_with_session_expiry() -> None:
    scale = _load(SCALE)
    lock, tracker = scale["lock_store"], scale["tracker_store"]
    assert lock["type"] == "redis" and tracker["type"] == "redis"
    assert lock["url"] == tracker["url"] == "${REDIS_HOST}"
    assert lock["db"] != tracker["db"], "locks and trackers in separate Redis databases"
    # Rasa ignores a non-alphanumeric key_prefix (RedisLockStore/RedisTrackerStore._set_key_prefix).
    assert str(lock["key_prefix"]).isalnum() and str(tracker["key_prefix"]).isalnum()
    assert tracker["record_exp"] == _session_expiry_seconds() == 1800
    assert scale["action_endpoint"] == _load(ENDPOINTS)["action_endpoint"]


def test_postgres_endpoints_share_the_lock_store_and_take_credentials_from_the_environment() -> None:
    scale, postgres = _load(SCALE), _load(SCALE_POSTGRES)
    assert postgres["lock_store"] == scale["lock_store"]
    assert postgres["action_endpoint"] == scale["action_endpoint"]
    tracker = postgres["tracker_store"]
    assert tracker["type"].lower() == "sql"
    assert tracker["dialect"] == "postgresql"
    for key in ("url", "db", "username", "password"):
        assert ENV_VAR.match(str(tracker[key])), f"{key} must come from the environment"


@pytest.mark.parametrize("path", [SCALE, SCALE_POSTGRES], ids=lambda p: p.name)
def test_environment_variables_in_endpoints_are_unquoted(path: Any) -> None:
    """Rasa's `${VAR}` resolver is an implicit YAML resolver: it skips quoted scalars."""

    def scalars(node: yaml.Node) -> list[yaml.ScalarNode]:
        if isinstance(node, yaml.ScalarNode):
            return [node]
        if isinstance(node, yaml.MappingNode):
            return [s for key, value in node.value for s in scalars(key) + scalars(value)]
        if isinstance(node, yaml.SequenceNode):
            return [s for item in node.value for s in scalars(item)]
        return []

    root = yaml.compose(path.read_text(encoding="utf-8"))
    with_vars = [s for s in scalars(root) if "${" in s.value]
    assert with_vars, "the file takes its hosts from the environment"
    assert all(s.style is None for s in with_vars), [s.value for s in with_vars if s.style]


# ---- docker-compose itself (when installed) ---------------------------------------------------


def _compose_config(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    binary = shutil.which("docker-compose")
    if binary is None:
        pytest.skip("docker-compose is not installed (make test-deps installs it)")
    return subprocess.run(
        [binary, "-f", str(COMPOSE), *args, "config", "--quiet"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def _env_without(*names: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in names}
    env["HULPWIJZER_RASA_TOKEN"] = "compose-check-only-token"
    return env


@pytest.mark.parametrize("profile", [[], ["--profile", "scale"]], ids=["plain", "scale"])
def test_compose_config_is_valid_without_postgres_password(profile: list[str]) -> None:
    result = _compose_config(*profile, env=_env_without("POSTGRES_PASSWORD"))
    assert result.returncode == 0, result.stderr


def test_compose_config_refuses_a_missing_rasa_token() -> None:
    env = _env_without("POSTGRES_PASSWORD")
    del env["HULPWIJZER_RASA_TOKEN"]
    result = _compose_config(env=env)
    assert result.returncode != 0
    assert "HULPWIJZER_RASA_TOKEN" in result.stderr
