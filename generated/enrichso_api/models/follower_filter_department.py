from enum import StrEnum


class FollowerFilterDepartment(StrEnum):
    """An open enum: a value the server adds later parses as a pseudo-member named UNKNOWN
    that still compares equal to its string, instead of failing the whole response."""

    ACCOUNTING = "Accounting"
    ADMINISTRATIVE = "Administrative"
    ARTS_AND_DESIGN = "Arts and Design"
    BUSINESS_DEVELOPMENT = "Business Development"
    COMMUNITY_AND_SOCIAL_SERVICES = "Community and Social Services"
    CONSULTING = "Consulting"
    CUSTOMER_SUCCESS_AND_SUPPORT = "Customer Success and Support"
    EDUCATION = "Education"
    ENGINEERING = "Engineering"
    ENTREPRENEURSHIP = "Entrepreneurship"
    FINANCE = "Finance"
    HEALTHCARE_SERVICES = "Healthcare Services"
    HUMAN_RESOURCES = "Human Resources"
    INFORMATION_TECHNOLOGY = "Information Technology"
    LEGAL = "Legal"
    MARKETING = "Marketing"
    MEDIA_AND_COMMUNICATION = "Media and Communication"
    MILITARY_AND_PROTECTIVE_SERVICES = "Military and Protective Services"
    OPERATIONS = "Operations"
    PRODUCT_MANAGEMENT = "Product Management"
    PROGRAM_AND_PROJECT_MANAGEMENT = "Program and Project Management"
    PURCHASING = "Purchasing"
    QUALITY_ASSURANCE = "Quality Assurance"
    REAL_ESTATE = "Real Estate"
    RESEARCH = "Research"
    SALES = "Sales"

    @classmethod
    def from_value(cls, value: str) -> "FollowerFilterDepartment":
        """The member for a value: a dictionary lookup for known values, an open member otherwise."""
        return cls._value2member_map_.get(value) or cls(value)  # type: ignore[return-value]

    @classmethod
    def _missing_(cls, value: object) -> "FollowerFilterDepartment | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
