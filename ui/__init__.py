"""The desktop application (Qt). Calls services in flare_monitor; runs no SQL of its own."""
