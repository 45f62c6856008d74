"""Flask web front end, JSON API and the admin command line."""
