"""codediv: data-strategy experiments for instruction-tuning code LLMs (see README.md)."""

__version__ = "0.1.0"
