"""The HTTP core of the SDK (private): calls as plain data (call), settings (config), one httpx
client with retries (transport, retry, problem), I/O-free flows run by sync/async drivers (flow),
pages (pagination), job handles and their polling (jobs, status, batch, patience)."""
