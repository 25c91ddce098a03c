"""The web service's routers, one per resource."""
