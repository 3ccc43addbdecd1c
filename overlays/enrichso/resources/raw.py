"""The typed views behind `client.with_raw_response`: for each resource, its methods that make a
request when called, each answering an APIResponse of its value (see _core/raw_response.py).
Methods that return a handle or a lazy stream without a request (batch(), *_many, *_frame, the
re-attach methods, organization_id once known) are not here: there is no response to show.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._core.raw_response import raw

if TYPE_CHECKING:
    from .company_followers import AsyncCompanyFollowers, CompanyFollowers
    from .email_finder import AsyncEmailFinder, EmailFinder
    from .email_validation import AsyncEmailValidation, EmailValidation
    from .ip_to_company import AsyncIpToCompany, IpToCompany
    from .lead_finder import AsyncLeadFinder, LeadFinder
    from .people_search import AsyncPeopleSearch, PeopleSearch
    from .phone_finder import AsyncPhoneFinder, PhoneFinder
    from .reverse_lookup import AsyncReverseLookup, ReverseLookup
    from .teams import AsyncTeams, Teams
    from .wallets import AsyncWallets, Wallets


class RawEmailValidation:
    """client.with_raw_response.email_validation"""

    def __init__(self, resource: EmailValidation) -> None:
        self.validate = raw(resource.validate)
        self.submit_batch = raw(resource.submit_batch)


class AsyncRawEmailValidation:
    """client.with_raw_response.email_validation (async)"""

    def __init__(self, resource: AsyncEmailValidation) -> None:
        self.validate = raw(resource.validate)
        self.submit_batch = raw(resource.submit_batch)


class RawEmailFinder:
    """client.with_raw_response.email_finder"""

    def __init__(self, resource: EmailFinder) -> None:
        self.find = raw(resource.find)
        self.submit_batch = raw(resource.submit_batch)


class AsyncRawEmailFinder:
    """client.with_raw_response.email_finder (async)"""

    def __init__(self, resource: AsyncEmailFinder) -> None:
        self.find = raw(resource.find)
        self.submit_batch = raw(resource.submit_batch)


class RawPhoneFinder:
    """client.with_raw_response.phone_finder"""

    def __init__(self, resource: PhoneFinder) -> None:
        self.find = raw(resource.find)
        self.submit_batch = raw(resource.submit_batch)


class AsyncRawPhoneFinder:
    """client.with_raw_response.phone_finder (async)"""

    def __init__(self, resource: AsyncPhoneFinder) -> None:
        self.find = raw(resource.find)
        self.submit_batch = raw(resource.submit_batch)


class RawReverseLookup:
    """client.with_raw_response.reverse_lookup"""

    def __init__(self, resource: ReverseLookup) -> None:
        self.lookup = raw(resource.lookup)
        self.submit_batch = raw(resource.submit_batch)


class AsyncRawReverseLookup:
    """client.with_raw_response.reverse_lookup (async)"""

    def __init__(self, resource: AsyncReverseLookup) -> None:
        self.lookup = raw(resource.lookup)
        self.submit_batch = raw(resource.submit_batch)


class RawIpToCompany:
    """client.with_raw_response.ip_to_company"""

    def __init__(self, resource: IpToCompany) -> None:
        self.lookup = raw(resource.lookup)
        self.submit_batch = raw(resource.submit_batch)


class AsyncRawIpToCompany:
    """client.with_raw_response.ip_to_company (async)"""

    def __init__(self, resource: AsyncIpToCompany) -> None:
        self.lookup = raw(resource.lookup)
        self.submit_batch = raw(resource.submit_batch)


class RawCompanyFollowers:
    """client.with_raw_response.company_followers"""

    def __init__(self, resource: CompanyFollowers) -> None:
        self.estimate_count = raw(resource.estimate_count)
        self.start_scrape = raw(resource.start_scrape)
        self.continue_scrape = raw(resource.continue_scrape)
        self.limit = raw(resource.limit)


class AsyncRawCompanyFollowers:
    """client.with_raw_response.company_followers (async)"""

    def __init__(self, resource: AsyncCompanyFollowers) -> None:
        self.estimate_count = raw(resource.estimate_count)
        self.start_scrape = raw(resource.start_scrape)
        self.continue_scrape = raw(resource.continue_scrape)
        self.limit = raw(resource.limit)


class RawLeadFinder:
    """client.with_raw_response.lead_finder"""

    def __init__(self, resource: LeadFinder) -> None:
        self.search = raw(resource.search)
        self.count = raw(resource.count)
        self.reveal = raw(resource.reveal)
        self.enrich = raw(resource.enrich)
        self.unlock_names = raw(resource.unlock_names)
        self.saved_searches = raw(resource.saved_searches)
        self.save_search = raw(resource.save_search)
        self.delete_saved_search = raw(resource.delete_saved_search)
        self.filter_options = raw(resource.filter_options)
        self.suggest = raw(resource.suggest)
        self.reveal_jobs = raw(resource.reveal_jobs)
        self.export = raw(resource.export)
        self.export_jobs = raw(resource.export_jobs)


class AsyncRawLeadFinder:
    """client.with_raw_response.lead_finder (async)"""

    def __init__(self, resource: AsyncLeadFinder) -> None:
        self.search = raw(resource.search)
        self.count = raw(resource.count)
        self.reveal = raw(resource.reveal)
        self.enrich = raw(resource.enrich)
        self.unlock_names = raw(resource.unlock_names)
        self.saved_searches = raw(resource.saved_searches)
        self.save_search = raw(resource.save_search)
        self.delete_saved_search = raw(resource.delete_saved_search)
        self.filter_options = raw(resource.filter_options)
        self.suggest = raw(resource.suggest)
        self.reveal_jobs = raw(resource.reveal_jobs)
        self.export = raw(resource.export)
        self.export_jobs = raw(resource.export_jobs)


class RawPeopleSearch:
    """client.with_raw_response.people_search"""

    def __init__(self, resource: PeopleSearch) -> None:
        self.icp_search = raw(resource.icp_search)
        self.employees = raw(resource.employees)


class AsyncRawPeopleSearch:
    """client.with_raw_response.people_search (async)"""

    def __init__(self, resource: AsyncPeopleSearch) -> None:
        self.icp_search = raw(resource.icp_search)
        self.employees = raw(resource.employees)


class RawWallets:
    """client.with_raw_response.wallets"""

    def __init__(self, resource: Wallets) -> None:
        self.balance = raw(resource.balance)
        self.transactions = raw(resource.transactions)


class AsyncRawWallets:
    """client.with_raw_response.wallets (async)"""

    def __init__(self, resource: AsyncWallets) -> None:
        self.balance = raw(resource.balance)
        self.transactions = raw(resource.transactions)


class RawTeams:
    """client.with_raw_response.teams"""

    def __init__(self, resource: Teams) -> None:
        self.members = raw(resource.members)
        self.invitations = raw(resource.invitations)
        self.invite = raw(resource.invite)
        self.cancel_invitation = raw(resource.cancel_invitation)


class AsyncRawTeams:
    """client.with_raw_response.teams (async)"""

    def __init__(self, resource: AsyncTeams) -> None:
        self.members = raw(resource.members)
        self.invitations = raw(resource.invitations)
        self.invite = raw(resource.invite)
        self.cancel_invitation = raw(resource.cancel_invitation)
