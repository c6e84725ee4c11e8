"""Qt views of the roster: the roster page, its people table model, tree, editor, import dialog, 今日 section."""
