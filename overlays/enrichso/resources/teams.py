"""Teams: members and invitations of the organization (free). `team_id` defaults to the key's
organization id (docs/api-notes.md 9.24: no endpoint returns a team id; the organization id is it), asked
once from the wallet balance."""

from __future__ import annotations

from typing import Any, Unpack

from enrichso_api.api.teams import (
    cancel_invitation,
    invite_team_member,
    list_team_invitations,
    list_team_members,
)
from enrichso_api.models import (
    Invitation,
    InvitationListResponse,
    InvitationResponse,
    InvitationRole,
    InviteBody,
    SuccessOperationResponse,
    TeamMember,
    TeamMemberListResponse,
)

from .._core.call import Call, from_generated, model
from .._core.flow import Flow, run_async, run_sync
from .._core.limits import one_of
from .._core.pagination import AsyncPager, Page, Pager, SimplePageSpec
from .._core.request_options import RequestOptions
from .._core.transport import AsyncTransport, SyncTransport
from .organization import Organization

INVITATION_ROLES = ("admin", "member")  # InviteBody.role


def _whole_list(envelope: Any, page: int) -> Page[Any, Any]:
    """The team lists come back whole: one page, no paging."""
    items = list(envelope.data)
    return Page(page, envelope, items, len(items), 1, False)


class _Team:
    """A team id, given or learned from the organization on first use."""

    def __init__(self, organization: Organization, team_id: str | None) -> None:
        self.organization = organization
        self.id = team_id

    def resolve(self) -> Flow[None]:
        if self.id is None:
            self.id = yield from self.organization.id_flow()

    def require(self) -> str:
        assert self.id is not None
        return self.id


def members_spec(team: _Team) -> SimplePageSpec[TeamMemberListResponse, TeamMember]:
    def build(page: int) -> Call[TeamMemberListResponse]:
        kwargs = list_team_members._get_kwargs(team.require())
        return from_generated(kwargs, model(TeamMemberListResponse), operation="listTeamMembers")

    return SimplePageSpec(build, _whole_list, team.resolve)


def invitations_spec(team: _Team) -> SimplePageSpec[InvitationListResponse, Invitation]:
    def build(page: int) -> Call[InvitationListResponse]:
        kwargs = list_team_invitations._get_kwargs(team.require())
        return from_generated(kwargs, model(InvitationListResponse), operation="listTeamInvitations")

    return SimplePageSpec(build, _whole_list, team.resolve)


def invite_flow(team: _Team, email: str, role: str) -> Flow[InvitationResponse]:
    one_of("role", role, INVITATION_ROLES)
    yield from team.resolve()
    body = InviteBody(email=email, role=InvitationRole(role))
    # creates an invitation: never repeated once the server may have received it
    call = from_generated(
        invite_team_member._get_kwargs(team.require(), body=body),
        model(InvitationResponse),
        operation="inviteTeamMember",
    )
    response: InvitationResponse = yield call
    return response


def cancel_flow(team: _Team, invitation_id: str) -> Flow[SuccessOperationResponse]:
    yield from team.resolve()
    call = from_generated(
        cancel_invitation._get_kwargs(team.require(), invitation_id),
        model(SuccessOperationResponse),
        operation="cancelInvitation",
    )
    response: SuccessOperationResponse = yield call
    return response


# The methods that make a request when called: client.with_raw_response.teams has them (the
# generated resources/raw.py).
RAW_METHODS = (
    "members",
    "invitations",
    "invite",
    "cancel_invitation",
)


class Teams:
    """client.teams"""

    def __init__(self, transport: SyncTransport, organization: Organization) -> None:
        self._t = transport
        self._organization = organization

    def members(
        self, team_id: str | None = None, **request: Unpack[RequestOptions]
    ) -> Pager[TeamMemberListResponse, TeamMember]:
        """Every member of the team (the API returns them in one list)."""
        return Pager(
            self._t.with_request_options(**request), members_spec(_Team(self._organization, team_id))
        )

    def invitations(
        self, team_id: str | None = None, **request: Unpack[RequestOptions]
    ) -> Pager[InvitationListResponse, Invitation]:
        """Every pending invitation of the team."""
        return Pager(
            self._t.with_request_options(**request), invitations_spec(_Team(self._organization, team_id))
        )

    def invite(
        self, email: str, role: str = "member", team_id: str | None = None, **request: Unpack[RequestOptions]
    ) -> InvitationResponse:
        """Invite someone (role "member" or "admin"). Not retried once sent."""
        return run_sync(
            self._t.with_request_options(**request),
            invite_flow(_Team(self._organization, team_id), email, role),
        )

    def cancel_invitation(
        self, invitation_id: str, team_id: str | None = None, **request: Unpack[RequestOptions]
    ) -> SuccessOperationResponse:
        """Cancel a pending invitation."""
        return run_sync(
            self._t.with_request_options(**request),
            cancel_flow(_Team(self._organization, team_id), invitation_id),
        )


class AsyncTeams:
    """client.teams on AsyncEnrich"""

    def __init__(self, transport: AsyncTransport, organization: Organization) -> None:
        self._t = transport
        self._organization = organization

    def members(
        self, team_id: str | None = None, **request: Unpack[RequestOptions]
    ) -> AsyncPager[TeamMemberListResponse, TeamMember]:
        """See Teams.members (`async for`)."""
        return AsyncPager(
            self._t.with_request_options(**request), members_spec(_Team(self._organization, team_id))
        )

    def invitations(
        self, team_id: str | None = None, **request: Unpack[RequestOptions]
    ) -> AsyncPager[InvitationListResponse, Invitation]:
        """See Teams.invitations."""
        return AsyncPager(
            self._t.with_request_options(**request), invitations_spec(_Team(self._organization, team_id))
        )

    async def invite(
        self, email: str, role: str = "member", team_id: str | None = None, **request: Unpack[RequestOptions]
    ) -> InvitationResponse:
        """See Teams.invite."""
        return await run_async(
            self._t.with_request_options(**request),
            invite_flow(_Team(self._organization, team_id), email, role),
        )

    async def cancel_invitation(
        self, invitation_id: str, team_id: str | None = None, **request: Unpack[RequestOptions]
    ) -> SuccessOperationResponse:
        """See Teams.cancel_invitation."""
        return await run_async(
            self._t.with_request_options(**request),
            cancel_flow(_Team(self._organization, team_id), invitation_id),
        )
