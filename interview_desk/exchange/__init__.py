"""Files that cross the laptop's edge: kit files, panel files, CSV/JSON exports. Validated."""
