"""Teams: listTeamMembers, inviteTeamMember, listTeamInvitations, cancelInvitation.

The team id is the organization id (GET /wallets/balance tells it); another team's id is 404,
or 403 on invite (the only status the spec declares there for it)."""

from __future__ import annotations

from typing import Any

from ..call import Call
from ..org import Invitation
from ..problems import ApiProblem, not_found
from ..registry import operation

INVITATION_DAYS = 30


def _own_team(call: Call, *, status: int = 404) -> None:
    if call.path["teamId"] != call.org.id:
        if status == 403:
            raise ApiProblem(403, "You do not have access to this team")
        raise not_found("Team not found")


@operation("listTeamMembers")
def members(call: Call) -> dict[str, Any]:
    _own_team(call)
    return call.envelope([m.to_json() for m in call.org.members])


@operation("listTeamInvitations")
def invitations(call: Call) -> dict[str, Any]:
    _own_team(call)
    return call.envelope([i.to_json() for i in call.org.invitations.values()])


@operation("inviteTeamMember")
def invite(call: Call) -> dict[str, Any]:
    _own_team(call, status=403)
    email, role = call.body["email"].strip(), call.body["role"]
    org = call.org
    # Inviting someone who is already a member is not refused: the spec documents no status for
    # it (a 409 would be undocumented), so it is an invitation like any other.
    with org.lock:
        existing = next((i for i in org.invitations.values() if i.email.lower() == email.lower()), None)
        if existing is not None:
            existing.role = role  # inviting again updates the pending invitation
            return call.envelope(existing.to_json())
        now = call.now()
        invitation = Invitation(
            id=call.new_object_id(),
            email=email,
            role=role,
            status="pending",
            expires_at=call.iso(now + INVITATION_DAYS * 86_400),
            created_at=call.iso(now),
        )
        org.invitations[invitation.id] = invitation
    return call.envelope(invitation.to_json())


@operation("cancelInvitation")
def cancel(call: Call) -> dict[str, Any]:
    _own_team(call)
    with call.org.lock:
        if call.org.invitations.pop(call.path["invitationId"], None) is None:
            raise not_found("Invitation not found")
    return call.envelope({"success": True})
