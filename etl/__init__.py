"""Arabic news → trustworthy, queryable facts: a batch ETL from raw text to DuckDB."""

__version__ = "0.1.0"
