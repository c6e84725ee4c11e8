"""The administrator's services that sit above the pure printing layer (the foundation itself does
not print)."""
