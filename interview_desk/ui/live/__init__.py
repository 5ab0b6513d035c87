"""The live session view: notes against prepared questions, on the clock, keyboard first."""
