import json
import sqlite3


def test_doctor_reports_location_schema_counts_integrity_and_modes(cli, journal_path):
    cli("log", "5", "x")
    result = cli("doctor", env={"COLUMNS": "400"})  # the whole tmp_path on one line
    assert result.exit_code == 0, result.stderr
    assert str(journal_path) in result.stdout
    assert "6 of 6 migrations applied (up to date)" in result.stdout
    assert "0600, private" in result.stdout
    assert "All checks passed." in result.stderr
    facts = json.loads(cli("doctor", "--json").stdout)
    assert facts["integrity"] == ["ok"]
    assert facts["counts"]["entries"] == 1
    assert facts["journal_mode"] == "wal"
    assert facts["problems"] == []


def test_doctor_flags_a_journal_others_can_read(cli, journal_path):
    cli("log", "5", "x")
    journal_path.chmod(0o644)
    result = cli("doctor")
    assert result.exit_code == 1
    assert "readable by others; run chmod 600" in result.stdout.replace("\n", " ").replace("│", " ") or "chmod 600" in result.stdout
    assert json.loads(cli("doctor", "--json").stdout)["problems"] == ["file_mode"]


def test_doctor_without_a_journal_says_it_is_not_created_yet(cli, journal_path):
    result = cli("doctor")
    assert result.exit_code == 0
    assert "not created yet" in result.stdout
    assert not journal_path.exists()


def test_backup_to_a_folder_and_a_file(cli, journal_path, tmp_path):
    cli("log", "5", "x")
    cli("log", "6", "y")
    folder = tmp_path / "backups"
    folder.mkdir()
    result = cli("backup", str(folder))
    assert result.exit_code == 0, result.stderr
    assert "Backed up 2 entries" in result.stderr
    [copy] = folder.iterdir()
    conn = sqlite3.connect(copy)
    assert conn.execute("SELECT count(*) FROM entries").fetchone() == (2,)
    conn.close()
    assert oct(copy.stat().st_mode & 0o777) == "0o600"
    target = tmp_path / "mine.db"
    assert cli("backup", str(target)).exit_code == 0
    again = cli("backup", str(target))
    assert again.exit_code == 1 and "already exists" in again.stderr


def test_backup_default_goes_beside_the_journal(cli, journal_path):
    cli("log", "5", "x")
    assert cli("backup").exit_code == 0
    assert len(list((journal_path.parent / "backups").glob("journal-*.db"))) == 1


def test_backup_without_a_journal(cli):
    result = cli("backup")
    assert result.exit_code == 1 and "nothing to back up" in result.stderr


def test_doctor_counts_records_in_words_with_plurals(cli, journal_path):
    cli("log", "5", "x")
    cli("log", "6", "y")
    cli("connect", "Sam")
    english = cli("doctor", env={"COLUMNS": "400"}).stdout
    assert "Contents" in english and "2 entries, 0 core values" in english and "1 moment of contact" in english
    assert "cycle_answers" not in english and "Records" not in english
    dutch = cli("--lang", "nl", "doctor", env={"COLUMNS": "400"}).stdout
    assert "Inhoud" in dutch and "2 notities, 0 kernwaarden" in dutch and "1 contactmoment," in dutch
    assert "0 antwoorden in cycli" in dutch and "(actueel)" in dutch


def test_backup_says_one_entry(cli, journal_path, tmp_path):
    cli("log", "5", "x")
    assert "Backed up 1 entry to" in cli("backup", str(tmp_path / "one.db")).stderr
    assert "Back-up van 1 notitie gemaakt in" in cli("--lang", "nl", "backup", str(tmp_path / "een.db")).stderr
