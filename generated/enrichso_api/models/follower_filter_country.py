from enum import StrEnum


class FollowerFilterCountry(StrEnum):
    """An open enum: a value the server adds later parses as a pseudo-member named UNKNOWN
    that still compares equal to its string, instead of failing the whole response."""

    ARGENTINA = "Argentina"
    AUSTRALIA = "Australia"
    AUSTRIA = "Austria"
    BANGLADESH = "Bangladesh"
    BELGIUM = "Belgium"
    BRAZIL = "Brazil"
    CANADA = "Canada"
    CHILE = "Chile"
    CHINA = "China"
    COLOMBIA = "Colombia"
    CZECH_REPUBLIC = "Czech Republic"
    DENMARK = "Denmark"
    EGYPT = "Egypt"
    FINLAND = "Finland"
    FRANCE = "France"
    GERMANY = "Germany"
    GHANA = "Ghana"
    GREECE = "Greece"
    HONG_KONG_SAR = "Hong Kong SAR"
    HUNGARY = "Hungary"
    INDIA = "India"
    INDONESIA = "Indonesia"
    IRELAND = "Ireland"
    ISRAEL = "Israel"
    ITALY = "Italy"
    JAPAN = "Japan"
    KENYA = "Kenya"
    LUXEMBOURG = "Luxembourg"
    MALAYSIA = "Malaysia"
    MEXICO = "Mexico"
    MOROCCO = "Morocco"
    NEPAL = "Nepal"
    NETHERLANDS = "Netherlands"
    NEW_ZEALAND = "New Zealand"
    NIGERIA = "Nigeria"
    NORWAY = "Norway"
    PAKISTAN = "Pakistan"
    PERU = "Peru"
    PHILIPPINES = "Philippines"
    POLAND = "Poland"
    PORTUGAL = "Portugal"
    ROMANIA = "Romania"
    RUSSIA = "Russia"
    SAUDI_ARABIA = "Saudi Arabia"
    SINGAPORE = "Singapore"
    SOUTH_AFRICA = "South Africa"
    SOUTH_KOREA = "South Korea"
    SPAIN = "Spain"
    SRI_LANKA = "Sri Lanka"
    SWEDEN = "Sweden"
    SWITZERLAND = "Switzerland"
    THAILAND = "Thailand"
    TURKEY = "Turkey"
    UKRAINE = "Ukraine"
    UNITED_ARAB_EMIRATES = "United Arab Emirates"
    UNITED_KINGDOM = "United Kingdom"
    UNITED_STATES = "United States"
    VIETNAM = "Vietnam"

    @classmethod
    def from_value(cls, value: str) -> "FollowerFilterCountry":
        """The member for a value: a dictionary lookup for known values, an open member otherwise."""
        return cls._value2member_map_.get(value) or cls(value)  # type: ignore[return-value]

    @classmethod
    def _missing_(cls, value: object) -> "FollowerFilterCountry | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
