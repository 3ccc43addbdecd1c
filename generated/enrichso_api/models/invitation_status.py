from enum import StrEnum


class InvitationStatus(StrEnum):
    """An open enum: a value the server adds later parses as a pseudo-member named UNKNOWN
    that still compares equal to its string, instead of failing the whole response."""

    PENDING = "pending"

    @classmethod
    def from_value(cls, value: str) -> "InvitationStatus":
        """The member for a value: a dictionary lookup for known values, an open member otherwise."""
        return cls._value2member_map_.get(value) or cls(value)  # type: ignore[return-value]

    @classmethod
    def _missing_(cls, value: object) -> "InvitationStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
