"""Four eyes in the store: a proposal changes nothing until a second maintainer approves it."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.exceptions import ConflictError, RegistryError, SameMaintainerError
from bot.history.store import FOUR_EYES_CHANNELS, ChannelStore
from bot.registry.catalog import Catalog
from tests.helpers import channel_data, make_store, new_csg_phone


def csg_phone(data_dir: Path) -> str:
    """CSG's first number as the running bot reads it from the file."""
    catalog = Catalog(data_dir / "channels.yml", data_dir / "topics.yml")
    return catalog.snapshot().registry["csg"].phones[0].display


def test_four_eyes_channels_are_the_crisis_channels_and_veilig_thuis() -> None:
    """112, 113, CSG and Veilig Thuis need a second maintainer; the registry has all four ids."""
    assert {"alarmnummer", "zelfmoordpreventie", "csg", "veiligthuis"} == FOUR_EYES_CHANNELS


def test_propose_changes_nothing_live(store: ChannelStore, data_dir: Path) -> None:
    """A proposal keeps the change and its diff, but the file and the history stay as they were."""
    before = (data_dir / "channels.yml").read_text(encoding="utf-8")
    _, version = store.read_channel("csg")
    proposal = store.propose("csg", new_csg_phone(store), version, "anna")
    assert proposal is not None
    assert (proposal.number, proposal.status, proposal.proposed_by) == (1, "open", "anna")
    assert [str(c) for c in proposal.changes][:2] == [
        'channel \'csg\', phones.0.dial: "+318000188" -> "+318000199"',
        'channel \'csg\', phones.0.display: "0800-0188" -> "0800-0199"',
    ]
    assert (data_dir / "channels.yml").read_text(encoding="utf-8") == before
    assert len(store.history()) == 1


def test_propose_validates_like_a_save(store: ChannelStore) -> None:
    """Invalid data is refused at once (RegistryError), not when the second maintainer approves."""
    _, version = store.read_channel("csg")
    bad = channel_data(store, "csg", phones=[{"dial": "0800", "display": "0800"}])
    with pytest.raises(RegistryError):
        store.propose("csg", bad, version, "anna")
    assert store.proposals() == []


def test_propose_unchanged_data_keeps_no_proposal(store: ChannelStore) -> None:
    """Saving a crisis channel without a change makes no proposal for anyone to approve."""
    _, version = store.read_channel("csg")
    assert store.propose("csg", channel_data(store, "csg"), version, "anna") is None
    assert store.proposals() == []


def test_approve_puts_change_live_with_both_names(store: ChannelStore, data_dir: Path) -> None:
    """Approval writes the file and records one version: author the proposer, approved_by the approver."""
    _, version = store.read_channel("csg")
    proposal = store.propose("csg", new_csg_phone(store), version, "anna")
    assert proposal is not None
    entry = make_store(data_dir).approve(proposal.number, "bram")  # another process, as in production
    assert (entry.number, entry.author, entry.approved_by, entry.proposal) == (2, "anna", "bram", 1)
    assert csg_phone(data_dir) == "0800-0199"
    (newest, _) = store.history(channel_id="csg")
    assert (newest.author, newest.approved_by) == ("anna", "bram")
    decided = store.proposal(proposal.number)
    assert (decided.status, decided.decided_by, decided.applied_version) == ("approved", "bram", 2)


def test_approve_own_proposal_is_refused(store: ChannelStore, data_dir: Path) -> None:
    """The proposer cannot be the second pair of eyes: nothing goes live and the proposal stays open."""
    _, version = store.read_channel("csg")
    proposal = store.propose("csg", new_csg_phone(store), version, "anna")
    assert proposal is not None
    with pytest.raises(SameMaintainerError):
        store.approve(proposal.number, "anna")
    assert csg_phone(data_dir) == "0800-0188"
    assert store.proposal(proposal.number).status == "open"


def test_approve_never_overwrites_a_newer_version(store: ChannelStore, data_dir: Path) -> None:
    """Two proposals from the same version: after the first is approved, the second is a conflict."""
    _, version = store.read_channel("csg")
    first = store.propose("csg", new_csg_phone(store), version, "anna")
    note = channel_data(store, "csg", hours_note="De telefoon is altijd bereikbaar.")
    second = store.propose("csg", note, version, "carla")
    assert first is not None and second is not None
    store.approve(first.number, "bram")
    with pytest.raises(ConflictError):
        store.approve(second.number, "bram")
    assert csg_phone(data_dir) == "0800-0199"
    assert store.proposal(second.number).status == "open"
    assert len(store.history()) == 2


def test_approve_twice_is_a_conflict(store: ChannelStore) -> None:
    """An approved proposal is not applied a second time."""
    _, version = store.read_channel("csg")
    proposal = store.propose("csg", new_csg_phone(store), version, "anna")
    assert proposal is not None
    store.approve(proposal.number, "bram")
    with pytest.raises(ConflictError):
        store.approve(proposal.number, "carla")
    assert len(store.history()) == 2


def test_reject_closes_without_change(store: ChannelStore, data_dir: Path) -> None:
    """A rejected proposal is kept with who rejected it and can no longer be approved."""
    _, version = store.read_channel("csg")
    proposal = store.propose("csg", new_csg_phone(store), version, "anna")
    assert proposal is not None
    rejected = store.reject(proposal.number, "bram")
    assert (rejected.status, rejected.decided_by) == ("rejected", "bram")
    with pytest.raises(ConflictError):
        store.approve(proposal.number, "bram")
    assert csg_phone(data_dir) == "0800-0188"
    assert [p.status for p in store.proposals()] == ["rejected"]
