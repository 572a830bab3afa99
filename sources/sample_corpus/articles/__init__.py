"""Sample articles (package data only); `discover_files` ignores this module."""
