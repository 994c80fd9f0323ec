"""The prompt catalogue of the guided cycle: data, not strings spread through the code."""
