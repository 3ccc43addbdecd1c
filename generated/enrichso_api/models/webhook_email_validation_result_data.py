from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import checked_str

if TYPE_CHECKING:
    from ..models.webhook_email_validation_result_data_result import (
        WebhookEmailValidationResultDataResult,
    )


T = TypeVar("T", bound="WebhookEmailValidationResultData")


@_attrs_define
class WebhookEmailValidationResultData:
    """
    Attributes:
        job_id (str):
        result_id (str): The email address that was validated.
        result (WebhookEmailValidationResultDataResult):
    """

    job_id: str
    result_id: str
    result: WebhookEmailValidationResultDataResult
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        result_id = self.result_id

        result = self.result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_id": job_id,
                "result_id": result_id,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        job_id = checked_str(d.pop("job_id"), "job_id")

        result_id = checked_str(d.pop("result_id"), "result_id")

        result = WebhookEmailValidationResultDataResult.from_dict(d.pop("result"))

        webhook_email_validation_result_data = cls(
            job_id,
            result_id,
            result,
        )

        webhook_email_validation_result_data.additional_properties = d
        return webhook_email_validation_result_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.webhook_email_validation_result_data_result import (
    WebhookEmailValidationResultDataResult,
)
