"""The five batch products as the command line reads its files for them: the SDK's
(enrichso.pipeline.needs), named here for the batch modules."""

from ...pipeline.needs import (
    BATCH_KINDS,
    BY_COMMAND,
    EMAIL_FINDER,
    EMAIL_VALIDATION,
    ERROR_COLUMN,
    IP_TO_COMPANY,
    PHONE_FINDER,
    RESULT_PREFIX,
    REVERSE_LOOKUP,
    BatchKind,
    Cells,
    Need,
)

__all__ = [
    "BATCH_KINDS",
    "BY_COMMAND",
    "EMAIL_FINDER",
    "EMAIL_VALIDATION",
    "ERROR_COLUMN",
    "IP_TO_COMPANY",
    "PHONE_FINDER",
    "RESULT_PREFIX",
    "REVERSE_LOOKUP",
    "BatchKind",
    "Cells",
    "Need",
]
