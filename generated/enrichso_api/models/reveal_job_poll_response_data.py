from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lead_contact_field import LeadContactField
from ..models.lead_job_status import LeadJobStatus
from ..models.reveal_job_type import RevealJobType
from ..types import UNSET, Unset, checked_str

if TYPE_CHECKING:
    from ..models.reveal_job_poll_response_data_progress_type_0 import (
        RevealJobPollResponseDataProgressType0,
    )
    from ..models.reveal_job_poll_response_data_results_type_0 import (
        RevealJobPollResponseDataResultsType0,
    )

_LeadContactField_BY_VALUE = cast(
    "dict[Any, LeadContactField]", LeadContactField._value2member_map_
)
_LeadJobStatus_BY_VALUE = cast(
    "dict[Any, LeadJobStatus]", LeadJobStatus._value2member_map_
)
_RevealJobType_BY_VALUE = cast(
    "dict[Any, RevealJobType]", RevealJobType._value2member_map_
)


T = TypeVar("T", bound="RevealJobPollResponseData")


@_attrs_define
class RevealJobPollResponseData:
    """
    Attributes:
        job_id (str): Reveal/enrich job id.
        status (LeadJobStatus): Status of a Lead Finder reveal/enrich or export job: `pending` (queued) -> `processing`
            (worker running) -> `completed` (results ready) or `failed` (credits refunded).
        job_type (RevealJobType): Whether a reveal-jobs entry was created by revealLeads (`reveal`) or enrichLeads
            (`enrich`).
        fields (list[LeadContactField]): The requested contact fields.
        created_at (datetime.datetime): When the job was created.
        progress (None | RevealJobPollResponseDataProgressType0 | Unset): Present for pending, processing and completed
            jobs.
        results (None | RevealJobPollResponseDataResultsType0 | Unset): Present only when the job is completed.
        error (None | str | Unset): Error message (failed jobs only).
        credits_refunded (float | None | Unset): Credits refunded on failure (failed jobs only).
        completed_at (datetime.datetime | None | Unset): When the job finished (completed jobs).
    """

    job_id: str
    status: LeadJobStatus
    job_type: RevealJobType
    fields: list[LeadContactField]
    created_at: datetime.datetime
    progress: None | RevealJobPollResponseDataProgressType0 | Unset = UNSET
    results: None | RevealJobPollResponseDataResultsType0 | Unset = UNSET
    error: None | str | Unset = UNSET
    credits_refunded: float | None | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        status = self.status.value

        job_type = self.job_type.value

        fields = []
        for fields_item_data in self.fields:
            fields_item = fields_item_data.value
            fields.append(fields_item)

        created_at = self.created_at.isoformat()

        progress: dict[str, Any] | None | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        elif isinstance(self.progress, RevealJobPollResponseDataProgressType0):
            progress = self.progress.to_dict()
        else:
            progress = self.progress

        results: dict[str, Any] | None | Unset
        if isinstance(self.results, Unset):
            results = UNSET
        elif isinstance(self.results, RevealJobPollResponseDataResultsType0):
            results = self.results.to_dict()
        else:
            results = self.results

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        credits_refunded: float | None | Unset
        if isinstance(self.credits_refunded, Unset):
            credits_refunded = UNSET
        else:
            credits_refunded = self.credits_refunded

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jobId": job_id,
                "status": status,
                "jobType": job_type,
                "fields": fields,
                "createdAt": created_at,
            }
        )
        if progress is not UNSET:
            field_dict["progress"] = progress
        if results is not UNSET:
            field_dict["results"] = results
        if error is not UNSET:
            field_dict["error"] = error
        if credits_refunded is not UNSET:
            field_dict["creditsRefunded"] = credits_refunded
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        job_id = checked_str(d.pop("jobId"), "jobId")

        status = _LeadJobStatus_BY_VALUE.get(
            _status_value := d.pop("status")
        ) or LeadJobStatus(_status_value)

        job_type = _RevealJobType_BY_VALUE.get(
            _job_type_value := d.pop("jobType")
        ) or RevealJobType(_job_type_value)

        fields = []
        _fields = d.pop("fields")
        for fields_item_data in _fields:
            fields_item = _LeadContactField_BY_VALUE.get(
                fields_item_data
            ) or LeadContactField(fields_item_data)

            fields.append(fields_item)

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_progress(
            data: object,
        ) -> None | RevealJobPollResponseDataProgressType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                progress_type_0 = RevealJobPollResponseDataProgressType0.from_dict(data)

                return progress_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RevealJobPollResponseDataProgressType0 | Unset, data)

        progress = _parse_progress(d.pop("progress", UNSET))

        def _parse_results(
            data: object,
        ) -> None | RevealJobPollResponseDataResultsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                results_type_0 = RevealJobPollResponseDataResultsType0.from_dict(data)

                return results_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RevealJobPollResponseDataResultsType0 | Unset, data)

        results = _parse_results(d.pop("results", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_credits_refunded(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        credits_refunded = _parse_credits_refunded(d.pop("creditsRefunded", UNSET))

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completedAt", UNSET))

        reveal_job_poll_response_data = cls(
            job_id,
            status,
            job_type,
            fields,
            created_at,
            progress,
            results,
            error,
            credits_refunded,
            completed_at,
        )

        reveal_job_poll_response_data.additional_properties = d
        return reveal_job_poll_response_data

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


from ..models.reveal_job_poll_response_data_progress_type_0 import (
    RevealJobPollResponseDataProgressType0,
)
from ..models.reveal_job_poll_response_data_results_type_0 import (
    RevealJobPollResponseDataResultsType0,
)
