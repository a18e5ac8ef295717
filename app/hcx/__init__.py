"""HCX / NHCX protocol plumbing (Qt-free): JWE envelopes, x-hcx headers, the desk's identity,
the participant registry, bearer tokens and a small HTTP client for the exchange and the relay.

FHIR bundles live in ``app/hcx/fhir_*.py``; the sync engine decides what to send and when.
"""
