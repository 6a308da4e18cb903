"""Problem sources: each loader maps one external format into the canonical Problem record.

Everything downstream of a loader sees only :class:`codediv.records.Problem`.
"""
