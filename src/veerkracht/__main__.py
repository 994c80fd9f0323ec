from veerkracht.app import run

run(prog_name="veerkracht")
