"""The journal file: connection and transactions, migrations, encryption, passphrases."""
