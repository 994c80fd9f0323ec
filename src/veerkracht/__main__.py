from veerkracht.entry import run

run()
