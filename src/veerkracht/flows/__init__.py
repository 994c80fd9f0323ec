"""Use cases: what a command does, over one Conversation with the user."""
