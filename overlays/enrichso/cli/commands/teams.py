"""`enrichso teams members|invitations|invite|cancel`."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from ..render import show_envelope, show_rows
from ..session import session

app = typer.Typer(help="Your team: members and invitations.", no_args_is_help=True)

TeamOption = Annotated[
    str | None,
    typer.Option("--team-id", metavar="ID", help="The team (default: the API key's organization)."),
]


class Role(StrEnum):
    MEMBER = "member"
    ADMIN = "admin"


@app.command()
def members(team_id: TeamOption = None) -> None:
    """List the team's members."""
    show_rows(
        session().client().teams.members(team_id=team_id),
        [("name", "name"), ("email", "email"), ("role", "role"), ("since", "createdAt"), ("id", "id")],
        empty="no members",
    )


@app.command()
def invitations(team_id: TeamOption = None) -> None:
    """List the pending invitations."""
    show_rows(
        session().client().teams.invitations(team_id=team_id),
        [("email", "email"), ("role", "role"), ("status", "status"), ("expires", "expiresAt"), ("id", "id")],
        empty="no pending invitations",
    )


@app.command()
def invite(
    email: Annotated[str, typer.Argument(metavar="EMAIL", help="Who to invite.", show_default=False)],
    role: Annotated[Role, typer.Option("--role", help="The role they get.")] = Role.MEMBER,
    team_id: TeamOption = None,
) -> None:
    """Invite someone to the team."""
    show_envelope(session().client().teams.invite(email.strip(), role=role.value, team_id=team_id))


@app.command()
def cancel(
    invitation_id: Annotated[str, typer.Argument(metavar="INVITATION_ID", show_default=False)],
    team_id: TeamOption = None,
) -> None:
    """Cancel a pending invitation."""
    show_envelope(session().client().teams.cancel_invitation(invitation_id, team_id=team_id))
