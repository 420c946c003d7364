"""Platform adapters: each translates its SDK's objects to core events and core replies back."""
